"""The one topic taxonomy shared by stories, directory listings and the companion's routing."""

from __future__ import annotations

TOPICS: tuple[str, ...] = (
    "anxiety",
    "depression",
    "bipolar",
    "psychosis",
    "trauma-ptsd",
    "eating-disorders",
    "substance-use",
    "grief-loss",
    "loneliness",
    "self-harm",
    "ocd",
    "perinatal",
    "caregiving",
    "lgbtq",
    "work-burnout",
    "hospitalization",
    "medication",
    "peer-work",
)
