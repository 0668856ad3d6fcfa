"""Gazetteer cost: time to build the name index once, and lookups per second afterwards; the
one-off cost of the town tables (read on the first local lookup) and local lookups per second.

Goal: build in ≤ 2 s, ≥ 100,000 lookups/s (repeated names hit the normalisation cache, as in
real articles; the uncached figure looks every name up once). Not a test: machines are noisy.

    .venv/bin/python benchmarks/gazetteer.py [--lookups 300000]
"""

from __future__ import annotations

import argparse
import time

from diurna.extract.gazetteer import build_gazetteer, country_aliases, normalise
from diurna.extract.places import choose

NAMES = (
    "Aleppo", "Kyiv", "Kiev", "Bombay", "Tripoli", "Gaza City", "Idlib province", "Washington",
    "Khan Sheikhoun", "Nowhere-on-Earth", "the United States", "Britain", "Niamey", "Sanaa",
)  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--lookups", type=int, default=300_000)
    args = parser.parse_args()
    start = time.perf_counter()
    index = build_gazetteer(country_aliases())
    build_s = time.perf_counter() - start
    names = [NAMES[i % len(NAMES)] for i in range(args.lookups)]
    start = time.perf_counter()
    for name in names:
        index.lookup(name)
    lookup_s = time.perf_counter() - start
    start = time.perf_counter()
    for name in names:
        choose(index.lookup(name), normalise(name), frozenset({"SYR"}))
    resolve_s = time.perf_counter() - start
    # Names seen once each (no help from the normalisation cache): place names as written.
    fresh = [place.name for places in index.names.values() for place in places][: args.lookups]
    normalise.cache_clear()
    start = time.perf_counter()
    for name in fresh:
        index.lookup(name)
    fresh_s = time.perf_counter() - start
    syria = frozenset({"SYR", "TUR"})
    start = time.perf_counter()
    index.lookup_local("Tal Abyad", syria)
    towns_s = time.perf_counter() - start
    start = time.perf_counter()
    for name in names:
        index.lookup_local(name, syria)
    local_s = time.perf_counter() - start
    print(f"index build         {build_s:.2f} s  ({len(index.names)} names)  goal <= 2 s")
    print(f"lookups             {args.lookups / lookup_s:,.0f} /s  goal >= 100,000 /s")
    print(f"lookup + choose     {args.lookups / resolve_s:,.0f} /s")
    print(f"uncached lookups    {len(fresh) / fresh_s:,.0f} /s ({len(fresh)} names, each once)")
    print(f"town tables         {towns_s:.2f} s on the first local lookup (once per process)")
    print(f"local lookups       {args.lookups / local_s:,.0f} /s (two countries)")


if __name__ == "__main__":
    main()
