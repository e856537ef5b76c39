"""Specs for named non-state armies, a people's armed men and Bangladesh's outlawed groups: none is a
state's forces; the police's Detective Branch is."""

from __future__ import annotations

import pytest
from spacy.language import Language

from kronika.actors import ActorLexicon, ArticleActors
from kronika.model import Article, ArticleContext, Span


def _sectors(nlp: Language, lexicon: ActorLexicon, text: str, doer: str) -> list[str | None]:
    """The sectors of the actors the doer span names."""
    start = text.index(doer)
    actors = ArticleActors(nlp(text), ArticleContext(Article("t", text)), lexicon)
    return [a.sector for a in actors.resolve([Span(start, start + len(doer), doer)])]


@pytest.mark.parametrize(
    ("text", "doer", "sector"),
    [
        # a named "X National/Liberation Army" is a rebel group, a named "X Defence Force" a militia
        (
            "Fighters of the Halong National Army burned a bridge near Tamu.",
            "the Halong National Army",
            "REB",
        ),
        (
            "Members of Mara-Lai Liberation Army seized two traders near Paletwa.",
            "Mara-Lai Liberation Army",
            "REB",
        ),
        ("The Sagu Hills Defense Force ambushed a convoy.", "The Sagu Hills Defense Force", "UAF"),
        # a state's army is named by its country or people: its military
        ("The Nigerian Army shelled a camp near Dikwa.", "The Nigerian Army", "MIL"),
        ("Kenya Defence Forces shelled a camp near Kolbio.", "Kenya Defence Forces", "MIL"),
        ("The army shelled a camp near Dikwa.", "The army", "MIL"),
    ],
)
def test_a_named_army_is_no_state_military(
    nlp: Language, lexicon: ActorLexicon, text: str, doer: str, sector: str
) -> None:
    """The word "army" names a state's military unless a name that is no country's goes before it."""
    assert _sectors(nlp, lexicon, text, doer)[:1] == [sector]


@pytest.mark.parametrize(
    ("text", "doer", "sector"),
    [
        # the doer handed on as the nationality adjective alone: the armed men of that people
        ("Ugandan raiders attack Kenyan herders", "Ugandan", "UAF"),
        ("Sudanese militia shoots trader at a water point", "Sudanese", "UAF"),
        # the adjective before a state's arm or weapon still names that state
        ("Israeli artillery shelled the camp.", "Israeli", "GOV"),
    ],
)
def test_a_peoples_raiders_are_no_state(
    nlp: Language, lexicon: ActorLexicon, text: str, doer: str, sector: str
) -> None:
    """A nationality adjective before raiders, bandits, gunmen or militia names armed men of that people."""
    assert _sectors(nlp, lexicon, text, doer)[:1] == [sector]


@pytest.mark.parametrize(
    ("text", "doer", "sector"),
    [
        ("Cadres of the outlawed PBCP shot a trader in Meherpur.", "the outlawed PBCP", "REB"),
        ("JMB operatives hacked a shopkeeper in Gaibandha.", "JMB operatives", "REB"),
        (
            "Members of the Detective Branch of police picked up two students in Sylhet.",
            "Members of the Detective Branch of police",
            "COP",
        ),
    ],
)
def test_bangladesh_outlawed_groups_and_detectives(
    nlp: Language, lexicon: ActorLexicon, text: str, doer: str, sector: str
) -> None:
    """Notes code Bangladesh's Maoist and jihadist outfits as rebels, and its Detective Branch as police."""
    text = "Dhaka, Bangladesh. " + text
    assert _sectors(nlp, lexicon, text, doer)[:1] == [sector]


@pytest.mark.parametrize(
    ("text", "doer", "sector"),
    [
        ("Unknown local defence forces mined a road near Pale.", "Unknown local defence forces", "UAF"),
        ("International allies struck a camp near Bulo Burte.", "International allies", "MIL"),
        ("TPNPB fighters burned a school near Sugapa.", "TPNPB fighters", "REB"),
        ("The LJM raided a market near Zalingei.", "The LJM", "REB"),
    ],
)
def test_local_defence_forces_allies_and_named_rebels(
    nlp: Language, lexicon: ActorLexicon, text: str, doer: str, sector: str
) -> None:
    """Village defence forces are a militia, not a state's army; allies no note names are foreign forces;
    Papua's and Darfur's named separatists are rebels."""
    assert _sectors(nlp, lexicon, text, doer)[:1] == [sector]


@pytest.mark.parametrize(
    ("focus", "sector"),
    [
        ("SSD", "MIL"),  # South Sudan's own army since independence
        ("SDN", "REB"),  # the southern rebels of Sudan's civil war
    ],
)
def test_the_spla_is_south_sudans_army(nlp: Language, lexicon: ActorLexicon, focus: str, sector: str) -> None:
    """A report about South Sudan means its state's army by the SPLA; one about Sudan the old rebels."""
    text = "SPLA troops torched a cattle camp near Tonj."
    ctx = ArticleContext(Article("t", text), focus_country=focus)
    actors = ArticleActors(nlp(text), ctx, lexicon)
    doer = "SPLA troops"
    assert [a.sector for a in actors.resolve([Span(0, len(doer), doer)])][:1] == [sector]


@pytest.mark.parametrize(
    ("text", "doer", "sector"),
    [
        # a state force's word before a unit's code names that force's unit
        ("The military IB 77 shelled a hamlet near Hpakant.", "The military IB 77", "MIL"),
        ("The military LIB-58 burned four houses near Tamu.", "The military LIB-58", "MIL"),
        ("The police SWAT-3 raided a house in Lashio.", "The police SWAT-3", "COP"),
    ],
)
def test_a_forces_unit_code_is_that_force(
    nlp: Language, lexicon: ActorLexicon, text: str, doer: str, sector: str
) -> None:
    """A battalion or command named by its code after "military", "army" or "police" is that state force."""
    assert _sectors(nlp, lexicon, text, doer)[:1] == [sector]
