"""All safety wording in one reviewed place: crisis messages, disclaimers, refusals.

Plain strings only, so a reviewer can read the whole policy at once. Pages, the companion
and the journal import these; none of them writes its own safety text.
"""

from __future__ import annotations

WHAT_KINDRED_IS = (
    "Kindred is a private peer-support companion: a mood journal, recovery stories written "
    "by and for people with lived experience, a directory of peer groups and warmlines, and "
    "a companion that listens and points you to people."
)
WHAT_KINDRED_IS_NOT = (
    "Kindred is not therapy, not a diagnosis and not an emergency service. It complements "
    "professional care; it never replaces it."
)
EMERGENCY_ADVICE = (
    "If you or someone else is in immediate danger, call your local emergency number now."
)
UNKNOWN_COUNTRY_ADVICE = (
    "We don't have verified crisis lines for your country yet. Find A Helpline lists "
    "free, confidential helplines in more than 130 countries. If you are in danger right "
    "now, call your local emergency number."
)
CRISIS_HEADLINE = "You don't have to go through this alone. Please reach out to a person now."
CRISIS_MESSAGE = (
    "Thank you for telling me. It sounds like you're in a lot of pain right now, and you "
    "deserve support from a real person straight away. The people on these lines are "
    "trained to listen, it's free and confidential, and you can call, text or chat."
)
CRISIS_KEEP_TALKING = (
    "I'm still here if you want to keep talking while you reach out, and you can come back "
    "any time."
)
JOURNAL_CRISIS_NOTE = (
    "Some of what you wrote sounds really heavy. If you're thinking about ending your life "
    "or hurting yourself, please reach out to a person now. You deserve support."
)
COMPANION_IDENTITY = (
    "I'm an automated companion, not a person or a therapist. I can listen and help you "
    "find people: peer groups, peer specialists, warmlines and crisis lines."
)
NOT_A_DIAGNOSIS = (
    "This self-check is not a diagnosis. It can help you notice how you've been, and it can "
    "be useful to share the result with a doctor, therapist or other professional you trust."
)
DEMO_LISTING_BADGE = "Demo listing: an example, not a real service"
COMPOSITE_STORY_BADGE = "Composite story written for Kindred"
DATA_STAYS_HERE = (
    "Your journal is encrypted with a key made from your passphrase. It stays on this "
    "server, nobody else (the people running Kindred included) can read it, and nothing is "
    "sent anywhere else."
)
