"""Parse repairs run once per article before any extractor reads the parse (hand-built
parses, no statistical model)."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc

from diurna.extract.article import mend_parse


def arcs(doc: Doc) -> list[tuple[str, str, int]]:
    return [(t.text, t.dep_, t.head.i) for t in doc]


def test_a_verb_read_as_its_objects_adjective_becomes_the_root(
    make_doc: Callable[..., Doc],
) -> None:
    """ "Chile mediated talks between Peru and Bolivia" parsed as one noun phrase (the name a
    modifier of "mediated", the verb an adjective of "talks", the noun the root): the verb
    becomes the root, the name its subject and the noun its object."""
    rows = [
        ("Chile", "Chile", "PROPN", 1, "npadvmod"),
        ("mediated", "mediate", "VERB", 2, "amod"),
        ("talks", "talk", "NOUN", 2, "ROOT"),
        ("between", "between", "ADP", 2, "prep"),
        ("Peru", "Peru", "PROPN", 3, "pobj"),
    ]
    doc = make_doc(rows, tags=["NNP", "VBD", "NNS", "IN", "NNP"])
    mend_parse(doc)
    assert arcs(doc) == [
        ("Chile", "nsubj", 1),
        ("mediated", "ROOT", 1),
        ("talks", "dobj", 1),
        ("between", "prep", 2),
        ("Peru", "pobj", 3),
    ]


def test_a_name_hung_on_a_finite_verb_is_its_subject(make_doc: Callable[..., Doc]) -> None:
    """ "Azerbaijan massed troops": the name the parser hangs on the verb as a modifier is its
    subject; a date so hung ("Monday") and a name after its verb are left alone, and so is a
    verb that has a subject."""
    rows = [
        ("Azerbaijan", "Azerbaijan", "PROPN", 1, "npadvmod"),
        ("massed", "mass", "VERB", 1, "ROOT"),
        ("troops", "troop", "NOUN", 1, "dobj"),
    ]
    doc = make_doc(rows, tags=["NNP", "VBD", "NNS"])
    mend_parse(doc)
    assert arcs(doc)[0] == ("Azerbaijan", "nsubj", 1)
    rows = [
        ("Monday", "Monday", "PROPN", 1, "npadvmod"),
        ("saw", "see", "VERB", 1, "ROOT"),
        ("protests", "protest", "NOUN", 1, "dobj"),
    ]
    doc = make_doc(rows, ents=[(0, 1, "DATE")], tags=["NNP", "VBD", "NNS"])
    mend_parse(doc)
    assert arcs(doc)[0] == ("Monday", "npadvmod", 1)
    rows = [
        ("Yesterday", "yesterday", "PROPN", 2, "npadvmod"),
        ("Iran", "Iran", "PROPN", 2, "nsubj"),
        ("seized", "seize", "VERB", 2, "ROOT"),
        ("a", "a", "DET", 4, "det"),
        ("tanker", "tanker", "NOUN", 2, "dobj"),
    ]
    doc = make_doc(rows, tags=["NNP", "NNP", "VBD", "DT", "NN"])
    mend_parse(doc)
    assert arcs(doc)[0] == ("Yesterday", "npadvmod", 2)


def test_a_hyphened_participle_before_its_object_becomes_the_verb(
    make_doc: Callable[..., Doc],
) -> None:
    """ "Police tear-gassed protesters" parsed as a noun phrase ("Police" a modifier of the
    root "protesters", "gassed" an adjective): the participle becomes the root, the noun
    before it its subject; without the hyphen ("the gassed protesters") nothing changes."""
    rows = [
        ("Police", "police", "NOUN", 4, "nmod"),
        ("tear", "tear", "NOUN", 3, "npadvmod"),
        ("-", "-", "PUNCT", 3, "punct"),
        ("gassed", "gas", "VERB", 4, "amod"),
        ("protesters", "protester", "NOUN", 4, "ROOT"),
    ]
    doc = make_doc(rows, tags=["NNS", "NN", "HYPH", "VBN", "NNS"])
    mend_parse(doc)
    assert arcs(doc) == [
        ("Police", "nsubj", 3),
        ("tear", "npadvmod", 3),
        ("-", "punct", 3),
        ("gassed", "ROOT", 3),
        ("protesters", "dobj", 3),
    ]
    rows = [
        ("Police", "police", "NOUN", 2, "nmod"),
        ("gassed", "gas", "VERB", 2, "amod"),
        ("protesters", "protester", "NOUN", 2, "ROOT"),
    ]
    doc = make_doc(rows, tags=["NNS", "VBN", "NNS"])
    mend_parse(doc)
    assert arcs(doc)[2] == ("protesters", "ROOT", 2)


def test_a_fronted_participle_read_as_the_subject_modifies_the_name(
    make_doc: Callable[..., Doc],
) -> None:
    """ "Visiting Prime Minister Modi met Biden": the parser makes "Visiting" the clause's
    subject with the name its object; the name becomes the verb's subject."""
    rows = [
        ("Visiting", "visit", "VERB", 3, "csubj"),
        ("Prime", "Prime", "PROPN", 2, "compound"),
        ("Modi", "Modi", "PROPN", 0, "dobj"),
        ("met", "meet", "VERB", 3, "ROOT"),
        ("Biden", "Biden", "PROPN", 3, "dobj"),
    ]
    doc = make_doc(rows, tags=["VBG", "NNP", "NNP", "VBD", "NNP"])
    mend_parse(doc)
    assert arcs(doc) == [
        ("Visiting", "amod", 2),
        ("Prime", "compound", 2),
        ("Modi", "nsubj", 3),
        ("met", "ROOT", 3),
        ("Biden", "dobj", 3),
    ]


