"""The embedded SQLite store: open it (refusing foreign or newer files), write articles
(one transaction each, or batches, or a bulk load with deferred indexes), read them back.
"""

from __future__ import annotations

import datetime as dt
import gc
import logging
import os
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Sequence, Sized
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType

from diurna.model import CodedArticle
from diurna.store.bulk import ARTICLE_LOOKUPS, defer, deferred, rebuild_fulltext, recreate
from diurna.store.errors import StoreError
from diurna.store.rows import (
    ARTICLE_COLUMNS,
    EVENT_COLUMNS,
    QUOTE_COLUMNS,
    ArticleRows,
    Content,
    Row,
    article_from_rows,
    article_rows,
)
from diurna.store.schema import LATEST_VERSION, check_readable, inspect_file, migrate

log = logging.getLogger(__name__)

BUSY_TIMEOUT_S = 30.0  # a reader or second writer waits this long for the write lock
CACHE_KIB = 64 * 1024  # page cache per connection; bulk loads touch many index pages
ID_CHUNK = 500  # ids per "IN (...)" lookup, well under SQLite's variable limit
# WAL pages between checkpoints during a bulk load (SQLite's default is 1000): fewer, larger
# checkpoints cut the writing of 410k benchmark events from 9.1 s to 7.1 s (mean of two runs
# each, benchmarks/store.py corpus, 2-core VM, 2026-11-28).
BULK_CHECKPOINT_PAGES = 50_000
# WAL pages between checkpoints otherwise (80 MB at 8 KiB pages). Per-article commits rewrite
# the same index and full-text pages again and again; checkpointing ten times less often copies
# each of them ten times less often: 5000 benchmark articles stored one per transaction went
# from ~1,290 to ~1,840 articles/s against the default of 1000 (4 KiB pages, two runs each,
# 2-core VM, 2026-11-28).
CHECKPOINT_PAGES = 10_000


def _insert(table: str, columns: Sequence[str]) -> str:
    names = ", ".join(columns)
    marks = ", ".join("?" for _ in columns)
    return f"INSERT INTO {table} ({names}) VALUES ({marks})"


UPSERT_ARTICLE = (
    _insert("articles", ARTICLE_COLUMNS)
    + " ON CONFLICT (id) DO UPDATE SET "
    + ", ".join(f"{c} = excluded.{c}" for c in ARTICLE_COLUMNS[1:])
    + ", simhash = NULL, duplicate_of = NULL"
)
# No conflict target: the statement stays valid while a bulk load has dropped the unique index.
INSERT_EVENT = _insert("events", EVENT_COLUMNS) + " ON CONFLICT DO NOTHING"
INSERT_QUOTE = _insert("quotes", QUOTE_COLUMNS) + " ON CONFLICT DO NOTHING"
UPSERT_SKIPPED = (
    "INSERT INTO skipped (origin, article_id, reason, stored_at) VALUES (?, ?, ?, ?)"
    " ON CONFLICT (origin) DO UPDATE SET article_id = excluded.article_id,"
    " reason = excluded.reason, stored_at = excluded.stored_at"
    " WHERE reason IS NOT excluded.reason OR article_id IS NOT excluded.article_id"
)
BUMP_VERSION = "UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'data_version'"
STORED_ARTICLE = ", ".join(c for c in ARTICLE_COLUMNS if c != "stored_at")
STORED_EVENTS = f"SELECT {', '.join(EVENT_COLUMNS)} FROM events WHERE article_id"
STORED_QUOTES = f"SELECT {', '.join(QUOTE_COLUMNS)} FROM quotes WHERE article_id"


def utc_now() -> str:
    return dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


