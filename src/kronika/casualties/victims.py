"""Who a casualty word tells of: the head of the victims' noun phrase, read from the word's place in the
dependency parse ('two people killed', 'was found shot', 'the victim ran for help after being shot'), with
'who' and a dateline the parse took for a subject resolved to the person meant.
"""

from __future__ import annotations

from spacy.tokens import Token

from kronika.casualties.words import OBJECTS, child
from kronika.nlp import weekday_as_subject
from kronika.textnorm import WEEKDAY_NAMES as WEEKDAYS

SUBJECTS = {"nsubj", "nsubjpass"}
COMPLEMENTS = {"acomp", "oprd", "xcomp", "ccomp"}
INTRANSITIVE = {"die", "dead", "hurt", "injure", "injured", "wounded", "succumb", "survive", "pass"}
RELATIVE = {"who", "that", "which", "whom"}


def victim_phrase(token: Token) -> Token | None:
    """The noun phrase naming who was killed or hurt, from the casualty word's place in the parse.

    Steps: a casualty word that completes a verb ('was pronounced dead') names the verb's victims; one
    that describes a noun ('two people killed') that noun; a casualty verb its own subject or object, or
    the victims of the verb it is joined to; a pronoun so found is taken back to whom it stands for.
    """
    if _completes_verb(token):
        return _complement_victim(token)
    dated = _dead_on_a_day(token)
    if dated is not None:  # 'was shot dead Sunday': the parse reads a dead Sunday
        holder = _object(dated) or _subject(dated)
        return antecedent(holder) if holder is not None else None
    described = _described_victim(token)
    if described is not None:
        return described
    found = _verb_victim(token)
    if found is None:
        found = _victim_above(token)
    if found is not None:
        found = _pronoun_victim(token, _reciprocal_doers(token, found))
    return antecedent(_described_not_day(found)) if found is not None else None


def _reciprocal_doers(token: Token, found: Token) -> Token:
    """For a victim told as 'each other' or 'one another' ('two men shot each other', 'exchanged gunfire,
    wounding each other'), the doers themselves, the subject of the verb or of the clause it hangs on: each
    hit the other, so the doers are the victims (the reciprocal alone counts no one). Any other victim as
    it is."""
    reciprocal = (found.lower_ == "other" and any(c.lower_ == "each" for c in found.children)) or (
        found.lower_ == "one" and any(c.lower_ == "another" for c in found.children)
    )
    if not reciprocal or found.dep_ not in {"dobj", "obj"}:
        return found
    doers = child(token, {"nsubj"})
    if doers is None and token.dep_ in {"advcl", "xcomp", "conj"}:
        doers = child(token.head, {"nsubj"})
    return doers if doers is not None else found


def _completes_verb(token: Token) -> bool:
    """Whether a casualty word completes a verb: "was pronounced dead", "left 9 hurt"."""
    # "gunmen shot dead a man": the parse may hang 'dead' on the verb as an adverb, a complement all the same
    small_clause = COMPLEMENTS | {"advmod"}
    is_complement = token.dep_ in {"acomp", "oprd"} or (token.pos_ == "ADJ" and token.dep_ in small_clause)
    return (is_complement or _misread_object(token)) and token.head.pos_ in {"VERB", "AUX"}


def _dead_on_a_day(token: Token) -> Token | None:
    """The verb 'dead' completes where the parse hangs it on the day or time after it, as an adjective of a
    day the verb is dated by ('was shot dead Sunday', 'found dead early Friday morning'); None otherwise."""
    day = token.head
    if token.lower_ != "dead" or token.dep_ != "amod" or day.i < token.i:
        return None
    if day.lower_ not in WEEKDAYS and day.lower_ not in CLOCK_WORDS:
        return None
    verb = day.head
    return verb if day.dep_ in {"npadvmod", "dobj"} and verb.pos_ in {"VERB", "AUX"} else None


def _described_not_day(found: Token) -> Token:
    """The victim where the parse took a weekday for a verb's subject: in 'A man who was shot during a
    robbery attempt Saturday has died' it reads 'Saturday has died', and the one who died is the man the
    earlier relative clause describes (a day taken for the victim had counted him once hurt, once dead)."""
    if not weekday_as_subject(found):
        return found
    for noun in found.doc[found.sent.start : found.i]:
        if noun.pos_ in {"NOUN", "PROPN"} and any(_who_clause(c) for c in noun.children):
            return noun
    return found


