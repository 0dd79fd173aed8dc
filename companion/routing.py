"""Choose the people to route to: every reply carries at least one human route.

Phone numbers and services come only from ``knowledge.resources`` (verified data) or from
directory listings; generic routes ("your own doctor", "a peer support group") carry no
number at all, so nothing here can invent one.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from companion.conversation import RiskState
from knowledge.resources import (
    emergency_number,
    has_lines,
    international_directory,
    urgent_lines,
    warmlines,
    wording,
)
from knowledge.resources.facts import spanish_access
from knowledge.safety import Assessment, Level, Scope


@dataclass(frozen=True)
class Route:
    name: str
    kind: str  # emergency | crisis | specialist | warmline | directory | group | peer | clinician
    contact: str
    url: str = ""
    note: str = ""


# The routes every country shares, as (kind, name, how to reach it), in each language.
SHARED_ROUTES: dict[str, dict[str, tuple[str, str, str]]] = {
    "en": {
        "clinician": (
            "clinician",
            wording.COMPANION_ROUTE_CLINICIAN,
            wording.COMPANION_ROUTE_CLINICIAN_CONTACT,
        ),
        "group": (
            "peer",
            wording.COMPANION_ROUTE_PEER_GROUP,
            wording.COMPANION_ROUTE_PEER_GROUP_CONTACT,
        ),
        "specialist": (
            "peer",
            wording.COMPANION_ROUTE_PEER_SPECIALIST,
            wording.COMPANION_ROUTE_PEER_SPECIALIST_CONTACT,
        ),
    },
    "es": {
        "clinician": (
            "clinician",
            wording.COMPANION_ROUTE_CLINICIAN_ES,
            wording.COMPANION_ROUTE_CLINICIAN_CONTACT_ES,
        ),
        "group": (
            "peer",
            wording.COMPANION_ROUTE_PEER_GROUP_ES,
            wording.COMPANION_ROUTE_PEER_GROUP_CONTACT_ES,
        ),
        "specialist": (
            "peer",
            wording.COMPANION_ROUTE_PEER_SPECIALIST_ES,
            wording.COMPANION_ROUTE_PEER_SPECIALIST_CONTACT_ES,
        ),
    },
}


def shared_route(which: str, language: str = "en") -> Route:
    """The doctor ("clinician"), a peer "group" or a peer "specialist", in the language."""
    kind, name, contact = SHARED_ROUTES.get(language, SHARED_ROUTES["en"])[which]
    return Route(name, kind, contact)


CLINICAL_SCOPES = (Scope.DIAGNOSIS, Scope.MEDICATION, Scope.ROLEPLAY, Scope.RESTRICTION)


def crisis_routes(country: str, language: str = "en") -> list[Route]:
    """The country's crisis lines first, then its emergency number (or the directory).

    In Spanish, lines with a verified Spanish option come first and say how to reach it.
    """
    routes = []
    if has_lines(country):
        lines = urgent_lines(country)
        if language == "es":
            lines = sorted(lines, key=lambda line: "es" not in line.languages)
        spanish = spanish_contacts(country) if language == "es" else {}
        routes += [
            Route(
                line.name,
                line.kind,
                spanish.get(line.name) or in_language(line.contact, language),
                line.url,
                line.population,
            )
            for line in lines
        ]
    else:
        directory = international_directory()
        routes.append(Route(directory.name, "directory", directory.url, directory.url))
    number = emergency_number(country)
    if number:
        label = "Emergencias" if language == "es" else "Emergency services"
        contact = f"Llama al {number}" if language == "es" else f"Call {number}"
        routes.append(Route(label, "emergency", contact))
    return routes


def pinned_routes(state: RiskState, country: str) -> list[Route]:
    """What stays in view above the chat input for the rest of the conversation."""
    if state.shows_crisis_line:
        routes = crisis_routes(country, state.language)
        first = [r for r in routes if r.kind in ("crisis", "directory")][:1]
        crisis = first + [r for r in routes if r.kind == "emergency"]
        if state.urgent:
            return crisis
        # The question about ending one's life was answered no: the hard day keeps its
        # warmline, and the crisis line stays beside it.
        return warmline_routes(country, state.language)[:1] + crisis
    if state.level is Level.CONCERN:
        warm = warmline_routes(country, state.language)
        return (warm or crisis_routes(country, state.language))[:1]
    return []


def warmline_routes(country: str, language: str = "en") -> list[Route]:
    return [
        Route(line.name, "warmline", in_language(line.contact, language), line.url)
        for line in warmlines(country)
    ]


def in_language(contact: str, language: str) -> str:
    """A verified contact with its verbs in the person's language ("Call 911" -> "Llama al
    911"). Keywords to text stay as the service gives them: a Spanish keyword comes only
    from the verified Spanish access (``spanish_contacts``)."""
    if language != "es":
        return contact
    pieces = contact.split(" · ")
    return " · ".join(
        f"Llama al {piece.removeprefix('Call ')}" if piece.startswith("Call ") else piece
        for piece in pieces
    )


def group_routes(listings: Sequence[object]) -> list[Route]:
    """Routes from directory hits (objects with ``.listing`` and ``.distance_km``)."""
    routes = []
    for hit in listings:
        listing = getattr(hit, "listing", hit)
        name = str(getattr(listing, "name", "") or "")
        if not name:
            continue
        contact = str(getattr(listing, "phone", "") or getattr(listing, "url", "") or "")
        distance = getattr(hit, "distance_km", None)
        note = f"{distance:.0f} km away" if isinstance(distance, int | float) else ""
        if getattr(listing, "is_demo", False):
            note = f"{wording.DEMO_LISTING_BADGE}. {note}".strip()
        kind = "peer" if getattr(listing, "kind", "") == "peer_specialist" else "group"
        routes.append(Route(name, kind, contact or "See the Find a group page", "", note))
    return routes


def choose_routes(
    assessment: Assessment,
    country: str,
    listings: Sequence[object] = (),
    intent: str = "",
    state: RiskState | None = None,
) -> list[Route]:
    """The humans to offer for this turn, most fitting first; never empty.

    A conversation that has reached crisis keeps the crisis routes on every later turn.
    """
    level = (
        assessment.level
        if state is None
        else max(assessment.level, state.level, key=lambda found: found.rank)
    )
    language = assessment.language
    if level is Level.CRISIS:
        return crisis_routes(country, language)
    clinician = shared_route("clinician", language)
    peer_group = shared_route("group", language)
    peer_specialist = shared_route("specialist", language)
    groups = group_routes(listings)[:2]
    warm = warmline_routes(country, language)[:2]
    first_crisis = crisis_routes(country, language)[:1]
    if level is Level.CONCERN:
        routes = first_crisis + warm + groups + [clinician]
    elif assessment.scope in CLINICAL_SCOPES:
        routes = [clinician, peer_specialist, *warm[:1]]
    elif assessment.scope is Scope.ROMANCE or intent == "loneliness":
        routes = [*groups, peer_group, *warm]
    else:
        routes = groups + warm[:1] + [peer_group if not groups else peer_specialist]
    if assessment.names_the_subject:
        # Asking about suicide, self-harm or a crisis line, even as a subject, may be asking
        # for oneself or for someone else: the crisis line comes first.
        routes = first_crisis + routes
    return _unique(routes) or [clinician]


def _unique(routes: list[Route]) -> list[Route]:
    seen: set[str] = set()
    unique = []
    for route in routes:
        if route.name not in seen:
            seen.add(route.name)
            unique.append(route)
    return unique


def spanish_contacts(country: str) -> dict[str, str]:
    """Line name -> how to reach it in Spanish, for the lines with verified Spanish access."""
    return {access.line: access.contact for access in spanish_access(country)}
