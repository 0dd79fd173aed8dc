"""The one safety vocabulary and risk check, below every part that needs it.

The companion, the journal's note check, the self-checks and story review all read risk
through ``assess``; nothing below the pages imports ``companion`` for it. Modules:
``normalize`` and ``lexicon`` (English), ``lexicon_es`` (Spanish), ``language``, ``scope``
(what the companion declines), ``signals`` (what adds up across a conversation),
``content`` (story warnings and method detail), ``classifier`` and ``train`` (the learned
layer), ``risk`` (the one ``assess``).
"""

from knowledge.safety.risk import Assessment, Level, assess, highest, user_messages
from knowledge.safety.scope import Scope, check_scope
from knowledge.safety.signals import adds_up, signals_in

__all__ = [
    "Assessment",
    "Level",
    "Scope",
    "adds_up",
    "assess",
    "check_scope",
    "highest",
    "signals_in",
    "user_messages",
]
