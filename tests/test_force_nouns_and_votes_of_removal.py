"""Nouns of force the parser misreads as verbs, bombings by states and by armed groups, and
governments voted out (sentences written for these tests)."""

from __future__ import annotations

import pytest

from diurna.pipeline import Coder
from tests.test_pipeline import coded as coded_on


def coded(coder: Coder, text: str, date: str = "2024-06-10") -> list[tuple[str, str | None, str]]:
    """(source, target, CAMEO code) of each event coded in a text."""
    return coded_on(coder, text, date=date)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "shelling" read as an auxiliary or adverb of the verb after it
        (
            "Hamas shelling wounded three Israeli soldiers near the border.",
            [("IMGPSEHMS", "ISRMIL", "194")],
        ),
        (
            "PKK shelling killed two Turkish soldiers, the defence ministry said.",
            [("IMGTURPKK", "TURMIL", "194")],
        ),
        # read as a gerund with the name as its subject, in a reported clause
        (
            "Sudan's army said RSF shelling killed 15 civilians.",
            [("IMGSDNRSF", "SDNCVL", "194")],
        ),
    ],
)
def test_a_named_groups_shelling_is_shelling(
    coder: Coder, text: str, expected: list[tuple[str, str | None, str]]
) -> None:
    assert coded(coder, text) == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Saudi bombing killed 20 people at a market in Saada.", [("SAU", "YEMCVL", "195")]),
        (
            "Boko Haram claimed the bombing of a mosque in Maiduguri.",
            [("IMGNGABKH", "NGAREL", "183")],
        ),
        # a bombing no actor is behind stays 183
        ("A bombing in Kabul killed 30 people.", [("AFGUAF", "AFGCVL", "183")]),
    ],
)
def test_a_states_bombing_is_from_the_air_and_an_armed_groups_is_not(
    coder: Coder, text: str, expected: list[tuple[str, str | None, str]]
) -> None:
    assert coded(coder, text) == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Nepal's parliament toppled the coalition government through a no-confidence vote.",
            [("NPLLEG", "NPLGOV", "172")],
        ),
        # a coup stays a coup
        (
            "The generals toppled the elected government in a bloodless coup.",
            [("---MIL", "---GOV", "180")],
        ),
    ],
)
def test_a_government_voted_out_is_removed_not_overthrown(
    coder: Coder, text: str, expected: list[tuple[str, str | None, str]]
) -> None:
    assert coded(coder, text) == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an alliance's bombing is from the air: only armed groups' bombings are 183
        ("NATO's bombing of Libya lasted seven months.", [("IGOWSTNAT", "LBY", "195")]),
        # an armed group's bombing with drones is from the air
        (
            "Al-Shabaab claimed the bombing of a Kenyan base with drones.",
            [("IMGSOMSHB", "KEN", "195")],
        ),
        # an armed group's bombing as a killing's subject is still no air strike
        (
            "Hezbollah's bombing of the US embassy in Beirut killed 63 people.",
            [("IMGLBNHEZ", "LBNCVL", "183")],
        ),
    ],
)
def test_bombings_from_the_air_by_what_the_words_say(
    coder: Coder, text: str, expected: list[tuple[str, str | None, str]]
) -> None:
    assert coded(coder, text) == expected


@pytest.mark.model
def test_an_ing_word_that_is_no_force_noun_keeps_its_clause(coder: Coder) -> None:
    text = "Analysts said Iran attacking shipping would raise oil prices."
    assert coded(coder, text) == [("IRN", None, "190")]
