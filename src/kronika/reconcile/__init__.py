"""One article's event mentions squared with each other once built: a toll its follow-ups restate, a day
another telling writes out, an earlier attack the story recalls, readings too unlikely to be events beside
the article's main one (run by `Pipeline.mentions_from_doc`)."""
