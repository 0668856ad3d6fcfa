"""Integrity of the CAMEO ontology file."""

from __future__ import annotations

from pathlib import Path

import pytest

from diurna.coding.ontology import Ontology, load_ontology, quad_class_of_root
from diurna.errors import KnowledgeError

# Plain statements have no PLOVER category (see the header of cameo.tsv).
NO_PLOVER = {"01", "010", "011", "012", "013", "014", "017"}


def test_every_code_has_root_parent_score_quad_and_plover(ontology: Ontology) -> None:
    assert len(ontology.codes) >= 300
    for code, entry in ontology.codes.items():
        assert code[:2] in ontology, code
        if len(code) == 4:
            assert code[:3] in ontology, code
        assert -10.0 <= entry.goldstein <= 10.0
        assert entry.quad_class == quad_class_of_root(code[:2])
        assert entry.name
        if code not in NO_PLOVER:
            assert entry.plover, code


def test_all_twenty_roots_present(ontology: Ontology) -> None:
    assert [f"{r:02d}" for r in range(1, 21)] == sorted(c for c in ontology.codes if len(c) == 2)


@pytest.mark.parametrize(
    ("code", "goldstein", "quad", "plover"),
    [("195", -10.0, 4, "ASSAULT"), ("111", -2.0, 3, "ACCUSE"), ("042", 1.9, 1, "CONSULT")],
)
def test_known_facts(
    ontology: Ontology, code: str, goldstein: float, quad: int, plover: str
) -> None:
    entry = ontology.get(code)
    assert (entry.goldstein, entry.quad_class, entry.plover) == (goldstein, quad, plover)


def test_matches_plover_crosswalk_codes(ontology: Ontology) -> None:
    from tests.conftest import shared_file

    crosswalk = shared_file("reference", "CAMEO2PLOVER-2021.txt")
    for line in crosswalk.read_text(encoding="utf-8").splitlines():
        code = line.split(":", 1)[0].strip()
        if code.isdigit() and len(code) >= 3:
            assert code in ontology, code


@pytest.mark.parametrize(
    ("row", "reason"),
    [
        ("999\tx\t0.0\t1\tAGREE\t-\t-", "not a CAMEO code"),
        ("190\tx\t-12.0\t4\tASSAULT\t-\t-", "out of range"),
        ("190\tx\t-10.0\t2\tASSAULT\t-\t-", "QuadClass"),
        ("190\tx\t-10.0", "expected 7"),
    ],
)
def test_malformed_rows_fail_with_line(tmp_path: Path, row: str, reason: str) -> None:
    path = tmp_path / "cameo.tsv"
    path.write_text("# header\n" + row + "\n", encoding="utf-8")
    with pytest.raises(KnowledgeError, match=reason) as info:
        load_ontology(path)
    assert info.value.line == 2


def test_force_words_only_name_artillery_or_air_codes(tmp_path: Path) -> None:
    from diurna.coding.ontology import load_force_words

    words = load_force_words()
    assert words["jet"] == "195" and words["artillery"] == "194" and words["drone"] == "1952"
    bad = tmp_path / "force.tsv"
    bad.write_text("# mine\njet\t190\n", encoding="utf-8")
    with pytest.raises(KnowledgeError, match="194, 195 or 1952"):
        load_force_words(bad)
