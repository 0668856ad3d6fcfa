"""Extraction → CodedArticle: content-hash ids, CAMEO-derived fields, dates, places, quotes."""

from __future__ import annotations

import hashlib

from diurna.coding.ontology import Ontology
from diurna.extract.actors import Mention
from diurna.extract.article import EventContext, Extraction
from diurna.extract.events import Candidate
from diurna.extract.quotes import FoundQuote
from diurna.model import ActorRef, CodedArticle, Event, Quote, SentenceRef, TextSpan

# Confidence of an event: the pattern's specificity raises it, actors found only through
# coreference or article context lower it. Hand-set on 2026-11-28, not yet fitted to gold.
BASE_CONFIDENCE = 0.6
PER_CONSTRAINT = 0.1
INDIRECT_ACTOR = 0.8


def event_id(article_id: str, sentence: int, cand: Candidate) -> str:
    target = cand.target.code if cand.target else ""
    key = f"{article_id}|{sentence}|{cand.trigger_start}|{cand.source.code}|{target}|{cand.code}"
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


def actor_ref(mention: Mention) -> ActorRef:
    return ActorRef(mention.code, mention.text, mention.start, mention.end)


def confidence(cand: Candidate) -> float:
    value = min(0.95, BASE_CONFIDENCE + PER_CONSTRAINT * cand.specificity)
    for mention in (cand.source, cand.target):
        if mention is not None and not mention.how.startswith(("dictionary", "composition")):
            value *= INDIRECT_ACTOR
    return round(value, 3)


def build_event(
    extraction: Extraction,
    sentence: SentenceRef,
    cand: Candidate,
    ontology: Ontology,
    where: EventContext,
) -> Event:
    cameo = ontology.get(cand.code)
    return Event(
        event_id=event_id(extraction.article.id, sentence.index, cand),
        source=actor_ref(cand.source),
        target=actor_ref(cand.target) if cand.target else None,
        cameo=cameo.code,
        root=cameo.root,
        quad_class=cameo.quad_class,
        goldstein=cameo.goldstein,
        plover=cameo.plover,
        sentence=sentence,
        trigger=TextSpan(cand.trigger_text, cand.trigger_start, cand.trigger_end),
        date=where.date.isoformat() if where.date else None,
        date_precision=where.date_precision,
        location=where.location,
        negated=cand.negated,
        confidence=confidence(cand),
        rule=cand.rule,
        quote=where.quote,
    )


def quote_record(found: FoundQuote) -> Quote:
    return Quote(found.speaker, found.text, found.start, found.end, found.direct)


def build_article(extraction: Extraction, ontology: Ontology) -> CodedArticle:
    """The output record of one article, events in sentence and trigger order."""
    article = extraction.article
    events = []
    for coded in extraction.sentences:
        for cand, where in zip(coded.events, coded.contexts, strict=True):
            events.append(build_event(extraction, coded.sentence, cand, ontology, where))
    return CodedArticle(
        id=article.id,
        origin=article.origin,
        title=article.title,
        date=article.date,
        source=article.source,
        url=article.url,
        events=tuple(events),
        quotes=tuple(quote_record(q) for q in extraction.quotes),
        text=article.text if article.text_changed else None,
        article_text=article.text,
    )
