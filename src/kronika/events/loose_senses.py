"""Broad lexicon words in their other sense ('called the blast an attack', 'gave an interview', 'released
a photo') and harm no one inflicted (a death by illness, an accidental blast or fire): no event of a type."""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

from spacy.tokens import Token

from kronika.casualties.special_words import HOSPITALS
from kronika.events.abstract_objects import abstract_reading
from kronika.events.characterizations import characterization, names_a_verdict
from kronika.events.enabling import enabled_by_no_one
from kronika.events.given_things import hands_over_no_aid
from kronika.events.hazard_warnings import hazard_warning
from kronika.events.lexicon import TriggerEntry
from kronika.events.match_reports import play_in_match
from kronika.events.newsroom_asides import newsroom_aside
from kronika.events.phrasal_senses import phrasal_sense
from kronika.events.stray_senses import stray_reading

# What is given or offered that is words, a chance or a reward, not aid ("gave an interview", "offered a
# reward", "warnings were given"): the lexicon's bare 'give' and 'offer' are economic AID.
_NOT_AID: Final = frozenset(
    {
        "interview", "statement", "speech", "warning", "testimony", "evidence", "detail", "account",
        "information", "order", "instruction", "briefing", "lecture", "talk", "answer", "response",
        "explanation", "reason", "update", "name", "address", "chance", "opportunity", "reward",
        "impression", "sign", "signal", "birth", "condolence", "thanks", "apology", "advice", "hint",
        "indication", "assurance", "view", "opinion", "comment", "description", "example", "reading",
        "lesson", "satisfaction", "pleasure", "life", "credit", "attention", "priority", "thought",
    }
)  # fmt: skip
# What is released that is no captive: pictures, words and figures.
_RELEASED_MEDIA: Final = frozenset(
    {
        "photo", "photograph", "image", "picture", "video", "footage", "recording", "audio", "tape",
        "statement", "report", "figure", "number", "data", "detail", "name", "list", "result", "record",
        "document", "sketch", "description", "album", "film", "song", "book", "transcript", "letter",
        "information", "identity", "finding", "map", "plan", "budget", "version", "update", "guideline",
        "summary", "dossier", "study", "survey", "poll", "analysis", "assessment", "estimate", "memo",
        "email", "clip", "paper", "account",
    }
)  # fmt: skip
# Words before an explosion, a blast or a fire that tell an accident, not an attack ("a gas explosion", "a
# cooking stove fire").
_ACCIDENT_WORDS: Final = frozenset(
    {
        "gas", "boiler", "cylinder", "methane", "propane", "transformer", "accidental", "industrial",
        "stove", "cooking", "kitchen", "electrical",
    }
)  # fmt: skip
_BLASTS: Final = frozenset({"explosion", "blast", "fire"})
# What vehicles and buildings do in an accident ('when a bus plunged into a ravine', 'as the ferry capsized').
_MISHAP_VERBS: Final = frozenset(
    {"plunge", "crash", "collide", "overturn", "capsize", "collapse", "derail", "sink", "topple", "veer"}
)
# Accidents and disasters, whose harm no one inflicted ('the collapse of a canopy killed 15').
_MISHAPS: Final = frozenset(
    {
        "collapse", "crash", "accident", "landslide", "mudslide", "avalanche", "flood", "flooding",
        "earthquake", "quake", "stampede", "derailment", "storm", "cyclone", "hurricane", "typhoon",
        "tornado", "lightning", "heatwave", "mishap", "collision",
    }
)  # fmt: skip
# Accidents with a gun: a shooting all the same ('killed in a hunting accident').
_GUN_MISHAPS: Final = frozenset({"hunting", "shooting", "gun", "firearm", "weapon", "rifle", "handgun"})
# Words of a ball game beside a 'strike' that make it a shot at goal ('put Syria ahead with a sublime strike
# early in the first half'); 'goal' and 'match' are left out, as a labour strike has goals and players
# strike over pay.
_BALL_GAME: Final = frozenset(
    {
        "striker", "goalkeeper", "keeper", "midfielder", "equaliser", "equalizer", "crossbar", "volley",
        "header", "penalty", "scored", "winner", "opener", "stoppage", "bowler", "batsman", "wicket",
    }
)  # fmt: skip
_HALVES: Final = frozenset({"first", "second"})
# Kinds of 'violence' that are no blows: 'economic violence', 'verbal violence'.
_FIGURATIVE_VIOLENCE: Final = frozenset(
    {"economic", "structural", "symbolic", "verbal", "psychological", "emotional", "linguistic"}
)
# Causes of a death that no one inflicted ("died of the disease", "died from the cold").
_UNINFLICTED_CAUSES: Final = frozenset(
    {
        "disease", "illness", "cancer", "virus", "infection", "complication", "stroke", "fever", "flu",
        "influenza", "pneumonia", "malaria", "cholera", "covid", "coronavirus", "ebola", "outbreak",
        "epidemic", "dehydration", "exposure", "hypothermia", "cold", "hunger", "malnutrition",
        "starvation", "thirst", "heat", "overdose", "drowning",
    }
)  # fmt: skip
# Causes named by a word and its modifier: 'a heart attack', 'natural causes', 'old age'.
_NAMED_CAUSES: Final = frozenset({("attack", "heart"), ("cause", "natural"), ("age", "old")})
# Whom a state recalls when it protests: its diplomats.
_DIPLOMATS: Final = frozenset(
    {
        "ambassador", "envoy", "diplomat", "consul", "representative", "delegation", "mission", "embassy",
        "staff",
    }
)  # fmt: skip
_MONEY: Final = frozenset({"money", "fund", "cash", "resource", "billion", "million", "investment", "effort"})
# Posts someone takes over from another: an office, not a place or a building.
_OFFICES: Final = frozenset(
    {"presidency", "leadership", "post", "role", "helm", "chairmanship", "job", "duty"}
)
# Words that open an asked question ('asked them why', 'asked where they went'); 'asked Russia whether it
# could operate there' asks leave, a request.
_QUESTION_WORDS: Final = frozenset({"why", "how", "what", "when", "where", "who", "which"})
# Who calls a witness to the stand, not a person on the telephone.
_COURT_PARTIES: Final = frozenset(
    {"prosecutor", "prosecution", "defense", "defence", "lawyer", "attorney", "counsel"}
)
# What one burns with that is no fire ('burning with anger'), and what a burning one is urgent about.
_FEELINGS: Final = frozenset(
    {
        "anger", "rage", "fury", "shame", "desire", "ambition", "fever", "curiosity", "envy", "jealousy",
        "passion", "hatred", "resentment", "indignation", "humiliation", "grief", "love", "longing",
    }
)  # fmt: skip
_URGENT_THINGS: Final = frozenset({"issue", "question", "topic", "need", "problem", "concern"})
# What a plan or a report is met with when it is received, not met: a reaction.
_REACTIONS: Final = frozenset(
    {
        "anger", "criticism", "scepticism", "skepticism", "outrage", "silence", "resistance", "approval",
        "applause", "derision", "disbelief", "dismay", "protest", "opposition", "suspicion", "ridicule",
        "condemnation", "praise", "relief", "alarm", "concern", "fury", "hostility", "indifference",
    }
)  # fmt: skip
# Bodies whose name holds an event word: 'a commission of inquiry'.
_BODIES: Final = frozenset({"commission", "committee", "court", "board", "panel", "tribunal"})
_WEB_PAGES: Final = frozenset({"website", "site", "page", "webpage", "link", "url", "homepage", "blog"})
# Pronouns a call cannot reach: 'called it a disgrace', 'what they call the region'.
_THING_PRONOUNS: Final = frozenset({"it", "what", "this", "that", "which", "these", "those", "something"})
# People and bodies one telephones, named by their role.
_CALLED_PARTIES: Final = frozenset(
    {
        "counterpart", "leader", "president", "premier", "minister", "chancellor", "king", "queen",
        "prince", "emir", "sultan", "official", "ambassador", "envoy", "diplomat", "secretary", "spokesman",
        "spokeswoman", "governor", "mayor", "general", "commander", "chief", "head", "police", "officer",
        "mother", "father", "parent", "wife", "husband", "son", "daughter", "brother", "sister", "family",
        "friend", "relative", "neighbour", "neighbor", "boss", "colleague", "lawyer", "doctor", "ambulance",
        "authority", "government", "ministry", "office", "embassy", "agency", "journalist", "reporter",
        "editor", "host", "station", "dispatcher", "firefighter", "paramedic", "relatives", "ally", "partner",
        "newspaper", "paper", "hotline",
    }
)  # fmt: skip
# Meetings one calls, convening them: 'called an emergency cabinet meeting', 'called a session'.
_CALLED_MEETINGS: Final = frozenset({"meeting", "session", "summit", "conference", "talk", "consultation"})
_DECLARING: Final = frozenset({"declare", "impose", "proclaim", "announce", "extend", "lift", "enforce"})


