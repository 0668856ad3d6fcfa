"""diurna's exceptions.

    DiurnaError                 base of everything diurna raises on purpose
    ├── Rejected                an input was refused; carries ``stage`` and ``reason``
    └── KnowledgeError          a knowledge or dictionary file is malformed (file, line, reason)

Readers and the pipeline turn ``Rejected`` into a ``Skipped`` record and go on with the batch;
``KnowledgeError`` stops at load time so a dictionary is never half-loaded.
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
