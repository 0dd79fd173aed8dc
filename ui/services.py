"""Cached builders of the shared services: each loads once per server process."""

from __future__ import annotations

import streamlit as st

from settings import Settings


@st.cache_resource(show_spinner=False)
def app_settings() -> Settings:
    settings = Settings.from_env()
    settings.ensure_data_dir()
    return settings
