"""Warnings to defend one's own assets, force on a gathering abroad or with its holders named
after the verb, big foreign cities against the story's villages and a state's turn in the UN
Security Council (review fixes; sentences written for these tests)."""

from __future__ import annotations

import pytest

from diurna.pipeline import Coder
from tests.test_pipeline import coded as coded_on
from tests.test_pipeline import located as located_on

DATE = "2025-06-01"


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
            "Beijing warned that it would defend its fishing fleet near the Philippines.",
            [("CHN", "PHL", "130")],
        ),
        ("Russia warned that it would defend its bases in Syria.", [("RUS", "SYR", "130")]),
        ("Turkey warned that it would defend its troops in Syria.", [("TUR", "TURMIL", "138")]),
        (
            "The United States warned that it would defend its forces in Iraq.",
            [("USA", "IRQMIL", "130")],
        ),
    ],
)
def test_a_warning_to_defend_ones_own_is_no_pledge(
    coder: Coder, text: str, expected: list[tuple[str, str | None, str]]
) -> None:
    """What the warner would defend is its own (its fleet, bases, troops): a warning, not a
    pledge to the country they are in."""
    assert coded(coder, text) == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("US troops fired on a demonstration in Fallujah.", [("USAMIL", "IRQCVL", "193")]),
        ("Israeli aircraft struck a vigil in Gaza City.", [("ISRMIL", "PSECVL", "195")]),
        (
            "Israeli troops fired rubber bullets at a march in Hebron.",
            [("ISRMIL", "PSECVL", "175")],
        ),
        (
            "Russian troops dispersed a rally in occupied Kherson with stun grenades.",
            [("RUSMIL", "UKRCVL", "175")],
        ),
    ],
)
def test_force_on_a_gathering_abroad_is_aimed_at_the_people_there(
    coder: Coder, text: str, expected: list[tuple[str, str | None, str]]
) -> None:
    """A crowd in another country than the force's is that country's people."""
    assert coded(coder, text) == expected


@pytest.mark.model
def test_a_gatherings_holders_named_after_the_verb_stay_theirs(coder: Coder) -> None:
    """The parser hangs "by Uyghur activists" on "broke up": they hold the vigil."""
    assert coded(coder, "Chinese police broke up a vigil by Uyghur activists.") == [
        ("CHNCOP", "CHNNGOUIG", "175")
    ]


@pytest.mark.model
def test_a_big_foreign_city_beats_a_village_of_the_story(coder: Coder) -> None:
    """Varna is Bulgaria's third city, not a Russian village, when nothing places it at home."""
    assert located(coder, "Russian envoys arrived in Varna.") == [("Varna", "BGR")]


@pytest.mark.model
def test_a_states_security_council_presidency_is_the_uns_council(coder: Coder) -> None:
    """'Slovenia's Security Council presidency' is its turn at the UN's council, not a council
    of Slovenia's own."""
    assert coded(
        coder, "Slovenia's Security Council presidency called an emergency meeting on Gaza."
    ) == [("IGOUNOUSC", "PSE", "026")]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a state's troops at a crowd no place phrase places, in a story of that state alone,
        # act on its own people
        (
            "Sudanese soldiers fired on a rally against the coup, killing five, doctors said.",
            [("SDNMIL", "SDNCVL", "193")],
        ),
        (
            "Syrian troops opened fire on a demonstration after Friday prayers, activists said.",
            [("SYRMIL", "SYRCVL", "193")],
        ),
        # a craft's owner made local by its own word is the story's
        (
            "Somali pirates seized a fishing vessel owned by a local company in Puntland.",
            [("SOMCRM", "SOMBUS", "171")],
        ),
    ],
)
def test_own_troops_at_an_unplaced_crowd_and_a_local_owner(
    coder: Coder, text: str, expected: list[tuple[str, str | None, str]]
) -> None:
    assert coded(coder, text) == expected
