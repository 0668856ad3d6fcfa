"""Victims counted by another state's officials, the officials of a federation's member states,
capitals' names that are towns of the story's state, fighting beside an ally, and terrorist
designations at home (sentences written for these tests)."""

from __future__ import annotations

import pytest

from diurna.pipeline import Coder
from tests.test_pipeline import coded as coded_on
from tests.test_pipeline import located


def coded(coder: Coder, text: str, date: str = "2025-04-10") -> list[tuple[str, str | None, str]]:
    """(source, target, CAMEO code) of each event coded in a text."""
    return coded_on(coder, text, date=date)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Russian drones killed nine civilians in a night attack, Ukrainian officials said.",
            [("RUSMIL", "UKRCVL", "1952")],
        ),
        (
            "Jordan's foreign ministry said Israeli fire killed three of its citizens.",
            [("ISR", "JORCVL", "190")],
        ),
        (
            "Syria's defence ministry said Israeli air strikes killed five civilians.",
            [("ISR", "SYRCVL", "195")],
        ),
    ],
)
def test_victims_are_of_the_state_whose_officials_report_them(
    coder: Coder, text: str, expected: list[tuple[str, str | None, str]]
) -> None:
    assert coded(coder, text) == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one state telling of its own forces: its own people, as before
        (
            "Ethiopian troops killed 14 people at a wedding, residents said.",
            [("ETHMIL", "ETHCVL", "190")],
        ),
        # the reporter is the attacker's own state: no other state is counted
        (
            "The Israeli army said its troops killed two Palestinians near Jenin.",
            [("ISRMIL", "PSECVL", "190")],
        ),
    ],
)
def test_victims_keep_their_state_when_no_other_state_reports(
    coder: Coder, text: str, expected: list[tuple[str, str | None, str]]
) -> None:
    assert coded(coder, text) == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Arizona officials accused Mexico of failing to stop fentanyl smuggling.",
            [("USAGOV", "MEX", "112")],
        ),
        (
            "Colorado police arrested a Venezuelan man on Tuesday.",
            [("USACOP", "VEN", "173")],
        ),
        (
            "New Brunswick's premier criticised Washington over the lumber tariffs.",
            [("CANGOV", "USA", "111")],
        ),
    ],
)
def test_a_federations_member_states_officials_are_its_own(
    coder: Coder, text: str, expected: list[tuple[str, str | None, str]]
) -> None:
    assert coded(coder, text) == expected


@pytest.mark.model
def test_a_capital_name_is_the_town_of_the_state_a_story_names(coder: Coder) -> None:
    text = (
        "Lebanese soldiers raided a weapons depot in the north.\n\n"
        "Gunmen opened fire on an army patrol in Tripoli on Monday."
    )
    assert ("LBNUAF", "LBNMIL", "193") in coded(coder, text)
    assert located(coder, text, "2025-04-10")[-1] == ("Tripoli", "LBN")


@pytest.mark.model
def test_a_capital_name_in_a_story_of_another_state_that_it_dwarfs_stays_the_capital(
    coder: Coder,
) -> None:
    # London, Ontario is a city of its own, but London dwarfs it: a Canadian envoy in London
    # is in Britain
    text = "Canada's trade minister arrived in London on Monday for talks on steel."
    assert coded(coder, text) == [("CANGOV", "GBR", "042")]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Eritrean troops fought alongside Ethiopian forces in Tigray.",
            [("ERIMIL", "ETHMIL", "062")],
        ),
        # fighting an enemy stays force
        (
            "Somali troops fought al-Shabaab militants near Mogadishu.",
            [("SOMMIL", "IMGSOMSHB", "190")],
        ),
    ],
)
def test_fighting_alongside_an_ally_is_military_cooperation(
    coder: Coder, text: str, expected: list[tuple[str, str | None, str]]
) -> None:
    assert coded(coder, text) == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # parsed as two objects, the cartel's name in lower case
        (
            "The United States designated the Sinaloa cartel a foreign terrorist organisation.",
            [("USA", "IMGMEXSIN", "163")],
        ),
        # a state's own movement listed as terrorist is banned, sanctioning no state
        (
            "Bahrain designated the Al-Wefaq society as a terrorist organisation.",
            [("BHR", "BHRELI", "172")],
        ),
    ],
)
def test_terrorist_designations(
    coder: Coder, text: str, expected: list[tuple[str, str | None, str]]
) -> None:
    assert coded(coder, text) == expected


