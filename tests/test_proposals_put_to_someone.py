"""A proposal submitted, presented, tabled, delivered or handed to someone is put to them: a
ceasefire proposal is a stated intent to de-escalate (0356), a peace plan one to settle (037), a
plain offer one to cooperate (030), never a yielding to them (080), which "submitted to US
demands" stays (sentences written for these tests)."""

from __future__ import annotations

import pytest

from diurna.pipeline import Coder
from tests.test_pipeline import coded


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Qatar submitted a revised truce proposal to Israel and Hamas.",
            [("QAT", "ISR", "0356"), ("QAT", "IMGPSEHMS", "0356")],
        ),
        ("France presented a peace plan to the Lebanese government.", [("FRA", "LBNGOV", "037")]),
        ("The EU tabled a trade offer to Washington.", [("IGOEUREEC", "USA", "030")]),
        ("Iran submitted to US demands.", [("IRN", "USA", "080")]),
        # a plan briefed to one's own leader is no offer to another party
        ("The Pentagon presented a troop withdrawal plan to Biden.", []),
    ],
)
def test_a_proposal_put_to_someone_is_no_yielding(
    coder: Coder, text: str, expected: list[tuple[str, str | None, str]]
) -> None:
    assert coded(coder, text, date="2025-03-01") == expected
