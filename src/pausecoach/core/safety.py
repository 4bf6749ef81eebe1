"""Safety: the danger screen (core/danger.py, re-exported here) and the helpline region."""

from __future__ import annotations

import re

from pausecoach.core.danger import (
    CATEGORIES,
    DangerAssessment,
    DangerHit,
    DangerLevel,
    assess_danger,
    is_unsafe,
    normalise_apostrophes,
    screen_danger,
)

__all__ = [
    "CATEGORIES",
    "DangerAssessment",
    "DangerHit",
    "DangerLevel",
    "assess_danger",
    "is_unsafe",
    "normalise_apostrophes",
    "resolve_region",
    "screen_danger",
]

_REGION_BY_COUNTRY = {
    "US": "US",
    "CA": "CA",
    "GB": "UK",
    "UK": "UK",
    "IE": "IE",
    "AU": "AU",
    "NZ": "NZ",
}


def resolve_region(setting: str, locale_name: str | None, known: set[str]) -> str:
    """The helpline region: the setting if known, else from the locale (e.g. en_GB → UK), else INTL."""
    if setting and setting != "auto":
        return setting if setting in known else "INTL"
    if locale_name:
        match = re.match(r"^[a-z]{2,3}[_-]([A-Za-z]{2})", locale_name)
        if match:
            region = _REGION_BY_COUNTRY.get(match.group(1).upper())
            if region in known:
                return region
    return "INTL"
