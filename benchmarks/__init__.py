"""Speed and resource measurements (run by hand; not part of the test suite)."""
