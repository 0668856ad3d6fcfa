"""Integrity of the actor knowledge files and people's dated roles."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pycountry
import pytest

from diurna.coding.codebook import SECTORS, Codebook, load_codebook
from diurna.coding.tsv import data_path
from diurna.errors import KnowledgeError
from diurna.extract.actors import BLOCS

FILES = (
    "countries.tsv",
    "demonyms.tsv",
    "metonyms.tsv",
    "organisations.tsv",
    "people.tsv",
    "parties.tsv",
    "sectors.tsv",
    "groups.tsv",
    "regions.tsv",
)


@pytest.mark.parametrize("name", FILES)
def test_each_file_has_a_header(name: str) -> None:
    first = data_path(name).read_text(encoding="utf-8").splitlines()[0]
    assert first.startswith("#")


def test_regions_named_after_a_country_are_listed_as_no_actor(codebook: Codebook) -> None:
    """A region's name is matched whole (so that its country word is not read alone), with no
    actor code; no region shadows a country, demonym or other name."""
    assert codebook.names["South America"].kind == "region"
    assert codebook.names["South America"].code == ""
    assert codebook.names["America"].code == "USA"
    regions = [e for e in codebook.names.values() if e.kind == "region"]
    assert len(regions) > 20
    assert codebook.names["New Caledonia"].kind == "country"


def test_every_iso_country_is_known(codebook: Codebook) -> None:
    known = codebook.countries
    missing = [c.alpha_3 for c in pycountry.countries if c.alpha_3 not in known]
    assert not missing


@pytest.mark.parametrize(
    ("phrase", "code"),
    [
        ("Russia", "RUS"),
        ("UK", "GBR"),
        ("Ivory Coast", "CIV"),
        ("Burma", "MMR"),
        ("DPRK", "PRK"),
        ("South Korea", "KOR"),
        ("Saudi", "SAU"),
        ("Emirati", "ARE"),
        ("Americans", "USA"),
        ("Chinese", "CHN"),
        ("Moscow", "RUS"),
        ("Kremlin", "RUSGOV"),
        ("Pentagon", "USAMIL"),
        ("White House", "USAGOV"),
        ("Downing Street", "GBRGOV"),
        ("UN refugee agency", "IGOUNOHCR"),
        ("U.N. refugee agency", "IGOUNOHCR"),  # the dotted spelling of every "UN …" name
    ],
)
def test_names_resolve(codebook: Codebook, phrase: str, code: str) -> None:
    assert codebook.names[phrase].code == code


def test_a_person_s_arabic_article_is_written_joined_or_apart(codebook: Codebook) -> None:
    apart = codebook.names["Hamad bin Khalifa Al Thani"]
    assert codebook.names["Hamad bin Khalifa al-Thani"] is apart
    # and "al" as "el": "Omar al-Bashir" is "Omar El Bashir" and "Omar el-Bashir"
    bashir = codebook.names["Omar al-Bashir"]
    assert codebook.names["Omar El Bashir"] is bashir and codebook.names["Omar el-Bashir"] is bashir
    assert codebook.names["Abdel Fattah El Sisi"] is codebook.names["Abdel Fattah el-Sisi"]
    assert "Omar Bashir" in codebook.names and "Omar El-Bashir" in codebook.names


def test_sector_words(codebook: Codebook) -> None:
    assert len(codebook.sectors) >= 250
    assert set(codebook.sectors.values()) <= SECTORS
    for word, sector in [
        ("president", "GOV"),
        ("troops", "MIL"),
        ("police", "COP"),
        ("rebels", "REB"),
        ("protesters", "CVL"),
    ]:
        assert codebook.sectors[word] == sector


def test_organisations(codebook: Codebook) -> None:
    orgs = {e.code for e in codebook.names.values() if e.kind == "organisation"}
    assert len(orgs) >= 150
    assert codebook.names["NATO"].code == "IGOWSTNAT"
    assert codebook.names["United Nations"].code == "IGOUNO"


def test_every_bloc_is_a_known_organisation(codebook: Codebook) -> None:
    """The blocs "the bloc" may refer back to are organisations the codebook codes."""
    orgs = {e.code for e in codebook.names.values() if e.kind == "organisation"}
    assert orgs >= BLOCS
    assert "IGOWLDWTO" not in BLOCS  # an agency of states, not a grouping


def test_person_codes_follow_the_date(codebook: Codebook) -> None:
    putin = codebook.names["Putin"]
    assert putin.is_person
    assert putin.code_at(dt.date(2015, 11, 25)) == "RUSGOV"
    assert putin.code_at(dt.date(1990, 1, 1)) == "RUS"


def test_people_roles_do_not_overlap(codebook: Codebook) -> None:
    people = {e.name: e for e in codebook.names.values() if e.is_person}
    assert len(people) >= 150
    for entry in people.values():
        for a, b in zip(entry.roles, entry.roles[1:], strict=False):
            assert a.end is not None and a.end <= b.start, entry.name


def test_malformed_people_file_fails_at_load(tmp_path: Path) -> None:
    for name in FILES:
        shutil.copy(data_path(name), tmp_path / name)
    with (tmp_path / "people.tsv").open("a", encoding="utf-8") as out:
        out.write("Jane Doe|Doe\tRUSGOV\t2020-13-01\t-\tbad month\n")
    with pytest.raises(KnowledgeError, match="bad date"):
        load_codebook(tmp_path)


def test_parties_govern_or_oppose_by_date(codebook: Codebook) -> None:
    parties = {e.name: e for e in codebook.names.values() if e.kind == "organisation" and e.roles}
    assert len(parties) >= 150
    for entry in parties.values():
        assert all(r.code[3:] in ("GOV", "OPP") for r in entry.roles), entry.name
        for a, b in zip(entry.roles, entry.roles[1:], strict=False):
            assert a.end == b.start, entry.name  # contiguous: no gap, no overlap
    brotherhood = codebook.names["Brotherhood"]  # Egypt's, in government under Morsi
    assert brotherhood.code_at(dt.date(2013, 1, 1)) == "EGYGOV"
    assert brotherhood.code_at(dt.date(2013, 7, 4)) == "EGYOPP"
    bnp = codebook.names["Bangladesh Nationalist Party"]
    assert bnp.code_at(dt.date(2003, 5, 1)) == "BGDGOV"
    assert bnp.code_at(dt.date(2023, 10, 29)) == "BGDOPP"


def test_groups_have_codes_homes_and_kin_states(codebook: Codebook) -> None:
    groups = codebook.groups
    assert len({g.code for g in groups.values()}) >= 40
    for word, group in groups.items():
        assert word == word.lower() and len(group.code) == 3, word
        assert group.kind in ("ethnic", "religious"), word
        assert (group.kind == "religious") == (not group.homes), word  # a faith has no home
        assert group.kin not in group.homes, word
    assert groups["kurds"].homes[:2] == ("TUR", "IRQ") and groups["kurdish"].code == "KUR"
    assert groups["albanians"].kin == "ALB" and groups["shiites"].code == "SHI"


def test_a_group_word_listed_twice_fails_at_load(tmp_path: Path) -> None:
    for name in FILES:
        shutil.copy(data_path(name), tmp_path / name)
    shutil.copy(data_path("person_titles.tsv"), tmp_path / "person_titles.tsv")
    with (tmp_path / "groups.tsv").open("a", encoding="utf-8") as out:
        out.write("KRD\tethnic\tKurds\tIRQ\t-\tKurds again\n")
    with pytest.raises(KnowledgeError, match="'Kurds' is listed twice"):
        load_codebook(tmp_path)
    lines = (tmp_path / "groups.tsv").read_text(encoding="utf-8").splitlines()[:-1]
    (tmp_path / "groups.tsv").write_text("\n".join([*lines, "YAZ\tethnic\tYazidi\tXYZ\t-\tx"]))
    with pytest.raises(KnowledgeError, match="unknown country 'XYZ'"):
        load_codebook(tmp_path)
