"""Sentences written for these tests (Sahel, Kurdish and Korean news): a state's missile fired at
no one is a show of force, and a person alias inside a hyphened given name is not that person."""

from __future__ import annotations

import pytest

from diurna.pipeline import Coder
from tests.test_pipeline import coded as coded_on


def coded(coder: Coder, text: str) -> list[tuple[str, str | None, str]]:
    """(source, target, CAMEO code) of each event coded in a text dated 25 October 2024."""
    return coded_on(coder, text, date="2024-10-25")


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("North Korea launched a ballistic missile.", [("PRK", None, "150")]),
        ("Pyongyang fired two short-range missiles on Thursday.", [("PRK", None, "150")]),
        ("Russia launched a ballistic missile at Dnipro.", [("RUS", "UKR", "194")]),
        ("Houthi rebels launched a missile at Israel.", [("IMGYEMHOU", "ISR", "194")]),
    ],
)
def test_a_state_missile_fired_at_no_one_is_a_show_of_force(
    coder: Coder, text: str, expected: list[tuple[str, str | None, str]]
) -> None:
    """A state's missile launch with no target and nowhere it went is a test or show of force
    (150, CODING.md §9; "launched a ballistic missile" gave 194); one fired at a place stays
    force, as does an armed group's."""
    assert coded(coder, text) == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Niger's leader Tiani met Russian Deputy Defence Minister Yunus-Bek Yevkurov in"
            " Niamey.",
            [("RUSMIL", "NERGOV", "042")],
        ),
        ("Bangladesh's interim leader Yunus met Modi.", [("BGDGOV", "INDGOV", "040")]),
    ],
)
def test_a_hyphened_given_name_is_not_a_persons_alias(
    coder: Coder, text: str, expected: list[tuple[str, str | None, str]]
) -> None:
    """ "Yunus-Bek Yevkurov" opens with a one-word alias of Muhammad Yunus, but the hyphen makes
    it another man's given name (gave BGDMIL); a bare "Yunus" is still the chief adviser."""
    assert coded(coder, text) == expected
