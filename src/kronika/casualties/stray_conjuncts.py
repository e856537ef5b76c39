"""Counted conjuncts the parse hangs on a word before the victim phrase they continue."""

from __future__ import annotations

from spacy.tokens import Token

# the heads of a counted group: a number ('two of his grandsons') or the noun it counts ('two nephews'); a
# verb or an adjective after the 'and' opens a clause of its own
_COUNTED_TAGS = frozenset({"CD", "NN", "NNS"})


def stray_conjunct(token: Token) -> Token | None:
    """The counted group an 'and' right after a phrase joins to it where the parse hangs that group on a word
    before the phrase: in 'the killing of an elderly farmer and two of his grandsons' the parse joins 'two' to
    a word before 'farmer', in 'the woman accused of fatally shooting her parents and two small nephews' it
    joins 'nephews' to 'woman'; read as written, each goes on the list the phrase before the 'and' opens."""
    doc = token.doc
    if token.pos_ not in {"NOUN", "PROPN"}:
        return None  # only a phrase naming people goes on as a list of them
    after = token.right_edge.i + 1
    if after + 1 >= len(doc) or doc[after].lower_ != "and" or doc[after].dep_ != "cc":
        return None
    joiner = doc[after].head
    if joiner.i >= token.i or joiner in _phrase_heads(token):
        return None
    joined = [c for c in joiner.children if c.dep_ == "conj" and c.left_edge.i == after + 1]
    if len(joined) != 1 or not _counted(joined[0]):
        return None
    return joined[0]


def _phrase_heads(token: Token) -> list[Token]:
    """The heads a word names the same people with ('a friend, Sam Cole', 'his wife and son'): the parse
    joins a list's 'and' to the first of them, which counts the list already."""
    heads = []
    while token.dep_ in {"appos", "compound", "conj"} and token.head != token:
        token = token.head
        heads.append(token)
    return heads


def _counted(group: Token) -> bool:
    """Whether a conjunct names a counted group: a number ('two of his grandsons') or a noun whose phrase
    opens on its number ('two small nephews')."""
    if group.tag_ not in _COUNTED_TAGS:
        return False
    if group.tag_ == "CD":
        return group.like_num
    first = group.doc[group.left_edge.i]
    return first.like_num and first.dep_ == "nummod" and first.head == group
