"""What every way of reading an actor in one article looks up: the article's people table, the lexicon
narrowed to its focus country, lexicon matches, the country a phrase names and an actor's plain name."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Token

from kronika.actors.cues import lexicon_matches, place_matches
from kronika.actors.heads import after_anti, is_aircraft_fighter
from kronika.actors.lexicon import NO_COUNTRY, ActorLexicon, LexiconEntry
from kronika.actors.persons import PersonTable
from kronika.actors.phrases import Phrase
from kronika.model import Actor, ArticleContext


class ArticleLookups:
    """The article's doc, context, lexicon and people table, built once, and the lookups on them that every
    way of reading an actor shares."""

    def __init__(self, doc: Doc, ctx: ArticleContext, lexicon: ActorLexicon) -> None:
        """Build the per-article people table; `doc` must be the spaCy Doc of `ctx.article.text`."""
        self.doc = doc
        self.ctx = ctx
        self.lexicon = lexicon.for_country(ctx.focus_country)
        self.people = PersonTable.build(doc, self.lexicon)

    def phrase_at(self, head: Token, *, with_right: bool = True) -> Phrase:
        """The noun phrase a head token heads in the document (without what follows it, if asked)."""
        end = head.right_edge.i + 1 if with_right else head.i + 1
        tokens = tuple(self.doc[head.left_edge.i : end])
        return Phrase(tokens, self.doc[tokens[0].i : tokens[-1].i + 1].text, head)

    def matches(self, tokens: list[Token]) -> list[tuple[int, int, LexiconEntry]]:
        """Lexicon matches among the tokens, except those written as opponents ("anti-Houthi")."""
        matches = lexicon_matches(tokens, self.lexicon)
        return [m for m in matches if not (after_anti(self.doc[m[0]]) or is_aircraft_fighter(self.doc[m[0]]))]

    def plain(self, phrase: Phrase, core: list[Token]) -> Actor:
        """An actor named by its own words without determiners, with whatever country the phrase gives."""
        words = [t for t in core if t.pos_ not in ("DET", "PUNCT") and t.tag_ != "POS"] or core
        name = self.doc[words[0].i : words[-1].i + 1].text
        return Actor(name[:1].upper() + name[1:], phrase.text, self.cue(core, phrase.head), None)

    def named_entry(self, written: str) -> LexiconEntry | None:
        """The lexicon's named actor for a name the article's people table does not hold, or the group
        word the whole name is: a parser reads capitalised "Border Guards" or "Police" in a headline as
        a person's name, which no person's name is."""
        tokens = self._tokens_of(written)
        matches = lexicon_matches(tokens, self.lexicon)
        named = [e for _, _, e in matches if not e.pattern[:1].islower()]
        whole = [e for s, t, e in matches if (s, t) == (0, len(tokens))]
        return next(iter(named + whole), None)

    def _tokens_of(self, written: str) -> list[Token]:
        """Tokens of a name as a small Doc of the same vocabulary (no pipeline run)."""
        return list(Doc(self.doc.vocab, words=written.split()))

    def entry_country(self, entry: LexiconEntry, core: list[Token], head: Token) -> str | None:
        """An entry's country: its own, else the phrase's, else the focus country for domestic actors."""
        if entry.country == NO_COUNTRY:
            return None
        return entry.country or self.cue(core, head) or self.focus_for(entry.sector)

    def cue(self, tokens: Sequence[Token], head: Token) -> str | None:
        """The country a phrase names: the place word nearest before the head, else the first after it."""
        places = place_matches(tokens, self.lexicon)
        before = [p for p in places if p[1] <= head.i + 1]
        after = [p for p in places if p[0] > head.i]
        chosen = before[-1] if before else after[0] if after else None
        return chosen[2].country if chosen else None

    def focus_for(self, sector: str | None) -> str | None:
        """The article's focus country for domestic actors (not international bodies)."""
        return None if sector == "IGO" else self.ctx.focus_country
