"""Maritime and territorial disputes in East Asia: drills around an island, coast guards and
navies at sea (sentences written for these tests)."""

from __future__ import annotations

import pytest

from diurna import code_text
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


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A Chinese warship harassed the USS Chung-Hoon in the Taiwan Strait.",
            [("CHNMIL", "USAMIL", "170")],
        ),
        (
            "Chinese coast guard ships fired water cannon at the BRP Cabra on Saturday.",
            [("CHNMIL", "PHLMIL", "175")],
        ),
        (
            "The Chinese military condemned the passage of HMCS Ottawa through the Taiwan Strait.",
            [("CHNMIL", "CANMIL", "111")],
        ),
    ],
)
def test_a_navy_ship_prefix_names_the_states_navy(
    coder: Coder, text: str, expected: list[tuple[str, str | None, str]]
) -> None:
    assert coded(coder, text) == expected


@pytest.mark.model
def test_a_named_ship_fired_at_is_no_seat_in_the_capital(coder: Coder) -> None:
    article = code_text(
        "Chinese coast guard ships fired water cannon at the BRP Cabra on Saturday.",
        date="2024-06-20",
        coder=coder,
    )
    assert [e.location for e in article.events] == [None]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Chinese Defence Minister Dong Jun warned that China would crush any Taiwan"
            " independence attempt.",
            [("CHNMIL", "TWN", "138")],
        ),
        (
            "Xi warned that China would never allow Taiwan to be separated.",
            [("CHNGOV", "TWN", "130")],
        ),
        (
            "Russian officials warned that Russia would retaliate against Finland.",
            [("RUSGOV", "FIN", "138")],
        ),
        (
            "The Philippine defence chief warned that China would seize more features.",
            [("PHLMIL", "CHN", "130")],
        ),
    ],
)
def test_ones_own_state_as_a_threats_subject_is_not_its_target(
    coder: Coder, text: str, expected: list[tuple[str, str | None, str]]
) -> None:
    assert coded(coder, text) == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Chinese fighter jets intercepted a U.S. reconnaissance plane over the South China"
            " Sea.",
            [("CHNMIL", "USAMIL", "150")],
        ),
        (
            "Chinese fighter jets harassed an Australian surveillance plane over the Yellow Sea.",
            [("CHNMIL", "AUSMIL", "170")],
        ),
    ],
)
def test_a_states_surveillance_plane_is_its_military(
    coder: Coder, text: str, expected: list[tuple[str, str | None, str]]
) -> None:
    assert coded(coder, text) == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Canada summoned the Indian consul general in Vancouver.",
            [("CAN", "INDGOV", "114")],
        ),
        (
            "India summoned the Bangladeshi consul in Kolkata to protest the attack.",
            [("IND", "BGDGOV", "114")],
        ),
    ],
)
def test_summoning_a_states_consul_is_an_official_complaint(
    coder: Coder, text: str, expected: list[tuple[str, str | None, str]]
) -> None:
    assert coded(coder, text) == expected
