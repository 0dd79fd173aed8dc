"""Cached builders of the shared services: each loads once per server process."""

from __future__ import annotations

import secrets

import streamlit as st

from settings import Settings
from store_throttle import client_address


@st.cache_resource(show_spinner=False)
def app_settings() -> Settings:
    settings = Settings.from_env()
    settings.ensure_data_dir()
    return settings


def current_client() -> str | None:
    """Who is asking, for the rate limits (``store_throttle.client_address``).

    Streamlit reports a loopback peer as no address, so None here means our own nginx (or a
    local run): then the X-Forwarded-For our nginx sets names the client, if it sets one.
    """
    try:
        peer = st.context.ip_address or "127.0.0.1"
        forwarded = st.context.headers.get("X-Forwarded-For")
    except Exception:  # no browser connection (a script run): clients cannot be told apart
        return None
    return client_address(peer, forwarded, app_settings().trusted_proxies)


def current_sender() -> str:
    """Who is adding to the moderation inbox: the client, else this browser session."""
    return current_client() or st.session_state.setdefault("sender", secrets.token_hex(16))
