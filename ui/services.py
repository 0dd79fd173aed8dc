"""Cached builders of the shared services: each loads once per server process."""

from __future__ import annotations

import streamlit as st

from settings import Settings


@st.cache_resource(show_spinner=False)
def app_settings() -> Settings:
    settings = Settings.from_env()
    settings.ensure_data_dir()
    return settings


@st.cache_resource(show_spinner="Loading the language model (first time only)...")
def embedding_model() -> object:
    from knowledge.embeddings import get_model

    return get_model()
