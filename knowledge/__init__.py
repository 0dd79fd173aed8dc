"""Shared public knowledge: embeddings, help resources, stories and the directory."""