@contextmanager
def gc_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector for a batch write.

    A batch's rows are tens of thousands of small tuples that form no cycles but trigger
    collections that rescan them: building the rows of 1M benchmark events took 6.8 s of CPU
    with the collector running and 4.6 s with it paused (2-core VM, 2026-11-28).
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def stored_content(conn: sqlite3.Connection, ids: Sequence[str]) -> dict[str, Content]:
    """The stored rows of those of ``ids`` that are stored, to compare with a new version.

    A new article costs one lookup of its id; only a stored one has its rows read back (in a
    bulk load, after recreating the article_id indexes this needs).
    """
    found = [
        row[0]
        for chunk in chunked(ids)
        for row in conn.execute(f"SELECT id FROM articles WHERE id IN ({marks(chunk)})", chunk)
    ]
    if not found:
        return {}
    recreate(conn, ARTICLE_LOOKUPS)
    content: dict[str, Content] = {}
    for chunk in chunked(found):
        where = f"IN ({marks(chunk)})"
        events = grouped(
            conn.execute(f"{STORED_EVENTS} {where} ORDER BY article_id, event_index", chunk)
        )
        quotes = grouped(
            conn.execute(f"{STORED_QUOTES} {where} ORDER BY article_id, quote_index", chunk)
        )
        for head in conn.execute(f"SELECT {STORED_ARTICLE} FROM articles WHERE id {where}", chunk):
            key = head[0]
            content[key] = (tuple(head), events.get(key, ()), quotes.get(key, ()))
    return content


def grouped(rows: Iterable[Sequence[object]]) -> dict[str, tuple[Row, ...]]:
    """Event or quote rows (article id second) as tuples grouped by article id, in order."""
    groups: dict[str, list[Row]] = {}
    for row in rows:
        groups.setdefault(str(row[1]), []).append(tuple(row))
    return {key: tuple(values) for key, values in groups.items()}


def chunked(ids: Sequence[str]) -> Iterator[Sequence[str]]:
    for start in range(0, len(ids), ID_CHUNK):
        yield ids[start : start + ID_CHUNK]


def marks(values: Sized) -> str:
    return ", ".join("?" for _ in range(len(values)))


@dataclass(frozen=True, slots=True)
class WriteCounts:
    """What a write did: articles added, updated (content changed) or unchanged, rows written."""

    added: int = 0
    updated: int = 0
    unchanged: int = 0
    events: int = 0
    quotes: int = 0
    skipped: int = 0

    def __add__(self, other: WriteCounts) -> WriteCounts:
        return WriteCounts(
            self.added + other.added,
            self.updated + other.updated,
            self.unchanged + other.unchanged,
            self.events + other.events,
            self.quotes + other.quotes,
            self.skipped + other.skipped,
        )


