"""One screen per step of the pause flow."""
