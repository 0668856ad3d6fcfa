"""Shared fixtures: hand-built parses on a blank pipeline, and the real model (loaded once)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span

from diurna.coding.codebook import Codebook, load_codebook
from diurna.coding.lexicon import Lexicon, load_lexicon
from diurna.coding.ontology import Ontology, load_ontology
from diurna.pipeline import Coder, load_coder

SHARED = Path(__file__).resolve().parents[2] / "shared"

Token = tuple[str, str, str, int, str]  # word, lemma, POS, head index, dependency


@pytest.fixture(scope="session")
def blank() -> Language:
    return spacy.blank("en")


@pytest.fixture(scope="session")
def ontology() -> Ontology:
    return load_ontology()


@pytest.fixture(scope="session")
def lexicon(ontology: Ontology) -> Lexicon:
    return load_lexicon(ontology)


@pytest.fixture(scope="session")
def codebook() -> Codebook:
    return load_codebook()


@pytest.fixture(scope="session")
def make_doc(blank: Language) -> Callable[..., Doc]:
    """Build a parsed Doc from rows (word, lemma, POS, head, dep), optional entities, sentence
    starts and fine-grained tags."""

    def build(
        rows: Sequence[Token],
        ents: Sequence[tuple[int, int, str]] = (),
        starts: Sequence[int] = (0,),
        tags: Sequence[str] | None = None,
    ) -> Doc:
        words = [r[0] for r in rows]
        doc = Doc(
            blank.vocab,
            words=words,
            lemmas=[r[1] for r in rows],
            pos=[r[2] for r in rows],
            heads=[r[3] for r in rows],
            deps=[r[4] for r in rows],
            sent_starts=[i in starts for i in range(len(rows))],
            tags=list(tags) if tags is not None else None,
        )
        doc.ents = [Span(doc, s, e, label=label) for s, e, label in ents]
        return doc

    return build


@pytest.fixture(scope="session")
def coder() -> Coder:
    """The real spaCy model and diurna's knowledge (end-to-end tests)."""
    return load_coder()


def shared_file(*parts: str) -> Path:
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} is not beside the clone")
    return path
