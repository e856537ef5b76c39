"""Actors' nationalities as places: a foreign speaker's words, and notes whose only country words they are.

'Turkish convoys entered Idleb' or 'an Emirati drone was downed over Sirte' names one country, the
actor's, by a demonym: a demonym says who acted, not where. Where the note also names a first-level
region (or a town) that the lists hold in one country only, that country is where it happened.
"""

from __future__ import annotations

import difflib
from collections import Counter

from spacy.tokens import Doc, Span

from kronika.gazetteer import Gazetteer
from kronika.geo.country_words import text_countries
from kronika.geo.dateline import credited
from kronika.geo.lone_towns import MIN_LONE_TOWN
from kronika.geo.names import name_key
from kronika.model import Actor, Detection, Place
from kronika.nlp import doc_text, entities

# Labels spaCy gives a region or a town it does not know as one ('Idleb' as PERSON, 'Dar'a' as ORG).
_NAME_LABELS = frozenset({"GPE", "LOC", "FAC", "PERSON", "ORG"})
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
_LOCATIVES = frozenset({"in", "at", "near", "of", "outside", "around", "inside"})
OWN_NAME_SIMILARITY = 0.8  # 'Idlib' ~ 'Idleb', 'Sirte' ~ 'Sirt'; 'Interior' is not 'Ad Dakhiliyah'


def is_demonym(ent: Span, gazetteer: Gazetteer) -> bool:
    """Whether an entity is a nationality word ('Turkish', 'Israeli'), not a place."""
    return ent.label_ == "NORP" and gazetteer.demonym(ent.text) is not None


def named_region_country(doc: Doc, gazetteer: Gazetteer, *, located: bool = False) -> str | None:
    """The alpha-3 of the one country whose regions (or towns of MIN_LONE_TOWN people) the note names:
    a name that is a first-level region counts for that region's country alone ('Dar'a' is Syria's
    governorate, though small towns abroad share its name); another name counts where all its readings
    lie in one country. None where the names disagree or none reads so. `located`: only names written
    after a word of place ('in Ar-Raqqa', 'the countryside of Dar'a') count."""
    votes: Counter[str] = Counter()
    for ent in entities(doc):
        if ent.label_ not in _NAME_LABELS or not ent.text[0].isupper():
            continue
        if located and not _after_locative(ent):
            continue
        if credited(doc_text(doc), ent.start_char, ent.end_char) or gazetteer.country(ent.text):
            continue
        country = _one_country(ent.text, gazetteer, own_name=ent.label_ not in _PLACE_LABELS)
        if country is not None:
            votes[country] += 1
    return next(iter(votes)) if len(votes) == 1 else None


def _after_locative(ent: Span) -> bool:
    """Whether a name is written after a word of place ('in Ar-Raqqa', 'the countryside of Dar'a'), as a
    place is and a person or a body seldom is."""
    before = ent.doc[ent.start - 1] if ent.start > 0 else None
    return before is not None and before.lower_ in _LOCATIVES


def _one_country(name: str, gazetteer: Gazetteer, *, own_name: bool) -> str | None:
    """The country a name places the note in: its regions' one country, else its towns' one country.
    `own_name`, for a name spaCy took for a person or a body: only readings spelled like the place's own
    name count, not an English translation of it ('Minister for Interior' is no sign of Oman's
    Ad Dakhiliyah), while a transliteration still does ('Idlib' for Idleb)."""
    readings = [e for e in gazetteer.lookup(name_key(name)) if e.lat is not None]
    if own_name:
        readings = [e for e in readings if _spelled_alike(name, e.name)]
    regions = {e.country for e in readings if e.kind == "admin1"}
    if regions:
        return next(iter(regions)) if len(regions) == 1 else None
    towns = [e for e in readings if e.kind == "city" and e.population >= MIN_LONE_TOWN]
    return towns[0].country if towns and len({e.country for e in readings}) == 1 else None


def _spelled_alike(written: str, listed: str) -> bool:
    """Whether a written name is the listed one or a near spelling of it ('Sirte' for Sirt)."""
    ratio = difflib.SequenceMatcher(None, name_key(written), name_key(listed)).ratio()
    return ratio >= OWN_NAME_SIMILARITY


# Types whose events are words, not deeds on the ground: a foreign government's appeal is not made in
# the town the article reports from, so it is placed in the speaker's country instead.
SPOKEN_TYPES = frozenset(
    {"REQUEST", "ACCUSE", "REJECT", "THREATEN", "SUPPORT", "AGREE", "CONSULT", "CONCEDE", "COOPERATE",
     "SANCTION", "AID"}
)  # fmt: skip


# Sectors whose words speak for their country's state: a foreign minister's or a general's statement is
# made at home, while a foreign aid group's or a party's may be made where it works.
STATE_SECTORS = frozenset({"GOV", "MIL"})


def speaker_country(
    detection: Detection, gazetteer: Gazetteer, focus: str | None, speakers: tuple[Actor, ...] = ()
) -> Place | None:
    """For a statement by a foreign country's government ('The United States called on...', 'the
    Kremlin's spokesman said it was concerned'), that country at country precision; None for deeds and
    for speakers of the article's own country. The detection's actor words count first, then the
    speakers the actor stage resolved (it knows a spokesman by his office's country)."""
    if detection.type.plover not in SPOKEN_TYPES:
        return None
    for span in detection.actor_spans:
        # the words whole as a country's name first, then each word as a nationality alone ('the
        # Russian foreign ministry'): a name inside the words may be a place's, a nationality is no place
        country = gazetteer.country(span.text)
        if country is None:
            demonym = next(text_countries(span.text, gazetteer, pairs=False, names=False), None)
            country = gazetteer.country(demonym) if demonym is not None else None
        if country is not None and country.country != focus:
            return country.to_place()
    for actor in speakers:
        if actor.sector in STATE_SECTORS and actor.country is not None and actor.country != focus:
            entry = gazetteer.country(actor.country)
            return entry.to_place() if entry is not None else None
    return None
