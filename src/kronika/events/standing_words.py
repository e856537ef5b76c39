"""Words that name a standing state or tie, not an event: a war that goes on ('throughout the war', 'the war
in Syria'), support that one party has long given another ('US support for the Kurdish militias'), a fight
that says what a group is or does ('rebels fighting the government', 'the cost of fighting Isis') and a
participle hyphen-joined into an adjective ('US-backed forces', 'rebel-held towns')."""

from __future__ import annotations

from typing import Final

from spacy.tokens import Token

from kronika.events.danger_threats import danger_threat
from kronika.events.held_states import held_state
from kronika.events.lexicon import TriggerEntry, names_a_party, names_people_by_word
from kronika.events.modal_words import REPORTING
from kronika.events.prospects import PRESENT_BE
from kronika.nlp import dated, has_aux

# Verbs by which a war is an event of the text: it breaks out, is declared or waged, or rages around people
# ('war broke out in 2011', 'declared war on', 'as war raged around them'); 'wag' and 'rag' are the small
# model's lemmas of 'waged' and 'raged'.
_WAR_EVENTS: Final = frozenset(
    {
        "break", "erupt", "begin", "start", "declare", "wage", "wag", "launch", "spark", "trigger", "ignite",
        "unleash", "rage", "rag",
    }
)  # fmt: skip
_WARS: Final = frozenset({"war", "wars"})
# Verbs by which support is an act of the text: given, offered, declared, won or withdrawn ('threw its
# support behind the candidate', 'won Washington's support'); 'US support for the militia' is a tie.
_SUPPORT_ACTS: Final = frozenset(
    {
        "give", "offer", "lend", "provide", "extend", "throw", "declare", "announce", "voice", "express",
        "pledge", "reaffirm", "reiterate", "promise", "signal", "show", "win", "gain", "secure", "receive",
        "get", "withdraw", "pull", "cut", "end", "suspend", "seek", "rally", "muster", "garner", "drum",
        "put", "reduce", "increase", "boost", "step", "scale", "double", "assure",
    }
)  # fmt: skip
# How a verb of fighting describes a party rather than tells a fight: a participle on a noun ('insurgents
# fighting the regime'), an adjective ('a fighting force'), a gerund under a preposition of aim or topic
# ('the brunt of fighting Isis', 'the focus on fighting terrorism'); 'after fighting the rebels' tells a
# fight that came before another act.
_ROLE_DEPS: Final = frozenset({"acl", "amod"})
_ROLE_PREPOSITIONS: Final = frozenset({"of", "on", "from", "to", "about", "for", "into"})
_PERFECT: Final = frozenset({"have", "has", "had", "'ve", "’ve"})
# Word parts before a hyphen that make one verb of the pair ('re-captured', 'counter-attacked').
_PREFIXES: Final = frozenset(
    {
        "re", "co", "counter", "pre", "un", "mis", "over", "under", "out", "de", "non", "self", "cross",
        "double",
    }
)  # fmt: skip
_PARTICIPLES: Final = frozenset({"VBN", "VBG"})
# A fight that says what a party is: a participle, or an adjective ("a fighting force").
_ROLE_TAGS: Final = _PARTICIPLES | {"JJ"}
# Verbs by which aid is an act of the text.
_AID_ACTS: Final = _SUPPORT_ACTS | frozenset(
    {
        "deliver", "send", "ship", "airlift", "airdrop", "distribute", "drop", "bring", "donate",
        "allocate", "grant", "truck", "fly", "hand", "dispatch", "channel",
    }
)  # fmt: skip
# Nouns of an accord, and the verbs that make one an event of the text: it is reached, signed, struck,
# brokered, announced, agreed, declared, or takes effect ('take', 'come' into force).
_ACCORDS: Final = frozenset(
    {"deal", "agreement", "accord", "ceasefire", "truce", "pact", "treaty", "armistice"}
)
_ACCORD_ACTS: Final = frozenset(
    {
        "reach", "sign", "strike", "broker", "announce", "agree", "declare", "conclude", "seal", "secure",
        "clinch", "negotiate", "hammer", "thrash", "make", "finalise", "finalize", "ink", "approve", "accept",
        "adopt", "ratify", "take", "come", "begin", "start", "enter", "call", "offer", "propose", "mediate",
        "arrange", "forge", "achieve", "win", "unveil", "endorse", "implement", "extend", "renew", "cut",
        "establish", "sponsor", "initial", "be", "complete", "lead", "result", "obtain", "get", "gain",
    }
)  # fmt: skip
# Prepositions that date an event by the accord: 'after the truce', 'following the deal'.
_TIMED_BY: Final = frozenset({"after", "following", "before", "since"})
# Verbs by which a state's occupation of a land is an event of the text: it begins, ends or is imposed.
_OCCUPATION_EVENTS: Final = frozenset(
    {"begin", "start", "launch", "end", "impose", "extend", "announce", "declare", "order"}
)
# Entity labels of the parties and lands a military occupation names ('the Israeli occupation', "Russia's
# occupation of Crimea"); a workers' occupation of a factory names none of them.
_STATE_LABELS: Final = frozenset({"NORP", "GPE", "LOC"})
_DATING: Final = frozenset({"in", "on", "during"})  # 'in March': a day or month the sentence dates it by
# Verbs that name a patron when they describe a party ('forces backed by Moscow').
# Verbs that tell a land is under a rule, not that anyone imposed it: 'has been under a state of emergency
# since 2017', 'remains under curfew'.
_UNDER_RULE_VERBS: Final = frozenset({"be", "remain", "stay", "live", "continue"})
_EMERGENCY_RULES: Final = frozenset({"curfew", "martial-law"})
# Nouns of a campaign when 'the' one 'against' a foe: 'the fight against Isis'.
_CAMPAIGNS: Final = frozenset({"fight", "battle", "struggle", "fighting"})
_BACKING: Final = frozenset({"back", "support"})


