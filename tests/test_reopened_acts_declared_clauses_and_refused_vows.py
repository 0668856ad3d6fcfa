"""A hyphened "re-" verb codes as its verb where its own rows meet nothing, a present-tense
clause with an object after "declared" is reported speech, an act vowed not to be done is
coded only as a refusal, and Jean-Marie Le Pen is not Marine Le Pen (sentences written for
these tests)."""

from __future__ import annotations

import pytest

from diurna import code_text
from diurna.pipeline import Coder
from tests.test_pipeline import coded as coded_on


def coded(coder: Coder, text: str, date: str = "2025-04-10") -> list[tuple[str, str | None, str]]:
    """(source, target, CAMEO code) of each event coded in a text."""
    return coded_on(coder, text, date=date)


def speakers(coder: Coder, text: str, date: str = "2025-04-10") -> list[str | None]:
    """The speaker code of each quote in a text."""
    article = code_text(text, date=date, coder=coder)
    return [q.speaker and q.speaker.code for q in article.quotes]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Police re-opened the investigation into the death of the opposition journalist"
            " in Belgrade.",
            [("SRBCOP", "SRB", "091")],
        ),
        (
            "Prosecutors in Bucharest re-opened the case against former president Ion Iliescu.",
            [("ROUJUD", "ROUELI", "115")],
        ),
        (
            "Russian troops re-entered the town of Kupiansk after heavy fighting.",
            [("RUSMIL", "UKR", "192")],
        ),
    ],
)
def test_a_re_verb_codes_as_its_verb_where_its_own_rows_meet_nothing(
    coder: Coder, text: str, expected: list[tuple[str, str | None, str]]
) -> None:
    """ "re-opened" kept one word (lemma "reopen") lost the rows of "open" and "enter": the
    investigation, the case and the town coded nothing."""
    assert coded(coder, text) == expected


@pytest.mark.model
def test_a_re_verb_keeps_its_own_rows(coder: Coder) -> None:
    """Guard: the prefixed verb's own rows still come first where they meet the object."""
    assert coded(coder, "Georgia re-opened its embassy in Damascus.") == [("GEO", "SYR", "050")]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Polish prime minister declared Poles want peace.", ["POLGOV"]),
        ("The Serbian president declared Serbs have nothing to fear in Kosovo.", ["SRBGOV"]),
        (
            "The French president declared Europeans deserve a seat at the table.",
            ["FRAGOV"],
        ),
    ],
)
def test_a_declared_clause_with_an_object_is_reported_speech(
    coder: Coder, text: str, expected: list[str | None]
) -> None:
    """A present-tense verb with a direct object after "declared" is a real clause: these
    were taken for what "declare" makes of its object and lost their quote."""
    assert speakers(coder, text) == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bulgaria declared two Russian diplomats persona non grata.", [("BGR", "RUSGOV", "161")]),
        ("The Moldovan foreign ministry declared three Russian officials unwelcome.", []),
    ],
)
def test_persons_declared_unwelcome_are_still_no_quote(
    coder: Coder, text: str, expected: list[tuple[str, str | None, str]]
) -> None:
    """Guard: "grata", the object the tagger gives "persona" read as a verb, marks no clause,
    and "declared three officials unwelcome" stays no speech."""
    assert speakers(coder, text) == []
    assert coded(coder, text) == expected


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Trump vowed not to send US troops to Ukraine.",
        "Hungary pledged not to veto the new sanctions package against Russia.",
    ],
)
def test_an_act_vowed_not_to_be_done_is_coded_only_as_a_refusal(coder: Coder, text: str) -> None:
    """ "vowed not to send troops" was the negated deployment (138, a threat of force against
    Ukraine); an act that maps to no refusal gives nothing, nor the vow's own generic row."""
    assert coded(coder, text, "2025-06-01") == []


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Vucic vowed not to resign despite weeks of protests.", [("SRBGOV", None, "1231")]),
        ("Trump vowed to send more troops to Poland.", [("USAGOV", "POL", "033")]),
    ],
)
def test_a_refused_vow_and_a_vow_still_code(
    coder: Coder, text: str, expected: list[tuple[str, str | None, str]]
) -> None:
    """Guard: a vow not to act that maps to a refusal (1231), and a vow to act (033)."""
    assert coded(coder, text, "2025-06-01") == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "date", "expected"),
    [
        ("Jean-Marie Le Pen said the verdict was political.", "2025-04-10", ["FRAELI"]),
        ("Jean-Marie Le Pen said the runoff was lost.", "2002-05-06", ["FRAOPP"]),
        ("Marine Le Pen said the verdict was political.", "2025-04-10", ["FRAOPP"]),
    ],
)
def test_jean_marie_le_pen_is_not_marine_le_pen(
    coder: Coder, text: str, date: str, expected: list[str | None]
) -> None:
    """His full name met Marine Le Pen's "Le Pen" row, a leader in opposition in 2025."""
    assert speakers(coder, text, date) == expected
