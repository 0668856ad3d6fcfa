"""Sentence dates resolve against the publication date, never the clock."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest

from diurna.extract import datewords as W
from diurna.extract.dates import sentence_date
from diurna.extract.datewords import Clues

PUB = dt.date(2015, 11, 24)  # a Tuesday


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Jets struck on Tuesday.", dt.date(2015, 11, 24)),
        ("Jets struck late on Sunday.", dt.date(2015, 11, 22)),
        ("Jets struck yesterday.", dt.date(2015, 11, 23)),
        ("Talks were held on November 3.", dt.date(2015, 11, 3)),
        ("Talks were held on 30 December.", dt.date(2014, 12, 30)),
        ("Talks were held on March 2, 2013.", dt.date(2013, 3, 2)),
        ("Nothing here pins a day.", None),
        ("It happened on February 30.", None),
    ],
)
def test_sentence_date(text: str, expected: dt.date | None) -> None:
    assert sentence_date(text, PUB)[0] == expected


def test_relative_dates_need_a_publication_date() -> None:
    assert sentence_date("Jets struck on Tuesday.", None) == (None, None)
    assert sentence_date("Talks on March 2, 2013.", None) == (dt.date(2013, 3, 2), "day")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Jets struck overnight.", (dt.date(2015, 11, 24), "day")),
        ("Gunmen raided the jail overnight Sunday.", (dt.date(2015, 11, 22), "day")),
        ("Jets struck last night.", (dt.date(2015, 11, 23), "day")),
        ("Jets struck Tuesday night.", (dt.date(2015, 11, 24), "day")),
        ("Jets struck last Tuesday.", (dt.date(2015, 11, 17), "day")),
        ("Fighting has raged since Saturday.", (dt.date(2015, 11, 21), "day")),
        ("Talks are due next Monday.", (dt.date(2015, 11, 30), "day")),
        ("Jets struck last week.", (None, "week")),
        ("Jets struck earlier this week.", (None, "week")),
        ("Jets struck last month.", (None, "month")),
        ("Talks broke down in March 2015.", (None, "month")),
        ("The war began in 2014.", (None, "year")),
        ("Talks were held on the 3rd of March.", (dt.date(2015, 3, 3), "day")),
        ("Talks were held on Nov. 3rd, 2015.", (dt.date(2015, 11, 3), "day")),
        ("Troops left three days ago.", (dt.date(2015, 11, 21), "day")),
        ("It was the worst fighting since 2016.", (None, None)),
        ("It happened on February 30, 2015.", (None, None)),
        ("The November election was disputed.", (None, None)),
        ("Crowds have marched every Saturday since April.", (None, None)),
    ],
)
def test_sentence_date_forms(text: str, expected: tuple[dt.date | None, str | None]) -> None:
    assert sentence_date(text, PUB) == expected


def test_without_a_publication_date_relative_dates_stay_unresolved_and_warn_once(
    caplog: pytest.LogCaptureFixture,
) -> None:
    from diurna.extract.dates import ArticleDates

    dates = ArticleDates(None, "a.jsonl:3")
    with caplog.at_level("WARNING"):
        hits = dates.scan("Jets struck yesterday and again on Friday, two days ago.")
        hits += dates.scan("Talks were held on March 2, 2013.")
    assert [r.day for _, _, r in hits if r.day] == [dt.date(2013, 3, 2)]
    assert sum("a.jsonl:3" in m for m in caplog.messages) == 1


def test_dateline_day_is_the_reference() -> None:
    from diurna.extract.dates import ArticleDates

    # Published the morning after: the dateline's day anchors "on Monday".
    dates = ArticleDates(dt.date(2015, 11, 25), "t", dateline="Nov 24")
    assert dates.reference == dt.date(2015, 11, 24)
    far = ArticleDates(dt.date(2015, 11, 25), "t", dateline="Jan 3")
    assert far.reference == dt.date(2015, 11, 25)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        (
            "Russia launched air strikes on Tuesday. The strikes came a day after rebels "
            "attacked a Russian base.",
            "attacked",
            "2015-11-23",
        ),
        (
            "Rebels attacked a Russian base on Sunday. A day after the attack, Russian jets "
            "bombed rebel positions.",
            "bombed",
            "2015-11-23",
        ),
        (
            "Russian jets bombed rebel positions on Monday. Hours later, Turkey condemned Russia.",
            "condemned",
            "2015-11-23",
        ),
        (
            "Russia condemned Turkey on Monday. Ukrainian jets bombed Russian positions.",
            "bombed",
            None,
        ),
        (  # the sentence's own day anchors "a day after" in the first sentence
            "Russia flew troops to Syria on Tuesday, a day after rebels attacked a Russian base.",
            "attacked",
            "2015-11-23",
        ),
        (  # the same day as the anchor: "that afternoon", "later in the evening"
            "Protesters stormed the parliament in Kyiv on Sunday. That afternoon, Russia"
            " condemned Ukraine.",
            "condemned",
            "2015-11-22",
        ),
        (
            "Protesters stormed the parliament in Kyiv on Sunday. Later in the evening, Russia"
            " condemned Ukraine.",
            "condemned",
            "2015-11-22",
        ),
        (  # a day named inside the "after" phrase for a noun is not that phrase's day
            "Police raided the opposition offices on Tuesday, a day after soldiers shot"
            " protesters angry at delays in Saturday's election results.",
            "shot",
            "2015-11-23",
        ),
        (  # "less than a week after" pins no day
            "Russia protested on Tuesday, less than a week after Turkish jets shot down a"
            " Russian plane.",
            "shot down",
            None,
        ),
        (  # an anchor that would put the event after publication is the wrong one
            "Rebels attacked a base on Tuesday. A day after the attack, Russian jets bombed"
            " rebel positions.",
            "bombed",
            None,
        ),
        ("Russian jets bombed Aleppo last week.", "bombed", None),
        ("Turkey urged Russia to respect the deal reached in Sochi last year.", "urged", None),
    ],
)
def test_event_dates_in_context(
    coder: object, text: str, trigger: str, expected: str | None
) -> None:
    from diurna import code_text
    from diurna.pipeline import Coder

    assert isinstance(coder, Coder)
    article = code_text(text, "2015-11-24", coder)
    events = [e for e in article.events if e.trigger.text == trigger]
    assert events, [e.trigger.text for e in article.events]
    assert events[-1].date == expected
    if "last year" in text:
        assert events[-1].date_precision is None


@pytest.mark.model
def test_malformed_publication_date_warns_and_resolves_nothing_relative(
    coder: object, caplog: pytest.LogCaptureFixture
) -> None:
    from diurna.extract.article import extract
    from diurna.model import Article
    from diurna.pipeline import Coder

    assert isinstance(coder, Coder)
    text = "Russian jets bombed Aleppo on Tuesday. Turkey condemned Russia yesterday."
    article = Article(id="x", text=text, origin="bad.jsonl:1", date="2015-13-45")
    with caplog.at_level("WARNING"):
        found = extract(coder.nlp(text), article, coder.resolver, coder.sentence_coder)
    assert all(c.date is None for s in found.sentences for c in s.contexts)
    assert sum("bad.jsonl:1" in m for m in caplog.messages) == 2  # the bad date, then once


GOLD = Path(__file__).resolve().parents[1] / "gold"
TRICKY = [
    "Jets struck TODAY and LAST NIGHT, three DAYS LATER, Sept. 3 and JANUARY 5.",
    "Talks on 3/11/2015, two weeks ago, in 2014, in mid-March, the next day.",
    # Characters case-insensitive matching equates with ASCII letters: ſ s, İ i, ı i, K k.
    "The vote came hours earlier, the \u017fame day, TH\u0130S MORNING, last n\u0131ght.",
    "A WEE\u212a later, the day before, \u0663/\u0661\u0661/\u0662\u0660\u0661\u0665, 2015-11-24.",
    "Jets struck on Tuesday night and since Saturday, earlier this year.",
]


@pytest.mark.parametrize(
    "text",
    TRICKY
    + [
        json.loads(line)["text"]
        for name in ("sentences.jsonl", "articles_qdp.jsonl")
        for line in (GOLD / name).read_text(encoding="utf-8").splitlines()
    ],
)
def test_clues_never_skip_a_pattern_that_matches(text: str) -> None:
    # The clues only let patterns be skipped; they must never hide a match.
    clues = Clues.of(text)
    patterns = [W.ISO, W.SHIFT, W.MONTH_DAY, W.DAY_MONTH, W.PERIOD, W.DAY_BEFORE, W.SAME_DAY]
    patterns += [W.WEEKDAY, W.CANDIDATE, W.ANCHOR]
    assert {p.pattern for p in patterns} == set(W.NEEDS)
    for pattern in patterns:
        if pattern.search(text):
            assert clues.allow(pattern), pattern.pattern


def test_fold_covers_every_character_matching_an_ascii_letter_case_insensitively() -> None:
    letter = re.compile("(?i)[a-z]")
    others = [chr(c) for c in range(128, 0x110000) if letter.fullmatch(chr(c))]
    for char in others:
        folded = Clues.of(char).folded
        # It becomes the one lower-case ASCII letter it matches.
        assert len(folded) == 1 and folded.isascii() and folded.islower(), repr(char)
        assert re.fullmatch(f"(?i){folded}", char), repr(char)