def standing_reading(token: Token, entry: TriggerEntry) -> bool:
    """Whether the trigger names a state or tie, not an event here: a war that goes on, support long given, a
    fight that says what a party is, a patron named, an accord named rather than made, people labelled by
    what was done to them, a detention told as where someone is kept (`held_state`), a force told by where
    it is posted, a threat named as a danger (`danger_threat`), a request named after 'of', a hold or a
    stance described, a tie of allies, a campaign against a foe, or a hyphen-joined participle before a noun
    (`joined_modifier`)."""
    if _standing_war(token, entry) or _standing_support(token, entry) or _fighting_role(token, entry):
        return True
    if _backing_tie(token, entry) or _standing_accord(token, entry) or _labelled_people(token, entry):
        return True
    if held_state(token, entry) or _standing_aid(token, entry):
        return True  # 'are being held in a camp', 'remains in detention', 'a lifeline of aid'
    if _standing_rule(token, entry):
        return True  # 'the region has been under a state of emergency since 2017'
    if _posted(token, entry):
        return True  # 'the 2,000 US troops stationed in Syria'
    if danger_threat(token, entry):
        return True  # 'the threat posed by Isis', 'the Iranian threat'
    if _request_named(token, entry):
        return True  # 'at the forefront of calls for him to go', 'a quarter of its requests'
    if _occupying(token, entry) or _stance_described(token, entry):
        return True  # 'became an occupying power', 'Turkey is opposed to any offensive'
    if _allied_state(token, entry) or _campaign_against(token, entry):
        return True  # 'allied militias', 'engaged in the fight against the Taliban'
    return _standing_occupation(token, entry) or joined_modifier(token)


def _campaign_against(token: Token, entry: TriggerEntry) -> bool:
    """A fight the lexicon reads that names a campaign (`names_a_campaign`)."""
    return entry.plover == "ASSAULT" and names_a_campaign(token)


def names_a_campaign(token: Token) -> bool:
    """'Engaged in the fight against the Taliban', 'partnered with Kurdish forces in the battle against Isis':
    the fight against a foe named with 'the' is a campaign of years, no battle on a day (judged Guardian
    readings, study: 5 such, none real); 'bogged down in a fight against Kurdish militants' is one."""
    if token.pos_ != "NOUN" or token.lower_ not in _CAMPAIGNS:
        return False
    definite = any(c.dep_ == "det" and c.lower_ == "the" for c in token.children)
    return definite and any(c.dep_ == "prep" and c.lower_ == "against" for c in token.children)


def _allied_state(token: Token, entry: TriggerEntry) -> bool:
    """'Allied militias', 'the US, informally allied to Kurdish forces', 'forces allied under the banner of
    the SDF': being allied describes a tie, no alliance made (judged Guardian readings, study: 5 such, none
    real); 'have now allied with the regime' tells one made."""
    if entry.plover != "COOPERATE" or entry.pos != "V" or token.lemma_.lower() != "ally":
        return False
    if (token.head.dep_ == "ROOT" and token.head.pos_ != "VERB") or dated(token):
        return False  # 'the clans allied with Orvan on Monday' (the parser hangs a lone verb on its subject)
    if token.dep_ in ("amod", "acl", "advcl") or (token.dep_ == "conj" and token.i < token.head.i):
        return True
    return token.tag_ == "VBN" and _no_aux(token)


