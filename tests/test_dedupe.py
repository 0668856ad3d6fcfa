"""Cross-source merging and near-duplicate detection (diurna.dedupe), pure and through a store."""

from __future__ import annotations

import dataclasses
import sqlite3
from pathlib import Path

import pytest

from diurna.dedupe import (
    NEAR_DUPLICATE_BITS,
    Outlet,
    Report,
    actor_key,
    count_sources,
    hamming,
    merge_events,
    simhash,
)
from diurna.store import query, store_articles
from tests.store.synthetic import Spec, article

STORY = (
    "Russian warplanes struck rebel-held towns in Idlib province on Tuesday, killing at least "
    "twelve civilians, rescue workers said, as Turkish officials summoned the Russian "
    "ambassador over repeated violations of their airspace near the border. Syrian government "
    "artillery also shelled villages in the north of Hama province, forcing thousands of "
    "families to flee toward the Turkish frontier, where camps are already overcrowded. The "
    "United Nations called for an immediate halt to attacks on schools and hospitals and "
    "urged all parties to allow aid convoys through. Moscow denied targeting civilians and "
    "said its aircraft had hit only militant positions and weapons depots in the region."
)
OTHER = (
    "The European Union imposed economic sanctions on Belarus on Thursday over the forced "
    "landing of a passenger jet in Minsk and the arrest of a dissident journalist on board."
)


def report(
    event_id: str,
    article_id: str,
    *,
    date: str | None = "2015-11-24",
    source: str = "RUSGOV",
    target: str | None = "UKRGOV",
    cameo: str = "190",
    country: str | None = None,
) -> Report:
    return Report(event_id, article_id, date, source, target, cameo, country, 0, 0.8)


def outlets(**by_article: str) -> dict[str, Outlet]:
    return {a: Outlet(source, "2015-11-24") for a, source in by_article.items()}


def merged_groups(
    reports: list[Report], fingerprints: dict[str, int] | None = None
) -> list[set[str]]:
    known = {r.article_id: Outlet(f"outlet-{r.article_id}", "2015-11-24") for r in reports}
    events, _ = merge_events(reports, known, fingerprints or {})
    return sorted(({e for e, _ in m.members} for m in events), key=sorted)


def test_simhash_is_stable_and_separates_texts() -> None:
    value = simhash(STORY)
    assert value is not None and value == simhash(STORY) and 0 <= value < 1 << 64
    assert hamming(value, simhash(STORY + " Reporting by Jane Doe.") or 0) <= NEAR_DUPLICATE_BITS
    assert hamming(value, simhash(OTHER) or 0) > 2 * NEAR_DUPLICATE_BITS
    assert simhash("Too short to fingerprint.") is None


@pytest.mark.parametrize(
    ("second", "merged"),
    [
        ({}, True),
        ({"date": "2015-11-25"}, True),  # within the ±1 day window
        ({"date": "2015-11-26"}, False),
        ({"date": None}, False),  # undated never joins a dated event
        ({"cameo": "195"}, True),  # 190 (unspecified) is compatible with 195
        ({"cameo": "1951"}, True),
        ({"cameo": "111"}, False),  # another root
        ({"source_code": "RUSGOVMIL"}, True),  # same country + first sector
        ({"source_code": "RUSMIL"}, False),
        ({"target_code": None}, False),
        ({"country": "UKR"}, True),  # one place missing
    ],
)
def test_merge_rule_for_a_pair(second: dict[str, object], merged: bool) -> None:
    first = report("e1", "a1")
    other = dataclasses.replace(report("e2", "a2"), **second)  # type: ignore[arg-type]
    groups = merged_groups([first, other])
    assert (groups == [{"e1", "e2"}]) is merged


@pytest.mark.parametrize(
    ("codes", "countries", "groups"),
    [
        (("194", "195"), (None, None), [{"e1"}, {"e2"}]),  # two specific bases stay apart
        (("190", "195", "194"), (None, None, None), [{"e1", "e2"}, {"e3"}]),
        (("190", "190"), ("SYR", "TUR"), [{"e1"}, {"e2"}]),  # different countries
        (("190", "190", "190"), ("SYR", None, "SYR"), [{"e1", "e2", "e3"}]),
    ],
)
def test_merge_rule_for_groups(
    codes: tuple[str, ...], countries: tuple[str | None, ...], groups: list[set[str]]
) -> None:
    reports = [
        report(f"e{i}", f"a{i}", cameo=code, country=country)
        for i, (code, country) in enumerate(zip(codes, countries, strict=True), start=1)
    ]
    assert merged_groups(reports) == groups


