"""The actor codebook: countries, demonyms, metonyms, organisations, people and sector words.

Built from the package data files (``countries.tsv``, ``demonyms.tsv``, ``metonyms.tsv``,
``organisations.tsv``, ``people.tsv``, ``sectors.tsv``, ``groups.tsv``, ``regions.tsv``) plus
official country names from ``pycountry``. Proper names are matched case-sensitively, sector
words in lower case.
When a phrase is listed twice, the first kind in ``PRIORITY`` wins.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from itertools import pairwise
from pathlib import Path
from types import MappingProxyType

import pycountry

from diurna.coding.petrarch import Dictionaries, DictionaryActor
from diurna.coding.tsv import data_path, read_rows
from diurna.errors import KnowledgeError

SECTORS = frozenset(
    {
        *("GOV", "MIL", "COP", "JUD", "LEG", "OPP", "REB", "SEP", "INS", "UAF", "CVL", "REF"),
        *("ELI", "CRM", "BUS", "MED", "NGO", "EDU", "HLH", "LAB", "REL", "SPY", "AGR", "ENV"),
        *("MOD", "RAD", "IGO", "PKO"),
    }
)
ACTOR_CODE = re.compile(r"^[A-Z-]{3,15}$")
# Code prefixes of actors that are no state: their people have no state's elite (ELI) code.
NON_STATE = frozenset({"IGO", "NGO", "IMG", "MNC"})
# "region": a sea or region whose name holds a country's ("Latin America"), no actor.
PRIORITY = ("dictionary", "person", "organisation", "metonym", "country", "demonym", "region")
REGION = "region"
EXTRA_COUNTRIES = {"XKX": "Kosovo"}
# Countries whose people's family name is written first in English news ("Kim Jong Un").
FAMILY_NAME_FIRST = frozenset({"CHN", "TWN", "HKG", "KOR", "PRK", "VNM"})
NAME_SUFFIXES = frozenset({"Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV"})
# The last words of organisations' names that news also writes in lower case ("the Sinaloa
# cartel", "the Wagner group"), when a proper name comes before them.
GENERIC_LAST_WORDS = frozenset({"Cartel", "Gang", "Group", "Movement", "Front", "Militia"})


def dated_name(words: list[str]) -> bool:
    """Whether a name has a number in it, as a date's ("March 23 Movement"): in lower case,
    "since March 23 movement restrictions" would read as it."""
    return any(w.isdigit() for w in words)


@dataclass(frozen=True, slots=True)
class Role:
    """One office a person held: code in force on [start, end)."""

    code: str
    start: dt.date
    end: dt.date | None
    role: str


@dataclass(frozen=True, slots=True)
class Entry:
    """What a proper-name phrase stands for.

    ``kind`` is one of PRIORITY; ``code`` is the actor code (for people, the code of their
    latest role); ``roles`` holds a person's dated roles.
    """

    kind: str
    code: str
    name: str
    roles: tuple[Role, ...] = ()
    record: DictionaryActor | None = None

    def code_at(self, when: dt.date | None, sector: str | None = None) -> str:
        """The actor code on a date: a person's role then, ELI after office, the country before;
        for a user's dictionary record, its first matching restriction, else its default.
        Without a date, the latest role of the title's ``sector`` if there is one."""
        if self.record is not None:
            return self.record.code_at(when) or self.code
        if not self.roles:
            return self.code
        if when is None:
            # No date: the office the title names, else the one the person is known for (the
            # latest that is not ELI).
            titled = [r.code for r in self.roles if sector and r.code.endswith(sector)]
            if titled:
                return titled[-1]
            held = [r.code for r in self.roles if not r.code.endswith("ELI")]
            return held[-1] if held else self.roles[-1].code
        for index, role in enumerate(self.roles):
            if role.start <= when and (role.end is None or when < role.end):
                before = self.roles[index - 1] if index else None
                if role.code.endswith("ELI") and before is not None and before.end == when:
                    # The day an office ends is still its day: "Suharto resigned" is IDNGOV.
                    return before.code
                return role.code
        first, last = self.roles[0], self.roles[-1]
        if when < first.start:
            return first.code if first.code[:3] in NON_STATE else first.code[:3]
        if when == last.end or last.code[:3] in NON_STATE:
            # A final office with an end but no ELI row: died in office, and the day's news
            # still names the person by that office ("President Moise was assassinated"). A
            # group's or body's leader stays its own: there is no "IMGELI".
            return last.code
        return last.code[:3] + "ELI"

    @property
    def is_person(self) -> bool:
        return self.kind == "person" or (self.kind == "dictionary" and bool(self.roles_dated))

    @property
    def roles_dated(self) -> bool:
        return self.record is not None and any(
            r.start is not None or r.end is not None for r in self.record.restrictions
        )


