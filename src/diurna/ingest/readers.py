"""Read .jsonl, .txt, .html files, directories and stdin into RawArticle or Skipped items.

A bad input never stops the batch: it becomes a ``Skipped`` naming the file (and line) and
the reason, and reading goes on with the next one.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any

from diurna.model import RawArticle, Skipped

TEXT_SUFFIXES = {".txt", ".text"}
HTML_SUFFIXES = {".html", ".htm"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
KNOWN_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES
FIELDS = ("id", "title", "text", "date", "source", "url")

Item = RawArticle | Skipped


def read_inputs(inputs: Iterable[str], stdin: IO[str] | None = None) -> Iterator[Item]:
    """Yield every article found in ``inputs`` (paths, directories or "-"), in order."""
    for name in inputs:
        if name == "-":
            yield from read_jsonl_lines(stdin or sys.stdin, "<stdin>")
            continue
        path = Path(name)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file())
            for file in files:
                if file.suffix.lower() in KNOWN_SUFFIXES:
                    yield from read_file(file)
        elif not path.exists():
            yield Skipped(origin=name, reason="no such file or directory")
        else:
            yield from read_file(path)


def read_file(path: Path) -> Iterator[Item]:
    """Yield the articles of one file, chosen by its suffix."""
    origin = str(path)
    suffix = path.suffix.lower()
    try:
        data = path.read_bytes()
    except OSError as exc:
        yield Skipped(origin=origin, reason=f"cannot read file: {exc.strerror or exc}")
        return
    if not data.strip():
        yield Skipped(origin=origin, reason="empty file")
        return
    if b"\x00" in data[:4096]:
        yield Skipped(origin=origin, reason="binary file (NUL bytes), not text")
        return
    if suffix in JSONL_SUFFIXES:
        yield from read_jsonl_bytes(data, origin)
        return
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        yield Skipped(origin=origin, reason=f"not valid UTF-8 (byte {exc.start})")
        return
    if suffix in HTML_SUFFIXES:
        yield RawArticle(text=text, origin=origin, id=path.stem, html=True)
    elif suffix in TEXT_SUFFIXES:
        yield text_article(text, origin, path.stem)
    else:
        yield Skipped(origin=origin, reason=f"unknown file type {suffix or '(none)'}")


def text_article(text: str, origin: str, stem: str) -> RawArticle:
    """A .txt article: a first line followed by a blank line is its title, unless it ends as
    a sentence does (a one-line lead paragraph, "NAIROBI (Reuters) - … officials said."); a
    headline may end with an abbreviation ("… talks in the U.S.") or an ellipsis."""
    title = None
    head, sep, body = text.partition("\n\n")
    line = head.strip()
    last = line.split()[-1] if line else ""
    sentence = line.endswith(".") and "." not in last[:-1]
    if sep and "\n" not in line and len(head) < 200 and body.strip() and not sentence:
        title, text = line, body
    return RawArticle(text=text, origin=origin, id=stem, title=title)


def read_jsonl_bytes(data: bytes, origin: str) -> Iterator[Item]:
    """Yield the articles of a JSONL file's bytes, one per line; bad lines become Skipped."""
    for number, raw in enumerate(data.splitlines(), start=1):
        where = f"{origin}:{number}"
        if not raw.strip():
            continue
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            yield Skipped(origin=where, reason=f"not valid UTF-8 (byte {exc.start})")
            continue
        yield parse_jsonl_line(line, where)


def read_jsonl_lines(stream: IO[str], origin: str) -> Iterator[Item]:
    """Yield the articles of a text stream of JSONL."""
    for number, line in enumerate(stream, start=1):
        if line.strip():
            yield parse_jsonl_line(line, f"{origin}:{number}")


def parse_jsonl_line(line: str, where: str) -> Item:
    """One JSONL line → RawArticle, or Skipped with the reason (and the id when there is one)."""
    try:
        obj: Any = json.loads(line)
    except json.JSONDecodeError as exc:
        return Skipped(origin=where, reason=f"malformed JSON: {exc.msg} at column {exc.colno}")
    if not isinstance(obj, dict):
        return Skipped(origin=where, reason="a JSON object is expected on each line")
    ident = obj.get("id")
    ident = str(ident) if ident is not None else None
    text = obj.get("text")
    if not isinstance(text, str):
        return Skipped(origin=where, reason='missing or non-string "text" field', id=ident)
    fields = {k: obj.get(k) for k in ("title", "date", "source", "url")}
    bad = [k for k, v in fields.items() if v is not None and not isinstance(v, str)]
    if bad:
        return Skipped(origin=where, reason=f"field {bad[0]!r} must be a string", id=ident)
    return RawArticle(
        text=text,
        origin=where,
        id=ident,
        title=fields["title"],
        date=fields["date"],
        source=fields["source"],
        url=fields["url"],
    )
