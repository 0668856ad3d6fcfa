"""Warnings to shield an ally, measures threatened, treaties named for cities and towns whose
names a bigger foreign city shares (sentences written for these tests)."""

from __future__ import annotations

import pytest

from diurna.pipeline import Coder
from tests.test_pipeline import coded as coded_on
from tests.test_pipeline import located as located_on

DATE = "2024-12-10"


def coded(coder: Coder, text: str) -> list[tuple[str, str | None, str]]:
    """(source, target, CAMEO code) of each event coded in a text."""
    return coded_on(coder, text, date=DATE)


def located(coder: Coder, text: str) -> list[tuple[str, str] | None]:
    """(place name, country) of each event coded in a text."""
    return located_on(coder, text, date=DATE)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Moscow warned that it would protect Belarus against any Polish aggression.",
            [("RUS", "POL", "130")],
        ),
        (
            "Ankara cautioned that Turkish forces would defend Baku against any attack from"
            " Yerevan.",
            [("TUR", "ARM", "138")],
        ),
        ("Turkey threatened to defend Azerbaijan against Armenia.", [("TUR", "ARM", "138")]),
    ],
)
def test_a_threat_to_shield_an_ally_is_aimed_at_whom_it_shields_from(
    coder: Coder, text: str, expected: list[tuple[str, str | None, str]]
) -> None:
    """The ally shielded is no target of the threat; the party it is shielded from is."""
    assert coded(coder, text) == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Beijing warned that it would support Pyongyang if attacked.", [("CHN", "PRK", "032")]),
        ("Tehran warned that it would stand by Damascus.", [("IRN", "SYR", "032")]),
        (
            "Moscow warned that it would assist Minsk if it came under attack.",
            [("RUS", "BLR", "033")],
        ),
    ],
)
def test_a_warning_that_only_pledges_to_shield_an_ally_is_the_pledge(
    coder: Coder, text: str, expected: list[tuple[str, str | None, str]]
) -> None:
    """A warning that names no one it is aimed at, only the ally the warner would stand by, is
    coded as the pledge (03x) to the ally, not as a threat (13x) against it."""
    assert coded(coder, text) == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the addressee is whom the warning is aimed at
        ("Ankara warned Yerevan that it would defend Baku.", [("TUR", "ARM", "130")]),
        # an attacker named in the condition
        ("Moscow warned that it would defend Iran if Israel attacked.", [("RUS", "ISR", "138")]),
        # someone else's pledge is no pledge of the warner's
        ("Beijing warned that Washington would support Taipei.", [("CHN", "USA", "130")]),
        # a refusal is no pledge
        ("Russia warned that it would not help Armenia.", [("RUS", "ARM", "130")]),
    ],
)
def test_warnings_that_name_whom_they_are_aimed_at_stay_threats(
    coder: Coder, text: str, expected: list[tuple[str, str | None, str]]
) -> None:
    assert coded(coder, text) == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tehran threatened to take decisive action against Baku.", [("IRN", "AZE", "130")]),
        (
            "Azerbaijan threatened to take firm measures against Armenian separatists.",
            [("AZE", "ARMSEP", "130")],
        ),
    ],
)
def test_measures_threatened_are_no_threat_of_occupation(
    coder: Coder, text: str, expected: list[tuple[str, str | None, str]]
) -> None:
    """'Take action', 'take measures' is no taking of ground (1382); nor is a 'firm' measure
    a company."""
    assert coded(coder, text) == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russia threatened to take Kharkiv.", [("RUS", "UKR", "1382")]),
        ("A Georgian firm signed a contract with Azerbaijan.", [("GEOBUS", "AZE", "057")]),
    ],
)
def test_a_town_threatened_and_a_company_keep_their_codes(
    coder: Coder, text: str, expected: list[tuple[str, str | None, str]]
) -> None:
    assert coded(coder, text) == expected


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Kyiv ratified the Rome Statute in 2024.",
        "Azerbaijan rejected the Madrid Principles.",
    ],
)
def test_a_statute_or_principles_named_for_a_city_are_no_party(coder: Coder, text: str) -> None:
    """'The Rome Statute' is no act with Italy, 'the Madrid Principles' none with Spain."""
    assert coded(coder, text) == []


