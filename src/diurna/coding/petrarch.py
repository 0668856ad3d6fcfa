"""Readers for PETRARCH-format actor, agent and discard dictionaries (users' extra knowledge).

Actor records: a phrase line (words joined by ``_``), ``+SYNONYM`` lines, and code lines
``[CODE]``, ``[CODE >YYMMDD]``, ``[CODE <YYMMDD]``, ``[CODE YYMMDD-YYMMDD]`` (six- or eight-digit
dates), on the phrase line or indented below it. Restrictions are checked in file order, the
first match wins, ranges are half-open; a lone ``[CODE]`` is the default. Agents: ``PHRASE
{PLURAL} [~SEC]`` with ``!NAME! = a, b`` substitution sets. Discards: one phrase per line,
``+PHRASE`` discards the whole story. ``#`` starts a comment; ``<!-- … -->`` blocks are skipped.
Phrases are matched case-insensitively as whole words (TABARI-style stems are taken literally).
A malformed line raises KnowledgeError with the file, line and reason, so nothing half-loads
silently; with ``lenient=True`` (real-world files carry a few typos such as seven-digit dates)
the bad line is left out and listed in ``Dictionaries.problems`` for the caller to report.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path

from diurna.errors import KnowledgeError

CODE_BLOCK = re.compile(r"\[([^\]]*)\]")
RESTRICTION = re.compile(
    r"^(?P<code>[A-Za-z0-9/+#-]{2,})\s*(?:(?P<op>[<>])\s*(?P<date>\d+)|(?P<a>\d+)\s*-\s*(?P<b>\d+))?$"
)
SUBSTITUTION = re.compile(r"^(![A-Z]+!)\s*=\s*(.+)$")
AGENT = re.compile(
    r"^(?P<phrase>[^{\[]+?)\s*(?:\{(?P<plural>[^}]*)\})?\s*\[\s*~?(?P<code>[A-Za-z]+)~?\s*\]$"
)
# Codes that mean "no actor" in PETRARCH files: the phrase is recognised but not coded.
NULL_CODES = frozenset({"###", "+++", "---"})


@dataclass(frozen=True, slots=True)
class Restriction:
    """A code valid on [start, end); None means unbounded on that side."""

    code: str
    start: dt.date | None
    end: dt.date | None

    def holds(self, when: dt.date | None) -> bool:
        if when is None:
            return self.start is None and self.end is None
        return (self.start is None or self.start <= when) and (self.end is None or when < self.end)


@dataclass(frozen=True, slots=True)
class DictionaryActor:
    """An actor record: its phrases and its dated codes in file order."""

    phrases: tuple[str, ...]
    restrictions: tuple[Restriction, ...]
    default: str | None

    def code_at(self, when: dt.date | None) -> str | None:
        for rule in self.restrictions:
            dated = rule.start is not None or rule.end is not None
            if dated and rule.holds(when):
                return rule.code
        return self.default


@dataclass(frozen=True, slots=True)
class Dictionaries:
    """Everything read from users' PETRARCH-format files."""

    actors: tuple[DictionaryActor, ...] = ()
    agents: tuple[tuple[str, str], ...] = ()
    sentence_discards: tuple[str, ...] = ()
    story_discards: tuple[str, ...] = ()
    problems: tuple[str, ...] = ()


def phrase_of(raw: str) -> str:
    """``FOREIGN_MINISTER_JANE_DOE_`` → ``foreign minister jane doe``."""
    return " ".join(raw.replace("_", " ").split()).lower()


def parse_date(text: str, path: Path, number: int) -> dt.date:
    try:
        if len(text) == 8:
            return dt.date(int(text[:4]), int(text[4:6]), int(text[6:]))
        if len(text) == 6:
            year = int(text[:2])
            century = 1900 if year > 30 else 2000
            return dt.date(century + year, int(text[2:4]), int(text[4:]))
    except ValueError:
        pass
    raise KnowledgeError(str(path), number, f"bad date {text!r} (expected YYMMDD or YYYYMMDD)")


def parse_codes(text: str, path: Path, number: int) -> list[Restriction]:
    out = []
    for block in CODE_BLOCK.findall(text):
        match = RESTRICTION.match(block.strip())
        if not match:
            raise KnowledgeError(str(path), number, f"bad code block [{block}]")
        code = match["code"].upper()
        start = end = None
        if match["op"] == ">":
            start = parse_date(match["date"], path, number)
        elif match["op"] == "<":
            end = parse_date(match["date"], path, number)
        elif match["a"]:
            start = parse_date(match["a"], path, number)
            end = parse_date(match["b"], path, number)
            if end <= start:
                raise KnowledgeError(
                    str(path), number, f"date range ends before it starts [{block}]"
                )
        out.append(Restriction(code, start, end))
    return out


def content_lines(path: Path) -> list[tuple[int, str]]:
    """(line number, text without comments) for every non-empty line outside <!-- --> blocks."""
    try:
        text = path.read_text(encoding="utf-8", errors="strict")
    except (OSError, UnicodeDecodeError) as exc:
        raise KnowledgeError(str(path), 0, f"cannot read dictionary: {exc}") from exc
    out = []
    in_comment = False
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw
        if in_comment:
            if "-->" in line:
                in_comment = False
                line = line.split("-->", 1)[1]
            else:
                continue
        line = line.replace("<! --", "<!--")  # a spelling real files use
        if "<!--" in line:
            before, _, after = line.partition("<!--")
            if "-->" not in after:
                in_comment = True
            line = before
        line = line.split("#", 1)[0].rstrip()
        if line.strip():
            out.append((number, line))
    return out


