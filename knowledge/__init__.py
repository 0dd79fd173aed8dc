"""Shared public knowledge: embeddings, help resources, stories and the directory."""

from knowledge.nlp_imports import keep_torch_out

# Before anything below imports spaCy or Presidio: they run without torch (nlp_imports).
keep_torch_out()
