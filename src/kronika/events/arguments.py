"""Argument spans of an event trigger: the head tokens of who acted (actors) and who was acted on."""

from __future__ import annotations

from typing import Final

from spacy.tokens import Token

from kronika.events.lexicon import TriggerEntry
from kronika.events.rules import controlling_object, is_agent_like, witnesses
from kronika.events.spans import subject_stretch
from kronika.events.target_words import standing_for
from kronika.events.when_doers import when_doers

_TARGET_PREPS: Final = frozenset({"against", "on", "upon", "at", "with", "into", "onto"})
_PLACE_NOUNS: Final = frozenset({"street", "square", "road", "avenue", "capital", "city", "town", "streets"})
_PLACE_ENTS: Final = frozenset({"GPE", "LOC", "FAC"})
# Nouns of spots, which a "by" or a possessive may name without naming a doer ("by the river").
_SPOT_NOUNS: Final = _PLACE_NOUNS | frozenset(
    {
        "river", "lake", "sea", "mountain", "hill", "bridge", "park", "highway", "border", "village",
        "district", "area", "neighborhood", "neighbourhood", "market", "building", "house", "home",
    }
)  # fmt: skip
_NOT_DOER_ENTS: Final = frozenset({"DATE", "TIME", "LOC", "FAC", "CARDINAL", "ORDINAL", "PERCENT", "MONEY"})
# Heads of administrative place names ("Rathedaung Township", "Sittwe District").
_PLACE_HEADS: Final = frozenset(
    {"township", "district", "state", "province", "region", "county", "village", "town", "city"}
)
_SUBJECT_DEPS: Final = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass", "expl", "auxpass"})
# Verbs nobody undergoes: read as a participle on a noun, the parser misread a finite verb
# ("around 100 people protested"), so the noun protested; it was not "protested".
_DOER_VERBS: Final = frozenset(
    {"protest", "demonstrate", "rally", "march", "riot", "strike", "gather", "clash", "picket", "assemble"}
)
# Prepositions by which a passive clause names the event that did it: "killed following an attack by X".
_CAUSE_PREPS: Final = frozenset({"in", "during", "following", "after", "amid", "from"})
# Event nouns whose doers a passive clause borrows; the mutual ones name both sides ("clashes with X").
_MUTUAL_NOUNS: Final = frozenset(
    {
        "clash", "fighting", "firefight", "gunfight", "shootout", "exchange", "encounter", "confrontation",
        "battle", "skirmish", "fight", "crossfire", "gunbattle", "standoff",
    }
)  # fmt: skip
_CAUSE_NOUNS: Final = _MUTUAL_NOUNS | frozenset(
    {
        "attack", "assault", "ambush", "raid", "shooting", "operation", "airstrike", "strike", "bombing",
        "shelling", "offensive", "incursion", "crackdown", "violence", "riot", "fire", "gunfire",
    }
)  # fmt: skip
# Abbreviated explosive devices, written as proper nouns: a weapon, never a doer.
_DEVICE_NAMES: Final = frozenset({"ied", "ieds", "rcied", "vbied", "svbied", "pbied", "uxo", "rpg", "rpgs"})
# Verbs of seeing and recording, which a report of fire may hang its event on: their subject only
# watched ("the mission recorded 40 explosions"), it did not fire.
_OBSERVING: Final = frozenset(
    {"observe", "see", "hear", "record", "witness", "monitor", "detect", "register", "notice", "spot"}
)
# Verbs whose subject underwent what their object names.
_UNDERGOING: Final = frozenset({"suffer", "sustain", "receive", "undergo", "endure"})
# Verbs whose subject took part in the event noun they govern: "took part in a protest", "on a visit".
_PARTICIPATION: Final = frozenset(
    {"participate", "take", "join", "engage", "involve", "arrive", "come", "go", "travel", "lead", "be"}
)
# Event nouns that the actors stage reads as their user's, from the phrase's modifiers.
_USED_EVENTS: Final = frozenset(
    {"airstrike", "strike", "raid", "shelling", "bombardment", "attack", "assault", "offensive", "bombing"}
)
# Verbs whose object is an instrument its subject used: "protesters lit burning barricades".
_USING_VERBS: Final = frozenset({"use", "throw", "hurl", "erect", "set", "light", "place", "put", "pelt"})
# Participles whose passive subject holds the stance: "Israel is opposed to", "X is committed to".
# Qualifiers of a subject the parser may read as the main verb: "suspected ISGS militants attacked ...".
_QUALIFIERS: Final = frozenset({"suspected", "presumed", "alleged", "reported"})
_STANCES: Final = frozenset({"oppose", "commit", "determine", "resolve", "dedicate", "prepare"})
# Verbs of feeling whose passive subject feels it: "the ministry was concerned over the unrest" voices
# the ministry's concern; it is not the unrest's target.
_FEELINGS: Final = frozenset({"concern", "worry", "alarm", "dismay", "outrage", "disappoint", "trouble"})
# Verbs that pin an event noun on its doer: "an attack attributed to X", "an attack claimed by X".
_ASCRIBING: Final = frozenset({"attribute", "blame", "claim", "carry", "conduct", "launch", "perpetrate"})


