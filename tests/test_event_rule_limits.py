"""Where three event rules stop: a cyber intrusion needs a computer object or hackers, a judging
word's "to" phrase names the wronged, and an "undesirable" listing needs a named body (sentences
written for these tests, near misses a session-37 review found coded wrong)."""

from __future__ import annotations

import pytest

from diurna.pipeline import Coder
from tests.test_pipeline import coded as coded_on


def coded(coder: Coder, text: str) -> list[tuple[str, str | None, str]]:
    """(source, target, CAMEO code) of each event coded in a text dated 1 May 2024."""
    return coded_on(coder, text, date="2024-05-01")


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Mexican marines infiltrated the Jalisco cartel's drug trafficking network, officials"
            " said.",
            [],
        ),
        (
            "Undercover police infiltrated a far-right network in Austria and arrested eight"
            " people.",
            [("AUTCOP", "AUTCVL", "173")],
        ),
        (
            "Al-Shabaab fighters infiltrated the Kenyan army's security system and attacked a camp"
            " in Lamu.",
            [("IMGSOMSHB", "KEN", "190")],
        ),
        ("Kenyan troops breached the militants' defence system near the border.", []),
    ],
)
def test_getting_into_a_network_of_people_is_no_cyber_attack(
    coder: Coder, text: str, expected: list[tuple[str, str | None, str]]
) -> None:
    """Breaching, infiltrating or compromising a network or system is a cyber attack (176) only
    when it is a computer's or hackers get into it; a smuggling ring or an army's security
    system is none (each gave 176)."""
    assert coded(coder, text) == expected


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Zelensky called the ceasefire proposal unfair to Ukraine.",
        "Macron called the fishing deal unfair to French fishermen.",
        "Orban called the migration pact unfair to Hungary.",
        "Lula called the sanctions unfair to Venezuela.",
    ],
)
def test_whom_a_judging_word_says_is_wronged_is_not_condemned(coder: Coder, text: str) -> None:
    """Calling a thing no actor owns "unfair to X" condemns no one: X is the party wronged,
    not the one criticised (each gave the speaker -> X 111)."""
    assert coded(coder, text) == []


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Moscow labelled the British ambassador's remarks undesirable meddling.", []),
        ("The Belarusian foreign ministry labelled the EU's new sanctions undesirable.", []),
        ("The Kremlin labelled the new US tariffs undesirable.", []),
        (
            "The Russian foreign ministry labelled the German embassy's statement undesirable"
            " interference in Russia's internal affairs.",
            [],
        ),
        (
            "Russia's Justice Ministry declared the Moscow Times an undesirable organisation on"
            " Friday.",
            [("RUSGOV", "RUSMED", "1721")],
        ),
    ],
)
def test_only_a_body_outlet_or_person_is_listed_undesirable(
    coder: Coder, text: str, expected: list[tuple[str, str | None, str]]
) -> None:
    """An undesirable listing bans (172x) only a body, outlet or person an actor names; a
    statement, remarks, sanctions or tariffs called undesirable list no one (they gave 172,
    some with no target); the Moscow Times is a Russian outlet (it gave RUS 172)."""
    assert coded(coder, text) == expected
