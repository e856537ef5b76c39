"""Specs for the actors stage: names, coreference, country and sector of the phrases events hand over."""

from __future__ import annotations

from pathlib import Path

import pytest
from builders import made_up_detection
from spacy.language import Language

from kronika.actors import ActorLexicon, ArticleActors, canonical_key
from kronika.actors.heads import is_animate
from kronika.actors.roles import as_doer
from kronika.model import Actor, Article, ArticleContext, EventType, Span
from kronika.pipeline import Pipeline

# Our own little report about unrest in Kyrgyzstan, used by the spaCy-backed specs below.
REPORT = (
    "Kyrgyzstan's prime minister Kubatbek Boronov stepped down on Tuesday after days of unrest. "
    "Boronov, a close ally of pro-Russian President Sooronbay Jeenbekov, handed power to a rival. "
    "The new prime minister, Sadyr Japarov, was freed from prison by protesters on Monday night. "
    "Former president Almazbek Atambayev was also released. "
    "Russian military authorities said their air base was secure. "
    "The United States urged restraint. "
    "Senior Hungarian and Romanian officials issued a joint statement. "
    "A court in Bishkek overturned the conviction of incoming premier Japarov. "
    "The new prime minister's party rejected the council. "
    "President Zheenbekov said the president remained in charge. "
    "A criminal gang looted a gold mine while marauders burned offices and police stood by. "
    "Opposition supporters and students marched on the Kremlin's embassy. "
    "A spokeswoman for Alliance Altyn said a group of men broke in.\n"
)


def resolve_in(nlp: Language, phrase: str, lexicon: ActorLexicon, nth: int = 0) -> tuple[Actor, ...]:
    """Resolve the nth occurrence of a phrase of REPORT, in a Kyrgyzstan-focused context."""
    start = -1
    for _ in range(nth + 1):
        start = REPORT.index(phrase, start + 1)
    ctx = ArticleContext(Article("report", REPORT), focus_country="KGZ")
    return ArticleActors(nlp(REPORT), ctx, lexicon).resolve([Span(start, start + len(phrase), phrase)])


@pytest.mark.parametrize(
    ("variants", "same"),
    [
        (["Jeenbekov", "Jeyenbekov", "Zheenbekov", "JEENBEKOV"], True),
        (["Japarov", "Zhaparov", "Dzhaparov"], True),
        (["Atambayev", "Atambaev"], True),
        (["Sooronbay Jeenbekov", "Sooronbai Zheenbekov"], True),
        (["Japarov", "Jeenbekov"], False),
        (["Boronov", "Boronova"], False),
    ],
)
def test_canonical_key_folds_transliterations(variants: list[str], same: bool) -> None:
    """Spelling variants of one name share a key; different names do not."""
    assert (len({canonical_key(v) for v in variants}) == 1) is same


@pytest.mark.parametrize(
    ("pattern", "name", "country", "sector"),
    [
        ("Kremlin", "Kremlin", "RUS", "GOV"),
        ("Zheenbekov", "Sooronbay Jeenbekov", "KGZ", "GOV"),
        ("Hizbollah", "Hezbollah", "LBN", "UAF"),
        ("Hamas", "Hamas", "PSE", "UAF"),
        ("Palestinian Islamic Jihad", "Palestinian Islamic Jihad", "PSE", "UAF"),
        ("Palestinian militants", "Palestinian militants", "PSE", "UAF"),
        ("BSF", "Border Security Force", "IND", "MIL"),
        ("Border Security Forces", "Border Security Force", "IND", "MIL"),
        ("international forces", "International forces", "-", "MIL"),
        ("allied forces", "International forces", "-", "MIL"),
        ("marauders", "Criminal gang", None, "CRM"),
        ("NATO", "NATO", "-", "IGO"),
        ("JEM", "Justice and Equality Movement", "SDN", "REB"),
        ("UNP", "United National Party", "LKA", "PTY"),
        ("Podujana Peramuna", "Sri Lanka Podujana Peramuna", "LKA", "PTY"),
        ("Islamic State Somalia Province", "Islamic State", "-", "REB"),
        ("politician", "Politicians", None, "PTY"),  # one person, not a party
        ("party members", "Political parties", None, "PTY"),
        ("opposition factions", "Armed opposition", None, "REB"),  # an opposition that fights
        ("opposition groups", "Opposition", None, "OPP"),
        ("law enforcers", "Police", None, "COP"),  # South Asian reporting's word for the police
        ("law enforcing agencies", "Police", None, "COP"),
    ],
)
def test_shipped_lexicon_knows(
    pattern: str, name: str, country: str | None, sector: str, lexicon: ActorLexicon
) -> None:
    """The shipped lexicon names world institutions, armed groups, 2020 Kyrgyz politicians and group words."""
    entry = lexicon.entry(tuple(canonical_key(pattern).split()))
    assert entry is not None
    assert (entry.name, entry.country, entry.sector) == (name, country, sector)


