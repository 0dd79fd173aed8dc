import logging

import streamlit as st

from companion import Conversation
from journal import InvalidEntry
from knowledge.resources import warmlines, wording
from ui.companion import (
    contact_markdown,
    pinned_help,
    reply_markdown,
    scroll_to_latest,
)
from ui.help import crisis_card, current_country, render_line
from ui.journal import active_journal
from ui.navigation import HELP_PAGE
from ui.safety_plan import has_plan
from ui.services import companion_service
from ui.text import escape_markdown as _md

log = logging.getLogger(__name__)
HISTORY = "companion_history"
CONVERSATION = "companion_conversation"
st.session_state.setdefault(HISTORY, [])
if not isinstance(st.session_state.get(CONVERSATION), Conversation):
    st.session_state[CONVERSATION] = Conversation()
conversation: Conversation = st.session_state[CONVERSATION]
country = current_country()

st.title("Companion")
st.info(wording.COMPANION_IDENTITY)

with st.container(border=True):
    st.markdown(f"**{wording.COMPANION_TALK_TO_A_PERSON}**")
    st.page_link(HELP_PAGE, label="Get help now: crisis lines", icon=":material/emergency:")
    with st.expander("Warmlines: someone to talk to when it's not an emergency"):
        lines = warmlines(country)
        for line in lines:
            render_line(line)
        if not lines:
            st.write("Find a group or a peer specialist on the Find a group page.")

near = st.text_input(
    "Your town or postcode (optional, to suggest groups near you)", key="companion_near"
).strip()

# The pinned help sits above the chat input and is filled after this turn's reply, so a
# crisis reached in this very message is already in view.
with st.bottom:
    pinned_slot = st.empty()
    # The message being sent, if any, already sets the language the box asks in.
    spanish = conversation.language_of(st.session_state.get("companion_prompt")) == "es"
    prompt = st.chat_input(
        wording.COMPANION_PROMPT_ES if spanish else wording.COMPANION_PROMPT,
        key="companion_prompt",
    )

if prompt:
    st.session_state[HISTORY].append({"role": "user", "content": prompt})
    try:
        reply = companion_service().reply(
            prompt,
            country=country,
            near=near or None,
            conversation=conversation,
            has_plan=has_plan(),
        )
        st.session_state[HISTORY].append(
            {
                "role": "assistant",
                "content": reply.text,
                "level": reply.level.value,
                "routes": [(r.name, r.contact, r.note) for r in reply.routes],
                "language": reply.language,
            }
        )
    except Exception as exc:  # never a traceback: an apology, with the crisis card beside it
        # Only the type: an error's text (a model API's, say) may quote the person's message.
        log.error("companion reply failed: %s", type(exc).__name__)
        st.session_state[HISTORY].append(
            {
                "role": "assistant",
                "content": wording.COMPANION_ERROR,
                "level": "crisis",
                "routes": [],
            }
        )

for message in st.session_state[HISTORY]:
    with st.chat_message(message["role"]):
        if message["role"] == "assistant":
            crisis = message.get("level") == "crisis"
            contacts = [contact for _, contact, _ in message.get("routes", [])] if crisis else []
            st.markdown(reply_markdown(message["content"], contacts))
        else:
            st.markdown(_md(message["content"]))
        if message.get("level") == "crisis":
            crisis_card(country)
        routes = [] if conversation.state.is_crisis else message.get("routes", [])
        if routes and message.get("level") != "crisis":
            spanish = message.get("language") == "es"
            st.caption(wording.PEOPLE_WHO_CAN_HELP_ES if spanish else wording.PEOPLE_WHO_CAN_HELP)
            for name, contact, note in routes:
                extra = f" ({note})" if note else ""
                st.markdown(f"- **{_md(name)}**: {contact_markdown(contact)}{_md(extra)}")

with pinned_slot.container():
    pinned_help(conversation.state, country)
if prompt:
    scroll_to_latest(len(st.session_state[HISTORY]))

journal = active_journal()
if st.session_state[HISTORY] and journal is None:
    st.caption(wording.COMPANION_SAVE_NEEDS_JOURNAL)
elif st.session_state[HISTORY] and st.button(
    "Save this conversation to my journal", key="companion_save"
):
    transcript = "\n\n".join(
        f"{'Me' if m['role'] == 'user' else 'Companion'}: {m['content']}"
        for m in st.session_state[HISTORY]
    )
    try:
        journal.add_note(transcript, ["companion"])
        st.success(wording.COMPANION_SAVED_TO_JOURNAL)
    except InvalidEntry as problem:
        st.warning(f"I couldn't save this conversation: {problem}")
