"""The event store: SQLite (WAL, FTS5, migrations), cross-source merge and query.
``store_articles`` is what ``diurna code --db`` calls; ``open_store`` gives the ``Store``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from diurna.model import CodedArticle
from diurna.store.errors import StoreError
from diurna.store.merge import MergeSummary, merge_store
from diurna.store.queries import Filters, query
from diurna.store.sqlite import Store, WriteCounts, open_store


@dataclass(frozen=True, slots=True)
class StoreSummary:
    """What ``store_articles`` did: article and row counts, and the merge if one ran."""

    written: WriteCounts
    merge: MergeSummary | None


def store_articles(
    db_path: Path | str, articles: Iterable[CodedArticle], merge: bool = True
) -> StoreSummary:
    """Store each article in its own transaction (an interrupted run keeps what it committed),
    then rebuild the merged events unless ``merge`` is false or they are already current.
    Re-running the same input changes nothing; a changed article replaces its earlier version.
    """
    written = WriteCounts()
    with open_store(db_path) as store:
        for article in articles:
            written += store.add(article)
        merged = merge_store(store) if merge and not store.merged_is_current() else None
    return StoreSummary(written=written, merge=merged)


__all__ = [
    "Filters",
    "MergeSummary",
    "Store",
    "StoreError",
    "StoreSummary",
    "WriteCounts",
    "merge_store",
    "open_store",
    "query",
    "store_articles",
]
