"""Match reports: an article about a ball game, whose firing, shooting, striking and fighting back are
play, not violence ('Furuhashi firing home twice', 'struck in the 89th minute', 'fought back after the
break')."""

from __future__ import annotations

import re
from typing import Final

from spacy.tokens import Doc, Token

from kronika.events.lexicon import TriggerEntry
from kronika.nlp import doc_text, per_doc

# Words of a ball game's report: a match report names several of them.
_GAME_WORDS: Final = frozenset(
    {
        "goal", "goals", "match", "minute", "scored", "scorer", "striker", "penalty", "referee", "kick-off",
        "derby", "league", "cup", "substitute", "equaliser", "equalizer", "header", "midfielder",
        "goalkeeper", "keeper", "defender", "stoppage", "half-time", "halftime", "fixture", "season",
        "touchdown", "quarterback", "innings", "wicket", "batsman", "bowler", "inning", "pitcher",
        "rebound", "playoff", "playoffs", "tournament", "semi-final", "semifinal", "final", "title",
    }
)  # fmt: skip
_MIN_GAME_WORDS: Final = 4  # distinct game words a match report names
# A result told as a score: 'beat Celtic 3-2', 'a 1-1 draw', 'won 24-17'.
_SCORE: Final = re.compile(
    r"\b(?:beat|beats|won|win|wins|lost|lose|loses|drew|draw|defeated|edged|thrashed|victory|defeat)\b"
    r"[^.]{0,40}?\b\d{1,3}\s?[-–]\s?\d{1,3}\b|\b\d{1,3}\s?[-–]\s?\d{1,3}\s+(?:win|draw|victory|defeat|loss)\b",
    re.IGNORECASE,
)
# The readings play takes in a match report: shots and strikes at goal (a shot 'fired' home is no one
# dismissed), a side fighting back or taking control of the game, a team storming back.
_PLAY_READINGS: Final = frozenset({"ASSAULT", "PROTEST", "COERCE", "SANCTION"})
# The words play is told in: shots, strikes, fight-backs, control taken, storming back, attacks.
_PLAY_WORDS: Final = frozenset(
    {"fire", "shoot", "shot", "strike", "fight", "take", "storm", "attack", "blast", "hit", "beat", "seize"}
)
# Words of harm or of the police: a sentence of a match report naming one tells real violence (fans who
# fought, a steward hurt, arrests made).
_HARM_WORDS: Final = frozenset(
    {
        "police", "arrest", "arrested", "injured", "injury", "injuries", "hurt", "wounded", "killed", "dead",
        "died", "death", "stabbed", "hooligans", "riot", "riots", "scuffles", "clashes", "brawl",
        "violence", "officers", "steward", "stewards", "tear", "hospital",
    }
)  # fmt: skip


def match_report(doc: Doc) -> bool:
    """Whether the article reports a ball game: it gives a score as a result and names several of the
    game's words."""
    return per_doc(doc, "kronika_match_report", lambda: _reads_as_match_report(doc))


def _reads_as_match_report(doc: Doc) -> bool:
    """`match_report`, worked out."""
    text = doc_text(doc)
    if _SCORE.search(text) is None:
        return False
    words = {t.lower_ for t in doc if t.lower_ in _GAME_WORDS}
    return len(words) >= _MIN_GAME_WORDS


def play_in_match(token: Token, entry: TriggerEntry) -> bool:
    """Whether the trigger tells play in a match report ('firing home twice', 'struck in the 89th minute'):
    a reading of violence, a strike or a seizure in a sentence of a ball game's report that names no harm
    and no police."""
    if entry.plover not in _PLAY_READINGS or token.lemma_.lower() not in _PLAY_WORDS:
        return False  # a protest outside the ground, fans evicted: news in a match report too
    if not match_report(token.doc):
        return False
    return not any(t.lower_ in _HARM_WORDS for t in token.sent)
