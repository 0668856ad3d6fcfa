"""Actor resolution rules on hand-built parses (no statistical model)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from diurna.coding.codebook import Codebook
from diurna.extract.actors import ActorResolver
from diurna.extract.parse import Doc as Parsed

Rows = list[tuple[str, str, str, int, str]]


@pytest.fixture(scope="module")
def resolve(blank: Language, codebook: Codebook) -> Callable[..., list[tuple[str, str]]]:
    resolver = ActorResolver(blank, codebook)

    def run(built: Doc, date: dt.date = dt.date(2016, 8, 9)) -> list[tuple[str, str]]:
        doc = Parsed(built)
        actors = resolver.article(doc, date)
        return [(m.text, m.code) for sent in doc.sents for m in actors.read_sentence(sent)]

    return run


CASES: dict[
    str, tuple[Rows, list[tuple[int, int, str]], tuple[int, ...], list[tuple[str, str]]]
] = {
    "demonym and sector head compose": (
        [
            ("Russian", "russian", "ADJ", 2, "amod"),
            ("defence", "defence", "NOUN", 2, "compound"),
            ("ministry", "ministry", "NOUN", 3, "nsubj"),
            ("spoke", "speak", "VERB", 3, "ROOT"),
        ],
        [],
        (0,),
        [("Russian defence ministry", "RUSMIL")],
    ),
    "institution metonym": (
        [
            ("The", "the", "DET", 1, "det"),
            ("Kremlin", "Kremlin", "PROPN", 2, "nsubj"),
            ("responded", "respond", "VERB", 2, "ROOT"),
        ],
        [],
        (0,),
        [("Kremlin", "RUSGOV")],
    ),
    "title, surname, title alone and pronoun share the full mention's code": (
        [
            ("Russian", "russian", "ADJ", 3, "amod"),
            ("President", "President", "PROPN", 3, "compound"),
            ("Vladimir", "Vladimir", "PROPN", 3, "compound"),
            ("Putin", "Putin", "PROPN", 4, "nsubj"),
            ("spoke", "speak", "VERB", 4, "ROOT"),
            (".", ".", "PUNCT", 4, "punct"),
            ("The", "the", "DET", 7, "det"),
            ("president", "president", "NOUN", 8, "nsubj"),
            ("said", "say", "VERB", 8, "ROOT"),
            ("he", "he", "PRON", 10, "nsubj"),
            ("agreed", "agree", "VERB", 8, "ccomp"),
        ],
        [(2, 4, "PERSON")],
        (0, 6),
        [("Russian President Vladimir Putin", "RUSGOV"), ("president", "RUSGOV"), ("he", "RUSGOV")],
    ),
    "possessive pronoun lends its country to the head's sector": (
        [
            ("Moscow", "Moscow", "PROPN", 1, "nsubj"),
            ("said", "say", "VERB", 1, "ROOT"),
            ("its", "its", "PRON", 3, "poss"),
            ("forces", "force", "NOUN", 4, "nsubj"),
            ("advanced", "advance", "VERB", 1, "ccomp"),
        ],
        [],
        (0,),
        [("Moscow", "RUS"), ("its forces", "RUSMIL")],
    ),
    "coordinated demonyms give one actor each": (
        [
            ("Hungarian", "hungarian", "ADJ", 3, "amod"),
            ("and", "and", "CCONJ", 0, "cc"),
            ("Romanian", "romanian", "ADJ", 0, "conj"),
            ("officials", "official", "NOUN", 4, "nsubj"),
            ("met", "meet", "VERB", 4, "ROOT"),
        ],
        [],
        (0,),
        [("Hungarian and Romanian officials", "HUNGOV"), ("Romanian", "ROUGOV")],
    ),
    "a former office holder is an elite": (
        [
            ("A", "a", "DET", 3, "det"),
            ("former", "former", "ADJ", 3, "amod"),
            ("Turkish", "turkish", "ADJ", 3, "amod"),
            ("minister", "minister", "NOUN", 4, "nsubj"),
            ("spoke", "speak", "VERB", 4, "ROOT"),
        ],
        [],
        (0,),
        [("former Turkish minister", "TURELI")],
    ),
}


@pytest.mark.parametrize("name", list(CASES))
def test_resolution(
    name: str, make_doc: Callable[..., Doc], resolve: Callable[..., list[tuple[str, str]]]
) -> None:
    rows, ents, starts, expected = CASES[name]
    assert resolve(make_doc(rows, ents, starts)) == expected


def test_person_code_follows_the_date(
    make_doc: Callable[..., Doc], resolve: Callable[..., list[tuple[str, str]]]
) -> None:
    rows: Rows = [("Putin", "Putin", "PROPN", 1, "nsubj"), ("spoke", "speak", "VERB", 1, "ROOT")]
    assert resolve(make_doc(rows), dt.date(2015, 1, 1)) == [("Putin", "RUSGOV")]
    assert resolve(make_doc(rows), dt.date(1990, 1, 1)) == [("Putin", "RUS")]


def test_an_ambiguous_surname_is_decided_by_date_and_title(
    make_doc: Callable[..., Doc], resolve: Callable[..., list[tuple[str, str]]]
) -> None:
    # people.tsv lists no bare "Bush" (two presidents); the date picks the one in office.
    rows: Rows = [
        ("President", "President", "PROPN", 1, "compound"),
        ("Bush", "Bush", "PROPN", 2, "nsubj"),
        ("spoke", "speak", "VERB", 2, "ROOT"),
    ]
    ents = [(1, 2, "PERSON")]
    assert resolve(make_doc(rows, ents), dt.date(2004, 5, 1)) == [("President Bush", "USAGOV")]
    assert resolve(make_doc(rows, ents), dt.date(2015, 5, 1)) == [("President Bush", "USAELI")]
    assert resolve(make_doc(rows, ents), None) == [("President Bush", "USAGOV")]
    # In June 2000 a Kim led each Korea: no guess.
    kim: Rows = [("Kim", "Kim", "PROPN", 1, "nsubj"), ("spoke", "speak", "VERB", 1, "ROOT")]
    assert resolve(make_doc(kim, [(0, 1, "PERSON")]), dt.date(2000, 6, 15)) == []


def test_counted_nationals_are_civilians_and_the_head_country_beats_its_modifier(
    make_doc: Callable[..., Doc], resolve: Callable[..., list[tuple[str, str]]]
) -> None:
    rows: Rows = [
        ("Ghana", "Ghana", "PROPN", 1, "nsubj"),
        ("deported", "deport", "VERB", 1, "ROOT"),
        ("168", "168", "NUM", 3, "nummod"),
        ("Liberians", "Liberians", "PROPN", 1, "dobj"),
    ]
    tags = ["NNP", "VBD", "CD", "NNPS"]
    assert resolve(make_doc(rows, tags=tags)) == [("Ghana", "GHA"), ("168 Liberians", "LBRCVL")]
    nato: Rows = [
        ("NATO", "NATO", "PROPN", 2, "compound"),
        ("member", "member", "NOUN", 2, "compound"),
        ("Norway", "Norway", "PROPN", 3, "nsubj"),
        ("agreed", "agree", "VERB", 3, "ROOT"),
    ]
    assert resolve(make_doc(nato)) == [("NATO member Norway", "NOR")]


def test_historic_states_code_as_their_successors(
    make_doc: Callable[..., Doc], resolve: Callable[..., list[tuple[str, str]]]
) -> None:
    rows: Rows = [
        ("Soviet", "soviet", "ADJ", 1, "amod"),
        ("troops", "troop", "NOUN", 2, "nsubj"),
        ("left", "leave", "VERB", 2, "ROOT"),
        ("Zaire", "Zaire", "PROPN", 2, "dobj"),
    ]
    assert resolve(make_doc(rows), dt.date(1989, 2, 15)) == [
        ("Soviet troops", "RUSMIL"),
        ("Zaire", "COD"),
    ]


def test_a_person_who_died_in_office_keeps_the_office_on_that_day(
    make_doc: Callable[..., Doc], resolve: Callable[..., list[tuple[str, str]]]
) -> None:
    rows: Rows = [
        ("Jovenel", "Jovenel", "PROPN", 1, "compound"),
        ("Moise", "Moise", "PROPN", 2, "nsubjpass"),
        ("died", "die", "VERB", 2, "ROOT"),
    ]
    ents = [(0, 2, "PERSON")]
    assert resolve(make_doc(rows, ents), dt.date(2021, 7, 7)) == [("Jovenel Moise", "HTIGOV")]
    assert resolve(make_doc(rows, ents), dt.date(2021, 7, 8)) == [("Jovenel Moise", "HTIELI")]


def test_an_unnamed_armed_group_refers_back_to_the_named_one(
    make_doc: Callable[..., Doc], resolve: Callable[..., list[tuple[str, str]]]
) -> None:
    rows: Rows = [
        ("Washington", "Washington", "PROPN", 1, "nsubj"),
        ("struck", "strike", "VERB", 1, "ROOT"),
        ("Hezbollah", "Hezbollah", "PROPN", 1, "dobj"),
        (".", ".", "PUNCT", 1, "punct"),
        ("The", "the", "DET", 5, "det"),
        ("militants", "militant", "NOUN", 6, "nsubj"),
        ("fled", "flee", "VERB", 6, "ROOT"),
    ]
    found = resolve(make_doc(rows, starts=(0, 4)))
    assert found[-1] == ("militants", found[1][1])
    assert found[1][1].startswith("IMG")


def test_rebels_refer_back_to_the_armed_group_of_a_named_leader(
    make_doc: Callable[..., Doc], resolve: Callable[..., list[tuple[str, str]]]
) -> None:
    """ "Tamil Tiger leader Velupillai Prabhakaran … The rebels said": the rebels are his group,
    not the context country's rebels; the war they fought is no actor."""
    rows: Rows = [
        ("Troops", "troop", "NOUN", 1, "nsubj"),
        ("killed", "kill", "VERB", 1, "ROOT"),
        ("Tamil", "Tamil", "PROPN", 3, "compound"),
        ("Tiger", "Tiger", "PROPN", 4, "compound"),
        ("leader", "leader", "NOUN", 6, "compound"),
        ("Velupillai", "Velupillai", "PROPN", 6, "compound"),
        ("Prabhakaran", "Prabhakaran", "PROPN", 1, "dobj"),
        ("in", "in", "ADP", 1, "prep"),
        ("Sri", "Sri", "PROPN", 9, "compound"),
        ("Lanka", "Lanka", "PROPN", 7, "pobj"),
        ("ending", "end", "VERB", 1, "advcl"),
        ("a", "a", "DET", 13, "det"),
        ("separatist", "separatist", "ADJ", 13, "amod"),
        ("war", "war", "NOUN", 10, "dobj"),
        (".", ".", "PUNCT", 1, "punct"),
        ("The", "the", "DET", 16, "det"),
        ("rebels", "rebel", "NOUN", 17, "nsubj"),
        ("surrendered", "surrender", "VERB", 17, "ROOT"),
    ]
    found = resolve(make_doc(rows, ents=[(5, 7, "PERSON")], starts=(0, 15)), dt.date(2009, 5, 18))
    assert ("Tamil Tiger leader Velupillai Prabhakaran", "IMGLKALTT") in found
    assert found[-1] == ("rebels", "IMGLKALTT")
    assert not any(text.endswith("war") for text, _ in found)


