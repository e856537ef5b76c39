"""Specs for damage that harmed people: ACLED codes property looted, burnt or destroyed as a strategic
development only where no one was harmed; a lead so coded whose paragraph tells people killed or injured
is an attack."""

from __future__ import annotations

import pytest
from builders import made_up_detection, rule

from kronika.events.deadly_damage import deadly_damage
from kronika.events.taxonomy import acled_event_type

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
    (retyped,) = deadly_damage([detection], text, 0, len(text))
    assert retyped.type.acled_sub_event_type == expected
    assert retyped.type.acled_event_type == acled_event_type(expected)
    assert retyped.type.plover == "COERCE"


def test_a_death_in_another_paragraph_does_not_count() -> None:
    text = "Rebels burned a school in Dembo.\n\nA soldier was killed in Lira the week before."
    detection = made_up_detection("Rebels burned a school in Dembo.", "burned", "COERCE", LOOTING, text=text)
    (kept,) = deadly_damage([detection], text, 0, text.index("\n"))
    assert kept.type.acled_sub_event_type == LOOTING