@pytest.mark.parametrize(
    ("pattern", "country", "name", "sector"),
    [
        ("SNA", "SOM", "Military", "MIL"),  # Somalia's national army
        ("SNA", "SYR", "Syrian National Army", "REB"),
        ("SNA", None, "Syrian National Army", "REB"),
        ("JeM", "IND", "Jaish-e-Mohammed", "REB"),  # in Kashmir
        ("JEM", "SDN", "Justice and Equality Movement", "REB"),
        ("JEM", None, "Justice and Equality Movement", "REB"),
        ("Puntland Dervish Force", None, "Puntland Dervish Force", "MIL"),
        ("Puntland Darwish", "SOM", "Puntland Dervish Force", "MIL"),
        ("ENDF", None, "Military", "MIL"),  # Ethiopia's army, wherever it fights
        ("Ethiopian National Defense Force", "SOM", "Military", "MIL"),
        ("SPLM-N", None, "SPLM-N", "REB"),
        ("deputies", "USA", "Police", "COP"),  # a sheriff's
        ("deputies", "MDA", "Parliament", "LEG"),
        ("sheriff's deputies", None, "Police", "COP"),
    ],
)
def test_an_acronym_means_the_focus_countrys_actor(
    pattern: str, country: str | None, name: str, sector: str, lexicon: ActorLexicon
) -> None:
    """A pattern with a country-bound sense names that country's actor in articles about it."""
    entry = lexicon.for_country(country).entry(tuple(canonical_key(pattern).split()))
    assert entry is not None and (entry.name, entry.sector) == (name, sector)


def test_user_lexicon_binds_a_sense_to_countries(tmp_path: Path) -> None:
    """A user line's "where" column limits its patterns to articles about the countries it lists."""
    user = tmp_path / "mine.tsv"
    user.write_text("NLA\tNational Liberation Army\tCOL\tREB\teln\tCOL|VEN\n", encoding="utf-8")
    lexicon = ActorLexicon.load(user)
    assert lexicon.entry(("nla",)) is None
    for country in ("COL", "VEN"):
        found = lexicon.for_country(country).entry(("eln",))
        assert found is not None and found.name == "National Liberation Army"


def test_user_lexicon_extends_and_overrides(tmp_path: Path) -> None:
    """A user TSV adds actors and replaces shipped lines with the same pattern."""
    user = tmp_path / "mine.tsv"
    user.write_text(
        "# pattern\tname\tcountry\tsector\taliases\nAlliance Altyn\tAlliance Altyn\tKGZ\tBUS\tAltyn\n"
        "police\tMilitia police\t\tMIL\t\n",
        encoding="utf-8",
    )
    lexicon = ActorLexicon.load(user)
    altyn, police = lexicon.entry(("aliance", "altin")), lexicon.entry(("police",))
    assert altyn is not None and (altyn.country, altyn.sector) == ("KGZ", "BUS")
    assert police is not None and police.name == "Militia police"
    assert lexicon.entry(("kremlin",)) is not None