def test_kin_of_an_actor_are_private_people_of_its_country(
    make_doc: Callable[..., Doc], resolve: Callable[..., list[tuple[str, str]]]
) -> None:
    rows: Rows = [
        ("Iranian", "iranian", "ADJ", 3, "amod"),
        ("journalist", "journalist", "NOUN", 3, "compound"),
        ("Nasrin", "Nasrin", "PROPN", 3, "compound"),
        ("Kazemi", "Kazemi", "PROPN", 4, "nsubj"),
        ("protested", "protest", "VERB", 4, "ROOT"),
        (".", ".", "PUNCT", 4, "punct"),
        ("Her", "her", "PRON", 7, "poss"),
        ("husband", "husband", "NOUN", 8, "nsubj"),
        ("spoke", "speak", "VERB", 8, "ROOT"),
    ]
    found = resolve(make_doc(rows, ents=[(2, 4, "PERSON")], starts=(0, 6)))
    assert found == [("Iranian journalist Nasrin Kazemi", "IRNMED"), ("Her husband", "IRNCVL")]


def test_a_member_of_an_organisation_referred_back_to_speaks_for_it(
    make_doc: Callable[..., Doc], resolve: Callable[..., list[tuple[str, str]]]
) -> None:
    rows: Rows = [
        ("NATO", "NATO", "PROPN", 1, "nsubj"),
        ("met", "meet", "VERB", 1, "ROOT"),
        (".", ".", "PUNCT", 1, "punct"),
        ("The", "the", "DET", 4, "det"),
        ("alliance", "alliance", "NOUN", 6, "poss"),
        ("'s", "'s", "PART", 4, "case"),
        ("envoy", "envoy", "NOUN", 7, "nsubj"),
        ("spoke", "speak", "VERB", 7, "ROOT"),
    ]
    found = resolve(make_doc(rows, starts=(0, 3)))
    assert found == [("NATO", "IGOWSTNAT"), ("alliance 's envoy", "IGOWSTNAT")]


def test_civilians_belong_to_the_country_they_are_in(
    make_doc: Callable[..., Doc], resolve: Callable[..., list[tuple[str, str]]]
) -> None:
    """An article mostly about Kenya: people killed in Haiti are Haitian civilians."""
    rows: Rows = [
        ("Kenya", "Kenya", "PROPN", 1, "nsubj"),
        ("sent", "send", "VERB", 1, "ROOT"),
        ("Kenyan", "kenyan", "ADJ", 3, "amod"),
        ("police", "police", "NOUN", 1, "dobj"),
        (".", ".", "PUNCT", 1, "punct"),
        ("Gangs", "gang", "NOUN", 6, "nsubj"),
        ("killed", "kill", "VERB", 6, "ROOT"),
        ("20", "20", "NUM", 8, "nummod"),
        ("people", "people", "NOUN", 6, "dobj"),
        ("in", "in", "ADP", 6, "prep"),
        ("Haiti", "Haiti", "PROPN", 9, "pobj"),
    ]
    found = resolve(make_doc(rows, starts=(0, 5)))
    assert ("20 people", "HTICVL") in found


def test_a_subject_pronoun_prefers_the_main_subject_of_the_sentence_before(
    make_doc: Callable[..., Doc], resolve: Callable[..., list[tuple[str, str]]]
) -> None:
    rows: Rows = [
        ("Russia", "Russia", "PROPN", 3, "poss"),
        ("'s", "'s", "PART", 0, "case"),
        ("defence", "defence", "NOUN", 3, "compound"),
        ("ministry", "ministry", "NOUN", 4, "nsubj"),
        ("said", "say", "VERB", 4, "ROOT"),
        ("Turkish", "turkish", "ADJ", 6, "amod"),
        ("troops", "troop", "NOUN", 7, "nsubj"),
        ("fled", "flee", "VERB", 4, "ccomp"),
        (".", ".", "PUNCT", 4, "punct"),
        ("It", "it", "PRON", 10, "nsubj"),
        ("denied", "deny", "VERB", 10, "ROOT"),
        ("strikes", "strike", "NOUN", 10, "dobj"),
    ]
    found = resolve(make_doc(rows, starts=(0, 9)))
    assert found[-1] == ("It", "RUSMIL")


def test_a_bare_head_noun_refers_back_to_the_body_it_heads(
    make_doc: Callable[..., Doc], resolve: Callable[..., list[tuple[str, str]]]
) -> None:
    """ "The ministry" after "Armenia's defence ministry" is that ministry (MIL), not the
    government of the country named last."""
    rows: Rows = [
        ("Armenia", "Armenia", "PROPN", 3, "poss"),
        ("'s", "'s", "PART", 0, "case"),
        ("defence", "defence", "NOUN", 3, "compound"),
        ("ministry", "ministry", "NOUN", 4, "nsubj"),
        ("accused", "accuse", "VERB", 4, "ROOT"),
        ("Russia", "Russia", "PROPN", 4, "dobj"),
        (".", ".", "PUNCT", 4, "punct"),
        ("The", "the", "DET", 8, "det"),
        ("ministry", "ministry", "NOUN", 9, "nsubj"),
        ("spoke", "speak", "VERB", 9, "ROOT"),
    ]
    found = resolve(make_doc(rows, starts=(0, 7)))
    assert found[-1] == ("ministry", "ARMMIL")


def test_a_name_misparsed_as_a_compound_with_its_own_and_is_a_second_actor(
    make_doc: Callable[..., Doc], resolve: Callable[..., list[tuple[str, str]]]
) -> None:
    """The model parses "President Santos and FARC rebel leader Londono" with Santos as a
    compound of Londono carrying the "and" and the second title."""
    rows: Rows = [
        ("President", "President", "PROPN", 3, "compound"),
        ("Juan", "Juan", "PROPN", 3, "compound"),
        ("Manuel", "Manuel", "PROPN", 3, "compound"),
        ("Santos", "Santos", "PROPN", 8, "compound"),
        ("and", "and", "CCONJ", 3, "cc"),
        ("FARC", "farc", "NOUN", 6, "compound"),
        ("leader", "leader", "NOUN", 3, "conj"),
        ("Rodrigo", "Rodrigo", "PROPN", 8, "compound"),
        ("Londono", "Londono", "PROPN", 9, "nsubj"),
        ("signed", "sign", "VERB", 9, "ROOT"),
    ]
    doc = make_doc(rows, ents=[(1, 4, "PERSON"), (7, 9, "PERSON")])
    found = resolve(doc, dt.date(2016, 9, 26))
    assert ("President Juan Manuel Santos", "COLGOV") in found
    assert ("FARC leader Rodrigo Londono", "IMGCOLFAR") in found


def test_the_head_of_a_body_takes_its_sector(
    make_doc: Callable[..., Doc], resolve: Callable[..., list[tuple[str, str]]]
) -> None:
    rows: Rows = [
        ("Ivan", "Ivan", "PROPN", 1, "compound"),
        ("Petrov", "Petrov", "PROPN", 9, "nsubj"),
        (",", ",", "PUNCT", 1, "punct"),
        ("head", "head", "NOUN", 1, "appos"),
        ("of", "of", "ADP", 3, "prep"),
        ("the", "the", "DET", 7, "det"),
        ("Russian", "russian", "ADJ", 7, "amod"),
        ("police", "police", "NOUN", 4, "pobj"),
        (",", ",", "PUNCT", 1, "punct"),
        ("resigned", "resign", "VERB", 9, "ROOT"),
    ]
    found = resolve(make_doc(rows, ents=[(0, 2, "PERSON")]))
    assert ("Ivan Petrov", "RUSCOP") in found, found


