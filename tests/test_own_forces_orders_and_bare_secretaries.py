"""Review fixes for orders to one's own forces, states' envoys to the UN and a bare "the
secretary-general" (sentences written for these tests)."""

from __future__ import annotations

import pytest

from diurna import code_text
from diurna.pipeline import Coder
from tests.test_pipeline import coded as coded_on


def coded(coder: Coder, text: str, date: str = "2025-06-01") -> list[tuple[str, str | None, str]]:
    """(source, target, CAMEO code) of each event coded in a text."""
    return coded_on(coder, text, date=date)


def speakers(coder: Coder, text: str, date: str = "2025-06-01") -> list[str | None]:
    """The speaker code of each quote in a text."""
    article = code_text(text, date=date, coder=coder)
    return [q.speaker.code if q.speaker else None for q in article.quotes]


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Moscow ordered its forces in Syria to ensure the safety of the Russian bases.",
        "Moscow ordered its troops in Syria to facilitate the evacuation of Russian citizens.",
        "Hezbollah ordered its fighters in Syria to preserve their positions.",
        "Pakistan's army chief ordered troops along the Afghan border to prevent infiltration.",
        "Ankara ordered its soldiers in northern Iraq to ensure the security of the border posts.",
        "India's army chief ordered troops near the Chinese border to prevent any intrusion.",
    ],
)
def test_an_order_to_ones_own_forces_abroad_is_no_demand(coder: Coder, text: str) -> None:
    """ "its forces in Syria" took Syria's code from the place and became a demand of Syria's
    army (RUS -> SYRMIL 100, 1055); troops placed "along the Afghan border" a demand of
    Afghanistan (PAKMIL -> AFG 100). The orderer's own forces are given no demand."""
    assert coded(coder, text) == []


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Iran's supreme leader ordered Hezbollah to preserve its weapons at all costs.",
            [("IRNGOV", "IMGLBNHEZ", "100")],
        ),
        (
            "The ICJ ordered Israel to enable the delivery of humanitarian aid into Gaza.",
            [("IGOUNOICJ", "ISR", "1055")],
        ),
    ],
)
def test_an_order_to_another_party_stays_a_demand(
    coder: Coder, text: str, expected: list[tuple[str, str | None, str]]
) -> None:
    """Guard: an order to another state or group ("its weapons" is no object's owner)."""
    assert coded(coder, text) == expected


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The Taliban ordered foreign aid groups to prevent Afghan women from working in their"
        " offices.",
        "The Taliban ordered Afghan universities to prevent women from attending classes.",
    ],
)
def test_an_armed_groups_order_at_home_codes_the_act_ordered(coder: Coder, text: str) -> None:
    """The Taliban's code names no state, so an order to Afghan bodies was a demand (100 at
    AFGNGO, AFGEDU); the group's home is Afghanistan, and the act ordered is its own (191)."""
    assert coded(coder, text) == [("IMGAFGTAL", "AFGCVL", "191")]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Yemen U.N. envoy Hans Grundberg urged the Houthis to release the detained staff.",
            [("IGOUNO", "IMGYEMHOU", "0253")],
        ),
        (
            "The Syria UN envoy Geir Pedersen urged both sides to return to talks.",
            [("IGOUNO", None, "026")],
        ),
        (
            "The Libya U.N. envoy Hanna Tetteh met Haftar in Benghazi.",
            [("IGOUNO", "LBYMIL", "042")],
        ),
        (
            "Russia's U.N. envoy Vassily Nebenzia accused Ukraine of shelling the plant.",
            [("RUSGOV", "UKR", "1123")],
        ),
        (
            "The U.S. NATO envoy warned Moscow against further escalation.",
            [("USAGOV", "RUS", "130")],
        ),
    ],
)
def test_the_uns_envoy_for_a_country_is_the_uns(
    coder: Coder, text: str, expected: list[tuple[str, str | None, str]]
) -> None:
    """A bare country name before "U.N. envoy", or the UN's own envoy named, was read as the
    country's delegate (YEMGOV, SYRGOV, LBYGOV); it is the UN's. Guards: a possessive state or
    "U.S." keeps its delegate."""
    assert coded(coder, text) == expected


@pytest.mark.model
def test_the_uns_envoy_for_yemen_is_the_speaker(coder: Coder) -> None:
    """The quote's speaker was YEMGOV."""
    text = "Yemen U.N. envoy Hans Grundberg said the truce was holding."
    assert speakers(coder, text) == ["IGOUNO"]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Hamas fighters attacked an Israeli army post near Gaza. The secretary-general urged"
            " Israel to show restraint.",
            [("IMGPSEHMS", "ISRMIL", "190"), ("IGOUNOSGN", "ISR", "0256")],
        ),
        (
            "Al-Shabaab militants stormed a hotel in Mogadishu. The secretary-general urged"
            " Somalia to protect civilians.",
            [("IMGSOMSHB", "SOM", "190"), ("IGOUNOSGN", "SOM", "0234")],
        ),
        (
            "The World Food Programme warned of famine in Sudan. The secretary-general urged the"
            " warring parties to allow aid deliveries.",
            [("IGOUNOSGN", None, "0255")],
        ),
        (
            "Hezbollah fighters fired rockets at northern Israel on Sunday. The secretary-general"
            " warned Israel against a ground invasion.",
            [("IMGLBNHEZ", "ISR", "194"), ("IMGLBNHEZ", "ISR", "130")],
        ),
    ],
)
def test_a_bare_secretary_general_after_an_armed_group_or_un_agency(
    coder: Coder, text: str, expected: list[tuple[str, str | None, str]]
) -> None:
    """ "the secretary-general" took the armed group named before (Hamas, al-Shabaab) or the UN
    agency (IGOUNOWFP); no secretary-general leads those groups, and a UN body's is the UN's.
    Guard: Hezbollah's leader holds the title."""
    assert coded(coder, text) == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kenya's ruling UDA party held its national conference. The secretary-general"
            " accused the opposition of inciting violence.",
            [("KENGOV", "KENOPP", "112")],
        ),
        (
            "Thailand's ruling party named a new secretary-general. The secretary-general"
            " criticised the opposition.",
            [("THAGOV", "THAOPP", "111")],
        ),
        (
            "ANC leaders met in Johannesburg on Sunday. The secretary-general said the party"
            " would not leave the coalition.",
            [],
        ),
    ],
)
def test_a_bare_secretary_general_after_a_party_is_not_the_uns(
    coder: Coder, text: str, expected: list[tuple[str, str | None, str]]
) -> None:
    """After a party, "the secretary-general" was the UN's (IGOUNOSGN -> KENOPP; the ANC's
    "leave the coalition" even aimed at IGOUNOSGN); it is the party's state's official."""
    assert coded(coder, text) == expected


@pytest.mark.model
def test_a_party_secretary_general_is_the_speaker(coder: Coder) -> None:
    """The quote's speaker was IGOUNOSGN."""
    text = (
        "ANC leaders met in Johannesburg on Sunday. The secretary-general said the party would"
        " not leave the coalition."
    )
    assert speakers(coder, text) == ["ZAFGOV"]


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The opposition party's secretary-general accused the government of rigging the election.",
        "The secretary general of the opposition party accused the government of rigging the vote.",
    ],
)
def test_an_opposition_partys_secretary_general_is_opposition(coder: Coder, text: str) -> None:
    """The title made him GOV, so his charge against the government was a self-event and
    dropped; as "the opposition party's leader", he is OPP."""
    assert coded(coder, text) == [("---OPP", "---GOV", "112")]
