"""Whether a trigger's event is asserted, negated, hypothetical, future, intended or a habit (the parse)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Final

from spacy.tokens import Doc, Token

from kronika.events.addressed import asked_or_bidden
from kronika.events.habitual import is_habitual, is_kind_of_act, is_run_of_acts
from kronika.events.lexicon import names_a_party
from kronika.events.modal_words import (
    CREATING,
    DELIBERATING,
    FUTURE,
    HYPOTHESIZING,
    INTENDING,
    NEGATING,
    REPORTING,
)
from kronika.events.prospects import attended, held_by, prospect
from kronika.events.withheld import inside_withheld_word
from kronika.model import Modality
from kronika.textnorm import with_typographic

_MODAL_AUX: Final = frozenset({"could", "would", "may", "might", "should", "must", "can"})
# Adjectives that make the infinitive they govern a disposition, not a deed ("ready to deliver aid", "eager
# to fight"); "able to" is left out, as "were able to escape" tells an escape, and "willing to", as a
# willingness announced is the act offered (PLOVER's gold codes "said they are willing to forgive" SUPPORT).
# "determined to" is left out too: "seems determined to violate every rule, launching attacks" tells attacks.
_DISPOSED: Final = frozenset({"ready", "eager", "keen", "prepared", "poised"})
_UNDISPOSED: Final = frozenset({"unwilling", "reluctant", "unable", "loath", "loth"})
# The tagger's lemma of "hopes", "hoped" and "hoping" is "hop": the word form tells them apart.
_HOPE_FORMS: Final = frozenset({"hope", "hopes", "hoped", "hoping"})
_FUTURE_AUX: Final = frozenset({"will", "shall"})
_WILL_CONTRACTIONS: Final = with_typographic({"'ll"})  # read as written: "they'll", "they’ll"
_CONDITIONAL_MARKS: Final = frozenset({"if", "unless", "whether", "lest"})
# Marks of an adverbial clause that tells what a main clause's act lasts until ('would march until the law is
# withdrawn'): under a future or a supposed act, not yet come about either.
_PENDING_MARKS: Final = frozenset({"until", "till"})
# Marks of an adverbial clause that tells when or why, not on what condition: a main clause's negation
# does not reach it.
_FACT_MARKS: Final = frozenset({"after", "because", "since", "as", "although", "though", "while", "when"})
# Modifiers of an event noun that say it has not happened yet ("an expected attack", "potential protests"); a
# "planned attack" was often carried out, and a "possible" or "likely" one hedges what kind of act it was ('a
# possible accidental shooting'), so those hold it ahead only where no past verb tells it done
# (`prospects._AHEAD_WORDS`).
_UNREALISED: Final = frozenset(
    {
        "expected", "anticipated", "potential", "imminent", "feared", "looming", "proposed", "impending",
        "upcoming", "forthcoming", "future", "coming",
    }
)  # fmt: skip
# "campaigned so that marriages are banned": the clause names an aim, not a fact.
_PURPOSE_MARKS: Final = frozenset({"so"})
# "acomp" links "ready" to "is" in "must be ready to mediate": the copula carries the modal.
_CLAUSAL: Final = frozenset({"xcomp", "ccomp", "advcl", "conj", "acl", "relcl", "pcomp", "csubj", "acomp"})
# Verbs that say only that their subject happened ("the attack did not take place", "no meeting occurred"):
# their negation denies the event itself, as no other verb's does for its subject.
_OCCURRING: Final = frozenset({"happen", "occur"})
_FEAR_NOUNS: Final = frozenset({"fear", "threat", "risk", "worry", "concern"})
# Verbs that say a worry aloud: "expressed concern" is a statement made, not a fear of what may happen.
_VOICING: Final = frozenset({"express", "voice", "raise", "reiterate"})
# "pushed the commission to cancel the results": the caused event did happen.
_CAUSATIVE: Final = frozenset({"push", "force", "prompt", "lead", "cause", "compel", "drive", "make", "get"})
# Verbs that bring about what they govern: "may spark clashes", "could push the country into war": the
# event named by the object or by 'into' shares the verb's modal, tense or negation.
_BRINGING_ABOUT: Final = frozenset(
    {
        "spark", "trigger", "provoke", "cause", "ignite", "unleash", "fuel", "plunge", "push", "drag", "tip",
        "lead",
    }
)  # fmt: skip
# Verbs that bring about an accord by mediation ('broker a truce'): its object is made as CREATING's is
_BROKERING: Final = frozenset({"broker", "negotiate", "mediate"})
# Verbs that move someone else to act: what they were moved to make was often made ('persuaded him to
# launch strikes'), so it is left as its own verb tells it
_CAUSING: Final = frozenset(
    {"persuade", "convince", "invite", "encourage", "enable", "instruct", "authorise", "authorize", "order"}
)
# Verbs of abiding an act, whose object is as unsure as the abiding ('would not tolerate attacks')
_ABIDING: Final = frozenset({"tolerate", "condone", "allow", "permit", "accept"})
# Verbs by which their subject undergoes the act 'under' names ('came under attack', 'is under fire')
_UNDERGOING: Final = frozenset({"come", "be", "remain", "fall"})
# Verbs of a danger someone stands before ('face torture', 'risk arrest')
_FACING: Final = frozenset({"face", "risk"})
# Objects that name the act itself: 'fired no shots', 'launched no attack'.
_ACT_OBJECTS: Final = frozenset({"shot", "round", "bullet", "arrest", "attack", "strike", "order", "attempt"})
# Verbs of achieving what they govern: 'nearly' or 'almost' on them says it was not achieved.
_ACHIEVING: Final = frozenset({"succeed", "manage"})
_NEARLY: Final = frozenset({"nearly", "almost"})
# Subjects that deny the act of their verb: 'none of the big powers support him', 'nobody attacked'.
_NO_ONE: Final = frozenset({"none", "nobody", "neither"})
# Whoever might do a thing: a clause on one of them puts a case ('anyone who attacks police').
_ANYONE: Final = frozenset({"anyone", "anybody", "whoever", "whomever"})
# Prepositions whose gerund is the means of the verb above ('by withdrawing') or what it bars ('stopped
# from marching'): the gerund's act shares that verb's modality.
_MEANS_OR_BAR: Final = frozenset({"by", "from"})
_MAX_CLIMB: Final = 8  # enough for "said they had tried to ...": deeper chains are not worth the risk


def modality(doc: Doc, trigger: Token, phrase_words: Iterable[str] = ()) -> Modality:
    """The modality of the event named by `trigger` in `doc` (see the module constants for the cues);
    `phrase_words` are the trigger phrase's other words, whose denial denies the act ('fired no shots')."""
    del doc  # the token carries its document; the argument keeps the stage interface explicit
    found = _climbed_modality(held_by(trigger))
    if found == "asserted" and object_denied(trigger, phrase_words):
        return "negated"  # "gave no order", "fired no shots"
    if found == "asserted" and subject_denied(trigger):
        return "negated"  # "none of the big powers support him"
    if found == "asserted" and inside_withheld_word(trigger):
        return "negated"  # "refused to say whether his party would join the talks"
    if found == "asserted" and _any_one(trigger):
        return "hypothetical"  # "any western strike", "will attend any talks": no particular event
    if found == "asserted":
        return prospect(trigger) or found  # "analysts expect more protests", "the summit was postponed"
    return found


