"""Landmark towns a note measures its scene from, and which mentions break a tie in the country vote."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from kronika.gazetteer import Gazetteer
from kronika.geo.actor_demonyms import is_demonym
from kronika.geo.mention_scores import BEARINGS
from kronika.geo.mentions import PlaceMention

# Words that put what follows them inside a country ('in China', 'across Kenya'), as a place, not an owner
_WITHIN = frozenset({"in", "inside", "across", "throughout"})


def names_a_place(ent: Span, gazetteer: Gazetteer) -> bool:
    """Whether a mention that voted names a place, not whose forces or officials acted: a town or region
    ('clashes in Bossaso') does, and so does a country's name written after 'in' ('the plight of Uyghurs
    in China'); a country's name elsewhere ('US forces struck', 'condemning the US', "India's guards")
    does not, nor a word spaCy tags as a nationality ('Indian BSF'), even where a region bears it ('near
    the Somali border' beside Kenyan troops is no sign of Ethiopia's Somali region), as forces and
    officials act abroad."""
    if is_demonym(ent, gazetteer):  # not any NORP tag: spaCy tags 'Aleppo' so too
        return False
    before = ent.doc[ent.start - 1] if ent.start > 0 else None
    return gazetteer.country(ent.text) is None or (before is not None and before.lower_ in _WITHIN)


def place_countries(ent: Span, country: str, gazetteer: Gazetteer) -> frozenset[str]:
    """The countries a mention that voted for `country` counts as naming a place in: none for an actor's
    country (`names_a_place`); else `country` and every other country the name reads in, so that a name
    shared with the actor's own country breaks no tie against it ('Ethiopian police detained journalists
    in Bole' is Addis Ababa's Bole as much as Xinjiang's)."""
    if not names_a_place(ent, gazetteer):
        return frozenset()
    return frozenset({country, *(e.country for e in gazetteer.lookup(ent.text))})


def is_landmark(ent: Span) -> bool:
    """Whether a mention is the town a note measures its scene from ('Kumo village, south of Geneina', 'west
    of Kass'), written after a bearing and 'of': the writer names it as the place a reader knows, so its
    country is the note's, whatever a small village beside it may be called abroad."""
    doc = ent.doc  # 'south-west of Kass' is split at its hyphen, leaving 'west' before 'of'
    return ent.start >= 2 and doc[ent.start - 1].lower_ == "of" and doc[ent.start - 2].lower_ in BEARINGS


def home_landmark(
    doc: Doc, best: PlaceMention | None, mentions: list[PlaceMention], focus: str | None
) -> PlaceMention | None:
    """The landmark town of the note's country the sentence measures its scene from, where the scene's
    own name reads only as a town abroad: in a Sudanese note 'Kumo, south of Geneina' is a village near
    Geneina, not Nigeria's Kumo, which the lists hold and the village they lack. None where the scene reads
    in the note's country, or no landmark of it is named."""
    if focus is None or best is None or best.entry.kind != "city" or best.entry.country == focus:
        return None
    for mention in mentions:
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if mention.entry.country == focus and span is not None and is_landmark(span):
            return mention
    return None
