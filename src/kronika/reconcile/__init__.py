"""One article's event mentions squared with each other once built: a toll its follow-ups restate, a day
another telling writes out, an earlier attack the story recalls (run by `Pipeline.mentions_from_doc`)."""
