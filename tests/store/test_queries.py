"""Querying the store: actor prefixes, codes, dates, places (haversine), full text, merged."""

from __future__ import annotations

from pathlib import Path

import pytest

import diurna.store.queries as query_module
from diurna.store import Filters, StoreError, open_store, query, store_articles
from diurna.store.queries import Plan, build_sql, haversine_km, parse_near, plan_for, prefix_range
from tests.store.synthetic import Spec, article


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("query") / "q.db"
    articles = [
        article("q1", [Spec("RUSGOV", "UKRGOV", "190", "2015-11-24", "UKR", words="shelled")]),
        article("q2", [Spec("USAGOV", "RUSGOV", "111", "2015-11-20", words="condemned")]),
        article("q3", [Spec("SYRGOV", "SYRREB", "195", "2015-12-01", "SYR", words="bombed")]),
        article("q4", [Spec("TURMIL", "RUSMIL", "190", "2015-11-24", "TUR", negated=True)]),
        article("q5", [Spec("IGOUNO", "SYRGOV", "042", None, words="visited")], date=None),
    ]
    store_articles(path, articles)
    return path


def articles_of(rows: list[dict[str, object]]) -> list[object]:
    return [row["article_id"] for row in rows]


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        ({}, ["q3", "q1", "q2", "q5"]),  # newest first, undated last
        ({"actor": "RUS"}, ["q1", "q2"]),
        ({"actor": "rus", "negated": True}, ["q1", "q4", "q2"]),
        ({"source": "RUS"}, ["q1"]),
        ({"target": "RUSGOV"}, ["q2"]),
        ({"actor": "SYRREB"}, ["q3"]),
        ({"code": "19"}, ["q3", "q1"]),
        ({"code": "195"}, ["q3"]),
        ({"root": "4"}, ["q5"]),
        ({"root": "19", "country": "SYR"}, ["q3"]),
        ({"since": "2015-11-21", "until": "2015-11-30"}, ["q1"]),
        ({"country": "ukr"}, ["q1"]),
        ({"near": (36.2, 37.16, 5.0)}, ["q3"]),
        ({"near": (36.28, 37.24, 10.0)}, []),  # inside the bounding box, outside the circle
        ({"near": (36.28, 37.24, 12.0)}, ["q3"]),
        ({"text": "shelled"}, ["q1"]),
        ({"text": "bomb*"}, ["q3"]),
        ({"limit": 2}, ["q3", "q1"]),
    ],
)
def test_event_filters(db: Path, filters: dict[str, object], expected: list[str]) -> None:
    assert articles_of(query(db, **filters)) == expected


def test_rows_carry_sentence_and_article(db: Path) -> None:
    (row,) = query(db, source="SYR")
    assert row["sentence_text"].startswith("SYRGOV bombed SYRREB")
    assert row["article_title"] == "Story q3" and row["article_url"] == "https://example.org/q3"
    assert row["source_text"] == "SYRGOV" and row["trigger_text"] == "bombed"


def test_merged_rows(db: Path) -> None:
    rows = query(db, Filters(merged=True, actor="RUS"))
    assert [(r["source_code"], r["num_mentions"], r["num_sources"]) for r in rows] == [
        ("RUSGOV", 1, 1),
        ("USAGOV", 1, 1),
    ]
    assert query(db, merged=True, text="condemned")[0]["article_id"] == "q2"


@pytest.mark.parametrize(
    ("filters", "message"),
    [
        ({"actor": "RUS GOV"}, "--actor"),
        ({"code": "19x"}, "--code"),
        ({"root": "21"}, "--root"),
        ({"since": "24/11/2015"}, "--since"),
        ({"country": "SY"}, "--country"),
        ({"near": (95.0, 0.0, 10.0)}, "--near"),
        ({"text": '"unbalanced'}, "--text"),
        ({"limit": -1}, "--limit"),
    ],
)
def test_bad_filters_are_named(db: Path, filters: dict[str, object], message: str) -> None:
    with pytest.raises(StoreError, match=message):
        query(db, **filters)


def test_missing_database_is_named(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no such database"):
        query(tmp_path / "missing.db")
    assert not (tmp_path / "missing.db").exists()


@pytest.mark.parametrize(
    ("a", "b", "km"),
    [((48.8566, 2.3522), (51.5074, -0.1278), 343.6), ((0.0, 179.5), (0.0, -179.5), 111.2)],
)
def test_haversine(a: tuple[float, float], b: tuple[float, float], km: float) -> None:
    assert haversine_km(*a, *b) == pytest.approx(km, abs=0.5)


def test_helpers() -> None:
    assert prefix_range("RUS") == ("RUS", "RUT")
    assert parse_near("36.2,37.16,25") == (36.2, 37.16, 25.0)
    with pytest.raises(StoreError, match="LAT,LON,KM"):
        parse_near("Aleppo")


@pytest.mark.parametrize(
    "filters",
    [
        {"actor": "RUS"},
        {"root": "19", "country": "SYR"},
        {"near": (36.2, 37.16, 5.0)},
        {"text": "shelled OR bombed", "code": "19"},
        {"text": "visited", "merged": True},
        {"source": "RUS", "merged": True},
    ],
)
def test_every_plan_gives_the_same_rows(db: Path, filters: dict[str, object]) -> None:
    """The planner only changes how rows are found (indexes or a newest-first scan)."""
    f = Filters(**filters).checked()  # type: ignore[arg-type]
    plans = [Plan(), Plan(date_scan=True)]
    if f.text:
        plans += [Plan(common_text=True), Plan(common_text=True, date_scan=True)]
    with open_store(db, readonly=True) as store:
        store.conn.create_function("haversine_km", 4, haversine_km, deterministic=True)
        results = [store.conn.execute(*build_sql(f, plan)).fetchall() for plan in plans]
        assert plan_for(store, f) == Plan()  # a tiny store: every filter's index is narrow
    assert results[0] and all(
        [tuple(r) for r in rows] == [tuple(r) for r in results[0]] for rows in results
    )


@pytest.mark.parametrize(
    ("filters", "plan"),
    [
        ({"actor": "RUS"}, Plan(date_scan=True)),  # 3 candidates: too many at a limit of 2
        ({"actor": "USA"}, Plan()),
        ({"actor": "RUS", "source": "USA"}, Plan()),  # the narrowest filter decides
        ({"root": "19", "country": "SYR"}, Plan()),  # its index selects and orders
        ({"text": "on"}, Plan(common_text=True, date_scan=True)),
        ({"text": "bombed"}, Plan()),
    ],
)
def test_plan_follows_how_many_rows_a_filter_selects(
    db: Path, monkeypatch: pytest.MonkeyPatch, filters: dict[str, object], plan: Plan
) -> None:
    monkeypatch.setattr(query_module, "DATE_SCAN", 2)
    monkeypatch.setattr(query_module, "COMMON_TEXT", 2)
    with open_store(db, readonly=True) as store:
        assert plan_for(store, Filters(**filters).checked()) == plan  # type: ignore[arg-type]
