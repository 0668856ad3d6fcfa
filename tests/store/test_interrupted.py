"""An ingest or bulk load killed (SIGKILL) at random points, then re-run, ends exactly like an
unbroken run.
"""

from __future__ import annotations

import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from diurna.store import merge_store, open_store
from tests.store.ingest import SEED, bulk_load
from tests.store.synthetic import corpus

ROOT = Path(__file__).resolve().parents[2]
ARTICLES = 2000
KILLS = 3
SNAPSHOT = {
    "articles": "SELECT id, origin, text, num_events FROM articles ORDER BY id",
    "events": "SELECT event_id, article_id FROM events ORDER BY event_id",
    "quotes": "SELECT quote_id FROM quotes ORDER BY quote_id",
    "merged": "SELECT merged_id, num_mentions, num_sources, num_articles FROM merged_events"
    " ORDER BY merged_id",
    "members": "SELECT event_id, merged_id FROM merged_members ORDER BY event_id",
}


def snapshot(db: Path) -> dict[str, list[tuple[object, ...]]]:
    with sqlite3.connect(db) as conn:
        return {name: conn.execute(sql).fetchall() for name, sql in SNAPSHOT.items()}


def stored_articles(db: Path) -> int:
    if not db.exists():
        return 0
    with sqlite3.connect(db) as conn:
        tables = {n for (n,) in conn.execute("SELECT name FROM sqlite_master")}
        if "articles" not in tables:
            return 0
        return int(conn.execute("SELECT count(*) FROM articles").fetchone()[0])


def run(db: Path, *flags: str) -> subprocess.Popen[str]:
    command = [sys.executable, "-m", "tests.store.ingest", str(db), str(ARTICLES), *flags]
    return subprocess.Popen(command, cwd=ROOT, stdout=subprocess.PIPE, text=True)


def test_killed_ingest_resumes_without_loss_or_duplicates(tmp_path: Path) -> None:
    reference = tmp_path / "reference.db"
    start = time.perf_counter()
    with open_store(reference) as store:
        for article in corpus(ARTICLES, seed=SEED):
            store.add(article)
        merge_store(store)
    ingest_seconds = time.perf_counter() - start

    db = tmp_path / "killed.db"
    rng = random.Random(2026)
    partial = []
    for round_ in range(KILLS):
        process = run(db, *(["--resume"] if round_ % 2 else []))
        assert process.stdout is not None
        assert process.stdout.readline().strip() == "ready"
        time.sleep(rng.uniform(0.05, 0.7) * ingest_seconds)
        process.send_signal(signal.SIGKILL)
        process.wait()
        process.stdout.close()
        partial.append(stored_articles(db))
    assert any(0 < n < ARTICLES for n in partial), f"no kill landed mid-ingest: {partial}"

    process = run(db, "--resume")
    out, _ = process.communicate(timeout=120)
    assert process.returncode == 0 and out.split() == ["ready", "done"]
    assert snapshot(db) == snapshot(reference)
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        conn.execute("INSERT INTO articles_fts (articles_fts) VALUES ('integrity-check')")


@pytest.mark.parametrize("resume", [False, True])
def test_plain_rerun_after_a_clean_run_changes_nothing(tmp_path: Path, resume: bool) -> None:
    db = tmp_path / "d.db"
    articles = corpus(50, seed=SEED)
    with open_store(db) as store:
        for article in articles:
            store.add(article)
        merge_store(store)
    before = snapshot(db)
    with open_store(db) as store:
        for article in articles:
            if not (resume and article.id and store.has_article(article.id)):
                assert store.add(article).unchanged == 1
        assert store.merged_is_current()
    assert snapshot(db) == before


def needs_repair(db: Path) -> bool:
    """Whether a killed bulk load left deferred indexes (or stopped before any commit)."""
    if not db.exists():
        return False
    with sqlite3.connect(db) as conn:
        tables = {n for (n,) in conn.execute("SELECT name FROM sqlite_master")}
        if "meta" not in tables:
            return False
        row = conn.execute("SELECT 1 FROM meta WHERE key = 'deferred'").fetchone()
        return row is not None


def test_killed_bulk_load_is_repaired_and_resumes_without_loss(tmp_path: Path) -> None:
    reference = tmp_path / "reference.db"
    with open_store(reference) as store:
        start = time.perf_counter()
        bulk_load(store, corpus(ARTICLES, seed=SEED))
        load_seconds = time.perf_counter() - start
        merge_store(store)

    db = tmp_path / "killed.db"
    rng = random.Random(2027)
    interrupted = 0
    for _ in range(3 * KILLS):  # a kill may land before the load starts or after it ends
        process = run(db, "--bulk")
        assert process.stdout is not None
        assert process.stdout.readline().strip() == "ready"
        time.sleep(rng.uniform(0.1, 0.9) * load_seconds)
        process.send_signal(signal.SIGKILL)
        process.wait()
        process.stdout.close()
        interrupted += needs_repair(db)
        if interrupted == KILLS:
            break
    assert interrupted, "no kill landed inside the bulk load"

    process = run(db, "--bulk")
    out, _ = process.communicate(timeout=120)
    assert process.returncode == 0 and out.split() == ["ready", "done"]
    assert not needs_repair(db)
    assert snapshot(db) == snapshot(reference)
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        conn.execute("INSERT INTO articles_fts (articles_fts) VALUES ('integrity-check')")
