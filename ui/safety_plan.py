"""My safety plan: the page's form, the "Your plan" part of the crisis card, the printouts.

The companion and any other page call ``has_plan()`` and ``plan_page_link()``; the crisis
card (``ui.help.crisis_card``) calls ``active_plan()`` and ``plan_card()`` itself. The plan
read from the journal is kept in session state under a ``journal_`` key, so locking the
journal forgets it with the key.
"""

from __future__ import annotations

import logging
from datetime import date

import streamlit as st
from streamlit.errors import StreamlitAPIException

from journal import EMOTIONS, Entry, Journal
from journal.safety_plan import CONTACT_STEPS, MAX_ITEMS, STEPS, Contact, SafetyPlan
from journal.safety_plan_pdf import HelpLineText, plan_pdf, wallet_card_pdf
from knowledge.resources import country_name, emergency_number, urgent_lines, wording
from knowledge.resources.dial import tel_href
from ui.dial import line_markdown, phone_markdown
from ui.journal import active_journal
from ui.navigation import SAFETY_PLAN_PAGE, SAFETY_PLAN_URL
from ui.text import escape_markdown as _md

logger = logging.getLogger(__name__)
PLAN_KEY = "journal_safety_plan"  # the decrypted plan; "journal_" so lock() drops it
NO_PLAN = "none"
FORM_PREFIX = "journal_plan_"  # every widget of the plan form


def active_plan() -> SafetyPlan | None:
    """The plan of the journal unlocked in this session, or None (locked, or no plan yet)."""
    journal = active_journal()
    if journal is None:
        return None
    cached = st.session_state.get(PLAN_KEY)
    if cached is None:
        cached = journal.safety_plan() or NO_PLAN
        st.session_state[PLAN_KEY] = cached
    if cached == NO_PLAN or cached.is_empty:
        return None
    return cached


def has_plan() -> bool:
    """True when a journal is unlocked in this session and holds a safety plan."""
    try:
        return active_plan() is not None
    except Exception:
        logger.exception("the safety plan could not be read")
        return False


def plan_page_link(label: str = wording.SAFETY_PLAN_OPEN) -> None:
    """A link to the My safety plan page (a plain link where navigation is not running)."""
    try:
        st.page_link(SAFETY_PLAN_PAGE, label=label, icon=":material/health_and_safety:")
    except StreamlitAPIException:
        st.markdown(f"[{_md(label)}](/{SAFETY_PLAN_URL})")


def remember(plan: SafetyPlan | None) -> None:
    st.session_state[PLAN_KEY] = plan if plan is not None else NO_PLAN


def contact_markdown(contact: Contact) -> str:
    name = f"**{_md(contact.name)}**" if contact.name else ""
    phone = phone_markdown(contact.phone) if contact.phone else ""
    note = f"({_md(contact.note)})" if contact.note else ""
    return " ".join(part for part in (name, phone, note) if part)


def plan_card(plan: SafetyPlan, *, link: bool = True) -> None:
    """ "Your plan" as the crisis card shows it: my people (tap to call), reasons, coping."""
    with st.container(border=True):
        st.subheader(wording.SAFETY_PLAN_CARD_HEADING, anchor=False)
        people = [*plan.shown("people"), *plan.shown("professionals")]
        if people:
            st.markdown(
                f"**{wording.SAFETY_PLAN_CARD_PEOPLE}**  \n"
                + "  \n".join(contact_markdown(c) for c in people)
            )
        if reasons := plan.shown("reasons"):
            st.markdown(
                f"**{wording.SAFETY_PLAN_CARD_REASONS}**  \n" + " · ".join(_md(r) for r in reasons)
            )
        if coping := plan.shown("coping"):
            st.markdown(
                f"**{wording.SAFETY_PLAN_CARD_COPING}**  \n" + " · ".join(_md(c) for c in coping)
            )
        if link:
            plan_page_link()


# the page --------------------------------------------------------------------------------------
def warning_sign_choices(entries: list[Entry]) -> list[str]:
    """The person's own tags and the emotions they have logged, most used first."""
    counts: dict[str, int] = {}
    for entry in entries:
        for label in (*entry.checkin.tags, *entry.checkin.emotions):
            counts[label] = counts.get(label, 0) + 1
    order = {e: i for i, e in enumerate(EMOTIONS)}
    return sorted(counts, key=lambda label: (-counts[label], order.get(label, 999), label))


def forget_form() -> None:
    for key in [k for k in st.session_state if str(k).startswith(FORM_PREFIX)]:
        del st.session_state[key]


def _lines(text: str) -> tuple[str, ...]:
    return tuple(line.strip() for line in text.splitlines() if line.strip())


def _step_header(step: str) -> tuple[str, str, str]:
    if step == "reasons":
        return wording.SAFETY_PLAN_REASONS
    return wording.SAFETY_PLAN_STEPS[step]


