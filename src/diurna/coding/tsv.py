"""Read diurna's tab-separated knowledge files: comments skipped, every line checked."""

from __future__ import annotations

from collections.abc import Iterator
from importlib import resources
from pathlib import Path

from diurna.errors import KnowledgeError


def data_path(name: str) -> Path:
    """Path of a knowledge file shipped in ``diurna/coding/data``."""
    return Path(str(resources.files("diurna.coding").joinpath("data", name)))


def read_rows(path: Path, min_cols: int, max_cols: int) -> Iterator[tuple[int, list[str]]]:
    """Yield (line number, fields) for each data line; a malformed line raises KnowledgeError."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise KnowledgeError(str(path), 0, f"cannot read file: {exc}") from exc
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        fields = [f.strip() for f in line.rstrip("\n").split("\t")]
        if not min_cols <= len(fields) <= max_cols:
            want = str(min_cols) if min_cols == max_cols else f"{min_cols}-{max_cols}"
            raise KnowledgeError(
                str(path), number, f"expected {want} tab-separated fields, got {len(fields)}"
            )
        if not fields[0]:
            raise KnowledgeError(str(path), number, "empty first field")
        yield number, fields