@pytest.mark.model
def test_a_memorandum_signed_with_a_capital_keeps_its_party(coder: Coder) -> None:
    assert coded(coder, "Tajikistan signed a memorandum with Moscow.") == [("TJK", "RUS", "057")]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Abkhaz separatist forces detained two Georgian citizens near the Georgian town of"
            " Gali.",
            [("Gali", "GEO")],
        ),
        (
            "Iranian border guards clashed with smugglers near the Azerbaijani town of Julfa.",
            [("Julfa", "AZE")],
        ),
    ],
)
def test_a_town_of_the_story_beats_a_foreign_city_that_alone_names_its_country(
    coder: Coder, text: str, expected: list[tuple[str, str] | None]
) -> None:
    """A foreign city found under a town's name (Galle in Sri Lanka for Gali) tells its own
    country only: the story's countries are those of its actors and other places."""
    assert located(coder, text) == expected


@pytest.mark.model
def test_a_foreign_city_with_no_namesake_in_the_story_stays(coder: Coder) -> None:
    text = (
        "UN Secretary-General Antonio Guterres urged Burundi's army and rebels to cease fire,"
        " speaking in New York."
    )
    assert located(coder, text) == [("New York", "USA"), ("New York", "USA")]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Iran's Security Council secretary Ali Akbar Ahmadian met Iraqi officials in Baghdad.",
            [("IRNGOV", "IRQGOV", "042")],
        ),
        (
            "The Georgian Security Council accused Russia of occupying its territory.",
            [("GEOGOV", "RUS", "1123")],
        ),
        ("Pakistan's National Security Council condemned India.", [("PAKGOV", "IND", "111")]),
    ],
)
def test_a_state_s_own_security_council_is_its_government(
    coder: Coder, text: str, expected: list[tuple[str, str | None, str]]
) -> None:
    """A security council a state names just before it is that state's, not the UN's."""
    assert coded_on(coder, text, date="2023-08-10") == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Security Council demanded that Azerbaijan lift the blockade.",
            [("IGOUNOUSC", "AZE", "1054")],
        ),
        (
            "China vetoed a US-drafted Security Council resolution on Syria.",
            [("CHN", "IGOUNOUSC", "129")],
        ),
    ],
)
def test_the_un_security_council_stays_the_un_s(
    coder: Coder, text: str, expected: list[tuple[str, str | None, str]]
) -> None:
    assert coded_on(coder, text, date="2023-08-10") == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Armenian police broke up a protest outside the government building in Yerevan.",
            [("ARMCOP", "ARMCVL", "175")],
        ),
        (
            "Serbian police dispersed a march against the government in Belgrade.",
            [("SRBCOP", "SRBCVL", "175")],
        ),
        (
            "Belarusian riot police broke up a demonstration near the presidential palace.",
            [("BLRCOP", "BLRCVL", "175")],
        ),
    ],
)
def test_a_gathering_dispersed_is_its_people_not_the_place_or_aim_it_names(
    coder: Coder, text: str, expected: list[tuple[str, str | None, str]]
) -> None:
    """A rally with no holder named is its people (the state's civilians), not the government
    it is against or the building it is outside."""
    assert coded(coder, text) == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Georgian police broke up a rally of opposition supporters.",
            [("GEOCOP", "GEOOPP", "175")],
        ),
        (
            "Israeli police dispersed a Hamas rally in East Jerusalem.",
            [("ISRCOP", "IMGPSEHMS", "175")],
        ),
        # a ban is aimed at the state of the streets
        (
            "The military government in Mali prohibited all demonstrations in the capital, Bamako.",
            [("MLIGOV", "MLI", "172")],
        ),
    ],
)
def test_a_gathering_with_its_holders_named_stays_theirs(
    coder: Coder, text: str, expected: list[tuple[str, str | None, str]]
) -> None:
    assert coded(coder, text) == expected
