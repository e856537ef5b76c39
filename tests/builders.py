"""What several spec files share: the field names every contract record carries."""

from __future__ import annotations

from typing import Final

# The contract's record fields, spelled as the contract spells them; a record may carry more.
CONTRACT_FIELDS: Final = frozenset(
    {
        "id",
        "articles",
        "type",
        "mode",
        "acled_event_type",
        "acled_sub_event_type",
        "date",
        "date_precision",
        "historical",
        "actors",
        "targets",
        "location",
        "fatalities",
        "injured",
        "evidence",
        "confidence",
    }
)
