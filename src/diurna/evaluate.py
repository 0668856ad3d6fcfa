"""Score diurna against sentence-level gold JSONL (the ../shared/bench format) at three levels.

Levels, each as micro precision / recall / F1 over (source, target, code) triples:
  ``root``  CAMEO root + source and target at country or organisation level;
  ``base``  three-digit base code + full actor codes;
  ``exact`` the exact triple.
Symmetric codes match in either direction; negated events count as absent. Also reported: the
share of sentences coded exactly, PLOVER-category accuracy where the gold has one (a predicted
event's category in PLOVER 0.8, as output, or in v0.5, the vocabulary of older gold), and whether
each gold actor is among the sentence's resolved mentions (country level and full code).
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from diurna.coding.codebook import SECTORS
from diurna.coding.ontology import SYMMETRIC, Ontology
from diurna.coding.tsv import data_path, read_rows
from diurna.errors import DiurnaError
from diurna.extract.article import Extraction
from diurna.model import Article, RawArticle
from diurna.pipeline import STORY_DISCARDED, Coder, extractions

LEVELS = ("root", "base", "exact")
ORG_PREFIXES = ("IGO", "NGO", "IMG", "MNC")
SECTOR_CODES = frozenset(SECTORS)

Triple = tuple[str, str, str]


@dataclass(frozen=True, slots=True)
class GoldSentence:
    id: str
    text: str
    date: str | None
    expected: tuple[Triple, ...]
    plover: str | None
    split: str


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def scores(self) -> dict[str, float]:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4)}


@dataclass
class Report:
    """Accumulated scores for one gold set (or one split of it)."""

    sentences: int = 0
    exact_sentences: int = 0
    levels: dict[str, Counts] = field(default_factory=lambda: {k: Counts() for k in LEVELS})
    plover_total: int = 0
    plover_hits: int = 0
    actor_total: int = 0
    actor_country: int = 0
    actor_full: int = 0

    def as_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"sentences": self.sentences}
        for name, counts in self.levels.items():
            out[name] = {**counts.scores(), "tp": counts.tp, "fp": counts.fp, "fn": counts.fn}
        out["exact_sentence_share"] = ratio(self.exact_sentences, self.sentences)
        if self.plover_total:
            out["plover_accuracy"] = ratio(self.plover_hits, self.plover_total)
        if self.actor_total:
            out["actor_recall_country"] = ratio(self.actor_country, self.actor_total)
            out["actor_recall_full"] = ratio(self.actor_full, self.actor_total)
        return out


def ratio(a: int, b: int) -> float:
    return round(a / b, 4) if b else 0.0


def gold_records(path: Path) -> Iterator[tuple[int, Any]]:
    """(line number, parsed object) for each non-empty line of a gold JSONL file."""
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if line.strip():
            try:
                yield number, json.loads(line)
            except json.JSONDecodeError as exc:
                raise DiurnaError(f"{path}:{number}: not JSON: {exc.msg}") from exc


def load_gold(path: Path) -> list[GoldSentence]:
    """Read a gold JSONL file; a malformed line raises DiurnaError naming file and line."""
    out = []
    for number, obj in gold_records(path):
        try:
            expected = tuple(
                (str(e["source"] or ""), str(e.get("target") or ""), str(e["code"]))
                for e in obj.get("expected") or []
                if e.get("code")
            )
            out.append(
                GoldSentence(
                    id=str(obj.get("id", number)),
                    text=str(obj["text"]),
                    date=obj.get("date"),
                    expected=expected,
                    plover=obj.get("plover_event"),
                    split=str(obj.get("split", "all")),
                )
            )
        except (KeyError, TypeError) as exc:
            raise DiurnaError(f"{path}:{number}: bad gold record: {exc}") from exc
    return out


def actor_level(code: str) -> str:
    """Country (first three letters) or organisation (IGO… six letters) of an actor code.

    A gold code that names only the kind of organisation ("IGO", or "IGOGOV" where the next
    three letters are a sector) stays at that generic level; ``compatible`` then accepts any
    organisation of that kind.
    """
    if code.startswith(ORG_PREFIXES):
        return code[:3] if code[3:6] in SECTOR_CODES else code[:6]
    return code[:3]


def compatible(gold: str, predicted: str) -> bool:
    """At the country/organisation level: the predicted actor is the gold one or a more
    specific coding of it."""
    if not gold:
        return not predicted
    if gold.startswith("---"):  # unknown country: only the sector, if any, can be checked
        return predicted[3:].startswith(gold[3:])
    return predicted.startswith(actor_level(gold))


def matches(want: list[Triple], got: list[Triple], level: str) -> int:
    """How many gold triples find a distinct predicted partner at a level."""
    if level != "root":
        return sum((keyed(want, level) & keyed(got, level)).values())
    free = list(got)
    hits = 0
    for source, target, code in want:
        for index, (p_source, p_target, p_code) in enumerate(free):
            if p_code[:2] != code[:2]:
                continue
            straight = compatible(source, p_source) and compatible(target, p_target)
            swapped = (
                code in SYMMETRIC and compatible(source, p_target) and compatible(target, p_source)
            )
            if straight or swapped:
                hits += 1
                del free[index]
                break
    return hits


def keyed(triples: Iterable[Triple], level: str) -> Counter[Triple]:
    out: Counter[Triple] = Counter()
    for source, target, code in triples:
        symmetric = code in SYMMETRIC
        if level == "root":
            source, target, code = actor_level(source), actor_level(target), code[:2]
        elif level == "base":
            code = code[:3]
        if symmetric and target:
            source, target = sorted((source, target))
        out[(source, target, code)] += 1
    return out


def load_plover_v05() -> dict[str, str]:
    """CAMEO prefix → PLOVER v0.5 category (``plover_v05.tsv``), for v0.5-labelled gold."""
    return {f[0]: f[1] for _, f in read_rows(data_path("plover_v05.tsv"), 2, 2)}


def plover_v05(code: str, table: dict[str, str]) -> str | None:
    for length in (4, 3, 2):
        if code[:length] in table:
            return table[code[:length]]
    return None


def score_sentence(
    report: Report,
    gold: GoldSentence,
    found: Extraction,
    ontology: Ontology,
    v05: dict[str, str],
) -> list[Triple]:
    predicted = [
        (e.source.code, e.target.code if e.target else "", e.code)
        for s in found.sentences
        for e in s.events
        if not e.negated
    ]
    report.sentences += 1
    for level in LEVELS:
        hit = matches(list(gold.expected), predicted, level)
        counts = report.levels[level]
        counts.tp += hit
        counts.fp += len(predicted) - hit
        counts.fn += len(gold.expected) - hit
    if keyed(gold.expected, "exact") == keyed(predicted, "exact"):
        report.exact_sentences += 1
    if gold.plover and gold.expected:
        report.plover_total += 1
        plovers = {ontology.codes[code].plover for _, _, code in predicted}
        plovers |= {plover_v05(code, v05) for _, _, code in predicted}
        report.plover_hits += gold.plover in plovers
    mentions = {m.code for s in found.sentences for m in s.mentions}
    for source, target, _ in gold.expected:
        for actor in (source, target):
            if actor and not actor.startswith('"'):
                report.actor_total += 1
                report.actor_full += actor in mentions
                report.actor_country += any(compatible(actor, m) for m in mentions)
    return predicted


def evaluate(
    gold: Sequence[GoldSentence], coder: Coder, batch_size: int = 64
) -> dict[str, dict[str, Any]]:
    """Scores overall and per split ("tune", "heldout", …)."""
    reports: dict[str, Report] = {"all": Report()}
    v05 = load_plover_v05()
    raws = (RawArticle(text=g.text, origin=f"gold:{g.id}", id=g.id, date=g.date) for g in gold)
    for sentence, found in zip(gold, _extractions(raws, coder, batch_size), strict=True):
        score_sentence(reports["all"], sentence, found, coder.ontology, v05)
        if sentence.split != "all":
            score_sentence(
                reports.setdefault(sentence.split, Report()), sentence, found, coder.ontology, v05
            )
    return {name: report.as_dict() for name, report in reports.items()}


def _extractions(raws: Iterable[RawArticle], coder: Coder, batch_size: int) -> Iterator[Extraction]:
    for result in extractions(raws, coder, batch_size):
        if isinstance(result, Extraction):
            yield result
        elif result.skipped and result.skipped.startswith(STORY_DISCARDED):
            # A story a user's discard list drops is scored as coding nothing.
            article = Article(id=result.id or "", text="", origin=result.origin)
            yield Extraction(article=article, sentences=())
        else:
            raise DiurnaError(f"gold sentence {result.id} could not be coded: {result.skipped}")


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def check_floors(scores: dict[str, dict[str, Any]], floors: dict[str, float]) -> list[str]:
    """Every floor ("split.level.metric": value) that the scores fall below."""
    failures = []
    for name, floor in sorted(floors.items()):
        value = lookup(scores, name)
        if value is None or value + 1e-9 < floor:
            failures.append(f"{name}: {value} < floor {floor}")
    return failures


def lookup(scores: dict[str, Any], name: str) -> float | None:
    node: Any = scores
    for part in name.split("."):
        if not isinstance(node, dict) or part not in node:
            return None
        node = node[part]
    return float(node) if isinstance(node, int | float) else None


def raise_floors(scores: dict[str, dict[str, Any]], floors: dict[str, float]) -> dict[str, float]:
    """Floors raised to today's scores; a floor is never lowered here."""
    out = dict(floors)
    for name, floor in floors.items():
        value = lookup(scores, name)
        if value is not None and value > floor:
            out[name] = round(value, 4)
    return out
