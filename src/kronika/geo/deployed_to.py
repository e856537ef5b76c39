"""'To' after a verb of deploying ('guard troops were deployed to Kenosha'): where forces are sent is
where a movement of forces is coded, not a destination away from the scene."""

from __future__ import annotations

from spacy.tokens import Token

# Verbs whose 'to' names the scene: forces put in place there. On the training notes 62 write 'deployed
# ... to' a capitalised name, nearly all movements of forces coded at the place named.
DEPLOYING_VERBS = frozenset({"deploy", "redeploy", "dispatch"})


def deployed_to(preposition: Token) -> bool:
    """Whether a 'to' hangs on a verb of deploying ('more troops were deployed to Madison')."""
    return preposition.lower_ == "to" and preposition.head.lemma_.lower() in DEPLOYING_VERBS
