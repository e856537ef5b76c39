"""Specs for the clean stage: clean paragraphs and headline; chrome dropped; unusable articles rejected."""

from __future__ import annotations

import gzip
import json
from datetime import date
from pathlib import Path

import pytest

from kronika.clean import clean
from kronika.clean.language import guess_language
from kronika.model import Article, InputError, RawDocument
from kronika.read import read_inputs

FIXTURES = Path(__file__).parent / "fixtures" / "read"

STRIKE = (
    "Around 2,000 dockworkers walked off the job in the port city of Gdynia on Friday, halting cargo "
    "traffic after talks over wages collapsed overnight."
)


def _doc(content: str, kind: str = "text", title: str | None = None) -> RawDocument:
    return RawDocument(id="t", origin="t.txt", content=content, kind=kind, title=title)  # type: ignore[arg-type]


def _article(content: str, **kwargs: str) -> Article:
    result = clean(_doc(content, **kwargs))
    assert isinstance(result, Article), result
    return result


def _fixture(name: str) -> Article:
    (doc,) = [d for d in read_inputs([str(FIXTURES / name)]) if isinstance(d, RawDocument)][:1]
    result = clean(doc)
    assert isinstance(result, Article), result
    return result


def test_fixture_report_keeps_the_news_and_drops_the_rest() -> None:
    article = _fixture("report_2021-05-14.txt")
    assert article.title == "Dockworkers Strike Shuts Northern Port"
    assert article.text.startswith(STRIKE)
    assert article.text.endswith("who asked not to be named.")
    assert article.text.count("\n\n") == 4  # five news paragraphs


@pytest.mark.parametrize(
    "chrome",
    [
        "Become A Member",
        "Maria Olsen / Ledger Photo",
        "Advertisement",
        "Talks broke down",
        "small favour",
        "donation",
        "Continue",
        "Read more",
    ],
)
def test_fixture_report_has_no_chrome(chrome: str) -> None:
    assert chrome not in _fixture("report_2021-05-14.txt").text


def test_html_page_text_title_and_date() -> None:
    article = _fixture("protest_page.html")
    assert article.title == "Farmers Block Highway In Protest Over Fuel Prices"
    assert article.published is not None and article.published.isoformat() == "2022-03-09"
    assert article.text.startswith("Hundreds of farmers drove their tractors")
    assert article.text.count("\n\n") == 2
    for chrome in ("Home", "newsletter", "Copyright", "Farmers Block Highway"):
        assert chrome not in article.text


@pytest.mark.parametrize(
    "line",
    [
        "Support The Daily Ledger!",
        "Subscribe to our newsletter",
        "Share this article",
        "Advertisement",
        "Read more",
        "Continue",
        "We use cookies to improve your experience. Accept cookies",
        "Please enable JavaScript to watch this video",
        "Photo: Jan Kowalski",
        "Crowds gather in the square. John Smith / AFP",
        "Copyright 2021 Ledger Media. All rights reserved.",
        "RELATED: Two hurt in warehouse fire",
        "Why are we asking this?",
        "Already have an account? Log in.",
        "Thank You For Reading!",
        "Need an account? Create one now.",
        "Readers of the Valley Courier get free access to our e-Edition as well.",
        "Sign in or register to comment.",
        "Registered users can comment on this story.",
        "Thank you for registering!",
    ],
)
def test_chrome_lines_at_the_top_are_dropped(line: str) -> None:
    article = _article(f"{line}\n\n{STRIKE}\n\nThe union said the stoppage would go on.")
    assert line not in article.text
    assert article.text.startswith(STRIKE)


@pytest.mark.parametrize(
    ("heading", "kept"),
    [("Talks collapse", False), ("Police said the crowd left peacefully.", True)],
)
def test_short_lines_without_final_punctuation_between_paragraphs_are_dropped(
    heading: str, kept: bool
) -> None:
    article = _article(f"{STRIKE}\n\n{heading}\n\nThe union said the stoppage would go on for days.")
    assert (heading in article.text) is kept


@pytest.mark.parametrize(
    "line",
    [
        "The suspect, a registered sex offender, was shot by deputies on Friday.",
        "Ann Vale told the Valley News-Register that two men were shot outside the bar on Friday.",
        "The pistol was registered to his brother, police said.",
    ],
)
def test_news_naming_a_register_is_no_sign_up_prompt(line: str) -> None:
    """Only sign-up wording ('register to comment') marks a line as page chrome, not the word itself."""
    article = _article(f"{STRIKE}\n\n{line}\n\nThe union said the stoppage would go on.")
    assert line in article.text


