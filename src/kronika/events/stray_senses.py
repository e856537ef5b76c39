"""Bare lexicon verbs and nouns in the sense news background uses them ('the US-led coalition', 'received
treatment', 'a committed member', 'sought refuge', 'returned home'): no event. ('Hold' as custody:
`held_people`.)"""

from __future__ import annotations

from typing import Final

from spacy.tokens import Token

from kronika.events.acted_on import RELATIVES, acted_on
from kronika.events.lexicon import TriggerEntry, names_a_party, names_people_by_word

# Verbs that make, join or leave an alliance: 'formed a coalition' is an event, 'the US-led coalition' a name.
_ALLYING: Final = frozenset(
    {
        "form", "build", "forge", "create", "establish", "join", "leave", "quit", "announce", "launch",
        "enter", "assemble", "cement", "seal", "sign", "agree", "strike", "abandon", "dissolve",
    }
)  # fmt: skip
_ALLIANCES: Final = frozenset({"coalition", "alliance"})
# What one seeks that is no request made of anyone ('sought revenge', 'sought office'); refuge, shelter or
# asylum sought is a request of the place that grants it (PLOVER's gold codes 'sought refuge in Germany' so).
_SOUGHT_FOR_ONESELF: Final = frozenset(
    {
        "cover", "solace", "comfort", "revenge", "vengeance",
        "power", "office", "election", "re-election", "reelection", "nomination", "seat", "treatment",
        "way", "dominance", "hegemony", "supremacy", "glory", "fame", "attention", "publicity",
    }
)  # fmt: skip
# What is borne out rather than backed: 'the account was supported by officials', 'evidence supports the
# claim' tell that something is true, no act of support ('the watchdog backed the findings' endorses them).
_ACCOUNTS: Final = frozenset(
    {
        "account", "claim", "view", "theory", "allegation", "version", "assertion", "hypothesis",
        "suspicion", "testimony", "story",
    }
)  # fmt: skip
# What one disputes, not fights: 'clashed with Trump's assessment', 'clashed with the policy'.
_VIEWS: Final = _ACCOUNTS | frozenset({"assessment", "position", "policy", "decision", "stance", "remarks"})
# Arms that back a force's operation ('a counter-offensive backed by air strikes', 'troops supported by
# helicopter gunships'): fire support in a battle, which is the battle's, no act of endorsement.
_FIRE_SUPPORT: Final = frozenset(
    {
        "airstrike", "strike", "helicopter", "gunship", "artillery", "tank", "drone", "warplane", "jet",
        "aircraft", "bomber", "armour", "armor", "airpower", "fire",
    }
)  # fmt: skip
# What is seized or captured that is no place, thing or person: a lead, a chance, attention ('seized the
# lead in the title race', 'seized the moment', 'captured the public's imagination').
_SEIZED_CHANCES: Final = frozenset(
    {
        "lead", "initiative", "opportunity", "chance", "moment", "momentum", "advantage", "imagination",
        "attention", "headline", "spotlight", "mood", "zeitgeist", "title", "crown", "trophy", "victory",
        "win", "nomination", "narrative", "agenda", "day", "essence", "spirit", "vote", "predicament",
        "dilemma", "feeling", "sense", "reality", "frustration", "anger", "tension",
    }
)  # fmt: skip
# What a seizure 'on' is recorded on: 'captured on film', 'caught and captured on camera'.
_RECORDINGS: Final = frozenset({"film", "camera", "video", "tape", "cctv", "footage", "phone", "audio"})
# Verbs of pledging whose participle before a noun only describes it: 'an agreed plan', 'pledged funds'.
_PLEDGING: Final = frozenset({"agree", "pledge"})
# Kinds of conviction that are beliefs: 'political convictions', 'a deep conviction'.
_BELIEFS: Final = frozenset(
    {
        "political", "religious", "moral", "personal", "deep", "strong", "firm", "ideological", "sincere",
        "private", "core", "own", "fundamental", "socialist", "communist", "marxist", "anarchist",
        "feminist", "liberal", "conservative", "nationalist", "islamist",
    }
)  # fmt: skip
# What an appeal asks for or of, or is lodged against ('an appeal for calm', 'to the UN', 'against a ruling').
_ASKED_OF: Final = frozenset({"for", "to", "against", "from", "by", "on"})
# Verbs that make, hear or answer an appeal: a request, not the draw of a cause.
_APPEALS_MADE: Final = frozenset(
    {
        "launch", "issue", "make", "renew", "repeat", "heed", "answer", "reject", "lodge", "file", "hear",
        "lose", "win", "dismiss", "uphold", "ignore", "echo", "back", "support",
    }
)  # fmt: skip
# What is demonstrated or gathered that is no protest: a quality shown, material collected.
_SHOWN_OR_COLLECTED: Final = frozenset(
    {
        "power", "clout", "strength", "resolve", "commitment", "ability", "capacity", "capability",
        "influence", "willingness", "determination", "skill", "value", "importance", "need", "failure",
        "weakness", "effectiveness", "potential", "reach", "limit", "courage", "data", "evidence",
        "information", "intelligence", "amount", "material", "sample", "document", "momentum", "pace",
        "speed", "dust", "steam", "force",
    }
)  # fmt: skip
# What shows a thing when it 'demonstrated' it: 'as last weekend's clashes demonstrated'.
_SHOWING: Final = frozenset(
    {
        "clash", "event", "attack", "strike", "fighting", "war", "battle", "incident", "result", "figure",
        "record", "vote", "election", "case", "experience", "history", "episode", "crisis", "move", "study",
        "report", "survey", "poll", "test", "trial", "campaign", "visit", "meeting", "summit", "deal",
    }
)  # fmt: skip
# Verbs of leaving a post, whose 'in protest' is their reason: 'resigned in protest'.
_LEAVING_POSTS: Final = frozenset({"resign", "quit", "step", "leave", "abstain"})
_PEOPLE_ENTS: Final = frozenset({"PERSON", "NORP", "ORG"})
_HARMS: Final = frozenset({"injury", "wound", "burn", "gunshot", "bruise", "fracture", "laceration"})
# Gas fired at a crowd in shells ('teargas shelling to disperse the crowd', 'lobbed shells of tear gas') is
# no bombardment: the words South Asian reports use for riot police's tear gas canisters.
_GAS_WORDS: Final = frozenset({"gas", "teargas", "tear-gas"})