@pytest.mark.slow
@pytest.mark.parametrize(
    ("phrase", "nth", "expected"),
    [
        ("Kyrgyzstan's prime minister Kubatbek Boronov", 0, [("Kubatbek Boronov", "KGZ", "GOV")]),
        ("Russian military authorities", 0, [("Military", "RUS", "MIL")]),
        ("The United States", 0, [("United States", "USA", "GOV")]),
        ("A court in Bishkek", 0, [("Court", "KGZ", "JUD")]),
        ("A criminal gang", 0, [("Criminal gang", "KGZ", "CRM")]),
        ("marauders", 0, [("Criminal gang", "KGZ", "CRM")]),
        ("police", 0, [("Police", "KGZ", "COP")]),
        ("protesters", 0, [("Protesters", "KGZ", "CVL")]),
        ("a group of men", 0, [("Unidentified men", "KGZ", "UAF")]),
        (
            "Opposition supporters and students",
            0,
            [("Opposition supporters", "KGZ", "OPP"), ("Students", "KGZ", "EDU")],
        ),
        (
            "Senior Hungarian and Romanian officials",
            0,
            [("Government", "HUN", "GOV"), ("Government", "ROU", "GOV")],
        ),
    ],
)
def test_phrases_resolve_to_actors(
    nlp: Language, lexicon: ActorLexicon, phrase: str, nth: int, expected: list[tuple[str, str, str]]
) -> None:
    """Groups, institutions, countries and named people get a canonical name, a country and a sector."""
    actors = resolve_in(nlp, phrase, lexicon, nth)
    assert [(a.name, a.country, a.sector) for a in actors] == expected
    assert all(a.text == phrase for a in actors) or len(actors) > 1


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "word", "animate"),
    [
        ("Gunmen killed two farmers and wounded others.", "farmers", True),
        ("Gunmen killed two farmers and wounded others.", "others", False),  # nobody in particular
        ("The order came late.", "order", False),
    ],
)
def test_heads_that_can_act(nlp: Language, text: str, word: str, animate: bool) -> None:
    """People-like nouns can name an actor; things, and the "others" of a casualty count, cannot."""
    token = next(t for t in nlp(text) if t.text == word)
    assert is_animate(token) is animate


@pytest.mark.slow
@pytest.mark.parametrize(
    ("phrase", "nth", "name"),
    [
        ("Boronov", 1, "Kubatbek Boronov"),  # a later surname -> the full name given earlier
        ("The new prime minister", 0, "Sadyr Japarov"),  # "new" is not the outgoing Boronov
        ("The new prime minister's party", 0, "Sadyr Japarov's party"),
        ("incoming premier Japarov", 0, "Sadyr Japarov"),
        ("President Zheenbekov", 0, "Sooronbay Jeenbekov"),  # title stripped, spelling variant folded
        ("the president", 0, "Sooronbay Jeenbekov"),  # not the former president Atambayev
        ("Former president Almazbek Atambayev", 0, "Almazbek Atambayev"),
    ],
)
def test_coreference_finds_the_person(
    nlp: Language, lexicon: ActorLexicon, phrase: str, nth: int, name: str
) -> None:
    """Surnames, titles and role phrases resolve to the person the article named."""
    actors = resolve_in(nlp, phrase, lexicon, nth)
    assert [a.name for a in actors] == [name]
    assert actors[0].country == "KGZ"


@pytest.mark.slow
def test_user_lexicon_reaches_resolution(nlp: Language, tmp_path: Path) -> None:
    """A company the user lists is resolved with the user's country and sector, also behind a spokeswoman."""
    user = tmp_path / "mine.tsv"
    user.write_text("Alliance Altyn\tAlliance Altyn\tKGZ\tBUS\t\n", encoding="utf-8")
    actors = resolve_in(nlp, "A spokeswoman for Alliance Altyn", ActorLexicon.load(user))
    assert [(a.name, a.country, a.sector) for a in actors] == [("Alliance Altyn", "KGZ", "BUS")]


