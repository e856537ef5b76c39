"""The words that show a sentence tells violence or protest even where no trigger phrase matched it."""

from __future__ import annotations

from typing import Final

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from kronika.events.doc_words import DocWords
from kronika.events.loose_senses import harmless
from kronika.events.standing_words import names_a_campaign
from kronika.events.tallied_acts import tallied_over_time

# Words that show a sentence reports violence or protest even when no trigger phrase matched
# ("was found dead", "a bomb went off", "exchanged fire", "fired mortars"): the classifier decides.
VIOLENCE_WORDS: Final = frozenset(
    {
        "dead", "death", "die", "body", "fire", "gunfire", "gunman", "gun", "bomb", "blast", "explosive",
        "ied", "mortar", "artillery", "shell", "missile", "rocket", "projectile", "drone", "grenade",
        "wound", "injure", "injured", "fight", "firefight", "shootout", "skirmish", "target",
        "protest", "protester", "demonstrator", "demonstrate", "sit", "strike", "loot", "burn",
        "abduct", "kidnap", "raid", "storm", "capture", "clash", "militant", "insurgent",
        "shot", "shoot", "gunshot", "explosion", "explode", "detonate", "raze", "demolish", "arson",
        "torch", "motorcade", "blockade",
    }
)  # fmt: skip
# The violence words that tell only that someone was hurt or died, not how.
HARM_WORDS: Final = frozenset({"dead", "death", "die", "body", "wound", "injure", "injured"})


def violence_word(sent: SpacySpan, words: DocWords, unreal: frozenset[int] = frozenset()) -> Token | None:
    """The sentence's first violence or protest word, preferring the main verb's own clause (`words`:
    the document's, by which the other words are passed over unread), none starting at `unreal`."""
    # a harm no one inflicted, a tally of years ('have died in two months of fighting') or a campaign ('the
    # fight against Isis') is no attack
    found = [
        t
        for t in violence_words(sent, words)
        if not harmless(t) and not tallied_over_time(t) and not names_a_campaign(t) and t.idx not in unreal
    ]
    if not found:
        return None
    return min(found, key=lambda t: (t.pos_ != "VERB", t.i))


def violence_words(sent: SpacySpan, words: DocWords) -> list[Token]:
    """The sentence's violence and protest words, in order; where one of them tells a harm no one inflicted
    ('died of the fever', 'a gas explosion'), the words of its hurt and dead are that harm's too."""
    found = [sent.doc[i] for i in words.indices(sent, VIOLENCE_WORDS, forms=True)]
    if any(harmless(t) for t in found):
        return [t for t in found if t.lemma_.lower() not in HARM_WORDS]
    return found


def only_harmless(sent: SpacySpan, words: DocWords) -> bool:
    """Whether the sentence's only words of violence tell harm no one inflicted: then no reading of it
    stands for an attack."""
    found = violence_words(sent, words)
    return bool(found) and all(harmless(t) for t in found)
