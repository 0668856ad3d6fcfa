"""Throughput of diurna against the plain spaCy pipeline on the same texts, in one process.

Prints articles/s, tokens/s, peak RSS, the ratio diurna time / spaCy time (floor 1.3, goal
1.15), coding speed on already-parsed Docs (sentences/s, floor 5,000), and the share of the
coding time spent resolving actors (floor 10%). Each timing is the best of ``--rounds``. Not a
test: machines are noisy, so only ratios measured in the same run mean anything.

    .venv/bin/python benchmarks/throughput.py [--copies 40] [--rounds 3]
"""

from __future__ import annotations

import argparse
import json
import resource
import time
from pathlib import Path

from diurna.clean import clean
from diurna.extract.article import extract
from diurna.extract.parse import Doc as Parsed
from diurna.model import RawArticle
from diurna.nlp import load_language
from diurna.pipeline import load_coder, process

ROOT = Path(__file__).resolve().parents[1]


def corpus(copies: int) -> list[RawArticle]:
    articles = []
    for line in (ROOT / "examples" / "articles.jsonl").read_text(encoding="utf-8").splitlines():
        obj = json.loads(line)
        articles.append(obj)
    out = []
    for i in range(copies):
        for obj in articles:
            out.append(
                RawArticle(
                    text=obj["text"], origin="bench", id=f"{obj['id']}-{i}", date=obj["date"]
                )
            )
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--copies", type=int, default=40)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    raws = corpus(args.copies)
    texts = [r.text for r in raws]
    plain = load_language()
    coder = load_coder()
    tokens = sum(len(d) for d in plain.pipe(texts[:50])) * len(texts) / min(50, len(texts))
    spacy_times, diurna_times = [], []
    for _ in range(args.rounds):
        start = time.perf_counter()
        for _doc in plain.pipe(texts, batch_size=64):
            pass
        spacy_times.append(time.perf_counter() - start)
        start = time.perf_counter()
        events = sum(len(a.events) for a in process(raws, coder, batch_size=64))
        diurna_times.append(time.perf_counter() - start)
    spacy_s, diurna_s = min(spacy_times), min(diurna_times)

    articles = [clean(r) for r in raws]
    docs = list(coder.nlp.pipe(texts, batch_size=64))
    sentences = sum(1 for d in docs for _ in d.sents)
    coding_times = []
    for _ in range(args.rounds):  # the best of the rounds, like the timings above
        start = time.perf_counter()
        for doc, article in zip(docs, articles, strict=True):
            extract(doc, article, coder.resolver, coder.sentence_coder, gazetteer=coder.gazetteer)
        coding_times.append(time.perf_counter() - start)
    coding_s = min(coding_times)

    start = time.perf_counter()
    for parsed in docs:
        doc = Parsed(parsed)  # the plain copy of the parse that the readers share
        actors = coder.resolver.article(doc, None)
        for sent in doc.sents:
            actors.read_sentence(sent)
    resolution_s = time.perf_counter() - start

    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"articles            {len(raws)} ({int(tokens)} tokens), {events} events per round")
    print(f"spaCy alone         {spacy_s:.2f} s  {len(raws) / spacy_s:.1f} articles/s")
    print(
        f"diurna code         {diurna_s:.2f} s  {len(raws) / diurna_s:.1f} articles/s  "
        f"{tokens / diurna_s:.0f} tokens/s"
    )
    print(f"ratio diurna/spaCy  {diurna_s / spacy_s:.3f}  (floor 1.30, goal 1.15)")
    print(f"coding parsed Docs  {sentences / coding_s:.0f} sentences/s ({sentences} sentences)")
    print(
        f"actor resolution    {resolution_s:.2f} s = {resolution_s / diurna_s:.1%} of coding time "
        "(floor 10%)"
    )
    print(f"peak RSS            {peak_mb:.0f} MiB")


if __name__ == "__main__":
    main()
