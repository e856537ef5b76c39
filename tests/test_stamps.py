"""Specs for a page's own publication day: its 'Published'/'Posted' stamp or dated dateline."""

from __future__ import annotations

from datetime import date

import pytest

from kronika.clean.stamps import page_day, published_day


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A man was shot on Elm Street. (Published Thursday, June 6, 2019)", date(2019, 6, 6)),
        ("Posted: Tuesday, April 9, 2019 2:05 PM EDT Updated: Friday, April 12, 2019", date(2019, 4, 9)),
        ("Posted on Aug 14, 2018\n\nTwo men were wounded.", date(2018, 8, 14)),
        ("PORTSMOUTH, Va. (October 4, 2016): A woman was shot early this morning.", date(2016, 10, 4)),
        ("LIMA, Ohio (Jan. 9, 2018) — Deputies found a man wounded.", date(2018, 1, 9)),
        # the stamp in figures, month first; the 'Updated' one before it is a later edit
        (
            "Updated: 03/12/2016 9:40 PM\n\nCreated: 03/11/2016 6:05 AM WXYZ.com\n\nA boy was shot.",
            date(2016, 3, 11),
        ),
        ("Published: 7/4/2014\n\nThree people were hurt.", date(2014, 7, 4)),
        ("Created on Aug 14, 2018\n\nTwo men were wounded.", date(2018, 8, 14)),
        # the first stamp is the page's own; a later one belongs to a related story further down
        ("Published Friday, Nov. 8, 2019)\n\nRelated: (Published Thursday, Nov. 7, 2019)", date(2019, 11, 8)),
    ],
)
def test_page_day_reads_the_stamp(text: str, expected: date) -> None:
    assert page_day(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Updated: Monday, February 4, 2019 @ 4:40 PM",  # a later edit, not the day it went up
        "Updated: 02/04/2019 4:40 PM",
        "Posted: 1/9/14 by the desk",  # a two-figure year may be anything
        "Created: 13/40/2016",  # numbers that make no day
        "The video was posted on Facebook on Monday.",
        "He was born March 3, 1990, in Dayton.",
        "Police said the shooting (March 3, 2015) was the second there.",  # no dateline opens the line
    ],
)
def test_page_day_ignores_what_is_no_publication_stamp(text: str) -> None:
    assert page_day(text) is None


@pytest.mark.parametrize(
    ("text", "given", "expected"),
    [
        # a feed's date two weeks after the page's own stamp: the stamp is when the report was written
        ("Posted: Tuesday, April 9, 2019 2:05 PM EDT", date(2019, 4, 23), date(2019, 4, 9)),
        # a stamp after the given day is a later edition: the given day stands
        ("Posted: Friday, April 26, 2019", date(2019, 4, 23), date(2019, 4, 23)),
        ("No stamp here.", date(2019, 4, 23), date(2019, 4, 23)),
        ("Posted: Tuesday, April 9, 2019", None, date(2019, 4, 9)),
        ("No stamp here.", None, None),
    ],
)
def test_published_day_prefers_the_earlier_stamp(
    text: str, given: date | None, expected: date | None
) -> None:
    assert published_day(text, given) == expected
