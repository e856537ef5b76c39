"""What a wound or an injury noun tells of who bears it: 'he sustained injuries', 'a man with a gunshot
wound', 'found suffering from wounds', and whether that bearer lived ('a graze wound', 'is recovering') or
died ('a fatal gunshot wound'); `kronika.casualties.findings` asks this of each wound word it reads."""

from __future__ import annotations

from spacy.tokens import Token

from kronika.casualties.fatal_parts import FATAL_WORDS, told_of_part
from kronika.casualties.later import one_of_them_died
from kronika.casualties.phrases import besides_counted, phrase_count
from kronika.casualties.single_count import is_number_word, labels
from kronika.casualties.special_words import victim_ordinal
from kronika.casualties.victims import COMPLEMENTS, SUBJECTS, antecedent, clause_subject
from kronika.casualties.words import OBJECTS, casualty_kind, child


def sufferers(token: Token) -> int | None:
    """'He sustained injuries', 'five were treated for wounds': the verb's subject bears the injuries."""
    holder = sufferer(token)
    return phrase_count(holder) if holder is not None else None


def sufferer(token: Token) -> Token | None:
    """The head of the phrase naming who bears the injuries or wounds a noun tells of."""
    if not token.lower_.startswith(("injur", "wound")):
        return None
    verb, holder = token.head, None
    if token.dep_ == "pobj" and verb.lower_ in {"for", "with", "from"}:
        preposition, verb = verb, verb.head
        if verb.pos_ in {"NOUN", "PROPN"} and preposition.lower_ == "with":
            # "a man with a gunshot wound"; "left his son, her brother and a neighbor with gunshot wounds":
            # the parse hangs the wounds on the list's last item, but the list bears them
            holder = _list_head(verb)
        elif preposition.lower_ == "with":
            holder = child(verb, OBJECTS)  # "medics took the man, with a wound in the chest"
        elif preposition.lower_ == "from" and verb.lemma_.lower() not in {"suffer", "bleed", "recover"}:
            return None  # "died from wounds": the wounds killed; "back from wounds" counts no one
        elif verb.dep_ in {"acl", "advcl"} and verb.head.pos_ in {"NOUN", "PROPN"}:
            holder = verb.head  # "found a man suffering from gunshot wounds"
            if labels(holder):  # "a man was found in the 1800 block suffering from wounds": the man
                holder = clause_subject(verb.head)
    elif token.dep_ not in OBJECTS:
        return None
    if holder is None and _died(verb):
        return None  # "pronounced dead with a gunshot wound": the wound killed, it is not an injury
    holder = holder or next((c for c in verb.children if c.dep_ in SUBJECTS), None)
    if holder is None and verb.dep_ == "pcomp" and verb.head.dep_ == "prep" and not _died(verb.head.head):
        # "a boy is recovering after suffering a gunshot wound": who bears it is the subject of the verb
        # the preposition hangs on (not where that verb tells a death: 'died after suffering a wound')
        holder = next((c for c in verb.head.head.children if c.dep_ in SUBJECTS), None)
    if holder is None and verb.dep_ == "conj" and verb.head.pos_ in {"VERB", "AUX"}:
        # "was also struck but suffered minor injuries": the verb shares its subject with the one before it
        holder = next((c for c in verb.head.children if c.dep_ in SUBJECTS), None)
    if holder is None and verb.dep_ in {"advcl", "xcomp"}:
        # "three men were found suffering from gunshot wounds", "police found him bleeding from a wound": who
        # was found, not who found them
        holder = child(verb.head, OBJECTS | {"nsubjpass"})
    return antecedent(holder) if holder is not None else None


def _list_head(item: Token) -> Token:
    """The first item of the list of people a word is joined into ('son' of 'his son, her brother and a
    neighbor'), up the parse's chain of conjuncts and appositions; the word itself where it is joined to
    nothing, or where an item before it has a 'with' of its own ('one victim with a gunshot wound and a
    second with injuries from a beating': each bears his own) or is no person ('a gunshot injury and a
    second victim with injuries', the parse joining the victim to the wound before him)."""
    head = item
    while head.dep_ in {"conj", "appos"} and head.head.pos_ in {"NOUN", "PROPN"} and head.head.i < head.i:
        head = head.head
        wound = head.lower_.startswith(("injur", "wound")) or casualty_kind(head) is not None
        if wound or any(c.dep_ == "prep" and c.lower_ == "with" for c in head.children):
            return item
    return head


def _died(verb: Token) -> bool:
    """The verb, a complement of it or a verb joined to it says its subject died ('and was dead')."""
    joined = [verb, *(c for c in verb.children if c.dep_ == "conj")]
    words = [*joined, *(c for v in joined for c in v.children if c.dep_ in COMPLEMENTS)]
    return any(casualty_kind(w) == "killed" for w in words)