def test_appeal_near_the_end_cuts_everything_after_it() -> None:
    body = "\n\n".join([STRIKE] * 6)
    article = _article(
        f"{body}\n\nPlease support us with a donation.\n\nA long paragraph that follows the appeal "
        "and is not news at all, but reads like it does."
    )
    assert article.text == body


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        ("The shooter wounded his cousin on Friday evening after announcing it on Facebook.", True),
        ("Her sister wrote on Twitter on Monday that the family was heartbroken by the loss.", True),
        ("Some neighbours, like Ann Vale, were angry. On Facebook she wrote that it was avoidable.", True),
        ("Follow us on Twitter and like us on Facebook.", False),
        ("Contact Jan Kowal at jkowal@ledger.com or @jkowal on Twitter.", False),
        ("Keep up with our reporters on Facebook.", False),
        ("On Twitter:", False),
    ],
)
def test_a_line_naming_a_social_network_is_chrome_only_when_it_sends_the_reader_there(
    line: str, kept: bool
) -> None:
    """News reports what people posted on Facebook; only 'follow/like/contact ... on X' is page chrome."""
    article = _article(f"{STRIKE}\n\n{line}\n\nThe union said the stoppage would go on for days.")
    assert (line in article.text) is kept


def test_hard_wrapped_paragraphs_are_joined_and_spaces_collapsed() -> None:
    text = (
        "Around 2,000 dockworkers   walked off the job in the port city\nof Gdynia on Friday, "
        "halting cargo traffic after talks over\nwages collapsed overnight."
        "\n\nThe union said the stoppage would go on."
    )
    article = _article(text)
    assert article.text.split("\n\n")[0] == STRIKE


def test_record_title_wins_and_repeated_headline_is_dropped() -> None:
    article = _article(f"Dock Strike Halts Port Traffic\n\n{STRIKE}", title="Dock Strike Halts Port Traffic")
    assert article.title == "Dock Strike Halts Port Traffic" and article.text == STRIKE


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        ("", "empty article"),
        ("   \n\n\t ", "empty article"),
        ("Share\n\nAdvertisement\n\nRead more", "no article text found"),
        ("Police came.", "too short"),
        (
            "Hunderte Demonstranten haben am Montag vor dem Parlament gegen die neue Regierung protestiert, "
            "und die Polizei hat mehrere Personen festgenommen, die gegen die Auflagen verstossen haben.",
            "not English (looks like German)",
        ),
        (
            "Сотни протестующих собрались в понедельник у здания парламента, требуя отставки правительства.",
            "not English (looks like Russian)",
        ),
        ("abc\x01\x02\x03\x04\x05\x06" * 20, "binary content"),
        ("<html><body><nav>Home</nav></body></html>", "no article text found"),
    ],
)
def test_unusable_articles_are_rejected(content: str, reason: str) -> None:
    kind = "html" if content.startswith("<html") else "text"
    result = clean(_doc(content, kind=kind))
    assert isinstance(result, InputError) and result.reason.startswith(reason)


def test_too_long_is_rejected() -> None:
    result = clean(_doc((STRIKE + "\n\n") * 15_000))
    assert isinstance(result, InputError) and result.reason.startswith("too long")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (STRIKE * 3, "English"),
        ("Merci " * 3, "English"),
        # headline-like lines hold few stopwords: short, with no other language leading, they are English
        (
            "Riverside teen killed by apparent accidental gunshot. Tom Reyes Anna Kowalski Superior Court "
            "Federal Court Riverside Gazette reporter Anna Kowalski answers questions about crime news, "
            "trends and issues.",
            "English",
        ),
        (
            "Elm Street shooting: 3 gunmen on loose; 6 victims innocent; 'senseless' act, mayor says. Elm "
            "Street shooting: 3 gunmen on loose; all victims innocent, sheriff says.",
            "English",
        ),
        (
            "Hunderte Demonstranten haben am Montag vor dem Parlament gegen die neue Regierung protestiert, "
            "und die Polizei hat mehrere Personen festgenommen.",
            "German",
        ),
    ],
)
def test_guess_language(text: str, language: str) -> None:
    assert guess_language(text) == language


def test_clean_is_deterministic() -> None:
    assert clean(_doc(f"Share\n\n{STRIKE}")) == clean(_doc(f"Share\n\n{STRIKE}"))


# --- checks on the shared data --------------------------------------------------------------------


