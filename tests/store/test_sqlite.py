"""The SQLite store: idempotent upserts, round trips, schema records, refusals, bulk loads."""

from __future__ import annotations

import gc
import os
import re
import sqlite3
import stat
from dataclasses import replace
from pathlib import Path

import pytest

from diurna.model import CodedArticle
from diurna.store import StoreError, open_store, store_articles
from diurna.store.schema import APPLICATION_ID, LATEST_VERSION, PAGE_SIZE
from diurna.store.sqlite import gc_paused
from tests.store.synthetic import Spec, article, corpus

TABLES = ("articles", "events", "quotes", "skipped", "merged_events", "merged_members")


def counts(path: Path) -> dict[str, int]:
    with sqlite3.connect(path) as conn:
        return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}


def fts_hits(path: Path, table: str, query: str) -> int:
    with sqlite3.connect(path) as conn:
        sql = f"SELECT count(*) FROM {table} WHERE {table} MATCH ?"
        return int(conn.execute(sql, (query,)).fetchone()[0])


def containing(articles: list[CodedArticle], word: str) -> int:
    return sum(word in re.findall(r"\w+", a.article_text or "") for a in articles)


def integrity(path: Path) -> list[str]:
    with sqlite3.connect(path) as conn:
        problems = [row[0] for row in conn.execute("PRAGMA integrity_check")]
        conn.execute("INSERT INTO articles_fts (articles_fts) VALUES ('integrity-check')")
    return problems


def test_rerun_changes_nothing(tmp_path: Path) -> None:
    db = tmp_path / "d.db"
    articles = corpus(30)
    first = store_articles(db, articles)
    before = counts(db)
    with open_store(db) as store:
        version = store.meta("data_version")
    second = store_articles(db, articles)
    assert first.written.added == 30 and first.merge is not None
    assert second.written.unchanged == 30
    assert (second.written.added, second.written.updated, second.written.events) == (0, 0, 0)
    assert second.merge is None  # nothing changed, so the merge is still current
    assert counts(db) == before
    with open_store(db) as store:
        assert store.meta("data_version") == version
        assert store.merged_is_current()
    assert integrity(db) == ["ok"]


def test_changed_article_replaces_its_rows(tmp_path: Path) -> None:
    db = tmp_path / "d.db"
    old = article("a1", [Spec(words="shelled"), Spec(cameo="111", words="condemned")])
    new = article("a1", [Spec(cameo="042", words="visited")])
    store_articles(db, [old, article("a2")])
    summary = store_articles(db, [new])
    assert summary.written.updated == 1
    assert counts(db)["events"] == 2  # a1's one new event + a2's
    assert fts_hits(db, "articles_fts", "visited") == 1
    assert fts_hits(db, "articles_fts", "shelled") == 0
    with open_store(db) as store:
        assert store.article("a1") == new
    assert integrity(db) == ["ok"]


@pytest.mark.parametrize("with_text", [True, False])
def test_stored_article_round_trips(tmp_path: Path, with_text: bool) -> None:
    original = article(
        "rt", [Spec(country="SYR"), Spec(target=None, cameo="0211", date=None)], with_text=with_text
    )
    with open_store(tmp_path / "d.db") as store:
        store.add(original)
        back = store.article("rt")
        text = store.conn.execute("SELECT text, text_complete FROM articles").fetchone()
    if with_text:
        assert back == original
    else:
        # Without the article text, the coded sentences are kept at their offsets.
        assert back.events == original.events and back.quotes == original.quotes
        assert text["text_complete"] == 0
        for event in original.events:
            assert text["text"][event.sentence.start : event.sentence.end] == event.sentence.text


def test_skipped_inputs_are_stored_then_cleared(tmp_path: Path) -> None:
    db = tmp_path / "d.db"
    skipped = CodedArticle(id=None, origin="test:a1", skipped="empty file")
    store_articles(db, [skipped], merge=False)
    store_articles(db, [skipped], merge=False)
    assert counts(db)["skipped"] == 1
    store_articles(db, [article("a1")], merge=False)  # same origin, now coded
    assert counts(db)["skipped"] == 0


