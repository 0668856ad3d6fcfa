"""Date expressions in plain text: our rules for common forms, dateparser for the rest, resolved
against a reference date (never the clock); ``diurna.extract.dates`` documents the cascade."""

from __future__ import annotations

import datetime as dt
import logging
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from dateparser.date import DateDataParser

log = logging.getLogger(__name__)

MONTH_NAMES = "January Jan|February Feb|March Mar|April Apr|May|June Jun|July Jul|August Aug|"
MONTH_NAMES += "September Sep Sept|October Oct|November Nov|December Dec"
MONTHS = {
    form: number
    for number, names in enumerate(MONTH_NAMES.split("|"), start=1)
    for name in names.split()
    for form in (name, name.upper())
}
_WEEKDAY = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
WEEKDAYS = {name.lower(): number for number, name in enumerate(_WEEKDAY.split("|"))}
NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
NUMBERS |= {"seven": 7, "eight": 8, "nine": 9, "ten": 10}
PERIOD_DAYS = {"day": 1, "days": 1, "week": 7, "weeks": 7}

_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_NUMBER = "|".join(NUMBERS) + r"|\d+"
ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
MONTH_DAY = re.compile(rf"\b({_MONTH})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(\d{{4}}))?")
DAY_MONTH = re.compile(
    rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({_MONTH})\b\.?(?:,?\s+(\d{{4}}))?"
)
WEEKDAY = re.compile(
    rf"\b(?:(?i:late|early)\s+(?:on\s+)?|(?i:since|last|next|every|each)\s+)?({_WEEKDAY})"
    r"(?:\s+(?:night|morning|afternoon|evening))?\b"
)
SAME_DAY = re.compile(
    r"\b(?i:today|tonight|this (?:morning|afternoon|evening)"
    # "overnight Thursday" is Thursday's night: the weekday dates it
    r"|overnight(?!\s+(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day))\b"
)
DAY_BEFORE = re.compile(r"\b(?i:yesterday|last night)\b")
PERIOD = re.compile(
    r"\b(?i:(?:earlier|later)\s+this|this|last|(?:earlier|late|early)\s+last)\s+"
    r"(?i:(week|month|year))\b"
)
SHIFT = re.compile(
    rf"\b(?i:({_NUMBER})\s+(days?|weeks?)\s+(after|before|later|earlier)"
    r"|the\s+(next|following|previous)\s+day|the\s+day\s+(before|after)|hours\s+(later|earlier)"
    r"|later\s+that\s+day|the\s+same\s+day"
    # the same day as the anchor: "an hour later", "within minutes", "that afternoon"
    r"|(?:an?\s+)?(?:hour|minutes)\s+(?:later|earlier)|within\s+(?:minutes|hours|the\s+hour)"
    r"|(?:later\s+|earlier\s+)?that\s+(?:morning|afternoon|evening|night)"
    r"|(?:later|earlier)\s+in\s+the\s+(?:day|morning|afternoon|evening))\b"
)
# Words that make an interval approximate ("less than a week after", "nearly two days later").
APPROXIMATE = re.compile(
    r"\b(?i:less than|more than|nearly|almost|about|over|under|roughly|around|some)\s*$"
)
# Spans worth handing to dateparser: a calendar word it can anchor on.
CANDIDATE = re.compile(
    rf"\b(?:(?i:{_NUMBER}|several|few)\s+(?i:days|weeks|months|years)\s+(?i:ago)"
    rf"|(?:(?i:in|during|until|from|by|early|late)\s+|(?i:mid-))(?:{_MONTH})\.?(?:\s+\d{{4}})?"
    rf"|(?:{_MONTH})\.?\s+\d{{4}}"
    r"|(?i:in|during|until|by)\s+(?:19|20)\d{2}(?!s)"
    r"|\d{1,2}/\d{1,2}/\d{4})\b"
)
ANCHOR = re.compile(rf"\b(?i:ago|last|this|next)\b|\b(?:{_MONTH})\b|\b(?:19|20)\d\d\b|\d/\d")
TRIM = re.compile(r"^(?i:in|since|during|until|from|by|on|early|mid-?|late)\s*")
PRECISION = {"day": "day", "time": "day", "part_of_day": "day", "week": "week"}
PRECISION |= {"month": "month", "year": "year"}
# Two bases far from any news date: a result that differs between them depended on the base.
PROBES = (dt.datetime(1901, 1, 1), dt.datetime(1902, 6, 15))
DIGIT = re.compile(r"\d")
# The first three letters of every month form the patterns accept, in their case ("Sept",
# "JANUARY", "Dec": month names are matched case-sensitively).
MONTH_START = re.compile("|".join(sorted({name[:3] for name in MONTHS})))
# Characters that case-insensitive matching equates with an ASCII letter but str.lower() does
# not turn into it ("ſ" matches "s", "ı" and "İ" match "i"); U+0307 is what "İ".lower() adds.
FOLD = str.maketrans({"\u0131": "i", "\u017f": "s", "\u0307": None})


