"""Specs for bare lexicon words in the sense news background uses them (`events/stray_senses.py`) and for
a bare 'strike' that a military word makes an attack (`events/military_strikes.py`)."""

from __future__ import annotations

from datetime import date

import pytest
from builders import asserted_only, detected
from spacy.language import Language

from kronika.model import Article
from kronika.pipeline import Pipeline


def _types(nlp: Language, text: str) -> set[tuple[str, str | None]]:
    """The PLOVER types and modes of the asserted detections the default detector finds in one text."""
    return {(d.type.plover, d.type.mode) for d in asserted_only(detected(nlp, text))}


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "unwanted"),
    [
        ("Jets of the Western-led coalition flew over the valley.", ("COOPERATE", "alliance")),
        ("The alliance of farmers' groups published its figures.", ("COOPERATE", "alliance")),
        ("The last villages held by the militia fell to the army.", ("COERCE", "arrest")),
        ("Hundreds of families remain in areas that the militia still holds.", ("COERCE", "arrest")),
        ("A summit held in Varna ended without a statement.", ("COERCE", "arrest")),
        ("The governor was held accountable for the flooding.", ("COERCE", "arrest")),
        ("The envoy received medical treatment in Vienna.", ("CONSULT", "host")),
        ("She remains a committed member of the movement.", ("AGREE", "accept")),
        ("The gang committed several robberies in the port.", ("AGREE", "accept")),
        ("The clan sought revenge for the killing of its elder.", ("REQUEST", None)),
        ("Even then the regime sought new ways to frighten its critics.", ("REQUEST", None)),
        ("The council seeks dominance over the river trade.", ("REQUEST", None)),
        ("The party has long sought to build a new state.", ("REQUEST", None)),
        ("The engineer returned to his village in 1990.", ("RETREAT", "return")),
        ("This account was supported by two officials in Tarn.", ("SUPPORT", "endorse")),
        ("New evidence supports the claim of the farmers.", ("SUPPORT", "endorse")),
        ("Twenty fighters were killed in a counter-offensive backed by air strikes.", ("SUPPORT", "endorse")),
        ("The army launched an offensive on the town, supported by artillery.", ("SUPPORT", "endorse")),
        ("Jets carried out missile strikes on rebel positions overnight.", ("PROTEST", "strike")),
        ("The envoy Mara Vell also clashed with Dorn Asker over the figures.", ("ASSAULT", None)),
        ("The minister had clashed with the council's assessment of the dam.", ("ASSAULT", None)),
        ("Tarn United seized the lead in the league after a win at Vella.", ("COERCE", "seize")),
        ("The painting captured the mood of the valley.", ("COERCE", "seize")),
        ("The beating of the guard was captured on video by a neighbour.", ("COERCE", "seize")),
        ("The hard pressed farmers of Tarn sold their herds.", ("REQUEST", None)),
        ("The clerk pressed pause on the recording.", ("REQUEST", None)),
        ("The clans held promising talks in Tarn on Monday.", ("AGREE", "accept")),
        ("Voters in Vella still hope for an agreed settlement.", ("AGREE", "accept")),
        ("The cook signed up with the hill militia in 2015.", ("AGREE", "settle")),
        ("The defence minister of Orvan resigned in protest on Monday.", ("PROTEST", "demonstrate")),
        ("The medic joined the clans because of her political convictions.", ("SANCTION", "convict")),
        ("He shared the conviction that the war would end soon.", ("SANCTION", "convict")),
        ("The movement's appeal was much diminished by the defeats.", ("REQUEST", None)),
        ("Few outsiders grasp the appeal of the clan militia in Tarn.", ("REQUEST", None)),
        ("The envoy flew on to Tarn, demonstrating Orvan's clout in the valley.", ("PROTEST", "demonstrate")),
        ("Police in Vella have gathered huge amounts of data on the clans.", ("PROTEST", "demonstrate")),
        ("The clans are armed, as last week's clashes in Tarn demonstrated.", ("PROTEST", "demonstrate")),
    ],
)
def test_stray_senses_add_no_event(nlp: Language, text: str, unwanted: tuple[str, str | None]) -> None:
    """The word's background sense is no event of the lexicon's type."""
    assert unwanted not in _types(nlp, text)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        ("Three rival parties formed a coalition on Monday.", ("COOPERATE", "alliance")),
        ("Police held five students for questioning overnight.", ("COERCE", "arrest")),
        ("Some 9,000 villagers sought refuge in Tarvonia last month.", ("REQUEST", None)),
        ("The ministry said Norland is committed to opening its ports to trade.", ("AGREE", "accept")),
        ("The king received the delegation in his palace.", ("CONSULT", "host")),
        ("The farmers' union supported the governor's bid on Monday.", ("SUPPORT", "endorse")),
        ("The watchdog backed the inspectors' findings on Monday.", ("SUPPORT", "endorse")),
        ("The governor's bid was backed by the farmers' union on Monday.", ("SUPPORT", "endorse")),
        ("The rebels returned the bodies of six soldiers.", ("RETREAT", "return")),
        ("Ninety migrants returned from the camps on Monday.", ("RETREAT", "return")),
        ("Dock workers began strikes against the pay freeze.", ("PROTEST", "strike")),
        ("Jets carried out missile strikes on rebel positions overnight.", ("ASSAULT", "shelling")),
        ("Protesters clashed with police outside the council in Tarn on Monday.", ("ASSAULT", None)),
        ("The militia seized the lead mine near Tarn on Monday.", ("COERCE", "seize")),
        ("Rebels captured two soldiers near Vella on Sunday.", ("COERCE", "seize")),
        ("Orvan pressed the junta to free the prisoners.", ("REQUEST", None)),
        ("The clans promised the envoy a truce on Monday.", ("AGREE", "accept")),
        ("The two clans signed a truce in Tarn on Monday.", ("AGREE", "settle")),
        ("Dock workers in Tarn downed tools in protest on Monday.", ("PROTEST", "demonstrate")),
        ("The conviction of the mayor of Tarn for fraud angered his party.", ("SANCTION", "convict")),
        ("The envoy pressed for talks with the clans.", ("REQUEST", None)),
        ("The aid agencies launched an appeal for the flood victims of Tarn.", ("REQUEST", None)),
        ("The mayor's appeal against the ruling was heard in Vella on Monday.", ("REQUEST", None)),
        ("Hundreds of farmers demonstrated a protest in Tarn on Monday.", ("PROTEST", "demonstrate")),
        ("Thousands demonstrated in Vella over the killing of a trader.", ("PROTEST", "demonstrate")),
        ("About 200 teachers gathered outside the ministry in Vella on Monday.", ("PROTEST", "demonstrate")),
    ],
)
def test_the_event_senses_stand(nlp: Language, text: str, wanted: tuple[str, str | None]) -> None:
    """The same words in their event sense still tell the event."""
    assert wanted in _types(nlp, text)


@pytest.mark.slow
def test_a_held_sit_in_stays_a_protest(pipeline: Pipeline) -> None:
    """A sit-in is a gathering held, not a place or a meeting: its sentence still tells a protest."""
    text = "Teachers held a sit-in outside the education ministry in Kassala, demanding unpaid wages."
    article = Article(id="sit-in", text=text, published=date(2021, 3, 2))
    assert "PROTEST" in {m.type.plover for m in pipeline.mentions(article)}
