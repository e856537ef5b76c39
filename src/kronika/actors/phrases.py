"""The words of one actor in a span: splitting coordinated actors, the core before a comma, the head."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass

from spacy.tokens import Token

from kronika.actors.cues import lexicon_matches
from kronika.actors.lexicon import ActorLexicon

_CORE_STOPS = frozenset({",", "(", ";", ":", "—", "–", "who", "which", "that", "whose"})


@dataclass(frozen=True)
class Phrase:
    """One actor's words inside a span: all its tokens, the written text, and its head token."""

    tokens: tuple[Token, ...]
    text: str
    head: Token
    depth: int = 0  # how many hops (pronoun, "of", "by") led here; bounded so cycles end


def name_run(head: Token, tokens: Sequence[Token]) -> list[Token]:
    """The contiguous proper-noun run ending at the head (a name with its titles)."""
    by_index = {t.i: t for t in tokens}
    run = [head]
    while run[0].i - 1 in by_index and by_index[run[0].i - 1].pos_ == "PROPN":
        run.insert(0, by_index[run[0].i - 1])
    return run


def head_of(root: Token, core: list[Token]) -> Token:
    """The head word: the root, or the name in apposition to it without a comma ("minister Boronov")."""
    indices = {t.i for t in core}
    head = root if root.i in indices else core[-1]
    nouns = [t for t in core if t.i > head.i and t.pos_ == "NOUN" and t.i - 1 in indices]
    if head.ent_type_ == "NORP" and nouns and nouns[0].i == head.i + 1:
        head = nouns[0]  # the tagger sometimes roots "Israeli intelligence" on the demonym
    while True:
        follow = [c for c in head.children if c.dep_ == "appos" and c.i in indices and c.i > head.i]
        if not follow:
            return head
        head = follow[0]


def core_tokens(phrase: Phrase) -> list[Token]:
    """The phrase up to its first comma, bracket or relative pronoun after the head's start; a name set
    before the head with a comma ("in Goias, federal police forces") is the scene, not the actor."""
    core: list[Token] = []
    for token in _after_fronted_name(phrase):
        if core and token.lower_ in _CORE_STOPS and token.i > phrase.head.left_edge.i:
            break
        core.append(token)
    return [t for t in core if not (t.pos_ == "PUNCT" and t.text in "\"'“”")] or core


def _after_fronted_name(phrase: Phrase) -> Sequence[Token]:
    """The phrase's tokens after the last comma that closes a proper name before its head (a place or a
    day the parser hung on the actor: "Mato Grosso do Sul, federal police forces"), else all of them."""
    tokens = phrase.tokens
    for k in range(len(tokens) - 1, 0, -1):
        comma = tokens[k]
        if comma.text == "," and comma.i < phrase.head.i and tokens[k - 1].pos_ == "PROPN":
            return tokens[k + 1 :] or tokens
    return tokens


def whole_names(tokens: Sequence[Token], lexicon: ActorLexicon) -> list[tuple[int, int]]:
    """The (start, end) spans of the lexicon's names of more than one word among the tokens."""
    return [(start, end) for start, end, _ in lexicon_matches(tokens, lexicon) if end - start > 1]


def widen_to_names(tokens: Sequence[Token], lexicon: ActorLexicon) -> list[Token]:
    """The tokens, widened to hold whole any named actor of the sentence they cut through: the parser
    may leave part of a name with a "/" or "-" out of a doer's span ("SPLA/M-IO" as "M-IO")."""
    if not tokens:
        return list(tokens)
    doc, start, end = tokens[0].doc, tokens[0].i, tokens[-1].i + 1
    sentence = list(doc[tokens[0].sent.start : tokens[-1].sent.end])
    for first, last, entry in lexicon_matches(sentence, lexicon):
        cut = first < start < last or first < end < last
        if cut and last - first > 1 and not entry.pattern[:1].islower():
            start, end = min(start, first), max(end, last)
    return list(doc[start:end])


def split_conjuncts(tokens: list[Token], wholes: Collection[tuple[int, int]] = ()) -> list[Phrase]:
    """One phrase per coordinated actor: "X and Y", or "Hungarian and Romanian officials" sharing a head.

    `wholes` are (start, end) spans of names known whole ("SPLA/M-IO", "Freedom and Change"): the parser
    reads their "/" or "and" as coordination, but a conjunct inside the same name is no second actor.
    """
    inside = {t.i for t in tokens}
    root = next((t for t in tokens if t.head.i not in inside or t.head.i == t.i), tokens[0])
    heads = [root, *(c for c in _conjuncts(root, wholes) if c.i in inside)]
    if len(heads) > 1:
        return [_conjunct(h, inside) for h in sorted(heads, key=lambda t: t.i)]
    text = tokens[0].doc[tokens[0].i : tokens[-1].i + 1].text
    for mod in tokens:
        coordinated = [mod, *(c for c in _conjuncts(mod, wholes) if c.i in inside)]
        if mod.head.i == root.i and mod.dep_ in ("amod", "compound", "nmod") and len(coordinated) > 1:
            return _shared_head(tokens, coordinated, text, root)
    return [Phrase(tuple(tokens), text, root)]


def _conjuncts(token: Token, wholes: Collection[tuple[int, int]]) -> list[Token]:
    """The token's conjuncts, less those inside one known name with it."""
    return [
        c
        for c in token.conjuncts
        if not any(s <= min(c.i, token.i) and max(c.i, token.i) < e for s, e in wholes)
    ]


def _conjunct(head: Token, inside: set[int]) -> Phrase:
    """One conjunct: the head's subtree without its own conjuncts and coordinators."""
    drop = {d.i for c in head.children if c.dep_ in ("conj", "cc") for d in c.subtree}
    tokens = [t for t in head.subtree if t.i in inside and t.i not in drop]
    while tokens and (tokens[-1].pos_ in ("PUNCT", "CCONJ")):
        tokens.pop()
    doc = head.doc
    return Phrase(tuple(tokens), doc[tokens[0].i : tokens[-1].i + 1].text, head)


def _shared_head(tokens: list[Token], coordinated: list[Token], text: str, root: Token) -> list[Phrase]:
    """Coordinated modifiers of one head, each with the rest: Hungarian officials, Romanian officials."""
    others = {t.i for t in coordinated} | {t.i for m in coordinated for t in m.children if t.dep_ == "cc"}
    rest = [t for t in tokens if t.i not in others and not (t.pos_ == "PUNCT" and t.i < root.i)]
    return [Phrase(tuple(sorted([*rest, m], key=lambda t: t.i)), text, root) for m in coordinated]
