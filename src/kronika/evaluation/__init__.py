"""The development evaluation: scoring the pipeline on labelled data sets (ACLED, GVA, PLOVER, the seed)."""
