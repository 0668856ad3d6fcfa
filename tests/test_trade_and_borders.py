"""Trade disputes and border enforcement as the real model codes them: who fines and taxes from
Brussels, charges laid in court, trade retaliation and blocked imports (sentences written for
these tests)."""

from __future__ import annotations

import pytest

from diurna.pipeline import Coder
from tests.test_pipeline import coded as coded_on


def coded(coder: Coder, text: str) -> list[tuple[str, str | None, str]]:
    """(source, target, CAMEO code) of each event coded in a text dated 2 June 2025."""
    return coded_on(coder, text, date="2025-06-02")


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Brussels fined Meta 200 million euros on Wednesday.",
            [("IGOEUREEC", "MNCUSAMET", "116")],
        ),
        ("Brussels has fined Google twice this year.", [("IGOEUREEC", "MNCUSAGOO", "116")]),
        ("Brussels summoned the Congolese ambassador.", [("BEL", "CODGOV", "114")]),
    ],
)
def test_brussels_fining_is_the_eu(
    coder: Coder, text: str, expected: list[tuple[str, str | None, str]]
) -> None:
    assert coded(coder, text) == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Prosecutors in Athens charged the demonstrators with rioting.",
            [("GRCJUD", "GRCCVL", "173")],
        ),
        (
            "Kenyan prosecutors charged the protesters with arson and looting.",
            [("KENJUD", "KENCVL", "173")],
        ),
        ("Riot police charged the protesters with batons.", [("---COP", "---CVL", "175")]),
    ],
)
def test_protesters_charged_with_an_offence_are_charged_in_law(
    coder: Coder, text: str, expected: list[tuple[str, str | None, str]]
) -> None:
    assert coded(coder, text) == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ottawa vowed to retaliate against the new U.S. duties on softwood lumber.",
            [("CAN", "USA", "1312")],
        ),
        (
            "India threatened to retaliate against the American tariffs on its steel.",
            [("IND", "USA", "1312")],
        ),
        (
            "Washington doubled tariffs on Brazilian coffee. Brazil vowed to retaliate.",
            [("USA", "BRA", "163"), ("BRA", "USA", "1312")],
        ),
        ("Hezbollah vowed to retaliate against Israel.", [("IMGLBNHEZ", "ISR", "138")]),
    ],
)
def test_retaliation_against_a_trade_measure_threatens_one(
    coder: Coder, text: str, expected: list[tuple[str, str | None, str]]
) -> None:
    assert coded(coder, text) == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Moscow blocked imports of Georgian wine.", [("RUS", "GEO", "163")]),
        (
            "Beijing retaliated with 15 percent tariffs on all Canadian goods.",
            [("CHN", "CAN", "163")],
        ),
        (
            "Hungarian farmers blocked imports of Ukrainian grain at the border.",
            [("HUNAGR", "UKR", "144")],
        ),
    ],
)
def test_goods_a_state_blocks_are_an_embargo(
    coder: Coder, text: str, expected: list[tuple[str, str | None, str]]
) -> None:
    assert coded(coder, text) == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A federal judge barred the Trump administration from deporting the men to South"
            " Sudan.",
            [("USAJUD", "USAGOV", "172")],
        ),
        (
            "A district judge blocked the Trump administration from sending migrants to Eswatini.",
            [("USAJUD", "USAGOV", "191")],
        ),
    ],
)
def test_a_court_ruling_on_a_government_is_of_its_state(
    coder: Coder, text: str, expected: list[tuple[str, str | None, str]]
) -> None:
    assert coded(coder, text) == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The U.S. Court of International Trade blocked Trump's reciprocal tariffs.",
            [("USAJUD", "USAGOV", "120")],
        ),
        (
            "Kenya's High Court blocked President William Ruto's decree on Tuesday.",
            [("KENJUD", "KENGOV", "120")],
        ),
    ],
)
def test_a_measure_a_court_blocks_is_rejected(
    coder: Coder, text: str, expected: list[tuple[str, str | None, str]]
) -> None:
    assert coded(coder, text) == expected
