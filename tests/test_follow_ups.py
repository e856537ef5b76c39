"""Specs for follow-ups restating an attack's toll: the arrest, charge or trial after a shooting leaves the
shooting's toll to the shooting where the article tells the shooting with that toll."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from builders import made_up_mention

from kronika.model import Casualties, EventDate, EventMention, EventType, Span
from kronika.reconcile.follow_ups import attacks_keep_tolls

SHOOTING = EventType("ASSAULT", "shoot", "Violence against civilians", "Attack")
ARREST = EventType("COERCE", "arrest", "Protests", "Arrests")
CHARGE = EventType("ACCUSE", "allege")
CONVICTION = EventType("SANCTION", "convict")
PROBE = EventType("ACCUSE", "investigate")
ARREST_CODED_VIOLENT = EventType("COERCE", "arrest", "Violence against civilians", "Attack")
PROTEST = EventType("PROTEST", "demonstrate", "Protests", "Peaceful protest")
NONE = Casualties()


SATURDAY = EventDate(date(2020, 6, 6), "day", "Saturday")
UNDATED = EventDate(None, None, "no time expression")
FRIDAY = EventDate(date(2020, 6, 5), "day", "Friday")
RIOT = EventType("PROTEST", "riot", "Riots", "Mob violence")


def mention(kind: EventType, toll: Casualties, sentence: str, when: EventDate = SATURDAY) -> EventMention:
    """A made-up mention of `kind` counting `toll` on `when`, told by `sentence` at an article's start."""
    return made_up_mention(kind, toll, sentence, when)


SHOT = mention(SHOOTING, Casualties(2, 3), "Gunmen killed two men and wounded three on Saturday.")


@pytest.mark.parametrize(
    ("follow_up", "kept"),
    [
        pytest.param(
            mention(ARREST, Casualties(2, 3), "Police arrested a man in the shooting that killed two."),
            NONE,
            id="an arrest restating the shooting's toll counts no one",
        ),
        pytest.param(
            mention(CHARGE, Casualties(2, 3), "He was charged in the shooting that killed two."),
            NONE,
            id="a charge restating the shooting's toll counts no one",
        ),
        pytest.param(
            mention(CONVICTION, Casualties(2, 3), "She was convicted of the killing of two men."),
            NONE,
            id="a conviction restating the shooting's toll counts no one",
        ),
        pytest.param(
            mention(ARREST, Casualties(4, 3), "Police arrested a man in a shooting that killed four."),
            Casualties(4, 3),
            id="an arrest counting another toll than the shooting's keeps it",
        ),
        # what ACLED does not code, told on the attack's day or none, restates the attack's toll
        pytest.param(
            mention(PROBE, Casualties(2, 3), "Police are investigating the shooting that killed two."),
            NONE,
            id="a probe on the attack's day restating its toll counts no one",
        ),
        pytest.param(
            mention(PROTEST, Casualties(2, 3), "Neighbours marched after the shooting that killed two."),
            Casualties(2, 3),
            id="a march, which ACLED codes with its own dead, keeps its toll",
        ),
        pytest.param(
            mention(PROBE, Casualties(2, 3), "Detectives are looking into the killing of two.", UNDATED),
            NONE,
            id="an undated probe restating the toll counts no one",
        ),
        pytest.param(
            mention(PROBE, Casualties(2, 3), "On Friday police probed a stabbing that killed two.", FRIDAY),
            Casualties(2, 3),
            id="a probe on another day keeps its toll",
        ),
        pytest.param(
            mention(PROBE, Casualties(1, 0), "Police are investigating. One of the men died at the scene."),
            NONE,
            id="a probe counting a part of the attack's toll counts no one",
        ),
        pytest.param(
            mention(PROBE, Casualties(3, 0), "Police are investigating the shooting that killed three."),
            Casualties(3, 0),
            id="a probe counting more than the attack keeps its toll",
        ),
        pytest.param(
            mention(RIOT, Casualties(2, 3), "Rioting broke out in which two died."),
            Casualties(2, 3),
            id="a riot on the attack's day keeps its toll",
        ),
    ],
)
def test_follow_up_leaves_attack_toll_to_attack(follow_up: EventMention, kept: Casualties) -> None:
    shooting, after = attacks_keep_tolls([SHOT, follow_up])
    assert (shooting.casualties, after.casualties) == (Casualties(2, 3), kept)


@pytest.mark.parametrize(
    "attack",
    [
        pytest.param(None, id="an arrest is the article's only telling of the toll"),
        pytest.param(
            mention(SHOOTING, NONE, "Shots rang out on Saturday."),
            id="the shooting's own mention counts no one",
        ),
        pytest.param(
            mention(SHOOTING, Casualties(2, 3), "Gunmen killed two men and wounded three.", UNDATED),
            id="the article gives the shooting no day",
        ),
        pytest.param(
            mention(ARREST_CODED_VIOLENT, Casualties(2, 3), "A man was held after a brawl left two dead."),
            id="another arrest, even one coded as violence, is no attack",
        ),
    ],
)
def test_arrest_keeps_toll_no_attack_carries(attack: EventMention | None) -> None:
    arrest = mention(ARREST, Casualties(2, 3), "Police arrested a man in the shooting that killed two.")
    kept = attacks_keep_tolls([arrest] if attack is None else [attack, arrest])
    assert kept[-1].casualties == Casualties(2, 3)


