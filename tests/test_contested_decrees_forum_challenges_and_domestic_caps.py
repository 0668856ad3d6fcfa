"""Narrowed trade-coercion rules: a decree contested or studied is not its critics' act, a WTO or
court challenge is against the party its "to" or "against" phrase names (never the forum), a
price cap is a sanction only on energy, and only plural talks are cut off (sentences written for
these tests, some after a reviewer's)."""

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
        ("The opposition challenged a decree dissolving the Peruvian parliament.", []),
        ("Venezuelan lawmakers contested a decree expelling the U.S. diplomats.", []),
        # guards: the signer's or the named owner's act stays
        ("Trump signed an executive order imposing tariffs on Canada.", [("USAGOV", "CAN", "163")]),
        (
            "Brazil's foreign ministry analysed a U.S. executive order imposing tariffs on"
            " Brazilian coffee.",
            [("USA", "BRA", "163")],
        ),
        (
            "The Kremlin issued an order closing the U.S. consulate in Yekaterinburg.",
            [("RUSGOV", "USAGOV", "161")],
        ),
    ],
)
def test_what_a_decree_does_is_only_its_givers_act(
    coder: Coder, text: str, expected: list[tuple[str, str | None, str]]
) -> None:
    """What an order or decree with no owner does is the act of the subject of the verb that
    signs or issues it, not of one who contests it: 'The opposition challenged a decree
    dissolving …' was PEROPP -> PERLEG 0834."""
    assert coded(coder, text) == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Brazil launched a WTO challenge to U.S. steel tariffs.", [("BRA", "USA", "115")]),
        ("Brazil filed a WTO challenge to Chinese tariffs on its sugar.", [("BRA", "CHN", "115")]),
        ("Canada filed a WTO challenge.", []),
        ("The Hungarian opposition filed a court challenge at the European Court of Justice.", []),
        # guard: the 'against' rows stay
        (
            "Canada launched a WTO challenge against U.S. duties on softwood lumber.",
            [("CAN", "USA", "115")],
        ),
    ],
)
def test_a_challenges_party_is_not_its_forum(
    coder: Coder, text: str, expected: list[tuple[str, str | None, str]]
) -> None:
    """A WTO or court challenge is a suit against the party its "to" or "against" phrase names;
    the WTO or the court it is filed at is none ('Canada filed a WTO challenge' was
    CAN -> IGOWLDWTO 115)."""
    assert coded(coder, text) == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bangladesh imposed a price cap on imported Indian onions.", []),
        ("Kenya introduced a price cap on Ugandan sugar.", []),
        # guards: caps on energy stay sanctions
        ("The EU tightened the price cap on Russian diesel.", [("IGOEUREEC", "RUS", "163")]),
        ("The G7 agreed on a price cap on Russian oil.", [("IGOWSTGSV", "RUS", "163")]),
    ],
)
def test_only_an_energy_price_cap_is_a_sanction(
    coder: Coder, text: str, expected: list[tuple[str, str | None, str]]
) -> None:
    """A price cap is a sanction (163) on oil, gas or fuel; one on onions or sugar is a price
    control at home ('Bangladesh imposed a price cap on imported Indian onions' was
    BGD -> IND 163)."""
    assert coded(coder, text) == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Students cut off the Israeli ambassador's talk at Cambridge.",
            [("ISREDU", "ISRGOV", "144")],
        ),
        ("Hungary terminated the talk by the Slovak ambassador.", []),
        # guards: talks and negotiations cut off or terminated stay 164
        ("Ukraine cut off the talks with Russia.", [("UKR", "RUS", "164")]),
        ("Russia terminated talks with Japan on a peace treaty.", [("RUS", "JPN", "164")]),
        ("Israel cut off negotiations with Hamas.", [("ISR", "IMGPSEHMS", "164")]),
    ],
)
def test_only_talks_cut_off_halt_negotiations(
    coder: Coder, text: str, expected: list[tuple[str, str | None, str]]
) -> None:
    """Talks cut off or terminated halt negotiations (164); one person's talk cut off is a
    speech interrupted ('Students cut off the Israeli ambassador's talk' was 164)."""
    assert coded(coder, text) == expected
