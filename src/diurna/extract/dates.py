"""Event dates from a sentence's words, resolved against the publication date (never the clock).

Cascade for one sentence, first that applies:
1. an explicit day ("November 24", "24 Nov 2015", "2015-11-24") → that day (year from the
   publication date, the previous year when the day would otherwise lie after it);
2. "today", "tonight", "this morning" → the publication day; "yesterday", "last night" → the day
   before; "overnight" → the publication day;
3. a weekday ("on Tuesday", "late on Sunday") → the most recent such day on or before publication;
4. nothing pinned → no date; the caller may carry the previous sentence's date.
Without a publication date only explicit days with a year resolve.
"""

from __future__ import annotations

import datetime as dt
import re

MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}
WEEKDAYS = {
    name: number
    for number, name in enumerate(
        ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
    )
}
_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
MONTH_DAY = re.compile(rf"\b({_MONTH})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(\d{{4}}))?", re.I)
DAY_MONTH = re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+({_MONTH})\.?\b(?:,?\s+(\d{{4}}))?", re.I)
WEEKDAY = re.compile(r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", re.I)
TODAY = re.compile(r"\b(today|tonight|this (?:morning|afternoon|evening)|overnight)\b", re.I)
YESTERDAY = re.compile(r"\b(yesterday|last night)\b", re.I)


def make_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def explicit_day(text: str, published: dt.date | None) -> dt.date | None:
    match = ISO.search(text)
    if match:
        return make_date(int(match[1]), int(match[2]), int(match[3]))
    for pattern, month_group, day_group in ((MONTH_DAY, 1, 2), (DAY_MONTH, 2, 1)):
        match = pattern.search(text)
        if not match:
            continue
        month = MONTHS[match[month_group].lower()]
        day = int(match[day_group])
        if match[3]:
            return make_date(int(match[3]), month, day)
        if published is None:
            return None
        found = make_date(published.year, month, day)
        if found is not None and found > published:
            found = make_date(published.year - 1, month, day)
        return found
    return None


def sentence_date(text: str, published: dt.date | None) -> tuple[dt.date | None, str | None]:
    """The day a sentence pins, with precision "day", or (None, None)."""
    day = explicit_day(text, published)
    if day is not None:
        return day, "day"
    if published is None:
        return None, None
    if YESTERDAY.search(text):
        return published - dt.timedelta(days=1), "day"
    if TODAY.search(text):
        return published, "day"
    match = WEEKDAY.search(text)
    if match:
        back = (published.weekday() - WEEKDAYS[match[1].lower()]) % 7
        return published - dt.timedelta(days=back), "day"
    return None, None
