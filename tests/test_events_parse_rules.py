"""Specs for the rule detector's parse rules: background, purpose and reported speakers; misfires, control,
weapons and commitments."""

from __future__ import annotations

from collections.abc import Sequence

import pytest
from builders import asserted_only, detected
from fixed_typer import FixedTyper, Reading, read_as
from spacy.language import Language

from kronika.events import load_detector
from kronika.model import Article, Detection

# --- background, purpose and reported speakers ---------------------------------------------------


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Turnout was low amid allegations of ballot stuffing.", "allegations"),
        ("The rebels set up a committee to restore order and return to talks.", "return"),
        ("Students rallied outside the police station where the activist was detained.", "detained"),
    ],
)
def test_background_and_purpose_are_not_events(nlp: Language, text: str, trigger: str) -> None:
    """Scene-setting nouns, purpose infinitives and place-describing passives are not asserted events."""
    assert trigger not in [d.trigger.text for d in asserted_only(detected(nlp, text))]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "trigger", "actor", "target"),
    [
        ("The navy said it had deployed two frigates to the strait.", "deployed", "navy", None),
        (
            "The governor has insisted the region is calm, and accused rival clans of stoking violence.",
            "accused",
            "governor",
            "rival clans",
        ),
        ("Looters ransacked a pharmacy in the old town.", "ransacked", "Looters", None),
        (
            "Nine unions announced a joint strike, blaming the presidency for the unpaid wages.",
            "blaming",
            "Nine unions",
            "presidency",
        ),
    ],
)
def test_actor_and_target_spans(
    nlp: Language, text: str, trigger: str, actor: str, target: str | None
) -> None:
    """A reported pronoun stands for the speaker, a conjunct shares the subject, things are not targets."""
    (det,) = [d for d in detected(nlp, text) if d.trigger.text == trigger]
    assert [s.text for s in det.actor_spans] == [actor]
    assert [s.text for s in det.target_spans] == ([target] if target else [])


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "prediction", "plover", "mode"),
    [
        (
            "Several air raids hit the villages overnight.",
            read_as("Air/drone strike", 0.9),
            "ASSAULT",
            "aerial",
        ),
        (
            "Two farmers were found dead near the river.",
            read_as("Attack", 0.9),
            "ASSAULT",
            None,
        ),
    ],
)
def test_confident_classifier_types_unsure_or_missing_triggers(
    nlp: Language, text: str, prediction: Reading, plover: str, mode: str | None
) -> None:
    """An unsure lexicon trigger, or none at all, takes the PLOVER reading of a confident ACLED sub-type."""
    detector = load_detector(FixedTyper(prediction))  # type: ignore[arg-type]
    found = asserted_only(detector.detect(nlp(text), Article(id="t", text=text)))
    best = max(found, key=lambda d: d.confidence)
    assert (best.type.plover, best.type.mode) == (plover, mode)
    assert best.type.acled_sub_event_type == prediction.sub_event_type


@pytest.mark.slow
def test_the_lead_sentence_outranks_a_later_one(nlp: Language) -> None:
    """Of two equal triggers, the one in the sentence that opens the paragraph is the more confident."""
    text = "Rebels attacked a convoy on Monday. Rebels attacked a checkpoint on Tuesday."
    first, second = detected(nlp, text)
    assert first.confidence > second.confidence


# --- parse rules: misfires, control, weapons, commitments ----------------------------------------


