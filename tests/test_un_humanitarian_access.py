"""The UN system and humanitarian access: courts' orders and aid deliveries cut (sentences
written for these tests)."""

from __future__ import annotations

import pytest

from diurna.pipeline import Coder
from tests.test_pipeline import coded as coded_on


def coded(coder: Coder, text: str, date: str = "2025-08-01") -> list[tuple[str, str | None, str]]:
    """(source, target, CAMEO code) of each event coded in a text."""
    return coded_on(coder, text, date=date)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The tribunal ordered Azerbaijan to facilitate the passage of aid through the"
            " Lachin corridor.",
            [("---JUD", "AZE", "1055")],
        ),
        (
            "The court ordered Myanmar to prevent acts of genocide against the Rohingya.",
            [("---JUD", "MMR", "100")],
        ),
        ("Putin ordered the army to take Bakhmut.", []),
        ("Putin ordered the army to ensure security in Kursk.", []),
        ("The government ordered police to prevent the rally.", [("---GOV", None, "172")]),
    ],
)
def test_an_order_to_a_party_is_a_demand(
    coder: Coder, text: str, expected: list[tuple[str, str | None, str]]
) -> None:
    """A court ordering a state to enable or prevent something demands it (10x); it was not
    coded at all. Guards: a state's order to its own forces is no demand (the act ordered
    stays the orderer's)."""
    assert coded(coder, text) == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The army halted aid shipments to Darfur.", [("---MIL", "SDN", "1623")]),
        ("Washington paused weapons shipments to Israel.", [("USA", "ISR", "1622")]),
    ],
)
def test_aid_deliveries_cut_are_humanitarian(
    coder: Coder, text: str, expected: list[tuple[str, str | None, str]]
) -> None:
    """ "aid shipments" cut were a generic aid cut (162); weapons shipments stay 1622."""
    assert coded(coder, text) == expected
