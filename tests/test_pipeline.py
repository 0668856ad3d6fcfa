"""End-to-end coding with the real spaCy model."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from diurna import code_text, process
from diurna.extract.article import Extraction, extract
from diurna.extract.parse import Doc as Parsed
from diurna.model import Article, RawArticle, Skipped
from diurna.pipeline import Coder

pytestmark = pytest.mark.model


def test_shoot_down_gives_military_dyad_with_offsets(coder: Coder) -> None:
    text = "Turkish fighter jets shot down a Russian warplane near the Syrian border on Tuesday."
    article = code_text(text, date="2015-11-24", coder=coder)
    (event,) = [e for e in article.events if not e.negated]
    assert (event.source.code, event.target and event.target.code) == ("TURMIL", "RUSMIL")
    assert event.root == "19" and event.cameo.startswith("19")
    assert event.date == "2015-11-24" and event.date_precision == "day"
    assert text[event.source.start : event.source.end] == event.source.text
    assert text[event.trigger.start : event.trigger.end] == event.trigger.text
    assert event.sentence.index == 0 and event.sentence.text == text
    assert event.quad_class == 4 and event.goldstein == -10.0 and event.plover == "ASSAULT"
    assert event.rule and 0.0 < event.confidence <= 1.0


def test_a_bomb_with_no_named_attacker_is_an_unidentified_force_of_the_places_country(
    coder: Coder,
) -> None:
    text = "A roadside bomb near the town of Baqubah killed three Polish soldiers on Saturday."
    article = code_text(text, date="2005-06-13", coder=coder)
    assert [(e.source.code, e.target and e.target.code, e.cameo) for e in article.events] == [
        ("IRQUAF", "POLMIL", "1833")
    ]
    assert article.events[0].location and article.events[0].location.country == "IRQ"
    # killed *in* a bombing with no agent: a casualty count, not an event (CODING.md §9)
    count = "Three Polish soldiers were killed in a bombing near Baqubah on Saturday."
    assert code_text(count, date="2005-06-13", coder=coder).events == ()
    # the force behind the bomb is one of the sentence's actors, with its place's country
    found = extracted(coder, text, "2005-06-13")
    assert [(m.text, m.code) for m in found.sentences[0].mentions] == [
        ("bomb", "IRQUAF"),
        ("three Polish soldiers", "POLMIL"),
    ]
    # the agent of a passive, placed by its own phrase: the bomb is no Somali actor for being
    # "in Mogadishu", and the attack happened where the bomb was
    passive = "A reporter was killed by a car bomb in Mogadishu on Sunday."
    (event,) = code_text(passive, date="2005-06-13", coder=coder).events
    assert (event.source.code, event.target and event.target.code, event.cameo) == (
        "SOMUAF", "SOMMED", "1832"
    )  # fmt: skip
    assert event.location and event.location.country == "SOM"


@pytest.mark.model
def test_a_curfew_binds_the_people_of_the_place_it_is_imposed_on(coder: Coder) -> None:
    assert coded(coder, "Police imposed a curfew in Algiers after the riots.") == [
        ("DZACOP", "DZACVL", "1723")
    ]
    threat = "President Yoweri Museveni threatened to impose a curfew in Kampala."
    assert coded(coder, threat, "2010-06-01") == [("UGAGOV", "UGACVL", "1323")]
    found = extracted(coder, "Police imposed a curfew in Algiers after the riots.", "2023-05-10")
    assert ("Algiers", "DZACVL") in [(m.text, m.code) for m in found.sentences[0].mentions]
    # a ban on a party is aimed at the party, not at the people
    assert coded(coder, "The junta in Niger banned the opposition party on Monday.") == [
        ("NERMIL", "NEROPP", "1722")
    ]


@pytest.mark.model
def test_hostage_takers_are_criminals_of_where_they_act(coder: Coder) -> None:
    text = "The hostage-takers freed two aid workers in Iraq on Monday, U.S. officials said."
    assert ("hostage-takers", "IRQCRM") in mentions(coder, text, dt.date(2005, 6, 13))


@pytest.mark.model
def test_shelling_residential_areas_is_aimed_at_civilians(coder: Coder) -> None:
    text = "Government artillery pounded residential neighbourhoods of Aleppo overnight."
    assert ("SYRCVL", "194") in [(t, c) for _, t, c in coded(coder, text, "2016-08-10")]


def test_putin_condemns_ankara(coder: Coder) -> None:
    article = code_text("Russian President Vladimir Putin condemned Ankara.", "2015-11-25", coder)
    assert [(e.source.code, e.target and e.target.code, e.cameo) for e in article.events] == [
        ("RUSGOV", "TUR", "111")
    ]


def test_every_sentence_is_coded_and_coreference_carries(coder: Coder) -> None:
    text = (
        "Russian President Vladimir Putin arrived in Ankara on Monday. "
        "Later the president condemned the European Union."
    )
    article = code_text(text, "2016-03-08", coder)
    sentences = {e.sentence.index: e for e in article.events}
    assert sentences[0].cameo == "042" and sentences[0].target
    assert sentences[1].source.code == "RUSGOV"
    assert sentences[1].cameo == "111"


def test_order_kept_with_skips_and_workers(coder: Coder) -> None:
    items: list[RawArticle | Skipped] = [
        RawArticle(text=f"Russia condemned Turkey on day {i}.", origin=f"t:{i}", id=f"a{i}")
        for i in range(6)
    ]
    items.insert(2, Skipped(origin="t:x", reason="malformed JSON", id="bad"))
    items.insert(4, RawArticle(text="  ", origin="t:y", id="empty"))
    serial = [a.to_json() for a in process(items, coder, batch_size=2)]
    parallel = [a.to_json() for a in process(items, batch_size=2, jobs=2)]
    assert [a["id"] for a in serial] == ["a0", "a1", "bad", "a2", "empty", "a3", "a4", "a5"]
    assert serial == parallel
    assert serial[2]["skipped"] == "malformed JSON"
    assert serial[4]["skipped"] == "empty text"
    assert all(a["events"] for a in serial if not a["skipped"])


def test_rerun_gives_same_ids(coder: Coder) -> None:
    first = code_text("Israel bombed Gaza, the UN said.", "2014-07-20", coder)
    second = code_text("Israel bombed Gaza, the UN said.", "2014-07-20", coder)
    assert [e.event_id for e in first.events] == [e.event_id for e in second.events]
    assert [(e.source.code, e.cameo) for e in first.events] == [("ISR", "195")]


def test_user_dictionary_overrides_and_discards(tmp_path: Path) -> None:
    from diurna.pipeline import load_coder

    actors = tmp_path / "mine.actors.txt"
    actors.write_text(
        "ZORG_REPUBLIC [ZRG]\nVLADIMIR_PUTIN\n+PUTIN\n\t[RUSELI <991231]\n\t[RUSGOV]\n",
        encoding="utf-8",
    )
    discards = tmp_path / "mine.discards.txt"
    discards.write_text("+FOOTBALL FINAL\nMONTHS LATER\n", encoding="utf-8")
    coder = load_coder(dictionaries=(actors, discards))
    early = code_text("Putin condemned Turkey.", "1995-03-01", coder)
    assert [e.source.code for e in early.events] == ["RUSELI"]
    late = code_text("Putin condemned Turkey.", "2015-03-01", coder)
    assert [e.source.code for e in late.events] == ["RUSGOV"]
    story = code_text("Russia condemned Turkey after the football final.", "2015-03-01", coder)
    assert story.skipped and "football final" in story.skipped
    sentence = code_text("Months later Russia condemned Turkey.", "2015-03-01", coder)
    assert not sentence.events and not sentence.skipped


def test_an_armed_group_opening_a_sentence_and_its_later_description(coder: Coder) -> None:
    """ "Al-Shabaab" capitalised at a sentence start is the group; "the Somali Islamist group"
    is then that group, not Somalia; "al-Qaeda-linked fighters" are not al-Qaeda."""
    text = (
        "Al-Shabaab gunmen stormed a university in Garissa. The Somali Islamist group said it "
        "carried out the attack. Al-Qaeda-linked fighters abducted several aid workers."
    )
    found = mentions(coder, text, dt.date(2015, 4, 2))
    assert ("Al-Shabaab gunmen", "IMGSOMSHB") in found
    assert ("Somali Islamist group", "IMGSOMSHB") in found
    assert not any(code == "IMGMOSALQ" for _, code in found)


def test_a_spokesman_for_the_force_speaks_for_the_organisation_named_before(
    coder: Coder,
) -> None:
    text = (
        "The African Union Mission in Somalia (AMISOM) condemned the assault. "
        '"These cowardly attacks will not weaken our resolve," a spokesman for the force said.'
    )
    found = mentions(coder, text, dt.date(2016, 9, 3))
    assert ("spokesman", "IGOAFRAMS") in found


@pytest.mark.model
def test_the_dateline_is_no_part_of_a_lead_actor_and_gives_its_country(coder: Coder) -> None:
    text = "ALMATY (Reuters) - Security forces fired on protesters on Wednesday."
    found = extracted(coder, text, "2022-01-06")
    words = [(m.text, m.code) for s in found.sentences for m in s.mentions]
    assert ("Security forces", "KAZCOP") in words
    # a ministry named for the first time is the dateline state's, not the last actor's
    text = "KYIV (Reuters) - Russian drones struck Odesa overnight. The defence ministry said so."
    found = extracted(coder, text, "2023-10-09")
    words = [(m.text, m.code) for s in found.sentences for m in s.mentions]
    assert ("defence ministry", "UKRMIL") in words


@pytest.mark.model
def test_people_are_coded_as_of_the_day_the_story_has_reached(coder: Coder) -> None:
    text = (
        "Bolivian President Evo Morales resigned late on Sunday after weeks of protests.\n\n"
        '"I am resigning so that my brothers are no longer attacked," he said.'
    )
    found = extracted(coder, text, "2019-11-11")
    assert [q.speaker.code for q in found.quotes if q.direct and q.speaker] == ["BOLGOV"]


def coded(coder: Coder, text: str, date: str = "2023-05-10") -> list[tuple[str, str | None, str]]:
    """(source, target, CAMEO code) of each event the real model codes in a text."""
    article = code_text(text, date=date, coder=coder)
    return [(e.source.code, e.target and e.target.code, e.cameo) for e in article.events]


def located(coder: Coder, text: str, date: str) -> list[tuple[str, str] | None]:
    """(place name, country) of each event the real model codes in a text."""
    article = code_text(text, date=date, coder=coder)
    return [(e.location.name, e.location.country) if e.location else None for e in article.events]


def extracted(coder: Coder, text: str, date: str) -> Extraction:
    """An article's extraction by the real model."""
    article = Article(id="t", text=text, origin="<test>", date=date)
    return extract(coder.nlp(text), article, coder.resolver, coder.sentence_coder)


def mentions(coder: Coder, text: str, date: dt.date) -> list[tuple[str, str]]:
    """(words, code) of every actor mention of a text, parsed with the real model."""
    doc = Parsed(coder.nlp(text))
    actors = coder.resolver.article(doc, date)
    return [(m.text, m.code) for sent in doc.sents for m in actors.read_sentence(sent)]


@pytest.mark.model
def test_an_event_noun_beside_a_name_describes_it(coder: Coder) -> None:
    """Sentences written for this test: "the peacekeeping force" in apposition to a name is the
    name's description, not an act of providing peacekeepers."""
    text = (
        "UNIFIL, the U.N. peacekeeping force in southern Lebanon, urged Israel to show restraint."
    )
    story = code_text(text, "2024-01-10", coder)
    # an appeal, and for restraint: to scale down fighting (0256)
    assert [(e.source.code, e.cameo) for e in story.events] == [("IGOUNOFIL", "0256")]


@pytest.mark.model
def test_pressing_an_offensive_is_fighting_and_pressing_a_state_an_appeal(coder: Coder) -> None:
    """Sentences written for this test."""
    story = code_text(
        "Rebel forces pressed an offensive on the northern town on Monday.", "2019-04-08", coder
    )
    assert [e.cameo for e in story.events] == ["190"]
    story = code_text("The United States pressed Russia to free the reporter.", "2019-04-08", coder)
    assert [e.cameo[:2] for e in story.events] == ["02"]


def test_an_act_named_again_by_its_noun_is_aimed_at_whoever_did_it(coder: Coder) -> None:
    text = (
        "Rebel fighters attacked an army base in northern Mali on Monday, killing 12 soldiers. "
        "Government troops later shelled rebel positions near Kidal.\n\n"
        "The African Union condemned the attack. Niger denounced the shelling.\n\n"
        "The rebels rejected an accusation of war crimes."
    )
    article = code_text(text, date="2023-10-03", coder=coder)
    said = {
        (e.source.code, e.target and e.target.code, e.cameo)
        for e in article.events
        if e.sentence.index in (2, 3)
    }
    # "the attack" is the rebels' attack told first; "the shelling" is the troops' shelling,
    # named by its word, though the attack came first
    assert said == {("IGOAFRAFU", "MLIREB", "111"), ("NER", "MLIMIL", "111")}
    # a denial answers who accused the denier itself, not its country's other side
    assert [
        (e.source.code, e.target and e.target.code, e.cameo)
        for e in article.events
        if e.sentence.index == 4
    ] == [("MLIREB", "IGOAFRAFU", "016")]


def test_a_denial_answers_the_accuser_and_a_visit_is_to_the_state_of_its_town(
    coder: Coder,
) -> None:
    text = (
        "Kenya accused Qatar of funding militants in Somalia. Doha denied that it had "
        "interfered in the affairs of its neighbours.\n\n"
        "Russian military instructors arrived in the northern town of Timbuktu last week. "
        "Malian President Assimi Goita arrived in Gao on Monday."
    )
    article = code_text(text, date="2022-01-20", coder=coder)
    coded = {(e.source.code, e.target and e.target.code, e.cameo) for e in article.events}
    assert ("QAT", "KEN", "016") in coded
    assert ("RUSMIL", "MLI", "042") in coded
    # a president travelling in his own country is no visit
    assert not [e for e in article.events if e.sentence.index == 3]


def test_a_statement_is_not_aimed_at_the_city_it_was_made_in(coder: Coder) -> None:
    text = "The Chinese foreign minister delivered his remarks in Muscat on Tuesday."
    article = code_text(text, date="2024-03-04", coder=coder)
    assert not [e for e in article.events if e.target is not None and e.target.code == "OMN"]
    # "his remarks in Muscat" names no Omani actor: only the minister and the city
    found = extracted(coder, text, "2024-03-04")
    assert [(m.code, m.text) for s in found.sentences for m in s.mentions] == [
        ("CHNGOV", "Chinese foreign minister"),
        ("CHNGOV", "his"),
        ("OMN", "Muscat"),
    ]


def test_a_claim_of_responsibility_for_the_attack_is_aimed_at_its_victims(coder: Coder) -> None:
    text = (
        "Militants killed 20 hostages at a cafe in Dhaka on Friday. Army commandos stormed the "
        "cafe on Saturday, ending the siege.\n\n"
        "The Islamic State group claimed responsibility for the attack through its news agency."
    )
    article = code_text(text, date="2016-07-03", coder=coder)
    claims = [
        (e.source.code, e.target and e.target.code) for e in article.events if e.cameo == "015"
    ]
    assert claims == [("IMGMOSISI", "BGDCVL")]


def test_a_dateline_the_parser_splits_off_opens_the_first_sentence(coder: Coder) -> None:
    text = (
        "HARARE, Nov 15 (Reuters) - Zimbabwe's military placed President Robert Mugabe under "
        "house arrest on Wednesday."
    )
    assert len(list(coder.nlp(text).sents)) == 2  # what this test is about
    found = extracted(coder, text, "2017-11-15")
    assert [s.sentence.start for s in found.sentences] == [0]
    assert [(e.source.code, e.code) for s in found.sentences for e in s.events] == [
        ("ZWEMIL", "173")
    ]


def test_a_dateline_under_a_headline_is_found_and_the_headline_stays_apart(coder: Coder) -> None:
    """Sentences written for this test: a headline line above the dateline hid it, so the
    story lost its city; the dateline is read on the line after a headline, and a dateline
    the parser cuts in two opens the lead, not the headline."""
    text = (
        "Talks stall in Doha\nDOHA (Reuters) -\nQatar urged Israel and Hamas to resume talks. "
        "Hamas rejected the proposal."
    )
    found = extracted(coder, text, "2024-03-04")
    assert found.dateline is not None and found.dateline.text.strip() == "DOHA"
    lead = found.sentences[1]
    assert text[lead.sentence.start : lead.sentence.end].startswith("DOHA (Reuters)")
    assert found.sentences[0].sentence.text.strip() == "Talks stall in Doha"
    events = code_text(text, date="2024-03-04", coder=coder).events
    placed = {(e.cameo, e.location.name if e.location else None) for e in events}
    assert ("026", "Doha") in placed


def test_condemning_the_coup_is_aimed_at_who_seized_the_president(coder: Coder) -> None:
    text = (
        "Soldiers in Niger detained President Mohamed Bazoum at the presidential palace on "
        "Wednesday.\n\nThe African Union condemned the coup and demanded his release."
    )
    assert ("IGOAFRAFU", "NERMIL", "111") in coded(coder, text, "2023-07-27")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a response is to the other side's act; a state does not answer its own forces
        (
            "Israeli jets struck Gaza overnight. Hamas fired rockets at southern Israel on "
            "Saturday. Israel condemned the attack.",
            ("ISR", "IMGPSEHMS", "111"),
        ),
        (
            "Kenya accused Qatar of meddling. Qatar condemned the accusations.",
            ("QAT", "KEN", "111"),
        ),
        (
            "Russian forces attacked Ukrainian positions near Bakhmut on Monday. Ukrainian troops "
            "repelled the assault.",
            ("UKRMIL", "RUSMIL", "190"),
        ),
        # a denial of responsibility is aimed at the victims, a denial of charges at the accuser
        (
            "Gunmen attacked a church in Nigeria. Boko Haram denied the attack.",
            ("IMGNGABKH", "NGAREL", "016"),
        ),
        (
            "Russian opposition leader Alexei Navalny accused the Kremlin of poisoning him. The "
            "Kremlin denied that it was involved.",
            ("RUSGOV", "RUSOPP", "016"),
        ),
        # "the talks" and "the deal" are both parties'
        (
            "Israel and the United Arab Emirates signed a trade agreement on Tuesday. Egypt "
            "welcomed the deal.",
            ("EGY", "ARE", "051"),
        ),
    ],
)
def test_an_act_noun_refers_back_to_the_right_act(
    coder: Coder, text: str, expected: tuple[str, str, str]
) -> None:
    article = code_text(text, date="2023-05-10", coder=coder)
    last = max(e.sentence.index for e in article.events)
    coded = {
        (e.source.code, e.target and e.target.code, e.cameo)
        for e in article.events
        if e.sentence.index == last and not e.negated
    }
    assert expected in coded


def test_an_act_noun_refers_back_to_no_act_of_another_kind(coder: Coder) -> None:
    for text in (
        "Police arrested opposition leader Ousmane Sonko in Dakar on Monday. The United States "
        "criticised the ruling.",
        "Police in Niamey arrested 20 protesters on Saturday. The European Union condemned the "
        "coup.",
        "Russian forces attacked a Ukrainian village in 2022. Ukrainians commemorated the attack "
        "on Monday.",
    ):
        article = code_text(text, date="2023-05-10", coder=coder)
        assert not [e for e in article.events if e.sentence.index == 1], text


def test_modality_reaches_through_attempts_and_stops_at_a_verb_with_its_own_tense(
    coder: Coder,
) -> None:
    assert coded(coder, "Russia may try to seize the port of Odesa.") == []
    assert ("TUR", "RUS", "039") in coded(
        coder, "Turkey will try to mediate between Russia and Ukraine."
    )
    assert ("IRN", "ISRGOV", "161") in coded(
        coder, "Iran will retaliate against Israel and has expelled two Israeli diplomats."
    )
    failed = code_text(
        "Police failed to arrest the opposition leaders and detain their supporters.",
        date="2023-05-10",
        coder=coder,
    )
    assert failed.events and all(e.negated for e in failed.events)


def test_a_statement_from_a_body_names_who_spoke(coder: Coder) -> None:
    text = "A statement from the Iranian foreign ministry condemned the Israeli strike on Damascus."
    assert coded(coder, text) == [("IRN", "ISR", "111")]


def test_joining_a_dateline_to_the_lead_leaves_its_dates_alone(coder: Coder) -> None:
    text = (
        "WASHINGTON (Reuters) - The president who took office on January 20 met Iran's envoy on "
        "Friday. A day later, Iran released two detained Americans."
    )
    article = code_text(text, date="2023-05-10", coder=coder)
    released = [e for e in article.events if e.cameo.startswith("084")]
    assert [e.date for e in released] == ["2023-05-06"]


def test_we_in_a_speakers_quoted_words_is_the_speaker(coder: Coder) -> None:
    assert ("SRBGOV", "XKX", "120") in coded(
        coder, '"We will never recognise Kosovo," the Serbian foreign ministry said in a statement.'
    )
    # what the speaker heard, or says they will stop doing, is not their act
    assert (
        coded(coder, '"We heard shooting all morning," said Milica Jovanovic, a farmer in Zvecan.')
        == []
    )
    assert not {
        c
        for c in coded(
            coder, '"We have no choice left but to stop fighting," the rebel commander said.'
        )
        if c[2].startswith("19")
    }


def test_peacekeepers_arriving_keep_the_peace_and_a_leader_arriving_visits(coder: Coder) -> None:
    assert coded(coder, "The first U.N. peacekeepers arrived in Bangui on Tuesday.") == [
        ("IGOUNOPKO", "CAF", "074")
    ]
    assert coded(coder, "French President Emmanuel Macron arrived in Bamako on Monday.") == [
        ("FRAGOV", "MLI", "042")
    ]


def test_a_speech_act_joined_to_what_was_said_is_the_speakers(coder: Coder) -> None:
    assert ("RUSGOV", "ROU", "112") in coded(
        coder,
        "The Russian foreign ministry said the riots were an attempt to undermine Moldova and "
        "accused Romania of organising them.",
        "2009-04-08",
    )
    # naming a strike is no call for one
    named = coded(
        coder, 'Libya\'s government called the strike "a war crime" on Tuesday.', "2009-04-08"
    )
    assert not [c for c in named if c[2] == "143"]


def test_a_concession_gives_in_to_whoever_pressed_for_it(coder: Coder) -> None:
    text = (
        "Thousands of students protested against the government in Santiago on Monday. "
        "The Chilean government scrapped the fare rise on Wednesday.\n\n"
        "Nicaraguan pensioners marched against President Daniel Ortega's pension reform. "
        "Ortega revoked the reform on Sunday."
    )
    conceded = {
        (source, target, code)
        for source, target, code in coded(coder, text, "2019-10-23")
        if code.startswith("083")
    }
    assert conceded == {("CHLGOV", "CHLEDU", "0832"), ("NICGOV", "NICCVL", "0832")}


def test_exercises_rounds_of_talks_and_lifting_a_measure_on_ones_own_country(
    coder: Coder,
) -> None:
    # war games are an exercise, not a war; two states exercising together cooperate
    assert coded(coder, "Indian and Japanese navies on Friday launched a week of war games.") == [
        ("INDMIL", "JPNMIL", "062")
    ]
    # "three rounds of talks" are talks
    assert coded(coder, "Iran and Iraq held three rounds of talks in Baghdad.") == [
        ("IRN", "IRQ", "046")
    ]
    # easing a measure or calling off a strike may name no one, as imposing one may
    assert coded(coder, "The Sudanese government lifted the curfew on Sunday.") == [
        ("SDNGOV", None, "0813")
    ]
    assert coded(coder, "Nigerian teachers called off their strike on Thursday.") == [
        ("NGAEDU", None, "082")
    ]


def test_both_sides_fighting_each_other_and_force_on_a_town(coder: Coder) -> None:
    text = (
        "Ethiopia and Eritrea fought a border war in May. "
        "The African Union urged the two countries to pull back their troops."
    )
    assert set(coded(coder, text, "1999-06-01")) == {
        ("ETH", "ERI", "190"),
        ("ERI", "ETH", "190"),
        ("IGOAFRAFU", "ETH", "0256"),
        ("IGOAFRAFU", "ERI", "0256"),
    }
    # force on a town is aimed at the town's state; not at one's own
    assert coded(coder, "Hamas fired rockets at Tel Aviv on Friday.") == [
        ("IMGPSEHMS", "ISR", "194")
    ]
    assert coded(coder, "Israeli jets struck targets near Haifa on Friday.") == [
        ("ISRMIL", None, "195")
    ]


def test_street_protests_coups_impeachment_and_blocking_someone(coder: Coder) -> None:
    assert coded(coder, "Thousands of Cubans took to the streets of Havana on Sunday.") == [
        ("CUBCVL", "CUB", "141")
    ]
    assert coded(coder, "Soldiers overthrew the elected government of Niger on Wednesday.") == [
        ("NERMIL", "NERGOV", "180")
    ]
    assert coded(coder, "Ugandan police blocked the US ambassador from visiting Kampala.") == [
        ("UGACOP", "USAGOV", "191")
    ]
    # an appeal to take to the streets is an appeal, no protest by whoever appeals
    assert coded(coder, "Erdogan called on Turks to take to the streets.", "2016-07-16") == [
        ("TURGOV", "TUR", "020")
    ]


def test_condemning_the_verdict_or_the_killing_answers_the_court_or_the_killers(
    coder: Coder,
) -> None:
    text = (
        "A Russian court sentenced opposition leader Alexei Navalny to nine years in prison. "
        "The European Union condemned the verdict."
    )
    assert ("IGOEUREEC", "RUSJUD", "111") in coded(coder, text, "2022-03-22")
    text = (
        "Gunmen shot dead a Kenyan journalist in Nairobi. Kenya's president condemned the killing."
    )
    assert ("KENGOV", "KENUAF", "111") in coded(coder, text)


def test_review_cases_for_judgements_sides_clashes_and_fronted_capitals(coder: Coder) -> None:
    # a condemnation wins over praise in one name
    assert coded(coder, "Netanyahu described the Iran nuclear deal as a historic mistake.") == [
        ("ISRGOV", "IRN", "111")
    ]
    # fighting in a town is between the fighters, not against the town's state
    assert coded(coder, "Rebels and government troops clashed in Goma on Friday.") == [
        ("CODREB", "CODMIL", "190"),
        ("CODMIL", "CODREB", "190"),
    ]
    # "implement the deal" names the deal's parties, not the latest fighting's
    text = (
        "Russian troops shelled Ukrainian positions near Bakhmut. Separately, Ethiopia and the "
        "TPLF held talks in Pretoria. The African Union urged both sides to implement the deal."
    )
    appeals = {(s, t) for s, t, c in coded(coder, text, "2022-11-10") if c.startswith("02")}
    assert appeals == {("IGOAFRAFU", "ETH"), ("IGOAFRAFU", "IMGETHTPL")}
    # a state named before keeps its officials in the capital they visit
    text = (
        "A Japanese delegation arrived in Seoul on Monday. In Seoul, Trade Minister Yasutoshi "
        "Nishimura signed a deal with South Korea."
    )
    assert ("JPNGOV", "KOR", "057") in coded(coder, text, "2023-07-10")


def test_a_held_view_is_no_act_and_air_strikes_are_no_labour_strike(coder: Coder) -> None:
    assert coded(coder, "Saudi Arabia regards Iran as a dangerous rival.") == []
    assert coded(coder, "Russia launched a series of air strikes on Kyiv.") == [
        ("RUS", "UKR", "195")
    ]
    assert coded(coder, "Kenyan unions launched a general strike against the government.") == [
        ("KENLAB", "KENGOV", "143")
    ]


def test_separate_drills_are_no_cooperation_and_a_possessor_names_the_judged_doer(
    coder: Coder,
) -> None:
    assert coded(coder, "Greece and Turkey held separate naval exercises in the Aegean.") == [
        ("GRC", None, "150"),
        ("TUR", None, "150"),
    ]
    text = "The U.S. State Department called China's sentencing of the activist unjust."
    assert coded(coder, text) == [("USAGOV", "CHN", "111")]
    text = "Beijing branded Taiwanese President Tsai Ing-wen a separatist."
    assert coded(coder, text, "2020-05-20") == [("CHN", "TWNGOV", "111")]


def codes(coder: Coder, text: str, date: str = "2023-05-10") -> dict[str, str]:
    """words → code of every actor mention the full extraction finds in a text."""
    found = extracted(coder, text, date)
    return {m.text: m.code for s in found.sentences for m in s.mentions}


@pytest.mark.model
def test_a_person_or_office_takes_the_country_of_the_town_it_is_from_or_of(coder: Coder) -> None:
    found = codes(coder, "A Christian missionary from Leeds was detained in Egypt.")
    assert found["Christian missionary"] == "GBRRELCHR"
    found = codes(coder, "Gunmen tried to kill the deputy governor of the Irkutsk region.")
    assert found["deputy governor"] == "RUSGOV"
    # a name the tagger does not take for a place counts only in a country the story names
    found = codes(coder, "Brazil said the governor of the Federal District had resigned.")
    assert found["governor"] == "BRAGOV"
    found = codes(coder, "The government of Balochistan province has ordered police patrols.")
    assert found["government"] == "PAKGOV"  # a region the gazetteer has as no city
    # an office of a town is that town's country's, whatever the tagger takes the name for
    # accused of shelling: of aggression, 1123 (session 27; the actors are this test's point)
    assert coded(coder, "The mayor of Kherson accused Russia of shelling the city.") == [
        ("UKRGOV", "RUS", "1123")
    ]


@pytest.mark.model
def test_a_demonym_before_another_noun_is_no_crowd_of_nationals(coder: Coder) -> None:
    found = codes(coder, "Syria complained about two Turkish border raids last week.")
    assert found["two Turkish border raids"] == "TUR"
    assert codes(coder, "Police detained 168 Liberians.")["168 Liberians"] == "LBRCVL"


@pytest.mark.model
def test_a_community_named_by_its_home_and_its_forces(coder: Coder) -> None:
    found = codes(
        coder, "Bosnian Serbs said their forces had pulled back from the hills around Sarajevo."
    )
    assert found["Bosnian Serbs"] == "BIHCVLSRP"
    assert found["their forces"] == "BIHMILSRP"
    assert codes(coder, "Serbian police detained the smugglers.")["Serbian police"] == "SRBCOP"


@pytest.mark.model
def test_swearing_to_fight_is_a_vow_not_a_fight(coder: Coder) -> None:
    found = coded(coder, "The rebels swore to fight the government until it falls.")
    assert [c for _, _, c in found] == ["138"]
    assert [c for _, _, c in coded(coder, "The tribe swore revenge on the militia.")] == ["130"]
    assert coded(coder, "The new president was sworn in on Monday.") == []


@pytest.mark.model
def test_a_purpose_clause_is_its_verbs_subjects_act_or_the_aim_of_its_protest(
    coder: Coder,
) -> None:
    text = "Thousands of Kenyans rallied in Nairobi on Monday to protest against the tax plan."
    article = code_text(text, date="2024-06-26", coder=coder)
    assert [(e.source.code, e.cameo) for e in article.events] == [("KENCVL", "141")]
    place = article.events[0].location
    assert place is not None and place.name == "Nairobi"  # where they rallied
    # the demand is the protest's aim: one protest, for a change of leader
    text = "Protesters marched through Minsk to demand the resignation of President Lukashenko."
    assert [c for _, _, c in coded(coder, text)] == ["1411"]
    # the summoning is the complaint; a future blockade's aim is no demand yet
    text = "Pakistan's foreign office summoned the Afghan envoy to protest cross-border attacks."
    assert [c for _, _, c in coded(coder, text)] == ["114"]
    text = "Spanish truckers said they would blockade Madrid to demand lower fuel taxes."
    assert not [c for _, _, c in coded(coder, text) if c.startswith("10")]


@pytest.mark.model
def test_removal_from_office_is_a_sanction_and_removing_troops_is_not(coder: Coder) -> None:
    text = "Paraguay's Senate removed President Fernando Lugo from office on Friday."
    assert coded(coder, text, "2012-06-23") == [("PRYLEG", "PRYGOV", "172")]
    assert [c for _, _, c in coded(coder, "Congress voted to remove President Zelaya.")] == ["172"]
    # removing one's troops is a retreat, as withdrawing them is
    assert coded(coder, "Russia removed troops from the border.") == [("RUS", None, "0874")]


@pytest.mark.model
def test_a_reported_judgement_of_a_party_or_its_act_is_the_speakers_act(coder: Coder) -> None:
    found = coded(coder, "Israel said Hamas was responsible for the attack.")
    assert found == [("ISR", "IMGPSEHMS", "112")]
    assert coded(coder, "Washington said Moscow was behind the cyberattack.") == [
        ("USA", "RUS", "112")
    ]
    assert coded(coder, "Germany said China's sanctions were unjustified.") == [
        ("DEU", "CHN", "111")
    ]
    # the reported act is still coded as a fact; a denial of blame is no accusation
    found = coded(
        coder, "Ukraine's foreign ministry said the Russian strike on Kyiv was unacceptable."
    )
    assert sorted(found) == [("RUS", "UKR", "195"), ("UKRGOV", "RUS", "111")]
    assert coded(coder, "Israel said Hamas was not responsible for the attack.") == []
    # "holds X responsible", also when the parser makes X the subject of "responsible"
    assert coded(coder, "Russia holds Ukraine responsible for the attack.") == [
        ("RUS", "UKR", "112")
    ]


@pytest.mark.model
def test_a_country_someone_is_for_or_against_is_not_theirs(coder: Coder) -> None:
    found = codes(coder, "An outspoken anti-Iran blogger was shot dead in Baghdad.")
    assert found["outspoken anti-Iran blogger"] == "IRQMED"
    found = codes(coder, "An anti-American cleric spoke in Baghdad on Friday.")
    assert found["anti-American cleric"] == "IRQREL"
    assert codes(coder, "Syrian troops entered Beirut.")["Syrian troops"] == "SYRMIL"


@pytest.mark.model
def test_a_stated_readiness_to_impose_martial_law_is_its_threat(coder: Coder) -> None:
    text = "Peru's interim government said that it is ready to declare martial law."
    assert coded(coder, text) == [("PERGOV", None, "1324")]


@pytest.mark.model
def test_holding_civilians_as_shields_and_a_sexual_assault_told_by_an_adverb(coder: Coder) -> None:
    text = "Sudanese militias have been holding hundreds of villagers as human shields."
    assert [c for _, _, c in coded(coder, text)] == ["184"]
    assert coded(coder, "The army held the prisoners in a school.") == []
    text = "Libyan coast guard officers sexually abused Eritrean migrants, a rights group said."
    assert [c for _, _, c in coded(coder, text)] == ["1821"]


@pytest.mark.model
def test_a_participle_demand_is_the_protests_aim_and_its_object_pronoun_not_the_doer(
    coder: Coder,
) -> None:
    text = "Protesters marched through Minsk, demanding the resignation of President Lukashenko."
    assert coded(coder, text, "2020-08-20") == [("BLRCVL", "BLRGOV", "1411")]
    found = codes(coder, "Kenyan police arrested 20 protesters, accusing them of rioting.")
    assert found["them"] == found["20 protesters"] != found["Kenyan police"]


@pytest.mark.model
def test_what_a_reported_judgement_does_not_make(coder: Coder) -> None:
    # a claim of one's own act, a duty, an act judged with only its victim named, a speaker
    # whose country is only the story's: no accusation and no criticism
    for text in (
        "Islamic State said its fighters were behind the attack in Kabul.",
        "The White House said China was responsible for the safety of the detained Americans.",
        "Germany said the arrest of the journalist was unacceptable.",
        "The foreign ministry said US sanctions were illegal.",
    ):
        assert not [c for _, _, c in coded(coder, text) if c[:2] == "11"], text
    # a verb another verb governs has no purpose of its own; a strike's purpose is its aim
    text = "Imran Khan called on Pakistanis to rally on Friday to protest against the government."
    assert "141" not in [c for _, _, c in coded(coder, text)]
    text = "Workers went on strike in Paris to protest the pension reform."
    assert [c for _, _, c in coded(coder, text)] == ["143"]
    assert coded(coder, "Police removed computers from the offices of the party in Harare.") == []
    found = codes(coder, "Chan dismissed the army commander and accused him of insubordination.")
    assert found["him"] == found["army commander"]


@pytest.mark.model
def test_forces_for_or_against_someone_are_armed_men_of_where_they_act(coder: Coder) -> None:
    found = codes(coder, "Pro-Iranian militias fired rockets at the US embassy in Baghdad.")
    assert found["Pro-Iranian militias"] == "IRQUAF"
    assert codes(coder, "Pro-Russian forces captured the town.")["Pro-Russian forces"] == "---UAF"
    assert codes(coder, "Gunmen killed three policemen in Peshawar.")["Gunmen"] == "PAKUAF"


@pytest.mark.model
def test_an_investigation_is_aimed_at_whoever_did_what_it_looks_into(coder: Coder) -> None:
    text = (
        "Ethiopian military police opened an investigation into abuses committed by "
        "Eritrean troops."
    )
    # abuses investigated: an investigation of rights abuses (092)
    assert coded(coder, text, "2000-06-01") == [("ETHMIL", "ERIMIL", "092")]


@pytest.mark.model
def test_event_nouns_carried_by_remain_on_and_engage_in(coder: Coder) -> None:
    alert = "Indian troops remained on alert along the border on Monday."
    assert coded(coder, alert, "2000-06-01") == [("INDMIL", None, "150")]
    cleansing = "Myanmar's army was engaged in ethnic cleansing against the Rohingya population."
    assert coded(coder, cleansing, "2017-09-01") == [("MMRMIL", "MMRCVL", "203")]
    firefight = "Malian rebels engaged Senegalese peacekeepers in a firefight on Sunday."
    assert coded(coder, firefight, "2014-08-30") == [("MLIREB", "SENMIL", "193")]
    # a country-less actor is shown with the country its event's place gave it
    fighting = "Government troops engaged the rebels in fierce fighting near Goma."
    found = extracted(coder, fighting, "2012-11-20")
    assert [(m.text, m.code) for m in found.sentences[0].mentions] == [
        ("Government troops", "CODMIL"),
        ("rebels", "CODREB"),
    ]


@pytest.mark.model
def test_cutting_flights_pulling_out_forces_and_a_welcome(coder: Coder) -> None:
    flights = "Italy announced the suspension of flights to Serbia on Wednesday."
    assert coded(coder, flights, "1999-04-01") == [("ITA", "SRB", "160")]
    pullout = "France sped up the withdrawal of its forces from Niger on Wednesday."
    assert ("FRA", "NER", "0874") in coded(coder, pullout, "2023-09-10")
    welcome = "President Mitterrand gave a warm welcome to Nelson Mandela on Thursday."
    assert coded(coder, welcome, "1990-06-07") == [("FRAGOV", "ZAFOPP", "043")]


@pytest.mark.model
def test_measures_of_goods_and_groups_name_what_they_hold(coder: Coder) -> None:
    medicine = "Danish doctors delivered 500 kg of vaccines to the Red Cross in Kandahar."
    assert coded(coder, medicine, "2004-01-05") == [("DNKHLH", "NGOHUMICR", "073")]
    observers = "The Georgian prime minister welcomed a team of monitors from the OSCE on Friday."
    assert coded(coder, observers, "2005-03-01") == [("GEOGOV", "IGOEUROSC", "0862")]


@pytest.mark.model
def test_armed_men_blowing_up_property_is_sabotage_even_with_no_owner_named(
    coder: Coder,
) -> None:
    assert coded(coder, "Insurgents blew up a bridge near Mosul on Sunday.", "2006-05-02") == [
        ("IRQINS", None, "1712")
    ]
    # a bus with people in it is a bombing
    assert coded(coder, "A suicide bomber blew up a bus in Jerusalem.", "2003-06-11") == [
        ("ISRINS", "ISR", "183")
    ]
    # rioters burning property with no owner or place named are no sabotage
    assert coded(coder, "Rioters set fire to shops in the capital.", "2019-10-18") == []


@pytest.mark.model
def test_inspectors_sent_rallies_converged_for_roads_blocked_and_rallies_allowed(
    coder: Coder,
) -> None:
    inspectors = "The IAEA dispatched inspectors to Iran to monitor the plant."
    assert coded(coder, inspectors, "2005-08-10") == [("IGOUNOIAE", "IRN", "090")]
    rally = "Thousands of Ghanaians converged for a rally in Kumasi on Saturday."
    assert coded(coder, rally, "2001-03-01") == [("GHACVL", None, "141")]
    blocked = "Rebels in Mali blocked transport into Bamako on Tuesday."
    assert coded(coder, blocked, "2003-01-10") == [("MLIREB", "MLI", "144")]
    allowed = "Kenya's interior minister allowed the opposition to rally in Nairobi."
    assert coded(coder, allowed, "2023-03-20") == [("KENCOP", "KENOPP", "0811")]
    # fundamentalists are radicals (CAMEO RAD), not a violent group by the word alone
    strike = "Jailed Islamic fundamentalists began a hunger strike in Tunis."
    assert coded(coder, strike, "1991-06-01") == [("TUNRAD", "TUN", "142")]


@pytest.mark.model
def test_an_attack_named_by_its_kind_gives_the_weapon_code(coder: Coder) -> None:
    bomb = "Basque separatist guerrillas wounded two Spanish policemen in a bomb attack on Friday."
    assert coded(coder, bomb, "1990-06-01") == [("ESPREB", "ESPCOP", "183")]
    air = "Israeli forces killed two Hamas commanders in an air strike in Gaza."
    assert [c for _, _, c in coded(coder, air, "2014-07-20")] == ["195"]


@pytest.mark.model
def test_easing_emergency_measures_staying_away_from_work_and_threatened_bans(
    coder: Coder,
) -> None:
    eased = "Morocco eased emergency measures on Friday in Western Sahara."
    assert coded(coder, eased, "2000-01-01") == [("MAR", "ESH", "0814")]
    shunned = "Lebanese shopkeepers shunned work on Friday to protest against the new tax."
    assert [c for _, _, c in coded(coder, shunned, "1990-03-01")] == ["143"]
    # a threatened ban on candidates is an administrative sanction (132x), not an economic one
    ban = "Zimbabwe's president threatened to ban opposition candidates from next year's vote."
    assert coded(coder, ban, "2000-01-01") == [("ZWEGOV", "ZWEOPP", "1322")]


@pytest.mark.model
def test_a_coup_is_an_act_and_a_reaction_to_an_act_answers_its_doers(coder: Coder) -> None:
    text = (
        "Soldiers attempted a coup in Bujumbura on Wednesday. "
        "NATO jets struck rebel positions near Goma on Thursday. "
        "The Bosnian government welcomed the strikes."
    )
    found = coded(coder, text, "2015-05-14")
    assert ("BDIMIL", "BDI", "180") in found
    assert ("BIHGOV", "IGOWSTNAT", "051") in found
    # the coup condemned is the one the soldiers attempted (180), as a seizure of power would be
    condemned = (
        "Soldiers attempted a coup in Bujumbura on Wednesday. "
        "The African Union condemned the coup attempt."
    )
    assert ("IGOAFRAFU", "BDIMIL", "111") in coded(coder, condemned, "2015-05-14")


@pytest.mark.model
def test_a_refusal_to_step_down_stands_alone(coder: Coder) -> None:
    text = "Peru's prime minister declined to resign despite mounting criticism."
    assert coded(coder, text, "2006-03-01") == [("PERGOV", None, "1231")]


@pytest.mark.model
def test_a_call_for_an_end_to_the_violence_is_aimed_at_whoever_was_violent(coder: Coder) -> None:
    text = (
        "Troops clashed with protesters in Phnom Penh on Sunday. "
        "Japan called for an immediate end to the violence."
    )
    assert ("JPN", "KHMMIL", "020") in coded(coder, text, "2018-02-05")


@pytest.mark.model
def test_offered_resignation_deployment_announced_and_deployment_sought(coder: Coder) -> None:
    offered = "Religious leaders said that Damiba had offered his resignation to avoid clashes."
    assert coded(coder, offered, "2022-10-02") == [("BFAELI", None, "0341")]
    deployment = (
        "Defence Minister Aden Duale announced the deployment of the army to support police."
    )
    assert coded(coder, deployment, "2023-03-20") == [("KENMIL", None, "154")]
    # a deployment sought from others is asked for, not done: only the visit is coded
    sought = "Henry travelled to Nairobi to seek the deployment of Kenyan police."
    assert [c for _, _, c in coded(coder, sought, "2024-03-01")] == ["042"]


@pytest.mark.model
def test_review_cases_of_session_19_rules(coder: Coder) -> None:
    """Near misses a review of the session's rules found, each with what it must code."""

    def codes_of(text: str, date: str = "2011-06-01") -> list[str]:
        return [c for _, _, c in coded(coder, text, date)]

    # only martial law or a state of emergency is the measure, not any law introduced
    assert codes_of("Parliament introduced a law banning foreign funding of NGOs in Russia.") == []
    assert codes_of("The junta introduced martial law across Thailand.") == ["1724"]
    # a raid names no weapon; a suicide or car bomb attack does
    assert codes_of("Israeli troops killed two Palestinians in a raid on Jenin.") == ["190"]
    assert codes_of("Militants killed three soldiers in a car bomb attack in Mogadishu.") == [
        "1832"
    ]
    # massing for an offensive is no offensive; assembling for a march is a demonstration
    assert "190" not in codes_of("Russian troops massed for an offensive on the Ukrainian border.")
    assert codes_of("Several hundred students assembled for a march in Tehran.") == ["141"]
    # an investigation is aimed at who did the act, not at who reported it
    probe = "Prosecutors began a probe into the allegations made by the opposition leader."
    assert all(target is None for _, target, _ in coded(coder, probe, "2016-03-03"))
    # joining someone in a protest is protesting alongside them
    assert coded(coder, "France joined Germany in a protest against the new tariffs.") == [
        ("FRA", None, "141")
    ]
    assert codes_of("The army allowed refugees to gather in the stadium.") == []
    # seizing people is taking hostages; observers and inspectors sent are investigators
    beslan = "Hostage-takers seized more than a thousand people at a school in Beslan."
    assert coded(coder, beslan, "2004-09-02") == [("RUSCRM", "RUSCVL", "181")]
    assert codes_of("The UN sent weapons inspectors to Iraq on Monday.", "2002-11-25") == ["090"]
    assert codes_of("The Arab League sent a mission of observers to Syria.") == ["090"]
    # engaging someone in talks is talking; staying on strike or on alert is the posture
    assert codes_of("The government engaged the rebels in talks in Oslo.") == ["046"]
    assert codes_of("Dockworkers in Mombasa remained on strike on Tuesday.") == ["143"]
    assert codes_of("The Pakistani army is on high alert along the border.") == ["152"]
    assert "143" not in codes_of("Residents shunned schools and offices in Srinagar for fear.")
    # a bomb with no place still shows its unidentified force among the actors
    found = extracted(coder, "A roadside bomb killed three NATO soldiers on Sunday.", "2013-03-03")
    assert ("bomb", "---UAF") in [(m.text, m.code) for m in found.sentences[0].mentions]


@pytest.mark.model
def test_a_region_named_by_its_own_name_beats_a_town_known_by_another(coder: Coder) -> None:
    # the gazetteer knows the German town Borna also as "Borno"; Borno is a Nigerian state
    text = "Boko Haram killed 20 villagers in an attack on a market in Borno."
    found = extracted(coder, text, "2014-11-11")
    assert ("20 villagers", "NGACVL") in [(m.text, m.code) for m in found.sentences[0].mentions]


@pytest.mark.model
def test_evacuating_the_wounded_sharing_expertise_and_ordering_patrols(coder: Coder) -> None:
    evacuated = "U.N. aircraft evacuated the wounded from Menaka, an encircled town in Mali."
    assert coded(coder, evacuated, "1994-04-01") == [("IGOUNO", "MLI", "073")]
    shared = "Iran has been sharing military expertise with Hezbollah, the report said."
    assert coded(coder, shared, "2010-01-01") == [("IRN", "IMGLBNHEZ", "060")]
    patrols = (
        "The government of Balochistan province ordered police and army patrols along the highway."
    )
    assert coded(coder, patrols, "2001-01-01") == [("PAKGOV", None, "150")]


@pytest.mark.model
def test_second_review_cases_of_session_19_rules(coder: Coder) -> None:
    """Near misses a second review found, each with what it must code."""

    def codes_of(text: str, date: str = "2011-06-15") -> list[tuple[str, str | None, str]]:
        return coded(coder, text, date)

    assert codes_of("The African Union deployed observers in Burundi on Tuesday.") == [
        ("IGOAFRAFU", "BDI", "090")
    ]
    assert codes_of("The Egyptian government introduced emergency law in Sinai on Monday.") == [
        ("EGYGOV", None, "1724")
    ]
    raid = "Somali troops killed ten militants in a raid by helicopter gunships in Kismayo."
    assert [c for _, _, c in codes_of(raid)] == ["195"]
    # police patrols stepped up are police power (153); an army's alert is military (152)
    patrols = "Kenyan police stepped up patrols in Mombasa after the attacks."
    assert codes_of(patrols) == [("KENCOP", None, "153")]
    alert = "Egypt's army is on high alert along the border with Libya."
    assert [c for _, _, c in codes_of(alert)] == ["152"]
    assert codes_of("The Bolivian president offered to resign on Monday.") == [
        ("BOLGOV", None, "0341")
    ]
    assert codes_of("Gunmen seized two Nigerian soldiers near Maiduguri.") == [
        ("NGAUAF", "NGAMIL", "181")
    ]
    # a country's curfew in its own city binds its own people
    assert codes_of("Sri Lanka imposed a curfew in Colombo after the riots.") == [
        ("LKA", "LKACVL", "1723")
    ]


@pytest.mark.model
def test_opposing_mediation_rejects_it_and_a_mediation_mission_mediates(coder: Coder) -> None:
    opposed = "Azerbaijan is opposed to Russian mediation in the talks with Armenia."
    assert coded(coder, opposed, "2000-01-01") == [("AZE", "RUS", "126")]
    mission = "Norway launched a mediation effort between the government and the FARC rebels."
    assert ("NOR", "IMGCOLFAR", "045") in coded(coder, mission, "2012-01-01")


@pytest.mark.model
def test_the_party_an_act_reaches_through_permission_parts_and_vehicles(coder: Coder) -> None:
    """Sentences written for this test: the party of a refused permission is whom it would
    have let act; a part of a place is of whom the whole is; an act on a vehicle reaches the
    people it carried; a preposition the parser left without its object keeps it."""
    refused = "The junta refused to let foreign journalists enter the country on Monday."
    assert [(t, c) for _, t, c in coded(coder, refused)] == [("---MED", "1245")]
    land = "The rebel movement refused to allow Red Cross planes to land at the airport."
    assert [(t, c) for _, t, c in coded(coder, land)] == [("NGOHUMICR", "1245")]
    stronghold = "The army captured part of a rebel stronghold near the border."
    assert [(t, c) for _, t, c in coded(coder, stronghold)] == [("---REB", "192")]
    helicopter = "Sudanese warplanes shot down a helicopter carrying African Union monitors."
    assert coded(coder, helicopter, "2014-06-01") == [("SDNMIL", "IGOAFRAFU", "190")]
    bus = "Rebels fired on a bus carrying Kenyan police officers near Mandera."
    assert [(t, c) for _, t, c in coded(coder, bus)] == [("KENCOP", "193")]
    # "to three … officers" parsed as the subject of "holed up"
    asylum = "Mexico has granted asylum to three Bolivian navy officers holed up in its embassy."
    assert coded(coder, asylum) == [("MEX", "BOLMIL", "075")]


@pytest.mark.model
def test_words_that_look_like_actors_but_name_none(coder: Coder) -> None:
    """Sentences written for this test: "general" before a noun is no officer, a language
    names no country, and a bomb is not of the town it went off in."""
    strike = "Teachers warned of a general strike unless the government raised pay."
    assert codes(coder, strike) == {"Teachers": "---EDU", "government": "---GOV"}
    court = "The court lifted limits on the use of the Hungarian language in schools."
    assert {code[:3] for code in codes(coder, court).values()} == {"---"}
    bomb = "A judge was killed by a car bomb in Mogadishu on Sunday."
    assert coded(coder, bomb, "2010-05-02") == [("SOMUAF", "SOMJUD", "1832")]


@pytest.mark.model
def test_expulsions_of_bodies_and_envoys_and_one_event_per_party(coder: Coder) -> None:
    """Sentences written for this test: forcing an agency or an envoy out of a country is
    expelling them (1663, 161), not a mass expulsion (201); a thing's bare country is no second
    target beside the people of that country an act reached; a lifted emergency whose place
    is unknown is the state's own."""
    agency = "The Eritrean government forced the UN children's agency out of the country."
    assert coded(coder, agency) == [("ERIGOV", "IGOUNOCEF", "1663")]
    envoy = "Mali's junta forced the French ambassador out of the country."
    assert coded(coder, envoy) == [("MLIMIL", "FRAGOV", "161")]
    homes = "Israeli bulldozers razed Palestinian homes and civilian shelters near Hebron."
    assert coded(coder, homes) == [("ISR", "PSECVL", "1712")]
    lifted = "The Kenyan government lifted the state of emergency in the northern district."
    assert coded(coder, lifted) == [("KENGOV", "KEN", "0814")]
    # imposed with no place named, it stays without a party, as our gold codes it
    imposed = "The Kenyan government declared a state of emergency on Friday."
    assert coded(coder, imposed) == [("KENGOV", None, "1724")]
    # and so it is when one extends, prolongs or renews it
    extended = "The Myanmar junta extended the state of emergency by six months."
    assert coded(coder, extended) == [("MMRMIL", None, "1724")]
    prolonged = "Turkey prolonged the state of emergency for another three months."
    assert coded(coder, prolonged) == [("TUR", None, "1724")]


@pytest.mark.model
def test_coordinated_objects_places_of_protest_and_troops_sent_to_protect(coder: Coder) -> None:
    """Sentences written for this test: a pattern's object may be any of coordinated nouns and
    the party phrase may hang on the last of them; a riot at a site in a country is aimed at
    its state; troops sent to help or to defend another country protect it (074, intent 0334)."""
    shared = "Japan is providing satellite images and military intelligence to the Philippines."
    assert coded(coder, shared) == [("JPN", "PHL", "064")]
    fire = "The army launched mortar, artillery and rocket fire against militia bases."
    assert [(t, c) for _, t, c in coded(coder, fire)] == [("---UAF", "194")]
    riot = "Inmates rioted at a prison in northern Mexico on Sunday."
    assert [(t, c) for _, t, c in coded(coder, riot)] == [("MEX", "145")]
    rwanda = "Rwanda sent troops to Mozambique to help fight Islamist insurgents."
    assert coded(coder, rwanda, "2021-07-10") == [("RWA", "MOZ", "074")]
    poland = "The United States will send troops to Poland to bolster its defences."
    assert coded(coder, poland) == [("USA", "POL", "0334")]
    # troops sent with no protecting purpose stay a show of force, and intent to send them a
    # threat of force, never aimed at the sender's own troops
    assert coded(coder, "Russia sent troops to the border with Ukraine.") == [("RUS", "UKR", "154")]
    more = "Russia will send more troops to the border with Ukraine."
    assert coded(coder, more) == [("RUS", "UKR", "138")]
    assert coded(coder, "Russia is ready to send troops.") == []


@pytest.mark.model
def test_authors_of_calls_amounts_in_aid_and_whom_one_lets_act(coder: Coder) -> None:
    """Sentences written for this test: a call is of whom its "by" phrase names, not of the
    place its "for" phrase names; "$95 million in military aid" is aid; whom one allows to act
    is the object of the allowing; kidnapped schoolboys are civilians."""
    calls = "The junta dismissed calls by the African Union for a ceasefire in Sudan."
    # and what it calls for makes the rejection's code: refusing to scale down fighting
    assert [(t, c) for _, t, c in coded(coder, calls)] == [("IGOAFRAFU", "1246")]
    offer = "Armenia rejected Azerbaijan's offer of talks on Monday."
    assert [(s, t, c[:2]) for s, t, c in coded(coder, offer)] == [("ARM", "AZE", "12")]
    gave_in = "The president conceded to demands from the opposition alliance on Monday."
    assert [(t, c[:2]) for _, t, c in coded(coder, gave_in)] == [("---OPP", "08")]
    aid = "Washington suspended $95 million in military aid to Egypt."
    assert coded(coder, aid) == [("USA", "EGY", "1622")]  # of its kind: military aid cut
    monitors = "Mali allowed monitors from the African Union to visit the prisons."
    assert coded(coder, monitors) == [("MLI", "IGOAFRAFU", "0862")]
    boys = "Gunmen abducted 80 schoolboys in Kaduna on Friday."
    assert coded(coder, boys, "2021-03-13") == [("NGAUAF", "NGACVL", "181")]


@pytest.mark.model
def test_sites_owners_and_the_first_of_coordinated_objects(coder: Coder) -> None:
    """Sentences written for this test (some from a review of this session's rules): a site is
    its holder's ("positions of the Armenian army"), a thing's coordinated owners
    are each a party, the head of coordinated objects matches first ("tanks, missiles and
    fuel" is military aid) and the others only when it matches no pattern."""
    shelled = "Azerbaijani artillery shelled positions of the Armenian army near Lachin."
    assert coded(coder, shelled) == [("AZEMIL", "ARMMIL", "194")]
    knin = "Croatian troops captured the rebel stronghold of Knin on Saturday."
    assert [(s, t) for s, t, _ in coded(coder, knin, "1995-08-05")] == [("HRVMIL", "HRVREB")]
    aid = "Japan agreed to provide 50 million dollars of aid for Laos and Cambodia."
    assert [t for _, t, _ in coded(coder, aid)] == ["LAO", "KHM"]
    tanks = "Russia supplied tanks, missiles and fuel to Belarus."
    assert coded(coder, tanks) == [("RUS", "BLR", "072")]
    loans = "China offered loans and technical assistance to Pakistan."
    assert coded(coder, loans) == [("CHN", "PAK", "0331")]
    money = "Germany provided 10 million euros in aid to Syrian refugees in Lebanon."
    assert coded(coder, money) == [("DEU", "SYRREF", "071")]
    bullets = "Police fired rubber bullets and water cannon at protesters in Minsk."
    assert coded(coder, bullets, "2020-08-10") == [("BLRCOP", "BLRCVL", "175")]
    shoppers = "Twelve shoppers were killed by a car bomb in Mogadishu."
    assert coded(coder, shoppers) == [("SOMUAF", "SOMCVL", "1832")]


@pytest.mark.model
def test_troops_protect_states_only_and_ones_own_troops_are_no_party(coder: Coder) -> None:
    """Sentences written for a review of this session's rules: troops sent "to help" where the
    parse names only an armed group protect no one (154); a threat to deploy one's own troops
    names no party; leaders "of" two countries that sign are parties, not places elsewhere."""
    help_fight = "Rwanda sent troops to help Mozambique fight insurgents in Cabo Delgado."
    assert [c for _, _, c in coded(coder, help_fight, "2021-07-10")] == ["154"]
    looting = "South Africa deployed 2,500 soldiers to help police contain the looting."
    assert coded(coder, looting) == [("ZAF", None, "154")]
    assert coded(coder, "North Korea threatened to deploy its troops along the frontier.") == []
    signed = (
        "ASMARA, July 9 (Reuters) - The leaders of Ethiopia and Eritrea signed a declaration "
        "on Monday ending two decades of hostility."
    )
    (event,) = code_text(signed, date="2018-07-09", coder=coder).events
    assert (event.source.code, event.target and event.target.code, event.cameo) == (
        "ETHGOV", "ERIGOV", "057"
    )  # fmt: skip
    assert event.location is not None and event.location.name == "Asmara"


@pytest.mark.model
def test_an_actors_unplaced_act_happened_where_its_other_act_in_the_sentence_did(
    coder: Coder,
) -> None:
    """Sentences written for this test: the same doer's act with no place of its own is
    placed where the sentence's location phrase puts its other act; another doer's is not."""
    text = "Kenya's president, who arrived in Addis Ababa on Monday, criticised the Sudanese junta."
    events = code_text(text, date="2021-10-26", coder=coder).events
    assert {(e.cameo, e.location and e.location.name) for e in events} == {
        ("042", "Addis Ababa"),
        ("111", "Addis Ababa"),
    }
    other = "Russia fired missiles at Kharkiv, a day after Germany said it would send tanks."
    placed = {e.source.code: e.location for e in code_text(other, coder=coder).events}
    assert placed["RUS"] is not None and placed["RUS"].country == "UKR"
    assert all(loc is None for code, loc in placed.items() if code != "RUS")


@pytest.mark.model
def test_second_review_cases_of_session_20_rules(coder: Coder) -> None:
    """Sentences written for a second review of this session's rules."""
    # another actor of the same code, or the same actor on another day, takes no place from
    # the sentence's location phrase
    for text in (
        "Putin visited Tehran on Tuesday as the Russian foreign ministry denounced US sanctions.",
        "Macron, who met Xi Jinping in Beijing last month, criticized China's support for Russia.",
    ):
        placed = [(e.cameo, e.location) for e in code_text(text, coder=coder).events]
        assert [c for c, loc in placed if loc is None] == ["111"], text
    # live rounds fired at protesters are repression, as shooting or killing them is (175; was
    # 193 here before lexicon session 28 made fire at protesters consistent with those rows)
    live = "Soldiers fired rubber bullets and live rounds at protesters in Baghdad."
    assert coded(coder, live) == [("IRQMIL", "IRQCVL", "175")]
    # a threat to send one's army against someone is aimed at them; the army is not the party
    maduro = "Maduro threatened to send the army against the protesters."
    assert [(s, t) for s, t, _ in coded(coder, maduro)] == [("VENGOV", "VENCVL")]
    junta = "The junta threatened to deploy troops against the strikers."
    assert [(s, t) for s, t, _ in coded(coder, junta)] == [("---MIL", "---LAB")]
    # "bases" is lemmatised "basis"; a site still stands for its holder
    bases = "Turkish warplanes bombed bases of Kurdish rebels."
    assert coded(coder, bases) == [("TURMIL", "TURREBKUR", "195")]
    # an object pattern wins over a generic one: asking forgiveness is apologising
    sorry = "The rebel commander asked forgiveness from the victims' families on Monday."
    assert [c for _, _, c in coded(coder, sorry)] == ["055"]


@pytest.mark.model
def test_a_demanded_withdrawal_is_aimed_at_whoever_is_to_withdraw(coder: Coder) -> None:
    """Sentences written for this test: the "of" phrase or possessor of a withdrawal names who
    is to withdraw, the party of the demand, before the place they leave; with no one named,
    the place is the party."""
    troops = "The EU demanded the withdrawal of Russian troops from Moldova."
    assert coded(coder, troops) == [("IGOEUREEC", "RUSMIL", "1056")]
    israel = "Lebanon demanded Israel's withdrawal from the border villages."
    assert coded(coder, israel) == [("LBN", "ISR", "1056")]
    bare = "The Arab League demanded a withdrawal from Lebanon."
    assert coded(coder, bare) == [("IGOARBALL", "LBN", "1056")]


@pytest.mark.model
def test_calls_for_a_release_a_ceasefire_or_talks_are_their_appeals(coder: Coder) -> None:
    """Sentences written for this test: what a call "for" asks gives the appeal's code."""
    release = "The UN called for the release of the detained journalists."
    assert [c for _, _, c in coded(coder, release)] == ["0253"]
    ceasefire = "The African Union appealed for a ceasefire in Sudan on Monday."
    assert [c for _, _, c in coded(coder, ceasefire)] == ["0256"]
    talks = "Norway called for talks between the government and the rebels."
    assert {c for _, _, c in coded(coder, talks)} == {"026"}
    # a call for aid is an appeal for aid; a call for sanctions, which are no giving way,
    # stays a plain appeal
    aid = "The UN called for more aid to Sudan."
    assert [c for _, _, c in coded(coder, aid)] == ["023"]
    sanctions = "Kenyan lawmakers called for sanctions against Sudan's generals."
    assert [c for _, _, c in coded(coder, sanctions)] == ["020"]


@pytest.mark.model
def test_session_21_actor_rules(coder: Coder) -> None:
    """Sentences written for this test."""
    # a building "in" a town is that town's country's, not the last actor's of its sector
    text = "Swedish doctors delivered medicine to a hospital in Aleppo."
    assert coded(coder, text) == [("SWEHLH", "SYRHLH", "073")]
    # peacekeepers no word ties to a country are no one's army: not the host's, not the event
    # place's, not the last army named
    found = codes(
        coder, "Congolese militias rejected the arrival of an East African peacekeeping force."
    )
    assert found["East African peacekeeping force"] == "---MIL"
    text = "Rebels attacked peacekeepers near the town of Kidal, killing two, the Malian army said."
    assert ("MLIREB", "---MIL", "190") in coded(coder, text)
    assert codes(coder, "Bangladeshi peacekeepers arrived. The peacekeepers left.")[
        "peacekeepers"
    ] == ("BGDMIL")
    # people an organisation's pronoun owns act for it (CODING.md)
    found = codes(coder, "NATO said its troops would stay in Kosovo.")
    assert found["its troops"] == "IGOWSTNAT"
    assert codes(coder, "Russia said its troops had left.")["its troops"] == "RUSMIL"


@pytest.mark.model
def test_a_demand_held_to_or_called_for_is_made_and_not_done(coder: Coder) -> None:
    """Sentences written for this test."""
    insisted = "The rebels insisted on their demand that the Malian government free the hostages."
    assert coded(coder, insisted) == [("MLIREB", "MLIGOV", "1053")]
    stood = "Tuareg rebels stood by their demand that Mali's government release the prisoners."
    assert coded(coder, stood) == [("MLIREBTMH", "MLIGOV", "1053")]  # Tuareg: groups.tsv
    # answering a demand is not making it
    assert coded(coder, "Mali's government responded to the demand that it free them.") == []
    # "called for X to resign" is a call on X; X did not resign
    text = "The Kenyan opposition called for the president to resign."
    assert coded(coder, text) == [("KENOPP", "KENGOV", "0241")]
    text = "Jordan appealed for Israel to lift the blockade of Gaza."
    assert coded(coder, text) == [("JOR", "ISR", "025")]
    assert coded(coder, "It is vital for Iran to cooperate with the inspectors, Macron said.") == []


@pytest.mark.model
def test_letting_a_politician_run_lifts_a_ban(coder: Coder) -> None:
    """Sentences written for this test."""
    text = "The Ugandan electoral commission allowed the opposition leader to run for president."
    assert coded(coder, text) == [("UGAGOV", "UGAOPP", "0812")]
    refused = "Egypt's army refused to allow the Muslim Brotherhood to contest the elections."
    assert coded(coder, refused) == [("EGYMIL", "EGYOPP", "1241")]  # refusing to lift a ban


@pytest.mark.model
def test_refusing_to_hand_over_power_rejects_a_leadership_change(coder: Coder) -> None:
    """Sentences written for this test."""
    text = "Prime Minister Abdulhamid Dbeibah refused to hand over power to the new council."
    assert coded(coder, text, "2022-03-01") == [("LBYGOV", None, "1231")]
    text = "Somali rebels refused to hand over the two Kenyan hostages."
    assert coded(coder, text) == [("SOMREB", "KENCVL", "1243")]


@pytest.mark.model
def test_session_21_parts_handovers_and_coordinated_demands(coder: Coder) -> None:
    """Sentences written for this test."""
    # a number, "several" or "the last" of a group is of that group; a convoy is of its people
    assert coded(coder, "Kenyan police killed two of the gunmen in Nairobi.") == [
        ("KENCOP", "KENUAF", "190")
    ]
    convoy = "Tuareg rebels attacked a convoy of Malian soldiers near Gao."
    assert coded(coder, convoy) == [("MLIREBTMH", "MLIMIL", "190")]  # Tuareg: groups.tsv
    # handing power over is a leadership change, with or without "over" or a named heir
    text = "Liberian President Charles Taylor handed power to Vice President Moses Blah."
    assert coded(coder, text, "2003-08-11") == [("LBRGOV", None, "0831")]
    # what is coordinated with a demand's content is asked for too, not done
    text = "Bangladesh's opposition demanded that Sheikh Hasina step down and hand over power."
    assert coded(coder, text) == [("BGDOPP", "BGDGOV", "1041")]
    # a gerund after "said" is what the speaker talks about, not the speaker's act
    text = "Chad's opposition leader said handing power to the general's son was a coup."
    assert coded(coder, text) == []
    # a person the dictionary knows, named in full, is no place
    text = "Kufuor met South Africa's Thabo Mbeki in Accra on Monday."
    found = extracted(coder, text, "2003-08-11")
    assert [p.text for p in found.places] == ["South Africa", "Accra"]


@pytest.mark.model
def test_a_demanders_next_act_and_a_said_gerund_that_goes_on(coder: Coder) -> None:
    """Sentences written for this test (after a review of the session's rules)."""
    # a finite verb the parser hangs on a demand's content is the demander's next act
    text = "Egypt's president demanded that parliament approve the budget and then left for Paris."
    assert ("EGYGOV", "FRA", "042") in coded(coder, text)
    text = "Armenia denied that its troops had started the fighting and accused Azerbaijan of lies."
    assert ("ARM", "AZE", "112") in coded(coder, text)
    # a gerund after "said" whose clause says it goes on is the speaker's own act
    assert coded(coder, "Turkey said bombing Kurdish positions in Syria would continue.") == [
        ("TUR", None, "195")
    ]
    # a resignation letter handed over is a resignation; financial transactions suspended an
    # embargo; "its central bank" is a state's, not the organisation's that acts on it
    text = "Algerian President Abdelaziz Bouteflika handed his resignation letter to the council."
    assert coded(coder, text, "2019-04-02") == [("DZAGOV", None, "0831")]
    assert coded(coder, "ECOWAS suspended financial transactions with Niger.") == [
        ("IGOWAFWAS", "NER", "163")
    ]
    text = "ECOWAS suspended trade with Niger and froze the assets of its central bank."
    assert codes(coder, text)["its central bank"] == "NERGOV"
    # a building whose town the parser hangs on the verb; what a 'for … to' clause's verb is
    # coordinated with is wanted too
    assert coded(coder, "Egyptian jets hit a school in Hodeidah.") == [("EGYMIL", "YEMEDU", "195")]
    text = "The Kenyan teachers' union called for workers to strike and block the roads."
    assert coded(coder, text) == []


@pytest.mark.model
def test_a_deployment_of_peacekeepers_arriving_keeps_the_peace(coder: Coder) -> None:
    """Sentence written for this test: the peacekeepers are named inside the subject's
    phrase, not by the mention's own words."""
    text = "The first contingent of African Union peacekeeping troops arrived in Mogadishu."
    assert coded(coder, text) == [("IGOAFRAFU", "SOM", "074")]


@pytest.mark.model
def test_a_protest_is_aimed_at_whom_it_defies_before_the_state_of_its_streets(
    coder: Coder,
) -> None:
    """Sentence written for this test."""
    text = "Kurdish protesters blocked roads in Germany in defiance of the Turkish government."
    assert coded(coder, text) == [("DEUCVLKUR", "TUR", "144")]
    assert coded(coder, "Albanians demonstrated in Serbia on Sunday.") == [("ALB", "SRB", "141")]


@pytest.mark.model
def test_a_crowds_rally_and_an_act_done_by_means_of_another(coder: Coder) -> None:
    """Sentences written for this test."""
    assert coded(coder, "Thousands of junta supporters rallied in Niamey on Sunday.") == [
        ("NERCVL", "NER", "141")
    ]
    # "by"-gerunds: the verb's subject acts, with the verb's negation and modality
    text = "Belgrade retaliated on Saturday by ordering Montenegro's envoy to leave."
    assert coded(coder, text, "2020-11-29") == [("SRB", "MNEGOV", "161")]
    text = "Romania said it would not respond by expelling Moldova's envoy."
    events = code_text(text, date="2023-05-10", coder=coder).events
    assert [(e.cameo, e.negated) for e in events] == [("1313", True)]
    # the means of an act one is accused of is the accused's, not the accuser's
    text = "Kenya accused Somalia of arming the militants by sending weapons."
    assert coded(coder, text) == [("KEN", "SOM", "112")]


@pytest.mark.model
def test_second_review_cases_of_session_21_rules(coder: Coder) -> None:
    """Sentences written for this test, after a helper's review of the session's rules."""
    # a reported fact's second act is the fact's doer's, not the reporter's
    text = (
        "Rights groups documented that Chadian soldiers had beaten detainees and shot protesters."
    )
    assert all(source == "TCDMIL" for source, _, _ in coded(coder, text))
    # but the reporter's own speech act is the reporter's, and so is a summons after "insisted"
    text = "Greece insisted that Turkey had violated its airspace and summoned the Turkish envoy."
    assert ("GRC", "TURGOV", "114") in coded(coder, text)
    # "suspended the trade minister from his post" is no embargo
    text = "Peru's president suspended the trade minister from his post pending an inquiry."
    assert [code for _, _, code in coded(coder, text)] == ["172"]
    # an official whose title mentions peacekeeping visits; a currency rallies; leaders rallying
    # behind a bid support it
    text = "The French minister responsible for peacekeeping operations arrived in Mali."
    assert coded(coder, text) == [("FRAGOV", "MLI", "042")]
    assert coded(coder, "The Turkish lira rallied in early trading on Monday.") == []
    text = "European leaders rallied in Brussels behind Ukraine's bid to join the bloc."
    assert [code for _, _, code in coded(coder, text)] == ["053"]


@pytest.mark.model
def test_a_speech_act_hung_on_another_acts_clause_is_the_speakers(coder: Coder) -> None:
    """Sentences written for this test: jets and rockets do not accuse, whatever the tense."""
    text = "Russia denied that its jets bombed the market in Kharkiv and accused Ukraine of lying."
    assert ("RUS", "UKR", "112") in coded(coder, text)
    text = "Israel said Hamas fired rockets at Ashkelon and accused Iran of arming the group."
    assert ("ISR", "IRN", "112") in coded(coder, text)


@pytest.mark.model
def test_condemning_the_deployment_answers_whoever_sent_the_troops(coder: Coder) -> None:
    """Sentences written for this test."""
    text = "Russia moved 5,000 troops to the Georgian border. Turkey condemned the deployment."
    assert ("TUR", "RUS", "111") in coded(coder, text)


@pytest.mark.model
def test_what_is_done_without_names_no_party(coder: Coder) -> None:
    """Sentences written for this test."""
    text = "Former President Ghani agreed to step down without returning to Afghanistan."
    assert coded(coder, text, "2022-07-14") == [("AFGELI", None, "0341")]


@pytest.mark.model
def test_a_truce_or_withdrawal_in_ones_own_country_names_no_party(coder: Coder) -> None:
    """Sentences written for this test: a place of one's own country is where, not whom."""
    text = "Hezbollah declared a unilateral truce on Friday in southern Lebanon."
    assert coded(coder, text) == [("IMGLBNHEZ", None, "0871")]
    assert coded(coder, "Israeli troops withdrew from the Gaza Strip on Monday.") == [
        ("ISRMIL", "PSE", "0874")
    ]


@pytest.mark.model
def test_a_state_of_emergency_is_imposed_not_an_independent_state(coder: Coder) -> None:
    """Sentences written for this test: "imposed a state of emergency" is 1724 on the place's
    people; "declared an independent state" is no emergency; an actor named in a "following"
    phrase is not whom the measure binds."""
    text = "The Thai government imposed a state of emergency in Bangkok on Tuesday."
    assert coded(coder, text) == [("THAGOV", "THACVL", "1724")]
    assert not any(c == "1724" for _, _, c in coded(coder, "Kosovo declared an independent state."))
    text = (
        "Ecuador's president imposed a state of emergency following the escape of the gang "
        "leader Adolfo Macías from a prison."
    )
    assert coded(coder, text, "2024-01-09") == [("ECUGOV", None, "1724")]


@pytest.mark.model
def test_a_capitals_name_is_a_local_town_only_when_the_story_is_there(coder: Coder) -> None:
    """Sentences written for this test: Tripoli in a story of Lebanon is the Lebanese port, in
    a story naming no other country it is Libya's capital; Rome stays Italy's in a story of
    Americans (Rome, Georgia is a small town)."""
    text = "Jordanian mediators met rival militias in Tripoli, the Lebanese port city, on Friday."
    assert coded(coder, text) == [("JORGOV", "LBNUAF", "042")]  # a meeting there: a visit
    text = "Tripoli said it would expel the Italian ambassador."
    assert ("LBY", "ITAGOV", "1313") in coded(coder, text)
    text = "Rome said it would expel the American ambassador."
    assert ("ITA", "USAGOV", "1313") in coded(coder, text)


@pytest.mark.model
def test_aid_goes_to_whom_its_purpose_helps(coder: Coder) -> None:
    """Sentences written for this test: aid with no recipient phrase is for whom its purpose
    clause helps or defends, not for whom the helped fight."""
    assert coded(coder, "Poland sent artillery to help defend Ukraine.") == [("POL", "UKR", "072")]
    assert coded(coder, "Iran sent weapons to help Hezbollah fight Israel.") == [
        ("IRN", "IMGLBNHEZ", "072")
    ]
    assert coded(coder, "France sent medicine to help Haiti.") == [("FRA", "HTI", "073")]
    assert coded(coder, "Iran sent weapons to fight the Kurdish rebels.") == []


@pytest.mark.model
def test_a_court_ordering_someone_to_appear_demands_cooperation(coder: Coder) -> None:
    """Sentences written for this test."""
    text = "A Brazilian court summoned former president Jair Bolsonaro to testify about the riots."
    assert coded(coder, text, "2024-02-08") == [("BRAJUD", "BRAELI", "1013")]
    text = "An Argentine judge summoned the former foreign minister to appear for questioning."
    assert [c for _, _, c in coded(coder, text)] == ["1013"]


@pytest.mark.model
def test_a_possessive_in_what_one_is_asked_to_do_is_the_addressees(coder: Coder) -> None:
    """Sentences written for this test: the troops one is urged to withdraw are one's own, not
    the urger's; what is reported as done keeps its speaker."""
    DAY = dt.date(2024, 3, 1)
    found = dict(mentions(coder, "The United States urged Russia to withdraw its troops.", DAY))
    assert found["its troops"] == "RUSMIL"
    text = "Serbia demanded that Kosovo withdraw its police from the north."
    assert dict(mentions(coder, text, DAY))["its police"] == "XKXCOP"
    text = "Turkey said Greece must halt its military exercises."
    assert dict(mentions(coder, text, DAY))["its military exercises"] == "GRCMIL"
    text = "Russia said Ukrainian jets bombed its positions near Kursk."
    assert ("its", "RUS") in mentions(coder, text, DAY)


@pytest.mark.model
def test_parties_of_complaints_withdrawals_and_concessions(coder: Coder) -> None:
    """Sentences written for this test: a complaint to a forum is aimed at whom it is about;
    one's own forces withdrawn are no party, where they leave is; a strike called off after
    talks gives in to whom one talked with."""
    text = "Ukraine complained to the United Nations over Russian missile strikes on its ports."
    assert coded(coder, text) == [("UKR", "RUS", "114")]
    text = "Japan lodged a protest with China over the detention of a Japanese businessman."
    assert coded(coder, text) == [("JPN", "CHN", "114")]
    text = (
        "Ghana said it will withdraw its peacekeepers from Mali unless the junta frees the "
        "detained ministers."
    )
    assert coded(coder, text) == [("GHA", "MLI", "136")]
    text = "Kenyan doctors called off their strike after talks with the health ministry."
    # and the talks they held (046, since session 33)
    assert coded(coder, text) == [("KENHLH", "KENGOV", "082"), ("KENHLH", "KENGOV", "046")]
    assert coded(coder, "The union called off the strike after a meeting in Lagos.") == [
        ("NGALAB", None, "082")
    ]


@pytest.mark.model
def test_what_is_observed_is_not_done_and_what_is_resorted_to_is(coder: Coder) -> None:
    """Sentences written for this test: an event noun a verb observes or reports is not its
    subject's act, unless the noun names its own doer; a gerund "resorted to" is done."""
    assert coded(coder, "The UN documented attacks on civilians in Darfur.") == []
    assert coded(coder, "The army expects protests in the capital.") == []
    text = "The UN documented Russian attacks on civilians in Kharkiv."
    assert coded(coder, text) == [("RUS", "UKRCVL", "190")]
    text = "Protesters in Nairobi resorted to throwing stones at the police."
    assert coded(coder, text) == [("KENCVL", "KENCOP", "145")]


@pytest.mark.model
def test_review_cases_of_session_22_rules(coder: Coder) -> None:
    """Sentences a reviewer wrote for this session's rules, whose first versions got them
    wrong: a capital that speaks or acts stays the capital, and only a country named as a place
    makes a town local (not "Canadian tourists"); a possessive on what is handed over, or in a
    reported fact, keeps its speaker; aid "to help fight" someone is not for them; ordering an
    army to appear is no court's demand."""
    text = (
        "Canada's foreign minister said London had agreed to share intelligence on Russian spies."
    )
    assert ("London", "GBR") in mentions(coder, text, dt.date(2024, 3, 1))
    text = "Police in Kingston arrested two Canadian tourists accused of smuggling cocaine."
    assert coded(coder, text) == [("JAMCOP", "CANCVL", "173")]
    text = "Togolese President Faure Gnassingbe flew to Rome to meet Pope Francis."
    assert ("TGOGOV", "ITA", "042") in coded(coder, text, "2024-02-08")
    text = "Russia told the UN Security Council that Ukrainian drones had attacked its airfields."
    assert coded(coder, text) == [("UKRMIL", "RUS", "1952")]
    text = "Pakistan urged India to release its fishermen held in Gujarat jails."
    assert ("its fishermen", "PAKAGR") in mentions(coder, text, dt.date(2024, 3, 1))
    assert coded(coder, "The United States sent weapons to help fight the Islamic State.") == []
    text = "The president ordered the army to appear on the streets of the capital."
    assert coded(coder, text) == []


@pytest.mark.model
def test_a_dateline_region_is_a_province_before_a_namesake_town(coder: Coder) -> None:
    """Sentences written for this test: Ontario in a dateline is the Canadian province, not
    Ontario, California."""
    text = "KINGSTON, Ontario (AP) — Police arrested two protesters outside city hall on Friday."
    assert coded(coder, text, "2024-02-10") == [("CANCOP", "CANCVL", "173")]


@pytest.mark.model
def test_a_pope_is_the_vatican_not_a_namesake(coder: Coder) -> None:
    """Sentences written for this test: "Pope Francis" is no Sierra Leonean minister called
    Francis."""
    found = mentions(coder, "Pope Francis met the Togolese president.", dt.date(2024, 2, 8))
    assert ("Pope Francis", "VATGOV") in found


@pytest.mark.model
def test_refusals_despite_pressure_threats_to_withdraw_and_blades(coder: Coder) -> None:
    """Sentences written for this test: a refusal answers whom it defies; a withdrawal held
    over someone "unless" they act is a threat (CODING.md §5), a release on a condition is
    not; attackers armed with machetes use unconventional violence (180), with rifles force."""
    text = "The prime minister refused to step down despite calls from opposition parties."
    assert coded(coder, text) == [("---GOV", "---OPP", "1231")]
    text = "Israel rejected the ceasefire proposal despite pressure from the United States."
    assert coded(coder, text) == [("ISR", "USA", "127")]  # a proposal rejected
    text = (
        "Ghana announced that it will withdraw its peacekeeping force from Mali unless the "
        "junta frees the detained ministers."
    )
    assert coded(coder, text) == [("GHA", "MLI", "130")]
    text = "The rebels said they will release the hostages if the government pays a ransom."
    assert [c for _, _, c in coded(coder, text)] == ["0353"]
    text = "Gunmen armed with machetes attacked a village in Plateau state, killing 20 people."
    assert [c for _, _, c in coded(coder, text)] == ["180"]
    assert [c for _, _, c in coded(coder, "Soldiers armed with rifles attacked the village.")] == [
        "190"
    ]


@pytest.mark.model
def test_second_review_cases_of_session_22_rules(coder: Coder) -> None:
    """Sentences a second reviewer wrote, whose first versions were wrong: a deployment to an
    ally is no threat to it; talks someone else held are no party of one's concession; a US
    state in a dateline is no country; tanks one will supply are no recipient."""
    text = "Germany will station its troops in Lithuania permanently, the defence minister said."
    assert not any(c.startswith("13") for _, _, c in coded(coder, text))
    text = "The unions called off the strike after the government's talks with the IMF."
    assert coded(coder, text) == [("---LAB", None, "082")]
    text = "ATHENS, Georgia (AP) — Police arrested two students on Friday."
    assert coded(coder, text, "2024-02-10") == [("USACOP", "USAEDU", "173")]
    text = "TBILISI, Georgia (AP) — Police arrested two protesters on Friday."
    assert coded(coder, text, "2024-02-10") == [("GEOCOP", "GEOCVL", "173")]
    text = "Britain will supply its Challenger tanks to help Kyiv repel the Russian offensive."
    assert coded(coder, text) == [("GBR", "UKR", "0332")]


@pytest.mark.model
def test_an_organisations_seat_is_not_the_storys_country(coder: Coder) -> None:
    """Sentences written for this test: "a Britain-based monitor" does not make the unnamed
    government forces of the story British; a London-based group is still British."""
    text = (
        "The Syrian Observatory for Human Rights, a Britain-based monitor, said government "
        "forces shelled Douma."
    )
    assert not any(
        code.startswith("GBR")
        for _, code in mentions(coder, text, dt.date(2024, 1, 1))
        if code != "GBR"
    )
    text = "A London-based rights group said Iranian police arrested 20 students."
    assert ("London-based rights group", "GBRNGO") in mentions(coder, text, dt.date(2024, 1, 1))


@pytest.mark.model
def test_third_review_cases_of_session_22_rules(coder: Coder) -> None:
    """Sentences a third reviewer wrote, whose first versions were wrong: only a withdrawal of
    help "unless" is a threat; one's own leader's talks are one's own; a refusal's own party
    is not replaced by whom it defies; a dateline's US state is the state all through the
    story, and "CAIRO, Illinois" is no Egypt."""
    text = (
        "Israel said it will withdraw its forces from southern Lebanon unless Hezbollah attacks "
        "resume."
    )
    assert coded(coder, text) == [("ISR", "LBN", "0356")]
    text = "Sri Lanka eased restrictions after the president's talks with India."
    assert coded(coder, text) == [("LKA", "IND", "081")]
    text = "The president refused to meet the Chinese envoy despite requests from Beijing."
    assert ("CHNGOV", "CHN", "125") not in coded(coder, text)
    text = (
        "ATHENS, Georgia (AP) — Police arrested a student on Monday. The governor of Georgia "
        "praised the officers."
    )
    assert not any(s.startswith("GEO") for s, _, _ in coded(coder, text, "2024-02-10"))
    text = "CAIRO, Illinois (AP) — Protesters clashed with police on Monday."
    assert coded(coder, text, "2024-02-10") == [("USACVL", "USACOP", "145")]


@pytest.mark.model
def test_an_event_nouns_by_agent_is_its_doer(coder: Coder) -> None:
    """Sentences written for this test: the agent in an event noun's "by" phrase does it, also
    when the noun is what a report documents."""
    text = "Amnesty International documented the torture of detainees by Syrian security forces."
    assert coded(coder, text) == [("SYRCOP", "SYRCVL", "1822")]


@pytest.mark.model
def test_a_seat_of_power_is_in_its_capital_and_seas_are_no_ones(coder: Coder) -> None:
    """Sentences written for this test: "the White House" as a place is Washington, not
    Casablanca (whose name means "white house"); the Red Sea is no Sudanese state."""
    events = code_text("Netanyahu met Biden at the White House on Tuesday.", coder=coder).events
    assert [(e.cameo, e.location and e.location.name) for e in events] == [("040", "Washington")]
    text = "Houthi rebels fired missiles at a commercial ship in the Red Sea."
    assert coded(coder, text) == [("IMGYEMHOU", None, "194")]


@pytest.mark.model
def test_a_multinational_force_is_no_business_and_no_one_states(coder: Coder) -> None:
    """Sentences written for this test: "multinational" before "force" names several states'
    troops, not a multinational company, nor the army of the state that leads them."""
    text = "Kenya offered to lead a multinational force to help Haiti."
    found = mentions(coder, text, dt.date(2024, 2, 10))
    assert ("multinational force", "---MIL") in found
    found = mentions(coder, "The multinational company opened a factory.", dt.date(2024, 2, 10))
    assert ("multinational company", "---BUS") in found


@pytest.mark.model
def test_a_withdrawal_is_from_the_place_left_and_across_ones_own_border(coder: Coder) -> None:
    """Sentences written for this test: a particle the parser reads as an adverb ("back") or a
    preposition ("out of") still selects the pattern; a repeated possessive has one owner, so
    "its border" is the source's own and the party is the one across it; a withdrawal from a
    town is from the town's state."""
    text = "Armenia withdrew its troops from its border with Azerbaijan."
    assert coded(coder, text) == [("ARM", "AZE", "0874")]
    text = "Armenia pulled its forces back from the border with Azerbaijan."
    assert coded(coder, text) == [("ARM", "AZE", "0874")]
    text = "Israel pulled its troops out of the Lebanese village."
    assert coded(coder, text) == [("ISR", "LBN", "0874")]
    assert coded(coder, "Russian forces retreated from Kherson.") == [("RUSMIL", "UKR", "0874")]
    text = "Greece sealed its frontier with Turkey after the clashes."
    assert coded(coder, text) == [("GRC", "TUR", "191")]
    text = "The rebels hit back at the army after the raid."
    assert coded(coder, text) == [("---REB", "---MIL", "190")]


@pytest.mark.model
def test_victims_belong_to_the_place_struck_not_to_the_attacker(coder: Coder) -> None:
    """Sentences written for this test: people killed by a strike "on" a town, or a hospital
    stormed "in" a town, are the town's country's, not the attackers' (the article's most
    named country); a bare city name means its far larger namesake (Odesa, not Odessa, Texas),
    unless the article names the country of the smaller one."""
    text = "Russian missile strikes on Kharkiv killed at least seven people."
    assert coded(coder, text) == [("RUS", "UKRCVL", "194")]
    text = "A Russian drone attack on Odesa killed four people."
    assert coded(coder, text) == [("RUSMIL", "UKRCVL", "195")]
    text = "Israeli forces stormed a hospital in Khan Younis."
    assert coded(coder, text) == [("ISRMIL", "PSEHLH", "190")]
    assert coded(coder, "Israeli forces stormed a hospital in Gaza.") == [
        ("ISRMIL", "PSEHLH", "190")
    ]


@pytest.mark.model
def test_an_amounts_in_phrase_is_part_of_what_is_withheld(coder: Coder) -> None:
    """Sentences written for this test: "billions in funding from Hungary" names the party
    behind an "in" phrase the parser hangs on the verb, which is no place."""
    text = (
        "The European Commission threatened to withhold billions of euros in funding from Hungary."
    )
    assert coded(coder, text) == [("IGOEURCOM", "HUN", "1311")]
    text = "The IMF withheld $1 billion in loans from Pakistan."
    assert coded(coder, text) == [("IGOUNOIMF", "PAK", "1621")]


@pytest.mark.model
def test_talks_between_two_parties_and_fire_they_exchange(coder: Coder) -> None:
    """Sentences written for this test: an event noun that is its sentence's subject is done
    between the parties of its "between" phrase (once, as a symmetric event), but not a noun
    another act only concerns; troops that exchange fire fire at each other."""
    text = "Talks between Armenia and Azerbaijan on a peace treaty resumed in Washington."
    assert coded(coder, text) == [("ARM", "AZE", "046")]
    text = "Peacekeepers were deployed to oversee a ceasefire between Ethiopia and Eritrea."
    assert coded(coder, text) == []
    text = "Indian and Pakistani troops exchanged fire across the Line of Control."
    assert coded(coder, text) == [("INDMIL", "PAKMIL", "193"), ("PAKMIL", "INDMIL", "193")]


@pytest.mark.model
def test_a_possessive_on_moved_forces_is_the_movers_whoever_reports_it(coder: Coder) -> None:
    """Sentences written for this test: "its border" in a withdrawal is the withdrawing
    state's, not the reporter's named after the clause."""
    text = "Serbia pulled back troops from its border with Kosovo, the White House said."
    assert coded(coder, text) == [("SRB", "XKX", "0874")]
    text = "Russia withdrew troops from its positions near Kherson, the Pentagon said."
    assert coded(coder, text) == [("RUS", "UKR", "0874")]


@pytest.mark.model
def test_an_object_pronoun_is_not_its_own_verbs_subject(coder: Coder) -> None:
    """Sentences written for this test: "him" after "Xi praised" is someone named before, not
    Xi."""
    text = "Lula visited Beijing. Xi praised him as an old friend of China."
    assert ("CHNGOV", "BRAGOV", "051") in coded(coder, text)
    text = "Iran's president rejected the plan. Macron urged him to accept it."
    assert coded(coder, text) == [("FRAGOV", "IRNGOV", "020")]


@pytest.mark.model
def test_force_on_a_town_for_a_span_of_time(coder: Coder) -> None:
    """Sentences written for this test: "for hours" is a duration, not the "for" of a verbal
    attack (111); a town struck as the object is its state's; civilians killed in a town that
    was shelled are its country's."""
    text = "Israeli jets attacked Hezbollah positions for a second day."
    assert coded(coder, text) == [("ISRMIL", "IMGLBNHEZ", "195")]
    assert coded(coder, "Russian forces attacked Kharkiv for hours.") == [("RUSMIL", "UKR", "190")]
    text = "Russian forces shelled Kherson, killing three civilians."
    assert coded(coder, text) == [("RUSMIL", "UKRCVL", "194")]


@pytest.mark.model
def test_victims_of_an_attack_named_in_a_phrase(coder: Coder) -> None:
    """Sentences written for this test: a passive killing with no "by" agent is done by whoever
    the attack noun of its "in" phrase names, with the attack's weapon."""
    text = "Haniyeh was killed in an Israeli air strike in Tehran."
    assert coded(coder, text, "2024-07-31") == [("ISR", "IMGPSEHMS", "195")]
    text = "Three soldiers were killed in a Taliban attack in Kandahar."
    assert coded(coder, text) == [("IMGAFGTAL", "AFGMIL", "190")]
    text = "Two Ukrainian civilians were wounded in Russian shelling of Kherson."
    assert coded(coder, text) == [("RUS", "UKRCVL", "194")]
    assert coded(coder, "Twelve people were killed in an explosion at a market.") == []


@pytest.mark.model
def test_an_infinitive_split_from_its_verb_by_a_date_is_its_complement(coder: Coder) -> None:
    """Sentences written for this test: "vowed on Thursday to punish" is a vow to punish (the
    parser makes "to punish" a clause of its own); "ordered soldiers onto the streets on Monday
    to support the police" keeps its purpose clause; "would keep attacking" is a stated
    intent, and "could resume shelling" is not coded."""
    text = "Turkey's president vowed on Thursday to punish the PKK."
    assert coded(coder, text) == [("TURGOV", "IMGTURPKK", "130")]
    text = "Iran threatened on Tuesday to expel the French ambassador."
    assert coded(coder, text) == [("IRN", "FRAGOV", "1313")]
    text = "Nasrallah said Hezbollah would keep attacking Israel."
    assert coded(coder, text, "2024-03-01") == [("IMGLBNHEZ", "ISR", "138")]
    assert coded(coder, "The rebels could resume shelling the city.") == []


@pytest.mark.model
def test_a_groups_late_leader_keeps_the_groups_code(coder: Coder) -> None:
    """Sentences written for this test: after his death, a group's leader is still the group's
    (there is no "IMGELI"), and before his first dated role too."""
    text = "Former leader Nasrallah praised Iran."
    assert coded(coder, text, "2024-10-20") == [("IMGLBNHEZ", "IRN", "051")]
    assert coded(coder, "Nasrallah praised Iran.", "1985-10-20") == [("IMGLBNHEZ", "IRN", "051")]


@pytest.mark.model
def test_a_meeting_in_one_sides_country_is_the_others_visit(coder: Coder) -> None:
    """Sentences written for this test (CODING.md §8): "met X in X's capital" is a visit,
    visitor → host, whichever is named first; a meeting in a third country stays 040; a word
    of an organisation's name ("Criminal") is no judgement."""
    text = "Lavrov met Wang Yi in Beijing on Tuesday."
    assert coded(coder, text) == [("RUSGOV", "CHNGOV", "042")]
    text = "Wang Yi met Lavrov in Beijing on Tuesday."
    assert coded(coder, text) == [("RUSGOV", "CHNGOV", "042")]
    assert coded(coder, "Putin met Erdogan in Astana.") == [("RUSGOV", "TURGOV", "040")]
    text = (
        "Ukraine's foreign minister said Kyiv was ready to cooperate with the International "
        "Criminal Court."
    )
    assert coded(coder, text) == [("UKR", "IGOWLDICC", "031")]


@pytest.mark.model
def test_arms_sent_to_a_state_are_military_aid_and_warnings_reach_the_warned(coder: Coder) -> None:
    """Sentences written for this test: air-defence systems sent or delivered "to" a state are
    military aid (072; promised, 0332); tanks sent anywhere stay a deployment (154: "sent
    tanks to its border with Ukraine" is no aid to Ukraine); "warned China of consequences"
    warns China."""
    text = "The US sent air defence systems to Israel."
    assert coded(coder, text) == [("USA", "ISR", "072")]
    text = "Russia sent tanks to its border with Ukraine."
    assert coded(coder, text) == [("RUS", "UKR", "154")]
    text = "Germany will deliver two more Patriot systems to Ukraine."
    assert coded(coder, text) == [("DEU", "UKR", "0332")]
    assert coded(coder, "Russia sent tanks into eastern Ukraine.") == [("RUS", "UKR", "154")]
    text = "The United States warned China of consequences if it arms Russia."
    assert coded(coder, text) == [("USA", "CHN", "130")]


@pytest.mark.model
def test_agreeing_to_a_ceasefire_is_an_agreement_to_de_escalate(coder: Coder) -> None:
    """Sentences written for this test: "agreed to a ceasefire" is an agreement to de-escalate
    (0356, PLOVER AGREE), mutual when two sides agree, aimed at the truce's other side ("with
    Hamas"), not at whom its purpose clause names."""
    text = "Hezbollah and Israel agreed to a ceasefire on Tuesday after months of fighting."
    assert coded(coder, text) == [("IMGLBNHEZ", "ISR", "0356")]
    text = "Israel agreed to a temporary ceasefire with Hamas to allow the release of hostages."
    assert coded(coder, text) == [("ISR", "IMGPSEHMS", "0356")]
    assert coded(coder, "Russia agreed to talks with Ukraine.") == [("RUS", "UKR", "030")]


@pytest.mark.model
def test_a_denial_answers_an_investigation_and_deployments_face_across_a_border(
    coder: Coder,
) -> None:
    """Sentences written for this test: a denial of wrongdoing after an investigation answers
    the investigators; a probe one condemns is the investigators'; troops deployed near one's
    border with a neighbour face the neighbour."""
    text = (
        "Brazil's federal police launched an investigation into former president Jair "
        "Bolsonaro over an alleged plot. Bolsonaro has denied any wrongdoing."
    )
    assert ("BRAELI", "BRACOP", "016") in coded(coder, text, "2024-03-14")
    text = "Venezuela deployed troops near its border with Guyana."
    assert coded(coder, text) == [("VEN", "GUY", "154")]


@pytest.mark.model
def test_a_plan_is_aimed_at_whoever_backs_it(coder: Coder) -> None:
    """Sentences written for this test: rejecting or welcoming a proposal or deal with no
    other party is aimed at whoever put it forward or brokered it; "a ceasefire proposal" is
    a proposal (127), not a ceasefire refused (1246), while "a hunger strike" stays a hunger
    strike."""
    text = "Israel rejected a ceasefire proposal put forward by Egypt and Qatar."
    assert coded(coder, text) == [("ISR", "EGY", "127"), ("ISR", "QAT", "127")]
    text = "Russia welcomed the Turkish-brokered grain deal."
    assert coded(coder, text) == [("RUS", "TUR", "051")]
    text = "The jailed activist Narges Mohammadi began a hunger strike in protest."
    assert [code for _, _, code in coded(coder, text)] == ["142"]


@pytest.mark.model
def test_the_two_leaders_are_the_parties_told_before(coder: Coder) -> None:
    """Sentences written for this test: "the two presidents" as a subject are the two
    parties of the act the story told before; "accused each other" is two events, one each
    way (CODING.md §7)."""
    text = (
        "Kenyan President William Ruto hosted Somali President Hassan Sheikh Mohamud in "
        "Nairobi on Friday. The two presidents signed an agreement on border security."
    )
    assert ("KENGOV", "SOMGOV", "057") in coded(coder, text, "2024-03-14")
    text = "India and Pakistan accused each other of violating the ceasefire."
    assert coded(coder, text) == [("IND", "PAK", "112"), ("PAK", "IND", "112")]


@pytest.mark.model
def test_foreign_troops_ordered_out_and_talks_wrapped_up(coder: Coder) -> None:
    """Sentences written for this test: foreign troops ordered to leave are a foreign presence
    expelled (166), not people (174); talks wrapped up or concluded were held (046)."""
    text = "Niger's junta ordered French troops to leave the country."
    assert coded(coder, text) == [("NERMIL", "FRAMIL", "166")]
    text = "U.S. and Chinese trade negotiators wrapped up two days of talks in Geneva."
    assert coded(coder, text) == [("USAGOV", "CHNGOV", "046")]


@pytest.mark.model
def test_second_review_of_session_23_rules(coder: Coder) -> None:
    """Sentences written for this test, from a review of this session's rules: talks that are
    due, will or could resume, or broke down, are not held; "jailed for 26 years" keeps its
    sentence (116) and "for a week of protests" its call; a counterattack "with drones" is by
    air; "the two presidents discussed" is a meeting between them."""
    for text in (
        "Talks between Israel and Hamas are due to resume in Cairo next week.",
        "Talks between Egypt and Ethiopia will resume in Addis Ababa on Sunday.",
        "Talks between Ukraine and Russia broke down in March 2022.",
    ):
        assert coded(coder, text) == [], text
    text = "A Nicaraguan court jailed the bishop for 26 years."
    assert coded(coder, text) == [("NICJUD", "NICREL", "116")]
    text = "The opposition called for a week of protests against President Kais Saied."
    assert [code for _, _, code in coded(coder, text)] == ["020"]
    text = "Iran hit back at Israel with drones and missiles."
    assert coded(coder, text) == [("IRN", "ISR", "1952")]
    text = (
        "Egypt's president Abdel Fattah al-Sisi spoke with Erdogan by phone. The two "
        "presidents discussed the war in Gaza."
    )
    assert ("EGYGOV", "TURGOV", "040") in coded(coder, text, "2024-03-14")


@pytest.mark.model
def test_a_mediator_named_by_a_participle_or_absolute_phrase_mediates(coder: Coder) -> None:
    """Sentences written for this test: a mediator named by an absolute "with" phrase or by a
    participle of the act's noun mediates (045) to each party, and is no party of the act
    itself; a rejected plan's broker mediates nothing."""
    text = "Ethiopia and Kenya held talks in Addis Ababa, with Uganda mediating."
    assert coded(coder, text) == [
        ("ETH", "KEN", "046"),
        ("UGA", "ETH", "045"),
        ("UGA", "KEN", "045"),
    ]
    text = "Chad and Sudan signed an EU-brokered border agreement."
    assert coded(coder, text) == [
        ("TCD", "SDN", "057"),
        ("IGOEUREEC", "TCD", "045"),
        ("IGOEUREEC", "SDN", "045"),
    ]
    text = "Peru and Ecuador agreed to a truce mediated by Brazil."
    assert coded(coder, text) == [
        ("PER", "ECU", "0356"),
        ("BRA", "PER", "045"),
        ("BRA", "ECU", "045"),
    ]
    assert coded(coder, "Colombia rejected a peace plan brokered by Cuba.") == [
        ("COL", "CUB", "127")
    ]


@pytest.mark.model
def test_parties_that_swap_give_to_each_other(coder: Coder) -> None:
    """Sentences written for this test: two parties that exchange prisoners each release them
    to the other (not to the prisoners), and the swap's broker is no place."""
    text = "Armenia and Azerbaijan exchanged 32 prisoners on Wednesday in a swap brokered by Qatar."
    article = code_text(text, date="2024-03-14", coder=coder)
    found = [(e.source.code, e.target and e.target.code, e.cameo) for e in article.events]
    assert found == [
        ("ARM", "AZE", "0841"),
        ("AZE", "ARM", "0841"),
        ("QAT", "ARM", "045"),
        ("QAT", "AZE", "045"),
    ]
    assert [e.location for e in article.events] == [None] * 4


@pytest.mark.model
def test_a_name_the_parser_hangs_on_its_verb_is_the_verbs_subject(coder: Coder) -> None:
    """Sentences written for this test: the parser reads a fronted name as a modifier
    ("Azerbaijan" of "massed"); the parse is mended so the name acts. (The other mend, of a
    verb read as an adjective of its object, is tested on hand-built parses below.)"""
    text = "Azerbaijan massed troops along its border with Armenia."
    assert coded(coder, text) == [("AZE", "ARM", "154")]


@pytest.mark.model
def test_a_speech_act_in_a_participle_clause_is_its_verbs_subjects(coder: Coder) -> None:
    """Sentences written for this test: "…, accusing Spain of …" after a verb is said by that
    verb's subject; an outcome told as a participle ("killing four") is the same event, and a
    participle after a relative clause ("students who blocked roads …, accusing …") leaves
    whose words they are open."""
    text = "Algeria recalled its ambassador from Madrid, accusing Spain of betraying the Sahrawis."
    assert coded(coder, text) == [("DZA", "ESP", "161"), ("DZA", "ESP", "112")]
    text = "Israeli jets struck Beirut overnight, killing four people."
    assert coded(coder, text) == [("ISRMIL", "LBN", "195")]
    text = (
        "Police fired tear gas at students who blocked roads in Dhaka, accusing the government "
        "of corruption."
    )
    assert "112" not in [code for _, _, code in coded(coder, text)]


@pytest.mark.model
def test_a_stance_said_with_an_adjective_or_a_feeling_is_coded(coder: Coder) -> None:
    """Sentences written for this test: "is grateful to" praises (051), "was critical of"
    criticises (111), "was deeply concerned about" and "was alarmed by" disapprove (110: the
    "by" of a feeling is its cause, not an agent), "open to dialogue with" is an intent to
    negotiate (036); "any attack" under "will not tolerate" is no attack."""
    assert coded(coder, "Chile is grateful to Argentina for its help.") == [("CHL", "ARG", "051")]
    text = "Seoul was alarmed by Pyongyang's missile launches."
    assert coded(coder, text) == [("KOR", "PRK", "110")]
    text = "Vietnam was deeply concerned about China's fishing ban."
    assert coded(coder, text) == [("VNM", "CHN", "110")]
    text = "Nigeria was critical of Ghana's decision."
    assert coded(coder, text) == [("NGA", "GHA", "111")]
    text = "Colombia said it was open to dialogue with the government of Venezuela."
    assert coded(coder, text) == [("COL", "VENGOV", "036")]
    text = "Greece will not tolerate any attack on Cyprus, the prime minister said."
    assert coded(coder, text) == []


@pytest.mark.model
def test_paying_a_price_is_a_threat_and_a_response_drawn_from_someone_is_theirs(
    coder: Coder,
) -> None:
    """Sentences written for this test: "X will pay a heavy price", said or vowed, is a threat
    (CODING.md §5) by the speaker at X, but a price paid is no threat; criticism a move "drew
    from" Nigeria is Nigeria's, at whoever moved, and a state's protest so drawn is an official
    complaint (114)."""
    text = "Mexico will pay a heavy price, the U.S. president said."
    assert coded(coder, text) == [("USAGOV", "MEX", "130")]
    text = "Azerbaijan vowed to make Armenia pay a heavy price for the shelling."
    assert coded(coder, text) == [("AZE", "ARM", "130")]
    assert coded(coder, "Ukraine has paid a heavy price for its freedom, Zelensky said.") == []
    text = "Ghana's decision drew sharp criticism from Nigeria."
    assert coded(coder, text) == [("NGA", "GHA", "111")]
    text = "Togo's decision drew protests from Benin."
    assert coded(coder, text) == [("BEN", "TGO", "114")]  # a state's protest: a complaint


@pytest.mark.model
def test_tear_gas_is_repression_not_a_chemical_weapon(coder: Coder) -> None:
    """Sentences written for this test: "tear-gassed" (which the parser reads as an adjective)
    is repression (175); "gassed civilians" stays a chemical attack (2041)."""
    text = "Police tear-gassed protesters in Kampala."
    assert coded(coder, text) == [("UGACOP", "UGACVL", "175")]
    text = "Syrian forces gassed civilians in Ghouta."
    assert coded(coder, text) == [("SYRMIL", "SYRCVL", "2041")]


@pytest.mark.model
def test_a_bare_congo_is_the_dr_congo_in_news_since_1997(coder: Coder) -> None:
    """Sentences written for this test: since Zaire took the name (May 1997) news means the
    DR Congo by a bare "Congo", unless the story names the Republic of the Congo otherwise;
    before, and with no date, the Republic of the Congo unless the DR Congo is named."""
    text = "Angola hosted talks between Rwanda and Congo."
    assert ("AGO", "COD", "045") in coded(coder, text, "2024-03-14")
    assert ("AGO", "COG", "045") in coded(coder, text, "1995-03-14")
    text = "Gabon and Congo signed a border agreement in Brazzaville."
    assert coded(coder, text, "2024-03-14") == [("GAB", "COG", "057")]


@pytest.mark.model
def test_a_judged_deed_with_its_doer_is_coded_and_a_thing_received_is_given(
    coder: Coder,
) -> None:
    """Sentences written for this test: a deed condemned or welcomed that names its doer with
    "by" is told as fact (CODING.md §4) and the judgement is aimed at the doer; an accused
    deed is not coded (§3). Aid received "from" a state is that state's aid; a thing received
    is no visitor hosted."""
    text = "Human Rights Watch condemned the arrest of journalists by Ethiopian police."
    assert coded(coder, text) == [("NGOHRIHRW", "ETHCOP", "111"), ("ETHCOP", "ETHMED", "173")]
    text = "The United Nations welcomed the release of 30 detainees by the Venezuelan authorities."
    assert coded(coder, text) == [("IGOUNO", "VENGOV", "051"), ("VENGOV", "VENCVL", "0841")]
    text = "Iran accused Israel of the assassination of the scientist."
    assert coded(coder, text) == [("IRN", "ISR", "112")]
    text = "Jordan received humanitarian aid from Saudi Arabia."
    assert coded(coder, text) == [("SAU", "JOR", "073")]
    assert coded(coder, "Argentina received a $4.7 billion disbursement from the IMF.") == []


@pytest.mark.model
def test_peacekeepers_intelligence_and_two_sides_of_a_symmetric_act(coder: Coder) -> None:
    """Sentences written for this test: peacekeeping troops sent are protection (074; ready
    to send them, 0334), not a deployment or a threat; intelligence shared is no agency, and
    two sides sharing it "on" a group do so with each other; "agreed on a truce" is as
    "agreed to" (0356)."""
    text = "Indonesia sent peacekeeping troops to Lebanon."
    assert coded(coder, text) == [("IDN", "LBN", "074")]
    text = "Malaysia was ready to send peacekeeping troops to Gaza."
    assert coded(coder, text) == [("MYS", "PSE", "0334")]
    text = "Kenya and Somalia agreed to share intelligence on al Shabaab fighters."
    assert coded(coder, text) == [("KEN", "SOM", "0314")]
    text = "Armenia agreed on a truce with Azerbaijan."
    assert coded(coder, text) == [("ARM", "AZE", "0356")]


@pytest.mark.model
def test_a_visiting_official_is_the_subject_of_the_sentence(coder: Coder) -> None:
    """Sentence written for this test: "Visiting X met Y in Y's capital" is X's visit
    (CODING.md §8), though the parser makes "Visiting" the subject."""
    text = (
        "Visiting U.S. Secretary of State Antony Blinken met Egyptian President Abdel Fattah "
        "al-Sisi in Cairo."
    )
    assert coded(coder, text, "2024-03-14") == [("USAGOV", "EGYGOV", "042")]


@pytest.mark.model
def test_unarmed_people_clashing_with_police_riot(coder: Coder) -> None:
    """Sentences written for this test: workers or mourners who clash with police or troops
    riot (145); armed parties that clash fight (190); masked men are an unidentified armed
    force and a critic of a government is an opponent."""
    text = "Thousands of miners clashed with riot police outside the ministry in La Paz."
    assert coded(coder, text) == [("BOLLAB", "BOLCOP", "145")]
    text = "Rebels clashed with troops near Goma."
    assert [code for _, _, code in coded(coder, text)] == ["190"]
    text = "Masked men abducted an outspoken critic of the government in Nairobi."
    assert coded(coder, text) == [("KENUAF", "KENOPP", "181")]


@pytest.mark.model
def test_relations_are_never_reduced_with_ones_own_country(coder: Coder) -> None:
    """Sentences written for this test: recalling one's own ambassador reduces relations with
    the host named, and with no host named there is no party (not one's own government)."""
    assert coded(coder, "Ghana recalled its ambassador to Burkina Faso.") == [("GHA", "BFA", "161")]
    assert coded(coder, "Ghana recalled its ambassador.") == []


@pytest.mark.model
def test_a_demand_reaches_the_subject_of_a_misparsed_that_clause(coder: Coder) -> None:
    """Sentence written for this test: the small model reads "free" in "that Niger's military
    rulers free X" as an adjective, leaving a "that" clause made of its subject alone; that
    subject is whom the demand is aimed at."""
    text = (
        "Senegal's president demanded on Monday that Mali's military rulers free deposed "
        "minister Moussa Mara."
    )
    assert [(s, t) for s, t, _ in coded(coder, text)] == [("SENGOV", "MLIMIL")]
    text = (
        "Ghana demanded on Friday that Burkina Faso's military rulers free kidnapped aid worker "
        "Jean Ouedraogo."
    )
    assert [(s, t) for s, t, _ in coded(coder, text)] == [("GHA", "BFAMIL")]


@pytest.mark.model
def test_forces_put_on_alert_raise_military_alert_status(coder: Coder) -> None:
    """Sentences written for this test: putting air defences, garrisons or a fleet on alert
    raises military alert status (152)."""
    text = "Armenia placed its border garrisons on full alert on Monday."
    assert coded(coder, text) == [("ARM", None, "152")]
    text = "Qatar put its air defences on high alert."
    assert coded(coder, text) == [("QAT", None, "152")]


@pytest.mark.model
def test_a_time_phrase_is_no_party_of_the_act(coder: Coder) -> None:
    """Sentence written for this test: "on Friday" is when the call was made, not whom it was
    made on ("called on X"); the call is for sanctions against the generals."""
    text = (
        "Human rights groups in Thailand called on Friday for sanctions against Myanmar's generals."
    )
    assert coded(coder, text) == [("THANGO", "MMRMIL", "020")]


@pytest.mark.model
def test_workers_who_launch_a_strike_stop_work(coder: Coder) -> None:
    """Sentences written for this test: a strike launched by a union or by workers is a labour
    strike (143), not an air strike (195); a union federation called a congress is no
    legislature. A state's strike stays an attack."""
    assert coded(coder, "The Kenyan teachers' union launched a strike on Monday.") == [
        ("KENLAB", None, "143")
    ]
    assert coded(coder, "Kenyan teachers launched a strike on Monday.") == [("KENEDU", None, "143")]
    text = "Britain's Trades Union Congress called a general strike."
    assert coded(coder, text) == [("GBRLAB", None, "143")]
    assert coded(coder, "Israel launched a strike on Gaza on Monday.") == [("ISR", "PSE", "195")]


@pytest.mark.model
def test_leaders_who_speak_by_phone_discuss_by_telephone(coder: Coder) -> None:
    """Sentences written for this test: "spoke by telephone with X", the "with" hung on the
    telephone, and "X and Y spoke by video link" are telephone talks (041); a call joins two
    places, so a dateline does not place it."""
    text = "Chile's president spoke by telephone with his Argentine counterpart on Friday."
    assert coded(coder, text) == [("CHLGOV", "ARGGOV", "041")]
    text = "The Polish and Lithuanian presidents talked by video link on Tuesday."
    assert coded(coder, text) == [("POLGOV", "LTUGOV", "041")]
    text = (
        "NAIROBI (Reuters) - Kenyan President William Ruto spoke by phone with Ethiopian "
        "Prime Minister Abiy Ahmed on Friday."
    )
    found = code_text(text, date="2024-03-16", coder=coder)
    assert [(e.source.code, e.cameo, e.location) for e in found.events] == [("KENGOV", "041", None)]


@pytest.mark.model
def test_a_counterpart_holds_the_office_of_the_one_it_is_counterpart_to(coder: Coder) -> None:
    """Sentences written for this test: "his Omani counterpart" after a foreign minister is
    Oman's government, after an army chief Sudan's military."""
    text = "Jordan's foreign minister held talks with his Omani counterpart in Muscat."
    assert ("his Omani counterpart", "OMNGOV") in mentions(coder, text, dt.date(2024, 3, 14))
    text = "Egypt's army chief met his Sudanese counterpart near the border."
    assert ("his Sudanese counterpart", "SDNMIL") in mentions(coder, text, dt.date(2024, 3, 14))


@pytest.mark.model
def test_police_sent_to_another_state_serve_a_mission_there(coder: Coder) -> None:
    """Sentences written for this test: police deployed to another country are a protection
    mission (074; announced, 0334), not police power (153) or a threat (138); police deployed
    at home stay 153."""
    text = (
        "Rwanda will deploy 300 police officers to the Central African Republic, its minister said."
    )
    assert coded(coder, text) == [("RWA", "CAF", "0334")]
    assert coded(coder, "Rwanda deployed 300 police officers to Bangui.") == [("RWA", "CAF", "074")]
    assert coded(coder, "Rwanda deployed 300 police officers to Kigali.") == [("RWA", None, "153")]


@pytest.mark.model
def test_blocking_a_package_rejects_it(coder: Coder) -> None:
    """Sentence written for this test: a state that blocks a bloc's package or loan rejects
    the bloc's proposal (120); the package is no aid the bloc gave."""
    text = "Slovakia blocked the EU's new sanctions package against Russia at a summit in Brussels."
    assert coded(coder, text) == [("SVK", "IGOEUREEC", "120")]


@pytest.mark.model
def test_an_appeal_for_named_aid_is_an_appeal_for_that_aid(coder: Coder) -> None:
    """Sentences written for this test: what is asked for after "for" makes the appeal's
    code: funding is economic aid (0231), missiles military aid (0232), peacekeepers
    protection (0234), help aid (023)."""
    text = "Malawi appealed to the World Bank for emergency funding after the cyclone."
    assert coded(coder, text) == [("MWI", "IGOUNOWBK", "0231")]
    assert coded(coder, "Ukraine asked Germany for more air defence missiles.") == [
        ("UKR", "DEU", "0232")
    ]
    text = "Somalia appealed to the African Union for more peacekeepers."
    assert coded(coder, text) == [("SOM", "IGOAFRAFU", "0234")]
    assert coded(coder, "Moldova asked Romania for help.") == [("MDA", "ROU", "023")]


@pytest.mark.model
def test_a_threat_of_force_is_a_military_threat(coder: Coder) -> None:
    """Sentences written for this test: a warning or vow whose content is a use of force is a
    threat of military force (138); a warning about prices is no threat of force."""
    text = "Venezuela warned Guyana that its troops would invade the disputed region."
    assert coded(coder, text) == [("VEN", "GUY", "138")]
    assert coded(coder, "Pakistan vowed to retaliate against India.") == [("PAK", "IND", "138")]
    text = "Kenya's finance minister warned traders that prices would rise."
    assert coded(coder, text) == [("KENGOV", "KENBUS", "130")]


@pytest.mark.model
def test_an_investigation_takes_its_kind_from_what_it_looks_into(coder: Coder) -> None:
    """Sentences written for this test: an investigation "over" or "into" bribery is of a
    crime (091), into torture of rights abuses (092), into an air strike of military action
    (093)."""
    text = "Peruvian prosecutors are investigating a former governor over alleged bribery."
    assert [code for _, _, code in coded(coder, text)] == ["091"]
    text = "The United Nations opened an investigation into the air strike on the hospital."
    assert [code for _, _, code in coded(coder, text)] == ["093"]
    text = "Chilean prosecutors launched a probe into the torture of protesters by police."
    assert "092" in [code for _, _, code in coded(coder, text)]


@pytest.mark.model
def test_what_an_appeal_pledge_demand_or_rejection_is_about_makes_its_code(coder: Coder) -> None:
    cases = {
        # a light verb's object says it: a truce, the negotiating table, more aid
        "The Kenyan president urged Ethiopia's government to agree to an immediate truce.": (
            "KENGOV",
            "ETHGOV",
            "0256",
        ),
        "Norway called on Colombia to return to the negotiating table.": ("NOR", "COL", "026"),
        "Ghana urged Togo to approve more humanitarian aid.": ("GHA", "TGO", "0233"),
        "Chile and Argentina agreed to expand military cooperation.": ("CHL", "ARG", "0312"),
        "The Arab League demanded that Yemen's warring factions accept a ceasefire.": (
            "IGOARBALL",
            "YEM",
            "1056",
        ),
        "Ethiopia agreed to accept African Union mediation.": ("ETH", "IGOAFRAFU", "038"),
        # a rejected request's own words: talks (125), freeing people (1243)
        "Peru rejected Bolivia's request for talks on the border.": ("PER", "BOL", "125"),
        "Vietnam dismissed Cambodia's demands to free the detained fishermen.": (
            "VNM",
            "KHM",
            "1243",
        ),
        # the object makes a verb's three-digit code precise
        "Poland urged Germany to send more weapons to Ukraine.": ("POL", "DEU", "0232"),
        "Canada pledged to provide humanitarian aid to Haiti.": ("CAN", "HTI", "0333"),
        "Brazil asked Paraguay to lift the sanctions on its exporters.": ("BRA", "PRY", "0254"),
        # the act the clause would be on its own: handing over suspects is judicial
        # cooperation (063 → 0213), removing troops a retreat (0874 → 1056)
        "India urged Nepal to hand over the suspects to its police.": ("IND", "NPL", "0213"),
        "Chad demanded that Sudan remove its troops from the border.": ("TCD", "SDN", "1056"),
        "Greece rejected Turkey's offer of aid.": ("GRC", "TUR", "122"),
        # a peace deal settles a dispute (107); a trade deal is only diplomatic cooperation
        "Britain said Mali must reach a peace agreement with Niger.": ("GBR", "MLI", "107"),
        "Britain urged Sudan to sign a trade deal.": ("GBR", "SDN", "022"),
        # a verb with a sense of its own is not replaced by its object's; nor is a lexicon's
        # four-digit code by a purpose clause
        "The Arab League urged Yemen to reject talks with the rebels.": ("IGOARBALL", "YEM", "020"),
        "Kenya agreed to a truce with the rebels to allow the delivery of food.": (
            "KEN",
            "KENREB",
            "0356",
        ),
    }
    for text, expected in cases.items():
        assert coded(coder, text, "2024-03-14") == [expected], text


@pytest.mark.model
def test_aid_of_no_kind_or_money_takes_the_kind_its_words_name(coder: Coder) -> None:
    assert coded(coder, "Algeria sent medical supplies to Libya.") == [("DZA", "LBY", "073")]
    given = "Norway gave $40 million in military aid to Estonia."
    assert coded(coder, given) == [("NOR", "EST", "072")]


@pytest.mark.model
def test_two_countries_meeting_in_one_of_them_is_the_others_visit(coder: Coder) -> None:
    """Sentences written for this test (CODING.md §8): people of two countries meeting
    together in one side's country are the other side's visit, verb or noun; elsewhere, or of
    three countries, a meeting."""
    met = "Peruvian and Chilean officials met in Lima on Monday."
    assert coded(coder, met) == [("CHLGOV", "PERGOV", "042")]
    noun = "A meeting between Chinese and Russian generals in Beijing on Monday focused on trade."
    assert coded(coder, noun) == [("RUSMIL", "CHNMIL", "042")]
    elsewhere = "Chilean and Peruvian ministers met in Geneva."
    assert [c for _, _, c in coded(coder, elsewhere)] == ["040"]
    three = "The leaders of Chile, Peru and Bolivia met in La Paz."
    assert {c for _, _, c in coded(coder, three)} == {"040"}


@pytest.mark.model
def test_arms_sent_to_another_state_are_military_aid(coder: Coder) -> None:
    """Sentences written for this test: tanks sent to the state the "to" phrase names are
    military aid (intended, 0332); sent to a border or a region, and troops sent anywhere,
    a mobilisation (154)."""
    assert coded(coder, "Germany sent tanks to Ukraine.") == [("DEU", "UKR", "072")]
    pledged = "Spain would send another batch of Leopard tanks to Kyiv."
    assert coded(coder, pledged) == [("ESP", "UKR", "0332")]
    border = "Russia sent more tanks to the border with Ukraine."
    assert coded(coder, border) == [("RUS", "UKR", "154")]
    assert coded(coder, "Russia sent troops to Ukraine.") == [("RUS", "UKR", "154")]


@pytest.mark.model
def test_deeds_named_by_nouns_killings_of_politicians_and_missiles_into_the_sea(
    coder: Coder,
) -> None:
    """Sentences written for this test."""
    # an event noun's "by" phrase acts on whom its "of" phrase names, also when the parser
    # hangs "by" on that object
    kidnapped = "The kidnapping of three Turkish engineers by rebels in Sudan angered Ankara."
    assert coded(coder, kidnapped) == [("SDNREB", "TUR", "181")]
    arrest = "Paris condemned the arrest of two French journalists by Iranian police."
    assert sorted(coded(coder, arrest)) == [("FRA", "IRNCOP", "111"), ("IRNCOP", "FRAMED", "173")]
    # killing one political figure is an assassination; soldiers, or shooting at, are not
    shot = "Gunmen shot dead a Honduran opposition lawmaker in Tegucigalpa."
    assert coded(coder, shot) == [("HNDUAF", "HNDOPP", "186")]
    assert coded(coder, "Gunmen gunned down a Peruvian judge in Lima.") == [
        ("PERUAF", "PERJUD", "186")
    ]
    soldiers = "Gunmen killed three Mexican soldiers on Sunday."
    assert [c for _, _, c in coded(coder, soldiers)] == ["190"]
    missed = "Gunmen shot at a Honduran opposition lawmaker in Tegucigalpa."
    assert [c for _, _, c in coded(coder, missed)] == ["193"]
    # missiles fired into the sea are a show of force (CODING.md section 9), not an attack
    sea = "North Korea fired two ballistic missiles into the sea on Friday."
    assert coded(coder, sea) == [("PRK", None, "150")]
    assert [c for _, _, c in coded(coder, "Iran fired missiles at Israel.")] == ["194"]
    # walking out of talks halts them; a cabinet approving a truce declares it; a criminal
    # investigation opened is one of crime
    assert coded(coder, "Moscow walked out of talks with Kyiv.") == [("RUS", "UKR", "164")]
    truce = "Thailand's cabinet approved a ceasefire with the rebels."
    assert coded(coder, truce) == [("THAGOV", "THAREB", "0871")]
    probe = "Peru's prosecutor opened a criminal investigation into the former president."
    assert [c for _, _, c in coded(coder, probe)] == ["091"]


@pytest.mark.model
def test_ones_own_forces_carrying_out_a_threat_are_not_its_target(coder: Coder) -> None:
    """Sentences written for this test: the army a threat says would strike is the threatener's
    instrument; whom it would strike is the party."""
    seoul = "North Korea warned that its army would strike Seoul."
    assert coded(coder, seoul) == [("PRK", "KOR", "138")]
    respond = "Putin warned that Russian forces would respond to any attack by Kyiv."
    assert coded(coder, respond) == [("RUSGOV", "UKR", "138")]


@pytest.mark.model
def test_calls_kinds_of_aid_and_shared_acts_read_from_their_words(coder: Coder) -> None:
    """Sentences written for this test (some from a helper's scan of this session's rules)."""
    # a discussion in a phone call is one by telephone
    call = "Putin and Erdogan discussed the grain deal in a phone call on Monday."
    assert coded(coder, call) == [("RUSGOV", "TURGOV", "041")]
    # war crimes investigated: 094, not the common crime 091
    probe = "The ICC opened an investigation into alleged war crimes in Sudan."
    assert [c for _, _, c in coded(coder, probe)] == ["094"]
    # an appeal "for" a kind of aid; pledged aid of a kind
    systems = "Ukraine asked NATO for more air defence systems."
    assert coded(coder, systems) == [("UKR", "IGOWSTNAT", "0232")]
    food = "Kenya appealed to the United Nations for food aid."
    assert coded(coder, food) == [("KEN", "IGOUNO", "0233")]
    pledged = "Ghana pledged $500 million in new humanitarian aid for Sudan."
    assert coded(coder, pledged) == [("GHA", "SDN", "0333")]
    # one side's own people named in what two sides share are no third party
    deal = "Biden and Netanyahu discussed the hostage deal on Sunday."
    assert coded(coder, deal) == [("USAGOV", "ISRGOV", "040")]
    signed = "Greece and Turkey signed a police cooperation agreement."
    assert coded(coder, signed) == [("GRC", "TUR", "057")]
    # talks told as fact in reported speech took place
    talks = "Talks between Israel and Hamas resumed in Cairo on Sunday, Egyptian officials said."
    assert coded(coder, talks) == [("ISR", "IMGPSEHMS", "046")]
    # but not talks that would resume
    later = "Talks between Israel and Hamas would resume in Cairo, Egyptian officials said."
    assert coded(coder, later) == []


@pytest.mark.model
def test_sanctions_hit_threats_of_response_blockaders_and_bare_crowds(coder: Coder) -> None:
    """Sentences written for this test (some from a helper's scan of this session's rules)."""
    # "hit with sanctions" is sanctions, not force
    hit = "The United States hit Chinese firms with sanctions for supplying Russia."
    assert coded(coder, hit) == [("USA", "CHNBUS", "163")]
    assert [c for _, _, c in coded(coder, "Russian missiles hit Kyiv on Monday.")] == ["194"]
    # a forceful response, a punishment or countermeasures stated as what one will do: threats
    respond = "Israel would respond forcefully to any attack from Iran, Netanyahu said."
    assert coded(coder, respond) == [("ISR", "IRN", "138")]
    counter = "China will take countermeasures against the United States."
    assert coded(coder, counter) == [("CHN", "USA", "131")]
    # who blockades says which: a navy's blockade is military, farmers' a protest
    navy = "The Israeli navy blockaded the port of Gaza."
    assert [c for _, _, c in coded(coder, navy)] == ["191"]
    farmers = "Polish farmers blocked border crossings with Ukraine in protest against imports."
    assert [c for _, _, c in coded(coder, farmers)] == ["144"]
    # a bare crowd number is people; with an "of" phrase, those it counts
    crowd = "Thousands rallied in Belgrade against the government."
    assert coded(coder, crowd) == [("SRBCVL", "SRBGOV", "141")]
    aides = "Georgian police detained the mayor of Batumi and dozens of his aides."
    assert coded(coder, aides) == [("GEOCOP", "GEOGOV", "173")]


@pytest.mark.model
def test_a_wish_or_readiness_nouns_clause_names_the_party(coder: Coder) -> None:
    """Sentences written for this test: "expressed willingness to work with X" is aimed at X."""
    willing = "China expressed willingness to work with the United States."
    assert [(s, t) for s, t, _ in coded(coder, willing)] == [("CHN", "USA")]
    ready = "Iran expressed readiness to resume talks with the IAEA."
    assert coded(coder, ready) == [("IRN", "IGOUNOIAE", "036")]


@pytest.mark.model
def test_an_attack_noun_that_kills_gives_its_doer_and_its_kind(coder: Coder) -> None:
    """Sentences written for this test: a plain killing whose subject is an attack noun is that
    attack (an air strike 195, shelling 194), by the noun's "by" phrase when it names one."""
    strike = "A Pakistani air strike killed eight people in Afghanistan."
    assert coded(coder, strike) == [("PAK", "AFGCVL", "195")]
    shelling = "The shelling of Zaporizhzhia by Russian forces killed four civilians."
    assert coded(coder, shelling) == [("RUSMIL", "UKRCVL", "194")]
    # a weapon with no doer named stays an unidentified force's attack
    bomb = "A roadside bomb killed two Nigerian soldiers."
    assert coded(coder, bomb) == [("---UAF", "NGAMIL", "1833")]


@pytest.mark.model
def test_arms_shipments_paused_chemical_weapons_and_doctors_sent(coder: Coder) -> None:
    """Sentences written for this test (from a helper's scan of this session's rules)."""
    paused = "The United States paused a shipment of heavy bombs to Israel."
    assert coded(coder, paused) == [("USA", "ISR", "1622")]
    chemical = "Russia used chemical weapons against Ukrainian troops."
    assert coded(coder, chemical) == [("RUS", "UKRMIL", "2041")]
    assert coded(coder, "The farmers used chemical fertilizers.") == []
    assert coded(coder, "Cuba sent doctors to Italy.") == [("CUB", "ITA", "073")]


@pytest.mark.model
def test_an_agentless_extradition_is_by_the_state_it_is_from(coder: Coder) -> None:
    """Sentences written for this test (from a helper's scan): with no "by" phrase, the state a
    passive extradition is "from" sent the person; a "by" phrase still names who did."""
    sent = "The suspect was extradited from Spain to the United States."
    assert coded(coder, sent) == [("ESP", "USA", "063")]
    named = "The drug lord was extradited to the United States by Mexico."
    assert coded(coder, named) == [("MEX", "USA", "063")]


@pytest.mark.model
def test_an_invitations_clause_names_whom_it_would_meet(coder: Coder) -> None:
    """Sentences written for this test: an invitation refused or accepted is aimed at whom its
    "to" clause would meet, however deep in that clause it is named."""
    refused = (
        "The Taliban rejected an invitation to attend a conference with Afghan opposition groups."
    )
    assert coded(coder, refused) == [("IMGAFGTAL", "AFGOPP", "125")]
    joined = "Venezuela rejected an invitation to join talks with the United States."
    assert coded(coder, joined) == [("VEN", "USA", "125")]
    accepted = "Iran accepted an invitation to attend a summit with Saudi Arabia."
    assert coded(coder, accepted) == [("IRN", "SAU", "036")]


@pytest.mark.model
def test_a_measure_against_a_protest_is_aimed_at_whoever_holds_it(coder: Coder) -> None:
    """Sentences written for this test: police stopping a protest is a ban enforced on the spot
    (172), and a ban or dispersal of a gathering is aimed at the gathering's "by" or "of" phrase,
    its participle's "by" phrase or its possessor, not at the state of the streets."""
    stopped = "Kenyan police blocked a protest by opposition supporters in Nairobi."
    assert ("KENCOP", "KENOPP", "172") in coded(coder, stopped)
    dispersed = "Police dispersed a rally of opposition supporters in Kampala."
    assert coded(coder, dispersed) == [("UGACOP", "UGAOPP", "175")]
    planned = "The government banned a march planned by teachers' unions in Nairobi."
    assert coded(coder, planned) == [("KENGOV", "KENLAB", "172")]
    owned = "Georgian police broke up the opposition's rally outside parliament."
    assert coded(coder, owned) == [("GEOCOP", "GEOOPP", "175")]


@pytest.mark.model
def test_an_accusation_takes_its_kind_from_what_it_is_of(coder: Coder) -> None:
    """Sentences written for this test: "accuse X of" a crime, an abuse, aggression, a war crime
    or spying is 1121–1125, read from the "of" noun, a gerund's object or the act the gerund
    names; a plain killing, an attack or a broken truce says no kind."""
    cases = {
        "The opposition accused the finance minister of embezzlement.": "1121",
        "Amnesty International accused Egyptian police of torturing prisoners.": "1122",
        "Rights groups accused the army of human rights violations.": "1122",
        "Kyiv accused Moscow of shelling a dam on the Dnipro.": "1123",
        "Ukraine accused Russian forces of war crimes in Izium.": "1124",
        "Colombia accused the guerrillas of committing genocide.": "1124",
        "Iran accused a British diplomat of spying for Israel.": "1125",
        "Kenya accused Somalia of interfering in its elections.": "112",
        "Armenia accused Azerbaijan of violating the ceasefire.": "112",
    }
    for text, code in cases.items():
        assert [e[2] for e in coded(coder, text)] == [code], text


@pytest.mark.model
def test_ruling_out_an_act_refuses_it(coder: Coder) -> None:
    """Sentences written for this test (from a helper's scan): what is "ruled out" is refused,
    as with "refused to", not done."""
    arms = "Germany ruled out sending cruise missiles to Ukraine."
    assert coded(coder, arms) == [("DEU", "UKR", "1222")]
    sanctions = "The United States ruled out lifting sanctions on Venezuela."
    assert coded(coder, sanctions) == [("USA", "VEN", "1244")]


@pytest.mark.model
def test_words_struck_back_slapped_restrictions_and_rape(coder: Coder) -> None:
    """Sentences written for this test (from a helper's scan): striking back with words is
    criticism, not force; restrictions slapped on someone are a sanction, not a blow; rape is a
    sexual assault (1821), not criticism."""
    retort = "India hit back at Canada, calling its allegations absurd."
    assert coded(coder, retort) == [("IND", "CAN", "111")]
    critics = "Beijing fired back at Washington over its remarks on Taiwan."
    assert coded(coder, critics) == [("CHN", "USA", "111")]
    # a counterattack on forces stays force
    troops = "Ukrainian forces struck back at Russian troops near Bakhmut."
    assert coded(coder, troops) == [("UKRMIL", "RUSMIL", "190")]
    slapped = "Washington slapped visa restrictions on Ugandan officials."
    assert coded(coder, slapped) == [("USA", "UGAGOV", "163")]
    assert [e[2] for e in coded(coder, "Militiamen raped a nun in eastern Congo.")] == ["1821"]


@pytest.mark.model
def test_leaving_a_body_or_treaty_reduces_relations(coder: Coder) -> None:
    """Sentences written for this test: withdrawing from a body or a treaty is leaving it (160),
    not a military retreat; a city a treaty is named after is no party to it."""
    body = "Burundi withdrew from the International Criminal Court."
    assert coded(coder, body) == [("BDI", "IGOWLDICC", "160")]
    deal = "Washington withdrew from the nuclear deal with Iran."
    assert coded(coder, deal) == [("USA", "IRN", "160")]
    assert coded(coder, "The United States withdrew from the Paris climate agreement.") == []
    assert coded(coder, "Russian troops withdrew from Kherson.") == [("RUSMIL", "UKR", "0874")]


@pytest.mark.model
def test_a_visited_city_and_an_object_shared_by_coordinated_verbs(coder: Coder) -> None:
    """Sentences written for this test: a city that is a visit's object is in its host state;
    verbs coordinated before the one the parser hangs an object on share it."""
    assert coded(coder, "Macron visited Mumbai.") == [("FRAGOV", "IND", "042")]
    both = coded(coder, "Indian police arrested and later released 40 protesters.")
    assert both == [("INDCOP", "INDCVL", "173"), ("INDCOP", "INDCVL", "0841")]
    # a later verb with its own subject shares nothing
    apart = coded(coder, "Police detained and the court freed 40 protesters.")
    assert ("---COP", "---CVL", "173") not in apart


@pytest.mark.model
def test_weapons_fired_are_no_target_and_a_place_the_tagger_timed_still_counts(
    coder: Coder,
) -> None:
    """Sentences written for this test: drones or missiles launched are the source's own, not
    its target; a town the tagger sweeps into a time ("at Odesa overnight") is still where the
    force struck, and a weekday is still a time."""
    drones = "Russia launched drones at Odesa overnight."
    assert [e[:2] for e in coded(coder, drones)] == [("RUS", "UKR")]
    missiles = "Russia fired missiles at Odesa overnight."
    assert coded(coder, missiles) == [("RUS", "UKR", "194")]
    monday = "Israel launched air strikes on Monday against Hamas positions."
    assert coded(coder, monday) == [("ISR", "IMGPSEHMS", "195")]


@pytest.mark.model
def test_an_act_in_an_after_gerund_is_a_fact_of_its_own(coder: Coder) -> None:
    """Sentences written for this test: "after" meeting or accusing someone, the main verb's
    subject did so, as well as the main act; "before" allowing something may be a condition."""
    met = "After meeting Saudi Crown Prince Mohammed bin Salman in Riyadh, Blinken flew to Cairo."
    assert coded(coder, met) == [("USAGOV", "SAUGOV", "042"), ("USAGOV", "EGY", "042")]
    accused = "After accusing Rwanda of backing M23 rebels, Congo recalled its ambassador."
    assert ("COD", "RWA", "112") in coded(coder, accused)
    condition = "The rebels demanded a truce before allowing aid convoys into the town."
    assert all(e[2] != "0863" for e in coded(coder, condition))


@pytest.mark.model
def test_people_of_a_region_of_many_states_take_no_country(coder: Coder) -> None:
    """Sentences written for this test (from a helper's scan): a sector word qualified by a
    region of many states does not take the country of the story, nor "American" from "Latin
    American"; a country's own compound demonym keeps its country."""
    assert coded(coder, "European diplomats accused Russia of meddling.") == [
        ("---GOV", "RUS", "112")
    ]
    latin = "Latin American leaders criticised the United States."
    assert coded(coder, latin) == [("---GOV", "USA", "111")]
    foreign = coded(coder, "Kenyan police arrested two foreign nationals.")
    assert foreign == [("KENCOP", "---CVL", "173")]
    south = "South African troops arrived in Mozambique."
    assert coded(coder, south) == [("ZAFMIL", "MOZ", "042")]


@pytest.mark.model
def test_heads_of_agencies_act_for_them_and_a_named_namesake_blocks_the_table(coder: Coder) -> None:
    """Sentences written for this test: the head of a UN agency, the IMF or the ICC acts for it
    (CODING.md: people acting for an organisation are coded to it); a bare family name the
    table would give someone else stays unread after the article named another of that name."""
    assert coded(coder, "Tedros criticised Israel over attacks on hospitals.") == [
        ("IGOUNOWHO", "ISR", "111")
    ]
    assert coded(coder, "Georgieva urged Argentina to cut spending.") == [
        ("IGOUNOIMF", "ARG", "020")
    ]
    text = (
        "Pakistani police arrested supporters of former prime minister Imran Khan in Lahore. "
        "Khan's party condemned the arrests."
    )
    assert all(e[0] != "IGOWLDICC" for e in coded(coder, text))


@pytest.mark.model
def test_responsibility_for_an_attack_is_aimed_at_the_state_it_struck(coder: Coder) -> None:
    """Sentences written for this test: a claim or denial of responsibility for an attack is
    aimed at the state of the place the attack struck."""
    claimed = "Al-Shabaab claimed responsibility for the attack in Mogadishu."
    assert coded(coder, claimed) == [("IMGSOMSHB", "SOM", "015")]
    denied = "Hamas denied responsibility for the bombing of a bus in Jerusalem."
    assert coded(coder, denied) == [("IMGPSEHMS", "ISR", "016")]


@pytest.mark.model
def test_summons_complaints_trade_cuts_and_what_a_threat_would_do(coder: Coder) -> None:
    """Sentences written for this test (from a helper's scan): what a summons is "over" is its
    topic, not its party; a complaint "to" a state is to it; cutting trade or halting imports is
    an embargo (163); a threat takes its code from the act threatened, unless its row already
    says as much or more."""
    summoned = "Vietnam summoned the Chinese ambassador over the ramming of a fishing boat."
    assert coded(coder, summoned) == [("VNM", "CHNGOV", "114")]
    complained = "Mexico complained to the United States about the treatment of migrants."
    assert coded(coder, complained) == [("MEX", "USA", "114")]
    assert coded(coder, "China cut trade with Lithuania.") == [("CHN", "LTU", "163")]
    trade = "China threatened to cut off trade with Lithuania."
    assert coded(coder, trade) == [("CHN", "LTU", "1312")]
    aid = "The United States threatened to cut aid to Uganda."
    assert coded(coder, aid) == [("USA", "UGA", "1311")]
    troops = "Niger's junta threatened to expel American troops from its territory."
    assert coded(coder, troops) == [("NERMIL", "USAMIL", "136")]


@pytest.mark.model
def test_a_headline_listing_two_states_codes_both(coder: Coder) -> None:
    """Headlines written for this test: two states a headline lists with a comma both act."""
    assert coded(coder, "Kenya, Somalia sign security pact") == [("KEN", "SOM", "057")]
    assert coded(coder, "Egypt, Qatar urge Israel to accept truce") == [
        ("EGY", "ISR", "0256"),
        ("QAT", "ISR", "0256"),
    ]


@pytest.mark.model
def test_review_guards_on_this_sessions_rules(coder: Coder) -> None:
    """Sentences written for this test (from a review of this session's rules): a city that
    owns an instrument is its party; an "after" gerund under a verb of what would be done is no
    fact; a verb that takes no object does not share one; protesters ending their own protest
    are no ban; "abuse of power" is a crime of office; weapons launched, named after their
    maker, are no target."""
    owned = "Iran rejected Washington's proposed nuclear deal."
    assert coded(coder, owned) == [("IRN", "USA", "127")]
    would = "The president said he would lift the sanctions after meeting Putin in Geneva."
    assert all(e[2] != "040" for e in coded(coder, would))
    surrendered = coded(coder, "The army surrendered and released the hostages.")
    assert ("---MIL", "---CVL", "0874") not in surrendered
    ended = "Farmers stopped their protest after the government agreed to cut fuel prices."
    assert all(e[2] != "172" for e in coded(coder, ended))
    power = "The opposition accused the minister of abuse of power."
    assert [e[2] for e in coded(coder, power)] == ["1121"]
    maker = "Russia fired North Korean missiles at Kharkiv."
    assert coded(coder, maker) == [("RUS", "UKR", "194")]


@pytest.mark.model
def test_an_event_nouns_of_object_names_its_kind(coder: Coder) -> None:
    """Sentences written for this test (from a helper's scan): what an event noun is done to
    names its kind as a modifier would ("the expulsion of two Russian diplomats" is "a diplomat
    expulsion", 161; of peacekeepers, 1661)."""
    diplomats = "The expulsion of two Russian diplomats by Poland angered Moscow."
    assert ("POL", "RUSGOV", "161") in coded(coder, diplomats)
    peacekeepers = "Mali ordered the expulsion of U.N. peacekeepers."
    assert [e[2] for e in coded(coder, peacekeepers)] == ["1661"]


@pytest.mark.model
def test_a_backer_before_a_hyphen_is_not_the_groups_country(coder: Coder) -> None:
    """Sentences written for this test (from a helper's scan): "Iran-backed militias in Iraq"
    are of where they are, not of Iran; a group with its own demonym keeps it."""
    militias = "Iran-backed militias in Iraq attacked U.S. bases."
    assert coded(coder, militias) == [("IRQUAF", "USA", "190")]
    forces = "Saudi-backed government forces in Yemen attacked Houthi positions."
    assert coded(coder, forces) == [("YEMMIL", "IMGYEMHOU", "190")]
    own = "Turkish-backed Syrian fighters attacked Kurdish forces."
    assert [e[0] for e in coded(coder, own)] == ["SYRREB"]


@pytest.mark.model
def test_a_denial_with_no_accuser_stands_alone(coder: Coder) -> None:
    """Sentences written for this test: a denial of one's part in an act is an event even when
    no one is named as accusing (016, no target); a denial of anything else still needs one."""
    bombing = "The Taliban denied responsibility for the rocket attack on Sunday."
    assert coded(coder, bombing) == [("IMGAFGTAL", None, "016")]
    massacre = "The Rapid Support Forces denied carrying out the killings."
    assert coded(coder, massacre) == [("IMGSDNRSF", None, "016")]
    graft = "The Kenyan minister denied any wrongdoing."
    assert coded(coder, graft) == [("KENGOV", None, "016")]
    bail = "The judge denied bail on Tuesday."
    assert coded(coder, bail) == []


@pytest.mark.model
def test_neither_nor_denies_each_party(coder: Coder) -> None:
    """Sentences written for this test: "neither A nor B" did the act (CODING.md §6)."""
    article = code_text("Neither Ghana nor Togo condemned Russia.", date="2024-03-01", coder=coder)
    assert [(e.source.code, e.target and e.target.code, e.cameo) for e in article.events] == [
        ("GHA", "RUS", "111"),
        ("TGO", "RUS", "111"),
    ]
    assert all(e.negated for e in article.events)
    both = code_text("Ghana and Togo condemned Russia.", date="2024-03-01", coder=coder)
    assert not any(e.negated for e in both.events)


@pytest.mark.model
def test_a_decision_to_act_is_read_as_decided_to(coder: Coder) -> None:
    """Sentences written for this test: "X's decision to V" is X's stated intent, coded as "X
    decided to V" is; a plan's clause stays what is planned, not coded."""
    decided = "Austria decided to expel two Iranian diplomats."
    decision = "Austria's decision to expel two Iranian diplomats angered Tehran."
    assert coded(coder, decided) == [("AUT", "IRNGOV", "1313")]
    assert ("AUT", "IRNGOV", "1313") in coded(coder, decision)
    agent = "The decision by Chile to expel two Iranian diplomats was criticised."
    assert ("CHL", "IRNGOV", "1313") in coded(coder, agent)


@pytest.mark.model
def test_a_later_name_finds_a_full_name_with_an_article_or_a_middle_name(coder: Coder) -> None:
    """Sentences written for this test: "Kaabi" is the "Akram al-Kaabi" named before, "Faki"
    the "Moussa Faki Mahamat"; a name inside a mention that is not a plain name is not."""
    text = (
        "Iraqi militia leader Akram al-Kaabi spoke in Baghdad on Monday. "
        "Kaabi threatened U.S. forces in Syria."
    )
    assert [e[0] for e in coded(coder, text)] == ["IRQUAF"]
    chief = (
        "Moussa Faki Mahamat, the African Union Commission chairman, arrived in Juba on Monday. "
        "Faki urged Sudan to end the fighting."
    )
    assert ("IGOAFRCOM", "SDN", "0256") in coded(coder, chief)


@pytest.mark.model
def test_police_and_armed_groups_belong_where_their_verb_places_them(coder: Coder) -> None:
    """Sentences written for this test: an unplaced police force, court or armed group is of the
    country its own verb's "in" phrase names, not of the story's most named country; an army,
    which fights abroad, is not placed so."""
    assert coded(coder, "Police detained three Turkish nationals in Nairobi.") == [
        ("KENCOP", "TURCVL", "173")
    ]
    militants = "Militants kidnapped four Chinese engineers in northwest Pakistan."
    assert [e[0] for e in coded(coder, militants)] == ["PAKINS"]
    state = "Police detained 20 traders in Kaduna state."  # a name before "state"
    assert [e[0] for e in coded(coder, state)] == ["NGACOP"]
    army = "Troops killed two Russian advisers in Mali, the French army said."
    assert all(e[0] != "MLIMIL" for e in coded(coder, army))


@pytest.mark.model
def test_a_described_armed_group_is_the_one_named(coder: Coder) -> None:
    """Sentences written for this test: "the Sudanese paramilitary group" after the RSF is the
    RSF, not a new Sudanese insurgent."""
    text = (
        "The RSF shelled a market in Omdurman on Friday. "
        "The Sudanese paramilitary group later accused the army of lying."
    )
    assert ("IMGSDNRSF", "SDNMIL", "112") in coded(coder, text)


@pytest.mark.model
def test_a_relative_pronoun_stands_for_the_noun_its_clause_is_about(coder: Coder) -> None:
    """Sentences written for this test: "a Belarusian man whom it accused of spying" is an
    accusation of the man by the arrester ("it" is not the man the clause is about), and the
    arms "which Britain sent to Kyiv" are Britain's aid."""
    spy = "Lithuania detained a Belarusian man whom it accused of spying for Minsk."
    assert coded(coder, spy) == [("LTU", "BLR", "173"), ("LTU", "BLR", "1125")]
    arms = "The missiles, which Britain sent to Kyiv in May, hit a depot."
    assert ("GBR", "UKR", "072") in coded(coder, arms)


@pytest.mark.model
def test_force_on_a_town_after_on_is_aimed_at_its_state(coder: Coder) -> None:
    """Sentences written for this test: "a drone attack on Kharkiv" is aimed at Ukraine, as
    "attacked Kharkiv" is."""
    text = "Russia's overnight drone attack on Kharkiv damaged a power plant."
    assert [(e[1], e[2][:2]) for e in coded(coder, text)] == [("UKR", "19")]


@pytest.mark.model
def test_a_date_naming_an_event_in_a_relative_clause_does_not_date_the_sentence(
    coder: Coder,
) -> None:
    """Sentences written for this test: "the October 7 attack" in a relative clause is that
    attack's date, not the killing's; the attack itself, told in the main clause, keeps it."""
    later = code_text(
        "Israel killed a Hamas commander who planned the October 7 attack.",
        date="2024-03-14",
        coder=coder,
    )
    assert [(e.cameo, e.date) for e in later.events] == [("190", None)]
    itself = code_text(
        "Hamas launched the October 7 attack on Israel.", date="2024-03-14", coder=coder
    )
    assert [(e.cameo, e.date) for e in itself.events] == [("190", "2023-10-07")]


@pytest.mark.model
def test_the_watchdog_and_a_visited_city_named_like_a_person(coder: Coder) -> None:
    """Sentences written for this test: "the watchdog" after the IAEA is the IAEA (not a
    watchdog group of the story's country); a city visited is a place even when people.tsv
    knows someone of that name ("Goma"); counted protesters are the subject of their protest."""
    text = "The IAEA sent inspectors to Iran on Monday. The watchdog later criticised Tehran."
    assert ("IGOUNOIAE", "IRN", "111") in coded(coder, text)
    visit = "Kenya's foreign minister visited Goma on Monday."
    assert coded(coder, visit) == [("KENGOV", "COD", "042")]
    counted = "Thousands of nurses and doctors protested in Nairobi on Monday."
    assert [(e[0], e[2]) for e in coded(coder, counted)] == [("KENHLH", "141")]


@pytest.mark.model
def test_unplaced_forces_are_the_reporting_states_own(coder: Coder) -> None:
    """Sentences written for this test: bare "troops" that a state body reports on after the
    clause are its own state's (not of the story's most named country); an armed group's report
    gives them no country of its own."""
    army = "Troops killed four Wagner fighters in Mali, the French army said."
    assert [e[0] for e in coded(coder, army)] == ["FRAMIL"]
    police = "Police detained 30 students, the Kenyan interior ministry said."
    assert [e[:1] for e in coded(coder, police)] == [("KENCOP",)]


@pytest.mark.model
def test_mediators_fleets_and_intelligence_ministries_have_sectors(coder: Coder) -> None:
    """Sentences written for this test: a state's mediators are its officials, a named fleet is
    its navy's, and an intelligence ministry is the state's intelligence service."""
    assert coded(coder, "Qatari mediators urged Hamas to accept the truce.") == [
        ("QATGOV", "IMGPSEHMS", "0256")
    ]
    assert coded(coder, "The Black Sea Fleet fired cruise missiles at Mykolaiv.") == [
        ("RUSMIL", "UKR", "194")
    ]
    arrest = "Iran's intelligence ministry arrested a Swedish national."
    assert coded(coder, arrest) == [("IRNSPY", "SWECVL", "173")]


def test_a_threat_of_weapons_of_mass_destruction_is_1385(coder: Coder) -> None:
    """Sentences written for this test: a threat takes its code from the act threatened, and
    using nuclear or chemical weapons is 204x, so threatening to is 1385; a nuclear strike
    threatened is too (the object's modifier names the weapon); a plain strike stays 138.
    Such weapons used on a town strike its people."""
    use = "Moscow threatened to use its atomic arsenal on Kyiv."
    assert coded(coder, use) == [("RUS", "UKR", "1385")]
    strike = "Pyongyang threatened a nuclear strike against Seoul."
    assert coded(coder, strike) == [("PRK", "KOR", "1385")]
    assert coded(coder, "Iran threatened a strike against Israel.") == [("IRN", "ISR", "138")]
    town = "Syrian troops used toxic gas in Aleppo, the inspectors said."
    assert coded(coder, town) == [("SYRMIL", "SYRCVL", "2041")]


@pytest.mark.model
def test_insisting_on_a_release_or_withdrawal_demands_it(coder: Coder) -> None:
    """Sentences written for this test: "insisted on" what a demand asks for is that demand
    (1053, 1056), aimed at whoever is to withdraw as "demanded the withdrawal of" is; insisting
    on one's own right demands nothing of anyone."""
    pullout = "Baku insisted on the complete pullout of Armenian forces from Karabakh."
    assert coded(coder, pullout) == [("AZE", "ARMMIL", "1056")]
    release = "Manila insisted on the release of Filipino sailors held by Houthi rebels."
    assert coded(coder, release) == [("PHL", "IMGYEMHOU", "1053")]
    assert coded(coder, "Britain insisted on its right to defend itself.") == []


@pytest.mark.model
def test_a_demand_or_appeal_to_hold_elections_asks_for_political_reform(coder: Coder) -> None:
    """Sentences written for this test: elections or a referendum asked for are political
    reform (104, 024), whatever light verb holds them; other demands keep their own kind."""
    hold = "ECOWAS demanded that the junta in Niamey hold elections."
    assert coded(coder, hold) == [("IGOWAFWAS", "NERMIL", "104")]
    vote = "The African Union urged Mali's military rulers to organise a referendum."
    assert coded(coder, vote) == [("IGOAFRAFU", "MLIMIL", "024")]
    free = "ECOWAS demanded that the junta in Niamey free the deposed president."
    assert coded(coder, free) == [("IGOWAFWAS", "NERMIL", "1053")]


@pytest.mark.model
def test_taking_to_court_or_to_task_and_verbs_of_blows_as_words(coder: Coder) -> None:
    """Sentences written for this test: taking someone to court, to an international court or
    to The Hague sues them (115), to task rebukes them (111); "tore into" and "hammered …
    over" criticise (111), but with a weapon as subject they strike (19x), and a time is no
    reason ("over the weekend")."""
    court = "Lithuania took Belarus to court over the migrant crisis."
    assert coded(coder, court) == [("LTU", "BLR", "115")]
    icj = "Kyiv took Moscow to the World Court over the downing of a jet."
    assert coded(coder, icj) == [("UKR", "RUS", "115")]
    assert coded(coder, "The court took the case to a higher court.") == []
    task = "The senator took the Pentagon to task over the delays."
    assert coded(coder, task) == [("USALEG", "USAMIL", "111")]
    tore = "Erdogan tore into Israel over the Gaza offensive."
    assert coded(coder, tore) == [("TURGOV", "ISR", "111")]
    hammered = "Kenya's opposition hammered the government for the rise in fuel prices."
    assert coded(coder, hammered) == [("KENOPP", "KENGOV", "111")]
    missile = "A Russian missile tore into Kyiv on Monday."
    assert coded(coder, missile) == [("RUS", "UKR", "194")]
    weekend = "Russian artillery hammered Ukrainian positions over the weekend."
    assert all(c != "111" for _, _, c in coded(coder, weekend))


@pytest.mark.model
def test_blocking_access_to_a_site_or_service_curbs_expression(coder: Coder) -> None:
    """Sentences written for this test: blocking or restricting access to a website, a social
    network or the internet curbs free expression (1721), as blocking the site does, aimed at
    the service's owner when it is an actor (the sites "of" someone are theirs); access to a
    place is no such curb."""
    instagram = "Iranian authorities blocked access to Instagram after the protests."
    assert coded(coder, instagram) == [("IRNGOV", None, "1721")]
    twitter = "Pakistan blocked access to Twitter."
    assert coded(coder, twitter) == [("PAK", "MNCUSATWT", "1721")]
    sites = "Russia restricted access to independent news sites."
    assert coded(coder, sites) == [("RUS", None, "1721")]
    # the sites of someone are theirs, as the positions of an army are
    owned = "Belarus cut off access to the sites of two exiled opposition newspapers."
    assert coded(coder, owned) == [("BLR", "BLRMED", "1721")]
    assert coded(coder, "Police blocked access to the square.") == []
    assert all(c != "1721" for _, _, c in coded(coder, "Israel blocked access to Gaza."))


@pytest.mark.model
def test_hauled_in_picked_up_and_taken_into_custody_are_arrests(coder: Coder) -> None:
    """Sentences written for this test: hauling someone in, picking up people of the kinds
    police detain and taking them into custody arrest them (173); picking up a pace, or
    migrants at sea, does not."""
    hauled = "Prosecutors in Tunis hauled in two former ministers for questioning."
    assert coded(coder, hauled) == [("TUNJUD", "TUNELI", "173")]
    picked = "Belarusian police picked up three journalists outside the court."
    assert coded(coder, picked) == [("BLRCOP", "BLRMED", "173")]
    custody = "Three activists were taken into custody by police in Cairo."
    assert coded(coder, custody) == [("EGYCOP", "EGYNGO", "173")]
    assert coded(coder, "The runners picked up the pace.") == []
    rescued = "The coast guard picked up 40 migrants off Libya."
    assert all(c != "173" for _, _, c in coded(coder, rescued))


@pytest.mark.model
def test_turning_down_or_spurning_mediation_rejects_it(coder: Coder) -> None:
    """Sentences written for this test: turning down, spurning, rebuffing or brushing aside
    mediation, arbitration or an offer to mediate is rejecting mediation (126), as declining it
    is; rebuffing something else stays a plain rejection."""
    junta = "The junta in Niamey turned down mediation by ECOWAS."
    assert coded(coder, junta) == [("NERMIL", "IGOWAFWAS", "126")]
    offer = "Niger spurned a mediation offer from Nigeria."
    assert coded(coder, offer) == [("NER", "NGA", "126")]
    arbitration = "Addis Ababa rebuffed Egyptian arbitration over the dam."
    assert coded(coder, arbitration) == [("ETH", "EGY", "126")]
    mediate = "Khartoum turned down Qatar's offer to mediate."
    assert coded(coder, mediate) == [("SDN", "QAT", "126")]
    talks = "Niger turned down an offer of talks from ECOWAS."
    assert coded(coder, talks) == [("NER", "IGOWAFWAS", "125")]


@pytest.mark.model
def test_pulling_out_of_talks_breaks_them_off_and_threatening_to_is_134(coder: Coder) -> None:
    """Sentences written for this test: withdrawing or pulling out of talks breaks them off
    (164), with whoever they were held with, one's own government too; threatening to is a
    threat to break off talks (134), not to pull out a foreign presence (136)."""
    threat = "Colombian rebels threatened to pull out of peace talks with the government."
    assert coded(coder, threat) == [("COLREB", "COLGOV", "134")]
    withdraw = "Sudan's opposition threatened to withdraw from the talks with the junta."
    assert coded(coder, withdraw) == [("SDNOPP", "SDNMIL", "134")]
    done = "Hamas withdrew from the indirect negotiations with Israel on Tuesday."
    assert coded(coder, done) == [("IMGPSEHMS", "ISR", "164")]
    retreat = "Russian troops withdrew from Kherson."
    assert coded(coder, retreat) == [("RUSMIL", "UKR", "0874")]


@pytest.mark.model
def test_forces_put_on_alert_with_no_one_named_raise_their_own_alert(coder: Coder) -> None:
    """Sentences written for this test: police or troops "were put on high alert" with no "by"
    agent raise their own alert (151 police, 152 military), as the active "put its forces on
    high alert" and "the army is on high alert" do; a passive arrest is not so read."""
    police = "Police in Karachi were placed on maximum alert ahead of the march."
    assert coded(coder, police) == [("PAKCOP", None, "151")]
    troops = "Russian troops were placed on high alert."
    assert coded(coder, troops) == [("RUSMIL", None, "152")]
    active = "Russia put its forces on high alert."
    assert coded(coder, active) == [("RUS", None, "152")]
    assert coded(coder, "The opposition leader was put under house arrest.") == []


@pytest.mark.model
def test_charging_someone_is_legal_action_unless_a_crowd_or_a_claim(coder: Coder) -> None:
    """Sentences written for this test: a bare "charged" of a person, active or passive, is
    legal action (173), as "charged with" is; charging a crowd stays repression (175),
    "charged that" is an accusation (112), and armed men charging positions use force."""
    active = "Turkish prosecutors charged 12 journalists on Monday."
    assert coded(coder, active) == [("TURJUD", "TURMED", "173")]
    passive = "A Dutch aid worker was charged by an Iranian court."
    assert coded(coder, passive) == [("IRNJUD", "NLDCVL", "173")]
    count = "An Iranian court charged a Belgian aid worker with spying."
    assert coded(coder, count) == [("IRNJUD", "BELCVL", "173")]
    crowd = "Riot police charged the crowd with batons."
    assert coded(coder, crowd) == [("---COP", "---CVL", "175")]
    claim = "Hamas charged that Israel had broken the truce."
    assert coded(coder, claim) == [("IMGPSEHMS", "ISR", "112")]
    assault = "Fighters charged army positions at dawn."
    assert all(c != "173" for _, _, c in coded(coder, assault))


@pytest.mark.model
def test_considering_someone_something_weighs_no_option(coder: Coder) -> None:
    """Sentences written for this test: "considers X a threat", "X to be …" and "X, which Y
    considers a terrorist organisation" name X, a view held and no policy option weighed
    (014), which "is considering sanctions" still is."""
    assert coded(coder, "India considers the Pakistani group a threat.") == []
    relative = "The YPG, which Ankara considers a terrorist organisation, seized a village."
    assert all(c != "014" for _, _, c in coded(coder, relative))
    to_be = "Damascus considers the Kurdish militia to be a separatist force."
    assert coded(coder, to_be) == []
    weighed = "Austria is considering sanctions against Belarus."
    assert coded(coder, weighed) == [("AUT", "BLR", "014")]


@pytest.mark.model
def test_what_is_sought_from_someone_is_asked_of_them(coder: Coder) -> None:
    """Sentences written for this test: seeking anything "from" someone appeals to them, its
    kind read from what is sought as for "asked NATO for" ("air defence systems" 0232); what
    is sought from no one, or a refuge from fighting, is no appeal."""
    systems = "Moldova is seeking air defence systems from France."
    assert coded(coder, systems) == [("MDA", "FRA", "0232")]
    answers = "Sudan sought answers from the United Nations."
    assert coded(coder, answers) == [("SDN", "IGOUNO", "020")]
    assert coded(coder, "Police are seeking the suspect.") == []
    assert coded(coder, "Thousands of civilians sought refuge from the fighting.") == []


@pytest.mark.model
def test_opening_fire_on_protesters_is_repression_as_shooting_them_is(coder: Coder) -> None:
    """Sentences written for this test: opening fire on protesters or firing rounds, live or
    not, at a crowd is violent repression (175), as the rows for shooting and killing
    protesters code it; fire on an armed patrol stays small arms (193)."""
    opened = "Kenyan police opened fire on stone-throwing mourners in Kisumu."
    assert coded(coder, opened) == [("KENCOP", "KENCVL", "175")]
    live = "Soldiers fired live rounds at marchers in Khartoum."
    assert coded(coder, live) == [("SDNMIL", "SDNCVL", "175")]
    crowd = "Troops fired on the crowd in Mandalay."
    assert coded(coder, crowd) == [("MMRMIL", "MMRCVL", "175")]
    patrol = "Rebels opened fire on an army patrol."
    assert coded(coder, patrol) == [("---REB", "---MIL", "193")]


@pytest.mark.model
def test_an_aid_cut_takes_the_kind_its_words_name(coder: Coder) -> None:
    """Sentences written for this test: aid cut names its kind as aid given does (military
    1622, economic or financial 1621, humanitarian 1623); aid of no kind, and development aid
    (as our gold codes it), stays 162, and its recipient is the target."""
    military = "Washington froze military assistance to Niger on Friday."
    assert coded(coder, military) == [("USA", "NER", "1622")]
    economic = "The European Union suspended economic aid to Guinea."
    assert coded(coder, economic) == [("IGOEUREEC", "GIN", "1621")]
    development = "Norway cut development assistance to Mali."
    assert coded(coder, development) == [("NOR", "MLI", "162")]
    assert coded(coder, "Britain cut humanitarian aid to Yemen.") == [("GBR", "YEM", "1623")]
    plain = "Canada froze aid to the Palestinian Authority."
    assert coded(coder, plain) == [("CAN", "PSEGOV", "162")]


@pytest.mark.model
def test_repression_by_fire_is_force_for_what_names_it_again_and_for_its_place(
    coder: Coder,
) -> None:
    """Sentences written for this test: fire on protesters (175) is the act "the killings"
    names again, and it happens where its object is, as force does (the dateline's square)."""
    text = (
        "Kenyan police opened fire on protesters in Nairobi on Tuesday. "
        "The United Nations condemned the killings."
    )
    assert ("IGOUNO", "KENCOP", "111") in coded(coder, text)
    text = (
        "KAMPALA, Uganda (AP) — Ugandan soldiers opened fire on protesters outside parliament on "
        "Tuesday. Witnesses said soldiers fired into the crowd on the main square."
    )
    article = code_text(text, date="2024-03-14", coder=coder)
    assert [(e.cameo, e.location and e.location.name) for e in article.events] == [
        ("175", "Kampala"),
        ("175", "Kampala"),
    ]


@pytest.mark.model
def test_suspensions_lifted_lists_exchanged_and_websites_attacked(coder: Coder) -> None:
    """Sentences written for this test: a body lifting a member's suspension or readmitting it
    eases a sanction (081), an acronym written as a word ("Ecowas") is the body, exchanging
    lists shares information (064), and attacking websites is a cyber attack (176)."""
    assert coded(coder, "Ecowas ended its suspension of Burkina Faso.") == [
        ("IGOWAFWAS", "BFA", "081")
    ]
    assert coded(coder, "The African Union readmitted Gabon in March.") == [
        ("IGOAFRAFU", "GAB", "081")
    ]
    lists = "Greece and Turkey exchanged lists of detained migrants on Friday."
    assert [e[2] for e in coded(coder, lists)] == ["064"]
    hackers = "Russian hackers attacked the websites of Czech ministries."
    assert [e[2] for e in coded(coder, hackers)] == ["176"]


@pytest.mark.model
def test_artists_and_sportspeople_are_private_people(coder: Coder) -> None:
    """Sentences written for this test: a singer or a footballer arrested is a civilian of the
    police's country."""
    assert coded(coder, "Police in Dakar arrested a popular singer on Monday.") == [
        ("SENCOP", "SENCVL", "173")
    ]
    text = "Iranian police detained two footballers after the match."
    assert [e[1] for e in coded(coder, text)] == ["IRNCVL"]


@pytest.mark.model
def test_a_threat_to_withdraw_ones_forces_is_aimed_at_where_they_are(coder: Coder) -> None:
    """Sentences written for this test: one's own troops threatened to be pulled out are what
    one moves, not whom the threat is aimed at."""
    text = "Belgium threatened to withdraw its soldiers from Chad."
    assert coded(coder, text) == [("BEL", "TCD", "136")]


@pytest.mark.model
def test_a_state_charging_another_state_accuses_it(coder: Coder) -> None:
    """Sentences written for this test: one state "charging" another with an act accuses it
    (112); a state charging people, or its own soldiers, takes legal action (173)."""
    assert coded(coder, "Beijing charged Washington with meddling in Hong Kong.") == [
        ("CHN", "USA", "112")
    ]
    assert [e[2] for e in coded(coder, "Egypt charged 20 soldiers with desertion.")] == ["173"]


@pytest.mark.model
def test_review_guards_on_session_28_rules(coder: Coder) -> None:
    """Sentences written for this test (from a review of this session's rules): each guards a
    rule against a reading it must not take."""

    def negated(text: str) -> list[bool]:
        return [e.negated for e in code_text(text, date="2024-03-14", coder=coder).events]

    # a judging verb's ", which" is the act told, not the noun before it
    judged = "Kenya accused Ethiopia of bombing a school, which Addis Ababa denied."
    assert ("ETH", "KEN", "016") in coded(coder, judged)
    # "neither V nor W" on the verb negates each
    assert negated("Ghana neither condemned nor praised Russia.") == [True, True]
    # a party's acronym written as a word is no party: "Kanu" is a surname here
    kanu = "Police in Abuja arrested supporters of Nnamdi Kanu."
    assert coded(coder, kanu) == [("NGACOP", "NGACVL", "173")]
    # fire on a crowd by gunmen is an attack, by police repression; protesters charging riot
    assert [e[2] for e in coded(coder, "Gunmen opened fire on a crowd in Kano.")] == ["193"]
    assert [e[2] for e in coded(coder, "Protesters charged police lines in Lima.")] == ["145"]
    # a modified watchdog is not the body named before
    text = "The EU criticised Poland. The media watchdog accused the government of censorship."
    assert all(e[0] != "IGOEUREEC" for e in coded(coder, text) if e[2] == "1121")
    # sanctions reinstated are sanctions; a fishing fleet is no navy
    assert [e[2] for e in coded(coder, "Washington reinstated sanctions on Cuba.")] == ["163"]
    assert [e[0] for e in coded(coder, "Vietnamese fishing fleets protested against China.")] == [
        "VNM"
    ]
    # readiness to resume strikes is a show of force, as "ready to resume strikes" is
    ready = "Moscow declared its readiness to resume strikes on Odesa."
    assert [e[2] for e in coded(coder, ready)] == ["150"]
    # a name's last word outranks another's middle word
    two = (
        "Ethiopian Prime Minister Abiy Ahmed met Nigerian President Bola Ahmed Tinubu in Addis "
        "Ababa. Later, Ahmed condemned Russia."
    )
    assert ("ETHGOV", "RUS", "111") in coded(coder, two)
    # a foreign ministry reporting on troops does not make them its state's
    told = "Soldiers killed five protesters in Bamako, the French foreign ministry said."
    assert [e[0] for e in coded(coder, told)] == ["MLIMIL"]


@pytest.mark.model
def test_venues_revoked_deals_untolerated_aid_and_dismissed_warrants(coder: Coder) -> None:
    """Sentences written for this test: where talks are to be held is no party to them; two
    states holding a dialogue consult; an agreement revoked reduces relations (160, not a
    signing); aid a state "would not tolerate" is no aid; a court's warrant dismissed is
    defied (128)."""
    venue = "Sudan and Chad agreed to hold talks in Nairobi next week."
    assert coded(coder, venue) == [("SDN", "TCD", "036")]
    dialogue = "Greece and Turkey held a high-level dialogue in Brussels."
    assert [e[2] for e in coded(coder, dialogue)] == ["040"]
    revoked = "Mali revoked a defence agreement with France."
    assert coded(coder, revoked) == [("MLI", "FRA", "160")]
    tolerate = "Paris said it would not tolerate arms deliveries to the junta."
    assert coded(coder, tolerate) == []
    warrant = "Moscow dismissed the ICC arrest warrant as meaningless."
    assert [e[1:] for e in coded(coder, warrant)] == [("IGOWLDICC", "128")]


@pytest.mark.model
def test_an_until_clause_of_what_will_not_be_yet_is_a_condition(coder: Coder) -> None:
    """Sentences written for this test: "would not approve it until X cracked down" does not
    say X cracked down; an "until" after a past fact is a fact."""
    text = "Ankara said it would not ratify the deal until Stockholm extradited the militants."
    assert all(e[0] != "SWE" for e in coded(coder, text))
    fact = "The shelling continued until Ukrainian troops recaptured Robotyne."
    assert [e[0] for e in coded(coder, fact)] == ["UKRMIL"]


@pytest.mark.model
def test_what_an_appeal_threat_or_demand_holds_out_says_its_kind(coder: Coder) -> None:
    """Sentences written for this test: an appeal's "for" phrase says what is asked, also
    where the parse hangs it on the one appealed to; peacekeeping troops asked for are
    protection (0234); a threat "with" sanctions, war or a veto is of that kind; a demand
    takes the kind of the act it asks, over the complement verb's word alone."""
    support = "Mali appealed to ECOWAS for military support."
    assert [e[2] for e in coded(coder, support)] == ["0232"]
    troops = "The Haitian government asked Kenya for a peacekeeping force."
    assert [e[2] for e in coded(coder, troops)] == ["0234"]
    sanctions = "Washington threatened Caracas with fresh sanctions."
    assert coded(coder, sanctions) == [("USA", "VEN", "1312")]
    war = "Azerbaijan threatened Armenia with war over the corridor."
    assert [e[2] for e in coded(coder, war)] == ["138"]
    veto = "Hungary threatened Ukraine with a veto of its accession talks."
    assert [e[2] for e in coded(coder, veto)] == ["131"]
    bill = "Farmers demanded that the Polish government withdraw the new grain bill."
    assert [e[2] for e in coded(coder, bill)] == ["1042"]
    ships = "Manila demanded that Beijing remove its coast guard vessels from the reef."
    assert coded(coder, ships) == [("PHL", "CHN", "1056")]


@pytest.mark.model
def test_regions_named_after_a_country_and_their_after_an_object(coder: Coder) -> None:
    """Sentences written for this test: a sea or region whose name holds a country's is no
    actor ("the Indian Ocean" is not India, "South America" not the United States); "their"
    after a plural object in its clause is the object's, not an actor named before."""
    sea = "Somali pirates hijacked a bulk carrier in the Indian Ocean on Friday."
    assert all(e[1] != "IND" for e in coded(coder, sea))
    region = "Ministers from South America arrived in Madrid for the summit."
    assert all(e[0] != "USA" for e in coded(coder, region))
    thanks = (
        "The earthquake killed hundreds of villagers in Chile. President Boric thanked "
        "neighbouring countries for their solidarity."
    )
    assert coded(coder, thanks) == []
    owners = "Ruto praised Kenyan police officers for their courage in Haiti."
    assert [e[1] for e in coded(coder, owners)] == ["KENCOP"]


@pytest.mark.model
def test_coordinated_demonyms_count_and_dated_participles_are_elsewhere(coder: Coder) -> None:
    """Sentences written for this test: a country named only as one of two coordinated
    demonyms counts as named, so a place of its own names whose rebels are struck; a place in a
    participle clause dated to a year or month of its own is another event's."""
    struck = "Russian and Syrian jets bombed rebel-held villages in Daraa province on Sunday."
    assert {e[1] for e in coded(coder, struck)} == {"SYRREB"}
    text = "France urged Iran to honour the nuclear accord signed in Vienna in 2015."
    article = code_text(text, date="2024-05-02", coder=coder)
    assert [e.location for e in article.events] == [None]


def test_trade_measures_raised_eased_and_export_controls(coder: Coder) -> None:
    """Sentences written for this test: tariffs raised are a sanction (163) as tariffs imposed
    are; export controls tightened on a state are an embargo; a ban or curbs on a state's
    imports eased is an embargo eased (085, not a ban on parties lifted, 0812), and imposed,
    an embargo (163)."""
    assert coded(coder, "Mexico raised tariffs on Chinese steel last week.") == [
        ("MEX", "CHN", "163")
    ]
    controls = "The Dutch government tightened export controls on chipmaking machines to China."
    assert coded(coder, controls) == [("NLDGOV", "CHN", "163")]
    assert coded(coder, "Seoul eased its restrictions on Japanese fish imports.") == [
        ("KOR", "JPN", "085")
    ]
    assert coded(coder, "Poland imposed a ban on imports of Ukrainian grain.") == [
        ("POL", "UKR", "163")
    ]


@pytest.mark.model
def test_refugees_hosted_or_taken_in_are_given_refuge(coder: Coder) -> None:
    """Sentences written for this test: hosting or taking in refugees grants them refuge (075),
    no visit hosted (043)."""
    assert coded(coder, "Jordan took in thousands of Iraqi refugees.") == [("JOR", "IRQREF", "075")]
    assert coded(coder, "Kenya hosts more than 500,000 Somali refugees.") == [
        ("KEN", "SOMREF", "075")
    ]


@pytest.mark.model
def test_ships_boarded_warning_shots_and_disqualified_politicians(coder: Coder) -> None:
    """Sentences written for this test: forces boarding a ship seize it (171); warning shots
    are a show of force (150), not fighting (193); a disqualification bars a politician
    (1722) whatever the object's head word."""
    boarded = "Israeli commandos boarded a Turkish ship bound for Gaza."
    assert coded(coder, boarded) == [("ISRMIL", "TUR", "171")]
    shots = "A Taiwanese coast guard vessel fired warning shots at Chinese fishing boats."
    assert [e[1:] for e in coded(coder, shots)] == [("CHN", "150")]
    barred = "Kyrgyzstan's election commission disqualified former president Almazbek Atambayev."
    assert [e[2] for e in coded(coder, barred)] == ["1722"]


@pytest.mark.model
def test_a_participle_with_its_own_agent_on_an_object_is_a_fact(coder: Coder) -> None:
    """Sentences written for this test: "freed aid workers abducted by jihadists" tells the
    abduction too, by its "by" agent, aimed at the object; a support verb's participle
    ("the march staged by students") only names who did the noun's act."""
    freed = "French troops freed two aid workers abducted by jihadists in Niger."
    assert ("181", "FRANGO") in [(e[2], e[1]) for e in coded(coder, freed)]
    stormed = "The Danish navy stormed a Liberian-flagged tanker seized by Houthi rebels."
    assert ("IMGYEMHOU", "LBR", "171") in coded(coder, stormed)
    staged = "Riot police blocked a march staged by teachers in Ankara."
    assert all(e[2][:2] != "14" for e in coded(coder, staged))


@pytest.mark.model
def test_a_measure_on_trade_with_a_state_is_aimed_at_that_state(coder: Coder) -> None:
    """Sentence written for this test: trade's "with" phrase names whom an embargo on it
    strikes."""
    assert coded(coder, "Nicaragua slapped an embargo on trade with Taiwan.") == [
        ("NIC", "TWN", "163")
    ]
    assert coded(coder, "Peru imposed sanctions on trade with Venezuela.") == [
        ("PER", "VEN", "163")
    ]


@pytest.mark.model
def test_a_response_drawn_by_a_deed_is_aimed_at_its_doer(coder: Coder) -> None:
    """Sentence written for this test: criticism drawn by "the detention of X by Y" is aimed
    at Y, who did it, not at X."""
    text = "The detention of two Thai fishermen by the Myanmar navy drew a protest from Bangkok."
    assert ("THA", "MMRMIL") in [(e[0], e[1]) for e in coded(coder, text)]


@pytest.mark.model
def test_a_mediating_participle_stays_with_the_mediator_rule(coder: Coder) -> None:
    """Sentence written for this test: "a swap mediated by X" is X's mediation for the two
    sides, not an act of X's on the swapped prisoners."""
    text = "Armenia and Azerbaijan carried out a prisoner swap mediated by the United States."
    assert sorted(e[1] for e in coded(coder, text) if e[2] == "045") == ["ARM", "AZE"]


@pytest.mark.model
def test_a_mishap_named_as_agent_is_no_ones_act(coder: Coder) -> None:
    """A sentence written for this test: people "killed by" a crash were killed by no actor,
    whatever the airline's name resolves to."""
    text = "Interpol sent experts to identify passengers killed by the Ethiopian Airlines crash."
    assert all(e[2] != "190" for e in coded(coder, text))


@pytest.mark.model
def test_no_one_pledges_aid_to_their_own_state(coder: Coder) -> None:
    """A sentence written for this test: the state that is to give aid is not its recipient,
    so a minister's pledge that his country will give it is not aimed at that country."""
    text = (
        "Pistorius pledged that Germany would supply another package of military aid before spring."
    )
    assert all(e[1] != "DEU" for e in coded(coder, text))


@pytest.mark.model
def test_a_denial_answers_the_accuser_not_the_accused_nor_its_own_forces(coder: Coder) -> None:
    """Sentences written for this test: "denied the accusation" is aimed at who accused, not
    at whom the accusation named; a denier's own forces in the denied clause are its part in
    the act, not whom it answers."""
    accused = (
        "Israel's army accused Lebanese troops of firing on a patrol. Hezbollah denied the "
        "accusation."
    )
    assert ("IMGLBNHEZ", "ISRMIL", "016") in coded(coder, accused)
    own = "Greece criticised the raids. Ankara denied that its jets had violated Greek airspace."
    assert [e for e in coded(coder, own) if e[2] == "016"] == [("TUR", None, "016")]


@pytest.mark.model
def test_force_on_settlements_is_aimed_at_the_state_they_are_in(coder: Coder) -> None:
    """Sentences written for this test: villages or towns struck with no name of their own are
    in the state their "in" or "near" phrase names, on the object or on the verb."""
    near = "Turkish drones struck villages near Qamishli."
    assert coded(coder, near) == [("TURMIL", "SYR", "1952")]
    province = "Russian jets bombed villages in Idlib province."
    assert coded(coder, province) == [("RUSMIL", "SYR", "195")]


@pytest.mark.model
def test_an_appeal_to_many_unnamed_has_no_target_from_what_is_asked(coder: Coder) -> None:
    """A sentence written for this test: an appeal to "European partners" is to them, whom no
    actor names, not to the state that what is asked would help."""
    text = "Macron urged European partners to deliver more artillery shells to Ukraine."
    assert [(e[0], e[1]) for e in coded(coder, text)] == [("FRAGOV", None)]


@pytest.mark.model
def test_a_release_is_asked_of_the_holder_not_of_the_held(coder: Coder) -> None:
    """A sentence written for this test: a demand for the release of people, coordinated with
    an act on a state body, is asked of that body, not of the people held."""
    text = (
        "Canada condemned the Iranian authorities and demanded the release of jailed journalists."
    )
    assert ("CAN", "IRNGOV", "1053") in coded(coder, text)


@pytest.mark.model
def test_juntas_mediated_pairs_and_launched_weapons(coder: Coder) -> None:
    """Sentences written for this test: "the junta" after a state's military government is
    that state's, not the last army named; "the two leaders" after talks a state mediated are
    the two sides, not the mediator; drones "launched by" a state stand for it when shot
    down."""
    junta = (
        "Mali's military government expelled the French ambassador. The junta also accused "
        "Paris of arming jihadists."
    )
    assert ("MLIMIL", "FRA", "112") in coded(coder, junta)
    pair = (
        "Sudan's army chief met RSF commander Hemedti in Jeddah in talks mediated by Saudi "
        "Arabia. The two leaders agreed to end their war."
    )
    assert [e[0] for e in coded(coder, pair) if e[2].startswith("03")] == ["SDNMIL"]
    drones = "Romania's army shot down two drones launched by Russia near the border."
    assert coded(coder, drones) == [("ROUMIL", "RUS", "190")]


@pytest.mark.model
def test_launches_condemned_and_offensives_near_a_town(coder: Coder) -> None:
    """Sentences written for this test: "the launches" condemned after missiles fired are the
    firer's; an offensive launched "near" a town is aimed at the town's state."""
    launches = (
        "Pyongyang fired three cruise missiles into the sea on Friday. Tokyo condemned the "
        "launches."
    )
    assert ("JPN", "PRK", "111") in coded(coder, launches)
    offensive = "Russian troops launched an offensive near Kupiansk."
    assert coded(coder, offensive) == [("RUSMIL", "UKR", "190")]


@pytest.mark.model
def test_assaults_repelled_are_the_attackers_told_before(coder: Coder) -> None:
    """A sentence written for this test: "repelled several assaults" needs no "the" to be
    aimed at the attackers the story told of."""
    text = (
        "Hamas fighters attacked Israeli positions near Gaza on Monday. Israeli troops repelled "
        "several assaults."
    )
    assert ("ISRMIL", "IMGPSEHMS", "190") in coded(coder, text)


def test_a_killing_clause_on_an_attacks_site_is_the_attacks(coder: Coder) -> None:
    """Sentence written for this probe: "a blast at a church that killed 12" hangs the
    relative clause on the church; the blast killed them, not the church's sector."""
    text = "Kenya condemned a car bomb attack at a church in Mombasa that killed seven worshippers."
    assert all(not e[0].endswith("REL") for e in coded(coder, text, date="2024-03-14"))


@pytest.mark.model
def test_the_networks_of_a_ministry_are_the_ministrys(coder: Coder) -> None:
    """Sentence written for this probe: hacked systems "of" someone are theirs."""
    text = "Iranian hackers breached the computer servers of the Albanian foreign ministry."
    assert ("IRNCRM", "ALBGOV", "176") in coded(coder, text, date="2024-03-14")


@pytest.mark.model
def test_cutting_mobile_phone_services_curbs_expression(coder: Coder) -> None:
    """Sentence written for this probe: suspending or cutting mobile networks is an internet
    shutdown's curb (1721)."""
    text = "Bangladesh cut mobile data services across Dhaka before the opposition rally."
    assert [e[2] for e in coded(coder, text, date="2024-03-14")] == ["1721"]


@pytest.mark.model
def test_attacking_an_email_system_is_a_cyber_attack(coder: Coder) -> None:
    """Sentence written for this probe: an attack on a computer or email system is cyber
    (176), not an assault."""
    text = "North Korean hackers attacked the online banking system of a South Korean bank."
    assert [e[2] for e in coded(coder, text, date="2024-03-14")] == ["176"]


@pytest.mark.model
def test_two_states_agreeing_to_restore_ties_is_one_mutual_intent(coder: Coder) -> None:
    """Sentence written for this probe: "A and B agreed to restore relations" is their intent
    with each other (032), as "A and B restored relations" is their cooperation."""
    text = "Qatar and Bahrain agreed on Thursday to restore full diplomatic ties."
    assert ("QAT", "BHR", "032") in coded(coder, text, date="2024-03-14")


@pytest.mark.model
def test_meeting_for_mediated_talks_is_talks_and_mediation(coder: Coder) -> None:
    """Sentence written for this probe: a meeting "for talks" is the talks (046), and a
    mediator of those talks mediates to each side."""
    text = "Sudanese army and RSF envoys met in Jeddah for negotiations brokered by Saudi Arabia."
    events = coded(coder, text, date="2024-03-14")
    assert any(e[2] == "046" for e in events)
    assert len([e for e in events if e[0] == "SAU" and e[2] == "045"]) == 2


@pytest.mark.model
def test_upholding_a_conviction_finds_guilty(coder: Coder) -> None:
    """Sentence written for this probe: a higher court upholding a conviction finds guilty
    (116)."""
    text = "Peru's top court upheld the sentence of former president Pedro Castillo on Monday."
    assert [e[2] for e in coded(coder, text, date="2024-03-14")] == ["116"]


@pytest.mark.model
def test_what_a_stance_is_on_is_no_place(coder: Coder) -> None:
    """Sentence written for this probe: the region a policy is about is not where the act
    happened."""
    article = code_text(
        "Azerbaijan recalled its envoy from Paris in anger at France's support for Armenia"
        " in Karabakh.",
        date="2024-03-14",
        coder=coder,
    )
    assert article.events and all(e.location is None for e in article.events)


@pytest.mark.model
def test_the_pakistani_taliban_by_its_urdu_name(coder: Coder) -> None:
    """Sentence written for this probe: "Tehrik-i-Taliban Pakistan" is the Pakistani Taliban
    (IMGPAKTTP), not the Afghan Taliban."""
    text = "Security forces killed five Tehrik-i-Taliban Pakistan fighters in Bannu."
    assert [e[1] for e in coded(coder, text, date="2024-03-14")] == ["IMGPAKTTP"]


@pytest.mark.model
def test_a_place_struck_is_aimed_at_whoever_holds_it(coder: Coder) -> None:
    """Sentence written for this probe: force on a place "controlled by" or "held by" a group
    is aimed at that group."""
    text = "Sudanese warplanes bombed neighbourhoods controlled by the Rapid Support Forces."
    assert ("SDNMIL", "IMGSDNRSF", "195") in coded(coder, text, date="2024-03-14")


@pytest.mark.model
def test_tuareg_is_an_ethnic_group_of_mali(coder: Coder) -> None:
    """Sentence written for this probe: Tuareg fighters are Mali's, with the group code, not
    the country of anyone else named."""
    text = "Tuareg separatists ambushed a Malian army patrol."
    assert [e[0] for e in coded(coder, text, date="2024-03-14")] == ["MLISEPTMH"]


@pytest.mark.model
def test_him_after_a_coordinated_verb_is_that_verbs_object(coder: Coder) -> None:
    """Sentence written for this probe: "expelled the envoy and ordered him to leave" orders the
    envoy out (161, the same act), no individual's deportation (174)."""
    text = "Burkina Faso expelled the Ivorian ambassador and ordered him to leave by Sunday."
    assert [e[2] for e in coded(coder, text, date="2024-03-14")] == ["161"]


@pytest.mark.model
def test_a_newspaper_is_its_countrys_media(coder: Coder) -> None:
    """Sentence written for this probe: a reporter of a named national newspaper or broadcaster
    is that country's media."""
    text = "Police in Minsk detained a Deutsche Welle correspondent on Friday."
    assert [e[1] for e in coded(coder, text, date="2024-03-14")] == ["DEUMED"]


@pytest.mark.model
def test_hostages_held_by_a_group_are_its_hostages(coder: Coder) -> None:
    """Sentence written for this probe: a rescue of hostages "held by" a group also codes the
    group's hostage-taking (181), as "abducted by" does; "held" a rally stays support."""
    text = "Nigerian troops rescued 20 hostages held by Boko Haram near Maiduguri."
    assert ("IMGNGABKH", "NGACVL", "181") in coded(coder, text, date="2024-03-14")


@pytest.mark.model
def test_a_recall_over_a_states_act_is_aimed_at_that_state(coder: Coder) -> None:
    """Sentence written for this probe: recalling one's own envoy "over" another state's policy
    or act is aimed at that state, and the place of its act is no place of the recall."""
    article = code_text(
        "Colombia recalled its ambassador over Argentina's remarks about President Petro.",
        date="2024-03-14",
        coder=coder,
    )
    assert [(e.source.code, e.target and e.target.code, e.cameo) for e in article.events] == [
        ("COL", "ARG", "161")
    ]
    article = code_text(
        "Belize recalled its diplomats over Israel's bombardment of Rafah.",
        date="2024-03-14",
        coder=coder,
    )
    assert [(e.target and e.target.code, e.location) for e in article.events] == [("ISR", None)]


@pytest.mark.model
def test_marching_in_protest_is_a_protest(coder: Coder) -> None:
    """Sentence written for this probe: "marched in X" alone may be a parade, but a march "in
    protest" is a demonstration (141)."""
    text = "Hundreds of farmers marched through Warsaw in protest against grain imports."
    text2 = "Hundreds of farmers marched in Warsaw in protest against grain imports."
    assert any(e[2].startswith("14") for e in coded(coder, text, date="2024-03-14"))
    assert any(e[2].startswith("14") for e in coded(coder, text2, date="2024-03-14"))


@pytest.mark.model
def test_a_red_notice_is_a_warrant(coder: Coder) -> None:
    """Sentence written for this probe: Interpol's red notice asks for an arrest, as a warrant
    does (173)."""
    text = "Interpol issued a red notice for a former Peruvian intelligence chief on Tuesday."
    assert [e[2] for e in coded(coder, text, date="2024-03-14")] == ["173"]


@pytest.mark.model
def test_a_strike_suspended_after_a_concession_yields_to_the_conceder(coder: Coder) -> None:
    """Sentence written for this probe: a strike called off or suspended "after" another party
    agreed, offered or promised something gives way to that party."""
    text = "French rail workers suspended their walkout after the government promised new hires."
    assert [(e[1], e[2]) for e in coded(coder, text, date="2024-03-14")] == [("FRAGOV", "082")]


@pytest.mark.model
def test_a_refused_extradition_is_aimed_at_the_requesting_state(coder: Coder) -> None:
    """Sentence written for this probe: refusing to extradite someone "to" a state turns down
    that state's judicial cooperation (1213), not the person extradited."""
    text = "Greece declined to extradite the Turkish officers to Ankara."
    assert coded(coder, text, date="2024-03-14") == [("GRC", "TUR", "1213")]


@pytest.mark.model
def test_sanctions_adopted_or_approved_against_a_state(coder: Coder) -> None:
    """A sentence written for this test: a package of sanctions approved against a state is a
    sanction on it (163), the state named inside the object."""
    text = "Britain approved a fresh package of sanctions against Belarus."
    assert coded(coder, text) == [("GBR", "BLR", "163")]


@pytest.mark.model
def test_review_guards_on_session_29_rules(coder: Coder) -> None:
    """Sentences written for this test, from a review of this session's rules: a release of
    one's own nationals is asked of the state they are held in; aid pledged by one's own
    state goes to whom its "to" phrase names; weapons counted ("dozens of drones") stand for
    their launcher; an attack repelled is aimed at its "by" doer."""
    release = "London called for the release of a BBC reporter held in Iran."
    assert coded(coder, release) == [("GBR", "IRN", "0253")]
    pledge = "Macron pledged that France would deliver more howitzers to Ukraine."
    assert coded(coder, pledge) == [("FRAGOV", "UKR", "0332")]
    drones = "Israel intercepted dozens of drones launched by Hezbollah."
    assert coded(coder, drones) == [("ISR", "IMGLBNHEZ", "190")]
    repelled = "Israeli forces repelled an attack by Hezbollah."
    assert coded(coder, repelled) == [("ISRMIL", "IMGLBNHEZ", "190")]


@pytest.mark.model
def test_a_recall_over_a_demonym_named_act_answers_that_state_and_is_not_placed_there(
    coder: Coder,
) -> None:
    """Sentences written for this test: a downgrade "over the Israeli bombardment" answers the
    state the demonym names, and the place that follows the topic phrase is where that act
    was, not where the envoy was recalled, whether the parse hangs the topic phrase on the
    verb or on its object."""
    for text, dyad in (
        ("Chile recalled its ambassador over the Israeli bombardment in Rafah.", ("CHL", "ISR")),
        (
            "Colombia recalled its envoy over the Russian offensive in Kharkiv, the ministry said.",
            ("COL", "RUS"),
        ),
    ):
        article = code_text(text, date="2024-03-14", coder=coder)
        assert [(e.source.code, e.target and e.target.code, e.cameo) for e in article.events] == [
            (*dyad, "161")
        ]
        assert article.events[0].location is None


@pytest.mark.model
def test_a_killing_clause_on_the_site_an_attack_was_of_belongs_to_the_attack(
    coder: Coder,
) -> None:
    """A sentence written for this test: in "the shelling of a school in Kyiv that killed four
    children" the shelling killed, and neither it nor the school is the capital's state; the
    "of" phrase of an attack names what was struck, never whose attack it was."""
    text = "Local officials condemned the shelling of a school in Kyiv that killed four children."
    assert coded(coder, text, date="2024-03-14") == [("UKRGOV", "UKREDU", "111")]


@pytest.mark.model
def test_asking_to_withdraw_words_or_rules_is_an_appeal_to_yield(coder: Coder) -> None:
    """Sentences written for this test: withdrawing remarks, an order or a ban yields (025,
    105, 124), it does not pull forces back (0256, 1056, 1246), which troops still do."""
    remarks = "Lawmakers urged the interior minister to withdraw his comments about migrants."
    assert [e[2] for e in coded(coder, remarks, date="2024-03-14")] == ["025"]
    ban = "Reporters demanded that the ministry withdraw its ban on foreign journalists."
    assert [e[2] for e in coded(coder, ban, date="2024-03-14")] == ["105"]
    troops = "Armenia demanded that Azerbaijan withdraw its soldiers from the village."
    assert coded(coder, troops, date="2024-03-14") == [("ARM", "AZE", "1056")]


@pytest.mark.model
def test_a_strike_suspended_is_dissent_eased_by_workers_and_fighting_eased_by_armies(
    coder: Coder,
) -> None:
    """Sentences written for this test: workers who suspend their strike ease dissent (082);
    a state that suspends its strikes de-escalates (087)."""
    workers = "Bus drivers in Lagos suspended their strike on Tuesday."
    assert coded(coder, workers, date="2024-03-14") == [("NGALAB", None, "082")]
    army = "Turkey suspended its strikes on Kurdish militants in northern Iraq."
    assert [(e[0], e[2]) for e in coded(coder, army, date="2024-03-14")] == [("TUR", "087")]


@pytest.mark.model
def test_the_story_after_a_dated_dateline_is_the_subject_not_the_dateline_city(
    coder: Coder,
) -> None:
    """Sentences written for this test: under "CITY, Month Day (Reuters) -" the parser may make
    the city the subject and hang the story's first names on the city or the date; the names
    are the subject, and the event's source is their words, not the dateline's."""
    for text, source in (
        ("QUITO, Jan 20 (Reuters) - Ecuador and Peru signed a border accord on Monday.", "Ecuador"),
        (
            "MANILA, Feb 2 (Reuters) - Indonesia and Malaysia signed a maritime pact on Thursday, "
            "officials said.",
            "Indonesia",
        ),
    ):
        article = code_text(text, date="2024-06-05", coder=coder)
        assert [(e.source.text, e.target and e.target.text, e.cameo) for e in article.events] == [
            (source, text.split(" and ")[1].split()[0], "057")
        ]


@pytest.mark.model
def test_a_move_or_decision_set_beside_a_clause_is_that_clauses_act(coder: Coder) -> None:
    """Sentences written for this test: "…, a move the Armenian foreign ministry condemned"
    judges the act of the clause before it, so it is aimed at that act's doer, whichever noun
    the parse hangs the summing noun on and with or without "that"."""
    airspace = (
        "Azerbaijan closed its airspace to Armenian flights, a move the Armenian foreign "
        "ministry condemned."
    )
    assert ("ARMGOV", "AZE", "111") in coded(coder, airspace, date="2024-06-05")
    traders = "Ghana expelled two Nigerian traders, a decision that Abuja criticised."
    assert ("NGA", "GHA", "111") in coded(coder, traders, date="2024-06-05")


@pytest.mark.model
def test_the_two_countries_after_a_deal_reached_on_a_leaders_visit(coder: Coder) -> None:
    """Sentences written for this test: a deal two states agreed, said again as reached on
    one's leader's visit, is with the other state, never the leader's own; "the two
    countries" afterwards are the two states."""
    text = (
        "Vietnam and Cambodia agreed on Monday to expand rail links. The accord was reached "
        "during a visit to Hanoi by Cambodian Prime Minister Hun Manet. Thailand urged the two "
        "countries to consult it."
    )
    events = coded(coder, text, date="2024-06-05")
    assert ("KHMGOV", "VNM", "057") in events
    assert ("KHMGOV", "KHM", "057") not in events
    assert {(s, t) for s, t, c in events if c == "026"} == {("THA", "KHM"), ("THA", "VNM")}


@pytest.mark.model
def test_a_relative_clause_in_a_place_phrase_names_no_owner(coder: Coder) -> None:
    """A sentence written for this test: the head of a charity "in Herat that the Taliban had
    shut down" is the charity's, not the Taliban's; a relative clause inside an owner phrase has
    its own parties."""
    text = "Police arrested the head of a charity in Herat that the Taliban had shut down."
    assert coded(coder, text, date="2024-06-05") == [("AFGCOP", "AFGNGO", "173")]


@pytest.mark.model
def test_an_attack_told_only_through_its_claim_is_the_claimers(coder: Coder) -> None:
    """Sentences written for this test: when a story tells a bombing only through a group's
    claim of responsibility, "the bombing" condemned afterwards is that group's."""
    text = (
        "Al-Shabaab claimed responsibility for a car bombing at a hotel in Mogadishu. "
        "Somalia's president condemned the bombing."
    )
    assert ("SOMGOV", "IMGSOMSHB", "111") in coded(coder, text, date="2024-06-05")


@pytest.mark.model
def test_the_two_prime_ministers_after_their_states_agreed(coder: Coder) -> None:
    """Sentences written for this test: "the two prime ministers" after two states agreed are
    the two states' leaders; an office's words ("prime") do not make them a kind of their own."""
    text = (
        "Nepal and India agreed on Tuesday to build a new power line. "
        "The two prime ministers also discussed trade."
    )
    assert ("NPLGOV", "INDGOV", "040") in coded(coder, text, date="2024-06-05")


@pytest.mark.model
def test_forces_a_named_state_fields_are_its_own_and_a_show_of_force_answers_intruders(
    coder: Coder,
) -> None:
    """Sentences written for this test: troops or jets a state deploys or scrambles, with no
    owner of their own, are that state's, not the last army the story named; a show of force
    "after" others' aircraft crossed a line is aimed at them."""
    text = "Chinese warships held drills on Monday. Japan deployed troops to the island."
    assert ("troops", "JPNMIL") in mentions(coder, text, dt.date(2024, 6, 5))
    jets = "Estonia scrambled jets after Russian warplanes crossed the border."
    assert coded(coder, jets, date="2024-06-05") == [("EST", "RUSMIL", "150")]


@pytest.mark.model
def test_a_threat_to_seek_sanctions_is_aimed_at_whom_its_condition_is_on(coder: Coder) -> None:
    """A sentence written for this test: threatening to seek sanctions threatens sanctions
    (1312), and "if Minsk did not free the activists" names whom the threat is aimed at."""
    text = "The EU threatened to seek new sanctions if Minsk did not free the activists."
    assert coded(coder, text, date="2024-06-05") == [("IGOEUREEC", "BLR", "1312")]


@pytest.mark.model
def test_a_junta_named_first_rules_the_state_last_named(coder: Coder) -> None:
    """A sentence written for this test: "the junta" rules the state the story last named, not
    the foreign army named before it."""
    text = "Italy withdrew troops from Niger after the junta demanded it."
    assert ("junta", "NERMIL") in mentions(coder, text, dt.date(2024, 6, 5))


@pytest.mark.model
def test_the_court_after_a_named_international_court_and_its_warrant_rejected(
    coder: Coder,
) -> None:
    """Sentences written for this test: "the court" after the International Court of Justice is
    that court, not a court of the story's state; a warrant rejected is the issuing court's."""
    text = (
        "The International Court of Justice ordered Azerbaijan to allow aid into the region. "
        "Baku said the court had exceeded its powers."
    )
    assert ("court", "IGOUNOICJ") in mentions(coder, text, dt.date(2024, 6, 5))
    warrant = (
        "The International Criminal Court issued an arrest warrant for Sudan's former "
        "president. Khartoum rejected the warrant, saying the court had no jurisdiction."
    )
    assert ("SDN", "IGOWLDICC", "128") in coded(coder, warrant, date="2024-06-05")


@pytest.mark.model
def test_both_sides_after_suspended_talks_are_the_talks_parties(coder: Coder) -> None:
    """Sentences written for this test: "both sides" urged back to the negotiating table after
    talks were suspended are the two sides of those talks."""
    text = (
        "Sudan suspended talks with the RSF on Monday after an attack on an army post. "
        "Egypt urged both sides to return to the negotiating table."
    )
    events = coded(coder, text, date="2024-06-05")
    assert {(s, t) for s, t, c in events if c == "026"} == {("EGY", "SDN"), ("EGY", "IMGSDNRSF")}


@pytest.mark.model
def test_a_protest_against_a_law_is_not_aimed_at_a_clause_inside_the_law_phrase(
    coder: Coder,
) -> None:
    """A sentence written for this test: a march "against a new law that opponents say copies
    Hungarian rules" is not aimed at Hungary; the relative clause has its own parties."""
    text = (
        "Hundreds of students marched in Belgrade against a new law that opponents say copies "
        "Hungarian rules."
    )
    assert [(e[0], e[1]) for e in coded(coder, text, date="2024-06-05")] == [("SRBEDU", "SRB")]


@pytest.mark.model
def test_people_fleeing_fighting_do_not_fight(coder: Coder) -> None:
    """A sentence written for this test: the fighting people fled is not their act."""
    text = "More than 10,000 people have fled the fighting in North Darfur, the UN said."
    assert coded(coder, text, date="2024-06-05") == []


@pytest.mark.model
def test_the_decision_or_the_measures_judged_are_the_last_act_a_decider_told(
    coder: Coder,
) -> None:
    """Sentences written for this test: "welcomed the decision" judges the latest act another
    state or body took; a strike by unions is no decision or measure to praise."""
    text = "Chad expelled the French ambassador on Monday. Niger welcomed the decision."
    assert ("NER", "TCD", "051") in coded(coder, text, date="2024-06-05")
    unions = (
        "Nigeria's government raised fuel prices on Monday. Unions staged a strike on Tuesday. "
        "The World Bank praised the measures."
    )
    assert not [e for e in coded(coder, unions, date="2024-06-05") if e[1] == "NGALAB"]


@pytest.mark.model
def test_the_army_a_threat_names_is_the_threateners_own(coder: Coder) -> None:
    """Sentences written for this test: "warned that the army would destroy …" names the
    warner's own army, not the last army the story told of, and the threat is aimed at whom
    it would strike; a relative clause of a noun of any kind ("any … unit that crossed the
    border") tells no act."""
    text = (
        "Ukrainian troops advanced near Kursk on Monday. Russia's defence minister warned that "
        "the army would destroy any Ukrainian unit that crossed the border."
    )
    assert ("army", "RUSMIL") in mentions(coder, text, dt.date(2024, 6, 5))
    hit = (
        "Turkey's defence minister warned that the army would hit any PKK position that "
        "threatened Turkish troops."
    )
    assert coded(coder, hit, date="2024-06-05") == [("TURMIL", "IMGTURPKK", "138")]


@pytest.mark.model
def test_a_release_demanded_is_asked_of_who_sentenced_or_jailed_the_person(coder: Coder) -> None:
    """Sentences written for this test: a state demanding its own journalist's release after a
    foreign court sentenced him asks it of that court, not of the journalist."""
    text = (
        "A Belarusian court sentenced Polish journalist Andrzej Poczobut to eight years in "
        "prison. Warsaw called the verdict shameful and demanded his release."
    )
    assert ("POL", "BLRJUD", "1053") in coded(coder, text, date="2024-06-05")


@pytest.mark.model
def test_whether_clauses_and_charges_rejected_beside_their_clause(coder: Coder) -> None:
    """Sentences written for this test: what one will watch "whether" someone does is an open
    question, no act; "…, a charge North Korea denied" answers the accuser."""
    watch = (
        "Armenia and Azerbaijan signed a border deal. The United Nations welcomed the deal but "
        "said it would watch whether Baku honoured its pledges."
    )
    assert [e for e in coded(coder, watch, date="2024-06-05") if e[0] == "AZE"] == []
    charge = "Seoul accused Pyongyang of jamming GPS signals, a charge North Korea denied."
    assert ("PRK", "KOR", "016") in coded(coder, charge, date="2024-06-05")


@pytest.mark.model
def test_a_hyphenated_city_struck_is_named_whole(coder: Coder) -> None:
    """A sentence written for this test: the state of "Port-au-Prince" as the target of an
    attack on places in it is named by the whole name, not by its first word."""
    article = code_text(
        "Gangs stormed two prisons in Port-au-Prince on Saturday.", date="2024-06-05", coder=coder
    )
    assert [(e.target and e.target.code, e.target and e.target.text) for e in article.events] == [
        ("HTI", "Port-au-Prince")
    ]


@pytest.mark.model
def test_the_act_a_first_visit_is_reckoned_from_is_not_told(coder: Coder) -> None:
    """A sentence written for this test: "his first trip since China sanctioned German
    lawmakers" reckons the visit from an old act; that act is not news of the story."""
    text = (
        "German Chancellor Olaf Scholz arrived in Beijing on Sunday, his first trip since China "
        "sanctioned German lawmakers."
    )
    assert coded(coder, text, date="2024-06-05") == [("DEUGOV", "CHN", "042")]


def test_a_missile_test_launched_is_a_show_of_force(coder: Coder) -> None:
    """Sentences written for this test: "test-launched", like "test-fired", is a weapons test
    (150), not a missile attack (194), with or without a place it was launched into."""
    text = "Russia test-launched its Sarmat intercontinental missile from Plesetsk."
    assert coded(coder, text) == [("RUS", None, "150")]
    sea = "North Korea test-launched two cruise missiles into the Yellow Sea."
    assert coded(coder, sea) == [("PRK", None, "150")]


@pytest.mark.model
def test_a_pullout_noun_of_ones_own_troops_is_aimed_at_where_they_leave(coder: Coder) -> None:
    """Sentences written for this test: "completed the withdrawal of its troops from Niger"
    is aimed at Niger, as "withdrew its troops from Niger" is; one's own forces are what the
    pullout moves, not its party."""
    text = "France completed the withdrawal of its troops from Niger."
    assert coded(coder, text) == [("FRA", "NER", "0874")]
    begun = "The Netherlands began the pullout of its soldiers from Mali."
    assert coded(coder, begun) == [("NLD", "MLI", "0874")]


@pytest.mark.model
def test_blocking_a_joint_statement_or_resolution_rejects_it(coder: Coder) -> None:
    """Sentences written for this test: a joint statement, communique or resolution blocked
    is rejected (120) as a blocked declaration is; the statement blocked is never made."""
    text = "Hungary blocked a joint EU statement on the Israel-Hamas war."
    assert coded(coder, text) == [("HUN", "IGOEUREEC", "120")]
    communique = "Russia blocked a G20 communique on Ukraine."
    assert coded(coder, communique) == [("RUS", "IGOWLDGTW", "120")]


@pytest.mark.model
def test_a_truce_concluded_in_a_capital_is_not_aimed_at_the_capitals_state(coder: Coder) -> None:
    """Sentences written for this test: the capital a truce is signed or agreed in is where it
    was concluded, not the ground it covers; a truce declared in a territory still is."""
    text = (
        "Ethiopia and the Tigray People's Liberation Front signed a permanent cessation of"
        " hostilities in Pretoria."
    )
    assert coded(coder, text) == [("ETH", "IMGETHTPL", "0871")]
    agreed = "Israel and Lebanon agreed a ceasefire in Washington."
    assert coded(coder, agreed) == [("ISR", "LBN", "0871")]
    declared = "Israel declared a ceasefire in Gaza."
    assert coded(coder, declared) == [("ISR", "PSE", "0871")]


@pytest.mark.model
def test_a_truce_broken_by_an_attack_codes_both_aimed_at_the_attacked(coder: Coder) -> None:
    """Sentences written for this test: "violated the ceasefire by shelling X" tells two acts,
    the violation (196) and the shelling (194), both aimed at whom the shelling struck; one act
    told twice ("violated Greek airspace by flying jets over Lesbos") stays one event, and a
    means of a threat stays a threat."""
    text = "Azerbaijani forces violated the ceasefire by shelling Armenian positions near Sotk."
    assert coded(coder, text) == [("AZEMIL", "ARMMIL", "196"), ("AZEMIL", "ARMMIL", "194")]
    rockets = "Hamas violated the truce by firing rockets at Israel, the Israeli army said."
    assert coded(coder, rockets) == [("IMGPSEHMS", "ISR", "196"), ("IMGPSEHMS", "ISR", "194")]
    once = "Turkey violated Greek airspace by flying fighter jets over Lesbos."
    assert coded(coder, once) == [("TUR", "GRC", "150")]
    threat = "Moscow threatened to punish Kyiv by cutting gas supplies."
    assert [e[2][:2] for e in coded(coder, threat)] == ["13"]


@pytest.mark.model
def test_a_state_the_tagger_reads_as_a_person_is_no_he(coder: Coder) -> None:
    """Sentences written for this test: "Mali", which the small model tags as a person's name,
    is a state: the next sentence's "It" is Mali and "him" the envoy it expelled, not the
    other way round."""
    text = "Mali expelled the UN envoy on Monday. It accused him of bias."
    assert coded(coder, text) == [("MLI", "IGOUNO", "161"), ("MLI", "IGOUNO", "112")]
    head = "Mali expelled the head of the UN mission on Monday. It accused him of bias."
    assert ("IGOUNO", "MLI", "112") not in coded(coder, head)


@pytest.mark.model
def test_an_offices_compound_names_the_office_not_whom_the_act_is_on(coder: Coder) -> None:
    """Sentences written for this test: a "UN resident coordinator" expelled is one official
    expelled (174), not a mass expulsion of residents (201); residents expelled still are."""
    text = "Burkina Faso expelled the UN resident coordinator."
    assert coded(coder, text) == [("BFA", "IGOUNO", "174")]
    residents = "The army expelled hundreds of residents from the village."
    assert [e[2] for e in coded(coder, residents)] == ["201"]


@pytest.mark.model
def test_a_permanent_members_veto_of_a_resolution_is_cast_in_the_security_council(
    coder: Coder,
) -> None:
    """Sentences written for this test: a resolution vetoed by a permanent member is put to
    the Security Council, the veto's party (129), not the state the text is about; a body's
    own statement vetoed stays aimed at the body."""
    text = (
        "The United States on Friday vetoed an Algerian-drafted resolution demanding a halt"
        " to the fighting in Gaza."
    )
    assert coded(coder, text) == [("USA", "IGOUNOUSC", "129")]
    pair = "Britain and France vetoed a draft resolution on Libya on Tuesday."
    assert coded(coder, pair) == [("GBR", "IGOUNOUSC", "129"), ("FRA", "IGOUNOUSC", "129")]
    body = "Hungary vetoed a European Union statement on Taiwan."
    assert coded(coder, body) == [("HUN", "IGOEUREEC", "129")]


@pytest.mark.model
def test_the_last_word_of_a_bodys_name_later_stands_for_the_body(coder: Coder) -> None:
    """Snippets written for this test: "the Guards" after "Iran's Revolutionary Guards", "the
    Front" after "the Polisario Front" and "the League" after "the Arab League" are those
    bodies, as a surname is the person named before."""
    guards = (
        "Iran's Revolutionary Guards seized a container ship in the Strait of Hormuz on"
        " Saturday. Israel's foreign minister called for sanctions against the Guards."
    )
    assert coded(coder, guards)[-1] == ("ISRGOV", "IRNMIL", "020")
    front = (
        "Morocco accused the Polisario Front of attacking a town in Western Sahara."
        " The Front denied the charge."
    )
    assert coded(coder, front) == [("MAR", "IMGESHPOL", "112"), ("IMGESHPOL", "MAR", "016")]
    league = (
        "The Arab League held an emergency meeting on Sunday. Jordan urged the League to act"
        " against Israel."
    )
    assert ("JOR", "IGOARBALL", "020") in coded(coder, league)


@pytest.mark.model
def test_a_states_protest_is_a_complaint_and_a_crowds_is_aimed_at_the_doer(coder: Coder) -> None:
    """Sentences written for this test: a state or its government that "protested" another's
    act complains officially (114), not in the street (141); people protesting a deed named
    with its "by" doer demonstrate against the doer, and a crowd's protest stays a
    demonstration whatever "to" phrase the parser hangs on the verb."""
    state = "The Philippines protested the Chinese coast guard's firing of water cannon."
    assert coded(coder, state) == [("PHL", "CHNMIL", "114")]
    ministry = "Russia protested the seizure of its diplomatic property in Poland."
    assert coded(coder, ministry) == [("RUS", "POL", "114")]
    crowd = "Thousands of people protested the killing of a teenager by police in Nanterre."
    assert coded(coder, crowd) == [("FRACVL", "FRACOP", "141")]
    handover = "Hundreds of Armenians protested the handover of border villages to Azerbaijan."
    assert [e[2] for e in coded(coder, handover)] == ["141"]


@pytest.mark.model
def test_the_possessive_of_ones_own_show_of_force_is_no_party(coder: Coder) -> None:
    """Sentences written for this test: "its" on a test or drills one holds is the doer's, so
    a state reporting it after a comma is not the show of force's party."""
    text = "North Korea conducted its seventh nuclear test on Sunday, Seoul said."
    assert coded(coder, text) == [("PRK", None, "150")]
    drills = "Iran held its largest naval drills in the Gulf, Washington said."
    assert coded(coder, drills) == [("IRN", None, "150")]


@pytest.mark.model
def test_an_institution_first_named_as_subject_is_the_previous_subjects(coder: Coder) -> None:
    """Snippets written for this test: "The ministry" opening a sentence after "Somalia
    expelled Ethiopia's ambassador" is Somalia's, not the expelled envoy's state; a ministry
    named before in full keeps its own code."""
    text = (
        "Somalia expelled Ethiopia's ambassador on Thursday. The ministry accused Addis Ababa"
        " of meddling in Somali affairs."
    )
    assert coded(coder, text) == [("SOM", "ETHGOV", "161"), ("SOMGOV", "ETH", "112")]
    named = (
        "Ukraine's foreign ministry summoned the Hungarian ambassador. The ministry condemned"
        " Budapest's remarks."
    )
    assert coded(coder, named) == [("UKRGOV", "HUNGOV", "114"), ("UKRGOV", "HUN", "111")]


@pytest.mark.model
def test_an_accused_gerund_clause_is_no_owner_of_the_accused(coder: Coder) -> None:
    """Snippets written for this test: in "accused the embassy staff of helping Armenia" the
    parser hangs the gerund's "of" on the accused; what they did is no owner of them, so the
    staff are the French diplomats told before, not Armenia's, and "the mission" the EU's."""
    staff = (
        "Azerbaijan expelled two French diplomats. Baku accused the embassy staff of helping"
        " Armenia."
    )
    assert coded(coder, staff) == [("AZE", "FRAGOV", "161"), ("AZE", "FRAGOV", "112")]
    mission = (
        "Niger ordered the withdrawal of the EU mission. The junta accused the mission of"
        " working for France."
    )
    assert ("NERMIL", "IGOEUREEC", "112") in coded(coder, mission)


@pytest.mark.model
def test_a_named_outlet_suspended_or_banned_curbs_expression(coder: Coder) -> None:
    """Sentences written for this test: a news outlet named by its own name ("the BBC", "Al
    Jazeera") suspended or banned meets the lexicon's rows for a broadcaster (1721), one
    event per outlet."""
    text = "The junta in Burkina Faso suspended the BBC and Voice of America for two weeks."
    assert coded(coder, text) == [("BFAMIL", "GBRMED", "1721"), ("BFAMIL", "USAMED", "1721")]
    banned = "Israel banned Al Jazeera from operating in the country."
    assert coded(coder, banned) == [("ISR", "QATMED", "1721")]


@pytest.mark.model
def test_an_armed_group_based_in_a_country_is_of_that_country(coder: Coder) -> None:
    """Snippets written for this test: militants a participle says are based or hiding in a
    country are of that country, not of the story's most named one; a community keeps its
    group code."""
    text = (
        "Pakistan's foreign ministry summoned the Afghan charge d'affaires on Monday. It"
        " protested cross-border attacks by militants based in Afghanistan."
    )
    assert coded(coder, text)[-1] == ("PAKGOV", "AFGINS", "114")
    hiding = "Congolese troops attacked rebels hiding in Uganda, the army said."
    assert coded(coder, hiding) == [("CODMIL", "UGAREB", "190")]
    kurds = "Turkey's army shelled Kurdish militants based in northern Iraq."
    assert coded(coder, kurds) == [("TURMIL", "IRQINSKUR", "194")]


@pytest.mark.model
def test_access_granted_is_aimed_at_whom_it_is_granted(coder: Coder) -> None:
    """Sentences written for this test: "granted the ICRC access to detention centres" allows
    international involvement (086) to the ICRC, which the parser folds into "access" as a
    compound; the "to" phrase is where, not whom."""
    text = "Mali's junta granted the ICRC access to detention centres."
    assert coded(coder, text) == [("MLIMIL", "NGOHUMICR", "086")]
    agencies = "South Sudan's government granted UN agencies access to Upper Nile state."
    assert coded(coder, agencies) == [("SSDGOV", "IGOUNO", "086")]


@pytest.mark.model
def test_access_refused_is_aimed_at_whom_it_is_refused(coder: Coder) -> None:
    """A sentence written for this test: access denied to a body the parser folds into
    "access" refuses international involvement (1245) to that body, as granting it allows."""
    text = "Myanmar's junta denied the ICRC access to Rakhine state."
    assert coded(coder, text) == [("MMRMIL", "NGOHUMICR", "1245")]


@pytest.mark.model
def test_captives_handed_to_the_red_cross_are_released_to_their_side(coder: Coder) -> None:
    """Sentences written for this test: the Red Cross that carries freed captives home is no
    party to their release, which is aimed at the people freed (0841), soldiers as well as
    hostages; a state they are handed to stays the party."""
    text = "Hamas handed over three Israeli hostages to the Red Cross in Khan Younis."
    assert coded(coder, text) == [("IMGPSEHMS", "ISRCVL", "0841")]
    soldiers = "The M23 handed over 10 captured soldiers to the ICRC in Goma."
    assert coded(coder, soldiers) == [("IMGCODMTT", "CODMIL", "0841")]
    state = "Russia handed over 50 Ukrainian prisoners to Ukraine."
    assert coded(coder, state) == [("RUS", "UKR", "0841")]


@pytest.mark.model
def test_an_offer_to_mediate_between_the_two_neighbours_and_an_agreement_together(
    coder: Coder,
) -> None:
    """Sentences written for this test: an offer to mediate "between the two neighbours" is
    made to the two states that fought before; two states that agreed together to end a
    dispute each stated that intent towards the other."""
    text = (
        "Eritrean and Ethiopian troops exchanged fire along their border on Monday. "
        "Kenya offered to mediate between the two neighbours."
    )
    events = coded(coder, text, date="2024-06-05")
    assert {(s, t) for s, t, c in events if c == "039"} == {("KEN", "ERI"), ("KEN", "ETH")}
    agreed = "Guyana and Suriname agreed on Friday to end a dispute over fishing rights."
    assert {(s, t) for s, t, _ in coded(coder, agreed, date="2024-06-05")} == {
        ("GUY", "SUR"),
        ("SUR", "GUY"),
    }


@pytest.mark.model
def test_they_after_coordinated_speakers_and_bases_hosting_troops(coder: Coder) -> None:
    """Sentences written for this test: "they" in what several named states said stands for
    all of them, not the first alone; a base "hosting U.S. troops" that is struck stands for
    the troops."""
    text = "Ghana, Togo and Benin said they supported Nigeria's bid."
    assert {s for s, _, _ in coded(coder, text, date="2024-06-05")} == {"GHA", "TGO", "BEN"}
    base = "Iraqi militias fired drones at a base hosting U.S. troops in Syria on Sunday."
    assert [e[1] for e in coded(coder, base, date="2024-06-05")] == ["USAMIL"]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The U.S. Treasury froze the assets of five Nicaraguan officials.",
            [("USAGOV", "NICGOV", "163")],
        ),
        (
            "Switzerland froze the assets of the former Ukrainian president.",
            [("CHE", "UKRELI", "163")],
        ),
        (
            "Police seized the property of the opposition leader in Harare.",
            [("ZWECOP", "ZWEOPP", "1711")],
        ),
        ("Britain froze the assets of Russia.", [("GBR", "RUS", "163")]),
    ],
)
def test_assets_of_someone_are_theirs(
    coder: Coder, text: str, expected: list[tuple[str, str, str]]
) -> None:
    """Sentences written for this probe: assets, holdings or property "of" someone stand for
    their holder, as the positions or websites of someone do (the officials, not their
    country); a state's own assets stay the state's."""
    assert coded(coder, text, date="2024-06-05") == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The court in Islamabad granted bail to former Prime Minister Imran Khan.",
            [("PAKJUD", "PAKELI", "0841")],
        ),
        ("A Nairobi court approved bail for the two activists.", [("KENJUD", "KENNGO", "0841")]),
        (
            "The high court in Harare denied bail to the journalist.",
            [("ZWEJUD", "ZWEMED", "1243")],
        ),
        (
            "The magistrate rejected bail for the three protesters in Kampala.",
            [("UGAJUD", "UGACVL", "1243")],
        ),
    ],
)
def test_bail_granted_releases_and_bail_denied_refuses_release(
    coder: Coder, text: str, expected: list[tuple[str, str, str]]
) -> None:
    """Sentences written for this probe: a court granting or approving bail releases the
    accused (0841), as "released on bail" does; denying, refusing or rejecting bail refuses to
    release them (1243), not a denial of responsibility (016)."""
    assert coded(coder, text, date="2024-06-05") == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Police in Islamabad arrested hundreds of supporters of the Pakistan Tehreek-e-Insaf"
            " party. The party condemned the arrests.",
            [("PAKCOP", "PAKOPP", "173"), ("PAKOPP", "PAKCOP", "111")],
        ),
        (
            "Zimbabwe's main opposition party said police had detained 20 of its members. The"
            " party accused the government of a crackdown.",
            [("ZWECOP", "ZWEOPP", "173"), ("ZWEOPP", "ZWEGOV", "112")],
        ),
        (
            "The Turkish opposition party CHP called for early elections. Its leader accused"
            " President Erdogan of destroying the economy.",
            [("TUROPP", "TURGOV", "112")],
        ),
        (
            "Kenyan teachers' union KNUT called a national strike. Its leader accused the"
            " government of ignoring a pay deal.",
            [("KENLAB", "KENCVL", "143"), ("KENLAB", "KENGOV", "112")],
        ),
    ],
)
def test_the_party_and_its_leader_refer_back_to_the_party(
    coder: Coder, text: str, expected: list[tuple[str, str, str]]
) -> None:
    """Snippets written for this probe: "the party" is the political party named before, and
    "its leader" or "its spokesman" after a party, union or other body outside the state is
    that body's (TUROPP), not the government of its country (TURGOV)."""
    assert coded(coder, text, date="2024-06-05") == expected


@pytest.mark.model
def test_the_takeover_after_a_coup_is_the_soldiers(coder: Coder) -> None:
    """A snippet written for this probe: "the takeover" judged after soldiers staged a coup
    (180) refers back to the coup, as it did to a seizure (171), and is aimed at them."""
    text = "Army officers in Niger staged a coup on July 26. ECOWAS denounced the takeover."
    assert coded(coder, text, date="2024-06-05") == [
        ("NERMIL", None, "180"),
        ("IGOWAFWAS", "NERMIL", "111"),
    ]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police in Mombasa arrested two American tourists.", [("KENCOP", "USACVL", "173")]),
        (
            "A court in Mombasa convicted two Americans of drug trafficking.",
            [("KENJUD", "USACVL", "116")],
        ),
        (
            "The United States criticised a court in Osh for jailing a journalist.",
            [("USA", "KGZJUD", "111")],
        ),
    ],
)
def test_courts_and_police_sit_in_the_town_of_their_in_phrase(
    coder: Coder, text: str, expected: list[tuple[str, str, str]]
) -> None:
    """Sentences written for this probe: a court or the police "in" a town that is no capital
    are of the town's country, as a hospital in a town is, not of the story's most named
    country (the Americans' in these sentences)."""
    assert coded(coder, text, date="2024-06-05") == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Spanish Supreme Court ordered the extradition of the businessman to Mexico.",
            [("ESPJUD", "MEX", "063")],
        ),
        (
            "A court in Johannesburg approved the extradition of the former finance minister to"
            " the United States.",
            [("ZAFJUD", "USA", "063")],
        ),
        ("Kenya's cabinet approved the release of 200 prisoners.", [("KENGOV", "KENCVL", "0841")]),
    ],
)
def test_an_approved_act_and_where_the_one_handed_over_goes(
    coder: Coder, text: str, expected: list[tuple[str, str, str]]
) -> None:
    """Sentences written for this probe: an extradition is judicial cooperation with the state
    its "to" phrase names, also where the parser hangs that phrase on the person handed over;
    approving or authorising an act the lexicon codes as a deed is that act, not praise (051)."""
    assert coded(coder, text, date="2024-06-05") == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Bolivian police arrested former interim president Jeanine Anez on Saturday. She"
            " branded the arrest an abuse of power.",
            [("BOLCOP", "BOLELI", "173"), ("BOLELI", "BOLCOP", "111")],
        ),
        (
            "Police in Caracas detained the opposition activist on Monday. The opposition"
            " described the detention as a kidnapping.",
            [("VENCOP", "VENOPP", "173"), ("VENOPP", "VENCOP", "111")],
        ),
        (
            "A court in Istanbul sentenced the mayor to two years in prison. His party called the"
            " verdict a political vendetta.",
            [("TURJUD", "TURGOV", "116"), ("TURGOV", "TURJUD", "111")],
        ),
    ],
)
def test_words_of_domestic_quarrels_judge_the_act_named(
    coder: Coder, text: str, expected: list[tuple[str, str, str]]
) -> None:
    """Snippets written for this probe: naming an arrest or a verdict "an abuse of power", "a
    kidnapping" or "a vendetta" condemns whoever did it (111), and a verdict is told again only
    by the court, so a party of the court's own country that judges it answers the court."""
    assert coded(coder, text, date="2024-06-05") == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Mali's junta suspended the activities of all political parties.",
            [("MLIMIL", None, "1722")],
        ),
        ("Guinea's junta banned the activities of the opposition.", [("GINMIL", "GINOPP", "1722")]),
        (
            "The Tajik authorities suspended the opposition party in 2015.",
            [("TJKGOV", "TJKOPP", "1722")],
        ),
    ],
)
def test_parties_or_their_activities_suspended_are_banned(
    coder: Coder, text: str, expected: list[tuple[str, str | None, str]]
) -> None:
    """Sentences written for this probe: suspending a party, or suspending, banning or freezing
    the activities of parties or of the opposition, bars them from political life (1722), as
    banning or dissolving a party does."""
    assert coded(coder, text, date="2024-06-05") == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sri Lanka asked China for debt relief.", [("LKA", "CHN", "0231")]),
        ("France offered debt relief to Senegal.", [("FRA", "SEN", "0331")]),
        ("China promised debt relief for Ethiopia.", [("CHN", "ETH", "0331")]),
        ("Japan offered humanitarian relief to Turkey.", [("JPN", "TUR", "0333")]),
    ],
)
def test_debt_relief_is_economic_aid(
    coder: Coder, text: str, expected: list[tuple[str, str, str]]
) -> None:
    """Sentences written for this probe: debt relief asked for, offered or promised is
    economic aid (0231, 0331), not humanitarian relief (0233, 0333), which relief after a
    disaster stays."""
    assert coded(coder, text, date="2024-06-05") == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A Moscow court acquitted the journalist of all charges.", [("RUSJUD", "RUSMED", "081")]),
        (
            "Kenya's Court of Appeal overturned the conviction of the former governor.",
            [("KENJUD", "KENELI", "081")],
        ),
        (
            "A court in Dhaka acquitted the opposition leader on Sunday.",
            [("BGDJUD", "BGDOPP", "081")],
        ),
    ],
)
def test_acquittals_and_quashed_convictions_lift_the_charges(
    coder: Coder, text: str, expected: list[tuple[str, str, str]]
) -> None:
    """Sentences written for this probe: a court acquitting or exonerating someone, or
    quashing or overturning a conviction, lifts the legal sanction (081), as dropping charges
    does."""
    assert coded(coder, text, date="2024-06-05") == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Transport workers in Nigeria called off their strike after the government raised"
            " wages.",
            [("NGALAB", "NGAGOV", "082")],
        ),
        (
            "Farmers in India ended their year-long protest after the government repealed the"
            " farm laws.",
            [("INDAGR", "INDGOV", "082")],
        ),
    ],
)
def test_their_is_the_plural_subject_and_a_concession_is_yielded_to(
    coder: Coder, text: str, expected: list[tuple[str, str, str]]
) -> None:
    """Sentences written for this probe: "their" on a clause's object is that clause's plural
    subject named before it (the workers'), not the country of the subject's "in" phrase, which
    is the latest name; and a protest ended "after" someone raised wages or repealed laws yields
    to them, as one after they agreed or promised does."""
    assert coded(coder, text, date="2024-06-05") == expected


@pytest.mark.model
def test_review_guards_on_session_30_rules(coder: Coder) -> None:
    """Sentences written for this test, from a review of this session's rules: an institution
    opening a sentence is not the previous subject's when its verb's object names that state;
    a junta is never the state judging it; a people's protest is no official complaint; jets
    scrambled answer the foreign force told before; a relative clause that tells who made a
    policy names the protest's target, while one that tells what critics say of it does not;
    "attacked X by firing rockets" is one attack."""
    ministry = (
        "Ethiopian drones struck Sudanese border towns on Monday. The foreign ministry accused "
        "Ethiopia of aggression."
    )
    assert ("SDNGOV", "ETH", "1123") in coded(coder, ministry, date="2024-06-05")
    junta = "Guinea's army seized power in a coup. Senegal condemned the junta."
    assert ("SEN", "GINMIL", "111") in coded(coder, junta, date="2024-06-05")
    people = "Chileans protested in Santiago against the pension reform."
    assert [e[2] for e in coded(coder, people, date="2024-06-05")] == ["141"]
    jets = "Russian bombers flew near Alaska on Monday. The United States scrambled fighter jets."
    assert ("USA", "RUSMIL", "150") in coded(coder, jets, date="2024-06-05")
    levy = "Students rallied in Accra against a levy that parliament approved."
    assert coded(coder, levy, date="2024-06-05") == [("GHAEDU", "GHALEG", "141")]
    rockets = "Hamas attacked Israel by firing rockets at Ashkelon."
    assert [e[2] for e in coded(coder, rockets, date="2024-06-05")] == ["190"]


@pytest.mark.model
def test_a_release_of_ones_own_people_is_asked_of_who_arrested_them(coder: Coder) -> None:
    """Sentences written for this test: "demanded their release", with "their" read as the
    asker's own, is asked of whoever the story told had arrested the asker's people."""
    text = (
        "Niger arrested three Beninese customs officers on Monday. Cotonou demanded their release."
    )
    assert ("BEN", "NER", "1053") in coded(coder, text, date="2024-06-05")


@pytest.mark.model
def test_a_subject_set_off_by_commas_keeps_its_verb(coder: Coder) -> None:
    """Sentences written for this test: a relative clause or an apposition between commas
    after a name, which the small model reads as the sentence's root with the verb hung on it,
    leaves the name the subject of the verb."""
    relative = "Indonesia, which chairs the bloc, offered to mediate between Laos and Vietnam."
    assert coded(coder, relative, date="2024-06-05") == [
        ("IDN", "LAO", "039"),
        ("IDN", "VNM", "039"),
    ]
    apposition = "Indonesia, the bloc's chair, offered to mediate between Laos and Vietnam."
    assert coded(coder, apposition, date="2024-06-05") == [
        ("IDN", "LAO", "039"),
        ("IDN", "VNM", "039"),
    ]


@pytest.mark.model
def test_a_pledge_to_invest_is_economic_cooperation_in_the_host(coder: Coder) -> None:
    """Sentences written for this test: investing is economic cooperation (intended, 0311),
    not aid, and is aimed at the state invested in."""
    text = "Qatar pledged to invest $5 billion in Jordan over the next decade."
    assert coded(coder, text, date="2024-06-05") == [("QAT", "JOR", "0311")]


@pytest.mark.model
def test_a_truce_announced_between_two_sides_is_theirs(coder: Coder) -> None:
    """Sentences written for this test: a third party announcing a truce "between" two sides
    reports the sides' ceasefire, coded once between them; a side announcing its own truce
    with the other is still its own."""
    mediated = "Turkey announced a ceasefire between Armenia and Azerbaijan on Friday."
    assert coded(coder, mediated, date="2024-06-05") == [("ARM", "AZE", "0871")]
    own = "Armenia announced a ceasefire with Azerbaijan on Friday."
    assert coded(coder, own, date="2024-06-05") == [("ARM", "AZE", "0871")]


@pytest.mark.model
def test_a_named_broadcaster_is_its_countrys_media_not_the_state(coder: Coder) -> None:
    """Sentences written for this test: "France 24" is the French broadcaster (FRAMED), not
    France and a number; a state newspaper that warns is the media's warning."""
    text = "Burkina Faso's junta suspended France 24 for two weeks."
    assert coded(coder, text, date="2024-06-05") == [("BFAMIL", "FRAMED", "1721")]
    text = "The Global Times warned Manila against further provocations."
    assert [e[0] for e in coded(coder, text, date="2024-06-05")] == ["CHNMED"]


@pytest.mark.model
def test_the_court_after_a_possessive_court_name_is_that_court(coder: Coder) -> None:
    """Sentences written for this test: "the court" refers back to the International Criminal
    Court also when the article named it in the possessive ("the International Criminal
    Court's arrest warrant"), not to a court of the latest state named."""
    text = (
        "Israel rejected the International Criminal Court's arrest warrant for Benjamin "
        "Netanyahu. Poland said on Friday it would study the ruling. The court's president "
        "criticised Israel."
    )
    assert ("IGOWLDICC", "ISR", "111") in coded(coder, text, date="2024-11-22")


@pytest.mark.model
def test_duties_on_goods_from_a_state_are_aimed_at_it(coder: Coder) -> None:
    """Sentences written for this test: duties on goods a participle says come from a state are
    a sanction on that state, and where the goods were made is not where the act happened."""
    text = "Turkey imposed duties on steel imported from Vietnam on Monday."
    assert coded(coder, text, date="2024-06-05") == [("TUR", "VNM", "163")]
    text = "Mexico raised tariffs on shoes made in China."
    story = code_text(text, "2024-06-05", coder)
    assert [(e.source.code, e.target and e.target.code, e.cameo) for e in story.events] == [
        ("MEX", "CHN", "163")
    ]
    assert story.events[0].location is None


@pytest.mark.model
def test_a_resolution_censuring_a_state_is_its_authors_censure(coder: Coder) -> None:
    """Sentences written for this test: a resolution "censuring" or "deploring" does what its
    author does, as one "condemning" does, with a time phrase between or not."""
    text = "The IAEA board passed a resolution on Thursday censuring Iran for blocking inspectors."
    assert coded(coder, text, date="2024-06-05") == [("IGOUNOIAE", "IRN", "111")]
    text = "The European Parliament adopted a resolution deploring the arrests of journalists."
    assert [e[:1] + e[2:] for e in coded(coder, text, date="2024-06-05")] == [("IGOEURPAR", "111")]


@pytest.mark.model
def test_a_rejected_protest_answers_the_state_that_lodged_it(coder: Coder) -> None:
    """Sentences written for this test: "the protest" a state rejects refers back to the
    official complaint (114) told before, and is aimed at the state that lodged it."""
    text = (
        "Japan lodged a protest with China over the detention of a Japanese businessman. "
        "China's foreign ministry spokesman, Wang Wenbin, rejected the protest."
    )
    assert coded(coder, text, date="2024-06-05") == [
        ("JPN", "CHN", "114"),
        ("CHNGOV", "JPN", "120"),
    ]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Czech Prime Minister Petr Fiala said Prague would push for a ban on Russian"
            " diplomats. Hungary's foreign minister, Peter Szijjarto, criticised the proposal.",
            [("CZE", "RUSGOV", "020"), ("HUNGOV", "CZE", "111")],
        ),
        (
            "Japan pledged $2 billion in aid to the Philippines. Manila welcomed the package.",
            [("JPN", "PHL", "0331"), ("PHL", "JPN", "051")],
        ),
    ],
)
def test_a_judged_proposal_or_package_is_the_act_told_before(
    coder: Coder, text: str, expected: list[tuple[str, str, str]]
) -> None:
    """Sentences written for this test: "the proposal", "the package" sum up the act another
    party told of before, as "the decision" does, and a judgement of them is aimed at it."""
    assert coded(coder, text, date="2024-06-05") == expected


@pytest.mark.model
def test_each_others_envoys_are_two_directional_events(coder: Coder) -> None:
    """Sentences written for this test: two states that "expelled each other's diplomats" or
    "criticised each other's budgets" each act on the other (CODING.md §7), not on the
    last-named side's own people."""
    expelled = (
        "India and Canada expelled each other's top diplomats in a deepening row over the"
        " killing of a Sikh separatist leader."
    )
    assert coded(coder, expelled, date="2024-06-05") == [
        ("IND", "CAN", "161"),
        ("CAN", "IND", "161"),
    ]
    budgets = "Armenia and Azerbaijan criticised each other's military budgets."
    assert coded(coder, budgets, date="2024-06-05") == [
        ("ARM", "AZE", "111"),
        ("AZE", "ARM", "111"),
    ]


@pytest.mark.model
def test_approving_recognition_grants_it(coder: Coder) -> None:
    """Sentences written for this test: a parliament or cabinet that "approved recognition of"
    a state grants it diplomatic recognition (054), not a mere endorsement (051)."""
    text = "Slovenia's parliament approved recognition of Palestine on Tuesday."
    assert coded(coder, text, date="2024-06-05") == [("SVNLEG", "PSE", "054")]
    cabinet = "The Spanish cabinet approved the recognition of a Palestinian state."
    assert coded(coder, cabinet, date="2024-06-05") == [("ESPGOV", "PSE", "054")]


@pytest.mark.model
def test_announced_aid_is_pledged_aid(coder: Coder) -> None:
    """Sentences written for this test: aid, loans or weapons "announced" for a state are
    pledged to it (033x), as with "pledged"; an announced loss is no aid."""
    assert coded(
        coder, "The European Union announced 7.4 billion euros in aid to Jordan.", "2024-06-05"
    ) == [("IGOEUREEC", "JOR", "033")]
    assert coded(coder, "Canada announced a $2 billion loan to Ukraine.", "2024-06-05") == [
        ("CAN", "UKR", "0331")
    ]
    assert coded(coder, "The company announced a $1 billion loss.", "2024-06-05") == []


@pytest.mark.model
def test_adding_to_a_blacklist_is_a_sanction(coder: Coder) -> None:
    """Sentences written for this test: a state that "added" people or firms "to its
    blacklist", or "put" them "on" it, sanctions them (163); a party's list is no sanction."""
    added = "Britain added two Iranian generals to its blacklist."
    assert coded(coder, added, date="2024-06-05") == [("GBR", "IRNMIL", "163")]
    put = "Washington put three Russian banks on its blacklist."
    assert coded(coder, put, date="2024-06-05") == [("USA", "RUSBUS", "163")]
    listed = "The party added three candidates to its list."
    assert coded(coder, listed, date="2024-06-05") == []


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kenya also received $500 million in budget support from the African Development Bank.",
            [("IGOAFRADB", "KEN", "071")],
        ),
        (
            "Pakistan received a $3 billion loan from the IMF.",
            [("IGOUNOIMF", "PAK", "071")],
        ),
        ("Sudan received 20 tonnes of food from Egypt.", [("EGY", "SDN", "073")]),
        ("Netanyahu received Blinken in Jerusalem.", [("ISRGOV", "USAGOV", "043")]),
    ],
)
def test_aid_received_from_a_giver_is_the_givers_aid(
    coder: Coder, text: str, expected: list[tuple[str, str, str]]
) -> None:
    """Sentences written for this test: money, a loan or food "received from" a state or
    body is that giver's aid to the receiver (07x), as "provided" would code it, not the
    receiver hosting the giver (043); a visitor received is still hosted."""
    assert coded(coder, text, date="2024-06-05") == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Erdogan welcomed Sisi in Ankara.", [("TURGOV", "EGYGOV", "043")]),
        ("Macron welcomed Zelenskiy to Paris on Tuesday.", [("FRAGOV", "UKRGOV", "043")]),
        ("Merkel welcomed the decision in Berlin.", [("DEUELI", "DEU", "051")]),
    ],
)
def test_a_named_guest_welcomed_in_a_place_is_hosted(
    coder: Coder, text: str, expected: list[tuple[str, str, str]]
) -> None:
    """Sentences written for this test: a leader "welcomed" a named guest "in" or "to" a
    named place hosts a visit (043), as "received" does; welcoming a decision stays praise."""
    assert coded(coder, text, date="2024-06-05") == expected


@pytest.mark.model
def test_a_vote_judged_refers_back_to_the_voting_bodys_act(coder: Coder) -> None:
    """Sentences written for this test: "the vote" or "the resolution" judged is the act a
    voting body told of before, even when that act was itself a judgement."""
    text = (
        "The UN Human Rights Council censured Eritrea on Thursday over forced conscription. "
        "Asmara rejected the resolution as biased."
    )
    assert ("ERI", "IGOUNOHRC", "120") in coded(coder, text, date="2024-06-05")


@pytest.mark.model
def test_a_threat_to_pay_back_is_aimed_at_who_acted_against_the_threatener(coder: Coder) -> None:
    """Sentences written for this test: a threat to retaliate or respond that names no one is
    aimed at whoever last acted against the threatener's state; paying back an act that was
    no force is a threat (130), paying back force a threat of force (138)."""
    expelled = "Estonia expelled a Russian diplomat on Tuesday. Moscow vowed to respond in kind."
    assert ("RUS", "EST", "130") in coded(coder, expelled, date="2024-06-05")
    shelled = "Azerbaijani troops shelled Armenian villages. Yerevan threatened to retaliate."
    assert ("ARM", "AZEMIL", "138") in coded(coder, shelled, date="2024-06-05")


@pytest.mark.model
def test_the_bloc_expulsions_and_duties_refer_back_to_their_acts(coder: Coder) -> None:
    """Sentences written for this test: "the bloc" is a grouping of states named before, not
    a trade court or agency named since; "the expulsions" may be diplomats expelled (161); "the
    duties" are the duties a state imposed (163)."""
    bloc = (
        "The European Union raised tariffs on Chinese steel. The World Trade Organization "
        "opened a review. Beijing criticised the bloc on Friday."
    )
    assert ("CHN", "IGOEUREEC", "111") in coded(coder, bloc, date="2024-06-05")
    expulsions = (
        "Latvia expelled three Russian diplomats on Monday. The Russian embassy in Riga called "
        "the expulsions a provocation."
    )
    assert ("RUSGOV", "LVA", "111") in coded(coder, expulsions, date="2024-06-05")
    duties = (
        "India imposed duties on Chinese solar panels. The Chinese commerce ministry called the "
        "duties unjustified."
    )
    assert ("CHNGOV", "IND", "111") in coded(coder, duties, date="2024-06-05")


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "U.S. Africa Command carried out an air strike on al-Shabaab fighters.",
            [("USAMIL", "IMGSOMSHB", "195")],
        ),
        (
            "CENTCOM said it shot down two Houthi drones.",
            [("USAMIL", "IMGYEMHOU", "190")],
        ),
    ],
)
def test_us_combatant_commands_are_the_us_military(
    coder: Coder, text: str, expected: list[tuple[str, str, str]]
) -> None:
    """Sentences written for this probe: a U.S. combatant command (Central Command, Africa
    Command, by name or acronym) is the U.S. military, as the Pentagon is."""
    assert coded(coder, text, date="2024-06-05") == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ukrainian drones struck a Russian oil depot.", [("UKRMIL", "RUS", "1952")]),
        ("Hezbollah attacked an Israeli base with drones.", [("IMGLBNHEZ", "ISR", "1952")]),
    ],
)
def test_force_by_drones_is_remotely_piloted_munitions(
    coder: Coder, text: str, expected: list[tuple[str, str, str]]
) -> None:
    """Sentences written for this probe: drones acting, or the weapon of an attack, make the
    force 1952 (remotely piloted aerial munitions), as "launched a drone attack" already was,
    not the plain aerial 195."""
    assert coded(coder, text, date="2024-06-05") == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ukrainian artillery shelled Russian positions near Avdiivka.",
            [("UKRMIL", "RUSMIL", "194")],
        ),
        (
            "Russian artillery pounded Ukrainian positions near Chasiv Yar.",
            [("RUSMIL", "UKRMIL", "194")],
        ),
        ("China criticised Japan's positions on Taiwan.", [("CHN", "JPN", "111")]),
        ("Russia said Ukrainian jets bombed its positions near Kursk.", [("UKRMIL", "RUS", "195")]),
    ],
)
def test_a_states_positions_struck_are_its_military(
    coder: Coder, text: str, expected: list[tuple[str, str, str]]
) -> None:
    """Sentences written for this probe: a state's positions struck are its armed forces
    (MIL), not the bare state; positions "on" a matter are views, not troops, and "its
    positions" stand for the state the pronoun names, as other possessions do."""
    assert coded(coder, text, date="2024-06-05") == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Israeli warplanes struck a school sheltering displaced families in central Gaza.",
            [("ISRMIL", "PSEEDU", "195")],
        ),
        ("Israeli troops raided the Jenin refugee camp.", [("ISRMIL", "PSEREF", "190")]),
        (
            "Russian jets bombed a hospital treating wounded soldiers in Kharkiv.",
            [("RUSMIL", "UKRHLH", "195")],
        ),
    ],
)
def test_a_building_struck_is_of_the_place_its_name_or_clause_gives(
    coder: Coder, text: str, expected: list[tuple[str, str, str]]
) -> None:
    """Sentences written for this probe: a school, hospital or camp struck belongs to the
    country of the place compounded on its name ("the Jenin refugee camp") or named in its own
    clause ("sheltering displaced families in central Gaza"), not to the attacker's."""
    assert coded(coder, text, date="2024-06-05") == expected


@pytest.mark.model
def test_a_possessor_read_as_a_person_does_not_make_a_body_one_person(coder: Coder) -> None:
    """Sentences written for this probe: in "Mali's army said it had …" the tagger may take
    "Mali" for a person; the army is still a body, so "it" is the army (not nothing, nor the
    previous sentence's security forces)."""
    text = (
        "Gunmen kidnapped 15 bus passengers in northern Burkina Faso, security sources said. "
        "Mali's army said it had destroyed a rebel convoy near Kidal."
    )
    assert ("MLIMIL", "190") in [(e[0], e[2]) for e in coded(coder, text, date="2024-06-05")]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Mali's army said it had destroyed a rebel convoy with drone strikes.",
            [("MLIMIL", "MLIREB", "1952")],
        ),
        (
            "Sudan's army destroyed RSF vehicles with air strikes near Omdurman.",
            [("SDNMIL", "IMGSDNRSF", "195")],
        ),
    ],
)
def test_a_weapon_named_with_makes_a_specific_force_pattern_specific(
    coder: Coder, text: str, expected: list[tuple[str, str, str]]
) -> None:
    """Sentences written for this probe: "destroyed a convoy" names its object, not its
    weapon; a "with" phrase naming drone or air strikes makes the force 1952 or 195, as it does
    for a plain "attacked"."""
    assert coded(coder, text, date="2024-06-05") == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russian missiles struck power plants across Ukraine.", [("RUS", "UKR", "194")]),
        (
            "Russian forces pounded energy facilities throughout Ukraine with cruise missiles.",
            [("RUSMIL", "UKR", "194")],
        ),
    ],
)
def test_force_on_facilities_across_a_country_is_aimed_at_it(
    coder: Coder, text: str, expected: list[tuple[str, str, str]]
) -> None:
    """Sentences written for this probe: power plants or facilities struck "across" or
    "throughout" a country are that state's, as villages "in" a province are."""
    assert coded(coder, text, date="2024-06-05") == expected


@pytest.mark.model
def test_an_adjective_ending_the_object_names_it_no_call_for(coder: Coder) -> None:
    """Sentences written for this test: "called X's request for warrants outrageous" judges
    the request (the parser hangs the adjective on the last noun); it asks for nothing."""
    text = "Israel's foreign minister called the court's request for arrest warrants outrageous."
    assert coded(coder, text, date="2024-06-05") == [("ISRGOV", "ISRJUD", "111")]
    text = (
        "The prime minister criticized the International Criminal Court, calling its "
        "prosecutor's request for arrest warrants outrageous."
    )
    assert coded(coder, text, date="2024-06-05") == [("---GOV", "IGOWLDICC", "111")]


@pytest.mark.model
def test_the_remarks_and_comments_answer_the_one_who_last_spoke(coder: Coder) -> None:
    """Sentences written for this test: "condemned the remarks", "rejected the statement" and
    "dismissed the criticism" answer the one who spoke before (the latest speech act told)."""
    remarks = "Netanyahu criticized Hamas. Hamas condemned the remarks."
    assert coded(coder, remarks, date="2024-06-05") == [
        ("ISRGOV", "IMGPSEHMS", "111"),
        ("IMGPSEHMS", "ISRGOV", "111"),
    ]
    statement = "Biden urged China to respect the ruling. Beijing rejected the statement."
    assert ("CHN", "USAGOV", "120") in coded(coder, statement, date="2024-06-05")
    dismissed = "Cameron criticized Russia. Russia's embassy dismissed the criticism."
    assert ("RUSGOV", "GBRGOV", "120") in coded(coder, dismissed, date="2024-06-05")


@pytest.mark.model
def test_a_dateline_city_read_as_a_second_subject_is_no_antecedent(coder: Coder) -> None:
    """Sentences written for this test: with the dateline's city and the story's subject both
    read as subjects of the verb, "it" is the story's subject, not the dateline's agency."""
    text = (
        "SEOUL (Yonhap) - North Korea on Friday warned that it would take countermeasures "
        "against joint military drills by South Korea and the United States."
    )
    assert coded(coder, text, date="2024-06-05") == [("PRK", "KOR", "138"), ("PRK", "USA", "138")]


@pytest.mark.model
def test_the_paramilitary_group_is_the_armed_group_named_before(coder: Coder) -> None:
    """Sentences written for this test: "the paramilitary group" after the RSF is the RSF,
    not unidentified gunmen of the place; an indefinite one is still new."""
    text = (
        "The Sudanese army accused the RSF of looting hospitals in Khartoum. "
        "The paramilitary group rejected the allegations."
    )
    assert ("IMGSDNRSF", "SDNMIL", "016") in coded(coder, text, date="2024-06-05")
    new = (
        "Hamas fired rockets at Israel. A paramilitary group attacked a police station in Colombia."
    )
    assert ("COLUAF", "COLCOP", "190") in coded(coder, new, date="2024-06-05")


@pytest.mark.model
def test_a_military_operation_in_a_country_is_no_force_of_it(coder: Coder) -> None:
    """Sentences written for this test: "a new military operation in northern Syria" is no
    Syrian force; the threatened operation is aimed at Syria."""
    text = (
        "Turkish President Tayyip Erdogan threatened to launch a new military operation in "
        "northern Syria unless Kurdish militants withdrew from the border."
    )
    assert coded(coder, text, date="2024-06-05") == [("TURGOV", "SYR", "138")]


@pytest.mark.model
def test_the_agreement_is_no_earlier_praise(coder: Coder) -> None:
    """Sentences written for this test: "criticized the agreement" answers the parties of the
    deal told before, not whoever praised someone first in the story."""
    text = (
        "Blinken praised India. India and the United States signed a defence agreement. "
        "Pakistan criticized the agreement."
    )
    assert coded(coder, text, date="2024-06-05")[-2:] == [
        ("PAK", "IND", "111"),
        ("PAK", "USA", "111"),
    ]


@pytest.mark.model
def test_a_punishment_said_to_come_is_the_speakers_threat(coder: Coder) -> None:
    """Sentences written for this test: "X will be punished," said with no one named to deal
    it, is the speaker's threat (130), as "will pay a heavy price" is; "the Zionist regime" is
    Israel's government."""
    text = '"The Zionist regime will be punished," Ayatollah Ali Khamenei said in a statement.'
    assert coded(coder, text, date="2024-06-05") == [("IRNGOV", "ISRGOV", "130")]
    agent = "Khamenei said the Zionist regime would be punished by the resistance."
    assert coded(coder, agent, date="2024-06-05") == []


@pytest.mark.model
def test_reacting_angrily_is_criticism(coder: Coder) -> None:
    """Sentences written for this test: "reacted angrily to X's decision" criticises X (111);
    a calm or bare reaction is no event."""
    text = "Moscow reacted angrily to Finland's decision to join NATO."
    assert coded(coder, text, date="2024-06-05") == [("RUS", "FIN", "111")]
    assert coded(coder, "Iran reacted to the sanctions.", date="2024-06-05") == []


@pytest.mark.model
def test_the_warning_refers_back_to_the_threat_told_before(coder: Coder) -> None:
    """Sentences written for this test: "dismissed the warning" answers whoever warned."""
    text = (
        "Russian Foreign Minister Sergei Lavrov on Friday warned NATO against sending troops "
        "to Ukraine. The alliance's secretary general, Jens Stoltenberg, dismissed the warning."
    )
    assert coded(coder, text, date="2024-06-05") == [
        ("RUSGOV", "IGOWSTNAT", "130"),
        ("IGOWSTNAT", "RUSGOV", "120"),
    ]


@pytest.mark.model
def test_a_datelines_capital_is_its_states_seat_of_government(coder: Coder) -> None:
    """Sentences written for this test: a dateline city whose name the gazetteer also gives a
    larger town as a former name ("Islamabad", once Chattogram's) is the capital's, so "the
    interior ministry" named first is Pakistan's."""
    text = (
        "ISLAMABAD (Reuters) - The interior ministry banned public gatherings in the city on"
        " Monday."
    )
    assert coded(coder, text, date="2024-06-05") == [("PAKCOP", "PAKCVL", "172")]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Thousands of Peruvians marched in Lima to demand Boluarte's resignation.",
            [("PERCVL", "PERGOV", "1411")],
        ),
        (
            "Garment workers in Bangladesh walked off the job to demand higher wages.",
            [("BGDLAB", None, "143")],
        ),
    ],
)
def test_a_march_to_demand_is_a_protest_and_walking_off_the_job_a_strike(
    coder: Coder, text: str, expected: list[tuple[str, str | None, str]]
) -> None:
    """Sentences written for this test: a march whose purpose clause is a demand is a
    demonstration with the demand's goal (1411), not the demand alone, also when a place phrase
    makes the parser hang the clause as a purpose; "walked off the job", with "off" read as a
    preposition, is a strike."""
    assert coded(coder, text, date="2024-06-05") == expected


@pytest.mark.model
def test_the_ruling_judged_is_the_courts(coder: Coder) -> None:
    """Sentences written for this test: "the ruling" judged after a court banned a party is
    the court's act."""
    ruling = (
        "Thailand's Constitutional Court dissolved the opposition Move Forward Party on"
        " Wednesday. The United States criticised the ruling."
    )
    assert ("USA", "THAJUD", "111") in coded(coder, ruling, date="2024-06-05")


@pytest.mark.model
def test_the_opposition_judges_its_own_states_decision(coder: Coder) -> None:
    """Sentences written for this test: "the move" criticised by the opposition is its own
    government's latest act; only a state or its offices do not answer their own state's."""
    text = (
        "The Turkish government suspended 200 judges on Monday. The opposition criticised the move."
    )
    assert ("TUROPP", "TURGOV", "111") in coded(coder, text, date="2024-06-05")


@pytest.mark.model
def test_a_judged_deeds_by_phrase_on_the_active_verb_names_the_doer(coder: Coder) -> None:
    """Sentences written for this test: the "by" phrase the parser hangs on the active judging
    verb names the doer of the deed judged, not a means ("condemned the killing of protesters by
    police" is aimed at the police)."""
    text = "Kenyan lawyers condemned the killing of protesters by police."
    assert coded(coder, text, date="2024-06-05") == [("KENJUD", "KENCOP", "111")]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Tens of thousands of Georgians protested in Tbilisi on Monday. The ruling Georgian"
            " Dream party dismissed the protests as a foreign-funded plot.",
            [("GEOCVL", "GEO", "141"), ("GEOGOV", "GEOCVL", "111")],
        ),
        (
            "Thousands of Serbians rallied in Belgrade on Saturday. President Aleksandar Vucic"
            " dismissed the rallies as a political stunt.",
            [("SRBCVL", "SRB", "141"), ("SRBGOV", "SRBCVL", "111")],
        ),
    ],
)
def test_protests_dismissed_as_a_plot_or_a_stunt_criticise_the_protesters(
    coder: Coder, text: str, expected: list[tuple[str, str | None, str]]
) -> None:
    """Sentences written for this test: a government's words for its critics ("a plot", "a
    stunt") name the protests they dismiss a condemnation of the protesters, and "the rallies"
    are those who rallied; the dismissed protests are no protest of the government's own."""
    assert coded(coder, text, date="2024-06-05") == expected


@pytest.mark.model
def test_talks_take_precedence_over_the_visit_for_the_same_meeting(coder: Coder) -> None:
    """Sentences written for this test: a visit and talks between the same two states told in
    one sentence are one meeting, coded as the talks (CODING.md §8); a visit alone stays one."""
    text = (
        "Indian Prime Minister Narendra Modi flew to Moscow on Monday and held talks with "
        "Vladimir Putin."
    )
    assert coded(coder, text, date="2024-07-08") == [("INDGOV", "RUSGOV", "046")]
    visit = "Indian Prime Minister Narendra Modi flew to Moscow on Monday."
    assert [e[2] for e in coded(coder, visit, date="2024-07-08")] == ["042"]


@pytest.mark.model
def test_firing_on_strikers_is_repression(coder: Coder) -> None:
    """Sentences written for this test: opening fire on strikers is repression (175), as on
    protesters."""
    strikers = "Police opened fire on strikers outside a mine in Rustenburg."
    assert [e[2] for e in coded(coder, strikers, date="2024-06-05")] == ["175"]


@pytest.mark.model
def test_halting_a_blockade_eases_it_and_lays_none(coder: Coder) -> None:
    """Sentences written for this test: halting or stopping a blockade or siege eases it
    (0872); the noun under the verb is no blockade laid (191)."""
    text = "Azerbaijan halted its blockade of Armenia on Friday."
    assert coded(coder, text, date="2024-06-05") == [("AZE", "ARM", "0872")]


@pytest.mark.model
def test_this_sessions_rules_stay_within_their_reach(coder: Coder) -> None:
    """Sentences written for this test: near misses of rules added together (a review's
    findings). Positions a non-state modifier names are that side's; a bare "Central Command"
    is no U.S. command; "aid cuts" are no aid announced; aid received or announced as "no aid"
    and a resolution that failed to pass tell no act; vowing to respond "to" allegations is no
    threat; investing in one's own army is no cooperation; a state's own officials punished
    are no threat on it."""
    held = "The Ethiopian army shelled militia positions near Gondar."
    assert coded(coder, held, date="2024-06-05") == [("ETHMIL", "ETHUAF", "194")]
    command = (
        "Israeli troops raided Nablus on Monday. Central Command said soldiers detained eight "
        "suspects."
    )
    assert not any(e[0].startswith("USA") for e in coded(coder, command, date="2024-06-05"))
    cuts = "Sweden announced aid cuts to Mali."
    assert [e[2] for e in coded(coder, cuts, date="2024-06-05")] == ["162"]
    story = code_text("Armenia received no weapons from Russia last year.", "2024-06-05", coder)
    assert all(e.negated for e in story.events)
    failed = "The council failed to pass a resolution rebuking Nicaragua."
    story = code_text(failed, "2024-06-05", coder)
    assert all(e.negated for e in story.events)
    answer = "Amnesty accused Tunisia of torture. Tunis vowed to respond to the allegations."
    assert [e[2][:2] for e in coded(coder, answer, date="2024-06-05")] == ["11"]
    own = "Poland pledged to invest more in its army."
    assert coded(coder, own, date="2024-06-05") == []
    discipline = "Corrupt judges will be punished, Tokayev said."
    assert coded(coder, discipline, date="2024-06-05") == []


@pytest.mark.model
def test_a_minister_or_opposition_leader_after_an_organisation_is_the_states(
    coder: Coder,
) -> None:
    """Sentences written for this test: a titled newcomer after an organisation's sentence acts
    for it only with a title an organisation has; a minister or an opposition leader is of the
    story's state ("Finance Minister X" after "The IMF approved a loan" is not the IMF)."""
    text = (
        "ISLAMABAD (Reuters) - The International Monetary Fund approved a $3 billion loan for"
        " Pakistan on Wednesday. Finance Minister Muhammad Aurangzeb welcomed the decision."
        " Opposition leader Omar Ayub criticised the government for accepting the terms."
    )
    assert coded(coder, text, date="2024-06-05") == [
        ("IGOUNOIMF", "PAK", "071"),
        ("PAKGOV", "IGOUNOIMF", "051"),
        ("PAKOPP", "PAKGOV", "111"),
    ]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russia cut off gas supplies to Moldova on Wednesday.", [("RUS", "MDA", "163")]),
        ("Qatar halted LNG shipments to Egypt.", [("QAT", "EGY", "163")]),
        ("Russia suspended gas supplies to Austria.", [("RUS", "AUT", "163")]),
    ],
)
def test_energy_supplies_cut_off_to_a_state_are_an_embargo(
    coder: Coder, text: str, expected: list[tuple[str, str | None, str]]
) -> None:
    """Sentences written for this test: gas, oil or grain supplies cut off, halted or suspended
    to a state are an embargo (163), not a blockade (191) nor a cut in military or humanitarian
    aid (1622, 1623); fuel cut off to a besieged place stays a blockade."""
    assert coded(coder, text, date="2024-06-05") == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Saudi Arabia extended a $3 billion deposit to Pakistan last year.",
            [("SAU", "PAK", "071")],
        ),
        ("Ukraine asked the European Union for 5 billion euros.", [("UKR", "IGOEUREEC", "0231")]),
    ],
)
def test_a_deposit_extended_is_economic_aid_and_a_sum_asked_for_an_appeal_for_it(
    coder: Coder, text: str, expected: list[tuple[str, str | None, str]]
) -> None:
    """Sentences written for this test: a deposit extended to a state (in its central bank) is
    economic aid (071), as a loan is, and a sum of money asked or appealed for is an appeal for
    economic aid (0231)."""
    assert coded(coder, text, date="2024-06-05") == expected


@pytest.mark.model
def test_a_states_own_creditors_are_not_of_its_country(coder: Coder) -> None:
    """Sentences written for this test: "its creditors", lenders or donors are those a state owes
    or is given by, never its own companies, so a deal with them names no party of its
    country."""
    text = "Zambia signed a debt restructuring deal with its official creditors in Lusaka."
    assert coded(coder, text, date="2024-06-05") == []


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The EU pledged 250 million euros to help Moldova.", [("IGOEUREEC", "MDA", "0331")]),
        ("Germany pledged weapons to help Ukraine defend itself.", [("DEU", "UKR", "0332")]),
    ],
)
def test_a_pledge_of_money_or_arms_to_help_keeps_the_kind_of_what_is_pledged(
    coder: Coder, text: str, expected: list[tuple[str, str | None, str]]
) -> None:
    """Sentences written for this test: what a pledge's object names (money 0331, arms 0332) is
    more specific than the plain help of its purpose clause (033), which only names the party
    helped."""
    assert coded(coder, text, date="2024-06-05") == expected


@pytest.mark.model
def test_ones_own_state_among_the_parties_of_a_praised_relation_is_no_party(
    coder: Coder,
) -> None:
    """Sentences written for this test: a minister who praises the cooperation between his own
    state and another praises the other; his own state beside it is no party."""
    text = (
        "Russian Deputy Prime Minister Alexander Novak praised the cooperation between Moscow and"
        " Riyadh."
    )
    assert coded(coder, text, date="2024-06-05") == [("RUSGOV", "SAU", "051")]


@pytest.mark.model
def test_a_demand_rejected_answers_whoever_called_for_it(coder: Coder) -> None:
    """Sentences written for this test: "the demand" rejected refers back to a call told
    before ("called on … to release" is an appeal, 02x), so the rejection answers the caller."""
    text = (
        "ECOWAS called on Guinea's junta to release detained opposition leaders."
        " The junta rejected the demand."
    )
    assert coded(coder, text, date="2024-06-05") == [
        ("IGOWAFWAS", "GINMIL", "0253"),
        ("GINMIL", "IGOWAFWAS", "120"),
    ]


@pytest.mark.model
def test_the_incursion_condemned_is_the_raid_told_before(coder: Coder) -> None:
    """Sentences written for this test: "the incursion" condemned names the force told before
    (a raid on a consulate), so the condemnation is aimed at the raiders."""
    text = (
        "Bolivian police raided the Peruvian consulate in La Paz."
        " The Organization of American States condemned the incursion."
    )
    assert coded(coder, text, date="2024-06-05") == [
        ("BOLCOP", "PERGOV", "190"),
        ("IGOAMROAS", "BOLCOP", "111"),
    ]


@pytest.mark.model
def test_a_group_claims_no_state_strike_told_before(coder: Coder) -> None:
    """Sentences written for this test: a group's claim of "the attack" does not refer back to
    a strike a state's forces carried out (no group claims it), so it takes no party from it."""
    text = (
        "Israeli jets struck Hamas positions in Gaza."
        " Islamic Jihad claimed responsibility for the attack."
    )
    assert coded(coder, text, date="2024-06-05") == [("ISRMIL", "IMGPSEHMS", "195")]


@pytest.mark.model
def test_a_relative_clause_without_a_relative_word_acts_on_its_noun(coder: Coder) -> None:
    """Sentences written for this test: a relative clause with no "who"/"that" ("aid workers
    it had abducted") leaves its verb's object to the noun it is about, so the abduction is
    aimed at the aid workers, not at no one."""
    text = "Al-Shabaab freed two Kenyan aid workers it had abducted near Mandera last year."
    assert coded(coder, text, date="2024-06-05") == [
        ("IMGSOMSHB", "KENNGO", "0841"),
        ("IMGSOMSHB", "KENNGO", "181"),
    ]


@pytest.mark.model
def test_a_month_in_an_in_phrase_is_no_place_of_the_actor(coder: Coder) -> None:
    """Sentences written for this test: "in March" is a time, not the English town of March,
    so gunmen who abducted people "in March" are not British."""
    text = "Police in Maiduguri freed 12 farmers the gunmen had abducted in March."
    assert coded(coder, text, date="2024-06-05") == [
        ("NGACOP", "NGAAGR", "0841"),
        ("NGAUAF", "NGAAGR", "181"),
    ]


@pytest.mark.model
def test_the_request_rejected_answers_whoever_asked(coder: Coder) -> None:
    """Sentences written for this test: "the request" rejected or turned down refers back to the
    appeal told before, so the rejection answers the one who asked."""
    text = "Madrid called on Rabat to take back the migrants. Morocco rejected the request."
    assert coded(coder, text, date="2024-06-05") == [
        ("ESP", "MAR", "020"),
        ("MAR", "ESP", "120"),
    ]


@pytest.mark.model
def test_the_review_narrowings_keep_what_the_rules_had_right(coder: Coder) -> None:
    """Sentences written for this test (a second review's near misses): "government
    positions" are troops; a state's own service claims its state's strike; a leader's threat
    to punish attackers at home stays a threat; a visit stays beside talks with others than
    the host; "reacted sharply" by a state is criticism."""
    held = "Rebels shelled government positions near Marib."
    assert coded(coder, held, date="2024-06-05") == [("YEMREB", "YEMMIL", "194")]
    claimed = (
        "Israeli drones struck a Hezbollah depot. The Israeli army claimed responsibility for "
        "the attack."
    )
    assert ("ISRMIL", "IMGLBNHEZ", "015") in coded(coder, claimed, date="2024-06-05")
    punished = (
        "Gunmen attacked a police post in Chechnya. The attackers will be punished, Putin said."
    )
    assert ("RUSGOV", "---UAF", "130") in coded(coder, punished, date="2024-06-05")
    visit = "Erdogan flew to Damascus and held talks with Kurdish leaders in Qamishli."
    assert [e[2] for e in coded(coder, visit, date="2024-06-05")] == ["042", "046"]
    sharply = "Seoul reacted sharply to the Chinese statement."
    assert coded(coder, sharply, date="2024-06-05") == [("KOR", "CHN", "111")]


@pytest.mark.model
def test_a_sector_word_owning_an_act_noun_is_its_doer(coder: Coder) -> None:
    """Sentences written for this test: "the army's actions" names the army as the doer, so the
    condemnation is aimed at it; only a sector word that merely describes the act ("military
    action") makes no actor."""
    text = (
        "Zimbabwean soldiers fired on protesters in Harare. Amnesty International condemned "
        "the army's actions."
    )
    assert coded(coder, text, date="2024-06-05") == [
        ("ZWEMIL", "ZWECVL", "175"),
        ("NGOHRIAMN", "ZWEMIL", "111"),
    ]


@pytest.mark.model
def test_constitutional_and_electoral_councils_have_their_sectors(coder: Coder) -> None:
    """Sentences written for this test: a constitutional council is a court (JUD), an
    electoral council an election authority of the government (GOV), as a constitutional
    court and an electoral commission are."""
    court = "Benin's Constitutional Council upheld the ban on opposition rallies."
    assert coded(coder, court, date="2024-06-05") == [("BENJUD", "BENOPP", "172")]
    board = "Venezuela's electoral council barred an opposition candidate from the race."
    assert coded(coder, board, date="2024-06-05") == [("VENGOV", "VENOPP", "1722")]


@pytest.mark.model
def test_the_ruling_refers_back_to_whatever_a_court_decided(coder: Coder) -> None:
    """Sentences written for this test: "the ruling" is any decision of a court, so welcoming
    it after a court overturned a decree answers the court, not only after a verdict."""
    text = (
        "Benin's Constitutional Court overturned the president's decree on the vote. The "
        "opposition welcomed the ruling."
    )
    assert coded(coder, text, date="2024-06-05") == [
        ("BENJUD", "BENGOV", "0832"),
        ("BENOPP", "BENJUD", "051"),
    ]


@pytest.mark.model
def test_a_possessor_is_called_later_by_its_own_name(coder: Coder) -> None:
    """Sentences written for this test: a person first named as the owner of a thing
    ("President Macky Sall's decree") is called later by his family name, not by the thing's
    word, even where the tagger does not take the bare name for a person."""
    text = (
        "Students marched against President Macky Sall's decree in Dakar. Sall pardoned the "
        "arrested students."
    )
    assert coded(coder, text, date="2024-02-10") == [
        ("SENEDU", "SENGOV", "141"),
        ("SENGOV", "SENEDU", "056"),
    ]


@pytest.mark.model
def test_a_curfew_in_a_town_named_for_an_institution_binds_its_people(coder: Coder) -> None:
    """Sentences written for this test: a curfew in a town that also stands for an institution
    (Rawalpindi for Pakistan's army) binds the town's people, as a curfew in any town does."""
    text = "Pakistani authorities declared a curfew in Rawalpindi after the riots."
    assert coded(coder, text, date="2024-06-05") == [("PAKGOV", "PAKCVL", "1723")]


@pytest.mark.model
def test_a_strike_gone_on_has_the_modality_of_its_verb(coder: Coder) -> None:
    """Sentences written for this test: "go on strike" carries the strike noun, so "would" or
    "could" on "go" makes it a plan or a possibility, not a strike held; "went on strike"
    stays one."""
    planned = "Nurses in Nairobi said they would go on strike over unpaid wages."
    assert coded(coder, planned, date="2024-06-05") == []
    possible = "Doctors in Lagos could go on strike."
    assert coded(coder, possible, date="2024-06-05") == []
    held = "Nurses in Nairobi went on strike over unpaid wages."
    assert coded(coder, held, date="2024-06-05") == [("KENHLH", None, "143")]


@pytest.mark.model
def test_a_concession_gives_in_only_to_pressure_on_the_one_who_yields(coder: Coder) -> None:
    """Sentences written for this test: a government withdrawing a bill does not give in to
    activists who accused the police; it still gives in to students who protested against its
    own measure."""
    police = (
        "Activists accused Kenyan police of torturing detainees in Mombasa. The government "
        "withdrew the tax bill."
    )
    assert coded(coder, police, date="2024-06-05") == [("KENNGO", "KENCOP", "1122")]
    fares = (
        "Students protested against the fare rise in Santiago. The government scrapped the "
        "fare rise."
    )
    assert coded(coder, fares, date="2024-06-05") == [
        ("CHLEDU", "CHL", "141"),
        ("CHLGOV", "CHLEDU", "0832"),
    ]


@pytest.mark.model
def test_a_leader_owned_by_a_body_is_not_another_sectors_leader(coder: Coder) -> None:
    """Sentences written for this test: "the union's leader" takes its sector from the union
    (LAB); it is not the opposition leader named before, whose title shares only the word."""
    text = (
        "Opposition leader Raila Odinga accused the police of brutality. Police later "
        "detained the union's leader."
    )
    assert coded(coder, text, date="2023-06-05") == [
        ("KENOPP", "KENCOP", "1122"),
        ("KENCOP", "KENLAB", "173"),
    ]


@pytest.mark.model
def test_a_named_persons_aides_are_of_that_person_not_a_town(coder: Coder) -> None:
    """Sentences written for this test: "Machado's campaign aides" are the aides of the
    opposition leader named before (her following, VENOPP), not officials of a Brazilian town
    called Machado, though Brazil is named in the story."""
    text = (
        "Opposition leader Maria Corina Machado addressed a rally in Caracas. Brazil and "
        "Colombia urged Venezuela to hold a fair vote. Police later detained three of "
        "Machado's campaign aides."
    )
    assert coded(coder, text, date="2024-06-05") == [
        ("BRA", "VEN", "020"),
        ("COL", "VEN", "020"),
        ("VENCOP", "VENOPP", "173"),
    ]


@pytest.mark.model
def test_an_aim_hung_on_the_last_launched_weapon_is_the_launchings(coder: Coder) -> None:
    """Sentences written for this test: the parser hangs "at Ukraine" on the last of the
    weapons counted after "dozens of"; it is still the launching's aim, and the drones
    launched are no target."""
    text = "Russia launched dozens of drones and four cruise missiles at Ukraine on Sunday."
    assert coded(coder, text, date="2024-06-05") == [("RUS", "UKR", "1952")]


@pytest.mark.model
def test_what_a_protested_law_regulates_is_no_aim(coder: Coder) -> None:
    """Sentences written for this test: the people a law is "on" are what it regulates, not
    whom a protest against it is aimed at; with no one else named the protest falls to the
    state of the place."""
    text = "Hundreds of people protested in Tbilisi against a law on foreign agents."
    assert coded(coder, text, date="2024-06-05") == [("GEOCVL", "GEO", "141")]


@pytest.mark.model
def test_police_with_no_place_of_their_own_are_of_the_scene_just_set(coder: Coder) -> None:
    """Sentences written for this test: in a story from Chisinau, police named after a rally in
    Tbilisi are Georgia's, not the story's main country's."""
    text = (
        "CHISINAU, June 5 (Reuters) - Moldova accused Russia on Wednesday of meddling in its "
        "referendum. Moldova expelled a Russian diplomat over the affair. In Georgia, thousands "
        "of protesters rallied in Tbilisi against the government. Police fired tear gas to "
        "disperse the crowd."
    )
    assert ("GEOCOP", "GEOCVL", "175") in coded(coder, text, date="2024-06-05")


@pytest.mark.model
def test_amphibious_and_light_warships_are_military(coder: Coder) -> None:
    """Sentences written for this test: a landing ship, a corvette and a missile boat are
    warships (MIL), and sinking a corvette is force."""
    text = "Ukrainian sea drones attacked a Russian landing ship near Sevastopol."
    assert coded(coder, text, date="2024-06-05") == [("UKRMIL", "RUSMIL", "1952")]
    sunk = "Kyiv said its forces had sunk a Russian corvette off Crimea."
    assert ("UKRMIL", "RUSMIL", "190") in coded(coder, sunk, date="2024-06-05")


@pytest.mark.model
def test_a_headline_to_infinitive_is_stated_intent(coder: Coder) -> None:
    """Sentences written for this test: a headline's "X to V" tells what X will do, as "X will
    V" does (0332 for arms to be sent, not 072)."""
    text = "Spain to send more Leopard tanks to Ukraine, Sanchez says"
    assert coded(coder, text, date="2024-06-05") == [("ESP", "UKR", "0332")]
    delivered = "Netherlands to deliver F-16 jets to Ukraine"
    assert coded(coder, delivered, date="2024-06-05") == [("NLD", "UKR", "0332")]


@pytest.mark.model
def test_both_sides_of_a_swap_are_not_the_appealing_state(coder: Coder) -> None:
    """Sentences written for this test: after a prisoner swap and thanks to the broker, "both
    sides" the broker's ministry urges are the two that swapped, not the thanked broker's own
    state and whoever thanked it."""
    text = (
        "Russia and Ukraine swapped 90 prisoners each on Saturday. Zelenskiy thanked the "
        "Emirates for their help. The UAE foreign ministry urged both sides to keep talking."
    )
    assert coded(coder, text, date="2024-06-05") == [
        ("RUS", "UKR", "0841"),
        ("UKR", "RUS", "0841"),
        ("UKRGOV", "ARE", "051"),
        ("AREGOV", "RUS", "020"),  # the story's pair, in the order it names them
        ("AREGOV", "UKR", "020"),
    ]


@pytest.mark.model
def test_bodies_returned_with_no_to_phrase_go_to_whose_dead_they_are(coder: Coder) -> None:
    """Sentences written for this test: "returned the bodies of … soldiers" with no "to"
    phrase is a return (084) to the state whose dead they are."""
    text = "Kyiv returned the bodies of 38 Russian servicemen on Friday."
    assert coded(coder, text, date="2024-06-05") == [("UKR", "RUS", "084")]


@pytest.mark.model
def test_an_act_with_no_target_can_be_referred_back_to(coder: Coder) -> None:
    """Sentences written for this test: an act whose target no word names gives no event, but
    "the seizure" or "the raid" told after it still refers back to its doer, so the
    condemnation is aimed at Iran's navy."""
    text = (
        "Iran's navy seized a container ship in the Strait of Hormuz on Monday."
        " The seizure was condemned by Britain."
    )
    assert coded(coder, text, date="2024-06-05") == [("GBR", "IRNMIL", "111")]


@pytest.mark.model
def test_the_raid_refers_back_to_a_police_raid(coder: Coder) -> None:
    """Sentences written for this test: "the raid" after police forced their way into a
    building is their coercion (170), not only force, so the criticism is aimed at them."""
    text = (
        "Peruvian police forced their way into the offices of an opposition newspaper in Lima on"
        " Friday. Chile criticised the raid."
    )
    assert coded(coder, text, date="2024-06-05") == [
        ("PERCOP", "PERMED", "170"),
        ("CHL", "PERCOP", "111"),
    ]


@pytest.mark.model
def test_the_two_neighbours_are_the_pair_the_story_tells_most_of(coder: Coder) -> None:
    """Sentences written for this test: "the two neighbours" are the pair the story is about
    (acts between them, and acts done alike to both), not the latest two parties named."""
    text = (
        "Kenya hosted Ethiopia and Somalia for talks on the port dispute. Egypt pledged support"
        " to Somalia. The two neighbours agreed to meet again in Nairobi."
    )
    assert coded(coder, text, date="2024-06-05")[-1] == ("ETH", "SOM", "036")


@pytest.mark.model
def test_its_embassy_in_a_capital_is_the_owners_not_the_hosts(coder: Coder) -> None:
    """Sentences written for this test: "its embassy in Managua" is the embassy of the state
    "its" refers to, not a post of the host state named by the "in" phrase."""
    text = (
        "Costa Rica recalled its ambassador from Nicaragua on Monday. Nicaraguan police had"
        " surrounded its embassy in Managua overnight."
    )
    assert coded(coder, text, date="2024-06-05")[-1] == ("NICCOP", "CRIGOV", "191")


@pytest.mark.model
def test_the_mediators_are_those_told_mediating_not_a_party(coder: Coder) -> None:
    """Sentences written for this test: "the mediators" named by no state are the party the
    story told mediating (the subject of "mediated", or "brokered by" X), not the story's most
    named state, which is a party to the dispute; with none told, no state's."""
    text = (
        "Armenia and Azerbaijan are still far apart on a peace treaty. Kazakhstan has been"
        " mediating between the neighbours. The mediators urged Baku to return to the table."
    )
    assert coded(coder, text, date="2024-06-05")[-1] == ("KAZGOV", "AZE", "020")
    untold = "Armenian officials met in Yerevan. The mediators urged Baku to return to the table."
    assert coded(coder, untold, date="2024-06-05")[-1] == ("---GOV", "AZE", "020")
    # foreign where they serve: no country from the place they act in
    placed = "Armenian officials met in Yerevan. In Tbilisi, the mediators urged Baku to return."
    assert coded(coder, placed, date="2024-06-05")[-1] == ("---GOV", "AZE", "020")


@pytest.mark.model
def test_the_drills_or_launches_judged_answer_who_held_or_fired_them(coder: Coder) -> None:
    """Sentences written for this test: "the exercises" or "the drills" judged refer back to
    the drills told before (alone, 150, or joint, 062), and "the launches" to missiles fired
    at no one (194), so the judgement is aimed at whoever held or fired them."""
    drills = "China staged military drills near Taiwan on Monday. Taipei condemned the exercises."
    assert coded(coder, drills, date="2024-06-05") == [
        ("CHN", None, "150"),
        ("TWN", "CHN", "111"),
    ]
    launches = (
        "North Korea fired two ballistic missiles toward the sea on Tuesday."
        " Japan's prime minister condemned the launches."
    )
    assert coded(coder, launches, date="2024-06-05") == [
        ("PRK", None, "194"),
        ("JPNGOV", "PRK", "111"),
    ]


@pytest.mark.model
def test_an_appeal_to_act_with_restraint_is_one_to_de_escalate(coder: Coder) -> None:
    """Sentences written for this test: "urged X to act with restraint" asks the restraint
    its "with" phrase names, an appeal to de-escalate (0256), as "to exercise restraint" is."""
    text = "Australia called on Beijing to act with restraint near the Philippines."
    assert coded(coder, text, date="2024-06-05") == [("AUS", "CHN", "0256")]


@pytest.mark.model
def test_resistance_forces_are_rebels_and_the_nug_an_opposition(coder: Coder) -> None:
    """Sentences written for this test: "resistance forces" or "resistance groups" fighting
    a junta are rebels (REB), not its troops, and Myanmar's National Unity Government, the
    shadow government of the lawmakers the 2021 coup ousted, is an opposition (MMROPP)."""
    text = "Resistance forces overran a junta outpost in Sagaing, Myanmar, on Sunday."
    assert coded(coder, text, date="2024-06-05") == [("MMRREB", "MMRMIL", "192")]
    shadow = "The National Unity Government accused the junta of bombing a school in Sagaing."
    assert coded(coder, shadow, date="2024-06-05") == [("MMROPP", "MMRMIL", "1123")]


@pytest.mark.model
def test_the_actions_of_a_force_judged_are_aimed_at_that_force(coder: Coder) -> None:
    """Sentences written for this test: the actions, conduct or intrusion "of" a force stand
    for the force, sector and all ("the Chinese coast guard" is CHNMIL), not only for the
    country its demonym names."""
    text = "Canada condemned the reckless actions of the Chinese coast guard at Scarborough Shoal."
    assert coded(coder, text, date="2024-06-05") == [("CAN", "CHNMIL", "111")]


@pytest.mark.model
def test_a_response_to_hostile_moves_judges_no_one_who_responded(coder: Coder) -> None:
    """Sentences written for this test: "said the test was a fitting response to the hostile
    moves of its enemies" names what the test answers with a hostile word; that word judges
    the enemies' moves, not the test, so the speaker does not condemn his own state."""
    text = (
        "North Korea test-fired a cruise missile on Friday. Kim Jong Un said the test was a"
        " fitting response to the hostile moves of its enemies."
    )
    assert coded(coder, text, date="2024-06-05") == [("PRK", None, "150")]


@pytest.mark.model
def test_an_act_of_war_condemns_whoever_did_it(coder: Coder) -> None:
    """Sentences written for this test: calling a strike "an act of war" condemns whoever
    struck (111), though "war" alone judges nothing."""
    text = "Indian jets struck targets in Pakistan. Islamabad called the strikes an act of war."
    assert coded(coder, text, date="2024-06-05") == [
        ("INDMIL", "PAK", "195"),
        ("PAK", "INDMIL", "111"),
    ]


@pytest.mark.model
def test_artillery_fire_exchanged_is_artillery(coder: Coder) -> None:
    """Sentences written for this test: fire exchanged with a heavy weapon named on it
    ("exchanged artillery fire") is artillery (194, CODING.md §9), not small arms (193)."""
    text = "Thai and Cambodian troops exchanged artillery fire near the Preah Vihear temple."
    assert coded(coder, text, date="2024-06-05") == [
        ("THAMIL", "KHMMIL", "194"),
        ("KHMMIL", "THAMIL", "194"),
    ]


@pytest.mark.model
def test_planes_flown_into_an_air_defence_zone_show_force(coder: Coder) -> None:
    """Sentences written for this test: warplanes that "flew into" a state's air defence zone
    show force (150), as entering it does; an airliner that flew into a state's airspace
    shows nothing."""
    text = "Two Russian bombers flew into Japan's air defence identification zone on Thursday."
    assert coded(coder, text, date="2024-06-05") == [("RUSMIL", "JPNMIL", "150")]
    text = "A Qatar Airways flight flew into Iranian airspace on Thursday."
    assert coded(coder, text, date="2024-06-05") == []


@pytest.mark.model
def test_the_collision_or_incident_judged_answers_the_rammer(coder: Coder) -> None:
    """Sentences written for this test: "the collision" or "the ramming" judged after a ship
    rammed another refers back to the ramming (force), so it is aimed at the rammer; "the
    incident" does not, as it may be something told since that is no event (a fire)."""
    text = (
        "A Chinese navy ship rammed a Vietnamese fishing boat near the Paracel Islands."
        " Hanoi condemned the ramming, and Tokyo voiced concern over the collision."
    )
    assert coded(coder, text, date="2024-06-05") == [
        ("CHNMIL", "VNM", "190"),
        ("VNM", "CHNMIL", "111"),
        ("JPN", "CHNMIL", "110"),
    ]
    text = (
        "A Chinese navy ship rammed a Vietnamese fishing boat near the Paracel Islands. Later,"
        " a fire broke out at a shipyard in Haiphong. The mayor condemned the incident."
    )
    assert coded(coder, text, date="2024-06-05") == [("CHNMIL", "VNM", "190")]


@pytest.mark.model
def test_retaliating_with_strikes_is_the_strike(coder: Coder) -> None:
    """Sentences written for this test: "retaliated with air strikes on X" is the subject's
    strike on X, and the weapon named in the "with" phrase is no party to it."""
    text = "U.S. forces retaliated with air strikes on Kataib Hezbollah facilities near al-Qaim."
    assert coded(coder, text, date="2024-06-05") == [("USAMIL", "IMGIRQKTH", "195")]
    fire = "The Houthis retaliated with missile attacks on American warships."
    assert coded(coder, fire, date="2024-06-05") == [("IMGYEMHOU", "USAMIL", "194")]


@pytest.mark.model
def test_citizens_urge_their_own_government(coder: Coder) -> None:
    """Sentences written for this test: "the government" that a country's own people (families,
    protesters, the opposition) address is their state's, not the dateline's."""
    text = (
        "GAZA, June 1 (Reuters) - Hamas handed over four Israeli hostages to the Red Cross. "
        "Families of the remaining captives urged the government to secure their release."
    )
    assert coded(coder, text, date="2024-06-05") == [
        ("IMGPSEHMS", "ISRCVL", "0841"),
        ("ISRCVL", "ISRGOV", "020"),
    ]
    accused = (
        "NAIROBI, June 3 (Reuters) - Ugandan opposition leaders accused the government of "
        "rigging the vote."
    )
    assert coded(coder, accused, date="2024-06-05") == [("UGAOPP", "UGAGOV", "112")]


@pytest.mark.model
def test_a_response_received_is_no_visitor_hosted(coder: Coder) -> None:
    """Sentences written for this test: receiving someone's response, letter or proposal is
    receiving words, not hosting a visit (043); receiving a minister still is."""
    text = "Qatar said on Tuesday it had received Hamas's response to the ceasefire proposal."
    assert coded(coder, text, date="2024-06-05") == []
    letter = "Egypt received a letter from the Israeli prime minister."
    assert coded(coder, letter, date="2024-06-05") == []
    visit = "Erdogan received Iraq's foreign minister in Ankara."
    assert coded(coder, visit, date="2024-06-05") == [("TURGOV", "IRQGOV", "043")]


@pytest.mark.model
def test_a_headline_killing_without_object_is_passive(coder: Coder) -> None:
    """Sentences written for this test: a headline's bare "commander killed" is the passive
    "a commander was killed", an agentless casualty, not the commander killing."""
    text = "Hezbollah fires rockets at northern Israel after commander killed"
    assert coded(coder, text, date="2024-06-05") == [("IMGLBNHEZ", "ISR", "194")]


@pytest.mark.model
def test_a_base_belongs_to_the_country_of_its_town(coder: Coder) -> None:
    """Sentences written for this test: an army base "near" or "in" a town is of that town's
    country, as a hospital there is, not of the attacker's."""
    text = "Hezbollah said it targeted an army base near Kiryat Shmona."
    assert coded(coder, text, date="2024-06-05") == [("IMGLBNHEZ", "ISRMIL", "190")]
    bombed = "Russian jets bombed an army base near Idlib."
    assert coded(coder, bombed, date="2024-06-05") == [("RUSMIL", "SYRMIL", "195")]


@pytest.mark.model
def test_a_former_minister_sent_as_envoy_acts_for_the_government(coder: Coder) -> None:
    """Sentences written for this test: a former minister the text calls his state's envoy
    acts for its government again; without the title he stays a former official."""
    text = "French envoy Jean-Yves Le Drian met Lebanese parliament speaker Nabih Berri in Beirut."
    assert coded(coder, text, date="2024-06-05") == [("FRAGOV", "LBNLEG", "042")]
    plain = "Jean-Yves Le Drian met Berri in Beirut."
    assert coded(coder, plain, date="2024-06-05") == [("FRAELI", "LBNLEG", "042")]


@pytest.mark.model
def test_strikes_of_two_states_condemned_answer_both(coder: Coder) -> None:
    """Sentences written for this test: "the strikes" judged after two states' warplanes
    struck together are aimed at each of them, as the strike was one event per actor."""
    text = (
        "American and British warplanes struck Houthi radar sites near Hodeidah. "
        "The Houthis condemned the strikes."
    )
    assert coded(coder, text, date="2024-06-05") == [
        ("USAMIL", "IMGYEMHOU", "195"),
        ("GBRMIL", "IMGYEMHOU", "195"),
        ("IMGYEMHOU", "USAMIL", "111"),
        ("IMGYEMHOU", "GBRMIL", "111"),
    ]


@pytest.mark.model
def test_a_claim_rejected_answers_whoever_said_it(coder: Coder) -> None:
    """Sentences written for this test: "X said Y did Z, a claim W denied": the claim is what
    X said, so the denial answers X, not Y whose act X told of."""
    text = "Russia said Ukrainian troops had shelled the plant, a claim Kyiv denied."
    assert coded(coder, text, date="2024-06-05") == [
        ("UKRMIL", None, "194"),
        ("UKR", "RUS", "016"),
    ]


@pytest.mark.model
def test_an_act_carried_by_retaliate_with_keeps_the_carriers_negation_and_modality(
    coder: Coder,
) -> None:
    """Sentences written for this test (from the session-32 review): "retaliated with air
    strikes on X" is a strike, but one not made, or one that only may be made, is none; "would
    respond with" is a threat."""
    date = "2024-06-05"
    text = "Turkey did not retaliate with air strikes on Syria."
    assert [(e.cameo, e.negated) for e in code_text(text, date=date, coder=coder).events] == [
        ("195", True)
    ]
    text = "Turkey may respond with air strikes on Kurdish militants in Syria, officials said."
    assert coded(coder, text, date=date) == []
    text = "Turkey would respond with air strikes on Syria, Erdogan said."
    assert coded(coder, text, date=date) == [("TUR", "SYR", "138")]


@pytest.mark.model
def test_coordinated_killing_verbs_keep_their_doer(coder: Coder) -> None:
    """Sentences written for this test: in "killed and kidnapped villagers" the object hangs
    on the second verb; the first is no headline passive whose subject is its victim."""
    text = "Bandits killed and kidnapped dozens of villagers in Katsina state."
    assert {code for _, _, code in coded(coder, text, date="2024-06-05")} == {"190", "181"}


@pytest.mark.model
def test_a_surname_refers_back_to_a_name_after_a_possessive_country(coder: Coder) -> None:
    """Sentences written for this test: "Chad's Foreign Minister Abderaman Koulamallah" is
    called "Koulamallah" later (the possessive cuts only a name that owns a thing: "Sall's
    decree")."""
    text = (
        "Chad's Foreign Minister Abderaman Koulamallah met French officials in N'Djamena."
        " Koulamallah accused France of interference."
    )
    assert ("TCDGOV", "FRA", "112") in coded(coder, text, date="2024-06-05")


@pytest.mark.model
def test_a_leader_owned_by_a_body_with_no_sector_refers_back(coder: Coder) -> None:
    """Sentences written for this test: "the party's leader" after an opposition leader is
    that leader (a party names no sector); "the union's leader" is not (a union does)."""
    text = (
        "Opposition leader Raila Odinga addressed supporters in Kisumu. The party's leader"
        " accused the government of rigging the vote."
    )
    assert coded(coder, text, date="2024-06-05")[-1][:2] == ("KENOPP", "KENGOV")


@pytest.mark.model
def test_limits_of_the_envoy_and_mediator_rules(coder: Coder) -> None:
    """Sentences written for this test: a former envoy stays a former official, and an
    organisation's envoy is not his state's government; local mediators are of the place
    they mediate in."""
    date = "2024-06-05"
    text = "Former French envoy Jean-Yves Le Drian criticised the government."
    assert [s for s, _, _ in coded(coder, text, date=date)] == ["FRAELI"]
    text = "Quartet envoy Tony Blair met Palestinian officials in Ramallah."
    assert all(s != "GBRGOV" for s, _, _ in coded(coder, text, date=date))
    text = "In Sanaa, local tribal mediators urged the Houthis to release the prisoners."
    assert [s for s, _, _ in coded(coder, text, date=date)] == ["YEMGOV"]


@pytest.mark.model
def test_its_embassy_assailed_is_not_the_assailants_and_closed_is_an_act_on_the_host(
    coder: Coder,
) -> None:
    """Sentences written for this test: a state that bombs "its embassy" bombs another
    state's; a state that closes "its embassy in Quito" acts on the host state."""
    date = "2024-06-05"
    text = "Iran vowed revenge. Israel bombed its embassy in Damascus."
    assert coded(coder, text, date=date)[-1] == ("ISR", "IRNGOV", "195")
    text = "Mexico closed its embassy in Quito on Monday."
    assert coded(coder, text, date=date) == [("MEX", "ECUGOV", "161")]


@pytest.mark.model
def test_an_attacker_takes_no_country_from_the_town_it_struck(coder: Coder) -> None:
    """Sentences written for this test: unnamed jets that bombed a town are of no country the
    town gives (the town's state is their target)."""
    text = "Warplanes bombed Khan Younis on Monday."
    assert coded(coder, text, date="2024-06-05") == [("---MIL", "PSE", "195")]


@pytest.mark.model
def test_a_party_name_owned_by_another_state_is_that_states_body(coder: Coder) -> None:
    """Sentences written for this test (from the session-32 review): parties.tsv's "National
    Unity Government" is Myanmar's; "Libya's National Unity Government" is Libya's."""
    date = "2024-06-05"
    text = "Libya's National Unity Government signed a deal with Turkey."
    assert [(s[:3], t, c) for s, t, c in coded(coder, text, date=date)] == [("LBY", "TUR", "057")]
    text = "Myanmar's National Unity Government urged ASEAN to reject the election."
    assert coded(coder, text, date=date)[0][0] == "MMROPP"


@pytest.mark.model
def test_the_north_and_the_south_are_the_two_koreas_in_a_korean_story(coder: Coder) -> None:
    """Sentences written for this test: in a story that names either Korea, "the South" and
    "the North" are the two Koreas; elsewhere they name no state."""
    date = "2024-06-05"
    text = (
        "North Korea launched a cruise missile into the sea on Sunday. The South condemned"
        " the launch."
    )
    assert coded(coder, text, date=date)[-1] == ("KOR", "PRK", "111")
    text = "Sudan's army shelled El Fasher on Sunday. The North condemned the shelling."
    assert all(s not in ("PRK", "KOR") for s, _, _ in coded(coder, text, date=date))


@pytest.mark.model
def test_denying_the_claim_answers_whoever_told_it(coder: Coder) -> None:
    """Sentences written for this test: "the claim", "the report" or "the allegation" a party
    denies is what another said it did or suffered; the denial answers the teller, and a
    state never answers its own ministry."""
    date = "2024-03-04"
    text = (
        "Sudan's army said on Sunday it had retaken a bridge from the Rapid Support Forces."
        " The RSF denied the claim."
    )
    assert coded(coder, text, date=date)[-1] == ("IMGSDNRSF", "SDNMIL", "016")
    text = "Israel said Hamas had fired rockets from a school. Hamas rejected the allegation."
    assert coded(coder, text, date=date)[-1] == ("IMGPSEHMS", "ISR", "016")
    text = "The ministry said Russian drones had hit a hospital. Moscow dismissed the report."
    assert coded(coder, text, date=date)[-1] == ("RUS", None, "016")
    text = "Russian missiles struck Kharkiv on Sunday. Ukraine denied the claim."
    assert coded(coder, text, date=date)[-1] == ("UKR", None, "016")


@pytest.mark.model
def test_talks_a_statement_comes_after_were_held_by_its_speaker(coder: Coder) -> None:
    """Sentences written for this test: "after talks with X" or "following a call with X" on
    a verb told as done is a meeting its subject held; one set before a verb to come is not."""
    date = "2024-07-10"
    text = "Lavrov told reporters after talks with his Turkish counterpart Hakan Fidan."
    assert coded(coder, text, date=date) == [("RUSGOV", "TURGOV", "046")]
    text = "Following a phone call with Biden, Zelensky said Ukraine would get more air defence."
    assert coded(coder, text, date=date) == [("UKRGOV", "USAGOV", "041")]
    text = "Erdogan will brief his cabinet after a meeting with Putin."
    assert all(c != "040" for _, _, c in coded(coder, text, date=date))


@pytest.mark.model
def test_a_body_of_no_country_reduces_relations_with_another_such_body(coder: Coder) -> None:
    """Sentences written for this test: the EU, a body of no country, sanctions an armed group
    of no country too; neither is the other's "home"."""
    date = "2024-06-05"
    text = "The European Union imposed sanctions on six M23 commanders."
    assert coded(coder, text, date=date) == [("IGOEUREEC", "IMGCODMTT", "163")]
    text = "The EU sanctioned Hamas."
    assert coded(coder, text, date=date) == [("IGOEUREEC", "IMGPSEHMS", "163")]


@pytest.mark.model
def test_two_sides_that_clash_in_a_capital_fight_each_other_not_its_state(coder: Coder) -> None:
    """Sentences written for this test: "clashed in Khartoum" tells where two sides fought
    each other; the capital is no third party."""
    text = "Sudan's army and the RSF clashed in Khartoum on Monday."
    assert coded(coder, text, date="2024-06-05") == [
        ("SDNMIL", "IMGSDNRSF", "190"),
        ("IMGSDNRSF", "SDNMIL", "190"),
    ]


@pytest.mark.model
def test_what_a_speaker_admits_is_told_as_fact(coder: Coder) -> None:
    """Sentences written for this test: an act someone admits or acknowledges is coded as the
    act (CODING.md §4); one's own forces are no party of the admission."""
    date = "2024-06-05"
    text = "Nigeria's army admitted that its troops had killed 85 villagers in Kaduna."
    assert coded(coder, text, date=date) == [
        ("NGAMIL", "NGACVL", "015"),
        ("NGAMIL", "NGACVL", "190"),
    ]
    text = "Russia acknowledged that its jets had struck a market in Idlib."
    assert ("RUS", "RUSMIL", "015") not in coded(coder, text, date=date)


@pytest.mark.model
def test_the_peace_and_security_council_is_the_african_unions(coder: Coder) -> None:
    """Sentences written for this test: "the AU's Peace and Security Council" is the AU body,
    not the UN Security Council its last words name."""
    text = "The AU's Peace and Security Council condemned Niger's junta."
    assert coded(coder, text, date="2024-06-05") == [("IGOAFRPSC", "NERMIL", "111")]


@pytest.mark.model
def test_the_attackers_are_the_armed_group_named_last(coder: Coder) -> None:
    """Sentences written for this test: "the attackers" or "the gunmen" after a named armed
    group's attack are that group; after unnamed gunmen, still unidentified."""
    date = "2024-06-05"
    text = (
        "Al Shabaab fighters stormed a hotel in Mogadishu on Thursday. Somali forces killed the"
        " five attackers."
    )
    assert coded(coder, text, date=date)[-1] == ("SOMMIL", "IMGSOMSHB", "190")
    text = "Boko Haram militants raided a village in Borno. Soldiers killed ten of the attackers."
    assert coded(coder, text, date=date)[-1] == ("NGAMIL", "IMGNGABKH", "190")
    text = "Gunmen attacked a church in Burkina Faso on Sunday. Troops later killed the attackers."
    assert coded(coder, text, date=date)[-1] == ("BFAMIL", "BFAUAF", "190")


@pytest.mark.model
def test_a_body_that_suspends_a_state_reduces_relations_with_it(coder: Coder) -> None:
    """Sentences written for this test: "suspended Gabon" is a member suspended (160); a
    suspended broadcaster keeps its own code."""
    date = "2024-06-05"
    text = "The African Union suspended Gabon on Thursday."
    assert coded(coder, text, date=date) == [("IGOAFRAFU", "GAB", "160")]
    text = "Mali's junta suspended French broadcasters RFI and France 24."
    assert coded(coder, text, date=date) == [("MLIMIL", "FRAMED", "1721")]


@pytest.mark.model
def test_ending_a_military_pact_reduces_relations_with_its_other_party(coder: Coder) -> None:
    """Sentences written for this test: "a military pact" or "its defence agreement" is the
    pact, no army of the state ending it; "ended" an agreement is 160 as "terminated" is."""
    date = "2024-06-05"
    text = "Niger revoked its military agreement with the United States."
    assert coded(coder, text, date=date) == [("NER", "USA", "160")]
    text = "Chad ended its defence cooperation agreement with France."
    assert coded(coder, text, date=date) == [("TCD", "FRA", "160")]
    text = "Niger scrapped a military pact with the United States."
    assert coded(coder, text, date=date) == [("NER", "USA", "160")]


@pytest.mark.model
def test_a_name_read_as_the_root_with_the_verb_on_its_object_is_the_subject(
    coder: Coder,
) -> None:
    """Sentences written for this test: the small model reads "ECOWAS lifted sanctions" as the
    name with "lifted sanctions" its object; mended, the bloc lifted them, and the decision
    welcomed after it is the bloc's."""
    text = "ECOWAS lifted sanctions on Niger in February. The junta welcomed the decision."
    assert coded(coder, text, date="2024-06-05") == [
        ("IGOWAFWAS", "NER", "085"),
        ("NERMIL", "IGOWAFWAS", "051"),
    ]


@pytest.mark.model
def test_property_looted_in_a_town_is_its_states(coder: Coder) -> None:
    """Sentences written for this test: homes looted in a town no actor names are of the state
    the gazetteer puts the town in, as force on a town is."""
    date = "2024-06-05"
    text = "RSF fighters looted homes in El Fasher."
    assert coded(coder, text, date=date) == [("IMGSDNRSF", "SDN", "171")]
    text = "RSF fighters looted villages near El Fasher."
    assert coded(coder, text, date=date) == [("IMGSDNRSF", "SDN", "171")]


@pytest.mark.model
def test_the_two_sides_in_talks_are_the_parties_of_the_latest_talks(coder: Coder) -> None:
    """Sentences written for this test: "the two sides" that discuss something are the two
    who met, not those of an earlier protest."""
    text = (
        "Opposition lawmakers staged a protest outside the parliament building. Nepal's Prime"
        " Minister Pushpa Kamal Dahal received Chinese Vice Foreign Minister Sun Weidong in"
        " Kathmandu. The two sides discussed the Belt and Road Initiative."
    )
    assert coded(coder, text, date="2024-05-17")[-1] == ("NPLGOV", "CHNGOV", "040")


@pytest.mark.model
def test_both_countries_are_the_two_states_that_did_one_act_together(coder: Coder) -> None:
    """Sentences written for this test: "both countries" after two states did one act to one
    people are those two states."""
    text = (
        "Iran and Pakistan stepped up expulsions of Afghans. The UN refugee agency urged both"
        " countries to halt the forced returns."
    )
    assert coded(coder, text, date="2023-11-02")[-2:] == [
        ("IGOUNOHCR", "IRN", "025"),
        ("IGOUNOHCR", "PAK", "025"),
    ]


@pytest.mark.model
def test_its_ministry_after_a_ruling_armed_group_is_the_groups(coder: Coder) -> None:
    """Sentences written for this test: "its refugee ministry" after the Taliban-run
    government is the Taliban's, not the dateline state's."""
    text = (
        "ISLAMABAD (AP) - Pakistani police detained hundreds of Afghan migrants. The Taliban-run"
        " government in Kabul criticised the expulsions. Its refugee ministry appealed to"
        " Islamabad to give the migrants more time."
    )
    assert coded(coder, text, date="2023-11-02")[-1] == ("IMGAFGTAL", "PAK", "023")


@pytest.mark.model
def test_the_decision_judged_is_no_appeal(coder: Coder) -> None:
    """Sentences written for this test: "the decision" a UN chief denounces is the ban the
    Taliban decided, not the UN mission's appeal to reverse it."""
    text = (
        "The Taliban barred Afghan women from working for the United Nations. The U.N. mission"
        " urged the Taliban to reverse the ban. U.N. chief Antonio Guterres denounced the"
        " decision."
    )
    assert coded(coder, text, date="2023-04-05")[-1] == ("IGOUNOSGN", "IMGAFGTAL", "111")


@pytest.mark.model
def test_a_meeting_or_visit_the_reporter_schedules_is_not_coded(coder: Coder) -> None:
    """Sentences written for this test: "will visit … next month" told by the reporter is a
    schedule (CODING.md 5); the same said by someone is a stated intent (036)."""
    date = "2023-08-10"
    text = "Nepal's Prime Minister Pushpa Kamal Dahal will visit Beijing next month."
    assert coded(coder, text, date=date) == []
    text = "The United Nations will host a meeting of envoys in Doha later this month."
    assert coded(coder, text, date=date) == []
    text = "Nepal's Prime Minister Pushpa Kamal Dahal will visit Beijing, his office said."
    assert coded(coder, text, date=date) == [("NPLGOV", "CHN", "036")]


@pytest.mark.model
def test_suspending_visas_for_a_people_is_an_administrative_sanction(coder: Coder) -> None:
    """Sentences written for this test: visas or visa services suspended for a state's people
    are an administrative sanction (172) on that state."""
    text = "New Delhi suspended visa services for Canadians."
    assert coded(coder, text, date="2023-09-21") == [("IND", "CAN", "172")]


@pytest.mark.model
def test_returned_fire_is_aimed_at_whoever_fired(coder: Coder) -> None:
    """Sentences written for this test: troops that "returned fire" shoot back (193) at the
    force that last fired on their state."""
    text = (
        "Pakistani Rangers opened fire on Indian border posts overnight. The Border Security"
        " Force said its troops returned fire."
    )
    assert coded(coder, text, date="2023-11-09") == [
        ("PAK", "IND", "193"),
        ("INDMIL", "PAK", "193"),
    ]


@pytest.mark.model
def test_the_body_named_again_by_its_head_noun_is_the_body(coder: Coder) -> None:
    """Sentences written for this test: "the commission" after "the election commission" is
    that body, which denies the accusation made against it."""
    text = (
        "Khan's Pakistan Tehreek-e-Insaf party accused the election commission of rigging the"
        " count. The commission denied the allegations."
    )
    assert coded(coder, text, date="2024-02-09") == [
        ("PAKOPP", "PAKGOV", "112"),
        ("PAKGOV", "PAKOPP", "016"),
    ]


@pytest.mark.model
def test_military_kit_handed_over_is_military_aid(coder: Coder) -> None:
    """Sentences written for this test: an aircraft handed over to a state's forces is
    military aid (072), not a return (084); a seized tanker handed over stays a return."""
    date = "2023-12-20"
    text = "India handed over a maritime surveillance aircraft to the Sri Lankan navy."
    assert coded(coder, text, date=date) == [("IND", "LKAMIL", "072")]
    text = "Iran handed over the seized tanker to Greece."
    assert coded(coder, text, date=date) == [("IRN", "GRC", "084")]


@pytest.mark.model
def test_an_invitation_or_offer_answered_refers_back_to_whoever_made_it(coder: Coder) -> None:
    """Sentences written for this test: "declined the invitation" and "welcomed the offer"
    with no "to" phrase answer the latest invitation or offer told before, not the story's
    first agreement."""
    date = "2024-06-05"
    text = (
        "BRICS leaders on Thursday invited Argentina to join the bloc. Argentina later declined"
        " the invitation."
    )
    assert coded(coder, text, date=date)[-1] == ("ARG", "IGOWLDBRC", "125")
    text = (
        "Turkey's parliament ratified Sweden's bid to join NATO. Hungarian Prime Minister"
        " Viktor Orban invited Ulf Kristersson to Budapest for talks. Kristersson declined the"
        " invitation."
    )
    assert coded(coder, text, date=date)[-1] == ("SWEGOV", "HUNGOV", "125")
    text = (
        "South Korea offered to host trade talks between China and the United States."
        " Beijing welcomed the offer."
    )
    assert coded(coder, text, date=date)[-1] == ("CHN", "KOR", "051")


@pytest.mark.model
def test_a_high_commissioner_is_an_envoy(coder: Coder) -> None:
    """Sentences written for this test: a Commonwealth high commissioner recalled, withdrawn,
    expelled or summoned is an ambassador (161, 114), not forces pulled back."""
    date = "2024-06-05"
    text = "India withdrew its high commissioner from Ottawa on Monday."
    assert coded(coder, text, date=date) == [("IND", "CAN", "161")]
    text = "Britain expelled the Indian high commissioner."
    assert coded(coder, text, date=date) == [("GBR", "INDGOV", "161")]
    text = "Pakistan summoned the Afghan high commissioner."
    assert coded(coder, text, date=date) == [("PAK", "AFGGOV", "114")]


@pytest.mark.model
def test_evidence_asked_for_is_information_not_aid(coder: Coder) -> None:
    """Sentences written for this test: a demand or appeal whose complement verb alone reads
    as aid ("provide") takes the kind of the act asked for: evidence or information is
    information shared (1014, 0214)."""
    date = "2024-06-05"
    text = "India demanded that Canada provide evidence."
    assert coded(coder, text, date=date) == [("IND", "CAN", "1014")]
    text = "Delhi urged Ottawa to provide information about the case."
    assert coded(coder, text, date=date) == [("IND", "CAN", "0214")]
    text = "Kyiv urged Berlin to provide more Taurus missiles."
    assert coded(coder, text, date=date) == [("UKR", "DEU", "0232")]


@pytest.mark.model
def test_brussels_in_a_story_of_the_eus_bodies_is_the_eu(coder: Coder) -> None:
    """Sentences written for this test: "Brussels" as an agent in a story that names the
    European Union or the Commission is the EU; as a place, or in a story of no EU body, it
    stays Belgium's capital."""
    date = "2024-06-05"
    text = (
        "The European Commission imposed tariffs on Chinese cars. Chancellor Olaf Scholz"
        " called on Brussels to negotiate with China."
    )
    assert coded(coder, text, date=date)[-1] == ("DEUGOV", "IGOEUREEC", "026")
    text = "The EU fined Apple on Monday. Apple criticised Brussels."
    assert coded(coder, text, date=date)[-1] == ("MNCUSAAPL", "IGOEUREEC", "111")
    text = "Congo recalled its ambassador to Belgium. Kinshasa criticised Brussels."
    assert coded(coder, text, date=date)[-1] == ("COD", "BEL", "111")


@pytest.mark.model
def test_both_governments_after_a_row_are_its_two_sides(coder: Coder) -> None:
    """Sentences written for this test: "both governments" (or "the two countries") after a
    two-sided row are its two sides, also where the actor table reads the noun as one
    government; diplomats expelled and envoys recalled make a row too."""
    date = "2024-06-05"
    text = (
        "Russia expelled two Polish diplomats on Monday. Hungary called on both governments to"
        " show restraint."
    )
    assert coded(coder, text, date=date)[1:] == [
        ("HUN", "RUSGOV", "0256"),
        ("HUN", "POLGOV", "0256"),
    ]
    text = (
        "Niger recalled its ambassador from Benin on Thursday. ECOWAS offered to mediate"
        " between the two countries."
    )
    assert sorted(coded(coder, text, date=date)[1:]) == [
        ("IGOWAFWAS", "BEN", "039"),
        ("IGOWAFWAS", "NER", "039"),
    ]


@pytest.mark.model
def test_sanctions_agreed_to_are_sanctions_adopted(coder: Coder) -> None:
    """Sentences written for this test: "agreed to" or "agreed on" new sanctions or tariffs
    adopts them (163), as "agreed new sanctions" does, aimed at the state they are on."""
    date = "2024-06-05"
    text = "The EU agreed to new sanctions on Iran on Monday."
    assert coded(coder, text, date=date) == [("IGOEUREEC", "IRN", "163")]
    text = "EU ministers agreed on tariffs on Chinese electric vehicles."
    assert coded(coder, text, date=date) == [("IGOEUREEC", "CHN", "163")]


@pytest.mark.model
def test_a_denial_answers_only_whoever_accused_the_denier(coder: Coder) -> None:
    """Sentences written for this test: "rejected the accusations" answers the latest
    accusation aimed at the denier or its state, not another state's criticism of someone
    else; with no such accuser the denial stands alone."""
    date = "2024-06-05"
    text = (
        "The Kremlin denounced the U.S. sanctions as illegal. China rejected the accusations"
        " that it supplied Russia with military technology."
    )
    assert coded(coder, text, date=date)[-1] == ("CHN", None, "016")
    text = (
        "Trudeau accused India of involvement in the killing. Moscow criticised Ottawa. India"
        " rejected the allegations."
    )
    assert coded(coder, text, date=date)[-1] == ("IND", "CANGOV", "016")


@pytest.mark.model
def test_state_forces_storming_do_not_riot(coder: Coder) -> None:
    """Sentences written for this test: police storming an embassy coerce (170) and troops
    use force (190); only crowds storming riot (145), and the raid condemned after it is the
    police's."""
    date = "2024-06-05"
    text = "Ecuadorian police stormed the Mexican embassy in Quito on Friday."
    assert coded(coder, text, date=date) == [("ECUCOP", "MEXGOV", "170")]
    text = "Protesters stormed the French embassy in Niamey."
    assert coded(coder, text, date=date) == [("NERCVL", "FRAGOV", "145")]
    text = (
        "Ecuadorian police stormed the Mexican embassy in Quito. The Organization of American"
        " States condemned the raid."
    )
    assert coded(coder, text, date=date)[-1] == ("IGOAMROAS", "ECUCOP", "111")


@pytest.mark.model
def test_a_refusal_until_another_acts_is_aimed_at_that_other(coder: Coder) -> None:
    """Sentences written for this test: a cooperative act one will not do "until" another
    acts, with no party of its own, is the refusal aimed at that other (the "until" clause
    itself stays a condition)."""
    date = "2024-06-05"
    text = (
        "Washington said it would not ease sanctions until Iran stopped supplying drones to Russia."
    )
    assert coded(coder, text, date=date) == [("USA", "IRN", "1244")]
    text = "The EU said it would not lift the sanctions until Moscow withdraws its troops."
    assert coded(coder, text, date=date) == [("IGOEUREEC", "RUS", "1244")]


@pytest.mark.model
def test_constituents_of_no_named_country_are_the_acting_officials_own(coder: Coder) -> None:
    """Sentences written for this test: voters or citizens no word places, addressed by a
    state's official, are that state's people, not the story's main country's or the scene's."""
    date = "2024-06-05"
    text = (
        "Ukraine's army shelled Donetsk on Monday. Slovak Prime Minister Robert Fico apologised"
        " to voters."
    )
    assert coded(coder, text, date=date)[-1] == ("SVKGOV", "SVKCVL", "055")
    text = (
        "Zelenskiy appealed to NATO allies for more air defence systems. Hungarian Prime"
        " Minister Viktor Orban thanked citizens for their patience."
    )
    assert coded(coder, text, date=date)[-1] == ("HUNGOV", "HUNCVL", "051")


@pytest.mark.model
def test_a_union_federation_is_labour_not_a_general(coder: Coder) -> None:
    """Sentences written for this test: a federation of unions is labour, and the "General"
    of a "General Confederation of Labour" is no military rank."""
    date = "2024-01-24"
    text = "Argentina's largest labour federation staged a general strike on Wednesday."
    assert coded(coder, text, date=date) == [("ARGLAB", None, "143")]
    text = "The General Confederation of Labour accused President Javier Milei of lying."
    assert coded(coder, text, date=date) == [("---LAB", "ARGGOV", "112")]


@pytest.mark.model
def test_a_contingent_of_a_force_is_that_force(coder: Coder) -> None:
    """Sentences written for this test: "a contingent/batch of Kenyan police officers" is
    the police, not a bare Kenya."""
    date = "2024-06-26"
    text = "The first contingent of Kenyan police officers arrived in Haiti on Tuesday."
    assert coded(coder, text, date=date) == [("KENCOP", "HTI", "042")]
    text = "A second batch of Kenyan police officers landed in Port-au-Prince on Friday."
    assert coded(coder, text, date=date) == [("KENCOP", "HTI", "042")]


@pytest.mark.model
def test_flying_others_somewhere_is_no_visit(coder: Coder) -> None:
    """Sentences written for this test: a state that flies prisoners or the wounded somewhere
    makes no visit there; one that flies its own delegation, or flies itself, does."""
    date = "2024-09-05"
    text = "Nicaragua released 135 political prisoners on Thursday and flew them to Guatemala."
    assert coded(coder, text, date=date) == [("NIC", "NICCVL", "0841")]
    text = "Israel flew a delegation to Cairo for talks on Monday."
    assert coded(coder, text, date=date) == [("ISR", "EGY", "042")]


@pytest.mark.model
def test_bare_officers_are_police_where_police_are_spoken_of(coder: Coder) -> None:
    """Sentences written for this test: "officers" (soldiers by default) are policemen when
    the sentence or the one before speaks of the police."""
    date = "2024-09-18"
    text = (
        "The Estado Mayor Central ambushed a police patrol in Cauca and kidnapped three"
        " officers on Tuesday."
    )
    assert coded(coder, text, date=date) == [
        ("IMGCOLEMC", "COLCOP", "190"),
        ("IMGCOLEMC", "COLCOP", "181"),
    ]


@pytest.mark.model
def test_a_pronoun_before_a_bare_cited_source_refers_back(coder: Coder) -> None:
    """Sentences written for this test: in "They …, police said" the pronoun is whom the
    story told before, not the police it cites."""
    text = (
        "Gangs attacked a police station in Port-au-Prince on Monday. They burned several"
        " vehicles and killed two officers, police said."
    )
    assert coded(coder, text, date="2024-06-26") == [
        ("HTICRM", "HTICOP", "190"),
        ("HTICRM", "HTICOP", "190"),
    ]


@pytest.mark.model
def test_rejecting_an_act_is_aimed_at_whoever_would_do_it(coder: Coder) -> None:
    """Sentences written for this test: "rejected any intervention by U.S. troops on Mexican
    soil" is aimed at the troops, not at Mexico."""
    text = "Sheinbaum rejected any intervention by U.S. troops on Mexican soil."
    assert coded(coder, text, date="2024-11-05") == [("MEXGOV", "USAMIL", "120")]


@pytest.mark.model
def test_new_people_a_government_acts_on_are_its_own(coder: Coder) -> None:
    """Sentences written for this test: prisoners a government releases are its own people,
    not those of another state whose prisoners the story told of before."""
    text = (
        "Nicaragua released 135 political prisoners on Thursday. Cuba's government released"
        " more than 500 prisoners in January."
    )
    assert coded(coder, text, date="2024-09-05") == [
        ("NIC", "NICCVL", "0841"),
        ("CUBGOV", "CUBCVL", "0841"),
    ]


@pytest.mark.model
def test_a_headline_verb_read_as_a_noun_is_a_verb(coder: Coder) -> None:
    """Sentences written for this test: a headline's present-tense verb that the parser reads
    as a noun with the subject hung on it is still the verb."""
    text = "Kenyan police arrive in Haiti to take on gangs"
    assert coded(coder, text, date="2024-06-26") == [("KENCOP", "HTI", "042")]


@pytest.mark.model
def test_pushing_someone_to_act_is_an_appeal(coder: Coder) -> None:
    """Sentences written for this test: "pushed X to do Y" is an appeal as "pressed X to" is;
    "pushed Russian forces back" is no appeal."""
    date = "2024-08-08"
    text = "Brazil and Colombia pushed Maduro to publish the voting tallies on Thursday."
    assert coded(coder, text, date=date) == [("BRA", "VENGOV", "020"), ("COL", "VENGOV", "020")]
    text = "Brazil, Colombia push Maduro to release voting records"
    assert coded(coder, text, date=date) == [("BRA", "VENGOV", "0253"), ("COL", "VENGOV", "0253")]
    text = "Ukrainian troops pushed Russian forces back from Kharkiv."
    assert all(c[:2] != "02" for _, _, c in coded(coder, text, date=date))


@pytest.mark.model
def test_people_from_coordinated_countries_are_each_countrys(coder: Coder) -> None:
    """Sentences written for this test: "diplomats from Argentina, Chile and Peru" are each
    country's diplomats, not Argentina's alone."""
    text = "Venezuela ordered diplomats from Argentina, Chile and Peru to leave the country."
    assert coded(coder, text, date="2024-07-30") == [
        ("VEN", "ARGGOV", "161"),
        ("VEN", "CHLGOV", "161"),
        ("VEN", "PERGOV", "161"),
    ]


@pytest.mark.model
def test_a_case_taken_to_a_court_is_against_the_other_side(coder: Coder) -> None:
    """Sentences written for this test: a state that takes "the case" to an international
    court sues the state it has just quarrelled with, not the court."""
    text = (
        "Ecuadorean police stormed the Mexican embassy in Quito on Friday. Mexico said it would"
        " take the case to the International Court of Justice."
    )
    assert coded(coder, text, date="2024-04-06")[-1] == ("MEX", "ECU", "115")
    text = "Ukraine took Russia to the International Court of Justice."
    assert coded(coder, text, date="2024-04-06") == [("UKR", "RUS", "115")]


@pytest.mark.model
def test_willing_to_negotiate_is_with_the_side_of_the_talks_told(coder: Coder) -> None:
    """Sentences written for this test: a group "willing to negotiate", with no one named,
    would negotiate with whom the story told it in talks."""
    text = (
        "Colombia suspended peace talks with the ELN on Wednesday. The ELN said it remained"
        " willing to negotiate."
    )
    assert coded(coder, text, date="2024-09-18") == [
        ("COL", "IMGCOLELN", "164"),
        ("IMGCOLELN", "COL", "036"),
    ]


@pytest.mark.model
def test_police_storming_an_embassy_raid_it_not_riot(coder: Coder) -> None:
    """Sentences written for this test: police who storm an embassy raid it (170) and troops
    assault (190); protesters who storm one riot (145)."""
    date = "2024-04-06"
    text = "Ecuadorean police stormed the Mexican embassy in Quito on Friday."
    assert coded(coder, text, date=date) == [("ECUCOP", "MEXGOV", "170")]
    text = "Soldiers stormed the parliament in Conakry on Friday."
    assert coded(coder, text, date=date) == [("GINMIL", "GINLEG", "190")]
    text = "Protesters stormed the parliament in Conakry on Friday."
    assert [c for _, _, c in coded(coder, text, date=date)] == ["145"]


@pytest.mark.model
def test_first_review_cases_of_session_33_rules(coder: Coder) -> None:
    """Sentences a reviewer wrote, whose first versions were wrong: an admission denied or
    awaited tells no fact; "officers" where the police only report, or at an army base, are
    no police; "the gunmen who …" say who they were; a refusal to negotiate is no offer;
    "both governments of X and Y" are X and Y; a contingent of athletes is no party; fire is
    returned at home too."""
    date = "2024-06-05"
    text = "Nigeria's army never admitted that its troops had killed villagers in Kaduna."
    assert all(c != "190" for _, _, c in coded(coder, text, date=date))
    text = "Russia did not acknowledge that its jets had struck a market."
    assert all(c != "195" for _, _, c in coded(coder, text, date=date))
    text = "Rebels stormed an army base in Cauca and kidnapped three officers, police said."
    assert ("---REB", "COLMIL", "181") in coded(coder, text, date=date)
    text = (
        "Al Shabaab fighters stormed a hotel in Mogadishu. Police killed the gunmen who attacked"
        " a school in Baidoa a week earlier."
    )
    assert ("SOMCOP", "SOMUAF", "190") in coded(coder, text, date=date)
    text = (
        "Colombia suspended peace talks with the ELN. The ELN said it was not willing to negotiate."
    )
    assert coded(coder, text, date=date) == [("COL", "IMGCOLELN", "164")]
    text = (
        "Niger recalled its ambassador from Benin. Tinubu praised both governments of Guinea"
        " and Mali."
    )
    assert coded(coder, text, date=date)[1:] == [
        ("NGAGOV", "GINGOV", "051"),
        ("NGAGOV", "MLIGOV", "051"),
    ]
    assert coded(coder, "A second contingent of athletes arrived in Paris.", date=date) == []
    text = "Gunmen attacked a police patrol in Borno. The officers returned fire."
    assert coded(coder, text, date=date)[-1] == ("NGAMIL", "NGAUAF", "193")


@pytest.mark.model
def test_second_review_cases_of_session_33_rules(coder: Coder) -> None:
    """Sentences a second reviewer wrote, whose first versions were wrong: "the decision"
    after only an order or a request is that order or request; a headline keeps its own
    place over the dateline below it, and a full sentence above a dateline-like line is no
    headline; a thing suspended is no member suspended; visa requirements suspended are
    relief; a company's aircraft handed over are a sale; "until" is no aim when it tells
    whom the act is done to or the same act by another."""
    date = "2024-06-05"
    text = (
        "The ICJ ordered Israel to halt its offensive in Rafah. South Africa welcomed the decision."
    )
    assert coded(coder, text, date=date)[-1] == ("ZAF", "IGOUNOICJ", "051")
    text = "Russia shells Kharkiv\nKYIV (Reuters) - Ukraine condemned Russia."
    places = {
        (e.cameo, e.location.name if e.location else None)
        for e in code_text(text, date=date, coder=coder).events
    }
    assert places == {("194", "Kharkiv"), ("111", "Kyiv")}
    text = "Ukraine accused Russia of shelling Kharkiv.\nMOSCOW (Reuters) - Russia denied it."
    assert extracted(coder, text, date).dateline is None
    assert coded(coder, "Britain suspended its embassy in Kyiv.", date=date) == []
    assert coded(coder, "The African Union suspended Gabon.", date=date) == [
        ("IGOAFRAFU", "GAB", "160")
    ]
    text = "Canada suspended visa requirements for Mexicans."
    assert coded(coder, text, date=date) == [("CAN", "MEX", "081")]
    text = "Airbus handed over the first A350 aircraft to Air India."
    assert [c for _, _, c in coded(coder, text, date=date)] == ["061"]
    text = "Israel will not allow aid into Gaza until the hostages are released."
    assert all(t != "PSECVL" for _, t, _ in coded(coder, text, date=date))


@pytest.mark.model
def test_people_struck_are_no_side_of_the_fighting(coder: Coder) -> None:
    """Sentences written for this test: "both sides" after an armed group shelled a town's
    people are the two forces at war the story told of, not the group and the civilians."""
    text = (
        "Sudan's army bombed RSF positions in Omdurman. The RSF killed 20 villagers in Gezira"
        " on Monday. RSF fighters also shot dozens of civilians in Wad Madani. The United"
        " Nations urged both sides to protect civilians."
    )
    urged = [t for s, t, _ in coded(coder, text, date="2024-06-05") if s == "IGOUNO"]
    assert urged == ["SDNMIL", "IMGSDNRSF"]


@pytest.mark.model
def test_force_used_in_a_warning_is_a_threat_of_force(coder: Coder) -> None:
    """Sentences written for this test: a warning that one would use or resort to force is a
    threat of force (138), as a warning to strike is; force said not to be used, or a verb of
    force denied, threatens none (the plain warning, 130); force used "against" a party is
    force (threatened: 138)."""
    date = "2024-06-05"
    text = "Azerbaijan warned Armenia that it would use force unless the enclave disarmed."
    assert coded(coder, text, date=date) == [("AZE", "ARM", "138")]
    text = "Beijing warned Taipei that it would resort to force if provoked."
    assert coded(coder, text, date=date) == [("CHN", "TWN", "138")]
    text = "China said it would use force against Taiwan if it declared independence."
    assert coded(coder, text, date=date) == [("CHN", "TWN", "138")]
    for text in (
        "Serbia warned Kosovo it would not use force.",
        "Serbia warned Kosovo it would not attack.",
    ):
        assert coded(coder, text, date=date) == [("SRB", "XKX", "130")]
    text = "Iran warned Israel it would not hesitate to strike."
    assert coded(coder, text, date=date) == [("IRN", "ISR", "138")]
    text = "Israeli forces used force to disperse Palestinians."
    assert [c for _, _, c in coded(coder, text, date=date)] == ["175"]


@pytest.mark.model
def test_a_party_taken_off_a_list_is_eased_sanction(coder: Coder) -> None:
    """Sentences written for this test: a party removed from a list or blacklist (of
    terrorism sponsors, of sanctioned firms) has an administrative sanction eased (081); a
    voter roll or a square is no such list."""
    date = "2024-06-05"
    text = "The United States removed Cuba from its list of state sponsors of terrorism."
    assert coded(coder, text, date=date) == [("USA", "CUB", "081")]
    text = "The State Department removed the Houthis from its terrorism blacklist."
    assert coded(coder, text, date=date) == [("USAGOV", "IMGYEMHOU", "081")]
    assert coded(coder, "Kenya removed 300 voters from the register.", date=date) == []
    assert coded(coder, "Police removed protesters from the square.", date=date) == []


@pytest.mark.model
def test_a_counted_phrase_names_the_parties_of_an_act_among_as_many(coder: Coder) -> None:
    """Sentences written for this test: "the three countries" or "the three leaders" are the
    parties of the latest act the story told among three (a meeting's, or three states acting
    alike); "the countries" are the states themselves, "the leaders" their governments; a
    phrase that says whose they are, or a count no act had, names no one."""
    date = "2024-06-05"
    text = (
        "The ministers of France, Germany and Poland met in Weimar. The three countries"
        " condemned Russia."
    )
    assert coded(coder, text, date=date)[3:] == [
        ("FRA", "RUS", "111"),
        ("DEU", "RUS", "111"),
        ("POL", "RUS", "111"),
    ]
    text = (
        "Estonia, Latvia and Lithuania expelled Russian diplomats on Monday. Moscow warned the"
        " three countries of retaliation."
    )
    assert coded(coder, text, date=date)[3:] == [
        ("RUS", "EST", "130"),
        ("RUS", "LVA", "130"),
        ("RUS", "LTU", "130"),
    ]
    text = (
        "Leaders of Mali, Niger and Burkina Faso met in Niamey. The three leaders condemned ECOWAS."
    )
    assert [(s, t) for s, t, c in coded(coder, text, date=date) if c == "111"] == [
        ("MLIGOV", "IGOWAFWAS"),
        ("NERGOV", "IGOWAFWAS"),
        ("BFAGOV", "IGOWAFWAS"),
    ]
    text = (
        "Russia attacked Ukraine. Poland and France condemned the attack. The four countries met."
    )
    assert [c for _, _, c in coded(coder, text, date=date)].count("040") == 0
    assert coded(coder, "The three countries of the Sahel left ECOWAS.", date=date) == []


@pytest.mark.model
def test_a_headline_lists_modifiers_with_commas(coder: Coder) -> None:
    """Sentences written for this test: a headline's comma stands for "and" between the
    capitalised modifiers or names before its verb ("Indian, Pakistani troops clash": both
    armies, fighting each other; "US, UK strike Houthi targets": both states); a group named
    beside a nationality ("Israeli and Hamas negotiators") is the group itself."""
    date = "2024-06-05"
    assert coded(coder, "Indian, Pakistani troops clash in Kashmir", date=date) == [
        ("INDMIL", "PAKMIL", "190"),
        ("PAKMIL", "INDMIL", "190"),
    ]
    assert coded(coder, "Russian, Chinese warships hold joint drills", date=date) == [
        ("RUSMIL", "CHNMIL", "062")
    ]
    assert coded(coder, "US, UK strike Houthi targets in Yemen", date=date) == [
        ("USA", "IMGYEMHOU", "190"),
        ("GBR", "IMGYEMHOU", "190"),
    ]
    for text in ("Israeli and Hamas negotiators met in Cairo.", "Israeli, Hamas negotiators meet"):
        assert coded(coder, text, date=date) == [("ISRGOV", "IMGPSEHMS", "040")]


@pytest.mark.model
def test_an_officials_country_is_the_state_itself(coder: Coder) -> None:
    """Sentences written for this test: "his country" in the words of a state's minister or
    president is the state itself, not the speaker's government; a possessive on any other
    noun keeps the speaker's code."""
    date = "2024-06-05"
    text = (
        "Indian Foreign Minister S. Jaishankar criticised Pakistan. He said his country would"
        " not talk to Islamabad until attacks stop."
    )
    assert coded(coder, text, date=date) == [("INDGOV", "PAK", "111"), ("IND", "PAK", "125")]
    text = "Zelenskiy said his country would never cede territory to Russia."
    assert [(s, t) for s, t, _ in coded(coder, text, date=date)] == [("UKR", "RUS")]
    text = "Zelenskiy said his government would never cede territory to Russia."
    assert [(s, t) for s, t, _ in coded(coder, text, date=date)] == [("UKRGOV", "RUS")]


@pytest.mark.model
def test_the_capital_of_a_datelines_state_stays_that_state(coder: Coder) -> None:
    """Sentences written for this test: a dateline's capital named again as the place struck
    is that state's (the target of force on it), as it is with no dateline; "Tripoli" in a
    story filed from Lebanon is still no Libya."""
    date = "2024-06-05"
    text = "BEIRUT (Reuters) - Israeli jets struck a building in southern Beirut on Tuesday."
    assert coded(coder, text, date=date) == [("ISRMIL", "LBN", "195")]
    text = "KHARTOUM (Reuters) - The RSF shelled Khartoum."
    assert coded(coder, text, date=date) == [("IMGSDNRSF", "SDN", "194")]
    text = "TRIPOLI, Lebanon (Reuters) - Gunmen attacked a bank in Tripoli on Monday."
    assert all(t != "LBY" for _, t, _ in coded(coder, text, date=date))


@pytest.mark.model
def test_act_noun_refers_to_the_act_a_verb_object_named(coder: Coder) -> None:
    """Sentences written for this test: "the strikes" are those the verb's object named
    ("launched air strikes"), not the first force the story led with; "the agreement" is the
    act told with "agreed"."""
    date = "2024-01-12"
    text = (
        "Yemen's Houthi rebels fired two missiles at a Greek tanker in the Red Sea. The United"
        " States and Britain launched air strikes on Houthi targets overnight. Iran condemned"
        " the strikes as a violation of Yemen's sovereignty."
    )
    assert coded(coder, text, date=date)[-2:] == [("IRN", "USA", "111"), ("IRN", "GBR", "111")]
    text = (
        "The European Union signed a gas deal with Azerbaijan on Monday. Qatar agreed to"
        " supply liquefied gas to Germany for 15 years. German Economy Minister Robert Habeck"
        " welcomed the agreement."
    )
    assert coded(coder, text, date=date)[-1] == ("DEUGOV", "QAT", "051")


@pytest.mark.model
def test_trade_curbs_answered_and_announced(coder: Coder) -> None:
    """Sentences written for this test: "the restrictions" (or curbs, controls) judged refer
    back to the export controls told before (163); restrictions on a state's exports or
    imports are an embargo (163), not an administrative ban (172)."""
    date = "2023-10-17"
    text = (
        "The United States tightened export controls on chips to China. Beijing criticised"
        " the restrictions."
    )
    assert coded(coder, text, date=date) == [("USA", "CHN", "163"), ("CHN", "USA", "111")]
    text = (
        "The United States imposed new curbs on chip exports to China. China's commerce"
        " ministry condemned the curbs."
    )
    assert coded(coder, text, date=date)[-1] == ("CHNGOV", "USA", "111")
    text = "The Biden administration announced new restrictions on exports of chips to China."
    assert coded(coder, text, date=date) == [("USAGOV", "CHN", "163")]


@pytest.mark.model
def test_measure_dismissed_as_useless_is_criticism(coder: Coder) -> None:
    """Sentences written for this test: a measure named meaningless or pointless is judged
    (111), as one named illegal is."""
    text = (
        "Britain imposed sanctions on four Houthi leaders on Tuesday. The group dismissed the"
        " sanctions as meaningless."
    )
    assert coded(coder, text, date="2024-02-06")[-1] == ("IMGYEMHOU", "GBR", "111")


@pytest.mark.model
def test_executive_departments_are_government(coder: Coder) -> None:
    """Sentences written for this test: a state's justice, commerce or treasury department is
    its government (GOV), as a ministry is; the U.S. Justice Department, which metonyms.tsv
    names as the federal prosecution, is JUD, and another state's office of that name is that
    state's (the Philippine one is PHLJUD, not the U.S. one)."""
    date = "2024-01-11"
    text = "The U.S. Justice Department seized the cargo of an Iranian tanker."
    assert coded(coder, text, date=date) == [("USAJUD", "IRN", "1711")]
    text = "The U.S. Department of Justice charged two Russian hackers."
    assert coded(coder, text, date=date) == [("USAJUD", "RUSCRM", "173")]
    text = "The Philippine Justice Department charged two Chinese nationals."
    assert [s for s, _, _ in coded(coder, text, date=date)] == ["PHLJUD"]


@pytest.mark.model
def test_force_aimed_on_a_party_before_the_place(coder: Coder) -> None:
    """Sentences written for this test: a force pattern's "on" party wins over the "in" place
    ("air strikes on Houthi targets in Yemen" are on the Houthis)."""
    text = "The United States and Britain launched air strikes on Houthi targets in Yemen."
    assert coded(coder, text, date="2024-01-12") == [
        ("USA", "IMGYEMHOU", "195"),
        ("GBR", "IMGYEMHOU", "195"),
    ]
    text = "Israel launched air strikes in Syria on Monday."
    assert coded(coder, text, date="2024-01-12") == [("ISR", "SYR", "195")]


@pytest.mark.model
def test_countermeasures_vowed_answer_the_last_act_against_the_state(coder: Coder) -> None:
    """Sentences written for this test: "vowed to take countermeasures" with no one named is
    a threat (131) on whoever last acted against the threatener's state, as "vowed to
    retaliate" is."""
    text = (
        "The United States tightened export controls on chips to China. Beijing criticised"
        " the restrictions and vowed to take countermeasures."
    )
    assert coded(coder, text, date="2023-10-17") == [
        ("USA", "CHN", "163"),
        ("CHN", "USA", "111"),
        ("CHN", "USA", "131"),
    ]


@pytest.mark.model
def test_release_of_a_seized_ship_is_asked_of_the_seizer(coder: Coder) -> None:
    """Sentences written for this test: the release of "the vessel" or "the crew" no word
    gives a country is asked of whoever the story told seized or hijacked the ship."""
    date = "2024-04-13"
    text = (
        "Iran's Revolutionary Guards seized a Portuguese-flagged container ship near the Strait"
        " of Hormuz on Saturday. The United States demanded the immediate release of the vessel"
        " and its crew."
    )
    assert coded(coder, text, date=date)[-1] == ("USA", "IRNMIL", "1053")
    text = "The Houthis hijacked a cargo ship in November. Japan demanded the release of the crew."
    assert coded(coder, text, date=date)[-1] == ("JPN", "IMGYEMHOU", "1053")


@pytest.mark.model
def test_summing_noun_judges_each_actor_of_the_act(coder: Coder) -> None:
    """Sentences written for this test: "the move" judged after two states acted together is
    aimed at each of them, not only the last named."""
    text = (
        "Japan and the Netherlands agreed on Friday to join the United States in restricting"
        " exports of chipmaking equipment to China. China's foreign ministry said Beijing"
        " firmly opposed the move."
    )
    assert coded(coder, text, date="2023-01-28")[-2:] == [
        ("CHN", "JPN", "110"),
        ("CHN", "NLD", "110"),
    ]


@pytest.mark.model
def test_ship_damaged_by_a_weapon_is_force(coder: Coder) -> None:
    """Sentences written for this test: a ship a force's drones or missiles damaged was
    attacked, coded by the weapon (1952, 194), not property damaged (171) or nothing."""
    date = "2023-08-14"
    text = "Ukrainian naval drones damaged a Russian landing ship in the port of Novorossiysk."
    assert coded(coder, text, date=date) == [("UKRMIL", "RUSMIL", "1952")]
    text = "A Houthi missile damaged a British tanker in the Gulf of Aden."
    assert coded(coder, text, date=date) == [("IMGYEMHOU", "GBR", "194")]


@pytest.mark.model
def test_complaint_rejected_answers_who_filed_it(coder: Coder) -> None:
    """Sentences written for this test: "the complaint" rejected refers back to the
    complaint or suit told before, and answers whoever filed it."""
    text = (
        "The European Union filed a complaint against China at the World Trade Organization."
        " China rejected the complaint."
    )
    assert coded(coder, text, date="2022-01-27") == [
        ("IGOEUREEC", "CHN", "115"),
        ("CHN", "IGOEUREEC", "120"),
    ]


@pytest.mark.model
def test_against_phrase_on_the_venue_is_the_acts(coder: Coder) -> None:
    """Sentences written for this test: an "against" phrase the parser hangs on the body a
    case is brought to ("at the World Trade Organization against China") names whom the
    case is against."""
    text = (
        "The European Union launched a case at the World Trade Organization against China on"
        " Thursday."
    )
    assert coded(coder, text, date="2022-01-27") == [("IGOEUREEC", "CHN", "115")]


@pytest.mark.model
def test_a_denial_is_not_aimed_at_the_deniers_own_state(coder: Coder) -> None:
    """Sentences written for this test: a spokesman denying that his own state did a thing
    answers whoever accused it, not the state the denied clause names."""
    text = (
        "Chisinau accused Moscow of meddling in the vote. Kremlin spokesman Dmitry Peskov"
        " denied that Russia was funding opposition parties in Moldova."
    )
    assert coded(coder, text, date="2024-06-05") == [
        ("MDA", "RUS", "112"),
        ("RUSGOV", "MDA", "016"),
    ]


@pytest.mark.model
def test_a_charge_named_untrue_is_denied(coder: Coder) -> None:
    """Sentences written for this test: a spokeswoman saying the allegations are baseless, in
    a quotation or reported speech, denies them (016) and answers the accuser; she does not
    criticise (111)."""
    date = "2024-06-05"
    told = "The Taliban government accused Pakistan of killing civilians in Khost."
    text = f'{told} "These allegations are baseless," a Pakistani spokeswoman told reporters.'
    assert coded(coder, text, date=date) == [
        ("IMGAFGTAL", "PAK", "112"),
        ("PAKGOV", "IMGAFGTAL", "016"),
    ]
    text = f"{told} A Pakistani spokesman said the accusations were groundless."
    assert coded(coder, text, date=date)[-1] == ("PAKGOV", "IMGAFGTAL", "016")


@pytest.mark.model
def test_the_execution_condemned_is_the_executioners(coder: Coder) -> None:
    """Sentences written for this test: "the execution" condemned refers back to the state
    that executed the prisoner the sentence before, as "the killing" does."""
    text = (
        "Tehran executed a German-Iranian dual national on Thursday. German Foreign Minister"
        " Annalena Baerbock condemned the execution as outrageous."
    )
    assert coded(coder, text, date="2024-06-05")[-1] == ("DEUGOV", "IRN", "111")


@pytest.mark.model
def test_his_office_is_the_office_of_whom_it_reports(coder: Coder) -> None:
    """Sentences written for this test: "his office said" after a clause whose subject is a
    person is that person's office speaking, not the office of the nearer name."""
    text = (
        "Japanese Prime Minister Fumio Kishida praised Marcos for his restraint, his office said."
    )
    found = code_text(text, date="2024-06-05", coder=coder)
    assert [q.speaker.code for q in found.quotes if q.speaker] == ["JPNGOV"]


@pytest.mark.model
def test_a_bare_surname_keeps_the_role_its_full_mention_gave(coder: Coder) -> None:
    """Sentences written for this test: a former prime minister titled opposition leader in
    the article stays in the opposition when the next sentence calls him by his surname."""
    text = (
        "Kenyan opposition leader Raila Odinga criticised the government on Tuesday. Odinga"
        " demanded the resignation of the interior minister."
    )
    assert coded(coder, text, date="2024-06-05") == [
        ("KENOPP", "KENGOV", "111"),
        ("KENOPP", "KENCOP", "1041"),
    ]


@pytest.mark.model
def test_a_royal_court_is_the_monarchs_office(coder: Coder) -> None:
    """Sentences written for this test: "the royal court" that speaks for a king is his
    government, no court of law."""
    text = "Jordan's royal court said King Abdullah had accepted the apology."
    found = code_text(text, date="2024-06-05", coder=coder)
    assert [q.speaker.code for q in found.quotes if q.speaker] == ["JORGOV"]


@pytest.mark.model
def test_an_admitted_fault_stands_alone(coder: Coder) -> None:
    """Sentences written for this test: a leader owning a mishap or a mistake acknowledges
    responsibility (015) naming no one, as a denial of it stands alone (016)."""
    date = "2024-06-05"
    text = 'Prime Minister Benjamin Netanyahu acknowledged a "tragic mishap" in a speech.'
    assert coded(coder, text, date=date) == [("ISRGOV", None, "015")]
    text = "Pakistan's army admitted a mistake on Monday."
    assert coded(coder, text, date=date) == [("PAKMIL", None, "015")]


@pytest.mark.model
def test_a_clarification_sought_is_asked_of_whom_it_is_sought_from(coder: Coder) -> None:
    """Sentences written for this test: clarification sought "from the Israeli government"
    is a request of that government, not of its bare state."""
    text = (
        "A senior U.S. official said Washington was seeking clarification from the Israeli"
        " government about the incident."
    )
    assert coded(coder, text, date="2024-06-05") == [("USA", "ISRGOV", "020")]


@pytest.mark.model
def test_shelling_told_after_another_deed_is_the_subjects(coder: Coder) -> None:
    """Sentences written for this test: a shelling participle after a verb that is no blow
    ("crossed the border, shelling …", "launched 'anti-terrorist measures', shelling …") is
    the subject's own act of force; an outcome after a blow ("killing 20") stays none."""
    date = "2024-06-05"
    text = "Azerbaijani troops crossed the border overnight, shelling Armenian positions."
    assert coded(coder, text, date=date) == [("AZEMIL", "ARMMIL", "194")]
    text = (
        'Azerbaijan\'s defence ministry said its troops had launched "anti-terrorist measures"'
        " in Nagorno-Karabakh, shelling positions held by ethnic Armenian forces."
    )
    assert coded(coder, text, date=date) == [("AZEMIL", "ARMMIL", "194")]
    text = "Israeli jets struck Gaza, killing 20 people."
    assert coded(coder, text, date=date) == [("ISRMIL", "PSE", "195")]


@pytest.mark.model
def test_armenian_and_azerbaijani_foreign_ministers_by_surname(coder: Coder) -> None:
    """Sentences written for this test: the foreign ministers of Armenia and Azerbaijan of
    2023–2024 are named by surname alone in wire copy of their peace talks."""
    text = "Blinken hosted Mirzoyan and Bayramov for talks near Washington on Thursday."
    assert coded(coder, text, date="2024-05-04") == [
        ("USAGOV", "ARMGOV", "043"),
        ("USAGOV", "AZEGOV", "043"),
    ]


@pytest.mark.model
def test_whom_one_refuses_to_help_act(coder: Coder) -> None:
    """Sentences written for this test: the party one helps, or refuses to help, do something
    ("help Moscow evade sanctions", parsed as the subject of the clause) is the target, as the
    party one lets act is."""
    text = "Kazakhstan has refused to help Moscow evade Western sanctions, officials said."
    assert coded(coder, text, date="2024-06-05") == [("KAZ", "RUS", "122")]


@pytest.mark.model
def test_urged_to_stop_military_action(coder: Coder) -> None:
    """Sentences written for this test: military action stopped is fighting scaled down, so an
    appeal to stop it is an appeal to de-escalate (0256), not one to give way (025)."""
    text = "Blinken urged Aliyev by phone to stop military action in Karabakh immediately."
    assert coded(coder, text, date="2023-09-20") == [("USAGOV", "AZEGOV", "0256")]


@pytest.mark.model
def test_a_bill_is_no_one_its_modifiers_name(coder: Coder) -> None:
    """Sentences written for this test: a bill's modifiers tell what it is about ("a 'foreign
    agents' bill"), not who owns it: no spies are approved."""
    text = 'Georgia\'s parliament on Tuesday approved a "foreign agents" bill in a third reading.'
    assert coded(coder, text, date="2024-05-14") == []


@pytest.mark.model
def test_condemning_attacks_on_ones_own_people(coder: Coder) -> None:
    """Sentences written for this test: the condemnation of an attack on one's own people
    ("the attack on its peacekeepers") is aimed at the attackers told before, not at oneself
    (which gave no event)."""
    text = (
        "Gunmen opened fire on NATO peacekeepers near Zvecan on Monday. NATO condemned the"
        " attack on its peacekeepers."
    )
    assert coded(coder, text, date="2024-06-05") == [
        ("XKXUAF", "IGOWSTNAT", "193"),
        ("IGOWSTNAT", "XKXUAF", "111"),
    ]


@pytest.mark.model
def test_participation_frozen_is_relations_reduced(coder: Coder) -> None:
    """Sentences written for this test: membership or participation frozen is reduced
    relations with the bloc (160), as when suspended."""
    text = "Armenia has frozen its participation in the CSTO, Pashinyan said on Thursday."
    assert coded(coder, text, date="2024-02-23") == [("ARM", "IGOEEUCST", "160")]


@pytest.mark.model
def test_the_two_republics_are_the_states_told_before(coder: Coder) -> None:
    """Sentences written for this test: "the two republics" are the two states the story told
    fighting, as "the two countries" are."""
    text = (
        "Kyrgyz troops shelled Tajik villages near Batken. Russia offered to mediate between"
        " the two republics."
    )
    assert coded(coder, text, date="2024-06-05") == [
        ("KGZMIL", "TJK", "194"),
        ("RUS", "KGZ", "039"),
        ("RUS", "TJK", "039"),
    ]


@pytest.mark.model
def test_condemning_attacks_after_a_riot(coder: Coder) -> None:
    """Sentences written for this test: "the attacks" condemned after rioters hurled stones and
    petrol bombs at peacekeepers (145) refer back to the rioters."""
    text = (
        "Serb protesters attacked NATO-led peacekeepers with stones and petrol bombs in Zvecan."
        " NATO Secretary-General Jens Stoltenberg condemned the attacks on the peacekeepers."
    )
    assert coded(coder, text, date="2023-05-30") == [
        ("SRBCVL", "IGOWSTNAT", "145"),
        ("IGOWSTNAT", "SRBCVL", "111"),
    ]


@pytest.mark.model
def test_abbreviated_titles_before_a_name(coder: Coder) -> None:
    """Sentences written for this test: the abbreviated titles "Sen.", "Rep." and "Gov."
    before a name diurna does not know are the sector their full words are (a senator, a
    representative, a governor), with the country from the story."""
    date = "2024-06-05"
    text = "Sen. John Fetterman accused the Pentagon of lying to Congress."
    assert coded(coder, text, date=date) == [("USALEG", "USAMIL", "112")]
    text = "Rep. Ro Khanna criticized the State Department."
    assert coded(coder, text, date=date) == [("USALEG", "USAGOV", "111")]
    text = "Colorado Gov. Jared Polis praised the Pentagon."
    assert coded(coder, text, date=date) == [("USAGOV", "USAMIL", "051")]


@pytest.mark.model
def test_american_office_holders_of_2023_and_2024(coder: Coder) -> None:
    """Sentences written for this test: members of Congress, governors, the attorney general,
    the special counsel and the homeland security secretary of 2023-2024 are coded by their
    office on the day ("Comer" a representative, "Mayorkas" the interior-like ministry's head,
    COP; "Texas Gov. Greg Abbott" is no Tony Abbott of Australia)."""
    date = "2024-02-14"
    text = "Comer accused Mayorkas of lying to Congress."
    assert coded(coder, text, date=date) == [("USALEG", "USACOP", "112")]
    text = "Special counsel Jack Smith accused Trump of spreading lies about the vote."
    assert coded(coder, text, date=date) == [("USAJUD", "USAELI", "112")]
    text = "Texas Gov. Greg Abbott sent troops to the border. Gaetz praised Abbott."
    assert coded(coder, text, date=date)[-1] == ("USALEG", "USAGOV", "051")


@pytest.mark.model
def test_american_departments_named_for_their_field(coder: Coder) -> None:
    """Sentences written for this test: the U.S. Justice, Treasury, Commerce and Homeland
    Security departments stand for the federal prosecution (JUD), the government (GOV) and
    the interior-like ministry (COP), wherever the story is told from."""
    date = "2024-06-05"
    text = "The Justice Department sued Apple on Thursday."
    assert coded(coder, text, date=date) == [("USAJUD", "MNCUSAAPL", "115")]
    text = "The Treasury Department imposed sanctions on Chinese companies."
    assert coded(coder, text, date=date) == [("USAGOV", "CHNBUS", "163")]
    text = "The Department of Homeland Security criticized the Mexican government."
    assert coded(coder, text, date=date) == [("USACOP", "MEXGOV", "111")]


@pytest.mark.model
def test_the_house_is_a_chamber_when_capitalised_and_alone(coder: Coder) -> None:
    """Sentences written for this test: a capitalised "House" standing alone is the chamber
    of the story's country ("the House", "House Republicans"), not the White House told
    before it, a name's last word, a home or the modifier of a common noun."""
    date = "2024-06-05"
    text = "The White House urged the House to pass the aid bill."
    assert coded(coder, text, date=date) == [("USAGOV", "USALEG", "020")]
    text = "House Republicans accused the Pentagon of lying."
    assert coded(coder, text, date=date) == [("USALEG", "USAMIL", "112")]
    assert coded(coder, "The army shelled his house.", date=date) == [("---MIL", None, "194")]
    assert coded(coder, "House prices rose in March.", date=date) == []


@pytest.mark.model
def test_a_verbal_attack_named_with_as(coder: Coder) -> None:
    """Sentences written for this test: "attacked" (or "slammed", "blasted") someone "as" a
    judgement is criticism (111), also where the parser makes the name a clause ("as
    deranged"), and not force; an "as" time clause leaves the attack force."""
    date = "2024-06-05"
    text = "Trump attacked Jack Smith as deranged."
    assert coded(coder, text, date=date) == [("USAELI", "USAJUD", "111")]
    text = "The Kremlin slammed the Pentagon as a warmonger."
    assert coded(coder, text, date=date) == [("RUSGOV", "USAMIL", "111")]
    text = "Russian troops attacked Ukrainian positions as night fell."
    assert coded(coder, text, date=date) == [("RUSMIL", "UKRMIL", "190")]


@pytest.mark.model
def test_a_headline_tells_the_datelines_story(coder: Coder) -> None:
    """Sentences written for this test: an unplaced body or force in a headline above a
    dateline is of the dateline's country, not of a country the story names further down
    ("linked to Israel")."""
    text = (
        "Police arrest dozens of protesters at Columbia University\n"
        "NEW YORK (AP) — Police arrested more than 100 pro-Palestinian protesters on Tuesday."
        " The protesters had demanded that the university divest from companies linked to"
        " Israel."
    )
    assert coded(coder, text, date="2024-06-05")[0] == ("USACOP", "USACVL", "173")


@pytest.mark.model
def test_a_headline_over_a_bureau_dateline_tells_the_leads_country(coder: Coder) -> None:
    """Sentences written for this test (first review of session 34): a headline above a
    regional bureau's dateline tells of the country its lead names first, not of the bureau's
    city; a lead that names none leaves it the dateline's."""
    date = "2024-06-05"
    text = (
        "Army says it killed militants\nDAKAR (Reuters) - The Malian army said it killed 20"
        " militants near Gao."
    )
    assert coded(coder, text, date=date)[0] == ("MLIMIL", "MLIINS", "190")
    text = (
        "Protesters clash with police\nLONDON (Reuters) - Kenyan police fired tear gas at"
        " protesters in Nairobi on Tuesday."
    )
    assert coded(coder, text, date=date)[0] == ("KENCVL", "KENCOP", "145")


@pytest.mark.model
def test_only_the_accused_deny_a_charge_called_untrue(coder: Coder) -> None:
    """Sentences written for this test (first review of session 34): a third party that
    calls a charge baseless criticises whoever made it (111); only the party accused denies
    it (016)."""
    date = "2024-06-05"
    text = (
        "Russia accused Ukraine of shelling the plant. The United States said Russia's claim"
        " was baseless."
    )
    assert coded(coder, text, date=date)[-1] == ("USA", "RUS", "111")
    text = "Iran accused Israel of the attack. The United States said the accusation was baseless."
    assert coded(coder, text, date=date)[-1] == ("USA", "IRN", "111")
    text = "Moscow accused London of sabotage. London said Moscow's accusations were nonsense."
    assert coded(coder, text, date=date)[-1] == ("GBR", "RUS", "016")


@pytest.mark.model
def test_a_bills_sponsor_still_owns_it(coder: Coder) -> None:
    """Sentences written for this test (first review of session 34): the government, the
    opposition or a party named before a bill owns it, whatever it is about; a topic word
    ("a police bill", a quoted "foreign agents" bill) names no one."""
    date = "2024-06-05"
    text = "Lawmakers approved the government's bill on police reform."
    assert coded(coder, text, date=date) == [("---LEG", "---GOV", "051")]
    text = "Parliament rejected the opposition's bill on election reform."
    assert coded(coder, text, date=date) == [("---LEG", "---OPP", "120")]
    assert coded(coder, "Parliament passed a police bill.", date=date) == []


@pytest.mark.model
def test_first_review_cases_of_session_34_rules(coder: Coder) -> None:
    """Sentences written for this test (first review of session 34): force a warning tells
    as done or under way threatens none; "the execution" of a plan refers to no killing;
    "shelling out" money is paying; "his country" named as whom its own leader appeals to, or
    "his country of origin", is no target."""
    date = "2024-06-05"
    text = "The UN warned that Israel had used disproportionate force in Gaza."
    assert coded(coder, text, date=date) == [("IGOUNO", "ISR", "130")]
    text = "Tehran executed a protester. Germany praised the execution of the peace plan."
    assert [c for _, _, c in coded(coder, text, date=date)] == ["1823"]
    text = "Azerbaijan signed a deal with Turkey, shelling out millions for drones."
    assert [c for _, _, c in coded(coder, text, date=date)] == ["057"]
    for text in (
        "Putin said his country should strengthen its army.",
        "Born in Kenya, Obama said his country of origin should hold fair elections.",
    ):
        assert coded(coder, text, date=date) == []


@pytest.mark.model
def test_second_review_cases_of_session_34_rules(coder: Coder) -> None:
    """Sentences written for this test (first review of session 34): an admission that one
    made a mistake stands alone, as an admitted mistake does; one's own military named in
    what one halts is no target of the de-escalation."""
    date = "2024-06-05"
    text = "Netanyahu admitted that Israel had made a mistake in the strike."
    assert coded(coder, text, date=date) == [("ISRGOV", None, "015")]
    for text in (
        "Azerbaijan said it had ended its military campaign in Karabakh.",
        "Israel said it would halt its military operations in Rafah.",
    ):
        assert all(t is None or not t.endswith("MIL") for _, t, _ in coded(coder, text, date=date))


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Russian jets bombed rebel positions near Idlib on Tuesday.",
            [("RUSMIL", "SYRREB", "195")],
        ),
        (
            "Saudi warplanes bombed rebel positions near Sanaa.",
            [("SAUMIL", "YEMREB", "195")],
        ),
        (
            "Ugandan troops killed 20 rebels in eastern Congo.",
            [("UGAMIL", "CODREB", "190")],
        ),
        # Near misses: rebels met, not struck, are not of the venue's state.
        (
            "The Sudanese army negotiated with rebels in Jeddah.",
            [("SDNMIL", "SDNREB", "046")],
        ),
        (
            "Myanmar's junta met ethnic rebels in Kunming.",
            [("MMRMIL", "MMRREB", "040")],
        ),
    ],
)
def test_armed_groups_struck_are_of_the_scene_s_country_not_the_attacker_s(
    coder: Coder, text: str, expected: list[tuple[str, str | None, str]]
) -> None:
    """Sentences written for this test: rebels or militants whom a foreign force strikes, with
    no word giving their country, are of the country where the sentence places the blow, not of
    the attacker's state, the most named so far; rebels met or negotiated with in a third
    country's city are not that country's."""
    assert coded(coder, text, date="2024-06-05") == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "WASHINGTON (Reuters) - Rep. Ilhan Omar criticized Israel on Tuesday.",
            [("USALEG", "ISR", "111")],
        ),
        (
            "WASHINGTON (Reuters) - A senator accused China of spying.",
            [("USALEG", "CHN", "1125")],
        ),
        (
            "NAIROBI (Reuters) - The interior minister accused Ethiopia of backing rebels.",
            [("KENCOP", "ETH", "112")],
        ),
        # Near misses: soldiers may storm their own state's town, and the opposition accuses
        # its own state's bodies.
        (
            "DAKAR (Reuters) - Soldiers stormed Mali's northern town of Kidal.",
            [("MLIMIL", "MLI", "190")],
        ),
        (
            "JOHANNESBURG (Reuters) - Opposition leader Nelson Chamisa accused Zimbabwe's"
            " electoral commission of fraud.",
            [("ZWEOPP", "ZWEGOV", "1121")],
        ),
    ],
)
def test_an_unplaced_official_is_of_the_dateline_state_not_the_state_it_acts_on(
    coder: Coder, text: str, expected: list[tuple[str, str | None, str]]
) -> None:
    """Sentences written for this test: an official with no word giving a country, in a lead
    under a dateline, is of the dateline's state when the first country the story names is the
    state the official's own clause acts on, not of that state; forces and the opposition keep
    the story's first country."""
    assert coded(coder, text, date="2024-06-05") == expected


def test_a_procedure_or_proceedings_opened_against_a_party_is_a_legal_action(
    coder: Coder,
) -> None:
    """Sentences written for this test: an infringement or deficit procedure, or formal
    proceedings, launched, opened or started against a state or company is a legal action
    (115); one opened to pick someone, with no one it is against, is none."""
    date = "2024-06-05"
    for text, target in (
        ("The European Commission launched an infringement procedure against Malta.", "MLT"),
        ("The EU opened an excessive deficit procedure against Belgium.", "BEL"),
        ("The European Commission started infringement proceedings against Ireland.", "IRL"),
    ):
        assert [(t, c) for _, t, c in coded(coder, text, date=date)] == [(target, "115")]
    text = "The European Commission opened a procedure to choose a new auditor."
    assert coded(coder, text, date=date) == []


@pytest.mark.model
def test_austrian_and_dutch_parties_are_coded_by_their_years_in_government(coder: Coder) -> None:
    """Sentences written for this test: the Austrian and Dutch parties parties.tsv lacked
    are their country's government or opposition by the date."""
    text = "The FPO accused the SPO of lying."
    assert coded(coder, text, date="2018-06-05") == [("AUTGOV", "AUTOPP", "112")]
    assert coded(coder, text, date="2024-06-05") == []  # both in opposition
    text = "The PVV criticised the European Commission."
    assert coded(coder, text, date="2023-05-10") == [("NLDOPP", "IGOEURCOM", "111")]
    assert coded(coder, text, date="2024-12-10") == [("NLDGOV", "IGOEURCOM", "111")]


@pytest.mark.model
def test_a_court_striking_down_a_law_or_plan_rejects_it_with_no_force(coder: Coder) -> None:
    """Sentences written for this test: a law, plan or tariff "struck down" is thrown out
    (120), no force; a person struck down is still struck."""
    date = "2024-06-05"
    for text in (
        "Austria's Constitutional Court struck down the government's tax plan.",
        "The Constitutional Court in Vienna struck down the cabinet's ban on rallies.",
    ):
        assert [c for _, _, c in coded(coder, text, date=date)] == ["120"]
    text = "Israeli soldiers struck down a Palestinian gunman in Jenin."
    assert [c for _, _, c in coded(coder, text, date=date)] == ["190"]


def test_rescue_and_medical_teams_sent_to_a_state_are_humanitarian_aid(coder: Coder) -> None:
    """Sentences written for this test (probe 35a): a rescue, medical or relief team (or
    workers) sent, dispatched or deployed to a state is humanitarian aid, also when the
    modifiers are coordinated ("search and rescue teams"); other teams keep their codes."""
    date = "2024-03-15"
    for text in (
        "China sent a rescue team to Turkey after the earthquake.",
        "Algeria dispatched a medical team to Libya.",
        "Spain deployed search and rescue workers to Morocco.",
    ):
        assert [c for _, _, c in coded(coder, text, date=date)] == ["073"], text
    text = "Russia sent a team of investigators to Syria."
    assert [c for _, _, c in coded(coder, text, date=date)] == ["090"]
    text = "Russia deployed air and naval units to Syria."
    assert [c for _, _, c in coded(coder, text, date=date)] == ["154"]


@pytest.mark.model
def test_aid_or_funding_resumed_to_a_recipient_is_aid_given(coder: Coder) -> None:
    """Sentences written for this test (probe 35a): aid or funding resumed or restored to a
    recipient is aid given, of the kind its words name; resumed strikes or talks keep theirs."""
    date = "2024-03-15"
    text = "Canada resumed funding to UNRWA."
    assert coded(coder, text, date=date) == [("CAN", "IGOUNORWA", "071")]
    text = "The United States resumed food aid to Ethiopia after a pause."
    assert coded(coder, text, date=date) == [("USA", "ETH", "073")]
    text = "Sweden restored aid to Somalia."
    assert coded(coder, text, date=date) == [("SWE", "SOM", "070")]
    text = "The company resumed payments to its suppliers."
    assert coded(coder, text, date=date) == []


@pytest.mark.model
def test_food_or_aid_deliveries_halted_are_humanitarian_aid_cut(coder: Coder) -> None:
    """Sentences written for this test (probe 35a): food, aid or relief deliveries, shipments
    or convoys halted, suspended or blocked are humanitarian aid cut (1623), not arms (1622);
    arms deliveries and bare deliveries to a state keep 1622, gas supplies the embargo (163)."""
    date = "2024-03-15"
    text = "The WFP halted food deliveries to Somalia."
    assert coded(coder, text, date=date) == [("IGOUNOWFP", "SOM", "1623")]
    text = "Israel blocked food convoys into Gaza."
    assert [c for _, _, c in coded(coder, text, date=date)] == ["1623"]
    text = "Germany halted arms deliveries to Israel."
    assert [c for _, _, c in coded(coder, text, date=date)] == ["1622"]
    text = "Russia halted gas supplies to Moldova."
    assert [c for _, _, c in coded(coder, text, date=date)] == ["163"]


@pytest.mark.model
def test_refugees_a_verb_takes_from_a_state_are_that_states(coder: Coder) -> None:
    """Sentences written for this test (probe 35a): refugees or migrants that a verb takes
    "from" a state (the parser hangs the phrase on the verb) are that state's refugees, not
    the host's; aid taken from a state keeps its giver."""
    date = "2024-03-15"
    text = "Chad has received more than 500,000 refugees from Sudan."
    assert coded(coder, text, date=date) == [("TCD", "SDNREF", "075")]
    text = "Egypt hosts thousands of migrants from Sudan."
    assert coded(coder, text, date=date) == [("EGY", "SDNREF", "075")]
    text = "Lebanon deported refugees to Syria."  # sent home: Syria's refugees
    assert coded(coder, text, date=date) == [("LBN", "SYRREF", "174")]


@pytest.mark.model
def test_an_appeal_for_aid_to_no_one_stands_alone(coder: Coder) -> None:
    """Sentences written for this test (probe 35a): an appeal for aid or money that names no
    addressee is a public appeal (023x, no target); other appeals with no addressee ("for
    calm", "for an end to the fighting") stay uncoded."""
    date = "2024-03-15"
    text = "The United Nations appealed for $2 billion to help Somalis through the drought."
    assert coded(coder, text, date=date) == [("IGOUNO", None, "0231")]
    text = "UNICEF appealed for food and medicine after the floods."
    assert coded(coder, text, date=date) == [("IGOUNOCEF", None, "0233")]
    for text in ("The minister appealed for calm.", "The UN appealed for an end to the fighting."):
        assert coded(coder, text, date=date) == [], text


def test_a_drills_compound_names_its_kind_no_strike(coder: Coder) -> None:
    """Sentences written for this test (probe 35b): "air drills" or "missile drills" are
    exercises, not air strikes or launches, whatever preposition follows; air strikes stay."""
    date = "2024-06-05"
    text = "Seoul and Tokyo staged joint air drills in response to the North's missile launch."
    assert coded(coder, text, date=date) == [("KOR", "JPN", "062")]
    text = "South Korea staged air drills in response to the North's missile launch."
    assert coded(coder, text, date=date) == [("KOR", None, "150")]
    text = "Russia staged an air raid on Kyiv."
    assert coded(coder, text, date=date) == [("RUS", "UKR", "195")]


@pytest.mark.model
def test_an_office_named_for_another_state_is_its_first_named_states(coder: Coder) -> None:
    """Sentences written for this test (probe 35b): a state's name compounded before an office
    that another state owns names what the office deals with ("China's Taiwan Affairs Office",
    "the U.S. Ukraine envoy"); a lone state's office keeps its own state."""
    date = "2024-06-15"
    text = "China's Taiwan Affairs Office accused Lai of provoking confrontation."
    assert coded(coder, text, date=date) == [("CHNGOV", "TWNGOV", "112")]
    text = "The U.S. Ukraine envoy criticised Russia."
    assert coded(coder, text, date=date) == [("USAGOV", "RUS", "111")]
    text = "Taiwan's Mainland Affairs Council criticised Beijing."
    assert coded(coder, text, date=date) == [("TWNGOV", "CHN", "111")]
    text = "The Philippine Justice Department charged a Chinese national."
    assert coded(coder, text, date=date) == [("PHLJUD", "CHNCVL", "173")]


@pytest.mark.model
def test_a_seat_of_power_where_talks_are_held_is_in_its_capital(coder: Coder) -> None:
    """Sentences written for this test (probe 35b): "held talks at the White House" places
    the talks in Washington, as "met X at the White House" does; no Casablanca."""
    for text in (
        "Trump held talks with Netanyahu at the White House on Monday.",
        "Kishida and Biden held talks at the White House on Wednesday.",
    ):
        article = code_text(text, date="2024-06-15", coder=coder)
        places = [e.location.name if e.location else None for e in article.events]
        assert places and set(places) == {"Washington"}


@pytest.mark.model
def test_an_arms_sale_approved_is_military_cooperation(coder: Coder) -> None:
    """Sentences written for this test (probe 35b): approving a sale of weapons to a state is
    military cooperation with the buyer (062), no praise; a sale of anything else is not."""
    date = "2024-06-15"
    text = "Washington approved the sale of Harpoon missiles to Taiwan."
    assert coded(coder, text, date=date) == [("USA", "TWN", "062")]
    text = "The State Department approved a $2 billion arms sale to Taiwan."
    assert coded(coder, text, date=date) == [("USAGOV", "TWN", "062")]
    text = "Japan approved the sale of parts to Britain."
    assert all(c != "062" for _, _, c in coded(coder, text, date=date))


@pytest.mark.model
def test_a_munition_fired_names_no_armed_force(coder: Coder) -> None:
    """Sentences written for this test (probe 35b): "artillery shells" fired are what was
    fired, not the firer's own artillery as a target; a target named stays."""
    date = "2024-06-15"
    text = "North Korea fired artillery shells near the border on Friday."
    assert coded(coder, text, date=date) == [("PRK", None, "194")]
    text = "North Korea fired artillery shells at a South Korean island."
    assert coded(coder, text, date=date) == [("PRK", "KOR", "194")]


def test_a_threat_joined_to_a_hostile_act_is_aimed_at_its_party(coder: Coder) -> None:
    """Sentences written for this test: a threat coordinated after a hostile act of the same
    actor that names no one is aimed at that act's party; not after a friendly act, nor when
    another actor threatens."""
    date = "2024-03-15"
    text = "The regional bloc ECOWAS condemned the junta in Niger and threatened to use force."
    assert ("IGOWAFWAS", "NERMIL", "138") in coded(coder, text, date=date)
    text = "Moscow condemned Kyiv and threatened to retaliate."
    assert ("RUS", "UKR", "138") in coded(coder, text, date=date)
    for text in (
        "Moscow praised Kyiv and threatened to retaliate.",
        "Moscow condemned Kyiv, and Minsk threatened to retaliate.",
    ):
        assert all(c[:2] != "13" for _, _, c in coded(coder, text, date=date))


@pytest.mark.model
def test_an_international_body_named_by_its_name_is_left_as_one(coder: Coder) -> None:
    """Sentences written for this test: quitting, leaving or exiting a body named by its name
    reduces relations with it (160), as quitting "the bloc" does; leaving a building named
    after a body, or a town, does not."""
    date = "2024-03-15"
    text = "Niger and Burkina Faso quit ECOWAS last year."
    assert ("NER", "IGOWAFWAS", "160") in coded(coder, text, date=date)
    assert ("BFA", "IGOWAFWAS", "160") in coded(coder, text, date=date)
    text = "Gabon left the African Union in protest."
    assert ("GAB", "IGOAFRAFU", "160") in coded(coder, text, date=date)
    for text in (
        "The Malian envoy left the United Nations headquarters after the vote.",
        "The ECOWAS envoy left Niamey on Friday.",
    ):
        assert all(c != "160" for _, _, c in coded(coder, text, date=date))


@pytest.mark.model
def test_russias_africa_corps_is_its_military(coder: Coder) -> None:
    """Sentence written for this test: the Africa Corps, the Russian defence ministry's force
    in the Sahel, is Russia's military, as its fleets are."""
    text = "Russia's Africa Corps deployed troops to Burkina Faso."
    assert ("RUSMIL", "BFA", "154") in coded(coder, text, date="2024-06-05")


@pytest.mark.model
def test_a_deal_ended_with_ones_own_rebels_is_with_them(coder: Coder) -> None:
    """Sentences written for this test: ending or scrapping an agreement with one's own
    country's rebels reduces relations with them (160), though a downgrade is otherwise never
    aimed at one's own state; one's own army is no such party."""
    date = "2024-03-15"
    text = "Chad's government scrapped the peace accord with the rebels."
    assert ("TCDGOV", "TCDREB", "160") in coded(coder, text, date=date)
    text = "Chad's government scrapped the accord with the Chadian army."
    assert all(t is None or not t.startswith("TCD") for _, t, _ in coded(coder, text, date=date))


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Lula left the G20 early to return to Brazil.", []),
        ("Israel banned UNRWA.", [("ISR", "IGOUNORWA", "172")]),
        ("Blinken left ASEAN for Tokyo on Saturday.", [("USAGOV", "JPN", "042")]),
        (
            "Iran condemned Israel and threatened to close the Strait of Hormuz to American ships.",
            [("IRN", "ISR", "111"), ("IRN", "USA", "1381")],
        ),
        ("Macron criticised Russia and warned that Europe must rearm.", [("FRAGOV", "RUS", "111")]),
        (
            "The Muslim Public Affairs Council criticised the White House.",
            [("USACVL", "USAGOV", "111")],
        ),
        (
            "The European Union criticised Georgia. The Parliament accused the EU of meddling.",
            [("IGOEUREEC", "GEO", "111"), ("GEOLEG", "IGOEUREEC", "112")],
        ),
        ("The United States halted military aid shipments to Ukraine.", [("USA", "UKR", "162")]),
        ("Argentina resumed debt payments to the IMF.", []),
        ("Israel sent an elite rescue unit to Gaza to free hostages.", []),
        ("The families of hostages appealed for help to bring them home.", []),
        (
            "Chile's President Gabriel Boric called for a New Social Contract with voters.",
            [("CHLGOV", "CHLCVL", "020")],
        ),
        (
            "The Liberal Democrats restored their support for the coalition government.",
            [("GBROPP", "GBRGOV", "051")],
        ),
    ],
)
def test_near_misses_of_the_session_s_new_rules_keep_their_reading(
    coder: Coder, text: str, expected: list[tuple[str, str | None, str]]
) -> None:
    """Sentences written for this test, each near a rule added this session that over-reached:
    a body left as a meeting (early, for a place) or banned is no membership ended or party
    banned; a joined threat keeps a party its own phrase names, and a warning that something
    must be done threatens no one; a private "affairs council" is no government office; "the
    Parliament" after an EU body and a state named since is that state's; military aid halted is
    no humanitarian cut, debts paid are no aid, an elite rescue unit is no relief team; an appeal
    for help names no aid; a "new social contract" is no Dutch party; support restored to a
    government is political backing."""
    assert coded(coder, text, date="2024-06-05") == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Netanyahu said the army would press on with its operation in Rafah.", []),
        (
            "Israel pressed ahead with its offensive in Rafah despite U.S. objections.",
            [("ISR", "PSE", "190")],
        ),
        ("Russia pushed on with its assault on Avdiivka.", [("RUS", "UKR", "190")]),
        # Near misses: pressing someone is still an appeal.
        ("The United States pressed China on its support for Russia.", [("USA", "CHN", "020")]),
        (
            "Blinken pressed Netanyahu to allow more aid into Gaza.",
            [("USAGOV", "ISRGOV", "0255")],
        ),
    ],
)
def test_pressing_on_with_an_act_is_the_act_not_an_appeal(
    coder: Coder, text: str, expected: list[tuple[str, str | None, str]]
) -> None:
    """Sentences written for this test: "pressed on", "pressed ahead" or "pushed on" with
    something goes on with it: the act its "with" phrase names is coded ("pressed ahead with its
    offensive" is force), and the verb is no appeal to anyone (it gave 020 at "the press", read
    as the media)."""
    assert coded(coder, text, date="2024-05-06") == expected


@pytest.mark.model
def test_police_charging_at_a_crowd_repress_it(coder: Coder) -> None:
    """Sentence written for this test: police that charge "at" a crowd use force on it (175), as
    police that charge a crowd do; it gave no event (the charge read as a criminal charge)."""
    text = "Riot police fired tear gas and charged at demonstrators outside parliament in Tbilisi."
    assert ("GEOCOP", "GEOCVL", "175") in coded(coder, text, date="2024-05-06")


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rebels in Idlib shelled Russian positions.", [("SYRREB", "RUSMIL", "194")]),
        ("Militants in Kidal attacked a French convoy.", [("MLIINS", "FRA", "190")]),
        ("Rebels in Goma accused Rwandan troops of looting.", [("CODREB", "RWAMIL", "112")]),
        # Near miss: a named armed group keeps its own code.
        # (a town seized by armed men is territory occupied, 192)
        ("Rebels of the M23 seized Goma.", [("IMGCODMTT", "COD", "192")]),
    ],
)
def test_an_armed_group_is_of_the_place_its_own_phrase_names(
    coder: Coder, text: str, expected: list[tuple[str, str | None, str]]
) -> None:
    """Sentences written for this test: rebels or militants with no word giving their country
    are of the country of the town their own "in"/"near" phrase names, not of the foreign
    force the sentence names ("Rebels in Idlib shelled Russian positions" gave RUSREB)."""
    assert coded(coder, text, date="2024-06-05") == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Iranian hackers targeted the campaign of a US senator, officials said.",
            [("IRNCRM", "USA", "176")],
        ),
        (
            "A Chinese hacking group attacked a Taiwanese chipmaker last week.",
            [("CHN", "TWN", "176")],
        ),
        (
            "Russian hackers breached the email accounts of Czech diplomats.",
            [("RUSCRM", "CZEGOV", "176")],
        ),
        (
            "North Korean hackers infiltrated the networks of a South Korean shipbuilder.",
            [("PRKCRM", "KOR", "176")],
        ),
        ("Russian soldiers targeted a Ukrainian checkpoint.", [("RUSMIL", "UKR", "190")]),
    ],
)
def test_hackers_attacking_or_targeting_anything_is_a_cyber_attack(
    coder: Coder, text: str, expected: list[tuple[str, str | None, str]]
) -> None:
    """Sentences written for this test: force whose acting force is hackers is a cyber attack
    (176), as is breaching or infiltrating accounts and networks; soldiers' targets stay 190."""
    assert coded(coder, text) == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Russia vetoed a resolution that would have imposed an arms embargo on Sudan.",
            [("RUS", "IGOUNOUSC", "129")],
        ),
        (
            "Washington blocked a French resolution that would have demanded a ceasefire from "
            "Israel.",
            [("USA", "FRA", "120")],
        ),
        ("Israel would have struck Iran if Washington had not objected.", []),
        (
            "The United States said it would impose sanctions on Iran.",
            [("USA", "IRN", "1312")],
        ),
    ],
)
def test_what_would_have_happened_is_no_act(
    coder: Coder, text: str, expected: list[tuple[str, str | None, str]]
) -> None:
    """Sentences written for this test: "would have" in a relative clause or with an "if"
    clause tells what did not happen (CODING.md §5); a plain "would" is still stated intent."""
    assert coded(coder, text) == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Norway hosted a third round of talks between Colombia and the ELN rebels.",
            [("NOR", "COL", "045"), ("NOR", "IMGCOLELN", "045")],
        ),
        (
            "Egypt hosted a new round of negotiations between Israel and Hamas in Cairo.",
            [("EGY", "ISR", "045"), ("EGY", "IMGPSEHMS", "045")],
        ),
    ],
)
def test_a_round_of_talks_hosted_between_two_sides_is_mediation(
    coder: Coder, text: str, expected: list[tuple[str, str | None, str]]
) -> None:
    """Sentences written for this test: the "between" phrase of the talks a round is of names
    the sides the host mediates between, as "hosted talks between" does."""
    assert coded(coder, text) == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Security Council adopted a resolution tightening sanctions on Iran.",
            [("IGOUNOUSC", "IRN", "163")],
        ),
        (
            "The European Union issued a decree extending sanctions on Belarus.",
            [("IGOEUREEC", "BLR", "163")],
        ),
        (
            "The Security Council passed a resolution lifting sanctions on Eritrea.",
            [("IGOUNOUSC", "ERI", "085")],
        ),
        (
            "China vetoed a resolution imposing sanctions on Myanmar.",
            [("CHN", "IGOUNOUSC", "129")],
        ),
    ],
)
def test_what_an_adopted_resolution_or_decree_enacts_is_its_author_s_act(
    coder: Coder, text: str, expected: list[tuple[str, str | None, str]]
) -> None:
    """Sentences written for this test: a resolution or decree "imposing", "tightening",
    "extending" or "lifting" sanctions does so for the body that adopts or issues it; one
    vetoed enacts nothing."""
    assert coded(coder, text) == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Argentine President Javier Milei called Spanish Prime Minister Pedro Sanchez"
            ' "arrogant" on Sunday.',
            [("ARGGOV", "ESPGOV", "111")],
        ),
        (  # the tagger takes the lowercase adjective for a name
            "Milei called the Spanish prime minister corrupt.",
            [("ARGGOV", "ESPGOV", "111")],
        ),
    ],
)
def test_words_of_electoral_and_personal_quarrels_judge_whom_they_name(
    coder: Coder, text: str, expected: list[tuple[str, str, str]]
) -> None:
    """Sentences written for this probe: naming a leader "arrogant", "corrupt" or "unfair"
    condemns him (111), also when the tagger reads the adjective as a proper noun."""
    assert coded(coder, text, date="2024-05-20") == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            '"I call on the police to act with restraint," said Mexican President Claudia'
            " Sheinbaum.",
            [("MEXGOV", "MEXCOP", "0256")],
        ),
        (
            '"The police beat me," said opposition leader Freddy Superlano of Venezuela.',
            [("VENCOP", "VENOPP", "182")],
        ),
        (  # the "I" of a quotation inside the quotation is the president's, not the senator's
            "\"The president told me, 'I will not resign,'\" said Colombian Senator Maria Jose"
            " Pizarro.",
            [],
        ),
    ],
)
def test_i_and_me_in_a_speaker_s_quoted_words_are_the_speaker(
    coder: Coder, text: str, expected: list[tuple[str, str, str]]
) -> None:
    """Sentences written for this probe: as "we" and "our" are, "I" and "me" in a direct
    quotation stand for its speaker, unless the quotation quotes another inside it."""
    assert coded(coder, text, date="2024-11-20") == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            '"We ask the international community to recognize the will of the Venezuelan'
            ' people," Edmundo Gonzalez said in a video message from Madrid.',
            [("VENOPP", "---CVL", "022")],
        ),
        (
            "Latin American diplomats condemned the crackdown in Caracas on Monday.",
            [("---GOV", "VEN", "111")],
        ),
    ],
)
def test_people_of_a_region_or_the_world_take_no_country_from_the_event_place(
    coder: Coder, text: str, expected: list[tuple[str, str, str]]
) -> None:
    """Sentences written for this probe: "the international community" and "Latin American
    diplomats" are of many states, not of the country the act happened in."""
    assert coded(coder, text, date="2024-09-20") == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Prosecutors in Russia declared the TV channel Dozhd an undesirable organisation.",
            [("RUSJUD", "RUSMED", "1721")],
        ),
        (
            "Russia declared the human rights group Memorial an undesirable organisation.",
            [("RUS", "RUSNGO", "1722")],
        ),
        ("Russia declared Greenpeace undesirable.", [("RUS", "NGOENVGRP", "172")]),
        (
            "Russian prosecutors recognised the human rights group Memorial as undesirable.",
            [("RUSJUD", "RUSNGO", "172")],
        ),
        # Near miss: a law named by the word lists no one.
        ("Georgia's parliament added amendments to the undesirable organisations law.", []),
    ],
)
def test_an_undesirable_listing_is_coded_as_a_ban(
    coder: Coder, text: str, expected: list[tuple[str, str | None, str]]
) -> None:
    """Sentences written for this test: listing a body as "undesirable", whatever verb lists
    it (declare, designate, recognise as), bans its work, coded as "banned" would be with the
    same object (an outlet 1721, an organisation 1722); they gave no event, or an appeal, or a
    recognition (054)."""
    assert coded(coder, text, date="2024-06-05") == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A court in Russia jailed the theatre director Anna Sokolova for six years.",
            [("RUSJUD", "RUSCVL", "116")],
        ),
        (
            "A court in Russia jailed the playwright Anna Sokolova for six years.",
            [("RUSJUD", "RUSCVL", "116")],
        ),
        (
            "Russian police detained the historian Pavel Orlov in Petrozavodsk.",
            [("RUSCOP", "RUSEDU", "173")],
        ),
        ("Russia's media regulator blocked access to Telegram.", [("RUSGOV", None, "1721")]),
        ("Russia's communications watchdog blocked Telegram.", [("RUSGOV", None, "1721")]),
        ("Roskomnadzor blocked access to Telegram on Monday.", [("RUSGOV", None, "1721")]),
        # Near miss: a civic watchdog stays one.
        (
            "Human Rights Watch, a New York-based watchdog, criticised Russia.",
            [("NGOHRIHRW", "RUS", "111")],
        ),
    ],
)
def test_artists_scholars_and_state_regulators_take_their_sectors(
    coder: Coder, text: str, expected: list[tuple[str, str | None, str]]
) -> None:
    """Sentences written for this test: a theatre or film director and a playwright are private
    people (CVL), as a filmmaker is; a historian, physicist or sociologist is of learning
    (EDU), as a scientist is; a state's media regulator or communications watchdog, and
    Roskomnadzor, are its government (GOV). The people gave no event, the regulator MED or NGO
    ("Russia's media regulator" read as the media)."""
    assert coded(coder, text, date="2024-06-05") == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Oman and Bahrain established diplomatic relations in 1971.",
            [("OMN", "BHR", "054"), ("BHR", "OMN", "054")],
        ),
        ("Kuwait and Iraq cut ties in 1990.", [("KWT", "IRQ", "161"), ("IRQ", "KWT", "161")]),
        # Near miss: a party named with "with" is the one the ties are with.
        ("Kuwait and Bahrain cut ties with Iran.", [("KWT", "IRN", "161"), ("BHR", "IRN", "161")]),
    ],
)
def test_two_states_acting_on_their_ties_act_towards_each_other(
    coder: Coder, text: str, expected: list[tuple[str, str | None, str]]
) -> None:
    """Sentences written for this test: two states that establish or cut relations or ties,
    no one else named, each do so towards the other (two directional events, CODING.md §7);
    they gave no event."""
    assert coded(coder, text, date="2024-06-05") == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "date", "expected"),
    [
        (
            "Prime Minister Keir Starmer praised Ukraine on Monday. Starmer criticised Russia.",
            "2024-05-01",
            [("GBRGOV", "UKR", "051"), ("GBRGOV", "RUS", "111")],
        ),
        (  # a courtesy title on a former president is no office held
            "President Bill Clinton criticised Russia on Monday.",
            "2015-05-01",
            [("USAELI", "RUS", "111")],
        ),
        (  # nor is an opposition title on a sitting president
            "Opposition leader Nicolas Maduro criticised the United States.",
            "2019-05-01",
            [("VENGOV", "USA", "111")],
        ),
        (
            "Former President Donald Trump criticised Mexico.",
            "2024-05-01",
            [("USAELI", "MEX", "111")],
        ),
    ],
)
def test_a_title_in_the_text_decides_the_role_over_the_person_table(
    coder: Coder, text: str, date: str, expected: list[tuple[str, str | None, str]]
) -> None:
    """Sentences written for this test: a government title on someone the person table has
    in opposition that day (an office taken before the table has it) makes them government, as
    does a later bare surname; a "former" or courtesy title stays a former official."""
    assert coded(coder, text, date=date) == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Colombian government held talks with rebels in Havana.",
            [("COLGOV", "COLREB", "046")],
        ),
        (
            "The Philippine government signed a peace deal with Muslim rebels in Kuala Lumpur.",
            [("PHLGOV", "PHLREB", "057")],
        ),
        ("Rebels in Bangui attacked a UN convoy.", [("CAFREB", "IGOUNO", "190")]),
        ("The army shelled rebels in Goma.", [("CODMIL", "CODREB", "194")]),
    ],
)
def test_a_capital_where_rebels_are_met_is_the_venue_not_their_state(
    coder: Coder, text: str, expected: list[tuple[str, str | None, str]]
) -> None:
    """Sentences written for this test: rebels met in a foreign capital are not of its state;
    rebels acting in a city, or struck there, still are."""
    assert coded(coder, text, date="2024-05-01") == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Japan beat South Korea 3-1 on Sunday.", []),
        ("Morocco stunned Portugal in the quarterfinal.", []),
        ("The Iranian team withdrew from the championship.", []),
        ("Italy's team attacked from the start.", []),
        ("Police fired tear gas at fans after the match.", [("---COP", "---CVL", "175")]),
        ("Russia attacked Ukraine early on Monday.", [("RUS", "UKR", "190")]),
    ],
)
def test_national_sides_in_a_sports_report_are_no_states(
    coder: Coder, text: str, expected: list[tuple[str, str | None, str]]
) -> None:
    """Sentences written for this test: a scoreline after a verb of winning, a contest noun,
    or a side ("Italy's team") doing an "attack" is a game, not states' acts; the police at
    a match and a real attack are still coded."""
    assert coded(coder, text, date="2024-05-01") == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Russian side attacked Ukraine with drones overnight, Kyiv said.",
            [("RUS", "UKR", "1952")],
        ),
        ("Iran and Saudi Arabia signed a friendly agreement in Beijing.", [("IRN", "SAU", "057")]),
        ("Israel bombed Gaza as Qatar hosted the World Cup final.", [("ISR", "PSE", "195")]),
        ("North Korea threatened South Korea after the match.", [("PRK", "KOR", "130")]),
        ("Russia matched the American offer and sent aid to Turkey.", [("RUS", "TUR", "070")]),
        (  # a range of dead after "beat back" is no scoreline
            "Russia beat back a Ukrainian assault near Donetsk, killing 12-15 soldiers.",
            [("RUS", "UKR", "182")],
        ),
    ],
)
def test_a_contest_named_elsewhere_in_the_sentence_leaves_states_acts_coded(
    coder: Coder, text: str, expected: list[tuple[str, str | None, str]]
) -> None:
    """Sentences written for this test: only an act whose own verb names the contest, a win by
    a scoreline or a team's attack is a game; "the Russian side" in a war report, a "friendly"
    agreement, a verb "match", a final another verb hosts and an act after a match are states'."""
    assert coded(coder, text, date="2024-05-01") == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Moscow recognised the separatists in eastern Ukraine as independent states.",
            [("RUS", "UKRSEP", "054")],
        ),
        ("Beijing urged the rebels in Myanmar to respect the truce.", [("CHN", "MMRREB", "0256")]),
        (
            "Ankara supplied rifles to rebels in northern Syria, officials said.",
            [("TUR", "SYRREB", "072")],
        ),
        (
            "The United States sanctioned separatists in eastern Ukraine over the shelling.",
            [("USA", "UKRSEP", "163")],
        ),
    ],
)
def test_rebels_in_a_country_or_region_are_of_it_whoever_acts_on_them(
    coder: Coder, text: str, expected: list[tuple[str, str | None, str]]
) -> None:
    """Sentences written for this test: only a capital in rebels' own "in" phrase is where they
    are met rather than whose they are; a country or region there is theirs."""
    assert coded(coder, text, date="2022-02-21") == expected
