"""Ceasefire and hostage talks: who met, mediated and was freed (sentences written for these
tests)."""

from __future__ import annotations

import pytest

from diurna.pipeline import Coder
from tests.test_pipeline import coded as coded_on


def coded(coder: Coder, text: str, date: str = "2024-05-01") -> list[tuple[str, str | None, str]]:
    """(source, target, CAMEO code) of each event coded in a text."""
    return coded_on(coder, text, date=date)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Mossad chief David Barnea met CIA Director William Burns and Qatari officials in"
            " Doha.",
            [("ISRSPY", "USASPY", "040"), ("ISRSPY", "QATGOV", "040")],
        ),
    ],
)
def test_officials_after_a_titled_person_keep_their_own_sector(
    coder: Coder, text: str, expected: list[tuple[str, str | None, str]]
) -> None:
    """A parse that hangs "CIA Director William Burns and Qatari" on "officials" gave the
    Qataris the director's sector (QATSPY); the officials are government."""
    assert coded(coder, text) == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Egypt hosted talks between Israel and militants in Cairo.",
            [("EGY", "ISR", "045"), ("EGY", "ISRINS", "045")],
        ),
        (
            "Norway mediated talks between Colombia and rebels in Havana.",
            [("NOR", "COL", "045"), ("NOR", "COLREB", "045")],
        ),
    ],
)
def test_a_state_and_armed_men_given_its_country_are_two_parties(
    coder: Coder, text: str, expected: list[tuple[str, str | None, str]]
) -> None:
    """Militants or rebels that take the country of the state named beside them are still the
    other side: the state was dropped as their bare twin (only EGY -> ISRINS)."""
    assert coded(coder, text) == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            '"Hamas killed my brother," the Israeli farmer said.',
            [("IMGPSEHMS", "ISRCVL", "190")],
        ),
        (
            '"Hezbollah kidnapped my father," the Israeli said.',
            [("IMGLBNHEZ", "ISRCVL", "181")],
        ),
    ],
)
def test_a_speakers_kin_are_people_of_the_speakers_country(
    coder: Coder, text: str, expected: list[tuple[str, str | None, str]]
) -> None:
    """ "my brother" in a quotation was read before "my" had its speaker: no target, or the
    doer's country (LBNCVL); the speaker's kin are private people of the speaker's country."""
    assert coded(coder, text) == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Hamas executed six hostages, the Israeli military said.",
            [("IMGPSEHMS", "---CVL", "1823")],
        ),
        (
            "Hezbollah fighters seized two hostages near the border with Israel.",
            [("IMGLBNHEZ", "---CVL", "181")],
        ),
        (
            "Nigerian troops rescued 30 hostages from Boko Haram.",
            [("NGAMIL", "NGACVL", "073")],
        ),
    ],
)
def test_hostages_are_not_of_their_captors_country_by_default(
    coder: Coder, text: str, expected: list[tuple[str, str | None, str]]
) -> None:
    """Hostages no word places took the story's most named country, which naming their captors
    made the captors' own (PSECVL, LBNCVL); that country named in the sentence still counts."""
    assert coded(coder, text) == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hochstein met Berri in Beirut.", [("USAGOV", "LBNLEG", "042")]),
        (
            "Brett McGurk met Qatari Prime Minister Mohammed bin Abdulrahman Al Thani in Doha.",
            [("USAGOV", "QATGOV", "042")],
        ),
        ("Abbas Kamel met Khalil al-Hayya in Cairo.", [("IMGPSEHMS", "EGYSPY", "042")]),
    ],
)
def test_truce_envoys_are_known_people(
    coder: Coder, text: str, expected: list[tuple[str, str | None, str]]
) -> None:
    """The U.S. envoys and the Egyptian and Hamas negotiators of the 2024 talks were unknown
    names (no event)."""
    assert coded(coder, text) == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Houthis threatened to attack Tel Aviv.", [("IMGYEMHOU", "ISR", "1384")]),
        ("Hamas threatened to fire rockets at Ashkelon.", [("IMGPSEHMS", "ISR", "1384")]),
    ],
)
def test_a_threat_of_force_on_a_town_is_aimed_at_its_state(
    coder: Coder, text: str, expected: list[tuple[str, str | None, str]]
) -> None:
    """As the strike itself would be, a threatened strike on a town is aimed at the town's
    state (no event: the town is no actor)."""
    assert coded(coder, text) == expected
