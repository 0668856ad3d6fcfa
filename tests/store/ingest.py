"""Subprocess helper for the interruption test: store a synthetic corpus article by article.

    python -m tests.store.ingest DB COUNT [--resume]

Prints "ready" once the store is open, then commits one article per transaction (skipping
stored ones with --resume) and merges, as ``diurna code --db`` does.
"""

from __future__ import annotations

import sys
from pathlib import Path

from diurna.store import merge_store, open_store
from tests.store.synthetic import corpus

SEED = 11


def main(argv: list[str]) -> None:
    db, count, resume = Path(argv[0]), int(argv[1]), "--resume" in argv
    articles = corpus(count, seed=SEED)
    with open_store(db) as store:
        sys.stdout.write("ready\n")
        sys.stdout.flush()
        for article in articles:
            if resume and article.id is not None and store.has_article(article.id):
                continue
            store.add(article)
        if not store.merged_is_current():
            merge_store(store)
    sys.stdout.write("done\n")


if __name__ == "__main__":
    main(sys.argv[1:])