@dataclass(frozen=True, slots=True)
class Group:
    """An ethnic or religious community: its code (the third code after country and sector),
    the countries it mainly lives in, and the state whose demonym also names it."""

    code: str
    kind: str
    homes: tuple[str, ...]
    kin: str | None


@dataclass(frozen=True)
class Codebook:
    """Immutable lookup tables for actor resolution."""

    names: Mapping[str, Entry]
    sectors: Mapping[str, str]
    titles: frozenset[str] = frozenset()
    surnames: Mapping[str, tuple[Entry, ...]] = field(default_factory=lambda: MappingProxyType({}))
    folded: Mapping[str, Entry] = field(default_factory=lambda: MappingProxyType({}))
    dictionaries: Dictionaries = field(default_factory=Dictionaries)
    groups: Mapping[str, Group] = field(default_factory=lambda: MappingProxyType({}))

    @property
    def countries(self) -> frozenset[str]:
        return frozenset(e.code for e in self.names.values() if e.kind == "country")


def parse_date(text: str, path: Path, number: int) -> dt.date | None:
    if text in ("-", ""):
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError as exc:
        raise KnowledgeError(str(path), number, f"bad date {text!r}") from exc


def check_code(code: str, path: Path, number: int) -> str:
    if not ACTOR_CODE.match(code):
        raise KnowledgeError(str(path), number, f"bad actor code {code!r}")
    return code


# The Arabic article before a name, in the spellings news uses: "al-Bashir", "Al Thani",
# "el-Sisi", "El Bashir", "Al-Assad".
ARABIC_ARTICLE = re.compile(r" ([AaEe]l)[- ]([A-Z])")
ARTICLE_FORMS = (" al-", " Al ", " Al-", " el-", " El ", " El-")


# IGO acronyms whose word form is a common name ("Alba").
WORD_ACRONYMS = frozenset({"ALBA"})


class _Builder:
    """Collects entries by kind, keeping the first phrase of a higher-priority kind."""

    def __init__(self) -> None:
        self.names: dict[str, Entry] = {}

    def add(self, phrase: str, entry: Entry) -> None:
        phrase = " ".join(phrase.split())
        if not phrase:
            return
        old = self.names.get(phrase)
        if old is None or PRIORITY.index(entry.kind) < PRIORITY.index(old.kind):
            self.names[phrase] = entry
        if phrase[0].islower():  # "al-Shabaab" opening a sentence is "Al-Shabaab"
            self.names.setdefault(phrase[0].upper() + phrase[1:], entry)
        if (
            entry.kind == "organisation"
            and entry.code.startswith("IGO")  # not a party ("KANU", "ARENA") read as a name
            and len(phrase) >= 4
            and phrase.isalpha()
            and phrase.isupper()
            and phrase not in WORD_ACRONYMS
        ):  # an IGO's acronym read as a word is written so too: "Ecowas", "Nato", "Unicef"
            self.names.setdefault(phrase.title(), entry)
        if entry.kind == "person" and ARABIC_ARTICLE.search(phrase):
            # The Arabic article is written "al" or "el", joined or apart: "Hamad bin Khalifa Al
            # Thani" is also "Hamad bin Khalifa al-Thani", "Omar al-Bashir" "Omar El Bashir".
            for form in ARTICLE_FORMS:
                variant = ARABIC_ARTICLE.sub(form + r"\2", phrase)
                if variant != phrase:
                    self.names.setdefault(variant, entry)


