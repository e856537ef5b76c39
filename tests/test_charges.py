"""Specs for an accusation's charge: the act it charges was done by the accused, in whatever voice told."""

from __future__ import annotations

import pytest
from builders import detected, rule
from fixed_typer import FixedTyper, read_as
from spacy.language import Language

from kronika.events import load_detector
from kronika.events.charges import charge
from kronika.model import Article, Detection


@pytest.mark.parametrize(
    ("sentence", "verb", "accused"),
    [
        *rule(
            "a passive accusation, or a headline's, charges its subject",
            ("Rebel fighters were accused of burning houses in Mayom.", "accused", ["fighters"]),
            ("Border police accused of beating two traders in Busia", "accused", ["police"]),
        ),
        *rule(
            "an act blamed on someone was done by them",
            ("The raid on the market was blamed on rebels.", "blamed", ["rebels"]),
            ("Two killings in Tonj were blamed on cattle raiders.", "blamed", ["raiders"]),
        ),
        *rule(
            "a noun that is another act's victim, or a pronoun, is no doer named here",
            ("Residents beat a man accused of stealing a goat in Kisii.", "accused", []),
            ("The soldier, who was accused of shooting a trader, fled to Juba.", "accused", []),
            ("Villagers said they were accused of hiding rebels.", "accused", []),
        ),
    ],
)  # fmt: skip
def test_the_accused_of_a_charge(nlp: Language, sentence: str, verb: str, accused: list[str]) -> None:
    token = next(t for t in nlp(sentence) if t.text == verb)
    found = charge(token)
    assert found is not None
    assert [t.text for t in found.accused] == accused


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        *rule(
            "violence someone is accused of, in the passive or a headline, is theirs",
            ("Government soldiers were accused of looting shops in Yei on Monday.", "Government soldiers"),
            ("Opposition fighters accused of burning three villages in Jonglei.", "Opposition fighters"),
        ),
        *rule(
            "violence blamed on someone is theirs, even where a weapon reads as its doer",
            ("A bomb blast blamed on Al Shabaab wounded four people in Garissa.", "Al Shabaab"),
            ("Grenade attack on a bar in Mandera blamed on Al Shabaab", "Al Shabaab"),
        ),
    ],
)  # fmt: skip
def test_charged_violence_is_done_by_the_accused(nlp: Language, text: str, doer: str) -> None:
    violent = [d for d in detected(nlp, text) if d.type.plover in ("ASSAULT", "COERCE")]
    assert violent
    assert [s.text for s in violent[0].actor_spans] == [doer]


def _top(nlp: Language, text: str, sub: str) -> Detection:
    """The asserted detection the detector is surest of, with a typer that always reads `sub` surely."""
    detector = load_detector(FixedTyper(read_as(sub, 0.95)))  # type: ignore[arg-type]
    found = [d for d in detector.detect(nlp(text), Article(id="t", text=text)) if d.modality == "asserted"]
    return max(found, key=lambda d: d.confidence)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "sub", "plover", "doers"),
    [
        *rule(
            "an accusation read as the violence its charge tells by a verb is that violence, the accused's",
            ("Opposition leaders accused the army of raping three women near Kutum on Sunday.",
             "Sexual violence", "ASSAULT", ["army"]),
            ("Rebels accused the police of harassing traders at the Jebel market.", "Attack", "ASSAULT",
             ["police"]),
            # the parser may read the gerund as a noun or a modifier; a passive accusation charges its subject
            ("Rebels accused the government of planting landmines along the road to Bentiu.",
             "Remote explosive/landmine/IED", "ASSAULT", ["government"]),
            ("The militia has been accused of forcibly recruiting boys in Maban.",
             "Abduction/forced disappearance", "ASSAULT", ["militia"]),
        ),
        *rule(
            "a charge named by a noun (an event told elsewhere) leaves the accusation the event",
            ("Palestinian officials blamed Israel for the killing of a militant leader in Nablus.", "Attack",
             "ACCUSE", ["Palestinian officials"]),
        ),
    ],
)  # fmt: skip
def test_an_accusation_read_as_violence(
    nlp: Language, text: str, sub: str, plover: str, doers: list[str]
) -> None:
    top = _top(nlp, text, sub)
    assert (top.type.plover, [s.text for s in top.actor_spans]) == (plover, doers)
