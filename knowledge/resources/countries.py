"""Country names for the country picker: every code the verified data knows."""

from __future__ import annotations

from knowledge.resources.lines import verified_data

NAMES: dict[str, str] = {
    "US": "United States",
    "CA": "Canada",
    "GB": "United Kingdom",
    "IE": "Ireland",
    "AU": "Australia",
    "NZ": "New Zealand",
    "DE": "Germany",
    "FR": "France",
    "ES": "Spain",
    "NL": "Netherlands",
    "IN": "India",
    "BR": "Brazil",
    "MX": "Mexico",
    "ZA": "South Africa",
    "AT": "Austria",
    "BE": "Belgium",
    "CH": "Switzerland",
    "DK": "Denmark",
    "FI": "Finland",
    "IT": "Italy",
    "NO": "Norway",
    "PT": "Portugal",
    "SE": "Sweden",
    "PL": "Poland",
    "CZ": "Czechia",
    "GR": "Greece",
    "JP": "Japan",
    "KR": "South Korea",
    "SG": "Singapore",
    "PH": "Philippines",
    "AR": "Argentina",
    "CL": "Chile",
    "CO": "Colombia",
    "IL": "Israel",
    "AE": "United Arab Emirates",
    "CN": "China",
    "HK": "Hong Kong",
    "NG": "Nigeria",
    "KE": "Kenya",
}
OTHER = "OTHER"


def country_choices() -> list[str]:
    """Codes for the picker: countries with lines first, then emergency-only ones, then Other."""
    data = verified_data()
    codes = list(data["countries"]) + sorted(data.get("emergency_only", {}), key=country_name)
    return [*codes, OTHER]


def country_name(code: str) -> str:
    if code == OTHER:
        return "Another country"
    return NAMES.get(code, code)
