"""Where the coding time goes: CPU time per extraction stage on already-parsed Docs.

Codes the bundled examples (``--copies`` times) from parsed Docs, once plain and then with each
stage's entry points timed, and prints the best round's seconds and share per stage, the share of
dates + quotes + places (issue floor: they add at most 15% to the coding time), and that share of
the whole ``diurna code`` run (parse included) measured in the same process. CPU time, best of
``--rounds``: the machine is shared. Not a test.

    .venv/bin/python benchmarks/stages.py [--copies 30] [--rounds 5]
"""

from __future__ import annotations

import argparse
import functools
import time
from collections import defaultdict
from collections.abc import Callable
from typing import Any

import diurna.extract.article as article_module
from diurna.clean import clean
from diurna.extract.actors import ActorResolver, ArticleActors
from diurna.extract.dates import ArticleDates
from diurna.extract.events import SentenceCoder
from diurna.extract.places import ArticlePlaces
from diurna.extract.quotes import ArticleQuotes
from diurna.pipeline import load_coder, process
from throughput import corpus  # the same bundled-examples corpus (benchmarks/ is on sys.path)

# (owner, method, stage): the entry points each stage is reached through.
STAGES: tuple[tuple[Any, str, str], ...] = (
    (ArticleActors, "read_sentence", "actors"),
    (ActorResolver, "hits", "actors"),
    (SentenceCoder, "code", "events"),
    (ArticleQuotes, "__init__", "quotes"),
    (ArticleQuotes, "read_sentence", "quotes"),
    (ArticleQuotes, "finish", "quotes"),
    (ArticleDates, "read_sentence", "dates"),
    (ArticlePlaces, "__init__", "places"),
    (ArticlePlaces, "resolve", "places"),
    (ArticlePlaces, "event_location", "places"),
)
QDP = ("dates", "quotes", "places")


def timed(spent: dict[str, float], stage: str, method: Callable[..., Any]) -> Callable[..., Any]:
    @functools.wraps(method)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        start = time.process_time()
        try:
            return method(*args, **kwargs)
        finally:
            spent[stage] += time.process_time() - start

    return wrapper


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--copies", type=int, default=30)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    coder = load_coder()
    raws = corpus(args.copies)
    articles = [clean(r) for r in raws]
    docs = list(coder.nlp.pipe([a.text for a in articles], batch_size=64))
    sentences = sum(1 for d in docs for _ in d.sents)

    def code_parsed() -> float:
        start = time.process_time()
        for doc, article in zip(docs, articles, strict=True):
            article_module.extract(
                doc, article, coder.resolver, coder.sentence_coder, gazetteer=coder.gazetteer
            )
        return time.process_time() - start

    plain = min(code_parsed() for _ in range(args.rounds))
    start = time.process_time()
    for _ in process(raws, coder, batch_size=64):
        pass
    whole = time.process_time() - start

    spent: dict[str, float] = defaultdict(float)
    originals = [(owner, name, getattr(owner, name)) for owner, name, _ in STAGES]
    for owner, name, stage in STAGES:
        setattr(owner, name, timed(spent, stage, getattr(owner, name)))
    best: tuple[float, dict[str, float]] | None = None
    try:
        for _ in range(args.rounds):
            spent.clear()
            total = code_parsed()
            if best is None or total < best[0]:
                best = (total, dict(spent))
    finally:
        for owner, name, method in originals:
            setattr(owner, name, method)
    assert best is not None
    total, stages = best
    print(f"sentences              {sentences} in {len(docs)} parsed Docs")
    print(f"coding parsed Docs     {plain:.3f} s CPU  {sentences / plain:.0f} sentences/s")
    print(f"diurna code (parse in) {whole:.3f} s CPU")
    print(f"timed run              {total:.3f} s CPU (the timers' own cost included)")
    for stage, seconds in sorted(stages.items(), key=lambda item: -item[1]):
        print(f"  {stage:<10} {seconds:.3f} s  {seconds / total:.0%}")
    rest = total - sum(stages.values())
    print(f"  {'other':<10} {rest:.3f} s  {rest / total:.0%} (composition, records, context)")
    qdp = sum(stages.get(stage, 0.0) for stage in QDP)
    print(
        f"dates+quotes+places    {qdp:.3f} s = {qdp / total:.0%} of coding parsed Docs, "
        f"{qdp / whole:.1%} of diurna code (floor 15%)"
    )


if __name__ == "__main__":
    main()
