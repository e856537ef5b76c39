"""Cleaning: article text from HTML or plain text, with its headline, day and outlet; bad input rejected."""

from kronika.clean.text import clean, is_chrome, is_heading

__all__ = ["clean", "is_chrome", "is_heading"]
