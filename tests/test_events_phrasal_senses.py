"""Specs for lexicon verbs turned to a sense that is no event by a particle, a preposition or an object, and
participles that only describe a thing (`events/phrasal_senses.py`)."""

from __future__ import annotations

import pytest
from builders import plover_by_trigger
from spacy.language import Language


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "word", "plover"),
    [
        # turned by a particle, a preposition or an object
        ("At last the guards in Tarn gave in and let the families go.", "gave", None),
        ("Most of the volunteers hailing from Vella went home in May.", "hailing", None),
        ("Two doctors in Kessa were struck off the medical register.", "struck", None),
        ("The fighters settled down in Orvan after the war.", "settled", None),
        ("Rifles were pressed against their heads in the cellar.", "pressed", None),
        ("He was charging his phone in a cafe in Tarn.", "charging", None),
        ("The dithering in Vella has invited such acts of defiance.", "invited", None),
        ("The decree invited criticism from rights groups in Kessa.", "invited", None),
        # 'threaten to' a likelihood, not a threat
        ("It threatens to be another day of tension between Tarn and Vella.", "threatens", None),
        ("The row over the dam threatened to become a crisis for Orvan.", "threatened", None),
        # a participle that describes a thing
        ("Hundreds of families in Vella slept in freezing temperatures.", "freezing", None),
        ("A severed head was found near the market in Kessa.", "severed", None),
        ("She is a visiting fellow at the university in Orvan.", "visiting", None),
        ("Inspectors went to Tarn to look into the alleged use of gas.", "alleged", None),
        ("The guard is alleged to have beaten prisoners in Vella.", "alleged", None),
        ("The opposition alleged that the vote in Kessa had been rigged.", "alleged", "ACCUSE"),
        # the event senses
        ("The donors gave the camp in Tarn two tonnes of flour.", "gave", "AID"),
        ("The president hailed the Vella ceasefire as a breakthrough.", "hailed", "SUPPORT"),
        ("The two clans of Kessa settled their dispute over the well.", "settled", "AGREE"),
        ("The city of Tarn settled the lawsuit with the union in May.", "settled", "AGREE"),
        ("The envoy pressed the junta to free the journalists.", "pressed", "REQUEST"),
        ("Prosecutors charged the mayor of Orvan with fraud.", "charged", "ACCUSE"),
        ("The bank froze the assets of the ousted minister of Tarn.", "froze", "SANCTION"),
        ("Vella severed ties with Kessa on Tuesday.", "severed", "SANCTION"),
        ("Tarn invited the envoys of Kessa to talks in May.", "invited", "REQUEST"),
        ("The militia threatened to burn the village of Orvan.", "threatened", "THREATEN"),
        ("The gunmen threatened to be back with more fighters.", "threatened", "THREATEN"),
    ],
)
def test_a_turned_sense_names_no_event(nlp: Language, text: str, word: str, plover: str | None) -> None:
    assert plover_by_trigger(nlp, text).get(word) == plover
