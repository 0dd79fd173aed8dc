"""My safety plan: the six steps and my reasons, kept encrypted in my journal; print it."""

from __future__ import annotations

from datetime import date

import streamlit as st

from journal import BadImportFile
from journal.crypto import DecryptionFailed
from journal.safety_plan import SafetyPlan, plan_from_export
from knowledge.resources import wording
from ui.help import current_country
from ui.journal import lock_button, readable_entries, require_journal
from ui.safety_plan import (
    forget_form,
    plan_card,
    plan_form,
    printable_plan,
    remember,
    save,
    wallet_card,
    warning_sign_choices,
)

st.title(wording.SAFETY_PLAN_TITLE)
st.write(wording.SAFETY_PLAN_INTRO)

journal = require_journal(wording.SAFETY_PLAN_NEEDS_JOURNAL)
if journal is None:
    st.caption(wording.SAFETY_PLAN_CITATION)
    st.stop()
lock_button()
st.caption(wording.SAFETY_PLAN_PRIVATE)
country = current_country()

try:
    stored = journal.safety_plan()
except DecryptionFailed:
    st.error(
        "Your safety plan could not be read: the stored data looks damaged. Nothing has been "
        "changed. Please tell whoever runs this Kindred; a backup can restore it."
    )
    st.stop()
remember(stored)
plan = stored or SafetyPlan()

if stored is not None:
    if stored.review_due():
        st.info(
            wording.SAFETY_PLAN_REVIEW_DUE
            if stored.last_reviewed
            else wording.SAFETY_PLAN_NEVER_REVIEWED
        )
    if stored.last_reviewed:
        st.caption(f"Last reviewed {stored.last_reviewed:%d %B %Y}.")
    if st.button("Mark as reviewed today", key="journal_plan_reviewed"):
        save(journal, stored.reviewed(date.today()))
        st.rerun()

st.header("Write your plan", anchor=False)
plan_form(journal, plan, warning_sign_choices(readable_entries(journal)), country)

current = st.session_state.get("journal_safety_plan")
if isinstance(current, SafetyPlan) and not current.is_empty:
    st.header("Take it with you", anchor=False)
    plan_card(current, link=False)
    left, right = st.columns(2)
    left.download_button(
        "Download a printable plan (PDF)",
        data=lambda: printable_plan(current, country),
        file_name="my-safety-plan.pdf",
        mime="application/pdf",
        key="journal_plan_pdf",
        on_click="ignore",
    )
    right.download_button(
        f"Download a {wording.SAFETY_PLAN_WALLET_CARD.lower()} (PDF)",
        data=lambda: wallet_card(current, country),
        file_name="my-safety-plan-wallet-card.pdf",
        mime="application/pdf",
        key="journal_plan_card",
        on_click="ignore",
    )

with st.expander("Restore from an export"):
    st.caption(wording.SAFETY_PLAN_RESTORE)
    upload = st.file_uploader("Kindred JSON export", type=["json"], key="journal_plan_restore")
    if upload is not None and st.button("Restore my plan", key="journal_plan_restore_go"):
        try:
            restored = plan_from_export(upload.getvalue())
        except BadImportFile as error:
            st.error(str(error))
        else:
            if restored is None:
                st.info("That export has no safety plan in it. Nothing was changed.")
            else:
                forget_form()
                save(journal, restored)
                st.rerun()

st.caption(wording.SAFETY_PLAN_CITATION)
