"""The verb lexicon: patterns over a head lemma and its particle, object, modifiers, complement
and prepositions, each giving a CAMEO code. Format: ``diurna/coding/data/lexicon/*.tsv``.

Pattern tokens (after the head lemma, ``n:lemma`` for noun events or ``a:lemma`` for a
predicative adjective, "is grateful to Japan"):
``~w`` particle, ``=a|b`` object lemma, ``:a|b`` modifier lemma (for a verb, of the verb or
of its object: "used nuclear weapons"), ``^a|b`` to-complement lemma
(for a noun: the verb carrying it, "went on strike"),
``>a|b`` the target is the object of one of these prepositions (required),
``+a|b`` one of these prepositions must be attached (target stays the object),
``@p:a|b`` preposition ``p`` must be attached with one of these words, as written, as its
object ("removed X from office", not "from government offices": ``@from:office|power``; the
target stays the verb's object).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType

from diurna.coding.ontology import Ontology
from diurna.coding.tsv import data_path, read_rows
from diurna.errors import KnowledgeError

MARKERS = "~=:^>+@"


@dataclass(frozen=True, slots=True)
class Pattern:
    """One lexicon pattern; ``rule`` names it as "file:line" for traceability."""

    code: str
    head: str
    noun: bool
    particle: str | None
    objects: frozenset[str]
    modifiers: frozenset[str]
    complements: frozenset[str]
    target_preps: frozenset[str]
    required_preps: frozenset[str]
    rule: str
    order: int
    prep_objects: tuple[str, frozenset[str]] | None = None  # ("from", {"office", "power"})
    adjective: bool = False
    # How many constraints the pattern sets; the most specific match wins. Counted once: the
    # coder reads it for every event.
    specificity: int = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        constraints = (
            self.particle,
            self.objects,
            self.modifiers,
            self.complements,
            self.target_preps,
            self.required_preps,
            self.prep_objects,
        )
        object.__setattr__(self, "specificity", sum(bool(x) for x in constraints))


@dataclass(frozen=True)
class Lexicon:
    """Patterns indexed by head lemma, verbs and nouns apart, most specific first."""

    verbs: Mapping[str, tuple[Pattern, ...]]
    nouns: Mapping[str, tuple[Pattern, ...]]
    adjectives: Mapping[str, tuple[Pattern, ...]] = field(default_factory=dict)

    def __len__(self) -> int:
        return sum(len(patterns) for group in self.groups() for patterns in group.values())

    def groups(self) -> tuple[Mapping[str, tuple[Pattern, ...]], ...]:
        return (self.verbs, self.nouns, self.adjectives)

    def patterns(self) -> Iterable[Pattern]:
        for group in self.groups():
            for patterns in group.values():
                yield from patterns


def parse_pattern(code: str, text: str, rule: str, order: int) -> Pattern:
    """Parse one pattern string; raises ValueError with the reason when it is malformed."""
    tokens = text.split()
    if not tokens:
        raise ValueError("empty pattern")
    head = tokens[0].lower()
    noun, adjective = head.startswith("n:"), head.startswith("a:")
    if noun or adjective:
        head = head[2:]
    if not head or head[0] in MARKERS:
        raise ValueError(f"pattern must start with a lemma, not {tokens[0]!r}")
    slots: dict[str, set[str]] = {m: set() for m in MARKERS}
    prep_objects = None
    for token in tokens[1:]:
        marker, words = token[0], token[1:].lower()
        if marker not in MARKERS or not words:
            raise ValueError(f"bad pattern token {token!r}")
        if marker == "~" and slots["~"]:
            raise ValueError("more than one particle")
        if marker == "@":
            prep, _, lemmas = words.partition(":")
            objects = frozenset(w for w in lemmas.split("|") if w)
            if not prep or not objects or prep_objects is not None:
                raise ValueError(f"bad or second preposition-object token {token!r}")
            prep_objects = (prep, objects)
            continue
        slots[marker].update(w for w in words.split("|") if w)
    particle = next(iter(slots["~"]), None)
    return Pattern(
        code=code,
        head=head,
        noun=noun,
        particle=particle,
        objects=frozenset(slots["="]),
        modifiers=frozenset(slots[":"]),
        complements=frozenset(slots["^"]),
        target_preps=frozenset(slots[">"]),
        required_preps=frozenset(slots["+"]),
        rule=rule,
        order=order,
        prep_objects=prep_objects,
        adjective=adjective,
    )


def lexicon_files() -> list[Path]:
    """The lexicon files shipped with diurna, in a fixed order."""
    folder = data_path("lexicon")
    return sorted(folder.glob("*.tsv"))


def load_lexicon(ontology: Ontology, paths: Iterable[Path] | None = None) -> Lexicon:
    """Load and check lexicon files; every code must exist in the ontology."""
    verbs: dict[str, list[Pattern]] = {}
    nouns: dict[str, list[Pattern]] = {}
    adjectives: dict[str, list[Pattern]] = {}
    order = 0
    for path in list(paths) if paths is not None else lexicon_files():
        for number, fields in read_rows(path, 2, 3):
            code, text = fields[0], fields[1]
            if code not in ontology:
                raise KnowledgeError(str(path), number, f"unknown CAMEO code {code!r}")
            try:
                pattern = parse_pattern(code, text, f"{path.stem}:{number}", order)
            except ValueError as exc:
                raise KnowledgeError(str(path), number, str(exc)) from exc
            order += 1
            group = nouns if pattern.noun else adjectives if pattern.adjective else verbs
            group.setdefault(pattern.head, []).append(pattern)

    def index(group: dict[str, list[Pattern]]) -> Mapping[str, tuple[Pattern, ...]]:
        return MappingProxyType(
            {k: tuple(sorted(v, key=lambda p: (-p.specificity, p.order))) for k, v in group.items()}
        )

    return Lexicon(verbs=index(verbs), nouns=index(nouns), adjectives=index(adjectives))
