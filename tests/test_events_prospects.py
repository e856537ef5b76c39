"""Specs for what a sentence tells is not an event yet or not one at all: event nouns told as expected,
scheduled or called off, reports denied (`events/prospects.py`), acts inside a word withheld
(`events/withheld.py`) and detentions told as where someone is kept (`events/held_states.py`)."""

from __future__ import annotations

import pytest
from builders import asserted_only, detected
from spacy.language import Language

from kronika.events.modality import modality
from kronika.model import Modality


def _triggers(nlp: Language, text: str) -> set[str]:
    """The trigger words of the asserted detections the default detector finds in one text."""
    return {d.trigger.text.lower() for d in asserted_only(detected(nlp, text))}


PROSPECTS: list[tuple[str, str, Modality]] = [
    # an event expected or predicted has not happened
    ("Analysts in Tarn expect more protests in the coming weeks.", "protests", "future"),
    ("Observers predict fresh clashes once the truce in Vella expires.", "clashes", "future"),
    ("More strikes are expected at the Kessa docks.", "strikes", "future"),
    # held ahead by 'due', 'likely', 'set', or a present passive of scheduling
    ("Talks between the clans are due to resume in Orvan on Thursday.", "Talks", "future"),
    ("The talks are likely to focus on grazing rights.", "talks", "future"),
    ("Talks are expected to resume in Tarn next week.", "Talks", "future"),
    ("A rally is scheduled for Friday in the main square of Vella.", "rally", "future"),
    ("Renewed fighting in the valley is a possibility.", "fighting", "future"),
    ("A new round of talks is due to begin in Kessa on 3 May.", "talks", "future"),
    # an event noun as the subject of a present 'be to' is arranged ahead; a past one names what was meant
    ("A summit of the clans is to be held in Orvan on Friday.", "summit", "future"),
    ("Fresh talks are to resume in Tarn next week.", "talks", "future"),
    ("The envoy is to hold two sessions of talks in Kessa next week.", "talks", "intended"),
    ("Orvan welcomed talks planned for later this month.", "talks", "future"),
    ("Orvan welcomed the talks scheduled for Friday in Tarn.", "talks", "future"),
    ("The summit next week will test the truce.", "summit", "future"),
    # a word that holds it ahead on its own: next, upcoming, planned, possible
    ("The outcome of the next meeting of the clans is unclear.", "meeting", "future"),
    ("Orvan set conditions on the planned withdrawal of its troops.", "withdrawal", "future"),
    ("The envoy spoke of a possible withdrawal of the garrison.", "withdrawal", "future"),
    # a condition, what one is open to, and what is only likely
    ("In the event of an offensive, the villagers of Tarn have nowhere to go.", "offensive", "hypothetical"),
    ("The policy failed in the specific case of Saturday's attack on Tarn.", "attack", "asserted"),
    ("The pullout would leave the clans vulnerable to air attack.", "attack", "hypothetical"),
    ("Citing the likelihood of attacks, Vella raised its alert level.", "attacks", "hypothetical"),
    # ... unless a past verb tells it done after all
    ("The planned march went ahead in Vella despite the ban.", "march", "asserted"),
    ("Gunmen carried out a planned attack on the Tarn depot.", "attack", "asserted"),
    ("A possible accidental shooting left a boy dead in Vella.", "shooting", "asserted"),
    # an event someone goes to or takes part in shares their verb's modals and negation
    ("The envoy of Orvan will travel to Tarn for talks on Tuesday.", "talks", "future"),
    ("The clans did not attend the summit in Kessa.", "summit", "negated"),
    ("The council will not participate in any negotiations with the junta.", "negotiations", "negated"),
    ("The envoy of Orvan travelled to Tarn for talks on Tuesday.", "talks", "asserted"),
    # an event someone is urged or asked to join is as unsure as the joining; one joined for a purpose
    # was held
    ("The party urged its members to join a rally in Tarn on Saturday.", "rally", "intended"),
    ("The clans called on villagers to attend the march in Vella.", "march", "intended"),
    ("Thousands travelled to Tarn to join a rally on Saturday.", "rally", "asserted"),
    # ... unless a clause on the noun tells it under way, or a perfect infinitive looks back
    ("Protests that began on Monday are expected to continue in Tarn.", "Protests", "asserted"),
    ("The attack is likely to have been carried out by the hill clans.", "attack", "asserted"),
    # called off before it took place
    ("The planned summit in Kessa was postponed indefinitely.", "summit", "negated"),
    ("The governor cancelled the march through Vella.", "march", "negated"),
    ("The union put off the strike at the port.", "strike", "negated"),
    ("The union suspended the strike at the port.", "strike", "asserted"),
    # a report denied denies its event; a report told tells it
    ("There were no reports of violence in Orvan.", "violence", "negated"),
    ("There were reports of violence in Orvan.", "violence", "asserted"),
    # what a refusal to tell holds back is not told
    ("The mayor refused to say when the clans had met.", "met", "negated"),
    ("A spokesman would not say how many soldiers had been deployed to Tarn.", "deployed", "negated"),
    ("The minister declined to say when police had opened fire.", "opened", "negated"),
    # ... but what a silence refers to was told elsewhere
    ("The minister declined to comment on the allegations.", "allegations", "asserted"),
    ("Vella is not responding to Orvan's demands.", "demands", "asserted"),
    ("A spokesman said that soldiers had been deployed to Tarn.", "deployed", "asserted"),
    ("The mayor, who was arrested on Friday, declined to comment.", "arrested", "asserted"),
    # 'be to' arranges an act or aims at one
    ("Troops of the garrison are to withdraw from Tarn by May.", "withdraw", "future"),
    ("The envoy of Orvan is to meet the clans of Tarn next week.", "meet", "future"),
    # a verb of using shares its habit with the act it uses
    ("Governments often use sanctions to punish their rivals.", "sanctions", "habitual"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "word", "expected"), PROSPECTS)