def _who_clause(clause: Token) -> bool:
    """Whether the word heads a relative clause whose subject is 'who' ('who was shot Saturday')."""
    return clause.dep_ == "relcl" and any(
        c.lower_ == "who" and c.dep_.startswith("nsubj") for c in clause.children
    )


def _misread_object(token: Token) -> bool:
    """Whether the parse took a verb's complement for its object: 'was pronounced dead a county hospital',
    its 'at' dropped, may hang both 'dead' and the hospital on 'pronounced' as objects."""
    return token.dep_ == "dobj" and _pronounced_dead(token)


def _pronounced_dead(token: Token) -> bool:
    """Whether the word is the 'dead' of 'pronounced dead' or 'declared dead'."""
    return token.lower_ == "dead" and token.head.lemma_.lower() in {"pronounce", "declare"}


def _complement_object(token: Token) -> Token | None:
    """The object of the verb a casualty word completes, who is the dead ('pronounced the boy dead'); none
    where the parse took the word itself for the object, or hung a noun after 'pronounced dead' on the verb
    ('pronounced dead a county hospital', its 'at' dropped): that noun is a place, the verb's subject the
    dead."""
    found = None if _misread_object(token) else _object(token.head)
    if found is not None and found.i > token.i and _pronounced_dead(token):
        return None
    return found


def _complement_victim(token: Token) -> Token | None:
    """Who a casualty word completing a verb tells of: the head verb's object or subject."""
    # "found four men dead": a small clause with its own subject names the dead
    holder = child(token, SUBJECTS) or _complement_object(token) or _subject(token.head)
    if holder is None and token.head.dep_ in {"conj", "xcomp"}:
        # "suffered a wound and was dead", "were found shot dead": the subject of the verb above
        holder = _subject(token.head.head)
        if holder is not None and token.head.dep_ == "conj":
            holder = _own_subject(token.head, holder)
    if holder is None and token.head.dep_ == "acl" and token.head.head.pos_ in {"NOUN", "PROPN"}:
        holder = token.head.head  # "two civilians shot dead by bandits": a headline's noun is the dead
    if holder is not None and holder.lower_ == "they" and token.head.dep_ in {"advcl", "relcl"}:
        holder = _plural_subject_above(token.head) or holder  # "where they were pronounced dead"
    return antecedent(holder) if holder is not None else None


def _described_victim(token: Token) -> Token | None:
    """Who a casualty word describing a noun tells of: that noun ("two people killed"); None for a word
    that describes none."""
    if token.dep_ in {"acl", "amod"} and token.head.pos_ in {"NOUN", "PROPN", "NUM"}:  # "two people killed"
        # "militants killed a soldier" misparsed as a clause on 'militants': the object is the victim
        return _object(token) or token.head
    described = token.head.head
    if token.dep_ == "conj" and token.head.dep_ in {"acl", "amod"} and described.pos_ in {"NOUN", "PROPN"}:
        return _object(token) or described  # "a boy shot and killed Monday": the boy was killed
    return None


def _verb_victim(token: Token) -> Token | None:
    """Who a casualty verb tells of by its own subject or object."""
    # "both victims survived the attack": who survived is the subject, not what they survived; 'die' takes
    # no object, so a noun the parse hung on it as one ('died after being shot on the city's east side',
    # misread at a curly apostrophe) is not who died
    # "a pedestrian lost his life": who lost it is the subject, not the life
    by_subject = token.lemma_.lower() in {"survive", "die", "lose"} or _terse_toll(token)
    found = child(token, {"nsubj"}) if by_subject else _object(token) or child(token, {"nsubjpass"})
    if found is None and token.lemma_.lower() in INTRANSITIVE:
        found = _own_subject_of(token)
    if found is None and token.lemma_.lower() == "die":
        found = _stranded_subject(token)
    if found is None and token.lemma_.lower() == "die" and token.dep_ == "conj" and token.head.pos_ == "VERB":
        # "a shepherd stepped on a landmine and died": who died is the subject both verbs share
        found = child(token.head, {"nsubj"})
    if found is None and child(token, {"auxpass"}) is not None:
        found = _bounded_subject(token)
    if found is None and token.tag_ == "VBN" and not child(token, {"aux", "auxpass"}):
        found = _own_subject_of(token)  # "found five people shot": a passive without its 'were'
    if found is None and token.dep_ == "conj" and token.tag_ in {"VBD", "VBN"}:
        # "left a girl dead and her aunt wounded": a joined casualty word with a subject of its own and no
        # object tells of that subject, not of the verb above's victims
        found = child(token, {"nsubj"})
    return found


