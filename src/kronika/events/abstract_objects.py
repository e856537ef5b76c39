"""Broad lexicon words that act on no party: an idea, an illness, a span of time or a danger ('gathering
evidence', 'its analysis supports the claim', 'ending decades of fighting', 'battled the disease', 'the threat
of terrorism')."""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

from spacy.tokens import Token

from kronika.events.lexicon import TriggerEntry

# What is gathered that is no crowd: evidence and news ('police were gathering evidence', 'an
# intelligence-gathering unit').
_GATHERED_THINGS: Final = frozenset(
    {
        "evidence", "information", "intelligence", "data", "detail", "fact", "clue", "sample", "material",
        "footage", "statement", "testimony", "news", "feedback", "input", "momentum", "pace", "speed",
        "strength", "dust", "wood", "firewood", "thought", "courage", "fund", "money", "record", "document",
    }
)  # fmt: skip
# What is recognised that is no party or state: a claim, a need, a fact.
_IDEAS: Final = frozenset(
    {
        "claim", "view", "theory", "idea", "notion", "hypothesis", "conclusion", "argument", "finding",
        "assertion", "assessment", "suggestion", "thesis", "version", "need", "importance", "fact", "damage",
        "value", "problem", "danger", "difficulty", "significance", "potential", "reality", "risk", "limit",
        "necessity", "urgency", "gravity", "seriousness", "complexity", "challenge", "threat", "benefit",
        "impact", "link", "pattern", "trend",
    }
)  # fmt: skip
# What supports a claim when it is no actor: findings and records.
_FINDINGS: Final = frozenset(
    {
        "analysis", "evidence", "data", "finding", "study", "research", "report", "record", "result",
        "footage", "image", "fact", "figure", "survey", "poll", "investigation", "test", "examination",
    }
)  # fmt: skip
# What is ended that is a fight or a time, not a tie between parties ('ending decades of fighting', 'end the
# occupation', 'ended his life'): making peace or stopping, not a sanction.
_ENDED_HOSTILITIES: Final = frozenset(
    {
        "war", "fighting", "fight", "conflict", "violence", "hostility", "occupation", "bloodshed",
        "insurgency", "crisis", "strike", "protest", "unrest", "clash", "standoff", "stalemate", "rule",
        "regime", "life", "career", "season", "day", "year", "speech", "visit", "tour", "meeting", "game",
        "match", "suffering", "misery", "impunity", "poverty", "hunger", "dependence", "cycle", "era",
    }
)  # fmt: skip
_SPANS: Final = frozenset({"decade", "year", "month", "week", "day", "century", "generation", "hour"})
# What is fought or battled that is no armed party: an illness, a fire, a social ill, a vote, a court case.
_UNARMED_FOES: Final = frozenset(
    {
        "disease", "virus", "fire", "blaze", "flame", "wildfire", "bushfire", "illness", "cancer", "pandemic",
        "epidemic", "outbreak", "infection", "corruption", "poverty", "inflation", "unemployment", "hunger",
        "addiction", "pollution", "misinformation", "disinformation", "rumour", "rumor", "climate", "drought",
        "flood", "symptom", "obesity", "malaria", "ebola", "coronavirus", "covid", "injury", "depression",
        "election", "poll", "campaign", "case", "lawsuit", "charge", "extradition", "deportation", "ruling",
        "conviction", "sentence", "verdict", "eviction",
    }
)  # fmt: skip
# What is damaged or destroyed that no one can loot or burn: standing, ties, hopes.
_INTANGIBLES: Final = frozenset(
    {
        "reputation", "relation", "relationship", "tie", "credibility", "trust", "confidence", "image",
        "standing", "prospect", "morale", "chance", "career", "hope", "legacy", "brand", "unity", "cause",
        "effort", "faith", "dignity", "authority", "legitimacy", "influence", "friendship", "marriage",
    }
)  # fmt: skip
# What is returned that is no captive, body or land handed back: a result, a call, a favour.
_RETURNED_WORDS: Final = frozenset(
    {"result", "verdict", "call", "favour", "favor", "serve", "compliment", "look", "gaze", "greeting"}
)
# What is hosted that is no meeting: bases, refugees, games and shows.
_HOSTED_THINGS: Final = frozenset(
    {
        "base", "refugee", "migrant", "idp", "population", "troop", "soldier", "force", "museum", "festival",
        "game", "olympics", "tournament", "cup", "championship", "show", "exhibition", "concert", "site",
        "headquarters", "facility", "camp", "podcast", "programme", "program", "fair", "competition", "race",
        "match", "award", "server", "website",
    }
)  # fmt: skip
# Things of the mind shared, reinforced or summoned with no party acted on ('share a dislike', 'reinforcing
# stereotypes', 'summoned the courage').
_ABSTRACT_OBJECTS: Final = frozenset(
    {
        "dislike", "view", "concern", "belief", "goal", "interest", "value", "fear", "hope", "vision",
        "opinion", "love", "passion", "sense", "feeling", "frustration", "anger", "history", "culture",
        "language", "stereotype", "perception", "message", "idea", "notion", "impression", "image",
        "narrative", "argument", "point", "bond", "commitment", "trend", "courage", "strength", "energy",
        "nerve", "will", "spirit", "memory", "story", "experience", "joke", "photo", "picture", "video",
    }
)  # fmt: skip
# Weapons and scourges a threat comes from when no one makes it ('the threat from IED use').
_DANGERS: Final = frozenset(
    {
        "bomb", "device", "ied", "use", "weapon", "explosive", "missile", "drone", "rocket", "mine",
        "virus", "disease", "storm", "flood", "terrorism", "extremism", "militancy", "radicalisation",
        "radicalization", "crime", "attack", "pollution", "climate", "fire", "wildfire", "epidemic",
        "pandemic",
    }
)  # fmt: skip
_DWELLING: Final = frozenset({"among", "in", "into", "near", "around", "along"})
# Whom a threat is made by or aimed at ('threats against the judges', 'threats for those who stay out').
_AIMED: Final = frozenset({"by", "against", "for"})
_ALERT_LEVELS: Final = frozenset({"high", "maximum", "red", "full", "heightened", "top", "highest", "combat"})
_PARTY_ENTITIES: Final = frozenset({"GPE", "ORG", "NORP", "PERSON"})
_GODS: Final = frozenset({"god", "allah", "lord", "jesus", "heaven", "almighty"})
# Verbs of a threat or a warning someone makes, gives or receives ('issued threats', 'received death threats',
# 'warnings were given').
_THREAT_VERBS: Final = frozenset(
    {
        "make", "issue", "send", "receive", "repeat", "renew", "level", "voice", "post", "deliver", "utter",
        "get", "give", "phone", "telephone",
    }
)  # fmt: skip


