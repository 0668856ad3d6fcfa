"""The real coder's output stored, read back, merged and exported (loads the spaCy model)."""

from __future__ import annotations

from pathlib import Path

import pytest

from diurna.export import export
from diurna.ingest import read_inputs
from diurna.pipeline import Coder, process
from diurna.store import open_store, query, store_articles

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


@pytest.mark.model
def test_coded_examples_round_trip_through_the_store(coder: Coder, tmp_path: Path) -> None:
    articles = list(process(read_inputs([str(EXAMPLES)]), coder))
    coded = [a for a in articles if a.skipped is None]
    db = tmp_path / "examples.db"
    summary = store_articles(db, articles)
    assert summary.written.added == len(coded) and summary.merge is not None
    with open_store(db) as store:
        for original in coded:
            assert original.id is not None
            assert store.article(original.id) == original
    events = sum(len(a.events) for a in coded)
    assert len(query(db, negated=True, limit=None)) == events > 0
    out = tmp_path / "events.gdelt"
    assert export(db, "gdelt", out) == summary.merge.merged
    assert {len(line.split("\t")) for line in out.read_text(encoding="utf-8").splitlines()} == {61}
