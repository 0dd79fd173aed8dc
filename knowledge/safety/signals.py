"""Risk signals that add up across a conversation.

Hopelessness, isolation, feeling a burden, feeling trapped, unbearable pain and a vague
warning sign (tidying affairs, "won't need it") are each common on a bad day. Together they
are the pattern the interpersonal theory of suicide and the safe-messaging warning-sign
lists describe, so a conversation that gathers enough of them is treated as a crisis even
when no single message is (``adds_up``). Patterns run on normalized English and Spanish.
Each names a feeling, never a neutral word: "alone" needs "feel", "so", "all" or a feeling
("low and alone") with it, and Spanish "solo" (also "only") needs "estoy" or "me siento", so
"I just need to vent" or "went to the cinema alone" add nothing up.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

SIGNALS: dict[str, re.Pattern[str]] = {
    "hopeless": re.compile(
        r"\b(hopeless|no hope|no future|nothing (will|is going to|is ever going to|ever) (change|changes|get better|improve)|nothing (really )?(ever )?changes?( does it)?|(do not|cannot) see the use( in (it|any of it|anything|it all))?|(whats|what is) (even )?the point of (trying|anything|any of it)|never (going to|gonna) (get better|change)|(always|forever) (going to|gonna) be like this|(what is|whats) the point( of (anything|it all|trying|living|going on|life|me|any of this))?( anymore| any more)?\s*[?.!]*$|there is no point( in (anything|trying|living|going on))?\s*[?.!]*$|no point (in )?(anything|trying|living|going on)|(life|everything|it all|living|trying|my life) (is|feels|seems) (pointless|meaningless)|nothing matters( anymore)?|(do not|cannot|can not|no longer) see (the|any) point( (anymore|any more|in (anything|trying|living|going on|carrying on|it all|any of it|life))|\s*[?.!]*$)|no (le )?veo (el |ningun )?sentido (a|en) (nada|la vida|vivir|seguir)|no way things get better|sin esperanza|nada va a (cambiar|mejorar)|nunca va a mejorar|(ya nada|mi vida|la vida|vivir|seguir) (ya )?no tiene sentido|ya nada tiene sentido|para que (seguir|vivir|intentarlo|sirvo|existo)|(ya )?nada (me )?importa( ya)?\s*[?.!]*$|ya nada (me )?importa|no (hay|tengo) (esperanza|futuro)|no (le )?veo (ningun |el )?futuro|nada va a salir bien)\b"
    ),
    "isolated": re.compile(
        r"\b((feel|felt|feeling|so|all|completely|totally|always|very|really|utterly|truly|entirely) alone|alone (again|all the time|every (day|night))|(low|sad|down|empty|lost|scared|miserable|depressed) and (so |very |really |totally )?alone|lonely|loneliness|left out|ignored|invisible|by myself (again|every day|all the time)|(no one|nobody) (cares|would notice|to talk to|understands|would care|calls|texts|sat|sits|talks|talked|invited|invites|asked|came|showed up|noticed|notices|messaged|replied|answers|wants me)|no friends|no one left|((have|has) )?(kind of |kinda |all )?stopped (inviting|calling|texting|messaging|coming by|coming round|visiting)( me)?\b|(not|have not|haven'?t|has not|hasn'?t|never) (talked|spoken) to (anyone|anybody|a soul)|(i have|i've got|ive got|i got) (no one|nobody)( to talk to| left| at all)?\b|no tengo a nadie|no tengo (amigos|con quien hablar)|(estoy|me siento|me sentia|me quede|me he quedado|siempre|tan|muy) (tan |muy |\w+mente )?sol[oa]\b(?! (quiero|queria|necesito|pregunto|era|es|un|una|por|para|de|que|en|con|viendo)\b)|soledad|nadie (me )?(quiere|entiende|escucha|llama|nota|notaria))\b"
    ),
    "burden": re.compile(
        r"\b(burden|(such a |a |just a )?drain on (my|everyone|them|her|him)|(extra|dead) weight|(it is|its) (all )?because of me|(a|such a) (bother|nuisance) (to|for)|better off without me|in everyone'?s way|ruin everything|only cause (problems|trouble|pain)|drag (everyone|them|you) down|waste of space|(everyone|they|people) (just )?(puts? up with|tolerates?) me|the annoying one|too much for (everyone|people|them)|(i am|i'm) (just )?(a|the) (problem|mistake|disappointment)|una carga|un estorbo|mejor sin mi|solo causo problemas)\b"
    ),
    "trapped": re.compile(
        r"\b(trapped|no way out|no escape|cannot escape|stuck forever|nowhere to turn|run out of options|out of options|atrapad[oa]|sin salida|no hay salida)\b"
    ),
    "unbearable": re.compile(
        r"\b(cannot (take|do|handle|bear) (it|this|any of this) (anymore|any more|much longer)|unbearable|too much to bear|cannot go on like this|no aguanto mas|ya no puedo mas|no doy mas)\b"
    ),
    "warning": re.compile(
        r"\b(gave|giving|give) away (my|all my|most of my)|(will not|wont|won't) need (it|them|this|that|my \w+)\b|(do not|dont) need (it|them|this|that|my \w+) (anymore|any more|where i am going)|(you|u) can (have|keep) my|(my )?(last|final) (post|letter|entry|message|goodbye)\b(?! (of the|before the|for the) (day|week|month|year|semester|term|holiday|trip))|(sorted|sorting|organi[sz]ed|organi[sz]ing|updated|updating) (out )?(my )?(passwords|accounts|will|affairs|paperwork|papers)|tying up loose ends|made (my )?peace with (it|everything)|(finally|feel) at peace (now|with it)|cancel+ed (all|everything|my plans|my appointments)|said (my )?goodbyes|one last (time|visit|look)|regal\w* (mis|todas mis)|ya no (voy a necesitar|lo voy a necesitar|los voy a necesitar)|deje (todo|mis cosas) en orden|me despedi\b"
    ),
}
# Three of these together is the pattern; a vague warning sign needs two of the others.
ADDS_UP_AT = 3
# Feeling trapped, alone and unable to take any more is also what a bad week of noise,
# exams or a restructure sounds like; the pattern needs hopelessness, feeling a burden or
# a warning sign among the three before a conversation is read as a crisis.
CORE = frozenset({"hopeless", "burden", "warning"})


def signals_in(normalized: str) -> frozenset[str]:
    """The signal names one normalized message carries."""
    return frozenset(name for name, pattern in SIGNALS.items() if pattern.search(normalized))


def adds_up(signals: Iterable[str]) -> bool:
    """True when signals gathered over a conversation amount to a crisis."""
    found = set(signals)
    others = found - {"warning"}
    return len(found) >= ADDS_UP_AT and len(others) >= 2 and bool(found & CORE)
