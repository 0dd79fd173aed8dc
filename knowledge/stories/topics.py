"""Plain-language descriptions of the story topics, used to re-rank search results.

A query and a passage can be close in wording yet far in subject ("my heart races on the
bus" is near a passage about a bus ride in a grief story). Adding how close the query is to
each story's topics, as people describe them, keeps results on the person's subject. The
weight and its effect are measured by tests/stories/test_retrieval.py (docs/stories.md).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import cached_property

import numpy as np

TOPIC_DESCRIPTIONS: dict[str, str] = {
    "anxiety": "Anxiety and panic attacks: constant worry, racing heart, fear of going out, nerves.",
    "depression": "Depression: feeling empty, numb, hopeless, no energy, can't get out of bed.",
    "bipolar": "Bipolar disorder: mania and depression, mood swings, not sleeping, highs and crashes.",
    "psychosis": (
        "Psychosis: hearing voices, paranoia, believing things others don't, losing touch with "
        "reality."
    ),
    "trauma-ptsd": (
        "Trauma and PTSD: flashbacks, nightmares, always on edge after something terrible happened."
    ),
    "eating-disorders": (
        "Eating disorders: anorexia, bulimia, bingeing, fear of food and weight, body image."
    ),
    "substance-use": "Alcohol and drug use, addiction, getting sober, staying clean, relapse.",
    "grief-loss": "Grief and loss: someone I loved died, bereavement, mourning.",
    "loneliness": "Loneliness and isolation: no friends, nobody to talk to, feeling alone.",
    "self-harm": "Self-harm: hurting myself to cope with feelings, urges, scars.",
    "ocd": "OCD: intrusive thoughts, checking, washing, counting, rituals I can't stop.",
    "perinatal": (
        "Pregnancy and after birth: postnatal depression, anxiety as a new parent, the baby."
    ),
    "caregiving": "Caring for a family member who is ill, carer stress and guilt.",
    "lgbtq": "LGBTQ+: being gay, lesbian, bisexual, trans or queer, coming out, rejection.",
    "work-burnout": "Work stress and burnout: exhausted by my job, overwork, sick leave.",
    "hospitalization": "Psychiatric hospital: being admitted, the ward, sectioned, discharged.",
    "medication": (
        "Psychiatric medication: antidepressants, side effects, talking with my prescriber."
    ),
    "peer-work": (
        "Peer support work: using lived experience to help others, peer specialist, running a "
        "group."
    ),
}
# Final score = passage similarity + TOPIC_WEIGHT * best similarity of the query to one of
# the story's topics. 0 turns re-ranking off.
TOPIC_WEIGHT = 0.5


class TopicAffinity:
    """How close a query vector is to each topic description (embedded once, lazily)."""

    def __init__(self, embedder: Callable[[list[str]], np.ndarray]) -> None:
        self._embed = embedder

    @cached_property
    def _matrix(self) -> np.ndarray:
        return np.asarray(self._embed(list(TOPIC_DESCRIPTIONS.values())), dtype=np.float32)

    def warm(self) -> None:
        """Embed the topic descriptions now: on the first search this took about 0.5 s."""
        _ = self._matrix

    def scores(self, vector: np.ndarray) -> dict[str, float]:
        sims = self._matrix @ np.asarray(vector, dtype=np.float32)
        return dict(zip(TOPIC_DESCRIPTIONS, (float(s) for s in sims), strict=True))

    @staticmethod
    def best(scores: dict[str, float], topics: Iterable[str]) -> float:
        return max((scores.get(t, 0.0) for t in topics), default=0.0)
