"""Relief in a plain message is not a warning sign; the classifier reads the rest of it.

"I'm doing a lot better", "thanks for listening", "tomorrow's a new day": the classifier
learned calm as a warning sign from messages where the calm follows a decision to die, so
it read plain relief as crisis. In a message where the lexicon finds no sign and no
distress, the phrases that say things are getting better are taken out of what the
classifier reads, as idioms are, and the rest is read as usual ("I'm fine now, thanks, the
pills are in the drawer" still reads as the pills in the drawer). Calm with anything final
in the message (a decision, a date, a goodbye, "thanks for everything") is left whole: that
is the floor's (``lexicon_floor``) and the classifier's to read.
"""

from __future__ import annotations

import re

IMPROVING = {
    "en": re.compile(
        r"\b(i am|i feel|feeling|feel|felt|doing|things are|it is|that is|everything is|"
        r"i am doing|i am feeling) "
        r"(a lot |much |so much |way |a bit |a little |slightly |somewhat |kind of |kinda |"
        r"really |so |pretty |actually |finally )?"
        r"(better|good|great|fine|okay|ok|alright|all right|happier|calmer|lighter)\b"
        r"|\b(thank you|thanks|thx|ty)( (so|very) much)?( for (listening|the chat|talking|being (here|there)( for me)?|your help|the support|checking in))?\b"
        r"|\btomorrow( is|'s|s| will be) (a )?(new|another|better) day\b"
        r"|\b(looking forward to|can not wait|excited (about|for)|good news)\b"
    ),
    "es": re.compile(
        r"\b(me siento|estoy|ando|me encuentro|todo esta|va todo) "
        r"(mucho |un poco |bastante |re |muy |ya )?(mejor|bien|tranquil[oa]|content[oa]|feliz)\b"
        r"|\bgracias( por (escuchar|escucharme|la charla|hablar|estar))?\b"
        r"|\bmanana (sera|es) otro dia\b"
        r"|\b(que ganas de|tengo ganas de|emocionad[oa] (por|con)|buenas noticias)\b"
    ),
}

FINAL = {
    "en": re.compile(
        r"\b(decided|decision|made up my mind|my mind is made|know what i am going to do|"
        r"(a|the|my) plan|ready|goodbye|bye|farewell|final|for good|forever|peace|"
        # "last" as in a last message or time, not "the last few months" or "last night"
        r"last (time|message|post|note|words|goodbye|entry|thing|letter|text|chance|day)|"
        r"over soon|be over|soon|anymore|any more|no point|does not matter|will not matter|"
        r"(thank you|thanks) for (everything|all)|sorted|in order|taken care of|"
        r"will not (need|be)|not be (here|around)|free|relief|relieved|tonight|tomorrow night|"
        r"letter|note|said (everything|my goodbyes)|hear from me)\b"
    ),
    "es": re.compile(
        r"\b(decid\w*|decision|ya se (lo )?que voy a hacer|(un|el|mi) plan|list[oa]|"
        r"despedi\w*|adios|por fin|paz|pronto|ya no|para siempre|ultim[oa]|"
        r"gracias por todo|en orden|no importa|se acab\w*|terminar|libre|alivio|esta noche|"
        r"carta|nota|saber de mi)\b"
    ),
}


# Asking to be heard rather than advised is a conversational request, never a warning sign;
# the classifier learned it as one from crisis messages that begin with it. The companion's
# move reader (``companion.moves``) uses the same phrases for the listen-only move.
ASKS_TO_BE_HEARD = re.compile(
    r"\b(just|only) (need|want|needed|wanted) (someone|somebody|you|a person) to (listen|hear me)( to me)?\b"
    r"|\b(i )?(just|only) (need|want|needed|wanted) to (vent|rant|talk|get (it|this|stuff|things) off my chest)\b(?! (about|to|with))|\bjust venting\b"
    r"|\bi (want|need|wanted|needed|would like|d like) to (just )?(vent|rant|get (it|this|stuff|things) off my chest)\b"
    r"|\b(would like|d like|want) to just (talk|vent)\b"
    r"|\bno advice( please)?\b|\b(do not|dont) (try to )?(fix|solve) (it|this|me)\b|\b(just|please) listen\b"
    r"|\b(do not|dont) (give|need|want) (me )?(advice|tips|solutions)\b"
    r"|\b(solo|nomas|nada mas) (escuchame|quiero que me escuches|necesito que me escuches|que alguien me (escuche|lea))\b"
    r"|\b(solo|nomas|nada mas) (necesito|quiero|queria) (desahogarme|sacarlo|contarlo|que me escuchen)\b"
    r"|\bsin consejos\b|\bno (quiero|busco|necesito) (consejos|soluciones)( eh)?\b"
)


def without_asking_to_be_heard(prepared: str) -> str:
    """``prepared`` without its requests to be listened to rather than advised."""
    return " ".join(ASKS_TO_BE_HEARD.sub(" ", prepared).split())


def without_improvement(prepared: str, language: str = "en") -> str:
    """``prepared`` (what the classifier reads) without its phrases of relief, unless
    anything in it is final."""
    final = FINAL.get(language, FINAL["en"])
    if final.search(prepared):
        return prepared
    improving = IMPROVING.get(language, IMPROVING["en"])
    return " ".join(improving.sub(" ", prepared).split())


# A next step toward people or help: "ok, i'll message them", "dale, le mando el mensaje",
# "voy a pedir turno". Reaching out is what a peer suggests, not a warning sign, unless
# anything in the message is final ("i'll text my sister tonight to say goodbye").
REACHING_OUT = {
    "en": re.compile(
        r"\b(i will|i am going to|going to|gonna|i can|i could|i should|maybe i will|i might|"
        r"i think i will|i just) (message|text|call|ring|phone|email|contact|reach out to|"
        r"talk to|speak to|ask|book|go to|join|sign up|write to|visit|tell)\b"
    ),
    "es": re.compile(
        r"\b(le|les|los|las) (mando|escribo|llamo|aviso|pregunto|cuento)\b"
        r"|\bvoy a (mandar|escribir|llamar|ir|hablar|pedir|preguntar|contar|avisar)\b"
        r"|\b(pido|pedir|saco|sacar) (cita|turno|hora)\b"
    ),
}


def reaches_out(normalized: str, language: str = "en") -> bool:
    """The message (normalized for its language) takes a next step toward people or help
    and says nothing final."""
    final = FINAL.get(language, FINAL["en"])
    reaching = REACHING_OUT.get(language, REACHING_OUT["en"])
    return bool(reaching.search(normalized)) and not final.search(normalized)
