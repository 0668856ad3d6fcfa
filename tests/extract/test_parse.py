"""The plain copy of a parse (``parse.Doc``) reads exactly what spaCy's own objects read."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from diurna.extract.parse import Doc as Parsed
from diurna.pipeline import Coder

WORD_ATTRS = (
    "text",
    "lower_",
    "lower",
    "lemma_",
    "lemma",
    "pos_",
    "pos",
    "tag_",
    "dep_",
    "ent_type_",
    "ent_type",
    "ent_iob_",
    "idx",
    "whitespace_",
    "is_punct",
    "is_space",
    "is_title",
    "is_lower",
    "n_lefts",
    "n_rights",
)


def indices(tokens: object) -> list[int]:
    return [t.i for t in tokens]  # type: ignore[attr-defined]


def same_as_spacy(doc: Doc) -> None:
    parsed = Parsed(doc)
    assert parsed.text == doc.text and len(parsed) == len(doc)
    for word, mine in zip(doc, parsed, strict=True):
        assert mine is parsed[word.i] and mine.doc is parsed
        for attr in WORD_ATTRS:
            assert getattr(mine, attr) == getattr(word, attr), (word.i, attr)
        assert mine.is_sent_start == bool(word.is_sent_start)
        assert mine.head.i == word.head.i
        for walk in ("children", "lefts", "rights", "subtree", "ancestors", "conjuncts"):
            assert indices(getattr(mine, walk)) == indices(getattr(word, walk)), (word.i, walk)
        assert (mine.left_edge.i, mine.right_edge.i) == (word.left_edge.i, word.right_edge.i)
        assert (mine.sent.start, mine.sent.end) == (word.sent.start, word.sent.end)
    assert [(s.start, s.end, s.text) for s in parsed.sents] == [
        (s.start, s.end, s.text) for s in doc.sents
    ]
    assert [(e.start, e.end, e.label_) for e in parsed.ents] == [
        (e.start, e.end, e.label_) for e in doc.ents
    ]
    for sent in doc.sents:
        assert [(e.start, e.end) for e in parsed[sent.start : sent.end].ents] == [
            (e.start, e.end) for e in sent.ents
        ]
        # every span of up to six words has spaCy's root, punctuation and all
        for start in range(sent.start, sent.end):
            for end in range(start + 1, min(sent.end, start + 6) + 1):
                span, theirs = parsed[start:end], doc[start:end]
                assert span.root.i == theirs.root.i, theirs.text
                assert (span.start_char, span.end_char) == (theirs.start_char, theirs.end_char)
                assert span.text == theirs.text and indices(span) == indices(theirs)
                assert span[-1].i == theirs[-1].i and indices(span[1:]) == indices(theirs[1:])


@pytest.mark.model
def test_a_parsed_article_reads_as_spacy_reads_it(coder: Coder) -> None:
    text = (
        "GENEVA, Nov 24 (Reuters) - Turkish jets and helicopters shot down a Russian warplane "
        "near the border on Tuesday, officials in Ankara and Moscow said.\n\n"
        "\u201cWe will respond,\u201d  said  Putin, who met Erdogan, Rouhani and Assad. "
        "Officials  DENIED it \u2014 twice."
    )
    same_as_spacy(coder.nlp(text))


def test_a_built_parse_reads_as_spacy_reads_it(make_doc: Callable[..., Doc]) -> None:
    rows = [
        ("Russia", "Russia", "PROPN", 3, "nsubj"),
        ("and", "and", "CCONJ", 0, "cc"),
        ("Iran", "Iran", "PROPN", 0, "conj"),
        ("condemned", "condemn", "VERB", 3, "ROOT"),
        ("Ankara", "Ankara", "PROPN", 3, "dobj"),
        (",", ",", "PUNCT", 3, "punct"),
        ("officials", "official", "NOUN", 7, "nsubj"),
        ("said", "say", "VERB", 3, "parataxis"),
        (".", ".", "PUNCT", 3, "punct"),
        ("Talks", "talk", "NOUN", 10, "nsubj"),
        ("failed", "fail", "VERB", 10, "ROOT"),
    ]
    same_as_spacy(make_doc(rows, [(0, 1, "GPE"), (4, 5, "GPE")], starts=(0, 9)))
    same_as_spacy(make_doc([]))


def test_a_looping_parse_ends_every_walk_up(make_doc: Callable[..., Doc]) -> None:
    """A hand-built parse whose heads loop ("a" → "b" → "a") is no tree; walking up from it
    stops after as many steps as the Doc has words instead of looping for ever."""
    rows = [
        ("a", "a", "NOUN", 1, "conj"),
        ("b", "b", "NOUN", 0, "conj"),
        ("c", "c", "VERB", 2, "ROOT"),
    ]
    parsed = Parsed(make_doc(rows))
    assert len(list(parsed[0].ancestors)) == 3
    assert indices(parsed[0].conjuncts) == [1]
    assert parsed[0].left_edge.i == 0 and parsed[2].right_edge.i == 2


def test_a_word_has_no_neighbour_outside_the_doc(make_doc: Callable[..., Doc]) -> None:
    parsed = Parsed(
        make_doc([("Talks", "talk", "NOUN", 1, "nsubj"), ("end", "end", "VERB", 1, "ROOT")])
    )
    assert parsed[0].nbor().i == 1 and parsed[1].nbor(-1).i == 0
    with pytest.raises(IndexError):
        parsed[1].nbor()
    with pytest.raises(IndexError):
        parsed[0:2][2]


def test_the_parsed_text_is_taken_when_given(make_doc: Callable[..., Doc]) -> None:
    """The caller's text is the Doc's when its length is; another length is no such text."""
    rows = [("Talks", "talk", "NOUN", 1, "nsubj"), ("end", "end", "VERB", 1, "ROOT")]
    doc = make_doc(rows)
    assert Parsed(doc, "Talks end ").text == "Talks end "  # the caller's, trailing space kept
    assert Parsed(doc, "Talks end, then").text == doc.text
    assert Parsed(doc).text == doc.text
