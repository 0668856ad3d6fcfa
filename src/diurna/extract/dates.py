"""Date expressions in a sentence, resolved against the article's reference date (never the clock).

Cascade for one expression, first that applies:
1. our rules, cheap and exact: ISO and month-day dates (year from the reference date, the previous
   year when the day would lie after it; "February 30" is refused); "today", "tonight", "this
   morning", "overnight" → the reference day; "yesterday", "last night" → the day before; a
   weekday ("on Friday", "late on Sunday", "since Saturday", "Tuesday night") → the most recent
   such day on or before the reference ("last Friday": strictly before); "this week", "last
   month", "earlier this year" … → that period with no day;
2. shifts against an anchor ("a day after", "two days later", "the next day", "hours later"):
   the anchor is a day inside the "after/before" phrase, else the last day pinned earlier in the
   article; "X came a day after Y" dates Y one day before X;
3. dateparser, on the remaining candidate spans only (regex hits such as "two weeks ago", "March
   2015", "in 2014", "3/11/2015", and spaCy DATE entities holding such a word), with
   RELATIVE_BASE = the reference date and only its relative and absolute parsers; without a
   reference date a result that moves with the base is refused;
4. nothing → no date.
A pinned day has precision "day"; a week, month or year gives that precision and a null date.
The reference date is the dateline's day when it lies in the week before publication, else the
publication date; with neither, relative expressions stay unresolved (warned once per article).
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass, replace

from diurna.extract.datewords import ANCHOR, NOTHING, Clues, DateWords, Resolved, refused
from diurna.extract.parse import Span, Token
from diurna.extract.tokens import TokenTable

log = logging.getLogger(__name__)

ATTACH_POS = frozenset({"VERB", "AUX", "NOUN", "PROPN"})
MAX_DATELINE_LAG = dt.timedelta(days=7)


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date expression with character offsets, what it resolved to and the word it modifies.

    ``inner`` holds the token indices of an "after/before" phrase and ``inner_day`` the date
    of what happened there ("a day after the junta said …").
    """

    text: str
    start: int
    end: int
    resolved: Resolved
    attach: int | None
    inner: frozenset[int] = frozenset()
    inner_day: Resolved | None = None
    names_event: bool = False


@dataclass(frozen=True, slots=True)
class SentenceDates:
    """The date mentions of one sentence and the date the sentence as a whole pins."""

    mentions: tuple[DateMention, ...]
    main: Resolved

    def for_token(self, token: Token) -> Resolved | None:
        """The date governing a trigger: the expression attached nearest up its head chain,
        else the sentence's main date; None when the sentence has no date expression."""
        for mention in self.mentions:
            if token.i in mention.inner and mention.inner_day is not None:
                return mention.inner_day
        chain = [token.i]
        current = token
        while current.head.i != current.i:
            current = current.head
            chain.append(current.i)
        best: tuple[int, DateMention] | None = None
        for mention in self.mentions:
            if mention.attach in chain:
                rank = chain.index(mention.attach)
                if best is None or rank < best[0]:
                    best = (rank, mention)
        if best is not None:
            return best[1].resolved
        return self.main if self.mentions else None


