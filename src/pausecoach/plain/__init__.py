"""`pausecoach --plain`: the pause flow as printed lines and typed answers, for screen readers."""
