"""Specs for broad lexicon words acting on no party (`events/abstract_objects.py`): evidence gathered, a claim
a finding supports, a need recognised, a fight or a time ended, an illness battled, a prayer, room
allowed, a danger or a caution named."""

from __future__ import annotations

import pytest
from builders import asserted_only, detected
from spacy.language import Language


def _told_by(nlp: Language, text: str, word: str) -> set[str]:
    """The PLOVER types of the asserted detections whose trigger is `word` in one text."""
    return {d.type.plover for d in asserted_only(detected(nlp, text)) if d.trigger.text == word}


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "word", "unwanted"),
    [
        ("Detectives were still gathering evidence at the depot on Friday.", "gathering", "PROTEST"),
        ("She ran the agency's intelligence-gathering branch for a decade.", "gathering", "PROTEST"),
        ("The lab said its analysis supports the ministry's claim about the wells.", "supports", "SUPPORT"),
        ("The board recognised the need for a new bridge over the Vara.", "recognised", "SUPPORT"),
        ("He was a recognized member of the chess club in Ostrava.", "recognized", "SUPPORT"),
        ("The mediators hoped to end decades of fighting in the valley.", "end", "SANCTION"),
        ("The meeting in Lund ended abruptly after a fire alarm.", "ended", "SANCTION"),
        ("Crews battled the blaze near Tarvin for six hours.", "battled", "ASSAULT"),
        ("Doctors in Kivu are fighting the virus with new vaccines.", "fighting", "ASSAULT"),
        ("The driver pleaded not guilty to the charges in Leeds.", "pleaded", "REQUEST"),
        ("I ask God to give strength to the families of Dorn.", "ask", "REQUEST"),
        ("The new timetable allows for longer stops at Brno.", "allows", "REQUEST"),
        ("The new timetable allows for longer stops at Brno.", "allows", "CONCEDE"),
        ("Ministers met to counter the threat of piracy off the coast.", "threat", "THREATEN"),
        ("The storm hit the coast with very little warning.", "warning", "THREATEN"),
        ("The police alert on the suspect had expired by then.", "alert", "MOBILIZE"),
        ("Herders settled among the high valleys of Pamir centuries ago.", "settled", "AGREE"),
        ("The party's agenda is ending the occupation of the island.", "occupation", "COERCE"),
        ("The scandal badly damaged the mayor's reputation in Tarn.", "damaged", "COERCE"),
        ("Both envoys worked to repair damaged relations after the vote.", "damaged", "COERCE"),
        ("The row destroyed his career at the ministry.", "destroyed", "COERCE"),
        ("All three laboratories returned the same results in May.", "returned", "RETREAT"),
        ("Inspectors counted the banned weapons at the depot in Tarn.", "banned", "COERCE"),
        ("Two members of the outlawed party spoke at the rally in Tarn.", "outlawed", "COERCE"),
    ],
)
def test_words_acting_on_no_party_add_no_event(nlp: Language, text: str, word: str, unwanted: str) -> None:
    """The broad word acts on an idea, an illness, a time or a danger: no event of the lexicon's type."""
    assert unwanted not in _told_by(nlp, text, word)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "word", "wanted"),
    [
        ("Hundreds of farmers were gathering outside the ministry in Suva.", "gathering", "PROTEST"),
        ("Rioters damaged two shops in the market of Suva.", "damaged", "COERCE"),
        ("The militia returned the bodies of twelve soldiers on Monday.", "returned the bodies", "RETREAT"),
        ("Norway backed and supported Iceland's bid to join the council.", "supported", "SUPPORT"),
        ("Ruritania recognised the breakaway republic on Tuesday.", "recognised", "SUPPORT"),
        ("The army ended its cooperation with the militia on Monday.", "ended", "SANCTION"),
        ("Rebels battled government troops near Goma on Sunday.", "battled", "ASSAULT"),
        ("Security forces in Garissa were on high alert after the raid.", "alert", "MOBILIZE"),
        ("The city settled the lawsuit with the drivers' union in May.", "settled", "AGREE"),
        ("The driver pleaded not guilty to the charges in Leeds.", "pleaded not guilty", "ACCUSE"),
        ("The union pleaded with the government to reopen the mill.", "pleaded", "REQUEST"),
        ("The minister asked parliament to approve the budget.", "asked", "REQUEST"),
        ("Threats by the gang forced the shop in Kolo to close.", "Threats", "THREATEN"),
        ("The cartel posted videos with threats against the judges of Culiacan.", "threats", "THREATEN"),
        (
            "Talks opened. Russian warnings to the neighbours of Ruritania grew louder.",
            "warnings",
            "THREATEN",
        ),
        ("Telephoned warnings were given to the police before the blast.", "warnings", "THREATEN"),
        ("The government banned the party in Tarn on Monday.", "banned", "COERCE"),
    ],
)
def test_the_event_senses_stand(nlp: Language, text: str, word: str, wanted: str) -> None:
    """The same words acting on a party, or with people as the ones gathering, still tell the event."""
    assert wanted in _told_by(nlp, text, word)