def _any_one(trigger: Token) -> bool:
    """Whether 'any' picks out the event noun ('any western strike') or the noun a clause describes ('any
    party that violates the truce'): no particular event, where nothing up the parse says more ('will not
    participate in any negotiations' is denied)."""
    noun = trigger.head if trigger.dep_ == "relcl" else trigger
    return noun.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ == "any" for c in noun.children)


def _climbed_modality(trigger: Token) -> Modality:
    """The modality the trigger's own markers and its governors up the parse give it."""
    token = trigger
    for _ in range(_MAX_CLIMB):
        own = _markers(token)
        if own is not None:
            return own
        governor, via_clause = _governor(token)
        if governor is None:
            return "asserted"
        if _told_apart(token) and _own_markers(governor) == "negated":
            return "asserted"  # "stories don't match up after a boy is injured": the injury happened
        if token.dep_ == "nsubj":
            # "the protest demanded ...": the doer is no aim of its verb; a noun reached by climbing
            # ("fighters captured last year should face trial") only describes the subject
            return _inherited(token, governor) if token is trigger else "asserted"
        judged = _judge_governor(governor, token)
        if judged is not None:
            return judged
        if not via_clause:
            if token is trigger and _joined_as_asked(token, governor):
                return _climbed_modality(governor)  # "urged its members to join a rally on Saturday"
            # an object of an ordinary verb ("police stopped the march") stays a fact
            return _inherited(token, governor) if token is trigger else "asserted"
        token = governor
    return "asserted"


