"""A stated intent to leave an international body is a threat to reduce relations (131), as
leaving it is a reduction (160), never an intent to de-escalate militarily (0356); an intent
to leave a race is no event, as leaving one is none (sentences written for these tests)."""

from __future__ import annotations

import pytest

from diurna.pipeline import Coder
from tests.test_pipeline import coded


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nicaragua will withdraw from UNESCO.", [("NIC", "IGOUNOESC", "131")]),
        (
            "The three juntas announced they would pull out of ECOWAS.",
            [("---MIL", "IGOWAFWAS", "131")],
        ),
        (
            "Hungary will withdraw from the International Criminal Court.",
            [("HUN", "IGOWLDICC", "131")],
        ),
        ("The candidate said she would withdraw from the election.", []),
        # forces leaving a place stay a stated de-escalation
        ("Israel will withdraw from Gaza.", [("ISR", "PSE", "0356")]),
        ("Hungary withdrew from the International Criminal Court.", [("HUN", "IGOWLDICC", "160")]),
    ],
)
def test_leaving_a_body_stated_as_intent_is_a_threat_to_reduce_relations(
    coder: Coder, text: str, expected: list[tuple[str, str | None, str]]
) -> None:
    assert coded(coder, text, date="2025-03-01") == expected