def arguments(token: Token, entry: TriggerEntry) -> tuple[list[Token], list[Token]]:
    """Head tokens of the trigger's actors (doers) and targets (done to)."""
    if token.pos_ == "NOUN":
        actors, targets = _noun_arguments(token)
    elif token.dep_ == "amod" and token.head.pos_ == "NOUN":
        actors, targets = _modifier_arguments(token), []
    else:
        actors, targets = _verb_arguments(token, entry)
    actors = [_antecedent(a) for a in actors]
    # "reversed X's conviction" was done to X, "seized the parliament building" to parliament
    targets = [o for t in targets for o in standing_for(t)]
    targets = [_antecedent(t) for t in targets if t.lemma_.lower() not in entry.extras]
    return _with_conjuncts(actors), _with_conjuncts(targets)


def _antecedent(token: Token) -> Token:
    """A relative pronoun stands for the noun its clause modifies ('politicians that protesters freed')."""
    if token.tag_ in ("WDT", "WP") and token.head.dep_ == "relcl":
        return token.head.head
    return token


def _verb_arguments(verb: Token, entry: TriggerEntry) -> tuple[list[Token], list[Token]]:
    """Subject or passive agent as actor; object, passive subject, against/on/at/with objects as target."""
    actors: list[Token] = []
    targets: list[Token] = []
    passive = _is_passive_participle(verb) and any(c.dep_ == "agent" for c in verb.children)
    target_preps = _TARGET_PREPS | set(entry.extras)  # "call on X", "set fire to X", "break into X"
    stance = verb.lemma_.lower() in _STANCES | _FEELINGS and not passive  # "Israel is opposed to X"
    onlooker = verb.lemma_.lower() in _OBSERVING  # "monitors observed 20 explosions": they only saw them
    undergoer = verb.lemma_.lower() in _UNDERGOING  # "the victim suffered injuries": it was done to them
    misread = _misread_passive(verb)
    for child in verb.children:
        if child.dep_ == "nsubj" and onlooker:
            continue
        if child.dep_ == "nsubj" and undergoer:
            targets.append(child)
            continue
        if (child.dep_ == "nsubj" and not passive) or (child.dep_ == "nsubjpass" and (stance or misread)):
            actors.append(_past_setting(child))
        elif child.dep_ == "agent":
            actors.extend(g for g in child.children if g.dep_ == "pobj")
        elif child.dep_ in ("nsubjpass", "dobj", "nsubj"):
            targets.append(child)
        elif child.dep_ in ("prep", "prt", "dative") and child.lower_ in target_preps:
            targets.extend(g for g in child.children if g.dep_ == "pobj" and not _is_place(g))
    if actors:
        # "the army's shelling of the village killed five": the event noun's own doer did it
        actors = [d for a in actors for d in (_event_noun_doers(a) or [a])]
    else:  # borrowed doers are people already: "pushed the country's electoral body to cancel"
        actors = (
            _inherited_actors(verb)
            or _conjunct_agents(verb)
            or _cause_doers(verb)
            or when_doers(verb)  # "were injured when officers fired tear gas"
            or fronted_subject(verb)
        )
    participle = verb.dep_ == "acl" and _is_passive_participle(verb) and verb.head.dep_ != "ROOT"
    misread = verb.lemma_.lower() in _DOER_VERBS  # "people protested" misread as a participle
    if participle and not targets and not misread:
        targets = [verb.head]  # "mines seized by marauders": the modified noun is what was seized
    return actors, targets