@pytest.mark.slow
@pytest.mark.shared
@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("Kyrgyzstan's prime minister Kubatbek Boronov", ("Kubatbek Boronov", "KGZ", "GOV")),
        ("Russian military authorities", ("Military", "RUS", "MIL")),
        ("The United States", ("United States", "USA", "GOV")),
        ("President Jeenbekov", ("Sooronbay Jeenbekov", "KGZ", "GOV")),
        ("the new prime minister's party", ("Sadyr Japarov's party", "KGZ", "PTY")),
    ],
)
def test_seed_article(
    nlp: Language, lexicon: ActorLexicon, shared_data: Path, phrase: str, expected: tuple[str, str, str]
) -> None:
    """On the seed report (text after its title), the key actors resolve as a reader would."""
    raw = (shared_data / "moscowtimes_2020-10-06.txt").read_text(encoding="utf-8")
    title = next(line for line in raw.splitlines() if line.startswith("Kyrgyzstan Prime Minister"))
    text = raw[raw.index(title) + len(title) :].lstrip()
    ctx = ArticleContext(Article("seed", text), focus_country="KGZ")
    start = text.index(phrase)
    actors = ArticleActors(nlp(text), ctx, lexicon).resolve([Span(start, start + len(phrase), phrase)])
    assert [(a.name, a.country, a.sector) for a in actors] == [expected]