# verbs of coming in on one's own feet or wheels: 'walked into a hospital', 'showed up at an emergency room'
# (GVA study 0..2100: 5 articles so worded, 166 with a wound told beside others or a graze replayed: no
# count flag moved either way, 1 roundup's wrong count changed)
CAME_IN = {"walk", "show", "arrive", "go", "come", "drive", "turn", "check", "present", "limp", "stumble"}


def victims_bear(injuries: Token) -> bool:
    """'Both victims had multiple injuries': injuries the story's victims, all of them, bear, who may be its
    dead, as wounds may (GVA study: the dead of a double homicide read as two more hurt)."""
    if not injuries.lower_.startswith("injur") or injuries.dep_ not in OBJECTS:
        return False
    bearer = next((c for c in injuries.head.children if c.dep_ in SUBJECTS), injuries)
    whole = {"both", "all", "the"}  # "the two victims", a count, may be others than the dead
    counted = any(is_number_word(c) and c.lower_ not in whole for c in bearer.children)
    return bearer.lower_ == "victims" and not counted and any(c.lower_ in whole for c in bearer.children)


def counted_bearer(wound: Token) -> Token | None:
    """The bearer of a gunshot wound where who he is counts him: 'a second man walked in with a gunshot wound'
    (the second of those hit), or 'another man showed up at a hospital with a gunshot wound' (one who came in
    on his own lived, besides the others); None otherwise, and where the story tells one of them died."""
    bearer = sufferer(wound)
    if bearer is None or victim_ordinal(bearer) is not None:
        return bearer
    verb = next((a for a in wound.ancestors if a.pos_ in {"VERB", "AUX"}), None)
    came_in = verb is not None and verb.lemma_.lower() in CAME_IN
    return bearer if came_in and besides_counted(bearer) else None


def borne_by_others(wound: Token) -> bool:
    """'killed one and left two others with gunshot wounds', 'found two dead and three others with gunshot
    wounds': wounds borne by people told besides the dead the same sentence tells, who lived."""
    bearer = sufferer(wound) if wound.lower_.startswith("wound") else None
    if bearer is None or not (besides_counted(bearer) or _also_left(wound)):
        return False
    # "a woman had leg injuries, and a boy and his father were found with gunshot wounds": others told
    # beside no death may be more of the dead
    dead = any(casualty_kind(t) == "killed" for t in wound.sent)
    # "... and two others with gunshot wounds. Both were flown to a hospital, where one of them died": the
    # others may take in a later death, which the story's dead counts already
    return dead and not one_of_them_died(wound.doc)


def _also_left(wound: Token) -> bool:
    """'The attack that killed a man also left his wife and son with gunshot wounds': people the verb that
    leaves them with wounds tells 'also', besides the dead."""
    if wound.dep_ != "pobj" or wound.head.lower_ != "with":
        return False
    # the parse may hang 'with' on the list's last item ('her sister and her husband with wounds')
    verb = next((t for t in wound.ancestors if t.pos_ == "VERB"), None)
    return verb is not None and any(c.dep_ == "advmod" and c.lower_ == "also" for c in verb.children)


def fatal_wound(wound: Token) -> bool:
    """'a fatal gunshot wound', 'a gunshot wound which proved to be fatal': the wounded person died."""
    words = [t for c in wound.children if c.dep_ in {"amod", "relcl"} for t in c.subtree]
    # "a non-fatal wound", "a wound that did not prove fatal": the wounded person lived
    denied = any(t.lower_ in {"non", "not", "n't", "never"} or t.dep_ == "neg" for t in words)
    # "gunshot wounds, one of them fatal": fatal to a part of their bearers only (`fatal_part` counts those)
    return not denied and any(t.lower_ in FATAL_WORDS and not told_of_part(t) for t in words)


# "three others sustained non-fatal bullet wounds", "minor wounds": the wounded lived, so they are injured
LIVED_WORDS = {"non", "nonfatal", "non-fatal", "minor", "superficial"}


def lived_wound(wound: Token) -> bool:
    """'non-fatal gunshot wounds', 'non-life-threatening wounds', 'minor wounds', 'a graze wound': the wounded
    person lived (a graze only skims)."""
    if any(c.dep_ == "compound" and c.lemma_.lower() == "graze" for c in wound.children):
        return True
    return any(t.lower_ in LIVED_WORDS for c in wound.children if c.dep_ == "amod" for t in c.subtree)


def recovering(wound: Token) -> bool:
    """'is recovering from a gunshot wound', 'is recovering after suffering a gunshot wound': one who
    recovers lives, so the wound is an injury (beside a death another sentence tells, he is one besides)."""
    verb = wound.head.head if wound.dep_ == "pobj" else wound.head
    if verb.dep_ == "pcomp" and verb.head.dep_ == "prep":
        verb = verb.head.head  # "recovering after suffering": the preposition's verb
    return verb.lemma_.lower() == "recover" and not any(c.dep_ == "neg" for c in verb.children)
