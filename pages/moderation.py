import streamlit as st

from database import utcnow
from knowledge.moderation.inbox import Draft, QueueItem, SubmissionError
from knowledge.moderation.signin import SignInPaused, sign_in, still_signed_in
from knowledge.stories import (
    COMMUNITIES,
    CONTENT_WARNINGS,
    STAGES,
    TOPICS,
    WHAT_HELPED,
    label,
    moderation_enabled,
)
from ui.services import app_settings, current_client, moderation_inbox
from ui.stories import anonymizer_changes, story_library
from ui.text import escape_markdown as _md

AUTH = "moderation_ok"
SEEN = "moderation_seen_at"
st.session_state.setdefault(AUTH, False)

st.title("Moderation")
settings = app_settings()
if not moderation_enabled(settings):
    st.info(
        "Moderation is locked because no moderator password is set. An operator creates one "
        "with `python -m knowledge.stories hash-password`, puts the printed value in the "
        "environment variable `KINDRED_MODERATOR_PASSWORD_HASH` (an argon2id hash, never the "
        "password itself) and restarts Kindred."
    )
    st.stop()

queue = moderation_inbox()
if st.session_state[AUTH] and not still_signed_in(st.session_state[SEEN], settings):
    st.session_state[AUTH] = False
    st.info(
        f"You were signed out after {settings.moderator_idle_minutes} minutes without "
        "activity, to keep the inbox safe. Please sign in again."
    )
if not st.session_state[AUTH]:
    with st.form("moderation_login"):
        password = st.text_input("Moderator password", type="password")
        sent = st.form_submit_button("Unlock")
    if sent:
        try:
            if sign_in(queue, password, settings, current_client()):
                st.session_state[AUTH] = True
                st.session_state[SEEN] = utcnow()
                st.rerun()
            st.warning("That password didn't match.")
        except SignInPaused as paused:
            st.error(str(paused))
    st.stop()
st.session_state[SEEN] = utcnow()


def lock() -> None:
    st.session_state[AUTH] = False


def review_story(item: QueueItem) -> None:
    key = f"moderation_{item.id}"
    with st.container(border=True):
        st.markdown(f"**#{item.id} · {_md(item.title)}**")
        st.caption(f"Safety check: {_md(item.risk_level)}")
        for flag in item.flags:
            st.warning(_md(flag))
        anonymizer_changes(item.title, item.body)
        with st.form(f"{key}_form"):
            title = st.text_input("Title", value=item.title, key=f"{key}_title")
            body = st.text_area("Story", value=item.body, height=300, key=f"{key}_body")
            topics = st.multiselect(
                "Topics", TOPICS, default=item.topics, format_func=label, key=f"{key}_topics"
            )
            stage = st.selectbox(
                "Stage",
                STAGES,
                index=STAGES.index(item.stage),
                format_func=label,
                key=f"{key}_stage",
            )
            helped = st.multiselect(
                "What helped",
                WHAT_HELPED,
                default=item.what_helped,
                format_func=label,
                key=f"{key}_helped",
            )
            communities = st.multiselect(
                "Communities",
                COMMUNITIES,
                default=item.communities,
                format_func=label,
                key=f"{key}_communities",
            )
            warnings = st.multiselect(
                "Content warnings",
                CONTENT_WARNINGS,
                default=item.content_warnings,
                format_func=label,
                key=f"{key}_warnings",
            )
            reason = st.text_input("Reason, if you decline", key=f"{key}_reason")
            save, approve, decline = st.columns(3)
            saved = save.form_submit_button("Save edits")
            approved = approve.form_submit_button("Approve and publish", type="primary")
            declined = decline.form_submit_button("Decline")
        if not (saved or approved or declined):
            return
        try:
            if declined:
                queue.decline(item.id, reason)
                st.toast("Declined.")
            else:
                draft = Draft(title, body, topics, stage, helped, communities)
                queue.edit(item.id, draft, warnings)
                if approved:
                    story = queue.approve(item.id, story_library())
                    st.toast(f"Published as {story.id}." if story else "Approved.")
            st.rerun()
        except SubmissionError as problem:
            st.warning(str(problem))


def review_correction(item: QueueItem) -> None:
    key = f"moderation_fix_{item.id}"
    with st.container(border=True):
        st.markdown(f"**#{item.id} · listing {_md(item.target or '')}** {_md(item.title)}")
        st.markdown(_md(item.body))
        reason = st.text_input("Reason, if you decline", key=f"{key}_reason")
        done, decline = st.columns(2)
        try:
            if done.button("Mark as handled", key=f"{key}_done"):
                queue.approve(item.id)
                st.rerun()
            if decline.button("Decline", key=f"{key}_decline"):
                queue.decline(item.id, reason)
                st.rerun()
        except SubmissionError as problem:
            st.warning(str(problem))


st.button("Lock moderation", on_click=lock, key="moderation_lock")
stories_tab, corrections_tab, decided_tab = st.tabs(
    ["Stories waiting", "Directory corrections", "Decided"]
)
with stories_tab:
    waiting = queue.items("pending", kind="story")
    if not waiting:
        st.write("No stories are waiting. Thank you for keeping the library safe.")
    for item in waiting:
        review_story(item)
with corrections_tab:
    corrections = queue.items("pending", kind="correction")
    if not corrections:
        st.write("No corrections are waiting.")
    for item in corrections:
        review_correction(item)
with decided_tab:
    for status in ("approved", "declined"):
        for item in queue.items(status):
            note = f" — {item.decline_reason}" if item.decline_reason else ""
            st.markdown(f"- {_md(status)}: #{item.id} {_md(item.title)}{_md(note)}")
