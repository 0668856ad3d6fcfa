"""Exports: column counts and names of every format, and a known event's values in each."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from diurna.export import EXPORT_FORMATS, export
from diurna.output import tsv_rows
from diurna.store import StoreError, open_store, store_articles
from diurna.store.formats import ARTICLE_FIELDS, MERGED_FIELDS, Lookup, gdelt_columns
from diurna.store.rows import EVENT_COLUMNS, event_from_row
from tests.store.synthetic import Spec, article

STRIKE = Spec("RUSGOV", "UKRGOV", "195", "2015-11-24", "UKR", words="bombed")
ARTICLES = [
    article("a1", [STRIKE], source="Reuters", date="2015-11-24"),
    article("a2", [STRIKE, Spec("USAGOV", "RUSGOV", "111", "2015-11-24")], source="AP"),
    article("a3", [Spec("IGOUNO", "SYRGOV", "042", None, words="visited")], source=None),
    article("a4", [Spec("RUSGOV", None, "010", "2015-11-23", words="said")], date="2015-11-23"),
]
ACTOR = ("Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code")
ACTOR += ("Religion2Code", "Type1Code", "Type2Code", "Type3Code")
GEO = ("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")
GDELT = [
    *("GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate"),
    *(f"Actor1{c}" for c in ACTOR),
    *(f"Actor2{c}" for c in ACTOR),
    *("IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass"),
    *("GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone"),
    *(f"{who}Geo_{c}" for who in ("Actor1", "Actor2", "Action") for c in GEO),
    *("DATEADDED", "SOURCEURL"),
]
ICEWS = [
    *("Event ID", "Event Date", "Source Name", "Source Sectors", "Source Country"),
    *("Event Text", "CAMEO Code", "Intensity", "Target Name", "Target Sectors"),
    *("Target Country", "Story ID", "Sentence Number", "Publisher", "City", "District"),
    *("Province", "Country", "Latitude", "Longitude"),
]


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("export") / "e.db"
    store_articles(path, ARTICLES)
    return path


def tsv(path: Path) -> list[list[str]]:
    return [line.split("\t") for line in path.read_text(encoding="utf-8").splitlines()]


def written(db: Path, tmp_path: Path, fmt: str, merged: bool = False) -> Path:
    out = tmp_path / f"out.{fmt}"
    export(db, fmt, out, merged=merged)
    return out


def test_gdelt_has_its_61_columns_and_the_merged_counts(db: Path, tmp_path: Path) -> None:
    assert len(GDELT) == 61
    assert [name for name, _ in gdelt_columns(Lookup.load())] == GDELT
    rows = [dict(zip(GDELT, r, strict=True)) for r in tsv(written(db, tmp_path, "gdelt"))]
    assert len(rows) == 4  # the strike (two articles), the criticism, the visit, the statement
    (strike,) = [r for r in rows if r["EventCode"] == "195"]
    assert strike["SQLDATE"] == "20151124" and strike["MonthYear"] == "201511"
    assert strike["Year"] == "2015" and strike["FractionDate"] == "2015.8986"
    assert (strike["Actor1Code"], strike["Actor1CountryCode"], strike["Actor1Type1Code"]) == (
        "RUSGOV",
        "RUS",
        "GOV",
    )
    assert (strike["Actor2Code"], strike["EventBaseCode"], strike["EventRootCode"]) == (
        "UKRGOV",
        "195",
        "19",
    )
    assert (strike["QuadClass"], strike["GoldsteinScale"]) == ("4", "-10.0")
    assert (strike["NumMentions"], strike["NumSources"], strike["NumArticles"]) == ("2", "2", "2")
    assert (
        strike["ActionGeo_FullName"] == "Kyiv, Ukraine" and strike["ActionGeo_CountryCode"] == "UP"
    )
    assert (strike["ActionGeo_Lat"], strike["ActionGeo_Long"]) == ("50.45", "30.52")
    assert strike["ActionGeo_FeatureID"] == "703448" and strike["ActionGeo_Type"] == "4"
    assert strike["Actor1Geo_Type"] == "0" and len(strike["DATEADDED"]) == 14
    assert strike["SOURCEURL"] == "https://example.org/a1"
    (visit,) = [r for r in rows if r["EventCode"] == "042"]
    assert visit["SQLDATE"] == "" and visit["Actor1KnownGroupCode"] == "UNO"
    assert visit["Actor1Type1Code"] == "IGO" and visit["Actor1CountryCode"] == ""


def test_gdelt_mentions_list_each_report(db: Path, tmp_path: Path) -> None:
    rows = tsv(written(db, tmp_path, "gdelt-mentions"))
    assert {len(r) for r in rows} == {16}
    events = {r[0]: r for r in tsv(written(db, tmp_path, "gdelt"))}
    strike_id = next(i for i, r in events.items() if r[GDELT.index("EventCode")] == "195")
    mentions = [r for r in rows if r[0] == strike_id]
    assert sorted(r[4] for r in mentions) == ["AP", "Reuters"]
    first = ARTICLES[0].events[0]
    reuters = next(r for r in mentions if r[4] == "Reuters")
    assert reuters[2] == "20151124000000" and reuters[3] == "1"
    assert reuters[5] == "https://example.org/a1" and reuters[6] == "1"
    assert reuters[7:10] == [
        str(first.source.start),
        str(first.target.start),
        str(first.trigger.start),
    ]  # type: ignore[union-attr]
    assert reuters[11] == "80" and reuters[12] == str(len(ARTICLES[0].article_text or ""))


def test_phoenix_has_26_columns(db: Path, tmp_path: Path) -> None:
    rows = tsv(written(db, tmp_path, "phoenix"))
    assert {len(r) for r in rows} == {26}
    row = next(r for r in rows if r[0] == ARTICLES[0].events[0].event_id)
    assert row[1:5] == ["20151124", "2015", "11", "24"]
    assert row[5:13] == ["RUSGOV", "RUS", "GOV", "", "UKRGOV", "UKR", "GOV", ""]
    assert row[13:17] == ["195", "19", "4", "-10.0"]
    assert row[20] == "Kyiv" and row[22] == "UKR" and row[23] == "a1_1"
    assert row[24:] == ["https://example.org/a1", "Reuters"]


def test_icews_has_its_named_columns(db: Path, tmp_path: Path) -> None:
    header, *rows = tsv(written(db, tmp_path, "icews"))
    assert header == ICEWS
    row = dict(
        zip(ICEWS, next(r for r in rows if r[0] == ARTICLES[0].events[0].event_id), strict=True)
    )
    assert (row["Source Name"], row["Source Sectors"], row["Source Country"]) == (
        "RUSGOV",
        "GOV",
        "Russia",
    )
    assert row["CAMEO Code"] == "195" and row["Event Text"] and row["Intensity"] == "-10.0"
    assert (row["City"], row["Country"], row["Story ID"], row["Sentence Number"]) == (
        "Kyiv",
        "Ukraine",
        "a1",
        "1",
    )


def test_plover_records(db: Path, tmp_path: Path) -> None:
    records = [json.loads(x) for x in written(db, tmp_path, "plover").read_text().splitlines()]
    assert len(records) == 4  # the 010 statement has no PLOVER category and is left out
    strike = next(r for r in records if r["id"] == ARTICLES[0].events[0].event_id)
    assert {"id", "date", "source", "recipient", "event", "mode", "context", "event_text"} <= set(
        strike
    )
    assert strike["date"] == "2015-11-24" and strike["event"] == ["ASSAULT"]
    assert strike["source"] == [
        {"code": "RUS", "sector": "GOV", "actor_text": "RUSGOV", "actor_code": "RUSGOV"}
    ]
    assert strike["recipient"][0]["code"] == "UKR" and strike["quad_code"] == 4
    assert strike["event_loc"]["cc3"] == "UKR" and strike["event_loc"]["geonameid"] == 703448
    assert strike["event_text"] == ["bombed"]
    assert strike["cite_info"]["url"] == "https://example.org/a1"


def test_petrarch_lines_are_those_of_code_tsv(db: Path, tmp_path: Path) -> None:
    lines = written(db, tmp_path, "petrarch").read_text(encoding="utf-8").splitlines()
    order = sorted(ARTICLES, key=lambda a: (a.date or "", a.id or ""))
    expected = ["\t".join(row) for a in order for row in tsv_rows(a)]
    assert lines == expected


def by_id(rows: list[dict[str, object]]) -> dict[object, dict[str, object]]:
    return {row["event_id"]: row for row in rows}


@pytest.mark.parametrize("fmt", ["jsonl", "parquet", "csv"])
def test_flat_exports_round_trip_events(db: Path, tmp_path: Path, fmt: str) -> None:
    out = written(db, tmp_path, fmt)
    if fmt == "jsonl":
        rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    elif fmt == "parquet":
        table = pq.read_table(out)
        assert str(table.schema.field("goldstein").type) == "double"
        assert str(table.schema.field("source_start").type) == "int64"
        assert str(table.schema.field("negated").type) == "bool"
        rows = table.to_pylist()
    else:
        with out.open(encoding="utf-8", newline="") as handle:
            rows = list(csv.DictReader(handle))
    assert list(rows[0]) == [*EVENT_COLUMNS, *ARTICLE_FIELDS]
    stored = by_id(rows)
    for original in ARTICLES:
        for event in original.events:
            row = stored[event.event_id]
            if fmt == "csv":
                assert row["cameo"] == event.cameo and row["source_start"] == str(
                    event.source.start
                )
            else:
                assert event_from_row(row) == event
            assert row["article_url"] == original.url


def test_merged_csv(db: Path, tmp_path: Path) -> None:
    with written(db, tmp_path, "csv", merged=True).open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert list(rows[0]) == list(MERGED_FIELDS)
    strike = next(r for r in rows if r["cameo"] == "195")
    assert (strike["num_mentions"], strike["num_sources"], strike["first_url"]) == (
        "2",
        "2",
        "https://example.org/a1",
    )


def test_export_to_stdout(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert export(db, "phoenix", "-") == 5
    assert len(capsys.readouterr().out.splitlines()) == 5


@pytest.mark.parametrize(
    ("fmt", "merged", "message"),
    [("gdelt2", False, "unknown export format"), ("phoenix", True, "--merged applies")],
)
def test_bad_requests_are_refused(
    db: Path, tmp_path: Path, fmt: str, merged: bool, message: str
) -> None:
    with pytest.raises(StoreError, match=message):
        export(db, fmt, tmp_path / "x", merged=merged)


def test_merged_exports_need_a_current_merge(tmp_path: Path) -> None:
    db = tmp_path / "d.db"
    store_articles(db, ARTICLES)
    with open_store(db) as store:
        store.add(article("late", [STRIKE]))
    with pytest.raises(StoreError, match="run diurna merge"):
        export(db, "gdelt", tmp_path / "out.tsv")
    assert export(db, "phoenix", tmp_path / "out.tsv") == 6  # event-level exports still work


def test_every_format_exports(db: Path, tmp_path: Path) -> None:
    for fmt in EXPORT_FORMATS:
        assert export(db, fmt, tmp_path / f"all.{fmt}") > 0, fmt
