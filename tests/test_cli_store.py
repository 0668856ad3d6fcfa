"""``diurna merge``, ``query`` and ``export``, run in-process with typer's CliRunner."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from diurna.cli_store import describe, register
from diurna.store import open_store, store_articles
from tests.store.synthetic import Spec, article

runner = CliRunner()


@pytest.fixture(scope="module")
def app() -> typer.Typer:
    main = typer.Typer()
    register(main)
    return main


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "c.db"
    with open_store(path) as store:  # stored without merging: ``diurna merge`` does it
        store.add(article("c1", [Spec(country="UKR", words="shelled")], source="Reuters"))
        store.add(article("c2", [Spec(country="UKR", words="shelled")], source="AP", extra=" x"))
        store.add(article("c3", [Spec("SYRGOV", "SYRREB", "195", "2015-12-01")]))
    return path


def test_commands_are_registered(app: typer.Typer) -> None:
    for command in ("merge", "query", "export"):
        assert runner.invoke(app, [command, "--help"]).exit_code == 0


def test_merge_then_query_merged(app: typer.Typer, db: Path) -> None:
    result = runner.invoke(app, ["merge", "--db", str(db)])
    assert result.exit_code == 0 and "merged 3 events into 2" in result.stderr
    result = runner.invoke(app, ["query", "--db", str(db), "--merged", "--format", "jsonl"])
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(r["source_code"], r["num_sources"]) for r in rows] == [("SYRGOV", 1), ("RUSGOV", 2)]


@pytest.mark.parametrize(
    ("args", "count"),
    [
        (["--actor", "RUS"], 2),
        (["--root", "19", "--country", "UKR"], 2),
        (["--near", "50.45,30.52,5"], 2),
        (["--text", "shelled", "--limit", "1"], 1),
        (["--since", "2015-12-01"], 1),
    ],
)
def test_query_filters(app: typer.Typer, db: Path, args: list[str], count: int) -> None:
    result = runner.invoke(app, ["query", "--db", str(db), "--format", "jsonl", *args])
    assert result.exit_code == 0, result.output
    assert len(result.stdout.splitlines()) == count


def test_query_table_and_csv(app: typer.Typer, db: Path) -> None:
    table = runner.invoke(app, ["query", "--db", str(db), "--actor", "SYR"])
    assert table.exit_code == 0 and "SYRGOV" in table.stdout and "Story c3" in table.stdout
    rows = runner.invoke(app, ["query", "--db", str(db), "--format", "csv"]).stdout.splitlines()
    assert rows[0].startswith("event_id,date,source_code") and len(rows) == 4


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--near", "north"], "--near: expected LAT,LON,KM"),
        (["--since", "yesterday"], "--since: not a date"),
        (["--text", "AND AND"], "--text: not a valid full-text query"),
    ],
)
def test_query_bad_input_is_named(
    app: typer.Typer, db: Path, args: list[str], message: str
) -> None:
    result = runner.invoke(app, ["query", "--db", str(db), *args])
    assert result.exit_code == 2 and message in result.stderr


def test_export_and_its_errors(app: typer.Typer, db: Path, tmp_path: Path) -> None:
    out = tmp_path / "events.tsv"
    stale = runner.invoke(app, ["export", "--db", str(db), "--format", "gdelt", "-o", str(out)])
    assert stale.exit_code == 2 and "run diurna merge" in stale.stderr
    assert runner.invoke(app, ["merge", "--db", str(db)]).exit_code == 0
    result = runner.invoke(app, ["export", "--db", str(db), "--format", "gdelt", "-o", str(out)])
    assert result.exit_code == 0 and "wrote 2 gdelt rows" in result.stderr
    assert {len(line.split("\t")) for line in out.read_text().splitlines()} == {61}
    bad = runner.invoke(app, ["export", "--db", str(db), "--format", "xml", "-o", str(out)])
    assert bad.exit_code == 2 and "unknown export format 'xml'" in bad.stderr


def test_a_foreign_file_is_refused_untouched(app: typer.Typer, tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE notes (body TEXT)")
    before = path.read_bytes()
    for args in (["merge"], ["query"], ["export", "--format", "csv", "-o", "-"]):
        result = runner.invoke(app, [*args, "--db", str(path)])
        assert result.exit_code == 2, args
        assert "notes.db: not a diurna database" in result.stderr
    assert path.read_bytes() == before


def test_describe_for_code_db(tmp_path: Path) -> None:
    summary = store_articles(tmp_path / "d.db", [article("d1"), article("d2", source="AP")])
    text = describe(summary)
    assert text.startswith("stored 2 new and 0 changed articles (2 events, 2 quotes)")
    assert "merged 2 events into 1 (1 reported by several sources" in text