def load_countries(builder: _Builder, path: Path) -> set[str]:
    codes: set[str] = set()
    for number, fields in read_rows(path, 2, 2):
        code = check_code(fields[0], path, number)
        codes.add(code)
        for alias in fields[1].split("|"):
            builder.add(alias, Entry("country", code, alias))
    for country in pycountry.countries:
        for attr in ("name", "common_name"):
            name = getattr(country, attr, None)
            if name and "," not in name:
                builder.add(name, Entry("country", country.alpha_3, name))
        codes.add(country.alpha_3)
    for code, name in EXTRA_COUNTRIES.items():
        builder.add(name, Entry("country", code, name))
        codes.add(code)
    return codes


def load_codebook(folder: Path | None = None, extra: Dictionaries | None = None) -> Codebook:
    """Load every actor knowledge file, plus a user's PETRARCH-format dictionaries (``extra``,
    matched case-insensitively and taking precedence); a malformed line raises KnowledgeError."""

    def path(name: str) -> Path:
        return folder / name if folder else data_path(name)

    builder = _Builder()
    countries = load_countries(builder, path("countries.tsv"))

    demonyms = path("demonyms.tsv")
    for number, fields in read_rows(demonyms, 2, 3):
        if fields[1] not in countries:
            raise KnowledgeError(str(demonyms), number, f"unknown country {fields[1]!r}")
        builder.add(fields[0], Entry("demonym", fields[1], fields[0]))

    metonyms = path("metonyms.tsv")
    for number, fields in read_rows(metonyms, 2, 3):
        code = check_code(fields[1], metonyms, number)
        builder.add(fields[0], Entry("metonym", code, fields[0]))

    orgs = path("organisations.tsv")
    for number, fields in read_rows(orgs, 3, 4):
        code = check_code(fields[0], orgs, number)
        for name in fields[2].split("|"):
            entry = Entry("organisation", code, fields[2].split("|")[0])
            builder.add(name, entry)
            if name.startswith("UN "):  # news also writes "U.N. refugee agency"
                builder.add("U.N. " + name[3:], entry)
            *first, last = name.split(" ")
            if first and last in GENERIC_LAST_WORDS and not dated_name(first):
                builder.add(" ".join([*first, last.lower()]), entry)  # "the Sinaloa cartel"

    for _, fields in read_rows(path("regions.tsv"), 2, 2):
        builder.add(fields[0], Entry(REGION, "", fields[0]))

    load_people(builder, path("people.tsv"))
    # Parties are organisations whose code follows the date: in government or in opposition.
    load_dated(builder, path("parties.tsv"), "organisation")

    sectors: dict[str, str] = {}
    sector_file = path("sectors.tsv")
    for number, fields in read_rows(sector_file, 2, 3):
        sector = fields[1]
        if sector not in SECTORS:
            raise KnowledgeError(str(sector_file), number, f"unknown sector {sector!r}")
        sectors.setdefault(" ".join(fields[0].lower().split()), sector)
    titles = frozenset(f[0].lower() for _, f in read_rows(path("person_titles.tsv"), 1, 1))
    groups = load_groups(path("groups.tsv"), countries)
    folded: dict[str, Entry] = {}
    if extra is not None:
        for phrase, code in extra.agents:
            sectors[phrase] = code
        for record in extra.actors:
            if record.default is None and not record.restrictions:
                continue
            code = record.default or record.restrictions[-1].code
            entry = Entry("dictionary", code, record.phrases[0], record=record)
            for phrase in record.phrases:
                folded.setdefault(phrase, entry)  # first record in file order wins
    return Codebook(
        names=MappingProxyType(builder.names),
        sectors=MappingProxyType(sectors),
        titles=titles,
        surnames=surname_index(builder.names, sectors),
        folded=MappingProxyType(folded),
        dictionaries=extra or Dictionaries(),
        groups=MappingProxyType(groups),
    )


