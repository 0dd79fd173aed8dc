"""Privacy & your data: what is stored and how; export, import, and delete everything."""

from __future__ import annotations

from datetime import date

import pandas as pd
import streamlit as st

from journal import MOODS, BadImportFile, InvalidEntry
from journal.checkin import mood_words
from journal.imports import MAX_IMPORT_BYTES
from knowledge.resources import wording
from ui.imports import (
    FILE_TYPES,
    SOURCES,
    WITH_MOOD_NAMES,
    import_preview,
    parse_upload,
    preview_details,
)
from ui.journal import lock, lock_button, readable_entries, require_journal

st.title("Privacy & your data")
st.write(wording.DATA_STAYS_HERE)
st.markdown(
    """
**What is stored, and how**

- Your journal is locked with your passphrase. It is checked with **argon2id**, a slow
  password hash, and the same step makes a key that unlocks your own random data key.
  Your passphrase itself is never stored.
- Every check-in, note, emotion, activity, tag, hour of sleep, tracker (its name and
  your answers) and self-check answer, and your answers about stories and the topics you
  chose not to see, is encrypted with **AES-GCM** under your data key before it is
  written. The database holds
  only ids, an owner id and the times entries were saved, in clear.
- Your name is stored as a one-way digest, not as text.
- The recovery code shown when you created your journal wraps the same data key a second
  time. Without your passphrase or that code, nobody (the people running Kindred included)
  can read your journal, and nobody can reset it for you.
- While unlocked, the key lives only in this browser session's memory on the server. It is
  dropped when you lock, and after a while without activity.
- Nothing is sent anywhere else: no analytics, no tracking, no cloud services.
"""
)
if notice := st.session_state.pop("privacy_deleted_notice", None):
    st.success(notice)

journal = require_journal("export, import or delete your data")
if journal is None:
    st.stop()
lock_button()

st.header("Export everything", anchor=False)
st.caption(
    "Your entries, self-checks, safety plan and story ratings, decrypted, for you to keep. "
    "Store the file safely."
)
stamp = date.today().isoformat()
# The export is made only on a click (a callable): not decrypted and held in the server's
# file store on every rerun of this page.
exports = (
    ("JSON", journal.export_json, "application/json"),
    ("CSV", journal.export_csv, "text/csv"),
)
for column, (kind, export, mime) in zip(st.columns(2), exports, strict=True):
    column.download_button(
        f"Download {kind}",
        data=export,
        file_name=f"kindred-journal-{stamp}.{kind.lower()}",
        mime=mime,
        key=f"privacy_export_{kind.lower()}",
        on_click="ignore",  # a download changes nothing here: no rerun mid-download
    )

st.header("Import from Daylio, jrnl or Kindred", anchor=False)
source = st.radio("Exported from", SOURCES, horizontal=True, key="privacy_import_source")
# Both kinds are accepted whichever app is chosen: the importer then says kindly that a JSON
# file is not a Daylio export, instead of the uploader refusing it with its own message.
upload = st.file_uploader(
    f"Choose the export file (up to {MAX_IMPORT_BYTES // 1_048_576} MB)",
    type=FILE_TYPES,
    help=wording.IMPORT_FILE_TYPES_HELP,
    key="privacy_import_file",
)
if upload is not None:
    data = upload.getvalue()
    try:
        preview = parse_upload(source, data, journal)
        if preview.unmapped_moods and source in WITH_MOOD_NAMES:
            st.markdown("**Your own mood names**: match each one to Kindred's 1-5 scale.")
            chosen = {
                label: st.selectbox(
                    label or "(empty)",
                    options=list(MOODS),
                    index=None,
                    placeholder="Choose 1-5 (until then these rows are skipped)",
                    format_func=mood_words,
                    key=f"privacy_map_{label}",
                )
                for label in preview.unmapped_moods
            }
            mapping = {label: mood for label, mood in chosen.items() if mood is not None}
            preview = parse_upload(source, data, journal, mapping)
    except BadImportFile as error:
        st.error(str(error))
    else:
        # Entries already in the journal (an older export of the same app) are left out.
        preview.leave_out_existing(entry.checkin for entry in readable_entries(journal))
        st.write(preview.summary)
        preview_details(preview)
        st.dataframe(
            pd.DataFrame(
                {
                    "date": [c.occurred_at for c in preview.entries],
                    "mood": [mood_words(c.mood) if c.mood else "note" for c in preview.entries],
                    "activities / tags": [
                        ", ".join([*c.activities, *c.tags]) for c in preview.entries
                    ],
                    "title": [c.title for c in preview.entries],
                    "note": [c.note[:200] for c in preview.entries],
                }
            ),
            hide_index=True,
            width="stretch",
        )
        if preview.skipped:
            st.markdown("**Rows that will be skipped, and why**")
            st.dataframe(
                pd.DataFrame([{"row": s.row, "why": s.reason} for s in preview.skipped]),
                hide_index=True,
                width="stretch",
            )
        # The file stays chosen after an import; the rerun then finds every entry already
        # there, so a second click cannot add them twice.
        if not preview.entries and preview.already_there:
            st.info(wording.IMPORT_NOTHING_NEW.format(already=preview.already_there))
        elif preview.entries and st.button(
            f"Import {len(preview.entries)} entries", type="primary", key="privacy_import_go"
        ):
            try:
                import_preview(journal, preview)
            except InvalidEntry as error:
                st.error(wording.IMPORT_FAILED.format(reason=error))
            else:
                st.success(wording.IMPORT_DONE.format(added=len(preview.entries)))

st.header("Delete everything", anchor=False)
st.caption(
    "This removes your journal, every entry and self-check, and your account, for good. "
    "Export first if you want a copy. It cannot be undone."
)
confirm = st.text_input('Type "delete" to confirm', key="privacy_delete_confirm")
if st.button("Delete my journal for good", type="primary", key="privacy_delete_go"):
    if confirm.strip().lower() != "delete":
        st.warning('Type "delete" in the box first, so nothing is deleted by accident.')
    else:
        journal.delete_everything()
        lock()
        st.session_state["privacy_deleted_notice"] = (
            "Your journal and everything in it are deleted."
        )
        st.rerun()
