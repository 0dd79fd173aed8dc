"""What kind of everyday practical question a message asks, so the reply can engage with it.

The companion cannot look anything up, so it never answers with facts of its own (no
recipe, no shelf life, no product). It answers within scope: what tends to help in general
(for study, making friends, a bad boss, a pet's death), honesty about what it can't do
(a book, a recipe, a stain), and the people who would know (a pharmacist, a librarian,
HR, a peer group). Patterns run on normalized text; the first kind that matches wins.
"""

from __future__ import annotations

import re
from enum import StrEnum

from knowledge.safety.lexicon import (
    CRISIS_LINE_NAMES,
    SUBJECT,
    THIRD_PARTY,
    any_of,
    names_the_subject,
)


class Kind(StrEnum):
    # Getting help in a crisis, asked about; answered by ``companion.about_help``.
    CRISIS_LINE = "crisis_line"  # what 988 is, what happens when you call, is it free
    HELPING = "helping"  # how to help or talk to someone who self-harms or is suicidal
    SUBJECT = "subject"  # suicide or self-harm as a subject: why, signs, figures, resources
    PET_LOSS = "pet_loss"
    QUITTING = "quitting"  # stopping drinking or a drug all at once
    FRIENDS = "friends"
    WORK = "work"
    STUDY = "study"
    SLEEP = "sleep"
    BODY = "body"
    RECOMMEND = "recommend"
    COOKING = "cooking"
    PLANTS = "plants"
    HOUSEHOLD = "household"
    GIFT = "gift"
    FACTS = "facts"