def test_how_the_clause_holds_an_event(nlp: Language, sentence: str, word: str, expected: Modality) -> None:
    doc = nlp(sentence)
    token = next(t for t in doc if t.text == word)
    assert modality(doc, token) == expected


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "word", "told"),
    [
        ("Two fishermen from Vella are being held in a camp near Tarn.", "held", False),
        ("He is being held at a detention centre near the border.", "held", False),
        ("Hundreds of fighters held by the militia have not been charged.", "held", False),
        ("The editor of the Kessa Herald remains detained in the capital.", "detained", False),
        ("His brother remains in detention in Orvan.", "detention", False),
        ("The talks touched on Ruritania's two-year-long detention of a pastor.", "detention", False),
        ("His prolonged detention in Orvan has drawn criticism.", "detention", False),
        ("The detention of two reporters in Orvan on Monday drew criticism.", "detention", True),
        ("Police detained two opposition activists in Tarn on Monday.", "detained", True),
        ("A man from Vella is being held on suspicion of murder.", "held on suspicion", True),
        ("Two men are being held in connection with the shooting in Tarn.", "held", True),
        ("Two opposition activists were detained in Tarn on Monday.", "detained", True),
        ("Two activists have been detained in Tarn since the vote.", "detained", True),
        # a holding told by how long it has lasted, or under way, is where someone is kept
        ("About 300 children have been held for up to two years in camps near Tarn.", "held", False),
        ("The airstrip has been held by the hill clans since 2015.", "held", False),
        ("Nine fighters were currently held in a prison in Orvan.", "held", False),
        ("The camps near Tarn are holding thousands of the fighters' children.", "holding", False),
        ("Two aid workers were held for a week by the hill clans in Kessa.", "held", True),
    ],
)
def test_a_detention_told_as_where_someone_is_kept_is_no_arrest(
    nlp: Language, text: str, word: str, told: bool
) -> None:
    assert (word in _triggers(nlp, text)) is told


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "word", "told"),
    [
        ("Critics say the bill will curb the press, a view many envoys share.", "share", False),
        ("Supplies of aid to the camps at Tarn have dwindled.", "aid", False),
        ("Cross-border aid is a lifeline for the valley.", "aid", False),
        ("Aid was airlifted to the camps at Tarn on Monday.", "aid", True),
        ("Orvan sent ten tonnes of aid to Tarn.", "aid", True),
        ("Orvan shared intelligence with Kessa on the hill clans.", "shared intelligence", True),
    ],
)
def test_sharing_and_aid_are_events_only_as_acts(nlp: Language, text: str, word: str, told: bool) -> None:
    assert (word in _triggers(nlp, text)) is told
