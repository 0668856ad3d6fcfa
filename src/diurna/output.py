"""Writers for ``diurna code`` output: the articles-JSONL contract and PETRARCH event lines."""

from __future__ import annotations

import json
from typing import IO

from diurna.model import CodedArticle

FORMATS = ("jsonl", "tsv")


def write_jsonl(article: CodedArticle, out: IO[str]) -> None:
    out.write(json.dumps(article.to_json(), ensure_ascii=False) + "\n")


def tsv_rows(article: CodedArticle) -> list[list[str]]:
    """PETRARCH2 event-line layout: date, source, target, code, ids, outlet, actor texts, text."""
    rows = []
    for event in article.events:
        if event.negated:
            continue
        day = (event.date or article.date or "").replace("-", "")
        target = event.target.code if event.target else "---"
        rows.append(
            [
                day,
                event.source.code,
                target,
                event.cameo,
                f"{article.id};{event.event_id}",
                article.source or "",
                event.source.text,
                event.target.text if event.target else "",
                " ".join(event.sentence.text.split()),
            ]
        )
    return rows


def write_tsv(article: CodedArticle, out: IO[str]) -> None:
    for row in tsv_rows(article):
        out.write("\t".join(cell.replace("\t", " ") for cell in row) + "\n")