def stray_reading(token: Token, entry: TriggerEntry) -> bool:
    """Whether a bare entry (no phrase words) names no event of its type here: an alliance named rather than
    formed, something 'received' that is no visitor, 'committed' as a loyalty or a crime, a 'seek' that is an
    attempt ('sought to') or a want of one's own ('sought refuge'), a 'return' that is someone coming back,
    support that bears out an account ('the account was supported by officials') or is arms firing
    ('a counter-offensive backed by air strikes'), a pledge that only describes ('an agreed plan'), a
    signing up, a resignation's 'in protest', a conviction that is a belief, a lead or a chance seized
    ('seized the lead', 'captured on film'), a 'press' that puts pressure on no one ('pressed pause'), an
    appeal that is a cause's draw ('its appeal was diminished') and a quality demonstrated or data
    gathered."""
    if entry.extras:
        return False
    lemma, plover = token.lemma_.lower(), entry.plover
    if plover == "COOPERATE" and entry.pos == "N" and lemma in _ALLIANCES:
        return not _formed(token)
    if plover == "CONSULT" and entry.mode == "host" and lemma == "receive":
        parties = acted_on(token)
        # 'two received injuries': the sentence's harm, whose toll the mention carries, so it stays
        return not any(_person(p) or p.lemma_.lower() in _HARMS for p in parties)
    if plover == "AGREE" and lemma == "commit":
        return not _committed_to(token)
    if plover == "AGREE" and token.dep_ == "amod" and token.i < token.head.i and _pledge_word(token):
        return True  # 'an agreed settlement', 'promising negotiations' (study: 4 such, all noise)
    if plover == "AGREE" and lemma == "sign" and any(c.lower_ == "up" for c in token.children):
        return True  # 'signed up with the militia', 'people signing up for insurance': joining, no accord
    if plover == "REQUEST" and lemma == "seek":
        return _sought_for_oneself(token)
    if plover == "RETREAT" and entry.mode == "return" and lemma == "return":
        return _one_came_back(token)
    if plover == "SUPPORT" and lemma in ("support", "back"):
        # 'the account was supported by officials'; 'backed by air strikes'
        return bool(_acted_on_words(token) & _ACCOUNTS) or _fire_support(token)
    if plover == "ASSAULT" and entry.mode == "shelling" and lemma in ("shell", "shelling"):
        return _gas_shells(token)
    if plover == "COERCE" and entry.mode == "seize" and lemma in ("seize", "capture"):
        return bool(_acted_on_words(token) & _SEIZED_CHANCES) or _recorded(token)
    if plover == "REQUEST" and lemma == "press":
        return not _pressed_someone(token)
    if plover == "SANCTION" and entry.pos == "N" and lemma == "conviction":
        return _belief(token)
    if plover == "PROTEST" and entry.pos == "N" and lemma == "protest":
        return _resigned_in_protest(token)
    if plover == "ASSAULT" and entry.pos == "V" and lemma == "clash":
        return _clashed_in_words(token)
    if plover == "REQUEST" and entry.pos == "N" and lemma == "appeal":
        return _allure(token)
    if plover == "PROTEST" and entry.pos == "V" and lemma in ("demonstrate", "gather"):
        return _shown_or_collected(token)
    return False


