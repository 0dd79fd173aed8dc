"""Scale-out tests: real PostgreSQL, a real Chroma server, several app processes."""
