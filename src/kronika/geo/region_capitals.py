"""The capitals of first-level regions whose biggest listed town is another (`data/region_capitals.tsv`).

A region named alone is placed at its seat (`geo/seats.py`), which the lists give only as the town the
region is named after, else its biggest town. Where the capital is neither, that is the wrong town: South
Sudan's Unity state is governed from Bentiu, which the lists hold as a small town, not from Leer, and
Burkina Faso's Sahel region from Dori, not from Djibo. The table names the capital for those regions.
"""

from __future__ import annotations

from functools import lru_cache

from kronika.tables import shipped_text, table_rows

TABLE = "data/region_capitals.tsv"


@lru_cache(maxsize=1)
def _capitals() -> dict[tuple[str, str], str]:
    """(alpha-3, region as the index shows it) -> the capital's name as the lists spell it."""
    return {(row[0].strip(), row[1].strip()): row[2].strip() for row in table_rows(shipped_text(TABLE))}


def region_capital(country: str, admin1: str | None) -> str | None:
    """The name of the capital the table gives a first-level region, if it gives one."""
    return _capitals().get((country, admin1 or ""))