def test_two_names_a_headline_lists_with_a_comma_are_coordinated(
    make_doc: Callable[..., Doc],
) -> None:
    """ "Kenya, Somalia sign security pact": the parser reads two subjects; the second becomes
    the first's conjunct. A past-tense verb (a dateline's "ALMATY, Kazakhstan - Police fired")
    is left alone."""
    rows = [
        ("Kenya", "Kenya", "PROPN", 3, "nsubj"),
        (",", ",", "PUNCT", 3, "punct"),
        ("Somalia", "Somalia", "PROPN", 3, "nsubj"),
        ("sign", "sign", "VERB", 3, "ROOT"),
        ("pact", "pact", "NOUN", 3, "dobj"),
    ]
    doc = make_doc(rows, tags=["NNP", ",", "NNP", "VBP", "NN"])
    mend_parse(doc)
    assert arcs(doc)[:4] == [
        ("Kenya", "nsubj", 3),
        (",", "punct", 0),
        ("Somalia", "conj", 0),
        ("sign", "ROOT", 3),
    ]
    doc = make_doc(rows, tags=["NNP", ",", "NNP", "VBD", "NN"])
    mend_parse(doc)
    assert arcs(doc)[2] == ("Somalia", "nsubj", 3)


def test_a_count_noun_with_the_verb_hung_on_it_becomes_the_subject(
    make_doc: Callable[..., Doc],
) -> None:
    """ "Thousands of miners and nurses protested": the parser makes the count the root and the
    verb its clause; the verb becomes the root and the count its subject. A passive
    participle ("Hundreds of homes destroyed by floods") is left alone."""
    rows = [
        ("Thousands", "thousand", "NOUN", 0, "ROOT"),
        ("of", "of", "ADP", 0, "prep"),
        ("miners", "miner", "NOUN", 1, "pobj"),
        ("protested", "protest", "VERB", 0, "acl"),
    ]
    doc = make_doc(rows, tags=["NNS", "IN", "NNS", "VBN"])
    mend_parse(doc)
    assert arcs(doc) == [
        ("Thousands", "nsubj", 3),
        ("of", "prep", 0),
        ("miners", "pobj", 1),
        ("protested", "ROOT", 3),
    ]
    rows = [
        ("Hundreds", "hundred", "NOUN", 0, "ROOT"),
        ("of", "of", "ADP", 0, "prep"),
        ("homes", "home", "NOUN", 1, "pobj"),
        ("destroyed", "destroy", "VERB", 0, "acl"),
    ]
    doc = make_doc(rows, tags=["NNS", "IN", "NNS", "VBN"])
    mend_parse(doc)
    assert arcs(doc)[3] == ("destroyed", "acl", 0)
