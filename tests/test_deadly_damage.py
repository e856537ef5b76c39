"""Specs for damage and harm: ACLED codes property looted, burnt or destroyed as a strategic development
only where no one was harmed; a lead so coded whose paragraph tells people killed or injured is an attack,
damage whose paragraph tells a missile, rocket or shell fired is that shelling's, and a lead attack that only
set property on fire, no one harmed, is property destruction."""

from __future__ import annotations

import pytest
from builders import assert_sub_type, lead_scope, made_up_detection, rule

from kronika.events.classifier import AcledPrediction
from kronika.events.deadly_damage import bombarded_damage, deadly_damage, device_damage, harmless_arson

LOOTING = "Looting/property destruction"


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        *rule(
            "property destroyed where people were killed or hurt is an attack",
            ("Gunmen torched the offices in Terlo with firebombs. Two guards died.", "torched", "Attack"),
            ("Raiders set fire to four huts in Mabin, and an old man was burnt alive.", "set fire", "Attack"),
            ("A militia looted the market of Soro and killed three traders.", "looted", "Attack"),
            ("Houses were burned in Keta; two women were found dead inside.", "burned", "Attack"),
            ("Men vandalised a clinic in Aru and two nurses were injured.", "vandalised", "Attack"),
        ),
        *rule(
            "damage with no one killed stays looting or property destruction",
            ("Gunmen torched the offices in Terlo. No one was killed.", "torched", LOOTING),
            ("Bandits looted a village near Ralo and 40 cattle were killed.", "looted", LOOTING),
            ("Rebels burned a school in Dembo overnight.", "burned", LOOTING),
            ("Militants looted shops in Hosa; nobody died in the raid.", "looted", LOOTING),
            ("Rebels torched a lorry near Osu without injuring its driver.", "torched", LOOTING),
        ),
    ],
)
def test_damage_that_harmed_people_is_an_attack(text: str, trigger: str, expected: str) -> None:
    sentence = text.split(". ")[0] + ("." if ". " in text else "")
    detection = made_up_detection(sentence, trigger, "COERCE", LOOTING, mode="seize", text=text)
    (retyped,) = deadly_damage([detection], lead_scope(text))
    assert_sub_type(retyped, expected)
    assert retyped.type.plover == "COERCE"


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        *rule(
            "damage that harmed people, done with a planted device, is a remote explosive attack",
            ("Militants set a van ablaze with a timed bomb in Oru and its driver was killed.", "set", "IED"),
            ("A roadside bomb destroyed a lorry near Kema and wounded two men.", "destroyed", "IED"),
        ),
        *rule(
            "a device found or defused was set off by no one; no device, an attack",
            (
                "Police defused a parcel bomb after gunmen torched a shop; one man died.",
                "torched",
                "Attack",
            ),
            ("Gunmen torched the offices in Terlo with firebombs and a guard died.", "torched", "Attack"),
        ),
    ],
)
def test_damage_done_with_a_planted_device_is_a_remote_explosive(
    text: str, trigger: str, expected: str
) -> None:
    want = "Remote explosive/landmine/IED" if expected == "IED" else expected
    detection = made_up_detection(text, trigger, "COERCE", LOOTING, mode="destroy")
    scope = lead_scope(text)
    (retyped,) = device_damage(deadly_damage([detection], scope), scope)
    assert_sub_type(retyped, want)


SHELLING = "Shelling/artillery/missile attack"


@pytest.mark.parametrize(
    ("text", "damaged", "expected"),
    [
        *rule(
            "damage where a missile, rocket or shell was fired is the shelling's",
            ("A rocket was launched over the road in Tavo. The town hall was damaged.", "The town", SHELLING),
            ("Mortar shells landed near the port of Ebi and damaged two warehouses.", "Mortar", SHELLING),
            ("Militants fired missiles at the depot and destroyed a fuel tank.", "Militants", SHELLING),
        ),
        *rule(
            "damage where nothing was fired, or only tear gas, stays looting or property destruction",
            ("Rebels looted the market in Tavo. The town hall was damaged.", "The town", LOOTING),
            ("Police fired tear gas shells as rioters damaged two shops in Ebi.", "Police", LOOTING),
            ("Gunmen armed with rifles and an RPG fired in the air and destroyed a bar.", "Gunmen", LOOTING),
        ),
    ],
)
def test_damage_told_with_fire_from_afar_is_shelling(text: str, damaged: str, expected: str) -> None:
    sentence = text[text.index(damaged) :].split(". ")[0].rstrip(".") + "."
    verb = next(w for w in ("damaged", "destroyed", "looted") if w in sentence)
    detection = made_up_detection(sentence, verb, "COERCE", LOOTING, mode="destroy", text=text)
    (retyped,) = bombarded_damage([detection], text, 0, len(text))
    assert_sub_type(retyped, expected)
    assert retyped.type.plover == "COERCE"


