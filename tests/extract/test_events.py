"""Clause rules of the event coder on hand-built parses (no statistical model)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from diurna.coding.codebook import Codebook
from diurna.coding.lexicon import Lexicon, load_lexicon
from diurna.coding.ontology import Ontology, load_force_words
from diurna.extract.actors import ActorResolver
from diurna.extract.events import SentenceCoder, build_frame, intent_code, protective
from diurna.extract.parse import Doc as Parsed

# A small lexicon of our own so these tests check the rules, not the shipped word list.
RULES_LEXICON = """# test lexicon
190\tshoot ~down\t-
190\tattack\t-
111\tcondemn\t-
111\tcriticize\t-
010\tissue =statement\t-
051\tpraise\t-
112\taccuse\t-
195\tbomb\t-
040\tmeet\t-
120\treject\t-
162\tsuspend =aid\t-
163\timpose =sanction >on|against\t-
141\tdemonstrate\t-
142\tn:strike :hunger\t-
141\tn:rally >against\t-
143\tstage =strike\t-
143\tn:strike ^go\t-
033\tpledge ^send\t-
072\tsend =arm >to\t-
130\tthreaten\t-
190\tn:attack >on\t-
100\tdemand\t-
1053\tdemand ^return|release\t-
020\turge\t-
084\treturn\t-
1724\timpose =curfew\t-
070\tgive =aid\t-
191\tn:blockade\t-
071\tgive =grant >to\t-
110\toppose\t-
0874\tsurrender\t-
150\thold =exercise\t-
190\tclash >with\t-
141\tn:protest\t-
174\tn:expulsion\t-
154\tdeploy\t-
150\tscramble\t-
130\twarn\t-
100\tn:demand\t-
104\tdemand =election\t-
0241\tcall >on|for ^resign\t-
0831\tresign\t-
120\trefuse\t-
085\tlift =sanction >on\t-
"""


@pytest.fixture(scope="module")
def rules(tmp_path_factory: pytest.TempPathFactory, ontology: Ontology) -> Lexicon:
    path: Path = tmp_path_factory.mktemp("lex") / "rules.tsv"
    path.write_text(RULES_LEXICON, encoding="utf-8")
    return load_lexicon(ontology, [path])


@pytest.fixture(scope="module")
def code(
    blank: Language, codebook: Codebook, rules: Lexicon, ontology: Ontology
) -> Callable[[Doc], list[tuple[str, str, str, bool]]]:
    resolver = ActorResolver(blank, codebook)
    coder = SentenceCoder(rules, ontology, force=load_force_words())

    def run(built: Doc) -> list[tuple[str, str, str, bool]]:
        doc = Parsed(built)
        actors = resolver.article(doc, dt.date(2015, 11, 25))
        out = []
        for sent in doc.sents:
            actors.read_sentence(sent)
            for e in coder.code(sent, actors):
                out.append((e.source.code, e.target.code if e.target else "", e.code, e.negated))
        return out

    return run


CASES = {
    "active with particle": (
        [
            ("Turkish", "turkish", "ADJ", 1, "amod"),
            ("jets", "jet", "NOUN", 2, "nsubj"),
            ("shot", "shoot", "VERB", 2, "ROOT"),
            ("down", "down", "ADP", 2, "prt"),
            ("a", "a", "DET", 6, "det"),
            ("Russian", "russian", "ADJ", 6, "amod"),
            ("warplane", "warplane", "NOUN", 2, "dobj"),
        ],
        [("TURMIL", "RUSMIL", "190", False)],
    ),
    "passive with by-agent": (
        [
            ("A", "a", "DET", 2, "det"),
            ("Russian", "russian", "ADJ", 2, "amod"),
            ("warplane", "warplane", "NOUN", 4, "nsubjpass"),
            ("was", "be", "AUX", 4, "auxpass"),
            ("shot", "shoot", "VERB", 4, "ROOT"),
            ("down", "down", "ADP", 4, "prt"),
            ("by", "by", "ADP", 4, "agent"),
            ("Turkish", "turkish", "ADJ", 8, "amod"),
            ("jets", "jet", "NOUN", 6, "pobj"),
        ],
        [("TURMIL", "RUSMIL", "190", False)],
    ),
    "coordinated subjects give one event each": (
        [
            ("Brazil", "Brazil", "PROPN", 3, "nsubj"),
            ("and", "and", "CCONJ", 0, "cc"),
            ("Colombia", "Colombia", "PROPN", 0, "conj"),
            ("condemned", "condemn", "VERB", 3, "ROOT"),
            ("Venezuela", "Venezuela", "PROPN", 3, "dobj"),
        ],
        [("BRA", "VEN", "111", False), ("COL", "VEN", "111", False)],
    ),
    "symmetric event among coordinated parties, once per pair": (
        [
            ("Israel", "Israel", "PROPN", 3, "nsubj"),
            ("and", "and", "CCONJ", 0, "cc"),
            ("Jordan", "Jordan", "PROPN", 0, "conj"),
            ("met", "meet", "VERB", 3, "ROOT"),
        ],
        [("ISR", "JOR", "040", False)],
    ),
    "relative clause takes its noun as subject": (
        [
            ("Rebels", "rebel", "NOUN", 5, "nsubj"),
            (",", ",", "PUNCT", 0, "punct"),
            ("who", "who", "PRON", 3, "nsubj"),
            ("attacked", "attack", "VERB", 0, "relcl"),
            ("Syria", "Syria", "PROPN", 3, "dobj"),
            ("fled", "flee", "VERB", 5, "ROOT"),
        ],
        [("SYRREB", "SYR", "190", False)],
    ),
    "reported fact with a pronoun subject takes the speaker": (
        [
            ("Russia", "Russia", "PROPN", 1, "nsubj"),
            ("said", "say", "VERB", 1, "ROOT"),
            ("it", "it", "PRON", 3, "nsubj"),
            ("attacked", "attack", "VERB", 1, "ccomp"),
            ("Ukraine", "Ukraine", "PROPN", 3, "dobj"),
        ],
        [("RUS", "UKR", "190", False)],
    ),
    "an xcomp of an intent verb is a threat": (
        [
            ("Russia", "Russia", "PROPN", 1, "nsubj"),
            ("decided", "decide", "VERB", 1, "ROOT"),
            ("to", "to", "PART", 3, "aux"),
            ("attack", "attack", "VERB", 1, "xcomp"),
            ("Ukraine", "Ukraine", "PROPN", 3, "dobj"),
        ],
        [("RUS", "UKR", "138", False)],
    ),
    "negation marks the event": (
        [
            ("Russia", "Russia", "PROPN", 3, "nsubj"),
            ("did", "do", "AUX", 3, "aux"),
            ("not", "not", "PART", 3, "neg"),
            ("attack", "attack", "VERB", 3, "ROOT"),
            ("Ukraine", "Ukraine", "PROPN", 3, "dobj"),
        ],
        [("RUS", "UKR", "190", True)],
    ),
    "possibility is not coded": (
        [
            ("Russia", "Russia", "PROPN", 2, "nsubj"),
            ("could", "could", "AUX", 2, "aux"),
            ("attack", "attack", "VERB", 2, "ROOT"),
            ("Ukraine", "Ukraine", "PROPN", 2, "dobj"),
        ],
        [],
    ),
    "hostile intent becomes a threat": (
        [
            ("Iran", "Iran", "PROPN", 2, "nsubj"),
            ("will", "will", "AUX", 2, "aux"),
            ("attack", "attack", "VERB", 2, "ROOT"),
            ("Israel", "Israel", "PROPN", 2, "dobj"),
        ],
        [("IRN", "ISR", "138", False)],
    ),
    "alleged act inside an accusation is not coded": (
        [
            ("Russia", "Russia", "PROPN", 1, "nsubj"),
            ("accused", "accuse", "VERB", 1, "ROOT"),
            ("Ukraine", "Ukraine", "PROPN", 1, "dobj"),
            ("of", "of", "ADP", 1, "prep"),
            ("attacking", "attack", "VERB", 3, "pcomp"),
            ("Belarus", "Belarus", "PROPN", 4, "dobj"),
        ],
        [("RUS", "UKR", "112", False)],
    ),
    "content of a reporting verb is coded": (
        [
            ("Israel", "Israel", "PROPN", 1, "nsubj"),
            ("bombed", "bomb", "VERB", 6, "ccomp"),
            ("Gaza", "Gaza", "PROPN", 1, "dobj"),
            (",", ",", "PUNCT", 6, "punct"),
            ("the", "the", "DET", 5, "det"),
            ("UN", "UN", "PROPN", 6, "nsubj"),
            ("said", "say", "VERB", 6, "ROOT"),
        ],
        [("ISR", "PSE", "195", False)],
    ),
    "scheduled meeting is not coded": (
        [
            ("Russia", "Russia", "PROPN", 1, "nsubj"),
            ("is", "be", "AUX", 1, "ROOT"),
            ("due", "due", "ADJ", 1, "acomp"),
            ("to", "to", "PART", 4, "aux"),
            ("meet", "meet", "VERB", 2, "xcomp"),
            ("Turkey", "Turkey", "PROPN", 4, "dobj"),
        ],
        [],
    ),
    "aircraft make plain force an air attack": (
        [
            ("Israeli", "israeli", "ADJ", 1, "amod"),
            ("jets", "jet", "NOUN", 2, "nsubj"),
            ("attacked", "attack", "VERB", 2, "ROOT"),
            ("Gaza", "Gaza", "PROPN", 2, "dobj"),
        ],
        [("ISRMIL", "PSE", "195", False)],
    ),
    "victims of a participle clause are the target": (
        [
            ("Gunmen", "gunman", "NOUN", 1, "nsubj"),
            ("attacked", "attack", "VERB", 1, "ROOT"),
            (",", ",", "PUNCT", 1, "punct"),
            ("killing", "kill", "VERB", 1, "advcl"),
            ("Nigerian", "nigerian", "ADJ", 5, "amod"),
            ("civilians", "civilian", "NOUN", 3, "dobj"),
        ],
        [("NGAUAF", "NGACVL", "190", False)],
    ),
    "target from the pattern's preposition": (
        [
            ("The", "the", "DET", 1, "det"),
            ("EU", "EU", "PROPN", 2, "nsubj"),
            ("imposed", "impose", "VERB", 2, "ROOT"),
            ("sanctions", "sanction", "NOUN", 2, "dobj"),
            ("on", "on", "ADP", 3, "prep"),
            ("Belarus", "Belarus", "PROPN", 4, "pobj"),
        ],
        [("IGOEUREEC", "BLR", "163", False)],
    ),
    "the party named deep in the object: calls by Belarusian officials": (
        [
            ("Berlin", "Berlin", "PROPN", 1, "nsubj"),
            ("rejected", "reject", "VERB", 1, "ROOT"),
            ("calls", "call", "NOUN", 1, "dobj"),
            ("by", "by", "ADP", 2, "prep"),
            ("Belarusian", "belarusian", "ADJ", 5, "amod"),
            ("officials", "official", "NOUN", 3, "pobj"),
        ],
        [("DEU", "BLRGOV", "120", False)],
    ),
    "a partitive or compounded object matches the pattern's object": (
        [
            ("Japan", "Japan", "PROPN", 1, "nsubj"),
            ("suspended", "suspend", "VERB", 1, "ROOT"),
            ("part", "part", "NOUN", 1, "dobj"),
            ("of", "of", "ADP", 2, "prep"),
            ("its", "its", "PRON", 5, "poss"),
            ("aid", "aid", "NOUN", 6, "compound"),
            ("programme", "programme", "NOUN", 3, "pobj"),
            ("to", "to", "ADP", 6, "prep"),
            ("Serbia", "Serbia", "PROPN", 7, "pobj"),
        ],
        [("JPN", "SRB", "162", False)],
    ),
    "no party from a place phrase or a relative clause in the object": (
        [
            ("Berlin", "Berlin", "PROPN", 1, "nsubj"),
            ("rejected", "reject", "VERB", 1, "ROOT"),
            ("a", "a", "DET", 3, "det"),
            ("plan", "plan", "NOUN", 1, "dobj"),
            ("that", "that", "PRON", 5, "nsubj"),
            ("helps", "help", "VERB", 3, "relcl"),
            ("Belarus", "Belarus", "PROPN", 5, "dobj"),
            ("in", "in", "ADP", 1, "prep"),
            ("Paris", "Paris", "PROPN", 7, "pobj"),
        ],
        [],
    ),
    "a protest is aimed at the party its purpose clause names": (
        [
            ("Students", "student", "NOUN", 1, "nsubj"),
            ("demonstrated", "demonstrate", "VERB", 1, "ROOT"),
            ("in", "in", "ADP", 1, "prep"),
            ("Jakarta", "Jakarta", "PROPN", 2, "pobj"),
            ("to", "to", "PART", 5, "aux"),
            ("speak", "speak", "VERB", 1, "advcl"),
            ("against", "against", "ADP", 5, "prep"),
            ("the", "the", "DET", 9, "det"),
            ("Indonesian", "indonesian", "ADJ", 9, "amod"),
            ("government", "government", "NOUN", 6, "pobj"),
        ],
        [("IDNEDU", "IDNGOV", "141", False)],
    ),
    "a protest noun takes the purpose clause of the verb it is the object of": (
        [
            ("Turks", "Turks", "PROPN", 1, "nsubj"),
            ("began", "begin", "VERB", 1, "ROOT"),
            ("a", "a", "DET", 4, "det"),
            ("hunger", "hunger", "NOUN", 4, "compound"),
            ("strike", "strike", "NOUN", 1, "dobj"),
            ("to", "to", "PART", 6, "aux"),
            ("protest", "protest", "VERB", 1, "advcl"),
            ("Sweden", "Sweden", "PROPN", 9, "poss"),
            ("'s", "'s", "PART", 7, "case"),
            ("decision", "decision", "NOUN", 6, "dobj"),
        ],
        [("TUR", "SWE", "142", False)],
    ),
    "the target is the first phrase with the preposition that names an actor": (
        [
            ("Washington", "Washington", "PROPN", 1, "nsubj"),
            ("imposed", "impose", "VERB", 1, "ROOT"),
            ("sanctions", "sanction", "NOUN", 1, "dobj"),
            ("on", "on", "ADP", 1, "prep"),
            ("Monday", "Monday", "PROPN", 3, "pobj"),
            ("on", "on", "ADP", 1, "prep"),
            ("Iran", "Iran", "PROPN", 5, "pobj"),
        ],
        [("USA", "IRN", "163", False)],
    ),
    "a pledged act more specific than the pledge's own pattern is coded as intent": (
        [
            ("Lithuania", "Lithuania", "PROPN", 1, "nsubj"),
            ("pledged", "pledge", "VERB", 1, "ROOT"),
            ("to", "to", "PART", 3, "aux"),
            ("send", "send", "VERB", 1, "xcomp"),
            ("arms", "arm", "NOUN", 3, "dobj"),
            ("to", "to", "ADP", 3, "prep"),
            ("Ukraine", "Ukraine", "PROPN", 5, "pobj"),
        ],
        [("LTU", "UKR", "0332", False)],
    ),
    "an event noun carried by a threatened verb is the threat's content": (
        [
            ("Russia", "Russia", "PROPN", 1, "nsubj"),
            ("threatened", "threaten", "VERB", 1, "ROOT"),
            ("to", "to", "PART", 3, "aux"),
            ("resume", "resume", "VERB", 1, "xcomp"),
            ("attacks", "attack", "NOUN", 3, "dobj"),
            ("on", "on", "ADP", 4, "prep"),
            ("Ukraine", "Ukraine", "PROPN", 5, "pobj"),
        ],
        [("RUS", "UKR", "138", False)],
    ),
    "the party of a threat's complement named after 'at'": (
        [
            ("Russia", "Russia", "PROPN", 1, "nsubj"),
            ("threatened", "threaten", "VERB", 1, "ROOT"),
            ("to", "to", "PART", 3, "aux"),
            ("fire", "fire", "VERB", 1, "xcomp"),
            ("missiles", "missile", "NOUN", 3, "dobj"),
            ("at", "at", "ADP", 3, "prep"),
            ("Poland", "Poland", "PROPN", 5, "pobj"),
        ],
        [("RUS", "POL", "138", False)],  # missiles fired: a threat of force
    ),
    "an act inside an if-clause is a condition, not an event": (
        [
            ("Russia", "Russia", "PROPN", 1, "nsubj"),
            ("threatened", "threaten", "VERB", 1, "ROOT"),
            ("Poland", "Poland", "PROPN", 1, "dobj"),
            ("if", "if", "SCONJ", 5, "mark"),
            ("Belarus", "Belarus", "PROPN", 5, "nsubj"),
            ("attacked", "attack", "VERB", 1, "advcl"),
            ("Ukraine", "Ukraine", "PROPN", 5, "dobj"),
        ],
        [("RUS", "POL", "130", False)],
    ),
    "'Y must do Z' in reported speech is a demand on Y, not Y's act": (
        [
            ("Russia", "Russia", "PROPN", 1, "nsubj"),
            ("said", "say", "VERB", 1, "ROOT"),
            ("Sudan", "Sudan", "PROPN", 4, "nsubj"),
            ("must", "must", "AUX", 4, "aux"),
            ("return", "return", "VERB", 1, "ccomp"),
            ("the", "the", "DET", 6, "det"),
            ("helicopter", "helicopter", "NOUN", 4, "dobj"),
        ],
        [("RUS", "SDN", "1053", False)],
    ),
    "of two subjects the parser gave a verb, the one nearest it acts (a dateline misparse)": (
        [
            ("KABUL", "KABUL", "PROPN", 4, "nsubj"),
            ("-", "-", "PUNCT", 0, "punct"),
            ("Afghan", "afghan", "ADJ", 3, "amod"),
            ("police", "police", "NOUN", 4, "nsubj"),
            ("attacked", "attack", "VERB", 4, "ROOT"),
            ("Pakistani", "pakistani", "ADJ", 6, "amod"),
            ("officials", "official", "NOUN", 4, "dobj"),
        ],
        [("AFGCOP", "PAKGOV", "190", False)],
    ),
    "a show of force with its own forces as object is aimed at whom its purpose names": (
        [
            ("Taiwan", "Taiwan", "PROPN", 1, "nsubj"),
            ("scrambled", "scramble", "VERB", 1, "ROOT"),
            ("jets", "jet", "NOUN", 1, "dobj"),
            ("to", "to", "PART", 4, "aux"),
            ("warn", "warn", "VERB", 1, "advcl"),
            ("Chinese", "chinese", "ADJ", 6, "amod"),
            ("warships", "warship", "NOUN", 4, "dobj"),
        ],
        [("TWN", "CHNMIL", "150", False)],
    ),
    "a noun pattern's ^verb is the verb carrying it: 'went on strike'": (
        [
            ("Kenyan", "kenyan", "ADJ", 1, "amod"),
            ("doctors", "doctor", "NOUN", 2, "nsubj"),
            ("went", "go", "VERB", 2, "ROOT"),
            ("on", "on", "ADP", 2, "prep"),
            ("strike", "strike", "NOUN", 3, "pobj"),
        ],
        [("KENHLH", "", "143", False)],
    ),
    "'told reporters that Y must do Z' is a demand on Y, not on the reporters": (
        [
            ("Russia", "Russia", "PROPN", 1, "nsubj"),
            ("told", "tell", "VERB", 1, "ROOT"),
            ("Brazilian", "brazilian", "ADJ", 3, "amod"),
            ("reporters", "reporter", "NOUN", 1, "dobj"),
            ("Sudan", "Sudan", "PROPN", 6, "nsubj"),
            ("must", "must", "AUX", 6, "aux"),
            ("return", "return", "VERB", 1, "ccomp"),
            ("the", "the", "DET", 8, "det"),
            ("helicopter", "helicopter", "NOUN", 6, "dobj"),
        ],
        [("RUS", "SDN", "1053", False)],
    ),
    "'Y should do Z' in reported speech is an appeal to Y": (
        [
            ("France", "France", "PROPN", 1, "nsubj"),
            ("said", "say", "VERB", 1, "ROOT"),
            ("Iran", "Iran", "PROPN", 4, "nsubj"),
            ("should", "should", "AUX", 4, "aux"),
            ("talk", "talk", "VERB", 1, "ccomp"),
        ],
        [("FRA", "IRN", "020", False)],
    ),
    "a conditional threat is aimed at the subject of its if-clause": (
        [
            ("Russia", "Russia", "PROPN", 1, "nsubj"),
            ("threatened", "threaten", "VERB", 1, "ROOT"),
            ("to", "to", "PART", 3, "aux"),
            ("leave", "leave", "VERB", 1, "xcomp"),
            ("if", "if", "SCONJ", 6, "mark"),
            ("Poland", "Poland", "PROPN", 6, "nsubj"),
            ("refused", "refuse", "VERB", 3, "advcl"),
        ],
        [("RUS", "POL", "130", False)],
    ),
    "a curfew imposed in a place binds the people of that place's state": (
        [
            ("Turkish", "turkish", "ADJ", 1, "amod"),
            ("authorities", "authority", "NOUN", 2, "nsubj"),
            ("imposed", "impose", "VERB", 2, "ROOT"),
            ("a", "a", "DET", 4, "det"),
            ("curfew", "curfew", "NOUN", 2, "dobj"),
            ("in", "in", "ADP", 2, "prep"),
            ("the", "the", "DET", 7, "det"),
            ("town", "town", "NOUN", 5, "pobj"),
            ("in", "in", "ADP", 7, "prep"),
            ("southeastern", "southeastern", "ADJ", 10, "amod"),
            ("Turkey", "Turkey", "PROPN", 8, "pobj"),
        ],
        [("TURGOV", "TURCVL", "1724", False)],
    ),
    "the indirect object receives what a sum of money measures": (
        [
            ("Japan", "Japan", "PROPN", 1, "nsubj"),
            ("gave", "give", "VERB", 1, "ROOT"),
            ("Kenya", "Kenya", "PROPN", 1, "dative"),
            ("five", "five", "NUM", 4, "nummod"),
            ("dollars", "dollar", "NOUN", 1, "dobj"),
            ("of", "of", "ADP", 4, "prep"),
            ("aid", "aid", "NOUN", 5, "pobj"),
        ],
        [("JPN", "KEN", "070", False)],
    ),
    "the subject of the verb carrying an event noun acts on the noun's own party": (
        [
            ("Colombia", "Colombia", "PROPN", 1, "nsubj"),
            ("announced", "announce", "VERB", 1, "ROOT"),
            ("the", "the", "DET", 3, "det"),
            ("expulsion", "expulsion", "NOUN", 1, "dobj"),
            ("of", "of", "ADP", 3, "prep"),
            ("Venezuelan", "venezuelan", "ADJ", 6, "amod"),
            ("diplomats", "diplomat", "NOUN", 4, "pobj"),
        ],
        [("COL", "VENGOV", "174", False)],
    ),
    "naming its object ('called the attack a turning point') does not make it the subject's": (
        [
            ("Iran", "Iran", "PROPN", 1, "nsubj"),
            ("called", "call", "VERB", 1, "ROOT"),
            ("the", "the", "DET", 3, "det"),
            ("attack", "attack", "NOUN", 1, "dobj"),
            ("on", "on", "ADP", 3, "prep"),
            ("Syria", "Syria", "PROPN", 4, "pobj"),
            ("a", "a", "DET", 8, "det"),
            ("turning", "turning", "NOUN", 8, "compound"),
            ("point", "point", "NOUN", 1, "oprd"),
        ],
        [],
    ),
    "naming its object with a condemnation criticises whoever did it": (
        [
            ("Iran", "Iran", "PROPN", 1, "nsubj"),
            ("called", "call", "VERB", 1, "ROOT"),
            ("the", "the", "DET", 4, "det"),
            ("Israeli", "israeli", "ADJ", 4, "amod"),
            ("attack", "attack", "NOUN", 1, "dobj"),
            ("a", "a", "DET", 6, "det"),
            ("crime", "crime", "NOUN", 1, "oprd"),
        ],
        [("IRN", "ISR", "111", False)],
    ),
    "an adjective after the object is the name it is given": (
        [
            ("Japan", "Japan", "PROPN", 1, "nsubj"),
            ("called", "call", "VERB", 1, "ROOT"),
            ("the", "the", "DET", 4, "det"),
            ("Russian", "russian", "ADJ", 4, "amod"),
            ("move", "move", "NOUN", 1, "dobj"),
            ("unjustified", "unjustified", "ADJ", 4, "amod"),
        ],
        [("JPN", "RUS", "111", False)],
    ),
    "dismissing people as a pejorative name criticises them": (
        [
            ("Belarus", "Belarus", "PROPN", 1, "nsubj"),
            ("dismissed", "dismiss", "VERB", 1, "ROOT"),
            ("Polish", "polish", "ADJ", 3, "amod"),
            ("protesters", "protester", "NOUN", 1, "dobj"),
            ("as", "as", "ADP", 1, "prep"),
            ("puppets", "puppet", "NOUN", 4, "pobj"),
        ],
        [("BLR", "POLCVL", "111", False)],
    ),
    "describing a party with acclaim praises it; a negated name judges nothing": (
        [
            ("Kenya", "Kenya", "PROPN", 1, "nsubj"),
            ("described", "describe", "VERB", 1, "ROOT"),
            ("Ethiopia", "Ethiopia", "PROPN", 1, "dobj"),
            ("as", "as", "ADP", 1, "prep"),
            ("courageous", "courageous", "ADJ", 3, "amod"),
            ("but", "but", "CCONJ", 1, "cc"),
            ("called", "call", "VERB", 1, "conj"),
            ("Somalia", "Somalia", "PROPN", 6, "dobj"),
            ("no", "no", "DET", 9, "det"),
            ("aggressor", "aggressor", "NOUN", 6, "oprd"),
        ],
        [("KEN", "ETH", "051", False)],
    ),
    "an event noun in what a coded verb asks for is not coded": (
        [
            ("Iran", "Iran", "PROPN", 1, "nsubj"),
            ("demanded", "demand", "VERB", 1, "ROOT"),
            ("that", "that", "SCONJ", 4, "mark"),
            ("Iraq", "Iraq", "PROPN", 4, "nsubj"),
            ("end", "end", "VERB", 1, "ccomp"),
            ("its", "its", "PRON", 6, "poss"),
            ("blockade", "blockade", "NOUN", 4, "dobj"),
        ],
        [("IRN", "IRQ", "100", False)],
    ),
    "an event noun in an 'unless' clause is not coded": (
        [
            ("Nigeria", "Nigeria", "PROPN", 1, "nsubj"),
            ("attacked", "attack", "VERB", 1, "ROOT"),
            ("Chad", "Chad", "PROPN", 1, "dobj"),
            ("unless", "unless", "SCONJ", 5, "mark"),
            ("Chad", "Chad", "PROPN", 5, "nsubj"),
            ("halts", "halt", "VERB", 1, "advcl"),
            ("its", "its", "PRON", 7, "poss"),
            ("attack", "attack", "NOUN", 5, "dobj"),
            ("on", "on", "ADP", 7, "prep"),
            ("Niger", "Niger", "PROPN", 8, "pobj"),
        ],
        [("NGA", "TCD", "190", False)],
    ),
    "a demand noun's clause hung on the verb is still its content": (
        [
            ("Iran", "Iran", "PROPN", 1, "nsubj"),
            ("reiterated", "reiterate", "VERB", 1, "ROOT"),
            ("its", "its", "PRON", 3, "poss"),
            ("demand", "demand", "NOUN", 1, "dobj"),
            ("that", "that", "SCONJ", 6, "mark"),
            ("Iraq", "Iraq", "PROPN", 6, "nsubj"),
            ("return", "return", "VERB", 1, "ccomp"),
            ("the", "the", "DET", 8, "det"),
            ("pilgrims", "pilgrim", "NOUN", 6, "dobj"),
        ],
        [("IRN", "IRQ", "1053", False)],
    ),
    "'attacked up to 16 soldiers': the count hides the object behind no particle": (
        [
            ("Syria", "Syria", "PROPN", 1, "nsubj"),
            ("attacked", "attack", "VERB", 1, "ROOT"),
            ("up", "up", "ADP", 1, "prt"),
            ("to", "to", "ADP", 2, "prep"),
            ("16", "16", "NUM", 6, "nummod"),
            ("Turkish", "turkish", "ADJ", 6, "amod"),
            ("soldiers", "soldier", "NOUN", 3, "pobj"),
        ],
        [("SYR", "TURMIL", "190", False)],
    ),
    "a name judging what befell the object's 'of' phrase does not judge its party": (
        [
            ("Israel", "Israel", "PROPN", 1, "nsubj"),
            ("called", "call", "VERB", 1, "ROOT"),
            ("the", "the", "DET", 3, "det"),
            ("collapse", "collapse", "NOUN", 1, "dobj"),
            ("of", "of", "ADP", 3, "prep"),
            ("Syria", "Syria", "PROPN", 4, "pobj"),
            ("historic", "historic", "ADJ", 1, "oprd"),
        ],
        [],
    ),
    "a cooperative act one says one will not do is a rejection": (
        [
            ("Russia", "Russia", "PROPN", 3, "nsubj"),
            ("will", "will", "AUX", 3, "aux"),
            ("not", "not", "PART", 3, "neg"),
            ("return", "return", "VERB", 3, "ROOT"),
            ("the", "the", "DET", 5, "det"),
            ("documents", "document", "NOUN", 3, "dobj"),
            ("to", "to", "ADP", 3, "prep"),
            ("Sudan", "Sudan", "PROPN", 6, "pobj"),
        ],
        [("RUS", "SDN", "1243", False)],
    ),
    "force aimed at whom its purpose clause names": (
        [
            ("Police", "police", "NOUN", 1, "nsubj"),
            ("attacked", "attack", "VERB", 1, "ROOT"),
            ("to", "to", "PART", 3, "aux"),
            ("disperse", "disperse", "VERB", 1, "advcl"),
            ("Egyptian", "egyptian", "ADJ", 5, "amod"),
            ("protesters", "protester", "NOUN", 3, "dobj"),
        ],
        [("EGYCOP", "EGYCVL", "190", False)],
    ),
    "a participle parsed as the subject stands for its own subject": (
        [
            ("Britain", "Britain", "PROPN", 1, "nsubj"),
            ("operating", "operate", "VERB", 4, "nsubj"),
            ("in", "in", "ADP", 1, "prep"),
            ("Iraq", "Iraq", "PROPN", 2, "pobj"),
            ("attacked", "attack", "VERB", 4, "ROOT"),
            ("Iran", "Iran", "PROPN", 4, "dobj"),
        ],
        [("GBR", "IRN", "190", False)],
    ),
    "an indirect object is the target a pattern's 'to' names": (
        [
            ("Finland", "Finland", "PROPN", 1, "nsubj"),
            ("gave", "give", "VERB", 1, "ROOT"),
            ("Tanzania", "Tanzania", "PROPN", 1, "dative"),
            ("a", "a", "DET", 4, "det"),
            ("grant", "grant", "NOUN", 1, "dobj"),
        ],
        [("FIN", "TZA", "071", False)],
    ),
    "joint exercises of two states are military cooperation, coded once": (
        [
            ("Turkey", "Turkey", "PROPN", 3, "nsubj"),
            ("and", "and", "CCONJ", 0, "cc"),
            ("Azerbaijan", "Azerbaijan", "PROPN", 0, "conj"),
            ("held", "hold", "VERB", 3, "ROOT"),
            ("joint", "joint", "ADJ", 5, "amod"),
            ("exercises", "exercise", "NOUN", 3, "dobj"),
        ],
        [("TUR", "AZE", "062", False)],
    ),
    "protesters clashing with police riot (145), they do not make war": (
        [
            ("French", "french", "ADJ", 1, "amod"),
            ("protesters", "protester", "NOUN", 2, "nsubj"),
            ("clashed", "clash", "VERB", 2, "ROOT"),
            ("with", "with", "ADP", 2, "prep"),
            ("police", "police", "NOUN", 3, "pobj"),
        ],
        [("FRACVL", "FRACOP", "145", False)],
    ),
    "'in protest at X' gives the strike its target, not a second event": (
        [
            ("Kenyan", "kenyan", "ADJ", 1, "amod"),
            ("prisoners", "prisoner", "NOUN", 2, "nsubj"),
            ("went", "go", "VERB", 2, "ROOT"),
            ("on", "on", "ADP", 2, "prep"),
            ("hunger", "hunger", "NOUN", 5, "compound"),
            ("strike", "strike", "NOUN", 3, "pobj"),
            ("in", "in", "ADP", 2, "prep"),
            ("protest", "protest", "NOUN", 6, "pobj"),
            ("at", "at", "ADP", 7, "prep"),
            ("the", "the", "DET", 10, "det"),
            ("government", "government", "NOUN", 8, "pobj"),
        ],
        [("KENCVL", "KENGOV", "142", False)],
    ),
    "force being prepared, even through 'resume', is a show of force (150)": (
        [
            ("Russia", "Russia", "PROPN", 1, "nsubj"),
            ("prepared", "prepare", "VERB", 1, "ROOT"),
            ("to", "to", "PART", 3, "aux"),
            ("resume", "resume", "VERB", 1, "xcomp"),
            ("attacking", "attack", "VERB", 3, "xcomp"),
            ("Ukraine", "Ukraine", "PROPN", 4, "dobj"),
        ],
        [("RUS", "UKR", "150", False)],
    ),
    "an attack being prepared is a show of force, not an attack": (
        [
            ("Russia", "Russia", "PROPN", 2, "nsubj"),
            ("is", "be", "AUX", 2, "aux"),
            ("preparing", "prepare", "VERB", 2, "ROOT"),
            ("an", "an", "DET", 4, "det"),
            ("attack", "attack", "NOUN", 2, "dobj"),
            ("on", "on", "ADP", 4, "prep"),
            ("Ukraine", "Ukraine", "PROPN", 5, "pobj"),
        ],
        [("RUS", "UKR", "150", False)],
    ),
    "a surrender stands without a target": (
        [
            ("Ugandan", "ugandan", "ADJ", 1, "amod"),
            ("rebels", "rebel", "NOUN", 2, "nsubj"),
            ("surrendered", "surrender", "VERB", 2, "ROOT"),
        ],
        [("UGAREB", "", "0874", False)],
    ),
    "'is opposed to X' states its subject's opposition to X": (
        [
            ("Israel", "Israel", "PROPN", 2, "nsubjpass"),
            ("is", "be", "AUX", 2, "auxpass"),
            ("opposed", "oppose", "VERB", 2, "ROOT"),
            ("to", "to", "ADP", 2, "prep"),
            ("French", "french", "ADJ", 5, "amod"),
            ("mediation", "mediation", "NOUN", 3, "pobj"),
        ],
        [("ISR", "FRA", "110", False)],
    ),
    "the place an event noun happens in is its target, not its actor": (
        [
            ("Israel", "Israel", "PROPN", 1, "nsubj"),
            ("reimposed", "reimpose", "VERB", 1, "ROOT"),
            ("blockades", "blockade", "NOUN", 1, "dobj"),
            ("in", "in", "ADP", 2, "prep"),
            ("Lebanon", "Lebanon", "PROPN", 3, "pobj"),
        ],
        [("ISR", "LBN", "191", False)],
    ),
    "'went on hunger strike' is a hunger strike by the subject": (
        [
            ("Kenyan", "kenyan", "ADJ", 1, "amod"),
            ("prisoners", "prisoner", "NOUN", 2, "nsubj"),
            ("went", "go", "VERB", 2, "ROOT"),
            ("on", "on", "ADP", 2, "prep"),
            ("hunger", "hunger", "NOUN", 5, "compound"),
            ("strike", "strike", "NOUN", 3, "pobj"),
        ],
        [("KENCVL", "", "142", False)],
    ),
    "forces a state deploys are not its target; the country beyond the border is": (
        [
            ("Poland", "Poland", "PROPN", 1, "nsubj"),
            ("deployed", "deploy", "VERB", 1, "ROOT"),
            ("Polish", "polish", "ADJ", 3, "amod"),
            ("troops", "troop", "NOUN", 1, "dobj"),
            ("to", "to", "ADP", 1, "prep"),
            ("the", "the", "DET", 6, "det"),
            ("border", "border", "NOUN", 4, "pobj"),
            ("with", "with", "ADP", 6, "prep"),
            ("Belarus", "Belarus", "PROPN", 7, "pobj"),
        ],
        [("POL", "BLR", "154", False)],
    ),
    "an event noun takes the preposition its support verb carries": (
        [
            ("Egyptian", "egyptian", "ADJ", 1, "amod"),
            ("activists", "activist", "NOUN", 2, "nsubj"),
            ("held", "hold", "VERB", 2, "ROOT"),
            ("rallies", "rally", "NOUN", 2, "dobj"),
            ("against", "against", "ADP", 2, "prep"),
            ("the", "the", "DET", 6, "det"),
            ("government", "government", "NOUN", 4, "pobj"),
        ],
        [("EGYNGO", "EGYGOV", "141", False)],
    ),
    "a verb the model lemmatised without its final e, party phrase on the verb": (
        [
            ("French", "french", "ADJ", 1, "amod"),
            ("workers", "worker", "NOUN", 2, "nsubj"),
            ("staged", "stag", "VERB", 2, "ROOT"),
            ("a", "a", "DET", 4, "det"),
            ("strike", "strike", "NOUN", 2, "dobj"),
            ("against", "against", "ADP", 2, "prep"),
            ("the", "the", "DET", 7, "det"),
            ("government", "government", "NOUN", 5, "pobj"),
        ],
        [("FRALAB", "FRAGOV", "143", False)],
    ),
    "an act one failed to do did not happen": (
        [
            ("Turkish", "turkish", "ADJ", 1, "amod"),
            ("jets", "jet", "NOUN", 2, "nsubj"),
            ("failed", "fail", "VERB", 2, "ROOT"),
            ("to", "to", "PART", 4, "aux"),
            ("attack", "attack", "VERB", 2, "xcomp"),
            ("Syria", "Syria", "PROPN", 4, "dobj"),
        ],
        [("TURMIL", "SYR", "195", True)],
    ),
    "an attempt is the act, not a stated intent": (
        [
            ("Russian", "russian", "ADJ", 1, "amod"),
            ("troops", "troop", "NOUN", 2, "nsubj"),
            ("tried", "try", "VERB", 2, "ROOT"),
            ("to", "to", "PART", 4, "aux"),
            ("attack", "attack", "VERB", 2, "xcomp"),
            ("Ukraine", "Ukraine", "PROPN", 4, "dobj"),
        ],
        [("RUSMIL", "UKR", "190", False)],
    ),
    "an event noun a verb prevents is not the act of that verb's subject": (
        [
            ("Turkish", "turkish", "ADJ", 1, "amod"),
            ("police", "police", "NOUN", 2, "nsubj"),
            ("prevented", "prevent", "VERB", 2, "ROOT"),
            ("the", "the", "DET", 4, "det"),
            ("protest", "protest", "NOUN", 2, "dobj"),
        ],
        [],
    ),
    "an event noun an unlisted verb opens is its subject's act": (
        [
            ("Turkish", "turkish", "ADJ", 1, "amod"),
            ("police", "police", "NOUN", 2, "nsubj"),
            ("renewed", "renew", "VERB", 2, "ROOT"),
            ("the", "the", "DET", 4, "det"),
            ("blockade", "blockade", "NOUN", 2, "dobj"),
        ],
        [("TURCOP", "", "191", False)],
    ),
    "a verb coordinated with an intended act is intended too": (
        [
            ("Russia", "Russia", "PROPN", 1, "nsubj"),
            ("plans", "plan", "VERB", 1, "ROOT"),
            ("to", "to", "PART", 3, "aux"),
            ("attack", "attack", "VERB", 1, "xcomp"),
            ("Ukraine", "Ukraine", "PROPN", 3, "dobj"),
            ("and", "and", "CCONJ", 3, "cc"),
            ("bomb", "bomb", "VERB", 3, "conj"),
            ("Georgia", "Georgia", "PROPN", 6, "dobj"),
        ],
        [("RUS", "UKR", "138", False), ("RUS", "GEO", "138", False)],
    ),
    "what a demand asks for is not done; the demand is coded": (
        [
            ("Egypt", "Egypt", "PROPN", 1, "nsubj"),
            ("repeated", "repeat", "VERB", 1, "ROOT"),
            ("the", "the", "DET", 3, "det"),
            ("demand", "demand", "NOUN", 1, "dobj"),
            ("that", "that", "SCONJ", 6, "mark"),
            ("Israel", "Israel", "PROPN", 6, "nsubj"),
            ("attack", "attack", "VERB", 3, "acl"),
            ("Syria", "Syria", "PROPN", 6, "dobj"),
        ],
        [("EGY", "ISR", "100", False)],
    ),
    "a demand for political reform stands without a named target": (
        [
            ("Serbian", "serbian", "ADJ", 1, "amod"),
            ("opposition", "opposition", "NOUN", 2, "nsubj"),
            ("demanded", "demand", "VERB", 2, "ROOT"),
            ("elections", "election", "NOUN", 2, "dobj"),
        ],
        [("SRBOPP", "", "104", False)],
    ),
}


@pytest.mark.parametrize("name", list(CASES))
def test_clause_rules(
    name: str, make_doc: Callable[..., Doc], code: Callable[[Doc], list[tuple[str, str, str, bool]]]
) -> None:
    rows, expected = CASES[name]
    assert code(make_doc(rows)) == expected


@pytest.mark.parametrize(
    ("code_in", "code_out"),
    [
        ("190", "138"),
        ("042", "036"),
        ("163", "1312"),
        ("166", "136"),
        ("0874", "0356"),
        ("111", "111"),
    ],
)
def test_intent_codes(code_in: str, code_out: str) -> None:
    assert intent_code(code_in) == code_out


def test_what_a_modal_governs_and_a_present_time_clause_are_not_acts(
    make_doc: Callable[..., Doc], code: Callable[[Doc], list[tuple[str, str, str, bool]]]
) -> None:
    # "Iran must be ready to meet Iraq": the modal sits on "be", the act two words below it
    ready = [
        ("Iran", "Iran", "PROPN", 2, "nsubj"),
        ("must", "must", "AUX", 2, "aux"),
        ("be", "be", "AUX", 2, "ROOT"),
        ("ready", "ready", "ADJ", 2, "acomp"),
        ("to", "to", "PART", 5, "aux"),
        ("meet", "meet", "VERB", 3, "xcomp"),
        ("Iraq", "Iraq", "PROPN", 5, "dobj"),
    ]
    assert code(make_doc(ready)) == []
    # "Nigeria attacked Chad before Chad attacks Niger": the present tense of a time clause
    # tells what is yet to come; a past one ("before Chad attacked") what happened
    rows = [
        ("Nigeria", "Nigeria", "PROPN", 1, "nsubj"),
        ("attacked", "attack", "VERB", 1, "ROOT"),
        ("Chad", "Chad", "PROPN", 1, "dobj"),
        ("before", "before", "SCONJ", 5, "mark"),
        ("Chad", "Chad", "PROPN", 5, "nsubj"),
        ("attacks", "attack", "VERB", 1, "advcl"),
        ("Niger", "Niger", "PROPN", 5, "dobj"),
    ]
    tags = ["NNP", "VBD", "NNP", "IN", "NNP", "VBZ", "NNP"]
    assert code(make_doc(rows, tags=tags)) == [("NGA", "TCD", "190", False)]
    past = [*tags[:5], "VBD", "NNP"]
    assert code(make_doc(rows, tags=past)) == [
        ("NGA", "TCD", "190", False),
        ("TCD", "NER", "190", False),
    ]


def test_a_statements_participle_is_what_its_issuer_does(
    make_doc: Callable[..., Doc], code: Callable[[Doc], list[tuple[str, str, str, bool]]]
) -> None:
    rows = [
        ("Russia", "Russia", "PROPN", 1, "nsubj"),
        ("issued", "issue", "VERB", 1, "ROOT"),
        ("a", "a", "DET", 3, "det"),
        ("statement", "statement", "NOUN", 1, "dobj"),
        ("condemning", "condemn", "VERB", 3, "acl"),
        ("Ukraine", "Ukraine", "PROPN", 4, "dobj"),
    ]
    tags = ["NNP", "VBD", "DT", "NN", "VBG", "NNP"]
    assert code(make_doc(rows, tags=tags)) == [("RUS", "UKR", "111", False)]
    # a video "showing" something does not do it
    video = [
        *rows[:3],
        ("video", "video", "NOUN", 1, "dobj"),
        ("attacking", "attack", "VERB", 3, "acl"),
        rows[5],
    ]
    assert code(make_doc(video, tags=tags)) == []


def test_a_for_to_clause_is_whom_a_call_is_for_and_no_act(
    make_doc: Callable[..., Doc], code: Callable[[Doc], list[tuple[str, str, str, bool]]]
) -> None:
    # "Kenya called for Somalia to resign": the call is on Somalia; no one resigned
    rows = [
        ("Kenya", "Kenya", "PROPN", 1, "nsubj"),
        ("called", "call", "VERB", 1, "ROOT"),
        ("for", "for", "SCONJ", 5, "mark"),
        ("Somalia", "Somalia", "PROPN", 5, "nsubj"),
        ("to", "to", "PART", 5, "aux"),
        ("resign", "resign", "VERB", 1, "advcl"),
    ]
    assert code(make_doc(rows)) == [("KEN", "SOM", "0241", False)]
    # "Kenya waited for Somalia to resign": a verb with no pattern for it codes nothing
    waited = list(rows)
    waited[1] = ("waited", "wait", "VERB", 1, "ROOT")
    assert code(make_doc(waited)) == []


def test_a_refusal_is_coded_from_what_is_refused(
    make_doc: Callable[..., Doc], code: Callable[[Doc], list[tuple[str, str, str, bool]]]
) -> None:
    # "Kenya refused to lift sanctions on Somalia": refusing to ease an embargo (1244), not a
    # bare rejection (120), and no lifting
    rows = [
        ("Kenya", "Kenya", "PROPN", 1, "nsubj"),
        ("refused", "refuse", "VERB", 1, "ROOT"),
        ("to", "to", "PART", 3, "aux"),
        ("lift", "lift", "VERB", 1, "xcomp"),
        ("sanctions", "sanction", "NOUN", 3, "dobj"),
        ("on", "on", "ADP", 3, "prep"),
        ("Somalia", "Somalia", "PROPN", 5, "pobj"),
    ]
    assert code(make_doc(rows)) == [("KEN", "SOM", "1244", False)]


@pytest.mark.parametrize("purpose_head", [1, 3])
def test_troops_sent_to_protect_are_protection_wherever_the_purpose_hangs(
    make_doc: Callable[..., Doc], purpose_head: int
) -> None:
    """ "Canada sent troops to Latvia to bolster its defences": the purpose makes the troops a
    protection (074), whether the parser hangs it on the verb (advcl) or on the troops (acl)."""
    rows = [
        ("Canada", "Canada", "PROPN", 1, "nsubj"),
        ("sent", "send", "VERB", 1, "ROOT"),
        ("more", "more", "ADJ", 3, "amod"),
        ("troops", "troop", "NOUN", 1, "dobj"),
        ("to", "to", "ADP", 1, "prep"),
        ("Latvia", "Latvia", "PROPN", 4, "pobj"),
        ("to", "to", "PART", 7, "aux"),
        ("bolster", "bolster", "VERB", purpose_head, "advcl" if purpose_head == 1 else "acl"),
        ("its", "its", "PRON", 9, "poss"),
        ("defences", "defence", "NOUN", 7, "dobj"),
    ]
    send = Parsed(make_doc(rows))[1]
    assert protective(build_frame(send), "154") == "074"
    rows[7] = ("attack", "attack", "VERB", purpose_head, rows[7][4])
    send = Parsed(make_doc(rows))[1]
    assert protective(build_frame(send), "154") == "154"
