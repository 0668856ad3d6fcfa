"""An event noun that a verb puts off or prevents never took place: "postponed the release of
prisoners", "blocked the deportation of migrants", "foiled an attack" are not coded as a release,
a deportation or an attack; an attack blocked or thwarted on its way was still launched
(sentences written for these tests)."""

from __future__ import annotations

import pytest

from diurna.pipeline import Coder
from tests.test_pipeline import coded


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Israel postponed the release of Palestinian prisoners on Saturday.", []),
        ("The U.S. Supreme Court blocked the deportation of Venezuelan migrants.", []),
        ("Security forces foiled an attack by militants on a police station in Peshawar.", []),
        ("Protesters blocked the visit of the Chinese foreign minister.", []),
        ("Hungary delayed the EU's sanctions on Russia.", []),
        # what a verb stops after it began, or only judges, was done; an attack blocked on its
        # way was launched
        (
            "Ukrainian air defences blocked a massive Russian drone attack on Kyiv overnight.",
            [("RUSMIL", "UKR", "1952")],
        ),
        ("Israel completed the release of 90 Palestinian prisoners.", [("ISR", "PSECVL", "0841")]),
        ("Russia condemned the expulsion of its diplomats from Poland.", [("RUS", "POL", "111")]),
    ],
)
def test_an_act_put_off_or_prevented_is_not_coded_as_done(
    coder: Coder, text: str, expected: list[tuple[str, str | None, str]]
) -> None:
    assert coded(coder, text, date="2025-02-01") == expected
