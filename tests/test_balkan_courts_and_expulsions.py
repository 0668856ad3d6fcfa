"""Balkan and European courts, expulsions and protests: hyphened verbs, "persona non grata",
Europe's party leaders and the victims in a protest's demand (sentences written for these
tests)."""

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
            "The UN urged Armenia and Azerbaijan to de-escalate.",
            [("IGOUNO", "ARM", "0256"), ("IGOUNO", "AZE", "0256")],
        ),
        (
            "Borrell called on Belgrade and Pristina to de-escalate.",
            [("IGOEUREEC", "SRB", "0256"), ("IGOEUREEC", "XKX", "0256")],
        ),
        ("Germany called on Serbia to re-open the border crossings.", [("DEU", "SRB", "0251")]),
    ],
)
def test_a_verb_with_a_prefix_hyphen_is_one_word(
    coder: Coder, text: str, expected: list[tuple[str, str | None, str]]
) -> None:
    """The tokenizer split "de-escalate" into three words the parser read as nouns, losing the
    appeal's clause (020, or nothing at all); kept whole, it is the verb the lexicon knows."""
    assert coded(coder, text, "2023-10-01") == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bulgaria declared two Russian diplomats persona non grata.", [("BGR", "RUSGOV", "161")]),
        (
            "Estonia declared three Russian diplomats persona non grata on Tuesday.",
            [("EST", "RUSGOV", "161")],
        ),
        (
            "Croatia declared three Montenegrin officials persona non grata.",
            [("HRV", "MNEGOV", "161")],
        ),
    ],
)
def test_diplomats_declared_persona_non_grata_are_expelled_not_quoted(
    coder: Coder, text: str, expected: list[tuple[str, str | None, str]]
) -> None:
    """The parser made "persona" a present-tense verb of the diplomats: the ruling was an
    indirect quote of the state's and no expulsion was coded."""
    assert coded(coder, text) == expected
    assert speakers(coder, text) == []


@pytest.mark.model
def test_a_declared_small_clause_misread_as_a_verb_is_no_quote(coder: Coder) -> None:
    """ "unwelcome" tagged a verb of the officials made the ruling words reported."""
    assert speakers(coder, "Croatia declared three Montenegrin officials unwelcome.") == []


@pytest.mark.model
def test_a_present_tense_clause_after_declared_is_still_reported(coder: Coder) -> None:
    """Guard: a real clause with a complement stays indirect speech."""
    text = "The minister declared the officials remain committed to the deal."
    assert speakers(coder, text) == ["---GOV"]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A French court sentenced Le Pen to four years in prison.", [("FRAJUD", "FRAOPP", "116")]),
        ("Bardella criticised Macron over the verdict.", [("FRAOPP", "FRAGOV", "111")]),
        (
            "Georgescu accused the European Union of stealing the election.",
            [("ROUOPP", "IGOEUREEC", "112")],
        ),
        ("Simion praised Donald Trump.", [("ROUOPP", "USAGOV", "051")]),
        ("Karacsony criticised the European Commission.", [("HUNGOV", "IGOEURCOM", "111")]),
        ("The EU Court of Justice ruled against Poland.", [("IGOEURCJE", "POL", "116")]),
    ],
)
def test_europes_party_leaders_and_courts_are_known(
    coder: Coder, text: str, expected: list[tuple[str, str | None, str]]
) -> None:
    """Le Pen, Bardella, Georgescu and Simion lead or stand for the opposition, Budapest's mayor
    is local government, and the EU's court is its own body, not the EU."""
    assert coded(coder, text) == expected


