"""Score diurna against sentence-level gold JSONL (the ../shared/bench format) at three levels.

Levels, each as micro precision / recall / F1 over (source, target, code) triples:
  ``root``  CAMEO root + source and target at country or organisation level;
  ``base``  three-digit base code + full actor codes;
  ``exact`` the exact triple.
Symmetric codes match in either direction; negated events count as absent. Also reported: the
share of sentences coded exactly, PLOVER-category accuracy where the gold has one (a predicted
event's category in PLOVER 0.8, as output, or in v0.5, the vocabulary of older gold), and whether
each gold actor is among the sentence's resolved mentions (country level and full code).

A gold event with a PLOVER category but no CAMEO code (the bench's silver codes could not be
inferred for some) counts at the ``root`` level as a PLOVER category + country-level dyad: a
predicted event with that category and dyad is a hit, none is a miss. The finer levels cannot
judge it, so it and the prediction it matched are left out of ``base`` and ``exact``.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from diurna.coding.codebook import SECTORS
from diurna.coding.ontology import SYMMETRIC, Ontology
from diurna.coding.tsv import data_path, read_rows
from diurna.errors import DiurnaError
from diurna.extract.actors import ORGANISATION_PREFIXES, home_country
from diurna.extract.article import Extraction
from diurna.model import Article, RawArticle
from diurna.pipeline import STORY_DISCARDED, Coder, extractions

LEVELS = ("root", "base", "exact")
# PLOVER categories of the symmetric CAMEO codes (accord, consult, cooperate, diplomatic support)
MUTUAL_CATEGORIES = frozenset({"AGREE", "CONSULT", "COOPERATE", "SUPPORT"})
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
    # (source, target, PLOVER category) of gold events that have no CAMEO code
    uncoded: tuple[Triple, ...] = ()


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
            uncoded = tuple(
                (str(e["source"] or ""), str(e.get("target") or ""), str(category))
                for e in obj.get("expected") or []
                if not e.get("code")
                and (category := e.get("plover_event") or obj.get("plover_event"))
            )
            out.append(
                GoldSentence(
                    id=str(obj.get("id", number)),
                    text=str(obj["text"]),
                    date=obj.get("date"),
                    expected=expected,
                    plover=obj.get("plover_event"),
                    split=str(obj.get("split", "all")),
                    uncoded=uncoded,
                )
            )
        except (KeyError, TypeError) as exc:
            raise DiurnaError(f"{path}:{number}: bad gold record: {exc}") from exc
    return out


def actor_level(code: str) -> str:
    """Country (first three letters) or organisation (IGO… six letters) of an actor code.

    A gold code that names only the kind of organisation ("IGO", or "IGOGOV" where the next
    three letters are a sector) stays at that generic level; ``compatible`` then accepts any
    organisation of that kind. An armed group's IMG code names its home country in its
    second three letters (organisations.tsv), and at this level it is that country's:
    "IMGAFGTAL" (the Taliban) and the bench's "AFGREB" (Afghan rebels) are both Afghan.
    """
    code = home_first(code)
    if code.startswith(ORGANISATION_PREFIXES):
        return code[:3] if code[3:6] in SECTOR_CODES else code[:6]
    return code[:3]


def home_first(code: str) -> str:
    """An IMG code with a home country read from the country on ("IMGAFGTAL" → "AFGTAL");
    transnational groups ("IMGMOSALQ") and all other codes unchanged."""
    if code.startswith("IMG") and home_country(code) is not None:
        return code[3:]
    return code


def compatible(gold: str, predicted: str) -> bool:
    """At the country/organisation level: the predicted actor is the gold one or a more
    specific coding of it."""
    if not gold:
        return not predicted
    if gold.startswith("---"):  # unknown country: only the sector, if any, can be checked
        return predicted[3:].startswith(gold[3:])
    return home_first(predicted).startswith(actor_level(gold))


def matches(want: list[Triple], got: list[Triple], level: str) -> int:
    """How many gold triples find a distinct predicted partner at a level."""
    if level != "root":
        return sum((keyed(want, level) & keyed(got, level)).values())
    return len(root_partners(want, got))


def root_partners(want: Sequence[Triple], got: Sequence[Triple]) -> set[int]:
    """Indexes of the predictions that gold triples take as root-level partners (each gold
    triple the first free compatible one)."""
    taken: set[int] = set()
    for source, target, code in want:
        for index, (p_source, p_target, p_code) in enumerate(got):
            if index in taken or p_code[:2] != code[:2]:
                continue
            straight = compatible(source, p_source) and compatible(target, p_target)
            swapped = (
                code in SYMMETRIC and compatible(source, p_target) and compatible(target, p_source)
            )
            if straight or swapped:
                taken.add(index)
                break
    return taken


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


def once_each_way(triples: Sequence[Triple], symmetric: frozenset[str]) -> tuple[Triple, ...]:
    """Gold with a reciprocal pair (A→B and B→A, same code or PLOVER category) kept once when
    the code is symmetric: the bench expands "A and B agreed" into both directions; CODING.md
    §7 codes a symmetric event once and matches it either way."""
    out: list[Triple] = []
    for source, target, code in triples:
        if code in symmetric and target and (target, source, code) in out:
            continue
        out.append((source, target, code))
    return tuple(out)


def plover_categories(code: str, ontology: Ontology, v05: dict[str, str]) -> set[str | None]:
    """A predicted code's PLOVER category in both vocabularies (0.8 as output, v0.5)."""
    return {ontology.codes[code].plover, plover_v05(code, v05)}


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
    score_events(report, gold, predicted, ontology, v05)
    mentions = {m.code for s in found.sentences for m in s.mentions}
    for source, target, _ in (*gold.expected, *gold.uncoded):
        for actor in (source, target):
            if actor and not actor.startswith('"'):
                report.actor_total += 1
                report.actor_full += actor in mentions
                report.actor_country += any(compatible(actor, m) for m in mentions)
    return predicted