def _joined_as_asked(noun: Token, verb: Token) -> bool:
    """Whether the noun is an event someone is asked, urged or wants to join ('urged its members to join a
    rally', 'called on people to attend the march'): the event is as unsure as the joining; one joined for
    a purpose ('travelled to the capital to join a rally') was held."""
    if not attended(noun, verb) or verb.dep_ != "xcomp":
        return False
    return verb.head.lemma_.lower() in INTENDING


def _backshifted(token: Token) -> bool:
    """'They said they would march': 'would' under a past reporting verb is a reported 'will'.

    A condition on the clause ("would march if ...") keeps it hypothetical.
    """
    if token.dep_ != "ccomp" or token.head.lemma_.lower() not in REPORTING or token.head.tag_ != "VBD":
        return False
    return not any(
        c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in _CONDITIONAL_MARKS for m in c.children)
        for c in token.children
    )


def _inherited(noun: Token, verb: Token) -> Modality:
    """The modality a noun takes from the verb it is the object or subject of.

    The object of a verb that creates it shares all of the verb's markers ("did not hold a rally");
    a subject shares modals and tense ("the protest will take place"), not negation ("the march did
    not turn violent" still reports a march).
    """
    if noun.pos_ != "NOUN":
        return "asserted"
    planned = _made_as_aimed(noun, verb)
    if planned is not None:
        return planned
    if _risk_faced(noun, verb):
        return "hypothetical"  # 'those returned face torture', 'the region faces invasion'
    own = _markers(verb)
    if noun.dep_ == "nsubj" and own is None and _arranged(verb):
        return "future"  # "a summit is to be held in Tehran", "talks are to resume on Monday"
    if own is None or own == "intended":
        return "asserted"
    if noun.dep_ == "dobj" and verb.lemma_.lower() in CREATING:
        return own
    if attended(noun, verb):
        return own  # "will travel to Paris for talks", "did not attend the summit"
    if noun.dep_ == "pobj" and noun.head.lower_ == "under" and verb.lemma_.lower() in _UNDERGOING:
        return own  # "if the area came under attack", "did not come under fire"
    if noun.dep_ in ("dobj", "pobj") and verb.lemma_.lower() in _BRINGING_ABOUT | _ABIDING:
        return own  # "may spark clashes", "could push the country into a war", "will not tolerate attacks"
    if noun.dep_ in ("nsubj", "nsubjpass") and (own != "negated" or _occurring(verb)):
        return own  # "the rally will take place"; denied only where its happening is ("did not happen")
    if noun.dep_ == "attr" and verb.lemma_ == "be" and own != "negated":
        return own  # "it would be the first meeting", "if there is an attack"
    return "asserted"


