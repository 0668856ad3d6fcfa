"""Query stored (or merged) events by actor and code prefixes, dates, place, distance and
full text, newest first; each row carries its sentence and article.
"""

from __future__ import annotations

import datetime as dt
import logging
import math
import re
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from diurna.store.errors import StoreError
from diurna.store.sqlite import Store, open_store

log = logging.getLogger(__name__)

EARTH_RADIUS_KM = 6371.0088  # mean Earth radius (IUGG)
KM_PER_DEGREE = math.pi * EARTH_RADIUS_KM / 180
ACTOR = re.compile(r"^[A-Z][A-Z-]{0,14}$")
CAMEO = re.compile(r"^\d{1,4}$")
COUNTRY = re.compile(r"^[A-Z]{3}$")

EVENT_COLUMNS = (
    "e.event_id, e.date, e.source_code, e.source_text, e.target_code, e.target_text, e.cameo,"
    " e.root, e.quad_class, e.goldstein, e.plover, e.place, e.country, e.lat, e.lon, e.geonames_id,"
    " e.negated, e.confidence, e.rule, e.sentence_index, e.sentence_text, e.trigger_text"
)
MERGED_COLUMNS = (
    "m.merged_id, m.date, m.last_date, m.source_code, m.target_code, m.cameo, m.root,"
    " m.quad_class, m.goldstein, m.plover, m.place, m.country, m.lat, m.lon, m.geonames_id,"
    " m.num_mentions,"
    " m.num_sources, m.num_articles, m.first_report, m.last_report, m.confidence,"
    " m.event_id, e.sentence_text"
)
ARTICLE_COLUMNS = (
    "a.id AS article_id, a.title AS article_title, a.url AS article_url,"
    " a.source AS article_source, a.date AS article_date"
)
FTS_ARTICLES = (
    "SELECT articles.id FROM articles_fts JOIN articles ON articles.rowid = articles_fts.rowid"
    " WHERE articles_fts MATCH ?"
)
FTS_ROWIDS = "SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?"
# A text matching at least this many articles is "common": rather than fetch the events of
# every match and sort them, scan events newest first and keep those whose article matches.
# Set on the 1M-event benchmark (2026-11-28): "missile" (100k articles) went from 650 to 11 ms;
# below this many matches the match-first plan sorts at most a few thousand events.
COMMON_TEXT = 1000
# Candidates a filter's index must narrow the events to for it to start the query; above this,
# scanning newest first and testing each event is faster than fetching and sorting them all.
# Set on the 1M-event benchmark (2026-11-28): --actor RUS (286k events) went from 860 to 2 ms.
DATE_SCAN = 3000


@dataclass(frozen=True, slots=True)
class Filters:
    """What to select; every field is optional and they combine with AND.

    ``actor`` matches the source or the target, ``source``/``target``/``code`` are prefixes,
    ``root`` a CAMEO root ("19" or "9"), ``since``/``until`` inclusive days (YYYY-MM-DD),
    ``country`` the ISO3 of the event's place, ``near`` (lat, lon, km) a great-circle radius,
    ``text`` an FTS5 query over article titles and texts (selecting the matches' events),
    ``merged`` selects merged events, ``negated`` also returns negated events, ``limit`` caps
    the rows (None for all).
    """

    actor: str | None = None
    source: str | None = None
    target: str | None = None
    code: str | None = None
    root: str | None = None
    since: str | None = None
    until: str | None = None
    country: str | None = None
    near: tuple[float, float, float] | None = None
    text: str | None = None
    merged: bool = False
    negated: bool = False
    limit: int | None = 100

    def checked(self) -> Filters:
        """The same filters normalised (upper-case codes, two-digit root); StoreError if bad."""
        codes = {}
        for name in ("actor", "source", "target"):
            value = getattr(self, name)
            if value is not None:
                value = value.strip().upper()
                if not ACTOR.match(value):
                    raise StoreError(f"--{name}: not an actor code prefix: {value!r}")
                codes[name] = value
        if self.code is not None and not CAMEO.match(self.code):
            raise StoreError(f"--code: not a CAMEO code prefix: {self.code!r}")
        root = self.root
        if root is not None:
            if not root.isdigit() or not 1 <= int(root) <= 20:
                raise StoreError(f"--root: not a CAMEO root (01-20): {root!r}")
            root = f"{int(root):02d}"
        for name in ("since", "until"):
            value = getattr(self, name)
            if value is not None:
                try:
                    dt.date.fromisoformat(value)
                except ValueError:
                    raise StoreError(f"--{name}: not a date YYYY-MM-DD: {value!r}") from None
        country = self.country.strip().upper() if self.country else None
        if country is not None and not COUNTRY.match(country):
            raise StoreError(f"--country: not an ISO 3166 alpha-3 code: {self.country!r}")
        if self.near is not None:
            lat, lon, km = self.near
            if not (-90 <= lat <= 90 and -180 <= lon <= 180 and km > 0):
                raise StoreError(f"--near: need -90<=LAT<=90, -180<=LON<=180, KM>0: {self.near}")
        if self.limit is not None and self.limit < 0:
            raise StoreError(f"--limit: must be 0 or more: {self.limit}")
        return replace(self, **codes, root=root, country=country)


