"""Sentence dates resolve against the publication date, never the clock."""

from __future__ import annotations

import datetime as dt

import pytest

from diurna.extract.dates import sentence_date

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
