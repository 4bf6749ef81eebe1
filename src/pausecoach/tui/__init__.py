"""The full-screen coach (Textual). Only imported when a screen opens."""
