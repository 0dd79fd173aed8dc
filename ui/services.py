"""Cached builders of the shared services: each loads once per server process.

The one ``st.cache_resource`` place of the app: the heavy ones (models, indexes, the
directory) come from the warm-up (``knowledge.readiness``), the light ones are built here.
"""

from __future__ import annotations

import secrets
from typing import TYPE_CHECKING
from zoneinfo import available_timezones

import streamlit as st

from knowledge.readiness import Readiness
from settings import Settings
from store_throttle import client_address

if TYPE_CHECKING:
    from companion import Companion
    from journal.store import JournalStore
    from knowledge.directory import Directory
    from knowledge.moderation.inbox import ModerationInbox

GETTING_READY = "Getting ready… the first visit after a restart takes a few seconds."


@st.cache_resource(show_spinner=False)
def app_settings() -> Settings:
    """The settings of this process; a bad value raises ``SettingsError`` (app.py shows it)."""
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


@st.cache_resource(show_spinner=False)
def heavy_resources() -> Readiness:
    """The embedding model, risk check, companion, story index, directory, place finder and
    anonymizer, loading in a background thread from the start of the server process
    (serve.py; app.py for a bare `streamlit run`), so no click waits for them."""
    return Readiness(app_settings(), more={"companion": _build_companion})


def when_ready(step: str | None = None) -> Readiness:
    """The warm resources; a click that arrives before ``step`` has loaded sees a short
    "Getting ready" note while it waits, not a frozen page."""
    resources = heavy_resources()
    if not resources.ready(step):
        with st.spinner(GETTING_READY):
            for name in resources.steps if step is None else (step,):
                resources.load(name)
    return resources


def directory() -> Directory:
    """One directory per server process, opened by the warm-up; its index re-checks the
    store's version per search."""
    return when_ready("directory").directory()


def find_places_ready() -> None:
    """Before a place search: the place finder's tables are loaded (the warm-up's step)."""
    when_ready("place finder")


@st.cache_resource(show_spinner=False)
def time_zones() -> tuple[str, ...]:
    """Every IANA zone name, sorted; available_timezones() walks the zone files each call."""
    return tuple(sorted(available_timezones()))


@st.cache_resource(show_spinner=False)
def moderation_inbox() -> ModerationInbox:
    from knowledge.moderation.inbox import open_inbox

    return open_inbox(app_settings())


@st.cache_resource(show_spinner=False)
def _open_store(url: str) -> JournalStore:
    from journal.names import settings_key
    from journal.store import JournalStore

    return JournalStore(url, name_key=settings_key(app_settings()))


def journal_store() -> JournalStore:
    """The store for this deployment (opened and migrated once per server process)."""
    return _open_store(app_settings().store_url)


def companion_service() -> Companion:
    """The companion, built by the warm-up (its risk check and topic tagger loaded)."""
    return when_ready("companion").made("companion")


def _build_companion() -> Companion:
    from companion import build_companion
    from companion.topics import warm_up

    service = build_companion(app_settings())
    warm_up()  # the topic tagger loads here, once, not during someone's first reply
    return service
