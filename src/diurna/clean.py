"""RawArticle → Article: HTML to text and metadata, boilerplate lines dropped, input checks."""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import re

import trafilatura

from diurna.errors import Rejected
from diurna.model import Article, RawArticle

log = logging.getLogger(__name__)

# Lines that web pages repeat around an article and that are never part of the story.
BOILERPLATE = re.compile(
    r"^\s*(share( this( article| story)?)?|advertisement|advert|sponsored( content)?|"
    r"read more|related( articles| stories)?|sign up.*newsletter.*|subscribe( now)?|"
    r"(follow|like) us on .*|click here.*|print|email|comments?|tweet|"
    r"skip to (main )?content|all rights reserved.*|copyright .*|© .*)\s*[:.!]?\s*$",
    re.IGNORECASE,
)
# Control characters other than tab/newline/CR mean the input is binary, not text.
BINARY = re.compile(r"[\x00-\x08\x0e-\x1f]")
DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")


def content_id(text: str) -> str:
    """A stable id for an article that came without one: a hash of its text."""
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


def article_key(raw: RawArticle) -> str | None:
    """The id ``clean`` will give this input, when it can be known before cleaning (not for
    HTML without an id, whose text is only known after extraction)."""
    if raw.id:
        return raw.id
    if raw.html:
        return None
    return content_id(raw.text.replace("\r\n", "\n").replace("\r", "\n"))


def normalise_date(value: str | None, origin: str) -> str | None:
    """The publication date as ``YYYY-MM-DD``, or None (with a warning) when it is malformed."""
    if value is None or not str(value).strip():
        return None
    match = DATE.match(str(value).strip())
    if match:
        try:
            return dt.date(int(match[1]), int(match[2]), int(match[3])).isoformat()
        except ValueError:
            pass
    log.warning("%s: publication date %r is not a valid YYYY-MM-DD date; ignored", origin, value)
    return None


def drop_boilerplate(text: str) -> str:
    """Remove lines that are page furniture ("Share", "Advertisement", …)."""
    kept = [line for line in text.splitlines() if not BOILERPLATE.match(line)]
    return "\n".join(kept).strip()


def extract_html(page: str, origin: str) -> tuple[str, str | None, str | None]:
    """Main text, title and date of an HTML page (trafilatura), boilerplate dropped."""
    doc = trafilatura.bare_extraction(
        page, include_comments=False, include_tables=False, with_metadata=True
    )
    if doc is None:
        raise Rejected("clean", "no article text found in the HTML page")
    text = doc.text if hasattr(doc, "text") else doc.get("text")
    title = doc.title if hasattr(doc, "title") else doc.get("title")
    date = doc.date if hasattr(doc, "date") else doc.get("date")
    if not text:
        raise Rejected("clean", "no article text found in the HTML page")
    return drop_boilerplate(str(text)), title, date


def clean(raw: RawArticle) -> Article:
    """Turn a raw input into an Article, or raise Rejected saying why it cannot be coded."""
    text = raw.text
    title, date = raw.title, raw.date
    changed = False
    if BINARY.search(text[:4096]):
        raise Rejected("clean", "input looks binary (control characters), not text")
    if raw.html:
        text, page_title, page_date = extract_html(text, raw.origin)
        title = title or page_title
        date = date or page_date
        changed = True
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise Rejected("clean", "empty text")
    return Article(
        id=raw.id if raw.id else content_id(text),
        text=text,
        origin=raw.origin,
        title=title,
        date=normalise_date(date, raw.origin),
        source=raw.source,
        url=raw.url,
        text_changed=changed,
    )