def test_the_last_part_of_a_hyphenated_name_is_no_known_surname(
    make_doc: Callable[..., Doc], resolve: Callable[..., list[tuple[str, str]]]
) -> None:
    """people.tsv knows an Afghan minister Idrees Zaman; Bangladesh's army chief General
    Waker-Uz-Zaman is not him."""
    rows: Rows = [
        ("General", "General", "PROPN", 5, "compound"),
        ("Waker", "Waker", "PROPN", 5, "compound"),
        ("-", "-", "PUNCT", 5, "punct"),
        ("Uz", "Uz", "PROPN", 5, "compound"),
        ("-", "-", "PUNCT", 5, "punct"),
        ("Zaman", "Zaman", "PROPN", 6, "nsubj"),
        ("spoke", "speak", "VERB", 6, "ROOT"),
    ]
    found = resolve(make_doc(rows), dt.date(2024, 8, 5))
    assert not any(code.startswith("AFG") for _, code in found), found


def test_a_titled_newcomer_acts_for_the_latest_named_subject(
    make_doc: Callable[..., Doc], resolve: Callable[..., list[tuple[str, str]]]
) -> None:
    # No country in "Treasury Secretary Steven Mnuchin": the previous sentence's subject,
    # not the latest GOV mention (the Syrian government), says whom he speaks for.
    rows: Rows = [
        ("Washington", "Washington", "PROPN", 1, "nsubj"),
        ("punished", "punish", "VERB", 1, "ROOT"),
        ("the", "the", "DET", 4, "det"),
        ("Syrian", "syrian", "ADJ", 4, "amod"),
        ("government", "government", "NOUN", 1, "dobj"),
        (".", ".", "PUNCT", 1, "punct"),
        ("Treasury", "Treasury", "PROPN", 7, "compound"),
        ("Secretary", "Secretary", "PROPN", 9, "compound"),
        ("Steven", "Steven", "PROPN", 9, "compound"),
        ("Mnuchin", "Mnuchin", "PROPN", 10, "nsubj"),
        ("spoke", "speak", "VERB", 10, "ROOT"),
    ]
    found = resolve(make_doc(rows, [(8, 10, "PERSON")], starts=(0, 6)))
    assert found[-1] == ("Treasury Secretary Steven Mnuchin", "USAGOV")
    # A spokeswoman after "NATO urged …" speaks for NATO.
    nato: Rows = [
        ("NATO", "NATO", "PROPN", 1, "nsubj"),
        ("urged", "urge", "VERB", 1, "ROOT"),
        ("Russia", "Russia", "PROPN", 1, "dobj"),
        (".", ".", "PUNCT", 1, "punct"),
        ("spokeswoman", "spokeswoman", "NOUN", 6, "compound"),
        ("Oana", "Oana", "PROPN", 6, "compound"),
        ("Lungescu", "Lungescu", "PROPN", 7, "nsubj"),
        ("spoke", "speak", "VERB", 7, "ROOT"),
    ]
    found = resolve(make_doc(nato, [(5, 7, "PERSON")], starts=(0, 4)))
    assert found[-1] == ("spokeswoman Oana Lungescu", "IGOWSTNAT")


def test_a_known_name_inside_a_longer_unknown_name_is_someone_else(
    make_doc: Callable[..., Doc], resolve: Callable[..., list[tuple[str, str]]]
) -> None:
    # "Abbas" is Mahmoud Abbas's alias and "Mousavi" a listed family name; "Abbas Mousavi"
    # is neither of them.
    rows: Rows = [
        ("Abbas", "Abbas", "PROPN", 1, "compound"),
        ("Mousavi", "Mousavi", "PROPN", 2, "nsubj"),
        ("spoke", "speak", "VERB", 2, "ROOT"),
    ]
    assert resolve(make_doc(rows, [(0, 2, "PERSON")]), dt.date(2019, 9, 5)) == []
    # Named as a title's apposition, he takes the title's code.
    titled: Rows = [
        ("Iranian", "iranian", "ADJ", 1, "amod"),
        ("spokesman", "spokesman", "NOUN", 4, "nsubj"),
        ("Abbas", "Abbas", "PROPN", 3, "compound"),
        ("Mousavi", "Mousavi", "PROPN", 1, "appos"),
        ("spoke", "speak", "VERB", 4, "ROOT"),
    ]
    found = resolve(make_doc(titled, [(2, 4, "PERSON")]), dt.date(2019, 9, 5))
    assert found == [("Iranian spokesman", "IRNGOV"), ("Abbas Mousavi", "IRNGOV")]


def test_a_bare_family_name_after_a_place_word_is_not_that_person(
    make_doc: Callable[..., Doc], resolve: Callable[..., list[tuple[str, str]]]
) -> None:
    rows: Rows = [
        ("Families", "family", "NOUN", 1, "nsubj"),
        ("fled", "flee", "VERB", 1, "ROOT"),
        ("toward", "toward", "ADP", 1, "prep"),
        ("Goma", "Goma", "PROPN", 2, "pobj"),
    ]
    found = resolve(make_doc(rows, [(3, 4, "PERSON")]), dt.date(1997, 6, 1))
    assert [text for text, _ in found] == ["Families"]
    said: Rows = [("Goma", "Goma", "PROPN", 1, "nsubj"), ("said", "say", "VERB", 1, "ROOT")]
    assert resolve(make_doc(said, [(0, 1, "PERSON")]), dt.date(1997, 6, 1)) != []


def test_the_dateline_city_is_not_a_person_of_that_name(
    make_doc: Callable[..., Doc], blank: Language, codebook: Codebook
) -> None:
    """ "GOMA (Reuters) - M23 rebels attacked Goma": the city, tagged PERSON, is no Goma
    (the object of a verb done to places, "seized Goma", is a place with no dateline too)."""
    rows: Rows = [
        ("Rebels", "rebel", "NOUN", 1, "nsubj"),
        ("attacked", "attack", "VERB", 1, "ROOT"),
        ("Goma", "Goma", "PROPN", 1, "dobj"),
    ]
    resolver = ActorResolver(blank, codebook)
    for towns, want in (((), True), (("GOMA",), False)):
        doc = Parsed(make_doc(rows, [(2, 3, "PERSON")]))
        actors = resolver.article(doc, dt.date(1997, 6, 1), towns=towns)
        found = [m.text for sent in doc.sents for m in actors.read_sentence(sent)]
        assert ("Goma" in found) is want, towns
    seized = [(w, "seize" if lemma == "attack" else lemma, *rest) for w, lemma, *rest in rows]
    doc = Parsed(make_doc(seized, [(2, 3, "PERSON")]))
    actors = resolver.article(doc, dt.date(1997, 6, 1))
    assert [m.text for sent in doc.sents for m in actors.read_sentence(sent)] == ["Rebels"]


def test_an_armed_group_names_the_country_of_an_unplaced_army(
    make_doc: Callable[..., Doc], resolve: Callable[..., list[tuple[str, str]]]
) -> None:
    """No country named before "army positions" but the Congolese group M23 (and Luanda
    after it): the army is the DR Congo's."""
    rows: Rows = [
        ("M23", "M23", "PROPN", 1, "compound"),
        ("rebels", "rebel", "NOUN", 2, "nsubj"),
        ("shelled", "shell", "VERB", 2, "ROOT"),
        ("army", "army", "NOUN", 4, "compound"),
        ("positions", "position", "NOUN", 2, "dobj"),
        ("despite", "despite", "ADP", 2, "prep"),
        ("talks", "talk", "NOUN", 5, "pobj"),
        ("in", "in", "ADP", 6, "prep"),
        ("Luanda", "Luanda", "PROPN", 7, "pobj"),
    ]
    found = resolve(make_doc(rows), dt.date(2022, 11, 28))
    assert ("army positions", "CODMIL") in found


def test_a_described_person_takes_the_description_and_is_a_pronoun_antecedent(
    make_doc: Callable[..., Doc], resolve: Callable[..., list[tuple[str, str]]]
) -> None:
    rows: Rows = [
        ("Peruvian", "peruvian", "ADJ", 1, "amod"),
        ("police", "police", "NOUN", 2, "nsubj"),
        ("fired", "fire", "VERB", 2, "ROOT"),
        (".", ".", "PUNCT", 2, "punct"),
        ("Rosa", "Rosa", "PROPN", 5, "compound"),
        ("Mamani", "Mamani", "PROPN", 9, "nsubj"),
        (",", ",", "PUNCT", 5, "punct"),
        ("a", "a", "DET", 8, "det"),
        ("resident", "resident", "NOUN", 5, "appos"),
        ("spoke", "speak", "VERB", 9, "ROOT"),
        (".", ".", "PUNCT", 9, "punct"),
        ("She", "she", "PRON", 12, "nsubj"),
        ("left", "leave", "VERB", 12, "ROOT"),
    ]
    tags = ["JJ", "NN", "VBD", ".", "NNP", "NNP", ",", "DT", "NN", "VBD", ".", "PRP", "VBD"]
    found = resolve(make_doc(rows, [(4, 6, "PERSON")], starts=(0, 4, 11), tags=tags))
    assert ("Rosa Mamani", "PERCVL") in found
    assert found[-1] == ("She", "PERCVL")


def test_titles_fill_what_the_person_table_leaves_open(
    make_doc: Callable[..., Doc], resolve: Callable[..., list[tuple[str, str]]]
) -> None:
    # Raila Odinga's first listed office starts in April 2008: in January the title decides.
    rows: Rows = [
        ("Opposition", "opposition", "NOUN", 2, "compound"),
        ("leader", "leader", "NOUN", 3, "compound"),
        ("Raila", "Raila", "PROPN", 3, "compound"),
        ("Odinga", "Odinga", "PROPN", 4, "nsubj"),
        ("spoke", "speak", "VERB", 4, "ROOT"),
    ]
    doc = make_doc(rows, [(2, 4, "PERSON")])
    assert resolve(doc, dt.date(2008, 1, 3)) == [("Opposition leader Raila Odinga", "KENOPP")]
    # The day an office ends is still its day; the day after, the person is a former official.
    suharto: Rows = [
        ("Suharto", "Suharto", "PROPN", 1, "nsubj"),
        ("quit", "quit", "VERB", 1, "ROOT"),
    ]
    ents = [(0, 1, "PERSON")]
    assert resolve(make_doc(suharto, ents), dt.date(1998, 5, 21)) == [("Suharto", "IDNGOV")]
    assert resolve(make_doc(suharto, ents), dt.date(1998, 5, 22)) == [("Suharto", "IDNELI")]


