"""Verified help resources and the safety wording that goes with them."""

from knowledge.resources.countries import OTHER, country_choices, country_name
from knowledge.resources.lines import (
    HelpLine,
    compiled_on,
    crisis_lines,
    emergency_number,
    has_lines,
    international_directory,
    supported_countries,
    urgent_lines,
    warmlines,
)

__all__ = [
    "OTHER",
    "HelpLine",
    "compiled_on",
    "country_choices",
    "country_name",
    "crisis_lines",
    "emergency_number",
    "has_lines",
    "international_directory",
    "supported_countries",
    "urgent_lines",
    "warmlines",
]