def test_a_rocket_in_another_paragraph_does_not_count() -> None:
    text = "Rebels burned a school in Dembo.\n\nA rocket hit the barracks in Lira the week before."
    detection = made_up_detection("Rebels burned a school in Dembo.", "burned", "COERCE", LOOTING, text=text)
    (kept,) = bombarded_damage([detection], text, 0, text.index("\n"))
    assert kept.type.acled_sub_event_type == LOOTING


def test_a_death_in_another_paragraph_does_not_count() -> None:
    text = "Rebels burned a school in Dembo.\n\nA soldier was killed in Lira the week before."
    detection = made_up_detection("Rebels burned a school in Dembo.", "burned", "COERCE", LOOTING, text=text)
    (kept,) = deadly_damage([detection], lead_scope(text, text.index("\n")))
    assert kept.type.acled_sub_event_type == LOOTING


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        *rule(
            "property set on fire, no one harmed, is property destruction",
            ("Two lorries were set on fire by unknown men in Paso.", LOOTING),
            ("Masked men set fire to a sawmill near Ruka. They fled on foot.", LOOTING),
            ("Gunmen set a warehouse on fire in Tera after threatening its guard.", LOOTING),
        ),
        *rule(
            "harm told anywhere in the paragraph keeps the attack",
            ("Two lorries were set on fire in Paso. One driver was injured.", "Attack"),
            ("Men set fire to a shop in Ruka and opened fire on its owner.", "Attack"),
            ("A farmer was set on fire by two men in Tera and suffered burns.", "Attack"),
            ("Gunmen set fire to a bus in Tera; its driver died.", "Attack"),
        ),
    ],
)
def test_an_attack_that_only_set_property_on_fire_is_property_destruction(text: str, expected: str) -> None:
    sentence = text.split(". ")[0] + ("." if ". " in text else "")
    trigger = "set"
    detection = made_up_detection(sentence, trigger, "ASSAULT", "Attack", text=text)
    (retyped,) = harmless_arson([detection], lead_scope(text))
    assert retyped.type.acled_sub_event_type == expected
    assert retyped.type.plover == "ASSAULT"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        *rule(
            "a sure reading of an attack stands where the paragraph only tells no harm",
            ("Two lorries were set on fire by unknown men in Paso.", "Attack"),
            ("Armed men set fire to a sawmill in Ruka. There were several attacks there.", "Attack"),
        ),
        *rule(
            "harm denied outright outranks a sure reading of an attack",
            ("Armed men set two lorries on fire. No people were reported injured or killed.", LOOTING),
            ("Gunmen set fire to a sawmill in Ruka. Neither fatalities nor injuries were reported.", LOOTING),
            ("Men set a tractor on fire in Tera. There were no casualties.", LOOTING),
        ),
        *rule(
            "other attacks the paragraph recalls are no harm of this one",
            (
                "Armed men set fire to three trucks of a timber firm near Paso. There have been several "
                "attacks in the region by groups who claim the land. No one was hurt.",
                LOOTING,
            ),
        ),
        *rule(
            "harm told beside a denial keeps the attack",
            ("Men set fire to a bus in Tera and shot its driver. No one else was injured.", "Attack"),
        ),
    ],
)
def test_a_sure_reading_of_an_attack_stands_unless_harm_is_denied(text: str, expected: str) -> None:
    sentence = text.split(". ")[0] + ("." if ". " in text else "")
    detection = made_up_detection(sentence, "set", "ASSAULT", "Attack", text=text)
    sure = AcledPrediction("Violence against civilians", "Attack", 0.95)
    (typed,) = harmless_arson([detection], lead_scope(text, prediction=sure))
    assert typed.type.acled_sub_event_type == expected