def resolve_text(
    nlp: Language, lexicon: ActorLexicon, text: str, phrase: str, nth: int = 0
) -> tuple[Actor, ...]:
    """Resolve the nth occurrence of a phrase in a text of its own, with no focus country."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(phrase, start + 1)
    ctx = ArticleContext(Article("text", text))
    return ArticleActors(nlp(text), ctx, lexicon).resolve([Span(start, start + len(phrase), phrase)])


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "phrase", "nth", "expected"),
    [
        (
            "Russian military authorities announced that they would add patrols around the depot.",
            "they",
            0,
            ("Military", "RUS", "MIL"),
        ),
        ("Norway said on Monday it had expelled two diplomats.", "it", 0, ("Norway", "NOR", "GOV")),
        (
            "Striking dock workers marched through the port. Nobody was hurt. They blocked the main gate.",
            "They",
            0,
            ("Workers", None, "LAB"),
        ),
        ("The rebels who seized the town freed the hostages.", "who", 0, ("Rebels", None, "REB")),
    ],
)
def test_pronouns_take_their_antecedent(
    nlp: Language, lexicon: ActorLexicon, text: str, phrase: str, nth: int, expected: tuple
) -> None:
    """A pronoun is the nearest fitting actor before it: its sentence's speaker, else an earlier subject."""
    actors = resolve_text(nlp, lexicon, text, phrase, nth)
    assert [(a.name, a.country, a.sector) for a in actors] == [expected]
    assert actors[0].text == phrase


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("The guards said they had tightened security around the plant.", "security"),
        ("The board said the results were disappointing.", "the results"),
        ("Officials said the situation remained tense.", "the situation"),
        ("The ministry blamed a threadbare state budget for the delays.", "a threadbare state budget"),
        ("Engineers replaced a processing unit in the control room.", "a processing unit"),
        ("We will see what happens next.", "We"),
    ],
)
def test_things_are_not_actors(nlp: Language, lexicon: ActorLexicon, text: str, phrase: str) -> None:
    """Inanimate phrases, and pronouns that point at no earlier actor, resolve to no actor."""
    assert resolve_text(nlp, lexicon, text, phrase) == ()


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        (
            "Dozens of street vendors blocked a road in the market.",
            "Dozens of street vendors",
            ("Businesses", "BUS"),
        ),
        ("A joint team of police raided a hideout.", "A joint team of police", ("Police", "COP")),
        (
            "Members of the teachers' union marched downtown.",
            "Members of the teachers' union",
            ("Trade union", "LAB"),
        ),
        (
            "Three villagers were wounded by Nigerien army airstrikes.",
            "Nigerien army airstrikes",
            ("Military", "MIL"),
        ),
        ("A bomb planted by the Taliban hit a convoy.", "A bomb", ("Taliban", "REB")),
        (
            "Around 30 Taliban militants attacked a checkpoint.",
            "Around 30 Taliban militants",
            ("Taliban", "REB"),
        ),
        ("Suspected Fulani militia burned a hamlet.", "Suspected Fulani militia", ("Fulani militia", "UAF")),
        # a named armed group's own police or security forces are that group
        (
            "HTS security forces detained a camp manager.",
            "HTS security forces",
            ("Hayat Tahrir al-Sham", "REB"),
        ),
        ("Al-Shabaab police flogged two men.", "Al-Shabaab police", ("Al-Shabaab", "REB")),
        # reinforcements are the group that sent them
        ("Taliban reinforcements arrived in Kunduz.", "Taliban reinforcements", ("Taliban", "REB")),
        ("Military commandos raided a compound.", "Military commandos", ("Military", "MIL")),
        ("Unidentified gunmen shot a trader dead.", "Unidentified gunmen", ("Gunmen", "UAF")),
        ("Armed individuals kidnapped a pastor.", "Armed individuals", ("Gunmen", "UAF")),
        ("Local vigilantes caught two cattle thieves.", "Local vigilantes", ("Militia", "UAF")),
        ("An angry mob burned a police post.", "An angry mob", ("Crowd", "CVL")),
        ("Health workers held a sit-in outside the clinic.", "Health workers", ("Health workers", "LAB")),
        (
            "Anti-government National Resistance forces shelled a village.",
            "Anti-government National Resistance forces",
            ("Militia", "UAF"),
        ),
        ("Military Forces of Chad killed four militants.", "Military Forces of Chad", ("Military", "MIL")),
        ("A woman was shot near her home.", "A woman", ("Women", "CVL")),
        # a nationality word standing alone for the doer of "Israeli artillery shelled" names its state
        ("Israeli artillery shelled a hill.", "Israeli", ("Israel", "GOV")),
        ("Palestinians threw stones at a patrol.", "Palestinians", ("Palestinians", None)),
        (
            "Several hundred taxi drivers honked their horns.",
            "Several hundred taxi drivers",
            ("Workers", "LAB"),
        ),
    ],
)
def test_group_phrases_get_a_sector(
    nlp: Language, lexicon: ActorLexicon, text: str, phrase: str, expected: tuple[str, str]
) -> None:
    """Counted groups, weapons, armed groups and everyday group nouns resolve to the group who acts."""
    actors = resolve_text(nlp, lexicon, text, phrase)
    assert [(a.name, a.sector) for a in actors] == [expected]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        (
            "On 3 June 2021, in Kasese, farmers blocked the highway.",
            "On 3 June 2021, in Kasese, farmers",
            "Farmers",
        ),
        ("Mombasa, Mombasa, port workers walked out.", "Mombasa, Mombasa, port workers", "Workers"),
        (
            "On 8 June 2021, in Campo Grande, Mato Grosso do Sul, federal police forces stopped a bus.",
            "Sul, federal police forces",
            "Police",
        ),
        (
            "At the start of Ramadan, state-backed military forces detained a trader.",
            "Ramadan, state-backed military forces",
            "Military",
        ),
        ("NAIROBI — Market traders blocked the highway.", "NAIROBI — Market traders", "Businesses"),
        ("DHAKA - Activists of a union beat a guard.", "DHAKA - Activists of a union", "Activists"),
    ],
    ids=["date-and-town", "repeated-town", "town-and-state", "holiday", "dateline-dash", "dateline-hyphen"],
)
def test_leading_dates_and_places_are_trimmed(
    nlp: Language, lexicon: ActorLexicon, text: str, phrase: str, expected: str
) -> None:
    """A span that starts with the note's date or place still names the group that follows it."""
    assert [a.name for a in resolve_text(nlp, lexicon, text, phrase)] == [expected]


