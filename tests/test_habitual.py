"""Specs for habits and general truths: what usually happens is no reported event."""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from kronika.events.modality import modality
from kronika.model import Article, Modality
from kronika.pipeline import Pipeline

CASES: list[tuple[str, str, Modality]] = [
    # a habitual adverb on a present-tense clause
    ("Police routinely arrest protesters in the old town.", "arrest", "habitual"),
    ("Militias often attack villages along the river.", "attack", "habitual"),
    ("Requests to deliver food are regularly denied at the checkpoint.", "denied", "habitual"),
    ("Bandits usually carry out raids before the harvest.", "raids", "habitual"),
    # a recurring period, a tendency, a usual kind, a present case
    ("The fever kills thousands of children every year.", "kills", "habitual"),
    ("Students march to the ministry every Friday.", "march", "habitual"),
    ("Such ambushes tend to happen at dusk.", "ambushes", "habitual"),
    ("Clashes over grazing land are common in the valley.", "Clashes", "habitual"),
    ("Torture is systemic in the prisons of Tarn.", "Torture", "habitual"),
    ("Kidnappings for ransom have become common in the hills of Tarn.", "Kidnappings", "habitual"),
    ("Cattle raids were routine in the valley in those years.", "raids", "habitual"),
    # what a place is like, told in the present ('where gangs raid farms'), is no one act
    ("Troops patrol the valley, where bandits kill farmers and steal cattle.", "kill", "habitual"),
    ("Troops reached the valley, where armed gangs raided two farms on Monday.", "raided", "asserted"),
    ("If you speak to a reporter, the guards beat you.", "beat", "habitual"),
    # past and perfect clauses count acts that happened
    ("Militias attacked three villages along the river on Sunday.", "attacked", "asserted"),
    ("The army has repeatedly shelled the town since March.", "shelled", "asserted"),
    ("The governor has often threatened to close the border.", "threatened", "asserted"),
    ("Police arrested twenty protesters in the old town.", "arrested", "asserted"),
    # a strict habit adverb makes even a simple past clause a habit; 'often' in the past counts acts
    ("In those years prisoners were always beaten at the gate.", "beaten", "habitual"),
    ("The guards routinely searched visitors at the crossing.", "searched", "habitual"),
    ("Protesters often clashed with police during the long march.", "clashed", "asserted"),
    ("The ministry has always denied the reports.", "denied", "asserted"),
    # a perfect clause counting acts since a year is a tally over years; since a month it may be news
    ("The junta has jailed dozens of elected mayors since 2016.", "jailed", "habitual"),
    ("Troops have killed 40 rebels in the hills since May.", "killed", "asserted"),
    ("The allies have backed the overthrow of the junta since 2011.", "backed", "asserted"),
    # ... and so does a passive counting its victims since a war's start
    ("More than 300,000 people have been killed in the war since it began in 2012.", "killed", "habitual"),
    ("Thousands of civilians have been killed since the conflict erupted.", "killed", "habitual"),
    ("Two soldiers have been killed since Friday, the army said.", "killed", "asserted"),
    # ... and a passive counting many over a run of protests or a war
    ("More than 150 people have been killed by police fire during the protests.", "killed", "habitual"),
    ("Two people have been killed during the protest in Vella.", "killed", "asserted"),
    ("More than 9,000 people have been detained since the disputed election.", "detained", "habitual"),
    # a war waged on a standing foe, told in the perfect progressive, is no one fight; one since a day is news
    ("Egypt has been battling an insurgency in the Sinai for a decade.", "battling", "habitual"),
    ("Troops have been fighting militants near the town since Friday.", "fighting", "asserted"),
    # ... and so is one waged for months, whoever the foe
    ("The militia has been fighting federal troops since August.", "fighting", "habitual"),
    ("Rebels have been battling the army in the hills for months.", "battling", "habitual"),
    # ... but a few counted since a vote or a fight's start are news
    ("Two soldiers have been killed since the fighting began on Friday.", "killed", "asserted"),
    # a present-tense rule and the case it holds in ('when X starts, Y starts') tell no act
    ('He wrote that "when the looting starts, the shooting starts."', "looting", "habitual"),
    ('He wrote that "when the looting starts, the shooting starts."', "shooting", "habitual"),
    ("When police arrived, the gunmen opened fire on the crowd.", "opened", "asserted"),
    # a note's own present tells what happened
    ("Scores are injured when armed youths launch an attack on a party meeting.", "injured", "asserted"),
    # what a measure the text named does, spelled out in the present, is no act of its own
    ("The measures freeze the assets of 11 officials and ban them from travel.", "freeze", "habitual"),
    ("The measures freeze the assets of 11 officials and ban them from travel.", "ban", "habitual"),
    ("The sanctions froze the assets of 11 officials on Monday.", "froze", "asserted"),
    ("Police ban protests near the parliament of Tarn.", "ban", "asserted"),
    # 'long' in a perfect clause tells a standing state, not a new act
    ("The junta has long been accused of reprisals in the hills.", "accused", "habitual"),
    ("Opposition parties have long demanded an early election.", "demanded", "habitual"),
    # a plural event noun named as a run of acts over time
    ("There were repeated bandit raids on the villages of Tarn.", "raids", "habitual"),
    ("Money moved freely across the border during past crackdowns.", "crackdowns", "habitual"),
    ("Numerous protests against the dam have taken place since 2009.", "protests", "habitual"),
    ("Sporadic clashes broke out in Vella on Monday.", "clashes", "asserted"),
    # ... and so does one recurring weekly or daily
    ("Farmers have held weekly protests outside the dam since March.", "held", "habitual"),
    ("Farmers held a protest outside the dam on Monday.", "held", "asserted"),
    ("Two protests against the dam took place in Kessa on Monday.", "protests", "asserted"),
    # a clause done to a run of things gone by tells the doer's record, whatever its tense
    ("The envoy, who has blocked previous aid packages, did not object.", "blocked", "habitual"),
    ("Moscow vetoed past resolutions on the siege of Tarn.", "vetoed", "habitual"),
    ("The envoy blocked the aid package on Monday.", "blocked", "asserted"),
    ("Moscow vetoed the previous resolution on Monday.", "vetoed", "asserted"),
    # a kind of act ('such') in a present clause is no one event; told in the past or perfect it counts acts
    ("Such inquiries get nowhere in the province.", "inquiries", "habitual"),
    ("Officials say such raids are rising in the north.", "raids", "habitual"),
    ("Such raids took place in four villages on Monday.", "raids", "asserted"),
    # acts sorted into kinds are acts in general; one kind can be one event
    ("Women in the camps face many forms of violence.", "violence", "habitual"),
    ("The militia has used all kinds of attacks against the town.", "attacks", "habitual"),
    ("Activists staged a new form of protest outside the court.", "protest", "asserted"),
    # a present-tense headline stays news
    ("Rebels attack a convoy near the mountain pass.", "attack", "asserted"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "word", "expected"), CASES)
def test_habits_are_told_apart_from_acts(nlp: Language, sentence: str, word: str, expected: Modality) -> None:
    """The trigger word's event is a habit only where its clause tells what usually happens."""
    doc = nlp(sentence)
    token = next(t for t in doc if t.text == word)
    assert modality(doc, token) == expected


HABITS: list[str] = [
    "Police routinely arrest protesters in the old town.",
    "Militias often attack villages along the river.",
    "Clashes over grazing land are common in the valley.",
]


@pytest.mark.slow
@pytest.mark.parametrize("text", HABITS)
def test_a_habit_makes_no_event(pipeline: Pipeline, text: str) -> None:
    """A text telling only a habit reports nothing, not even through the reading of its lead."""
    article = Article(id="habit", text=text, published=date(2021, 3, 2))
    assert pipeline.mentions(article) == []