def test_a_spokesman_speaks_for_the_body_named_before_the_title(
    make_doc: Callable[..., Doc], resolve: Callable[..., list[tuple[str, str]]]
) -> None:
    rows: Rows = [
        ("Kenyan", "kenyan", "ADJ", 2, "amod"),
        ("police", "police", "NOUN", 2, "compound"),
        ("spokesman", "spokesman", "NOUN", 3, "nsubj"),
        ("spoke", "speak", "VERB", 3, "ROOT"),
    ]
    assert resolve(make_doc(rows)) == [("Kenyan police spokesman", "KENCOP")]
    local: Rows = [
        ("Kenyan", "kenyan", "ADJ", 2, "amod"),
        ("local", "local", "ADJ", 2, "amod"),
        ("officials", "official", "NOUN", 3, "nsubj"),
        ("spoke", "speak", "VERB", 3, "ROOT"),
    ]
    assert resolve(make_doc(local)) == [("Kenyan local officials", "KENGOV")]


def test_a_bare_congo_is_the_dr_congo_in_an_article_that_names_it(
    make_doc: Callable[..., Doc], resolve: Callable[..., list[tuple[str, str]]]
) -> None:
    """Before May 1997 a bare "Congo" is the Republic of the Congo unless the story names the
    DR Congo otherwise; from then, the DR Congo unless it names the Republic otherwise."""
    congo: Rows = [
        ("Congo", "Congo", "PROPN", 1, "nsubj"),
        ("protested", "protest", "VERB", 1, "ROOT"),
    ]
    assert resolve(make_doc(congo), dt.date(1995, 1, 1)) == [("Congo", "COG")]
    assert resolve(make_doc(congo)) == [("Congo", "COD")]
    republic: Rows = [
        ("Brazzaville", "Brazzaville", "PROPN", 1, "nsubj"),
        ("protested", "protest", "VERB", 1, "ROOT"),
        (".", ".", "PUNCT", 1, "punct"),
        ("Congo", "Congo", "PROPN", 4, "nsubj"),
        ("protested", "protest", "VERB", 4, "ROOT"),
    ]
    assert resolve(make_doc(republic, starts=(0, 3)))[-1] == ("Congo", "COG")
    rows: Rows = [
        ("Kinshasa", "Kinshasa", "PROPN", 1, "nsubj"),
        ("protested", "protest", "VERB", 1, "ROOT"),
        (".", ".", "PUNCT", 1, "punct"),
        ("Congo", "Congo", "PROPN", 4, "nsubj"),
        ("protested", "protest", "VERB", 4, "ROOT"),
    ]
    assert resolve(make_doc(rows, starts=(0, 3)), dt.date(1995, 1, 1))[-1] == ("Congo", "COD")
    group: Rows = [
        ("Congo", "Congo", "PROPN", 1, "nsubj"),
        ("accused", "accuse", "VERB", 1, "ROOT"),
        ("M23", "M23", "PROPN", 1, "dobj"),
    ]
    assert resolve(make_doc(group))[0] == ("Congo", "COD")  # M23 is a DR Congo group


def test_a_present_role_outside_the_state_beats_former_official(
    make_doc: Callable[..., Doc], resolve: Callable[..., list[tuple[str, str]]]
) -> None:
    rows: Rows = [
        ("Opposition", "opposition", "NOUN", 1, "compound"),
        ("leader", "leader", "NOUN", 3, "compound"),
        ("Mohamed", "Mohamed", "PROPN", 3, "compound"),
        ("ElBaradei", "ElBaradei", "PROPN", 4, "nsubj"),
        ("spoke", "speak", "VERB", 4, "ROOT"),
    ]
    found = resolve(make_doc(rows, [(2, 4, "PERSON")]), dt.date(2011, 2, 2))
    assert found == [("Opposition leader Mohamed ElBaradei", "EGYOPP")]
    # Without a title, the table's role on the day.
    bare: Rows = [
        ("ElBaradei", "ElBaradei", "PROPN", 1, "nsubj"),
        ("spoke", "speak", "VERB", 1, "ROOT"),
    ]
    assert resolve(make_doc(bare, [(0, 1, "PERSON")]), dt.date(2011, 2, 2)) == [
        ("ElBaradei", "EGYELI")
    ]


def test_a_named_member_of_an_organisation_is_a_person_antecedent(
    make_doc: Callable[..., Doc], resolve: Callable[..., list[tuple[str, str]]]
) -> None:
    rows: Rows = [
        ("Lebanese", "lebanese", "ADJ", 1, "amod"),
        ("troops", "troop", "NOUN", 2, "nsubj"),
        ("left", "leave", "VERB", 2, "ROOT"),
        (".", ".", "PUNCT", 2, "punct"),
        ("Hezbollah", "Hezbollah", "PROPN", 6, "compound"),
        ("Ali", "Ali", "PROPN", 6, "compound"),
        ("Haidar", "Haidar", "PROPN", 7, "nsubj"),
        ("spoke", "speak", "VERB", 7, "ROOT"),
        (".", ".", "PUNCT", 7, "punct"),
        ("He", "he", "PRON", 10, "nsubj"),
        ("left", "leave", "VERB", 10, "ROOT"),
    ]
    found = resolve(make_doc(rows, [(5, 7, "PERSON")], starts=(0, 4, 9)))
    assert found[-1] == ("He", "IMGLBNHEZ")


def test_an_honorific_before_a_name_is_not_the_role(
    make_doc: Callable[..., Doc], resolve: Callable[..., list[tuple[str, str]]]
) -> None:
    rows: Rows = [
        ("Somali", "somali", "ADJ", 1, "amod"),
        ("spokesman", "spokesman", "NOUN", 4, "compound"),
        ("Sheikh", "Sheikh", "PROPN", 4, "compound"),
        ("Ali", "Ali", "PROPN", 4, "compound"),
        ("Rage", "Rage", "PROPN", 5, "nsubj"),
        ("spoke", "speak", "VERB", 5, "ROOT"),
    ]
    found = resolve(make_doc(rows, [(3, 5, "PERSON")]))
    assert found == [("Somali spokesman Sheikh Ali Rage", "SOMGOV")]


@pytest.mark.parametrize(
    ("office", "lemma", "code"),
    [("minister", "minister", "KWTGOV"), ("ambassador", "ambassador", "KWTGOV")],
)
def test_a_royal_title_before_a_name_is_no_role_after_an_office(
    make_doc: Callable[..., Doc],
    resolve: Callable[..., list[tuple[str, str]]],
    office: str,
    lemma: str,
    code: str,
) -> None:
    """Written for this test: "Kuwaiti oil minister Prince Salem Nasser" is a minister (GOV),
    the royal title an honorific; it gave a royal without office (KWTELI)."""
    rows: Rows = [
        ("Kuwaiti", "kuwaiti", "ADJ", 2, "amod"),
        ("oil", "oil", "NOUN", 2, "compound"),
        (office, lemma, "NOUN", 6, "compound"),
        ("Prince", "Prince", "PROPN", 6, "compound"),
        ("Salem", "Salem", "PROPN", 6, "compound"),
        ("al", "al", "PROPN", 6, "compound"),
        ("Nasser", "Nasser", "PROPN", 7, "nsubj"),
        ("spoke", "speak", "VERB", 7, "ROOT"),
    ]
    found = resolve(make_doc(rows, [(4, 7, "PERSON")]))
    assert found == [(f"Kuwaiti oil {office} Prince Salem al Nasser", code)]


def test_a_spokesman_for_a_body_named_after_the_title(
    make_doc: Callable[..., Doc], resolve: Callable[..., list[tuple[str, str]]]
) -> None:
    rows: Rows = [
        ("Nigerien", "nigerien", "ADJ", 1, "amod"),
        ("leader", "leader", "NOUN", 5, "nsubj"),
        ("of", "of", "ADP", 1, "prep"),
        ("the", "the", "DET", 4, "det"),
        ("junta", "junta", "NOUN", 2, "pobj"),
        ("spoke", "speak", "VERB", 5, "ROOT"),
    ]
    assert resolve(make_doc(rows))[0] == ("Nigerien leader", "NERMIL")


def test_a_person_titled_for_an_organisation_in_apposition_acts_for_it(
    make_doc: Callable[..., Doc], resolve: Callable[..., list[tuple[str, str]]]
) -> None:
    rows: Rows = [
        ("Olusegun", "Olusegun", "PROPN", 1, "compound"),
        ("Obasanjo", "Obasanjo", "PROPN", 7, "nsubj"),
        (",", ",", "PUNCT", 1, "punct"),
        ("the", "the", "DET", 5, "det"),
        ("AU", "AU", "PROPN", 5, "compound"),
        ("envoy", "envoy", "NOUN", 1, "appos"),
        (",", ",", "PUNCT", 1, "punct"),
        ("spoke", "speak", "VERB", 7, "ROOT"),
    ]
    found = resolve(make_doc(rows, [(0, 2, "PERSON")]), dt.date(2022, 11, 3))
    assert found[0] == ("Olusegun Obasanjo", "IGOAFRAFU")