def abstract_reading(token: Token, entry: TriggerEntry) -> bool:
    """Whether a broad word of the lexicon names no event of its type because what it acts on is no party:
    evidence gathered, a claim a finding supports or a need recognised, a fight or a time ended, an illness
    or a fire battled, a prayer to God, room allowed for something, a danger or a caution named, people
    settled in a place, a notice, a war or an occupation to end, a reputation or ties damaged, a result
    returned, bases or refugees hosted, a view shared, stereotypes reinforced, courage summoned."""
    if entry.pos == "N" and entry.plover != "PROTEST" and _ended(token):
        return True
    check = _CHECKS.get((entry.plover, token.lemma_.lower()))
    return check is not None and not entry.extras and check(token)


def _ended(token: Token) -> bool:
    """'The agenda of ending the occupation', 'to end the war': what is to be ended is no event told here (a
    strike or a protest ended did take place, so those keep theirs)."""
    return token.dep_ == "dobj" and token.head.lemma_.lower() == "end"


def _gathered_things(token: Token) -> bool:
    """'Gathering evidence', 'an intelligence-gathering unit': things collected, not people assembling."""
    words = _acted_on(token) | {
        c.lemma_.lower() for c in token.children if c.dep_ in ("npadvmod", "compound")
    }
    return bool(words & _GATHERED_THINGS)


def _finding_supports(token: Token) -> bool:
    """'Its analysis supports the claim', 'a supported claim': a finding backs an idea, no one sides with a
    party."""
    return token.dep_ == "amod" or any(
        c.dep_ == "nsubj" and c.lemma_.lower() in _FINDINGS for c in token.children
    )


