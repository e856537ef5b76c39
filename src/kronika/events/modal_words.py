"""The governing words that tell whether an event they govern happened: denying, intending, future,
hypothesizing, reporting and creating verbs, nouns and adjectives (read by `modality`)."""

from __future__ import annotations

from typing import Final

# Governing words that say the embedded event did not happen ("refused to recognize", "failed to stop").
NEGATING: Final = frozenset(
    {
        "fail", "refuse", "decline", "refrain", "deny", "avoid", "prevent", "reject", "forbid", "abstain",
        "avert",
    }
)  # fmt: skip
# Governing words that make the embedded event an aim, a threat or a request, not a fact.
INTENDING: Final = frozenset(
    {
        "threaten", "vow", "intend", "want", "seek", "try", "attempt", "aim", "hope", "pledge",
        "promise", "call", "demand", "urge", "ask", "request", "order", "warn",
        "prepare", "propose", "offer", "wish", "plot", "conspire", "appeal", "encourage",
        "plan", "decide", "agree", "consider", "convince", "persuade", "invite", "instruct", "authorise",
        "authorize", "enable", "lobby", "pressure", "brace",
    }
)  # fmt: skip
# Governing words that put the embedded event in the future ("is expected to", "going to").
FUTURE: Final = frozenset({"expect", "schedule", "due", "go", "set", "poise"})
# Nouns and adjectives that make a dependent event a possibility ("looting fears", "threat of attack").
HYPOTHESIZING: Final = frozenset(
    {
        "fear", "threat", "risk", "danger", "possibility", "concern", "rumour", "rumor", "warning", "need",
        "prospect", "likely", "unlikely", "possible", "chance", "specter", "spectre", "worry", "talk",
        "preparation", "feasibility", "hinge", "depend", "likelihood", "scenario", "eventuality",
    }
)  # fmt: skip
# Nouns of deliberating over an act, whose object ('a decision on strikes', 'debate over missile attacks',
# 'recourse to military strikes') is weighed, not done; 'a decision to block' tells the act decided, and the
# verb 'voted at a meeting' tells the meeting.
DELIBERATING: Final = frozenset(
    {"decision", "debate", "deliberation", "recourse", "scepticism", "skepticism", "vote"}
)
# Verbs that report an event without changing whether it happened.
REPORTING: Final = frozenset(
    {"say", "tell", "report", "announce", "state", "claim", "confirm", "add", "show", "indicate", "note"}
)
# Verbs that bring their object into being: the object noun shares the verb's negation, modal or tense
# ("will hold a rally", "did not sign a deal"); other verbs act on an event that exists anyway
# ("police did not stop the march").
CREATING: Final = frozenset(
    {
        "give", "make", "hold", "launch", "stage", "issue", "mount", "carry", "conduct", "take",
        "offer", "sign", "reach", "declare", "impose", "grant", "provide", "lodge", "file", "open",
        "begin", "start", "organise", "organize", "call", "commit", "perpetrate", "use", "employ",
    }
)  # fmt: skip
