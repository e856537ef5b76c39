"""Phrases whose trigger word names no event of its lexicon type: tip appeals, idioms, rallied backing,
state compounds."""

from __future__ import annotations

from typing import Final

from spacy.tokens import Token

from kronika.events.lexicon import TriggerEntry

# Addressees of a public appeal ("anyone with information is asked to call"): a plea, not an event.
PUBLIC_ADDRESSEES: Final = frozenset(
    {"anyone", "anybody", "everyone", "everybody", "whoever", "public", "witness", "reader", "viewer"}
)
_TIP_WORDS: Final = frozenset({"information", "tip", "hotline", "line", "number", "detail", "lead"})
_CONTACT_VERBS: Final = frozenset({"call", "contact", "phone", "report", "come", "share", "submit", "text"})
# What one abuses without hurting anyone: "abusing his office", "abused the trust of voters".
_MISUSED: Final = frozenset(
    {
        "trust", "privilege", "power", "position", "authority", "office", "freedom", "system", "right",
        "discretion", "process", "drug", "alcohol", "substance", "hospitality", "status", "law",
    }
)  # fmt: skip
# Arms one draws: 'pulled out a gun' draws it, no one pulls out of anywhere.
_DRAWN_ARMS: Final = frozenset(
    {"gun", "handgun", "pistol", "revolver", "rifle", "shotgun", "firearm", "weapon", "knife", "blade",
     "machete", "sword"}
)  # fmt: skip
# What one shoots that is a game, a film or words: 'shoot dice', 'shot a video', 'shoot off their mouths'.
_SHOT_THINGS: Final = frozenset(
    {
        "dice", "craps", "hoop", "pool", "basket", "breeze", "mouth", "photo", "picture", "video", "film",
        "footage", "movie", "scene", "clip", "documentary", "commercial", "episode", "selfie",
    }
)  # fmt: skip
# Verb-object idioms that name no event of the verb's lexicon type: (lemma, PLOVER type) -> objects.
_IDIOMS: Final = {
    ("beg", "REQUEST"): frozenset({"question"}),  # "it begs the question"
    # 'fired water cannon', 'fired pepper balls': no one dismissed (the weapons whose firing is an attack
    # are `rules`' to retype)
    ("fire", "SANCTION"): frozenset(
        {"gas", "shot", "bullet", "canister", "pellet", "volley", "cannon", "ball"}
    ),
    ("abuse", "ASSAULT"): _MISUSED,
    ("pull", "RETREAT"): _DRAWN_ARMS,  # 'pulled out a gun', 'pulled out a knife': no one withdrawn
    ("shoot", "ASSAULT"): _SHOT_THINGS,
}
# What markets trade, whose rising is a rally no crowd holds: 'markets rallied', 'the rupee rallied'.
_TRADED: Final = frozenset(
    {
        "market", "stock", "share", "bond", "index", "price", "currency", "dollar", "euro", "yen", "peso",
        "rupee", "pound", "ruble", "rouble", "lira", "yuan", "naira", "rand", "oil", "gold", "equity",
        "commodity", "future", "bitcoin", "crypto", "dow", "nasdaq", "nikkei", "ftse", "sensex",
    }
)  # fmt: skip
# Verbs whose subject of this kind makes them name no event of the lexicon type: (lemma, PLOVER) -> subjects.
_SUBJECT_IDIOMS: Final = {
    ("rally", "PROTEST"): _TRADED,
    ("rally", "SUPPORT"): _TRADED,
    ("beat", "ASSAULT"): frozenset({"nothing"}),  # 'nothing beats travelling abroad': the best there is
}
# Occasions people gather for that are no protest: 'a crowd gathered for a wedding'.
_OCCASIONS: Final = frozenset(
    {"wedding", "funeral", "prayer", "celebration", "festival", "party", "ceremony", "service", "feast",
     "concert", "match", "game", "meal", "dinner", "burial", "christening", "baptism", "graduation"}
)  # fmt: skip
# What one breaks into that is no place: 'broke down into tears', 'broke into a run'.
_BROKEN_INTO: Final = frozenset(
    {"tear", "laughter", "song", "smile", "grin", "sweat", "run", "applause", "cheer"}
)
# Duties one is charged with ('charged with halting the flow of migrants'): a task given, no charge laid (a
# crime charged, 'charged with murdering', stays one).
_DUTIES: Final = frozenset(
    {
        "halt", "oversee", "protect", "ensure", "run", "manage", "guard", "maintain", "secure", "monitor",
        "implement", "enforce", "coordinate", "organise", "organize", "supervise", "draft", "prepare",
        "deliver", "handle", "patrol", "defend", "prevent", "keep", "rebuild", "lead", "review",
    }
)  # fmt: skip
# Idioms of a word and a preposition's object that name no event of its type: 'shot to fame', 'a clash of
# cultures' -> (lemma, PLOVER type) -> (preposition, objects).
_PHRASE_IDIOMS: Final = {
    ("shoot", "ASSAULT"): (
        "to",
        frozenset({"fame", "stardom", "prominence", "notoriety", "popularity", "celebrity", "top"}),
    ),
    ("break", "COERCE"): ("into", _BROKEN_INTO),  # 'broke down into tears': nothing broken into
    ("charge", "ACCUSE"): ("with", _DUTIES),  # 'are charged with halting the flow': a task, no charge
    # 'a crowd gathered for a wedding': guests, no protest
    ("gather", "PROTEST"): ("for", _OCCASIONS),
    ("clash", "ASSAULT"): (
        "of",
        frozenset(
            {"culture", "civilization", "civilisation", "idea", "personality", "ego", "value", "style",
             "interest", "vision", "ideology", "narrative", "worldview"}
        ),
    ),
}  # fmt: skip

