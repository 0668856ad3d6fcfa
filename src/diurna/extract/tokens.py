"""A parsed Doc's text and per-token attributes, read once into plain lists and shared by the
extractors: every attribute read through a spaCy Token builds a new Token object first."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from operator import add

from spacy.attrs import IDX, LEMMA, LENGTH, LOWER, POS
from spacy.parts_of_speech import ADJ, AUX, NOUN, VERB
from spacy.strings import get_string_id

from diurna.extract.parse import Doc, Span, Token

# The POS ids of ``TokenTable.pos`` that the extractors test for (``Token.pos``).
VERB_ID, NOUN_ID, AUX_ID, ADJ_ID = int(VERB), int(NOUN), int(AUX), int(ADJ)


# Lemma hash → lower-cased lemma, shared by every Doc (bounded by the language's lemmas).
LOWER_LEMMAS: dict[int, str] = {}


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
        """``text`` is the text the Doc was parsed from, when the caller has it: spaCy keeps
        it exactly, but Doc.text rebuilds it through a Token object per word. A text whose
        length differs from the Doc's is not that text, and Doc.text is used."""
        attrs = [IDX, LENGTH, POS, LEMMA, LOWER]
        columns = doc.to_array(attrs).T.tolist() if len(doc) else [[]] * len(attrs)
        idx, length, pos, lemma_ids, lower = columns
        end = list(map(add, idx, length))
        size = end[-1] + len(doc[-1].whitespace_) if end else 0
        strings = doc.vocab.strings
        for key in set(lemma_ids).difference(LOWER_LEMMAS):
            LOWER_LEMMAS[key] = strings[key].lower()
        return cls(
            text=text if text is not None and len(text) == size else doc.text,
            idx=idx,
            end=end,
            pos=pos,
            lemma=list(map(LOWER_LEMMAS.__getitem__, lemma_ids)),
            lower=lower,
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