@dataclass(frozen=True, slots=True)
class Resolved:
    """A resolved expression: a day (precision "day"), a period with no day, or nothing."""

    day: dt.date | None
    precision: str | None
    how: str


NOTHING = Resolved(None, None, "no date expression")
Rule = Callable[[re.Match[str]], Resolved]


@dataclass(frozen=True, slots=True)
class Clues:
    """A cheap first look at a text, taken once: most sentences hold no date, and a pattern
    is run only when the text holds what every match of it holds (``NEEDS``).

    ``folded`` is the text lower-cased so that a case-insensitive match shows as its lower-case
    ASCII letters; ``digit`` says whether it holds a digit, ``month`` the first three letters
    of a month form the patterns accept.
    """

    folded: str
    digit: bool
    month: bool

    @classmethod
    def of(cls, text: str) -> Clues:
        folded = text.lower() if text.isascii() else text.lower().translate(FOLD)
        return cls(folded, DIGIT.search(text) is not None, MONTH_START.search(text) is not None)

    def has(self, *words: str) -> bool:
        return any(word in self.folded for word in words)

    def allow(self, pattern: re.Pattern[str]) -> bool:
        """Whether ``pattern`` can match the text at all."""
        return NEEDS[pattern.pattern](self)  # a Pattern hashes its whole program: key by source


SHIFT_WORDS = ("after", "before", "later", "earlier", "next", "following", "previous", "same")
# What every match of each pattern holds, as a test on the text's Clues (plain ``in`` tests:
# this runs for every pattern on every sentence).
NEEDS: dict[str, Callable[[Clues], bool]] = {
    ISO.pattern: lambda c: c.digit and "-" in c.folded,
    # "N weeks later", "hours later"; "a day after", "the next day", "the same day" …
    SHIFT.pattern: lambda c: (
        "week" in c.folded
        or "hour" in c.folded
        or "minutes" in c.folded
        or "that " in c.folded
        or ("day" in c.folded and c.has(*SHIFT_WORDS))
        or (" in the " in c.folded and c.has("later", "earlier"))
    ),
    MONTH_DAY.pattern: lambda c: c.month and c.digit,
    DAY_MONTH.pattern: lambda c: c.month and c.digit,
    PERIOD.pattern: lambda c: "week" in c.folded or "month" in c.folded or "year" in c.folded,
    DAY_BEFORE.pattern: lambda c: "yesterday" in c.folded or "last night" in c.folded,
    SAME_DAY.pattern: lambda c: (
        "today" in c.folded
        or "tonight" in c.folded
        or "this" in c.folded
        or "overnight" in c.folded
    ),
    WEEKDAY.pattern: lambda c: "day" in c.folded,  # Monday … Sunday
    # The digits of CANDIDATE and ANCHOR: "in 2014", "3/11/2015".
    CANDIDATE.pattern: lambda c: c.month or c.has("ago", "19", "20", "/"),
    ANCHOR.pattern: lambda c: (
        "ago" in c.folded
        or "last" in c.folded
        or "this" in c.folded
        or "next" in c.folded
        or "19" in c.folded
        or "20" in c.folded
        or "/" in c.folded
        or c.month
    ),
}