def _idea_recognised(token: Token) -> bool:
    """'Recognised the need', 'recognising the damage', 'a recognised follower': an idea or a fact
    acknowledged, or an adjective, not a state or a government recognised."""
    return token.dep_ == "amod" or bool(_acted_on(token) & _IDEAS)


def _hostility_ended(token: Token) -> bool:
    """'Ending decades of fighting', 'talks ended abruptly': a fight, a time or the thing itself ended,
    not ties cut with a party."""
    ended = _acted_on(token)
    return not ended or bool(ended & _ENDED_HOSTILITIES)


def _unarmed_foe(token: Token) -> bool:
    """'Battled the blaze', 'a battle against cancer', 'no disease to battle', 'fought elections', 'fought the
    charges in court': no armed party fought."""
    foes = _acted_on(token) | _against(token)
    if token.dep_ == "pobj" and token.head.lower_ == "to":
        foes.add(token.head.head.lemma_.lower())  # 'a disease to battle'
    if token.dep_ in ("acl", "relcl"):
        foes.add(token.head.lemma_.lower())
    return bool(foes & _UNARMED_FOES)


def _prayer(token: Token) -> bool:
    """'I ask Allah to have mercy': a prayer, not a request to a party."""
    return bool(_acted_on(token) & _GODS)


def _room_allowed(token: Token) -> bool:
    """'That allows for planning', 'the limits permitted by law': making room or what a rule permits, not a
    party's concession."""
    if token.dep_ in ("acl", "amod"):
        return True
    return not _acted_on(token) and any(c.lower_ == "for" for c in token.children)


def _danger_named(token: Token) -> bool:
    """'Counter the threat of terrorism', 'the threat from homemade bombs': a danger named, not a threat
    someone made ('threats by the group', 'threats against judges', 'received death threats')."""
    if not _named_only(token):
        return False
    for child in token.children:
        if child.lemma_.lower() == "death":
            return False
        if child.lower_ in _AIMED or (child.lower_ == "from" and not _dangers(child)):
            return False  # 'threats by the gang', 'threats against the judges', 'threats from the militia'
    return True


def _dangers(preposition: Token) -> bool:
    """Whether a preposition's object is a weapon or a scourge ('the threat from homemade bombs')."""
    return any(g.lemma_.lower() in _DANGERS for g in preposition.children if g.dep_ == "pobj")


def _advice_given(token: Token) -> bool:
    """'With very little warning', 'the warning from the agency said': a caution, not a threat; a warning
    given or sent ('warnings were given to the police') or one that tells what will be done is one."""
    return _named_only(token)


def _named_only(token: Token) -> bool:
    """Whether a noun of threat is only named: nobody's ('his threats', 'US warnings'), not made, given or
    received, and telling nothing that will be done ('a warning that police would open fire')."""
    if token.pos_ != "NOUN":
        return False
    if token.dep_ in ("dobj", "nsubjpass") and token.head.lemma_.lower() in _THREAT_VERBS:
        return False
    return not any(c.dep_ == "poss" or _clause(c) or _party_word(c) for c in token.children)


def _party_word(token: Token) -> bool:
    """'US warnings', 'Iranian threats': a modifier naming whose threat or warning it is."""
    return token.dep_ in ("compound", "amod") and token.ent_type_ in _PARTY_ENTITIES


def _clause(token: Token) -> bool:
    """Whether a child is a clause ('... that they would strike', '... to kill him')."""
    return token.dep_ in ("acl", "ccomp", "relcl", "advcl", "xcomp") and token.pos_ in ("VERB", "AUX")


def _dwelt(token: Token) -> bool:
    """'Settled among the high valleys', 'the family settled in Lyon': people came to live somewhere, no
    dispute was settled ('settled the case', 'settled out of court', 'settled with the union')."""
    if _acted_on(token):
        return False
    places = [g for c in token.children if c.lower_ in _DWELLING for g in c.children if g.dep_ == "pobj"]
    return bool(places) and not any(p.lemma_.lower() == "court" for p in places)


def _notice(token: Token) -> bool:
    """'An FBI alert on him had expired', 'issued a flood alert': a notice, not forces put on alert ('troops
    are on high alert', 'a state of alert', 'a red alert')."""
    if token.head.lower_ in ("on", "of", "under"):
        return False
    return not any(c.dep_ == "amod" and c.lemma_.lower() in _ALERT_LEVELS for c in token.children)


