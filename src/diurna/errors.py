"""diurna's exceptions.

    DiurnaError                 base of everything diurna raises on purpose
    ├── Rejected                an input was refused; carries ``stage`` and ``reason``
    ├── KnowledgeError          a knowledge or dictionary file is malformed (file, line, reason)
    └── StoreError              a database cannot be opened, upgraded or written (path, reason)

Readers and the pipeline turn ``Rejected`` into a ``Skipped`` record and go on with the batch;
``KnowledgeError`` stops at load time so a dictionary is never half-loaded; ``StoreError`` leaves
the database as it was (each article is written in its own transaction).
"""

from __future__ import annotations


class DiurnaError(Exception):
    """Base class of diurna's own errors."""


class Rejected(DiurnaError):
    """An input could not be used; ``stage`` says where, ``reason`` says why."""

    def __init__(self, stage: str, reason: str) -> None:
        super().__init__(f"{stage}: {reason}")
        self.stage = stage
        self.reason = reason


class KnowledgeError(DiurnaError):
    """A knowledge file is malformed; raised at load with the file, line and reason."""

    def __init__(self, path: str, line: int, reason: str) -> None:
        super().__init__(f"{path}:{line}: {reason}")
        self.path = path
        self.line = line
        self.reason = reason


class StoreError(DiurnaError):
    """The event database cannot be used: not a diurna file, a newer schema, read-only, full."""
