"""Specs for words that name a standing state or tie, not an event (`events/standing_words.py`): a war that
goes on, support long given, a fight that says what a party is, a patron named, an accord named rather than
made, people labelled by a participle, and a participle hyphen-joined into an adjective."""

from __future__ import annotations

import pytest
from builders import asserted_only, detected
from spacy.language import Language


def _triggers(nlp: Language, text: str) -> set[str]:
    """The trigger words of the asserted detections the default detector finds in one text."""
    return {d.trigger.text.lower() for d in asserted_only(detected(nlp, text))}


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "unwanted"),
    [
        ("The war in Norland has driven half a million people from their homes.", "war"),
        ("Throughout the war, the port town of Vella stayed quiet.", "war"),
        ("As the war enters its ninth year, prices in Kessa keep rising.", "war"),
        ("Ministers of both states say proxy wars now shape the whole region.", "wars"),
        ("Rebel-held districts of Tarn received no flour this winter.", "held"),
        ("Palace-backed candidates won most seats in the Orvan council.", "backed"),
        ("The Pallic and Dorian-funded schools reopened in the valley.", "funded"),
        ("A teenager was taken to Mercy clinic with life-threatening injuries.", "threatening"),
        ("Orvan has long objected to Pallic support for the hill militias.", "support"),
        ("Marchers carried banners in support of the jailed mayor of Tarn.", "support"),
        ("The council remains dependent on their support for now.", "support"),
        ("A cook who joined a hill militia fighting the junta has fled Norland.", "fighting"),
        ("An official of the Vella guard, the force battling the bandits, spoke on Monday.", "battling"),
        ("The valley towns bore the brunt of fighting the bandits for years.", "fighting"),
        ("Clans who have fought the army for decades met the envoy in Tarn.", "fought"),
        # a party's patron named by a verb of backing that describes it
        ("Government troops backed by Pallic militias took the hill town of Vella.", "backed"),
        ("The junta, backed by Orvan, refused to negotiate with the clans.", "backed"),
        ("An alliance led by hill clans and backed by Orvan seized the dam.", "backed"),
        ("Orvan, which supports the hill militias, closed the border on Monday.", "supports"),
        # backing told under way or as a habit is a tie too
        ("Orvan is backing the junta in its war with the hill clans.", "backing"),
        # a party backed over years names a patron: 'has backed the strikes' is a statement
        ("Orvan has backed the hill clans as a proxy for a decade.", "backed"),
        ("Kessa, which had backed the militants since 2011, grew tired of the war.", "backed"),
        ("Kessa accused Orvan of supporting the bandits in the valley.", "supporting"),
        ("These militias are backed by Orvan and fight the clans.", "backed"),
        # a campaign against a foe
        ("Orvan troops are still engaged in the fight against the hill clans.", "fight"),
        ("Orvan partnered with the clans in the battle against the bandits.", "battle"),
        # a tie of allies
        ("The force comprises allied militias from Tarn and Vella.", "allied"),
        ("The clans, loosely allied to Orvan, refused to disarm.", "allied"),
        ("The Orvan backed rebels entered the town of Vella.", "backed"),
        # a request named after 'of', a hold on a place under way, and ignoring that defies nothing asked
        ("Orvan has been at the forefront of calls for the governor to resign.", "calls"),
        ("The clans became an occupying power in the hills above Tarn.", "occupying"),
        ("The envoy ignored questions from reporters in Kessa.", "ignored"),
        # a stance held, told by the participle
        ("Kessa is opposed to any offensive on Tarn.", "opposed"),
        ("The plan is opposed by the hill clans of Orvan.", "opposed"),
        # a force described by where it is posted
        ("The junta wants the 400 Orvan troops stationed in Tarn to leave.", "stationed"),
        ("Orvan will halve the numbers deployed in the valley.", "deployed"),
        ("The base in which the medic was stationed was hit by rockets.", "stationed"),
        # people labelled by a participle of what was once done to them
        ("The captured fighters were handed over to Orvan on Monday.", "captured"),
        ("The jailed mayor of Tarn began a hunger strike on Monday.", "jailed"),
        # an accord named as a thing that stands, not made in the text
        ("Kessa remains a firm supporter of the 2015 Tarn water deal.", "deal"),
        ("Orvan is guarantor of the ceasefire in the valley.", "ceasefire"),
        ("The president pulled Norland out of the border agreement last year.", "agreement"),
        # a state's occupation of a land is rule over years, no seizure on a day
        ("Farmers there see the hills as part of the Turkish occupation of Cyprus.", "occupation"),
        ("Life under Russia's occupation of the peninsula has grown harder.", "occupation"),
    ],
)
def test_standing_words_add_no_event(nlp: Language, text: str, unwanted: str) -> None:
    """A war that goes on, or a hyphened participle qualifying a noun, is no event of the text."""
    assert unwanted not in _triggers(nlp, text)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        ("Civil war broke out in Norland in March 2014.", "war"),
        ("The junta declared war on its northern neighbour on Sunday.", "war"),
        ("Militias backed the governor at a rally in Tarn on Monday.", "backed"),
        ("Rebels held two aid workers in Kessa for a week.", "held"),
        ("Army units re-captured the hill town of Vella on Tuesday.", "captured"),
        ("Officers baton-charged hawkers at the Tessa bus stand on Monday.", "baton-charged"),
        ("The farmers' union threw its support behind the governor of Tarn on Monday.", "support"),
        ("The rebels won the council's support in March.", "support"),
        ("Rebels fought government troops near Vella on Sunday.", "fought"),
        ("Militiamen were fighting the army in the streets of Kessa on Monday.", "fighting"),
        ("Guards battled the bandits in the hills above Vella on Monday.", "battled"),
        ("SLM/A-Kor battled government forces at Sur Tarn near Vella on Jan 24 and 25.", "battled"),
        ("Troops took back the hill after fighting the rebels near Vella on Sunday.", "fighting"),
        ("Militiamen captured twelve fighters near Vella on Monday.", "captured"),
        ("Hundreds of troops deployed to the border on Monday patrolled the crossing at Tarn.", "deployed"),
        ("Kessa opposed the plan for a dam at Tarn on Monday.", "opposed"),
        ("Kessa is opposed to Orvan's mediation in the valley, an aide said on Monday.", "opposed"),
        ("Hundreds of traders ignored the curfew in Tarn on Monday.", "ignored the curfew"),
        # backing as an act of the text, and accords made in it
        ("The former spy chief backed the air strikes on Vella on Monday.", "backed"),
        ("The former spy chief has backed retaliatory strikes on Vella.", "backed"),
        ("The envoy has accused the junta of shelling Vella.", "accused"),
        ("The two clans allied against the junta on Monday.", "allied"),
        ("Two soldiers died in a battle against clan fighters near Tarn on Monday.", "battle"),
        ("The clan elders signed a peace agreement in Tarn on Monday.", "signed a peace agreement"),
        ("A truce brokered by Orvan took effect in Vella on Sunday.", "truce"),
        ("A ceasefire was declared in the valley on Sunday.", "ceasefire"),
        ("The deal was announced by both clans on Friday.", "deal"),
        ("After a ten-day truce, the fighting in Vella resumed on Sunday.", "truce"),
        ("Talks in Tarn last week led to agreement on a prisoner swap.", "agreement"),
        ("Dock workers began an occupation of the Vella shipyard on Monday.", "occupation"),
        ("The clans fear a repeat of the Turkish occupation of Afrin in March.", "occupation"),
    ],
)
def test_the_event_readings_stand(nlp: Language, text: str, wanted: str) -> None:
    """The same words told as events still give one: a war breaking out or declared, a verb of its own (also
    where the parser hangs a sentence's only verb on its object)."""
    assert wanted in _triggers(nlp, text)
