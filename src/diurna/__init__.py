"""diurna: news articles in, CAMEO-coded political event records out. Offline, explainable."""

from __future__ import annotations

import importlib.metadata

from diurna.errors import DiurnaError, KnowledgeError, Rejected, StoreError
from diurna.model import ActorRef, Article, CodedArticle, Event, Quote, RawArticle, Skipped
from diurna.pipeline import Coder, load_coder, process

try:
    __version__ = importlib.metadata.version("diurna")
except importlib.metadata.PackageNotFoundError:  # running from a source tree without installing
    __version__ = "0.0.0"


def code_text(text: str, date: str | None = None, coder: Coder | None = None) -> CodedArticle:
    """Code one article's text; ``date`` (YYYY-MM-DD) is its publication date."""
    raw = RawArticle(text=text, origin="<text>", date=date)
    return next(process([raw], coder))


__all__ = [
    "ActorRef",
    "Article",
    "CodedArticle",
    "Coder",
    "DiurnaError",
    "Event",
    "KnowledgeError",
    "Quote",
    "RawArticle",
    "Rejected",
    "Skipped",
    "StoreError",
    "__version__",
    "code_text",
    "load_coder",
    "process",
]