# Participles and adjectives that, joined to a noun by a hyphen, describe a place or people by a state
# they live in: "war-torn region", "conflict-hit state", "war-affected villagers". ACLED's training notes
# name an event noun so joined 11 times, and in none does the compound tell the event coded: 1 is an
# armed clash, whose note tells the killing in fighting in words of its own. ("Bomb-ridden", laden with a
# bomb, is no state: "ridden" is left out.)
_STATE_WORDS: Final = frozenset(
    {
        "affected", "torn", "ravaged", "hit", "stricken", "weary", "scarred", "prone",
        "plagued", "battered", "wracked", "racked", "hardened", "tested",
    }
)  # fmt: skip
# Words of a grenade made to stun, blind or gas a crowd, not to kill: 'stun grenades', 'flash-bang grenades'.
_CROWD_CONTROL: Final = frozenset({"stun", "bang", "flash", "sound", "smoke", "gas", "concussion"})
# What a unit built to strike or fight is: 'a naval strike force', 'an attack helicopter', 'a combat
# brigade' name the means, not an act.
_MEANS_HEADS: Final = frozenset(
    {
        "force", "group", "team", "unit", "package", "capability", "aircraft", "helicopter", "jet", "plane",
        "craft", "vessel", "ship", "submarine", "brigade", "battalion", "squadron", "dog",
    }
)  # fmt: skip


def idiom(token: Token, entry: TriggerEntry) -> bool:
    """'It begs the question', 'police fired tear gas', 'shot to fame', 'markets rallied': a fixed phrase that
    names no request, a weapon fired that dismisses no one, no one shot, no crowd gathered."""
    key = (token.lemma_.lower(), entry.plover)
    idiom_objects = _IDIOMS.get(key, frozenset())
    objects = [c for c in token.children if c.dep_ == "dobj"]
    if token.dep_ == "amod":
        objects.append(token.head)  # 'fired pepper balls', parsed as an adjective on 'balls'
    if any(o.lemma_.lower() in idiom_objects for o in objects) or _phrase_idiom(token, key):
        return True
    return _life_threat(token) or _traded_subject(token, key)


