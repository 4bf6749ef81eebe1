"""Pure domain logic: no Textual, no Rich, no I/O; time is always passed in."""