@dataclass(frozen=True, slots=True)
class Plan:
    """How to run a query: ``common_text`` tests articles against the text's matches instead
    of starting from them; ``date_scan`` walks events newest first instead of through the
    filters' indexes (none of them narrows the events enough).
    """

    common_text: bool = False
    date_scan: bool = False


def parse_near(value: str) -> tuple[float, float, float]:
    """``"LAT,LON,KM"`` → (lat, lon, km); StoreError naming the value otherwise."""
    try:
        lat, lon, km = (float(part) for part in value.split(","))
    except ValueError:
        raise StoreError(f"--near: expected LAT,LON,KM, got {value!r}") from None
    return lat, lon, km


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres between two points given in degrees."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(a)))


def prefix_range(prefix: str) -> tuple[str, str]:
    """[low, high) such that ``low <= x < high`` exactly when x starts with ``prefix``."""
    return prefix, prefix[:-1] + chr(ord(prefix[-1]) + 1)


def latitudes(near: tuple[float, float, float]) -> tuple[float, float]:
    lat, _, km = near
    return lat - km / KM_PER_DEGREE, lat + km / KM_PER_DEGREE


def longitudes(near: tuple[float, float, float]) -> tuple[float, float]:
    """The longitude band of the bounding box; the whole circle near a pole or the date line."""
    lat, lon, km = near
    scale = math.cos(math.radians(min(89.0, abs(lat) + km / KM_PER_DEGREE)))
    dlon = km / (KM_PER_DEGREE * scale)
    if dlon < 180 and lon - dlon >= -180 and lon + dlon <= 180:
        return lon - dlon, lon + dlon
    return -180.0, 180.0


def build_sql(f: Filters, plan: Plan = Plan()) -> tuple[str, list[Any]]:
    """The SELECT for checked filters ``f`` run as ``plan``, and its parameters."""
    t = "m" if f.merged else "e"
    # A unary + keeps SQLite from using a column's index, so a date scan stays one.
    c = f"+{t}" if plan.date_scan else t
    where: list[str] = []
    params: list[Any] = []

    def code_range(column: str, prefix: str) -> str:
        params.extend(prefix_range(prefix))
        return f"({c}.{column} >= ? AND {c}.{column} < ?)"

    if f.actor:
        where.append(
            f"({code_range('source_code', f.actor)} OR {code_range('target_code', f.actor)})"
        )
    if f.source:
        where.append(code_range("source_code", f.source))
    if f.target:
        where.append(code_range("target_code", f.target))
    if f.code:
        where.append(code_range("cameo", f.code))
    if f.root:
        where.append(f"{c}.root = ?")
        params.append(f.root)
    if f.since:
        where.append(f"{t}.date >= ?")
        params.append(f.since)
    if f.until:
        where.append(f"{t}.date <= ?")
        params.append(f.until)
    if f.country:
        where.append(f"{c}.country = ?")
        params.append(f.country)
    if f.near:
        lat, lon, km = f.near
        where.append(f"{c}.lat IS NOT NULL AND {c}.lat BETWEEN ? AND ?")
        where.append(f"{c}.lon BETWEEN ? AND ?")
        params.extend((*latitudes(f.near), *longitudes(f.near)))
        where.append(f"haversine_km({t}.lat, {t}.lon, ?, ?) <= ?")
        params.extend((lat, lon, km))
    if f.text and plan.common_text:
        if f.merged:
            where.append(
                "EXISTS (SELECT 1 FROM merged_members AS mm JOIN articles AS ma"
                f" ON ma.id = mm.article_id WHERE mm.merged_id = m.merged_id"
                f" AND ma.rowid IN ({FTS_ROWIDS}))"
            )
        else:
            where.append(f"a.rowid IN ({FTS_ROWIDS})")
        params.append(f.text)
    elif f.text:
        if f.merged:
            where.append(
                "m.merged_id IN (SELECT mm.merged_id FROM events AS me JOIN merged_members AS mm"
                f" ON mm.event_id = me.event_id WHERE me.article_id IN ({FTS_ARTICLES}))"
            )
        else:
            where.append(f"e.article_id IN ({FTS_ARTICLES})")
        params.append(f.text)
    if not f.merged and not f.negated:
        where.append("e.negated = 0")
    if f.merged:
        sql = (
            f"SELECT {MERGED_COLUMNS}, {ARTICLE_COLUMNS} FROM merged_events AS m"
            " JOIN articles AS a ON a.id = m.article_id"
            " LEFT JOIN events AS e ON e.event_id = m.event_id"
        )
    else:
        # CROSS JOIN keeps events the outer loop, so a common text does not start from articles.
        join = "CROSS JOIN" if plan.common_text or plan.date_scan else "JOIN"
        sql = (
            f"SELECT {EVENT_COLUMNS}, {ARTICLE_COLUMNS} FROM events AS e"
            f" {join} articles AS a ON a.id = e.article_id"
        )
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += f" ORDER BY {t}.date DESC, {t}.{'merged_id' if f.merged else 'event_id'}"
    if f.limit:
        sql += " LIMIT ?"
        params.append(f.limit)
    return sql, params


