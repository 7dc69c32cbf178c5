"""Qt models over the library."""