def test_the_bloc_is_the_organisation_named_before(
    make_doc: Callable[..., Doc], resolve: Callable[..., list[tuple[str, str]]]
) -> None:
    rows: Rows = [
        ("ECOWAS", "ECOWAS", "PROPN", 1, "nsubj"),
        ("met", "meet", "VERB", 1, "ROOT"),
        (".", ".", "PUNCT", 1, "punct"),
        ("The", "the", "DET", 4, "det"),
        ("bloc", "bloc", "NOUN", 5, "nsubj"),
        ("warned", "warn", "VERB", 5, "ROOT"),
        ("a", "a", "DET", 7, "det"),
        ("bloc", "bloc", "NOUN", 5, "dobj"),
    ]
    found = resolve(make_doc(rows, starts=(0, 3)))
    assert found == [("ECOWAS", "IGOWAFWAS"), ("bloc", "IGOWAFWAS")]


def test_an_official_at_an_organisation_speaks_for_it(
    make_doc: Callable[..., Doc], resolve: Callable[..., list[tuple[str, str]]]
) -> None:
    rows: Rows = [
        ("an", "an", "DET", 1, "det"),
        ("official", "official", "NOUN", 5, "nsubj"),
        ("at", "at", "ADP", 1, "prep"),
        ("the", "the", "DET", 4, "det"),
        ("WFP", "WFP", "PROPN", 2, "pobj"),
        ("spoke", "speak", "VERB", 5, "ROOT"),
    ]
    assert resolve(make_doc(rows))[0] == ("official", "IGOUNOWFP")
    # A thing "at" a place is not the place's: "a strike at Baghdad airport".
    strike: Rows = [
        ("Iraqi", "iraqi", "ADJ", 1, "amod"),
        ("troops", "troop", "NOUN", 5, "nsubj"),
        ("at", "at", "ADP", 1, "prep"),
        ("the", "the", "DET", 4, "det"),
        ("Pentagon", "Pentagon", "PROPN", 2, "pobj"),
        ("waited", "wait", "VERB", 5, "ROOT"),
    ]
    assert resolve(make_doc(strike))[0] == ("Iraqi troops", "IRQMIL")


def test_a_current_title_does_not_refer_back_to_a_former_holder(
    make_doc: Callable[..., Doc], resolve: Callable[..., list[tuple[str, str]]]
) -> None:
    rows: Rows = [
        ("President", "President", "PROPN", 2, "compound"),
        ("Pedro", "Pedro", "PROPN", 2, "compound"),
        ("Castillo", "Castillo", "PROPN", 3, "nsubj"),
        ("fell", "fall", "VERB", 3, "ROOT"),
        (".", ".", "PUNCT", 3, "punct"),
        ("The", "the", "DET", 6, "det"),
        ("president", "president", "NOUN", 7, "nsubj"),
        ("spoke", "speak", "VERB", 7, "ROOT"),
    ]
    found = resolve(make_doc(rows, [(1, 3, "PERSON")], starts=(0, 5)), dt.date(2022, 12, 9))
    assert found[0] == ("President Pedro Castillo", "PERELI")
    assert found[1][1] != "PERELI"


def test_a_sector_word_describing_an_object_is_not_an_actor(
    make_doc: Callable[..., Doc], resolve: Callable[..., list[tuple[str, str]]]
) -> None:
    """ "agreed to hold joint military exercises": no GBRMIL from the context country; the
    army that flies helicopters and the military named with its country stay actors."""
    rows: Rows = [
        ("Britain", "Britain", "PROPN", 1, "nsubj"),
        ("held", "hold", "VERB", 1, "ROOT"),
        ("military", "military", "ADJ", 3, "amod"),
        ("exercises", "exercise", "NOUN", 1, "dobj"),
        ("and", "and", "CCONJ", 1, "cc"),
        ("sent", "send", "VERB", 1, "conj"),
        ("Russian", "russian", "ADJ", 8, "amod"),
        ("military", "military", "ADJ", 8, "amod"),
        ("aid", "aid", "NOUN", 5, "dobj"),
        (".", ".", "PUNCT", 1, "punct"),
        ("Army", "army", "PROPN", 11, "compound"),
        ("helicopters", "helicopter", "NOUN", 12, "nsubj"),
        ("fired", "fire", "VERB", 12, "ROOT"),
    ]
    found = resolve(make_doc(rows, starts=(0, 10)))
    assert found == [
        ("Britain", "GBR"),
        ("Russian military aid", "RUSMIL"),
        ("Army helicopters", "RUSMIL"),
    ]


def test_one_private_person_with_an_occupation_is_a_civilian(
    make_doc: Callable[..., Doc], resolve: Callable[..., list[tuple[str, str]]]
) -> None:
    """ "Grace Achieng, a shopkeeper" speaks as a civilian (BUS is companies, CODING.md);
    shopkeepers as a group keep their sector."""
    rows: Rows = [
        ("Kenyan", "kenyan", "ADJ", 1, "amod"),
        ("shopkeepers", "shopkeeper", "NOUN", 2, "nsubj"),
        ("closed", "close", "VERB", 2, "ROOT"),
        (".", ".", "PUNCT", 2, "punct"),
        ("Grace", "Grace", "PROPN", 5, "compound"),
        ("Achieng", "Achieng", "PROPN", 9, "nsubj"),
        (",", ",", "PUNCT", 5, "punct"),
        ("a", "a", "DET", 8, "det"),
        ("shopkeeper", "shopkeeper", "NOUN", 5, "appos"),
        ("spoke", "speak", "VERB", 9, "ROOT"),
    ]
    tags = ["JJ", "NNS", "VBD", ".", "NNP", "NNP", ",", "DT", "NN", "VBD"]
    found = resolve(make_doc(rows, [(4, 6, "PERSON")], starts=(0, 4), tags=tags))
    assert ("Kenyan shopkeepers", "KENBUS") in found
    assert ("Grace Achieng", "KENCVL") in found


def test_ethnic_and_religious_communities_get_their_group_code(
    make_doc: Callable[..., Doc], resolve: Callable[..., list[tuple[str, str]]]
) -> None:
    """The group's code follows country and sector; the country comes from the phrase, else
    from where the sentence places the community, else from a home the sentence names."""
    rows: Rows = [
        ("Thousands", "thousand", "NOUN", 3, "nsubj"),
        ("of", "of", "ADP", 0, "prep"),
        ("Iraqi", "iraqi", "ADJ", 3, "amod"),
        ("Kurds", "Kurds", "PROPN", 1, "pobj"),
        ("marched", "march", "VERB", 4, "ROOT"),
        (".", ".", "PUNCT", 4, "punct"),
        ("Ethnic", "ethnic", "ADJ", 7, "amod"),
        ("Albanians", "Albanians", "PROPN", 8, "nsubj"),
        ("protested", "protest", "VERB", 8, "ROOT"),
        ("in", "in", "ADP", 8, "prep"),
        ("Serbia", "Serbia", "PROPN", 9, "pobj"),
        (".", ".", "PUNCT", 8, "punct"),
        ("Albanian", "albanian", "ADJ", 13, "amod"),
        ("police", "police", "NOUN", 14, "nsubj"),
        ("arrested", "arrest", "VERB", 14, "ROOT"),
        ("Tamil", "Tamil", "PROPN", 16, "compound"),
        ("refugees", "refugee", "NOUN", 14, "dobj"),
        ("in", "in", "ADP", 14, "prep"),
        ("Sri", "Sri", "PROPN", 19, "compound"),
        ("Lanka", "Lanka", "PROPN", 17, "pobj"),
    ]
    tags = ["NNS", "IN", "JJ", "NNPS", "VBD", ".", "JJ", "NNPS", "VBD", "IN", "NNP", "."]
    tags += ["JJ", "NN", "VBD", "NNP", "NNS", "IN", "NNP", "NNP"]
    found = resolve(make_doc(rows, starts=(0, 6, 12), tags=tags))
    assert ("Iraqi Kurds", "IRQCVLKUR") in found
    assert ("Ethnic Albanians", "SRBCVLALB") in found  # the kin state's demonym after "ethnic"
    assert ("Albanian police", "ALBCOP") in found  # without it, the state's
    assert ("Tamil refugees", "LKAREFTAM") in found


def test_a_group_word_inside_a_name_or_after_pro_is_no_community(
    make_doc: Callable[..., Doc], resolve: Callable[..., list[tuple[str, str]]]
) -> None:
    rows: Rows = [
        ("Kenyan", "kenyan", "ADJ", 3, "amod"),
        ("police", "police", "NOUN", 3, "compound"),
        ("chief", "chief", "NOUN", 3, "compound"),
        ("Shona", "Shona", "PROPN", 4, "compound"),
        ("Odhiambo", "Odhiambo", "PROPN", 5, "nsubj"),
        ("met", "meet", "VERB", 5, "ROOT"),
        ("pro", "pro", "ADJ", 9, "amod"),
        ("-", "-", "PUNCT", 9, "punct"),
        ("Tamil", "Tamil", "PROPN", 9, "amod"),
        ("demonstrators", "demonstrator", "NOUN", 5, "dobj"),
        ("in", "in", "ADP", 5, "prep"),
        ("India", "India", "PROPN", 10, "pobj"),
    ]
    found = resolve(make_doc(rows, [(3, 5, "PERSON")]))
    assert all(not code.endswith(("SNA", "TAM")) for _, code in found), found
    assert ("Tamil demonstrators", "INDCVL") in found