def _described_object(participle: Token) -> Token | None:
    """The object right before a subjectless past participle the parse hung on the verb above as its clause
    ('identified two people shot', 'named two men shot'): the people it describes; None otherwise."""
    clause = participle.dep_ in {"ccomp", "xcomp", "advcl"}
    if participle.tag_ != "VBN" or not clause or child(participle, SUBJECTS):
        return None
    found = _object(participle.head)
    return found if found is not None and found.i == participle.i - 1 else None


def _victim_above(token: Token) -> Token | None:
    """Who a casualty verb with no subject or object of its own tells of: the victims of the verb it is
    joined to or completes, or the subject its auxiliary or its clause's verb holds."""
    found = None
    if token.dep_ in {"conj", "xcomp"}:
        # "shot and killed a man", "was found shot": the victims hang on the verb above
        found = _object(token.head) or child(token.head, {"nsubjpass"})
        if found is not None and found.lemma_.lower() in GUNFIRE_NOUNS:
            # "opened fire, and shot and killed a clerk": what the verb above took is the gunfire, not who was
            # hit; the clerk, the object of the verb joined to this one, was
            joined = (_object(c) for c in token.children if c.dep_ == "conj")
            found = next((o for o in joined if o is not None), found)
    if found is None:
        # "identified two people shot and killed last week": the parse takes the participles after the
        # object for a clause of the verb above; they describe that object
        found = _described_object(token.head if token.dep_ == "conj" else token)
    if found is None and token.dep_ in {"pcomp", "advcl"} and child(token, {"auxpass"}):
        found = clause_subject(token)  # "the victim ran for help after being shot"
    if found is None and token.pos_ == "VERB":
        # "his son and his wife were both injured": a word floated before the verb ('both') leads the parse
        # to hang the subject on the auxiliary
        found = next((s for a in token.children if a.dep_ in AUXILIARIES for s in _subjects(a)), None)
    return found


def _pronoun_victim(token: Token, found: Token) -> Token:
    """A pronoun found for the victims taken for whom the clause above tells of, where it names them (one
    step after the other, as the clause above's subject may itself be a pronoun)."""
    if found.lower_ in {"he", "she"} and token.dep_ == "advcl":
        # "a girl died after she was wounded": the pronoun is the subject of the clause above
        above = clause_subject(token)
        found = above if above is not None and above.pos_ in {"NOUN", "PROPN"} else found
    if found.lower_ == "they" and token.dep_ in {"advcl", "relcl"}:
        # "the man and the girl were taken to a hospital, where they died": the people the clause above
        # tells of, counted by its subject
        return _plural_subject_above(token) or found
    return found


# the participles a terse note's count of the hurt takes: "1 killed 3 injured", "five killed six wounded"
HURT_PARTICIPLES = {"injured", "wounded", "hurt"}


# the hour words after a clock time's number: 'About 2 a.m., a man was found dead' (the parse may take the
# '2' for the subject, and read two dead: GVA study 1 article so)
CLOCK = {"a.m.", "p.m.", "am", "pm", "a.m", "p.m", "o'clock"}


def _subject(verb: Token) -> Token | None:
    """The verb's subject, passing over a clock time the parse took for one ('About 2 a.m., a man ...')."""
    return next((c for c in verb.children if c.dep_ in SUBJECTS and not _clock_time(c)), None)


def _clock_time(token: Token) -> bool:
    """Whether a number is the hour of a clock time ('2 a.m.', '11 p.m.')."""
    after = token.nbor() if token.i + 1 < len(token.doc) else None
    return token.like_num and (
        any(c.lower_ in CLOCK for c in token.children) or (after is not None and after.lower_ in CLOCK)
    )


