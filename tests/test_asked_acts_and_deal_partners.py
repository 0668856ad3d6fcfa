"""What one tells or asks someone to do is the addressee's act, asked for and not done: "told
Armenia to withdraw its troops" is a demand (10x), never the teller's withdrawal, and what is
told as news ("officials told AFP that …") is no demand. A signed deal's "to" clause names whom
the deal is with ("signed a deal to sell uranium to France") (sentences written for these
tests)."""

from __future__ import annotations

import pytest

from diurna.pipeline import Coder
from tests.test_pipeline import coded


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a demand of the addressee, as "ordered X to …" is
        (
            "Lavrov told Armenia to withdraw its troops from the border.",
            [("RUSGOV", "ARM", "1056")],
        ),
        (
            "The Saudi crown prince told the Houthis to stop firing at ships in the Red Sea.",
            [("SAUGOV", "IMGYEMHOU", "105")],
        ),
        ("Museveni told Kenya to release the opposition leader.", [("UGAGOV", "KEN", "1053")]),
        (
            "Niger's junta told the French ambassador to leave the country.",
            [("NERMIL", "FRAGOV", "161")],
        ),
        ("Mali's junta told French troops to leave the country.", [("MLIMIL", "FRAMIL", "166")]),
        # an act asked for with no demand row is nobody's act yet
        ("Zelensky told Hungary to complain to Moscow.", []),
        ("Erdogan told Sweden to hand over Kurdish militants.", []),
        # one's own forces told to act are commanded: the act is coded as the commander's
        ("Putin told the army to withdraw from Kherson.", [("RUSGOV", "UKR", "0874")]),
        ("Putin told troops to attack Kharkiv.", [("RUSGOV", "UKR", "190")]),
        # another state's army, an unnamed minister, or a body telling the police: asked
        ("Washington told the army of Niger to release Bazoum.", [("USA", "NERMIL", "1053")]),
        (
            "Erdogan told the army of Syria to stop attacking Kurdish-held areas.",
            [("TURGOV", "SYRMIL", "105")],
        ),
        (
            "Trump told the prime minister to end the war in Gaza, an Israeli official said.",
            [("USAGOV", "PSE", "1056")],
        ),
        (
            "The UN told the police to stop using force against protesters in Kenya.",
            [("IGOUNO", "KENCOP", "105")],
        ),
        # an advisory to come home is no demand for a release
        ("Lebanon told Syrian refugees to return home.", []),
        # news told to someone is said, not asked for
        (
            "Officials told AFP that Israeli troops had withdrawn from the crossing.",
            [("ISRMIL", None, "0874")],
        ),
    ],
)
def test_what_one_is_told_to_do_is_asked_of_them(
    coder: Coder, text: str, expected: list[tuple[str, str | None, str]]
) -> None:
    assert coded(coder, text, date="2025-03-01") == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kazakhstan signed a deal to sell uranium to France.", [("KAZ", "FRA", "057")]),
        ("Pakistan signed an agreement to buy LNG from Qatar.", [("PAK", "QAT", "057")]),
        (
            "Indonesia signed a contract to purchase fighter jets from Turkey.",
            [("IDN", "TUR", "057")],
        ),
        ("Uzbekistan signed a deal to import buses from China.", [("UZB", "CHN", "057")]),
        (
            "Britain signed a treaty to hand the Chagos Islands to Mauritius.",
            [("GBR", "MUS", "057")],
        ),
        # what is traded, or what a deal guards against, is no party to it
        ("Brazil signed a deal to buy Chinese fertiliser.", []),
        ("Greece signed a defence pact to protect its islands from Turkey.", []),
        ("Poland signed a deal to cut gas imports from Russia.", []),
    ],
)
def test_a_signed_deal_is_with_whom_it_trades(
    coder: Coder, text: str, expected: list[tuple[str, str | None, str]]
) -> None:
    assert coded(coder, text, date="2025-03-01") == expected
