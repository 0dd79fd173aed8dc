"""Writes knowledge/data/directory/demo_listings.json: `python -m knowledge.directory.demo_data`.

Deterministic (fixed seed), so the committed file is reproducible. Every listing is a demo:
generic made-up names, example.org addresses, no phone numbers except the fictional
555-01xx range in the US, and places scattered around real city centres from the offline
gazetteer. Demo listings never claim to be a warmline or crisis line: those are real only.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

from knowledge.directory.listing_files import slug
from knowledge.directory.schema import ACCESSIBILITY, COSTS, POPULATIONS, TOPICS, Listing
from knowledge.geo import locate

OUT = Path(__file__).resolve().parent.parent / "data" / "directory" / "demo_listings.json"
SOURCE = "Kindred demo listings"
VERIFIED_ON = "2026-11-01"
CITIES = (
    "New York, NY", "Chicago, IL", "Portland, OR", "Portland, ME", "Los Angeles, CA",
    "Seattle, WA", "Denver, CO", "Austin, TX", "Atlanta, GA", "Boston, MA",
    "Toronto, ON", "Vancouver, BC", "Montreal, QC", "London, ON", "Calgary, AB",
    "London, United Kingdom", "Manchester, United Kingdom", "Edinburgh, United Kingdom",
    "Cardiff, United Kingdom", "Bristol, United Kingdom",
    "Sydney, NSW", "Melbourne, VIC", "Brisbane, QLD", "Perth, WA",
)  # fmt: skip
ONLINE = 24
KIND_PLAN = (
    ["mutual_aid_group"] * 6
    + ["peer_support_specialist"] * 3
    + ["community_clinic"] * 2
    + ["peer_respite"] * 1
    + ["online_group"] * 1
)
KIND_WORDS = {
    "mutual_aid_group": "Peer Circle",
    "peer_support_specialist": "Peer Specialist Drop-in",
    "community_clinic": "Community Wellbeing Clinic",
    "peer_respite": "Peer Respite House",
    "online_group": "Online Peer Circle",
}
LANGUAGES_BY_COUNTRY = {
    "US": ["English", "Spanish", "Chinese", "Vietnamese", "American Sign Language"],
    "CA": ["English", "French", "Punjabi", "Cantonese"],
    "GB": ["English", "Welsh", "Polish", "Urdu", "British Sign Language"],
    "AU": ["English", "Arabic", "Mandarin", "Vietnamese", "Auslan"],
}
TOPIC_WORDS = {t: t.replace("-", " ").replace("ptsd", "PTSD").title() for t in TOPICS}
TOPIC_WORDS.update({"lgbtq": "LGBTQ+", "ocd": "OCD", "trauma-ptsd": "Trauma & PTSD"})


def _weekly(rng: random.Random, zone: str) -> dict:
    days = rng.sample(range(7), rng.choice((1, 1, 2)))
    start = rng.choice(("10:00", "12:30", "17:30", "18:00", "18:30", "19:00", "19:30"))
    duration = rng.choice((60, 75, 90))
    meetings = [
        {"weekday": d, "start": start, "duration_minutes": duration, "timezone": zone}
        for d in sorted(days)
    ]
    return {"kind": "weekly", "meetings": meetings}


def _listing(rng: random.Random, n: int, kind: str, city_label: str | None) -> dict:
    place = locate(city_label) if city_label else None
    country = place.country if place else ""
    topics = rng.sample(TOPICS, rng.choice((1, 2, 3)))
    where = place.name if place else "Online"
    name = f"Sample {KIND_WORDS[kind]}: {TOPIC_WORDS[topics[0]]} ({where} {n})"
    key = slug(f"{city_label or where}-{n}-{kind}")
    others = LANGUAGES_BY_COUNTRY.get(country, ["English", "Spanish", "French"])[1:]
    languages = ["English", *rng.sample(others, rng.choice((0, 0, 1)))]
    record: dict = {
        "id": f"demo:{key}",
        "name": name,
        "kind": kind,
        "description": (
            f"An example {KIND_WORDS[kind].lower()} for people living with "
            f"{', '.join(TOPIC_WORDS[t].lower() for t in topics)}. Demo listing: not a real service."
        ),
        "topics": topics,
        "populations": rng.sample(POPULATIONS, rng.choice((0, 1, 1, 2))),
        "languages": languages,
        "cost": [rng.choice(("free", "free", "donation", "sliding scale"))]
        if kind != "community_clinic"
        else rng.sample(COSTS[2:], 2),
        "accessibility": rng.sample(ACCESSIBILITY, rng.choice((0, 1, 2, 3))),
        "fellowship": rng.choice(("peer-run", "peer-run", "")),
        "organization": "Example Community Network (demo)",
        "url": f"https://example.org/demo/{key}",
        "email": f"{key}@example.org",
        "last_verified": VERIFIED_ON,
        "source": SOURCE,
        "is_demo": True,
    }
    zone = (
        place.timezone
        if place
        else rng.choice(
            ("America/New_York", "America/Chicago", "Europe/London", "Australia/Sydney")
        )
    )
    if kind in ("mutual_aid_group", "online_group"):
        record["schedule"] = _weekly(rng, zone)
    elif kind == "peer_respite":
        record["schedule"] = {"kind": "always"}
    else:
        record["schedule"] = {"kind": "appointment", "note": "email to book a time"}
    if kind == "online_group":
        record["formats"] = ["online"]
        record["conference_url"] = f"https://example.org/demo/meet/{key}"
        if place:
            record["country"] = country
        return record
    record["formats"] = [rng.choice(("in_person", "in_person", "hybrid"))]
    if record["formats"] == ["hybrid"]:
        record["conference_url"] = f"https://example.org/demo/meet/{key}"
    # a point within about 8 km of the centre, so distances and radii mean something
    record["latitude"] = round(place.lat + rng.uniform(-0.07, 0.07), 5)
    record["longitude"] = round(place.lon + rng.uniform(-0.09, 0.09), 5)
    record["location_name"] = "Community room (demo address)"
    record["address"] = f"{rng.randint(1, 400)} Example Street"
    record["city"] = place.name
    record["region"] = place.region
    record["country"] = country
    if country == "US" and rng.random() < 0.4:
        record["phone"] = f"(555) 555-01{rng.randint(0, 99):02d}"  # reserved fictional range
    return record


def build() -> list[dict]:
    rng = random.Random(20261124)
    records = []
    for city in CITIES:
        for n, kind in enumerate(KIND_PLAN, start=1):
            records.append(_listing(rng, n, kind, city))
    for n in range(1, ONLINE + 1):
        records.append(_listing(rng, n, "online_group", None))
    for record in records:
        Listing.model_validate(record)
    return records


def main() -> None:
    records = build()
    OUT.write_text(json.dumps(records, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"Wrote {len(records)} demo listings to {OUT}")


if __name__ == "__main__":
    main()
