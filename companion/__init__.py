"""The guarded companion: listens, never plays therapist, always routes to people."""
