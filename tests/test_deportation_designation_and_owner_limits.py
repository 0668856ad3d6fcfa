"""Narrowings of session 39's rules (sentences written for these tests): a state deportees are
sent "to" is not the story's country, a designation is a sanction only as a terrorist or
extremist one, a craft's unplaced owner is not the attacker's compatriot, an organisation
between two names joined by hyphens is still named, and a kingpin or a transitional council is
read by the word before it."""

from __future__ import annotations

import pytest

from diurna import code_text
from diurna.pipeline import Coder
from tests.test_pipeline import coded as coded_on

DATE = "2025-06-01"


def coded(coder: Coder, text: str) -> list[tuple[str, str | None, str]]:
    """(source, target, CAMEO code) of each event coded in a text."""
    return coded_on(coder, text, date=DATE)


def speakers(coder: Coder, text: str) -> list[str]:
    found = code_text(text, date=DATE, coder=coder)
    return [q.speaker.code for q in found.quotes if q.speaker]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Britain deported four asylum seekers to Rwanda under the new scheme, the Home "
            "Office said.",
            ["GBRCOP"],
        ),
        ("Italy deported 40 migrants to Albania, officials said.", ["ITAGOV"]),
        ("The United States deported migrants to South Sudan, officials said.", ["USAGOV"]),
        (
            "The United States deported migrants from Asia to Costa Rica and Panama, officials "
            "said.",
            ["USAGOV"],
        ),
    ],
)
def test_the_state_deportees_are_sent_to_does_not_take_the_story(
    coder: Coder, text: str, expected: list[str]
) -> None:
    """The deportees' "to" state and its name are not counted as the story's country: the
    unplaced officials stay the deporting state's (they were Rwanda's, Albania's, …)."""
    assert speakers(coder, text) == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The ministry designated the Red Cross as the organisation in charge of evacuations.",
            [],
        ),
        (
            "The UN designated the World Food Programme as the lead organisation for the response.",
            [],
        ),
        (
            "The government designated the aid group as an implementing partner for the program.",
            [],
        ),
        # guards: a terrorist designation is a sanction
        (
            "The United States designated Viv Ansanm and Gran Grif as terrorist organisations.",
            [("USA", "IMGHTIVIV", "163"), ("USA", "IMGHTIGGF", "163")],
        ),
        (
            "The State Department designated Tren de Aragua a foreign terrorist organization.",
            [("USAGOV", "IMGVENTDA", "163")],
        ),
    ],
)
def test_only_a_terrorist_designation_is_a_sanction(
    coder: Coder, text: str, expected: list[tuple[str, str | None, str]]
) -> None:
    """ "Designated X as the lead organisation" appoints it (it was 163)."""
    assert coded(coder, text) == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Houthis attacked a ship owned by a shipping company in the Red Sea.",
            [("IMGYEMHOU", None, "190")],
        ),
        (
            "Houthi rebels fired missiles at a tanker owned by a firm based in Athens.",
            [("IMGYEMHOU", None, "194")],
        ),
        # guard: a named owner is the target
        (
            "The Houthis fired missiles at a tanker owned by a British company.",
            [("IMGYEMHOU", "GBRBUS", "194")],
        ),
    ],
)
def test_a_crafts_unplaced_owner_is_not_the_attackers_compatriot(
    coder: Coder, text: str, expected: list[tuple[str, str | None, str]]
) -> None:
    """An owner with no country of its own took the story's, the Houthis' (YEMBUS)."""
    assert coded(coder, text) == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The US-EU-Japan trade statement criticised China's subsidies.",
            [("IGOEUREEC", "CHN", "111")],
        ),
        (
            "The US-EU-Canada statement condemned Russia's attack on Kyiv.",
            [("IGOEUREEC", "RUS", "111")],
        ),
        # guard: the middle of a hyphened place name is no organisation
        (
            "PORT-AU-PRINCE, Haiti (AP) - Gangs led by a former police officer attacked a "
            "police academy.",
            [("HTICRM", "HTICOP", "190")],
        ),
    ],
)
def test_an_organisation_hyphened_between_names_is_named(
    coder: Coder, text: str, expected: list[tuple[str, str | None, str]]
) -> None:
    """The EU between the US and Japan was dropped as the middle of one word (JPN -> CHN)."""
    assert coded(coder, text) == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Real estate kingpin Hui Ka Yan was detained by police in China.",
            [("CHNCOP", "CHN", "173")],
        ),
        (
            "The separatist transitional council accused the government of corruption.",
            [("---SEP", "---GOV", "1121")],
        ),
        # guards: a drug kingpin is a criminal, Haiti's transitional council its government
        ("Mexican police arrested a drug kingpin in Sinaloa.", [("MEXCOP", "MEXCRM", "173")]),
        (
            "Haiti's transitional council condemned the gang attack.",
            [("HTIGOV", "HTICRM", "111")],
        ),
    ],
)
def test_kingpins_and_transitional_councils_by_the_word_before(
    coder: Coder, text: str, expected: list[tuple[str, str | None, str]]
) -> None:
    """A real estate kingpin is no criminal (CHNCRM); a separatist council no government (the
    event had no source)."""
    assert coded(coder, text) == expected
