"""CodedArticle ↔ rows of the store's tables: the one place that knows their column order."""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from diurna.model import (
    ActorRef,
    CodedArticle,
    Event,
    Location,
    Quote,
    SentenceRef,
    TextSpan,
)

Row = tuple[Any, ...]

ARTICLE_COLUMNS = (
    "id",
    "origin",
    "title",
    "date",
    "source",
    "url",
    "text",
    "text_complete",
    "text_changed",
    "num_events",
    "num_quotes",
    "stored_at",
)
EVENT_COLUMNS = (
    "event_id",
    "article_id",
    "event_index",
    "date",
    "date_precision",
    "source_code",
    "source_country",
    "source_text",
    "source_start",
    "source_end",
    "target_code",
    "target_country",
    "target_text",
    "target_start",
    "target_end",
    "cameo",
    "base_code",
    "root",
    "quad_class",
    "goldstein",
    "plover",
    "sentence_index",
    "sentence_start",
    "sentence_end",
    "sentence_text",
    "trigger_text",
    "trigger_start",
    "trigger_end",
    "place",
    "country",
    "lat",
    "lon",
    "geonames_id",
    "negated",
    "confidence",
    "rule",
    "quote_index",
)
QUOTE_COLUMNS = (
    "quote_id",
    "article_id",
    "quote_index",
    "speaker_code",
    "speaker_text",
    "speaker_start",
    "speaker_end",
    "text",
    "quote_start",
    "quote_end",
    "direct",
)
# Actor codes of organisations: IGO/NGO + scope + organisation carry no country; armed groups
# (IMG) and companies (MNC) carry their home country in the second three letters.
STATELESS = frozenset({"IGO", "NGO"})
HOMED = frozenset({"IMG", "MNC"})


# What a re-run compares with the stored rows: the article's row without stored_at, and its
# events' and quotes' rows in order.
Content = tuple[Row, tuple[Row, ...], tuple[Row, ...]]


@dataclass(frozen=True, slots=True)
class ArticleRows:
    """Everything stored for one article: its row, its events' rows and its quotes' rows,
    with the article's id and origin (also in its row) at hand.
    """

    id: str
    origin: str
    article: Row
    events: tuple[Row, ...]
    quotes: tuple[Row, ...]

    def content(self) -> Content:
        """The rows as they read back once stored: a row repeating an earlier row's id is not
        stored (ON CONFLICT DO NOTHING, or dropped at the end of a bulk load).
        """
        return self.article[:-1], first_of_each_id(self.events), first_of_each_id(self.quotes)


def first_of_each_id(rows: tuple[Row, ...]) -> tuple[Row, ...]:
    """``rows`` without those whose id (first column) an earlier row has."""
    if len({row[0] for row in rows}) == len(rows):
        return rows
    seen: set[Any] = set()
    kept = []
    for row in rows:
        if row[0] not in seen:
            seen.add(row[0])
            kept.append(row)
    return tuple(kept)


def actor_country(code: str) -> str | None:
    """The country part of a CAMEO actor code: RUSGOV → RUS, IMGSYRxxx → SYR, IGOUNO → None."""
    head = code[:3]
    if head in STATELESS:
        return None
    if head in HOMED:
        return code[3:6] or None
    return head or None


def base_code(cameo: str) -> str:
    return cameo[:3]


def event_row(article_id: str, index: int, event: Event) -> Row:
    source, target, place = event.source, event.target, event.location
    return (
        event.event_id,
        article_id,
        index,
        event.date,
        event.date_precision,
        source.code,
        actor_country(source.code),
        source.text,
        source.start,
        source.end,
        target.code if target else None,
        actor_country(target.code) if target else None,
        target.text if target else None,
        target.start if target else None,
        target.end if target else None,
        event.cameo,
        base_code(event.cameo),
        event.root,
        event.quad_class,
        event.goldstein,
        event.plover,
        event.sentence.index,
        event.sentence.start,
        event.sentence.end,
        event.sentence.text,
        event.trigger.text,
        event.trigger.start,
        event.trigger.end,
        place.name if place else None,
        place.country if place else None,
        place.lat if place else None,
        place.lon if place else None,
        place.geonames_id if place else None,
        int(event.negated),
        event.confidence,
        event.rule,
        event.quote,
    )


