"""A wish to die said with a laugh: still crisis, but the reply asks rather than assumes.

"kms lol", "me quiero morir jajaja": crisis words never get an everyday reply, yet answering
a joke about a bad exam with "you're in a lot of pain" is not listening. The companion asks
plainly instead (``companion.compose``), with the card in view. Never for an act done, a plan
or a goodbye, whatever the laugh ("lol i took all my pills" is an emergency).
"""

from __future__ import annotations

import re

# Laughter or a joke marker: "kms lol", "me quiero morir jajaja", "i want to die 😂".
LIGHTLY = re.compile(r"\b(lol|lmao|lmfao|rofl|jk|xd|ha(ha)+h?|ja(ja)+j?|je(je)+j?)\b|😂|🤣|💀")


# A wish said in so many words, not an act done ("took all my pills lol" is an emergency).
WISH = re.compile(
    r"\b(kms|kill myself|unalive myself|(want|wanna|going) to die|wanna die|want to be dead|(me )?quiero (morir|matar)(me)?|quiero matarme|me voy a (morir|matar))\b"
)
DONE = re.compile(
    r"\b(took|taken|swallowed|overdos\w*|cut|cutting|bleeding|pills|tonight|goodbye|me tome|trague|pastillas|me corte|esta noche|adios)\b"
)


def said_lightly(message: str) -> bool:
    """A wish to die said in so many words, with a laugh, and no act, plan or goodbye."""
    lowered = message.lower()
    return bool(LIGHTLY.search(lowered) and WISH.search(lowered) and not DONE.search(lowered))