class Store:
    """An open diurna database. Use ``open_store``; close it (or use ``with``) when done.

    One writer, many readers: WAL mode with ``synchronous=NORMAL`` (a committed article
    survives a crash of the process; a power cut may lose the last few), every write inside
    ``BEGIN IMMEDIATE``. ``add`` commits one article at a time, so an interrupted run loses at
    most the article being written.
    """

    def __init__(
        self,
        conn: sqlite3.Connection,
        path: Path,
        readonly: bool,
        clock: Callable[[], str] = utc_now,
    ) -> None:
        self.conn = conn
        self.path = path
        self.readonly = readonly
        self.clock = clock
        conn.row_factory = sqlite3.Row

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        self.conn.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One write transaction: committed on success, rolled back on any exception."""
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as exc:
            raise self.error("cannot start a write", exc) from exc
        try:
            yield self.conn
            self.conn.execute("COMMIT")
        except BaseException as exc:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            if isinstance(exc, sqlite3.Error):
                raise self.error("write failed, nothing was changed", exc) from exc
            raise

    def error(self, what: str, exc: sqlite3.Error) -> StoreError:
        reason = str(exc)
        if "readonly" in reason or "read-only" in reason:
            return StoreError(f"{self.path}: {what}: the database is read-only ({reason})")
        return StoreError(f"{self.path}: {what}: {reason}")

    def add(self, article: CodedArticle) -> WriteCounts:
        """Store one coded or skipped article in its own transaction (upsert by id)."""
        with self.transaction() as conn:
            return self._write(conn, [article])

    def add_many(self, articles: Iterable[CodedArticle]) -> WriteCounts:
        """Store a batch of articles in one transaction with executemany (bulk loads)."""
        with self.transaction() as conn, gc_paused():
            return self._write(conn, list(articles))

    def _write(self, conn: sqlite3.Connection, articles: Sequence[CodedArticle]) -> WriteCounts:
        now = self.clock()
        skipped = [a for a in articles if a.skipped is not None]
        coded: dict[str, ArticleRows] = {}
        for article in articles:
            if article.skipped is None:
                try:
                    rows = article_rows(article, now)
                except ValueError as exc:
                    raise StoreError(str(exc)) from exc
                coded[rows.id] = rows  # the last of two equal ids wins, as on re-runs
        stored = stored_content(conn, list(coded))
        changed = [r for i, r in coded.items() if i not in stored or stored[i] != r.content()]
        replaced = [(r.id,) for r in changed if r.id in stored]
        if replaced:
            conn.executemany("DELETE FROM events WHERE article_id = ?", replaced)
            conn.executemany("DELETE FROM quotes WHERE article_id = ?", replaced)
        conn.executemany(UPSERT_ARTICLE, [r.article for r in changed])
        events = [e for r in changed for e in r.events]
        quotes = [q for r in changed for q in r.quotes]
        written = conn.executemany(INSERT_EVENT, events).rowcount
        if written != len(events):
            log.warning("%d duplicate event ids were not stored again", len(events) - written)
        conn.executemany(INSERT_QUOTE, quotes)
        conn.executemany("DELETE FROM skipped WHERE origin = ?", [(r.origin,) for r in changed])
        conn.executemany(
            UPSERT_SKIPPED, [(a.origin, a.id, a.skipped, now) for a in skipped if a.skipped]
        )
        if changed:
            conn.execute(BUMP_VERSION)
        return WriteCounts(
            added=len(changed) - len(replaced),
            updated=len(replaced),
            unchanged=len(coded) - len(changed),
            events=written,
            quotes=len(quotes),
            skipped=len(skipped),
        )

    @contextmanager
    def bulk(self) -> Iterator[Store]:
        """Defer secondary indexes, id uniqueness and full-text indexing during a large load.

        They are dropped on entry (``defer_indexes``) and rebuilt when the block ends, even on
        an exception (``restore_deferred``); a killed load is repaired the next time the file
        is opened for writing. Inside the block, ``add_many`` counts every event and quote it
        inserts: one repeating an earlier id is dropped, with a warning, at the end.
        """
        self.defer_indexes()
        self.conn.execute(f"PRAGMA wal_autocheckpoint = {BULK_CHECKPOINT_PAGES}")
        try:
            yield self
        finally:
            # One checkpoint after the rebuild, none before it: reading the rows through the
            # WAL costs the rebuild less than copying them first (1M benchmark events: rebuild
            # 8.3-8.9 s against 8.6-9.2 s, three runs each, 2-core VM, 2026-11-29).
            self.restore_deferred()
            self.conn.execute(f"PRAGMA wal_autocheckpoint = {CHECKPOINT_PAGES}")
            self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    def defer_indexes(self) -> None:
        """Drop the indexes and full-text triggers, saving their SQL in ``meta`` first.

        Only the articles' primary key stays: each write looks up the stored versions by id.
        """
        with self.transaction() as conn:
            defer(conn)

    def restore_deferred(self) -> None:
        """Recreate what a bulk load deferred and rebuild the full-text indexes."""
        if not deferred(self.conn):
            return
        with self.transaction() as conn:
            recreate(conn)
            rebuild_fulltext(conn)

    def has_article(self, article_id: str) -> bool:
        """Whether an article with this id is stored (``--resume`` skips it)."""
        row = self.conn.execute("SELECT 1 FROM articles WHERE id = ?", (article_id,)).fetchone()
        return row is not None

    def article(self, article_id: str) -> CodedArticle:
        """The stored article, rebuilt as the CodedArticle it was stored from."""
        conn = self.conn
        row = conn.execute("SELECT * FROM articles WHERE id = ?", (article_id,)).fetchone()
        if row is None:
            raise StoreError(f"{self.path}: no article {article_id!r}")
        events = conn.execute("SELECT * FROM events WHERE article_id = ?", (article_id,))
        quotes = conn.execute("SELECT * FROM quotes WHERE article_id = ?", (article_id,))
        return article_from_rows(row, events.fetchall(), quotes.fetchall())

    def counts(self) -> dict[str, int]:
        """Row counts of the stored tables."""
        tables = ("articles", "events", "quotes", "skipped", "merged_events", "merged_members")
        return {t: self.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}

    def meta(self, key: str) -> str:
        row = self.conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return str(row[0]) if row else ""

    def merged_is_current(self) -> bool:
        """Whether the merged tables reflect every stored article (no write since the merge)."""
        return self.meta("data_version") == self.meta("merged_version")


def _connect(path: Path, readonly: bool) -> sqlite3.Connection:
    if readonly:
        uri = f"{path.resolve().as_uri()}?mode=ro"
        conn = sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_S, isolation_level=None)
    else:
        conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_S, isolation_level=None)
    conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
    # In WAL mode NORMAL keeps the database consistent through crashes and kills; only the
    # last commits may be lost on power failure, and a re-run restores them.
    conn.execute("PRAGMA synchronous = NORMAL")
    return conn


def open_store(
    path: Path | str, readonly: bool = False, clock: Callable[[], str] = utc_now
) -> Store:
    """Open (and, for writing, create or upgrade) the diurna database at ``path``.

    Refused with StoreError, the file untouched: a file that is not SQLite, a SQLite file with
    other tables, a diurna database of a newer schema; for reading, a missing file.
    """
    path = Path(path)
    is_diurna = inspect_file(path)
    if readonly and not path.exists():
        raise StoreError(f"{path}: no such database")
    if not readonly and path.exists() and not os.access(path, os.W_OK):
        raise StoreError(f"{path}: the database file is read-only; cannot write to it")
    if path.exists() and path.stat().st_size > 0:
        probe = _connect(path, readonly=True)
        try:
            version = check_readable(probe, path, is_diurna)
        except sqlite3.Error as exc:
            raise StoreError(f"{path}: cannot read the database: {exc}") from exc
        finally:
            probe.close()
        if readonly and version == 0:
            raise StoreError(f"{path}: not a diurna database (an empty SQLite file)")
        if readonly and version < LATEST_VERSION:
            raise StoreError(
                f"{path}: schema version {version} is older than {LATEST_VERSION};"
                " open it for writing once (e.g. diurna merge --db) to upgrade it"
            )
    try:
        conn = _connect(path, readonly)
    except sqlite3.Error as exc:
        raise StoreError(f"{path}: cannot open the database: {exc}") from exc
    store = Store(conn, path, readonly, clock)
    try:
        if not readonly:
            migrate(conn, path, clock())
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = NORMAL")
            conn.execute(f"PRAGMA wal_autocheckpoint = {CHECKPOINT_PAGES}")
        if store.meta("deferred"):
            if readonly:
                log.warning("%s: an interrupted bulk load left indexes to rebuild", path)
            else:
                log.warning("%s: rebuilding indexes after an interrupted bulk load", path)
                store.restore_deferred()
    except (sqlite3.Error, StoreError) as exc:
        conn.close()
        if isinstance(exc, StoreError):
            raise
        raise StoreError(f"{path}: cannot open the database: {exc}") from exc
    return store