def quote_id(article_id: str, index: int, quote: Quote) -> str:
    key = f"{article_id}|{index}|{quote.start}|{quote.end}"
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


def quote_row(article_id: str, index: int, quote: Quote) -> Row:
    speaker = quote.speaker
    return (
        quote_id(article_id, index, quote),
        article_id,
        index,
        speaker.code if speaker else None,
        speaker.text if speaker else None,
        speaker.start if speaker else None,
        speaker.end if speaker else None,
        quote.text,
        quote.start,
        quote.end,
        int(quote.direct),
    )


def placed_sentences(events: Sequence[Event]) -> str:
    """The coded sentences at their offsets, blanks between: offsets stay valid without the text."""
    sentences = {(e.sentence.start, e.sentence.text) for e in events}
    if not sentences:
        return ""
    chars = [" "] * max(start + len(text) for start, text in sentences)
    for start, text in sentences:
        chars[start : start + len(text)] = text
    return "".join(chars)


def article_rows(article: CodedArticle, stored_at: str) -> ArticleRows:
    """The rows of a coded (not skipped) article."""
    if article.id is None:
        raise ValueError(f"{article.origin}: a coded article without an id cannot be stored")
    text = article.article_text or article.text
    complete = text is not None
    events = tuple([event_row(article.id, i, e) for i, e in enumerate(article.events)])
    quotes = tuple([quote_row(article.id, i, q) for i, q in enumerate(article.quotes)])
    head = (
        article.id,
        article.origin,
        article.title,
        article.date,
        article.source,
        article.url,
        text if text is not None else placed_sentences(article.events),
        int(complete),
        int(article.text is not None),
        len(events),
        len(quotes),
    )
    return ArticleRows(
        id=article.id,
        origin=article.origin,
        article=(*head, stored_at),
        events=events,
        quotes=quotes,
    )


def actor(code: Any, text: Any, start: Any, end: Any) -> ActorRef | None:
    return None if code is None else ActorRef(code, text, start, end)


def event_from_row(row: Mapping[str, Any]) -> Event:
    """The Event a row of ``events`` was made from (the inverse of ``event_row``)."""
    source = actor(row["source_code"], row["source_text"], row["source_start"], row["source_end"])
    assert source is not None
    place = None
    if row["place"] is not None:
        place = Location(row["place"], row["country"], row["lat"], row["lon"], row["geonames_id"])
    return Event(
        event_id=row["event_id"],
        source=source,
        target=actor(
            row["target_code"], row["target_text"], row["target_start"], row["target_end"]
        ),
        cameo=row["cameo"],
        root=row["root"],
        quad_class=row["quad_class"],
        goldstein=row["goldstein"],
        plover=row["plover"],
        sentence=SentenceRef(
            row["sentence_index"], row["sentence_start"], row["sentence_end"], row["sentence_text"]
        ),
        trigger=TextSpan(row["trigger_text"], row["trigger_start"], row["trigger_end"]),
        date=row["date"],
        date_precision=row["date_precision"],
        location=place,
        negated=bool(row["negated"]),
        confidence=row["confidence"],
        rule=row["rule"],
        quote=row["quote_index"],
    )


def quote_from_row(row: Mapping[str, Any]) -> Quote:
    speaker = actor(
        row["speaker_code"], row["speaker_text"], row["speaker_start"], row["speaker_end"]
    )
    return Quote(speaker, row["text"], row["quote_start"], row["quote_end"], bool(row["direct"]))


def article_from_rows(
    row: Mapping[str, Any],
    events: Sequence[Mapping[str, Any]],
    quotes: Sequence[Mapping[str, Any]],
) -> CodedArticle:
    """The CodedArticle stored as ``row`` with its event and quote rows (in stored order)."""
    text = row["text"] if row["text_complete"] else None
    return CodedArticle(
        id=row["id"],
        origin=row["origin"],
        title=row["title"],
        date=row["date"],
        source=row["source"],
        url=row["url"],
        events=tuple(event_from_row(e) for e in sorted(events, key=lambda e: e["event_index"])),
        quotes=tuple(quote_from_row(q) for q in sorted(quotes, key=lambda q: q["quote_index"])),
        text=text if row["text_changed"] else None,
        article_text=text,
    )
