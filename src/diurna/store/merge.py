"""``diurna merge`` on a store: read events, merge them (``diurna.dedupe``), and rebuild the
merged tables in one transaction (readers see the old snapshot or the new one).
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from diurna.dedupe import (
    MergedEvent,
    Outlet,
    Report,
    cluster_reports,
    co_reporting,
    finish_merge,
    near_duplicates,
    simhash,
)
from diurna.store.sqlite import ID_CHUNK, Store

log = logging.getLogger(__name__)

SIGN_BIT = 1 << 63  # SQLite integers are signed 64-bit: fingerprints are stored two's-complement

REPORTS = (
    "SELECT event_id, article_id, date, source_code, target_code, cameo, country,"
    " sentence_index, confidence FROM events WHERE negated = 0"
)
MERGED_INDEXES = (
    "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"
    " AND tbl_name IN ('merged_events', 'merged_members')"
)
INSERT_MERGED = (
    "INSERT INTO merged_events (merged_id, event_id, article_id, date, last_date, source_code,"
    " source_country, target_code, target_country, cameo, base_code, root, quad_class,"
    " goldstein, plover, place, country, lat, lon, geonames_id, num_mentions, num_sources,"
    " num_articles, first_report, last_report, is_root_event, confidence)"
    " SELECT ?, r.event_id, r.article_id, ?, ?, r.source_code, r.source_country, r.target_code,"
    " r.target_country, r.cameo, r.base_code, r.root, r.quad_class, r.goldstein, r.plover,"
    " p.place, p.country, p.lat, p.lon, p.geonames_id, ?, ?, ?, ?, ?, ?, ?"
    " FROM events AS r LEFT JOIN events AS p ON p.event_id = ? WHERE r.event_id = ?"
)


@dataclass(frozen=True, slots=True)
class MergeSummary:
    """What a merge did: events considered, merged events written, near-duplicates flagged."""

    events: int
    merged: int
    multi_source: int
    near_duplicates: int
    fingerprinted: int


def to_signed(value: int) -> int:
    return value - (1 << 64) if value & SIGN_BIT else value


def to_unsigned(value: int) -> int:
    return value + (1 << 64) if value < 0 else value


def merge_store(store: Store) -> MergeSummary:
    """Rebuild ``merged_events``/``merged_members`` and ``articles.duplicate_of`` from events."""
    with store.transaction() as conn:
        version = conn.execute("SELECT value FROM meta WHERE key = 'data_version'").fetchone()[0]
        outlets = {
            row[0]: Outlet(row[1], row[2])
            for row in conn.execute("SELECT id, source, date FROM articles")
        }
        reports = [Report(*row) for row in conn.execute(REPORTS)]
        clusters = cluster_reports(reports, outlets)
        fingerprints, computed = fingerprint(conn, co_reporting(clusters))
        stories = near_duplicates(clusters, fingerprints, outlets)
        merged = finish_merge(clusters, outlets, stories)
        write_merged(conn, merged, stories)
        conn.execute("UPDATE meta SET value = ? WHERE key = 'merged_version'", (version,))
    summary = MergeSummary(
        events=len(reports),
        merged=len(merged),
        multi_source=sum(m.num_sources > 1 for m in merged),
        near_duplicates=len(stories),
        fingerprinted=computed,
    )
    log.info("merged %d events into %d", summary.events, summary.merged)
    return summary


def fingerprint(conn: sqlite3.Connection, articles: Iterable[str]) -> tuple[dict[str, int], int]:
    """Simhashes of ``articles``: stored ones read, missing ones computed and stored."""
    wanted = sorted(articles)
    found: dict[str, int] = {}
    missing: list[str] = []
    for start in range(0, len(wanted), ID_CHUNK):
        chunk = wanted[start : start + ID_CHUNK]
        marks = ", ".join("?" for _ in chunk)
        sql = f"SELECT id, simhash, text FROM articles WHERE id IN ({marks})"
        for article_id, stored, text in conn.execute(sql, chunk):
            if stored is not None:
                found[article_id] = to_unsigned(stored)
                continue
            value = simhash(text)
            if value is not None:
                found[article_id] = value
                missing.append(article_id)
    conn.executemany(
        "UPDATE articles SET simhash = ? WHERE id = ?",
        [(to_signed(found[a]), a) for a in missing],
    )
    return found, len(missing)


def write_merged(
    conn: sqlite3.Connection, merged: Iterable[MergedEvent], stories: Mapping[str, str]
) -> None:
    """Replace the merged tables; their indexes are rebuilt after the rows are in (faster)."""
    indexes = conn.execute(MERGED_INDEXES).fetchall()
    for name, _ in indexes:
        conn.execute(f"DROP INDEX {name}")
    conn.execute("DELETE FROM merged_members")
    conn.execute("DELETE FROM merged_events")
    conn.execute("UPDATE articles SET duplicate_of = NULL WHERE duplicate_of IS NOT NULL")
    conn.executemany(
        "UPDATE articles SET duplicate_of = ? WHERE id = ?",
        [(story, article) for article, story in stories.items()],
    )
    rows: list[tuple[object, ...]] = []
    members: list[tuple[str, str, str]] = []
    for m in merged:
        rows.append(
            (
                m.merged_id,
                m.date,
                m.last_date,
                m.num_mentions,
                m.num_sources,
                m.num_articles,
                m.first_report,
                m.last_report,
                int(m.is_root_event),
                m.confidence,
                m.place_event,
                m.representative,
            )
        )
        members.extend((event, m.merged_id, article) for event, article in m.members)
    conn.executemany(INSERT_MERGED, rows)
    conn.executemany(
        "INSERT INTO merged_members (event_id, merged_id, article_id) VALUES (?, ?, ?)", members
    )
    for _, sql in indexes:
        conn.execute(sql)
