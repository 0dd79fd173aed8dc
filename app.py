"""Kindred: the Streamlit entry point. Page config, navigation and the help control."""

from __future__ import annotations

import streamlit as st

from settings import SettingsError
from ui.help import country_picker
from ui.navigation import HELP_PAGE, HOME_PAGE, PAGES, arrive_at_top
from ui.services import app_settings, heavy_resources
from ui.theme import apply_theme

# An emoji favicon is drawn in the page; a ":material/...:" one is fetched from Google.
st.set_page_config(page_title="Kindred", page_icon="💚", layout="wide")
try:
    app_settings()
except SettingsError as problem:  # the person starting the app reads what to fix, not a trace
    title, _, details = str(problem).partition("\n")
    st.error(title)
    st.code(details, language=None, wrap_lines=True)
    st.stop()
heavy_resources()  # starts loading the model, index and anonymizer off the click path
apply_theme()

pages = {
    entry.script: st.Page(
        entry.script,
        title=entry.title,
        icon=entry.icon,
        url_path=entry.url_path,
        default=entry.script == HOME_PAGE,
    )
    for entry in PAGES
}
navigation = st.navigation(list(pages.values()))

with st.sidebar:
    country_picker(st.sidebar)
    st.caption("Kindred is not an emergency service.")

with st.container(key="get_help_now"):
    st.page_link(pages[HELP_PAGE], label="Get help now", icon=":material/emergency:")

arrive_at_top(navigation.url_path)
navigation.run()
