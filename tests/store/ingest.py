"""Subprocess helper for the interruption test: store a synthetic corpus article by article.

    python -m tests.store.ingest DB COUNT [--resume] [--bulk]

Prints "ready" once the store is open, then commits one article per transaction (skipping
stored ones with --resume) and merges, as ``diurna code --db`` does; with --bulk, it stores
batches inside ``Store.bulk`` instead.
"""

from __future__ import annotations

import sys
from pathlib import Path

from diurna.model import CodedArticle
from diurna.store import Store, merge_store, open_store
from tests.store.synthetic import corpus

SEED = 11


BULK_BATCH = 100


def bulk_load(store: Store, articles: list[CodedArticle]) -> None:
    with store.bulk():
        for start in range(0, len(articles), BULK_BATCH):
            store.add_many(articles[start : start + BULK_BATCH])


def main(argv: list[str]) -> None:
    db, count, resume = Path(argv[0]), int(argv[1]), "--resume" in argv
    articles = corpus(count, seed=SEED)
    with open_store(db) as store:
        sys.stdout.write("ready\n")
        sys.stdout.flush()
        if "--bulk" in argv:
            bulk_load(store, articles)
        else:
            for article in articles:
                if resume and article.id is not None and store.has_article(article.id):
                    continue
                store.add(article)
        if not store.merged_is_current():
            merge_store(store)
    sys.stdout.write("done\n")


if __name__ == "__main__":
    main(sys.argv[1:])