def read_actors(path: Path, problems: list[str] | None = None) -> list[DictionaryActor]:
    records: list[DictionaryActor] = []
    phrases: list[str] = []
    rules: list[Restriction] = []
    start_line = 0

    def flush() -> None:
        if not phrases:
            return
        if not rules:
            phrases.clear()
            raise KnowledgeError(str(path), start_line, "actor has no code")
        usable = [r for r in rules if r.code not in NULL_CODES]
        default = next((r.code for r in usable if r.start is None and r.end is None), None)
        records.append(DictionaryActor(tuple(phrases), tuple(usable), default))

    for number, line in content_lines(path):
        stripped = line.strip()
        try:
            if stripped.startswith("["):
                if not phrases:
                    raise KnowledgeError(str(path), number, "code line before any actor phrase")
                rules.extend(parse_codes(stripped, path, number))
            elif stripped.startswith("+"):
                if not phrases:
                    raise KnowledgeError(str(path), number, "synonym before any actor phrase")
                phrases.append(phrase_of(stripped[1:].split("[", 1)[0]))
                rules.extend(parse_codes(stripped, path, number))
            else:
                flush()
                phrases, rules, start_line = [phrase_of(stripped.split("[", 1)[0])], [], number
                rules.extend(parse_codes(stripped, path, number))
        except KnowledgeError as exc:
            if problems is None:
                raise
            problems.append(str(exc))
    try:
        flush()
    except KnowledgeError as exc:
        if problems is None:
            raise
        problems.append(str(exc))
    return records


def read_agents(path: Path, problems: list[str] | None = None) -> list[tuple[str, str]]:
    substitutions: dict[str, list[str]] = {}
    out: list[tuple[str, str]] = []
    for number, line in content_lines(path):
        stripped = line.strip()
        sub = SUBSTITUTION.match(stripped)
        if sub:
            substitutions[sub[1]] = [w.strip() for w in sub[2].split(",") if w.strip()]
            continue
        match = AGENT.match(stripped)
        if not match:
            error = KnowledgeError(str(path), number, "expected 'PHRASE {PLURAL} [~CODE]'")
            if problems is None:
                raise error
            problems.append(str(error))
            continue
        code = match["code"].upper()
        forms = [match["phrase"]] + (match["plural"].split() if match["plural"] else [])
        for form in forms:
            for expanded in expand(form, substitutions):
                out.append((phrase_of(expanded), code))
    return out


def expand(phrase: str, substitutions: dict[str, list[str]]) -> list[str]:
    for name, words in substitutions.items():
        if name in phrase:
            return [p for w in words for p in expand(phrase.replace(name, w, 1), substitutions)]
    return [phrase]


def read_discards(path: Path) -> tuple[list[str], list[str]]:
    sentence: list[str] = []
    story: list[str] = []
    for _, line in content_lines(path):
        stripped = line.strip()
        if stripped.startswith("+"):
            story.append(phrase_of(stripped[1:]))
        else:
            sentence.append(phrase_of(stripped))
    return sentence, story


def kind_of(path: Path) -> str:
    """Which reader a file needs, from its name (…actors…, …agents…, …discards…)."""
    name = path.name.lower()
    for kind in ("actors", "agents", "discards"):
        if kind in name:
            return kind
    if "verbs" in name or "cameo" in name:
        return "verbs"
    raise KnowledgeError(
        str(path),
        0,
        "cannot tell the dictionary kind from the file name "
        "(expected 'actors', 'agents' or 'discards' in it)",
    )


def read_dictionaries(paths: list[Path], lenient: bool = False) -> Dictionaries:
    """Read every file; verb dictionaries are not supported and are refused by name."""
    problems: list[str] | None = [] if lenient else None
    actors: list[DictionaryActor] = []
    agents: list[tuple[str, str]] = []
    sentence: list[str] = []
    story: list[str] = []
    for path in paths:
        kind = kind_of(path)
        if kind == "actors":
            actors.extend(read_actors(path, problems))
        elif kind == "agents":
            agents.extend(read_agents(path, problems))
        elif kind == "discards":
            s, t = read_discards(path)
            sentence.extend(s)
            story.extend(t)
        else:
            raise KnowledgeError(
                str(path),
                0,
                "PETRARCH verb dictionaries are not supported; "
                "diurna's verb patterns are in coding/data/lexicon",
            )
    return Dictionaries(
        tuple(actors), tuple(agents), tuple(sentence), tuple(story), tuple(problems or ())
    )


def discard_pattern(phrases: tuple[str, ...]) -> re.Pattern[str] | None:
    """One case-insensitive whole-word regex for a list of discard phrases (None if empty)."""
    words = sorted({p for p in phrases if p}, key=len, reverse=True)
    if not words:
        return None
    body = "|".join(r"\s+".join(re.escape(w) for w in p.split()) for p in words)
    return re.compile(rf"(?<!\w)(?:{body})(?!\w)", re.IGNORECASE)
