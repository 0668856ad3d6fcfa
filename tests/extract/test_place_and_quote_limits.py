"""Where three place and quote rules stop: a city abroad beats a home namesake only in an
international story, an act prevented keeps its place, and a quoted name before its verb is the
speaker (sentences written for these tests, near misses a session-37 review found coded wrong)."""

from __future__ import annotations

import pytest

from diurna.pipeline import Coder
from tests.extract.test_places import code_story
from tests.extract.test_quotes import quotes, run


def located(coder: Coder, text: str) -> set[tuple[str, str] | None]:
    """(name, country) of the place of every event coded from ``text``."""
    return {
        (e.location.name, e.location.country) if e.location else None
        for e in code_story(coder, text, "2024-05-01").events
    }


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one-country stories keep their own town, however big a namesake abroad is
        (
            "Police Scotland arrested a woman in Hamilton after a man was stabbed on Friday.",
            {("Hamilton", "GBR")},
        ),
        (
            "Scottish police arrested a dozen demonstrators in Hamilton, Scotland on Sunday.",
            {("Hamilton", "GBR")},
        ),
        ("British police detained three activists in Richmond on Monday.", {("Richmond", "GBR")}),
        (
            "Spanish police detained two suspected jihadists in Guadalajara on Friday.",
            {("Guadalajara", "ESP")},
        ),
        # a state or country after the name says which town it is, in any story
        ("US and Russian diplomats met in Geneva, Illinois on Monday.", {("Geneva", "USA")}),
        (
            "British and Irish police arrested two men in Hamilton, Scotland on Friday.",
            {("Hamilton", "GBR")},
        ),
    ],
)
def test_a_city_abroad_does_not_displace_the_home_town_of_a_one_country_story(
    coder: Coder, text: str, expected: set[tuple[str, str] | None]
) -> None:
    assert located(coder, text) == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an act a verb of preventing stops happens where it was stopped
        (
            "Armenian police prevented opposition protesters from marching in Yerevan on Sunday.",
            {("Yerevan", "ARM")},
        ),
        (
            "Belarusian police blocked reporters from entering the courthouse in Minsk on Tuesday.",
            {("Minsk", "BLR")},
        ),
        (
            "Belarusian riot police prevented opposition supporters from gathering in Minsk.",
            {("Minsk", "BLR")},
        ),
        (
            "Israeli troops blocked Palestinian villagers from reaching their fields near Hebron.",
            {("Hebron", "PSE")},
        ),
        ("Russia banned the BBC from broadcasting in Russia.", {("Russia", "RUS")}),
        # a town fought "for" is where the fighting is, unlike a country worked "for"
        (
            "Ukraine's army said Russian troops attacked Ukrainian positions in their offensive"
            " for Kharkiv.",
            {("Kharkiv", "UKR")},
        ),
    ],
)
def test_a_prevented_act_and_a_town_fought_for_keep_their_place(
    coder: Coder, text: str, expected: set[tuple[str, str] | None]
) -> None:
    assert located(coder, text) == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            'The self-proclaimed "Luhansk People\'s Republic" said Ukrainian shelling killed two'
            " civilians.",
            "IMGUKRLPR",
            "Ukrainian shelling killed two civilians",
        ),
        (
            '"Hayat Tahrir al-Sham" said in a statement that its fighters had killed five Syrian'
            " soldiers.",
            "IMGSYRHTS",
            "its fighters had killed five Syrian soldiers",
        ),
        (
            'The so-called "Azov Regiment" said its fighters had repelled the assault.',
            "---MIL",
            "its fighters had repelled the assault",
        ),
        (
            'The daily "Izvestia" reported that Russia had expelled three Latvian diplomats.',
            "---",
            "Russia had expelled three Latvian diplomats",
        ),
    ],
)
def test_a_quoted_name_before_its_reporting_verb_is_the_speaker(
    coder: Coder, text: str, speaker: str, content: str
) -> None:
    assert (speaker, content, False) in quotes(run(coder, text, "2024-05-01"))