@pytest.mark.model
def test_a_known_interior_minister_has_his_country(coder: Coder) -> None:
    """Slovakia's interior minister was a title with no country (---COP)."""
    text = "Police arrested a 71-year-old man, Interior Minister Matus Sutaj Estok said."
    assert speakers(coder, text, "2024-05-16") == ["SVKCOP"]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Thousands of students marched in Kragujevac demanding accountability for the"
            " disaster that killed 16 people.",
            [("SRBEDU", None, "141")],
        ),
        (
            "Thousands of Serbians rallied in Nis to demand justice for the killings that the"
            " police carried out.",
            [("SRBCVL", "SRBCOP", "141"), ("SRBCOP", None, "202")],
        ),
        (
            "Thousands of people rallied in Skopje demanding the arrest of officials who"
            " protected the club.",
            [("MKDCVL", "MKDGOV", "141")],
        ),
    ],
)
def test_a_protest_is_not_aimed_at_the_victims_of_what_it_decries(
    coder: Coder, text: str, expected: list[tuple[str, str | None, str]]
) -> None:
    """The people a disaster killed, named in the relative clause of the protest's demand, were
    its target (SRBCVL); a clause with a subject of its own, or a relative who is the aim,
    still names the party."""
    assert coded(coder, text) == expected


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The Slovak president vetoed an amendment on the public broadcaster.",
        "Milanovic vetoed a law on the intelligence services.",
        "The Polish president vetoed a bill on the Constitutional Tribunal.",
        "The opposition criticised the bill on prosecutors.",
    ],
)
def test_whom_a_law_regulates_is_no_party_of_its_veto(coder: Coder, text: str) -> None:
    """The "on" phrase of a vetoed or criticised bill, often hung on the verb, made the
    judges, spies or broadcaster regulated its target (POLGOV -> POLJUD 129)."""
    assert coded(coder, text, "2024-06-01") == []


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Romania imposed a ban on Russian vessels.", [("ROU", "RUS", "172")]),
        ("Russia vetoed a UN resolution on Srebrenica.", [("RUS", "IGOUNO", "129")]),
    ],
)
def test_a_ban_is_still_on_whom_it_bans(
    coder: Coder, text: str, expected: list[tuple[str, str | None, str]]
) -> None:
    """Guard: a ban's "on" names whom it is imposed on; a resolution is no law."""
    assert coded(coder, text, "2024-06-01") == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Vucic vowed not to resign.", [("SRBGOV", None, "1231")]),
        ("Kurti vowed not to negotiate with Belgrade.", [("XKXGOV", "SRB", "125")]),
        ("The president promised not to meet the rebels.", [("---GOV", "---REB", "125")]),
    ],
)
def test_a_vow_not_to_act_is_a_refusal_not_a_vow(
    coder: Coder, text: str, expected: list[tuple[str, str | None, str]]
) -> None:
    """The vow's own row read its clause's verb without its "not": "vowed not to resign" was a
    stated intent to resign (0341), "vowed not to negotiate" one to negotiate (036)."""
    assert coded(coder, text, "2025-03-16") == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Vucic vowed to resign.", [("SRBGOV", None, "0341")]),
        ("Kurti vowed to negotiate with Belgrade.", [("XKXGOV", "SRB", "036")]),
    ],
)
def test_a_vow_to_act_stays_a_vow(
    coder: Coder, text: str, expected: list[tuple[str, str | None, str]]
) -> None:
    """Guard: the same vows without "not"."""
    assert coded(coder, text, "2025-03-16") == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Albania expelled two Iranian diplomats, a step condemned by Tehran.",
            [("ALB", "IRNGOV", "161"), ("IRN", "ALB", "111")],
        ),
        (
            "Montenegro recognised Kosovo, a decision criticised by Serbia.",
            [("MNE", "XKX", "054"), ("SRB", "MNE", "111")],
        ),
        (
            "Hungary vetoed the sanctions, a move that was welcomed by Moscow.",
            [("RUS", "HUN", "051")],
        ),
    ],
)
def test_a_passive_judgement_of_a_summed_act_is_aimed_at_its_doer(
    coder: Coder, text: str, expected: list[tuple[str, str | None, str]]
) -> None:
    """ "…, a move the government condemned" was aimed at the act's doer, but the passive "a step
    condemned by Tehran" had neither source nor target, so was not coded."""
    assert coded(coder, text, "2024-03-16") == expected


@pytest.mark.model
def test_a_summing_noun_with_a_participle_and_no_judge_codes_nothing(coder: Coder) -> None:
    """Guard: a participle with no "by" agent names no judge."""
    assert coded(coder, "Hungary blocked the aid package, a decision made last week.") == []


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Albania re-established diplomatic relations with Serbia in 2023.",
        "Kosovo reestablished ties with North Macedonia.",
    ],
)
def test_ties_reestablished_are_diplomatic_cooperation(coder: Coder, text: str) -> None:
    """ "re-established" (kept one word, lemma "reestablish") had no row; as "restored" (050)."""
    assert [code for _, _, code in coded(coder, text, "2023-10-01")] == ["050"]