PLEA = EventType("REQUEST", "release")
RELEASE = EventType("RETREAT", "release")
DENIAL = EventType("REJECT", "deny")
THREAT = EventType("THREATEN")
TUESDAY = EventDate(date(2020, 6, 9), "day", "Tuesday")


@pytest.mark.parametrize(
    ("step", "kept"),
    [
        pytest.param(
            mention(PLEA, Casualties(2, 3), "On Tuesday his lawyer asked that he be freed on bail.", TUESDAY),
            NONE,
            id="a later plea for release restating the shooting's toll counts no one",
        ),
        pytest.param(
            mention(RELEASE, Casualties(2, 3), "The suspect was released on Tuesday.", TUESDAY),
            NONE,
            id="a later release restating the shooting's toll counts no one",
        ),
        pytest.param(
            mention(DENIAL, Casualties(2, 3), "On Tuesday he denied the shooting of two.", TUESDAY),
            NONE,
            id="a later denial restating the shooting's toll counts no one",
        ),
        pytest.param(
            mention(RIOT, Casualties(2, 3), "Crowds rioted on Tuesday over the killing of two men.", TUESDAY),
            NONE,
            id="a later riot restating the shooting's toll counts no one",
        ),
        pytest.param(
            mention(RELEASE, Casualties(2, 3), "A man was released from jail on Friday.", FRIDAY),
            Casualties(2, 3),
            id="a step dated before the shooting keeps its toll",
        ),
        pytest.param(
            mention(RELEASE, Casualties(1, 0), "The suspect was released on Tuesday.", TUESDAY),
            Casualties(1, 0),
            id="a later step counting another toll keeps it",
        ),
        pytest.param(
            mention(
                PROBE, Casualties(2, 3), "On Tuesday police were looking into the killing of two.", TUESDAY
            ),
            Casualties(2, 3),
            id="a later probe, as often the attack's own sentence, keeps its toll",
        ),
        pytest.param(
            mention(THREAT, Casualties(2, 3), "On Tuesday an officer felt threatened and shot two.", TUESDAY),
            Casualties(2, 3),
            id="a later threat, as often the attack's own sentence, keeps its toll",
        ),
        pytest.param(
            mention(SHOOTING, Casualties(2, 3), "Gunmen struck again on Tuesday, killing two.", TUESDAY),
            Casualties(2, 3),
            id="later violence with the same toll keeps it",
        ),
    ],
)
def test_later_step_leaves_attack_toll_to_attack(step: EventMention, kept: Casualties) -> None:
    shooting, after = attacks_keep_tolls([SHOT, step])
    assert (shooting.casualties, after.casualties) == (Casualties(2, 3), kept)


BEATING = EventType("ASSAULT", "beat", "Violence against civilians", "Attack")


def _at(kind: EventType, sentence: str, word: str) -> EventMention:
    """A mention of `kind` counting one dead, told by `sentence`, its trigger the first `word` there."""
    start = sentence.index(word)
    made = mention(kind, Casualties(1, None), sentence)
    return replace(made, trigger=Span(start, start + len(word), word))


@pytest.mark.parametrize(
    ("sentence", "arrest_word", "attack_word", "kept"),
    [
        pytest.param(
            "Rangers detained and beat a fisherman in Tanga; he died the next day.",
            "detained",
            "beat",
            Casualties(1, None),
            id="an arrest joined to the beating of the arrested is the attack itself",
        ),
        pytest.param(
            "Guards held, then tortured a trader in Mopti until he died.",
            "held",
            "tortured",
            Casualties(1, None),
            id="'then' between the joined verbs",
        ),
        pytest.param(
            "Soldiers beat and arrested a herder in Gao, who died in a cell.",
            "arrested",
            "beat",
            Casualties(1, None),
            id="the beating told before the arrest",
        ),
        pytest.param(
            "Police arrested a man over the beating of a herder who died in Gao.",
            "arrested",
            "beating",
            NONE,
            id="an arrest over a beating told apart still leaves the toll to the beating",
        ),
    ],
)
def test_arrest_joined_to_an_attack_keeps_its_toll(
    sentence: str, arrest_word: str, attack_word: str, kept: Casualties
) -> None:
    arrest, attack = _at(ARREST_CODED_VIOLENT, sentence, arrest_word), _at(BEATING, sentence, attack_word)
    out_arrest, out_attack = attacks_keep_tolls([arrest, attack])
    assert (out_arrest.casualties, out_attack.casualties) == (kept, Casualties(1, None))