def _shown_or_collected(verb: Token) -> bool:
    """'Demonstrating Russia's clout', 'which demonstrated the power of women', 'have gathered enormous
    amounts of data', 'as last weekend's clashes demonstrated': a quality shown or material collected, or a
    thing that shows, no crowd out ('demonstrated support for the strikers' and 'gathered the gates' are
    coders' ways of telling a protest)."""
    children = list(verb.children)
    if any(c.dep_ == "dobj" and c.lemma_.lower() in _SHOWN_OR_COLLECTED for c in children):
        return True
    subjects = [c for c in children if c.dep_ == "nsubj"]
    # 'thousands demonstrated' counts people: only events and records show things
    return verb.lemma_.lower() == "demonstrate" and any(s.lemma_.lower() in _SHOWING for s in subjects)


def _allure(noun: Token) -> bool:
    """'Its appeal was diminished', 'the appeal of the group in London': one appeal owned by whom it draws
    people to, with nothing asked of anyone ('an appeal for calm', 'her appeal against the sentence') and no
    one making, hearing or answering it (judged Guardian readings: 3 such, all noise)."""
    children = list(noun.children)
    if noun.tag_ != "NN" or noun.dep_ == "pobj" or any(c.dep_ in ("acl", "relcl") for c in children):
        return False
    preps = {c.lower_ for c in children if c.dep_ == "prep"}
    if preps & _ASKED_OF or noun.head.lemma_.lower() in _APPEALS_MADE:
        return False
    return "of" in preps or any(c.dep_ == "poss" for c in children)


def _clashed_in_words(verb: Token) -> bool:
    """'Pierce clashed with Trump', 'had clashed with Trump's assessment': a clash with a person or a view is
    a dispute in words, no fight (judged Guardian readings, study: 3 such readings, none real); 'clashed with
    police' stays a fight."""
    others = [o for c in verb.children if c.dep_ == "prep" and c.lower_ == "with" for o in c.children]
    if any(o.dep_ == "pobj" and (_one_person(o) or o.lemma_.lower() in _VIEWS) for o in others):
        return True
    return any(c.dep_ == "nsubj" and _one_person(c) for c in verb.children)


def _belief(noun: Token) -> bool:
    """'Her political convictions', 'the conviction that the end times are near': a belief, no verdict."""
    if any(c.dep_ in ("acl", "ccomp") and any(m.lower_ == "that" for m in c.children) for c in noun.children):
        return True
    return any(c.dep_ == "amod" and c.lemma_.lower() in _BELIEFS for c in noun.children)


