"""Specs for South Asia's forces by their names and ranks: the lexicon codes them as a state's forces, and
an attack that hit them (or that 'targeted' or 'shot dead' armed men) is a clash with an armed side."""

from __future__ import annotations

import pytest
from builders import lead_scope, made_up_detection
from spacy.language import Language

from kronika.actors import ActorLexicon, ArticleActors
from kronika.events.victim_rules import armed_targets
from kronika.model import Article, ArticleContext, Span


def _actors(nlp: Language, lexicon: ActorLexicon, text: str, doer: str) -> list[tuple[str, str | None]]:
    """The (name, sector) of the actors the doer span names."""
    start = text.index(doer)
    actors = ArticleActors(nlp(text), ArticleContext(Article("t", text)), lexicon)
    return [(a.name, a.sector) for a in actors.resolve([Span(start, start + len(doer), doer)])]


@pytest.mark.parametrize(
    ("text", "doer", "expected"),
    [
        # "Pak" names no country the lexicon knows: without its own line "Pak Army" read as a rebel army
        ("The Pak Army shelled two posts near Kotli.", "The Pak Army", ("Military", "MIL")),
        (
            "Pakistan Airforce jets struck hideouts near Miranshah.",
            "Pakistan Airforce jets",
            ("Military", "MIL"),
        ),
        ("Punjab Rangers arrested six suspects in Kasur.", "Punjab Rangers", ("Pakistan Rangers", "MIL")),
        ("The Frontier Corps raided a compound in Turbat.", "The Frontier Corps", ("Frontier Corps", "MIL")),
        (
            "The Counter-Terrorism Department arrested a man in Multan.",
            "The Counter-Terrorism Department",
            ("Counter-Terrorism Department", "COP"),
        ),
        # India's Social Democratic Party is no American party
        (
            "The Social Democratic Party of India held a rally in Kollam.",
            "The Social Democratic Party of India",
            ("Social Democratic Party of India", "PTY"),
        ),
        ("Naxals torched two trucks near Dantewada.", "Naxals", ("Maoist rebels", "REB")),
    ],
)
def test_south_asian_forces_and_parties_by_name(
    nlp: Language, lexicon: ActorLexicon, text: str, doer: str, expected: tuple[str, str]
) -> None:
    """The names South Asian reports give their forces and parties resolve to the actor and its sector."""
    assert expected in _actors(nlp, lexicon, text, doer)


@pytest.mark.parametrize(
    ("text", "doer", "focus", "expected"),
    [
        # bare, "rangers", "FC" and "Levies" name a state's forces only in their own countries' reports
        ("Rangers killed two gunmen in Lyari.", "Rangers", "PAK", ("Pakistan Rangers", "MIL")),
        ("The FC recovered arms in Kohlu.", "The FC", "PAK", ("Frontier Corps", "MIL")),
        ("Levies arrested three men in Zhob.", "Levies", "PAK", ("Levies", "COP")),
        ("Rangers fought insurgents near Bacho.", "Rangers", "THA", ("Military", "MIL")),
    ],
)
def test_bare_force_words_in_their_own_countries(
    nlp: Language, lexicon: ActorLexicon, text: str, doer: str, focus: str, expected: tuple[str, str]
) -> None:
    """In a report about Pakistan (or Thailand's rangers), the bare words are its forces."""
    start = text.index(doer)
    ctx = ArticleContext(Article("t", text), focus_country=focus)
    actors = ArticleActors(nlp(text), ctx, lexicon)
    assert expected in [(a.name, a.sector) for a in actors.resolve([Span(start, start + len(doer), doer)])]


@pytest.mark.parametrize(
    ("sentence", "trigger", "expected"),
    [
        ("Unknown gunmen shot dead two Levies personnel near Khuzdar.", "shot", "Armed clash"),
        ("Gunmen killed an assistant sub inspector in Mardan on Friday.", "killed", "Armed clash"),
        ("Militants attacked a DSP and his guard near his car in Bannu.", "attacked", "Armed clash"),
        ("Rebels ambushed Assam Rifles men near Tirap on Sunday.", "ambushed", "Armed clash"),
        ("Two CRPF jawans were injured when Maoists fired near Sukma.", "injured", "Armed clash"),
        # "targeted" and "shot dead" armed men: the object may follow the verb's particle
        ("Unknown militants targeted two soldiers near the check post.", "targeted", "Armed clash"),
        ("Masked gunmen shot dead two military policemen in the market.", "shot", "Armed clash"),
        # civilians targeted, or an armed man off duty, stay attacks
        ("Unknown men targeted a shopkeeper near the bazaar.", "targeted", "Attack"),
        ("Gunmen shot dead a retired sub-inspector at his house.", "shot", "Attack"),
    ],
)
def test_south_asian_forces_hit_make_a_clash(sentence: str, trigger: str, expected: str) -> None:
    """ACLED codes violence against an armed side as a battle: a lead attack whose sentence names these
    forces or ranks harmed is an armed clash."""
    (out,) = armed_targets([made_up_detection(sentence, trigger, "ASSAULT", "Attack")], lead_scope(sentence))
    assert out.type.acled_sub_event_type == expected


@pytest.mark.parametrize(
    ("text", "doer", "focus", "klan"),
    [
        # "KKK" keys as a lone "K": Nagaland's NSCN (K) is no Klan outside American reports
        ("Cadres of the NSCN (K) fired at a camp near Mon.", "the NSCN (K)", "IND", False),
        ("The KKK held a rally in the town square.", "The KKK", "USA", True),
    ],
)
def test_the_klans_acronym_only_in_american_reports(
    nlp: Language, lexicon: ActorLexicon, text: str, doer: str, focus: str, klan: bool
) -> None:
    """The acronym names the Klan in American reports only; elsewhere a lone "K" names no Klan."""
    start = text.index(doer)
    ctx = ArticleContext(Article("t", text), focus_country=focus)
    actors = ArticleActors(nlp(text), ctx, lexicon)
    names = [a.name for a in actors.resolve([Span(start, start + len(doer), doer)])]
    assert ("Ku Klux Klan" in names) is klan
