"""The reporter's own business told in a story: requests for comment, interviews agreed or refused, a
source asking not to be named, a narrator's own encounters ('I met him in 2015'). They are how the news was
gathered or lived, not events between its parties."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Final

from spacy.tokens import Token

from kronika.events.lexicon import TriggerEntry

# The lexicon types a newsroom aside wears: a request for comment, an interview agreed to or refused.
_ASIDE_TYPES: Final = frozenset({"REQUEST", "AGREE", "REJECT"})
# The types a narrator's own encounters wear ('I met', 'I asked them', 'I agreed to go'); harm told in the
# first person ('they beat me', 'I was arrested') is testimony and stays.
_ENCOUNTER_TYPES: Final = frozenset(
    {"CONSULT", "REQUEST", "AGREE", "REJECT", "CONCEDE", "SUPPORT", "AID", "COOPERATE"}
)
# What the reporter asks for.
_PRESS_WORDS: Final = frozenset({"comment", "interview", "interviewer", "quote", "anonymity"})
# What a source asks not to be: 'asked not to be named because he was not authorised to speak'.
_UNNAMED: Final = frozenset({"name", "identify"})


def newsroom_aside(token: Token, entry: TriggerEntry) -> bool:
    """Whether a request, an agreement or a refusal is the reporter's business ('did not respond to a request
    for comment', 'officials who agreed to interviews', 'my request to interview him was denied', 'asked not
    to be named', 'requested anonymity'), or an encounter the narrator had ('I met him in 2015')."""
    if entry.plover in _ENCOUNTER_TYPES and _narrators_own(token, entry.plover):
        return True
    if entry.plover not in _ASIDE_TYPES:
        return False
    if any(w.lemma_.lower() in _PRESS_WORDS for w in _what_it_is_about(token)):
        return True
    return entry.plover == "REQUEST" and _asked_not_to_be_named(token)


def _narrators_own(verb: Token, plover: str) -> bool:
    """'I met El Hindawi in 2015', 'I asked them about the camp', 'the refugees I met', 'he asked me to help',
    'I was invited to dinner': a past act done by or to the one telling the story. A present 'I urge all
    sides' is a speaker's appeal and stays one."""
    if verb.tag_ not in ("VBD", "VBN"):
        return False
    told = {(c.dep_, c.lower_) for c in verb.children}
    if verb.tag_ == "VBN":  # 'I was invited to dinner'
        return ("nsubjpass", "i") in told
    # 'showed me pictures and asked me to help': the narrator was the one asked; a call a witness got from
    # a party ('one of them called me') is contact between the parties
    return ("nsubj", "i") in told or (plover != "CONSULT" and ("dobj", "me") in told)


def _what_it_is_about(token: Token) -> Iterator[Token]:
    """The words that say what a request, an agreement or a refusal is for: its object or subject and the
    words bound to them, what 'for' or 'to' names, the verb it agrees or refuses to do."""
    for child in token.children:
        if child.dep_ in ("compound", "dobj", "nsubjpass", "xcomp", "acl"):
            yield child
            yield from (g for g in child.children if g.dep_ in ("compound", "acl", "xcomp"))
        if child.dep_ == "prep" and child.lower_ in ("for", "to"):
            yield from (g for g in child.children if g.dep_ in ("pobj", "pcomp"))


def _asked_not_to_be_named(token: Token) -> bool:
    """'Asked not to be named', 'asked not to be identified', 'asked to be known only by her nom de guerre':
    a source's condition, not a request."""
    return any(c.dep_ == "xcomp" and _named_so(c) for c in token.children)


# how a source asks to go by another name: 'asked to be known only by her nom de guerre', 'asked to be
# identified by her first name' (judged Guardian readings: such a request was a personal aside, noise)
_CALLED: Final = _UNNAMED | {"know", "call", "refer"}


def _named_so(verb: Token) -> bool:
    """Whether a passive verb tells how a source is named: not at all ('not to be named') or only so ('to be
    known only by', 'to be identified by her first name')."""
    if not any(g.dep_ == "auxpass" for g in verb.children):
        return False
    if verb.lemma_.lower() in _UNNAMED and any(g.dep_ == "neg" for g in verb.children):
        return True
    by = any(g.dep_ in ("prep", "agent") and g.lower_ == "by" for g in verb.children)
    return verb.lemma_.lower() in _CALLED and by