def make_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def parse_iso(value: str | None) -> dt.date | None:
    """A YYYY-MM-DD string as a date; None for a missing or malformed one."""
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def weekday_before(ref: dt.date, weekday: int, strictly: bool = False) -> dt.date:
    back = (ref.weekday() - weekday) % 7
    return ref - dt.timedelta(days=7 if strictly and back == 0 else back)


def month_day(month: int, day: int, year: str | None, ref: dt.date | None) -> Resolved:
    if year:
        found = make_date(int(year), month, day)
        return Resolved(found, "day", "explicit date") if found else refused("impossible date")
    if ref is None:
        return refused("no year and no publication date")
    found = make_date(ref.year, month, day)
    if found is None:
        return refused("impossible date")
    if found > ref:
        earlier = make_date(ref.year - 1, month, day)
        return Resolved(earlier, "day", "month and day, previous year") if earlier else NOTHING
    return Resolved(found, "day", "month and day")


def refused(reason: str) -> Resolved:
    return Resolved(None, None, f"unresolved: {reason}")


def coarsen(found: tuple[dt.date, str] | None) -> tuple[dt.date, str] | None:
    """Drop the parts of a parsed date finer than its period (dateparser fills them from the
    base), so results from two bases compare equal when the text fixed the period."""
    if found is None:
        return None
    day, period = found
    if period == "month":
        return day.replace(day=1), period
    if period == "year":
        return day.replace(month=1, day=1), period
    return found