def test_a_family_name_tagged_as_a_place_and_a_ministry_spokesman_refer_back(
    make_doc: Callable[..., Doc], resolve: Callable[..., list[tuple[str, str]]]
) -> None:
    rows: Rows = [
        ("Opposition", "opposition", "NOUN", 3, "compound"),
        ("leader", "leader", "NOUN", 3, "compound"),
        ("Olga", "Olga", "PROPN", 3, "compound"),
        ("Karpenko", "Karpenko", "PROPN", 4, "nsubj"),
        ("left", "leave", "VERB", 4, "ROOT"),
        (".", ".", "PUNCT", 4, "punct"),
        ("Belarus", "Belarus", "PROPN", 8, "poss"),
        ("defence", "defence", "NOUN", 8, "compound"),
        ("ministry", "ministry", "NOUN", 9, "nsubj"),
        ("spoke", "speak", "VERB", 9, "ROOT"),
        (".", ".", "PUNCT", 9, "punct"),
        ("Karpenko", "Karpenko", "PROPN", 12, "nsubj"),
        ("wept", "weep", "VERB", 12, "ROOT"),
        (".", ".", "PUNCT", 12, "punct"),
        ("A", "a", "DET", 17, "det"),
        ("ministry", "ministry", "NOUN", 17, "compound"),
        ("spokesman", "spokesman", "NOUN", 17, "compound"),
        ("Ivan", "Ivan", "PROPN", 18, "compound"),
        ("Petrov", "Petrov", "PROPN", 19, "nsubj"),
        ("objected", "object", "VERB", 19, "ROOT"),
    ]
    tags = ["NN", "NN", "NNP", "NNP", "VBD", ".", "NNP", "NN", "NN", "VBD", ".", "NNP", "VBD"]
    tags += [".", "DT", "NN", "NN", "NNP", "NNP", "VBD"]
    ents = [(2, 4, "PERSON"), (6, 7, "GPE"), (11, 12, "GPE"), (17, 19, "PERSON")]
    found = resolve(make_doc(rows, ents, starts=(0, 6, 11, 14), tags=tags), dt.date(2020, 8, 11))
    assert ("Karpenko", "BLROPP") in found  # the tagger's "place" is the leader named before
    assert ("ministry spokesman Ivan Petrov", "BLRMIL") in found


def test_a_body_s_branch_named_in_apposition_takes_the_branch_s_code(
    make_doc: Callable[..., Doc], resolve: Callable[..., list[tuple[str, str]]]
) -> None:
    rows: Rows = [
        ("NATO", "NATO", "PROPN", 3, "poss"),
        ("'s", "'s", "PART", 0, "case"),
        ("peacekeeping", "peacekeeping", "NOUN", 3, "compound"),
        ("force", "force", "NOUN", 7, "nsubj"),
        (",", ",", "PUNCT", 3, "punct"),
        ("KFOR", "KFOR", "PROPN", 3, "appos"),
        (",", ",", "PUNCT", 3, "punct"),
        ("said", "say", "VERB", 7, "ROOT"),
    ]
    found = resolve(make_doc(rows, [(0, 1, "ORG"), (5, 6, "ORG")]))
    assert ("NATO 's peacekeeping force", "IGOWSTKFR") in found


def test_a_sector_word_inside_a_name_and_a_leader_s_camp(
    make_doc: Callable[..., Doc], resolve: Callable[..., list[tuple[str, str]]]
) -> None:
    rows: Rows = [
        ("Kenyan", "kenyan", "ADJ", 3, "amod"),
        ("police", "police", "NOUN", 3, "compound"),
        ("spokeswoman", "spokeswoman", "NOUN", 3, "compound"),
        ("Charity", "Charity", "PROPN", 4, "compound"),
        ("Wanjiru", "Wanjiru", "PROPN", 5, "nsubj"),
        ("spoke", "speak", "VERB", 5, "ROOT"),
        (".", ".", "PUNCT", 5, "punct"),
        ("Putin", "Putin", "PROPN", 9, "poss"),
        ("'s", "'s", "PART", 7, "case"),
        ("camp", "camp", "NOUN", 10, "nsubj"),
        ("replied", "reply", "VERB", 10, "ROOT"),
    ]
    tags = ["JJ", "NN", "NN", "NNP", "NNP", "VBD", ".", "NNP", "POS", "NN", "VBD"]
    found = resolve(make_doc(rows, [(3, 5, "PERSON"), (7, 8, "PERSON")], (0, 7), tags))
    assert ("Kenyan police spokeswoman Charity Wanjiru", "KENCOP") in found  # no charity (NGO)
    assert ("Putin 's camp", "RUSGOV") in found  # a leader's camp acts for him


def test_a_listed_family_name_after_another_given_name_is_someone_else(
    make_doc: Callable[..., Doc], resolve: Callable[..., list[tuple[str, str]]]
) -> None:
    # "Issoufou" is Mahamadou Issoufou's alias; "Moussa Issoufou" is another man.
    rows: Rows = [
        ("Moussa", "Moussa", "PROPN", 1, "compound"),
        ("Issoufou", "Issoufou", "PROPN", 2, "nsubj"),
        ("spoke", "speak", "VERB", 2, "ROOT"),
    ]
    assert resolve(make_doc(rows, [(0, 2, "PERSON")]), dt.date(2023, 7, 31)) == []
    # A given name the full listed name has still is the listed person.
    full: Rows = [
        ("Mahamadou", "Mahamadou", "PROPN", 1, "compound"),
        ("Issoufou", "Issoufou", "PROPN", 2, "nsubj"),
        ("spoke", "speak", "VERB", 2, "ROOT"),
    ]
    found = resolve(make_doc(full, [(0, 2, "PERSON")]), dt.date(2015, 1, 1))
    assert found == [("Mahamadou Issoufou", "NERGOV")]


def test_a_candidate_is_opposition_and_a_coup_leader_military_until_sworn_in(
    make_doc: Callable[..., Doc], resolve: Callable[..., list[tuple[str, str]]]
) -> None:
    rows: Rows = [
        ("Romanian", "romanian", "ADJ", 1, "amod"),
        ("candidate", "candidate", "NOUN", 3, "compound"),
        ("Calin", "Calin", "PROPN", 3, "compound"),
        ("Georgescu", "Georgescu", "PROPN", 4, "nsubj"),
        ("spoke", "speak", "VERB", 4, "ROOT"),
    ]
    found = resolve(make_doc(rows, [(2, 4, "PERSON")]), dt.date(2024, 12, 6))
    assert found == [("Romanian candidate Calin Georgescu", "ROUOPP")]
    coup: Rows = [
        ("Doumbouya", "Doumbouya", "PROPN", 1, "nsubj"),
        ("spoke", "speak", "VERB", 1, "ROOT"),
    ]
    assert resolve(make_doc(coup), dt.date(2021, 9, 6)) == [("Doumbouya", "GINMIL")]
    assert resolve(make_doc(coup), dt.date(2022, 9, 6)) == [("Doumbouya", "GINGOV")]


def test_a_tie_between_context_countries_goes_to_the_dateline_s(
    make_doc: Callable[..., Doc], blank: Language, codebook: Codebook
) -> None:
    """ "KAMPALA - Ugandan forces blocked the US envoy. An opposition leader spoke": one
    mention of each country; the story is filed from Uganda."""
    rows: Rows = [
        ("Ugandan", "ugandan", "ADJ", 1, "amod"),
        ("forces", "force", "NOUN", 2, "nsubj"),
        ("blocked", "block", "VERB", 2, "ROOT"),
        ("US", "US", "PROPN", 4, "compound"),
        ("envoy", "envoy", "NOUN", 2, "dobj"),
        (".", ".", "PUNCT", 2, "punct"),
        ("opposition", "opposition", "NOUN", 7, "compound"),
        ("leader", "leader", "NOUN", 8, "nsubj"),
        ("spoke", "speak", "VERB", 8, "ROOT"),
    ]
    resolver = ActorResolver(blank, codebook)
    for home, want in ((None, "USAOPP"), ("UGA", "UGAOPP")):
        doc = Parsed(make_doc(rows, starts=(0, 6)))
        actors = resolver.article(doc, dt.date(2021, 1, 18), home=home)
        found = [(m.text, m.code) for sent in doc.sents for m in actors.read_sentence(sent)]
        assert found[-1] == ("opposition leader", want), home


def test_a_city_of_a_country_named_before_is_no_person_of_that_name(
    make_doc: Callable[..., Doc], blank: Language, codebook: Codebook
) -> None:
    """ "Congolese troops fled. Rebels attacked Goma": the city, tagged PERSON, is no Goma
    when the gazetteer puts a Goma in a country the article has named."""
    rows: Rows = [
        ("Congolese", "congolese", "ADJ", 1, "amod"),
        ("troops", "troop", "NOUN", 2, "nsubj"),
        ("fled", "flee", "VERB", 2, "ROOT"),
        (".", ".", "PUNCT", 2, "punct"),
        ("Rebels", "rebel", "NOUN", 5, "nsubj"),
        ("attacked", "attack", "VERB", 5, "ROOT"),
        ("Goma", "Goma", "PROPN", 5, "dobj"),
    ]
    resolver = ActorResolver(blank, codebook)
    for place_country, want in ((None, True), ({"Goma": "COD"}.get, False)):
        doc = Parsed(make_doc(rows, [(6, 7, "PERSON")], starts=(0, 4)))
        actors = resolver.article(doc, dt.date(1997, 6, 1), place_country=place_country)
        found = [m.text for sent in doc.sents for m in actors.read_sentence(sent)]
        assert ("Goma" in found) is want, place_country


