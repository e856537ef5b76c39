"""Specs for what a coder's heading before a note tells of its doers: no doer itself, a state's security
measures, an armed group's training or recruitment."""

from __future__ import annotations

from dataclasses import replace

import pytest
from builders import made_up_detection
from spacy.language import Language

from kronika.actors import ActorLexicon, ArticleActors
from kronika.actors.doers import EventDoers
from kronika.model import Article, ArticleContext, Span

GROUP_ACTIVITY = "Change to group/activity"
OTHER = "Other"


def _doers(nlp: Language, lexicon: ActorLexicon, text: str, trigger: str, sub: str, *named: str) -> list[str]:
    """The doers, as 'name:sector', of an event of ACLED sub-type `sub` whose clause names `named`."""
    detection = made_up_detection(text, trigger, "MOBILIZE", sub)
    spans = tuple(Span(text.index(n), text.index(n) + len(n), n) for n in named)
    actors = ArticleActors(nlp(text), ArticleContext(Article("t", text)), lexicon)
    return [f"{a.name}:{a.sector}" for a in EventDoers(actors).of(replace(detection, actor_spans=spans))]


@pytest.mark.parametrize(
    ("text", "trigger", "sub", "named", "expected"),
    [
        # whoever a security measure's note names issuing it is its authority; naming none, the government
        (
            "Security measures: On 3 March 2020, Karsk issued a curfew until 8 June 2020.",
            "issued",
            GROUP_ACTIVITY,
            ("Karsk",),
            ["Karsk:GOV"],
        ),
        (
            "Security measures: On 3 March 2020, in Karsk a curfew was imposed until 8 June 2020.",
            "imposed",
            GROUP_ACTIVITY,
            (),
            ["Government:GOV"],
        ),
        # a state body it names is the doer as it is
        (
            "Security measures: On 3 March 2020, police closed all roads into Karsk for two weeks.",
            "closed",
            GROUP_ACTIVITY,
            ("police",),
            ["Police:COP"],
        ),
        # an armed group's measure is its own, no government's
        (
            "Security measures: On 3 March 2020, HTS imposed a curfew on Karsk.",
            "imposed",
            GROUP_ACTIVITY,
            ("HTS",),
            ["Hayat Tahrir al-Sham:REB"],
        ),
        # a group the lexicon does not know that trains or recruits is an armed group; the heading's
        # word the parser made a subject is no doer
        (
            "Training: On 3 March 2020, the Bolvan Sentinels held a pistol training event in Karsk.",
            "held",
            OTHER,
            ("the Bolvan Sentinels",),
            ["Bolvan Sentinels:UAF"],
        ),
        (
            "Recruitment: On 3 March 2020, the Bolvan Sentinels held a recruitment drive in Karsk.",
            "held",
            GROUP_ACTIVITY,
            ("Recruitment", "the Bolvan Sentinels"),
            ["Bolvan Sentinels:UAF"],
        ),
        (
            "Movement of forces: On 3 March 2020, Ruritanian troops entered Karsk.",
            "entered",
            GROUP_ACTIVITY,
            ("Movement of forces", "Ruritanian troops"),
            ["Military:MIL"],
        ),
        # no heading: the group stays as the lexicon leaves it
        (
            "On 3 March 2020, the Bolvan Sentinels held a pistol training event in Karsk.",
            "held",
            OTHER,
            ("the Bolvan Sentinels",),
            ["Bolvan Sentinels:None"],
        ),
    ],
)
def test_headed_doers(
    nlp: Language,
    lexicon: ActorLexicon,
    text: str,
    trigger: str,
    sub: str,
    named: tuple[str, ...],
    expected: list[str],
) -> None:
    """A note's heading codes the doers of the event its first sentence tells."""
    assert _doers(nlp, lexicon, text, trigger, sub, *named) == expected
