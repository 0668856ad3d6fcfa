"""A parsed spaCy Doc read once into plain Python objects, for the rules that walk it.

Every attribute read through a spaCy ``Token`` builds a new Token object and looks its string
up in the StringStore: ``token.head.dep_`` costs two objects and a lookup, and
``token.children`` a generator. The coding rules read the parse hundreds of times per
sentence, so ``Doc(spacy_doc)`` copies the parse once into ``Doc``, ``Span`` and ``Token``
objects with the same names and meanings as spaCy's (the subset diurna reads), whose
attributes are plain slots. A Doc's tokens are made once: two reads of one token give the same
object.

The copy is taken once the parse is final (``article.extract`` mends the spaCy Doc first) and
is not changed after. What needs spaCy itself (the phrase matchers) reads ``Doc.spacy``.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import overload

import numpy
from spacy.attrs import (
    DEP,
    ENT_IOB,
    ENT_TYPE,
    HEAD,
    IDX,
    IS_LOWER,
    IS_PUNCT,
    IS_SPACE,
    IS_TITLE,
    LEMMA,
    LOWER,
    ORTH,
    POS,
    SENT_START,
    SPACY,
    TAG,
)
from spacy.strings import StringStore
from spacy.tokens import Doc as SpacyDoc


class _StringTable(dict[int, str]):
    """String hash → string, shared by every Doc (bounded by the vocabulary's strings): a hash
    not yet seen is read from ``store``, the StringStore of the Doc being read."""

    store: StringStore

    def __missing__(self, key: int) -> str:
        value = self[key] = self.store[key]
        return value


_STRINGS = _StringTable({0: ""})
_SPACES = ("", " ")  # a word's whitespace_, by its SPACY flag
_IS_START = (1).__eq__  # a SENT_START of 1 (-1 or 0 otherwise)
_IOB = ("", "I", "O", "B")
_COLUMNS = [ORTH, LOWER, LEMMA, POS, TAG, DEP, ENT_TYPE, ENT_IOB, IDX, SPACY]
# signed: a head is an offset, and a sentence start is -1 where none is
_SIGNED = [HEAD, SENT_START, IS_PUNCT, IS_SPACE, IS_TITLE, IS_LOWER]


class Token:
    """One word of a parse; see spaCy's ``Token`` for each attribute's meaning."""

    __slots__ = (
        "children",
        "dep_",
        "doc",
        "ent_iob_",
        "ent_type",
        "ent_type_",
        "head",
        "i",
        "idx",
        "is_lower",
        "is_punct",
        "is_sent_start",
        "is_space",
        "is_title",
        "lefts",
        "lemma",
        "lemma_",
        "lower",
        "lower_",
        "pos",
        "pos_",
        "rights",
        "sent",
        "tag_",
        "text",
        "whitespace_",
    )

    doc: Doc
    i: int
    text: str
    lower_: str
    lower: int
    lemma_: str
    lemma: int
    pos_: str
    pos: int
    tag_: str
    dep_: str
    ent_type_: str
    ent_type: int
    ent_iob_: str
    idx: int
    whitespace_: str
    is_punct: bool
    is_space: bool
    is_title: bool
    is_lower: bool
    is_sent_start: bool
    head: Token
    children: tuple[Token, ...]
    lefts: tuple[Token, ...]
    rights: tuple[Token, ...]
    sent: Span

    def __len__(self) -> int:
        return len(self.text)

    def __str__(self) -> str:
        return self.text

    def __repr__(self) -> str:
        return self.text

    @property
    def n_lefts(self) -> int:
        return len(self.lefts)

    @property
    def n_rights(self) -> int:
        return len(self.rights)

    @property
    def subtree(self) -> Iterator[Token]:
        """The token and its descendants, in order (as spaCy's: lefts, self, rights): in a
        projective parse, the words from its left edge to its right edge."""
        doc = self.doc
        left, right = doc.edge(self.i)
        if doc.projective:
            return iter(doc.tokens[left : right + 1])
        return self.walk()

    def walk(self) -> Iterator[Token]:
        """The subtree, walked: lefts, self, rights."""
        for word in self.lefts:
            yield from word.walk()
        yield self
        for word in self.rights:
            yield from word.walk()

    @property
    def left_edge(self) -> Token:
        """The leftmost word of the token's subtree."""
        return self.doc.tokens[self.doc.edge(self.i)[0]]

    @property
    def right_edge(self) -> Token:
        """The rightmost word of the token's subtree."""
        return self.doc.tokens[self.doc.edge(self.i)[1]]

    @property
    def ancestors(self) -> Iterator[Token]:
        """The token's head, its head's head, … up to the root; at most as many as the Doc has
        words, as spaCy's, should a malformed parse loop."""
        word = self
        for _ in range(len(self.doc.tokens)):
            if word.head is word:
                return
            word = word.head
            yield word

    @property
    def conjuncts(self) -> tuple[Token, ...]:
        """The words coordinated with this one, as spaCy's ``Token.conjuncts``."""
        start = self
        for above in self.ancestors:
            if start.dep_ != "conj":
                break
            start = above
        queue, found = [start], []
        for word in queue:
            if word is not self:
                found.append(word)
            queue.extend(c for c in word.children if c.dep_ == "conj" and c not in queue)
        return tuple(found)

    def nbor(self, offset: int = 1) -> Token:
        at = self.i + offset
        if not 0 <= at < len(self.doc.tokens):
            raise IndexError(f"token {self.i} has no neighbour at offset {offset}")
        return self.doc.tokens[at]


class Span:
    """Tokens ``start`` to ``end`` of a Doc (a sentence, an entity or any slice)."""

    __slots__ = ("_root", "doc", "end", "end_char", "label_", "start", "start_char")

    def __init__(self, doc: Doc, start: int, end: int, label: str = "") -> None:
        self.doc, self.start, self.end, self.label_ = doc, start, end, label
        self._root: Token | None = None
        # the character offsets, read far more often than spans are made
        if end > start:
            last = doc.tokens[end - 1]
            self.start_char = doc.tokens[start].idx
            self.end_char = last.idx + len(last.text)
        else:
            self.start_char = self.end_char = 0

    def __len__(self) -> int:
        return self.end - self.start

    def __iter__(self) -> Iterator[Token]:
        return iter(self.doc.tokens[self.start : self.end])

    @overload
    def __getitem__(self, key: int) -> Token: ...

    @overload
    def __getitem__(self, key: slice) -> Span: ...

    def __getitem__(self, key: int | slice) -> Token | Span:
        if isinstance(key, slice):
            start, end, _ = key.indices(len(self))
            return Span(self.doc, self.start + start, self.start + max(start, end))
        if key < 0:
            key += len(self)
        if not 0 <= key < len(self):
            raise IndexError(f"no token {key} in a span of {len(self)}")
        return self.doc.tokens[self.start + key]

    def __eq__(self, other: object) -> bool:
        return (
            isinstance(other, Span)
            and other.doc is self.doc
            and (other.start, other.end, other.label_) == (self.start, self.end, self.label_)
        )

    def __hash__(self) -> int:
        return hash((id(self.doc), self.start, self.end, self.label_))

    def __repr__(self) -> str:
        return self.text

    @property
    def text(self) -> str:
        return self.doc.text[self.start_char : self.end_char]

    @property
    def sent(self) -> Span:
        return self.doc.tokens[self.start].sent

    @property
    def ents(self) -> list[Span]:
        return [e for e in self.doc.ents if e.start >= self.start and e.end <= self.end]

    @property
    def root(self) -> Token:
        """As spaCy's ``Span.root``: a sentence root inside the span, else the word whose head
        lies outside it with the fewest words between it and its sentence's root (a childless
        punctuation mark only when no other word's head lies outside)."""
        if self._root is None:
            self._root = self._find_root()
        return self._root

    def _find_root(self) -> Token:
        tokens = self.doc.tokens[self.start : self.end]
        for word in tokens:
            if word.head is word:
                return word
        best, root = len(self.doc.tokens), None
        for word in tokens:
            if self.start <= word.head.i < self.end:
                continue
            if (word.is_punct or word.is_space) and not word.children:
                steps = len(self.doc.tokens) - 1  # a bare comma roots nothing better
            else:
                steps = self.doc.depth(word)
            if steps < best:
                best, root = steps, word
        return root if root is not None else self.doc.tokens[self.start]


class Doc:
    """A parse, read once from a spaCy Doc (``spacy``)."""

    __slots__ = (
        "columns",
        "depths",
        "edges",
        "ents",
        "projective",
        "sents",
        "spacy",
        "text",
        "tokens",
    )

    def __init__(self, doc: SpacyDoc, text: str | None = None) -> None:
        """``text`` is the text ``doc`` was parsed from, when the caller has it: spaCy's
        Doc.text rebuilds it through a Token object per word. A text whose length is not the
        Doc's is not that text, and Doc.text is read."""
        self.spacy = doc
        self.tokens: list[Token] = []
        self.edges: list[tuple[int, int]] = []
        self.sents: list[Span] = []
        self.ents: list[Span] = []
        self.projective = False  # known with the edges
        self.depths: list[int] = []  # each word's number of ancestors, with the edges
        # spaCy attribute (of _COLUMNS) → every word's value, as Doc.to_array reads it
        self.columns: dict[int, list[int]] = {attr: [] for attr in _COLUMNS}
        if len(doc):
            self._read(doc)
        last = self.tokens[-1] if self.tokens else None
        size = last.idx + len(last.text) + len(last.whitespace_) if last is not None else 0
        self.text: str = text if text is not None and len(text) == size else doc.text

    def _read(self, doc: SpacyDoc) -> None:
        columns = doc.to_array(_COLUMNS).T.tolist()
        self.columns = dict(zip(_COLUMNS, columns, strict=True))
        heads, starts, punct, blank, title, lower_case = (
            doc.to_array(_SIGNED).view(numpy.int64).T.tolist()
        )
        _STRINGS.store = doc.vocab.strings
        orth, lower, lemma, pos, tag, dep, ent, iob, idx, space = columns
        name = _STRINGS.__getitem__
        tokens = self.tokens
        for i, values in enumerate(
            zip(
                map(name, orth),
                lower,
                map(name, lower),
                lemma,
                map(name, lemma),
                pos,
                map(name, pos),
                map(name, tag),
                map(name, dep),
                ent,
                map(name, ent),
                map(_IOB.__getitem__, iob),
                idx,
                map(_SPACES.__getitem__, space),
                map(_IS_START, starts),
                map(bool, punct),
                map(bool, blank),
                map(bool, title),
                map(bool, lower_case),
                strict=True,
            )
        ):
            word = Token()
            word.doc, word.i = self, i
            (
                word.text,
                word.lower,
                word.lower_,
                word.lemma,
                word.lemma_,
                word.pos,
                word.pos_,
                word.tag_,
                word.dep_,
                word.ent_type,
                word.ent_type_,
                word.ent_iob_,
                word.idx,
                word.whitespace_,
                word.is_sent_start,
                word.is_punct,
                word.is_space,
                word.is_title,
                word.is_lower,
            ) = values
            tokens.append(word)
        lefts: list[list[Token]] = [[] for _ in tokens]
        rights: list[list[Token]] = [[] for _ in tokens]
        for word, offset in zip(tokens, heads, strict=True):
            word.head = head = tokens[word.i + offset]
            if offset > 0:
                lefts[head.i].append(word)
            elif offset < 0:
                rights[head.i].append(word)
        for word, before, after in zip(tokens, lefts, rights, strict=True):
            word.lefts, word.rights = tuple(before), tuple(after)
            word.children = word.lefts + word.rights
        first = [w.i for w in tokens if w.is_sent_start or not w.i]
        for start, end in zip(first, [*first[1:], len(tokens)], strict=True):
            span = Span(self, start, end)
            self.sents.append(span)
            for word in tokens[start:end]:
                word.sent = span
        found = self._entities(ent, iob)
        if found is None:  # spaCy raises
            found = [Span(self, e.start, e.end, e.label_) for e in doc.ents]
        self.ents = found

    def _entities(self, types: list[int], iob: list[int]) -> list[Span] | None:
        """The entities, as spaCy's ``Doc.ents`` reads them from each word's IOB code (3 B, 1
        I, 2 O, 0 none) and type; None for an inside word outside any entity, of which
        spaCy's Doc.ents complains."""
        found: list[Span] = []
        start, label = -1, 0
        for i, (code, kind) in enumerate(zip(iob, types, strict=True)):
            if code == 1:
                if start == -1:
                    return None
                continue
            if start != -1:
                found.append(Span(self, start, i, _STRINGS[label]))
            start, label = (i, kind) if code == 3 and kind else (-1, 0)
        if start != -1:
            found.append(Span(self, start, len(types), _STRINGS[label]))
        return found

    def release(self) -> None:
        """Break the cycles among the Doc and its words, so that they are freed as soon as
        they are dropped: a word and its head, children and Doc refer to each other, and such
        cycles otherwise wait for (and slow down) Python's cycle collector. Emptying the Doc
        and dropping each word's head (the only reference up the tree) and sentence (whose
        root may be the word) leaves none. The Doc is empty after."""
        for word in self.tokens:
            del word.head, word.sent
        self.tokens, self.sents, self.ents, self.edges, self.depths = [], [], [], [], []

    def __len__(self) -> int:
        return len(self.tokens)

    def __iter__(self) -> Iterator[Token]:
        return iter(self.tokens)

    def edge(self, i: int) -> tuple[int, int]:
        """The first and last index of word ``i``'s subtree (all words' found at first use:
        each word widens the span of each of its ancestors)."""
        if not self.edges:
            self.edges = self._edges()
        return self.edges[i]

    def depth(self, word: Token) -> int:
        """How many ancestors a word has (as many as ``Token.ancestors`` yields)."""
        if not self.edges:
            self.edges = self._edges()
        return self.depths[word.i] if self.depths else sum(1 for _ in word.ancestors)

    def _edges(self) -> list[tuple[int, int]]:
        """Each word's subtree span, children before heads (a walk down from the roots,
        read backwards); a parse that loops, which no root reaches, by each word's ancestors.
        Sets ``projective``: whether every subtree is the words between its edges, in order,
        and each word's ``depths`` in a parse that does not loop."""
        tokens = self.tokens
        left, right = list(range(len(tokens))), list(range(len(tokens)))
        order = [word for word in tokens if word.head is word]
        for word in order:  # grows as it goes: each word's children after it
            order.extend(word.children)
        if len(order) != len(tokens):
            for word in tokens:
                for above in word.ancestors:
                    left[above.i] = min(left[above.i], word.i)
                    right[above.i] = max(right[above.i], word.i)
        else:
            size = [1] * len(tokens)
            for word in reversed(order):
                head = word.head.i
                if left[word.i] < left[head]:
                    left[head] = left[word.i]
                if right[word.i] > right[head]:
                    right[head] = right[word.i]
                if head != word.i:
                    size[head] += size[word.i]
            heads = [word.head.i for word in tokens]
            self.projective = in_order(left, right, size, heads)
            depths = [0] * len(tokens)
            for word in order:  # heads before children
                if word.head is not word:
                    depths[word.i] = depths[word.head.i] + 1
            self.depths = depths
        return list(zip(left, right, strict=True))

    @overload
    def __getitem__(self, key: int) -> Token: ...

    @overload
    def __getitem__(self, key: slice) -> Span: ...

    def __getitem__(self, key: int | slice) -> Token | Span:
        if isinstance(key, slice):
            start, end, _ = key.indices(len(self.tokens))
            return Span(self, start, max(start, end))
        return self.tokens[key]

    def column(self, attr: int) -> list[int]:
        """Every word's value of ``attr`` (ORTH, LOWER, LEMMA, POS, TAG, DEP, ENT_TYPE, ENT_IOB,
        IDX or SPACY), as ``to_array([attr])`` reads it from spaCy, without a call to spaCy:
        a new list, read when the parse was."""
        return list(self.columns[attr])

    def to_array(self, attrs: list[int | str]) -> numpy.ndarray:
        return self.spacy.to_array(attrs)

    def char_span(self, start: int, end: int, alignment_mode: str = "strict") -> Span | None:
        found = self.spacy.char_span(start, end, alignment_mode=alignment_mode)
        return None if found is None else Span(self, found.start, found.end)


def in_order(left: list[int], right: list[int], size: list[int], heads: list[int]) -> bool:
    """Whether each word's subtree (edges ``left`` and ``right``, ``size`` words) is every word
    between its edges and lies wholly on its side of its head: then each subtree, read as
    lefts, self, rights, is its words in order."""
    for i, head in enumerate(heads):
        if right[i] - left[i] + 1 != size[i]:
            return False
        if (i < head and right[i] > head) or (i > head and left[i] < head):
            return False
    return True
