"""``diurna export``: write a store's events as GDELT 2.0 events or mentions, Phoenix, PLOVER,
PETRARCH, ICEWS, CSV, JSONL or Parquet, each derived from the stored rows by one column table.
"""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Iterable, Iterator
from contextlib import ExitStack
from itertools import groupby, islice
from pathlib import Path
from typing import IO, Any

from diurna.model import CodedArticle
from diurna.output import tsv_rows
from diurna.store import Store, StoreError, open_store
from diurna.store.formats import FORMATS, Column, Lookup, Row, merged_columns
from diurna.store.rows import event_from_row

EXPORT_FORMATS = (*FORMATS, "petrarch")
MERGEABLE = ("csv", "jsonl", "parquet")
EVENTS = (
    "SELECT e.*, a.title AS article_title, a.date AS article_date, a.source AS article_source,"
    " a.url AS article_url, a.stored_at AS article_stored_at, length(a.text) AS article_length,"
    " mm.merged_id FROM events AS e JOIN articles AS a ON a.id = e.article_id"
    " LEFT JOIN merged_members AS mm ON mm.event_id = e.event_id WHERE e.negated = 0"
)
BY_DATE = " ORDER BY e.date, e.event_id"
MERGED = (
    "SELECT m.*, e.source_text, e.target_text, f.article_id AS first_article_id,"
    " fa.url AS first_url, fa.stored_at AS first_stored_at FROM merged_events AS m"
    " LEFT JOIN events AS e ON e.event_id = m.event_id"
    " LEFT JOIN events AS f ON f.event_id = m.merged_id"
    " LEFT JOIN articles AS fa ON fa.id = f.article_id ORDER BY m.date, m.merged_id"
)
MENTIONS = (
    "SELECT mm.merged_id, e.*, a.source AS article_source, a.url AS article_url,"
    " a.date AS article_date, a.stored_at AS article_stored_at,"
    " length(a.text) AS article_length, fa.stored_at AS first_stored_at"
    " FROM merged_members AS mm JOIN events AS e ON e.event_id = mm.event_id"
    " JOIN articles AS a ON a.id = e.article_id"
    " LEFT JOIN events AS f ON f.event_id = mm.merged_id"
    " LEFT JOIN articles AS fa ON fa.id = f.article_id ORDER BY mm.merged_id, e.event_id"
)
ROWS = {
    "gdelt": MERGED,
    "gdelt-mentions": MENTIONS,
    "plover": EVENTS + " AND e.plover IS NOT NULL" + BY_DATE,
    "petrarch": EVENTS + " ORDER BY a.date, e.article_id, e.event_index",
}
# How each format is written: headerless TSV like the GDELT and Phoenix files, or with a header.
WRITERS = {
    **dict.fromkeys(("gdelt", "gdelt-mentions", "phoenix"), "tsv"),
    "icews": "tsv-header",
    "plover": "jsonl",
}
BOOLEAN_FIELDS = frozenset({"negated", "is_root_event"})
FLOAT_FIELDS = frozenset({"goldstein", "lat", "lon", "confidence"})
INTEGER_FIELDS = frozenset(
    {"event_index", "source_start", "source_end", "target_start", "target_end", "quad_class"}
    | {"geonames_id", "quote_index"}
    | {"sentence_index", "sentence_start", "sentence_end", "trigger_start", "trigger_end"}
    | {"num_mentions", "num_sources", "num_articles"}
)
PARQUET_BATCH = 50_000  # rows per Parquet row group written


def export(db: Path | str | Store, fmt: str, out: Path | str, merged: bool = False) -> int:
    """Write the store's events in ``fmt`` to ``out`` ("-" for stdout); returns rows written.

    Negated events are left out. ``merged`` writes merged events instead (csv, jsonl,
    parquet); gdelt is always merged events, gdelt-mentions their member events.
    """
    if fmt not in EXPORT_FORMATS:
        raise StoreError(f"unknown export format {fmt!r}; one of {', '.join(EXPORT_FORMATS)}")
    if merged and fmt not in MERGEABLE:
        raise StoreError(f"--merged applies to {', '.join(MERGEABLE)}, not {fmt}")
    if fmt == "parquet" and str(out) == "-":
        raise StoreError("parquet cannot be written to stdout; give -o FILE")
    with ExitStack() as stack:
        store = db if isinstance(db, Store) else stack.enter_context(open_store(db, True))
        if fmt.startswith("gdelt") or merged:
            check_merged(store)
        if fmt == "petrarch":
            return write_tsv(petrarch_lines(store.conn.execute(ROWS[fmt])), None, out)
        lookup = Lookup.load()
        columns = merged_columns(lookup) if merged else FORMATS[fmt](lookup)
        sql = MERGED if merged else ROWS.get(fmt, EVENTS + BY_DATE)
        names = [name for name, _ in columns]
        values = mapped(store.conn.execute(sql), columns)
        writer = WRITERS.get(fmt, fmt)
        if writer == "parquet":
            return write_parquet(values, names, out)
        if writer == "jsonl":
            return write_jsonl(values, names, out)
        if writer == "csv":
            return write_csv(values, names, out)
        return write_tsv(values, names if writer == "tsv-header" else None, out)


