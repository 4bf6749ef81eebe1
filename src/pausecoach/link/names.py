"""File names of the partner link that callers check without loading the link's crypto."""

# Its presence is the one check an unpaired device pays (pairing.py, and its crypto, stay unloaded).
STATE_FILE = "pairing.json"
