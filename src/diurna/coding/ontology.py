"""The CAMEO event ontology: every code with its name, Goldstein score, QuadClass and PLOVER."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType

from diurna.coding.tsv import data_path, read_rows
from diurna.errors import KnowledgeError

CODE = re.compile(r"^\d{2,4}$")

# Symmetric events (CODING.md §7): emitted once, matched in either direction by scorers.
SYMMETRIC = frozenset(
    {"030", "036", "040", "041", "044", "046", "050", "057", "060", "061", "062", "063", "064"}
    | {"0871", "031", "0311", "0312", "0313", "0314", "0356", "032"}
)


@dataclass(frozen=True, slots=True)
class CameoCode:
    """One CAMEO event code and what is derived from it."""

    code: str
    name: str
    goldstein: float
    quad_class: int
    plover: str | None
    plover_mode: str | None
    plover_context: str | None

    @property
    def root(self) -> str:
        return self.code[:2]


@dataclass(frozen=True)
class Ontology:
    """All CAMEO codes, keyed by code string ("0211", "195")."""

    codes: Mapping[str, CameoCode]

    def __contains__(self, code: object) -> bool:
        return code in self.codes

    def get(self, code: str) -> CameoCode:
        try:
            return self.codes[code]
        except KeyError:
            raise KeyError(f"unknown CAMEO code {code!r}") from None

    def is_symmetric(self, code: str) -> bool:
        return code in SYMMETRIC


def is_statement(code: str) -> bool:
    """Whether an event code is something said (QuadClass verbal cooperation or conflict), not
    something done."""
    return quad_class_of_root(code[:2]) in (1, 3)


def quad_class_of_root(root: str) -> int:
    """QuadClass of a root: 1/2 verbal/material cooperation, 3/4 verbal/material conflict."""
    value = int(root)
    if value <= 5:
        return 1
    if value <= 8:
        return 2
    if value <= 13:
        return 3
    return 4


def load_ontology(path: Path | None = None) -> Ontology:
    """Load ``cameo.tsv`` (or ``path``) and check every row."""
    path = path or data_path("cameo.tsv")
    codes: dict[str, CameoCode] = {}
    for number, fields in read_rows(path, 7, 7):
        code, name, goldstein, quad, plover, mode, context = fields
        if not CODE.match(code) or not 1 <= int(code[:2]) <= 20:
            raise KnowledgeError(str(path), number, f"not a CAMEO code: {code!r}")
        if code in codes:
            raise KnowledgeError(str(path), number, f"duplicate code {code}")
        try:
            score = float(goldstein)
            quad_class = int(quad)
        except ValueError as exc:
            raise KnowledgeError(str(path), number, f"bad number: {exc}") from exc
        if not -10.0 <= score <= 10.0:
            raise KnowledgeError(str(path), number, f"Goldstein score {score} out of range")
        if quad_class != quad_class_of_root(code[:2]):
            raise KnowledgeError(str(path), number, f"QuadClass {quad_class} wrong for root")
        codes[code] = CameoCode(
            code=code,
            name=name,
            goldstein=score,
            quad_class=quad_class,
            plover=None if plover == "-" else plover,
            plover_mode=None if mode == "-" else mode,
            plover_context=None if context == "-" else context,
        )
    return Ontology(codes=MappingProxyType(codes))


def load_force_words(path: Path | None = None) -> Mapping[str, str]:
    """``force.tsv``: weapon or force words → the code a plain 190 becomes (194 or 195, 1952
    for drones, 180 for the blades of unconventional violence, or 176 for hackers)."""
    path = path or data_path("force.tsv")
    words: dict[str, str] = {}
    for number, (word, code) in read_rows(path, 2, 2):
        if code not in ("176", "180", "194", "195", "1952"):
            why = f"force code must be 176, 180, 194, 195 or 1952, not {code}"
            raise KnowledgeError(str(path), number, why)
        words[word.lower()] = code
    return MappingProxyType(words)