def test_the_un_secretary_general_takes_his_office_s_code_by_name_alone(
    make_doc: Callable[..., Doc], resolve: Callable[..., list[tuple[str, str]]]
) -> None:
    # organisations.tsv codes the office IGOUNOSGN; its holder named alone is coded the same
    rows: Rows = [("Annan", "Annan", "PROPN", 1, "nsubj"), ("spoke", "speak", "VERB", 1, "ROOT")]
    assert resolve(make_doc(rows), dt.date(2000, 12, 12)) == [("Annan", "IGOUNOSGN")]
    assert resolve(make_doc(rows), dt.date(2010, 1, 1)) == [("Annan", "GHAELI")]
    chief: Rows = [
        ("U.N.", "U.N.", "PROPN", 3, "compound"),
        ("human", "human", "ADJ", 2, "amod"),
        ("rights", "right", "NOUN", 3, "compound"),
        ("chief", "chief", "NOUN", 4, "nsubj"),
        ("spoke", "speak", "VERB", 4, "ROOT"),
    ]
    assert resolve(make_doc(chief)) == [("U.N. human rights chief", "IGOUNOHCH")]


def test_a_former_official_s_namesake_described_by_a_trade_is_a_private_person(
    make_doc: Callable[..., Doc], resolve: Callable[..., list[tuple[str, str]]]
) -> None:
    rows: Rows = [
        ("Sibusiso", "Sibusiso", "PROPN", 1, "compound"),
        ("Dlamini", "Dlamini", "PROPN", 5, "nsubj"),
        (",", ",", "PUNCT", 1, "punct"),
        ("a", "a", "DET", 4, "det"),
        ("mechanic", "mechanic", "NOUN", 1, "appos"),
        ("spoke", "speak", "VERB", 5, "ROOT"),
    ]
    found = resolve(make_doc(rows, [(0, 2, "PERSON")]), dt.date(2021, 6, 30))
    assert found[0] == ("Sibusiso Dlamini", "SWZCVL")
    alone: Rows = [
        ("Sibusiso", "Sibusiso", "PROPN", 1, "compound"),
        ("Dlamini", "Dlamini", "PROPN", 2, "nsubj"),
        ("spoke", "speak", "VERB", 2, "ROOT"),
    ]
    found = resolve(make_doc(alone, [(0, 2, "PERSON")]), dt.date(2021, 6, 30))
    assert found == [("Sibusiso Dlamini", "SWZELI")]


def test_a_state_news_agency_is_its_country_s_media(
    make_doc: Callable[..., Doc], resolve: Callable[..., list[tuple[str, str]]]
) -> None:
    for name, code in (("SANA", "SYRMED"), ("BNA", "BHRMED"), ("TASS", "RUSMED")):
        rows: Rows = [(name, name, "PROPN", 1, "nsubj"), ("reported", "report", "VERB", 1, "ROOT")]
        assert resolve(make_doc(rows)) == [(name, code)]


def test_a_police_minister_speaks_for_the_police(
    make_doc: Callable[..., Doc], resolve: Callable[..., list[tuple[str, str]]]
) -> None:
    rows: Rows = [
        ("South", "South", "PROPN", 1, "compound"),
        ("Africa", "Africa", "PROPN", 4, "poss"),
        ("'s", "'s", "PART", 1, "case"),
        ("police", "police", "NOUN", 4, "compound"),
        ("minister", "minister", "NOUN", 5, "nsubj"),
        ("spoke", "speak", "VERB", 5, "ROOT"),
    ]
    assert resolve(make_doc(rows))[-1][1] == "ZAFCOP"


def test_a_bare_demonym_shares_its_conjuncts_sector_word_and_a_capitalised_opener_counts(
    make_doc: Callable[..., Doc], resolve: Callable[..., list[tuple[str, str]]]
) -> None:
    # The parser reads "South Sudanese and Eritrean refugees" as "South Sudanese" and
    # "Eritrean refugees": both are refugees.
    rows: Rows = [
        ("Uganda", "Uganda", "PROPN", 1, "nsubj"),
        ("sheltered", "shelter", "VERB", 1, "ROOT"),
        ("South", "South", "PROPN", 3, "compound"),
        ("Sudanese", "Sudanese", "PROPN", 1, "dobj"),
        ("and", "and", "CCONJ", 3, "cc"),
        ("Eritrean", "eritrean", "ADJ", 6, "amod"),
        ("refugees", "refugee", "NOUN", 3, "conj"),
    ]
    tags = ["NNP", "VBD", "NNP", "NNP", "CC", "JJ", "NNS"]
    assert resolve(make_doc(rows, tags=tags)) == [
        ("Uganda", "UGA"),
        ("South Sudanese", "SSDREF"),
        ("Eritrean refugees", "ERIREF"),
    ]
    # A plural demonym is people of its own kind, not the conjunct's refugees.
    plural = [*rows[:2], ("Iraqis", "Iraqis", "PROPN", 1, "dobj"), *rows[4:]]
    plural_tags = ["NNP", "VBD", "NNPS", "CC", "JJ", "NNS"]
    plural = [
        (w, lemma, pos, head - 1 if head > 2 else head, dep) for w, lemma, pos, head, dep in plural
    ]
    assert ("Iraqis", "IRQREF") not in resolve(make_doc(plural, tags=plural_tags))
    # "Young Algerians blocked roads": a sentence's capitalised first word is no name.
    young: Rows = [
        ("Young", "Young", "PROPN", 1, "compound"),
        ("Algerians", "Algerians", "PROPN", 2, "nsubj"),
        ("blocked", "block", "VERB", 2, "ROOT"),
        ("roads", "road", "NOUN", 2, "dobj"),
    ]
    young_tags = ["NNP", "NNPS", "VBD", "NNS"]
    assert resolve(make_doc(young, tags=young_tags)) == [("Young Algerians", "DZACVL")]


def subject_phrase(phrase: str, verb: str, lemma: str) -> Rows:
    """Rows of "ADJ NOUN … NOUN VERB": a phrase whose first word modifies and whose last heads
    the subject of a one-word clause."""
    *modifiers, head = phrase.split()
    n = len(modifiers)
    rows: Rows = [
        (word, word.lower(), "ADJ" if i == 0 else "NOUN", n, "amod" if i == 0 else "compound")
        for i, word in enumerate(modifiers)
    ]
    return [
        *rows,
        (head, head.lower(), "NOUN", n + 1, "nsubj"),
        (verb, lemma, "VERB", n + 1, "ROOT"),
    ]


@pytest.mark.parametrize(
    ("phrase", "code"),
    [
        ("British aircraft", "GBRMIL"),
        ("Belarusian rulers", "BLRGOV"),
        ("Montenegrin assembly", "MNELEG"),
        ("American border patrol agents", "USACOP"),
    ],
)
def test_sector_words_for_aircraft_rulers_assemblies_and_border_agents(
    make_doc: Callable[..., Doc],
    resolve: Callable[..., list[tuple[str, str]]],
    phrase: str,
    code: str,
) -> None:
    assert resolve(make_doc(subject_phrase(phrase, "spoke", "speak"))) == [(phrase, code)]


def test_a_plural_pronoun_in_a_reported_clause_is_its_plural_subjects_and_a_language_no_actor(
    make_doc: Callable[..., Doc], resolve: Callable[..., list[tuple[str, str]]]
) -> None:
    # "Czechia and Albania upgraded their ties, the Serbian ministry said": the states' ties
    rows: Rows = [
        ("Czechia", "Czechia", "PROPN", 3, "nsubj"),
        ("and", "and", "CCONJ", 0, "cc"),
        ("Albania", "Albania", "PROPN", 0, "conj"),
        ("upgraded", "upgrade", "VERB", 10, "ccomp"),
        ("their", "their", "PRON", 5, "poss"),
        ("ties", "tie", "NOUN", 3, "dobj"),
        (",", ",", "PUNCT", 10, "punct"),
        ("the", "the", "DET", 9, "det"),
        ("Serbian", "serbian", "ADJ", 9, "amod"),
        ("ministry", "ministry", "NOUN", 10, "nsubj"),
        ("said", "say", "VERB", 10, "ROOT"),
    ]
    found = resolve(make_doc(rows))
    assert ("their", "CZE") in found
    # "Russia said the jets bombed its positions": a singular pronoun keeps the speaker
    jets: Rows = [
        ("Russia", "Russia", "PROPN", 1, "nsubj"),
        ("said", "say", "VERB", 1, "ROOT"),
        ("Ukrainian", "ukrainian", "ADJ", 3, "amod"),
        ("jets", "jet", "NOUN", 4, "nsubj"),
        ("bombed", "bomb", "VERB", 1, "ccomp"),
        ("its", "its", "PRON", 6, "poss"),
        ("positions", "position", "NOUN", 4, "dobj"),
    ]
    tags = ["NNP", "VBD", "JJ", "NNS", "VBD", "PRP$", "NNS"]
    assert ("its", "RUS") in resolve(make_doc(jets, tags=tags))
    language: Rows = [
        ("Latvia", "Latvia", "PROPN", 1, "nsubj"),
        ("banned", "ban", "VERB", 1, "ROOT"),
        ("the", "the", "DET", 4, "det"),
        ("Russian", "russian", "ADJ", 4, "amod"),
        ("language", "language", "NOUN", 1, "dobj"),
    ]
    assert resolve(make_doc(language)) == [("Latvia", "LVA")]


