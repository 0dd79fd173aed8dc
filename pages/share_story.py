import streamlit as st

from knowledge.moderation.inbox import Consent, Draft, SubmissionError
from knowledge.stories import COMMUNITIES, STAGES, TOPICS, WHAT_HELPED, label
from ui.help import crisis_card, current_country
from ui.services import current_sender, moderation_inbox
from ui.stories import anonymizer, replaced_details, story_library

STEP = "share_step"
# Set by the buttons' callbacks, read once by the run they start.
INCOMPLETE = "share_incomplete"
RESCRUBBED = "share_rescrubbed"
REFUSED = "share_refused"
st.session_state.setdefault(STEP, "write")


def start_over() -> None:
    for key in [k for k in st.session_state if k.startswith("share_")]:
        del st.session_state[key]


def back_to_draft() -> None:
    # Widget values are dropped when a widget is not drawn, so the draft lives in plain keys.
    st.session_state["share_title"] = st.session_state.get("share_draft_title", "")
    st.session_state["share_body"] = st.session_state.get("share_draft_body", "")
    st.session_state[STEP] = "write"


def to_review() -> None:
    """ "Anonymize and review", before the page runs: scrub the draft, so this same run draws
    the review (an st.rerun() from the form ran the whole page, and its collection, twice)."""
    state = st.session_state
    title, body = state["share_title"], state["share_body"]
    topics, helped = state["share_topics"], state["share_helped"]
    if not body.strip() or not title.strip() or not topics or not helped:
        state[INCOMPLETE] = True
        return
    scrub = anonymizer()
    state["share_draft_title"] = title
    state["share_draft_body"] = body
    # The title is published and searched like the body, so it is scrubbed like the body.
    state["share_scrubbed_title"] = scrub(title)
    state["share_scrubbed"] = scrub(body)
    state["share_edit_title"] = state["share_scrubbed_title"].text
    state["share_edit_body"] = state["share_scrubbed"].text
    state["share_labels"] = (
        list(topics),
        state["share_stage"],
        list(helped),
        list(state["share_communities"]),
    )
    state[STEP] = "review"


def write_step() -> None:
    st.write(
        "Your story could be the one that helps someone feel less alone. Write it in your own "
        "words; next you'll see it with names, places and contact details taken out, and you "
        "decide what is published."
    )
    with st.form("share_form"):
        st.text_input("A short title", max_chars=120, key="share_title")
        st.text_area(
            "Your story",
            height=320,
            max_chars=12_000,
            key="share_body",
            placeholder="What happened, what it was like, and what helped, even a little.",
        )
        st.multiselect(
            "What is it about? (up to 3, the main one first)",
            TOPICS,
            format_func=label,
            max_selections=3,
            key="share_topics",
        )
        st.selectbox("Where are you now?", STAGES, index=1, format_func=label, key="share_stage")
        st.multiselect(
            "What helped? (up to 4)",
            WHAT_HELPED,
            format_func=label,
            max_selections=4,
            key="share_helped",
        )
        st.multiselect(
            "Communities you'd like it found by (optional)",
            COMMUNITIES,
            format_func=label,
            max_selections=3,
            key="share_communities",
        )
        st.form_submit_button("Anonymize and review", type="primary", on_click=to_review)
    if st.session_state.pop(INCOMPLETE, False):
        st.warning("Please add a title, your story, at least one topic and what helped.")


def send() -> None:
    """ "Send to the moderators", before the page runs (no st.rerun): check the edits for
    new identifying details, then queue the story, or keep the review and say why."""
    state = st.session_state
    scrub = anonymizer()
    recheck_title, recheck = scrub(state["share_edit_title"]), scrub(state["share_edit_body"])
    if recheck.entities or recheck_title.entities:
        state["share_edit_title"], state["share_edit_body"] = recheck_title.text, recheck.text
        state[RESCRUBBED] = True
        return
    consent = Consent(state["share_c1"], state["share_c2"], state["share_c3"])
    topics, stage, helped, communities = state["share_labels"]
    draft = Draft(
        title=recheck_title.text,
        body=recheck.text,
        topics=topics,
        stage=stage,
        what_helped=helped,
        communities=communities,
    )
    try:
        receipt = moderation_inbox().submit(draft, consent, sender=current_sender())
    except SubmissionError as problem:
        state[REFUSED] = str(problem)
        return
    start_over()
    state[STEP] = "done"
    state["share_code"] = receipt.withdrawal_code
    state["share_warned"] = bool({"suicide", "self-harm"} & set(receipt.warnings))


def review_step() -> None:
    if "share_scrubbed" not in st.session_state or "share_labels" not in st.session_state:
        st.session_state[STEP] = "write"
        st.rerun()
    scrubbed = st.session_state["share_scrubbed"]
    scrubbed_title = st.session_state.get("share_scrubbed_title")
    if st.session_state.pop(RESCRUBBED, False):
        st.warning("Your edits added a few identifying details; we replaced them. Please check.")
    st.header("1. Check what we changed", anchor=False)
    if scrubbed.entities or (scrubbed_title and scrubbed_title.entities):
        st.write(
            "We replaced these details so nobody can be identified. Each one is struck "
            "through, with what replaces it after the arrow:"
        )
    else:
        st.write("We didn't find names, places or contact details. Please check once more.")
    if scrubbed_title is not None:
        replaced_details("Title", st.session_state["share_draft_title"], scrubbed_title)
    replaced_details("Your story", st.session_state["share_draft_body"], scrubbed)
    st.header("2. Edit anything else you'd like", anchor=False)
    st.text_input("Title", key="share_edit_title", max_chars=120)
    st.text_area("Your story as it would be published", key="share_edit_body", height=320)
    st.header("3. Your consent", anchor=False)
    st.checkbox("Publish my story anonymously in Kindred's library", key="share_c1")
    st.checkbox("A moderator may lightly edit it for safety and privacy", key="share_c2")
    st.checkbox(
        "I understand I can withdraw it at any time with a code shown once, next",
        key="share_c3",
    )
    left, right = st.columns(2)
    left.button("Back to my draft", on_click=back_to_draft, key="share_back")
    right.button("Send to the moderators", type="primary", key="share_send", on_click=send)
    if refused := st.session_state.pop(REFUSED, None):
        st.warning(refused)


def done_step() -> None:
    st.success("Thank you. Your story is with our moderators; it appears once they approve it.")
    code = st.session_state.pop("share_code", None)
    if code:
        st.write("Your withdrawal code. Save it now: it is shown only this once.")
        st.code(code, language=None)
    if st.session_state.get("share_warned"):
        st.info(
            "Your story touches on some painful things. If any of it is happening for you "
            "now, you deserve support from a person today."
        )
        crisis_card(current_country(), limit=2)
    st.button("Share another story", on_click=start_over, key="share_again")


def withdraw_box() -> None:
    with st.expander("Withdraw a story you shared", icon=":material/undo:"):
        with st.form("share_withdraw_form", clear_on_submit=True):
            code = st.text_input("Your withdrawal code", key="share_withdraw_code")
            sent = st.form_submit_button("Withdraw my story")
        if sent:
            if not code.strip():
                st.warning("Please enter the code you were given when you shared your story.")
            elif moderation_inbox().withdraw(code, story_library()):
                st.success("Done. Your story has been removed from Kindred.")
            else:
                st.warning(
                    "We couldn't find a story with that code. Please check it letter by letter."
                )


st.title("Share your story")
steps = {"write": write_step, "review": review_step, "done": done_step}
steps.get(st.session_state[STEP], write_step)()
withdraw_box()
