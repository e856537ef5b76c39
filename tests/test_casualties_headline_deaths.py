"""A headline telling someone shot dead ('shot and killed', 'shot, killed', 'shot dead', 'fatally struck')
counts one dead at least, however the parse reads its clipped words; a killer's own death is counted once,
besides the dead a headline counts him killing; a death of another time it tells is no toll of the story's
attack."""

from __future__ import annotations

import pytest
from builders import rule
from spacy.language import Language

from kronika.casualties import count_casualties
from kronika.model import Detection, EventType, Span

# a body that tells nothing of the toll, as a page whose text is a video rail
BODY = "2:14 Coach talks about the season opener. 0:58 Weather for the weekend."


@pytest.mark.parametrize(
    ("title", "killed"),
    [
        *rule(
            "a headline telling one shot dead counts one dead",
            ("Sheriff: 7-year-old playing with rifle shot and killed", 1),
            ("19-year-old named as suspect shot, killed by Alder police officer", 1),
            ("In tragic accident, ranger fatally struck by bullet from partner's gun, chief says", 1),
            ("Teen shot & killed outside Alder gas station", 1),
        ),
        *rule(
            "a headline naming whose death it tells counts one dead",
            ("Alder rallies around family after teen death", 1),
            ("Death of 4-year-old at Alder farm ruled accidental", 1),
            ("Sheriff investigating death of a toddler in Alder", 1),
        ),
        *rule(
            "a count the headline states stands",
            ("Three men shot and killed at Alder house", 3),
        ),
        *rule(
            "a killer's own death is counted once, as his suicide",
            ("Deputies: man who shot and killed himself had warrant", 1),
        ),
        *rule(
            "a gunman who then killed himself is one dead besides those the headline counts him killing",
            ("Relatives among 5 slain by Alder gunman who then killed himself", 6),
            ("Four slain at Alder farm by neighbour who then shot himself", 5),
            ("Farmer shot 3 neighbours dead before turning the gun on himself", 4),
        ),
        *rule(
            "the people a headline lists the killer shooting before himself are dead with him",
            ("Deaths ruled murder-suicide; father shot wife, baby daughter, then himself", 3),
            ("Alder man kills ex-girlfriend, her new boyfriend, then himself", 3),
        ),
        *rule(
            "a count told with the killer already takes him in",
            ("Murder-suicide leaves 3 dead in Alder home", 3),
        ),
        *rule(
            "a death of another time is not counted",
            ("Shots hit home of relatives of boy fatally shot last year in Alder", None),
        ),
    ],
)
def test_headline_telling_a_death(nlp: Language, title: str, killed: int | None) -> None:
    text = f"{title}\n\n{BODY}"
    detection = Detection(Span(0, len(title), title), Span(0, 1, title[0]), EventType("ASSAULT"), 1.0)
    assert count_casualties(nlp(text), detection, title=title).fatalities == killed
