"""One module per CLI command; each keeps Textual out of its imports."""