def _standing_rule(token: Token, entry: TriggerEntry) -> bool:
    """'Has been under a state of emergency since 2017', 'the city remains under curfew': a curfew or
    emergency rule a land is under is a state; its imposing ('placed under curfew', 'declared a state of
    emergency') is the event."""
    if entry.pos != "N" or entry.mode not in _EMERGENCY_RULES:
        return False
    if token.dep_ == "pobj" and token.head.lower_ == "of":  # 'emergency' of 'a state of emergency'
        token = token.head.head
    under = token.head if token.dep_ == "pobj" and token.head.lower_ == "under" else None
    return under is not None and under.head.lemma_.lower() in _UNDER_RULE_VERBS


def _occupying(token: Token, entry: TriggerEntry) -> bool:
    """'Became an occupying power', 'occupying much of the north-east', 'the fighters were occupying a house':
    a hold on a place under way, no seizure on a day (judged Guardian readings, study: 5 of 5 noise)."""
    return entry.pos == "V" and token.lemma_.lower() == "occupy" and token.tag_ == "VBG"


def _stance_described(token: Token, entry: TriggerEntry) -> bool:
    """'Turkey is opposed to any offensive', 'groups opposed to Assad', 'is opposed by Damascus': a stance
    held, where 'Russia opposed the plan' tells one taken (judged Guardian readings, study: 7 states); a
    stance someone is reported to state is PLOVER's REJECT ('Israel is opposed to French mediation, an aide
    said')."""
    if entry.pos != "V" or token.lemma_.lower() != "oppose" or token.tag_ != "VBN":
        return False
    return not _stated(token)


def _stated(participle: Token) -> bool:
    """Whether the clause of a participle ('is opposed to') is what a reporting verb says ('..., an aide
    said'); a participle describing a noun ('groups opposed to Assad') is no clause of its own."""
    if participle.dep_ in _ROLE_DEPS:
        return False
    clause = participle.head if participle.dep_ == "acomp" else participle
    return clause.dep_ == "ccomp" and clause.head.lemma_.lower() in REPORTING


def _request_named(token: Token, entry: TriggerEntry) -> bool:
    """'At the forefront of calls for him to leave', 'the content of the call', 'a quarter of its requests',
    'the approach of demanding an assurance': a request named after 'of' is a topic or a measure, not one
    made in the text (judged Guardian readings, study: 5 of 5 noise; check: 3 of 3)."""
    return entry.plover == "REQUEST" and token.dep_ in ("pobj", "pcomp") and token.head.lower_ == "of"


def _posted(token: Token, entry: TriggerEntry) -> bool:
    """'The 2,000 troops stationed in Syria', 'the numbers deployed in Afghanistan': a participle of posting
    that describes a force says where it is, no deployment on a day ('troops deployed to the border on
    Monday' dates one) (judged Guardian readings, study: 8 such states, no deployment); so does being
    stationed told in a relative clause ('the base in which he was stationed')."""
    if entry.plover != "MOBILIZE" or entry.pos != "V" or token.tag_ != "VBN":
        return False
    stationed = token.dep_ == "relcl" and token.lemma_.lower() == "station"
    if token.dep_ not in _ROLE_DEPS and not stationed:
        return False
    return not dated(token)


def _standing_war(token: Token, entry: TriggerEntry) -> bool:
    """'The war in Syria enters its eighth year', 'throughout the war', 'proxy wars': a war spans years and
    no attack on a day; only its outbreak, its declaration or its waging is told as an event."""
    if entry.pos != "N" or token.lower_ not in _WARS:
        return False
    return token.head.lemma_.lower() not in _WAR_EVENTS or token.head.pos_ != "VERB"


def _standing_occupation(token: Token, entry: TriggerEntry) -> bool:
    """'Part of the Israeli occupation', "under Russia's occupation of Crimea": a state's rule over a land
    spans years, no seizure on a day; workers' or students' occupation of a building ('began an occupation
    of the factory') names no state and stays one, and so does an occupation a verb begins or ends or a date
    places ('the Turkish occupation of Afrin in March')."""
    if entry.pos != "N" or token.lemma_.lower() != "occupation":
        return False
    states = [c for c in token.children if c.dep_ in ("amod", "poss", "compound")]
    states += [o for p in token.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children]
    if not any(n.ent_type_ in _STATE_LABELS for n in states):
        return False
    if any(t.ent_type_ == "DATE" and t.head.lower_ in _DATING for t in token.sent):
        return False  # 'the Turkish occupation of Afrin in March': the seizure, dated
    return token.head.lemma_.lower() not in _OCCUPATION_EVENTS or token.head.pos_ != "VERB"


