"""The command line, run in-process with typer's CliRunner."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from diurna import __version__
from diurna.cli import app

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
runner = CliRunner()


def test_version_and_help() -> None:
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0 and __version__ in result.output
    for command in ("code", "eval", "explain", "actors"):
        assert runner.invoke(app, [command, "--help"]).exit_code == 0


@pytest.mark.model
def test_code_examples_honours_contract(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["code", str(EXAMPLES), "-o", str(out), "--quiet"])
    assert result.exit_code == 0, result.output
    articles = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(articles) == 8
    keys = {"id", "title", "date", "events", "quotes", "skipped"}
    assert all(keys <= set(a) for a in articles)
    events = [e for a in articles for e in a["events"]]
    assert len(events) >= 10
    for article in articles:
        text = article.get("text")
        for event in article["events"]:
            assert set(event) >= {
                "event_id",
                "source",
                "target",
                "cameo",
                "root",
                "quad_class",
                "goldstein",
                "plover",
                "sentence",
                "trigger",
                "date",
                "date_precision",
                "location",
                "negated",
                "confidence",
                "rule",
            }
            if text is not None:
                s = event["sentence"]
                assert text[s["start"] : s["end"]] == s["text"]


@pytest.mark.model
def test_bad_inputs_are_named_and_the_rest_is_coded(tmp_path: Path) -> None:
    good = tmp_path / "good.jsonl"
    good.write_text(
        '{"id": "ok", "text": "Russia condemned Turkey.", "date": "2015-11-25"}\n{broken\n',
        encoding="utf-8",
    )
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    args = ["code", str(good), str(tmp_path / "empty.txt"), str(tmp_path / "missing.jsonl")]
    result = runner.invoke(app, args)
    assert result.exit_code == 0
    assert "good.jsonl:2" in result.stderr and "malformed JSON" in result.stderr
    assert "empty.txt" in result.stderr and "missing.jsonl" in result.stderr
    assert "skipped 3" in result.stderr
    lines = [json.loads(x) for x in result.stdout.splitlines()]
    assert lines[0]["id"] == "ok" and lines[0]["events"]
    assert runner.invoke(app, [*args, "--strict"]).exit_code == 1
    nothing = runner.invoke(app, ["code", str(tmp_path / "missing.jsonl")])
    assert nothing.exit_code == 1


@pytest.mark.model
def test_tsv_event_lines(tmp_path: Path) -> None:
    src = tmp_path / "a.jsonl"
    src.write_text(
        '{"id": "t1", "text": "Russian President Vladimir Putin condemned Ankara.", '
        '"date": "2015-11-25", "source": "wire"}\n',
        encoding="utf-8",
    )
    result = runner.invoke(app, ["code", str(src), "--format", "tsv", "--quiet"])
    assert result.exit_code == 0
    (row,) = [line.split("\t") for line in result.stdout.splitlines()]
    assert row[0:4] == ["20151125", "RUSGOV", "TUR", "111"]
    assert row[4].startswith("t1;") and row[5] == "wire"


@pytest.mark.model
def test_eval_prints_three_levels(tmp_path: Path) -> None:
    gold = tmp_path / "gold.jsonl"
    gold.write_text(
        '{"id": "1", "text": "Russian President Vladimir Putin condemned Ankara.", '
        '"date": "2015-11-25", '
        '"expected": [{"source": "RUSGOV", "target": "TUR", "code": "111"}]}\n',
        encoding="utf-8",
    )
    result = runner.invoke(app, ["eval", str(gold), "--json"])
    assert result.exit_code == 0, result.output
    scores = json.loads(result.stdout)["all"]
    assert scores["exact"]["f1"] == 1.0 and scores["root"]["recall"] == 1.0
    assert scores["exact_sentence_share"] == 1.0


@pytest.mark.model
def test_explain_shows_decisions() -> None:
    result = runner.invoke(app, ["explain", "Russia could attack Ukraine.", "--date", "2015-01-01"])
    assert result.exit_code == 0
    assert "possibility" in result.stdout


@pytest.mark.model
def test_code_into_a_database_then_resume(tmp_path: Path) -> None:
    import sqlite3

    db = tmp_path / "events.db"
    first = runner.invoke(app, ["code", str(EXAMPLES), "--db", str(db), "--quiet"])
    assert first.exit_code == 0, first.output
    assert first.stdout == ""  # with --db and no -o, the records go to the database only
    with sqlite3.connect(db) as conn:
        counts = [
            conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
            for t in ("articles", "events", "merged_events")
        ]
    assert counts[0] == 8 and counts[1] >= 10 and counts[2] >= 1
    again = runner.invoke(app, ["code", str(EXAMPLES), "--db", str(db), "--resume"])
    assert again.exit_code == 0 and "8 inputs already in" in again.stderr
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*) FROM events").fetchone()[0] == counts[1]