def _terse_toll(verb: Token) -> bool:
    """'1 killed 3 injured': a note's toll told without a comma, the parse taking the count of the hurt for
    the verb's object; the dead are the count before the verb (notes so written: 3, each coding that
    count)."""
    subject, found = child(verb, {"nsubj"}), _object(verb)
    return (
        subject is not None
        and found is not None
        and subject.like_num
        and found.like_num
        and any(c.dep_ == "acl" and c.lower_ in HURT_PARTICIPLES for c in found.children)
    )


def _own_subject_of(verb: Token) -> Token | None:
    """The verb's subject where the parse hung two or more on it: the first, as a list's head ('the girl,
    her uncle and a man were hit'), unless nothing joins the others to it; then the nearest before the verb
    is its own. In 'looking for two men sought in an attack that left one woman dead and a deputy wounded'
    the men are hung on 'wounded' too, and the 'and' before the deputy is the relative clause's, under the
    verb 'sought': the deputy alone was hurt."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    before = [s for s in subjects if s.i < verb.i]
    if len(before) < 2 or _joined_to(before[0]):
        return subjects[0] if subjects else None
    return before[-1]


def _joined_to(first: Token) -> bool:
    """Whether a list goes on from the phrase: a comma after it, or an 'and' of its own (not one inside a
    clause the phrase holds, under a verb of that clause)."""
    end = first.right_edge.i
    if first.doc[end].text == "," or (end + 1 < len(first.doc) and first.doc[end + 1].text == ","):
        return True
    for token in first.subtree:
        if token.dep_ != "cc" or token.lower_ != "and":
            continue
        above = token.head
        while above.i != first.i and above.pos_ not in {"VERB", "AUX"} and above.head.i != above.i:
            above = above.head
        if above.i == first.i:
            return True
    return False


AUXILIARIES = {"aux", "auxpass"}
# what a verb of shooting takes besides people: "opened fire", "fired shots", "let off a volley"
GUNFIRE_NOUNS = {"fire", "gunfire", "shot", "round", "bullet", "volley"}
SINGULAR_AUXILIARIES = {"was", "is", "has"}


def _own_subject(verb: Token, above: Token) -> Token | None:
    """Who a verb joined to another is about: the subject above ('suffered a wound and was dead'), unless
    the verb's own auxiliary is singular and that subject plural ('Both victims were airlifted and
    the 15-year-old was later declared dead'): then the parse lost the verb's own subject, the phrase
    right before its auxiliary (or no one, where no noun stands there)."""
    auxiliary = next((c for c in verb.children if c.dep_ in AUXILIARIES and c.i < verb.i), None)
    plural = above.tag_ in {"NNS", "NNPS"} or above.lower_ in {"they", "both"}
    if auxiliary is None or auxiliary.lower_ not in SINGULAR_AUXILIARIES or not plural or auxiliary.i < 1:
        return above
    before = verb.doc[auxiliary.i - 1]
    return before if before.pos_ in {"NOUN", "PROPN"} or before.lower_ == "old" else None


def _subjects(auxiliary: Token) -> list[Token]:
    """The subjects the parse hung on an auxiliary before the verb."""
    return [c for c in auxiliary.children if c.dep_ in SUBJECTS and c.i < auxiliary.i]


# verbs whose subject reports or learns of the deaths ("police said", "officers found"), not suffers them
SPEAKERS = {"say", "tell", "report", "believe", "think", "state", "confirm", "add", "know", "find",
            "arrive", "respond", "investigate"}  # fmt: skip


def _plural_subject_above(token: Token) -> Token | None:
    """The noun subject of the nearest verb above a clause whose subject is 'they', unless that verb reports
    or finds: in 'both were rushed to a hospital where they died' the dead are 'both'."""
    verb = next((a for a in token.ancestors if a.pos_ in {"VERB", "AUX"} and child(a, SUBJECTS)), None)
    subject = child(verb, SUBJECTS) if verb is not None else None
    if verb is None or subject is None or verb.lemma_.lower() in SPEAKERS or subject.i > token.i:
        return None
    return subject if subject.pos_ in {"NOUN", "PROPN", "NUM"} or subject.lower_ == "both" else None


def _object(verb: Token) -> Token | None:
    """The verb's object, unless the parse took a time for it ('shot and killed about 7:30 p.m.')."""
    found = child(verb, OBJECTS)
    if found is None:
        # "killed between 25 and 54 people": the parse hangs a ranged count's people on 'between'
        ranged = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "between"), None)
        counted = child(ranged, {"pobj"}) if ranged is not None else None
        found = counted if counted is not None and child(counted, {"nummod"}) is not None else None
    if found is None and child(verb, {"nsubjpass", "auxpass"}) is None:
        # "wounding about 2,800": the parse may take a rounded count's 'about' for a preposition (never a
        # time of day: 'was shot around 11 a.m.')
        rounded = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ in ROUNDING), None)
        count = child(rounded, {"pobj"}) if rounded is not None else None
        clock = count is not None and (_clock_time(count) or ":" in count.text)
        found = count if count is not None and count.like_num and not clock else None
    return None if found is not None and found.lower_ in CLOCK_WORDS else found


