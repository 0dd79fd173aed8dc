"""The output guard: every drafted reply is checked before anyone sees it.

A draft fails when it diagnoses, advises on medication, carries harmful detail, claims to
be a person or a clinician, writes its own phone numbers or links (only verified routes
may carry those), reads as risky itself, or names no person to turn to.
"""

from __future__ import annotations

import re

from knowledge.safety.lexicon import MEANS_QUERY, METHOD_REQUEST
from knowledge.safety.normalize import normalize
from knowledge.safety.scope import CONDITIONS, DRUG_NAMES

CHECKS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "diagnosis",
        re.compile(
            rf"\byou (have|might have|may have|probably have|likely have|seem to have|are suffering from|suffer from|could have|are) (clinical |major |severe |an? )?{CONDITIONS}\b"
            rf"|\b(sounds|seems|looks) like (you have )?(clinical |major |severe |an? )?{CONDITIONS}\b"
            r"|\b(i|my) diagnos\w*|\byour diagnosis is\b|\bmeets? the criteria\b"
        ),
    ),
    (
        "medication",
        re.compile(
            rf"\b{DRUG_NAMES}\b|\b\d+\s?(mg|milligrams?|mcg|ml)\b|\b(dose|dosage|doses)\b"
            r"|\b(stop|start|increase|decrease|double|skip|reduce|lower|raise|taper|quit) (taking )?(your |the |my )?(meds|medication|medications|pills|antidepressants?)\b"
        ),
    ),
    (
        "harmful detail",
        re.compile(
            r"\b(lethal|fatal|deadly|noose|overdose on|bleed out|painless way|jump from|jump off)\b"
            r"|\b\d+\s?(meters|metres|feet|ft|m|storeys|stories|floors)\b(?! away)"
        ),
    ),
    (
        # Tips for going without food, whoever asked: a draft never carries them.
        "food restriction",
        re.compile(
            r"\b(suppress|curb|ignore|trick|quiet|numb|fight) (your |the |that )?(hunger|appetite|hunger pangs)\b"
            r"|\b(under|below|less than) \d+ ?(calories|cals|kcal)\b|\b(skip|skipping) (a )?(meals?|breakfast|lunch|dinner)\b"
            r"|\b(chew|chewing) gum\b|\b(fill|filling) up on (water|coffee|tea)\b|\bappetite suppressants?\b"
        ),
    ),
    (
        "claims to be a person or clinician",
        re.compile(
            r"\bi am (a |an |your )?(real |licensed |qualified )?(human|person|therapist|doctor|psychologist|psychiatrist|counsell?or|nurse|clinician)\b"
            r"|\bas (a|your) (therapist|doctor|psychologist|psychiatrist|counsell?or|clinician)\b|\bi am not an? (ai|bot|machine|computer)\b"
        ),
    ),
    ("invented contact", re.compile(r"\d[\d\s().-]{5,}\d|https?://|www\.|\b\w+\.(org|com|net)\b")),
)
HUMAN_ROUTE = re.compile(
    r"\b(peer|group|groups|warmline|crisis line|helpline|friend|someone you trust|doctor|gp|therapist|counsell?or|clinician|a person|people|family|specialist|someone)\b"
)


def check_draft(draft: str) -> list[str]:
    """The problems found in a draft reply; an empty list means it may be shown."""
    from knowledge.safety.risk import assess

    text = normalize(draft)
    problems = [name for name, pattern in CHECKS if pattern.search(text)]
    if METHOD_REQUEST.search(text) or MEANS_QUERY.search(text):
        problems.append("harmful detail")
    if not HUMAN_ROUTE.search(text):
        problems.append("no human route")
    if assess(draft, use_embeddings=False).is_crisis:
        problems.append("risky content")
    return list(dict.fromkeys(problems))
