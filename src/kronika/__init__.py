"""Kronika: structured, sourced event records from news reports."""

__version__ = "0.1.0"
