"""The development evaluation: scoring the pipeline on labelled data sets (ACLED, GVA, PLOVER, WikiEvents, our
judgements of long articles' readings, the seed). The names of the data sets live here, light to import, so
the command line can offer them."""

from typing import Final

DATASETS: Final[tuple[str, ...]] = (
    "acled",
    "acled-extra",
    "acled-snippets",
    "acled-2015",
    "gva",
    "dedup",
    "plover",
    "wikievents",
    "judged",
    "seed",
)