def _resigned_in_protest(noun: Token) -> bool:
    """'Mattis resigned in protest', 'quit their roles in protest': the leaving is the event, its reason no
    protest of its own (judged Guardian readings, study: 2 such, both noise)."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "in" or noun.head.dep_ != "prep":
        return False
    return noun.head.head.lemma_.lower() in _LEAVING_POSTS


def _pledge_word(modifier: Token) -> bool:
    """'An agreed settlement', 'promising talks': an adjective of a pledge. 'The promised cash' stays: a
    promise made (judged Guardian readings, study: 2 of 6 such readings real)."""
    lemma = modifier.lemma_.lower()
    return lemma in _PLEDGING or (lemma == "promise" and modifier.tag_ == "VBG")


def _recorded(verb: Token) -> bool:
    """'Was captured on video', 'captured on camera': filmed, no one seized."""
    ons = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "on" for g in c.children]
    return any(g.dep_ == "pobj" and g.lemma_.lower() in _RECORDINGS for g in ons)


def _pressed_someone(verb: Token) -> bool:
    """'Pressed Ankara to delay', 'pressed officials on the deal', 'pressed for talks': pressure put on a
    party or for a thing; 'hard-pressed governments', 'pressed pause', 'pressed ahead' ask nothing."""
    if any(c.dep_ == "xcomp" or (c.dep_ == "prep" and c.lower_ in ("for", "on")) for c in verb.children):
        return True
    return any(c.dep_ == "dobj" and names_a_party(c) for c in verb.children)


def _one_person(noun: Token) -> bool:
    """A noun naming one person by name, or with a name beside it ('Pierce', 'the envoy Mara Vell')."""
    named = (c for c in noun.children if c.dep_ == "appos")
    return noun.ent_type_ == "PERSON" or any(c.ent_type_ == "PERSON" for c in named)


def _fire_support(verb: Token) -> bool:
    """'backed by air strikes', 'supported by helicopter gunships': what backs is arms firing."""
    agents = [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    return any(a.lemma_.lower() in _FIRE_SUPPORT for a in agents)


def _gas_shells(token: Token) -> bool:
    """'teargas shelling', 'tear gas shells', 'shells of tear gas': the word before the shelling, or one
    under it, names gas (the parser often hangs 'teargas' apart from the 'shelling' it modifies)."""
    before = token.doc[token.i - 1] if token.i > 0 else None
    if before is not None and before.lower_ == "-" and token.i > 1:
        before = token.doc[token.i - 2]
    if before is not None and before.lower_ in _GAS_WORDS:
        return True
    below = [g for c in token.children for g in (c, *c.children)]
    return any(t.lower_ in _GAS_WORDS for t in below)


def _acted_on_words(verb: Token) -> set[str]:
    """The lemmas of the verb's object, or of its subject when passive."""
    return {c.lemma_.lower() for c in verb.children if c.dep_ in ("dobj", "nsubjpass")}


def _one_came_back(verb: Token) -> bool:
    """'He returned to Syria twice', 'she returned home': one person came back, nothing was handed back. A
    group's return ('90 migrants returned from Ecuador') is a movement ACLED records, so it stays."""
    if any(c.dep_ == "dobj" for c in verb.children):
        return False
    doers = [c for c in verb.children if c.dep_ == "nsubj"]
    if verb.dep_ in ("acl", "relcl") or any(d.lower_ in RELATIVES for d in doers):
        doers = [verb.head]  # 'Britons returning to the UK', 'fighters who returned'
    return not any(d.tag_ in ("NNS", "NNPS") or d.lower_ == "they" for d in doers)


def _formed(noun: Token) -> bool:
    """'formed a coalition', 'joined the alliance', 'the coalition was formed': a verb acts on it."""
    head = noun.head
    if noun.dep_ in ("dobj", "nsubjpass") and head.lemma_.lower() in _ALLYING:
        return True
    # 'joined into an alliance', 'entered into a coalition'
    return noun.dep_ == "pobj" and head.head.lemma_.lower() in _ALLYING


def _person(token: Token) -> bool:
    """Whether a noun names people (a pronoun, a person's or group's name, a people noun), not a place."""
    if token.pos_ == "PRON" or token.ent_type_ in _PEOPLE_ENTS:
        return True
    if token.ent_type_ in ("GPE", "LOC", "FAC"):
        return False
    return names_people_by_word(token) or (token.pos_ == "PROPN" and not token.ent_type_)


def _committed_to(verb: Token) -> bool:
    """'The government committed to a ceasefire', 'has committed itself to talks': a pledge made. A
    'committed member' (a loyalty) and 'committed crimes' are none; 'is committed to opening the economy' is a
    pledge stated (PLOVER's gold codes it AGREE)."""
    if verb.dep_ in ("amod", "acomp") or verb.tag_ == "JJ":
        return False
    children = list(verb.children)
    objects = [c for c in children if c.dep_ == "dobj"]
    if any(o.lemma_.lower() not in ("itself", "themselves", "himself", "herself") for o in objects):
        return False  # 'committed crimes'
    return any((c.dep_ == "prep" and c.lower_ == "to") or c.dep_ == "xcomp" for c in children)


def _sought_for_oneself(verb: Token) -> bool:
    """'sought to establish a canton' (an attempt: the act it aims at carries the intent), 'sought refuge'."""
    children = list(verb.children)
    if any(c.dep_ == "xcomp" for c in children):
        return True
    return any(c.dep_ == "dobj" and c.lemma_.lower() in _SOUGHT_FOR_ONESELF for c in children)