def _misread_passive(verb: Token) -> bool:
    """Whether the parser read an active clause as passive because an all-caps "IS" (the Islamic State)
    closing the subject looks like "is" ("Boko Haram/IS attacked the village" is no passive): such a
    verb's passive subject did it."""
    return any(c.dep_ == "auxpass" and c.text == "IS" for c in verb.children)


def _past_setting(subject: Token) -> Token:
    """ "in X village, Y Township, Z District, three members of W clashed": the parser may make the
    places the subject and the real one their apposition; the apposition acted. A preposition read
    as the subject ("between 100 and 150 protesters rallied") stands for its object."""
    objects = [c for c in subject.children if c.dep_ == "pobj"]
    if subject.pos_ == "ADP" and objects:
        return objects[0]
    if not _is_place(subject) and subject.lower_ not in _PLACE_HEADS:
        return subject
    appositions = [c for c in subject.children if c.dep_ == "appos" and c.pos_ in ("NOUN", "PROPN")]
    people = [a for a in appositions if not _is_place(a) and a.lower_ not in _PLACE_HEADS]
    return people[-1] if people else subject


def _modifier_arguments(word: Token) -> list[Token]:
    """The doer of a trigger that only describes a noun: "barricaded roads with burning tyres".

    Whoever used the described thing did it: the subject of the clause the noun belongs to.
    """
    noun = word.head
    used = noun.dep_ == "pobj" and noun.head.lower_ == "with"  # "blocked roads with burning tyres"
    if not used and not (noun.dep_ == "dobj" and noun.head.lemma_.lower() in _USING_VERBS):
        return []  # "suffered life-threatening injuries": the noun is no one's instrument
    holder = noun.head.head if used else noun.head
    if holder.dep_ == "dobj" and holder.pos_ == "NOUN":
        holder = holder.head  # "barricaded roads with burning tyres": "with" hangs on the object
    if holder.pos_ not in ("VERB", "AUX"):
        return []
    return [c for c in holder.children if c.dep_ == "nsubj"] or fronted_subject(holder)


def _cause_doers(verb: Token) -> list[Token]:
    """Who did what a passive clause reports: "killed following an attack by X", "during clashes with X".

    Only a clause without its own subject borrows them; a conjunct's cause serves its partner
    ("6 were killed and 5 wounded following attacks by X").
    """
    if any(c.dep_ in ("nsubj", "csubj") for c in verb.children):
        return []
    for clause in (verb, *verb.conjuncts):
        for prep in clause.children:
            if prep.lower_ not in _CAUSE_PREPS:  # "following" may be parsed as a participle
                continue
            for obj in prep.children:
                doers = _event_sides(obj) if obj.dep_ in ("pobj", "pcomp") else []
                if doers:
                    return doers
    return []


def _event_sides(event: Token) -> list[Token]:
    """The doers an event noun names ("an attack by X", "X's raid", "clashes with X"), or a
    gerund's partner ("after exchanging fire with X")."""
    words = {event.lemma_.lower(), event.lower_}
    if event.pos_ == "VERB" and words.isdisjoint(_CAUSE_NOUNS):
        mutual = event.lemma_.lower() in ("exchange", "clash", "fight", "engage")
        return _with_objects(event) if mutual else []
    if words.isdisjoint(_CAUSE_NOUNS):
        return []
    doers = [a for a in _noun_arguments(event)[0] if a.pos_ != "PRON" and _can_act(a)] or _ascribed(event)
    if not doers and not words.isdisjoint(_MUTUAL_NOUNS):
        doers = _between(event) or _with_objects(event)
    return [d for d in doers if _can_act(d)]


