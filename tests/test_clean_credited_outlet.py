"""Specs for the outlet a page's copyright line credits: the cleaner drops the line as furniture but keeps
the outlet as the article's source, where its input gives none ('Copyright 2016 WAFB' -> 'WAFB')."""

from __future__ import annotations

import pytest

from kronika.clean import clean
from kronika.clean.credits import credited_outlet
from kronika.model import Article, RawDocument

_STORY = (
    "A man was shot in the leg outside a store on Main Street on Saturday night, police said.\n\n"
    "Officers found him in the parking lot and took him to a hospital, where he is expected to recover.\n\n"
)


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        pytest.param("Story.\nCopyright 2016 WAFB. All rights reserved.", "WAFB", id="sign-and-notice"),
        pytest.param("Story.\n(© 2016 KHOU)", "KHOU", id="bracketed-sign"),
        pytest.param("Story.\n© 2017 KHOU-TV", "KHOU-TV", id="sign-with-band"),
        pytest.param("Story.\nCopyright 2016 KMOV (Meredith Corporation).", "KMOV", id="owner-in-brackets"),
        pytest.param("Copyright 2015 WXYZ.\nStory.\nCopyright 2016 WMC Action News 5.", "WMC Action News 5",
                     id="the-last-credit-closes-the-story"),
        pytest.param("Story.\nCopyright 2016. All rights reserved.", None, id="no-outlet-named"),
        pytest.param("The station holds the copyright to the video, a lawyer said.", None,
                     id="no-credit-line"),
    ],
)  # fmt: skip
def test_the_credited_outlet_is_read_from_the_copyright_line(text: str, outlet: str | None) -> None:
    assert credited_outlet(text) == outlet


def _cleaned(content: str, source: str | None = None) -> Article:
    """The article the cleaner makes of a plain-text page."""
    article = clean(
        RawDocument(id="t", origin="t.txt", content=content, kind="text", title="Man shot", source=source)
    )
    assert isinstance(article, Article)
    return article


def test_the_cleaner_keeps_the_credited_outlet_as_the_source_but_not_in_the_text() -> None:
    article = _cleaned(_STORY + "Copyright 2016 WAFB. All rights reserved.")
    assert article.source == "WAFB" and "Copyright" not in article.text


@pytest.mark.parametrize(
    ("content", "given", "source"),
    [
        pytest.param(_STORY + "Copyright 2016 WAFB. All rights reserved.", "wbrc.com", "wbrc.com",
                     id="the-inputs-own-source-first"),
        pytest.param(_STORY, None, None, id="no-credit-no-source"),
    ],
)  # fmt: skip
def test_a_source_the_input_gives_or_none_is_kept(
    content: str, given: str | None, source: str | None
) -> None:
    assert _cleaned(content, given).source == source