PETS = r"(cat|dog|kitten|puppy|hamster|rabbit|bunny|bird|parrot|horse|guinea pig|fish|ferret|budgie|pet|gato|gata|perro|perra|perrito|gatito|mascota)"
KINDS: tuple[tuple[Kind, re.Pattern[str]], ...] = (
    (
        Kind.CRISIS_LINE,
        any_of(
            rf"\b(what|how|who|when)\b.{{0,40}}\b{CRISIS_LINE_NAMES}\b",
            rf"\b(is|are|does|do|can|will|would|should)\b.{{0,30}}\b{CRISIS_LINE_NAMES}\b.{{0,40}}\b(free|confidential|anonymous|private|open|24 ?7|real people|volunteers|trained|work|help|record|trace|track)\b",
            rf"\b(que|como|quien|cuando|es|son)\b.{{0,40}}\b{CRISIS_LINE_NAMES}\b",
        ),
    ),
    (
        Kind.HELPING,
        any_of(
            # A person to help, never "help me with my essay".
            rf"\b(help|helping|support|supporting|talk to|talk with|say to|reach out to|respond to|be there for|approach)\b(?! me\b).{{0,30}}(\b(someone|somebody|a person|people|him|her|them|a loved one|loved ones)\b|{THIRD_PARTY.pattern})",
            r"\b(ayudar\w*|apoyar\w*|decirle|hablarle|hablar con|acompanar\w*)\b.{0,30}\b(alguien|una persona|la gente|mi \w+|el|ella)\b",
        ),
    ),
    (Kind.SUBJECT, SUBJECT),
    (
        Kind.QUITTING,
        any_of(
            r"\b(quit|quitting|stop|stopping|give up|giving up|come off|coming off|get off|detox\w*)\b.{0,30}\b(drinking|alcohol|booze|benzos?|xanax|opioids?|heroin|fentanyl|oxy\w*|pills|drugs)\b.{0,40}\b(cold turkey|at home|on my own|by myself|all at once|alone|tomorrow)\b",
            r"\bcold turkey\b.{0,40}\b(drinking|alcohol|booze|benzos?|xanax|opioids?|heroin|fentanyl|oxy\w*|pills|drugs)\b|\bdetox (at home|on my own|by myself|alone)\b",
            r"\bdejar (de beber|el alcohol|la bebida|las pastillas|las drogas|la heroina)\b.{0,30}\b(de golpe|de un dia para otro|sol[oa]|en casa|manana)\b",
        ),
    ),
    (
        Kind.PET_LOSS,
        any_of(
            rf"\bmy {PETS}\b.{{0,40}}\b(died|dead|passed away|put (him|her|them|it)? ?down|put to sleep)\b",
            rf"\b(lost|put down|bury|buried) (my|our) {PETS}\b",
            rf"\b(se (me |nos )?murio|murio|fallecio) (mi|nuestro|nuestra|el|la) {PETS}\b|\bmi {PETS} (se )?murio\b",
        ),
    ),
    (
        Kind.FRIENDS,
        any_of(
            r"\b(make|making|made|find|meet|meeting) (new )?(friends|people|mates)\b|\bsocial life\b",
            r"\b(hacer|hacen|hago|conocer) (nuevos )?(amigos|amigas|gente)\b",
        ),
    ),
    (
        Kind.WORK,
        any_of(
            r"\b(boss|manager|supervisor|coworkers?|co-workers?|colleagues?|hr|human resources|workplace|my job|at work|union)\b",
            r"\b(jefe|jefa|companeros de trabajo|el trabajo|recursos humanos|sindicato|fuera de horario)\b",
        ),
    ),
    (
        Kind.STUDY,
        any_of(
            r"\b(exams?|tests?|essay|revis\w+|finals|mocks|memori[sz]e|study|studying|homework|assignment|coursework|lecture|thesis|dissertation|quiz)\b",
            r"\b(chem|chemistry|maths?|physics|biology|anatomy|statistics|stats|regression|calculus|history essay|summary|report)\b",
            r"\b(examen|examenes|estudiar|estudio|memorizar|tarea|ensayo|anatomia|parcial)\b",
        ),
    ),
    (
        Kind.SLEEP,
        any_of(
            r"\b(sleep|sleeping|insomnia|fall asleep|falling asleep|stay asleep|staying asleep|wake up at \d|waking up at \d)\b",
            r"\b(dormir|duermo|insomnio|conciliar el sueno|me despierto a las)\b",
        ),
    ),
    (
        Kind.BODY,
        any_of(
            r"\b(cream|lotion|ointment|rash|cracked|dry skin|skin|eczema|blister|headache|flu|cough|sore throat|pharmac\w+|chemist|prescription|meds)\b|\b(a|the|this|my|got|have|caught|head|chest) cold\b",
            r"\b(crema|piel|farmacia|farmaceutico|receta medica|dolor de cabeza|resfriado|tos)\b",
        ),
    ),
    (
        Kind.RECOMMEND,
        any_of(
            r"\b(books?|novels?|films?|movies?|shows?|series|tv|games?|bands?|albums?|songs?|music|podcasts?|comedy|comedies|anime|manga|playlist|gym)\b",
            r"\b(libros?|novelas?|peliculas?|series?|juegos?|videojuegos?|musica|canciones?|podcasts?)\b",
        ),
    ),
    (
        Kind.PLANTS,
        any_of(
            r"\b(plants?|basil|herbs?|garden|gardening|seeds?|pothos|succulents?|cactus|tomatoes|roses|windowsill|allotment|repot\w*)\b",
            r"\b(plantas?|huerto|jardin|semillas|tomates|macetas?|regar)\b",
        ),
    ),
    (
        Kind.HOUSEHOLD,
        any_of(
            r"\b(stains?|rust|mou?ld|clean|cleaning|burnt|scrub|grease|wine out|get (it|this|that|\w+ \w+) (off|out)|laundry|couch|carpet)\b",
            r"\b(mancha|limpiar|quitar|oxido|moho|sarten)\b",
        ),
    ),
    (
        Kind.COOKING,
        any_of(
            r"\b(recipes?|cook|cooking|bake|baking|dinner|lunch|breakfast|meal|pasta|curry|soup|bread|cake|scones|jam|sourdough|chicken|rice|eggs|venison|tamales|gluten)\b",
            r"\b(receta|cocino|cocinar|hornear|cena|comida|almuerzo|pan casero|lentejas|arroz|huevos|tamales|postre)\b",
        ),
    ),
    (
        Kind.GIFT,
        any_of(
            r"\b(gift|present|birthday|bday|anniversary|send (her|him|them) for)\b",
            r"\b(regalo|regalar|cumpleanos|cumple)\b",
        ),
    ),
    (
        Kind.FACTS,
        any_of(
            r"\b(fact|facts|weather|forecast|news|trivia|explain|what is a|what's a|how does|how do)\b",
            r"\b(dato|datos|clima|tiempo va a hacer|noticias|explicame)\b",
        ),
    ),
)


# Kinds answered when told as well as asked ("my cat died" needs no question mark).
STATEMENT_KINDS = frozenset({Kind.PET_LOSS, Kind.STUDY, Kind.FRIENDS, Kind.QUITTING})


ABOUT_HELP = frozenset({Kind.CRISIS_LINE, Kind.HELPING, Kind.SUBJECT})


def practical_kind(normalized: str) -> Kind | None:
    """The kind of everyday question or situation in a normalized message, or None."""
    on_the_subject = names_the_subject(normalized)
    return next(
        (
            kind
            for kind, pattern in KINDS
            # Helping someone counts only with suicide or self-harm named (the safety
            # vocabulary's own list, ``knowledge.safety.lexicon.SUBJECT``).
            if (on_the_subject or kind is not Kind.HELPING) and pattern.search(normalized)
        ),
        None,
    )
