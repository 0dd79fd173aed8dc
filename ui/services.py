"""Cached builders of the shared services: each loads once per server process."""

from __future__ import annotations

import streamlit as st

from knowledge.readiness import STEPS, Readiness
from settings import Settings

GETTING_READY = "Getting ready… the first visit after a restart takes a few seconds."


@st.cache_resource(show_spinner=False)
def app_settings() -> Settings:
    """The settings of this process; a bad value raises ``SettingsError`` (app.py shows it)."""
    settings = Settings.from_env()
    settings.ensure_data_dir()
    return settings


@st.cache_resource(show_spinner=False)
def heavy_resources() -> Readiness:
    """The embedding model, risk check, story index and anonymizer, loading in a background
    thread from the start of the server process (serve.py; app.py for a bare `streamlit
    run`), so no click waits for them."""
    return Readiness(app_settings())


def when_ready(step: str | None = None) -> Readiness:
    """The warm resources; a click that arrives before ``step`` has loaded sees a short
    "Getting ready" note while it waits, not a frozen page."""
    resources = heavy_resources()
    if not resources.ready(step):
        with st.spinner(GETTING_READY):
            for name in STEPS if step is None else (step,):
                resources.load(name)
    return resources