def _traded_subject(token: Token, key: tuple[str, str]) -> bool:
    """'Markets rallied on Monday', 'the rupee rallied': a price rose, no crowd gathered; 'nothing beats a
    trip abroad' praises the trip, no one beaten."""
    subjects = _SUBJECT_IDIOMS.get(key, frozenset())
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in subjects for c in token.children)


def _life_threat(token: Token) -> bool:
    """'Non-life threatening injuries', 'his wounds are not life threatening': how grave a wound is, written
    without its hyphen, threatens no one."""
    if token.lower_ not in ("threatening", "threatened") or token.i == 0:
        return False
    before = token.doc[token.i - 1]
    if before.text == "-" and token.i > 1:
        before = token.doc[token.i - 2]
    return before.lower_ == "life"


def _phrase_idiom(token: Token, key: tuple[str, str]) -> bool:
    """'Shot to fame', 'a clash of cultures': the word's preposition governs what makes it an idiom."""
    prep, idiom_objects = _PHRASE_IDIOMS.get(key, ("", frozenset()))
    return any(
        c.dep_ == "prep" and c.lower_ == prep and any(g.lemma_.lower() in idiom_objects for g in c.children)
        for c in token.children
    )


def rallied_support(token: Token) -> bool:
    """'Rallied support for the bill' rallies backing; people who 'rallied in support of' or 'to
    support' a cause gathered for it (ACLED: 106 of 108 such notes are protests)."""
    return any(c.dep_ == "dobj" and c.lemma_.lower() == "support" for c in token.children)


def public_appeal(token: Token) -> bool:
    """'Anyone with information is asked to call police': an appeal to the public for tips."""
    addressees = [c for c in token.children if c.dep_ in ("nsubjpass", "dobj", "dative")]
    if any(a.lemma_.lower() in PUBLIC_ADDRESSEES for a in addressees):
        return True
    for clause in (c for c in token.children if c.dep_ in ("xcomp", "advcl", "ccomp")):
        if clause.lemma_.lower() in _CONTACT_VERBS and any(
            t.lemma_.lower() in _TIP_WORDS for t in clause.subtree
        ):
            return True
    return False


def state_compound(token: Token) -> bool:
    """'War-torn region', 'conflict-hit state', 'drought-stricken villages': a noun hyphen-joined to a
    participle of the state a place or its people are in describes them; neither word names an event."""
    doc = token.doc
    if token.lower_ in _STATE_WORDS and token.i >= 2:
        return _joined(doc[token.i - 2], doc[token.i - 1], token)
    return token.i + 2 < len(doc) and _joined(token, doc[token.i + 1], doc[token.i + 2])


def means_compound(token: Token) -> bool:
    """'A naval strike force', 'attack helicopters', 'a hard-fought primary': the event word names a unit or
    a craft built for the act, or the hardness of a contest, not an act done; nor is a stun or flash-bang
    grenade a grenade attack (ACLED: 2 of 88 notes naming one are; 67 are riots)."""
    if token.dep_ == "compound" and token.head.lemma_.lower() in _MEANS_HEADS:
        return True
    if token.lemma_.lower() == "grenade" and any(
        c.dep_ in ("compound", "amod") and c.lower_ in _CROWD_CONTROL for c in token.children
    ):
        return True
    return token.lemma_.lower() == "fight" and token.tag_ == "VBN" and _hard(token)


def _hard(token: Token) -> bool:
    """'hard-fought', 'hard fought': the participle's 'hard', as a modifier or written joined before it."""
    if any(c.lower_ == "hard" and c.dep_ in ("advmod", "npadvmod", "amod") for c in token.children):
        return True
    doc = token.doc
    return token.i >= 2 and doc[token.i - 1].text == "-" and doc[token.i - 2].lower_ == "hard"


def _joined(noun: Token, hyphen: Token, state: Token) -> bool:
    """Whether `noun`, `hyphen` and `state` are written as one word, 'war-torn', its second part a state."""
    return (
        noun.pos_ in ("NOUN", "PROPN")
        and not noun.whitespace_
        and hyphen.text == "-"
        and not hyphen.whitespace_
        and state.lower_ in _STATE_WORDS
    )
