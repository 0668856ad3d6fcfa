"""A parsed Doc's text and per-token attributes as plain lists, shared by the extractors (one
list lookup per word where a scan reads every word)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from spacy.attrs import IDX, LOWER, POS
from spacy.parts_of_speech import ADJ, AUX, NOUN, PROPN, VERB
from spacy.strings import get_string_id

from diurna.extract.parse import Doc, Span, Token

# The POS ids of ``TokenTable.pos`` that the extractors test for (``Token.pos``).
VERB_ID, NOUN_ID, AUX_ID, ADJ_ID = int(VERB), int(NOUN), int(AUX), int(ADJ)
PROPN_ID = int(PROPN)


# Lemma → lower-cased lemma, shared by every Doc (bounded by the language's lemmas).
LOWER_LEMMAS: dict[str, str] = {}


def lowered(lemma: str) -> str:
    """The lemma lower-cased, remembered in LOWER_LEMMAS."""
    LOWER_LEMMAS[lemma] = low = lemma.lower()
    return low


@dataclass(frozen=True, slots=True)
class TokenTable:
    """For token ``i`` of the Doc: ``idx[i]`` is ``Token.idx``, ``end[i]`` ``Token.idx +
    len(Token)``, ``pos[i]`` ``Token.pos``, ``lemma[i]`` ``Token.lemma_.lower()`` and
    ``lower[i]`` ``Token.lower`` (the id of ``Token.lower_``); ``text`` is ``Doc.text``."""

    text: str
    idx: Sequence[int]
    end: Sequence[int]
    pos: Sequence[int]
    lemma: Sequence[str]
    lower: Sequence[int]

    @classmethod
    def of(cls, doc: Doc, text: str | None = None) -> TokenTable:
        """``text`` is the text the Doc was parsed from, when the caller has it; a text whose
        length differs from the Doc's is not that text, and Doc.text is used."""
        tokens = doc.tokens
        idx = doc.column(IDX)
        end = [at + len(t.text) for at, t in zip(idx, tokens, strict=True)]
        size = end[-1] + len(tokens[-1].whitespace_) if tokens else 0
        lemma = [LOWER_LEMMAS.get(t.lemma_) or lowered(t.lemma_) for t in tokens]
        return cls(
            text=text if text is not None and len(text) == size else doc.text,
            idx=idx,
            end=end,
            pos=doc.column(POS),
            lemma=lemma,
            lower=doc.column(LOWER),
        )

    def positions(self, lower: str) -> list[int]:
        """The indices of the tokens whose ``lower_`` is ``lower``."""
        key = get_string_id(lower)
        return [i for i, found in enumerate(self.lower) if found == key]

    def overlapping(self, sent: Span, start: int, end: int) -> list[Token]:
        """The sentence's tokens with a character in [start, end)."""
        idx, ends, doc = self.idx, self.end, sent.doc
        return [doc[i] for i in range(sent.start, sent.end) if idx[i] < end and ends[i] > start]

    def sentence_text(self, sent: Span) -> str:
        """``Span.text`` without rebuilding it from the tokens."""
        return self.text[sent.start_char : sent.end_char]
