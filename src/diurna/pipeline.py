"""The one composition point: raw inputs → clean → parse → extract → records, in input order.

Error policy: an input that cannot be read or cleaned becomes a skipped CodedArticle with the
reason (and its id when it had one); the batch goes on. ``process`` never drops an input.
"""

from __future__ import annotations

import logging
import multiprocessing
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from typing import TypeVar

from spacy.language import Language

from diurna.clean import clean
from diurna.coding.codebook import Codebook, load_codebook
from diurna.coding.lexicon import Lexicon, load_lexicon
from diurna.coding.ontology import Ontology, load_force_words, load_ontology
from diurna.coding.petrarch import discard_pattern, read_dictionaries
from diurna.errors import Rejected
from diurna.extract.actors import ActorResolver
from diurna.extract.article import Extraction, extract
from diurna.extract.events import SentenceCoder
from diurna.extract.gazetteer import Gazetteer, load_gazetteer
from diurna.model import Article, CodedArticle, RawArticle, Skipped
from diurna.nlp import load_language, read_as_acronyms
from diurna.records import build_article

log = logging.getLogger(__name__)

Item = RawArticle | Skipped
STORY_DISCARDED = "story discarded by dictionary phrase"
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
    gazetteer: Gazetteer | None = None
    story_discard: re.Pattern[str] | None = None
    dictionary_paths: tuple[Path, ...] = ()
    lenient: bool = False


def load_coder(
    nlp: Language | None = None,
    lexicon_paths: Iterable[Path] | None = None,
    dictionaries: Iterable[Path] = (),
    lenient: bool = False,
) -> Coder:
    """Load the spaCy model and the knowledge files (once per process), plus a user's
    PETRARCH-format actor/agent/discard dictionaries; ``lenient`` skips their bad lines and
    lists them in ``coder.codebook.dictionaries.problems`` instead of failing."""
    nlp = nlp or load_language()
    ontology = load_ontology()
    lexicon = load_lexicon(ontology, lexicon_paths)
    paths = tuple(dictionaries)
    extra = read_dictionaries(list(paths), lenient=lenient) if paths else None
    codebook = load_codebook(extra=extra)
    # "ECOWAS imposed sanctions": the table's organisation acronyms are names to the parser
    read_as_acronyms(nlp, (n for n, e in codebook.names.items() if e.kind == "organisation"))
    return Coder(
        nlp=nlp,
        ontology=ontology,
        lexicon=lexicon,
        codebook=codebook,
        resolver=ActorResolver(nlp, codebook),
        sentence_coder=SentenceCoder(
            lexicon,
            ontology,
            discard_pattern(codebook.dictionaries.sentence_discards),
            load_force_words(),
        ),
        gazetteer=load_gazetteer(),
        story_discard=discard_pattern(codebook.dictionaries.story_discards),
        dictionary_paths=paths,
        lenient=lenient,
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


def discarded(article: Article, coder: Coder) -> CodedArticle | None:
    """A story a user's discard list drops, as a skipped record (checked before parsing)."""
    hit = coder.story_discard.search(article.text) if coder.story_discard else None
    if hit is None:
        return None
    return CodedArticle(
        id=article.id,
        origin=article.origin,
        title=article.title,
        date=article.date,
        source=article.source,
        url=article.url,
        skipped=f"{STORY_DISCARDED} {hit[0]!r}",
    )


def extractions(
    items: Iterable[Item], coder: Coder, batch_size: int = 64
) -> Iterator[Extraction | CodedArticle]:
    """Parse and extract in input order; skipped inputs pass through as CodedArticles."""
    for chunk in _chunks(prepare(items), batch_size):
        ready = [(e, discarded(e, coder)) if isinstance(e, Article) else (e, None) for e in chunk]
        articles = [e for e, drop in ready if isinstance(e, Article) and drop is None]
        docs = iter(coder.nlp.pipe((a.text for a in articles), batch_size=batch_size))
        for entry, drop in ready:
            if not isinstance(entry, Article):
                yield entry
            elif drop is not None:
                yield drop
            else:
                yield extract(
                    next(docs),
                    entry,
                    coder.resolver,
                    coder.sentence_coder,
                    gazetteer=coder.gazetteer,
                )


def _chunks(items: Iterable[T], size: int) -> Iterator[list[T]]:
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


def process(
    items: Iterable[Item],
    coder: Coder | None = None,
    batch_size: int = 64,
    jobs: int = 1,
    dictionaries: tuple[Path, ...] = (),
    lenient: bool = False,
) -> Iterator[CodedArticle]:
    """Code every input, yielding one CodedArticle per input in input order.

    Without a ``coder`` one is loaded (with the given user ``dictionaries``); with ``jobs`` > 1
    each worker process loads its own.
    """
    if jobs > 1:
        settings = (coder.dictionary_paths, coder.lenient) if coder else (dictionaries, lenient)
        yield from _process_parallel(items, batch_size, jobs, settings)
        return
    coder = coder or load_coder(dictionaries=dictionaries, lenient=lenient)
    for result in extractions(items, coder, batch_size):
        if isinstance(result, Extraction):
            yield build_article(result, coder.ontology)
        else:
            yield result


_WORKER: Coder | None = None  # one coder per worker process, set by _init_worker


def _init_worker(dictionaries: tuple[Path, ...], lenient: bool) -> None:
    global _WORKER
    _WORKER = load_coder(dictionaries=dictionaries, lenient=lenient)


def _work(chunk: list[Item]) -> list[CodedArticle]:
    assert _WORKER is not None
    return list(process(chunk, _WORKER, batch_size=len(chunk) or 1))


def _process_parallel(
    items: Iterable[Item], batch_size: int, jobs: int, settings: tuple[tuple[Path, ...], bool]
) -> Iterator[CodedArticle]:
    """Chunks of inputs coded in worker processes; ``imap`` keeps input order."""
    chunks = _chunks(items, batch_size)
    context = multiprocessing.get_context("fork")
    with context.Pool(jobs, initializer=_init_worker, initargs=settings) as pool:
        for results in pool.imap(_work, chunks):
            yield from results
