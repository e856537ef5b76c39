"""Dedup: one Event per real-world event, from the mentions of one article or of many (`merge_mentions`)."""

from kronika.dedup.merge import merge_events, merge_mentions

__all__ = ["merge_events", "merge_mentions"]
