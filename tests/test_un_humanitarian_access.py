"""The UN system and humanitarian access: a bare "the secretary-general", states' envoys to
organisations, courts' orders and a rapporteur's surname (sentences written for these tests)."""

from __future__ import annotations

import pytest

from diurna.pipeline import Coder
from tests.test_pipeline import coded as coded_on


def coded(coder: Coder, text: str, date: str = "2025-08-01") -> list[tuple[str, str | None, str]]:
    """(source, target, CAMEO code) of each event coded in a text."""
    return coded_on(coder, text, date=date)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The secretary-general appealed to both sides to release all detainees.",
            [("IGOUNOSGN", None, "0253")],
        ),
        (
            "The Secretary-General urged Myanmar's military to stop air strikes on villages.",
            [("IGOUNOSGN", "MMRMIL", "0256")],
        ),
        (
            "IAEA inspectors left the plant on Monday. The director-general urged Russia to"
            " withdraw from the site.",
            [("IGOUNOIAE", "RUS", "0256")],
        ),
    ],
)
def test_a_bare_head_of_secretariat_is_the_organisations(
    coder: Coder, text: str, expected: list[tuple[str, str | None, str]]
) -> None:
    """ "the secretary-general" was read as a military "general" of the country named nearby
    (---MIL, or nothing); it is the organisation named before it, else the UN's."""
    assert coded(coder, text) == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Arab League held an emergency summit in Cairo. The secretary-general accused"
            " Israel of starving Gaza.",
            [("IGOARBALL", "EGY", "040"), ("IGOARBALL", "ISR", "112")],
        ),
        (
            "Hezbollah's secretary-general threatened Israel with retaliation.",
            [("IMGLBNHEZ", "ISR", "130")],
        ),
    ],
)
def test_a_head_of_secretariat_of_a_named_body_stays_its(
    coder: Coder, text: str, expected: list[tuple[str, str | None, str]]
) -> None:
    """Guards: an organisation named before or as the owner keeps the title."""
    assert coded(coder, text) == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russia's U.N. ambassador accused Britain of hypocrisy.", [("RUSGOV", "GBR", "112")]),
        (
            "The Ukrainian EU ambassador thanked Brussels for the new sanctions package.",
            [("UKRGOV", "IGOEUREEC", "051")],
        ),
        (
            "The American NATO envoy warned Moscow against further escalation.",
            [("USAGOV", "RUS", "130")],
        ),
    ],
)
def test_a_states_envoy_to_an_organisation_is_the_states(
    coder: Coder, text: str, expected: list[tuple[str, str | None, str]]
) -> None:
    """ "Israel's U.N. ambassador" was coded IGOUNO: a state's delegate to an organisation acts
    for the state's government."""
    assert coded(coder, text) == expected


@pytest.mark.model
def test_an_organisations_own_envoy_stays_its(coder: Coder) -> None:
    """Guard: with no state before the organisation, the envoy is the organisation's."""
    text = "U.N. envoy Hans Grundberg urged the Houthis to free the detained staff."
    assert coded(coder, text) == [("IGOUNO", "IMGYEMHOU", "0253")]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The tribunal ordered Azerbaijan to facilitate the passage of aid through the"
            " Lachin corridor.",
            [("---JUD", "AZE", "1055")],
        ),
        (
            "The court ordered Myanmar to prevent acts of genocide against the Rohingya.",
            [("---JUD", "MMR", "100")],
        ),
        ("Putin ordered the army to take Bakhmut.", []),
        ("Putin ordered the army to ensure security in Kursk.", []),
        ("The government ordered police to prevent the rally.", [("---GOV", None, "172")]),
    ],
)
def test_an_order_to_a_party_is_a_demand(
    coder: Coder, text: str, expected: list[tuple[str, str | None, str]]
) -> None:
    """A court ordering a state to enable or prevent something demands it (10x); it was not
    coded at all. Guards: a state's order to its own forces is no demand (the act ordered
    stays the orderer's)."""
    assert coded(coder, text) == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Special rapporteur Francesca Albanese criticised Washington. The United States"
            " sanctioned Albanese in July.",
            [("IGOUNO", "USA", "111"), ("USA", "IGOUNO", "163")],
        ),
        (
            "Australian Prime Minister Anthony Albanese visited Beijing. Albanese met Xi Jinping.",
            [("AUSGOV", "CHN", "042"), ("AUSGOV", "CHNGOV", "040")],
        ),
    ],
)
def test_a_surname_is_the_person_named_in_full_before(
    coder: Coder, text: str, expected: list[tuple[str, str | None, str]]
) -> None:
    """ "Albanese" after "Francesca Albanese" was Australia's prime minister (the listed
    namesake); the bare surname is the person the article named in full."""
    assert coded(coder, text) == expected