def check_merged(store: Store) -> None:
    """Merged exports need an up-to-date merge: StoreError saying what to run otherwise."""
    if not store.merged_is_current():
        raise StoreError(
            f"{store.path}: articles changed since the last merge;"
            f" run diurna merge --db {store.path} first"
        )


def mapped(rows: Iterable[Row], columns: list[Column]) -> Iterator[list[Any]]:
    for row in rows:
        yield [fn(row) for _, fn in columns]


def petrarch_lines(rows: Iterable[Row]) -> Iterator[list[str]]:
    """PETRARCH event lines, exactly as ``diurna code --format tsv`` writes them."""
    for article_id, group in groupby(rows, key=lambda r: r["article_id"]):
        events = list(group)
        article = CodedArticle(
            id=article_id,
            origin="",
            date=events[0]["article_date"],
            source=events[0]["article_source"],
            events=tuple(event_from_row(r) for r in events),
        )
        yield from tsv_rows(article)


def cell(value: Any) -> str:
    """A value as a TSV cell: empty for None, tabs and line breaks as spaces."""
    if value is None:
        return ""
    return " ".join(str(value).replace("\t", " ").splitlines())


def opened(out: Path | str, stack: ExitStack, newline: str | None = None) -> IO[str]:
    if str(out) == "-":
        return sys.stdout
    return stack.enter_context(Path(out).open("w", encoding="utf-8", newline=newline))


def write_tsv(rows: Iterable[list[Any]], header: list[str] | None, out: Path | str) -> int:
    count = 0
    with ExitStack() as stack:
        handle = opened(out, stack)
        if header:
            handle.write("\t".join(header) + "\n")
        for row in rows:
            handle.write("\t".join(cell(v) for v in row) + "\n")
            count += 1
    return count


def write_csv(rows: Iterable[list[Any]], header: list[str], out: Path | str) -> int:
    count = 0
    with ExitStack() as stack:
        writer = csv.writer(opened(out, stack, newline=""))
        writer.writerow(header)
        for row in rows:
            writer.writerow(row)
            count += 1
    return count


def write_jsonl(rows: Iterable[list[Any]], names: list[str], out: Path | str) -> int:
    count = 0
    with ExitStack() as stack:
        handle = opened(out, stack)
        for row in rows:
            handle.write(json.dumps(dict(zip(names, row, strict=True)), ensure_ascii=False) + "\n")
            count += 1
    return count


def write_parquet(rows: Iterable[list[Any]], names: list[str], out: Path | str) -> int:
    """Parquet with typed columns (strings, int64, float64, booleans), in row groups."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    def kind(name: str) -> Any:
        if name in BOOLEAN_FIELDS:
            return pa.bool_()
        if name in FLOAT_FIELDS:
            return pa.float64()
        return pa.int64() if name in INTEGER_FIELDS else pa.string()

    schema = pa.schema([(name, kind(name)) for name in names])
    count = 0
    iterator = iter(rows)
    with pq.ParquetWriter(str(out), schema) as writer:
        while batch := list(islice(iterator, PARQUET_BATCH)):
            arrays = []
            for name, column in zip(names, zip(*batch, strict=True), strict=True):
                if name in BOOLEAN_FIELDS:
                    column = tuple(None if v is None else bool(v) for v in column)
                arrays.append(pa.array(list(column), type=schema.field(name).type))
            writer.write_table(pa.Table.from_arrays(arrays, schema=schema))
            count += len(batch)
        if count == 0:
            writer.write_table(schema.empty_table())
    return count
