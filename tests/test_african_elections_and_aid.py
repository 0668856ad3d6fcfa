"""African elections, courts and the Great Lakes: organisation acronyms the parser misread, the
opposition figures of 2023-2025, and aid blocked from reaching a region (sentences written for
these tests)."""

from __future__ import annotations

import pytest

from diurna.pipeline import Coder
from tests.test_pipeline import coded as coded_on


def coded(coder: Coder, text: str, date: str = "2025-07-01") -> list[tuple[str, str | None, str]]:
    """(source, target, CAMEO code) of each event coded in a text."""
    return coded_on(coder, text, date=date)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "date", "expected"),
    [
        (
            "ECOWAS imposed travel bans on members of Niger's junta.",
            "2023-08-20",
            [("IGOWAFWAS", "NERMIL", "172")],
        ),
        (
            "ECOWAS imposed sanctions on Mali's military rulers.",
            "2022-01-10",
            [("IGOWAFWAS", "MLIMIL", "163")],
        ),
    ],
)
def test_a_long_organisation_acronym_opening_a_sentence_is_a_name(
    coder: Coder, text: str, date: str, expected: list[tuple[str, str | None, str]]
) -> None:
    """The parser read "ECOWAS" before a past tense as a verb (its ending "-WAS"), leaving the
    sentence with no subject and no event; the table's long acronyms now read as names."""
    assert coded(coder, text, date) == expected


@pytest.mark.model
def test_short_acronyms_and_lower_case_bodies_keep_their_reading(coder: Coder) -> None:
    """Guards: an acronym of four letters or fewer and an acronym already read as a name."""
    assert coded(coder, "RSF fighters attacked the city of El Fasher.", "2024-06-01") == [
        ("IMGSDNRSF", "SDN", "190")
    ]
    assert coded(coder, "UNICEF accused the RSF of recruiting children.", "2024-06-01") == [
        ("IGOUNOCEF", "IMGSDNRSF", "112")
    ]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "date", "expected"),
    [
        (
            "Ugandan police arrested Kizza Besigye in Kampala.",
            "2024-11-20",
            [("UGACOP", "UGAOPP", "173")],
        ),
        (
            "Tanzanian police detained Tundu Lissu in Dar es Salaam.",
            "2025-04-09",
            [("TZACOP", "TZAOPP", "173")],
        ),
        (
            "Mondlane accused the police of killing his supporters.",
            "2024-11-05",
            [("MOZOPP", "MOZCOP", "112")],
        ),
        (
            "Maurice Kamto accused the government of rigging the vote.",
            "2025-08-01",
            [("CMROPP", "CMRGOV", "112")],
        ),
        (
            "Tidjane Thiam criticised President Ouattara.",
            "2025-06-01",
            [("CIVOPP", "CIVGOV", "111")],
        ),
        (
            "Kabarebe met Tshisekedi in Luanda.",
            "2024-03-01",
            [("RWAGOV", "CODGOV", "040")],
        ),
        (
            "Issa Tchiroma Bakary accused Paul Biya of rigging the election.",
            "2025-10-20",
            [("CMROPP", "CMRGOV", "112")],
        ),
    ],
)
def test_opposition_figures_of_the_great_lakes_and_west_africa(
    coder: Coder, text: str, date: str, expected: list[tuple[str, str | None, str]]
) -> None:
    """People.tsv rows for the opposition leaders and officials of these stories, with dates."""
    assert coded(coder, text, date) == expected


@pytest.mark.model
def test_a_minister_turned_candidate_is_coded_by_the_event_date(coder: Coder) -> None:
    """Tchiroma was a minister of Biya's government until 2025, then his challenger."""
    text = "Issa Tchiroma Bakary criticised Human Rights Watch."
    assert coded(coder, text, "2015-03-01") == [("CMRGOV", "NGOHRIHRW", "111")]
    assert coded(coder, text, "2025-10-01") == [("CMROPP", "NGOHRIHRW", "111")]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "date", "expected"),
    [
        (
            "Sudanese soldiers blocked food aid from reaching Darfur.",
            "2024-06-01",
            [("SDNMIL", "SDNCVL", "1623")],
        ),
        (
            "Ethiopian soldiers stopped aid from getting into Amhara.",
            "2023-09-01",
            [("ETHMIL", "ETHCVL", "162")],
        ),
        (
            "Eritrean troops blocked aid convoys to Tigray.",
            "2021-06-01",
            [("ERIMIL", "ETH", "1623")],
        ),
    ],
)
def test_aid_blocked_from_reaching_a_region_is_held_back_from_its_people(
    coder: Coder, text: str, date: str, expected: list[tuple[str, str | None, str]]
) -> None:
    """A region named as news writes it ("Tigray", not ISO's "Tigrai") is its state's; aid kept
    from it is kept from its people, or from its state when the blockers are foreign."""
    assert coded(coder, text, date) == expected


@pytest.mark.model
def test_aid_blocked_with_no_destination_or_from_a_giver_is_unchanged(coder: Coder) -> None:
    """Guards: no place named, and aid "from" a giver rather than a place it goes to."""
    assert coded(coder, "The army blocked aid on Monday.", "2024-06-01") == []
    assert coded(coder, "Israel blocked aid from entering Gaza.", "2024-06-01") == [
        ("ISR", "PSE", "162")
    ]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "date", "expected"),
    [
        (
            "RSF fighters seized Wad Madani in December.",
            "2024-01-10",
            [("IMGSDNRSF", "SDN", "192")],
        ),
        ("Houthi rebels seized Sanaa.", "2014-09-25", [("IMGYEMHOU", "YEM", "192")]),
        ("Jihadist fighters captured Timbuktu.", "2012-04-05", [("---REB", "MLI", "192")]),
    ],
)
def test_a_named_town_captured_or_seized_by_force_is_territory_occupied(
    coder: Coder, text: str, date: str, expected: list[tuple[str, str | None, str]]
) -> None:
    """Bare "seize" is property (171) and bare "capture" an arrest (173); a named town, region
    or capital taken by armed men is territory occupied (192), its state's."""
    assert coded(coder, text, date) == expected


@pytest.mark.model
def test_people_and_ships_captured_or_seized_keep_their_codes(coder: Coder) -> None:
    """Guards: soldiers captured are arrested, a tanker seized is property."""
    assert coded(coder, "Ukrainian forces captured Russian soldiers.", "2024-01-10") == [
        ("UKRMIL", "RUSMIL", "173")
    ]
    assert coded(coder, "Iran seized a British tanker.", "2019-07-20") == [("IRN", "GBR", "171")]
