"""Maritime and grey-zone incidents: ships flagged, blocked and attacked, navies and coast
guards, pledges of defence (sentences written for these tests)."""

from __future__ import annotations

import pytest

from diurna import code_text
from diurna.pipeline import Coder
from tests.test_pipeline import coded as coded_on
from tests.test_pipeline import located


def coded(coder: Coder, text: str, date: str = "2024-04-10") -> list[tuple[str, str | None, str]]:
    """(source, target, CAMEO code) of each event coded in a text."""
    return coded_on(coder, text, date=date)


def speakers(coder: Coder, text: str, date: str = "2024-04-10") -> list[str | None]:
    """The speaker code of each quote in a text."""
    article = code_text(text, date=date, coder=coder)
    return [q.speaker.code if q.speaker else None for q in article.quotes]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Somali pirates seized a Malta-flagged cargo ship off the Horn of Africa.", [None]),
        ("Iranian commandos raided a Greece-flagged tanker in the Gulf of Oman.", [None]),
        # the place its own location phrase names is where it happened
        (
            "Houthi fighters fired a missile at a Liberia-flagged tanker off Yemen.",
            [("Yemen", "YEM")],
        ),
    ],
)
def test_a_flag_state_is_whose_ship_not_where_it_was_struck(
    coder: Coder, text: str, expected: list[tuple[str, str] | None]
) -> None:
    """ "a Malta-flagged cargo ship" names the ship's flag, not a place: the event was in
    Malta before."""
    assert located(coder, text, "2024-04-10") == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Southern Theater Command said its forces had expelled a Philippine frigate.",
            ["CHNMIL"],
        ),
        ("UKMTO said the master of a tanker had reported an explosion nearby.", ["GBRMIL"]),
        (
            "The Maritime Self-Defense Force said two Chinese destroyers had sailed past.",
            ["JPNMIL"],
        ),
        ("U.S. Southern Command said the vessel had been carrying narcotics.", ["USAMIL"]),
    ],
)
def test_named_commands_and_maritime_services_speak_for_their_military(
    coder: Coder, text: str, expected: list[str | None]
) -> None:
    """The PLA's theatre commands, the Royal Navy's UKMTO, Japan's maritime force and U.S.
    Southern Command are military (the Eastern Theater Command was read as Taiwan's)."""
    assert speakers(coder, text) == expected


@pytest.mark.model
def test_a_theater_command_is_china_s_military_beside_taiwan(coder: Coder) -> None:
    text = "The Eastern Theatre Command accused Taiwan of provocations."
    assert coded(coder, text) == [("CHNMIL", "TWN", "1123")]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "China's coast guard blocked three Philippine vessels near Sabina Shoal.",
            [("CHNMIL", "PHL", "191")],
        ),
        (
            "Chinese ships blocked a Philippine rotation mission to the grounded warship.",
            [("CHN", "PHL", "191")],
        ),
        # guard: aid held back stays a humanitarian cut
        ("Israel blocked food supplies to Gaza.", [("ISR", "PSE", "1623")]),
    ],
)
def test_blocking_boats_restricts_their_movement(
    coder: Coder, text: str, expected: list[tuple[str, str | None, str]]
) -> None:
    """Boats or a resupply mission blocked have their way restricted (191), not supplies held
    back (1623) or nothing."""
    assert coded(coder, text) == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Austin reaffirmed Washington's commitment to defend Japan.",
            [("USAMIL", "JPN", "032")],
        ),
        (
            "Albanese reaffirmed Australia's commitment to the Philippines.",
            [("AUSGOV", "PHL", "030")],
        ),
        # a commitment to no one an actor names is no event aimed at the committer's own state
        ("Kishida reaffirmed Japan's commitment to regional stability.", []),
        # guard: another state's commitment is whom a welcome is aimed at
        (
            "Blinken welcomed Japan's commitment to double its defence budget.",
            [("USAGOV", "JPN", "051")],
        ),
    ],
)
def test_a_state_s_own_commitment_is_aimed_at_whom_it_is_to(
    coder: Coder, text: str, expected: list[tuple[str, str | None, str]]
) -> None:
    """ "reaffirmed Washington's commitment to defend X": the committed state is the
    speaker's own; the commitment is to X (it was coded to the United States itself)."""
    assert coded(coder, text) == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Hamas said it would free the remaining hostages only when Israel withdrew its troops.",
            [],
        ),
        ("Moscow said it would lift the blockade when Kyiv stopped its attacks on Crimea.", []),
        # guard: a "when" clause of what happened is a fact
        (
            "When Israel withdrew its troops, Hamas freed three hostages.",
            [("ISR", None, "0874")],
        ),
    ],
)
def test_a_when_clause_of_what_will_only_be_is_a_condition(
    coder: Coder, text: str, expected: list[tuple[str, str | None, str]]
) -> None:
    """ "would release the crew only when Israel stopped its war" does not say Israel stopped
    it (CODING.md §5)."""
    assert [e for e in coded(coder, text) if e[0].startswith(("ISR", "RUS", "UKR"))] == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russia hit the grain terminal with drones.", [("RUS", None, "1952")]),
        ("The Houthis struck the bulk carrier with drones.", [("IMGYEMHOU", None, "1952")]),
        # guard: a party named after "with" is still one
        ("Israeli troops clashed with Hezbollah fighters.", [("ISRMIL", "IMGLBNHEZ", "190")]),
    ],
)
def test_a_weapon_used_with_is_no_target(
    coder: Coder, text: str, expected: list[tuple[str, str | None, str]]
) -> None:
    """ "attacked the port with drones": the drones are the weapon, not a target (they were
    coded as the attacker's own military)."""
    assert coded(coder, text) == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hezbollah fired two drones at an Israeli army base.", [("IMGLBNHEZ", "ISRMIL", "1952")]),
        (
            "The Houthis fired a drone toward the Israeli city of Eilat.",
            [("IMGYEMHOU", "ISR", "1952")],
        ),
        # guard: rockets fired keep their own code
        ("Hamas fired rockets at Ashkelon.", [("IMGPSEHMS", "ISR", "194")]),
    ],
)
def test_a_drone_fired_at_a_target_is_a_remotely_piloted_munition(
    coder: Coder, text: str, expected: list[tuple[str, str | None, str]]
) -> None:
    """ "fired a drone at" was small-arms fire (193) by the bare "fire at" row."""
    assert coded(coder, text) == expected
