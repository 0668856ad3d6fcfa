"""One parsed article → its Extraction: every sentence's actor mentions and coded events."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from spacy.tokens import Doc

from diurna.extract.actors import ActorResolver, Mention
from diurna.extract.dates import sentence_date
from diurna.extract.events import Candidate, Decision, SentenceCoder
from diurna.model import Article, SentenceRef


@dataclass(frozen=True, slots=True)
class CodedSentence:
    """A sentence with its mentions, events and the date it pins (or carries)."""

    sentence: SentenceRef
    mentions: tuple[Mention, ...]
    events: tuple[Candidate, ...]
    date: dt.date | None
    date_precision: str | None
    decisions: tuple[Decision, ...]


@dataclass(frozen=True, slots=True)
class Extraction:
    """Everything extracted from one article, with character offsets only."""

    article: Article
    sentences: tuple[CodedSentence, ...]


def publication_date(article: Article) -> dt.date | None:
    return dt.date.fromisoformat(article.date) if article.date else None


def extract(
    doc: Doc,
    article: Article,
    resolver: ActorResolver,
    coder: SentenceCoder,
    trace: bool = False,
) -> Extraction:
    """Code every sentence of a parsed article, in order, carrying context forward."""
    published = publication_date(article)
    actors = resolver.article(doc, published)
    out: list[CodedSentence] = []
    # The date pinned by the previous sentence; carried one sentence forward only.
    previous: tuple[dt.date | None, str | None] = (None, None)
    for index, sent in enumerate(doc.sents):
        mentions = actors.read_sentence(sent)
        decisions: list[Decision] | None = [] if trace else None
        events = coder.code(sent, actors, decisions)
        pinned = sentence_date(sent.text, published)
        day, precision = pinned if pinned[0] is not None else previous
        previous = pinned
        out.append(
            CodedSentence(
                sentence=SentenceRef(index, sent.start_char, sent.end_char, sent.text),
                mentions=tuple(mentions),
                events=tuple(events),
                date=day,
                date_precision=precision,
                decisions=tuple(decisions or ()),
            )
        )
    return Extraction(article=article, sentences=tuple(out))
