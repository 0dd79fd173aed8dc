"""The private, encrypted mood journal."""