def test_schema_is_recorded_and_readable_without_diurna(tmp_path: Path) -> None:
    db = tmp_path / "d.db"
    store_articles(db, corpus(5))
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
        assert conn.execute("PRAGMA user_version").fetchone()[0] == LATEST_VERSION
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert conn.execute("PRAGMA page_size").fetchone()[0] == PAGE_SIZE
        versions = [v for (v,) in conn.execute("SELECT version FROM schema_migrations")]
        assert versions == list(range(1, LATEST_VERSION + 1))
        mentions = conn.execute("SELECT role, count(*) FROM actor_mentions GROUP BY role")
        assert dict(mentions.fetchall())["source"] == counts(db)["events"]
        columns = {row[1] for row in conn.execute("PRAGMA table_info(events)")}
    wanted = {"source_code", "target_code", "cameo", "root", "quad_class", "goldstein", "plover"}
    wanted |= {"date", "country", "lat", "lon", "confidence", "rule", "sentence_text"}
    assert wanted <= columns


def write_sqlite_with_table(path: Path) -> None:
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE users (name TEXT)")


def write_newer_diurna(path: Path) -> None:
    store_articles(path, [article("a1")], merge=False)
    with sqlite3.connect(path) as conn:
        conn.execute(f"PRAGMA user_version = {LATEST_VERSION + 1}")
        conn.execute("PRAGMA journal_mode = DELETE")


def write_other_application(path: Path) -> None:
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA application_id = 12345")
        conn.execute("CREATE TABLE t (x)")


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda p: p.write_text("id,name\n1,x\n" * 20, encoding="utf-8"), "not a SQLite database"),
        (write_sqlite_with_table, "not a diurna database (it has other tables: users)"),
        (write_newer_diurna, f"schema version {LATEST_VERSION + 1}"),
        (write_other_application, "another application"),
    ],
    ids=["text-file", "foreign-sqlite", "newer-schema", "other-application"],
)
@pytest.mark.parametrize("readonly", [False, True])
def test_foreign_or_newer_files_are_refused_untouched(
    tmp_path: Path, make: object, message: str, readonly: bool
) -> None:
    path = tmp_path / "x.db"
    make(path)  # type: ignore[operator]
    before = path.read_bytes()
    with pytest.raises(StoreError, match=r"x\.db") as refused:
        open_store(path, readonly=readonly)
    assert message in str(refused.value)
    assert path.read_bytes() == before
    assert not Path(f"{path}-wal").exists()


def test_readonly_store_refuses_writes_and_stays_consistent(tmp_path: Path) -> None:
    db = tmp_path / "d.db"
    store_articles(db, corpus(5))
    before = counts(db)
    with open_store(db, readonly=True) as store, pytest.raises(StoreError, match="read-only"):
        store.add(article("new"))
    assert counts(db) == before
    assert integrity(db) == ["ok"]


def test_a_full_disk_fails_clearly_and_leaves_the_store_as_it_was(tmp_path: Path) -> None:
    db = tmp_path / "d.db"
    store_articles(db, corpus(5))
    before = counts(db)
    with open_store(db) as store:
        # The file may not grow: SQLite answers as it does when the disk is full.
        (pages,) = store.conn.execute("PRAGMA page_count").fetchone()
        store.conn.execute(f"PRAGMA max_page_count = {pages}")
        with pytest.raises(StoreError, match=r"d\.db: write failed, nothing was changed: .*full"):
            store.add_many(corpus(300, seed=9))
    assert counts(db) == before
    assert integrity(db) == ["ok"]
    store_articles(db, [article("after")])  # with room again, writing goes on
    assert counts(db)["articles"] == before["articles"] + 1


def test_readonly_file_is_refused_with_a_clear_message(tmp_path: Path) -> None:
    db = tmp_path / "d.db"
    store_articles(db, corpus(3))
    before = counts(db)
    db.chmod(stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH)
    try:
        if os.access(db, os.W_OK):
            pytest.skip("this user (root) can write to read-only files")
        with pytest.raises(StoreError, match="read-only"):
            store_articles(db, [article("new")])
    finally:
        db.chmod(stat.S_IRUSR | stat.S_IWUSR)
    assert counts(db) == before


def test_bulk_load_ends_like_an_online_load(tmp_path: Path) -> None:
    articles = corpus(60, seed=3)
    store_articles(tmp_path / "online.db", articles)
    with open_store(tmp_path / "bulk.db") as store:
        with store.bulk():
            store.add_many(articles[:30])
            store.add_many(articles[30:])
        names = {n for (n,) in store.conn.execute("SELECT name FROM sqlite_master")}
        assert {"events_source", "articles_fts_insert"} <= names
        assert store.meta("deferred") == ""
    store_articles(tmp_path / "bulk.db", [], merge=True)
    assert counts(tmp_path / "bulk.db") == counts(tmp_path / "online.db")
    for db in ("bulk.db", "online.db"):
        assert fts_hits(tmp_path / db, "articles_fts", "lorem") == containing(articles, "lorem")
        assert integrity(tmp_path / db) == ["ok"]


