"""Rich renderables for terminal output (history, stats, check); no Textual here."""