@pytest.mark.shared
def test_seed_article(shared_data: Path) -> None:
    (doc,) = read_inputs([str(shared_data / "moscowtimes_2020-10-06.txt")])
    article = clean(doc)  # type: ignore[arg-type]
    assert isinstance(article, Article)
    # the headline is the page's third line, after the support banner and a blank line
    raw = (shared_data / "moscowtimes_2020-10-06.txt").read_text(encoding="utf-8")
    assert article.title == raw.splitlines()[2].strip()
    assert article.text.startswith("Kyrgyzstan's prime minister Kubatbek Boronov resigned Tuesday")
    assert article.text.endswith("won 2017's presidential election.")
    assert "Atambayev was once close" in article.text
    for chrome in (
        "Support The Moscow Times",
        "TASS",
        "Attempt to seize power",
        "Mines targeted",
        "favor to ask",
        "foreign agent",
        "Continue",
        "Read more",
        "Resigns During",
    ):
        assert chrome not in article.text, chrome
    assert article.text.count("\n\n") == 27  # 28 news paragraphs, none lost
    assert "  " not in article.text


@pytest.mark.shared
@pytest.mark.parametrize(
    "noise",
    [
        "You must enter the characters",
        "A friend wanted you to see",
        "Please enable Javascript",
        "There was a problem saving your notification",
        "Advertisement",
        "Your notification has been saved",
    ],
)
def test_gva_page_noise_is_dropped(shared_data: Path, noise: str) -> None:
    hits = 0
    for record in _gva(shared_data):
        if noise.lower() not in record["content"].lower():
            continue
        result = clean(_doc(record["content"], title=record["title"]))
        if isinstance(result, Article):
            hits += 1
            assert noise.lower() not in result.text.lower(), record["id"]
            assert len(result.text) >= 40
    assert hits > 0


@pytest.mark.shared
def test_gva_news_body_is_kept(shared_data: Path) -> None:
    kept = 0
    records = [r for r in _gva(shared_data) if r["content"].count("\n\n") >= 5]
    for record in records:
        result = clean(_doc(record["content"], title=record["title"]))
        if isinstance(result, Article):
            kept += len(result.text) / len(record["content"]) >= 0.5
    assert kept / len(records) >= 0.9


def _gva(shared_data: Path, limit: int = 600) -> list[dict[str, str]]:
    with gzip.open(shared_data / "gva_articles_dev.jsonl.gz", "rt", encoding="utf-8") as handle:
        return [json.loads(line) for _, line in zip(range(limit), handle, strict=False)]


@pytest.mark.parametrize(
    ("content", "title", "text"),
    [
        ("", "Toddler shot in Springfield on Sunday night", "Toddler shot in Springfield on Sunday night"),
        (
            "2:14 Mayor opens the new library Pause\n\n0:58 Storm knocks out power in the valley",
            "Two men shot outside a Springfield bar - WXYZ.com",
            "Two men shot outside a Springfield bar",
        ),
        (
            "Get email notifications on Jane Doe daily!\n\nEach time Jane Doe posts new content, a note "
            "with a link is delivered to your inbox.",
            "Springfield police officer hurt in shooting",
            "Springfield police officer hurt in shooting",
        ),
    ],
)
def test_a_page_with_only_site_furniture_is_read_from_its_headline(
    content: str, title: str, text: str
) -> None:
    article = clean(_doc(content, title=title))
    assert isinstance(article, Article) and article.text == text


@pytest.mark.parametrize("title", [None, "en", "News :: WXYZ.com"])
def test_an_empty_page_with_no_headline_to_read_is_still_rejected(title: str | None) -> None:
    assert isinstance(clean(_doc("", title=title)), InputError)


def test_a_paragraph_opening_with_a_time_of_day_is_not_a_playlist() -> None:
    text = "10:30 a.m. Police said two men were shot outside a bar in the city centre on Sunday."
    assert _article(text).text == text


def test_an_earlier_page_stamp_is_the_articles_publication_day() -> None:
    content = (
        "Posted: Tuesday, April 9, 2019 2:05 PM EDT\n\n"
        "Two men were wounded early Saturday morning outside a bar on Main Street, police said."
    )
    doc = RawDocument(id="t", origin="t.txt", content=content, kind="text", published=date(2019, 4, 23))
    result = clean(doc)
    assert isinstance(result, Article) and result.published == date(2019, 4, 9)


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        # the stamp lines are cut as site furniture, but still tell the page's own day
        (
            "Updated: 03/12/2016 9:40 PM\n\nCreated: 03/11/2016 6:05 AM WXYZ.com\n\nBy: Jane Roe\n\n"
            "Two men were wounded early Friday morning outside a bar on Main Street, police said.",
            date(2016, 3, 11),
        ),
        # a later stamp than the day given with the page changes nothing
        (
            "Created: 05/02/2019 6:05 AM WXYZ.com\n\n"
            "Two men were wounded early Friday morning outside a bar on Main Street, police said.",
            date(2019, 4, 23),
        ),
    ],
)
def test_a_stamp_cut_from_a_text_pages_head_still_dates_it(content: str, expected: date) -> None:
    doc = RawDocument(id="t", origin="t.txt", content=content, kind="text", published=date(2019, 4, 23))
    result = clean(doc)
    assert isinstance(result, Article) and result.published == expected