def _standing_support(token: Token, entry: TriggerEntry) -> bool:
    """'Washington's support for the Kurdish fighters', 'a placard in support of self-rule', 'he remains
    dependent on their support': the noun names a tie or a purpose; support is an act of the text only as
    what a verb gives, declares, wins or withdraws ('pledged its support', 'won the army's support')."""
    if entry.pos != "N" or entry.extras or token.lemma_.lower() != "support":
        return False
    noun = _first_conjunct(token)  # 'withdrew aid and support'
    if noun.dep_ == "pobj" and noun.head.lower_ == "of":
        noun = noun.head  # 'assured him of Moscow's full support'
    return noun.head.lemma_.lower() not in _SUPPORT_ACTS or noun.dep_ not in ("dobj", "nsubjpass", "prep")


def _standing_aid(token: Token, entry: TriggerEntry) -> bool:
    """'Supplies of aid have dwindled', 'cross-border aid is a lifeline', 'access to aid': the bare noun names
    a flow or a need; aid is an act of the text only as what a verb gives, sends, delivers, pledges or cuts
    ('delivered aid to the camp', 'aid was airlifted')."""
    if entry.pos != "N" or entry.extras or token.lemma_.lower() != "aid":
        return False
    noun = _first_conjunct(token)  # 'cut off food, aid and medicine'
    if noun.dep_ == "pobj" and noun.head.lower_ == "of":
        noun = noun.head.head  # 'sent 20 tonnes of aid'
    return noun.head.lemma_.lower() not in _AID_ACTS or noun.dep_ not in ("dobj", "nsubjpass")


def _first_conjunct(noun: Token) -> Token:
    """The first of a run of conjoined nouns, which holds the run's place in the clause."""
    while noun.dep_ == "conj" and noun.head is not noun:
        noun = noun.head
    return noun


def _standing_accord(token: Token, entry: TriggerEntry) -> bool:
    """'The 2015 Iran nuclear deal', 'the guarantor of the ceasefire', 'critics of the deal', 'pulled out
    of the agreement': an accord named as a thing that stands; it is an event of the text only as what a
    verb makes ('signed a deal', 'a truce brokered by Moscow', 'agreed to a ceasefire', 'the truce took
    effect')."""
    if entry.plover != "AGREE" or entry.pos != "N" or entry.extras or token.lemma_.lower() not in _ACCORDS:
        return False
    noun = token
    while noun.dep_ in ("compound", "conj") and noun.head.i != noun.i:
        noun = noun.head  # 'a ceasefire agreement', 'a truce and a deal'
    if any(c.dep_ in ("acl", "relcl") and c.lemma_.lower() in _ACCORD_ACTS for c in noun.children):
        return False  # 'a truce brokered by Moscow', 'the deal that was reached on Monday'
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ in _TIMED_BY:
        return False  # 'after a 10-day truce, the offensive restarted': the accord is dated, so it was made
    if noun.dep_ == "pobj" and head.lower_ == "without":
        return False  # 'the talks ended without an agreement': denied (modality), so no reading restores it
    if noun.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ in ("to", "on", "at", "upon", "in"):
        head = head.head  # 'agreed to a ceasefire', 'led to agreement', 'declared a zone in a deal'
    elif noun.dep_ not in ("dobj", "nsubjpass", "nsubj", "attr", "ROOT"):
        return True
    if noun.dep_ == "ROOT" or head.pos_ not in ("VERB", "AUX"):
        return noun.dep_ != "ROOT"
    return head.lemma_.lower() not in _ACCORD_ACTS


def _labelled_people(token: Token, entry: TriggerEntry) -> bool:
    """'The captured fighters', 'the jailed mayor', 'the ousted president', 'promised refugees': a bare
    participle before a noun of people labels them by what was once done to them; the act is not told here.
    A harm ('the wounded soldiers') is left to the toll it gives."""
    if entry.plover == "ASSAULT" or entry.pos != "V" or token.tag_ != "VBN" or token.dep_ != "amod":
        return False
    head = token.head
    if head.i < token.i or any(True for _ in token.children):
        return False
    return head.tag_ in ("NNS", "NNPS", "NN") and _people_noun(head)


