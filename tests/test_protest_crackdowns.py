"""Street protests and crackdowns: crowds fired on as they march, homes and buildings set on
fire, talks with the protesters' representatives, orders to shoot denied, figurative hijacking,
and the army chiefs and ministers of the 2024-2025 uprisings (sentences written for these
tests)."""

from __future__ import annotations

import pytest

from diurna import code_text
from diurna.pipeline import Coder
from tests.test_pipeline import coded as coded_on


def coded(coder: Coder, text: str, date: str = "2025-09-15") -> list[tuple[str, str | None, str]]:
    """(source, target, CAMEO code) of each event coded in a text."""
    return coded_on(coder, text, date=date)


def told(coder: Coder, text: str, date: str = "2025-09-15") -> list[tuple[str, str, bool]]:
    """(source, CAMEO code, negated) of each event coded in a text."""
    article = code_text(text, date=date, coder=coder)
    return [(e.source.code, e.cameo, e.negated) for e in article.events]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Riot police fired rubber bullets at farmers marching toward the capital.",
            [("---COP", "---AGR", "175")],
        ),
        (
            "Police fired tear gas and water cannon at demonstrators marching toward the"
            " president's house.",
            [("---COP", "---CVL", "175")],
        ),
    ],
)
def test_a_crowd_fired_at_as_it_marches_is_the_target(
    coder: Coder, text: str, expected: list[tuple[str, str | None, str]]
) -> None:
    """The parser makes "farmers" the subject of "marching" and "marching" the object of
    "at": the event had no target and was dropped."""
    assert coded(coder, text) == expected


@pytest.mark.model
def test_a_with_phrase_of_a_mediator_shuttling_names_no_partner(coder: Coder) -> None:
    """Guard: "with X shuttling between them" tells a circumstance, not a partner in talks."""
    text = (
        "Sudan's army chief held talks with the RSF commander in Jeddah, with Saudi mediators"
        " shuttling between the delegations."
    )
    assert coded(coder, text) == [("SDNMIL", "IMGSDNRSF", "046")]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Demonstrators set fire to the residence of the interior minister.",
            [("---CVL", "---COP", "1712")],
        ),
        (
            "Protesters set fire to the private residence of the prime minister.",
            [("---CVL", "---GOV", "1712")],
        ),
    ],
)
def test_an_officials_home_set_on_fire_is_aimed_at_the_official(
    coder: Coder, text: str, expected: list[tuple[str, str | None, str]]
) -> None:
    """A residence "of" an office-holder stands for its holder, as a site of a force does."""
    assert coded(coder, text) == expected


@pytest.mark.model
def test_the_homes_of_attackers_stay_their_states(coder: Coder) -> None:
    """Guard: the homes of gunmen are demolished at their state (the gold's reading)."""
    text = "Israeli troops demolished the homes of two Palestinian gunmen in Jenin."
    assert coded(coder, text, "2023-03-01") == [("ISRMIL", "PSE", "1712")]


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The interior minister held talks with representatives of the protesters.",
        "The army chief held talks with representatives of the Gen Z protesters.",
    ],
)
def test_representatives_stand_for_whom_they_represent(coder: Coder, text: str) -> None:
    """ "representatives of the protesters" had no actor, and the talks no target."""
    assert [e[1:] for e in coded(coder, text)] == [("---CVL", "046")]


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The interior minister said he had never ordered police to fire on the crowd.",
        "Oli said the government had not ordered police to shoot.",
    ],
)
def test_an_order_to_shoot_denied_is_no_shooting(coder: Coder, text: str) -> None:
    """What is ordered is coded as the commander's act; a command not given is not done."""
    found = told(coder, text)
    assert found and all(negated for _, _, negated in found)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The president said he had ordered troops to fire on the crowd.",
            [("---GOV", "175", False)],
        ),
        (
            "The governor said he did not hesitate to send police to disperse the crowd.",
            [("---GOV", "153", False)],
        ),
    ],
)
def test_an_order_given_or_a_hesitation_denied_stays_an_act(
    coder: Coder, text: str, expected: list[tuple[str, str, bool]]
) -> None:
    """Guard: only a negated commanding verb negates what it orders."""
    assert told(coder, text) == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Students occupied the ministry and set it ablaze.",
            [("---EDU", "---GOV", "144"), ("---EDU", "---GOV", "1712")],
        ),
        ("Rioters set a police station on fire.", [("---CVL", "---COP", "1712")]),
        (
            "Protesters surrounded the parliament building and set fire to it.",
            [("---CVL", "---LEG", "144"), ("---CVL", "---LEG", "1712")],
        ),
    ],
)
def test_setting_a_building_on_fire(
    coder: Coder, text: str, expected: list[tuple[str, str | None, str]]
) -> None:
    """ "set it ablaze" (an adjective the parser makes a predicate), "set X on fire", and "it"
    after a plural doer ("Protesters …, set fire to it": the building, not the protesters)."""
    assert coded(coder, text) == expected


@pytest.mark.model
def test_it_may_still_stand_for_the_police(coder: Coder) -> None:
    """Guard: "police", tagged plural, is an "it" in news."""
    text = "Police said it had arrested 40 people."
    assert coded(coder, text) == [("---COP", "---CVL", "173")]


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Hardliners hijacked the peace process.",
        "Hasina said the BNP had hijacked the student movement.",
    ],
)
def test_a_process_or_movement_hijacked_is_a_figure_of_speech(coder: Coder, text: str) -> None:
    """181 is the seizure of a vehicle or craft; a movement "hijacked" was seized by no one."""
    assert all(code != "181" for _, _, code in coded(coder, text, "2024-07-25"))


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gunmen hijacked a fuel tanker on the highway.", [("---UAF", None, "181")]),
        ("Pirates seized a cargo ship and hijacked it.", [("---CRM", None, "181")]),
    ],
)
def test_a_vehicle_hijacked_is_still_a_hijacking(
    coder: Coder, text: str, expected: list[tuple[str, str | None, str]]
) -> None:
    """Guard: vehicles and craft, and a pronoun for them."""
    assert coded(coder, text) == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "date", "expected"),
    [
        ("Ashok Raj Sigdel met Sushila Karki on Sunday.", "2025-09-15", ("NPLMIL", "NPLGOV")),
        ("Waker-Uz-Zaman met the student leaders in Dhaka.", "2024-08-20", ("BGDMIL", "BGDEDU")),
        (
            "Mohsin Naqvi accused PTI supporters of attacking police.",
            "2024-11-27",
            ("PAKGOV", "PAKCVL"),
        ),
        (
            "Ramesh Lekhak ordered the police to stop the protesters from entering parliament.",
            "2025-09-03",
            ("NPLGOV", "NPLCOP"),
        ),
    ],
)
def test_army_chiefs_and_ministers_of_the_uprisings(
    coder: Coder, text: str, date: str, expected: tuple[str, str]
) -> None:
    """Nepal's and Bangladesh's army chiefs, Pakistan's interior minister and Nepal's home
    minister are known by name (people.tsv, with their office dates)."""
    assert [e[:2] for e in coded(coder, text, date)] == [expected]
