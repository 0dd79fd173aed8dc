"""A wish to die said as a figure of speech: asked about plainly, never assumed either way.

"kms lol", "me quiero morir jajaja", "if she does that attack one more time i swear i'll kms",
"me quiero morir, el que me gusta me vio con cilantro en los brackets": crisis words never
get an everyday reply, yet answering a joke about a boss fight with "you're in a lot of pain"
is not listening, and most ordinary conversations nobody here wrote that reached crisis
started this way. The companion asks plainly instead, with the crisis line and emergency
number in the reply and pinned from then on (``companion.conversation``,
``companion.compose``). Never for an act done, a plan, a time or a goodbye, nor when the
words are insisted on ("not joking", "en serio"): those stay a crisis, whatever the laugh
("lol i took all my pills" is an emergency).
"""

from __future__ import annotations

import re

from knowledge.safety.lexicon_es import normalize_es
from knowledge.safety.risk import Assessment

# Laughter, a joke marker or the crying-laughing register: "kms lol", "me quiero morir
# jajaja", "i want to die 😂", "i'll kms 😭".
LIGHTLY = re.compile(
    r"\b(lol|lo+l|lmao+|lmfao+|rofl|jk|xd|a?ha(ha)+h?|ja(ja)+j?|je(je)+j?|js(js)+j?|ksks\w*)\b"
    r"|😂|🤣|💀|😭|🙈|🫠|😩"
)
# Said about a small, named trigger rather than about living: a thing that happens "one more
# time" or "again", an embarrassment, someone one likes seeing it.
TRIGGERED = re.compile(
    r"\b(if|si)\b[^.!?]{0,80}\b(one more time|once more|again|otra vez|una vez mas|de nuevo)\b"
    r"|\bsi (vuelve|vuelven|vuelves|vuelvo|vuelva|vuelvan) a\b"
    r"|\b(so embarrass\w*|embarrass(ed|ing)|cringe|mortified|que verguenza|verguenza|que oso|"
    r"tragame tierra)\b"
    # A small mishap just now: "i just sent my boss a heart emoji", "se me olvidó el
    # cumpleaños de mi suegra", "acabo de mandar el audio equivocado". Not "i just said it"
    # or "i just called": a disclosure told for the first time reads like that.
    r"|\bi (just|accidentally) (sent|texted|replied|waved|liked|tripped|spilled|dropped|"
    r"posted|hit reply all)\b"
    r"|\bse me (olvido|cayo|quemo|rompio|borro)\b"
    r"|\b(acabo de|sin querer) (mandar|mande|enviar|envie|publicar|publique|tropezar)\b"
    r"|\b(my crush|the (guy|girl|boy) i like|mi crush|(el|la) (vato|chico|chica|nino|nina|morro|"
    r"morra|pibe|piba|man|mina) que me gusta|(el|la) que me gusta)\b"
)
# The wish, in words that are also everyday hyperbole (not "end my life", not a method).
WISH = re.compile(
    r"\b(kms|kill myself|unalive myself|(want|wanna|going) to die|gonna die|wanna die|"
    r"want to be dead|(me )?quiero (morir|matar)(me)?|quiero matarme|me voy a (morir|matar)|"
    r"me (quiero |voy a )?(tirar|tiro|aventar|aviento|lanzar|lanzo) (por|de|del|desde|al) "
    r"((la|una|el|un|las|los) )?\w+|jump (off|out of|out) (a|the|my) (bridge|roof|building|window|"
    r"balcony|cliff)|(throw|throwing) myself (off|out of|out|under|in front of) (a|the|my) \w+|"
    r"(stop|not) exist(ing)?|dejar de existir|(sleep|dormir(me)?) (and|y) (never|not|no) "
    r"(wake|despertar)|(hope|hoping|wish) (a|the) (bus|car|truck|train) (hits|would hit) me|"
    r"ojala me (atropell\w+|pille|arrolle|lleve) (un|una|el|la) \w+)\b"
)
# An act done, a plan, a time, a goodbye, or the words insisted on.
DONE = re.compile(
    r"\b(took|taken|swallowed|overdos\w*|cut|cutting|bleeding|pills|tonight|goodbye|"
    r"note|letter|despedida|carta|nota|"
    r"me tome|trague|pastillas|me corte|esta noche|adios|not (joking|kidding)|i mean it|"
    r"seriously|for real|no es broma|no estoy bromeando|en serio|de verdad|lo digo en serio|"
    r"every day|everyday|all the time|todos los dias|for (weeks|months)|"
    r"desde hace (semanas|meses))\b"
)


# A laugh beside a bare wish ("honestly i want to die lol") may be a mask; beside a
# moment told ("kms lol my group chat just saw my old poetry") it is more likely a figure.
TOLD_WORDS = 4


def said_lightly(message: str) -> bool:
    """A wish to die said in so many words, about a small named trigger or with a laugh
    beside a moment told, and no act, plan, time or goodbye, nor the words insisted on."""
    plain = normalize_es(message)
    lowered = message.lower()
    if not WISH.search(plain) or DONE.search(plain):
        return False
    if TRIGGERED.search(plain):
        return True
    told = WISH.sub(" ", LIGHTLY.sub(" ", plain)).split()
    return bool(LIGHTLY.search(lowered)) and len(told) >= TOLD_WORDS


def names_a_trigger(message: str) -> bool:
    """The message names a small trigger: a thing happening "one more time", an
    embarrassment, someone one likes seeing it."""
    return bool(TRIGGERED.search(normalize_es(message)))


def rests_on_own_words(assessment: Assessment) -> bool:
    """The crisis rests on the person's own words about themselves alone (not a quiet sign,
    a risk signal, a method question or someone else), so asking whether they meant them
    is fair."""
    own = {r for r in assessment.reasons if not r.startswith(("classifier", "idiom", "denies"))}
    return (
        own
        <= {"suicidal or self-harm language", "distress", "distress earlier in this conversation"}
        and "suicidal or self-harm language" in own
        and not assessment.means_question
        and not assessment.third_party
        and not assessment.signals
    )