class DateWords:
    """Rule and dateparser resolution against one reference date, with a per-article cache."""

    def __init__(self, reference: dt.date | None, origin: str) -> None:
        self.origin = origin
        self.reference = reference
        self.cache: dict[str, Resolved] = {}
        self.warned = False
        self.ordered = self.patterns()  # built once: scan runs on every sentence

    def scan(
        self, text: str, offset: int = 0, clues: Clues | None = None
    ) -> list[tuple[int, int, Resolved]]:
        """Every rule and dateparser hit in ``text``, as (start, end, resolved), offsets shifted.
        ``clues`` are ``Clues.of(text)`` when the caller already has them."""
        clues = clues or Clues.of(text)
        taken: list[tuple[int, int, Resolved]] = []

        def free(start: int, end: int) -> bool:
            return all(end <= s or start >= e for s, e, _ in taken)

        for pattern, rule in self.ordered:
            for match in pattern.finditer(text) if clues.allow(pattern) else ():
                if free(match.start(), match.end()):
                    taken.append((match.start(), match.end(), rule(match)))
        for match in CANDIDATE.finditer(text) if clues.allow(CANDIDATE) else ():
            if free(match.start(), match.end()):
                resolved = self.dateparser(match.group(0))
                if resolved.precision is not None:
                    taken.append((match.start(), match.end(), resolved))
        return [(s + offset, e + offset, r) for s, e, r in taken]

    def patterns(self) -> list[tuple[re.Pattern[str], Rule]]:
        return [
            (ISO, self.iso),
            (SHIFT, self.shift_rule),
            (MONTH_DAY, lambda m: month_day(MONTHS[m[1]], int(m[2]), m[3], self.reference)),
            (DAY_MONTH, lambda m: month_day(MONTHS[m[2]], int(m[1]), m[3], self.reference)),
            (PERIOD, self.period),
            (DAY_BEFORE, lambda m: self.relative(-1, "the day before")),
            (SAME_DAY, lambda m: self.relative(0, "the reference day")),
            (WEEKDAY, self.weekday),
        ]

    def rules(self, text: str) -> Resolved | None:
        for _, _, resolved in self.scan(text):
            return resolved
        return None

    @staticmethod
    def iso(match: re.Match[str]) -> Resolved:
        found = make_date(int(match[1]), int(match[2]), int(match[3]))
        return Resolved(found, "day", "ISO date") if found else refused("impossible date")

    def relative(self, days: int, how: str) -> Resolved:
        if self.reference is None:
            return self.unreferenced()
        return Resolved(self.reference + dt.timedelta(days=days), "day", how)

    def weekday(self, match: re.Match[str]) -> Resolved:
        if self.reference is None:
            return self.unreferenced()
        word = match.group(0).split()[0].lower()
        number = WEEKDAYS[match[1].lower()]
        if word in ("every", "each"):  # "have marched every Saturday since April": no one day
            return Resolved(None, None, "a weekday that recurs")
        if word == "next":
            ahead = (number - self.reference.weekday()) % 7 or 7
            return Resolved(self.reference + dt.timedelta(days=ahead), "day", "next weekday")
        day = weekday_before(self.reference, number, strictly=word == "last")
        return Resolved(day, "day", "weekday on or before the reference")

    def period(self, match: re.Match[str]) -> Resolved:
        if self.reference is None:
            return self.unreferenced()
        return Resolved(None, match[1].lower(), f"{match.group(0).lower()}: no day pinned")

    def shift_rule(self, match: re.Match[str]) -> Resolved:
        text = match.group(0).lower()
        if match[1] and APPROXIMATE.search(match.string, 0, match.start()):
            # "less than a week after": days or weeks, roughly (an hour, roughly, is that day)
            return refused(f"an approximate interval pins no day: {text}")
        if match[1]:
            count = NUMBERS.get(match[1].lower()) or int(match[1])
            days = count * PERIOD_DAYS[match[2].lower()]
            forward = match[3].lower() in ("after", "later")
        elif match[4]:
            days, forward = 1, match[4].lower() != "previous"
        elif match[5]:
            days, forward = 1, match[5].lower() == "after"
        else:
            days, forward = 0, True
        direction = match[3].lower() if match[3] else ("later" if forward else "earlier")
        if match[5]:
            direction = match[5].lower()
        return Resolved(None, None, f"shift {days if forward else -days} {direction}: {text}")

    def unreferenced(self) -> Resolved:
        if not self.warned:
            self.warned = True
            log.warning(
                "%s: no usable publication date; relative dates are left unresolved", self.origin
            )
        return refused("relative date without a publication date")

    def dateparser(self, text: str) -> Resolved:
        key = TRIM.sub("", text.strip())
        if key not in self.cache:
            self.cache[key] = self.parse(key)
        return self.cache[key]

    def parse(self, text: str) -> Resolved:
        if self.reference is not None:
            bases = [dt.datetime.combine(self.reference, dt.time())]
        else:
            bases = list(PROBES)
        results = [coarsen(self.run(text, base)) for base in bases]
        first = results[0]
        if first is None:
            return NOTHING
        if any(r != first for r in results[1:]):
            return self.unreferenced()
        day, period = first
        precision = PRECISION.get(period)
        if precision is None:
            return NOTHING
        if precision != "day":
            return Resolved(None, precision, f"dateparser: {period}, no day pinned")
        return Resolved(day, "day", "dateparser")

    @staticmethod
    @lru_cache(maxsize=8192)
    def run(text: str, base: dt.datetime) -> tuple[dt.date, str] | None:
        """What dateparser reads in ``text`` from ``base``: a function of the two, kept for the
        process, since a day's articles repeat their date phrases ("on Monday", "last week")
        against the same publication date, and the probe bases are fixed."""
        settings = {
            "RELATIVE_BASE": base,
            "PREFER_DATES_FROM": "past",
            "RETURN_TIME_AS_PERIOD": True,
            "PARSERS": ["relative-time", "absolute-time"],
        }
        data = DateDataParser(languages=["en"], settings=settings).get_date_data(text)
        if data.date_obj is None:
            return None
        return data.date_obj.date(), str(data.period)
