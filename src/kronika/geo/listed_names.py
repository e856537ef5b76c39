"""Names of our own town table that spaCy tags as something else ('RSF attack Terow' as a date,
'bomb Umm Serdeba' as a person): read as the town, as the table lists only names conflict notes use."""

from __future__ import annotations

from spacy.tokens import Span

from kronika.geo.listed_towns import listed_countries
from kronika.geo.particle_names import with_particle

# Labels spaCy gives village names it does not know: a person's, a date's ('Terow'), a group's.
MISREAD_LABELS = frozenset({"PERSON", "DATE", "ORG", "NORP", "FAC", "PRODUCT", "WORK_OF_ART", "EVENT"})


def listed_country(ent: Span, focus: str | None) -> str | None:
    """The country in which a non-place entity's words are a town of the table: the note's focus country
    where it names one, else the one country whose lines give the name; None where it is no such name
    (it is then read as spaCy tagged it)."""
    if ent.label_ not in MISREAD_LABELS or not ent[0].is_title:
        return None
    # 'Um' + 'Dukhun' tagged a person: the name is the whole (`geo/particle_names.py`)
    countries = listed_countries(ent.text) | listed_countries(with_particle(ent).text)
    if focus is not None:
        return focus if focus in countries else None
    return next(iter(countries)) if len(countries) == 1 else None
