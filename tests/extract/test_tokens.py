"""The TokenTable holds exactly what the spaCy Token attributes it stands for would give."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from diurna.extract.parse import Doc as Parsed
from diurna.extract.tokens import TokenTable
from diurna.pipeline import Coder


def same_as_tokens(doc: Doc) -> None:
    parsed = Parsed(doc)
    table = TokenTable.of(parsed)
    assert table.text == doc.text
    # The parsed text is taken when given; a text of another length is not the Doc's.
    assert TokenTable.of(parsed, doc.text).text == doc.text
    assert TokenTable.of(parsed, doc.text + " ").text == doc.text
    assert table.idx == [t.idx for t in doc]
    assert table.end == [t.idx + len(t) for t in doc]
    assert table.pos == [t.pos for t in doc]
    for sent in parsed.sents:
        for start, end in ((sent.start_char, sent.start_char + 1), (0, len(doc.text))):
            inside = [t for t in sent if t.idx < end and t.idx + len(t) > start]
            assert table.overlapping(sent, start, end) == inside
    assert table.lemma == [t.lemma_.lower() for t in doc]
    assert table.lower == [t.lower for t in doc]
    for word in ("putin", "according"):
        assert table.positions(word) == [t.i for t in doc if t.lower_ == word]
    assert [table.sentence_text(s) for s in parsed.sents] == [s.text for s in doc.sents]


@pytest.mark.parametrize(
    "rows",
    [
        [
            ("Russia", "Russia", "PROPN", 1, "nsubj"),
            ("Condemned", "Condemn", "VERB", 1, "ROOT"),
            ("Ankara", "Ankara", "PROPN", 1, "dobj"),
            (".", ".", "PUNCT", 1, "punct"),
        ],
        [],
    ],
)
def test_table_matches_token_attributes_on_a_built_parse(
    make_doc: Callable[..., Doc], rows: list[tuple[str, str, str, int, str]]
) -> None:
    same_as_tokens(make_doc(rows, starts=(0,) if rows else ()))


@pytest.mark.model
def test_table_matches_token_attributes_on_a_parsed_article(coder: Coder) -> None:
    text = (
        "GENEVA, Nov 24 (Reuters) - Turkish jets shot down a Russian warplane on Tuesday.\n\n"
        "\u201cWe will respond,\u201d  said  Putin.  Officials  DENIED it \u2014 twice, "
        "According to Tass."
    )
    same_as_tokens(coder.nlp(text))
