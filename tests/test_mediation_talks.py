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