def verified_professionals(country: str) -> None:
    """Step 5's prefilled part: the emergency number and the country's verified lines."""
    number = emergency_number(country)
    if number:
        st.markdown(f"**{_md(country_name(country))} emergency number:** {phone_markdown(number)}")
    for line in urgent_lines(country)[:2]:
        st.markdown(line_markdown(line))


def plan_form(journal: Journal, plan: SafetyPlan, choices: list[str], country: str) -> None:
    """Every step with its prompt and a skip box; one save for the whole plan."""
    with st.form(f"{FORM_PREFIX}form", enter_to_submit=False):
        values: dict[str, tuple] = {}
        skipped: set[str] = set()
        for section in (*STEPS, "reasons"):
            name, prompt, examples = _step_header(section)
            st.subheader(name, anchor=False)
            st.caption(prompt)
            if section in STEPS and st.checkbox(
                f"Skip step {STEPS.index(section) + 1} for now",
                value=section in plan.skipped,
                key=f"{FORM_PREFIX}{section}_skip",
            ):
                skipped.add(section)
            if section == "professionals":
                st.caption(wording.SAFETY_PLAN_PROFESSIONALS_PREFILLED)
                verified_professionals(country)
            if section in CONTACT_STEPS:
                values[section] = _contact_rows(section, plan.items(section))
                continue
            items = plan.items(section)
            chosen: list[str] = []
            if section == "warning_signs" and choices:
                chosen = st.multiselect(
                    "From your journal: your tags and emotions",
                    options=choices,
                    default=[i for i in items if i in choices],
                    key=f"{FORM_PREFIX}{section}_chosen",
                )
                items = tuple(i for i in items if i not in choices)
            typed = st.text_area(
                f"{name} (one per line)" if section != "warning_signs" else "In your own words",
                value="\n".join(items),
                placeholder=examples,
                help=wording.SAFETY_PLAN_ONE_PER_LINE,
                key=f"{FORM_PREFIX}{section}",
            )
            values[section] = tuple(dict.fromkeys([*chosen, *_lines(typed)]))
        submitted = st.form_submit_button("Save my plan", type="primary")
    if submitted:
        new = SafetyPlan(**values, skipped=frozenset(skipped), last_reviewed=date.today())
        save(journal, new)


def _contact_rows(section: str, contacts: tuple[Contact, ...]) -> tuple[Contact, ...]:
    rows = min(MAX_ITEMS, max(3, len(contacts) + 1))
    noun = "Person" if section == "people" else "Service"
    found = []
    for i in range(rows):
        current = contacts[i] if i < len(contacts) else Contact("")
        name_col, phone_col, note_col = st.columns(3)
        name = name_col.text_input(
            f"{noun} {i + 1}: name", value=current.name, key=f"{FORM_PREFIX}{section}_{i}_name"
        )
        phone = phone_col.text_input(
            f"{noun} {i + 1}: phone", value=current.phone, key=f"{FORM_PREFIX}{section}_{i}_phone"
        )
        note = note_col.text_input(
            f"{noun} {i + 1}: note",
            value=current.note,
            placeholder="role, best time",
            key=f"{FORM_PREFIX}{section}_{i}_note",
        )
        found.append(Contact(name, phone, note))
    return tuple(found)


def save(journal: Journal, plan: SafetyPlan) -> None:
    """Save, or say why not; what was typed stays in the form either way."""
    from journal import InvalidEntry

    try:
        saved = journal.save_safety_plan(plan)
    except InvalidEntry as error:
        st.error(f"{error} Nothing was saved yet; your plan is still in the form.")
        return
    remember(saved)
    st.success(wording.SAFETY_PLAN_SAVED)
    not_numbers = [
        c for step in CONTACT_STEPS for c in saved.items(step) if c.phone and not tel_href(c.phone)
    ]
    for contact in not_numbers:
        st.info(f"{_md(contact.name or contact.phone)}: {wording.SAFETY_PLAN_PHONE_NOT_A_NUMBER}")


def _headings() -> dict[str, str]:
    headings = {step: title for step, (title, _, _) in wording.SAFETY_PLAN_STEPS.items()}
    headings["reasons"] = wording.SAFETY_PLAN_REASONS[0]
    return headings


def _help_lines(country: str) -> list[HelpLineText]:
    lines = []
    if number := emergency_number(country):
        lines.append(HelpLineText(f"{country_name(country)} emergency number", number))
    lines += [HelpLineText(line.name, line.contact) for line in urgent_lines(country)[:2]]
    return lines


def printable_plan(plan: SafetyPlan, country: str) -> bytes:
    return plan_pdf(
        plan,
        title=wording.SAFETY_PLAN_TITLE,
        headings=_headings(),
        help_lines=_help_lines(country),
        help_heading="Crisis lines and emergency number",
        footer=wording.SAFETY_PLAN_CITATION,
    )


def wallet_card(plan: SafetyPlan, country: str) -> bytes:
    return wallet_card_pdf(
        plan,
        title=wording.SAFETY_PLAN_TITLE,
        headings=_headings(),
        help_lines=_help_lines(country)[:2],
        help_heading="Crisis help",
    )
