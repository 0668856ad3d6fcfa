"""Gold gate for quotes, dates and places on tests/gold/articles_qdp.jsonl (written for diurna).

Scores, per split ("tune" was used while building the rules; "heldout" never was):
- direct-quote speaker accuracy: a gold direct quote counts when a system quote with the same
  words (or a joined split quotation containing them) carries the gold speaker code (null for
  unattributed);
- indirect-quote recall: gold indirect quotes found (same words, any speaker);
- event-date accuracy over gold events with a date, and event-place accuracy over all gold
  events (null must stay null), both on the events diurna coded in the gold sentence (a
  sentence where it coded none is counted as uncovered, not scored);
- place-mention country accuracy: each gold place name resolved to the gold country.
One gold speaker was corrected on 2026-11-29: qdp-30's Houthi leader was YEMREB while the same
article's other Houthi quotation was IMGYEMHOU, the code CODING.md prescribes for armed groups.
Gold places are cities, towns and countries; a region the gazetteer cannot hold (Ladakh,
Kashmir, Sagaing) is gold null for an event.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from diurna.extract.article import Extraction
from diurna.extract.gazetteer import normalise
from diurna.model import CodedArticle, RawArticle
from diurna.pipeline import Coder, extractions
from diurna.records import build_article

GOLD = Path(__file__).resolve().parent / "gold" / "articles_qdp.jsonl"
# The floors, met on the split the rules were built on.
FLOORS = {
    "direct_speaker_accuracy": 0.90,
    "indirect_recall": 0.75,
    "event_date_accuracy": 0.90,
    "event_place_accuracy": 0.85,
    "place_country_accuracy": 0.95,
}
# Held-out scores (a ratchet: raise, never lower). qdp-01…30 were written with the rules; their
# held-out third was first scored after tuning ended. qdp-31…42 were written later by someone
# who never ran diurna on them, and added on 2026-11-28 after one blind scoring (direct speaker
# 0.656, indirect recall 0.86, date 0.917, place 0.667, place country 0.939 on those twelve):
# the floors below are the combined held-out scores of that first run. Below the issue's
# floors for speakers and places: see the misses printed by ``evaluate``.
HELDOUT_FLOORS = {
    "direct_speaker_accuracy": 0.729,
    "indirect_recall": 0.899,
    "event_date_accuracy": 0.929,
    "event_place_accuracy": 0.683,
    "place_country_accuracy": 0.945,
}
WORD = re.compile(r"[\w']+")

pytestmark = pytest.mark.model


@dataclass
class Tally:
    """Hits and totals per metric for one split."""

    hits: dict[str, int] = field(default_factory=dict)
    totals: dict[str, int] = field(default_factory=dict)
    misses: list[str] = field(default_factory=list)

    def add(self, metric: str, hit: bool, why: str = "") -> None:
        self.totals[metric] = self.totals.get(metric, 0) + 1
        self.hits[metric] = self.hits.get(metric, 0) + int(hit)
        if not hit and why:
            self.misses.append(f"{metric}: {why}")

    def scores(self) -> dict[str, float]:
        return {k: round(self.hits[k] / n, 3) for k, n in self.totals.items() if n}


def load() -> list[dict[str, Any]]:
    return [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines()]


def words(text: str) -> set[str]:
    return {w.lower() for w in WORD.findall(text.replace("“", " ").replace("”", " "))}


def same_words(gold: str, found: str) -> bool:
    g, f = words(gold), words(found)
    shared = len(g & f)
    return bool(g and f) and shared / len(g) >= 0.6 and shared / len(f) >= 0.5


def part_of(gold: str, found: str) -> bool:
    """Gold lists the parts of a split quotation ("A," he said, "B.") apart; diurna joins them
    into one: a gold part of three words or more that runs on inside a found quote matches it."""
    g = [w.lower() for w in WORD.findall(gold)]
    f = " ".join(w.lower() for w in WORD.findall(found))
    return len(g) >= 3 and f" {' '.join(g)} " in f" {f} "


def code(articles: list[dict[str, Any]], coder: Coder) -> Iterator[tuple[Extraction, CodedArticle]]:
    raws = [
        RawArticle(text=a["text"], origin=a["id"], id=a["id"], date=a["date"]) for a in articles
    ]
    for result in extractions(raws, coder):
        assert isinstance(result, Extraction)
        yield result, build_article(result, coder.ontology)


def score_article(
    gold: dict[str, Any], found: Extraction, coded: CodedArticle, tally: Tally
) -> None:
    name = gold["id"]
    for quote in gold["gold"]["quotes"]:
        same = [
            q
            for q in coded.quotes
            if q.direct == quote["direct"]
            and (same_words(quote["text"], q.text) or (q.direct and part_of(quote["text"], q.text)))
        ]
        if quote["direct"]:
            got = [q.speaker.code if q.speaker else None for q in same]
            tally.add(
                "direct_speaker_accuracy",
                quote["speaker"] in got,
                f"{name} {quote['text'][:40]!r}: want {quote['speaker']}, got {got or 'no quote'}",
            )
        else:
            tally.add("indirect_recall", bool(same), f"{name} {quote['text'][:50]!r}")
            if same:
                got = [q.speaker.code if q.speaker else None for q in same]
                tally.add("indirect_speaker_accuracy", quote["speaker"] in got, f"{name}: {got}")
    for event in gold["gold"]["events"]:
        mine = [e for e in coded.events if e.sentence.index == event["sentence"] and not e.negated]
        tally.add("event_coverage", bool(mine), f"{name} sentence {event['sentence']}")
        if not mine:
            continue
        dates = {e.date for e in mine}
        if event["date"] is not None:
            tally.add(
                "event_date_accuracy",
                dates == {event["date"]},
                f"{name} s{event['sentence']}: want {event['date']}, got {sorted(map(str, dates))}",
            )
        else:
            tally.add("null_date_kept", dates == {None}, f"{name} s{event['sentence']}: {dates}")
        places = {(e.location.name, e.location.geonames_id) if e.location else None for e in mine}
        want = event["place"]
        if want is None:
            hit = places == {None}
        else:
            hit = all(
                p is not None
                and (p[1] == event["geonames_id"] or normalise(p[0]) == normalise(want))
                for p in places
            )
        tally.add(
            "event_place_accuracy", hit, f"{name} s{event['sentence']}: want {want}, got {places}"
        )
    for place in gold["gold"]["places"]:
        got = {
            m.place.country if m.place else None
            for m in found.places
            if normalise(m.text) == normalise(place["text"])
        }
        tally.add(
            "place_country_accuracy",
            place["country"] in got,
            f"{name} {place['text']}: want {place['country']}, got {got or 'no mention'}",
        )


def evaluate(coder: Coder) -> dict[str, Tally]:
    gold = load()
    tallies = {"all": Tally(), "tune": Tally(), "heldout": Tally()}
    for article, (found, coded) in zip(gold, code(gold, coder), strict=True):
        score_article(article, found, coded, tallies["all"])
        score_article(article, found, coded, tallies[article["split"]])
    return tallies


def test_gold_is_large_and_split() -> None:
    gold = load()
    assert len(gold) >= 25
    assert {a["split"] for a in gold} == {"tune", "heldout"}
    assert sum(a["split"] == "heldout" for a in gold) >= len(gold) // 3
    for article in gold:
        assert article["text"].count("\n\n") >= 2, article["id"]
        for place in article["gold"]["places"]:
            assert place["text"].lower() in article["text"].lower(), (article["id"], place)


def test_quotes_dates_places_at_or_above_floors(coder: Coder) -> None:
    tallies = evaluate(coder)
    for split, floors in (("tune", FLOORS), ("heldout", HELDOUT_FLOORS)):
        scores = tallies[split].scores()
        below = {k: (scores.get(k), f) for k, f in floors.items() if scores.get(k, 0) < f}
        assert not below, (split, below, tallies[split].misses)
