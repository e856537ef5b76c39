"""Remaking the tables ACLED's coders' training rows give (build time only: the pipeline reads the tables)."""
