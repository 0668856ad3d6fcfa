"""Synthetic coded articles for store tests: hand-built events with consistent offsets."""

from __future__ import annotations

import hashlib
import random
from collections.abc import Sequence
from dataclasses import dataclass

from diurna.model import (
    ActorRef,
    CodedArticle,
    Event,
    Location,
    Quote,
    SentenceRef,
    TextSpan,
)

PLOVER = {"01": None, "04": "CONSULT", "11": "ACCUSE", "17": "COERCE", "19": "ASSAULT"}
QUAD = {"01": 1, "04": 1, "11": 3, "17": 4, "19": 4}
GOLDSTEIN = {"01": 0.0, "04": 1.0, "11": -2.0, "17": -5.0, "19": -10.0}
PLACES = {  # name, lat, lon, GeoNames id
    "SYR": ("Aleppo", 36.2, 37.16, 170063),
    "UKR": ("Kyiv", 50.45, 30.52, 703448),
    "TUR": ("Ankara", 39.93, 32.86, 323786),
}


@dataclass(frozen=True)
class Spec:
    """One event to write into a synthetic article."""

    source: str = "RUSGOV"
    target: str | None = "UKRGOV"
    cameo: str = "190"
    date: str | None = "2015-11-24"
    country: str | None = None
    negated: bool = False
    words: str = "attacked"


def make_id(*parts: object) -> str:
    return hashlib.sha1("|".join(map(str, parts)).encode()).hexdigest()[:16]


def article(
    article_id: str,
    specs: Sequence[Spec] = (Spec(),),
    *,
    source: str | None = "Reuters",
    date: str | None = "2015-11-24",
    url: str | None = None,
    title: str | None = None,
    extra: str = "",
    with_text: bool = True,
) -> CodedArticle:
    """An article whose sentences are "<SOURCE> <words> <TARGET> ..." with one event each."""
    sentences, events, offset = [], [], 0
    for index, spec in enumerate(specs):
        target = spec.target or "nobody"
        place = PLACES.get(spec.country or "")
        where = f" in {place[0]}" if place else ""
        text = f"{spec.source} {spec.words} {target}{where} on the day {index}{extra}."
        start_target = offset + len(spec.source) + len(spec.words) + 2
        root = spec.cameo[:2]
        events.append(
            Event(
                event_id=make_id(article_id, index, spec.cameo),
                source=ActorRef(spec.source, spec.source, offset, offset + len(spec.source)),
                target=(
                    ActorRef(spec.target, spec.target, start_target, start_target + len(target))
                    if spec.target
                    else None
                ),
                cameo=spec.cameo,
                root=root,
                quad_class=QUAD.get(root, 1),
                goldstein=GOLDSTEIN.get(root, 0.0),
                plover=PLOVER.get(root, "AGREE"),
                sentence=SentenceRef(index, offset, offset + len(text), text),
                trigger=TextSpan(spec.words, offset + len(spec.source) + 1, start_target - 1),
                date=spec.date,
                date_precision="day" if spec.date else None,
                location=Location(place[0], spec.country or "", place[1], place[2], place[3])
                if place
                else None,
                negated=spec.negated,
                confidence=0.8,
                rule="test:1",
            )
        )
        sentences.append(text)
        offset += len(text) + 1
    text = " ".join(sentences)
    quote_start = len(specs[0].source) + 1 if specs else 0
    quotes = (
        (
            Quote(
                events[0].source, sentences[0][quote_start:], quote_start, len(sentences[0]), False
            ),
        )
        if events
        else ()
    )
    return CodedArticle(
        id=article_id,
        origin=f"test:{article_id}",
        title=title or f"Story {article_id}",
        date=date,
        source=source,
        url=url or f"https://example.org/{article_id}",
        events=tuple(events),
        quotes=quotes,
        article_text=text if with_text else None,
    )


def corpus(n: int, seed: int = 0) -> list[CodedArticle]:
    """``n`` reproducible articles of 1-4 events, some reporting the same happening."""
    rng = random.Random(seed)
    actors = ["RUSGOV", "UKRMIL", "SYRGOV", "TURMIL", "USAGOV", "IGOUNO", "SYRREB"]
    codes = ["190", "195", "111", "042", "0211", "173"]
    out = []
    for i in range(n):
        day = 1 + i % 28
        specs = [
            Spec(
                source=rng.choice(actors),
                target=rng.choice(actors),
                cameo=rng.choice(codes),
                date=f"2016-02-{day:02d}" if rng.random() < 0.8 else None,
                country=rng.choice([None, "SYR", "UKR", "TUR"]),
                negated=rng.random() < 0.05,
            )
            for _ in range(rng.randint(1, 4))
        ]
        out.append(
            article(
                make_id("corpus", seed, i),
                specs,
                source=f"outlet{rng.randrange(12)}",
                date=f"2016-02-{day:02d}",
                extra=" "
                + " ".join(rng.choice("lorem ipsum dolor sit amet".split()) for _ in range(8)),
            )
        )
    return out
