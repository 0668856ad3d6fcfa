"""Review fixes for session 40's rules: hijacking only of craft, arson of more places, decrees
announced, UN ambassadors of states, parties to treaties, drone operators sent and held places
(sentences written for these tests)."""

from __future__ import annotations

import pytest

from diurna.pipeline import Coder
from tests.test_pipeline import coded as coded_on
from tests.test_pipeline import located


def coded(coder: Coder, text: str, date: str = "2025-06-01") -> list[tuple[str, str | None, str]]:
    """(source, target, CAMEO code) of each event coded in a text."""
    return coded_on(coder, text, date=date)


def codes(coder: Coder, text: str, date: str = "2025-06-01") -> set[str]:
    """The CAMEO codes of the events coded in a text."""
    return {code for _, _, code in coded(coder, text, date)}


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Critics said the generals had hijacked the government in Mali.",
        "Pakistan has been hijacked by the army, Khan said.",
        "Extremists hijacked the party in Hungary.",
        "Hardliners hijacked the constitution to extend the president's term.",
        "Hackers hijacked the state television broadcast in Iran.",
    ],
)
def test_hijacking_what_is_no_craft_is_no_event(coder: Coder, text: str) -> None:
    """A government, party, constitution, broadcast or named state is hijacked only in a
    figure of speech: no abduction (181)."""
    assert "181" not in codes(coder, text)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Gunmen hijacked a bus carrying pilgrims near Quetta.",
        "The Houthis hijacked the Galaxy Leader in the Red Sea.",
        "Gunmen hijacked a Boeing 737 at Kandahar airport.",
        "Somali pirates hijacked the MV Abdullah, a Bangladeshi-flagged bulk carrier.",
        "Rebels hijacked a fuel tanker in eastern Congo.",
    ],
)
def test_hijacking_a_craft_stays_an_abduction(coder: Coder, text: str) -> None:
    """Guard: a vehicle or craft, by its head, its compounds or its name, is hijacked (181)."""
    assert "181" in codes(coder, text)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Rioters set a police van on fire in Nairobi.",
        "Arsonists set a synagogue on fire in Melbourne.",
        "Protesters set the hospital on fire in Kisumu.",
        "Rioters set a bank on fire in Lahore.",
        "Demonstrators set the national assembly on fire in Kathmandu.",
        "Rioters set the hotel on fire in Port-au-Prince.",
    ],
)
def test_setting_vehicles_and_public_buildings_on_fire_destroys_property(
    coder: Coder, text: str
) -> None:
    """A van, synagogue, hospital, bank, assembly or hotel set on fire is property destroyed
    (1712), like a building or car."""
    assert "1712" in codes(coder, text)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The minister's remarks set social media on fire in Kenya.",
        "The president's speech set the opposition benches on fire in Nairobi.",
    ],
)
def test_setting_a_figure_of_speech_on_fire_stays_no_event(coder: Coder, text: str) -> None:
    """Guard: social media or the benches set on fire destroy nothing."""
    assert "1712" not in codes(coder, text)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Trump announced an executive order imposing tariffs on Chinese goods.",
            ("USAGOV", "CHN", "163"),
        ),
        (
            "Trump rolled out an executive order imposing tariffs on Mexico.",
            ("USAGOV", "MEX", "163"),
        ),
        ("Putin published a decree banning exports of fuel to Georgia.", ("RUSGOV", "GEO", "163")),
    ],
)
def test_an_order_announced_or_published_is_its_issuers_act(
    coder: Coder, text: str, expected: tuple[str, str, str]
) -> None:
    """What an order announced, rolled out or published does is its issuer's act, as if
    signed."""
    assert expected in coded(coder, text)


