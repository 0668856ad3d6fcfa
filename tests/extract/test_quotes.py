"""Quote marks, speakers and indirect speech."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from diurna.extract.article import Extraction, extract
from diurna.extract.quotemarks import find_marked
from diurna.extract.quotes import subject_of
from diurna.model import Article
from diurna.pipeline import Coder


@pytest.mark.parametrize(
    ("text", "quoted", "refused"),
    [
        ('"We will respond," he said.', ["We will respond,"], 0),
        ("“We will respond,” he said.", ["We will respond,"], 0),
        ('"A. B. C," he said, "and D."', ["A. B. C,", "and D."], 0),
        ('He said "yes" and "no".', ["yes", "no"], 0),
        ("He said ” no.", [], 1),
        ("“One “two” three.”", [], 1),
        ('Troops fired a 12" gun.', [], 1),
        ('"Never," she said.\n\n"Ever," he said. Then 12" rain.', ["Never,"], 1),
        ('"We will fight on.\n\n"We will win," he said.', ["We will fight on.", "We will win,"], 0),
        ("No quotation here.", [], 0),
    ],
)
def test_marks_pair_per_paragraph_or_are_refused(
    text: str, quoted: list[str], refused: int
) -> None:
    marked, refusals = find_marked(text)
    assert [text[m.start : m.end] for m in marked] == quoted
    assert len(refusals) == refused
    assert all("unbalanced quote marks" in r.reason for r in refusals)


def run(coder: Coder, text: str, date: str | None = "2016-02-15") -> Extraction:
    article = Article(id="t", text=text, origin="<test>", date=date)
    return extract(coder.nlp(text), article, coder.resolver, coder.sentence_coder)


def quotes(found: Extraction) -> list[tuple[str | None, str, bool]]:
    return [(q.speaker.code if q.speaker else None, q.text, q.direct) for q in found.quotes]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Turkish President Tayyip Erdogan spoke in Ankara. "
            '"We will not allow Azaz to fall," he said.',
            [("TURGOV", "We will not allow Azaz to fall,", True)],
        ),
        (
            'Russian Foreign Minister Sergei Lavrov said: "The process is moving forward."',
            [("RUSGOV", "The process is moving forward.", True)],
        ),
        (
            'Vladimir Putin visited Ankara. "We will respond," Putin said, "and firmly."',
            [("RUSGOV", "We will respond, and firmly.", True)],
        ),
        (
            '"The agreement gives diplomacy more time." '
            "Russian Foreign Minister Sergei Lavrov said this in Moscow on Tuesday.",
            [("RUSGOV", "The agreement gives diplomacy more time.", True)],
        ),
        (
            '"Nobody knows what happens next," a banner read at the rally.',
            [(None, "Nobody knows what happens next,", True)],
        ),
        (  # a name in quotes is a quotation with no speaker, as gold writers list it
            'Fighters of the so-called "Islamic State" attacked the town.',
            [(None, "Islamic State", True)],
        ),
        (  # a term ending no clause is not the next clause's quotation; it stays unattributed
            'Police broke up a rally against a law on "foreign agents" that critics say is'
            " modelled on a Russian one.",
            [(None, "foreign agents", True)],
        ),
        (  # a quotation inside a narrative sentence does not continue the earlier speech
            '"We lost everything," said a Ukrainian resident. Photos of the ruins spread under'
            ' the caption "Nothing is left here now".',
            [
                ("UKRCVL", "We lost everything,", True),
                (None, "Nothing is left here now", True),
            ],
        ),
        (  # a reporting verb in the next paragraph is not this quotation's
            'Protesters carried banners reading "No more military rule ever".\n\nGeneral Ali'
            " Hassan said on Monday that order would be restored.",
            [(None, "No more military rule ever", True)],
        ),
        (  # a quotation opening a paragraph, named by the next sentence without a verb
            "Russia protested on Monday.\n\n"
            '"There is no excuse for this." Those were the words of Foreign Minister Sergei'
            " Lavrov.",
            [("RUSGOV", "There is no excuse for this.", True)],
        ),
        (  # the speaker after the verb, parsed as its object
            'Protesters rallied in Niger on Friday. "Down with the junta," shouted a young man.',
            [("NERCVL", "Down with the junta,", True)],
        ),
        (  # a relative clause's speaker is its antecedent
            "The plan was announced by the Saudi ambassador, Adel al-Jubeir, who said the"
            ' kingdom would do "whatever it takes" to win.',
            [("SAUGOV", "whatever it takes", True)],
        ),
        (  # a titled organisation envoy is a "he"
            "The U.N. envoy to Sudan, Volker Perthes, told reporters that 185 people had been"
            ' killed. "The situation is very fluid," he said.',
            [("IGOUNO", "The situation is very fluid,", True)],
        ),
        (  # an unknown named person with no readable role: a civilian of the story's country
            "Thousands marched in Belgrade against the Serbian government on Sunday."
            ' "We want institutions that work," said Milena Petrovic, a 20-year-old.',
            [("SRBCVL", "We want institutions that work,", True)],
        ),
        (  # a parenthetical "speaking at …" is not the reporting verb of the partial quote
            "Venezuela's opposition marched on Monday. President Nicolas Maduro, speaking at the"
            ' presidential palace, called the protests "a foreign plot" and blamed the opposition.',
            [("VENGOV", "a foreign plot", True)],
        ),
        (  # the naming sentence's remark noun may come after a long name
            "Mali's neighbours closed their borders on Sunday.\n\n"
            '"We will not accept humiliation." Interim President Assimi Goita made the remarks'
            " in a televised address.",
            [("MLIGOV", "We will not accept humiliation.", True)],
        ),
        (  # quoted words inside reported speech are the reporter's source's words
            "Iran rejected the sanctions. According to Foreign Minister Javad Zarif, Washington"
            ' had "lost its way" over the deal.',
            [("IRNGOV", "lost its way", True)],
        ),
        (  # "he" is not someone he names inside his own quotation
            "Zimbabwe's army seized the state broadcaster. Army spokesman Major General Sibusiso"
            ' Moyo denied a coup. "Our action is aimed at those around the president," he said.',
            [("ZWEMIL", "Our action is aimed at those around the president,", True)],
        ),
        (  # the naming sentence calls the words an appeal, after a long title and name
            "Nepal's prime minister resigned on Tuesday.\n\n"
            '"We urge all citizens to stay calm." Army chief General Ashok Raj Sigdel made the'
            " appeal in a video message.",
            [("NPLMIL", "We urge all citizens to stay calm.", True)],
        ),
        (  # a document says things for whoever issued it
            "Ethiopia's government issued a statement on Tuesday. The statement said: \"The"
            ' government will not negotiate with terrorists."',
            [("ETHGOV", "The government will not negotiate with terrorists.", True)],
        ),
        (  # "quoted him as saying": the one quoted
            "Turkish President Tayyip Erdogan spoke on Monday. His office quoted him as saying:"
            ' "We will respond."',
            [("TURGOV", "We will respond.", True)],
        ),
        (  # a statement from someone speaks for them
            'Turkish jets struck Kurdish positions on Monday. "The operation will go on,"'
            " according to a statement from the Turkish army.",
            [("TURMIL", "The operation will go on,", True)],
        ),
        (  # "the service" is the body named before whose words end in "service"
            "Tajikistan's border service accused Kyrgyz troops of attacking first. \"The blame"
            ' lies with the Kyrgyz side," the service said in a statement.',
            [("TJKCOP", "The blame lies with the Kyrgyz side,", True)],
        ),
        (  # a family name the tagger takes for a noun is still the person named before
            'Bolivian President Evo Morales spoke on Sunday.\n\n"I quit," Morales said.',
            [("BOLGOV", "I quit,", True)],
        ),
        (  # a term the writer marks "so-called" is no one's words
            'Beijing claims most of the sea under its so-called "ten-dash line" and rejects the'
            " ruling.",
            [(None, "ten-dash line", True)],
        ),
        (  # a nickname set inside a name is no one's words, also inside reported speech
            "Mexico's foreign minister said troops had freed Ovidio Guzman, a son of Joaquin"
            ' "El Chapo" Guzman. "We did it to save lives," the minister said.',
            [(None, "El Chapo", True), ("MEXGOV", "We did it to save lives,", True)],
        ),
        (  # one civil servant quoted by name is a private person, and no one named before
            "Libya's government ordered a curfew in Tripoli.\n\n\"We have lived through this"
            ' before," said Ali Salem, a 45-year-old civil servant.',
            [("LBYCVL", "We have lived through this before,", True)],
        ),
        (  # with no person as the main subject before, "he" is the doer nearest the main verb
            "Bouteflika resigned on Tuesday. His exit came hours after Algeria's army chief,"
            " General Ahmed Gaid Salah, demanded that the president be declared unfit. In a"
            ' statement, he said: "There can be no more stalling."',
            [("DZAMIL", "There can be no more stalling.", True)],
        ),
        (  # "the president's office" is the sitting president's, not the exiled former one's
            "President Abdulla Yameen declared an emergency. The court had freed exiled former"
            ' President Mohamed Nasheed. "The country must be kept safe," a spokesman for the'
            " president's office said.",
            [("MDVGOV", "The country must be kept safe,", True)],
        ),
        (  # a protest leader is the opposition; a cleric with no country is not the country of
            # the subject before (Washington), and an announcement names its maker
            'BANGKOK (AFP) - Thai troops stormed a protest camp on Wednesday.\n\n"We have'
            ' fought as hard as we can," said protest leader Jatuporn Prompan. Washington urged'
            ' calm. "Thailand will heal," said Muslim cleric Abu Bakar Bashir.\n\n"The'
            ' operation is over." Army spokesman Colonel Sansern Kaewkamnerd made the'
            " announcement on television.",
            [
                ("THAOPP", "We have fought as hard as we can,", True),
                ("THAREL", "Thailand will heal,", True),
                ("THAMIL", "The operation is over.", True),
            ],
        ),
        (  # a party's senator speaks as a legislator; "opposition lawmakers" for the party
            'Opposition lawmakers accused the government of surrendering. "The state has been'
            ' humiliated," said Senator Xóchitl Gálvez of the National Action Party.',
            [("MEXLEG", "The state has been humiliated,", True)],
        ),
        (  # a partial quote is the words of the one who condemned, not of the agency reporting
            # it; a noun after "before" is no subject of the verb
            "Syria denied any role. Syrian President Bashar al-Assad condemned the bombing as a"
            ' "horrible criminal act", the official news agency SANA said. Russian President'
            " Vladimir Putin, speaking before talks with King Abdullah in Sochi, called the"
            ' downing "a stab in the back".',
            [
                ("SYRGOV", "horrible criminal act", True),
                ("RUSGOV", "a stab in the back", True),
            ],
        ),
        (  # a counted group is no group counted before; "in Idlib province" places it
            "BEIRUT (AP) - U.S. missiles struck a Syrian air base on Friday, U.S. officials"
            " said. President Donald Trump said six people had been killed at the base. At least"
            " 86 people died in Tuesday's attack on the town in Idlib province.\n\n\"Nobody did"
            ' anything," said Ahmad Khalaf, a schoolteacher in the town.',
            [("SYRCVL", "Nobody did anything,", True)],
        ),
        (  # a family name tagged as a common noun is still the person named before; an urging
            # or a finding quotes whoever urged or found; an alias is no one's words
            "Bolivian President Evo Morales resigned on Sunday.\n\nArmy commander Williams"
            ' Kaliman had urged Morales to step down "to allow peace to return".\n\n"I am'
            ' stepping aside because I do not want to see more blood spilled among Bolivians,"'
            ' Morales said. He accused opposition leaders of a "civic coup" against him. The'
            ' Organization of American States called for a new vote after finding "clear'
            ' manipulations". Prosecutors said the bomber was known by the alias "Mocho Kiko".',
            [
                ("BOLMIL", "to allow peace to return", True),
                (
                    "BOLGOV",
                    "I am stepping aside because I do not want to see more blood spilled"
                    " among Bolivians,",
                    True,
                ),
                ("BOLGOV", "civic coup", True),
                ("IGOAMROAS", "clear manipulations", True),
                (None, "Mocho Kiko", True),
            ],
        ),
        (  # in a quotation of two sentences, "his family" is no antecedent of "he said"
            "HARARE (Reuters) - Zimbabwe's military took control of the state broadcaster and"
            " placed President Robert Mugabe under guard.\n\nMajor General Sibusiso Moyo said on"
            ' television that the army was targeting criminals around the leader. "The army has'
            ' not taken over the government. The president and his family are safe," he said,'
            ' "and their security is guaranteed."',
            [
                (
                    "ZWEMIL",
                    "The army has not taken over the government. The president and his family"
                    " are safe, and their security is guaranteed.",
                    True,
                )
            ],
        ),
        (  # words quoted as what a subject rejected or blamed are the subject's
            'Romania rejected the accusations as "a provocation". The Moldovan government'
            ' blamed the riot on "a few extremists".',
            [("ROU", "a provocation", True), ("MDAGOV", "a few extremists", True)],
        ),
        (  # a quotation standing alone, then "He made the remark": the remark's maker
            "Solomon Islands Prime Minister Manasseh Sogavare refused to resign."
            ' "I will not bow down to anyone." He made the remark in a national address.',
            [("SLBGOV", "I will not bow down to anyone.", True)],
        ),
        (  # one nurse speaks as a civilian of the place the sentence before is in
            "Australia sent troops to Dili. The streets of Dili were empty on Tuesday.\n\n"
            '"People are afraid to go out," said Maria da Costa, a nurse.',
            [("TLSCVL", "People are afraid to go out,", True)],
        ),
        (  # a former journalist is a journalist, a former minister an elite
            'Belarus detained Roman Protasevich, a former editor. "I am afraid," the former'
            ' editor said. "We will return," said former Defence Minister Pavel Kozlovsky.',
            [("BLRMED", "I am afraid,", True), ("BLRELI", "We will return,", True)],
        ),
        (  # a titled newcomer speaks for the latest named subject, but no armed group has a
            # defence secretary
            "Philippine troops fought back. Islamic State fighters attacked the city of Marawi."
            ' Defence Secretary Delfin Lorenzana said: "The situation is under control."',
            [("PHLMIL", "The situation is under control.", True)],
        ),
        (  # civilians belong to the country a place phrase names, also as its possessor
            "Cambodian troops shelled the border. Cambodia accused Thailand. In Thailand's"
            ' Sisaket province, villagers fled. "We ran," said Somchai Boonma, a rice farmer.',
            [("THACVL", "We ran,", True)],
        ),
        (  # a name inside what a subject pronoun's verb reports is not the pronoun
            "Zimbabwean Major General Sibusiso Moyo spoke on television. The military was only"
            ' targeting "criminals" around President Robert Mugabe, he said.',
            [("ZWEMIL", "criminals", True)],
        ),
        (  # a spokesman for a body named before ("the junta") speaks for that body
            "Niger's junta detained President Mohamed Bazoum. France condemned the coup. On"
            " Monday, junta spokesman Colonel Major Amadou Abdramane accused France of plotting."
            ' "France is looking for ways to intervene," he said.',
            [("NERMIL", "France is looking for ways to intervene,", True)],
        ),
        (  # a few quoted words inside reported speech are the reporter's; an audit's finding
            # is the auditor's
            'The Elysée warned that France would respond "immediately and uncompromisingly" to'
            ' any attack. An audit by the Organization of American States found "serious'
            ' irregularities".',
            [
                ("FRAGOV", "immediately and uncompromisingly", True),
                ("IGOAMROAS", "serious irregularities", True),
            ],
        ),
        (  # an organisation's chairman in apposition acts for it; an armed group's spokesman
            "The African Union's chairman, Guinean President Alpha Conde, called on the army to"
            ' respect the constitution. "This looks like a coup," he said. Al-Shabaab gunmen'
            ' stormed a campus in Garissa. "We will strike again," spokesman Ali Rage said.',
            [
                ("IGOAFRAFU", "This looks like a coup,", True),
                ("IMGSOMSHB", "We will strike again,", True),
            ],
        ),
        (  # a slogan is no one's words; "asked" reports a question
            'Tunisian police arrested Rached Ghannouchi in Tunis. "What danger can he pose?"'
            " asked Nadia Trabelsi, a neighbour who watched the police leave. Protests swept"
            ' Iran under the slogan "Woman, Life, Freedom".',
            [("TUNCVL", "What danger can he pose?", True), (None, "Woman, Life, Freedom", True)],
        ),
        (  # a critic of the Kremlin is the opposition; a shop owner in Sarajevo is a civilian
            # (and a place inside the description's relative clause is no owner); a name the
            # writer says critics "dubbed" is a term
            'Kremlin critic Alexei Navalny spoke on Monday. "Take to the streets," Navalny said.'
            ' "Nobody is above the law," said Emina Hadzic, a shop owner in Sarajevo. Critics'
            ' have dubbed it the "slave law".',
            [
                ("RUSOPP", "Take to the streets,", True),
                ("BIHCVL", "Nobody is above the law,", True),
                (None, "slave law", True),
            ],
        ),
        (  # a named person's spokeswoman speaks for that person
            'Kremlin critic Alexei Navalny was jailed on Monday. "This is lawlessness,"'
            " Navalny's spokeswoman, Kira Yarmysh, wrote on Twitter.",
            [("RUSOPP", "This is lawlessness,", True)],
        ),
        (  # a place inside a description's relative clause is not the person's owner
            'Belarusian police detained protesters in Minsk. "We are tired," said Pavel'
            " Sidorenko, an engineer who spent the night in central Minsk.",
            [("BLRCVL", "We are tired,", True)],
        ),
        (  # a director general under a body's name speaks for the body
            'Haitian police killed four gunmen. "They will be captured," Police Director General'
            " Leon Charles said.",
            [("HTICOP", "They will be captured,", True)],
        ),
        (  # where a person is from or lives, by a city the gazetteer knows
            'Polish guards blocked the border crossing on Tuesday. "We have nothing left," said'
            ' Rawa Aziz, a man from Mosul. "The shelling never stops," said Olena Bondar, a'
            " resident of Kramatorsk.",
            [
                ("IRQCVL", "We have nothing left,", True),
                ("UKRCVL", "The shelling never stops,", True),
            ],
        ),
        (  # "a spokesman for the group's office": the group named before, not one quoted
            "Amnesty International urged the authorities to free the boys."
            ' "Schools must not be hunting grounds for armed groups," said a spokesman for the'
            " group's Nigeria office.",
            [("NGOHRIAMN", "Schools must not be hunting grounds for armed groups,", True)],
        ),
        (  # words quoted by the speaker's next act, misparsed onto the denied clause
            "Armenia denied that its gunners had started the fighting and accused Azerbaijani"
            ' troops of "reckless provocations" near the border.',
            [("ARM", "reckless provocations", True)],
        ),
        (  # the naming sentence calls the words an assurance; a country opening a person's
            # name is a given name; a name described with an age is one person
            "Latvia moved the memorial on Friday.\n\n"
            '"The statue will be treated with respect." Prime Minister Krisjanis Karins gave that'
            ' assurance on Saturday. "We are scared," said Chad Ozols, a 24-year-old driver.'
            ' "Nobody asked us," said Ilze, a 40-year-old cashier in Riga.',
            [
                ("LVAGOV", "The statue will be treated with respect.", True),
                ("LVACVL", "We are scared,", True),
                ("LVACVL", "Nobody asked us,", True),
            ],
        ),
    ],
)
def test_direct_quote_speakers(
    coder: Coder, text: str, expected: list[tuple[str | None, str, bool]]
) -> None:
    assert [q for q in quotes(run(coder, text)) if q[2]] == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "Russia said that Turkey had violated its airspace.",
            "RUS",
            "Turkey had violated its airspace",
        ),
        (
            "Foreign Minister Sergei Lavrov told reporters that Moscow would respond.",
            "RUSGOV",
            "Moscow would respond",
        ),
        (
            "Turkish jets shelled Kurdish positions, according to the Turkish army.",
            "TURMIL",
            "Turkish jets shelled Kurdish positions",
        ),
        (
            "Moscow denied that its aircraft had targeted civilians.",
            "RUS",
            "its aircraft had targeted civilians",
        ),
        (  # "a spokesman for the bloc" speaks for the bloc, also when "bloc" is tagged a name
            "Lukashenko dismissed the protesters. European Union foreign ministers will discuss"
            " possible sanctions on Friday, a spokesman for the bloc said.",
            "IGOEUREEC",
            "European Union foreign ministers will discuss possible sanctions on Friday",
        ),
        (  # the attribution hung on the clause it reports, and what follows it
            "Georgian police detained two men near the border on Friday, the interior ministry"
            " said, in a move that angered Moscow.",
            "GEOCOP",
            "Georgian police detained two men near the border on Friday",
        ),
        (  # the speaker's next act, hung by the parser on the denied clause, is not denied
            "Kigali denied that its soldiers had crossed into Congo and accused Kinshasa of"
            ' "lies" about the clashes.',
            "RWA",
            "its soldiers had crossed into Congo",
        ),
        (  # "that X and that Y": two reports
            "Kiir told reporters on Monday that the army controlled the capital and that the"
            " attackers were being pursued.",
            "SSDGOV",
            "the attackers were being pursued",
        ),
        (  # the same subject's two acts are one report ...
            "Kazakhstan's interior ministry said its forces had killed 26 gunmen and detained 300"
            " people in Almaty.",
            "KAZCOP",
            "its forces had killed 26 gunmen and detained 300 people in Almaty",
        ),
        (  # ... the speaker's own next act is not reported
            "Lithuanian Foreign Minister Gabrielius Landsbergis said the vote had been rigged and"
            " urged the authorities in Minsk to release the detainees.",
            "LTUGOV",
            "the vote had been rigged",
        ),
        (  # another speaker's report joined by "while" is not this one's
            "The regional government said 300 people were hurt, while the interior ministry in"
            " Madrid said 20 officers were injured.",
            "ESPGOV",
            "300 people were hurt",
        ),
        (  # "said in a message from X that …", the that-clause misparsed on the place's noun
            "President Maia Sandu said in a video message from New York that she stood with the"
            " farmers.",
            "MDAGOV",
            "she stood with the farmers",
        ),
        (  # a participle after a comma is the speaker's comment, not the report
            "Russia said Turkey had violated its airspace, arguing that the jets ignored warnings.",
            "RUS",
            "Turkey had violated its airspace",
        ),
        (  # the that-clause hung on the noun of "in a statement"
            "Peru's army said in a statement that it would uphold the constitution.",
            "PERMIL",
            "it would uphold the constitution",
        ),
    ],
)
def test_indirect_speech(coder: Coder, text: str, speaker: str, content: str) -> None:
    found = [q for q in quotes(run(coder, text)) if not q[2]]
    assert (speaker, content, False) in found


@pytest.mark.model
def test_offsets_point_at_the_words_and_events_point_at_their_quote(coder: Coder) -> None:
    from diurna.records import build_article

    text = "Israel bombed Gaza on Monday, the U.N. said. “We condemn Israel,” Turkey said."
    found = run(coder, text)
    for quote in found.quotes:
        assert text[quote.start : quote.end] == quote.text
    coded = build_article(found, coder.ontology)
    bombed = [e for e in coded.events if e.trigger.text == "bombed"]
    assert bombed and bombed[0].quote is not None
    assert coded.quotes[bombed[0].quote].speaker is not None
    assert coded.quotes[bombed[0].quote].speaker.code == "IGOUNO"  # type: ignore[union-attr]
    assert coded.to_json()["events"][0]["quote"] == bombed[0].quote


@pytest.mark.model
def test_unbalanced_marks_are_refused_not_guessed(coder: Coder) -> None:
    found = run(coder, 'Russia said "it will respond to Turkey. Turkey said nothing.')
    assert not [q for q in found.quotes if q.direct]
    assert found.refusals and "never closed" in found.refusals[0].reason
    assert all('"' not in q.text for q in found.quotes)


def test_the_speaker_is_the_subject_nearest_the_reporting_verb(
    make_doc: Callable[..., Doc],
) -> None:
    # '"Those who pay …," Secretary Miller said': the parser made "Those" a second subject.
    rows = [
        ('"', '"', "PUNCT", 7, "punct"),
        ("Those", "those", "PRON", 7, "nsubj"),
        ("pay", "pay", "VERB", 1, "relcl"),
        (",", ",", "PUNCT", 7, "punct"),
        ('"', '"', "PUNCT", 7, "punct"),
        ("Secretary", "Secretary", "PROPN", 6, "compound"),
        ("Miller", "Miller", "PROPN", 7, "nsubj"),
        ("said", "say", "VERB", 7, "ROOT"),
    ]
    doc = make_doc(rows)
    subject = subject_of(doc[7])
    assert subject is not None and subject.text == "Miller"


@pytest.mark.model
def test_a_named_interior_minister_speaks_for_the_ministry_s_sector(coder: Coder) -> None:
    """As an unnamed interior (COP) or home affairs minister does, also when the person table
    lists the office as government (Bashagha was the GNA's interior minister from 2018)."""
    text = (
        'Gunmen struck a police academy in Tripoli. "This is a cowardly crime," Interior'
        ' Minister Fathi Bashagha said. "We will find them," said Home Affairs Minister'
        " Tendai Moyo of Zimbabwe."
    )
    assert quotes(run(coder, text, "2019-10-06")) == [
        ("LBYCOP", "This is a cowardly crime,", True),
        ("ZWECOP", "We will find them,", True),
    ]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            '"Fraud," chanted thousands of protesters outside the electoral council in Caracas.',
            [("VENCVL", "Fraud,", True)],
        ),
        (
            '"Out with Boluarte," shouted hundreds of students near the Congress in Lima.',
            [("PEREDU", "Out with Boluarte,", True)],
        ),
    ],
)
def test_a_quoted_word_the_parser_made_the_subject_is_not_the_speaker(
    coder: Coder, text: str, expected: list[tuple[str | None, str, bool]]
) -> None:
    assert quotes(run(coder, text, "2024-07-30")) == expected


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Colombia's electoral council declared the vote valid on Sunday.",
        "Venezuela's National Electoral Council declared President Nicolas Maduro the winner.",
        "The Honduran court declared the election void on Monday.",
    ],
)
def test_what_declare_makes_of_its_object_is_no_reported_clause(coder: Coder, text: str) -> None:
    assert quotes(run(coder, text, "2024-07-30")) == []
