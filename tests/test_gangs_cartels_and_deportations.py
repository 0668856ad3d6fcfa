"""Latin American gangs, cartels and deportations: named gangs and their leaders, terrorist
designations, capos handed to another state, attacks a "by" phrase names the doer of, and
migrants sent home (sentences written for these tests)."""

from __future__ import annotations

import pytest

from diurna import code_text
from diurna.pipeline import Coder
from tests.test_pipeline import coded as coded_on


def coded(coder: Coder, text: str, date: str = "2024-10-15") -> list[tuple[str, str | None, str]]:
    """(source, target, CAMEO code) of each event coded in a text."""
    return coded_on(coder, text, date=date)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Two hundred migrants were deported from Mexico to Honduras on Monday.",
            [("MEX", "HNDREF", "174")],
        ),
        (
            "Migrants were deported from the United States to Colombia on Tuesday.",
            [("USA", "COLREF", "174")],
        ),
        # guard: refugees taken in "from" a state are that state's
        ("Chad has received 500,000 refugees from Sudan.", [("TCD", "SDNREF", "075")]),
    ],
)
def test_people_deported_to_a_state_are_its_own(
    coder: Coder, text: str, expected: list[tuple[str, str | None, str]]
) -> None:
    """Those deported "from" one state "to" another are the second's: the first only sends them
    (the migrants had been read as refugees of the state that deported them, USAREF)."""
    assert coded(coder, text) == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ecuadorian troops arrested 12 members of Los Choneros.",
            [("ECUMIL", "IMGECUCHO", "173")],
        ),
        ("Gran Grif gangsters killed 70 people in Pont-Sonde.", [("IMGHTIGGF", "HTICVL", "190")]),
        (
            "The Mexican army captured Ovidio Guzman in Culiacan.",
            [("MEXMIL", "IMGMEXSIN", "173")],
        ),
        (
            "Ecuadorian police captured Los Choneros leader Adolfo Macias in Manta.",
            [("ECUCOP", "IMGECUCHO", "173")],
        ),
    ],
)
def test_named_gangs_and_their_leaders_take_the_gangs_codes(
    coder: Coder, text: str, expected: list[tuple[str, str | None, str]]
) -> None:
    """Ecuador's and Haiti's big gangs and the Sinaloa Cartel's capos are organisations'
    actors (the gang was unknown; its leader an Ecuadorian government official)."""
    assert coded(coder, text) == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("date", "expected"),
    [("2024-03-10", ["IMGHTIVIV"]), ("2022-10-10", ["IMGHTIGNF"])],
)
def test_a_gang_leader_speaks_for_the_coalition_he_led_then(
    coder: Coder, date: str, expected: list[str]
) -> None:
    """Jimmy Chérizier led the G9 alliance, then the Viv Ansanm coalition (he was a civilian)."""
    found = code_text("Cherizier said the gangs would keep fighting.", date=date, coder=coder)
    assert [q.speaker.code for q in found.quotes if q.speaker] == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Canada designated the Sinaloa Cartel as a terrorist entity.",
            [("CAN", "IMGMEXSIN", "163")],
        ),
        (
            "The United States designated Viv Ansanm and Gran Grif as terrorist organisations.",
            [("USA", "IMGHTIVIV", "163"), ("USA", "IMGHTIGGF", "163")],
        ),
        # guards: a designation as something else is no sanction
        ("The president designated the vice president as his successor.", []),
        ("Biden designated Kenya as a major non-NATO ally.", []),
    ],
)
def test_a_terrorist_designation_is_a_sanction(
    coder: Coder, text: str, expected: list[tuple[str, str | None, str]]
) -> None:
    """Listing a group as a terrorist organisation carries sanctions, as a blacklist (163);
    it had no event."""
    assert coded(coder, text) == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Mexico sent 26 cartel leaders to the United States on Tuesday.",
            [("MEX", "USA", "063")],
        ),
        (
            "Mexico transferred 29 drug traffickers to the United States.",
            [("MEX", "USA", "063")],
        ),
        (
            "Mexican authorities handed over two drug kingpins to the United States.",
            [("MEXGOV", "USA", "063")],
        ),
        # guard: prisoners handed to another state may be a release or a swap
        ("Russia transferred 90 prisoners to Ukraine.", []),
    ],
)
def test_capos_handed_to_another_state_are_judicial_cooperation(
    coder: Coder, text: str, expected: list[tuple[str, str | None, str]]
) -> None:
    """Suspects, traffickers and cartel prisoners sent or transferred to another state's
    justice are handed over as an extradition is (063); the transfers had no event."""
    assert coded(coder, text) == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A drone attack by the ELN wounded three Colombian soldiers.",
            [("IMGCOLELN", "COLMIL", "195")],
        ),
        # guard: a "by" state the weapon's sector only refines keeps it
        (
            "A drone strike by Israel killed two Hezbollah fighters.",
            [("ISRMIL", "IMGLBNHEZ", "195")],
        ),
    ],
)
def test_the_by_phrase_of_an_attack_names_its_doer(
    coder: Coder, text: str, expected: list[tuple[str, str | None, str]]
) -> None:
    """The armed group a "by" phrase names struck, not the army the word "drone" guessed (the
    attack had been COLMIL's, on no one)."""
    assert coded(coder, text) == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Cartel gunmen killed three police officers in Zacatecas.",
            [("MEXCRM", "MEXCOP", "190")],
        ),
        (
            "Gunmen shot down a police helicopter in Mexico.",
            [("MEXUAF", "MEXCOP", "190")],
        ),
        ("Haitian gangs threatened the transitional council.", [("HTICRM", "HTIGOV", "130")]),
        # guards
        ("Gunmen killed three police officers in Zacatecas.", [("MEXUAF", "MEXCOP", "190")]),
        ("Militants shot down an army helicopter in Mali.", [("MLIINS", "MLIMIL", "190")]),
    ],
)
def test_sector_phrases_of_cartels_police_aircraft_and_councils(
    coder: Coder, text: str, expected: list[tuple[str, str | None, str]]
) -> None:
    """Gunmen named for a cartel are its criminals (not unidentified), a police helicopter is
    the police's (not the army's), and a transitional or presidential council governs."""
    assert coded(coder, text) == expected