def test_different_organisations_never_merge() -> None:
    reports = [report("e1", "a1", source="IGOUNO"), report("e2", "a2", source="IGOUNOUSC")]
    assert merged_groups(reports) == [{"e1"}, {"e2"}]


def test_window_is_anchored_so_members_are_within_a_day() -> None:
    days = ["2015-11-24", "2015-11-25", "2015-11-26", "2015-11-27"]
    reports = [report(f"e{i}", f"a{i}", date=d) for i, d in enumerate(days)]
    assert merged_groups(reports) == [{"e0", "e1"}, {"e2", "e3"}]


def test_undated_events_merge_by_publication_date() -> None:
    reports = [report("e1", "a1", date=None), report("e2", "a2", date=None)]
    close = {"a1": Outlet("x", "2015-11-24"), "a2": Outlet("y", "2015-11-25")}
    far = {"a1": Outlet("x", "2015-11-24"), "a2": Outlet("y", "2015-12-24")}
    assert len(merge_events(reports, close, {})[0]) == 1
    assert len(merge_events(reports, far, {})[0]) == 2


def test_sources_count_outlets_and_stories_once() -> None:
    known = outlets(a1="Reuters", a2="Reuters", a3="AP", a4="Yahoo", a5="")
    assert count_sources(["a1", "a2", "a3"], known, {}) == 2
    assert count_sources(["a1", "a4"], known, {"a4": "a1"}) == 1
    assert count_sources(["a3", "a5"], known, {}) == 2  # no outlet: its own source


def test_merged_event_takes_the_most_specific_code_and_first_report() -> None:
    reports = [report("late", "a2", cameo="195"), report("early", "a1", cameo="190")]
    known = {"a1": Outlet("AP", "2015-11-24"), "a2": Outlet("AFP", "2015-11-25")}
    (merged,), _ = merge_events(reports, known, {})
    assert merged.merged_id == "early" and merged.representative == "late"
    assert (merged.num_mentions, merged.num_articles, merged.num_sources) == (2, 2, 2)
    assert (merged.first_report, merged.last_report) == ("2015-11-24", "2015-11-25")


def test_actor_key() -> None:
    assert [actor_key(c) for c in ("RUSGOVMIL", "RUS", "IGOUNOUSC", None)] == [
        "RUSGOV",
        "RUS",
        "IGOUNOUSC",
        "",
    ]


def test_three_outlets_and_a_republished_wire_story(tmp_path: Path) -> None:
    event = [Spec(source="RUSGOV", target="UKRGOV", cameo="195", country="UKR")]
    bodies = {
        "reuters": " after talks collapsed late on Monday in the capital, officials said",
        "ap": " as negotiators in Geneva traded blame for a week of escalating border clashes",
        "afp": ", according to a statement by the defence ministry read on state television",
    }
    originals = [
        article(name, event, source=name.upper(), extra=body * 2) for name, body in bodies.items()
    ]
    copy = article("yahoo", event, source="Yahoo", extra=bodies["reuters"] * 2)
    copy = dataclasses.replace(
        copy, article_text=f"{copy.article_text} Reporting by Jane Doe; editing by John Roe."
    )
    db = tmp_path / "d.db"
    summary = store_articles(db, [*originals, copy])
    assert summary.merge is not None and summary.merge.merged == 1
    (row,) = query(db, merged=True)
    assert (row["num_mentions"], row["num_articles"], row["num_sources"]) == (4, 4, 3)
    assert row["country"] == "UKR" and row["cameo"] == "195"
    with sqlite3.connect(db) as conn:
        flagged = conn.execute(
            "SELECT id, duplicate_of FROM articles WHERE duplicate_of IS NOT NULL"
        )
        assert flagged.fetchall() == [("yahoo", "reuters")]


def test_negated_events_are_not_merged(tmp_path: Path) -> None:
    db = tmp_path / "d.db"
    store_articles(db, [article("a1", [Spec(negated=True)]), article("a2", [Spec(negated=True)])])
    assert query(db, merged=True) == []
