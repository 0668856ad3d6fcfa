"""The gold gate: scores on tests/gold never fall below the pinned floors (a ratchet)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from diurna.evaluate import check_floors, digest, evaluate, load_gold
from diurna.evaluate_actors import evaluate_actors, load_actor_gold
from diurna.pipeline import Coder
from tests.conftest import shared_file

GOLD = Path(__file__).resolve().parent / "gold"

pytestmark = pytest.mark.model


def test_gold_has_enough_sentences_across_roots() -> None:
    sentences = load_gold(GOLD / "sentences.jsonl")
    assert len(sentences) >= 60
    roots = {code[:2] for s in sentences for _, _, code in s.expected}
    assert len(roots) >= 15
    assert {s.split for s in sentences} == {"tune", "heldout"}


def test_scores_at_or_above_floors(coder: Coder) -> None:
    ratchet = json.loads((GOLD / "floors.json").read_text(encoding="utf-8"))
    assert ratchet["digest"] == digest(GOLD / "sentences.jsonl"), (
        "tests/gold/sentences.jsonl changed: re-run diurna eval with --floors and re-pin"
    )
    scores = evaluate(load_gold(GOLD / "sentences.jsonl"), coder)
    assert check_floors(scores, ratchet["floors"]) == []


def test_wire_sentences_at_or_above_floors(coder: Coder) -> None:
    """The second sentence gold: wire-style sentences and short articles across all roots,
    its two held-out parts unread by developers (see wire.floors.json)."""
    gold = GOLD / "wire.jsonl"
    ratchet = json.loads((GOLD / "wire.floors.json").read_text(encoding="utf-8"))
    assert ratchet["digest"] == digest(gold), f"{gold} changed: re-pin its floors"
    sentences = load_gold(gold)
    assert len(sentences) >= 500 and {s.split for s in sentences} == {"tune", "heldout", "heldout2"}
    assert check_floors(evaluate(sentences, coder), ratchet["floors"]) == []


def test_actor_mentions_at_or_above_floors(coder: Coder) -> None:
    gold = GOLD / "articles_actors.jsonl"
    ratchet = json.loads((GOLD / "articles_actors.floors.json").read_text(encoding="utf-8"))
    assert ratchet["digest"] == digest(gold), f"{gold} changed: re-pin its floors"
    articles = load_actor_gold(gold)
    assert len(articles) >= 15 and {a.split for a in articles} == {"tune", "heldout"}
    assert check_floors(evaluate_actors(articles, coder), ratchet["floors"]) == []


@pytest.mark.parametrize("name", ["plover_gsr_cameo", "petrarch2_gsr_validation"])
def test_bench_scores_at_or_above_floors(coder: Coder, name: str) -> None:
    """The shared benches (issue 4's measures) keep their own ratchet; the bench files stay in
    ../shared and only their digests are pinned here."""
    bench = shared_file("bench", f"{name}.jsonl")
    ratchet = json.loads((GOLD / f"bench_{name}.floors.json").read_text(encoding="utf-8"))
    assert ratchet["digest"] == digest(bench), f"{bench} changed: re-pin its floors"
    assert check_floors(evaluate(load_gold(bench), coder), ratchet["floors"]) == []