def _can_act(token: Token) -> bool:
    """Whether a noun could be who did it: not a day ("Wednesday's shooting") or a spot ("by the river")."""
    return token.ent_type_ not in _NOT_DOER_ENTS and token.lemma_.lower() not in _SPOT_NOUNS


def _ascribed(event: Token) -> list[Token]:
    """ "an attack attributed to X", "an attack claimed by X": the doer a participle names."""
    for acl in event.children:
        if acl.dep_ == "acl" and acl.lemma_.lower() in _ASCRIBING:
            for prep in acl.children:
                if prep.dep_ in ("prep", "agent") and prep.lower_ in ("to", "by"):
                    return [g for g in prep.children if g.dep_ == "pobj"]
    return []


def _with_objects(token: Token) -> list[Token]:
    """The objects of the token's 'with' phrases, and of its object's ("exchanged fire with X")."""
    holders = [token, *(c for c in token.children if c.dep_ == "dobj")]
    return [
        g
        for h in holders
        for c in h.children
        if c.dep_ == "prep" and c.lower_ == "with"
        for g in c.children
        if g.dep_ == "pobj"
    ]


def _between(token: Token) -> list[Token]:
    """The first side of a 'between X and Y' phrase (its conjuncts join later)."""
    return [
        g
        for c in token.children
        if c.dep_ == "prep" and c.lower_ == "between"
        for g in c.children
        if g.dep_ == "pobj"
    ]


def fronted_subject(verb: Token) -> list[Token]:
    """The subject the parser hung on a fronted setting: "On 2 May, in Lima, around 100 traders protested".

    Used only for a verb without any subject of its own that is not a passive participle (unless
    nobody could undergo it); the words between the setting and the verb must be one noun phrase.
    """
    gerund = [
        d
        for c in verb.children
        if c.dep_ == "csubj" and c.tag_ == "VBG"
        for d in c.children
        if d.dep_ == "dobj"
    ]
    if gerund:  # "driving instructors held a protest", read as a gerund clause
        return gerund[:1]
    if any(c.dep_ in _SUBJECT_DEPS for c in verb.children) or verb.dep_ not in ("ROOT", "acl"):
        return []
    perfect = any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)  # "have agreed"
    if _is_passive_participle(verb) and not perfect and verb.lemma_.lower() not in _DOER_VERBS:
        return []
    stretch = subject_stretch(verb)
    inside = {t.i for t in stretch}
    if verb.dep_ == "acl" and verb.head.i not in inside:
        return []  # a participle on an earlier noun, not a misread finite verb
    opener = stretch[0].i if stretch and stretch[0].pos_ == "ADP" else -1  # "between 100 and 150 X"
    for token in stretch:
        outside = token.head.i not in inside or token.head.i in (token.i, opener)
        if token.pos_ in ("NOUN", "PROPN", "PRON", "NUM") and outside:
            return [token] if token.ent_type_ not in ("DATE", "TIME") else []
    return []


def _event_noun_doers(subject: Token) -> list[Token]:
    """The possessor or 'by' agent of a subject that names an event rather than a doer."""
    if subject.pos_ != "NOUN" or is_agent_like(subject):
        return []
    return _noun_arguments(subject)[0]


def _conjunct_agents(verb: Token) -> list[Token]:
    """'the mine had been seized and the offices robbed by a gang': the agent serves both verbs."""
    return [
        g
        for conj in verb.conjuncts
        for child in conj.children
        if child.dep_ == "agent"
        for g in child.children
        if g.dep_ == "pobj"
    ]