class ArticleDates(DateWords):
    """Date resolution for one article: the reference date, a per-article dateparser cache and
    the last day pinned (the anchor for "a day later")."""

    def __init__(
        self,
        published: dt.date | None,
        origin: str,
        dateline: str | None = None,
        body_start: int = 0,
    ) -> None:
        super().__init__(published, origin)
        self.published = published
        self.body_start = body_start
        self.last_day: dt.date | None = None
        found = self.rules(dateline) if dateline else None
        day = found.day if found else None
        if day is not None and published is not None and published - MAX_DATELINE_LAG <= day:
            self.reference = min(day, published)

    def read_sentence(self, sent: Span, table: TokenTable | None = None) -> SentenceDates:
        """The date mentions of a sentence; ``table`` is the Doc's TokenTable when the caller
        has one (else it is read here)."""
        table = table or TokenTable.of(sent.doc)
        text = table.sentence_text(sent)
        offset = sent.start_char
        clues = Clues.of(text)
        found = self.scan(text, offset, clues)
        # No digit, month or day word: no DATE entity can resolve.
        if clues.allow(ANCHOR) and ANCHOR.search(text):
            found += self.entity_spans(sent, found)
        found = sorted(hit for hit in found if hit[0] >= self.body_start)
        if not found:  # most sentences
            return SentenceDates((), NOTHING)
        mentions: list[DateMention] = []
        for start, end, resolved in found:
            tokens = table.overlapping(sent, start, end)
            mention = DateMention(
                text=text[start - offset : end - offset],
                start=start,
                end=end,
                resolved=resolved,
                attach=attach_of(tokens),
                names_event=names_event(tokens),
            )
            if resolved.how.startswith("shift"):
                mention = self.shift(mention, tokens, found, text, offset)
            mentions.append(mention)
        main = main_date(sent, mentions)
        if main.day is not None:
            self.last_day = main.day
        return SentenceDates(tuple(mentions), main)

    def entity_spans(
        self, sent: Span, found: list[tuple[int, int, Resolved]]
    ) -> list[tuple[int, int, Resolved]]:
        out = []
        for ent in sent.ents:
            if (
                ent.label_ != "DATE"
                or not ANCHOR.search(ent.text)
                or ent.start_char < self.body_start
            ):
                continue
            start, end = ent.start_char, ent.end_char
            if any(not (end <= s or start >= e) for s, e, _ in found):
                continue
            resolved = self.dateparser(ent.text)
            # "the worst fighting since 2016" is a duration's start, not when anything happened.
            since = ent.start > 0 and sent.doc[ent.start - 1].lower_ == "since"
            if resolved.precision is not None and not (since and resolved.day is None):
                out.append((start, end, resolved))
        return out

    def shift(
        self,
        mention: DateMention,
        tokens: list[Token],
        found: list[tuple[int, int, Resolved]],
        text: str,
        offset: int,
    ) -> DateMention:
        """Resolve "a day after …" against the day inside its phrase or the article's anchor;
        ``text`` is the sentence's text, starting at character ``offset`` of the article."""
        parts = mention.resolved.how.split(": ", 1)
        days, direction = int(parts[0].split()[1]), parts[0].split()[2]
        delta = dt.timedelta(days=days)
        inner, verb = inner_phrase(tokens, direction)
        inner_day: dt.date | None = None
        main_day: dt.date | None = None
        if inner:
            doc = tokens[0].doc
            first, last = min(inner), max(inner)
            lo, hi = doc[first].idx, doc[last].idx + len(doc[last])
            inside = [
                r.day
                for s, e, r in found
                if r.day is not None
                and lo <= s < hi
                and text[e - offset : e - offset + 2] not in POSSESSIVES
            ]  # "a day after soldiers shot six people during protests over Monday's election"
            outside = [r.day for s, _, r in found if r.day is not None and not lo <= s < hi]
            inner_day = inside[0] if inside else None
            if inner_day is not None:
                main_day = inner_day + delta
            elif outside:
                # "flew troops in on Tuesday, a day after rebels shot the president": the
                # sentence's own day is the main event's, the phrase's is a day before.
                main_day = outside[0]
                inner_day = main_day - delta if direction == "after" else main_day + delta
            elif self.last_day is not None:
                # "X came a day after Y": X is what the article just dated, Y the day before.
                if verb is not None and verb.lemma_.lower() in ("come", "follow", "be"):
                    main_day, inner_day = self.last_day, self.last_day - delta
                else:
                    inner_day, main_day = self.last_day, self.last_day + delta
        elif self.last_day is not None:
            main_day = self.last_day + delta
        words = parts[-1]
        if main_day is None:
            return replace(mention, resolved=refused(f"no anchor for {words!r}"))
        if self.published is not None and main_day > self.published:
            # an event a story reports has happened: an anchor that puts it after publication
            # is the wrong one
            return replace(mention, resolved=refused(f"{words!r} would fall after publication"))
        return replace(
            mention,
            resolved=Resolved(main_day, "day", f"{words!r} from an anchor"),
            inner=frozenset(inner),
            inner_day=Resolved(inner_day, "day", f"inside {words!r}") if inner_day else None,
        )


