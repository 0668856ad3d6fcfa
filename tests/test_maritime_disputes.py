"""Maritime and territorial disputes in East Asia: drills around an island, coast guards and
navies at sea (sentences written for these tests)."""

from __future__ import annotations

import pytest

from diurna.pipeline import Coder
from tests.test_pipeline import coded as coded_on


def coded(coder: Coder, text: str) -> list[tuple[str, str | None, str]]:
    """(source, target, CAMEO code) of each event coded in a text dated 20 June 2024."""
    return coded_on(coder, text, date="2024-06-20")


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "China's Eastern Theatre Command held joint military exercises around Taiwan.",
            [("CHNMIL", "TWN", "150")],
        ),
        (
            "China's Southern Theater Command conducted joint combat patrols around the"
            " Philippines.",
            [("CHNMIL", "PHL", "150")],
        ),
        (
            "The United States held joint exercises with the Philippines near Scarborough Shoal.",
            [("USA", "PHL", "062")],
        ),
        (
            "China and Russia held joint naval exercises in the Sea of Japan.",
            [("CHN", "RUS", "062")],
        ),
    ],
)
def test_one_states_joint_drills_around_another_are_a_show_of_force(
    coder: Coder, text: str, expected: list[tuple[str, str | None, str]]
) -> None:
    assert coded(coder, text) == expected