def plan_for(store: Store, f: Filters) -> Plan:
    """Choose the plan from bounded counts of what each indexed filter selects."""
    table = "merged_events" if f.merged else "events"

    def bounded(where: str, params: tuple[Any, ...], cap: int = DATE_SCAN) -> int:
        sql = f"SELECT count(*) FROM (SELECT 1 FROM {table} WHERE {where} LIMIT {cap})"
        return int(store.conn.execute(sql, params).fetchone()[0])

    def prefixed(column: str, prefix: str) -> int:
        return bounded(f"{column} >= ? AND {column} < ?", prefix_range(prefix))

    sizes = []
    common_text = False
    if f.text:
        try:
            sql = f"SELECT count(*) FROM ({FTS_ROWIDS} LIMIT {COMMON_TEXT})"
            matches = store.conn.execute(sql, (f.text,)).fetchone()[0]
        except sqlite3.OperationalError as exc:
            raise StoreError(f"--text: not a valid full-text query {f.text!r}: {exc}") from exc
        common_text = matches >= COMMON_TEXT
        sizes.append(DATE_SCAN if common_text else 0)
    for prefix, columns in (
        (f.actor, ("source_code", "target_code")),
        (f.source, ("source_code",)),
        (f.target, ("target_code",)),
        (f.code, ("cameo",)),
        (f.root, ("cameo",)),
    ):
        if prefix:
            sizes.append(sum(prefixed(column, prefix) for column in columns))
    if f.country:
        # With a root too, the (country, root, date) index both selects and orders: use it.
        sizes.append(0 if f.root else bounded("country = ?", (f.country,)))
    if f.near:
        box = "lat IS NOT NULL AND lat BETWEEN ? AND ? AND lon BETWEEN ? AND ?"
        sizes.append(bounded(box, (*latitudes(f.near), *longitudes(f.near))))
    return Plan(common_text=common_text, date_scan=bool(sizes) and min(sizes) >= DATE_SCAN)


def iter_rows(store: Store, filters: Filters) -> Iterator[dict[str, Any]]:
    """Rows matching ``filters`` from an open store, newest first, as dicts."""
    f = filters.checked()
    if f.merged and not store.merged_is_current():
        log.warning("%s: articles changed since the last merge; run diurna merge", store.path)
    store.conn.create_function("haversine_km", 4, haversine_km, deterministic=True)
    sql, params = build_sql(f, plan_for(store, f))
    try:
        for row in store.conn.execute(sql, params):
            yield dict(row)
    except sqlite3.OperationalError as exc:
        raise StoreError(f"{store.path}: query failed: {exc}") from exc


def query(
    db: Path | str | Store, filters: Filters | None = None, **fields: Any
) -> list[dict[str, Any]]:
    """Rows matching the filters (a ``Filters`` or its fields as keywords), newest first.

    Each row carries the event's sentence and its article (id, title, url, outlet, date).
    """
    chosen = replace(filters or Filters(), **fields)
    if isinstance(db, Store):
        return list(iter_rows(db, chosen))
    with open_store(db, readonly=True) as store:
        return list(iter_rows(store, chosen))
