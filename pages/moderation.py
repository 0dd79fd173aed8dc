import streamlit as st

from knowledge.stories import (
    COMMUNITIES,
    CONTENT_WARNINGS,
    STAGES,
    TOPICS,
    WHAT_HELPED,
    Draft,
    QueueItem,
    SubmissionError,
    label,
    moderation_enabled,
    verify_moderator,
)
from ui.services import app_settings
from ui.stories import anonymizer_changes, moderation_queue, story_library
from ui.text import escape_markdown as _md

MAX_ATTEMPTS = 5
AUTH = "moderation_ok"
st.session_state.setdefault(AUTH, False)
st.session_state.setdefault("moderation_attempts", 0)

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

if not st.session_state[AUTH]:
    if st.session_state["moderation_attempts"] >= MAX_ATTEMPTS:
        st.error("Too many wrong passwords. Close this tab and try again later.")
        st.stop()
    with st.form("moderation_login"):
        password = st.text_input("Moderator password", type="password")
        sent = st.form_submit_button("Unlock")
    if sent:
        if verify_moderator(password, settings):
            st.session_state[AUTH] = True
            st.rerun()
        st.session_state["moderation_attempts"] += 1
        st.warning("That password didn't match.")
    st.stop()

queue = moderation_queue()


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
                queue.approve(item.id, story_library())
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