def _arranged(verb: Token) -> bool:
    """Whether the verb is a present 'be' whose complement is a plain to-infinitive ('is to be held', 'are
    to resume'): its subject is an event arranged, not yet held ('the aim was to talk' names an aim)."""
    if verb.lemma_.lower() != "be" or verb.tag_ not in ("VBZ", "VBP"):
        return False
    return any(c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX") and _to_infinitive(c) for c in verb.children)


def _made_as_aimed(noun: Token, verb: Token) -> Modality | None:
    """What an aim, a plan or a denial says of an event noun made by the verb it governs ('plans to stage a
    march', 'trying to broker a truce', 'refused to sign the deal'): the event is as unsure as its making;
    None where the making verb is governed by no such word."""
    if noun.dep_ != "dobj" or verb.lemma_.lower() not in CREATING | _BROKERING or verb.dep_ != "xcomp":
        return None
    if verb.head.lemma_.lower() in _CAUSING:
        return None  # 'persuaded Trump to launch missile strikes', 'invited to carry out an investigation'
    judged = _judge_governor(verb.head, verb)
    return judged if judged not in (None, "asserted") else None


def _risk_faced(noun: Token, verb: Token) -> bool:
    """Whether an event noun is what someone faces or risks, told in the present simple ('children face
    indefinite detention', 'the region faces invasion'): a danger ahead, not an act done; 'faced sharp
    criticism' and 'are facing severe fighting' tell what befell them."""
    if noun.dep_ != "dobj" or verb.lemma_.lower() not in _FACING or verb.tag_ not in ("VBZ", "VBP"):
        return False
    return not any(c.dep_ in ("aux", "auxpass") for c in verb.children)


def _occurring(verb: Token) -> bool:
    """Whether the verb says only that its subject happened: 'happen', 'occur', 'take place', 'go ahead'."""
    lemma = verb.lemma_.lower()
    if lemma in _OCCURRING:
        return True
    words = {c.lower_ for c in verb.children if c.dep_ in ("dobj", "prt", "advmod")}
    return (lemma == "take" and "place" in words) or (lemma == "go" and "ahead" in words)


def _told_apart(clause: Token) -> bool:
    """Whether the token heads an adverbial clause with its own subject that tells when or why ('after a boy
    was shot', 'because the crowd threw stones'): what it tells happened whether or not the main clause's
    act did ('police made no arrests after the crowd dispersed')."""
    if clause.dep_ != "advcl":
        return False
    children = list(clause.children)
    marked = any(c.dep_ == "mark" and c.lower_ in _FACT_MARKS for c in children)
    return marked and any(c.dep_ in ("nsubj", "nsubjpass") for c in children)


def _markers(token: Token) -> Modality | None:
    """The token's own markers (`_own_markers`), 'without' governing it as a denial, and a clause on
    'anyone' as a case put, not an act ('anyone who destroyed property would be prosecuted')."""
    if _without(token):
        return "negated"
    if token.dep_ == "relcl" and token.head.lower_ in _ANYONE:
        return "hypothetical"
    return _own_markers(token)


def _without(token: Token) -> bool:
    """Whether 'without' governs the token: 'the talks ended without an agreement', 'left without reaching
    a deal', 'dispersed without violence' tell what did not happen."""
    return token.dep_ in ("pobj", "pcomp") and token.head.lower_ == "without"


def _own_markers(token: Token) -> Modality | None:
    """Negation, modal or future auxiliaries and conditional marks attached to the token itself."""
    children = list(token.children)  # made once: each walk of `children` makes new Token objects
    for child in children:
        lemma = child.lemma_.lower()
        if child.dep_ == "neg" or lemma == "never" or (child.dep_ == "det" and lemma == "no"):
            return "negated"
    if asked_or_bidden(token):
        return "hypothetical"  # "Did Russia attack the base?", "Click here to visit the page"
    for child in children:
        lemma, dep = child.lower_, child.dep_  # read once: each read goes through spaCy's strings
        if dep in ("aux", "auxpass") and lemma == "would" and _backshifted(token):
            return "future"  # "said they would blockade the city": the reported "will"
        if dep in ("aux", "auxpass") and lemma in _MODAL_AUX:
            return "hypothetical"
        if dep in ("aux", "auxpass") and (lemma in _FUTURE_AUX or lemma in _WILL_CONTRACTIONS):
            return "future"
        if dep == "mark" and lemma in _CONDITIONAL_MARKS:
            return "hypothetical"
        if dep == "amod" and lemma in _UNREALISED:
            return "hypothetical"  # "preparing for an expected attack"
        if dep == "mark" and lemma in _PURPOSE_MARKS:
            return "intended"
        fear = child.i == token.i + 1 and child.lemma_.lower() in _FEAR_NOUNS
        if fear and token.lemma_.lower() not in _VOICING:
            return "hypothetical"  # "looting fears" is often parsed as a verb with object "fears"
    if _bound_to(token, children):
        return "future"  # "the envoy is to hold talks", "troops were to withdraw by May"
    if token.pos_ in ("VERB", "AUX") and is_habitual(token, children):
        return "habitual"  # "militias often attack villages", "such protests are common"
    if token.pos_ == "NOUN" and (is_run_of_acts(token, children) or is_kind_of_act(token)):
        return "habitual"  # "repeated attacks on the border posts", "all forms of violence"
    # "formed a council to restore order": an infinitive on a clause or a noun is a purpose
    purpose = token.dep_ in ("advcl", "relcl", "acl") and any(c.tag_ == "TO" for c in children)
    if purpose and token.head.lemma_.lower() not in _CAUSATIVE:
        return "intended"  # an infinitive of purpose: "formed a council to restore order"
    return None


def _bound_to(token: Token, children: Sequence[Token]) -> bool:
    """Whether the verb is the infinitive of 'be to' with a party as its subject ('the envoy is to hold
    talks', 'troops are to withdraw by May'): an act arranged, not yet done. ('The answer was to arrest them'
    names an aim, read as one by the climb.)"""
    if token.dep_ != "xcomp" or token.head.lemma_.lower() != "be":
        return False
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in children):
        return False
    subjects = [c for c in token.head.children if c.dep_ == "nsubj"]
    return any(names_a_party(s) for s in subjects)


