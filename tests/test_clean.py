"""Cleaning: HTML to text, boilerplate dropped, bad input refused with a reason."""

from __future__ import annotations

from pathlib import Path

import pytest

from diurna.clean import clean, drop_boilerplate
from diurna.errors import Rejected
from diurna.model import RawArticle

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


def test_html_example_gives_text_title_and_date() -> None:
    page = (EXAMPLES / "border_clash.html").read_text(encoding="utf-8")
    article = clean(RawArticle(text=page, origin="border_clash.html", html=True))
    assert article.title and article.date and article.date.startswith("2024-")
    assert article.text_changed
    lines = {line.strip().lower() for line in article.text.splitlines()}
    assert not lines & {"share", "advertisement", "read more"}
    assert len(article.text) > 200


def test_boilerplate_lines_dropped_but_sentences_kept() -> None:
    text = "Share\nRussia condemned Turkey.\nAdvertisement\nRead more\nShare prices fell."
    assert drop_boilerplate(text) == "Russia condemned Turkey.\nShare prices fell."


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        (RawArticle(text="   \n", origin="x"), "empty text"),
        (RawArticle(text="abc\x01\x02def", origin="x"), "binary"),
    ],
)
def test_rejected(raw: RawArticle, reason: str) -> None:
    with pytest.raises(Rejected, match=reason):
        clean(raw)


def test_id_is_content_hash_and_bad_date_dropped() -> None:
    a = clean(RawArticle(text="Same text.", origin="x", date="2015-02-30"))
    b = clean(RawArticle(text="Same text.", origin="y"))
    assert a.id == b.id and len(a.id) == 16
    assert a.date is None