def test_interrupted_bulk_load_is_repaired_on_open(tmp_path: Path) -> None:
    db = tmp_path / "d.db"
    articles = corpus(20)
    store = open_store(db)
    store.defer_indexes()  # what Store.bulk does first; then the process "dies" mid-load
    store.add_many(articles)
    store.conn.close()
    with sqlite3.connect(db) as conn:
        indexes = {n for (n,) in conn.execute("SELECT name FROM sqlite_master")}
    assert "events_source" not in indexes
    with open_store(db) as reopened:
        assert reopened.meta("deferred") == ""
        names = {n for (n,) in reopened.conn.execute("SELECT name FROM sqlite_master")}
    assert "events_source" in names
    assert fts_hits(db, "articles_fts", "lorem") == containing(articles, "lorem") > 0
    assert integrity(db) == ["ok"]


def test_bulk_load_replaces_a_stored_article(tmp_path: Path) -> None:
    db = tmp_path / "d.db"
    old = article("a1", [Spec(words="shelled"), Spec(cameo="111", words="condemned")])
    new = article("a1", [Spec(cameo="042", words="visited")])
    store_articles(db, [old, article("a2")], merge=False)
    with open_store(db) as store:
        with store.bulk():
            written = store.add_many([new, article("a3")])
            names = {n for (n,) in store.conn.execute("SELECT name FROM sqlite_master")}
            # Replacing deletes by article id: that index is back, the others still deferred.
            assert "events_article" in names and "events_source" not in names
        assert (written.added, written.updated) == (1, 1)
        assert store.article("a1") == new
    assert counts(db)["events"] == 3  # a1's one new event + a2's + a3's
    assert fts_hits(db, "articles_fts", "visited") == 1
    assert fts_hits(db, "articles_fts", "shelled") == 0
    assert integrity(db) == ["ok"]


def test_bulk_load_keeps_the_first_of_repeated_ids_like_an_online_load(tmp_path: Path) -> None:
    original = article("a1", [Spec(words="shelled"), Spec(cameo="111", words="condemned")])
    first, second = original.events
    repeated = replace(original, events=(first, replace(second, event_id=first.event_id)))
    store_articles(tmp_path / "online.db", [repeated], merge=False)
    with open_store(tmp_path / "bulk.db") as store, store.bulk():
        assert store.add_many([repeated]).events == 2  # both inserted; one dropped at the end
    for db in ("online.db", "bulk.db"):
        assert counts(tmp_path / db)["events"] == 1
        with open_store(tmp_path / db) as store:
            assert store.article("a1").events == (first,)
            assert store.add(repeated).unchanged == 1  # as stored, not rewritten on every run
        assert integrity(tmp_path / db) == ["ok"]


@pytest.mark.parametrize("enabled", [True, False])
def test_batch_writes_leave_the_garbage_collector_as_they_found_it(
    tmp_path: Path, enabled: bool
) -> None:
    was = gc.isenabled()
    (gc.enable if enabled else gc.disable)()
    try:
        with open_store(tmp_path / "d.db") as store:
            with gc_paused():
                assert not gc.isenabled()
            store.add_many(corpus(3))
            assert gc.isenabled() == enabled
    finally:
        (gc.enable if was else gc.disable)()


@pytest.mark.parametrize(
    "change",
    [
        {"confidence": 0.81},
        {"date": None, "date_precision": "month"},
        {"location": None},
        {"goldstein": -9.5},
    ],
    ids=["confidence", "date", "place", "goldstein"],
)
def test_any_changed_value_replaces_the_article(tmp_path: Path, change: dict[str, object]) -> None:
    db = tmp_path / "d.db"
    old = article("a1", [Spec(country="SYR"), Spec(cameo="111", words="condemned")])
    new = replace(old, events=(replace(old.events[0], **change), old.events[1]))
    with open_store(db) as store:
        store.add(old)
        assert store.add(old).unchanged == 1
        assert store.add(new).updated == 1
        assert store.add(new).unchanged == 1
        assert store.article("a1") == new


def test_stored_articles_met_in_a_bulk_load_are_compared_not_rewritten(tmp_path: Path) -> None:
    db = tmp_path / "d.db"
    articles = corpus(20, seed=5)
    store_articles(db, articles[:10], merge=False)
    with open_store(db) as store:
        with store.bulk():
            written = store.add_many(articles)
        assert (written.added, written.updated, written.unchanged) == (10, 0, 10)
        version = store.meta("data_version")
        with store.bulk():
            assert store.add_many(articles).unchanged == 20
        assert store.meta("data_version") == version
    assert integrity(db) == ["ok"]