def loose_reading(token: Token, entry: TriggerEntry) -> bool:
    """Whether a broad word of the lexicon names no event of its type here: a call that names something or
    calls a witness, aid that is words or a reward or a preposition ('given the risk'), a release of
    pictures or of patients, an emergency nobody declared, a memory recalled, a question asked, money poured
    in, a walk out of a shop, an accident, a word acting on no party (`abstract_reading`), a bare word in
    the sense news background uses it (`stray_reading`: 'the US-led coalition', 'sought refuge'), one a
    particle turns or a participle that only describes (`phrasal_sense`: 'gave in', 'freezing temperatures'),
    a warning of a hazard (`hazard_warning`), what a thing brought about (`enabled_by_no_one`), a verdict
    on acts told ('called the strikes an attack': `characterization`) or play in a match report
    (`play_in_match`)."""
    lemma, plover = token.lemma_.lower(), entry.plover
    if abstract_reading(token, entry) or stray_reading(token, entry) or newsroom_aside(token, entry):
        return True
    if play_in_match(token, entry):
        return True  # 'Furuhashi firing home twice' in a match report: play, no violence
    if entry.pos == "N" and characterization(token):
        return True  # 'called the strikes a deliberate attack': a verdict on acts told already
    if plover in ("REQUEST", "CONSULT") and lemma == "call" and names_a_verdict(token):
        return True  # 'called it an attack': the verdict's verb, no appeal and no call made
    if phrasal_sense(token, entry) or hazard_warning(token, entry) or enabled_by_no_one(token, entry):
        return True  # 'gave in', 'warned of famine', 'the offensive allowed the junta to ...'
    if lemma == "block" and any(c.dep_ == "prt" and c.lower_ == "out" for c in token.children):
        return True  # 'smoke blocked out the sky', 'blocked out the noise': shut from view, nothing barred
    check = _SENSE_CHECKS.get((plover, lemma))
    if check is not None and check(token):
        return True
    if plover == "CONSULT" and entry.phrase == "meet with":
        return _met_with_a_reaction(token)
    if plover == "CONSULT" and lemma == "call" and not entry.extras:
        return not _phone_call(token)
    if plover == "AID" and token.dep_ == "prep":
        return True  # 'given the number of journalists': a preposition, nothing is given
    if plover == "AID" and not entry.extras:
        return bool(_objects(token) & _NOT_AID) or hands_over_no_aid(token)
    if plover == "RETREAT" and entry.mode == "release" and lemma == "release":
        return bool(_objects(token) & _RELEASED_MEDIA) or _discharged(token)
    if entry.pos == "N" and lemma == "emergency":
        return not _declared_emergency(token)
    if plover == "SANCTION" and lemma == "recall" and not entry.extras:
        return not _objects(token) & _DIPLOMATS  # 'recalled the events': remembered
    if plover == "REQUEST" and lemma == "ask" and not entry.extras:
        return _question_asked(token)
    if plover == "PROTEST" and lemma == "pour":
        return bool(_objects(token) & _MONEY)  # 'poured money into schools'
    if plover == "PROTEST" and entry.phrase == "walk out":
        return _left_a_place(token)
    if plover == "COERCE" and entry.mode == "destroy" and _done_by_mishap_or_fire(token):
        return True  # 'a fire destroyed 2,000 shelters': no one destroyed them
    return plover == "ASSAULT" and (_accidental_blast(token) or _done_by_mishap(token))


