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

# How a topic reads on a page: the stored words are slugs ("lgbtq"), never shown as they are.
TOPIC_LABELS: dict[str, str] = {
    "anxiety": "Anxiety",
    "depression": "Depression",
    "bipolar": "Bipolar",
    "psychosis": "Psychosis",
    "trauma-ptsd": "Trauma and PTSD",
    "eating-disorders": "Eating disorders",
    "substance-use": "Substance use",
    "grief-loss": "Grief and loss",
    "loneliness": "Loneliness",
    "self-harm": "Self-harm",
    "ocd": "OCD",
    "perinatal": "Perinatal",
    "caregiving": "Caregiving",
    "lgbtq": "LGBTQ+",
    "work-burnout": "Work and burnout",
    "hospitalization": "Hospitalization",
    "medication": "Medication",
    "peer-work": "Peer work",
}


def topic_label(topic: str) -> str:
    """The label a person reads for a topic slug ("lgbtq" -> "LGBTQ+")."""
    return TOPIC_LABELS.get(topic, topic.replace("-", " ").capitalize())