@pytest.mark.parametrize(
    ("sector", "event", "expected"),
    [
        ("BUS", EventType("PROTEST", "demonstrate", "Protests", "Peaceful protest"), "CVL"),
        (None, EventType("PROTEST", "demonstrate", "Protests", "Peaceful protest"), "CVL"),
        ("MED", EventType("PROTEST", "demonstrate", "Protests", "Peaceful protest"), "LAB"),
        ("HLH", EventType("PROTEST", None, None, None), "LAB"),
        ("LAB", EventType("PROTEST", "demonstrate", "Protests", "Peaceful protest"), "LAB"),
        ("EDU", EventType("PROTEST", "riot", "Riots", "Violent demonstration"), "CVL"),
        ("BUS", EventType("COERCE", "destroy", "Riots", "Mob violence"), "CVL"),
        ("MED", EventType("ASSAULT", None, "Riots", "Mob violence"), "CVL"),
        ("UAF", EventType("ASSAULT", None, "Riots", "Violent demonstration"), "CVL"),
        ("UAF", EventType("ASSAULT", "firearms", "Violence against civilians", "Attack"), "UAF"),
        ("GOV", EventType("PROTEST", "demonstrate", "Protests", "Peaceful protest"), "GOV"),
        ("PTY", EventType("PROTEST", "demonstrate", "Protests", "Peaceful protest"), "PTY"),
        ("BUS", EventType("ASSAULT", "firearms", "Violence against civilians", "Attack"), "BUS"),
        (None, None, None),
    ],
)
def test_demonstrators_carry_a_demonstrators_sector(
    sector: str | None, event: EventType | None, expected: str | None
) -> None:
    """Traders or unclassified people who protest are civilians, professions labour; organised actors
    keep their sector, and outside street events nothing changes."""
    assert as_doer(Actor("X", "x", None, sector), event).sector == expected


PROTEST = EventType("PROTEST", "demonstrate", "Protests", "Peaceful protest")
CLASH = EventType("ASSAULT", "firearms", "Battles", "Armed clash")


