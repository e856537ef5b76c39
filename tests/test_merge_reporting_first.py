"""Specs for the order of a merged event's evidence: the sentence that reports the event comes first."""

from __future__ import annotations

from datetime import date

import pytest

from kronika.dedup.merge import merge_events, merge_mentions
from kronika.model import Actor, Casualties, EventDate, EventMention, EventType, Evidence, Place, Span

TOWN = Place("Osh", "KGZ", "Osh", 40.53, 72.80, "city")
CROWD = Actor("demonstrators", "demonstrators", "KGZ", "CVL")
RALLY = EventType("PROTEST", "demonstrate", "Protests", "Peaceful protest")
RIOT = EventType("PROTEST", "riot", "Riots", "Violent demonstration")
SEIZE = EventType("COERCE", "seize", "Strategic developments", "Looting/property destruction")
SUNDAY = EventDate(date(2022, 3, 6), "day", "'Sunday'")
MONDAY = EventDate(date(2022, 3, 7), "day", "'Monday'")


def said(
    start: int, text: str, trigger: str, kind: EventType, when: EventDate, sure: float = 0.6
) -> EventMention:
    """A mention of our own sentence `text` at offset `start`, triggered on `trigger`."""
    at = start + text.index(trigger)
    return EventMention(
        article_id="a1",
        type=kind,
        date=when,
        location=TOWN,
        actors=(CROWD,),
        targets=(),
        casualties=Casualties(),
        evidence=Evidence("a1", text, start, start + len(text)),
        trigger=Span(at, at + len(trigger), trigger),
        historical=False,
        confidence=sure,
    )


LEAD = "The mayor quit on Monday after days of unrest in the city."
RALLIED = "Thousands of demonstrators rallied in the main square on Sunday."
SEIZED = "On Monday a lawyer said demonstrators had seized the town hall."
TOLD = "Demonstrators seized the town hall on Sunday evening."
SPREAD = "Across the region demonstrators seized mines on Sunday."
NAMED = "In Osh demonstrators seized a gold mine on Sunday."
ANNUL = EventType("CONCEDE", "policy")
QUIT = "The governor quit on Monday after the clamour led the court to annul the ballot."
ANNULLED = "The court said it had annulled the ballot."
AFTER_COMMA = "After the vote, the court annulled the ballot."
RAID = EventType("ASSAULT", None, "Violence against civilians", "Attack")
GUNFIRE = EventType("ASSAULT", "firearms", "Violence against civilians", "Attack")
STORMED = "Gunmen stormed a village near Osh on Sunday, killing nine people."
FIRED = "The gunmen fired on the houses as villagers fled on Sunday."


@pytest.mark.parametrize(
    ("mentions", "first"),
    [
        # the lead names the unrest in passing, dated by the resignation: the rally's own sentence leads
        ([said(0, LEAD, "unrest", RIOT, MONDAY, 0.7), said(60, RALLIED, "rallied", RALLY, SUNDAY)], RALLIED),
        # a later sentence that dates the seizure to the day the event is dated tells it
        (
            [
                said(0, SEIZED, "seized", SEIZE, MONDAY, 0.75),
                said(70, TOLD, "seized", SEIZE, SUNDAY),
                said(130, TOLD, "seized", SEIZE, SUNDAY),
            ],
            TOLD,
        ),
        # of sentences telling it alike, one that names where it happened
        ([said(0, SPREAD, "seized", SEIZE, SUNDAY), said(60, NAMED, "seized", SEIZE, SUNDAY)], NAMED),
        # the lead names the annulment as the setting of the governor's quitting; the court's words tell it
        ([said(0, QUIT, "annul", ANNUL, MONDAY), said(80, ANNULLED, "annulled", ANNUL, MONDAY)], ANNULLED),
        # a fronted clause the comma closes leaves the main clause its own news
        (
            [said(0, AFTER_COMMA, "annulled", ANNUL, MONDAY), said(80, ANNULLED, "annulled", ANNUL, MONDAY)],
            AFTER_COMMA,
        ),
        # a lead naming no weapon tells the event as well as a later sentence that does
        (
            [said(0, STORMED, "stormed", RAID, SUNDAY), said(70, FIRED, "fired", GUNFIRE, SUNDAY, 0.7)],
            STORMED,
        ),
        # where the earliest sentence tells the event as well as any, it stays first
        ([said(0, RALLIED, "rallied", RALLY, SUNDAY), said(70, RALLIED, "rallied", RALLY, SUNDAY)], RALLIED),
    ],
)
def test_the_sentence_reporting_the_event_is_its_first_evidence(
    mentions: list[EventMention], first: str
) -> None:
    """Of an event's sentences, the earliest that tells more than the unrest as a whole, dates the event to
    its own day and names its place comes first; the rest follow by offset."""
    (event,) = merge_mentions(mentions)
    assert event.evidence[0].text == first
    rest = event.evidence[1:]
    assert list(rest) == sorted(rest, key=lambda e: e.start)


def test_storing_the_same_report_again_keeps_the_stored_order() -> None:
    """Folding an event into its stored self adds nothing, whatever the order of its evidence."""
    (event,) = merge_mentions(
        [said(0, LEAD, "unrest", RIOT, MONDAY, 0.7), said(60, RALLIED, "rallied", RALLY, SUNDAY)]
    )
    assert merge_events(event, event) is event
