"""Acts told in a "when" clause that did happen, drone staff fired, activists' blockades of
ships and places a country holds (sentences written for these tests)."""

from __future__ import annotations

import pytest

from diurna.pipeline import Coder
from tests.test_pipeline import coded as coded_on
from tests.test_pipeline import located


def coded(coder: Coder, text: str, date: str = "2024-04-10") -> list[tuple[str, str | None, str]]:
    """(source, target, CAMEO code) of each event coded in a text."""
    return coded_on(coder, text, date=date)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Israel did not respond when Hamas fired rockets at Ashkelon on Sunday.",
            [("IMGPSEHMS", "ISR", "194")],
        ),
        (
            "The army did not intervene when settlers attacked a Palestinian village near"
            " Ramallah.",
            [("PSECVL", "PSE", "190")],
        ),
        (
            "Police did not react when rioters torched a mosque in Leicester.",
            [("GBRCVL", "GBRREL", "1712")],
        ),
        (
            "The army will investigate the incident when soldiers opened fire on protesters on"
            " Friday.",
            [("---MIL", "---CVL", "175")],
        ),
        (
            "The ministry will review the case when police detained the journalist last week.",
            [("---COP", "---MED", "173")],
        ),
    ],
)
def test_a_when_act_under_a_negation_or_a_plain_will_happened(
    coder: Coder, text: str, expected: list[tuple[str, str | None, str]]
) -> None:
    """A negated main verb ("did not respond") or a plain "will" over a past "when" act
    ("will investigate … when soldiers opened fire") is no condition: the act happened, and
    was dropped."""
    assert coded(coder, text) == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # guards: what "would" or "will" only do when another acts is still a condition
        ("The Houthis said they would free the crew only when Israel ended its war in Gaza.", []),
        (
            "Hamas said it will release the hostages when Israel withdraws from Gaza.",
            [("IMGPSEHMS", "PSECVL", "0353")],
        ),
    ],
)
def test_a_when_clause_of_what_will_or_would_be_stays_a_condition(
    coder: Coder, text: str, expected: list[tuple[str, str | None, str]]
) -> None:
    assert coded(coder, text) == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The company fired the drone operator after the crash.", []),
        ("The Ukrainian army fired a drone pilot who leaked footage of the strike.", []),
        ("The Pentagon fired a UAV program manager over cost overruns.", []),
        ("The airline fired a drone pilot for filming the airport.", []),
        # guards: drones themselves fired stay remotely piloted munitions
        (
            "The Houthis fired drones and missiles at Israel overnight.",
            [("IMGYEMHOU", "ISR", "1952")],
        ),
        (
            "Hezbollah fired a drone at an Israeli military base in the Galilee.",
            [("IMGLBNHEZ", "ISRMIL", "1952")],
        ),
    ],
)
def test_a_drone_operator_or_pilot_fired_is_no_drone_fired(
    coder: Coder, text: str, expected: list[tuple[str, str | None, str]]
) -> None:
    """ "fired the drone operator" matched the "fire =drone|uav" row by the compound: 1952."""
    assert coded(coder, text) == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Greenpeace activists blocked a tanker carrying Russian oil in the Baltic Sea.",
            [("NGOENVGRP", None, "144")],
        ),
        (
            "Greenpeace activists blocked a coal ship in the port of Hamburg.",
            [("NGOENVGRP", "DEU", "144")],
        ),
        (
            "Activists obstructed a Japanese whaling vessel in the Southern Ocean.",
            [("JPNNGO", "JPN", "144")],
        ),
        # guard: a state's forces blocking boats is still military
        (
            "Chinese coast guard vessels blocked two Philippine boats heading to Second Thomas"
            " Shoal on Saturday.",
            [("CHNMIL", "PHL", "191")],
        ),
    ],
)
def test_activist_groups_blocking_a_ship_protest(
    coder: Coder, text: str, expected: list[tuple[str, str | None, str]]
) -> None:
    """An environmental group or an NGO bears no arms: its blockade of a ship is a protest
    (144), as farmers' is, not a military blockade (191)."""
    assert coded(coder, text) == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russian drones struck Ukraine-controlled territory overnight.", [("Ukraine", "UKR")]),
        (
            "Russian forces shelled Ukraine-controlled areas of the Kherson region.",
            [("Ukraine", "UKR")],
        ),
        ("Russian missiles hit Ukraine-held territory on Monday.", [("Ukraine", "UKR")]),
        ("Russian troops shelled Ukraine-administered villages overnight.", [("Ukraine", "UKR")]),
        # guard: a flag state is still no place
        ("Houthi rebels attacked a Panama-flagged tanker in the Red Sea on Tuesday.", [None]),
    ],
)
def test_a_country_holding_a_place_is_where_the_act_was(
    coder: Coder, text: str, expected: list[tuple[str, str] | None]
) -> None:
    """ "Ukraine-controlled territory" is in Ukraine: the hyphened country was skipped as a
    place as "Panama-flagged" is, leaving no place."""
    assert located(coder, text, "2024-04-10") == expected