def _done_by_mishap_or_fire(token: Token) -> bool:
    """Whether a destruction's doer is an accident, a disaster or a fire ('a fire destroyed the market');
    an arsonist's fire is told with its setter ('set fire to')."""
    fire = any(c.dep_ == "nsubj" and c.lemma_.lower() in ("fire", "blaze") for c in token.children)
    return fire or _done_by_mishap(token)


def _done_by_mishap(token: Token) -> bool:
    """'A stove fire injured two children', 'hurt by a gas explosion', 'the collapse of a canopy that killed
    15', 'killed in a road accident': the harm's doer is an accident or a disaster."""
    doers = [c for c in token.children if c.dep_ == "nsubj"]
    doers += [g for c in token.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    # 'a colleague was killed in a road accident': the accident it happened in did it (a hunting or gun
    # accident is a shooting, which the archive counts)
    doers += [
        g
        for c in token.children
        if c.lower_ == "in"
        for g in c.children
        if g.dep_ == "pobj" and not any(m.lower_ in _GUN_MISHAPS for m in g.children)
    ]
    if token.dep_ == "relcl":
        doers.append(token.head)  # 'a crash that killed 15', 'the collapse of a canopy that killed 15'
        if token.head.dep_ == "pobj" and token.head.head.lower_ == "of":
            doers.append(token.head.head.head)
    clauses = (c for t in (token, *token.conjuncts) for c in t.children if c.dep_ == "advcl")
    if any(c.lemma_.lower() in _MISHAP_VERBS and _told_when(c) for c in clauses):
        return True  # 'two were killed and 15 hurt when a bus plunged into a ravine'
    return any(_accidental_blast(d) or d.lemma_.lower() in _MISHAPS for d in doers)


def _left_a_place(token: Token) -> bool:
    """'Walked out of the shop': someone left a place, no one went on strike."""
    return any(t.lower_ == "of" for c in token.children for t in (c, *c.children))


def _question_asked(token: Token) -> bool:
    """'"Who was it?" he asked', 'asked why', 'asked them why': a question, not a request; one asks for
    something or asks someone to do it."""
    if any(c.dep_ == "xcomp" or c.lower_ == "for" for c in token.children):
        return False
    if any(t.text == "?" for c in token.children for t in c.subtree):
        return True  # the question itself is quoted: '"Who was it?" asked the lawyer'
    if any(c.dep_ == "ccomp" and c.doc[c.left_edge.i].lower_ in _QUESTION_WORDS for c in token.children):
        return True  # 'asked them why it happened', 'asked where they went'
    objects = [c for c in token.children if c.dep_ == "dobj"]
    return not objects or any(o.lemma_.lower() in ("question", "what", "whether") for o in objects)


def harmless(token: Token) -> bool:
    """Whether a word of violence tells a harm no one inflicted: a death by illness, an accidental blast, a
    killing an accident or a disaster did ('the collapse of a canopy killed 15')."""
    mishap = token.pos_ == "VERB" and _done_by_mishap(token)
    return natural_death(token) or _accidental_blast(token) or mishap


def _told_when(clause: Token) -> bool:
    """Whether a clause is told as the harm's moment ('when a bus plunged', 'as the ferry capsized'); one
    told before it ('killing her passengers after she crashed into a hospital') may be a driver's crime."""
    return any(c.dep_ in ("advmod", "mark") and c.lower_ in ("when", "as") for c in clause.children)


def _accidental_blast(token: Token) -> bool:
    """'A gas explosion', 'a boiler blast': an accident, not an attack."""
    return token.lemma_.lower() in _BLASTS and any(
        c.dep_ in ("compound", "amod") and c.lemma_.lower() in _ACCIDENT_WORDS for c in token.children
    )


def natural_death(token: Token) -> bool:
    """'Died of the disease', 'died from the cold': a death by illness or hardship, which no one inflicted."""
    if token.lemma_.lower() != "die":
        return False
    causes = (g for c in token.children if c.lower_ in ("of", "from") for g in c.children if g.dep_ == "pobj")
    return any(g.lemma_.lower() in _UNINFLICTED_CAUSES or _named_cause(g) for g in causes)


def _named_cause(cause: Token) -> bool:
    """'A heart attack', 'natural causes', 'old age': a cause of death its modifier names."""
    return any((cause.lemma_.lower(), c.lemma_.lower()) in _NAMED_CAUSES for c in cause.children)


def _objects(token: Token) -> set[str]:
    """The lemmas of what the verb acts on: its object, its subject when passive, or the noun its participle
    describes ('the images, released on Monday')."""
    found = {c.lemma_.lower() for c in token.children if c.dep_ in ("dobj", "nsubjpass")}
    if token.dep_ == "acl" and token.tag_ == "VBN" and token.head is not token:
        found.add(token.head.lemma_.lower())
    return found


def _phone_call(token: Token) -> bool:
    """'Called his counterpart': someone called, not a thing named ('called the blast an attack'), not a
    'so-called' or a 'group called X', not 'called for' read as a date ('called for three days of ...')."""
    if token.dep_ in ("amod", "acl") or any(
        c.dep_ in ("oprd", "xcomp", "ccomp", "auxpass") for c in token.children
    ):
        return False
    if any(c.dep_ == "nsubj" and c.lemma_.lower() in _COURT_PARTIES for c in token.children):
        return False  # 'prosecutors called a shop owner': a witness called to testify
    objects = [c for c in token.children if c.dep_ == "dobj"]
    return any(_party(o) for o in objects) and not any(c.lower_ == "for" for c in token.children)


def _burning_feeling(token: Token) -> bool:
    """'Burning with anger', 'a burning ambition', 'the burning question': a feeling or urgency, no fire."""
    if token.dep_ == "amod" and token.head.lemma_.lower() in _FEELINGS | _URGENT_THINGS:
        return True
    felt = (g for c in token.children if c.lower_ == "with" for g in c.children if g.dep_ == "pobj")
    return any(g.lemma_.lower() in _FEELINGS for g in felt)


def _dispersed_of_itself(token: Token) -> bool:
    """'Many fighters had dispersed', 'the protesters dispersed peacefully': a crowd that broke up of
    itself, with no one dispersing it ('police dispersed them', 'they were dispersed')."""
    if token.pos_ != "VERB" or token.dep_ in ("amod", "acl", "relcl"):
        return False
    return not any(c.dep_ in ("dobj", "nsubjpass", "auxpass", "agent") for c in token.children)


def _met_with_a_reaction(token: Token) -> bool:
    """'The report was met with anger': a reception, not a meeting."""
    return any(
        c.lower_ == "with" and any(g.lemma_.lower() in _REACTIONS for g in c.children if g.dep_ == "pobj")
        for c in token.children
    )


def _hailed_as_what(token: Token) -> bool:
    """'Nineveh, hailed as a cradle of civilisation', 'what was hailed at the time as a landmark': a thing
    described by what it is called, no one named praising anyone ('hailed by the envoy as a breakthrough' and
    'the minister hailed the deal' stay praise)."""
    passive = token.dep_ in ("acl", "amod") or any(c.dep_ == "auxpass" for c in token.children)
    described = any(c.dep_ == "prep" and c.lower_ == "as" for c in token.children)
    praiser = any(c.dep_ == "agent" for c in token.children)
    return passive and described and not praiser


def _shot_at_goal(token: Token) -> bool:
    """'Put his side ahead with a stunning strike early in the second half': a shot in a ball game, told
    with the game's words in its sentence, not a walkout."""
    words = {t.lower_ for t in token.sent}
    halves = any(_game_half(t) for t in token.sent)
    return bool(words & _BALL_GAME) or halves


def _figurative_violence(token: Token) -> bool:
    """'There is economic violence', 'verbal violence against reporters': harm of another kind, no attack."""
    return any(c.dep_ == "amod" and c.lower_ in _FIGURATIVE_VIOLENCE for c in token.children)


def _talk_not_talks(token: Token) -> bool:
    """'A lot of talk about the tax', 'gave a talk at the university': talk is speech or a lecture; parties
    meet in 'talks'."""
    return token.pos_ == "NOUN" and token.tag_ == "NN"


def _game_half(token: Token) -> bool:
    """'In the first half', 'early in the second half': a half of a game, not 'the first half of the year'."""
    if token.lower_ != "half" or token.i == 0 or token.nbor(-1).lower_ not in _HALVES:
        return False
    return token.i + 1 >= len(token.doc) or token.nbor(1).lower_ != "of"


def _web_page_visited(token: Token) -> bool:
    """'Click here to visit gu.com/letters', 'visit our website': a page on the web, not a place or a host."""
    pages = (o for o in token.children if o.dep_ == "dobj")
    return any(o.like_url or o.lemma_.lower() in _WEB_PAGES for o in pages)


def _inquiry_body(token: Token) -> bool:
    """'A commission of inquiry': a body's name, no inquiry opened."""
    return token.dep_ == "pobj" and token.head.head.lemma_.lower() in _BODIES


def _party(noun: Token) -> bool:
    """Whether a called object can answer a telephone (a name, a person's pronoun, an organisation or a
    person's role: 'his counterpart') or is a meeting convened ('called an emergency meeting'), not a thing
    named or decided ('called the shots', 'called the elections early', 'called the plan a disgrace')."""
    if noun.pos_ == "PROPN" or noun.ent_type_ in ("PERSON", "ORG", "NORP", "GPE"):
        return True
    if noun.pos_ == "PRON":
        return noun.lower_ not in _THING_PRONOUNS
    return noun.lemma_.lower() in _CALLED_PARTIES or noun.lemma_.lower() in _CALLED_MEETINGS


def _discharged(token: Token) -> bool:
    """'Treated and released', 'released from hospital': patients sent home."""
    joined = token.head if token.dep_ == "conj" else None
    if joined is not None and joined.lemma_.lower() == "treat":
        return True
    return any(
        c.lower_ == "from" and any(g.lemma_.lower() in HOSPITALS for g in c.children) for c in token.children
    )


def _declared_emergency(token: Token) -> bool:
    """'A state of emergency', 'declared an emergency': an emergency that is a measure, not a crisis."""
    head = token.head
    if head.lower_ == "of" and head.head.lemma_.lower() == "state":
        return True
    return token.dep_ in ("dobj", "nsubjpass") and head.lemma_.lower() in _DECLARING


# Who holds a hearing to question a nominee or an official, and what marks it: testimony, no accusation.
_LAWMAKERS: Final = frozenset(
    {
        "committee", "subcommittee", "senate", "congress", "parliament", "panel", "house", "confirmation",
        "congressional", "parliamentary", "budget", "oversight", "senator", "lawmaker", "mp",
    }
)  # fmt: skip


def _lawmakers_hearing(noun: Token) -> bool:
    """'His Senate confirmation hearing', 'told a hearing of the armed services committee', 'Pompeo's hearing
    to be top diplomat': lawmakers questioning a nominee or an official, not a court hearing a charge."""
    children = list(noun.children)
    if any(c.dep_ in ("compound", "amod") and c.lemma_.lower() in _LAWMAKERS for c in children):
        return True
    head = noun.head
    to_be = (
        noun.dep_ == "nsubj" and head.lemma_.lower() == "be" and any(c.lower_ == "to" for c in head.children)
    )
    if to_be or any(c.dep_ == "acl" and c.lemma_.lower() == "be" for c in children):
        return True  # 'his hearing to be secretary of state': a nomination
    held_by = (g for c in children if c.lower_ in ("of", "before") for g in c.children if g.dep_ == "pobj")
    return any(g.lemma_.lower() in _LAWMAKERS for g in held_by)


def _pulled_nowhere(token: Token) -> bool:
    """'Deputies pulled over a car, and the passenger got out': the particle of a withdrawal ('pulled out',
    'pulled back') must be the verb's own, not one of a clause joined to it."""
    return not any(c.lower_ in ("out", "back") for c in token.children)


def _described_as_accused(token: Token) -> bool:
    """'A mob lynched a man accused of blasphemy': a participle that describes the one an act was done to
    by a charge already laid, no accusation made. A follow-up's subject so described ('A man accused of
    killing his ex-girlfriend has been ordered to stand trial') keeps it: the charge tells the attack it is
    about, whose toll the reading carries (GVA study: 2 articles), and one whose accuser is named is news.
    """
    described = token.dep_ == "acl" and token.tag_ == "VBN" and token.head.dep_ == "dobj"
    # 'dissolve his foundation, accused of violations by the attorney general': the accuser makes it news
    return described and not any(c.dep_ == "agent" for c in token.children)


def _summoned_to_a_place(token: Token) -> bool:
    """'Officers were called to the block on reports of shots fired': police sent to a scene, no appeal
    made ('was called on to resign' is one)."""
    if not any(c.dep_ == "auxpass" for c in token.children):
        return False
    return any(
        c.dep_ == "prep" and c.lower_ == "to" and any(g.dep_ == "pobj" for g in c.children)
        for c in token.children
    )


def _office_taken(token: Token) -> bool:
    """'Took over as director', 'took over from Zaitouneh', 'took over the leadership': a post passed on to
    someone, nothing seized."""
    if not any(c.dep_ == "prt" and c.lower_ == "over" for c in token.children):
        return False
    preps = [c for c in token.children if c.dep_ == "prep"]
    if any(p.lower_ == "as" for p in preps):
        return True
    successor = any(
        g.dep_ == "pobj" and g.ent_type_ == "PERSON" for p in preps if p.lower_ == "from" for g in p.children
    )
    return successor or bool(_objects(token) & _OFFICES)


# Bare words in another sense, by (PLOVER type, lemma): police sent to a scene, a particle of another clause,
# someone described by a charge, a fire of feeling, a crowd that broke up of itself, a thing hailed as what it
# is called, a shot at goal, talk that is no talks, economic or verbal violence, a web page visited, a body
# named for an inquiry.
_SENSE_CHECKS: Final[dict[tuple[str, str], Callable[[Token], bool]]] = {
    ("REQUEST", "call"): _summoned_to_a_place,
    ("RETREAT", "pull"): _pulled_nowhere,
    ("ACCUSE", "accuse"): _described_as_accused,
    ("COERCE", "burn"): _burning_feeling,
    ("COERCE", "disperse"): _dispersed_of_itself,
    ("SUPPORT", "hail"): _hailed_as_what,
    ("PROTEST", "strike"): _shot_at_goal,
    ("CONSULT", "talk"): _talk_not_talks,
    ("ASSAULT", "violence"): _figurative_violence,
    ("PROTEST", "violence"): _figurative_violence,
    ("CONSULT", "visit"): _web_page_visited,
    ("ACCUSE", "inquiry"): _inquiry_body,
    ("ACCUSE", "hearing"): _lawmakers_hearing,
    ("COERCE", "take"): _office_taken,
}
