"""Spec: a trigger that is not asserted still reports an event where what was said is the act."""

from __future__ import annotations

import pytest
from builders import asserted_only, detected
from spacy.language import Language

from kronika.events.commitments import commitment
from kronika.events.lexicon import Lexicon
from kronika.model import Modality


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "trigger", "mod", "plover"),
    [
        # a promise to cooperate is an agreement: someone's words, said or their own
        ("The minister will visit Lagos next week, his office said.", "visit", "future", "AGREE"),
        ('"We will support the mediation," the envoy told reporters.', "support", "future", "AGREE"),
        ("We will support the mediation.", "support", "future", "AGREE"),
        # the writer's own forecast of a visit or a withdrawal is no one's promise
        ("The minister will visit Lagos next week.", "visit", "future", None),
        ("Heavy guns will be withdrawn from the border zone by October.", "withdrawn", "future", None),
        # a refusal of demands is a rejection
        ("The governor would not meet the demands of the strikers.", "meet", "negated", "REJECT"),
        # what is only asserted needs no commitment reading
        ("Rebels attacked a convoy near the river.", "attacked", "asserted", None),
    ],
)
def test_commitment_reads_what_was_said_as_the_act(
    nlp: Language, text: str, trigger: str, mod: Modality, plover: str | None
) -> None:
    """A promise is AGREE and a refusal REJECT; an asserted trigger has no commitment reading."""
    token = next(t for t in nlp(text) if t.text == trigger)
    entry = Lexicon.load().match(token)
    assert entry is not None
    got = commitment(token, entry, mod)
    assert (got.plover if got else None) == plover


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "plovers"),
    [
        # parties agreeing among themselves to punish another take the sanction together
        ("Union governments agreed on Monday to impose new sanctions on six Tarn officials.", {"SANCTION"}),
        ("The council agreed to sanction the junta's leaders.", {"SANCTION"}),
        # an agreement to do anything else stays the agreement
        ("The two sides agreed on Monday to share intelligence on the border.", {"AGREE"}),
    ],
)
def test_an_agreement_to_sanction_is_the_sanction(nlp: Language, text: str, plovers: set[str]) -> None:
    """'Agreed to impose sanctions' reports the sanction, not a second agreement beside it."""
    assert {d.type.plover for d in asserted_only(detected(nlp, text))} == plovers
