"""Sentences written for these tests (Iraqi Kurdistan, the PKK peace process, the Sahel juntas'
break with ECOWAS): Iraq's Kurdish bodies are Iraq's, the PKK's founder acts for it, a state
that pulls out of a bloc leaves it, and an armed group's truce with its own state is aimed at
that state."""

from __future__ import annotations

import pytest

from diurna.pipeline import Coder
from tests.test_pipeline import coded as coded_on


def coded(coder: Coder, text: str) -> list[tuple[str, str | None, str]]:
    """(source, target, CAMEO code) of each event coded in a text dated 1 March 2025."""
    return coded_on(coder, text, date="2025-03-01")


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Kurdistan Regional Government condemned the Turkish strikes on Duhok.",
            [("IRQGOV", "TUR", "111")],
        ),
        (
            "Peshmerga forces clashed with PKK fighters near Sinjar.",
            [("IRQMIL", "IMGTURPKK", "190")],
        ),
        (
            "The KRG urged Baghdad to pay the salaries of public employees.",
            [("IRQGOV", "IRQ", "020")],
        ),
        (
            "A DEM Party delegation visited Ocalan on Imrali island.",
            [("TUROPP", "IMGTURPKK", "042")],
        ),
        ("Demirtas criticised the government.", [("TUROPP", "TURGOV", "111")]),
    ],
)
def test_kurdish_bodies_and_leaders_are_coded_to_their_state_or_group(
    coder: Coder, text: str, expected: list[tuple[str, str | None, str]]
) -> None:
    """The Kurdistan Regional Government and the Peshmerga are Iraq's (both were read as
    Turkey's from the PKK in the story, TURGOV and TURMIL); Abdullah Ocalan is the PKK's and
    Selahattin Demirtas the Turkish opposition's (neither was known)."""
    assert coded(coder, text) == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Niger pulled out of ECOWAS.", [("NER", "IGOWAFWAS", "160")]),
        ("Russia pulled out of the Council of Europe.", [("RUS", "IGOEURCOE", "160")]),
        ("Russian troops pulled out of Kherson.", [("RUSMIL", "UKR", "0874")]),
    ],
)
def test_pulling_out_of_a_body_leaves_it(
    coder: Coder, text: str, expected: list[tuple[str, str | None, str]]
) -> None:
    """ "Pulled out of X" where the parser hangs "of" on "out" is read as "pulled out of" a place
    (0874) or, for a body, leaving it (160); it gave nothing."""
    assert coded(coder, text) == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The PKK declared a ceasefire with Turkey on Saturday.", [("IMGTURPKK", "TUR", "0871")]),
        ("The FARC agreed a ceasefire with Colombia.", [("IMGCOLFAR", "COL", "0871")]),
        ("Hezbollah declared a ceasefire in south Lebanon.", [("IMGLBNHEZ", None, "0871")]),
    ],
)
def test_a_truce_made_with_the_groups_own_state_is_aimed_at_it(
    coder: Coder, text: str, expected: list[tuple[str, str | None, str]]
) -> None:
    """An armed group's truce "with" its own state names the other party (the state was dropped
    as a place of the group's own country, giving no target); one "in" a place of it still
    names no one."""
    assert coded(coder, text) == expected
