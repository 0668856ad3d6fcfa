"""Sentences written for these tests (Brussels the city, Iraqi Kurdistan, measures and shipments
blocked): where this session's rules stop. "Brussels" imposing a curfew or a ban is the city or
Belgium, not the EU."""

from __future__ import annotations

import pytest

from diurna.pipeline import Coder
from tests.test_pipeline import coded as coded_on


def coded(coder: Coder, text: str) -> list[tuple[str, str | None, str]]:
    """(source, target, CAMEO code) of each event coded in a text dated 1 June 2025."""
    return coded_on(coder, text, date="2025-06-01")


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Brussels imposed a curfew on the Anneessens district after the riots.",
            [("BEL", None, "1723")],
        ),
        (
            "Brussels imposed a lockdown on the city after the attacks in Paris.",
            [("BEL", None, "172")],
        ),
        (
            "The city's mayor said Brussels imposed a ban on the march to prevent violence.",
            [("BEL", None, "172")],
        ),
        (
            "Brussels imposed a ban on the rally planned for Saturday, the mayor Philippe Close "
            "said.",
            [("BEL", None, "172")],
        ),
    ],
)
def test_brussels_imposing_a_curfew_or_ban_is_the_city(
    coder: Coder, text: str, expected: list[tuple[str, str | None, str]]
) -> None:
    """Only trade and competition penalties (fines, duties, tariffs, sanctions) Brussels imposes
    are the EU's, and none in a story of the city's mayor or the Belgian government (all gave
    IGOEUREEC)."""
    assert coded(coder, text) == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Iran's Revolutionary Guards shelled Kurdish opposition groups in the Kurdistan "
            "Region.",
            [("IRNMIL", "IRNOPPKUR", "194")],
        ),
        (
            "The Kurdistan Region Security Council said a drone struck the Erbil airport on "
            "Tuesday.",
            [("---MIL", "IRQ", "1952")],
        ),
        (
            "Omer Ocalan, a DEM Party lawmaker, criticised the government.",
            [("TURLEG", "TURGOV", "111")],
        ),
        (
            "The Kurdish Regional Government condemned the Turkish air strikes near Zakho.",
            [("IRQGOV", "TUR", "111")],
        ),
    ],
)
def test_kurdistan_region_and_ocalans_name_stop_short(
    coder: Coder, text: str, expected: list[tuple[str, str | None, str]]
) -> None:
    """ "The Kurdistan Region" is a place, not Iraq acting, so it neither makes Iranian Kurds
    struck there Iraq's opposition (was IRQOPP) nor lends its council's name to a drone (was
    IRQMIL, with no target); Abdullah Ocalan's surname after another given name is someone
    else (was IMGTURPKK); "the Kurdish Regional Government" is the KRG (was TURGOVKUR)."""
    assert coded(coder, text) == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A federal judge in Boston blocked the executive order on federal funding for "
            "universities.",
            [("USAJUD", "USAGOV", "120")],
        ),
        (
            "The senate blocked the executive order on the state of emergency.",
            [("---LEG", "---GOV", "120")],
        ),
        ("The air force blocked an order for fighter jets from Sweden.", []),
        ("The court blocked the Indian tax on imported wine.", [("---JUD", "IND", "120")]),
        (
            "Police blocked the order of protesters marching toward the parliament building.",
            [("---CVL", "---LEG", "141")],
        ),
    ],
)
def test_a_blocked_order_is_a_rulers_and_a_measures_state_is_not_the_courts(
    coder: Coder, text: str, expected: list[tuple[str, str | None, str]]
) -> None:
    """An executive order is a government's, never a business executive's (was USABUS and
    ---BUS); only an executive, presidential, government or emergency order blocked is
    rejected, not an order for goods (was FRAMIL -> FRA 120 style) nor a marching order of
    protesters (lost its 141); and a court takes no state from a levy's or tax's demonym (was
    INDJUD)."""
    assert coded(coder, text) == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Israel blocked shipments of aid into Gaza on Monday.", [("ISR", "PSE", "162")]),
        ("Customs officials in Kenya blocked a shipment of counterfeit drugs from India.", []),
        ("Customs officials in Tanzania blocked a shipment of counterfeit phones from China.", []),
    ],
)
def test_aid_blocked_is_cut_and_a_customs_seizure_no_embargo(
    coder: Coder, text: str, expected: list[tuple[str, str | None, str]]
) -> None:
    """Shipments of aid a state blocks are aid cut (162), as when it stops them, not an embargo
    on the aid's destination (was 163); customs or police stopping a shipment seize goods, no
    embargo on the state they came from (was KENCOP -> IND 163)."""
    assert coded(coder, text) == expected