def _types(detections: Sequence[Detection]) -> set[tuple[str, str | None]]:
    """(PLOVER type, mode) of the asserted detections."""
    return {(d.type.plover, d.type.mode) for d in asserted_only(detections)}


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "unwanted"),
    [
        ("A car bomb struck an army convoy near the border on Friday.", "PROTEST"),
        ("The bomber struck on Saturday morning as commuters waited for a train.", "PROTEST"),
        ("The rally ended quietly after dark.", "SANCTION"),
        ("The injured were carried to a clinic in the town.", "PROTEST"),
        ("Anybody who saw the crash is asked to contact the station.", "REQUEST"),
        ("The union's demand met a cool response from the ministry.", "CONCEDE"),
        ("It is a scandal, and it begs the question of who pays.", "REQUEST"),
        # a weapon fired dismisses no one
        ("Riot police fired tear gas to break up the sit-in.", "SANCTION"),
        ("Guards fired warning shots over the heads of the crowd.", "SANCTION"),
        ("A deputy fired, hitting the man in the arm.", "SANCTION"),
        ("Soldiers fired into the market crowd at noon.", "SANCTION"),
        ("The guard was fired upon by two men in a van.", "SANCTION"),
        # a count charged is no act told
        ("A jury in Tarn convicted the driver of two counts of murder in May.", "ASSAULT"),
        ("The guard was charged with three counts of assault.", "ASSAULT"),
        # 'blocked roads' parsed as an adjective is a crowd's blockade or nothing, never a veto
        ("Protests also took place in Vella, where students burned tyres and blocked roads.", "REJECT"),
        ("The blocked roads delayed ambulances in Tarn on Monday.", "REJECT"),
        # guests gathered for an occasion hold no protest
        ("A crowd gathered for a wedding in Tarn on Sunday.", "PROTEST"),
        ("Hundreds gathered for the funeral of the mayor in Vella.", "PROTEST"),
        # a price that rose is no crowd gathered
        ("Markets rallied in Vella on Monday as the peso gained.", "PROTEST"),
        ("The rupee rallied against the dollar on Tuesday.", "PROTEST"),
        # a game, a film or words shot hit no one
        ("Young men come to the corner day after day to shoot dice.", "ASSAULT"),
        ("A neighbour shot a video of the arrest on her phone.", "ASSAULT"),
        # the best there is beats no one
        ("Nothing beats travelling abroad in the spring.", "ASSAULT"),
        # how grave a wound is threatens no one
        ("The driver was taken to a clinic with non-life threatening injuries.", "THREATEN"),
        ("Her wounds are not life threatening, police said.", "THREATEN"),
        # a rule a land is under is a state; imposing it is the event
        ("The northern province has been under a state of emergency since 2019.", "COERCE"),
        ("The port city remains under curfew.", "COERCE"),
        # an arm drawn is no withdrawal
        ("Two of the guests pulled out guns in the yard.", "RETREAT"),
        ("The clerk pulled out a knife behind the counter.", "RETREAT"),
        ("The Kurds fear an attack by the army if the troops are withdrawn.", "THREATEN"),
        # a rule someone broke is the rule, not an event of its own
        ("Vigilantes whipped two youths in Morelia for violating the curfew.", "COERCE"),
        ("Shopkeepers in Kano flouted the curfew and opened on Friday.", "COERCE"),
        ("Militias breached the truce near Sirte overnight.", "AGREE"),
        # what strikes with no one's act, and a ruling struck down, are no attack
        ("A golfer was struck by lightning on the course near Perth.", "ASSAULT"),
        ("The levy was struck down by the high court on Monday.", "ASSAULT"),
        ("Her name was struck from the register in March.", "ASSAULT"),
        # a weapon in hand holds no one
        ("Deputies told the man to drop the machete he was holding in Ocala.", "COERCE"),
        ("Three men holding rifles stood outside the clinic in Dorne.", "COERCE"),
        # idioms and charges fought, after a lead: no reading of the sentence stands for the word either
        ("The festival opened in Tarn.\n\nThe singer was shot to fame by a video filmed in Tarn.", "ASSAULT"),
        ("The festival opened in Tarn.\n\nThe clash of cultures in Tarn was its theme.", "ASSAULT"),
        ("The court sat in Tarn.\n\nThe minister fought the charges in court for two years.", "ASSAULT"),
        ("The festival opened in Tarn.\n\nThe old waiter broke down into tears.", "COERCE"),
        ("The festival opened in Tarn.\n\nIts guards are charged with protecting the ruins.", "ACCUSE"),
    ],
)
def test_rules_drop_misread_triggers(nlp: Language, text: str, unwanted: str) -> None:
    """Attacks by things are not strikes, phase verbs of events, the wounded, tip appeals and broken
    rules add no event."""
    assert unwanted not in {plover for plover, _ in _types(detected(nlp, text))}


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A car bomb struck an army convoy near the border on Friday.", ("ASSAULT", "explosives")),
        ("Nurses struck for better pay on Monday.", ("PROTEST", "strike")),
        ("Militants struck at dawn, killing four villagers.", ("ASSAULT", None)),
        ("The two parties struck a deal on Sunday.", ("AGREE", "settle")),
        ("Dozens of drivers blocked traffic on the main bridge.", ("PROTEST", "obstruct")),
        ("Market traders blocked Independence Avenue for two hours.", ("PROTEST", "obstruct")),
        ("Students have blocked the faculties of Tarn University for a month.", ("PROTEST", "obstruct")),
        ("Protesters burned tyres and blocked the toll gate in Tarn on Tuesday.", ("PROTEST", "obstruct")),
        ("Vella blocked the sanctions package at the council on Monday.", ("REJECT", "veto")),
        ("Taxi drivers blocked the Mabanda bridge at dawn.", ("PROTEST", "obstruct")),
        ("The premier will visit the neighbouring country next month, her office said.", ("AGREE", None)),
        ("The board fired the chief executive after the audit.", ("SANCTION", "dismiss")),
        ("The board fired the chief executive on Monday.", ("SANCTION", "dismiss")),
        ("On 4 May, rebels fired mortar shells into the camp.", ("ASSAULT", "shelling")),
        ("Insurgents fired rockets towards the airport.", ("ASSAULT", "shelling")),
        ("Drones fired missiles towards the airport.", ("ASSAULT", "aerial")),
        # a person struck, or shots fired, is an attack: no labour strike is passive, no office fires a bullet
        ("Two passers-by were struck by gunfire outside a cafe in Leeds.", ("ASSAULT", "firearms")),
        ("Trooper critically struck by round from partner's rifle, police say", ("ASSAULT", "firearms")),
        ("The cashier's nephew was also struck.", ("ASSAULT", None)),
        ("Shots were fired outside a nightclub in Tulsa early Sunday.", ("ASSAULT", "firearms")),
        ("A man fired a handgun outside a bar in Tulsa on Sunday.", ("ASSAULT", "firearms")),
        ("A deputy fired, hitting the man in the arm.", ("ASSAULT", "firearms")),
        ("Soldiers fired into the market crowd at noon.", ("ASSAULT", "firearms")),
        ("The coach was fired after the loss on Sunday.", ("SANCTION", "dismiss")),
        ("The brigade pulled out of the town at dawn.", ("RETREAT", "withdraw")),
        ("The port city was placed under curfew on Monday.", ("COERCE", "curfew")),
    ],
)
def test_rules_retype_triggers(nlp: Language, text: str, expected: tuple[str, str | None]) -> None:
    """'Strike' follows its subject and object; a promised visit is a commitment (AGREE)."""
    assert expected in _types(detected(nlp, text))


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "trigger", "actor"),
    [
        ("Mass protests pushed the interior minister to resign.", "resign", "interior minister"),
        ("Riots pushed the nation's election board to cancel the vote.", "cancel", "nation's election board"),
        ("The general forced the rebels to withdraw from the valley.", "withdraw", "rebels"),
        ("The navy's shelling of the port killed six sailors.", "killed", "navy"),
        ("A bomb planted by insurgents wounded two guards.", "wounded", "insurgents"),
    ],
)
def test_actor_of_controlled_and_event_subjects(nlp: Language, text: str, trigger: str, actor: str) -> None:
    """The object of a control verb does the infinitive; an event or weapon subject yields its doer."""
    found = {d.trigger.text: [s.text for s in d.actor_spans] for d in detected(nlp, text)}
    assert found[trigger] == [actor]


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "ALMATY — A roadside mine struck a truck on the highway.",
        "Monitors observed several explosions near the airport.",
    ],
)
def test_no_actor_for_weapons_datelines_and_observers(nlp: Language, text: str) -> None:
    """A bare weapon, a dateline and someone who only watched are not the doers."""
    detections = asserted_only(detected(nlp, text))
    assert detections
    assert all(d.actor_spans == () for d in detections)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a coup takes the state, no goods: ACLED's strategic development 'Other'
        ("Mutinous soldiers seized power in Tarn on Wednesday.", "Other"),
        ("The army seized power after the vote, the envoy said.", "Other"),
        # goods taken stay what they were
        ("Rebels seized two trucks of timber near Vella on Wednesday.", "Looting/property destruction"),
    ],
)
def test_power_seized_is_a_takeover(nlp: Language, text: str, expected: str) -> None:
    (seized,) = [d for d in detected(nlp, text) if d.trigger.text.startswith("seized")]
    assert seized.type.acled_sub_event_type == expected