POSSESSIVES = frozenset({"'s", "’s"})


def inner_phrase(tokens: list[Token], direction: str) -> tuple[set[int], Token | None]:
    """Token indices of the phrase an "after"/"before" introduces, and the verb it modifies."""
    if direction not in ("after", "before"):
        return set(), None
    prep = next((t for t in tokens if t.lower_ == direction), None)
    if prep is None:
        return set(), None
    if prep.dep_ == "mark":  # "after the junta said …": the clause is the mark's head
        clause = prep.head
        return {t.i for t in clause.subtree if t.i != prep.i}, clause.head
    if any(True for _ in prep.children):
        return {t.i for t in prep.subtree if t.i != prep.i}, governing_verb(prep)
    return set(), None


def governing_verb(token: Token) -> Token:
    current = token.head
    while current.pos_ not in ("VERB", "AUX") and current.head.i != current.i:
        current = current.head
    return current


def attach_of(tokens: list[Token]) -> int | None:
    """The verb or noun a date expression modifies: up from the expression's own root."""
    if not tokens:
        return None
    inside = {t.i for t in tokens}
    root = next((t for t in tokens if t.head.i not in inside), tokens[0])
    current = root.head
    while current.i in inside or current.pos_ not in ATTACH_POS:
        if current.head.i == current.i:
            break
        current = current.head
    return current.i if current.i not in inside else None


# Events a date before them names: "the October 7 attack", "the January 6 riot", "the July 2023
# coup".
NAMED_EVENTS = frozenset(
    "attack bombing riot coup uprising massacre invasion war election referendum revolution "
    "raid assault offensive killing shooting earthquake".split()
)


def names_event(tokens: list[Token]) -> bool:
    """Whether a date expression is a modifier naming an event noun ("the October 7 attack")."""
    if not tokens:
        return False
    inside = {t.i for t in tokens}
    root = next((t for t in tokens if t.head.i not in inside), tokens[0])
    return root.dep_ in ("nmod", "compound", "amod") and root.head.lemma_.lower() in NAMED_EVENTS


def in_modifier(token: Token) -> bool:
    """Whether a word sits in a relative or participle clause."""
    while token.head.i != token.i:
        if token.dep_ in ("relcl", "acl"):
            return True
        token = token.head
    return False


def main_date(sent: Span, mentions: list[DateMention]) -> Resolved:
    """What the sentence as a whole pins: the expression nearest its root, else the first day."""
    if not mentions:
        return NOTHING
    chosen = SentenceDates(tuple(mentions), NOTHING).for_token(sent.root)
    if chosen is not None and chosen is not NOTHING:
        return chosen
    # "killed a commander who planned the October 7 attack": a date naming an event in a
    # relative or participle clause is that event's (found up its own chain), not the
    # sentence's
    mentions = [
        m
        for m in mentions
        if not (m.names_event and m.attach is not None and in_modifier(sent.doc[m.attach]))
    ]
    days = [m.resolved for m in mentions if m.resolved.day is not None]
    if days:
        return days[0]
    # "… the agreement reached in Sochi last year": a period inside a relative or participle
    # clause is background, not the sentence's date (a day there is more often misattached).
    periods = [
        m.resolved
        for m in mentions
        if m.resolved.precision is not None
        and (m.attach is None or not in_modifier(sent.doc[m.attach]))
    ]
    return periods[0] if periods else NOTHING


def sentence_date(
    text: str, published: dt.date | None, origin: str = "<text>"
) -> tuple[dt.date | None, str | None]:
    """The day a plain-text sentence pins (precision "day"), or its period with no day, or
    (None, None). No parse: for callers without spaCy."""
    dates = ArticleDates(published, origin)
    resolved = sorted(dates.scan(text), key=lambda hit: hit[0])
    for _, _, found in resolved:
        if found.day is not None:
            return found.day, "day"
    for _, _, found in resolved:
        if found.precision is not None:
            return None, found.precision
    return None, None