@pytest.mark.model
def test_news_media_reporting_the_dead_give_them_no_state(coder: Coder) -> None:
    events = coded(coder, "Israeli strikes killed 20 people in a camp, Al Jazeera reported.")
    assert [target for _, target, _ in events] != ["QATCVL"]


@pytest.mark.model
def test_a_member_state_yields_to_the_town_of_a_state_the_story_names(coder: Coder) -> None:
    # Acre is a Brazilian state and an Israeli town
    text = "Israeli police in Acre arrested four suspects after a shooting at a wedding."
    assert coded(coder, text) == [("ISRCOP", "ISRCRM", "173")]


@pytest.mark.model
def test_a_capital_a_visiting_minister_lands_in_stays_the_capital(coder: Coder) -> None:
    text = "Lebanon's prime minister landed in Tripoli for talks with the Libyan government."
    assert coded(coder, text) == [("LBNGOV", "LBY", "042")]
    assert located(coder, text, "2025-04-10") == [("Tripoli", "LBY")]


@pytest.mark.model
def test_fighting_an_enemy_alongside_others_stays_force(coder: Coder) -> None:
    text = "Ukrainian troops fought Russian forces alongside drone units near Pokrovsk."
    assert coded(coder, text) == [("UKRMIL", "RUSMIL", "190")]


@pytest.mark.model
def test_a_date_before_movement_is_no_named_movement(coder: Coder) -> None:
    text = "Since March 23 movement curbs have kept soldiers in their barracks, officials said."
    assert not any("IMGCODMTT" in (source, target) for source, target, _ in coded(coder, text))


@pytest.mark.model
def test_the_king_keeps_his_office_under_every_name(coder: Coder) -> None:
    assert coded(coder, "King Charles III met Pope Leo at the Vatican.", "2025-06-01") == [
        ("GBRGOV", "VATGOV", "040")
    ]


@pytest.mark.model
def test_an_armed_group_of_ones_own_designated_terrorist_is_banned(coder: Coder) -> None:
    assert coded(coder, "Sudan designated the RSF a terrorist group.") == [
        ("SDN", "IMGSDNRSF", "172")
    ]


@pytest.mark.model
def test_a_national_agency_is_the_states_not_its_citizens(coder: Coder) -> None:
    text = "India's National Investigation Agency detained three suspects in Srinagar."
    assert coded(coder, text) == [("INDCOP", "INDCRM", "173")]


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Russian shelling killed three people, the Norwegian Refugee Council said.",
        "Israeli strikes killed six people, the Turkish Red Crescent said.",
    ],
)
def test_aid_bodies_reporting_the_dead_give_them_no_state(coder: Coder, text: str) -> None:
    assert [target for _, target, _ in coded(coder, text)] not in (["NORCVL"], ["TURCVL"])


@pytest.mark.model
def test_a_states_own_news_agency_counts_its_dead(coder: Coder) -> None:
    text = "Israeli strikes killed five people, Syria's state news agency reported."
    assert coded(coder, text) == [("ISR", "SYRCVL", "190")]


@pytest.mark.model
def test_fighting_a_campaign_alongside_an_ally_is_cooperation(coder: Coder) -> None:
    text = "Kenyan troops fought a long campaign alongside Somali forces."
    assert coded(coder, text) == [("KENMIL", "SOMMIL", "062")]
