"""What the export writers share: their summary record and country names for ISO codes."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache


@dataclass(frozen=True)
class ExportSummary:
    """How many events a writer wrote, and how many it left out because the format cannot hold them."""

    written: int
    left_out: int = 0
    why_left_out: str = ""  # e.g. "not coded by ACLED (statements, resignations) or historical"


@cache
def _country_names() -> dict[str, str]:
    """`geo.countries.country_names`, built once per process: the table never changes."""
    from kronika.geo.countries import country_names

    return country_names()


def country_name(iso3: str | None) -> str:
    """The short English name of a country ('KGZ' -> 'Kyrgyzstan'); the code itself where unknown."""
    if not iso3:
        return ""
    return _country_names().get(iso3, iso3)
