"""Head-word classes for actor phrases: quantities, instruments, people-like nouns, and span trimming."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from spacy.tokens import Token

from kronika.actors.keys import word_key
from kronika.nlp import dateline_bounds

# Heads that only count or group the real actor: "dozens of merchants", "a joint team of police".
COLLECTIVE_HEADS = frozenset(
    word_key(w)
    for w in [
        "group",
        "groups",
        "number",
        "numbers",
        "dozen",
        "dozens",
        "hundred",
        "hundreds",
        "thousand",
        "thousands",
        "score",
        "scores",
        "member",
        "members",
        "team",
        "teams",
        "unit",
        "units",
        "band",
        "bands",
        "contingent",
        "detachment",
        "squad",
        "delegation",
        "batch",
        "handful",
        "couple",
        "pair",
        "majority",
        "rest",
        "some",
        "several",
        "many",
        "most",
        "all",
        "each",
        "one",
        "two",
        "three",
        "crowd",
        "crowds",
        "convoy",
        "patrol",
        "column",
        "wing",
        "faction",
        "factions",
        "section",
        "elements",
        "element",
    ]
)
# Heads of those serving in a body ("personnel of the Detective Branch", "agents of the
# NISS"): the body's, where it is one whose kind is known; an unknown body leaves the word its own.
SERVICE_HEADS = frozenset(word_key(w) for w in ["personnel", "agent", "agents"])

# Heads that are a weapon or an act, standing for whoever used it: "Afghan military airstrikes".
INSTRUMENT_HEADS = frozenset(
    word_key(w)
    for w in [
        "airstrike",
        "air strike",
        "strike",
        "raid",
        "shell",
        "shelling",
        "bombardment",
        "bomb",
        "bombing",
        "landmine",
        "mine",
        "ied",
        "rcied",
        "vbied",
        "uvied",
        "pbied",
        "explosive",
        "device",
        "rocket",
        "missile",
        "mortar",
        "grenade",
        "bullet",
        "shot",
        "gunfire",
        "fire",
        "attack",
        "assault",
        "offensive",
        "operation",
        "explosion",
        "blast",
        "artillery",
        "barrage",
        "drone",
        "warplane",
        "jet",
        "helicopter",
        "plane",  # "Antonov planes", "government planes": the air force's
        "baton",  # "police baton charged them": the police did
    ]
)

# People-like nouns the lexicon need not list: they stay actors even without a sector.
PERSON_SUFFIXES = ("ist", "ian", "er", "or", "ant", "ent", "ee", "man", "men", "ster", "eer")
# Words with those endings that are things, not people or groups.
NOT_PEOPLE = frozenset(
    word_key(w)
    for w in [
        "power",
        "order",
        "water",
        "border",
        "number",
        "center",
        "centre",
        "letter",
        "paper",
        "matter",
        "corner",
        "cluster",
        "quarter",
        "shelter",
        "chapter",
        "counter",
        "register",
        "computer",
        "container",
        "number",
        "floor",
        "door",
        "color",
        "colour",
        "sector",
        "factor",
        "error",
        "motor",
        "tractor",
        "reactor",
        "corridor",
        "plant",
        "restaurant",
        "grant",
        "event",
        "incident",
        "statement",
        "agreement",
        "movement",
        "development",
        "payment",
        "content",
        "moment",
        "comment",
        "element",
        "treatment",
        "settlement",
        "equipment",
        "document",
        "argument",
        "investment",
        "department",
        "segment",
        "fee",
        "coffee",
        "degree",
        "tree",
        "knee",
        "guarantee",
        "list",
        "fist",
        "twist",
        "mist",
        "christian",
        # "others" ends like "workers" but names nobody: "killing two and injuring others"
        "other",
    ]
)
# Organisation heads: bodies that act though they are not people.
BODY_HEADS = frozenset(
    word_key(w)
    for w in [
        "committee",
        "council",
        "association",
        "union",
        "federation",
        "organisation",
        "organization",
        "movement",
        "front",
        "alliance",
        "coalition",
        "league",
        "society",
        "community",
        "communities",
        "family",
        "families",
        "clan",
        "tribe",
        "network",
        "brigade",
        "battalion",
        "regiment",
        "agency",
        "department",
        "bureau",
        "commission",
        "institute",
        "initiative",
        "group",
        "force",
        "forces",
        "corps",
        "wing",
        "faction",
        "camp",
        "club",
        "company",
        "party",
        "government",
        "state",
        "country",
        "nation",
        "side",
        "sides",
    ]
)
# Entities that name who acts: people, organisations, peoples and states.
ACTOR_ENTS = frozenset({"PERSON", "ORG", "NORP", "GPE"})
# Entities that say when or where, not who: a span's leading "On 2 May 2020, in Lima," is not the actor.
SETTING_ENTS = frozenset({"DATE", "TIME", "GPE", "LOC", "FAC", "CARDINAL", "ORDINAL"})


# What a party held, not a party formed, is named for ('a birthday party', 'a house party')
_PARTY_OCCASIONS = frozenset(
    {
        "birthday", "house", "pool", "block", "graduation", "dinner", "wedding", "christmas", "halloween",
        "holiday", "garden", "tea", "costume", "dance", "street", "bachelor", "bachelorette", "farewell",
        "engagement", "welcome", "launch", "office", "new", "year", "slumber", "frat", "fraternity", "beach",
    }
)  # fmt: skip


def is_gathering(token: Token) -> bool:
    """Whether a head 'party' names a party held ('opened fire at a birthday party'), not a political one."""
    if token.lemma_.lower() not in ("party", "parties"):
        return False
    return any(c.dep_ in ("compound", "amod") and c.lower_ in _PARTY_OCCASIONS for c in token.children)


def is_collective(token: Token) -> bool:
    """Whether a head only counts or groups the actor named after it with "of"."""
    return word_key(token.lemma_) in COLLECTIVE_HEADS or word_key(token.text) in COLLECTIVE_HEADS


def is_instrument(token: Token) -> bool:
    """Whether a head is a weapon or an attack rather than who carried it out."""
    return word_key(token.lemma_) in INSTRUMENT_HEADS or word_key(token.text) in INSTRUMENT_HEADS


def is_animate(token: Token) -> bool:
    """Whether a head can name an actor: a name, an organisation, or a people-like or body noun."""
    if token.pos_ == "PROPN" or token.ent_type_ in ACTOR_ENTS:
        return True
    if len(token.text) > 1 and token.text.isupper():
        return True  # an acronym the tagger did not know is most often an organisation
    lemma = word_key(token.lemma_)
    if lemma in NOT_PEOPLE or word_key(token.text) in NOT_PEOPLE:
        return False
    return lemma in BODY_HEADS or token.lower_.endswith(PERSON_SUFFIXES) or lemma.endswith(PERSON_SUFFIXES)


def of_object(head: Token) -> Token | None:
    """The noun after "of" hanging on a head: "dozens of merchants" -> merchants."""
    return _object_after(head, "of", ("prep",))


def by_agent(head: Token) -> Token | None:
    """Who used an instrument: "a bomb planted by Taliban", "airstrikes by the army" -> the agent."""
    holders = [head, *(c for c in head.children if c.dep_ in ("acl", "relcl"))]
    for holder in holders:
        agent = _object_after(holder, "by", ("prep", "agent"))
        if agent is not None:
            return agent
    return None


# Aircraft, which a "fighter" before them types ("fighter jets") and whose forces "from" names ("jets
# from the military"): no fighter, no place they flew from.
AIRCRAFT: Final = frozenset(
    word_key(w) for w in ["jet", "plane", "aircraft", "warplane", "helicopter", "bomber", "drone"]
)


def is_aircraft_fighter(token: Token) -> bool:
    """Whether a token is the "fighter" of "fighter jets", a kind of aircraft rather than a combatant."""
    doc = token.doc
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    return token.lower_ == "fighter" and after is not None and word_key(after.lemma_) in AIRCRAFT


def aircraft_owner(head: Token) -> Token | None:
    """Whose aircraft they are: "fighter jets from the Myanmar military" -> military."""
    return _object_after(head, "from", ("prep",)) if word_key(head.lemma_) in AIRCRAFT else None


def _object_after(head: Token, word: str, deps: tuple[str, ...]) -> Token | None:
    """The object of the first preposition `word` hanging on the head under one of `deps` that has one."""
    for prep in head.children:
        if prep.dep_ in deps and prep.lower_ == word:
            objects = [c for c in prep.children if c.dep_ == "pobj"]
            if objects:
                return objects[0]
    return None


_DASHES = frozenset({"—", "–", "--", "-"})


def trim_setting(tokens: Sequence[Token]) -> list[Token]:
    """A span without leading comma-separated dates and places ("On 2 May 2020, in Lima, traders") or a
    dateline closed by a dash ("DHAKA — Activists of ...")."""
    rest = list(tokens)
    while True:
        commas = [i for i, t in enumerate(rest) if _closes_setting(t)]
        if not commas:
            return rest
        first, after = rest[: commas[0]], rest[commas[0] + 1 :]
        setting = _is_setting(first) or all(in_dateline(t) for t in first)  # 'DHAKA - Activists of a union'
        if not (setting and _names_someone(after)):
            return rest
        rest = after


def in_dateline(token: Token) -> bool:
    """Whether a word lies in the dateline opening its line ('ALMATY, Kazakhstan — Police clashed'),
    which tells where the story was filed: the parser may make its city the verb's subject, but a
    dateline names no one who acts."""
    return token.idx < dateline_bounds(token.doc, token.idx)[1]


def past_dateline(head: Token) -> Token | None:
    """The story's own subject the parser hung on a dateline's city taken for the subject ('KIEV, Ukraine
    — Protesters rallied': 'Protesters' an apposition of 'KIEV'): its first noun past the dateline."""
    while head.dep_ in ("appos", "conj") and in_dateline(head.head):  # 'Ukraine' of 'KIEV, Ukraine'
        head = head.head
    hung = [c for c in head.children if c.dep_ in ("appos", "conj") and c.pos_ in ("NOUN", "PROPN", "PRON")]
    return next((c for c in hung if not in_dateline(c)), None)


def _closes_setting(token: Token) -> bool:
    """Whether a token may close a setting before the actor: a comma, or a dash set apart by a space
    ('NAIROBI — Traders'), not one joining a word ('state-backed')."""
    if token.text == ",":
        return True
    spaced = token.i > 0 and bool(token.doc[token.i - 1].whitespace_)
    return spaced and token.text in _DASHES


def _is_setting(tokens: Sequence[Token]) -> bool:
    """Whether a stretch only says when or where: a preposition phrase, a date, or bare place names."""
    words = [t for t in tokens if not t.is_punct]
    if not words:
        return True
    if words[0].pos_ in ("ADP", "SCONJ") or words[0].lower_ in ("around", "about", "reported", "as"):
        return True
    return all(t.ent_type_ in SETTING_ENTS or t.is_stop or t.like_num for t in words)


def _names_someone(tokens: Sequence[Token]) -> bool:
    """Whether a stretch holds a word that could be the actor (a noun or name that is not a place or date)."""
    return any(t.pos_ in ("NOUN", "PROPN", "PRON") and t.ent_type_ not in SETTING_ENTS for t in tokens)


# Heads that stand for the group named before them: "UN inspectors", "Taliban elements", "QSD members".
MEMBER_HEADS = frozenset(
    word_key(w)
    for w in [
        "inspector",
        "monitor",
        "observer",
        "staff",
        "personnel",
        "agent",
        "operative",
        "loyalist",
        "affiliate",
        "element",
        "cadre",
        "wing",
        "faction",
        "unit",
        "branch",
        "member",
        "delegation",
        "negotiator",
        "representative",
        "militant",
        "fighter",
        "gunman",
        "militiaman",
        "soldier",
        # "an Indonesian military officer", "army officers": the body they serve in
        "officer",
        "force",
        "troop",
        "reinforcement",
        "commando",
        # "a military intelligence squad", "a RAB team": the body they are sent from
        "squad",
        "team",
    ]
)


def is_member_head(token: Token) -> bool:
    """Whether a head stands for the group its modifier names ("Taliban elements" are the Taliban)."""
    return word_key(token.lemma_) in MEMBER_HEADS


def after_anti(token: Token) -> bool:
    """Whether a word follows "anti-", which makes it the opponent, not the actor ("anti-Houthi forces")."""
    if token.lower_.startswith("anti-"):
        return True
    before = [t.lower_ for t in token.doc[max(0, token.i - 2) : token.i]]
    return bool(before) and (before[-1] == "anti" or (before[-1:] == ["-"] and before[:1] == ["anti"]))