@pytest.mark.parametrize(
    ("sector", "event", "communal", "affiliates", "expected"),
    [
        ("PTY", PROTEST, False, True, "CVL"),  # "party activists protested"
        ("REB", PROTEST, False, True, "CVL"),  # "supporters of a rebel group protested"
        ("OPP", PROTEST, False, True, "OPP"),
        ("PTY", CLASH, False, True, "PTY"),  # party activists who fight stay the party's
        ("CVL", CLASH, True, False, "UAF"),  # "two rival groups of villagers clashed"
        (None, CLASH, True, False, "UAF"),  # "members of the X tribe raided"
        ("CVL", PROTEST, True, False, "CVL"),  # a community protesting stays civilian
        ("MIL", CLASH, True, False, "MIL"),
    ],
)
def test_affiliates_and_communities_take_their_role(
    sector: str, event: EventType, communal: bool, affiliates: bool, expected: str
) -> None:
    """A body's people in the street are demonstrators; a community that fights is a militia."""
    assert as_doer(Actor("X", "x", None, sector), event, communal, affiliates).sector == expected


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "On 3 March 2021, in Tamale, Northern, around 50 bakers protested outside the town hall.",
            "around 50 bakers",
        ),
        ("On 3 March 2021, a group of taxi owners staged a demonstration in Kumasi.", "group of taxi owners"),
        ("On 4 June, in Lyon, dozens of cooks and waiters marched to the prefecture.", "dozens of cooks"),
        (
            "Three soldiers were killed following an ambush by rebel fighters near the border.",
            "rebel fighters",
        ),
        ("Two farmers were killed in an attack attributed to bandits in the north.", "bandits"),
        ("A trader was killed in a shooting by two armed men on a motorbike.", "two armed men"),
        ("Two policemen were wounded after exchanging fire with smugglers.", "smugglers"),
        ("Heavy fighting broke out between the army and the rebels near the dam.", "army"),
        ("Students blocked the main highway with burning tyres.", "Students"),
        ("Hundreds of miners took part in a protest outside the company offices.", "Hundreds of miners"),
        ("Israeli airstrikes hit the port overnight.", "Israeli airstrikes"),
        ("Norway opposed the new fishing quotas on Monday.", "Norway"),
        ("With the talks over, the government and the rebels have agreed to a truce.", "government"),
        ("On 30 May 2021, between 100 and 150 bakers rallied in the main square.", "100 and 150 bakers"),
        (
            "In Kasese, Kasese District, Rwenzori, two members of the border police clashed with smugglers.",
            "two members of the border police",
        ),
    ],
)
def test_detector_finds_the_doer(nlp: Language, pipeline: Pipeline, text: str, actor: str) -> None:
    """Fronted settings, passive clauses, event nouns and modifiers still yield who acted."""
    found = pipeline.detector.detect(nlp(text), Article("t", text))
    best = max((d for d in found if d.modality == "asserted"), key=lambda d: d.confidence)
    assert actor in [s.text for s in best.actor_spans]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("On 2 May 2021, in Tamale, Northern, around 50 bakers protested outside the town hall.", "CVL"),
        ("Hundreds demonstrated outside parliament on Friday.", "CVL"),
        ("Journalists protested outside the press club against the arrest of an editor.", "LAB"),
        ("Heavy artillery fire by an unknown party hit the suburb.", "UAF"),
        ("A protest was held outside the town hall on Monday.", "CVL"),
        ("A shopkeeper was shot dead in his store on Monday.", "UAF"),
        # a state's forces named by its nationality word: its drones, a bare word for them, its border force
        ("On 4 March 2024, Turkish UAVs struck a farm near Amadiya.", "MIL"),
        ("On 4 March 2024, Turkish shelled the hills near Amadiya.", "GOV"),
        ("On 4 March 2024, Indian BSF shot dead a smuggler near the Hili border.", "MIL"),
        # the force that opened fire 'after' or 'as' the harm a passive clause reports did it
        ("On 4 March 2024, a farmer was injured after Indian border security forces opened fire.", "MIL"),
        ("On 4 March 2024, two fishermen were hurt as soldiers fired on their boat near Teknaf.", "MIL"),
        # a harm told beside the attack it came of was done by the attackers
        (
            "On 4 March 2024, suspected JNIM militants attacked a market in Titao, a trader was killed in "
            "the attack.",
            "REB",
        ),
        # a battle whose named sides are all one state's forces had an unnamed side
        ("On 4 March 2024, a party cadre was killed in a gunfight with police near Kushtia.", "UAF"),
        # who planted the bomb, told after it went off, set it off
        (
            "On 4 March 2024, a herder was killed by a landmine near Djibo. The mine was likely planted by "
            "JNIM militants.",
            "REB",
        ),
    ],
)
def test_pipeline_doers_get_their_role_sector(pipeline: Pipeline, text: str, expected: str) -> None:
    """Through the whole pipeline, a protest's doers are demonstrators and unknown shooters unidentified."""
    mentions = pipeline.mentions(Article("t", text))
    best = max(mentions, key=lambda m: m.confidence)
    assert expected in [a.sector for a in best.actors]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        ("The NAF rebel forces shelled a village.", "The NAF rebel forces", ("UKR", "REB")),
        ("Igbo elders demanded a new state.", "Igbo elders", ("NGA", "CVL")),
        ("The Turkish side rejected the proposal.", "The Turkish side", ("TUR", None)),
        ("Local Defence Unit personnel beat a trader.", "Local Defence Unit personnel", ("UGA", "MIL")),
        ("Four armed herders attacked a farm.", "Four armed herders", (None, "UAF")),
        ("BNP activists blocked a road.", "BNP activists", ("BGD", "CVL")),
    ],
)
def test_more_actors_have_a_country(
    nlp: Language, lexicon: ActorLexicon, text: str, phrase: str, expected: tuple[str, str | None]
) -> None:
    """Acronyms of armed forces, ethnic demonyms and a country's 'side' give the actor's country."""
    actors = resolve_text(nlp, lexicon, text, phrase)
    assert [(a.country, a.sector) for a in actors] == [expected]


