"""PETRARCH-format dictionaries: real files read from ../shared at test time, never copied."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from diurna.coding.petrarch import discard_pattern, read_dictionaries
from diurna.errors import KnowledgeError
from tests.conftest import shared_file


def actor(dictionaries: object, phrase: str) -> object:
    return next(a for a in dictionaries.actors if phrase in a.phrases)  # type: ignore[attr-defined]


def test_putin_in_phoenix_depends_on_the_date() -> None:
    path = shared_file("petrarch2", "Phoenix.Countries.actors.txt")
    found = read_dictionaries([path], lenient=True)
    putin = actor(found, "putin")
    assert putin.code_at(dt.date(2015, 11, 25)) == "RUSGOV"  # type: ignore[attr-defined]
    assert putin.code_at(dt.date(1995, 1, 1)) == "RUSELI"  # type: ignore[attr-defined]
    assert found.problems  # the real file has a few typos; lenient mode lists them


def test_the_real_file_refuses_to_half_load_when_strict() -> None:
    path = shared_file("petrarch2", "Phoenix.Countries.actors.txt")
    with pytest.raises(KnowledgeError) as info:
        read_dictionaries([path])
    assert info.value.line > 0 and "Phoenix.Countries.actors.txt" in info.value.path


@pytest.mark.parametrize(
    ("day", "code"),
    [
        ("2005-01-01", "HOBCIV"),
        ("2010-01-10", "ORCHOB"),  # first match wins over the later, wider range
        ("2011-01-01", "HOBMIL"),
        ("2012-11-09", "HOBGOV"),  # ranges are half-open: the end day belongs to the next
        ("2014-01-01", "HOBELI"),
    ],
)
def test_restrictions_in_file_order(day: str, code: str) -> None:
    found = read_dictionaries([shared_file("petrarch2", "PETR.Validate.actors.txt")])
    sam = actor(found, "sam gamgee")
    assert sam.code_at(dt.date.fromisoformat(day)) == code  # type: ignore[attr-defined]


def test_agents_and_discards() -> None:
    found = read_dictionaries(
        [
            shared_file("petrarch2", "PETR.Validate.agents.txt"),
            shared_file("petrarch2", "PETR.Validate.discards.txt"),
        ]
    )
    agents = dict(found.agents)
    assert agents["president"] == "GOV"
    assert agents["minister of silly walks"] == "GOV"  # !MINST! substitution set expanded
    assert "manchester united" in found.story_discards
    assert "months later" in found.sentence_discards


def test_discard_pattern_matches_whole_words() -> None:
    pattern = discard_pattern(("manchester united", "typhoon"))
    assert pattern is not None
    assert pattern.search("Fans of MANCHESTER  United cheered.")
    assert not pattern.search("The typhoons passed.")


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        ("RUSSIA [RUS >9912311]\n", "bad date"),
        ("RUSSIA [RUS soon]\n", "bad code block"),
        ("[RUS]\n", "code line before any actor phrase"),
        ("RUSSIA [RUS 100101-090101]\n", "ends before it starts"),
        ("RUSSIA\n+RUSSIAN\n\nCHINA [CHN]\n", "has no code"),
    ],
)
def test_malformed_actor_file(tmp_path: Path, body: str, reason: str) -> None:
    path = tmp_path / "my.actors.txt"
    path.write_text("# mine\n" + body, encoding="utf-8")
    with pytest.raises(KnowledgeError, match=reason) as info:
        read_dictionaries([path])
    assert info.value.line >= 2
    lenient = read_dictionaries([path], lenient=True)
    assert any(reason in p for p in lenient.problems)


def test_verb_dictionaries_are_refused_by_name(tmp_path: Path) -> None:
    path = tmp_path / "CAMEO.verbs.txt"
    path.write_text("--- SAY [010] ---\n", encoding="utf-8")
    with pytest.raises(KnowledgeError, match="not supported"):
        read_dictionaries([path])