# the words that round a count, which the parse may take for a preposition ('wounded about 2,800')
ROUNDING = {"about", "around", "some", "nearly", "almost", "over"}


# the words of a time of day, which the parse may take for the object of 'killed'
CLOCK_WORDS = {"a.m.", "p.m.", "a.m", "p.m", "am", "pm", "midnight", "noon", "morning", "afternoon",
               "evening", "night", "tonight"}  # fmt: skip


def clause_subject(token: Token) -> Token | None:
    """The subject of the nearest verb above the token: who a subjectless 'after being shot' is about."""
    verb = next((a for a in token.ancestors if a.pos_ in {"VERB", "AUX"}), None)
    return child(verb, SUBJECTS) if verb is not None else None


def antecedent(token: Token) -> Token:
    """'who' in 'a man who was killed' stands for 'a man'; a dateline the parse took for a subject
    ('DAYTON, Ohio (WHIO) - A man was shot') stands for nothing, so the verb's next subject is meant."""
    if token.lower_ in RELATIVE and token.head.dep_ == "relcl":
        return token.head.head
    if is_dateline(token):
        later = (c for c in token.head.children if c.dep_ == token.dep_ and c.i > token.i)
        return next(later, token)
    return token


def is_dateline(token: Token) -> bool:
    """A place name in capitals opening the sentence, followed by a comma: 'MACON, Ga. -'."""
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return (
        token.i == token.sent.start
        and token.is_upper
        and len(token.text) > 2
        and following is not None
        and following.text == ","
    )


def own_clause(token: Token, victim: Token) -> bool:
    """Whether the casualty word sits in a relative clause on the victim's noun that comes before the people
    joined to it: in 'a boy who was hit in the leg and a girl who was hit in the hand' each clause tells
    of its own noun, not of the list it begins."""
    clause = next((t for t in (token, *token.ancestors) if t.dep_ == "relcl"), None)
    return (
        clause is not None
        and clause.head == victim
        and any(c.dep_ == "conj" and c.i > clause.i for c in victim.children)
    )


def _stranded_subject(verb: Token) -> Token | None:
    """The subject the parse cut off a subjectless 'died' ('saying the boy who was injured Monday has died':
    'boy' hung beside 'died' on 'saying'): a noun before it on the same head, with a clause of its own
    telling which one is meant."""
    for noun in (c for c in verb.head.children if c.i < verb.i and c.dep_ in {"ccomp", "dobj"}):
        told = any(c.dep_ in {"relcl", "acl"} for c in noun.children)
        if told and noun.pos_ in {"NOUN", "PROPN", "ADJ"} and noun.right_edge.i < verb.i:
            return noun
    return None


def _bounded_subject(verb: Token) -> Token | None:
    """The count the parse hung on a passive verb as a phrase of 'up to' ('Up to 16 were injured': 'up' a
    preposition on 'injured', '16' its object's object): the subject it cut off, an upper bound."""
    for up in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "up" and c.i < verb.i):
        to = child(up, {"prep"})
        number = child(to, {"pobj"}) if to is not None and to.lower_ == "to" else None
        if number is not None and number.like_num:
            return number
    return None
