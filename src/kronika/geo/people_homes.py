"""The home countries of the peoples a note names, as where its place names several countries share lie."""

from __future__ import annotations

import re

# Peoples that live almost wholly in one country, as conflict notes name them ('Nuer soldiers in Bor
# killed two Dinka civilians', 'Pokot herders raided Mukutani'): a cattle raid or a clan clash between
# them happens at home, so a shared town name ('Bor', 'Leer') is theirs rather than a bigger namesake
# abroad. Peoples spread over several countries (Somali, Afar, Oromo, Borana, Maasai) name none.
PEOPLE_HOMES: dict[str, str] = {
    "dinka": "SSD",
    "nuer": "SSD",
    "murle": "SSD",
    "shilluk": "SSD",
    "mundari": "SSD",
    "toposa": "SSD",
    "rizeigat": "SDN",
    "maaliya": "SDN",
    "habbaniya": "SDN",
    "hawazma": "SDN",
    "misseriya": "SDN",
    # Darfur's camel herders, written both ways ('Abbala militia'; 'Abala herdsmen' is no Afar town)
    "abala": "SDN",
    "abbala": "SDN",
    # a people of Darfur whose name only Chad's region bears ('clashes between Salamat and Misseriya')
    "salamat": "SDN",
    "mossi": "BFA",
    "kikuyu": "KEN",
    "kalenjin": "KEN",
    "luhya": "KEN",
    "turkana": "KEN",
    "samburu": "KEN",
    "tugen": "KEN",
    "marakwet": "KEN",
    "ilchamus": "KEN",
    "pokomo": "KEN",
    "orma": "KEN",
}
_WORD = re.compile(r"\b[A-Z][a-z]+\b")


def people_countries(text: str) -> frozenset[str]:
    """The home countries of the peoples of PEOPLE_HOMES a text names, capitalised as names are."""
    return frozenset(
        PEOPLE_HOMES[word.lower()] for word in _WORD.findall(text) if word.lower() in PEOPLE_HOMES
    )


def home_abroad(name: str, country: str) -> bool:
    """Whether `name` is a people's of PEOPLE_HOMES and `country`, where a place of the name was read,
    is not their home: 'Salamat' read as Chad's region in a note on Darfur's Salamat."""
    home = PEOPLE_HOMES.get(name.lower())
    return home is not None and home != country