def subject_denied(verb: Token) -> bool:
    """Whether the verb's own subject names no one ('none of them support him', 'nobody attacked
    the convoy'). Only the trigger's own verb: in 'militants attacked the post; no one died' the subject
    denies the dying, not the attack; and 'no casualties reported' tells a report of a toll. A passive
    verb's subject denies it too ('no one has been arrested', 'nobody was hurt')."""
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() in REPORTING:
        return False
    return any(c.dep_ in ("nsubj", "nsubjpass") and _nobody(c) for c in verb.children)


def _nobody(subject: Token) -> bool:
    """'none', 'nobody', 'neither', 'no one': a subject that names no one. ('No group', 'no militia' are left
    be: a note's 'no X' subject often goes with a verb that still tells its act.)"""
    if subject.lower_ in _NO_ONE:
        return True
    return subject.lower_ == "one" and any(c.dep_ == "det" and c.lower_ == "no" for c in subject.children)


def _fell_short(governor: Token, token: Token) -> bool:
    """'nearly succeeded in killing him', 'almost managed to escape': what was nearly achieved was not."""
    verb = governor.head if token.dep_ == "pcomp" and governor.dep_ == "prep" else governor
    if verb.lemma_.lower() not in _ACHIEVING:
        return False
    return any(c.dep_ == "advmod" and c.lower_ in _NEARLY for c in verb.children)


def _governor(token: Token) -> tuple[Token | None, bool]:
    """The word that governs the token's clause or phrase, and whether the link is clausal.

    Prepositions are skipped ("refrain from violence" -> refrain). A conjunct with its own
    subject is a clause of its own, so it has no governor, and so is an adverbial clause in the past
    tense with its own subject, whatever its main clause's modal, short of an 'until' clause of an act
    still to come (`_pending`).
    """
    if token.head is token:
        return None, False
    if token.dep_ == "conj" and any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children):
        return None, False
    if _past_after_infinitive(token):
        return token.head.head, True  # 'arrested' joins 'fired', not the aim 'to disperse'
    if _pending(token):
        return token.head, True  # "would continue until the government withdrew the law": not withdrawn
    if (
        token.dep_ == "advcl"
        and token.tag_ == "VBD"
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children)
    ):
        return None, False  # "can barely remember life before their father abducted them": a past fact
    if token.dep_ == "pobj" and token.head.dep_ in ("prep", "agent"):
        return token.head.head, False
    if token.dep_ == "pcomp" and token.head.dep_ == "prep" and token.head.lower_ in _MEANS_OR_BAR:
        return token.head.head, True  # "will lose the peace by withdrawing", "barred from marching"
    if token.dep_ in _CLAUSAL:
        return token.head, True
    if token.dep_ in ("dobj", "compound", "attr", "nsubjpass"):
        return token.head, False
    if token.dep_ == "nsubj" and token.pos_ == "NOUN":
        return token.head, False  # "cooperation founders if ...": the subject takes its verb's modals
    return None, False


def _past_after_infinitive(token: Token) -> bool:
    """Whether a past-tense verb is parsed as the conjunct of a to-infinitive ('fired tear gas to disperse
    the crowds and arrested 35'): a finite past verb joins the clause above the infinitive, not its aim."""
    head = token.head
    return (
        token.dep_ == "conj"
        and token.tag_ in ("VBD", "VBN")  # the tagger may read an active 'arrested' as a participle
        and not any(c.dep_ in ("aux", "auxpass") for c in token.children)
        and head.tag_ == "VB"
        and any(c.tag_ == "TO" for c in head.children)
        and head.head is not head
    )


