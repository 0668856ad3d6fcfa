"""Frozen values passed between diurna's stages: articles in, coded articles out."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True, slots=True)
class RawArticle:
    """An article as a reader found it, before cleaning.

    ``origin`` names where it came from ("file.jsonl:12") so errors can point at it.
    ``html`` is true when ``text`` is an HTML page that the cleaner must extract.
    """

    text: str
    origin: str
    id: str | None = None
    title: str | None = None
    date: str | None = None
    source: str | None = None
    url: str | None = None
    html: bool = False


@dataclass(frozen=True, slots=True)
class Article:
    """A cleaned article: plain text, an id (given or content hash) and its metadata."""

    id: str
    text: str
    origin: str
    title: str | None = None
    date: str | None = None
    source: str | None = None
    url: str | None = None
    text_changed: bool = False


@dataclass(frozen=True, slots=True)
class Skipped:
    """An input that could not be coded, with the reason; ``id`` when the input had one."""

    origin: str
    reason: str
    id: str | None = None


@dataclass(frozen=True, slots=True)
class TextSpan:
    """A piece of the article text with its character offsets."""

    text: str
    start: int
    end: int

    def to_json(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end}


@dataclass(frozen=True, slots=True)
class ActorRef:
    """An actor as coded in an event: its CAMEO actor code and the words it came from."""

    code: str
    text: str
    start: int
    end: int

    def to_json(self) -> dict[str, Any]:
        return {"code": self.code, "text": self.text, "start": self.start, "end": self.end}


@dataclass(frozen=True, slots=True)
class SentenceRef:
    """A sentence of the article: its index in the article and its character span."""

    index: int
    start: int
    end: int
    text: str

    def to_json(self) -> dict[str, Any]:
        return {"index": self.index, "start": self.start, "end": self.end, "text": self.text}


@dataclass(frozen=True, slots=True)
class Location:
    """Where an event happened, resolved to a gazetteer place (ISO alpha-3 country)."""

    name: str
    country: str
    lat: float
    lon: float
    geonames_id: int | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "country": self.country,
            "lat": self.lat,
            "lon": self.lon,
            "geonames_id": self.geonames_id,
        }


@dataclass(frozen=True, slots=True)
class Event:
    """One coded event, traceable to the words that support it.

    ``date_precision`` is "day" (``date`` set), "week", "month" or "year" (``date`` null: no day
    pinned) or null; ``quote`` indexes the article's quotes when the event was coded from one.
    """

    event_id: str
    source: ActorRef
    target: ActorRef | None
    cameo: str
    root: str
    quad_class: int
    goldstein: float
    plover: str | None
    sentence: SentenceRef
    trigger: TextSpan
    date: str | None
    date_precision: str | None
    location: Location | None
    negated: bool
    confidence: float
    rule: str
    quote: int | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "event_id": self.event_id,
            "source": self.source.to_json(),
            "target": self.target.to_json() if self.target else None,
            "cameo": self.cameo,
            "root": self.root,
            "quad_class": self.quad_class,
            "goldstein": self.goldstein,
            "plover": self.plover,
            "sentence": self.sentence.to_json(),
            "trigger": self.trigger.to_json(),
            "date": self.date,
            "date_precision": self.date_precision,
            "location": self.location.to_json() if self.location else None,
            "negated": self.negated,
            "confidence": self.confidence,
            "rule": self.rule,
            "quote": self.quote,
        }


@dataclass(frozen=True, slots=True)
class Quote:
    """A direct or indirect quotation with its (possibly unknown) speaker."""

    speaker: ActorRef | None
    text: str
    start: int
    end: int
    direct: bool

    def to_json(self) -> dict[str, Any]:
        return {
            "speaker": self.speaker.to_json() if self.speaker else None,
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "direct": self.direct,
        }


@dataclass(frozen=True, slots=True)
class CodedArticle:
    """The result for one input article: its events and quotes, or why it was skipped.

    ``text`` is output only when cleaning changed the input text (offsets refer to it);
    ``article_text`` always holds the coded text, for stores and exports, and is not output.
    """

    id: str | None
    origin: str
    title: str | None = None
    date: str | None = None
    source: str | None = None
    url: str | None = None
    events: tuple[Event, ...] = ()
    quotes: tuple[Quote, ...] = ()
    skipped: str | None = None
    text: str | None = field(default=None)
    article_text: str | None = field(default=None, repr=False)

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "id": self.id,
            "title": self.title,
            "date": self.date,
            "source": self.source,
            "url": self.url,
            "events": [e.to_json() for e in self.events],
            "quotes": [q.to_json() for q in self.quotes],
            "skipped": self.skipped,
        }
        if self.text is not None:
            out["text"] = self.text
        return out
