"""A town a sentence names with its country's adjective ('the Israeli town of Metula', 'the Syrian border
village of Tal Rifaat'): read in that country, however small, whatever country the article is about."""

from __future__ import annotations

from typing import Final

from spacy.tokens import Doc, Span

from kronika.gazetteer import Gazetteer

_SETTLEMENTS: Final = frozenset({"town", "village", "city", "hamlet", "settlement", "port", "kibbutz"})
_MAX_WORDS_BEFORE: Final = 3  # 'the Israeli northern border town of': words between adjective and noun


def demonym_country(doc: Doc, phrase: Span, gazetteer: Gazetteer) -> str | None:
    """The alpha-3 of the country whose adjective the words before `phrase` give it ('the Israeli town of
    Metula'), else None."""
    of = phrase.start - 1
    if of < 2 or doc[of].lower_ != "of" or doc[of - 1].lemma_.lower() not in _SETTLEMENTS:
        return None
    for k in range(of - 2, max(of - 2 - _MAX_WORDS_BEFORE, -1), -1):
        word = doc[k]
        if word.pos_ not in ("ADJ", "NOUN", "PROPN"):
            return None
        country = gazetteer.demonym(word.text)
        if country is not None:
            return country
    return None