def _people_noun(noun: Token) -> bool:
    """Whether a noun names people by role, kin or kind ('fighters', 'mayor', 'refugees')."""
    return names_people_by_word(noun) or noun.ent_type_ in ("PERSON", "NORP")


def _backing_tie(token: Token, entry: TriggerEntry) -> bool:
    """'Government forces backed by Moscow', 'the regime, backed by Russia', 'an alliance led by the Kurds
    and backed by the US', 'Washington, which supports the militia': a verb of backing that describes a
    party names its patron, and backing told under way ('Russia is backing the regime') a tie, no act of
    support on a day ('Sawers has backed the strikes' is one)."""
    if entry.plover != "SUPPORT" or entry.pos != "V" or token.lemma_.lower() not in _BACKING:
        return False
    verb = token
    while verb.dep_ == "conj" and verb.head.i != verb.i and verb.head.lemma_.lower() != verb.lemma_.lower():
        verb = verb.head  # 'led by the Kurds and backed by the US'
    if verb.dep_ in _ROLE_DEPS and verb.tag_ in _PARTICIPLES:
        return True
    if verb.dep_ == "amod":
        return True  # 'the Turkish backed rebels' (the tagger may take 'backed' there for a past tense)
    if any(c.dep_ == "auxpass" and c.lower_ in PRESENT_BE for c in verb.children):
        return True  # 'these groups are backed by Turkey': who their patron is (study: 2 states, no act)
    # backing over years: 'Islamabad has backed the Taliban', 'Qatar, which had backed the militants': a party
    # backed names a patron, an act backed ('has backed the strikes') a statement (judged Guardian readings,
    # study and check: 9 states, 3 statements, all of acts)
    if has_aux(verb, "have") and any(c.dep_ == "dobj" and names_a_party(c) for c in verb.children):
        return True
    # backing under way or as a habit: 'Russia is backing the government', 'accused it of supporting the
    # militants', 'after backing different sides' (judged Guardian readings, study: 12 states, no act)
    if verb.tag_ == "VBG":
        return True
    # a relative clause in the present tells what its party does: 'which supports the militia'
    return verb.dep_ == "relcl" and verb.tag_ in ("VBZ", "VBP") and _no_aux(verb)


def _no_aux(verb: Token) -> bool:
    """Whether the verb has no auxiliary: its tense is its own."""
    return not any(c.dep_ in ("aux", "auxpass") for c in verb.children)


def _fighting_role(token: Token, entry: TriggerEntry) -> bool:
    """'Jihadist rebels fighting under the banner of HTS', 'the brunt of fighting Isis', 'a fighting force',
    'the Kurdish-led force battling Isis', 'extremists who have fought with Isis': the verb says what a party
    is or has done, no fight on a day."""
    if (
        entry.pos != "V"
        or token.lemma_.lower() not in ("fight", "battle")
        or token.pos_ not in ("VERB", "ADJ")
    ):
        return False
    if token.dep_ in _ROLE_DEPS:
        # 'rebels battled troops at the river' parsed as a modifier of 'troops': a finite verb, no participle
        return token.tag_ in _ROLE_TAGS
    if token.dep_ == "pcomp":
        return token.head.lower_ in _ROLE_PREPOSITIONS
    return token.dep_ == "relcl" and any(c.dep_ == "aux" and c.lower_ in _PERFECT for c in token.children)


def joined_modifier(token: Token) -> bool:
    """'US-backed forces', 'rebel-held towns', 'life-threatening injuries', 'Russian and Iranian-backed
    troops': a participle written as one word with the word before its hyphen qualifies a noun; nobody
    backs, holds or threatens anyone in this clause (unless the parse made the sentence's only verb so)."""
    if token.tag_ not in _PARTICIPLES or token.i < 2:
        return False
    hyphen, first = token.doc[token.i - 1], token.doc[token.i - 2]
    if hyphen.text != "-" or hyphen.whitespace_ or first.whitespace_ or first.lower_ in _PREFIXES:
        return False
    if token.dep_ == "amod":
        return not _lone_predicate(token)
    return token.dep_ == "conj" and token.head.pos_ != "VERB"


def _lone_predicate(token: Token) -> bool:
    """'Officers baton-charged vendors at the stand', 'Soldiers machine-gunned the convoy': the parser
    hangs the sentence's only verb on its object as a modifier and makes the noun the root; the participle
    is the predicate then, not an adjective."""
    head = token.head
    return head.dep_ == "ROOT" and not any(t.pos_ in ("VERB", "AUX") for t in head.sent if t != token)
