"""The villages of `data/coder_villages.tsv` in the index: towns coders place events at that the lists lack
in their country.

ACLED's notes name villages no registry list holds in their country ('militants raided the village of
Mognaba'), or holds only abroad (Burkina Faso's Ariel, Nama and Bagre read as Israel's, the
Philippines' and Brazil's towns). Notes also name districts and townships the lists lack ('Gadabo
(Anzourou, Tillaberi)', 'Ngazun township'), where coders place an event whose village they cannot find at
the unit's point, not the region's: the table holds those units too. The table is remade from the
training rows by `scripts/coder_villages.py` (`coder_build/villages.py` holds the rule), never written
by hand; this module only indexes it.
"""

from __future__ import annotations

from kronika.geo.build import GazetteerData
from kronika.geo.listed_towns import read_listed_towns

TABLE = "data/coder_villages.tsv"


def add_coder_villages(data: GazetteerData, city_rows: dict[str, list[int]]) -> None:
    """Index the table's villages as towns of their country, after the lists' and our listed towns."""
    for town in read_listed_towns(table=TABLE):
        row = (town.names[0], "city", town.iso3, town.admin1, town.lat, town.lon, town.population)
        city_rows.setdefault(town.iso3, []).append(data.add(row, town.keys))
