"""Hijacking and setting on fire, real and figurative: a bus, train or named ship hijacked is
hijacked (181) even when no vehicle word names it, while a movement, commission, account or
democracy "hijacked" is a figure of speech; a building or vehicle set on fire is destroyed
(1712), social media or the opposition benches "set on fire" are not; and Nepal's home
minister Ramesh Lekhak, who resigned on the evening of 8 September 2025, is a former official
from the next day (sentences written for these tests)."""

from __future__ import annotations

import pytest

from diurna.pipeline import Coder
from tests.test_pipeline import coded as coded_on


def coded(coder: Coder, text: str, date: str = "2025-06-01") -> list[tuple[str, str | None, str]]:
    """(source, target, CAMEO code) of each event coded in a text."""
    return coded_on(coder, text, date=date)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a vehicle read by what it carries is still hijacked
        ("Gunmen hijacked a bus carrying pilgrims near Quetta.", [("PAKUAF", "PAKCVL", "181")]),
        (
            "Gunmen hijacked a passenger train carrying hundreds of people in Balochistan.",
            [("PAKUAF", "PAKCVL", "181")],
        ),
        ("Pirates hijacked the MV Ruen in the Arabian Sea.", [("---CRM", None, "181")]),
        (
            "Separatists hijacked the Jaffar Express with 400 passengers on board.",
            [("---SEP", "---CVL", "181")],
        ),
    ],
)
def test_hijacked_vehicles_and_named_craft(
    coder: Coder, text: str, expected: list[tuple[str, str | None, str]]
) -> None:
    """Hijacking anything but a figure of speech is 181, a named ship or train too."""
    assert coded(coder, text) == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Pirates hijacked the MV Abdullah, a Bangladeshi-flagged bulk carrier, in the Indian"
            " Ocean.",
            None,
        ),
        ("Houthi fighters hijacked the Galaxy Leader in the Red Sea.", "IMGYEMHOU"),
        ("Gunmen hijacked a Boeing 737 at Kandahar airport.", "AFGUAF"),
    ],
)
def test_hijacked_named_ships_and_aircraft(coder: Coder, text: str, source: str | None) -> None:
    """A ship or aircraft named by its name or model is hijacked (181) by its hijackers."""
    events = coded(coder, text)
    assert [e[2] for e in events] == ["181"]
    assert source is None or events[0][0] == source


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The BNP had hijacked the student movement, the home minister said.",
        "Hackers hijacked the ministry's Twitter account.",
        "The opposition said the ruling party had hijacked the electoral commission.",
        "Democracy has been hijacked, the opposition leader said.",
        "Critics said extremists had hijacked the peace process.",
    ],
)
def test_figurative_hijacking_is_no_event(coder: Coder, text: str) -> None:
    """Guard: what no one can seize is hijacked only in a figure of speech."""
    assert "181" not in [e[2] for e in coded(coder, text)]


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The minister's comments set social media on fire.",
        "The president's speech set the opposition benches on fire.",
    ],
)
def test_figurative_setting_on_fire_is_no_arson(coder: Coder, text: str) -> None:
    """Comments or a speech that "set" people or media "on fire" destroy no property."""
    assert "1712" not in [e[2] for e in coded(coder, text)]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rioters set a police station on fire in Dhaka.", ("BGDCVL", "BGDCOP", "1712")),
        (
            "Protesters set the parliament building on fire in Kathmandu.",
            ("NPLCVL", "NPLLEG", "1712"),
        ),
        ("Rioters set several police vehicles on fire.", ("---CVL", "---COP", "1712")),
        ("Troops set the village on fire after the ambush.", ("---MIL", None, "1712")),
        ("Demonstrators set the interior ministry on fire.", ("---CVL", "---COP", "1712")),
    ],
)
def test_buildings_and_vehicles_set_on_fire(
    coder: Coder, text: str, expected: tuple[str, str | None, str]
) -> None:
    """Guard: a building, vehicle or village set on fire is still destroyed (1712)."""
    assert expected in coded(coder, text)


@pytest.mark.model
@pytest.mark.parametrize(("date", "source"), [("2025-09-08", "NPLGOV"), ("2025-09-09", "NPLELI")])
def test_ramesh_lekhak_is_former_minister_after_his_resignation(
    coder: Coder, date: str, source: str
) -> None:
    """He resigned on the evening of 8 September 2025: home minister that day, former after."""
    events = coded(
        coder, "Ramesh Lekhak visited wounded protesters at a hospital in Kathmandu.", date
    )
    assert events == [(source, "NPLCVL", "042")]