def test_deputy_before_another_noun_is_a_rank_not_a_lawmaker(
    make_doc: Callable[..., Doc], resolve: Callable[..., list[tuple[str, str]]]
) -> None:
    rows: Rows = [
        ("The", "the", "DET", 2, "det"),
        ("deputy", "deputy", "NOUN", 2, "compound"),
        ("commander", "commander", "NOUN", 7, "nsubj"),
        ("of", "of", "ADP", 2, "prep"),
        ("the", "the", "DET", 6, "det"),
        ("Iranian", "iranian", "ADJ", 6, "amod"),
        ("army", "army", "NOUN", 3, "pobj"),
        ("resigned", "resign", "VERB", 7, "ROOT"),
    ]
    assert resolve(make_doc(rows))[0] == ("deputy commander", "IRNMIL")
    lawmaker: Rows = [
        ("A", "a", "DET", 2, "det"),
        ("Syrian", "syrian", "ADJ", 2, "amod"),
        ("deputy", "deputy", "NOUN", 3, "nsubj"),
        ("spoke", "speak", "VERB", 3, "ROOT"),
    ]
    assert resolve(make_doc(lawmaker)) == [("Syrian deputy", "SYRLEG")]


def test_a_titled_newcomer_belongs_to_the_capital_the_sentence_opens_in(
    make_doc: Callable[..., Doc], resolve: Callable[..., list[tuple[str, str]]]
) -> None:
    rows: Rows = [
        ("Hamas", "Hamas", "PROPN", 1, "nsubj"),
        ("spoke", "speak", "VERB", 1, "ROOT"),
        (".", ".", "PUNCT", 1, "punct"),
        ("In", "in", "ADP", 10, "prep"),
        ("Tehran", "Tehran", "PROPN", 3, "pobj"),
        (",", ",", "PUNCT", 10, "punct"),
        ("ministry", "ministry", "NOUN", 7, "compound"),
        ("spokeswoman", "spokeswoman", "NOUN", 9, "compound"),
        ("Marzieh", "Marzieh", "PROPN", 9, "compound"),
        ("Afkham", "Afkham", "PROPN", 10, "nsubj"),
        ("spoke", "speak", "VERB", 10, "ROOT"),
    ]
    found = resolve(make_doc(rows, ents=[(8, 10, "PERSON")], starts=(0, 3)))
    assert found[-1] == ("ministry spokeswoman Marzieh Afkham", "IRNGOV")


def test_a_deputy_speaker_is_a_lawmaker(
    make_doc: Callable[..., Doc], resolve: Callable[..., list[tuple[str, str]]]
) -> None:
    rows: Rows = [
        ("The", "the", "DET", 2, "det"),
        ("deputy", "deputy", "NOUN", 2, "compound"),
        ("speaker", "speaker", "NOUN", 7, "nsubj"),
        ("of", "of", "ADP", 2, "prep"),
        ("the", "the", "DET", 6, "det"),
        ("Turkish", "turkish", "ADJ", 6, "amod"),
        ("parliament", "parliament", "NOUN", 3, "pobj"),
        ("resigned", "resign", "VERB", 7, "ROOT"),
    ]
    assert resolve(make_doc(rows))[0] == ("deputy speaker", "TURLEG")


def test_a_name_hung_on_the_verb_is_a_mention_of_its_own_words(
    make_doc: Callable[..., Doc], resolve: Callable[..., list[tuple[str, str]]]
) -> None:
    """A name the parser hangs on the clause's verb as an adverbial noun ("… for talks with
    his counterpart Abiy Ahmed", Ahmed an npadvmod of "arrived") is the name, not the clause."""
    rows: Rows = [
        ("Ruto", "Ruto", "PROPN", 1, "nsubj"),
        ("arrived", "arrive", "VERB", 1, "ROOT"),
        ("for", "for", "ADP", 1, "prep"),
        ("talks", "talk", "NOUN", 2, "pobj"),
        ("Abiy", "Abiy", "PROPN", 5, "compound"),
        ("Ahmed", "Ahmed", "PROPN", 1, "npadvmod"),
    ]
    ents = [(0, 1, "PERSON"), (4, 6, "PERSON")]
    found = resolve(make_doc(rows, ents), dt.date(2024, 5, 1))
    assert ("Abiy Ahmed", "ETHGOV") in found


def test_the_commission_after_another_body_of_its_family_is_that_family_s_commission(
    make_doc: Callable[..., Doc], resolve: Callable[..., list[tuple[str, str]]]
) -> None:
    """A capitalised "the Commission" after the European Parliament is the European
    Commission, the one body of the EU's family so named, not the Parliament named before."""
    rows: Rows = [
        ("The", "the", "DET", 2, "det"),
        ("European", "European", "PROPN", 2, "compound"),
        ("Parliament", "Parliament", "PROPN", 3, "nsubj"),
        ("urged", "urge", "VERB", 3, "ROOT"),
        ("the", "the", "DET", 5, "det"),
        ("Commission", "Commission", "PROPN", 3, "dobj"),
        ("to", "to", "PART", 7, "aux"),
        ("act", "act", "VERB", 3, "xcomp"),
    ]
    found = resolve(make_doc(rows, [(1, 3, "ORG"), (5, 6, "ORG")]), dt.date(2024, 5, 1))
    assert found == [("European Parliament", "IGOEURPAR"), ("Commission", "IGOEURCOM")]


@pytest.mark.parametrize(
    ("phrase", "code"),
    [("French television channel", "FRAMED"), ("Malian news channels", "MLIMED")],
)
def test_a_television_or_news_channel_is_media(
    make_doc: Callable[..., Doc],
    resolve: Callable[..., list[tuple[str, str]]],
    phrase: str,
    code: str,
) -> None:
    """ "the French television channel LCI", "Malian news channels": a channel that broadcasts
    is media, as a television station is."""
    assert resolve(make_doc(subject_phrase(phrase, "closed", "close"))) == [(phrase, code)]


@pytest.mark.parametrize(
    ("demonym", "surname", "code"),
    [("Bolivian", "Lima", "BOLGOV"), ("Honduran", "Lima", "HNDGOV")],
)
def test_a_capital_s_name_ending_a_person_s_name_is_a_surname(
    make_doc: Callable[..., Doc],
    resolve: Callable[..., list[tuple[str, str]]],
    demonym: str,
    surname: str,
    code: str,
) -> None:
    """ "Bolivian Justice Minister Ivan Lima" is Bolivia's minister, not Peru's capital; "Lima
    added" after him is the minister again."""
    rows: Rows = [
        (demonym, demonym.lower(), "ADJ", 3, "amod"),
        ("Justice", "Justice", "PROPN", 2, "compound"),
        ("Minister", "Minister", "PROPN", 4, "compound"),
        ("Ivan", "Ivan", "PROPN", 4, "compound"),
        (surname, surname, "PROPN", 5, "nsubj"),
        ("spoke", "speak", "VERB", 5, "ROOT"),
        (".", ".", "PUNCT", 5, "punct"),
        (surname, surname, "PROPN", 8, "nsubj"),
        ("added", "add", "VERB", 8, "ROOT"),
    ]
    doc = make_doc(rows, [(0, 1, "NORP"), (3, 5, "PERSON"), (7, 8, "PERSON")], starts=(0, 7))
    found = resolve(doc, dt.date(2024, 7, 30))
    assert found == [(f"{demonym} Justice Minister Ivan {surname}", code), (surname, code)]


@pytest.mark.parametrize(
    ("demonym", "noun", "code"),
    [
        ("Mexican", "institute", "MEXGOV"),
        ("Venezuelan", "authority", "VENGOV"),
        ("Peruvian", "body", "PERGOV"),
        ("Kenyan", "board", "KENGOV"),
    ],
)
def test_an_electoral_institute_authority_body_or_board_is_government(
    make_doc: Callable[..., Doc],
    resolve: Callable[..., list[tuple[str, str]]],
    demonym: str,
    noun: str,
    code: str,
) -> None:
    """As an electoral commission or council is: the state's election authority."""
    rows: Rows = [
        ("The", "the", "DET", 3, "det"),
        (demonym, demonym.lower(), "ADJ", 3, "amod"),
        ("electoral", "electoral", "ADJ", 3, "amod"),
        (noun, noun, "NOUN", 4, "nsubj"),
        ("spoke", "speak", "VERB", 4, "ROOT"),
    ]
    found = resolve(make_doc(rows, [(1, 2, "NORP")]), dt.date(2024, 7, 30))
    assert found == [(f"{demonym} electoral {noun}", code)]


@pytest.mark.parametrize(("verb", "lemma"), [("recalled", "recall"), ("urged", "urge")])
def test_a_capital_that_acts_after_its_namesake_is_its_state(
    make_doc: Callable[..., Doc],
    resolve: Callable[..., list[tuple[str, str]]],
    verb: str,
    lemma: str,
) -> None:
    """ "Brazilian Senator Carlos Lima spoke. Lima recalled its ambassador": a capital that acts
    (not one the tagger calls a person, nor one that says or adds) is its state, not the person
    whose surname it shares."""
    rows: Rows = [
        ("Brazilian", "brazilian", "ADJ", 3, "amod"),
        ("Senator", "Senator", "PROPN", 3, "compound"),
        ("Carlos", "Carlos", "PROPN", 3, "compound"),
        ("Lima", "Lima", "PROPN", 4, "nsubj"),
        ("spoke", "speak", "VERB", 4, "ROOT"),
        (".", ".", "PUNCT", 4, "punct"),
        ("Lima", "Lima", "PROPN", 7, "nsubj"),
        (verb, lemma, "VERB", 7, "ROOT"),
    ]
    doc = make_doc(rows, [(0, 1, "NORP"), (2, 4, "PERSON"), (6, 7, "GPE")], starts=(0, 6))
    found = resolve(doc, dt.date(2024, 7, 30))
    assert found == [("Brazilian Senator Carlos Lima", "BRALEG"), ("Lima", "PER")]
