"""A cyber, ransomware or hacking attack that is carried out, launched, staged or conducted is a
cyber attack (176), not force (190); a retaliation told with a "by"-gerund is the act of that
gerund alone, aimed at whom one retaliates against (sentences written for these tests)."""

from __future__ import annotations

import pytest

from diurna.pipeline import Coder
from tests.test_pipeline import coded


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russian hackers carried out a cyber attack on Estonia.", [("RUSCRM", "EST", "176")]),
        ("Iran staged a ransomware attack on Albania's government.", [("IRN", "ALBGOV", "176")]),
        (
            "North Korea conducted hacking attacks against South Korean banks.",
            [("PRK", "KORBUS", "176")],
        ),
        # the weapon words of force are unchanged
        ("Russia carried out missile attacks on Kyiv.", [("RUS", "UKR", "194")]),
        ("Israel carried out a military operation in Jenin.", [("ISR", "PSE", "190")]),
    ],
)
def test_a_cyber_attack_carried_out_is_no_use_of_force(
    coder: Coder, text: str, expected: list[tuple[str, str | None, str]]
) -> None:
    assert coded(coder, text, date="2025-03-01") == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Russia retaliated against Britain by expelling two diplomats.",
            [("RUS", "GBRGOV", "161")],
        ),
        ("China retaliated against Japan by suspending seafood imports.", [("CHN", "JPN", "163")]),
        ("Iran retaliated against Israel by firing missiles.", [("IRN", "ISR", "194")]),
        ("Hamas retaliated against Israel by launching rockets.", [("IMGPSEHMS", "ISR", "194")]),
        # a place the act's object is in does not replace whom one retaliates against
        (
            "Israel retaliated against Hezbollah by striking targets in southern Lebanon.",
            [("ISR", "IMGLBNHEZ", "190")],
        ),
        # with no means told, retaliating against someone is force
        ("Israel retaliated against Hezbollah.", [("ISR", "IMGLBNHEZ", "190")]),
    ],
)
def test_a_retaliation_is_the_act_it_was_made_by(
    coder: Coder, text: str, expected: list[tuple[str, str | None, str]]
) -> None:
    assert coded(coder, text, date="2025-03-01") == expected
