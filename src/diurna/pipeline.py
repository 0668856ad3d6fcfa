"""The one composition point: raw inputs → clean → parse → extract → records, in input order.

Error policy: an input that cannot be read or cleaned becomes a skipped CodedArticle with the
reason (and its id when it had one); the batch goes on. ``process`` never drops an input.
"""

from __future__ import annotations

import logging
import multiprocessing
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from typing import TypeVar

from spacy.language import Language

from diurna.clean import clean
from diurna.coding.codebook import Codebook, load_codebook
from diurna.coding.lexicon import Lexicon, load_lexicon
from diurna.coding.ontology import Ontology, load_ontology
from diurna.errors import Rejected
from diurna.extract.actors import ActorResolver
from diurna.extract.article import Extraction, extract
from diurna.extract.events import SentenceCoder
from diurna.model import Article, CodedArticle, RawArticle, Skipped
from diurna.nlp import load_language
from diurna.records import build_article

log = logging.getLogger(__name__)

Item = RawArticle | Skipped
T = TypeVar("T")


@dataclass(frozen=True)
class Coder:
    """Everything needed to code articles: the parser and diurna's knowledge, loaded once."""

    nlp: Language
    ontology: Ontology
    lexicon: Lexicon
    codebook: Codebook
    resolver: ActorResolver
    sentence_coder: SentenceCoder


def load_coder(nlp: Language | None = None, lexicon_paths: Iterable[Path] | None = None) -> Coder:
    """Load the spaCy model and the knowledge files (once per process)."""
    nlp = nlp or load_language()
    ontology = load_ontology()
    lexicon = load_lexicon(ontology, lexicon_paths)
    codebook = load_codebook()
    return Coder(
        nlp=nlp,
        ontology=ontology,
        lexicon=lexicon,
        codebook=codebook,
        resolver=ActorResolver(nlp, codebook),
        sentence_coder=SentenceCoder(lexicon, ontology),
    )


def skipped(item: Skipped) -> CodedArticle:
    log.debug("%s: skipped: %s", item.origin, item.reason)
    return CodedArticle(id=item.id, origin=item.origin, skipped=item.reason)


def prepare(items: Iterable[Item]) -> Iterator[Article | CodedArticle]:
    """Clean each raw input; a refused one becomes a skipped CodedArticle in its place."""
    for item in items:
        if isinstance(item, Skipped):
            yield skipped(item)
            continue
        try:
            yield clean(item)
        except Rejected as exc:
            yield skipped(Skipped(origin=item.origin, reason=exc.reason, id=item.id))


def extractions(
    items: Iterable[Item], coder: Coder, batch_size: int = 64
) -> Iterator[Extraction | CodedArticle]:
    """Parse and extract in input order; skipped inputs pass through as CodedArticles."""
    for chunk in _chunks(prepare(items), batch_size):
        articles = [a for a in chunk if isinstance(a, Article)]
        docs = iter(coder.nlp.pipe((a.text for a in articles), batch_size=batch_size))
        for entry in chunk:
            if isinstance(entry, Article):
                yield extract(next(docs), entry, coder.resolver, coder.sentence_coder)
            else:
                yield entry


def _chunks(items: Iterable[T], size: int) -> Iterator[list[T]]:
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


def process(
    items: Iterable[Item], coder: Coder | None = None, batch_size: int = 64, jobs: int = 1
) -> Iterator[CodedArticle]:
    """Code every input, yielding one CodedArticle per input in input order."""
    if jobs > 1:
        yield from _process_parallel(items, batch_size, jobs)
        return
    coder = coder or load_coder()
    for result in extractions(items, coder, batch_size):
        if isinstance(result, Extraction):
            yield build_article(result, coder.ontology)
        else:
            yield result


_WORKER: Coder | None = None  # one coder per worker process, set by _init_worker


def _init_worker() -> None:
    global _WORKER
    _WORKER = load_coder()


def _work(chunk: list[Item]) -> list[CodedArticle]:
    assert _WORKER is not None
    return list(process(chunk, _WORKER, batch_size=len(chunk) or 1))


def _process_parallel(items: Iterable[Item], batch_size: int, jobs: int) -> Iterator[CodedArticle]:
    """Chunks of inputs coded in worker processes; ``imap`` keeps input order."""
    chunks = _chunks(items, batch_size)
    context = multiprocessing.get_context("fork")
    with context.Pool(jobs, initializer=_init_worker) as pool:
        for results in pool.imap(_work, chunks):
            yield from results
