"""Deferred indexes for bulk loads: drop a store's indexes and full-text triggers, keeping
their SQL in ``meta`` (key ``deferred``), and recreate them when the load ends or needs them.
"""

from __future__ import annotations

import json
import logging
import os
import sqlite3

log = logging.getLogger(__name__)

# Page cache while a bulk load's indexes are recreated. CREATE INDEX sorts in runs of about
# cache_size; runs that fit the CPU caches sort faster: recreating the 7 event indexes on 1M
# benchmark events took 3.5-4.1 s of CPU at 0.5-2 MB against 6-7.5 s at 64 MB (two runs of
# each, benchmarks/store.py corpus, 2-core VM, 2026-11-28; 2 MB still best at 8 KiB pages).
INDEX_BUILD_CACHE_KIB = 2 * 1024
# Sorter threads for those CREATE INDEX statements (PRAGMA threads): the sort is the index
# build's cost, and a second core sorts runs while the first reads the table. Index + full-text
# rebuild of 1M benchmark events took 6.5-7.3 s at 2 threads against 7.5-9.0 s without (two
# alternating pairs and two more runs each, quiet 2-core VM, 2026-11-29); 1 thread gained less.
SORT_THREADS = min(4, os.cpu_count() or 1)
# Deferred indexes a bulk load recreates as soon as it meets a stored article: replacing or
# comparing it reads its old rows by article id.
ARTICLE_LOOKUPS = frozenset({"events_article", "quotes_article"})
# Unique indexes of content-hash ids, deferred too: a bulk load inserts every row, and a row
# repeating an earlier row's id is dropped when the index is recreated (the first one stays,
# as ON CONFLICT DO NOTHING keeps it when the index is there).
UNIQUE_IDS = {"events_event_id": ("events", "event_id"), "quotes_quote_id": ("quotes", "quote_id")}
# Everything but the articles' primary key: each write looks up the stored versions by id.
DEFERRABLE = (
    "SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL"
    " AND type IN ('index', 'trigger') AND tbl_name IN ('articles', 'events', 'quotes')"
)
FTS_TABLES = (
    "SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE%fts5%'"
)


def deferred(conn: sqlite3.Connection) -> list[list[str]]:
    """The [name, sql] of each deferred index and trigger (empty when nothing is deferred)."""
    row = conn.execute("SELECT value FROM meta WHERE key = 'deferred'").fetchone()
    saved: list[list[str]] = json.loads(row[0]) if row else []
    return saved


def save_deferred(conn: sqlite3.Connection, saved: list[list[str]]) -> None:
    if not saved:
        conn.execute("DELETE FROM meta WHERE key = 'deferred'")
        return
    conn.execute(
        "INSERT INTO meta (key, value) VALUES ('deferred', ?)"
        " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        (json.dumps(saved),),
    )


def defer(conn: sqlite3.Connection) -> None:
    """Drop the deferrable indexes and triggers, saving their SQL first (inside a write)."""
    dropped = conn.execute(DEFERRABLE).fetchall()
    save_deferred(conn, deferred(conn) + [[name, sql] for _, name, sql in dropped])
    for kind, name, _ in dropped:
        conn.execute(f"DROP {kind.upper()} {name}")


def recreate(conn: sqlite3.Connection, names: frozenset[str] | None = None) -> None:
    """Recreate the deferred indexes and triggers in ``names`` (None: all of them)."""
    saved = deferred(conn)
    chosen = [(name, sql) for name, sql in saved if names is None or name in names]
    if not chosen:
        return
    (cache,) = conn.execute("PRAGMA cache_size").fetchone()
    conn.execute(f"PRAGMA cache_size = -{INDEX_BUILD_CACHE_KIB}")
    conn.execute(f"PRAGMA threads = {SORT_THREADS}")
    try:
        for name, sql in chosen:
            create_index(conn, name, sql)
    finally:
        conn.execute(f"PRAGMA cache_size = {cache}")
        conn.execute("PRAGMA threads = 0")
    save_deferred(conn, [[n, q] for n, q in saved if (n, q) not in chosen])


def create_index(conn: sqlite3.Connection, name: str, sql: str) -> None:
    """Run a saved CREATE statement; a unique id index first drops rows repeating an id."""
    try:
        conn.execute(sql)
    except sqlite3.IntegrityError:
        if name not in UNIQUE_IDS:
            raise
        table, column = UNIQUE_IDS[name]
        dropped = conn.execute(
            f"DELETE FROM {table} WHERE rowid NOT IN"
            f" (SELECT min(rowid) FROM {table} GROUP BY {column})"
        ).rowcount
        log.warning("%d %s rows repeated an earlier %s and were dropped", dropped, table, column)
        conn.execute(sql)


def rebuild_fulltext(conn: sqlite3.Connection) -> None:
    """Re-index every full-text table from its content table."""
    for (table,) in conn.execute(FTS_TABLES).fetchall():
        conn.execute(f"INSERT INTO {table} ({table}) VALUES ('rebuild')")
