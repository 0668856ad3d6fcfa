"""Score actor resolution against article-level gold mentions (tests/gold/articles_actors.jsonl).

Each gold mention is located by its exact text and occurrence; the predicted mention that
overlaps it most is its partner. Reported: how many gold mentions have a partner (found), how
many partners have the right country or organisation (country) and the exact code (full), and
the share of predicted mentions that overlap any gold mention (precision).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from diurna.errors import DiurnaError
from diurna.evaluate import compatible, gold_records, ratio
from diurna.extract.article import Extraction
from diurna.model import RawArticle
from diurna.pipeline import Coder, extractions


@dataclass(frozen=True, slots=True)
class GoldMention:
    text: str
    start: int
    end: int
    code: str


@dataclass(frozen=True, slots=True)
class GoldArticle:
    id: str
    text: str
    date: str | None
    split: str
    mentions: tuple[GoldMention, ...]


def locate(text: str, phrase: str, occurrence: int) -> int:
    """Offset of the n-th (1-based) occurrence of ``phrase`` in ``text``, or -1."""
    at = -1
    for _ in range(max(occurrence, 1)):
        at = text.find(phrase, at + 1)
        if at < 0:
            return -1
    return at


def load_actor_gold(path: Path) -> list[GoldArticle]:
    """Read article-level actor gold; a mention that cannot be located is an error."""
    out = []
    for number, obj in gold_records(path):
        try:
            text = str(obj["text"])
            mentions = []
            for m in obj["mentions"]:
                start = locate(text, m["text"], int(m.get("occurrence", 1)))
                if start < 0:
                    raise DiurnaError(f"{path}:{number}: mention {m['text']!r} not in the text")
                mentions.append(GoldMention(m["text"], start, start + len(m["text"]), m["code"]))
            out.append(
                GoldArticle(
                    str(obj["id"]),
                    text,
                    obj.get("date"),
                    str(obj.get("split", "all")),
                    tuple(mentions),
                )
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise DiurnaError(f"{path}:{number}: bad actor gold record: {exc}") from exc
    return out


@dataclass
class MentionCounts:
    gold: int = 0
    found: int = 0
    country: int = 0
    full: int = 0
    predicted: int = 0
    overlapping: int = 0

    def as_dict(self) -> dict[str, Any]:
        return {
            "gold_mentions": self.gold,
            "found": ratio(self.found, self.gold),
            "country": ratio(self.country, self.gold),
            "full": ratio(self.full, self.gold),
            "precision": ratio(self.overlapping, self.predicted),
        }


def score_article(counts: MentionCounts, gold: GoldArticle, found: Extraction) -> None:
    predicted = [m for s in found.sentences for m in s.mentions]
    counts.gold += len(gold.mentions)
    counts.predicted += len(predicted)
    counts.overlapping += sum(
        any(m.start < g.end and g.start < m.end for g in gold.mentions) for m in predicted
    )
    for g in gold.mentions:
        best, best_overlap = None, 0
        for m in predicted:
            overlap = min(m.end, g.end) - max(m.start, g.start)
            if overlap > best_overlap:
                best, best_overlap = m, overlap
        if best is None:
            continue
        counts.found += 1
        counts.country += compatible(g.code, best.code)
        counts.full += best.code == g.code


def evaluate_actors(gold: Sequence[GoldArticle], coder: Coder) -> dict[str, dict[str, Any]]:
    """Mention scores overall and per split."""
    reports: dict[str, MentionCounts] = {"all": MentionCounts()}
    raws = (RawArticle(text=g.text, origin=f"gold:{g.id}", id=g.id, date=g.date) for g in gold)
    for article, result in zip(gold, extractions(raws, coder), strict=True):
        if not isinstance(result, Extraction):
            raise DiurnaError(f"gold article {article.id} could not be coded: {result.skipped}")
        score_article(reports["all"], article, result)
        if article.split != "all":
            score_article(reports.setdefault(article.split, MentionCounts()), article, result)
    return {name: counts.as_dict() for name, counts in reports.items()}
