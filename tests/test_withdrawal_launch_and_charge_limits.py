"""Sentences written for these tests (protest, war and political news): the limits of three
rules, each kept to what it is for. A crowd charged "with" anything but an offence is charged by
the police (175), not in law; "pulled out of" a race, a market or a deal is no military retreat;
and a state's missile launch is a show of force (150) only when it stands alone."""

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
        ("Riot police charged the crowd with pepper spray.", [("---COP", "---CVL", "175")]),
        (
            "Police charged the marchers with rubber bullets and tear gas.",
            [("---COP", "---CVL", "175")],
        ),
        (
            "Police in Dhaka charged the demonstrators with canes.",
            [("BGDCOP", "BGDCVL", "175")],
        ),
        ("Police charged the protesters with dogs and horses.", [("---COP", "---CVL", "175")]),
        (
            "Police charged the protesters with armoured vehicles in Nairobi.",
            [("KENCOP", "KENCVL", "175")],
        ),
        ("Police charged the crowd with their shields raised.", [("---COP", "---CVL", "175")]),
    ],
)
def test_a_crowd_charged_with_no_offence_is_charged_by_police(
    coder: Coder, text: str, expected: list[tuple[str, str | None, str]]
) -> None:
    """Only a "with" phrase naming an offence ("with rioting", "with blocking a road") makes a
    crowd's charge one in law (173); pepper spray, canes, dogs or vehicles, in any conjunct, are
    how the police charged it (175). All gave 173."""
    assert coded(coder, text) == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The governor pulled out of the presidential race on Sunday.", []),
        ("The opposition candidate pulled out of the election last week.", []),
        ("Iran's economy pulled out of recession last year.", []),
        ("The airline pulled out of the Indian market.", []),
        ("Foreign investors pulled out of the port project.", []),
        ("BP pulled out of Russia after the invasion.", []),
        ("Egypt pulled out of the mediation between Israel and Hamas.", []),
        ("Brazil pulled out of the Paris climate agreement.", []),
        ("Poland pulled out of the Istanbul Convention.", []),
        ("Russia pulled out from the Black Sea grain deal.", []),
        ("Washington pulled out of the Iran nuclear deal in 2018.", [("USA", "IRN", "160")]),
        # "withdrew from" is read the same way
        ("The governor withdrew from the presidential race on Sunday.", []),
        ("BP withdrew from Russia after the invasion.", []),
        ("Ukraine withdrew from Avdiivka to avoid encirclement.", [("UKR", None, "0874")]),
        ("Israel withdrew from the Philadelphi corridor.", [("ISR", None, "0874")]),
    ],
)
def test_pulling_out_of_no_place_is_no_retreat(
    coder: Coder, text: str, expected: list[tuple[str, str | None, str]]
) -> None:
    """ "Pulled out of" or "withdrew from" is a military withdrawal (0874) only for forces, troops
    or a state leaving a place ("Russian troops pulled out of Kherson", "Israel pulled out of
    Gaza"); a race, an election, a market, a project, a mediation, or a company leaving a country
    is none, and a treaty or deal left codes as "withdrew from" it does (160 with a party, else
    nothing). All gave 0874."""
    assert coded(coder, text) == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Israel fired a missile that struck a motorbike in southern Lebanon.",
            [("ISR", None, "194")],
        ),
        (
            "Russia fired a missile that hit an apartment block in Dnipro.",
            [("RUS", None, "194")],
        ),
        (
            "Russia launched missiles overnight.\n\n"
            "They struck power plants in Odesa, killing three people.",
            [("RUS", None, "194"), ("RUS", "UKRCVL", "190")],
        ),
        (
            "Israel fired missiles.\n\nThey hit a school in Rafah.",
            [("ISR", None, "194"), ("ISR", "PSEEDU", "190")],
        ),
        (
            "Russia launched 30 missiles and 80 drones, Ukraine's air force said.",
            [("RUS", None, "194")],
        ),
        ("Iran launched a missile and several drones.", [("IRN", None, "194")]),
        (
            "Israel and Hezbollah exchanged fire across the border.\n\n"
            "Israel fired a missile, the group said.",
            [("ISR", "IMGLBNHEZ", "193"), ("IMGLBNHEZ", "ISR", "193"), ("ISR", None, "194")],
        ),
    ],
)
def test_a_missile_launch_in_a_story_of_force_is_an_attack(
    coder: Coder, text: str, expected: list[tuple[str, str | None, str]]
) -> None:
    """A state's missile fired at no one named is a show of force (150) only when the launch
    stands alone ("North Korea launched a ballistic missile"); a missile "that struck" something,
    one launched with drones, or one in a story that tells other force (what the missiles hit,
    an exchange of fire) is an attack (194). All gave 150."""
    assert coded(coder, text) == expected