def score_events(
    report: Report,
    gold: GoldSentence,
    predicted: list[Triple],
    ontology: Ontology,
    v05: dict[str, str],
) -> None:
    """Add one sentence's predicted triples to the report's levels, exact-sentence count and
    PLOVER accuracy."""
    report.sentences += 1
    gold = replace(
        gold,
        expected=once_each_way(gold.expected, SYMMETRIC),
        uncoded=once_each_way(gold.uncoded, MUTUAL_CATEGORIES),
    )
    categories = [plover_categories(code, ontology, v05) for _, _, code in predicted]
    judged = list(range(len(predicted)))  # predictions the finer levels can judge
    partners = root_partners(gold.expected, predicted) if gold.uncoded else set()
    uncoded_hits = 0
    for source, target, category in gold.uncoded:
        for index in judged:
            if index in partners:
                continue
            p_source, p_target, _ = predicted[index]
            if category in categories[index] and (
                (compatible(source, p_source) and compatible(target, p_target))
                or (compatible(source, p_target) and compatible(target, p_source))
            ):
                uncoded_hits += 1
                judged.remove(index)
                break
    fine = [predicted[i] for i in judged]
    for level in LEVELS:
        hit = matches(list(gold.expected), fine, level)
        counts = report.levels[level]
        counts.tp += hit
        counts.fp += len(fine) - hit
        counts.fn += len(gold.expected) - hit
        if level == "root":
            counts.tp += uncoded_hits
            counts.fp += len(predicted) - len(fine) - uncoded_hits
            counts.fn += len(gold.uncoded) - uncoded_hits
    if keyed(gold.expected, "exact") == keyed(fine, "exact") and uncoded_hits == len(gold.uncoded):
        report.exact_sentences += 1
    if gold.plover and (gold.expected or gold.uncoded):
        report.plover_total += 1
        report.plover_hits += any(gold.plover in c for c in categories)


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