@pytest.mark.parametrize(
    ("lines", "kept"),
    [
        (["A woman, 34, was shot Friday night on Elm Street", "Two men were also injured"], True),
        (["Shooting happened after the county fair had closed", "No arrests as of Monday morning"], True),
        (["Weather Traffic Sports Obituaries", "Sign in using your profile"], False),
        (["1:24 Fire crews battle brush fire Sunday", "Watch the latest video from our team"], False),
        (["Man charged after bank robbery downtown", "Hiker found dead near the lake", "2:05"], False),
    ],
)
def test_a_page_of_highlight_lines_only_is_read_from_them_under_the_headline(
    lines: list[str], kept: bool
) -> None:
    """Some pages carry only a few short news lines in sentence case: they give the day and the
    casualties the headline leaves out, and are read with it as one lead paragraph of sentences.
    Menus, clips and prompts are never read as news."""
    headline = "Woman killed in Millbrook shooting"
    article = _article("\n\n".join(lines), title=headline)
    assert article.text.startswith(headline)
    assert all((f"{line}." in article.text) is kept for line in lines)
    assert "\n" not in article.text


def test_highlight_lines_are_not_read_when_the_story_is_there() -> None:
    title = "Dockworkers walk out in Gdynia"
    article = _article(f"Two men were also injured Friday\n\n{STRIKE}", title=title)
    assert article.text == STRIKE


_TEASER_A = "A man from Dunmore was charged after deputies found a rifle in his truck near the fairgrounds."
_TEASER_B = "Firefighters in Eastbrook saved a horse that fell through the ice of a farm pond on Sunday."
_TEASER_C = "Voters in Larkfield will decide on a new school levy at the special election next month."
_RAIL = f"{_TEASER_A}\n\n{_TEASER_A}\n\n{_TEASER_B}\n\n{_TEASER_B}"
_STORY = (
    "A 12-year-old girl was wounded Tuesday evening when a bullet came through a window in Millbrook, "
    "the county sheriff said. She was treated at a hospital and is expected to recover."
)


@pytest.mark.parametrize(
    "content",
    [
        f"{_RAIL}\n\n{_TEASER_C}\n\n{_TEASER_C}\n\n{_STORY}",
        f"{_TEASER_A}\n\n{_TEASER_A}\n\n{_RAIL}\n\n{_TEASER_C}\n\n{_TEASER_C}\n\n{_STORY}",
        f"{_RAIL}\n\n{_STORY}\n\n{_TEASER_C}\n\n{_TEASER_C}",
    ],
)
def test_a_rail_of_teasers_each_printed_twice_in_a_row_is_dropped(content: str) -> None:
    assert _article(content).text == _STORY


@pytest.mark.parametrize(
    "content",
    [
        f"{_STORY}\n\n{_STORY}\n\n{_TEASER_A}",  # one doubled paragraph is no rail
        f"{_RAIL}\n\n{_STORY}",  # nor two: a story's own dek and caption may both be printed twice
        f"{_TEASER_A}\n\n{_STORY}\n\n{_TEASER_A}\n\n{_STORY}",  # repeated, but never twice in a row
    ],
)
def test_one_or_two_doubled_paragraphs_or_a_repeat_further_on_are_kept(content: str) -> None:
    assert _STORY in _article(content).text


@pytest.mark.parametrize(
    "teaser",
    [
        "Harbor bridge reopens after repairs Harbor bridge reopens after repairs Crews finished early.",
        "2 hurt in Oakdale crash 2 hurt in Oakdale crash Two drivers were taken to a hospital on Friday.",
    ],
)
def test_a_teaser_opening_with_its_headline_twice_is_dropped(teaser: str) -> None:
    assert _article(f"{teaser}\n\n{_STORY}").text == _STORY


def test_a_paragraph_repeating_a_short_phrase_is_kept() -> None:
    text = f"Come home, come home, her mother said. {_STORY}"
    assert _article(text).text == text