@pytest.mark.model
def test_a_decree_challenged_is_not_the_challengers_act(coder: Coder) -> None:
    """Guard: who challenges a decree did not give it."""
    assert (
        coded(coder, "The opposition challenged a decree dissolving parliament in Tunisia.") == []
    )


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Israel U.N. ambassador Danny Danon accused Iran of lying.", ("ISRGOV", "IRN", "112")),
        (
            "Russia UN envoy Vassily Nebenzia accused Ukraine of terrorism.",
            ("RUSGOV", "UKR", "112"),
        ),
        ("China UN ambassador Fu Cong criticised Japan.", ("CHNGOV", "JPN", "111")),
        ("Ukraine UN envoy Sergiy Kyslytsya criticised Russia.", ("UKRGOV", "RUS", "111")),
        ("Iraq U.N. ambassador criticised Turkey.", ("IRQGOV", "TUR", "111")),
        ("Yemen U.N. envoy Hans Grundberg urged the Houthis to free the staff.", None),
    ],
)
def test_a_bare_country_before_the_un_names_its_own_ambassador(
    coder: Coder, text: str, expected: tuple[str, str, str] | None
) -> None:
    """A state's UN ambassador, or an envoy who is the state's listed official, is its
    government; the UN's own envoy for a country ("Yemen U.N. envoy Hans Grundberg") stays
    the UN's."""
    found = coded(coder, text)
    if expected is None:
        assert found and all(s == "IGOUNO" for s, _, _ in found)
    else:
        assert expected in found


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Russia is a party to the Rome Statute but ignored the warrant. || The"
            " secretary-general urged Moscow to respect the court.",
            ("IGOUNOSGN", "RUS", "0243"),
        ),
        (
            "A third party will monitor the ceasefire. || The secretary-general urged Israel to"
            " allow aid into Gaza.",
            ("IGOUNOSGN", "ISR", "0255"),
        ),
    ],
)
def test_a_party_to_a_treaty_or_a_third_party_leaves_the_secretary_general_the_uns(
    coder: Coder, text: str, expected: tuple[str, str, str]
) -> None:
    """A party to a treaty or "a third party" is no political party whose secretary-general
    a bare "the secretary-general" could be."""
    assert expected in coded(coder, text.replace(" || ", "\n\n"))


@pytest.mark.model
def test_a_ruling_party_still_owns_the_secretary_general(coder: Coder) -> None:
    """Guard: after a political party, "the secretary-general" is not the UN's."""
    text = (
        "Kenya's ruling party met on Monday.\n\nThe secretary-general urged the police to free"
        " protesters."
    )
    assert all(s != "IGOUNOSGN" for s, _, _ in coded(coder, text))


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "North Korea sent artillery operators to Russia to help its army.",
            ("PRK", "RUS", "072"),
        ),
        ("Iran sent drone operators to Crimea to help Russian forces.", ("IRN", "RUSMIL", "072")),
    ],
)
def test_operators_sent_abroad_are_military_aid(
    coder: Coder, text: str, expected: tuple[str, str, str]
) -> None:
    """Drone or artillery operators sent to a state's forces are military aid (072): the job
    word's compound is read when the job is not what is fired."""
    assert expected in coded(coder, text)


@pytest.mark.model
def test_hacking_a_network_operator_is_a_cyber_attack(coder: Coder) -> None:
    """A network operator breached is hacked (176)."""
    assert "176" in codes(coder, "Hackers breached the network operator in Israel last week.")


@pytest.mark.model
def test_a_drone_operator_fired_is_still_no_drone_fired(coder: Coder) -> None:
    """Guard: firing (dismissing) a drone operator is no drone launched (1952)."""
    assert "1952" not in codes(coder, "The Ukrainian army fired a drone pilot over the crash.")


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "holder"),
    [
        ("Russian troops shelled Ukraine-held parts of the Kursk region.", "UKR"),
        (
            "Russian forces attacked the Russia-controlled Zaporizhzhia nuclear plant, Ukraine"
            " said.",
            "RUS",
        ),
    ],
)
def test_a_holder_is_not_where_a_place_of_another_country_is_held(
    coder: Coder, text: str, holder: str
) -> None:
    """A country holding a place the phrase names in another country is not where the act
    was."""
    assert all(p is None or p[1] != holder for p in located(coder, text, "2025-06-01"))


@pytest.mark.model
def test_a_holder_of_its_own_region_stays_where(coder: Coder) -> None:
    """Guard: "Ukraine-controlled areas of the Zaporizhzhia region" are in Ukraine."""
    text = "Russian forces shelled Ukraine-controlled areas of the Zaporizhzhia region."
    assert ("Ukraine", "UKR") in located(coder, text, "2025-06-01")


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The EU imposed a price cap on Russian energy exports.", ("IGOEUREEC", "RUS", "163")),
        ("The G7 imposed a price cap on Russian coal.", ("IGOWSTGSV", "RUS", "163")),
        ("The EU imposed a price cap on Russian gasoline.", ("IGOEUREEC", "RUS", "163")),
    ],
)
def test_a_price_cap_on_energy_coal_or_gasoline_is_an_embargo(
    coder: Coder, text: str, expected: tuple[str, str, str]
) -> None:
    """A price cap on a state's energy, coal or gasoline is a sanction on it (163)."""
    assert expected in coded(coder, text)


@pytest.mark.model
def test_a_price_cap_on_bread_stays_no_embargo(coder: Coder) -> None:
    """Guard: a cap on bread is a price control at home."""
    assert "163" not in codes(coder, "The government imposed a price cap on bread in Egypt.")