def _pending(clause: Token) -> bool:
    """Whether the token heads an 'until' clause of an act still to come or supposed ('said they would march
    until the law was withdrawn'): its act has not come about either, though told in the past tense."""
    if clause.dep_ != "advcl" or not any(
        c.dep_ == "mark" and c.lower_ in _PENDING_MARKS for c in clause.children
    ):
        return False
    return _own_markers(clause.head) in ("future", "hypothetical")


def _judge_governor(governor: Token, token: Token) -> Modality | None:
    """What the governing word says about the embedded event, or None when it says nothing."""
    lemma = "hope" if governor.lower_ in _HOPE_FORMS else governor.lemma_.lower()
    if lemma == "tell" and token.dep_ == "xcomp":
        return "intended"  # "leaflets telling us to surrender", "told to evacuate": bidden, not reported
    if lemma in REPORTING:
        return "asserted"
    if token.dep_ == "conj":
        return None  # "seized or damaged": the conjunct shares its head's modality, found by climbing
    if lemma in NEGATING or _fell_short(governor, token):
        return "negated"  # "refused to recognize"; "nearly succeeded in killing him": he lived
    if lemma in FUTURE and token.dep_ in ("xcomp", "ccomp"):
        return "future"
    if lemma in INTENDING:
        return "intended"
    if lemma in ("be", "have") and token.dep_ in ("xcomp", "ccomp") and _to_infinitive(token):
        return _bound(governor, lemma)
    if token.dep_ == "xcomp" and (lemma in _DISPOSED or lemma in _UNDISPOSED):
        return _disposition(governor, lemma)
    if lemma in HYPOTHESIZING or (lemma in DELIBERATING and governor.pos_ == "NOUN" and token.dep_ == "pobj"):
        return "hypothetical"  # "fears of an attack"; "put off a decision on strikes", "debate over attacks"
    return None


def _to_infinitive(token: Token) -> bool:
    """Whether the verb is a plain to-infinitive ('to kill'), not a perfect one ('to have killed')."""
    children = list(token.children)
    return any(c.tag_ == "TO" for c in children) and not any(c.lemma_ == "have" for c in children)


def _bound(governor: Token, lemma: str) -> Modality | None:
    """What 'be to' and 'have to' say of the act: 'has yet to give' denies it, 'the aim is to kill' and
    'the only way was to talk' intend it, 'we have to reinforce' puts it as a need; 'had to flee' tells
    a flight, so a past 'have to' says nothing (None)."""
    if any(c.dep_ == "advmod" and c.lower_ == "yet" for c in governor.children):
        return "negated"  # "has yet to give a verdict", "is yet to offer a haven"
    if lemma == "be":
        return "intended"
    return "hypothetical" if governor.tag_ in ("VBZ", "VBP", "VB") else None


def _disposition(adjective: Token, lemma: str) -> Modality | None:
    """What a disposition says of the act it governs: 'willing to fight' intends it, 'unable to stop'
    denies it; where the adjective's copula has markers of its own ('must be ready to negotiate'), the
    climb reads those instead (None)."""
    copula = adjective.head if adjective.dep_ == "acomp" else None
    if copula is not None and _own_markers(copula) is not None:
        return None
    return "negated" if lemma in _UNDISPOSED else "intended"


def object_denied(token: Token, phrase_words: Iterable[str]) -> bool:
    """Whether a verb's direct object is denied by 'no' where the object makes the act: a verb that
    brings its object about ('gave no order', 'made no arrests'), an object naming the act ('fired no
    shots') or the trigger's own phrase word. 'The blast killed no one' still tells a blast, so other
    objects leave it be."""
    words = {w.lower() for w in phrase_words}
    for child in token.children:
        # the passive's subject is its object: 'no charges have been brought', 'no shots were fired'
        if child.dep_ not in ("dobj", "nsubjpass"):
            continue
        if not any(d.dep_ == "det" and d.lower_ == "no" for d in child.children):
            continue
        lemma = child.lemma_.lower()
        if (
            token.lemma_.lower() in CREATING
            or lemma in _ACT_OBJECTS
            or lemma in words
            or child.lower_ in words
        ):
            return True
    return False
