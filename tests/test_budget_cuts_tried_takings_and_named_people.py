"""A government's cut to its own institutions or regions is no aid withheld, a town only tried
for is not taken, a person whose name holds a country's is no town, and an opposition MP is
the opposition before he led his party (sentences written for these tests)."""

from __future__ import annotations

import pytest

from diurna.pipeline import Coder
from tests.test_pipeline import coded as coded_on


def coded(coder: Coder, text: str, date: str = "2025-09-01") -> list[tuple[str, str | None, str]]:
    """(source, target, CAMEO code) of each event coded in a text."""
    return coded_on(coder, text, date=date)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Ghana's government cut funding to its own public universities.",
        "Argentina's government cut subsidies to pensioners in Cordoba.",
        "Somalia's government cut aid to Jubaland after a dispute over elections.",
    ],
)
def test_a_government_cutting_funds_to_its_own_people_or_region_is_no_event(
    coder: Coder, text: str
) -> None:
    """Funds a government cuts to its own universities, pensioners or member state are a
    budget's; only aid blocked on its way to one's own people is held back from them."""
    assert coded(coder, text) == []


@pytest.mark.model
def test_an_armed_groups_blockade_is_of_its_home_states_people(coder: Coder) -> None:
    """The RSF is Sudan's: aid it kept from reaching El Fasher is kept from Sudan's people."""
    text = "RSF fighters stopped aid trucks from reaching El Fasher."
    assert coded(coder, text) == [("IMGSDNRSF", "SDNCVL", "162")]


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "M23 rebels tried to capture Uvira but were repelled.",
        "M23 fighters attempted to capture Goma.",
    ],
)
def test_a_town_armed_men_only_tried_to_take_is_not_occupied(coder: Coder, text: str) -> None:
    """An attempt to capture a town took none: no occupation (192) is coded."""
    assert "192" not in {code for _, _, code in coded(coder, text)}


@pytest.mark.model
def test_a_person_whose_name_holds_a_countrys_is_not_a_town_taken(coder: Coder) -> None:
    """ "Chad Mahamat, a local trader" is a man, not the state of Chad occupied."""
    text = "Armed men seized Chad Mahamat, a local trader, in N'Djamena."
    assert "192" not in {code for _, _, code in coded(coder, text)}


@pytest.mark.model
def test_steenhuisen_was_the_opposition_as_a_da_mp_before_he_led_the_party(
    coder: Coder,
) -> None:
    """John Steenhuisen sat for the Democratic Alliance from May 2014 (its chief whip), long
    before he led it from November 2019."""
    text = "John Steenhuisen criticised the ANC over power cuts."
    assert coded(coder, text, "2016-03-01") == [("ZAFOPP", "ZAFGOV", "111")]
