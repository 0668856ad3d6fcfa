"""Integrity of the verb lexicon and its pattern grammar."""

from __future__ import annotations

from pathlib import Path

import pytest

from diurna.coding.lexicon import Lexicon, load_lexicon, parse_pattern
from diurna.coding.ontology import Ontology
from diurna.errors import KnowledgeError


def test_size_and_every_root_covered(lexicon: Lexicon) -> None:
    assert len(lexicon) >= 1500
    roots = {p.code[:2] for p in lexicon.patterns()}
    assert roots == {f"{r:02d}" for r in range(1, 21)}


def test_every_pattern_code_exists(lexicon: Lexicon, ontology: Ontology) -> None:
    for pattern in lexicon.patterns():
        assert pattern.code in ontology, pattern.rule


def test_no_duplicate_patterns(lexicon: Lexicon) -> None:
    seen: set[tuple[object, ...]] = set()
    for p in lexicon.patterns():
        key = (
            p.code,
            p.head,
            p.noun,
            p.particle,
            p.objects,
            p.modifiers,
            p.complements,
            p.target_preps,
            p.required_preps,
            p.prep_objects,
        )
        assert key not in seen, p.rule
        seen.add(key)


def test_more_specific_patterns_come_first(lexicon: Lexicon) -> None:
    for patterns in lexicon.verbs.values():
        specificity = [p.specificity for p in patterns]
        assert specificity == sorted(specificity, reverse=True)


@pytest.mark.parametrize(
    ("text", "expect"),
    [
        ("shoot ~down", ("shoot", False, "down", set(), set())),
        (
            "impose =sanction|embargo >on|against",
            ("impose", False, None, {"sanction", "embargo"}, {"on", "against"}),
        ),
        ("n:strike :air >on", ("strike", True, None, set(), {"on"})),
    ],
)
def test_parse_pattern(text: str, expect: tuple[object, ...]) -> None:
    p = parse_pattern("190", text, "t:1", 0)
    assert (p.head, p.noun, p.particle, set(p.objects), set(p.target_preps)) == expect


def test_a_preposition_object_constraint() -> None:
    p = parse_pattern("172", "remove @from:office|power", "t:1", 0)
    assert p.prep_objects == ("from", frozenset({"office", "power"}))
    assert p.specificity == 1


@pytest.mark.parametrize(
    "text",
    [
        *("", "=x", "shoot ?down", "shoot ~down ~up", "shoot ="),
        *("remove @from", "remove @:office", "remove @from:office @to:power"),
    ],
)
def test_bad_patterns_rejected(text: str) -> None:
    with pytest.raises(ValueError):
        parse_pattern("190", text, "t:1", 0)


def test_unknown_code_fails_at_load_with_line(tmp_path: Path, ontology: Ontology) -> None:
    path = tmp_path / "extra.tsv"
    path.write_text("# mine\n190\tshoot\t-\n999\tfoo\t-\n", encoding="utf-8")
    with pytest.raises(KnowledgeError, match="unknown CAMEO code") as info:
        load_lexicon(ontology, [path])
    assert info.value.line == 3