def _inherited_actors(verb: Token) -> list[Token]:
    """The subject a conjunct, a controlled clause or a participle shares with its head."""
    head = verb.head
    if head is verb:
        return []
    if verb.dep_ == "conj":
        head = _misread_qualifier(conjunct_head(verb))
    if verb.dep_ in ("conj", "xcomp", "advcl") and head.pos_ in ("VERB", "AUX"):
        controller = controlling_object(verb)
        if controller is not None:
            return [controller]
        # "X was reported to have attacked": a raising or control verb's passive subject did it too
        deps = ("nsubj", "nsubjpass") if verb.dep_ == "xcomp" else ("nsubj",)
        subjects = [c for c in head.children if c.dep_ in deps]
        if verb.dep_ == "conj":
            return subjects or _inherited_actors(head)
        return subjects
    if _comma_participle_on_object(verb):
        return [c for c in head.head.children if c.dep_ == "nsubj"]
    active = not _is_passive_participle(verb) or head.dep_ == "ROOT"  # a noun ROOT: the parse missed the verb
    if verb.dep_ in ("acl", "pcomp") and active:
        return [_mover(head)] if head.pos_ in ("NOUN", "PROPN", "PRON") else []
    return []


def _mover(noun: Token) -> Token:
    """The doer of a participle the parser hung on a place another participle's noun moves through
    ('crowds roaming the streets targeting shops'): that noun, not the streets."""
    if noun.lemma_.lower() in _PLACE_NOUNS and noun.dep_ == "dobj" and noun.head.dep_ == "acl":
        return noun.head.head
    return noun


def _misread_qualifier(head: Token) -> Token:
    """The verb a conjunct really shares its subject with where the parser read a qualifier before the
    subject as the main verb ("suspected ISGS militants attacked the village, and killed two": "suspected"
    becomes the root, "attacked" its complement and "killed" its conjunct): the complement, whose
    subject starts right after the qualifier."""
    if head.lower_ not in _QUALIFIERS or any(c.dep_ in ("nsubj", "nsubjpass") for c in head.children):
        return head
    for clause in (c for c in head.children if c.dep_ == "ccomp"):
        if any(c.dep_ == "nsubj" and c.left_edge.i == head.i + 1 for c in clause.children):
            return clause
    return head


def _comma_participle_on_object(verb: Token) -> bool:
    """'They formed a council, criticizing the president': the parser hangs the participle on the object,
    but one set off by a comma after a verb's object tells what the verb's subject did."""
    head = verb.head
    return (
        verb.dep_ == "acl"
        and verb.tag_ == "VBG"
        and head.dep_ == "dobj"
        and head.i < verb.i
        and any(t.text == "," for t in verb.doc[max(head.i + 1, verb.i - 3) : verb.i])
    )


def conjunct_head(verb: Token) -> Token:
    """The verb a conjunct is coordinated with, past a misparse.

    "X insisted the situation is calm, and accused Y": the parser hangs "accused" on the copula of
    the complement; an event verb coordinated with a stative "be" complement belongs to the verb above.
    """
    head = verb.head
    if head.lemma_ == "be" and head.dep_ == "ccomp" and verb.tag_ != head.tag_:
        return head.head
    return head


def _is_passive_participle(verb: Token) -> bool:
    """A past participle used adjectivally ('mines seized by marauders')."""
    return verb.tag_ == "VBN"


