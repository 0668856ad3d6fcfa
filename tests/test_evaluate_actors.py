"""Article-level actor gold: locating mentions and scoring resolution."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from diurna.errors import DiurnaError
from diurna.evaluate_actors import evaluate_actors, load_actor_gold, locate
from diurna.pipeline import Coder


@pytest.mark.parametrize(
    ("phrase", "occurrence", "expected"),
    [("he", 1, 1), ("he", 2, 8), ("Putin", 1, 20), ("x", 1, -1)],
)
def test_locate(phrase: str, occurrence: int, expected: int) -> None:
    assert locate("The day he left, Mr Putin", phrase, occurrence) == expected


def write(tmp_path: Path, mentions: list[dict[str, object]]) -> Path:
    text = "Russian President Vladimir Putin arrived in Ankara. The president said he was glad."
    path = tmp_path / "actors.jsonl"
    record = {"id": "a1", "text": text, "date": "2016-08-09", "mentions": mentions}
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    return path


def test_unlocatable_mention_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(DiurnaError, match="not in the text"):
        load_actor_gold(write(tmp_path, [{"text": "Erdogan", "occurrence": 1, "code": "TURGOV"}]))


@pytest.mark.model
def test_coreference_chain_scores(tmp_path: Path, coder: Coder) -> None:
    mentions: list[dict[str, object]] = [
        {"text": "Russian President Vladimir Putin", "occurrence": 1, "code": "RUSGOV"},
        {"text": "Ankara", "occurrence": 1, "code": "TUR"},
        {"text": "The president", "occurrence": 1, "code": "RUSGOV"},
        {"text": "he", "occurrence": 2, "code": "RUSGOV"},
    ]
    scores = evaluate_actors(load_actor_gold(write(tmp_path, mentions)), coder)["all"]
    assert scores["gold_mentions"] == 4
    assert scores["found"] == 1.0 and scores["full"] == 1.0 and scores["precision"] == 1.0