def _intangible_harmed(token: Token) -> bool:
    """'Damaged its reputation', 'repair damaged relations', 'destroyed his career': standing or ties
    harmed, no property destroyed."""
    harmed = _acted_on(token)
    if token.dep_ == "amod":
        harmed.add(token.head.lemma_.lower())
    return bool(harmed & _INTANGIBLES)


def _returned_words(token: Token) -> bool:
    """'All returned the same results', 'returned his call': a result or a reply given back, nothing handed
    back between parties."""
    return bool(_acted_on(token) & _RETURNED_WORDS)


def _hosted_no_meeting(token: Token) -> bool:
    """'Cyprus hosts British bases', 'hosts 3.5 million refugees', 'refugee hosting': people or sites kept, no
    meeting hosted (the words as written too: the tagger lemmatises 'bases' as 'basis')."""
    hosted = _acted_on(token) | {c.lower_.rstrip("s") for c in token.children if c.dep_ == "dobj"}
    return bool(hosted & _HOSTED_THINGS) or _hosting_of(token)


def _hosting_of(token: Token) -> bool:
    """'Refugee hosting', 'the hosting of migrants': a country keeping people, not a meeting."""
    bound = [c for c in token.children if c.dep_ == "compound"]
    bound += [g for c in token.children if c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    return any(b.lemma_.lower() in _HOSTED_THINGS for b in bound)


def _thing_of_the_mind(token: Token) -> bool:
    """'Share a dislike', 'reinforcing stereotypes', 'summoned the courage': a view, a feeling or a story, no
    intelligence shared, troops reinforced or envoy summoned."""
    minded = _acted_on(token)
    if token.dep_ == "acl" and token.tag_ == "VBN":
        minded.add(token.head.lemma_.lower())  # 'a view shared by MPs'
    return token.dep_ == "amod" or bool(minded & _ABSTRACT_OBJECTS)


def _standing_ban(token: Token) -> bool:
    """'The banned weapons', 'an outlawed party': a ban in force, written before what it bans, tells no
    ban imposed."""
    return token.dep_ == "amod"


def _acted_on(token: Token) -> set[str]:
    """The lemmas of what the word acts on: its object (or passive subject), seen through a span of time
    ('decades of fighting' is fighting)."""
    found = set()
    for child in token.children:
        if child.dep_ not in ("dobj", "nsubjpass"):
            continue
        found.add(child.lemma_.lower())
        if child.lemma_.lower() in _SPANS:
            found |= {g.lemma_.lower() for c in child.children if c.lower_ == "of" for g in c.children}
    return found


def _against(token: Token) -> set[str]:
    """The lemmas of what a word is 'against' ('a battle against cancer')."""
    return {g.lemma_.lower() for c in token.children if c.lower_ == "against" for g in c.children}


_CHECKS: Final[dict[tuple[str, str], Callable[[Token], bool]]] = {
    ("PROTEST", "gather"): _gathered_things,
    ("SUPPORT", "support"): _finding_supports,
    ("SUPPORT", "recognize"): _idea_recognised,
    ("SUPPORT", "recognise"): _idea_recognised,
    ("SANCTION", "end"): _hostility_ended,
    ("ASSAULT", "fight"): _unarmed_foe,
    ("ASSAULT", "battle"): _unarmed_foe,
    ("ASSAULT", "combat"): _unarmed_foe,
    ("REQUEST", "ask"): _prayer,
    ("CONCEDE", "allow"): _room_allowed,
    ("CONCEDE", "permit"): _room_allowed,
    ("AGREE", "settle"): _dwelt,
    ("MOBILIZE", "alert"): _notice,
    ("THREATEN", "threat"): _danger_named,
    ("THREATEN", "warning"): _advice_given,
    ("COERCE", "ban"): _standing_ban,
    ("COERCE", "outlaw"): _standing_ban,
    ("COERCE", "damage"): _intangible_harmed,
    ("COERCE", "destroy"): _intangible_harmed,
    ("RETREAT", "return"): _returned_words,
    ("CONSULT", "host"): _hosted_no_meeting,
    ("COOPERATE", "share"): _thing_of_the_mind,
    ("MOBILIZE", "reinforce"): _thing_of_the_mind,
    ("ACCUSE", "summon"): _thing_of_the_mind,
}