def _noun_arguments(noun: Token) -> tuple[list[Token], list[Token]]:
    """Possessor, 'by X' and a light verb's subject as actor; 'against/on/of/with X' as target."""
    if noun.dep_ == "compound" and noun.head.pos_ == "NOUN" and noun.head.i > noun.i:
        return _noun_arguments(noun.head)  # "artillery fire by an unknown party": the phrase's head has them
    named = [c for c in noun.children if c.dep_ == "poss" or _names_people(c) or _doer_compound(c)]
    actors = [c for c in named if _can_act(c)]  # not "Wednesday's shooting"
    if actors and noun.lemma_.lower() in _USED_EVENTS and not any(a.dep_ == "poss" for a in actors):
        actors = [noun]  # "Saudi-led coalition air raids": the actors stage reads the whole phrase
    targets: list[Token] = []
    for child in noun.children:
        objects = [g for g in child.children if g.dep_ == "pobj"]
        if child.dep_ == "prep" and child.lower_ == "by":
            actors.extend(o for o in objects if _can_act(o))
        elif child.dep_ == "prep" and child.lower_ in _TARGET_PREPS | {"of"}:
            targets.extend(o for o in objects if not _is_place(o))
        elif _names_doer(child):
            actors.append(child)
    if not actors and noun.dep_ == "dobj" and not witnesses(noun.head):
        actors = [c for c in noun.head.children if c.dep_ == "nsubj"] or _light_verb_subject(noun.head)
    if not actors:
        actors = _participants(noun) or _sides(noun)
    return actors, targets


def _names_doer(modifier: Token) -> bool:
    """ "Taliban attack": a proper noun before an event noun names its doer; "an IED attack" its weapon."""
    if modifier.dep_ != "compound" or modifier.pos_ != "PROPN":
        return False
    return modifier.ent_type_ not in ("DATE", "TIME") and modifier.lower_ not in _DEVICE_NAMES


def _doer_compound(modifier: Token) -> bool:
    """ "coalition air raids", "police operation", "student protest": a group noun before the event."""
    return modifier.dep_ == "compound" and modifier.pos_ == "NOUN" and is_agent_like(modifier)


def _names_people(modifier: Token) -> bool:
    """ "Palestinian riots", "Israeli airstrikes": a nationality word before an event noun names its doer."""
    if modifier.dep_ != "amod" or modifier.ent_type_ != "NORP" or modifier.i > modifier.head.i:
        return False
    before = [t.lower_ for t in modifier.doc[max(0, modifier.i - 2) : modifier.i]]
    return "anti" not in before and not modifier.lower_.startswith(("anti-", "pro-"))


def _light_verb_subject(verb: Token) -> list[Token]:
    """The subject of "held a protest", "staged a demonstration" when the parser lost it."""
    return fronted_subject(verb) if verb.pos_ in ("VERB", "AUX") else []


def _participants(noun: Token) -> list[Token]:
    """Who took part in an event noun: "workers took part in a protest", "X arrived on a visit"."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in ("in", "on") or prep.head.pos_ not in ("VERB", "AUX"):
        return []
    verb = prep.head
    if verb.lower_ == "part" and verb.head.lemma_ == "take":
        verb = verb.head  # "took part in": the parser may hang "in" on "part"
    if verb.lemma_.lower() not in _PARTICIPATION or (verb.lemma_ == "be" and prep.lower_ != "on"):
        return []
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    return subjects or fronted_subject(verb)


def _sides(noun: Token) -> list[Token]:
    """Both sides of a mutual event: "clashes (took place) between X and Y"."""
    if noun.lemma_.lower() not in _MUTUAL_NOUNS:
        return []
    found = _between(noun)
    if not found and noun.dep_ in ("nsubj", "nsubjpass", "attr"):
        found = _between(noun.head)
    return found


def of_objects(token: Token) -> list[Token]:
    """The objects of the token's 'of' phrases."""
    return [g for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children]


def _is_place(token: Token) -> bool:
    """A place noun ('onto the streets', 'in Bishkek') is a location, not a target."""
    return token.ent_type_ in _PLACE_ENTS or token.lemma_.lower() in _PLACE_NOUNS


def _with_conjuncts(heads: list[Token]) -> list[Token]:
    """The heads plus their conjuncts ('Hungarian and Romanian officials', 'X and Y')."""
    out: list[Token] = []
    for head in heads:
        out.append(head)
        out.extend(
            t
            for t in head.conjuncts
            if t.i > head.i and t.pos_ in ("NOUN", "PROPN", "PRON") and len(t.text) > 1  # not "SPLM/A"'s A
        )
    return out
