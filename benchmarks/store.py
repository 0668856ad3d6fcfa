"""Store benchmark on synthetic events: insert rates, query latencies (p50/p95), merge time.

Generates CodedArticle objects with realistic repetition (a share of events re-report a recent
happening from another outlet, a share of articles republish a wire story), then measures:
the bulk path (``Store.bulk`` + ``add_many``), the online batch path (``add_many`` with live
indexes), per-article commits (``add``, what ``diurna code --db`` does), three typical queries
on the large database, and ``merge`` on the small and the large one. Not a test.

    .venv/bin/python benchmarks/store.py [--events 1000000] [--small 100000] [--dir DIR]
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import math
import random
import statistics
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from diurna.coding.ontology import load_ontology
from diurna.model import ActorRef, CodedArticle, Event, Location, Quote, SentenceRef, TextSpan
from diurna.store import Filters, merge_store, open_store, query

COUNTRIES = (
    *("RUS", "USA", "SYR", "TUR", "UKR", "CHN", "IRN", "ISR", "PSE", "IRQ", "AFG", "PAK"),
    *("IND", "GBR", "FRA", "DEU", "NGA", "SOM", "YEM", "SAU", "EGY", "LBY", "SDN", "MLI"),
    *("KEN", "ETH", "COD", "VEN", "COL", "MEX", "BRA", "PRK", "KOR", "JPN", "MMR", "THA"),
    *("PHL", "IDN", "LBN", "JOR", "AZE", "ARM", "GEO", "BLR", "POL", "HUN", "SRB", "GRC"),
)
SECTORS = ("", "GOV", "MIL", "COP", "REB", "CVL", "OPP", "JUD", "LEG", "MED", "GOVMIL")
TOPICS = ("airstrike", "ceasefire", "sanctions", "election", "protest", "refugees", "missile")
OUTLETS = tuple(f"outlet{i:02d}" for i in range(60))
START = dt.date(2015, 1, 1)
DAYS = 3 * 365
REREPORT = 0.35  # share of events that re-report a recent happening
REPUBLISH = 0.03  # share of articles that republish an earlier article (wire story)
BATCH = 2000  # articles per add_many transaction
QUERY_RUNS = 60


def hexid(*parts: object) -> str:
    return hashlib.blake2b("|".join(map(str, parts)).encode(), digest_size=8).hexdigest()


class Corpus:
    """A reproducible stream of synthetic coded articles, about five events each."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.codes = [c for c in load_ontology().codes.values() if len(c.code) >= 3]
        weights = [1 / (i + 1) ** 0.8 for i in range(len(COUNTRIES))]
        self.country_weights = weights
        self.vocab = [
            "".join(self.rng.choice("bcdfghklmnprstvz") + self.rng.choice("aeiou") for _ in "..")
            + str(i)
            for i in range(6000)
        ]
        self.recent: list[tuple[str, str, int, int, str | None]] = []
        self.recent_articles: list[CodedArticle] = []
        self.count = 0

    def country(self) -> str:
        return self.rng.choices(COUNTRIES, self.country_weights)[0]

    def happening(self, day: int) -> tuple[str, str, int, int, str | None]:
        rng = self.rng
        if self.recent and rng.random() < REREPORT:
            return rng.choice(self.recent[-3000:])
        source = self.country() + rng.choice(SECTORS)
        target = self.country() + rng.choice(SECTORS)
        place = self.country() if rng.random() < 0.6 else None
        new = (source, target, rng.randrange(len(self.codes)), day - rng.randint(0, 2), place)
        self.recent.append(new)
        del self.recent[:-6000]
        return new

    def sentence(self, source: str, verb: str, target: str) -> str:
        words = " ".join(self.rng.choices(self.vocab, k=self.rng.randint(12, 20)))
        topic = self.rng.choice(TOPICS)
        return f"{source} officials {verb} {target} over the {topic} {words}."

    def article(self) -> CodedArticle:
        rng = self.rng
        self.count += 1
        article_id = hexid("article", self.count)
        day = min(DAYS - 1, self.count * DAYS // 220_000 + rng.randint(-3, 3))
        published = (START + dt.timedelta(days=max(0, day))).isoformat()
        if self.recent_articles and rng.random() < REPUBLISH:
            return self.republish(rng.choice(self.recent_articles[-500:]), article_id)
        events, sentences, offset = [], [], 0
        for index in range(rng.randint(1, 9)):
            source, target, code_index, event_day, place = self.happening(day)
            code = self.codes[code_index]
            text = self.sentence(source, code.name.lower(), target)
            sentence = SentenceRef(index, offset, offset + len(text), text)
            undated = rng.random() < 0.2
            date = None if undated else (START + dt.timedelta(days=max(0, event_day))).isoformat()
            location = None
            if place is not None:
                location = Location("Town", place, rng.uniform(-50, 60), rng.uniform(-120, 140))
            events.append(
                Event(
                    event_id=hexid(article_id, index),
                    source=ActorRef(source, source, offset, offset + len(source)),
                    target=ActorRef(target, target, offset + 20, offset + 20 + len(target)),
                    cameo=code.code,
                    root=code.root,
                    quad_class=code.quad_class,
                    goldstein=code.goldstein,
                    plover=code.plover,
                    sentence=sentence,
                    trigger=TextSpan("officials", offset + len(source) + 1, offset + 14),
                    date=date,
                    date_precision=None if undated else "day",
                    location=location,
                    negated=rng.random() < 0.02,
                    confidence=round(rng.uniform(0.4, 0.95), 3),
                    rule="bench:1",
                )
            )
            sentences.append(text)
            offset += len(text) + 1
        text = " ".join(sentences)
        article = CodedArticle(
            id=article_id,
            origin=f"bench:{self.count}",
            title=f"Report {self.count}",
            date=published,
            source=rng.choice(OUTLETS),
            url=f"https://news.example/{article_id}",
            events=tuple(events),
            quotes=(Quote(None, sentences[0][:60], 0, 60, True),),
            article_text=text,
        )
        self.recent_articles.append(article)
        del self.recent_articles[:-1000]
        return article

    def republish(self, original: CodedArticle, article_id: str) -> CodedArticle:
        events = tuple(
            Event(**{**_fields(e), "event_id": hexid(article_id, i)})
            for i, e in enumerate(original.events)
        )
        return CodedArticle(
            id=article_id,
            origin=f"bench:{self.count}",
            title=original.title,
            date=original.date,
            source=self.rng.choice(OUTLETS),
            url=f"https://wire.example/{article_id}",
            events=events,
            quotes=original.quotes,
            article_text=original.article_text,
        )

    def batches(self, events: int, size: int = BATCH) -> Iterator[list[CodedArticle]]:
        made = 0
        while made < events:
            batch = [self.article() for _ in range(size)]
            made += sum(len(a.events) for a in batch)
            yield batch


def _fields(event: Event) -> dict[str, object]:
    return {name: getattr(event, name) for name in Event.__slots__}


def timed(label: str, action: Callable[[], object]) -> tuple[float, object]:
    start = time.perf_counter()
    result = action()
    elapsed = time.perf_counter() - start
    print(f"  {label}: {elapsed:.2f} s")
    return elapsed, result


def load(path: Path, events: int, seed: int, bulk: bool) -> tuple[int, float]:
    """Write ``events`` synthetic events; returns (events stored, seconds in the store).

    For a bulk load the seconds run until ``Store.bulk`` returns, i.e. until every deferred
    index and the full-text indexes are rebuilt and the database is fully queryable; the write
    and rebuild phases are printed separately too.
    """
    corpus = Corpus(seed)
    stored, writing, rebuilding = 0, 0.0, 0.0
    with open_store(path) as store:
        start = time.perf_counter()
        if bulk:
            begin = time.perf_counter()
            with store.bulk():
                writing += time.perf_counter() - begin  # dropping the deferred indexes
                for batch in corpus.batches(events):
                    begin = time.perf_counter()
                    stored += store.add_many(batch).events
                    writing += time.perf_counter() - begin
                begin = time.perf_counter()
            rebuilding = time.perf_counter() - begin
        else:
            for batch in corpus.batches(events):
                begin = time.perf_counter()
                stored += store.add_many(batch).events
                writing += time.perf_counter() - begin
        total = time.perf_counter() - start
    spent = writing + rebuilding
    print(f"  {stored:,} events; store time {spent:.1f} s (with generation {total:.1f} s)")
    if bulk:
        print(
            f"  write phase {writing:.1f} s ({stored / writing:,.0f} events/s),"
            f" index + full-text rebuild {rebuilding:.1f} s"
        )
    return stored, spent


def per_article(path: Path, articles: int, seed: int) -> None:
    corpus = Corpus(seed)
    batch = [corpus.article() for _ in range(articles)]
    events = sum(len(a.events) for a in batch)
    with open_store(path) as store:
        start = time.perf_counter()
        for article in batch:
            store.add(article)
        elapsed = time.perf_counter() - start
    print(
        f"  per-article commits: {articles / elapsed:,.0f} articles/s,"
        f" {events / elapsed:,.0f} events/s ({articles:,} articles, {events:,} events)"
    )


def latencies(path: Path, seed: int) -> None:
    rng = random.Random(seed)

    def window() -> tuple[str, str]:
        first = START + dt.timedelta(days=rng.randrange(DAYS - 30))
        return first.isoformat(), (first + dt.timedelta(days=30)).isoformat()

    def actor_dates() -> Filters:
        since, until = window()
        return Filters(actor=rng.choice(COUNTRIES[:20]), since=since, until=until)

    def actor_only() -> Filters:
        return Filters(actor=rng.choice(COUNTRIES))

    def root_country() -> Filters:
        return Filters(root=f"{rng.randint(1, 20):02d}", country=rng.choice(COUNTRIES[:20]))

    def full_text() -> Filters:
        return Filters(text=f'"{rng.choice(TOPICS)}" AND {rng.choice(COUNTRIES)}')

    with open_store(path, readonly=True) as store:
        for label, make in (
            ("actor + 30-day range", actor_dates),
            ("root + country", root_country),
            ("full text", full_text),
            ("actor alone (newest 100)", actor_only),
        ):
            times, rows = [], 0
            for _ in range(QUERY_RUNS):
                filters = make()
                start = time.perf_counter()
                rows += len(query(store, filters))
                times.append((time.perf_counter() - start) * 1000)
            times.sort()
            p95 = times[math.ceil(0.95 * len(times)) - 1]
            print(
                f"  {label}: p50 {statistics.median(times):.1f} ms, p95 {p95:.1f} ms"
                f" ({QUERY_RUNS} queries, limit 100, {rows / QUERY_RUNS:.0f} rows on average)"
            )


def merge(path: Path) -> float:
    with open_store(path) as store:
        start = time.perf_counter()
        summary = merge_store(store)
        elapsed = time.perf_counter() - start
    print(
        f"  merge: {elapsed:.1f} s for {summary.events:,} events → {summary.merged:,} merged"
        f" ({summary.multi_source:,} from several sources, {summary.near_duplicates:,}"
        f" near-duplicate articles, {summary.fingerprinted:,} fingerprints computed)"
    )
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--small", type=int, default=100_000)
    parser.add_argument("--articles", type=int, default=5_000, help="per-article commit run")
    parser.add_argument("--dir", type=Path, help="keep the databases here")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        where = args.dir or Path(tmp)
        where.mkdir(parents=True, exist_ok=True)
        large, small, single = where / "large.db", where / "small.db", where / "single.db"
        for path in (large, small, single):
            for suffix in ("", "-wal", "-shm"):
                Path(f"{path}{suffix}").unlink(missing_ok=True)
        print(f"bulk load (Store.bulk + add_many, {BATCH} articles per transaction):")
        stored, spent = load(large, args.events, seed=1, bulk=True)
        print(f"  insert rate (end to end): {stored / spent:,.0f} events/s")
        print("online batches (add_many with live indexes and full-text triggers):")
        stored, spent = load(small, args.small, seed=2, bulk=False)
        print(f"  insert rate: {stored / spent:,.0f} events/s")
        print("per-article commits (Store.add, the path of diurna code --db):")
        per_article(single, args.articles, seed=3)
        print("merge:")
        small_s = merge(small)
        large_s = merge(large)
        ratio = args.events / args.small
        expected = ratio * math.log(args.events) / math.log(args.small)
        print(
            f"  large/small time ratio {large_s / small_s:.1f}"
            f" (n log n predicts {expected:.1f}, n² {ratio**2:.0f})"
        )
        print("queries on the large database:")
        latencies(large, seed=4)


if __name__ == "__main__":
    main()
