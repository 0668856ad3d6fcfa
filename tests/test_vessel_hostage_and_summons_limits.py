"""Limits of session 38's rules: a navy ship prefix is the navy only before a ship's name,
hostages a group holds keep its country unless its enemy state is named, summoning a consul or
ambassador before a court is no complaint, a police plane is the police's, and a promise to
defend an ally is no threat against it (sentences written for these tests)."""

from __future__ import annotations

import pytest

from diurna import code_text
from diurna.pipeline import Coder
from tests.test_pipeline import coded as coded_on


def coded(coder: Coder, text: str) -> list[tuple[str, str | None, str]]:
    """(source, target, CAMEO code) of each event coded in a text dated 20 November 2024."""
    return coded_on(coder, text, date="2024-11-20")


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Baghdad suspended oil exports from the KRI after the court ruling.", []),
        (
            "Turkey and the KRI signed an energy agreement in Ankara on Monday.",
            [("TUR", "IRQ", "057")],
        ),
        (
            "The KRI government accused Baghdad of withholding public salaries.",
            [("IRQGOV", "IRQ", "112")],
        ),
        (
            "Al-Shabaab militants attacked FGS troops near Mogadishu on Friday.",
            [("IMGSOMSHB", "SOMMIL", "190")],
        ),
        ("The prosecutor said JS had visited Moscow three times.", []),
        ("Iran's navy seized an oil tanker near the USS Abraham Lincoln strike group.", []),
        ("Tourists visited HMS Belfast on the Thames.", []),
    ],
)
def test_a_ship_prefix_is_a_navy_only_before_a_ships_name(
    coder: Coder, text: str, expected: list[tuple[str, str | None, str]]
) -> None:
    assert coded(coder, text) == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Houthis fired missiles at the USS Carney in the Red Sea.",
            [("IMGYEMHOU", "USAMIL", "194")],
        ),
        (
            "The USS Carney shot down drones launched by the Houthis.",
            [("USAMIL", "IMGYEMHOU", "190")],
        ),
        ("Mark Carney met Trump in Washington.", [("CANGOV", "USAGOV", "042")]),
    ],
)
def test_a_ship_named_for_a_person_is_the_navys(
    coder: Coder, text: str, expected: list[tuple[str, str | None, str]]
) -> None:
    """A name after a navy's prefix is the ship's, not the person's it shares (Mark Carney's
    surname made the destroyer Canada's government)."""
    assert coded_on(coder, text, date="2025-06-01") == expected


@pytest.mark.model
def test_an_agency_named_like_a_ship_prefix_is_no_navy(coder: Coder) -> None:
    article = code_text(
        "Pakistan's PNS news agency reported that the negotiations had failed.",
        date="2024-11-20",
        coder=coder,
    )
    assert [q.speaker and q.speaker.code for q in article.quotes] == ["PAKMED"]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Boko Haram militants seized 15 hostages in Borno state on Sunday.",
            [("IMGNGABKH", "NGACVL", "181")],
        ),
        (
            "Al-Shabaab fighters took dozens of hostages at a beach hotel, police said.",
            [("IMGSOMSHB", "SOMCVL", "181")],
        ),
        (
            "ISWAP fighters executed four hostages in a video released on Friday.",
            [("IMGNGAISW", "NGACVL", "1823")],
        ),
        (
            "ELN rebels released five hostages on Monday, the church said.",
            [("IMGCOLELN", "COLCVL", "0841")],
        ),
        (
            "Abu Sayyaf militants beheaded a hostage on Basilan island.",
            [("IMGPHLASG", "PHLCVL", "1823")],
        ),
    ],
)
def test_hostages_a_group_holds_at_home_are_of_its_country(
    coder: Coder, text: str, expected: list[tuple[str, str | None, str]]
) -> None:
    """Hostages are of no country only where the group's enemy state is named beside it."""
    assert coded(coder, text) == expected


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The court summoned the former consul as a witness in the bribery trial.",
        "Prosecutors summoned the honorary consul of Moldova for questioning in a fraud case.",
        "Prosecutors summoned the consul general for questioning over a visa scheme.",
        "The court summoned the former ambassador as a witness in the corruption trial.",
        "The parliamentary committee summoned the former ambassador to testify about the leak.",
    ],
)
def test_a_summons_to_testify_is_no_diplomatic_complaint(coder: Coder, text: str) -> None:
    assert "114" not in [code for _, _, code in coded(coder, text)]


@pytest.mark.model
def test_a_governments_summons_for_questioning_is_a_complaint(coder: Coder) -> None:
    """A foreign ministry's summons is diplomatic whatever it is for (5414911 dropped it)."""
    text = (
        "Germany's foreign ministry summoned the Iranian ambassador for questioning over the plot."
    )
    assert coded(coder, text) == [("DEUGOV", "IRNGOV", "114")]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Gunmen shot at a Mexican police surveillance plane in Sinaloa on Thursday.",
            [("MEXUAF", "MEXCOP", "193")],
        ),
        (
            "Smugglers fired at a U.S. border patrol surveillance plane near the Arizona border.",
            [("USACRM", "USACOP", "193")],
        ),
        (
            "Cartel gunmen shot down a Mexican police reconnaissance plane in Sinaloa.",
            [("MEXCRM", "MEXCOP", "190")],  # gunmen named for a cartel are its criminals
        ),
    ],
)
def test_a_police_plane_is_the_polices(
    coder: Coder, text: str, expected: list[tuple[str, str | None, str]]
) -> None:
    assert coded(coder, text) == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "ally"),
    [
        ("The US defence chief warned that the United States would defend the Philippines.", "PHL"),
        ("The US defence secretary warned that America would protect Taiwan from attack.", "TWN"),
        ("The Japanese minister warned that Japan would help the Philippines at sea.", "PHL"),
        ("The Russian minister warned that Russia would support Belarus with all means.", "BLR"),
    ],
)
def test_a_promise_to_defend_an_ally_is_no_threat_against_it(
    coder: Coder, text: str, ally: str
) -> None:
    """No threat (13x) at the ally; the pledge itself may be coded to it (032, 033)."""
    assert ally not in [target for _, target, code in coded(coder, text) if code[:2] == "13"]
