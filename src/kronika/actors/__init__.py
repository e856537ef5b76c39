"""The actors stage: who acts and who is acted upon, with canonical names, country and sector."""

from kronika.actors.keys import canonical_key
from kronika.actors.lexicon import ActorLexicon, LexiconEntry
from kronika.actors.resolve import ArticleActors

__all__ = ["ActorLexicon", "ArticleActors", "LexiconEntry", "canonical_key"]
