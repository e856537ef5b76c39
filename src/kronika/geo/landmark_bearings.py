"""Towns a note places by a bearing from a landmark ('Al Salam, south of Khartoum') whose only listed
readings lie far from that landmark: a namesake, so the landmark places the scene."""

from __future__ import annotations

from typing import Final

from spacy.tokens import Doc

from kronika.gazetteer import GeoEntry
from kronika.geo.far_landmarks import written_km
from kronika.geo.focus_ties import is_landmark
from kronika.geo.mentions import PlaceMention
from kronika.geo.nearby import NAMESAKE_KM, entries_km
from kronika.nlp import doc_text

CONTEXT: Final = 40  # characters before a landmark read for the distance written with its bearing


def far_from_landmark(
    doc: Doc, best: PlaceMention | None, mentions: list[PlaceMention]
) -> PlaceMention | None:
    """The landmark town of the scene's country the sentence measures its scene from ('X and Y, south of
    Khartoum'), where the best mention, a town, lies more than NAMESAKE_KM (or twice the distance the note
    writes) from it: the writer names the landmark as a place near the scene, so a reading of the scene's
    name that far off is another town of that name. None where no such landmark is named, or the scene
    lies near it."""
    if best is None or best.entry.kind != "city":
        return None
    text = doc_text(doc)
    for mention in mentions:
        if mention.start <= best.start or not _other_town(mention.entry, best.entry):
            continue
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None or not is_landmark(span):
            continue
        far = max(NAMESAKE_KM, 2 * written_km(text[max(0, mention.start - CONTEXT) : mention.start]))
        km = entries_km(best.entry, mention.entry)
        if far < km < float("inf"):
            return mention
    return None


def _other_town(landmark: GeoEntry, scene: GeoEntry) -> bool:
    """Whether a mention is another town of the scene's country: a scene read abroad beside a landmark of
    the note's country is `geo/focus_ties.py`'s to place, and one read in the note's country beside a
    landmark abroad is no namesake of the landmark's town."""
    return landmark.kind == "city" and landmark.country == scene.country and landmark != scene