def load_groups(path: Path, countries: set[str]) -> dict[str, Group]:
    """Lower-cased group word → its group; unknown countries, kinds or repeated words fail."""
    out: dict[str, Group] = {}
    for number, fields in read_rows(path, 6, 6):
        code, kind, forms, homes, kin = fields[:5]
        if not re.fullmatch(r"[A-Z]{3}", code):
            raise KnowledgeError(str(path), number, f"bad group code {code!r}")
        if kind not in ("ethnic", "religious"):
            raise KnowledgeError(str(path), number, f"unknown kind {kind!r}")
        places = () if homes == "-" else tuple(homes.split(","))
        for country in (*places, *([] if kin == "-" else [kin])):
            if country not in countries:
                raise KnowledgeError(str(path), number, f"unknown country {country!r}")
        group = Group(code, kind, places, None if kin == "-" else kin)
        for form in forms.split("|"):
            word = form.lower()
            if word in out:
                raise KnowledgeError(str(path), number, f"{form!r} is listed twice")
            out[word] = group
    return out


def surname_index(
    names: Mapping[str, Entry], sectors: Mapping[str, str]
) -> Mapping[str, tuple[Entry, ...]]:
    """Family name → the people who bear it, for names people.tsv leaves out because they are
    ambiguous on their own ("Bush"); resolution then picks among them by date and title."""
    found: dict[str, dict[str, Entry]] = {}
    for phrase, entry in names.items():
        words = [w.rstrip(",") for w in phrase.split() if w.rstrip(",") not in NAME_SUFFIXES]
        if entry.kind != "person" or len(words) < 2:
            continue
        # "Kim Jong Un", "Tsai Ing-wen": family name first; "William Lai", "Xi Jinping": the
        # last word (harmless for the latter, whose bare "Xi" people.tsv lists itself).
        romanised = len(words) > 2 or "-" in words[-1]
        surname = words[0] if entry.code[:3] in FAMILY_NAME_FIRST and romanised else words[-1]
        if surname in names or surname.lower() in sectors or not surname[:1].isupper():
            continue
        found.setdefault(surname, {})[entry.name] = entry
    return MappingProxyType({k: tuple(v.values()) for k, v in found.items()})


def surname_code(people: tuple[Entry, ...], when: dt.date | None, sector: str | None) -> str | None:
    """What a bare family name stands for, or None when it stays ambiguous.

    On a date: the people holding an office then (of the title's sector, when a title says
    which), else what they all were ("President Bush" in 2015 is a former president).
    Without a date: the offices they are known for; if they differ but share a country and a
    title gives the sector, that country + sector.
    """
    every = {person.code_at(when, sector) for person in people}
    if sector:
        codes = {code for code in every if code.endswith(sector)} or every
    else:
        codes = {code for code in every if len(code) > 3 and not code.endswith("ELI")} or every
    if len(codes) == 1:
        return codes.pop()
    countries = {code[:3] for code in codes}
    if when is None and sector and len(countries) == 1:
        return countries.pop() + sector
    return None


def load_people(builder: _Builder, path: Path) -> None:
    """People with date-bounded roles (``people.tsv``)."""
    load_dated(builder, path, "person")


def load_dated(builder: _Builder, path: Path, kind: str) -> None:
    """Rows of names, code, start, end (exclusive), note: one entry per name string with its
    dated codes, as people's offices (``people.tsv``) or parties' years in government and in
    opposition (``parties.tsv``)."""
    roles: dict[str, list[Role]] = {}
    for number, fields in read_rows(path, 4, 5):
        names, code, start, end = fields[:4]
        check_code(code, path, number)
        first = parse_date(start, path, number)
        if first is None:
            raise KnowledgeError(str(path), number, "a role needs a start date")
        last = parse_date(end, path, number)
        if last is not None and last <= first:
            raise KnowledgeError(str(path), number, "role ends before it starts")
        roles.setdefault(names, []).append(
            Role(code, first, last, fields[4] if len(fields) > 4 else "")
        )
    for names, person_roles in roles.items():
        ordered = tuple(sorted(person_roles, key=lambda r: r.start))
        for earlier, later in pairwise(ordered):
            if earlier.end is None or earlier.end > later.start:
                raise KnowledgeError(str(path), 0, f"overlapping roles for {names.split('|')[0]}")
        full = names.split("|")[0]
        entry = Entry(kind, ordered[-1].code, full, ordered)
        for name in names.split("|"):
            builder.add(name, entry)
