"""``diurna merge``, ``query`` and ``export``: thin commands over the store; ``register(app)``
adds them to the main app, ``describe`` words a ``StoreSummary`` for ``diurna code --db``.
"""

from __future__ import annotations

import csv
import json
import sys
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.table import Table

from diurna.errors import DiurnaError
from diurna.export import EXPORT_FORMATS, export
from diurna.store import Filters, StoreSummary, merge_store, open_store, query
from diurna.store.merge import MergeSummary
from diurna.store.queries import parse_near

err = Console(stderr=True, soft_wrap=True)  # never break a path or message across lines
QUERY_FORMATS = ("table", "jsonl", "csv")
SENTENCE_WIDTH = 80  # characters of the sentence shown in table output
Db = Annotated[Path, typer.Option("--db", help="The diurna SQLite database.")]


def describe_merge(summary: MergeSummary) -> str:
    return (
        f"merged {summary.events} events into {summary.merged}"
        f" ({summary.multi_source} reported by several sources;"
        f" {summary.near_duplicates} near-duplicate articles)"
    )


def describe(summary: StoreSummary) -> str:
    """One line for ``diurna code --db``: what was stored and merged."""
    w = summary.written
    text = (
        f"stored {w.added} new and {w.updated} changed articles ({w.events} events,"
        f" {w.quotes} quotes), {w.unchanged} unchanged, {w.skipped} skipped inputs"
    )
    if summary.merge is not None:
        text += "; " + describe_merge(summary.merge)
    return text


def fail(command: str, exc: Exception) -> typer.Exit:
    err.print(f"diurna {command}: {exc}", highlight=False)
    return typer.Exit(2)


def merge_command(db: Db) -> None:
    """Merge events that report the same happening across articles and outlets."""
    try:
        with open_store(db) as store:
            summary = merge_store(store)
    except DiurnaError as exc:
        raise fail("merge", exc) from exc
    err.print(f"diurna: {describe_merge(summary)}", highlight=False)


def query_command(
    db: Db,
    actor: Annotated[str | None, typer.Option(help="Source or target code prefix (RUS).")] = None,
    source: Annotated[str | None, typer.Option(help="Source actor code prefix.")] = None,
    target: Annotated[str | None, typer.Option(help="Target actor code prefix.")] = None,
    code: Annotated[str | None, typer.Option(help="CAMEO code prefix (19, 195).")] = None,
    root: Annotated[str | None, typer.Option(help="CAMEO root, 01-20.")] = None,
    since: Annotated[str | None, typer.Option(help="First day, YYYY-MM-DD.")] = None,
    until: Annotated[str | None, typer.Option(help="Last day, YYYY-MM-DD.")] = None,
    country: Annotated[str | None, typer.Option(help="ISO3 of the event's place.")] = None,
    near: Annotated[str | None, typer.Option(help="LAT,LON,KM: within KM of a point.")] = None,
    text: Annotated[str | None, typer.Option(help="Full-text query on the articles.")] = None,
    merged: Annotated[bool, typer.Option("--merged", help="Merged events instead.")] = False,
    negated: Annotated[bool, typer.Option("--negated", help="Include negated events.")] = False,
    limit: Annotated[int, typer.Option(help="At most this many rows (0: all).")] = 100,
    fmt: Annotated[str, typer.Option("--format", help="table, jsonl or csv.")] = "table",
) -> None:
    """Select events (or merged events), newest first, with their sentence and article."""
    if fmt not in QUERY_FORMATS:
        raise typer.BadParameter(f"--format must be one of {', '.join(QUERY_FORMATS)}")
    try:
        filters = Filters(
            actor=actor,
            source=source,
            target=target,
            code=code,
            root=root,
            since=since,
            until=until,
            country=country,
            near=parse_near(near) if near else None,
            text=text,
            merged=merged,
            negated=negated,
            limit=limit or None,
        )
        rows = query(db, filters)
    except DiurnaError as exc:
        raise fail("query", exc) from exc
    if fmt == "jsonl":
        for row in rows:
            typer.echo(json.dumps(row, ensure_ascii=False))
    elif fmt == "csv":
        writer = csv.writer(sys.stdout)
        if rows:
            writer.writerow(rows[0])
        writer.writerows(row.values() for row in rows)
    else:
        print_rows(rows, merged)


def print_rows(rows: list[dict[str, Any]], merged: bool) -> None:
    table = Table(title=f"{len(rows)} {'merged events' if merged else 'events'}")
    columns = ["date", "source", "cameo", "target", "place"]
    columns += ["mentions", "sources"] if merged else []
    for column in [*columns, "sentence", "article"]:
        table.add_column(column, overflow="fold")
    for row in rows:
        cells = [
            row["date"] or "",
            row["source_code"],
            f"{row['cameo']} {row['plover'] or ''}".strip(),
            row["target_code"] or "",
            row["place"] or "",
        ]
        if merged:
            cells += [str(row["num_mentions"]), str(row["num_sources"])]
        sentence = " ".join((row["sentence_text"] or "").split())
        if len(sentence) > SENTENCE_WIDTH:
            sentence = sentence[: SENTENCE_WIDTH - 1] + "…"
        article = row["article_title"] or row["article_id"]
        table.add_row(*cells, sentence, f"{article}\n{row['article_url'] or ''}".strip())
    Console().print(table)


def export_command(
    db: Db,
    fmt: Annotated[str, typer.Option("--format", help=", ".join(EXPORT_FORMATS))],
    output: Annotated[str, typer.Option("-o", "--output", help="Output file, - for stdout.")],
    merged: Annotated[
        bool, typer.Option("--merged", help="Merged events (csv, jsonl, parquet).")
    ] = False,
) -> None:
    """Write the stored events as GDELT, Phoenix, PLOVER, PETRARCH, ICEWS, CSV, JSONL, Parquet."""
    try:
        count = export(db, fmt, output, merged=merged)
    except (DiurnaError, OSError) as exc:
        raise fail("export", exc) from exc
    where = "stdout" if output == "-" else output
    err.print(f"diurna: wrote {count} {fmt} rows to {where}", highlight=False)


def register(app: typer.Typer) -> None:
    """Add ``merge``, ``query`` and ``export`` to the main ``diurna`` app."""
    app.command("merge")(merge_command)
    app.command("query")(query_command)
    app.command("export")(export_command)
