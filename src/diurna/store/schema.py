"""The store's schema: numbered migrations, each applied in one transaction and recorded
(``PRAGMA user_version``, ``schema_migrations``); ``application_id`` marks diurna's files.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from diurna.store.errors import StoreError

APPLICATION_ID = 0x64697572  # "diur"
SQLITE_MAGIC = b"SQLite format 3\x00"
HEADER_SIZE = 100
APPLICATION_ID_OFFSET = 68
# Page size of a new store (SQLite's default is 4096). Fewer, larger pages make bulk loads and
# index builds cheaper; per-article commits write whole pages, so they pay for larger ones.
# 1M benchmark events, bulk load end to end: 41.9-42.6k events/s at 4096, 45.0-48.1k at 8192,
# 48.3k at 16384; 5000 per-article commits: ~1,980/s at 4096, ~1,670/s at 8192, ~1,430/s at
# 16384 (benchmarks/store.py corpus, 2-core VM, 2026-11-29).
PAGE_SIZE = 8192


@dataclass(frozen=True, slots=True)
class Migration:
    """One schema step: its version, what it does, and the SQL script shipped in the package."""

    version: int
    name: str
    script: str

    def statements(self) -> list[str]:
        text = resources.files("diurna.store").joinpath(self.script).read_text(encoding="utf-8")
        statements, buffer = [], ""
        for line in text.splitlines(keepends=True):
            buffer += line
            if sqlite3.complete_statement(buffer):
                statements.append(buffer.strip())
                buffer = ""
        leftover = [line for line in buffer.splitlines() if not line.strip().startswith("--")]
        if "".join(leftover).strip():
            raise StoreError(f"{self.script}: incomplete SQL statement at the end")
        return statements


MIGRATIONS = (Migration(1, "initial schema", "0001_initial.sql"),)
LATEST_VERSION = MIGRATIONS[-1].version


def inspect_file(path: Path) -> bool:
    """True if ``path`` is a diurna database, False if it is absent or empty; else StoreError.

    Reads only the file header, so a file that is refused is never opened by SQLite.
    """
    if not path.exists() or (path.is_file() and path.stat().st_size == 0):
        return False
    if not path.is_file():
        raise StoreError(f"{path}: not a file")
    try:
        with path.open("rb") as handle:
            header = handle.read(HEADER_SIZE)
    except OSError as exc:
        raise StoreError(f"{path}: cannot read: {exc.strerror or exc}") from exc
    if len(header) < HEADER_SIZE or not header.startswith(SQLITE_MAGIC):
        raise StoreError(f"{path}: not a SQLite database; refusing to use it as a diurna store")
    app_id = int.from_bytes(header[APPLICATION_ID_OFFSET : APPLICATION_ID_OFFSET + 4], "big")
    if app_id == APPLICATION_ID:
        return True
    if app_id != 0:
        raise StoreError(
            f"{path}: a SQLite database of another application (application_id {app_id:#x}),"
            " not a diurna store"
        )
    return False


def foreign_tables(conn: sqlite3.Connection) -> list[str]:
    rows = conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
    return [name for (name,) in rows]


def check_readable(conn: sqlite3.Connection, path: Path, is_diurna: bool) -> int:
    """The schema version of an open database; StoreError if it is not ours or too new."""
    if not is_diurna:
        tables = foreign_tables(conn)
        if tables:
            shown = ", ".join(tables[:5]) + (", …" if len(tables) > 5 else "")
            raise StoreError(
                f"{path}: not a diurna database (it has other tables: {shown});"
                " refusing to modify it"
            )
        return 0
    (version,) = conn.execute("PRAGMA user_version").fetchone()
    if version > LATEST_VERSION:
        raise StoreError(
            f"{path}: written by a newer diurna (schema version {version}; this diurna knows"
            f" up to {LATEST_VERSION}); upgrade diurna to use it"
        )
    return int(version)


def migrate(conn: sqlite3.Connection, path: Path, applied_at: str) -> list[int]:
    """Apply every pending migration in one transaction; returns the versions applied.

    ``conn`` must be in autocommit mode. The version is re-read inside the write transaction,
    so two processes opening a new file at once apply each migration once.
    """
    # Takes effect only while the file is still empty (a new store), and only outside a
    # transaction; an existing store keeps its page size.
    conn.execute(f"PRAGMA page_size = {PAGE_SIZE}")
    conn.execute("BEGIN IMMEDIATE")
    try:
        (version,) = conn.execute("PRAGMA user_version").fetchone()
        pending = [m for m in MIGRATIONS if m.version > version]
        if not pending:
            conn.execute("ROLLBACK")
            return []
        if version == 0:
            conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        conn.execute(
            "CREATE TABLE IF NOT EXISTS schema_migrations"
            " (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)"
        )
        for migration in pending:
            for statement in migration.statements():
                conn.execute(statement)
            conn.execute(
                "INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)",
                (migration.version, migration.name, applied_at),
            )
            conn.execute(f"PRAGMA user_version = {migration.version}")
        conn.execute("COMMIT")
    except sqlite3.Error as exc:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise StoreError(f"{path}: schema migration failed: {exc}") from exc
    return [m.version for m in pending]