@pytest.mark.model
def test_deportees_sent_back(coder: Coder) -> None:
    """Deportees sent back are sent away as migrants are (174); it had no event."""
    assert coded(coder, "Panama sent the Venezuelan deportees back to Venezuela.") == [
        ("PAN", "VEN", "174")
    ]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The US Navy sank a speedboat operated by the Sinaloa Cartel.",
            [("USAMIL", "IMGMEXSIN", "190")],
        ),
        (
            "The Houthis fired missiles at a tanker owned by a British company.",
            [("IMGYEMHOU", "GBRBUS", "194")],
        ),
        # guard: a craft no one is said to run has no target
        ("US forces struck a boat in the Caribbean.", [("USAMIL", None, "190")]),
    ],
)
def test_a_craft_struck_is_its_operators(
    coder: Coder, text: str, expected: list[tuple[str, str | None, str]]
) -> None:
    """A boat or ship "operated" or "owned by" someone and struck, or fired at, is aimed at its
    operator, as a town held by rebels is (the strikes had no target)."""
    assert coded(coder, text) == expected


@pytest.mark.model
def test_a_prison_agency_is_the_police(coder: Coder) -> None:
    """A prison agency or service runs the jails, as the prison authorities do (it was the bare
    country)."""
    text = "Ecuador's prison agency accused the gangs of starting the riot."
    assert coded(coder, text) == [("ECUCOP", "ECUCRM", "112")]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "PORT-AU-PRINCE, Haiti (AP) - Gangs led by a former police officer attacked a police"
            " academy on Tuesday.",
            [("HTICRM", "HTICOP", "190")],
        ),
        # guard: an organisation hyphened on one side only is still named
        ("The AU-led force attacked al-Shabaab positions.", [("IGOAFRAFU", "IMGSOMSHB", "190")]),
    ],
)
def test_an_abbreviation_inside_a_hyphened_word_is_no_organisation(
    coder: Coder, text: str, expected: list[tuple[str, str | None, str]]
) -> None:
    """The "AU" of an upper-case "PORT-AU-PRINCE" dateline is no African Union (the gangs'
    attack had become IGOAFRAFU's)."""
    assert coded(coder, text, date="2024-03-06") == expected