@pytest.mark.slow
def test_an_arrest_without_a_doer_implies_the_police_of_its_country(pipeline: Pipeline) -> None:
    """No one named: the police of the country it happened in made the arrest; nothing is written."""
    text = "A teacher from Lyon was arrested in Lebanon on Friday."
    best = max(pipeline.mentions(Article("t", text)), key=lambda m: m.confidence)
    assert [(a.name, a.text, a.country, a.sector) for a in best.actors] == [("Police", "", "LBN", "COP")]


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "Wednesday's shooting was the third this month, police said.",
        "Two men were wounded after a shooting by the river.",
        "The victim suffered life-threatening injuries.",
        "On Monday, rallied outside parliament.",
    ],
)
def test_days_places_and_injuries_are_no_doers(pipeline: Pipeline, nlp: Language, text: str) -> None:
    """A day, a spot or a wound is never taken for who acted (nor does an empty subject stretch fail)."""
    for detection in pipeline.detector.detect(nlp(text), Article("t", text)):
        names = [s.text.lower() for s in detection.actor_spans]
        assert not {"wednesday", "river", "the river", "victim", "the victim"} & set(names)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a crowd taking a building by force riots
        ("Students seized the rector's office in Dhaka on Monday after a rally.", {"Violent demonstration"}),
        ("A crowd broke into the town hall of Lyon on Friday.", {"Violent demonstration"}),
        # what it seizes must be a building: goods taken by a crowd are looting, or a mob's violence
        # where the crowd is read as rioters (ACLED codes both), never a demonstration
        ("Villagers seized two trucks of rice on Monday.", {"Looting/property destruction", "Mob violence"}),
        # parties forming a coalition are no armed group changing its activity: ACLED codes nothing
        ("Four opposition parties formed an alliance to contest the vote.", {None}),
        ("Ten political parties said they had formed a council to restore order.", {None}),
    ],
)
def test_who_did_it_sets_the_acled_coding(pipeline: Pipeline, text: str, expected: set[str | None]) -> None:
    """Through the whole pipeline, the doers' sectors decide a riot and an uncoded coalition."""
    best = max(pipeline.mentions(Article("t", text)), key=lambda m: m.confidence)
    assert best.type.acled_sub_event_type in expected


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "Ali Rahmon was elected speaker at an extraordinary meeting of parliament in Dushanbe.",
        "The new premier was elected during an emergency meeting, the parliamentary press service said.",
        "Lawmakers voted at an emergency meeting in Dushanbe on Monday.",
    ],
)
def test_a_legislature_held_the_meeting_that_elected_or_voted(pipeline: Pipeline, text: str) -> None:
    """A meeting, or the election of a head it held, whose sentence names no doer but an election or vote
    and a legislature was the legislature's; it wrote nothing, so it has no text, and the one elected is
    not the doer (the meeting is the event told; an election concedes nothing unless it answers demands)."""
    kinds = ("CONSULT", "CONCEDE")
    meeting = next(m for m in pipeline.mentions(Article("t", text)) if m.type.plover in kinds)
    assert [(a.name, a.text, a.sector) for a in meeting.actors] == [("Parliament", "", "LEG")]


@pytest.mark.slow
def test_a_meeting_without_an_election_takes_no_legislature(pipeline: Pipeline) -> None:
    """Lawmakers who only report a meeting did not hold it."""
    text = "A meeting was held in Dushanbe on Monday, lawmakers said."
    meetings = [m for m in pipeline.mentions(Article("t", text)) if m.type.plover == "CONSULT"]
    assert all(a.sector != "LEG" for m in meetings for a in m.actors)


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        ("Troop movements: Houthi reinforcements were reported near Marib on Monday.", "reported", "MIL"),
        # a force named by its name comes before the heading's common noun
        ("Movement of forces: HTS reinforcements arrived in Saraqib on Monday.", "arrived", "REB"),
        ("Movement of forces: a convoy of the Turkish army was sent to a base near Idlib.", "sent", "MIL"),
        # no force named: nobody to go by
        ("Reinforcements were seen moving towards the town on Monday.", "seen", None),
    ],
)
def test_a_change_to_a_group_activity_without_a_doer_is_the_named_force_s(
    nlp: Language, lexicon: ActorLexicon, text: str, trigger: str, expected: str | None
) -> None:
    """Troops moved, their clause naming nobody: ACLED codes such a change only for a force, armed group
    or authority, so the one the sentence names did it."""
    detection = made_up_detection(text, trigger, "MOBILIZE", "Change to group/activity", mode="troops")
    ctx = ArticleContext(Article("t", text))
    doers = ArticleActors(nlp(text), ctx, lexicon).doers(detection)
    assert [a.sector for a in doers] == ([expected] if expected else [])
