"""Quote marks paired paragraph by paragraph: the spans of direct quotations, and refusals where
the marks do not pair (a stray, nested or unclosed mark is never guessed at)."""

from __future__ import annotations

import re
from dataclasses import dataclass

OPEN_ONLY = "“„«"
CLOSE_ONLY = "”»"
STRAIGHT = '"'
MARKS = OPEN_ONLY + CLOSE_ONLY + STRAIGHT
MARK = re.compile(f"[{MARKS}]")


@dataclass(frozen=True, slots=True)
class Marked:
    """A span between paired quote marks: content offsets and where the marks are."""

    start: int
    end: int
    open_mark: int
    close_mark: int
    paragraph: int
    opens_paragraph: bool
    continues: bool


@dataclass(frozen=True, slots=True)
class Refusal:
    """A stretch of text whose quote marks were not guessed at, and why."""

    start: int
    end: int
    reason: str


def paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each non-empty line: a quotation never runs across one unmarked."""
    out = []
    for match in re.finditer(r"[^\n]+", text):
        if match.group(0).strip():
            out.append((match.start(), match.end()))
    return out


def find_marked(text: str) -> tuple[list[Marked], list[Refusal]]:
    """Pair quote marks paragraph by paragraph; refuse paragraphs whose marks do not pair."""
    found: list[Marked] = []
    refusals: list[Refusal] = []
    paras = paragraphs(text)
    for number, (start, end) in enumerate(paras):
        pairs: list[tuple[int, int]] = []
        open_at: int | None = None
        problem: str | None = None
        for mark in MARK.finditer(text, start, end):
            i, char = mark.start(), mark.group(0)
            if open_at is None:
                if char in CLOSE_ONLY:
                    problem = f"closing mark {char!r} at {i} with no opening mark"
                    break
                open_at = i
            elif char in OPEN_ONLY:
                problem = f"opening mark {char!r} at {i} inside the quotation opened at {open_at}"
                break
            else:
                pairs.append((open_at, i))
                open_at = None
        continues = False
        if problem is None and open_at is not None:
            following = paras[number + 1] if number + 1 < len(paras) else None
            if following and text[following[0] : following[1]].lstrip()[:1] in OPEN_ONLY + '"':
                pairs.append((open_at, end))
                continues = True
            else:
                problem = f"quotation opened at {open_at} is never closed in its paragraph"
        if problem is not None:
            refusals.append(Refusal(start, end, f"unbalanced quote marks: {problem}"))
            continue
        for index, (left, right) in enumerate(pairs):
            content_start, content_end = trim(text, left + 1, right)
            if content_end <= content_start:
                continue
            found.append(
                Marked(
                    start=content_start,
                    end=content_end,
                    open_mark=left,
                    close_mark=right,
                    paragraph=number,
                    opens_paragraph=not text[start:left].strip(),
                    continues=continues and index == len(pairs) - 1,
                )
            )
    return found, refusals


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
