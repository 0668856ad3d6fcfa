"""Scoring rules of diurna eval: levels, symmetric codes, floors that never go down."""

from __future__ import annotations

from diurna.evaluate import actor_level, check_floors, keyed, raise_floors


def test_levels() -> None:
    triple = ("RUSGOV", "IGOUNOKID", "1121")
    assert keyed([triple], "root") == {("RUS", "IGOUNO", "11"): 1}
    assert keyed([triple], "base") == {("RUSGOV", "IGOUNOKID", "112"): 1}
    assert keyed([triple], "exact") == {triple: 1}


def test_symmetric_codes_match_either_direction() -> None:
    assert keyed([("USA", "CHN", "046")], "exact") == keyed([("CHN", "USA", "046")], "exact")
    assert keyed([("USA", "CHN", "042")], "exact") != keyed([("CHN", "USA", "042")], "exact")


def test_actor_level() -> None:
    assert actor_level("TURMIL") == "TUR"
    assert actor_level("IGOWSTNAT") == "IGOWST"


def test_an_armed_groups_code_is_its_home_country_at_the_country_level() -> None:
    from diurna.evaluate import compatible, keyed

    assert actor_level("IMGAFGTAL") == "AFG" and actor_level("IMGMOSALQ") == "IMGMOS"
    assert actor_level("IMGGOV") == "IMG"  # a generic armed group's sector, no home
    assert compatible("AFGREB", "IMGAFGTAL") and compatible("IMGLBNHEZ", "LBNREB")
    assert compatible("IMGMOSALQ", "IMGMOSALQ") and not compatible("AFGREB", "IMGPAKTTP")
    assert not compatible("AFGREB", "IMGMOSALQ")  # a transnational group has no home
    assert keyed([("USA", "IMGPSEHMS", "100")], "root") == keyed([("USA", "PSEREB", "10")], "root")


def test_floors_only_rise() -> None:
    scores = {"all": {"exact": {"f1": 0.5}}}
    assert check_floors(scores, {"all.exact.f1": 0.6}) == ["all.exact.f1: 0.5 < floor 0.6"]
    assert check_floors(scores, {"all.exact.f1": 0.4}) == []
    assert raise_floors(scores, {"all.exact.f1": 0.6}) == {"all.exact.f1": 0.6}
    assert raise_floors(scores, {"all.exact.f1": 0.4}) == {"all.exact.f1": 0.5}
    assert check_floors(scores, {"all.missing.f1": 0.1}) == ["all.missing.f1: None < floor 0.1"]


def test_generic_organisation_gold_accepts_specific_predictions() -> None:
    from diurna.evaluate import compatible, matches

    assert compatible("IGO", "IGOUNO") and compatible("IGOGOV", "IGOWSTNAT")
    assert not compatible("IGOUNO", "IGOWSTNAT")
    assert compatible("RUS", "RUSGOV") and not compatible("RUSGOV", "UKRGOV")
    assert compatible("", "") and not compatible("", "TUR")
    assert compatible("---REB", "SYRREB") and not compatible("---REB", "SYRMIL")
    want = [("IGO", "SRB", "163"), ("USA", "CHN", "046")]
    got = [("IGOUNO", "SRBGOV", "1631"), ("CHN", "USA", "046")]
    assert matches(want, got, "root") == 2
    assert matches(want, got, "exact") == 1


def test_plover_v05_names_for_older_gold() -> None:
    from diurna.evaluate import load_plover_v05, plover_v05

    table = load_plover_v05()
    assert plover_v05("1041", table) == "DEMAND"
    assert plover_v05("111", table) == "DISAPPROVE"
    assert plover_v05("195", table) == "FIGHT"
    assert plover_v05("0841", table) == "RETREAT" and plover_v05("081", table) == "CONCEDE"
    assert plover_v05("010", table) is None


def test_gold_without_a_cameo_code_is_scored_by_plover_category_at_root_level() -> None:
    from diurna.coding.ontology import load_ontology
    from diurna.evaluate import GoldSentence, Report, load_plover_v05, score_events

    ontology, v05 = load_ontology(), load_plover_v05()
    gold = GoldSentence(
        id="x",
        text="-",
        date=None,
        expected=(("USA", "IRN", "163"),),
        plover="CONSULT",
        split="all",
        uncoded=(("IRQGOV", "JOR", "CONSULT"),),
    )
    report = Report()
    # a visit (042, PLOVER CONSULT) by the right dyad; the sanctions; one stray event
    score_events(
        report,
        gold,
        [("IRQGOV", "JOR", "042"), ("USA", "IRN", "163"), ("IRQ", "SYR", "042")],
        ontology,
        v05,
    )
    root, exact = report.levels["root"], report.levels["exact"]
    assert (root.tp, root.fp, root.fn) == (2, 1, 0)
    # the finer levels judge only coded gold and the predictions not matched by category
    assert (exact.tp, exact.fp, exact.fn) == (1, 1, 0)
    assert report.plover_hits == report.plover_total == 1
    assert report.exact_sentences == 0

    missed = Report()
    score_events(missed, gold, [("USA", "IRN", "163")], ontology, v05)
    assert (missed.levels["root"].tp, missed.levels["root"].fn) == (1, 1)
    assert missed.exact_sentences == 0  # the uncoded event was not found


def test_a_reciprocal_gold_pair_of_a_symmetric_code_counts_once() -> None:
    from diurna.coding.ontology import SYMMETRIC
    from diurna.evaluate import MUTUAL_CATEGORIES, once_each_way

    pair = (("HUN", "ROU", "030"), ("ROU", "HUN", "030"))
    assert once_each_way(pair, SYMMETRIC) == (("HUN", "ROU", "030"),)
    directed = (("ISR", "PSE", "190"), ("PSE", "ISR", "190"))
    assert once_each_way(directed, SYMMETRIC) == directed  # attacks both ways are two events
    talks = (("ISR", "PSE", "CONSULT"), ("PSE", "ISR", "CONSULT"))
    assert once_each_way(talks, MUTUAL_CATEGORIES) == talks[:1]  # category-only gold
    fights = (("ISR", "PSE", "FIGHT"), ("PSE", "ISR", "FIGHT"))
    assert once_each_way(fights, MUTUAL_CATEGORIES) == fights
