"""Actor mentions in a parsed article: dictionary hits composed into CAMEO actor codes,
with in-article coreference for short names, titles and pronouns.

Resolution of a noun phrase, in order:
1. a known person in the phrase → that person's code on the article date (before any listed
   office, country + the title's sector: "Opposition leader Raila Odinga" in January 2008; an
   opposition or rebel title also beats "former official"); a bare name with no office that
   day takes its titled earlier mention's code;
2. an organisation → its code;
3. a metonym ("the Kremlin") → its code; a bare capital takes the head's sector;
4. a country name or demonym → country + the sector of the head word (a bare "Congo" is the DR
   Congo in an article that names it otherwise);
5. a name in apposition to a description ("Rosa Mamani, a resident"; "spokesman Abbas Mousavi")
   → the description's code;
6. a sector word alone ("the president", "the army") → the latest earlier mention with the same
   word (not a former office holder), else the latest with the same sector, else the article's
   latest country + sector; a new named person with a title but no country ("Treasury
   Secretary Steven Mnuchin") first acts for the latest named subject of an earlier sentence
   (its country + the title's sector, or its organisation);
7. a pronoun → the latest compatible mention (people for he/she, others for it/they), preferring
   the subject of a governing reporting verb in the same sentence;
8. "the bloc", "the agency", "the group" with nothing else to go on → the organisation the
   article named last (an armed group only for group/alliance/coalition/movement/force);
9. an unknown person's surname → an earlier full mention ending in that surname, else a known
   person with that family name who held an office of the title's sector on the article date
   (not for a bare name after a place word, "fled toward Goma", nor under another given name).
10. an ethnic or religious community ("Iraqi Kurds", "ethnic Albanians", "Hutu rebels") → the
    code above + the group's code; named alone, its country's civilians (CVL), placed by the
    phrase, the sentence, or the group's homes (``groups.tsv``).
A one-word alias followed by more of the same name ("Abbas Mousavi"), or after a given name the
person's lacks ("Omer Ocalan" is not Abdullah Ocalan), is not that person. A title
of someone speaking for a body takes the body's sector when it is named first ("police
spokesman" → COP, "rebel leader" → REB).
Anything else is not an actor.
"""

from __future__ import annotations

import datetime as dt
import functools
import itertools
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping
from dataclasses import dataclass, replace
from types import MappingProxyType

import pycountry
from spacy.attrs import ENT_IOB, ENT_TYPE, IDX, LOWER, POS
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.parts_of_speech import DET, NUM, PRON, PROPN, PUNCT
from spacy.strings import get_string_id
from spacy.tokens import Doc as SpacyDoc

from diurna.coding.codebook import REGION, SECTORS, Codebook, Entry, Group, surname_code
from diurna.extract.datewords import MONTHS
from diurna.extract.gazetteer import DWARFS, OTHER_READINGS, member_state
from diurna.extract.parse import Doc, Span, Token

# Sector words that are also a stance when an "on" phrase says what about ("Russian positions"
# are troops; "Japan's positions on Taiwan" are views).
STANCE_WORDS = frozenset({"positions"})
# Dictionary entries that name a state: whose positions are its armed forces.
STATE_KINDS = frozenset({"country", "demonym", "metonym"})
STANCE_PREPS = frozenset({"on", "over", "about", "regarding", "towards", "toward"})
# Dependencies that attach a modifier to the head of its noun phrase.
COUNTRY_CODES = frozenset(country.alpha_3 for country in pycountry.countries)
MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "poss", "det", "nummod", "flat", "npadvmod"})
# Prepositions whose object describes whom the head belongs to ("minister of", "spokesman for").
OWNER_PREPS = frozenset({"of", "for", "in", "from"})
# Nouns for what someone asks or offers, which are no actor of what their phrases name: "calls
# by the United Nations for a ceasefire in Ukraine" are not Ukraine's; they stand for their
# author, named by "by", "from" or "of".
AUTHORED = frozenset(
    {"call", "demand", "appeal", "request", "plea", "proposal", "offer", "invitation"}
    | {"ultimatum", "initiative", "suggestion", "overture"}
)
AUTHOR_PREPS = frozenset({"by", "from", "of"})
# Nouns for what is said or held, never for who acts: "his remarks in Doha" names no Qatari
# ("a statement from the White House" still names who spoke).
# Weapons and attacks are not of where they struck: "a car bomb in Mogadishu" is no Somali
# actor, and with no actor behind it the bomb is an unidentified force's (UAF). Their "of"
# phrase names what they struck, not whose they are: "the shelling of Kyiv".
STRIKING = frozenset(
    {"bomb", "bombing", "explosion", "blast", "device", "mine", "landmine", "rocket", "shell"}
    | {"missile", "mortar", "shelling", "airstrike", "strike", "raid", "attack", "ambush"}
)
NOT_ACTORS = STRIKING | frozenset(
    {"remark", "comment", "statement", "speech", "address", "interview", "message", "briefing"}
    | {"announcement", "letter", "declaration", "communique", "visit", "trip", "tour", "talk"}
    | {"meeting", "summit", "conference", "ceremony", "session", "hearing", "trial", "vote"}
    | {"negotiation", "discussion", "dialogue", "consultation", "round"}
    # "a new military operation in northern Syria" is no Syrian force
    | {"operation", "offensive", "campaign", "incursion", "exercise", "drill"}
)
# Modifiers that make an office holder a former one (CAMEO: ELI, "former officials, elites").
FORMER = frozenset({"former", "ousted", "deposed", "exiled", "ex", "toppled", "overthrown"})
PERSON_PRONOUNS = frozenset({"he", "she", "him", "her", "his", "hers", "himself", "herself"})
# Sector words that, before another noun, only rank it ("deputy commander").
RANK_WORDS = frozenset({"deputy", "deputies"})
# Sector words whose adjective means something else: "a general strike" has no officer, "firm
# measures" no company.
ADJECTIVE_SENSES = frozenset({"general", "firm"})
# Sector words that before another sector word only qualify it: "India's National
# Investigation Agency" has no citizen ("British nationals" have).
MODIFIER_SENSES = frozenset({"national"})
# Sector words that are criminals only bare or after a word of crime: "a drug kingpin", not "a
# real estate kingpin" (a tycoon).
CRIME_ONLY_AFTER = {
    "kingpin": frozenset({"drug", "drugs", "cartel", "gang", "narco", "narcotics"}),
    "kingpins": frozenset({"drug", "drugs", "cartel", "gang", "narco", "narcotics"}),
}
# Sector words whose state sense a rebel modifier undoes: "the separatist transitional council"
# is no government.
REBEL_UNDONE = frozenset({"transitional council", "transitional councils"})
REBEL_MODIFIERS = frozenset({"separatist", "rebel", "secessionist"})
# What a demonym names that is no actor of its country ("the Russian language", "the Turkish
# lira", "Japanese stocks").
NO_ACTOR_HEADS = frozenset(
    {"language", "tongue", "dialect", "alphabet", "script", "translation"}
    | {"currency", "lira", "rouble", "ruble", "rupee", "peso", "yuan", "yen", "won", "dinar"}
    | {"riyal", "rial", "naira", "rand", "shilling", "hryvnia", "zloty", "forint", "franc"}
    | {"stock", "share", "bond", "market", "index"}
)
PLURAL_PRONOUNS = frozenset({"they", "them", "their", "theirs", "themselves"})
OTHER_PRONOUNS = frozenset({"it", "its", "they", "them", "their", "itself", "themselves"})
SINGULAR_NEUTER = frozenset({"it", "itself"})
PERSON_SECTOR_WORDS_HINT = frozenset({"GOV", "ELI", "OPP", "JUD", "LEG"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
# Verbs that tell someone what to do, and modals of obligation: the possessives of the act asked
# for are the addressee's ("urged Russia to withdraw its troops").
DIRECTIVES = frozenset(
    {"urge", "ask", "call", "press", "demand", "tell", "order", "warn", "appeal", "implore"}
    | {"encourage", "advise", "request", "insist", "push", "pressure", "instruct", "beg"}
    | {"exhort", "require", "force", "compel", "persuade", "invite", "challenge", "direct"}
)
OBLIGING = frozenset({"must", "should"})
# What one is asked to stop, withdraw or give up is one's own ("halt its exercises").
RELINQUISHING = frozenset(
    {"withdraw", "pull", "halt", "stop", "end", "cease", "suspend", "lift", "scrap", "curb"}
    | {"dismantle", "reduce", "disband", "abandon", "remove", "demobilize", "demobilise"}
    | {"freeze", "drop", "restrain", "rein", "abolish", "disarm", "discontinue", "terminate"}
)
PRONOUNS = PERSON_PRONOUNS | OTHER_PRONOUNS
PRONOUN_IDS = frozenset(get_string_id(word) for word in PRONOUNS)  # as in Token.lower
PERSON_ID, PRON_ID, PUNCT_ID = get_string_id("PERSON"), int(PRON), int(PUNCT)
COMMA_ID, HYPHEN_ID, BASED_ID = get_string_id(","), get_string_id("-"), get_string_id("based")
PLACE_ENT_IDS = frozenset(get_string_id(label) for label in ("GPE", "LOC", "FAC"))
DET_ID, PROPN_ID, NUM_ID = int(DET), int(PROPN), int(NUM)
IOB_I = 1  # ENT_IOB inside an entity (3 begins one, 2 is outside)
UNKNOWN_COUNTRY = "---"
# Titles of people who speak or act for a body: its sector, when named before them, is theirs
# ("police spokesman" → COP, "army commander" → MIL, "rebel leader" → REB); "local officials"
# are not civilians' officials.
SPEAKING_FOR = frozenset(
    {"spokesman", "spokeswoman", "spokesperson", "spokesmen", "official", "officials"}
    | {"leader", "leaders", "commander", "commanders", "negotiator", "negotiators"}
    | {"director general", "director-general"}
)
# Nouns by which an article refers back to an organisation it named ("The bloc accused …").
ORG_NOUNS = frozenset(
    {"bloc", "agency", "organisation", "organization", "alliance", "body", "mission", "force"}
    | {"group", "commission", "council", "coalition", "movement", "watchdog", "fund"}
    | {"party"}  # a political party named before (``named_party``)
)
PARTY_NOUN = "party"
# "The bloc" is a grouping of states, never an agency, court or bank of one (a WTO ruling, the
# IAEA's board): the codes of organisations.tsv's blocs and alliances of member states.
BLOC_NOUN = "bloc"
BLOCS = frozenset(
    "IGOEUREEC IGOWLDBRC IGOWLDOPC IGOWLDOPP IGOWLDGTW IGOWLDCMW IGOWLDNAM IGOWLDGSS IGOWLDQUD "
    "IGOWLDCPL IGOWLDOIF IGOWSTNAT IGOWSTGSV IGOWSTGEI IGOWSTOEC IGOWSTAUK IGOEUREFT IGOEURNRC "
    "IGOEEUVSG IGOEEUCIS IGOEEUCST IGOEEUEAU IGOEEUBSE IGOEEUWPT IGOEEUCMC IGOAFRAFU IGOAFRCFT "
    "IGOWAFWAS IGOWAFWAM IGOWAFAES IGOWAFGFS IGOEAFGAD IGOEAFEAC IGOEAFCMS IGOCAFECC IGOCAFCMC "
    "IGOSAFSDC IGOSAFSCU IGONAFAMU IGOARBALL IGOARBGCC IGOARBOAP IGOMOSOIC IGOSEAASN IGOASAAPC "
    "IGOASASCO IGOSASSAR IGOSASBIM IGOCASECO IGOCASOTS IGOPACPIF IGOAMROAS IGOLAMMRC IGOLAMCRC "
    "IGOLAMCEL IGOLAMAND IGOLAMALB IGOLAMUNS IGOLAMPAL IGOLAMOEC IGOLAMSIC".split()
)
ARMED_ORG_NOUNS = frozenset({"group", "alliance", "coalition", "movement", "force"})
# Words naming one body of an organisation's family ("the Commission" of the EU), and the
# length of the code part the family's bodies share (IGOEUR…).
SIBLING_WORDS = frozenset({"commission", "council", "parliament", "court", "assembly", "bank"})
FAMILY_LENGTH = 6
# Words that refer back to a body only when its name has them ("the court" after the
# International Criminal Court), being sectors of a state's own otherwise.
BODY_WORDS = frozenset({"court", "tribunal", "parliament", "assembly", "bank"})
# Modifiers that say which body of a kind a noun is ("the election watchdog").
NAMING_DEPS = frozenset({"compound", "amod", "poss", "nmod"})
ORG_NOUN_IDS = frozenset(get_string_id(word) for word in ORG_NOUNS)
THE_ID = get_string_id("the")
FIRST_PLURAL_IDS = frozenset(get_string_id(w) for w in ("we", "us", "our", "ours", "ourselves"))
# The speaker's own words for the speaker: '"I call on the police …," said X'.
INNER_QUOTE = re.compile(r"(?:^|[\s,:;(])['‘]\w")
FIRST_PERSON_IDS = FIRST_PLURAL_IDS | frozenset(
    get_string_id(w) for w in ("i", "me", "my", "mine", "myself")
)
DASH_IDS = frozenset(get_string_id(d) for d in ("-", "—", "–", "--"))
# The phrases that name whose a thing or whom people are from: "aid for Chad and Niger",
# "diplomats from Argentina, Chile and Peru".
OWNER_WORDS = ("of", "for", "from")
OWNER_WORD_IDS = frozenset(get_string_id(w) for w in OWNER_WORDS)
# Titles also used as honorifics before a name: another title in the phrase says the role
# ("Energy Minister Prince Abdulaziz bin Salman" is a minister, not a royal without office).
HONORIFICS = frozenset({"sheikh", "sheikha", "prince", "princess"})
# Military ranks before a name: a role named before them ("spokesman") is what the person does.
RANKS = frozenset(
    "general colonel major captain lieutenant brigadier commodore admiral sergeant".split()
)
LINK_WORDS = frozenset(
    {"linked", "backed", "allied", "affiliated", "inspired", "aligned", "sponsored", "funded"}
    | {"supported", "trained", "armed", "influenced"}
)
# Verbs of a third party's part in what a noun names, as its participle: "EU-brokered talks"
# are no EU, "talks mediated by Qatar" are mediated (events.py codes the mediator, 045).
MEDIATING = frozenset({"broker", "mediate", "facilitate", "host", "arbitrate"})
# Sectors that one private person with that occupation does not stand for (CODING.md: BUS is
# companies): "a shopkeeper", "a student", "a farmer", "a volunteer" speaking for themselves are
# civilians.
PRIVATE_OCCUPATIONS = frozenset({"BUS", "EDU", "AGR", "LAB", "NGO", "HLH"})
PRIVATE_PEOPLE = frozenset(  # one such person's words; a "union leader" speaks for the union
    "shopkeeper trader clerk businessman businesswoman merchant vendor farmer student pupil "
    "teacher schoolteacher worker labourer laborer miner engineer lecturer entrepreneur banker "
    "shopowner herder fisherman volunteer driver nurse midwife pharmacist graduate mechanic "
    "pensioner retiree housewife".split()
)
# Agreements, which a sector word describes ("scrapped a military pact with the United States":
# the pact, no army).
AGREEMENT_NOUNS = frozenset(
    "agreement agreements accord accords deal deals treaty treaties pact pacts".split()
)
# Heads that a sector word only describes ("joint military exercises", "military aid", "a
# police investigation"): outside the subject, with no country or organisation in the phrase,
# they are not actors, so the article's context country must not make one of them ("agreed to
# hold joint military exercises" is not an act towards a GBRMIL). As a subject ("an official
# inquiry found …") the phrase stands for the body behind it and stays an actor.
DESCRIBED_HEADS = (
    frozenset(
        "exercise drill drills aid assistance help support offensive operation campaign presence "
        "intervention action option solution cooperation tie ties relations pressure buildup "
        "build-up deployment escalation involvement victory defeat threat investigation inquiry "
        "probe training hardware equipment technology sale sales capability might power parade "
        "exercises maneuvers manoeuvres activity activities war wars conflict resistance struggle "
        "rebellion uprising insurgency flag flags".split()
    )
    | AGREEMENT_NOUNS
)
# Agreements and meetings: "in" after them says where they were, not whose they are ("signed
# a peace agreement in the Algerian capital" is no agreement of Algeria's).
OCCASIONS = frozenset(
    "agreement accord deal treaty pact ceasefire truce talks summit meeting conference "
    "ceremony session election elections vote referendum".split()
)
PLACE_KINDS = ("country", "metonym")
# Words that make a demonym after them a region's ("Latin American", "South Asian"); a
# demonym that begins with one ("South African", "North Korean") is its own, longer entry.
REGION_QUALIFIERS = frozenset(
    {"latin", "south", "north", "central", "east", "west", "southeast", "southern", "northern"}
    | {"eastern", "western", "sub-saharan"}
)
# Participles after a hyphen that make the state before it a sponsor ("Iran-backed").
BACKING = frozenset(
    {"backed", "funded", "financed", "armed", "sponsored", "supported", "aligned", "installed"}
    | {"trained"}
)  # not "led": "the Saudi-led coalition" is the leader's


def sponsor(doc: Doc, hit: Hit) -> bool:
    """Whether a country, capital or demonym hit only names who backs the group after it:
    "Iran-backed militias", "Russia-aligned separatists" (a "Turkish-backed Syrian force" has
    its own demonym)."""
    if hit.entry is None or hit.entry.kind not in ("country", "metonym", "demonym"):
        return False
    end = hit.end
    if end + 1 >= len(doc) or doc[end].text != "-":
        return False
    return doc[end + 1].lower_ in BACKING


# Adjectives that place people in a region of many states, not in one.
REGIONS = frozenset(
    {"european", "western", "arab", "african", "asian", "gulf", "international"}
    | {"nordic", "baltic", "balkan", "caribbean", "scandinavian", "pacific", "latin"}
)


def regional(head: Token) -> bool:
    """Whether a sector word is qualified by a region of many states ("European diplomats",
    "Latin American leaders", "Western officials", "foreign nationals")."""
    for child in head.children:
        if child.dep_ not in ("amod", "compound") or child.i > head.i:
            continue
        if child.lower_ in REGIONS or (child.lower_ == "foreign" and head.tag_ == "NNS"):
            return True  # "foreign nationals" are of many states; "the foreign minister" one
        previous = head.doc[child.i - 1].lower_ if child.i > 0 else ""
        if child.lower_ == "american" and previous in REGION_QUALIFIERS:
            return True  # "Latin American leaders"
    return False


# Instruments named after the city where they were made, whose city is no party.
NAMED_FOR_PLACES = frozenset(
    {"agreement", "accord", "accords", "treaty", "protocol", "convention", "declaration"}
    | {"process", "format", "deal", "pact", "charter", "communique"}
    | {"statute", "principles", "memorandum"}  # "the Rome Statute", "the Madrid Principles"
)
# Object pronouns, which never stand for their own verb's subject (not reflexive ones).
OBJECT_PRONOUNS = frozenset({"him", "her", "them", "it", "us", "me"})
OBJECT_PRONOUN_DEPS = frozenset({"dobj", "dative", "pobj"})
# Verbs that move forces: their own forces are the instrument, not the party, and a
# possessive on them or on where they go is the mover's ("pulled back its troops").
MOVING = frozenset(
    {"withdraw", "pull", "recall", "evacuate", "send", "deploy", "move", "station", "dispatch"}
    | {"redeploy", "bring", "reposition", "relocate", "transfer"}
)
# Verbs of a threat or vow whose forces are the speaker's own: "warned that the army would …".
VOWING = frozenset({"warn", "threaten", "vow", "pledge", "promise"})
# The state's armed sectors, whose forces a state fields.
ARMED_STATE_SECTORS = frozenset({"MIL", "COP"})
# Verbs by which a state fields its own forces: their object with no owner is the subject's.
# The moving verbs (MOVING) without those whose object may be others' ("recalled", "brought
# home", "evacuated" people), and verbs of massing and readying.
FIELDING = frozenset(
    {"deploy", "send", "dispatch", "station", "move", "redeploy", "reposition", "withdraw"}
    | {"pull", "scramble", "mobilize", "mobilise", "mass", "position", "reinforce"}
)
# Nouns of attacks whose "on" phrase is where they struck ("a drone attack on Odesa").
ATTACK_NOUNS = frozenset(
    {"attack", "strike", "airstrike", "raid", "assault", "bombardment", "bombing", "shelling"}
    | {"offensive", "barrage", "incursion", "ambush", "explosion", "blast"}
)
# Nouns of places a demonym can own ("the Iraqi city of Basra", "a Syrian village").
PLACE_NOUNS = frozenset("city town village capital port province region district".split())
# Words after (or ending) a name that make it an area ("in Kaduna state", "in Kherson oblast"),
# not its eponymous city; with PLACE_NOUNS, what makes the phrase a place.
AREA_WORDS = frozenset(
    "region province governorate district oblast state county prefecture".split()
)
AREA_NOUNS = PLACE_NOUNS | AREA_WORDS
# Words that make up names of many places ("the Federal District", "Central Province"): such a
# name alone does not say which country's.
GENERIC_PLACE_WORDS = frozenset(
    "federal central capital national northern southern eastern western north south east west "
    "upper lower greater district province region state territory".split()
)
GENERIC_PLACE_IDS = frozenset(get_string_id(word) for word in GENERIC_PLACE_WORDS)
# Prepositions of where someone is ("in", "near"), not where they went or came from.
WHERE_PREPS = frozenset({"in", "at", "near", "outside", "inside", "across", "around", "of"})
QUOTE_MARKS = ('"', "“", "”")
ARABIC_ARTICLES = frozenset({"al", "el", "ad", "ar", "as", "ash", "at", "az", "an"})
LEADER_NOUNS = frozenset({"head", "chief", "director", "chairman", "chairwoman", "chair"})
# Offices a named person can hold for an organisation ("The African Union's chairman, X").
OFFICES = LEADER_NOUNS | SPEAKING_FOR | {"envoy", "president"}
INSTITUTIONS = frozenset({"ministry", "government", "parliament", "presidency", "cabinet"})
# Words for soldiers who rule their state: a later one is that state's, not the latest army's.
MILITARY_RULERS = frozenset(
    {"junta", "juntas", "military junta", "military government", "military rulers"}
    | {"military leaders", "military regime", "military authorities", "military council"}
)
# A state's own bodies: "its central bank" after ECOWAS is a state's (the parser's antecedent
# is often the organisation acting on it), "its troops" after NATO are NATO's.
STATE_BODIES = INSTITUTIONS | {"bank", "court", "army", "navy", "police", "legislature"}
# Family words: "her husband" is a private person, whatever the one he is kin to does.
KIN_NOUNS = frozenset(
    "husband wife son daughter mother father brother sister parent child cousin uncle aunt "
    "nephew niece widow widower grandson granddaughter relative family".split()
)
# Navy ship prefixes of metonyms.tsv: the navy only before a ship's name (drop_loose_ship_prefixes)
SHIP_PREFIXES = frozenset("uss usns uscgc hms hmas hmcs hmnzs brp roks tcg hnlms".split())
LANDMARK_PREPS = frozenset({"near", "off", "around", "beside", "alongside", "past", "by"})
VISITING = frozenset({"visit", "tour"})
PLANES = frozenset({"plane", "planes"})  # sectors.tsv's "surveillance plane" rows
CAPTIVES = frozenset({"hostage", "hostages", "captive", "captives"})
KIN_GROUPS = frozenset({"family", "household", "clan"})  # kin who are many, not one person
# Sectors of the state: a title in one is not an armed group's, and its former holders are
# elites (ELI); a former editor is still a journalist.
ORGANISATION_PREFIXES = ("IGO", "NGO", "IMG", "MNC")
TRANSNATIONAL = "MOS"  # an IMG code's place for jihadist networks with no single home
STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "LEG", "JUD", "SPY", "ELI"})
# Sectors of a state's own people, who address its government as theirs: "families urged the
# government", "the opposition called on the ministry".
CITIZEN_SECTORS = frozenset({"CVL", "OPP", "LAB", "EDU", "HLH", "REL", "MED", "BUS", "NGO"})
# People a possessor deals with, who are never of its country: "its bilateral creditors" after
# Sri Lanka are the states and banks it owes, not Sri Lankan companies.
OTHERS_TO_THE_OWNER = frozenset({"creditor", "lender", "donor"})
# Nouns that name an owner's state itself: "Jaishankar said his country would not …" is India.
HOMELAND_NOUNS = frozenset({"country", "nation", "homeland", "motherland", "fatherland"})
HOMELAND_HOW = "homeland:"
# Words that make "his country" another than the one he serves: "his native country".
OTHER_HOMELAND_WORDS = frozenset({"native", "home", "adopted", "former", "new", "birth", "origin"})
# Sectors and titles no organisation's people hold: "Opposition leader X" or "Finance Minister
# X" after "The IMF approved a loan" is of the story's state, not the IMF's.
STATE_ONLY_SECTORS = frozenset({"OPP", "LEG", "CVL", "REF"})
STATE_ONLY_TITLES = frozenset({"minister", "ministers", "premier", "lawmaker", "lawmakers"})
# Inhabitants of a town that a capital's name may mean instead, in a story of the town's country
# ("Tripoli" in Lebanon); smaller namesakes (Rome, Georgia; Paris, Texas) never do.
LOCAL_CITY = 100_000
# How peacekeepers no word ties to a country are made: no country, not even the event place's.
UNPLACED_FORCE = "peacekeepers-of-no-named-country"
# "the mediators", named by no state: those the story told mediating, else no state's.
MEDIATORS = frozenset({"mediator", "mediators"})
MEDIATING_VERBS = frozenset({"mediate", "mediating", "broker"})
COMPLEMENT_DEPS = frozenset({"xcomp", "acomp", "attr", "advcl"})
MEDIATORS_UNNAMED = "mediators-of-no-named-party"
# How people of a region or of the world are made ("European diplomats", "the international
# community"): of many states, so not of the event place's either.
REGIONAL_HOW = "regional"
# Verbs of force laid on a place ("jets bombed Rafah"); of them, those a person may also use
# in words ("Trump attacked Jackson in a post").
STRIKING_VERBS = frozenset(
    {"attack", "strike", "hit", "bomb", "bombard", "shell", "pound", "target", "raid", "storm"}
)
WORDY_STRIKING_VERBS = frozenset({"attack", "hit", "target"})
# Verbs of assailing a place, whose doer's own embassy it is not: "Israel bombed its embassy".
ASSAILING = STRIKING_VERBS | {"surround", "besiege"}
# Verbs and nouns of force whose object or "on"/"against"/"with" phrase is struck where it is.
STRUCK_BY = (
    ASSAILING | ATTACK_NOUNS | {"kill", "wound", "shoot", "ambush", "clash", "fight", "rout"}
)
# The two Koreas as a story about either calls them: "the North", "the South".
KOREAS = MappingProxyType({"North": "PRK", "South": "KOR"})
# The EU's bodies whose story makes "Brussels" as an agent the EU: "The European Commission
# imposed tariffs … Scholz called on Brussels to negotiate".
EU_BODIES = frozenset({"IGOEUREEC", "IGOEURCOM", "IGOEURCNL", "IGOEURCEU", "IGOEUREAS"})
EU_SEAT = "Brussels"
# Acts only the EU does from Brussels, whose subject "Brussels" is the EU in any story that names
# no city or Belgian authority: "Brussels fined Apple", "Brussels imposed duties on Chinese bikes"
# (trade and competition are the EU's). Word forms, as the tagger lemmatises "fined" to "fin".
EU_FINING = frozenset({"fine", "fined", "fines"})
EU_POWERS = EU_FINING | frozenset(
    {"impose", "imposed", "imposes", "slap", "slapped", "slaps", "levy", "levied", "levies"}
)
# What Brussels imposes or levies as the EU: trade and competition penalties, not a curfew, ban,
# lockdown, speed limit or restriction, which the city or Belgium imposes.
EU_PENALTIES = frozenset({"fine", "penalty", "tariff", "duty", "sanction", "levy", "tax"})
# A story naming the city's or Belgium's own authorities, whose "Brussels" is the city or Belgium.
BELGIAN_AUTHORITY = re.compile(
    r"\b(?:mayor|city council|municipal|burgomaster"
    r"|Belgi(?:an|um's) (?:government|prime minister|minister|police|authorities))\b",
    re.IGNORECASE,
)
EU_CODE = "IGOEUREEC"
# Modifiers of mediators who are of the place they mediate in: "local tribal mediators".
LOCAL_MEDIATORS = frozenset({"local", "tribal", "community", "clan", "religious", "traditional"})
PEACEKEEPERS = frozenset(
    {"peacekeeper", "peacekeepers", "peacekeeping force", "peacekeeping forces"}
    | {"peacekeeping troops", "peacekeeping mission"}
    # several states' forces, foreign where they serve as peacekeepers are
    | {"multinational force", "multinational forces", "multinational troops"}
    | {"multinational mission"}
)
# Sector words that name a building: one "in" a town belongs to that town's country ("a hospital
# in Aleppo" is Syrian after "Swedish doctors"), as people there need not ("Swedish doctors in").
FACILITIES = frozenset(
    {"hospital", "hospitals", "clinic", "clinics", "school", "schools", "college", "colleges"}
    | {"university", "universities", "camp", "camps", "base", "bases", "barracks", "outpost"}
    | {"outposts"}
)
# Titles of a state's errand, which a former official may take up again: "French envoy Le Drian".
ENVOYS = frozenset({"envoy", "emissary", "ambassador"})
# People named by whom they oppose ("Kremlin critic X", "a Putin opponent"): the opposition.
OPPONENTS = frozenset({"critic", "opponent", "dissident", "foe"})
# Roles outside the state a title can give someone the person table lists as former official.
OUT_OF_OFFICE = frozenset({"OPP", "REB", "INS", "SEP"})
# (title's sector, table's sector on the date) where the title decides: a government title on
# someone the table has in opposition that day (an office taken before the table has it). Not
# a government title on a former official, which news gives as a courtesy or of the late
# ("President Bill Clinton" in 2015, "the late President Fidel Castro"), nor an opposition
# title on a listed office holder, which is the text's slip more often than the table's.
TITLE_OVER_TABLE = frozenset({("GOV", "OPP")})
# (titled mention's sector, table's sector for a later bare surname) where the surname keeps
# the titled role: an overriding title, or a mention in office on its own date
KEPT_BY_SURNAME = TITLE_OVER_TABLE | {("GOV", "ELI")}


def same_titled(titled: str, listed: str) -> bool:
    """Whether a titled earlier mention of a person may stand for a later bare surname the
    dictionary lists as ``listed``: any, for a person listed with no sector; for a former
    official (ELI), one whose title names a role outside the state, in the same country, or one
    in office on its own date ("detained President Mohamed Bazoum on Wednesday", the day of the
    coup, then "Bazoum wrote"), or one whose title overrode the listed role (``KEPT_BY_SURNAME``).
    """
    if len(listed) == 3:
        return True
    if titled[:3] != listed[:3]:
        return False
    return titled[3:6] in OUT_OF_OFFICE or (titled[3:6], listed[3:]) in KEPT_BY_SURNAME


# Bodies outside the state whose leaders and spokesmen are of the body, not of their
# country's government: "its leader" after an opposition party, "their commander" after rebels.
LED_BODIES = OUT_OF_OFFICE | {"LAB", "BUS", "NGO", "MED"}
# How a mention was resolved from the actor dictionary: an organisation (a party from
# parties.tsv too), a person, a capital or seat standing for its state.
ORGANISATION_HOW = "dictionary:organisation"
PERSON_HOW = "dictionary:person"
METONYM_HOW = "dictionary:metonym"
PARTY_HOW = ORGANISATION_HOW
PARTY_SECTORS = frozenset({"GOV", "OPP"})
# How a mention was resolved when a community word may add its group code, and when the
# country came from the phrase itself ("Iraqi Kurds") rather than from context.
GROUP_NAMED_COUNTRY = (
    "composition:country+sector",
    "composition:counted-nationals",
    "dictionary:demonym",
    "dictionary:country",
    "home-place",
    "based-in",
)
GROUP_COMPOSABLE = (
    *GROUP_NAMED_COUNTRY,
    "context-country",
    "local-country",
    "sector-only",
    "dateline-country",
    "coreference",
)
# Heads that make a community's members its elites: "Yoruba leaders", "Ibo elders".
ELDERS = frozenset({"leader", "elder", "chief", "notable", "chieftain"})
ETHNIC_ID, PRO_ID = get_string_id("ethnic"), get_string_id("pro")
# Sectors of people a faith's code describes: believers, their elders and clergy.
COMMUNITY_SECTORS = frozenset({"CVL", "REF", "ELI", "REL"})
GROUP_MODIFIER_DEPS = frozenset({"amod", "compound", "nmod"})
# Sector words that name a legislative chamber only when capitalised and alone ("the House").
CHAMBERS = frozenset({"house"})

# Ministries with a sector of their own (sectors.tsv): defence (MIL), interior (COP).
MINISTRY_SECTORS = frozenset({"MIL", "COP"})
# A named leader's following: "Traore's group", "Machar's faction", "Gbagbo's camp",
# "Machado's aides".
ENTOURAGES = frozenset({"group", "camp", "faction", "team", "office", "aide", "aides"})
# Heads that name a whole community ("the Tatar population of the peninsula").
COMMUNITY_HEADS = frozenset({"population", "community", "minority", "people"})
# Sectors of armed non-state groups, whose unnamed mentions can refer back to a named one.
ARMED_GROUP_SECTORS = frozenset({"REB", "INS", "SEP", "UAF"})
# Verbs that report what their clause tells ("…, the Israeli army said").
REPORTING_VERBS = frozenset({"say", "report", "announce", "confirm", "add", "state"})
# Sectors that act where they are, when nothing names their country and no earlier mention of
# the sector does: police and courts, and armed groups ("Militants killed two Chinese engineers
# in northwest Pakistan" are Pakistan's, not China's, the story's most named country). Not an
# army, which fights abroad.
WHERE_THEY_ACT = frozenset({"COP", "JUD"}) | ARMED_GROUP_SECTORS
# Participles that say where a force is ("militants based in Afghanistan").
STATIONED = frozenset({"base", "station", "hide", "entrench", "hole", "operate", "shelter"})
# State bodies that sit where their "in" phrase puts them: courts and police.
SEATED = frozenset({"COP", "JUD"})
# The sector of a state's civilians, whom a story may count as the victims of an attack, and
# the sectors of reporters who tell of other states' dead as well as their own.
CIVILIANS = "CVL"
UNCOUNTING_SECTORS = frozenset({"NGO", "IGO", "REF"})
NON_STATE_BODIES = frozenset({"NGO", "IGO"})
# Words that make news media a state's own voice ("state television", "the national news
# agency"), which counts its own dead.
STATE_OWNED = frozenset({"state", "public", "national", "official", "state-run", "state-owned"})
# Sectors of forces that keep order where they are, in the scene a story has just set.
POLICE_SECTORS = frozenset({"COP"})
POLICE = "COP"
# People whom a state's own rulers, courts or police act on are its own (``ruling_doer``).
HELD_SECTORS = frozenset({"CVL", "CRM"})
RULING_SECTORS = frozenset({"GOV", "JUD", "COP"})
# Courts and the bodies of their own state they rule on ("blocked the Trump administration").
JUDGES = "JUD"
RULED_BODIES = frozenset({"GOV", "ELI", "LEG", "MIL", "COP"})
# Bare "officers", soldiers by default (sectors.tsv), are policemen where police are spoken of.
OFFICERS = frozenset({"officer", "officers"})
# Nouns of bills, whose modifiers tell what they are about ("the 'foreign agents' bill").
LEGISLATION = frozenset({"bill", "legislation", "amendment"})
# Sectors that put bills forward, whose word before a bill names its owner: "the government's
# bill", "the opposition bill".
BILL_SPONSORS = frozenset({"GOV", "OPP", "LEG"})
POLICE_WORDS = frozenset({"police", "policeman", "policemen", "policewoman", "constable"})
# Dependents by which a noun says itself who the people it names were: "the gunmen who
# attacked a school", "the attackers, members of a clan militia".
WHO_THEY_WERE = frozenset({"relcl", "acl", "appos"})
# Words that open an account of another incident: "Separately, the gunmen …".
OTHER_INCIDENT = frozenset({"separately", "separate", "elsewhere"})
# Words of an army's posts and men, which make bare "officers" theirs, not police.
MILITARY_SCENE = frozenset(
    {"army", "military", "base", "barracks", "convoy", "soldiers", "troops", "garrison"}
)


def reporting_source(word: Token) -> bool:
    """Whether a word (or the noun it is a compound of) is the subject of a reporting verb:
    "police said", "a police source said"."""
    while word.dep_ == "compound" and word.head is not word:
        word = word.head
    return word.dep_ in ("nsubj", "nsubjpass") and word.head.lemma_.lower() in REPORTING_VERBS


# Heads that only count their "of" phrase ("thousands of protesters", "some of the rebels").
# Numbers that stand for people when bare ("Thousands rallied", sectors.tsv), and for
# whomever their "of" phrase names otherwise.
CROWD_NUMBERS = frozenset({"thousands", "hundreds", "dozens", "millions"})
QUANTITIES = frozenset(
    {
        "thousand",
        "thousands",
        "hundred",
        "hundreds",
        "dozen",
        "dozens",
        "million",
        "millions",
        "some",
        "many",
        "most",
        "all",
        "group",
        "number",
        "scores",
        "members",
        "member",
        # "held talks with representatives of the protesters": whom they speak for
        "representatives",
        "representative",
        "one",
        "several",
        "few",
        "both",
        "each",
        "majority",
        "last",  # "killing the last of the gunmen"
        # a part of something is of whom the whole is: "part of a rebel stronghold"
        "part",
        "parts",
        "half",
        "rest",
        "remainder",
        "bulk",
        "much",
    }
)
# Sites and possessions named by whom they belong to: "positions of the Armenian army near
# Lachin", "the websites of independent news outlets", "the assets of the central bank".
SITES_OF = frozenset(
    {"position", "base", "bases", "camp", "headquarters", "stronghold", "post", "outpost"}
    | {"barracks", "barrack", "hideout", "office", "compound", "bunker", "trench"}
    | {"website", "websites", "site", "sites", "account", "accounts"}
    # "breached the computer networks of the defence ministry": whose systems they are
    | {"network", "networks", "server", "servers", "system", "systems", "database", "databases"}
    # "froze the assets of five Nicaraguan officials": whose wealth it is, not their country's
    | {"asset", "assets", "holding", "holdings", "property", "properties", "wealth", "fortune"}
)
# Homes named by whose they are when that is an office-holder's, politician's or officer's:
# "set fire to the residence of the prime minister" (its GOV); "demolished the homes of two
# Palestinian attackers" stays the attackers' state's.
HOMES = frozenset({"residence", "residences", "home", "homes", "mansion", "villa", "villas"})
HOME_HOLDERS = frozenset({"GOV", "LEG", "JUD", "ELI", "OPP", "MIL", "COP"})
# Vehicles whose "carrying X" names the people an act on them reached.
VEHICLES = frozenset(
    {"helicopter", "plane", "aircraft", "airliner", "jet", "bus", "minibus", "car", "van"}
    | {"convoy", "truck", "lorry", "vehicle", "boat", "ship", "vessel", "train", "ambulance"}
)
CARRYING = frozenset({"carry", "transport", "ferry"})
# Acts whose "of" phrase names who is to do them: "the withdrawal of Russian troops".
DOER_OF = frozenset(
    {"withdrawal", "pullout", "retreat", "disarmament", "demobilization", "demobilisation"}
    | {"redeployment", "departure", "exit", "resignation"}
    # conduct judged: "condemned the dangerous actions of the Chinese coast guard" (its
    # sector, not the demonym's country alone); plurals, as the tokens are read by form
    | {"action", "actions", "conduct", "behaviour", "behavior", "activity", "activities"}
    | {"intrusion", "intrusions", "incursion", "incursions"}
)
# Weapons a participle's "by" agent names the user of ("drones launched by Russia").
LAUNCHED = frozenset({"drone", "missile", "rocket", "shell", "projectile", "bomb", "mortar"})
# Dealings whose "with" phrase names the other side ("an embargo on all trade with Israel").
TRADE_WITH = frozenset({"trade", "commerce"})
# The lower-case forms (as Token.lower ids) of the words ``stand_in`` reads further.
# Bodies sent out of a force, which are of whom it is: "the first contingent of Kenyan police";
# a contingent of athletes or a batch of migrants stays no party.
DETACHMENTS = frozenset({"contingent", "contingents", "batch", "detachment", "detachments"})
FORCE_SECTORS = frozenset({"MIL", "COP"})
STAND_IN_IDS = frozenset(
    get_string_id(form)
    for word in SITES_OF | HOMES | AUTHORED | VEHICLES | DOER_OF | TRADE_WITH | LAUNCHED
    for form in (word, word + "s", word + "es", word[:-1] + "ies")
) | frozenset(get_string_id(word) for word in QUANTITIES | DETACHMENTS)
PROPER = "PROPER"
FOLDED = "FOLDED"
Maker = Callable[[str, str, bool], "Mention"]
SECTOR = "SECTOR"


@dataclass(frozen=True, slots=True)
class Mention:
    """A resolved actor mention: code, the words (char offsets), its head token and how."""

    code: str
    text: str
    start: int
    end: int
    head: int
    how: str
    person: bool
    sector_word: str | None
    subject: bool


@dataclass(frozen=True, slots=True)
class Hit:
    """A dictionary match over tokens [start, end)."""

    start: int
    end: int
    entry: Entry | None
    sector: str | None
    phrase: str


def sector_pattern(nlp: Language, phrase: str) -> SpacyDoc:
    """The tokens a sector phrase is matched by. An abbreviated title ("sen.", "gov.") is
    tokenised as news writes it, capitalised: the tokenizer keeps "Sen." whole but splits
    "sen." ("Sen. Lindsey Graham", "Texas Gov. Greg Abbott")."""
    if phrase.endswith(".") and " " not in phrase:
        return nlp.make_doc(phrase.capitalize())
    return nlp.make_doc(phrase)


class ActorResolver:
    """Finds and codes actor mentions; built once per coder, used on every Doc."""

    def __init__(self, nlp: Language, codebook: Codebook) -> None:
        self.codebook = codebook
        self.proper = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.sector = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.proper.add(PROPER, [nlp.make_doc(name) for name in codebook.names])
        self.sector.add(SECTOR, [sector_pattern(nlp, word) for word in codebook.sectors])
        self.folded = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.group_ids = frozenset(get_string_id(word) for word in codebook.groups)
        self.group_codes = frozenset(group.code for group in codebook.groups.values())
        if codebook.folded:
            self.folded.add(FOLDED, [nlp.make_doc(name) for name in codebook.folded])
        # An organisation's bodies by the last word of their names ("European Commission" →
        # "Commission"), for "the Commission" after another body of its family.
        bodies: dict[str, set[str]] = {}
        for phrase, entry in codebook.names.items():
            *_, last = phrase.split()
            if entry.kind == "organisation" and " " in phrase:
                bodies.setdefault(last, set()).add(entry.code)
        self.bodies: Mapping[str, frozenset[str]] = {k: frozenset(v) for k, v in bodies.items()}

    def hits(self, doc: Doc, words: Callable[[int, int], str] | None = None) -> dict[int, Hit]:
        """Token index → the dictionary hit covering it (longest match wins, then the earliest;
        on a full tie a user's dictionary, then proper names, then sector words). ``words``
        gives the text of tokens [start, end) when the caller can do it cheaper than a Span."""
        text_of = words if words is not None else (lambda start, end: doc[start:end].text)
        found: list[tuple[int, int, str]] = []
        parsed = doc.spacy
        if self.codebook.folded:
            found += [(s, e, FOLDED) for _, s, e in self.folded(parsed)]
        found += [(s, e, PROPER) for _, s, e in self.proper(parsed)]
        found += [(s, e, SECTOR) for _, s, e in self.sector(parsed)]
        # Python's sort is stable, also reversed: equal keys keep the order above.
        found.sort(key=lambda m: (m[1] - m[0], -m[0]), reverse=True)
        taken: set[int] = set()
        out: dict[int, Hit] = {}
        for start, end, kind in found:
            covered = range(start, end)
            if not taken.isdisjoint(covered):
                continue
            taken.update(covered)
            text = text_of(start, end)
            hit = self.make_hit(text, start, end, kind)
            if (
                hit is not None
                and kind == SECTOR
                and text[:1].isupper()
                and self.named_word(doc, hit)
            ):
                continue  # "Police spokeswoman Charity Charamba": a name, not a charity
            if (
                kind == SECTOR
                and end - start == 1
                and text.lower() in ADJECTIVE_SENSES
                and doc[start].pos_ == "ADJ"
            ):
                continue  # "a general strike", "the general election": no officer
            if (
                kind == SECTOR
                and end - start == 1
                and text.lower() in MODIFIER_SENSES
                and doc[start].dep_ in ("compound", "amod")
                and doc[start].head.i > start
                and text_of(end, doc[start].head.i + 1).lower() in self.codebook.sectors
            ):
                continue  # "the National Investigation Agency": no citizen (a "national
                # strike" is still the people's)
            if (
                hit is not None
                and hit.entry is not None
                and hit.entry.kind == "demonym"
                and doc[end - 1].head.lemma_.lower() in NO_ACTOR_HEADS
            ):
                continue  # "the Russian language", "the Turkish lira": no actor, nor a country
            if (
                hit is not None
                and hit.entry is not None
                and hit.entry.kind == "demonym"
                and start > 0
                and doc[start - 1].lower_ in REGION_QUALIFIERS
                and doc[start - 1].text[:1].isupper()
            ):
                continue  # "Latin American leaders", "Central American migrants": a region
            if (
                kind == SECTOR
                and text.lower() in CRIME_ONLY_AFTER
                and start > 0
                and parsed[start - 1].dep_ == "compound"
                and parsed[start - 1].lower_ not in CRIME_ONLY_AFTER[text.lower()]
            ):
                continue  # "real estate kingpin" is no criminal ("drug kingpin" is)
            if (
                kind == SECTOR
                and text.lower() in REBEL_UNDONE
                and start > 0
                and parsed[start - 1].lower_ in REBEL_MODIFIERS
            ):
                continue  # "the separatist transitional council": no government
            if kind == SECTOR and text.lower() in CHAMBERS and not chamber(doc[start]):
                continue  # "his house was shelled", "Government House": no legislature
            if hit is not None and hit.entry is not None and hit.entry.kind == REGION:
                continue  # "Latin America", "the Indian Ocean": its words are no actor
            if hit is not None and sponsor(doc, hit):
                continue  # "Iran-backed militias in Iraq": the backer is not their country
            if hit is not None and self.hyphened_given_name(doc, hit):
                continue  # "Yunus-Bek Yevkurov" is not Muhammad Yunus
            if (
                hit is not None
                and hit.entry is not None
                and hit.entry.kind == "organisation"
                and inside_hyphened_word(parsed, start, end)
                and not any(
                    (e == start - 2 or s == end + 1)
                    and k != SECTOR
                    and self.make_hit(text_of(s, e), s, e, k) is not None
                    for s, e, k in found
                )
            ):
                continue  # "PORT-AU-PRINCE" holds no African Union ("AU-led" still does, and
                # so does "the US-EU-Japan statement", a name on either side)
            if hit is not None and self.untagged_given_name(doc, hit):
                continue  # "Omer Ocalan", untagged as a person, is not Abdullah Ocalan
            if hit is not None and not given_name(doc, hit) and not other_family(doc, hit):
                if stance(doc, hit):
                    continue  # "an anti-Syria journalist" in Beirut is no Syrian
                for i in range(start, end):
                    out[i] = hit
        return out

    def untagged_given_name(self, doc: Doc, hit: Hit) -> bool:
        """A one-word person alias after a capitalised given name the tagger did not take for
        part of a person's name, which the person's full name lacks ("Omer Ocalan criticised
        the government" is Abdullah Ocalan's nephew; ``other_family`` needs the entity tag): a
        proper noun compounded to the alias that is no title, sector or name of the tables
        ("President Erdogan", "PKK leader Ocalan" keep theirs)."""
        start = hit.start
        if hit.end - start != 1 or hit.entry is None or not hit.entry.is_person or start < 1:
            return False
        before = doc[start - 1]
        word = before.text
        return (
            before.pos == PROPN_ID
            and before.ent_type == 0
            and before.dep_ == "compound"
            and before.head.i == start
            and word[:1].isupper()
            and not word.isupper()
            and word.isalpha()
            and word not in hit.entry.name.split()
            and word not in self.codebook.names
            and word.lower() not in self.codebook.sectors
            and word.lower() not in self.codebook.titles
        )

    def hyphened_given_name(self, doc: Doc, hit: Hit) -> bool:
        """A one-word person alias that opens a hyphened given name before a surname
        ("Yunus-Bek Yevkurov", Russia's deputy defence minister, is not Muhammad Yunus): the
        hyphen's other half is no name of the table ("the Putin-Xi Jinping talks" keep
        Putin) and a capitalised name follows it."""
        start, end = hit.start, hit.end
        if end - start != 1 or hit.entry is None or not hit.entry.is_person or end + 2 >= len(doc):
            return False
        dash, second, surname = doc[end], doc[end + 1], doc[end + 2]
        return (
            not doc[start].whitespace_
            and dash.text == "-"
            and not dash.whitespace_
            and second.text[:1].isupper()
            and second.text not in self.codebook.names
            and surname.pos == PROPN_ID
            and surname.text[:1].isupper()
        )

    def named_word(self, doc: Doc, hit: Hit) -> bool:
        """A capitalised sector word inside a person's name of several words that is no title
        ("Charity Charamba", "Hope Mwale")."""
        first = doc[hit.start]
        return (
            first.text[:1].isupper()
            and hit.phrase not in self.codebook.titles
            and in_full_name(first)
        )

    def make_hit(self, text: str, start: int, end: int, kind: str) -> Hit | None:
        if kind == FOLDED:
            folded = self.codebook.folded.get(" ".join(text.lower().split()))
            return Hit(start, end, folded, None, text) if folded is not None else None
        if kind == SECTOR:
            phrase = text.lower()
            return Hit(start, end, None, self.codebook.sectors.get(phrase), phrase)
        entry = self.codebook.names.get(text)
        return Hit(start, end, entry, None, text) if entry is not None else None

    def article(
        self,
        doc: Doc,
        date: dt.date | None,
        text: str | None = None,
        home: str | None = None,
        towns: Iterable[str] = (),
        place_country: Callable[[str], str | None] | None = None,
        town_countries: Callable[[str], Mapping[str, int]] | None = None,
        opening: int = 0,
    ) -> ArticleActors:
        """Resolution state for one article; ``text`` is the text ``doc`` was parsed from,
        ``home`` the country of its dateline, ``towns`` the dateline's city names,
        ``place_country`` the one country a city name stands for and ``town_countries`` every
        country with a city of that name, with its inhabitants (both from the gazetteer);
        ``opening`` is where the dateline starts, the text before it a headline."""
        return ArticleActors(
            self, doc, date, text, home, towns, place_country, town_countries, opening
        )


# Posts one state keeps in another, whose "in" place is the host, not the owner: "its
# embassy in Quito" is Mexico's in a story of Mexico and Ecuador.
ENVOY_POSTS = frozenset({"embassy", "consulate", "legation"})


class ArticleActors:
    """Actor resolution state for one article: hits, and mentions seen so far (coreference)."""

    def __init__(
        self,
        resolver: ActorResolver,
        doc: Doc,
        date: dt.date | None,
        text: str | None = None,
        home: str | None = None,
        towns: Iterable[str] = (),
        place_country: Callable[[str], str | None] | None = None,
        town_countries: Callable[[str], Mapping[str, int]] | None = None,
        opening: int = 0,
    ) -> None:
        self.resolver = resolver
        self.opening = opening  # where the dateline starts: the text before it is a headline
        self.place_country = place_country
        self.doc = doc
        self.date = date  # the day people are coded as of (see story_reached)
        self.published = date
        self.home = home  # the dateline's country: where the story is told from
        self.towns = {name.casefold() for name in towns}  # the dateline's cities
        # the sentences read so far (token ranges), and the country each places things in
        self.sentences: list[int] = []
        self.sentence_ends: list[int] = []
        self.places_named: dict[int, str | None] = {}
        self.seen: list[Mention] = []
        self.cache: dict[int, Mention | None] = {}
        self.groups: dict[int, list[Mention]] = {}
        self.named_codes: set[str] | None = None  # countries the article's names point to
        self.country_counts: dict[str, int] = {}  # country → mentions so far
        self.country_latest: dict[str, int] = {}  # country → position of its latest mention
        # the words of states deportees are sent "to" (fled_state), not counted as the story's
        self.destinations: set[int] = set()
        # Token attributes read once as plain lists: a Token object per access is the cost.
        self.pos, self.ent, self.lower, self.idx, self.iob = map(
            doc.column, (POS, ENT_TYPE, LOWER, IDX, ENT_IOB)
        )
        self.length = [len(t.text) for t in doc.tokens]
        # The text the Doc was parsed from (the caller's, already checked), else Doc.text.
        self.text = doc.text if text is None else text
        self.hits = resolver.hits(doc, self.words)
        # "the North" and "the South" in a story of either Korea are the two Koreas
        self.koreas = any(
            h.entry is not None and h.entry.kind == "country" and h.entry.code in KOREAS.values()
            for h in self.hits.values()
        )
        # "Brussels" in a story of the EU's bodies is the EU
        self.eu_story = any(
            h.entry is not None and h.entry.code in EU_BODIES for h in self.hits.values()
        )
        self.drop_dateline_region()
        self.drop_loose_ship_prefixes()
        self.seats = self.find_seats()
        if town_countries is not None:
            self.local_towns(town_countries)
        self.has_groups = not resolver.group_ids.isdisjoint(self.lower)
        self.starts = self.candidate_starts()

    def distinct_hits(self) -> list[Hit]:
        """Each dictionary hit once (``hits`` maps every token a hit covers to it)."""
        return list({id(hit): hit for hit in self.hits.values()}.values())

    def local_towns(self, town_countries: Callable[[str], Mapping[str, int]]) -> None:
        """Read a town name of several countries as the one of the countries the article
        names. A capital's name used as a place ("militias in Tripoli", not "Tripoli said") is
        such a town when the article never names the capital's country, names the town's and
        the town is a city of its own (LOCAL_CITY): "Tripoli" beside "the Lebanese port city"
        is no Libya, nor "Kingston" under an Ontario dateline Jamaica; but Rome in a story of
        Americans is not Rome, Georgia. A town's country named only by its forces ("Lebanon's
        army … clashes in Tripoli") takes the name unless the capital dwarfs the town (a
        Canadian story's "in London" is Britain's); its ministers and tourists travel abroad."""
        placing = self.placing_countries()
        named = {
            hit.entry.code[:3]
            for hit in self.hits.values()
            if hit.entry is not None and hit.entry.kind in ("country", "demonym")
        }
        guarding = self.guarding_countries()
        taken: dict[str, str] = {}  # capitals' names read as towns → the towns' countries
        for hit in self.distinct_hits():
            entry = hit.entry
            if entry is None or entry.kind != "metonym" or len(entry.code) != 3:
                continue
            if entry.code in named or not placed(self.doc[hit.end - 1]):
                continue
            towns = town_countries(hit.phrase)
            # "BEIRUT (Reuters) - jets struck … southern Beirut": the capital of the story's
            # own place is that state's still
            local = {
                c
                for c in (placing | guarding).intersection(towns) - {entry.code}
                if towns[c] >= LOCAL_CITY
                and (c in placing or DWARFS * towns[c] >= towns.get(entry.code, 0))
            }
            if local:
                for i in range(hit.start, hit.end):
                    self.hits.pop(i, None)
                if len(local) == 1:
                    taken[hit.phrase.lower()] = local.pop()
        sole = self.place_country
        if sole is None:
            return

        def place_country(name: str) -> str | None:
            # a town of the one country the article names as a place ("Tripoli" beside "the
            # Lebanese port"), or a capital's name read so, else the one country the name
            # stands for, else the town of the one country the article names at all (a
            # speaker's nationality included)
            towns = town_countries(name)
            local = placing.intersection(towns)
            if len(local) == 1:
                return next(iter(local))
            if name.lower() in taken:
                return taken[name.lower()]
            found = sole(name)
            local = named.intersection(towns)
            state = member_state(name)
            if len(local) == 1 and state is not None and found == state and state not in named:
                return next(iter(local))  # "Israeli police in Acre": not Brazil's state
            return found if found is not None or len(local) != 1 else next(iter(local))

        self.place_country = place_country

    def guarding_countries(self) -> set[str]:
        """The countries whose army, police or armed men the article names ("Lebanon's army",
        "Lebanese soldiers"): forces act at home, where ministers and tourists travel."""
        out = set()
        for hit in self.distinct_hits():
            if hit.entry is None or hit.entry.kind not in ("country", "demonym"):
                continue
            noun = self.doc[hit.end - 1].head
            held = self.hits.get(noun.i)
            if held is not None and (held.sector in FORCE_SECTORS | ARMED_GROUP_SECTORS):
                out.add(hit.entry.code[:3])
        return out

    def find_seats(self) -> list[int]:
        """The character offsets of countries and capitals before "-based": where an
        organisation sits, not where the story is ("the Syrian Observatory, a UK-based group"
        does not make the story's unnamed government forces British)."""
        lower = self.lower
        seats = []
        for hit in self.distinct_hits():
            entry, end = hit.entry, hit.end
            if entry is None or entry.kind not in ("country", "metonym"):
                continue
            if end + 1 < len(lower) and lower[end] == HYPHEN_ID and lower[end + 1] == BASED_ID:
                seats.append(self.idx[hit.start])
        return seats

    def drop_loose_ship_prefixes(self) -> None:
        """A navy's ship prefix (metonyms.tsv) is its navy only as a compound before the ship's
        proper name ("harassed the USS Chung-Hoon"): not alone, and not a ship that only marks
        where something happened ("seized a tanker near the USS Abraham Lincoln strike group")
        or that people visit or tour ("Tourists visited HMS Belfast")."""
        for hit in self.distinct_hits():
            if hit.entry is None or hit.phrase.casefold() not in SHIP_PREFIXES:
                continue
            prefix = self.doc[hit.start]
            name = prefix.head
            named = (
                prefix.dep_ == "compound"
                and name.i > prefix.i
                and named_vessel(name)
                and self.pos[prefix.i + 1] == PROPN_ID
            )
            top = name
            while top.dep_ == "compound" and top.head.i > top.i:
                top = top.head
            landmark = top.dep_ == "pobj" and top.head.lower_ in LANDMARK_PREPS
            visited = top.dep_ == "dobj" and top.head.lemma_.lower() in VISITING
            if not named or landmark or visited:
                for i in range(hit.start, hit.end):
                    self.hits.pop(i, None)
            else:  # "the USS Carney": a ship, not the person it is named for
                for i in range(hit.end, name.i + 1):
                    named_for = self.hits.get(i)
                    entry = named_for.entry if named_for is not None else None
                    if named_for is not None and entry is not None and entry.is_person:
                        for j in range(named_for.start, named_for.end):
                            self.hits.pop(j, None)

    def drop_dateline_region(self) -> None:
        """A dateline's town and region name no country other than the dateline's: "ATHENS,
        Georgia (AP) —" is filed from the American state, so "Georgia" is the state wherever
        the story names it ("the governor of Georgia"), and "CAIRO, Illinois" is no Egypt."""
        if self.home is None or not self.towns or len(self.doc) < 3:
            return
        town = 0
        while town + 1 < len(self.doc) and self.lower[town + 1] != COMMA_ID:
            town += 1
        if self.doc[: town + 1].text.casefold() not in self.towns:
            return
        foreign = set()
        for at in (0, town + 2):
            hit = self.hits.get(at)
            if hit is None or hit.entry is None or hit.entry.kind not in ("country", "metonym"):
                continue
            if hit.entry.code[:3] != self.home:
                foreign.add(hit.phrase.casefold())
        if not foreign:
            return
        for hit in self.distinct_hits():
            if hit.entry is not None and hit.phrase.casefold() in foreign:
                for i in range(hit.start, hit.end):
                    self.hits.pop(i, None)

    def placing_countries(self) -> set[str]:
        """The countries the article names as places: its dateline's, a country named after a
        place preposition ("in Lebanon"), a demonym on a place noun ("the north Lebanese
        port"); not a speaker's or a traveller's nationality ("Canadian tourists")."""
        found = {self.home} if self.home is not None else set()
        for hit in self.distinct_hits():
            entry = hit.entry
            if entry is None or entry.kind not in ("country", "demonym"):
                continue
            if entry.kind == "country":
                named_as_place = placed(self.doc[hit.end - 1])  # "in Lebanon"
            else:  # "the Lebanese port city"
                named_as_place = self.doc[hit.end - 1].head.lemma_.lower() in PLACE_NOUNS
            if named_as_place:
                found.add(entry.code[:3])
        return found

    # -- public ------------------------------------------------------------------------------

    def speaking_as(self, sent: Span, start: int, end: int, code: str, speaker: str) -> None:
        """ "We", "our", "I" and "me" in a speaker's quoted words [start, end) stand for the
        speaker: '"We will respond," the defence minister said' is the ministry's threat, '"I
        call on the police …," said X' X's appeal."""
        # "I" of a quotation inside the quotation is another's ('"She told me, 'I will not
        # resign,'" said X'): then only "we" is the speaker's
        words = FIRST_PLURAL_IDS if INNER_QUOTE.search(self.text, start, end) else FIRST_PERSON_IDS
        for i in range(sent.start, sent.end):
            if self.lower[i] in words and start <= self.idx[i] < end:
                token = self.doc[i]
                if self.cache.get(i) is not None:
                    continue
                self.cache[i] = Mention(
                    code,
                    token.text,
                    self.idx[i],
                    self.idx[i] + self.length[i],
                    i,
                    f"quote-speaker:{speaker}",
                    False,
                    None,
                    token.dep_ in SUBJECT_DEPS,
                )
                self.groups.pop(i, None)
                kin = token.head
                state = country_part(code)
                if token.dep_ == "poss" and kin.lemma_.lower() in KIN_NOUNS and state:
                    # '"Hamas killed my brother," the Israeli said': a private person of the
                    # speaker's country, read now that "my" has its speaker
                    self.cache[kin.i] = Mention(
                        state + "CVL",
                        kin.text,
                        kin.idx,
                        kin.idx + len(kin.text),
                        kin.i,
                        f"kin:{speaker}",
                        kin.tag_ == "NN" and kin.lower_ not in KIN_GROUPS,
                        None,
                        kin.dep_ in SUBJECT_DEPS,
                    )

    def story_reached(self, day: dt.date) -> None:
        """People are coded as of the latest day the story has reached, when it is within the
        week before publication: "Morales resigned late on Sunday. 'I am resigning …,' he said"
        is still the president on Monday's page; a background date further back does not move
        the story."""
        published = self.published
        if published is not None and 0 <= (published - day).days <= 7:
            self.date = day

    def read_sentence(self, sent: Span) -> list[Mention]:
        """Resolve every actor mention of a sentence, in order, and remember them."""
        self.sentences.append(sent.start)
        self.sentence_ends.append(sent.end)
        heads: list[Token] = []
        seen_heads: set[int] = set()
        first = bisect_left(self.starts, sent.start)
        last = bisect_left(self.starts, sent.end)
        for i in self.starts[first:last]:
            hit = self.hits.get(i)
            if hit is not None and hit.end - hit.start > 1:
                head = phrase_head(self.doc[hit.start : hit.end].root)
            else:
                head = phrase_head(self.doc[i])
            if head.i not in seen_heads:
                seen_heads.add(head.i)
                heads.append(head)
        found = []
        for head in sorted(heads, key=lambda t: t.i):
            mention = self.mention(head)
            if mention is not None:
                found.append(mention)
                self.remember(mention)
                for modifier in self.coordinated_modifiers(head, mention):
                    found.append(modifier)  # "Russian and Syrian warplanes": Syria is named
                    self.count(modifier)
        return found

    def remember(self, mention: Mention) -> None:
        """Add a mention to the article's history, counting its country."""
        self.count(mention)
        self.seen.append(mention)

    def count(self, mention: Mention) -> None:
        """Count the country a mention names, as the latest named."""
        if mention.how.startswith(SENT_TO_HOW) or mention.head in self.destinations:
            return  # "Britain deported migrants to Rwanda": not the story's country, nor they
        country = country_part(mention.code)
        seats = self.seats  # mostly none: no generator then
        if country and seats and any(mention.start <= seat < mention.end for seat in seats):
            country = None  # "a UK-based group": its seat, not the story's country
        if country:
            self.country_counts[country] = self.country_counts.get(country, 0) + 1
            self.country_latest[country] = len(self.seen)

    def actors(self, token: Token | None) -> list[Mention]:
        """The mentions a subject/object token stands for: itself and its conjuncts."""
        if token is None:
            return []
        if token.i not in self.groups:  # the event rules ask about the same words repeatedly
            self.groups[token.i] = self.group(token)
        return list(self.groups[token.i])

    def hyphen_prefix(self, token: Token) -> Mention | None:
        """The state or organisation named before a word's hyphen when the tokenizer keeps
        them one word ("U.S.-brokered", "EU-backed"); other names split at the hyphen and are
        words of their own."""
        prefix, hyphen, _ = token.text.rpartition("-")
        entry = self.resolver.codebook.names.get(prefix) if hyphen else None
        if entry is None or entry.kind not in ("country", "organisation", "demonym"):
            return None
        return Mention(
            code=entry.code_at(self.date),
            text=prefix,
            start=token.idx,
            end=token.idx + len(prefix),
            head=token.i,
            how=f"dictionary:{entry.kind} (before a hyphen)",
            person=False,
            sector_word=None,
            subject=False,
        )

    def group(self, token: Token) -> list[Mention]:
        token = self.stand_in(token)
        out = []
        for item in [*misparsed_partners(token), token, *conjuncts(token)]:
            mention = self.mention(item)
            if mention is not None:
                out.append(mention)
                out.extend(self.coordinated_modifiers(item, mention))
                out.extend(self.coordinated_owners(item, mention))
        if len(out) == 1 and token.lower_ in PLURAL_PRONOUNS:
            out.extend(self.speakers_together(token, out[0]))
        return out

    def speakers_together(self, pronoun: Token, found: Mention) -> list[Mention]:
        """The other speakers a plural pronoun stands for with the first: "Namibia, Malaysia
        and Turkey said they supported the case" (all three, not Namibia alone)."""
        verb = clause_verb(pronoun)
        if verb.dep_ not in ("ccomp", "xcomp") or verb.head.i == verb.i:
            return []
        subject = next((c for c in verb.head.children if c.dep_ in SUBJECT_DEPS), None)
        if subject is None:
            return []
        first = self.mention(subject)
        if first is None or first.code != found.code:
            return []
        others = (self.mention(other) for other in conjuncts(subject))
        return [self.as_pronoun(pronoun, m) for m in others if m is not None]

    def stand_in(self, token: Token) -> Token:
        """The word a phrase stands for as a party: the whole of a part ("hundreds of
        protesters", "part of a rebel stronghold"), the holder of a site ("positions of the
        rebels", "a camp for refugees"), whoever is to withdraw or leave ("the withdrawal of
        Russian troops"), the author of a call ("demands from UNITA"; "South Korea's offer"
        names its own) and the people a vehicle carried ("a helicopter carrying OSCE
        monitors")."""
        if self.pos[token.i] == NUM_ID:  # "killed two of the gunmen"
            counted = next((o for o in pobjects(token, ("of",))), None)
            # "shot down 23 of 30 drones launched by Russia": as the counted word stands
            return self.stand_in(counted) if counted is not None else token
        if self.lower[token.i] not in STAND_IN_IDS:
            return token  # most words: read once, by id
        lemma = token.lemma_.lower()
        if token.lower_ in DETACHMENTS:  # "the first contingent of Kenyan police officers"
            sent = next((o for o in pobjects(token, ("of",))), None)
            found = self.mention(sent) if sent is not None else None
            forces = found is not None and found.code[3:6] in FORCE_SECTORS
            return sent if sent is not None and forces else token
        if token.lower_ in QUANTITIES:  # "dozens of drones launched by Hezbollah"
            counted = next((o for o in pobjects(token, ("of",))), None)
            return self.stand_in(counted) if counted is not None else token
        if lemma in SITES_OF or token.lower_ in SITES_OF:  # "a camp for Congolese refugees";
            # not "the stronghold of Knin" (and "bases", which the lemmatizer makes "basis");
            # "bases hosting U.S. troops": the troops
            holder = next((o for o in [*pobjects(token, ("of", "for")), *hosted(token)]), token)
            found = self.mention(holder)
            return holder if found is not None and len(found.code) > 3 else token
        if lemma in HOMES or token.lower_ in HOMES:
            holder = next((o for o in pobjects(token, ("of",))), token)
            found = self.mention(holder)
            return holder if found is not None and found.code[3:6] in HOME_HOLDERS else token
        if lemma in DOER_OF and self.mention(token) is not None:
            # "demanded the withdrawal of Russian troops from Moldova": of the troops, not of
            # the place they leave
            doer = next((o for o in pobjects(token, ("of",))), token)
            return doer if self.mention(doer) is not None else token
        if lemma in AUTHORED and self.mention(token) is None:
            return next((o for o in pobjects(token, AUTHOR_PREPS)), token)
        if lemma in TRADE_WITH and self.mention(token) is None:
            # "imposed an embargo on all trade with Israel": the state traded with
            return next((o for o in pobjects(token, ("with",))), token)
        if lemma in VEHICLES:
            # "a helicopter carrying OSCE monitors", "a convoy of Malian soldiers"
            people = next(iter([*carried(token), *pobjects(token, ("of",))]), None)
            if people is not None and self.mention(people) is not None:
                return people
        if lemma in LAUNCHED:
            # "shot down 23 drones launched by Russia": whoever launched them
            launcher = next(
                (
                    o
                    for verb in token.children
                    if verb.dep_ == "acl" and verb.tag_ == "VBN"
                    for agent in verb.children
                    if agent.dep_ == "agent"
                    for o in agent.children
                    if o.dep_ == "pobj"
                ),
                None,
            )
            if launcher is not None and self.mention(launcher) is not None:
                return launcher
        return token

    def coordinated_owners(self, head: Token, mention: Mention) -> list[Mention]:
        """ "aid for Chad and Niger", "diplomats from Argentina, Chile and Peru": one more
        mention per country coordinated with the one a thing's "of"/"for"/"from" phrase gave
        it."""
        out: list[Mention] = []
        if head.i + 1 >= len(self.lower) or self.lower[head.i + 1] not in OWNER_WORD_IDS:
            return out  # the phrase follows its head: read no further without one
        country = country_part(mention.code)
        owners = list(pobjects(head, OWNER_WORDS))
        for owner in owners:  # also deeper: "40 million euros of aid for Chad and Niger"
            found = self.mention(owner)
            if len(owners) < 4:
                owners.extend(pobjects(owner, OWNER_WORDS))
            if found is None or len(found.code) != 3 or found.code != country:
                continue
            for other in conjuncts(owner):
                extra = self.mention(other)
                if extra is not None and len(extra.code) == 3:
                    out.append(replace(extra, code=extra.code + mention.code[3:]))
        return out

    def coordinated_modifiers(self, head: Token, mention: Mention) -> list[Mention]:
        """ "French and Egyptian warships": one more mention per conjoined country modifier."""
        out: list[Mention] = []
        country = country_part(mention.code)
        if country is None:
            return out
        sector = mention.code[3:]
        head_hit = self.hits.get(head.i)
        if mention.person and head.tag_ == "NNS" and head_hit is not None and head_hit.sector:
            # "met CIA Director William Burns and Qatari officials" parsed as one phrase headed
            # by "officials": the officials' sector, not the director's
            sector = head_hit.sector
        for child in head.children:
            if child.dep_ not in ("amod", "compound", "nmod"):
                continue
            for extra in conjuncts_any(child):
                hit = self.hits.get(extra.i)
                entry = hit.entry if hit else None
                if entry is None or entry.kind not in ("country", "demonym", "organisation"):
                    continue
                if entry.code == country:
                    continue
                # "Israeli and Hamas negotiators": a group's people are the group itself
                own = entry.code if entry.kind == "organisation" else entry.code + sector
                out.append(
                    Mention(
                        own,
                        extra.text,
                        extra.idx,
                        extra.idx + len(extra.text),
                        extra.i,
                        "composition:coordinated-modifier",
                        mention.person,
                        mention.sector_word,
                        mention.subject,
                    )
                )
        return out

    def mention(self, head: Token) -> Mention | None:
        if head.i not in self.cache:
            found = self.resolve(head)
            if (
                found is not None
                and found.code[3:] in PRIVATE_OCCUPATIONS
                and (found.person or head.tag_ == "NN")
                and (
                    (found.sector_word or "-").split()[-1] in PRIVATE_PEOPLE
                    or head.lemma_.lower() in PRIVATE_PEOPLE  # "a bank clerk"
                )
                and not found.how.startswith(("dictionary", "user-dictionary"))
            ):
                # "Grace Achieng, a shopkeeper": one private person is a civilian; BUS, EDU,
                # AGR and LAB are the sectors of companies, schools, farms and unions.
                found = replace(found, code=found.code[:3] + "CVL", how=found.how + "+private")
            if self.has_groups:
                found = self.with_group(head, found)
            if found is not None and found.code.startswith(("IGO", "NGO")):
                found = self.named_branch(head, found)
            if found is not None and len(found.code) == 3:
                found = self.counterpart(head, found)
            self.cache[head.i] = found
        return self.cache[head.i]

    def counterpart(self, head: Token, found: Mention) -> Mention:
        """ "met his Omani counterpart": one who holds in another country the office of the
        one whose counterpart they are takes that office's sector (OMNGOV after a minister)."""
        if head.lemma_.lower() != "counterpart":
            return found
        owner = next((c for c in head.children if c.dep_ == "poss"), None)
        if owner is None or owner.i == head.i:
            return found
        holder = self.mention(owner)
        if holder is None or len(holder.code) < 6 or not country_part(holder.code):
            return found
        code = found.code + holder.code[3:6]
        return replace(found, code=code, how=f"{found.how}+counterpart-of:{holder.text}")

    def named_branch(self, head: Token, found: Mention) -> Mention:
        """ "NATO's peacekeeping force in Kosovo, KFOR": a description of a body's branch takes
        the code of the branch its apposition names (IGOWSTKFR, not IGOWSTNAT)."""
        for child in head.children:
            if child.dep_ != "appos" or child.i < head.i:
                continue
            hit = self.hits.get(child.i)
            entry = hit.entry if hit is not None else None
            if (
                entry is not None
                and entry.kind == "organisation"
                and entry.code != found.code
                and entry.code[:6] == found.code[:6]
            ):
                return replace(found, code=entry.code, how=f"{found.how}+named:{entry.name}")
        return found

    def with_group(self, head: Token, found: Mention | None) -> Mention | None:
        """A mention of an ethnic or religious community gets the group's code after country
        and sector ("Iraqi Kurds" → IRQCVLKUR, "Hutu rebels" → ...REBHUT); a community named
        alone ("Kurds", "ethnic Albanians") is its country's civilians, its leaders or elders
        its elites (ELI). The country: one the phrase names, else where the sentence places
        them, else a home of the group the sentence or article names, else its main home. Named
        people, organisations and metonyms keep their codes."""
        ids, lower = self.resolver.group_ids, self.lower
        if not any(lower[i] in ids for i in range(head.left_edge.i, head.i + 1)):
            return found  # no community word in the phrase: the common case, read cheaply
        codebook = self.resolver.codebook
        group, word = None, None
        for token in (head, *group_modifiers(head)):
            candidate = codebook.groups.get(token.lower_)
            if candidate is None or in_full_name(token):
                continue
            if (
                candidate.kin
                and not (token.i and self.lower[token.i - 1] == ETHNIC_ID)
                and not (
                    (token is head or head.lemma_.lower() in COMMUNITY_HEADS)
                    and (
                        self.placed_abroad(head, candidate.kin) or self.named_home(token, candidate)
                    )
                )
            ):
                # "Albanian police" and "Albanian rebels in Macedonia" are Albania's; "ethnic
                # Albanians" and "the Albanians of the Presevo valley" are a community.
                continue
            if token.i > 1 and self.lower[token.i - 2] == PRO_ID:
                continue  # "pro-Tamil demonstrators" support the Tamils
            group, word = candidate, token
            break
        if group is None or word is None:
            return found
        if found is not None and (
            (found.person and head.tag_ in ("NN", "NNP"))  # one person: coded by role
            or not country_part(found.code)
            or len(found.code) > 6
            or not found.how.startswith(GROUP_COMPOSABLE)
        ):
            return found
        elder = head.lemma_.lower() in ELDERS
        if found is None and head is not word and not elder:
            return None  # "Kurdish-held towns", "the Druze flag": not people
        sector = "ELI" if elder else (found.code[3:] if found is not None else "") or "CVL"
        if (group.kin and sector in STATE_SECTORS) or (
            group.kind == "religious" and sector not in COMMUNITY_SECTORS
        ):
            # "Ethnic Armenian authorities" govern for Armenians; "a Shi'ite opposition party"
            # is coded by what it does.
            return found
        named = found is not None and found.how.startswith(GROUP_NAMED_COUNTRY)
        country = found.code[:3] if found is not None and named else None
        if country is None and group.kind == "religious":
            country = self.local_country(head)  # a faith has no home: only where they are
        elif country is None or country == group.kin:
            country = self.group_country(head, group)
        if country is None:
            return found
        code = country + sector + group.code
        how = f"group:{word.text}" + (f"+{found.how}" if found is not None else "")
        if found is not None:
            return replace(found, code=code, how=how)
        core, _ = phrase_tokens(head)
        start, end = self.span_of(head, core)
        return Mention(
            code,
            self.words(start, end),
            self.idx[start],
            self.idx[end - 1] + self.length[end - 1],
            head.i,
            how,
            False,
            None,
            head.dep_ in SUBJECT_DEPS,
        )

    def named_home(self, token: Token, group: Group) -> bool:
        """A kin form after the demonym of another of the group's homes: "Bosnian Serbs",
        "Kosovo Albanians" are the community, not Serbia's or Albania's."""
        for modifier in token.lefts:
            hit = self.hits.get(modifier.i)
            entry = hit.entry if hit is not None else None
            if (
                entry is not None
                and entry.kind in ("demonym", "country")
                and entry.code[:3] in group.homes
                and entry.code[:3] != group.kin
            ):
                return True
        return False

    def placed_abroad(self, head: Token, kin: str) -> str | None:
        """The country other than ``kin`` a head's own place phrase names ("the Albanians of
        the Presevo valley", "Turks in Germany"), else None."""
        for prep in head.children:
            if prep.dep_ != "prep" or prep.lower_ not in WHERE_PREPS:
                continue
            for obj in prep.children:
                hit = self.hits.get(obj.i) if obj.dep_ == "pobj" else None
                entry = hit.entry if hit is not None else None
                if entry is not None and entry.kind in PLACE_KINDS and entry.code[:3] != kin:
                    return entry.code[:3]
        return None

    def group_country(self, head: Token, group: Group) -> str | None:
        """Whose a community named without its country is: the place its sentence puts it in,
        else a home of the group (any country for a religion or kin group) that the sentence
        names first, else that the article is most about, else the group's one home."""
        local = (self.placed_abroad(head, group.kin) if group.kin else None) or (
            self.local_country(head)
        )
        if local and local != group.kin:
            return local
        at = self.sentence_index(head.i)
        named: list[str] = []
        if at >= 0:
            for i in range(self.sentences[at], self.sentence_ends[at]):
                hit = self.hits.get(i)
                entry = hit.entry if hit is not None and hit.start == i else None
                if entry is not None and entry.kind in ("country", "demonym", "metonym"):
                    named.append(entry.code[:3])
        context = self.context_country()
        for country in (*named, *([context] if context else [])):
            if country != group.kin and (not group.homes or group.kin or country in group.homes):
                return country
        return group.homes[0] if group.homes else None

    # -- resolution --------------------------------------------------------------------------

    @staticmethod
    def is_pronoun(token: Token) -> bool:
        low = token.lower_
        return token.pos_ == "PRON" and (low in PERSON_PRONOUNS or low in OTHER_PRONOUNS)

    def resolve(self, head: Token) -> Mention | None:
        if self.is_pronoun(head):
            return self.resolve_pronoun(head)
        half = self.korean_half(head)
        if half is not None:  # "The South condemned the launches" after North Korea fired
            end = head.idx + len(head.text)
            subject = head.dep_ in SUBJECT_DEPS
            return Mention(
                half, head.text, head.idx, end, head.i, "two-koreas", False, None, subject
            )
        if self.eu_seat(head):  # "called on Brussels to negotiate" after the Commission acted
            end = head.idx + len(head.text)
            subject = head.dep_ in SUBJECT_DEPS
            how = "eu-seat"
            return Mention(EU_CODE, head.text, head.idx, end, head.i, how, False, None, subject)
        if head.lower_ in CROWD_NUMBERS and (
            head.dep_ in ("quantmod", "nummod") or any(c.lower_ == "of" for c in head.rights)
        ):
            return None  # "dozens of his aides", "hundreds of thousands of Israelis": whom
            # the number counts, read for themselves
        if information_given(head):
            return None  # "agreed to share intelligence": what is shared, not the agency
        if munition_fired(head):
            return None  # "fired artillery shells near the border": what was fired, no force
        located = head.pos_ != "NOUN" or head.lemma_.lower() not in NOT_ACTORS
        group_word = self.hits.get(head.i)
        if (
            group_word is not None
            and group_word.sector in ARMED_GROUP_SECTORS
            and head.dep_ not in SUBJECT_DEPS
            and head.head.lower_ != "by"
            and not struck_at(head)
            and self.in_capital(head)
        ):
            located = False  # "held talks with rebels in Havana": the venue, not the rebels'
            # capital (as a doer, "rebels in Idlib shelled", "by rebels in Sudan", or struck,
            # the place is theirs, as a country or region always is: "urged rebels in Myanmar")
        core, owner = phrase_tokens(head, head.lower_ in self.resolver.codebook.titles, located)
        if head.pos_ == "NOUN" and head.lemma_.lower() in STRIKING:
            # "the bombing of a market in Kabul": what was struck, not whose ("an attack from
            # Iran" is still Iran's)
            struck = {t.i for c in head.children if c.lower_ == "of" for t in c.subtree}
            owner = [t for t in owner if t.i not in struck]
        core_hits = [
            h for h in self.hits_in(core) if h.start <= head.i < h.end or not self.linked_body(h)
        ]
        owner_hits = self.hits_in(owner)
        head_hit = self.hits.get(head.i)
        # "the deputy commander", "the deputy head of the delegation": a rank before another
        # title, not a lawmaker ("French deputy Marine Le Pen" and "the deputy speaker" are)
        ranked = head.pos_ == "NOUN" and (
            (head_hit is not None and head_hit.sector is not None)
            or head.lemma_.lower() in LEADER_NOUNS
        )
        in_core = [
            h
            for h in core_hits
            if h.sector and not (ranked and h.phrase in RANK_WORDS and h.end <= head.i)
        ]
        titles_here = sorted(in_core, key=lambda h: h.start) if len(in_core) > 1 else in_core
        title = head_hit if head_hit and head_hit.sector else None
        if title is None and in_core:
            # A name's title is the one nearest it ("Army spokesman General Sylvain Ekenge");
            # a thing's owner is the last one the phrase's modifiers name.
            title = titles_here[-1] if self.pos[head.i] == PROPN_ID else in_core[-1]
            if title.phrase in HONORIFICS and len(titles_here) > 1:
                title = titles_here[-2]  # "spokesman Sheikh Ali Rage" is a spokesman
            roles = [h for h in titles_here if h.phrase.split()[-1] not in RANKS]
            if title.phrase.split()[-1] in RANKS and roles and roles[-1].phrase in SPEAKING_FOR:
                title = roles[-1]  # "junta spokesman Colonel Major X" speaks for the junta
        if (
            title is not None
            and title is head_hit
            and title.sector == "MIL"
            and title.phrase.split()[-1] in PLANES
        ):
            # "a Mexican police surveillance plane", "a border patrol surveillance plane": the
            # force named before the plane flies it, not the army
            flown = [h for h in titles_here if h.end <= title.start and h.sector == "COP"]
            if flown:
                title = flown[-1]
        if title is not head_hit and head.lemma_.lower() in LEGISLATION and not bill_owner(title):
            title = None  # "a 'foreign agents' bill": what a law is about, not who owns it
        head_sector = title.sector if title else None
        sector_word = title.phrase if title else None
        body_word: str | None = None  # the body a spokesman or leader speaks for
        if title is not None and title.phrase in SPEAKING_FOR:
            bodies = [h for h in titles_here if h.start < title.start and h.sector != "CVL"]
            after = [h for h in owner_hits if h.sector and h.sector != "CVL"]
            if bodies:  # "a police spokesman" speaks for the police: COP, not GOV
                head_sector, body_word = bodies[-1].sector, bodies[-1].phrase
            elif after:  # "the leader of the new junta": MIL; "a spokesman for the police"
                head_sector, body_word = after[0].sector, after[0].phrase
        elif (
            title is not None
            and title.phrase in ORGANISATION_HEADS
            and any(h.sector == OPPOSITION for h in (*titles_here, *owner_hits) if h is not title)
        ):
            head_sector = OPPOSITION  # "the opposition party's secretary-general": the
            # party's, as its leader is
        if title is None and head.lemma_.lower() in LEADER_NOUNS:
            # "head of Kyrgyzstan's State Committee for National Security": the body's sector
            led = [h for h in owner_hits if h.sector and h.sector != "CVL"]
            if led:
                head_sector, sector_word = led[0].sector, led[0].phrase
        if head_sector == "MIL" and any(
            t.lower_ in ("pro", "anti") and t.i + 1 < head.i and self.doc[t.i + 1].text == "-"
            for t in core
        ):
            head_sector = "UAF"  # "pro-Russian forces", "anti-government forces": not an army
        if sector_word in STANCE_WORDS and any(
            (c.dep_ == "prep" and c.lower_ in STANCE_PREPS) or c.tag_ == "PRP$"
            for c in head.children
        ):
            # "criticised Japan's positions on Taiwan": views, not troops; "its positions" stand
            # for the state the pronoun names, as any possession does
            head_sector = None
        elif sector_word in STANCE_WORDS:
            held = [h for h in in_core if h.phrase not in STANCE_WORDS]
            if held:  # "rebel positions", "army positions": the side the modifier names
                title = held[-1]
                head_sector, sector_word = title.sector, title.phrase
                if head_sector == "GOV":
                    head_sector = "MIL"  # "government positions", "regime positions": troops
            elif not any(
                h.entry is not None and h.entry.kind in STATE_KINDS
                for h in (*core_hits, *owner_hits)
            ):
                # "positions held by Hezbollah", "enemy positions": whose they are is said
                # otherwise, if at all; only a state's positions are its army ("Russian
                # positions", "positions of the Armenian army")
                head_sector = sector_word = None
        if head_sector in STATE_SECTORS and any(t.lower_ in FORMER for t in core if t.i != head.i):
            head_sector = "ELI"
        start, end = self.span_of(head, core)
        text = self.words(start, end)
        subject = head.dep_ in SUBJECT_DEPS
        titles = self.resolver.codebook.titles
        # "Mali's army": a possessor the tagger takes for a person names no one in the head
        possessors = {t.i for c in head.children if c.dep_ == "poss" for t in c.subtree}
        named = head.tag_ != "NNPS" and (  # "Bosnian Serbs" are no one person, whatever NER says
            any(self.ent[t.i] == PERSON_ID for t in core if t.i not in possessors)
            or (
                sector_word is not None
                and head.tag_ in ("NN", "NNP")
                and sector_word.split()[-1] in titles
            )
            or (  # "Army spokesman General Sylvain Ekenge", a name NER missed
                len(in_core) > 1
                and head.tag_ == "NNP"
                and any(h.phrase.split()[-1] in titles for h in in_core)
            )
        )

        def make(code: str, how: str, person: bool) -> Mention:
            return Mention(
                code,
                text,
                self.idx[start],
                self.idx[end - 1] + self.length[end - 1],
                head.i,
                how,
                person,
                sector_word,
                subject,
            )

        for possessor in head.children if head.pos_ == "NOUN" else ():
            body = self.named_organisation(possessor) if possessor.dep_ == "poss" else None
            if body is not None:  # "the group's Middle East coordinator" speaks for it
                return make(body.code, f"member-of:{body.text}", head.tag_ == "NN")
            if (
                possessor.dep_ == "poss"
                and possessor.pos_ == "PROPN"
                and (head.lemma_.lower() in SPEAKING_FOR or head.lower_ in ENTOURAGES)
                and not self.is_pronoun(possessor)
            ):
                boss = self.mention(possessor)
                if boss is not None and boss.person:  # "Navalny's spokeswoman" speaks for him;
                    # "Traore's group" acts for him
                    return make(boss.code, f"speaking-for:{boss.text}", head.tag_ == "NN")
        if title is not None and title.phrase in SPEAKING_FOR and head_sector == title.sector:
            body = self.owner_organisation(head)
            if body is not None:  # "a spokesman for the force" after AMISOM
                return make(body.code, f"speaking-for:{body.text}", True)
        for group in (core_hits, owner_hits):
            if group is owner_hits and head.pos_ == "PROPN":
                same = self.apposition(head)
                if same is not None:  # "Rosa Mamani, a farmer"; "spokesman Abbas Mousavi"
                    one = same.person or self.ent[head.i] == PERSON_ID or aged(head)
                    code = same.code
                    if one and len(code) == 3 and country_part(code):
                        code += "CVL"  # "X, a shop owner in Sarajevo": a person, not the state
                    named_as = make(code, f"apposition:{same.text}", one)
                    return replace(named_as, sector_word=same.sector_word)
                origin = self.described_origin(head)
                if origin is not None:  # "Ahmad Hussein, a Kurdish man from Dohuk"
                    return make(origin + "CVL", f"apposition-origin:{origin}", True)
            entries = [h.entry for h in group if h.entry is not None and not self.surname(h)]
            by_kind = {e.kind: e for e in reversed(entries)}
            head_entry = head_hit.entry if head_hit else None
            if head_entry is not None and head_entry.kind in ("country", "metonym"):
                by_kind.pop("organisation", None)  # "NATO member Norway" is Norway
            if self.party_of_another_state(by_kind):
                by_kind.pop("organisation")  # "Libya's National Unity Government" is not
                # Myanmar's NUG
            national = national_namesake(group, head.doc)
            if national is not None:  # "Russia's Security Council", "the Armenian Security
                # Council": the state's own council, not the UN's
                return make(national, "composition:country+national-body", named)
            delegate = state_delegate([*owner_hits, *core_hits], head.doc)
            if delegate is not None:  # "Israel's U.N. ambassador", "the U.S. NATO envoy": a
                # state's envoy to the organisation, not the organisation's own
                return make(delegate, "composition:state-delegate", named)
            foreign_office = office_of_another_state(by_kind)
            if foreign_office is not None:  # "the Philippine Justice Department": not the U.S.'s
                return make(foreign_office, "composition:country+office", named)
            if "dictionary" in by_kind:
                entry = by_kind["dictionary"]
                code = entry.code_at(self.date)
                if len(code) == 3 and head_sector and not entry.is_person:
                    return make(code + head_sector, "user-dictionary+sector", named)
                return make(code, "user-dictionary", entry.is_person or named)
            person = by_kind.get("person")
            acting_for = by_kind.get("organisation")
            if person is not None and acting_for is None and group is core_hits:
                acting_for = self.titled_organisation(head)
            if person is not None and acting_for is None and group is core_hits:
                office = self.office_held(head)
                if office is not None:  # "The African Union's chairman, Guinean President X"
                    return make(office.code, f"acting-for:{office.text}", True)
            if (
                person is not None
                and acting_for is not None
                and group is core_hits
                and country_part(person.code_at(self.date))
            ):
                # "African Union envoy Olusegun Obasanjo": people acting for an organisation
                # are coded to it (CODING.md, Actors).
                code = acting_for.code_at(self.date)
                return make(code, "composition:person-for-organisation", True)
            if "person" in by_kind:
                code = by_kind["person"].code_at(self.date, head_sector)
                bearer = self.namesake(head) if len(core) == 1 else None
                if bearer is not None and bearer.code[:3] != code[:3] and " " in bearer.text:
                    # "Albanese" after "Francesca Albanese", the U.N. rapporteur: she, not the
                    # listed namesake (Australia's prime minister); one of the same state
                    # keeps its own dates ("Ghani" after "President Ashraf Ghani")
                    return make(bearer.code, f"coreference:{bearer.text}", True)
                if code.endswith("ELI") and any(
                    c.dep_ == "appos" and c.pos_ == "NOUN" and c.lower_ in PRIVATE_PEOPLE
                    for c in head.children
                ):
                    # "Sibusiso Dlamini, a mechanic in Manzini": a namesake of the former
                    # prime minister, as his description says
                    return make(code[:3] + "CVL", "dictionary:person+private-namesake", True)
                if (
                    head_sector in MINISTRY_SECTORS
                    and code.endswith("GOV")
                    and sector_word is not None
                    and sector_word.split()[-1] in ("minister", "secretary")
                ):
                    # "Interior Minister Fathi Bashagha": the ministry's sector, as for an
                    # unnamed interior (COP) or defence (MIL) minister
                    return make(code[:3] + head_sector, "dictionary:person+title", True)
                if (
                    code.endswith("ELI")
                    and sector_word is not None
                    and sector_word.split()[-1] in ENVOYS
                    and not any(t.lower_ in FORMER for t in core)  # "former French envoy"
                    # "French envoy", not "Quartet envoy Tony Blair" (an organisation's)
                    and any(h.entry is not None and h.entry.kind in STATE_KINDS for h in core_hits)
                ):
                    # "French envoy Jean-Yves Le Drian" in 2024: a former minister sent again
                    # on his state's errand acts for its government
                    return make(code[:3] + "GOV", "dictionary:person+title", True)
                if (len(code) == 3 or code.endswith("ELI")) and head_sector in OUT_OF_OFFICE:
                    # A former official's present role outside the state: "Opposition leader
                    # Mohamed ElBaradei" in 2011 (IAEA chief until 2009).
                    return make(code[:3] + head_sector, "dictionary:person+title", True)
                if (
                    head_sector is not None
                    and (head_sector, code[3:]) in TITLE_OVER_TABLE
                    and title is not None
                    and title.end <= head.i
                    and all(head.doc[k].is_title for k in range(title.end, head.i + 1))
                    and title.phrase.split()[-1] not in ENVOYS  # "Quartet envoy Tony Blair"
                    and not any(
                        h.entry is not None and h.entry.kind not in STATE_KINDS | {"person"}
                        for h in core_hits
                    )
                ):
                    # The title just before the name says what the person is that day where
                    # the table has them in opposition: "Prime Minister Keir Starmer" in May
                    # 2024 (listed as opposition leader until July)
                    return make(code[:3] + head_sector, "dictionary:person+title", True)
                if len(code) == 3 and head_sector:
                    # Before any listed office the title says what the person is: "Opposition
                    # leader Raila Odinga" in January 2008 (prime minister from April).
                    return make(code + head_sector, "dictionary:person+title", True)
                if (len(code) == 3 or code[3:] in ("ELI", "OPP", "GOV")) and (
                    head.pos_ == "PROPN" or head.is_title  # "Starmer" tagged a noun
                ):
                    earlier = self.surname_antecedent(head)
                    if earlier is not None and same_titled(earlier.code, code):
                        # "Odinga said" after the titled full mention; a former official's
                        # present role too ("Odinga demanded …" after "opposition leader
                        # Raila Odinga" in 2024 is KENOPP, not KENELI)
                        return make(earlier.code, f"coreference:{earlier.text}", True)
                return make(code, PERSON_HOW, True)
            if "organisation" in by_kind:
                # "FARC negotiator Ivan Marquez" is a person (a "he"), "Hamas fighters" are not.
                someone = (
                    head.pos_ == "PROPN" and self.ent[head.i] == PERSON_ID and head_hit is None
                ) or (  # "the U.N. envoy"
                    head_hit is not None
                    and head_hit.sector is not None
                    and head.tag_ == "NN"
                    and head_hit.phrase.split()[-1] in titles
                )
                code = by_kind["organisation"].code_at(self.date)  # a party: in government?
                if head_sector == "LEG" and code[3:] in ("GOV", "OPP") and country_part(code):
                    # "Senator X of the National Action Party", "a lawmaker for the ARENA
                    # party": a party's legislator acts as one (only "opposition lawmakers"
                    # are named for the party role)
                    return make(code[:3] + "LEG", "dictionary:organisation+title", someone)
                return make(code, ORGANISATION_HOW, someone)
            opposed = by_kind.get("metonym") or by_kind.get("country") or by_kind.get("demonym")
            if opposed is not None and any(t.lemma_.lower() in OPPONENTS for t in core):
                # "Kremlin critic Alexei Navalny" opposes the Kremlin: RUSOPP, not RUSGOV
                return make(opposed.code[:3] + "OPP", "composition:opponent-of", named)
            if (
                "metonym" in by_kind
                and head.lemma_.lower() in NAMED_FOR_PLACES
                and not any(c.dep_ == "poss" for c in head.children)
            ):
                return None  # "the Paris climate agreement", "the Minsk accords": a name (not
                # "Washington's proposed deal", whose owner is a party)
            placed = by_kind.get("metonym") or by_kind.get("country")
            post_of = self.embassy_owner(head, placed.code[:3]) if placed is not None else None
            if post_of is not None:
                # "stormed its embassy in Quito": Mexico's, not Ecuador's
                return make(post_of + "GOV", "composition:embassy-abroad", named)
            if "metonym" in by_kind:
                code = by_kind["metonym"].code
                if len(code) == 3 and head_sector:
                    return make(code + head_sector, "composition:metonym+sector", named)
                # the namesake speaks ("Lima added"); a capital that acts is its state
                # ("Lima recalled its ambassador", "Washington has urged Israel")
                speaks = self.ent[head.i] == PERSON_ID or (
                    head.dep_ == "nsubj" and head.head.lemma_.lower() in REPORTING_VERBS
                )
                namesake = self.namesake(head) if len(core) == 1 and speaks else None
                if namesake is not None:  # "Lima added" after "Justice Minister Ivan Lima"
                    return make(namesake.code, f"coreference:{namesake.text}", True)
                return make(code, METONYM_HOW, False)
            country = by_kind.get("country") or by_kind.get("demonym")
            dealing = (
                dealing_state(head, core_hits, owner_hits, head_sector)
                if group is core_hits
                else None
            )
            if dealing is not None:
                # "China's Taiwan Affairs Office", "the U.S. Ukraine envoy": the state named
                # last is what the office deals with; the office is the first-named state's
                return make(dealing + str(head_sector), "composition:office-for-a-state", named)
            if country is not None:
                country = self.other_reading(country, group)
                people = (
                    country.kind == "demonym"
                    and head_entry is not None  # "two Turkish border raids", "3,000 Danish Web
                    and head_entry.kind == "demonym"  # sites" are no people
                    and counted_people(head, self.hits)
                )
                if not head_sector and people:
                    # "168 Liberians", "thousands of Nigerians": people, not the state.
                    return make(country.code + "CVL", "composition:counted-nationals", False)
                shared = self.shared_head(head) if country.kind == "demonym" else None
                if not head_sector and shared is not None:
                    sector_word = shared[1]
                    return make(country.code + shared[0], "composition:shared-head", False)
                # "the Palestinian militant group" after Hamas, "the Somali Islamist group"
                # after al-Shabaab; not one named beside it ("… group Islamic Jihad")
                armed = self.named_armed_group(head, country.code)
                if any(c.dep_ == "appos" for c in head.children):
                    armed = None
                if armed is not None and head_sector in ARMED_GROUP_SECTORS and definite(head):
                    return make(armed.code, f"coreference:{armed.text}", False)
                if head_sector:
                    return make(country.code + head_sector, "composition:country+sector", named)
                if armed is not None:
                    return make(armed.code, f"coreference:{armed.text}", False)
                # a state's own name is no one person, whatever the tagger reads ("Mali")
                one = named and country.kind != "country"
                return make(country.code, f"dictionary:{country.kind}", one)
        own_word = all(h.entry is None and h.start == head.i for h in core_hits) and not (
            core_hits and any(c.dep_ in NAMING_DEPS for c in head.children)
        )  # "the watchdog", not "the election watchdog" nor "the country's watchdog"
        if own_word and not owner_hits:  # also "the watchdog", a sector word of its own
            sibling = self.sibling_body(head)
            if sibling is not None:  # "the Commission" after the European Parliament
                return make(*sibling, False)
            body = self.named_organisation(head)
            if body is not None:
                return make(body.code, f"coreference:{body.text}", False)
        tagged_name = head.pos_ == "NOUN" and head.ent_type_ == "PERSON" and head.is_title
        if (head.pos_ == "PROPN" or tagged_name) and (
            head.ent_type_ in ("PERSON", "") or named or not (core_hits or owner_hits)
        ):
            # also a family name the tagger took for a place ("a visibly tired Tikhanouskaya")
            # or for a common noun ('"…," Morales said')
            earlier = self.surname_antecedent(head)
            if earlier is not None:
                return make(earlier.code, f"coreference:{earlier.text}", True)
        body = self.short_name_antecedent(head, core)
        if body is not None:  # "the Guards" after "Iran's Revolutionary Guards"
            return make(body.code, f"coreference:{body.text}", False)
        known = self.known_surname(core, head_sector)
        if known is not None:
            return make(*known, True)
        owners = [t for t in core if t.dep_ == "poss" and self.is_pronoun(t)]
        if owners:
            antecedent = self.resolve_pronoun(owners[0])
            if antecedent is not None and head.lemma_.lower() in KIN_NOUNS:
                state = country_part(antecedent.code)
                if state:  # "her husband" is a private person of her country, not a journalist
                    one = head.tag_ == "NN" and head.lower_ not in KIN_GROUPS  # not "his family"
                    return make(state + "CVL", f"kin:{antecedent.text}", one)
            if antecedent is not None and own_homeland_phrase(head):
                state = country_part(antecedent.code)
                if state:  # "his country" said by India's foreign minister: India itself
                    return make(state, f"{HOMELAND_HOW}{antecedent.text}", False)
            if antecedent is None or not head_sector:
                return antecedent
            if head.lemma_.lower() in OTHERS_TO_THE_OWNER:
                return None  # "signed a deal with its official creditors": not Zambia's
            if head.lemma_.lower() in AGREEMENT_NOUNS and head.dep_ not in SUBJECT_DEPS:
                return None  # "revoked its military agreement with the United States"
            if antecedent.code[3:6] in LED_BODIES and (
                head.lower_ in SPEAKING_FOR or head.lemma_.lower() in OFFICES
            ):
                # "its leader" after "the opposition party CHP": the party's, not TURGOV
                one = head.tag_ == "NN"
                return make(antecedent.code, f"speaking-for:{antecedent.text}", one)
            state = country_part(antecedent.code)
            if state:  # "its forces" after "Moscow" → RUSMIL; "their forces" after "Bosnian
                # Serbs" → BIHMILSRP (the community's)
                community = antecedent.code[6:9]
                if community not in self.resolver.group_codes:
                    community = ""
                code = state + head_sector + community
                return make(code, f"composition:{antecedent.how}+sector", named)
            if antecedent.code.startswith(ORGANISATION_PREFIXES) and (
                head.lemma_.lower() not in STATE_BODIES or antecedent.code.startswith("IMG")
            ):
                # "its troops" after NATO, "its peacekeeping forces" after the UN: people
                # acting for an organisation are coded to it (CODING.md); "its refugee
                # ministry" after the Taliban-run government is the ruling group's, as "the
                # Taliban's foreign ministry" is
                return make(antecedent.code, f"for-organisation:{antecedent.text}", named)
        if head_sector and sector_word:
            proper_name = head.pos_ == "PROPN" and (
                named or any(self.ent[t.i] == PERSON_ID for t in core)
            )
            # One person: a name, or a singular title that is the head ("a resident").
            one_person = proper_name or (
                head_hit is not None
                and head_hit.sector is not None
                and head.tag_ == "NN"
                and head_hit.phrase.split()[-1] in titles
            )
            described = head_hit is None and head.pos_ == "NOUN" and not subject
            # "condemned the army's actions": a sector word that owns the head is its doer,
            # not a description of it ("military action" is)
            owned = title is not None and title.start in possessors
            if described and not owned and head.lemma_.lower() in DESCRIBED_HEADS:
                return None
            if (proper_name or one_person) and body_word is not None:
                body = self.body_named_before(body_word, head.i)
                if body is not None:  # "junta spokesman Colonel X" after Niger's junta; "a
                    # ministry spokesman" after "Poland's defence ministry"
                    return make(body.code, f"speaking-for:{body.text}", True)
            if proper_name:
                # A new named person with a title and no country: "Treasury Secretary Steven
                # Mnuchin" after "Washington imposed sanctions" speaks for that subject.
                speaking_for = self.named_subject(head.sent.start, head_sector, sector_word)
                fronted = self.fronted_state(head)
                if (
                    fronted is not None
                    and head_sector in STATE_SECTORS
                    and (speaking_for is None or not country_part(speaking_for[0]))
                ):
                    # "In Tehran, Foreign Ministry spokeswoman Marzieh Afkham said", after the
                    # Houthis spoke: the capital the sentence opens in is whose official she
                    # is, not the armed group's (a state named before keeps its officials)
                    return make(fronted + head_sector, f"fronted-place:{fronted}", True)
                if speaking_for is not None:
                    return make(*speaking_for, True)
            if (
                sector_word in OFFICERS
                and head.dep_ == "dobj"
                and not any(c.dep_ == "prep" and c.lower_ == "of" for c in head.children)
                and self.police_scene(head)
            ):
                # "ambushed a police patrol and kidnapped three officers": the police's
                head_sector = POLICE
            return self.resolve_sector(make, head, head_sector, sector_word, one_person)
        return None

    def police_scene(self, head: Token) -> bool:
        """Whether the head's own sentence speaks of the police as a party, not only as its
        source ("…, police said", "a police source said"; then the sentence before may), and
        names no army's post or men ("stormed an army base and kidnapped three officers")."""
        at = self.sentence_index(head.i)
        if at < 0 or head.i >= self.sentence_ends[at]:
            return False  # a word of a sentence not read (only in hand-made calls)
        if any(t.lower_ in MILITARY_SCENE for t in self.sentence_words(at)):
            return False
        police = [t for t in self.sentence_words(at) if t.lower_ in POLICE_WORDS]
        if police and all(map(reporting_source, police)) and at > 0:
            # "They … killed two officers, police said" after gangs attacked a police
            # station: the sentence before sets the scene
            police = [t for t in self.sentence_words(at - 1) if t.lower_ in POLICE_WORDS]
        return any(not reporting_source(t) for t in police)

    def sentence_words(self, at: int) -> Span:
        """The words of the article's sentence number ``at``."""
        return self.doc[self.sentences[at] : self.sentence_ends[at]]

    def fronted_state(self, head: Token) -> str | None:
        """The state of a capital or country an "In …," phrase opens the subject's sentence
        with: "In Tehran, Foreign Ministry spokeswoman Marzieh Afkham called …" → IRN."""
        if head.dep_ not in SUBJECT_DEPS:
            return None
        start = self.sentence_start(head)
        for prep in head.head.children:
            if prep.dep_ != "prep" or prep.lower_ != "in" or prep.i != start:
                continue
            for place in prep.children:
                hit = self.hits.get(place.i)
                entry = hit.entry if hit else None
                if entry and entry.kind in ("country", "metonym") and len(entry.code) == 3:
                    return entry.code
        return None

    def shared_head(self, head: Token) -> tuple[str, str] | None:
        """The sector word a bare demonym shares with its conjunct: "South Sudanese and
        Eritrean refugees", which the parser reads as "South Sudanese" and "Eritrean
        refugees": its sector and the word."""
        if head.tag_ not in ("NNP", "JJ"):
            return None  # "Iraqis and Syrian refugees" are two kinds of people
        for conj in head.children:
            hit = self.hits.get(conj.i) if conj.dep_ == "conj" else None
            if hit is None or not hit.sector:
                continue
            for modifier in conj.children:
                entry = self.hits[modifier.i].entry if modifier.i in self.hits else None
                if modifier.dep_ == "amod" and entry and entry.kind in ("country", "demonym"):
                    return hit.sector, hit.phrase
        return None

    def other_reading(self, entry: Entry, group: list[Hit]) -> Entry:
        """A bare "Congo" is the DR Congo (COD) in news from 17 May 1997, when Zaire took the
        name, unless the article names the Republic of the Congo otherwise (Brazzaville,
        "Congo Republic"); before, or with no date to tell the era by, the Republic of the
        Congo (COG) unless the article names the DR Congo otherwise (Kinshasa, Goma,
        "Congolese", "DRC", an armed group of the DR Congo such as M23), as news written
        about it does."""
        other = OTHER_READINGS.get(entry.code)
        if other is None or not any(h.phrase == other[0] for h in group):
            return entry
        bare, code, name, since = other
        if self.named_codes is None:
            codes = [
                h.entry.code for h in self.hits.values() if h.entry is not None and h.phrase != bare
            ]
            # an armed group's code names its country too: M23 (IMGCODMTT) is Congolese
            self.named_codes = {c[3:6] if c.startswith("IMG") else c[:3] for c in codes}
        named = self.named_codes
        if self.date is not None and self.date >= since:
            other_read = entry.code not in named or code in named
        else:
            other_read = code in named
        return self.resolver.codebook.names.get(name, entry) if other_read else entry

    def titled_organisation(self, head: Token) -> Entry | None:
        """ "Olusegun Obasanjo, the AU envoy who mediated …": the organisation of a title in
        apposition to a name."""
        for child in head.children:
            if child.dep_ != "appos":
                continue
            hits = self.hits_in(t for t in child.subtree if t.dep_ not in ("relcl", "acl"))
            titled = any(
                h.sector and h.phrase.split()[-1] in self.resolver.codebook.titles for h in hits
            )
            organisations = [h.entry for h in hits if h.entry and h.entry.kind == "organisation"]
            if titled and organisations:
                if national_namesake(hits, head.doc) is not None:
                    return None  # "deputy chairman of Russia's Security Council": the state's
                return organisations[0]
        return None

    def in_capital(self, head: Token) -> bool:
        """Whether the phrase's own "in" names a capital ("rebels in Havana", "militants in
        Doha"), where a group is met, rather than a country or region it is of."""
        for prep in head.children:
            if prep.dep_ == "prep" and prep.lower_ == "in":
                for place in prep.children:
                    hit = self.hits.get(place.i) if place.dep_ == "pobj" else None
                    if hit is not None and hit.entry is not None:
                        return hit.entry.kind == "metonym"
        return False

    def surname(self, hit: Hit) -> bool:
        """A capital's name that ends a person's name after a given name ("Justice Minister Ivan
        Lima", "Carlos Lima"): the person's surname, not the state's metonym."""
        entry, before, last = hit.entry, hit.start - 1, hit.end - 1
        return (
            entry is not None
            and entry.kind == "metonym"
            and hit.start == last
            and before >= 0
            and self.ent[last] == PERSON_ID
            and self.ent[before] == PERSON_ID
            and self.pos[before] == PROPN_ID
        )

    def namesake(self, head: Token) -> Mention | None:
        """The person named before whose surname is this capital's name (``surname``)."""
        return next(
            (
                m
                for m in reversed(self.seen)
                if m.person and m.start < head.idx and m.text.split()[-1] == head.text
            ),
            None,
        )

    def office_held(self, head: Token) -> Mention | None:
        """The organisation whose chair, head or envoy a name is in apposition to ("The
        African Union's chairman, Guinean President Alpha Condé, …"): its people act for it."""
        office = head.head
        if head.dep_ != "appos" or office.pos_ != "NOUN" or office.i == head.i:
            return None
        if office.lemma_.lower() not in OFFICES:
            return None
        found = self.mention(office)
        if found is not None and found.code.startswith(("IGO", "NGO")):
            return found
        return None

    def apposition(self, head: Token) -> Mention | None:
        """The mention a name stands in apposition to, either way round: the description of
        "Rosa Mamani, a farmer", or the title of "spokesman Abbas Mousavi"."""
        if head.dep_ == "appos" and head.head.pos_ == "NOUN":
            return self.mention(head.head)
        for child in head.children:
            if child.dep_ == "appos" and child.pos_ == "NOUN":
                return self.mention(child)
        return None

    def described_origin(self, name: Token) -> str | None:
        """The country of the place a name's description says the person is from or lives in
        ("X, a man from Dohuk", "X, a resident of Kramatorsk"), when it is one city's or a
        country's."""
        for noun in name.children:
            if noun.dep_ != "appos" or noun.tag_ != "NN":
                continue
            for prep in noun.children:
                if prep.dep_ != "prep" or prep.lower_ not in ("from", "of", "in"):
                    continue
                for obj in prep.children:
                    if obj.dep_ != "pobj" or obj.pos_ != "PROPN":
                        continue
                    hit = self.hits.get(obj.i)
                    if hit is not None and hit.entry is not None:
                        if hit.entry.kind in PLACE_KINDS:
                            return hit.entry.code[:3]
                        continue
                    if self.place_country is not None:
                        return self.place_country(self.words(name_start(obj), obj.i + 1))
        return None

    def body_named_before(self, word: str, before: int) -> Mention | None:
        """The latest mention before token ``before`` of the body a sector word names ("the
        junta" → NERMIL; "ministry" after "Poland's defence ministry"), when it has a country."""
        for earlier in reversed(self.seen):
            said = earlier.sector_word
            if (
                earlier.head < before
                and not former(earlier)  # "the president's office" is not a former one's
                and said is not None
                and (said == word or (" " not in word and said.endswith(f" {word}")))
                and country_part(earlier.code)
            ):
                return earlier
        return None

    def named_subject(self, before: int, sector: str, title: str) -> tuple[str, str] | None:
        """The code (and how) of a titled newcomer acting for the latest subject before token
        ``before`` (the newcomer's sentence) that was named rather than guessed: its country +
        the title's sector, or its organisation (an armed group's only for a ``title`` such as
        spokesman or commander, or a sector outside the state)."""
        for earlier in reversed(self.seen):
            if earlier.head >= before or not earlier.subject:
                continue
            if self.doc[earlier.head].head.dep_ in ("relcl", "acl"):
                continue  # "… companies that it accused of smuggling": not the topic
            if earlier.how.startswith(("context-country", "sector-only")):
                continue
            country = country_part(earlier.code)
            if country and (sector in STATE_SECTORS or title in SPEAKING_FOR):
                # a state's officials act for it; "Muslim cleric X" after "Washington ordered
                # …" is no American cleric
                return country + sector, f"subject-context:{earlier.text}"
            if country:
                return None
            if (earlier.code.startswith(("IGO", "NGO")) and not state_only(sector, title)) or (
                earlier.code.startswith("IMG")
                and (sector not in STATE_SECTORS or title in SPEAKING_FOR)
            ):  # an armed group has commanders and spokesmen, not a defence secretary
                return earlier.code, f"subject-context:{earlier.text}"
        return None

    def led_organisation(self, head: Token, word: str) -> Mention | None:
        """The organisation a bare head-of-secretariat title ("the secretary-general", "the
        director-general") stands for: the latest one the article named before as a person
        acting for it or as a subject ("Guterres", "NATO leaders met", not "urged Hamas to …");
        an armed group only if a secretary-general leads it (Hezbollah: not after "Hamas
        fighters attacked")."""
        for earlier in reversed(self.seen):
            if earlier.head >= head.i or not (earlier.person or earlier.subject):
                continue
            if earlier.code.startswith("IMG") and not (
                ORGANISATION_HEADS[word] and earlier.code in SECRETARY_LED_GROUPS
            ):
                continue
            if earlier.code.startswith(("IGO", "NGO", "IMG")):
                return earlier
        return None

    def party_secretary(self, head: Token) -> bool:
        """Whether a bare "the secretary-general" may be a party's: the article spoke of a
        party before ("ANC leaders met …", "Thailand's ruling party named …") or of a
        secretary-general who is someone's ("the party's secretary-general"), so the UN's is not
        the one meant."""
        if self.named_party(head) is not None:
            return True
        if any(political_party(t) for t in head.doc[: head.i]):
            return True
        return any(
            earlier.head < head.i
            and earlier.sector_word in ORGANISATION_HEADS
            and not bare_title(head.doc[earlier.head])
            for earlier in self.seen
        )

    def citizens_state(self, head: Token) -> str | None:
        """The state of the people who are the subject of the verb whose object ``head`` is,
        when they are its citizens rather than its offices ("protesters urged the government")."""
        if head.dep_ != "dobj" or not definite(head):
            return None
        subjects = {c.i for c in head.head.children if c.dep_ == "nsubj"}
        for earlier in reversed(self.seen):
            if earlier.head in subjects:
                country = country_part(earlier.code)
                if country and earlier.code[len(country) :] in CITIZEN_SECTORS:
                    return country
                return None
        return None

    def resolve_sector(
        self, make: Maker, head: Token, sector: str, word: str, one_person: bool
    ) -> Mention:
        if word in ORGANISATION_HEADS and bare_title(head):
            default = ORGANISATION_HEADS[word]
            led = self.led_organisation(head, word)
            if led is not None:  # "the secretary-general" after Guterres or "NATO leaders"
                if default and led.code.startswith(UN_FAMILY):
                    # "UNICEF said … The secretary-general called for": the UN's own
                    return make(default, f"coreference:{led.text}", one_person)
                return make(led.code, f"coreference:{led.text}", one_person)
            if default and not self.party_secretary(head):
                # none named: the UN's, the one news means by it
                return make(default, "title:organisation-head", one_person)
        if regional(head):
            # "European diplomats", "Latin American leaders", "Western officials": of many
            # states, none of which is the story's
            return make(UNKNOWN_COUNTRY + sector, REGIONAL_HOW, one_person)
        where = self.home_place(head, sector)
        if where is not None:  # "a missionary from Calgary", "the mayor of Kharkiv"
            return make(where + sector, f"home-place:{where}", one_person)
        fled = self.fled_state(head) if sector == "REF" else None
        if fled is not None:  # "Chad has received 500,000 refugees from Sudan"
            origin, how = fled
            return make(origin + sector, f"{how}:{origin}", one_person)
        armed = self.latest_armed_group(head) if sector in ARMED_GROUP_SECTORS else None
        if armed is None and sector == "UAF" and definite(head):
            armed = self.named_attackers(head)
        if armed is not None:  # "the paramilitary group" after the RSF: not gunmen of Sudan
            return make(armed.code, f"coreference:{armed.text}", one_person)
        # Civilians, one private person ("a street vendor"), criminals and unidentified gunmen
        # belong where they are.
        if sector in ("CVL", "UAF", "CRM") or (
            head.tag_ == "NN" and word.split()[-1] in PRIVATE_PEOPLE
        ):
            local = self.local_country(head)
            if local is not None:  # "residents in Port-au-Prince", "drivers near Peshawar"
                return make(local + sector, f"local-country:{local}", one_person)
        mover = self.moving_state(head) if sector in ARMED_STATE_SECTORS else None
        if mover is not None:  # "Japan scrambled fighter jets", "Russia deployed troops"
            return make(mover + sector, f"moved-by:{mover}", one_person)
        warner = self.warning_state(head) if sector in ARMED_STATE_SECTORS else None
        if warner is not None:  # "Israel's defence minister warned that the army would strike"
            return make(warner + sector, f"warned-by:{warner}", one_person)
        # "a civil servant", "at least 86 people" (after "six people") are no one named before
        new = any(
            (c.dep_ == "det" and c.lower_ in ("a", "an")) or c.dep_ == "nummod"
            for c in head.children
        )
        owned = self.owned_by_sector(head)
        for earlier in () if new else reversed(self.seen):
            if sector != "ELI" and former(earlier):
                continue  # "the president" is not the one removed yesterday, nor "exiled
                # former President Nasheed", now in opposition
            if owned and earlier.code[3:6] != sector:
                continue  # "the union's leader" is not the opposition leader named before
            if not earlier.code.startswith(UNKNOWN_COUNTRY) and (
                earlier.sector_word == word
                or (  # "the ministry" after "Armenia's defence ministry"; "the sources"
                    " " not in word
                    and word not in CHAMBERS  # "the House" is no "White House"
                    and earlier.sector_word is not None
                    and earlier.sector_word.endswith(f" {word}")
                )
            ):
                person = earlier.person or one_person
                return make(earlier.code, f"coreference:{earlier.text}", person)
        of_place = any(c.lower_ in LOCAL_MEDIATORS for c in head.children)
        if word in MEDIATORS and not of_place:  # "local tribal mediators": of where they are
            # "Qatar and Egypt have been mediating … The mediators urged Israel": whoever the
            # story told mediating, not the story's most named state (a party)
            told = self.story_mediator(head)
            if told is None:
                return make(UNKNOWN_COUNTRY + sector, MEDIATORS_UNNAMED, one_person)
            # a state's mediators are its officials (KAZGOV); a body's, the body
            state = len(told.code) == 3 and country_part(told.code)
            code = told.code + sector if state else told.code
            return make(code, f"coreference:{told.text}", one_person)
        if word in PEACEKEEPERS:
            # Peacekeepers are foreign troops where they serve: "a regional peacekeeping force"
            # in an Ivorian story is not Ivory Coast's army, nor the last army named.
            return make(UNKNOWN_COUNTRY + sector, UNPLACED_FORCE, one_person)
        titled = word.split()[-1] in self.resolver.codebook.titles
        if word in MILITARY_RULERS:
            # "the junta" after "Niger's military government": the state its soldiers rule,
            # not the last army named ("ordered French troops to leave")
            for earlier in reversed(self.seen):
                country = country_part(earlier.code)
                if country and earlier.sector_word in MILITARY_RULERS:
                    return make(country + sector, f"coreference:{earlier.text}", one_person)
            # "France withdrew troops from Mali after the junta demanded it": a junta rules the
            # state last named, not the foreign army named before it
            start = self.sentence_start(head)
            for earlier in reversed(self.seen):
                if earlier.subject and earlier.head >= start:
                    continue  # "Ivory Coast condemned the junta": not the judge's own
                if len(earlier.code) == 3 and country_part(earlier.code) and not earlier.person:
                    return make(earlier.code + sector, f"ruling:{earlier.text}", one_person)
        citizens = self.citizens_state(head) if word.split()[-1] in INSTITUTIONS else None
        if citizens is not None:
            # "Families of the hostages urged the government to …": their own state's
            return make(citizens + sector, f"citizens-of:{citizens}", one_person)
        if self.home and word.split()[-1] in INSTITUTIONS:
            # "the defence ministry", "the government" named for the first time: the state the
            # story is told from, not whichever actor of that sector came last ("Russian drones")
            return make(self.home + sector, f"dateline-country:{self.home}", one_person)
        if (
            word.split()[-1] in INSTITUTIONS
            and head.dep_ == "nsubj"
            and head.head.dep_ == "ROOT"
            and definite(head)
        ):
            # "Somalia expelled Ethiopia's ambassador. The ministry accused Addis Ababa …": an
            # institution first named as a sentence's subject is the previous subject's, not
            # whichever official of that sector came last
            acting = self.named_subject(head.sent.start, sector, word)
            if acting is not None and not self.names_state_after(head, acting[0][:3]):
                # not when its verb's object names that state ("Israeli jets struck Beirut. The
                # health ministry accused Israel …": Lebanon's ministry, not Israel's)
                return make(*acting, one_person)
        holder = self.ruling_doer(head) if new and sector in HELD_SECTORS else None
        if holder is not None:  # "Cuba's government released more than 500 prisoners"
            return make(holder + sector, f"held-by:{holder}", one_person)
        for earlier in reversed(self.seen):
            if sector in ARMED_GROUP_SECTORS and earlier.code.startswith("IMG"):
                # "the militant group" after "Islamic State", "the rebels" after "Tamil Tiger
                # leader Velupillai Prabhakaran": the named armed group.
                return make(earlier.code, f"coreference:{earlier.text}", one_person)
            if earlier.person and not titled:
                continue  # "military personnel" after "General Soleimani" are not the general
            if country_part(earlier.code) and earlier.code.endswith(sector):
                person = earlier.person or one_person
                return make(earlier.code, f"coreference:{earlier.text}", person)
        if sector in STATE_SECTORS:
            reporter = self.reporting_state(head, sector)
            if reporter is not None:  # "Troops killed five fighters, the Israeli army said"
                return make(reporter + sector, f"reported-by:{reporter}", one_person)
        if sector in ARMED_GROUP_SECTORS and (head.dep_ in SUBJECT_DEPS or struck_at(head)):
            # the group's own phrase: "rebels in Idlib shelled …"; not that of rebels met
            # ("negotiated with rebels in Jeddah")
            found = self.phrase_places(head)
            if len(found) == 1:
                (placed,) = found
                return make(placed + sector, f"local-country:{placed}", one_person)
        if sector in WHERE_THEY_ACT:
            local = self.acting_place(head)
            if local is not None:  # "Police arrested two Chinese nationals in Nairobi"
                return make(local + sector, f"local-country:{local}", one_person)
            based = self.stationed_place(head)
            if based is not None:  # "militants based in Afghanistan", "rebels hiding in Uganda"
                return make(based + sector, f"based-in:{based}", one_person)
        if sector in ARMED_GROUP_SECTORS and struck_at(head):
            scene = self.local_country(head, before=False)
            if scene:  # "Russian jets bombed rebel positions near Idlib": the rebels struck
                # are of the scene's country, not of the jets' (not where talks with rebels
                # are held: "negotiated with rebels in Jeddah")
                return make(scene + sector, f"local-country:{scene}", one_person)
        if sector in POLICE_SECTORS and head.dep_ == "nsubj":
            scene = self.local_country(head)
            if scene:  # "In Georgia, protesters rallied in Tbilisi. Police used tear gas":
                # the police of the scene the sentence or the one before sets
                return make(scene + sector, f"local-country:{scene}", one_person)
        # an official's country is not the state it acts on (a defence minister's neither);
        # a force's may be the one whose town it storms ("DAKAR - Soldiers stormed Mali's town
        # of Kidal"), and the opposition acts on its own state's bodies ("accused Zimbabwe's
        # electoral commission")
        ruled = self.ruled_state(head) if sector == JUDGES else None
        if ruled is not None:  # "A federal judge blocked the Trump administration from …"
            return make(ruled + sector, f"ruled-state:{ruled}", one_person)
        reported = self.victims_reporter(head) if sector == CIVILIANS else None
        if reported is not None:  # "Russian missiles killed 12 civilians, Ukrainian officials
            # said": the victims are of the state whose officials count them, not the attacker's
            return make(reported + sector, f"reported-by:{reported}", one_person)
        official = sector in STATE_SECTORS and (one_person or sector not in FORCE_SECTORS)
        home = self.context_country(head if official else None)
        if home and sector == JUDGES and self.measure_state(head, home):
            home = None  # "The court blocked the Chinese levy on Australian barley"
        if home and word in CAPTIVES and self.captors_of(head, home):
            # "Hamas executed six hostages, the Israeli military said": captives are not of
            # the captors' country merely because naming the group made it the story's most
            # told, where the group's enemy state is named beside it
            home = None
        if home:
            return make(home + sector, f"context-country:{home}", one_person)
        return make(UNKNOWN_COUNTRY + sector, "sector-only", one_person)

    def captors_of(self, head: Token, country: str) -> bool:
        """Whether the sentence of ``head`` names an armed group of ``country`` ("Hamas") and
        another state, the group's enemy ("Hamas executed six hostages, the Israeli military
        said"), but not ``country`` itself ("Nigerian troops rescued 30 hostages from Boko
        Haram"): with no other state named, the captives are the group's own country's ("Boko
        Haram militants seized 12 hostages")."""
        sent = head.sent
        group = enemy = False
        for index in range(sent.start, sent.end):
            hit = self.hits.get(index)
            entry = hit.entry if hit is not None else None
            if entry is None:
                continue
            if entry.kind in ("country", "demonym", "metonym"):
                if entry.code[:3] == country:
                    return False
                enemy = enemy or entry.code[:3] != UNKNOWN_COUNTRY
            group = group or (entry.code.startswith("IMG") and actor_country(entry.code) == country)
        return group and enemy

    def embassy_owner(self, head: Token, host: str) -> str | None:
        """The state whose embassy "its embassy in Quito" is: not the host's own but the owner
        its possessive names (Mexico, told before), or, when "its" was read as the host, the
        other state the story names most; None when a state is named but not as the "in"
        place ("the U.S. embassy in Baghdad"), or no possessive names another state."""
        if head.lemma_.lower() not in ENVOY_POSTS:
            return None
        placing = {
            t.i
            for prep in head.children
            if prep.dep_ == "prep" and prep.lower_ == "in"
            for t in prep.subtree
        }
        states = [
            hit
            for hit in self.hits_in(head.subtree)
            if hit.entry is not None and hit.entry.kind in ("country", "metonym", "demonym")
        ]
        if not states or any(hit.start not in placing for hit in states):
            return None  # "the U.S. embassy in Baghdad": named by its owner
        owner = next((c for c in head.children if c.dep_ == "poss"), None)
        found = self.mention(owner) if owner is not None else None
        country = country_part(found.code) if found is not None else None
        doer = self.doer_country(head) if owner is not None and self.is_pronoun(owner) else None
        if country is not None and country == doer:
            if head.head.lemma_.lower() not in ASSAILING:
                return None  # "Mexico closed its embassy in Quito": an act on the host state
            host = country  # "Israel bombed its embassy in Damascus": not its own embassy
        if owner is not None and country == host and self.is_pronoun(owner):
            # "Costa Rica recalled its ambassador. Nicaraguan police surrounded its embassy
            # in Managua": not Nicaragua's own, the other state the story names most
            counts, latest = self.country_counts, self.country_latest
            others = [c for c in counts if c != host]
            return max(others, key=lambda c: (counts[c], latest[c])) if others else None
        return country if country != host else None

    def eu_seat(self, head: Token) -> bool:
        """Whether "Brussels" stands for the EU: an agent (not a place: "talks in Brussels"),
        alone, in a story that names one of the EU's bodies, or the subject of an act only the
        EU does (``EU_POWERS``: "Brussels fined Apple"), in a story of no city or Belgian
        authority (``brussels_penalty``)."""
        if head.text != EU_SEAT or head.tag_ != "NNP":
            return False
        powers = self.brussels_penalty(head)
        if not (self.eu_story or powers):
            return False
        if any(c.dep_ in ("compound", "amod", "poss") for c in head.children):
            return False
        return not (head.dep_ == "pobj" and head.head.lower_ in PLACE_PREPS)

    def brussels_penalty(self, head: Token) -> bool:
        """Whether "Brussels" is the subject of fining, or of imposing or levying a trade or
        competition penalty (``EU_PENALTIES``: duties, tariffs, sanctions, fines), in a story
        that names no mayor, city council or Belgian government: "Brussels imposed a curfew"
        or "a ban on the rally, the city's mayor said" is the city's or Belgium's."""
        verb = head.head
        if head.dep_ != "nsubj" or verb.lower_ not in EU_POWERS:
            return False
        if BELGIAN_AUTHORITY.search(self.text):
            return False
        if verb.lower_ in EU_FINING:
            return True
        objects = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
        return any(
            o.lemma_.lower() in EU_PENALTIES
            or o.lower_.rstrip("s") in EU_PENALTIES
            or any(c.lower_ in EU_PENALTIES for c in o.children if c.dep_ in ("compound", "amod"))
            for o in objects
        )

    def korean_half(self, head: Token) -> str | None:
        """PRK for "the North", KOR for "the South", in a story that names either Korea."""
        if not self.koreas or head.tag_ != "NNP" or head.text not in KOREAS:
            return None
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children):
            return None
        return KOREAS[head.text]

    def party_of_another_state(self, by_kind: Mapping[str, Entry]) -> bool:
        """Whether a party name (a state's GOV or OPP) is named with another state, whose body
        of that name it is: "Libya's National Unity Government" (parties.tsv's is Myanmar's)."""
        body, state = by_kind.get("organisation"), by_kind.get("country")
        if body is None or state is None:
            return False
        code = body.code_at(self.date)
        home = country_part(code)
        return code[3:] in PARTY_SECTORS and home is not None and home != state.code[:3]

    def ruling_doer(self, head: Token) -> str | None:
        """The state whose government, courts or police act on new people ("Cuba's government
        released more than 500 prisoners", after Nicaragua's): their own state's people, not
        the last people of that sector the story named. Armies act abroad, and are left out."""
        verb = head.head
        if head.dep_ != "dobj":
            return None
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        found = self.mention(subject) if subject is not None else None
        if found is None or found.code[3:6] not in RULING_SECTORS:
            return None
        return country_part(found.code)

    def doer_country(self, head: Token) -> str | None:
        """The country of the subject of the verb whose object ``head`` is."""
        verb = head.head
        if head.dep_ != "dobj":
            return None
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        found = self.mention(subject) if subject is not None else None
        return country_part(found.code) if found is not None else None

    def story_mediator(self, head: Token) -> Mention | None:
        """The party told before as mediating or brokering: the subject of "mediated", or
        whom "brokered by" names ("The deal was brokered by Brazil")."""
        start = self.sentence_start(head)
        for earlier in reversed(self.seen):
            if earlier.head >= start:
                continue
            token = self.doc[earlier.head]
            while token.dep_ == "conj" and token.head.i != token.i:
                token = token.head  # "Qatar and Egypt have been mediating": Qatar's verb
            verb = token.head
            if token.dep_ == "pobj" and token.head.lower_ == "by":
                verb = token.head.head
            elif token.dep_ != "nsubj":
                continue
            # "have been mediating", whose subject the small model may hang on "been"
            verbs = [verb, *(c for c in verb.children if c.dep_ in COMPLEMENT_DEPS)]
            verbs += [verb.head] if verb.dep_ == "aux" else []
            if any(v.lemma_.lower() in MEDIATING_VERBS for v in verbs):
                return earlier
        return None

    def latest_foreign_force(self, token: Token, home: set[str | None]) -> list[Mention]:
        """The armed force of another state than ``home`` the story named last before the
        token's sentence: whom a scramble of jets answers."""
        start = self.sentence_start(token)
        for earlier in reversed(self.seen):
            if earlier.head >= start:
                continue
            if earlier.code[3:6] == "MIL" and country_part(earlier.code) not in home:
                return [earlier]
        return []

    def ruled_state(self, head: Token) -> str | None:
        """The state of the government or body a court or judge acts on as its verb's object
        ("A federal judge blocked the Trump administration from deporting migrants to South
        Sudan"): a court rules on its own state's bodies, not on a state named further on."""
        if head.dep_ != "nsubj":
            return None
        objects = [c for c in head.head.children if c.dep_ in ("dobj", "obj")]
        for hit in self.hits_in(t for obj in objects for t in obj.subtree):
            if hit.entry is None or hit.entry.kind not in ("person", "organisation"):
                continue
            code = hit.entry.code_at(self.date)
            home = country_part(code)
            if home is not None and code[3:6] in RULED_BODIES:
                return home
        return None

    def measure_state(self, head: Token, country: str) -> bool:
        """Whether the object of a court's verb names ``country``, which the story has not
        named before, with no body of a state (``RULED_BODIES``): "The court blocked the
        Chinese levy on Australian barley" is no Chinese court, as a court takes a state only
        from a body of it acted on (``ruled_state``; "blocked the Israeli government plan"
        keeps Israel's)."""
        if country in self.country_counts:
            return False  # the story's state, told before
        objects = [c for c in head.head.children if c.dep_ in ("dobj", "obj")]
        hits = list(self.hits_in(t for obj in objects for t in obj.subtree))
        if any(hit.sector in RULED_BODIES for hit in hits):
            return False
        return any(
            hit.entry is not None
            and hit.entry.kind in ("country", "metonym", "demonym")
            and hit.entry.code[:3] == country
            for hit in hits
        )

    def names_state_after(self, head: Token, country: str) -> bool:
        """Whether the object of the head's verb names a state, as a name, capital or demonym
        ("The health ministry accused Israel", "condemned Beijing's action")."""
        objects = [c for c in head.head.children if c.dep_ in ("dobj", "obj")]
        return any(
            hit.entry is not None
            and hit.entry.kind in ("country", "metonym", "demonym")
            and hit.entry.code[:3] == country
            for obj in objects
            for hit in self.hits_in(obj.subtree)
        )

    def owned_by_sector(self, head: Token) -> bool:
        """Whether a possessor or "of" phrase names a body of a sector ("the union's leader",
        "the leader of the union"), not one with none ("the party's leader")."""
        owners = [c for c in head.children if c.dep_ == "poss"] + [
            o for c in head.children if c.lower_ == "of" for o in c.children if o.dep_ == "pobj"
        ]
        return any((hit := self.hits.get(o.i)) is not None and hit.sector for o in owners)

    def warning_state(self, head: Token) -> str | None:
        """The state of one who warns, threatens or vows that "the army" or "troops" will act:
        a threat's forces are the threatener's own, not the last army named."""
        verb = head.head
        owned = any(
            c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ != "the") for c in head.children
        )
        if head.dep_ != "nsubj" or verb.dep_ != "ccomp" or owned:
            return None
        said = verb.head
        if said.lemma_.lower() not in VOWING or said.i > head.i:
            return None
        speaker = next((c for c in said.children if c.dep_ == "nsubj"), None)
        found = self.mention(speaker) if speaker is not None else None
        if found is None or found.code[3:6] not in ("", *STATE_SECTORS):
            return None
        return country_part(found.code)

    def moving_state(self, head: Token) -> str | None:
        """The state that moves, sends or scrambles forces its sentence names with no owner of
        their own: the verb's subject, when that is a bare state ("Japan scrambled fighter
        jets" are Japan's, not the last army the story named)."""
        verb = head.head
        if (
            head.dep_ not in ("dobj", "obj")
            or verb.lemma_.lower() not in FIELDING
            or any(c.dep_ in ("det", "poss") for c in head.children)
        ):
            return None
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        found = self.mention(subject) if subject is not None and subject.i < head.i else None
        if found is None or len(found.code) != 3 or not found.how.startswith("dictionary"):
            return None  # named as a state, not "it" or a guess
        return found.code

    def fled_state(self, head: Token) -> tuple[str, str] | None:
        """The state refugees come from, when the verb taking them names it after them with
        "from" ("Chad has received 500,000 refugees from Sudan", which the parser hangs on the
        verb): a country or a capital's metonym, not the state that takes them in; with how it
        was read (FLED_HOW, or SENT_TO_HOW for the "to" of deportees)."""
        taken = head
        if taken.dep_ == "pobj" and taken.head.lower_ == "of":
            taken = taken.head.head  # "hosts thousands of migrants from Sudan"
        verb = taken.head
        if taken.dep_ not in ("dobj", "nsubjpass") or verb.pos_ != "VERB":
            return None
        # those sent home are sent "from" the state that expels them "to" their own: "migrants
        # were deported from the United States to Colombia" are Colombian
        sent_home = verb.lemma_.lower() in SENT_HOME
        for origin in pobjects(verb, ("to",) if sent_home else ("from",)):
            hit = self.hits.get(origin.i)
            entry = hit.entry if hit is not None else None
            if origin.i > head.i and entry is not None and entry.kind in PLACE_KINDS:
                if sent_home:  # "deported migrants to Costa Rica and Panama": uncounted
                    self.destinations.update([origin.i, *(c.i for c in origin.conjuncts)])
                return entry.code[:3], SENT_TO_HOW if sent_home else FLED_HOW
        return None

    def home_place(self, head: Token, sector: str) -> str | None:
        """The country of the town or region a person or body is from ("a missionary from
        Calgary"), a building is in ("a hospital in Aleppo") or, for the state's sectors, whose
        office it is ("the deputy governor of the Irkutsk region", "Kharkiv's mayor"), from the
        gazetteer: a name the tagger takes for a place, or one of a country the article names
        (not the Argentine "Federal District" in a story about Brazil)."""
        if self.place_country is None:
            return None
        # a court or police "in" a town sit there ("a court in Johannesburg"), as a hospital does
        building = head.lower_ in FACILITIES or sector in SEATED
        preps: tuple[str, ...] = ("from", "of") if sector in STATE_SECTORS else ("from",)
        preps += ("in", "near") if building else ()
        owners = [
            c
            for c in head.children
            if sector in STATE_SECTORS
            and (c.dep_ == "poss" or (c.dep_ == "compound" and c.pos_ == "PROPN"))
        ]  # "Kharkiv's mayor", "Texas officials", "the Florida governor"
        owners += pobjects(head, preps)
        if building and head.dep_ in ("dobj", "nsubjpass"):
            # "jets hit a hospital in Hodeidah": the parser hangs the place on the verb
            owners += [o for o in pobjects(head.head, ("in", "near")) if o.i > head.i]
        if building:
            owners += building_names(head) + clause_places(head)
        for owner in owners:
            office = owner.dep_ == "poss" or owner.head.lower_ == "of"
            if owner.lemma_.lower() in PLACE_NOUNS:  # "the Tyumen region"
                names = [c for c in owner.children if c.dep_ == "compound"]
                owner = names[-1] if names else owner
            hit = self.hits.get(owner.i)
            if hit is not None and hit.entry is not None and hit.entry.kind == "metonym":
                return hit.entry.code[:3]  # "a student from Aleppo"
            # "a hospital in Gaza", "the Jenin refugee camp"
            where = building and (owner.head.lower_ in ("in", "near") or owner.dep_ == "compound")
            if (
                where
                and hit is not None
                and hit.entry is not None
                and hit.entry.kind in PLACE_KINDS
            ):
                return hit.entry.code[:3]
            if self.pos[owner.i] != PROPN_ID or hit is not None:
                continue
            if office and self.surname_antecedent(owner) is not None:
                continue  # "Machado's campaign aides": the person named before, not a town
            start = name_start(owner)
            country = self.place_country(self.words(start, owner.i + 1))
            generic = all(self.lower[i] in GENERIC_PLACE_IDS for i in range(start, owner.i + 1))
            if country is not None and (
                (office and not generic)  # "the mayor of Kherson", whatever the tagger says
                or (where and not generic)  # "a hospital in Khan Younis"
                or owner.ent_type_ == "GPE"
                or country in self.country_counts
                or country == self.home
            ):
                return country
        return None

    def reporting_state(self, head: Token, sector: str) -> str | None:
        """The country of the state body of the head's own sector that reports, after it, what
        the head's clause tells: in "Troops killed five fighters in Gaza, the Israeli army
        said", the troops are the reporting army's (not a foreign ministry's, which may tell of
        another state's troops)."""
        verb = head.head
        if head.dep_ not in ("nsubj", "nsubjpass") or verb.dep_ != "ccomp":
            return None
        said = verb.head
        if said.lemma_.lower() not in REPORTING_VERBS or said.i < head.i:
            return None
        speaker = next((c for c in said.children if c.dep_ == "nsubj" and c.i > verb.i), None)
        title = self.hits.get(speaker.i) if speaker is not None else None
        if speaker is None or title is None or title.sector != sector:
            return None  # "…, the Israeli army said", not "…, Hamas said"
        found = self.countries_in(speaker.subtree)
        return found.pop() if len(found) == 1 else None

    def victims_reporter(self, head: Token) -> str | None:
        """The country of whoever reports an act of force on the head's people, when it is not
        the attacker's: "Israeli strikes killed 40 people, Palestinian health officials said",
        "Lebanon's health ministry said Israeli air strikes killed 12 people" (PSE, LBN); not
        when one state tells of its own forces ("Nigerian troops killed 20 people, the army
        said"), no state reports, or news media do. (Officials of a third state reporting
        another's dead are taken for the victims' state: the words do not tell them apart.)"""
        if not struck_at(head):
            return None
        act = head.head if head.dep_ == "dobj" else head.head.head
        said = act.head
        if act.dep_ != "ccomp" or said.lemma_.lower() not in REPORTING_VERBS:
            return None
        speaker = next((c for c in said.children if c.dep_ == "nsubj"), None)
        doers = [c for c in act.children if c.dep_ == "nsubj"]
        if speaker is None or not doers:
            return None
        if self.uncounting(speaker):
            return None  # "…, Al Jazeera reported", "…, the Turkish Red Crescent said"
        told = self.countries_in(speaker.subtree)
        if len(told) != 1 or told == self.countries_in(doers[0].subtree):
            return None
        return told.pop()

    def uncounting(self, speaker: Token) -> bool:
        """Whether a speaker tells of other states' dead as well as its own: news media (not a
        state's own: "Lebanon's National News Agency", "Pakistan's state television"), aid and
        refugee bodies, international organisations."""
        words = list(speaker.subtree)
        for hit in self.hits_in(words):
            code = hit.entry.code if hit.entry is not None else ""
            sector = hit.sector or code[3:6]
            if code[:3] in NON_STATE_BODIES or sector in UNCOUNTING_SECTORS:
                return True
            if sector == "MED" and not any(t.lower_ in STATE_OWNED for t in words):
                return True
        return False

    def countries_in(self, words: Iterable[Token]) -> set[str]:
        """The countries the dictionary's country, demonym and metonym names among ``words``
        stand for."""
        return {
            hit.entry.code[:3]
            for hit in self.hits_in(words)
            if hit.entry is not None and hit.entry.kind in ("country", "demonym", "metonym")
        }

    def acting_place(self, head: Token) -> str | None:
        """The country of the place where the head's own verb says it acted: "Police arrested
        two Chinese nationals in Nairobi" (the subject's verb's "in" phrase), not a place
        elsewhere in the sentence or the one before."""
        verb = head.head
        if head.dep_ != "nsubj" or verb.pos_ != "VERB" or self.place_country is None:
            return None
        found = self.phrase_places(verb)
        return found.pop() if len(found) == 1 else None

    def stationed_place(self, head: Token) -> str | None:
        """The country of the place a participle says the head is based or hiding in
        ("militants based in Afghanistan"), as its own verb's place would."""
        if self.place_country is None:
            return None
        found: set[str] = set()
        for verb in head.children:
            if verb.dep_ == "acl" and verb.lemma_.lower() in STATIONED:
                found |= self.phrase_places(verb)
        return found.pop() if len(found) == 1 else None

    def phrase_places(self, verb: Token) -> set[str]:
        """The countries of the places a verb's (or a noun's: "rebels in Idlib") "in"/"at"/
        "near" phrases name: a country or a town diurna knows, an area by its name ("in Idlib
        province")."""
        found: set[str] = set()
        if self.place_country is None:
            return found
        for where in pobjects(verb, WHERE_PREPS):
            if where.text in MONTHS:
                continue  # "abducted in March" names no town of March
            if where.lemma_.lower() in AREA_NOUNS:  # "in Idlib province"
                names = [c for c in where.children if c.dep_ == "compound"]
                where = names[-1] if names else where
            hit = self.hits.get(where.i)
            if hit is not None and hit.entry is not None:
                if hit.entry.kind in PLACE_KINDS and len(hit.entry.code) == 3:
                    found.add(hit.entry.code)
            elif self.pos[where.i] == PROPN_ID:
                country = self.place_country(self.words(name_start(where), where.i + 1))
                if country is not None:
                    found.add(country)
        return found

    def local_country(self, head: Token, before: bool = True) -> str | None:
        """The one country a place phrase in the head's sentence names ("in Haiti", "in the
        streets of Colombo"), else (with ``before``) in the sentence before: where civilians
        are is whose they are, whatever country the article is mostly about."""
        at = self.sentence_index(head.i)
        if at < 0 or head.i >= self.sentence_ends[at]:
            return None  # a word of a sentence not read (only in hand-made calls)
        for index in (at, at - 1) if before else (at,):
            if index < 0:
                break
            if index not in self.places_named:
                self.places_named[index] = self.sentence_place(index)
            found = self.places_named[index]
            if found is not None:
                return found or None  # "" : a place diurna cannot tie to a country
        return None

    def sentence_place(self, index: int) -> str | None:
        """The one country a sentence places something in; "" when it names a place but no
        single country diurna knows ("in Aktobe", or two countries); None when it names none."""
        start, end = self.sentences[index], self.sentence_ends[index]
        found = set()
        for i in range(start, end):
            hit = self.hits.get(i)
            if hit is None or hit.start != i or hit.entry is None or self.doc[i].text in MONTHS:
                continue  # "abducted in March" names no town of March
            entry = self.other_reading(hit.entry, [hit])  # "out of Congo" in a Kinshasa story
            token = self.doc[hit.end - 1]
            if entry.kind == "demonym" and token.head.lemma_.lower() in PLACE_NOUNS:
                token = token.head  # "outside the Iraqi city of Basra"
            elif entry.kind not in PLACE_KINDS or len(entry.code) != 3:
                continue
            if token.dep_ == "poss":  # "in Thailand's Sisaket province"
                token = token.head
            if token.dep_ == "pobj" and where_phrase(token.head):
                found.add(entry.code)
        if not found and self.place_country is not None:
            for i in range(start, end):  # "residents in Kramatorsk" (whatever the tagger says)
                if self.pos[i] != PROPN_ID or i in self.hits or self.doc[i].text in MONTHS:
                    continue
                token = self.doc[i]
                where = token  # "in Idlib province": the province's name
                if token.dep_ == "compound" and token.head.lemma_.lower() in AREA_NOUNS:
                    where = token.head
                # "shelled Kherson, killing three civilians": a town struck is where they are
                struck = where.dep_ == "dobj" and where.head.pos_ == "VERB"
                if struck or (where.dep_ == "pobj" and where_phrase(where.head)):
                    country = self.place_country(self.words(name_start(token), i + 1))
                    if country is not None and (
                        where is token or country in self.country_counts or country == self.home
                    ):  # "in Idlib province" of a country named, not "the Jebel district"
                        found.add(country)  # (a Turkmen town) in a South Sudan story
        if len(found) == 1:
            return found.pop()
        places = (i for i in range(start, end) if self.ent[i] in PLACE_ENT_IDS)
        if found or any(
            (t := self.doc[i]).dep_ == "pobj" and t.head.lower_ in WHERE_PREPS for i in places
        ):
            return ""
        return None

    def context_country(self, head: Token | None = None) -> str | None:
        """Where an unplaced "the army", "militants" or an unknown named person most likely
        belongs: the article's most mentioned country so far (on a tie the dateline's, then the
        latest: "KAMPALA - Ugandan forces blocked the US ambassador from visiting opposition
        leader X"), else the first one it names ("Vice-President X declined to resign … in
        Kenya"), else the dateline's ("ALMATY (Reuters) - Security forces fired …"), which a
        headline above the dateline takes before any country is counted. A state the head's
        own clause acts on is not its country: "WASHINGTON (Reuters) - Rep. Ilhan Omar
        criticized Israel" is of the dateline's state, not Israel's."""
        counts, latest, home = self.country_counts, self.country_latest, self.home
        if counts:
            return max(counts, key=lambda c: (counts[c], c == home, latest[c]))
        if home and self.in_headline():
            # "Supreme Court blocks Texas immigration law\nWASHINGTON (AP) — …": a headline
            # above a dateline tells the lead's story, of the country the lead names first
            # ("Rebels seize town\nNAIROBI (Reuters) - M23 rebels …" → COD), else of the
            # dateline's, not of a country named further on
            return self.first_country(lead=True) or home
        acted_on = clause_objects(head) if home and head is not None else frozenset()
        return self.first_country(acted_on=acted_on) or self.home

    def lead_words(self) -> tuple[int, int]:
        """The word range from the dateline to the end of the first sentence with a verb (the
        parser may make "DAKAR (Reuters) -" a sentence of its own)."""
        start = bisect_left(self.idx, self.opening)  # the first word at or after the dateline
        end = start
        while end < len(self.doc):
            sentence = self.doc[end].sent
            end = sentence.end
            if any(t.pos_ in ("VERB", "AUX") for t in sentence):
                break
        return start, end

    def in_headline(self) -> bool:
        """Whether the sentence being read comes before the dateline."""
        return bool(self.sentences) and self.idx[self.sentences[-1]] < self.opening

    def first_country(
        self, lead: bool = False, acted_on: frozenset[int] = frozenset()
    ) -> str | None:
        """The first country named anywhere in the article (with ``lead``, in its dateline's
        sentence): by name, demonym or capital, or by an armed group of that country ("M23
        rebels shelled army positions" in the DR Congo); None when that first one is a state
        named by a word in ``acted_on``."""
        first, last = self.lead_words() if lead else (0, len(self.doc))
        for index in sorted(self.hits):
            entry = self.hits[index].entry
            if not first <= index < last:
                continue
            if entry is None or self.idx[index] in self.seats:  # not "a UK-based group"
                continue
            if entry.kind in ("country", "metonym") and index in acted_on:
                return None
            if entry.kind in ("country", "demonym", "metonym"):
                return entry.code[:3]
            if entry.kind == "organisation" and (country := actor_country(entry.code)):
                return country
        return None

    def resolve_pronoun(self, token: Token) -> Mention | None:
        """The antecedent: the subject governing the pronoun's clause, else the latest fitting
        mention before it in its sentence, else in the latest sentence that has one, where a
        subject pronoun prefers that sentence's main subject ("Russia's defence ministry said
        Turkish troops were among the fighters. It denied …": the ministry). diurna knows no
        one's gender: "Samaras told the chancellor … she said" goes to Samaras."""
        want_person = token.lower_ in PERSON_PRONOUNS
        owner = object_owner(token)
        if owner is not None:  # "thanked neighbouring countries for their solidarity"
            mention = self.mention(owner)
            return self.as_pronoun(token, mention) if mention is not None else None
        addressee = self.addressee(token)
        if addressee is not None and addressee.person == want_person:
            return self.as_pronoun(token, addressee)
        mover = self.mover(token)
        if mover is not None and mover.person == want_person:
            return self.as_pronoun(token, mover)
        governing = self.governing_subject(token)
        verb = token.head
        if (
            governing is not None
            and token.dep_ == "dobj"
            and not any(c.dep_ in SUBJECT_DEPS for c in verb.children)
            and (  # the clause's own doer is the governing subject: not its object too
                verb.dep_ in ("advcl", "conj")
                or (verb.dep_ == "xcomp" and not any(c.dep_ == "dobj" for c in verb.head.children))
            )
        ):
            governing = None  # "arrested protesters, accusing them of rioting", "dismissed the
            # commander and accused him": not the doer; "asked the court to reinstate them" may
            # be the askers
        if governing is not None and self.attributed_after(token, governing):
            governing = None  # "They burned vehicles and killed two officers, police said"
        if governing is not None and self.plural_for_it(token, governing):
            governing = None  # "Protesters stormed parliament and set fire to it": not them
        own = self.plural_subject(token) if governing is not None else None
        if own is not None:  # "Czechia and Albania upgraded their ties, the agency said"
            return self.as_pronoun(token, own)
        if governing is not None and governing.person == want_person:
            return self.as_pronoun(token, governing)
        if governing is None:
            doer = self.own_plural_subject(token)
            if doer is not None:  # "Transport workers in Nigeria suspended their strike"
                return self.as_pronoun(token, doer)
        start = self.sentence_start(token)
        said = reported_span(token)
        bound = clause_subjects(token)
        fitting: list[Mention] = []
        for earlier in reversed(self.seen):
            if earlier.head >= token.i:
                continue
            if said[0] <= earlier.head < said[1]:
                continue  # "… targeting criminals around the leader, he said": not the leader
            if earlier.head in bound:
                continue  # "Macron urged him": him is not Macron
            if fitting and self.sentence_index(earlier.head) != self.sentence_index(
                fitting[0].head
            ):
                break
            if earlier.person == want_person:
                same = self.same_possessive(token, earlier)
                if same is not None:  # "withdrew its troops from its border": one owner
                    return same
                if earlier.head >= start and self.quoted(earlier.start, token):
                    continue  # '"… the president …," he said': he is not someone he quotes
                if earlier.head >= start or not self.in_subject(token):
                    return self.as_pronoun(token, earlier)
                fitting.append(earlier)
        main = next((m for m in fitting if self.main_subject(m)), None)
        if main is None:
            # "His exit came hours after the army chief demanded that the president be
            # removed. He said …": the doer nearest the main verb, not the latest person.
            acting = [m for m in fitting if self.doc[m.head].dep_ == "nsubj"]
            main = min(acting, key=lambda m: depth(self.doc[m.head]), default=None)
        chosen = main or (fitting[0] if fitting else None)
        return self.as_pronoun(token, chosen) if chosen is not None else None

    def plural_for_it(self, token: Token, mention: Mention) -> bool:
        """Whether "it" would stand for a plural common noun ("protesters", "troops"), which
        "it" never names; a plural name ("the United States", "the Philippines") it may, and
        a collective the tagger makes plural ("Police said it had arrested 40")."""
        head = self.doc[mention.head]
        return token.lower_ in SINGULAR_NEUTER and head.tag_ == "NNS" and head.lower_[-1] == "s"

    def attributed_after(self, token: Token, speaker: Mention) -> bool:
        """Whether a subject pronoun's clause is credited, after it, to a bare source ("They
        killed two officers, police said"; "…, officials said"): a source the reporter cites,
        not the doer the pronoun refers back to (a named or definite speaker may be: "They will
        fight on, the rebels said")."""
        said = self.doc[speaker.head]
        return (
            token.dep_ in SUBJECT_DEPS
            and said.i > token.i
            and said.pos_ == "NOUN"
            and not any(c.dep_ in MODIFIER_DEPS for c in said.children)
        )

    def mover(self, token: Token) -> Mention | None:
        """For a possessive on the forces a verb moves, or on where they go or leave, the
        verb's own subject: in "Serbia pulled back troops from its border, the White House
        said", the border is Serbia's, whoever reports it."""
        verb = clause_verb(token)
        if token.dep_ != "poss" or verb.lemma_.lower() not in MOVING:
            return None
        subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < token.i), None)
        if subject is None or self.is_pronoun(subject):
            return None
        return self.mention(subject)

    def same_possessive(self, token: Token, earlier: Mention) -> Mention | None:
        """A possessive pronoun repeated in one sentence has one owner: in "Armenia withdrew
        its troops from its border", the second "its" is Armenia, as the first is, not
        Armenia's troops."""
        if token.dep_ != "poss" or earlier.head < self.sentence_start(token):
            return None
        owner = next(
            (
                c
                for c in self.doc[earlier.head].children
                if c.dep_ == "poss" and c.lower_ == token.lower_ and c.i < token.i
            ),
            None,
        )
        if owner is None:
            return None
        antecedent = self.resolve_pronoun(owner)
        return self.as_pronoun(token, antecedent) if antecedent is not None else None

    def quoted(self, offset: int, pronoun: Token) -> bool:
        """Whether ``offset`` is inside a quotation of the pronoun's sentence and the pronoun is
        not (an odd number of quote marks before one of them only)."""
        # counted from the paragraph's start: a quotation may open a sentence earlier
        start = self.text.rfind("\n", 0, self.idx[self.sentence_start(pronoun)]) + 1
        inside = sum(self.text.count(m, start, offset) for m in QUOTE_MARKS) % 2 == 1
        at = sum(self.text.count(m, start, pronoun.idx) for m in QUOTE_MARKS) % 2 == 1
        return inside and not at

    def sentence_index(self, i: int) -> int:
        """The index, among the sentences read so far, of the sentence of token ``i``."""
        return bisect_right(self.sentences, i) - 1

    def sentence_start(self, token: Token) -> int:
        """The first token of the token's sentence (without Token.sent's search of the Doc)."""
        at = self.sentence_index(token.i)
        if at >= 0 and token.i < self.sentence_ends[at]:
            return self.sentences[at]
        return token.sent.start

    @staticmethod
    def in_subject(token: Token) -> bool:
        """ "It denied", "Its statement said": a pronoun that is, or owns, a subject."""
        return token.dep_ in SUBJECT_DEPS or (
            token.dep_ == "poss" and token.head.dep_ in SUBJECT_DEPS
        )

    def main_subject(self, mention: Mention) -> bool:
        """The subject of its sentence's main verb ("X said …", "…, said X")."""
        head = self.doc[mention.head]
        return head.dep_ in SUBJECT_DEPS and head.head.dep_ == "ROOT"

    def addressee(self, token: Token) -> Mention | None:
        """For a possessive on what one is asked or told to give up, the one asked: "urged
        Russia to withdraw its troops", "demanded that Kosovo withdraw its police", "said Greece
        must halt its exercises". What is reported as done keeps its speaker ("said Ukrainian
        jets bombed its positions"), and so does what one is asked to hand over or give ("urged
        India to release its fishermen", "asked Germany to send tanks to its army")."""
        if token.dep_ != "poss" or token.lower_ not in ("its", "their", "his", "her"):
            return None
        verb = token.head.head  # the pronoun's noun must be the object of a giving-up verb
        if token.head.dep_ != "dobj" or verb.lemma_.lower() not in RELINQUISHING:
            return None
        if verb.dep_ not in ("xcomp", "ccomp"):
            return None
        told = verb.head.lemma_.lower() in DIRECTIVES
        obliged = any(c.dep_ == "aux" and c.lower_ in OBLIGING for c in verb.children)
        if verb.dep_ == "ccomp" and verb.tag_ != "VB" and not obliged:
            return None  # "told the Council that drones had attacked its airfields": a report
        if not (told or obliged):
            return None
        doer = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
        if doer is None and told and verb.dep_ == "xcomp":
            # "urged Russia to …", "called on Iran to …": the one the directive is aimed at
            for child in verb.head.children:
                if child.dep_ == "dobj":
                    doer = child
                elif child.dep_ == "prep" and child.lower_ in ("on", "upon"):
                    doer = next((o for o in child.children if o.dep_ == "pobj"), doer)
                if doer is not None:
                    break
        if doer is None or self.is_pronoun(doer):
            return None
        if doer.left_edge.i <= token.i <= doer.right_edge.i:
            return None  # "demanded that its troops withdraw": the pronoun owns the doer
        return self.mention(doer)

    def governing_subject(self, token: Token) -> Mention | None:
        """For "X said it would…" or "X said jets bombed its positions": the subject of the verb
        that governs the pronoun's clause (the clause's own subject is skipped)."""
        verb = clause_verb(token)
        while verb.dep_ in ("ccomp", "xcomp", "conj", "advcl") and verb.head != verb:
            verb = verb.head
            for child in verb.children:
                if child.dep_ in SUBJECT_DEPS and child.i != token.i and not self.is_pronoun(child):
                    mention = self.mention(child)
                    if mention is not None:
                        return mention
        return None

    def plural_subject(self, token: Token) -> Mention | None:
        """The plural subject of a plural pronoun's own clause, when the clause is reported by
        one speaker: "Czechia and Albania upgraded their ties, the agency said" (their ties are
        the two states', not the agency's); "Russia said the jets bombed its positions" keeps
        its speaker."""
        if token.lower_ not in PLURAL_PRONOUNS:
            return None
        verb = clause_verb(token)
        speaker = verb
        while speaker.dep_ in ("ccomp", "xcomp", "conj", "advcl") and speaker.head != speaker:
            speaker = speaker.head
        said = next((c for c in speaker.children if c.dep_ in SUBJECT_DEPS), None)
        if said is None or plural(said):
            return None
        for child in verb.children:
            subject = child.dep_ in SUBJECT_DEPS and child.i < token.i
            if subject and plural(child) and not self.is_pronoun(child):
                return self.mention(child)
        return None

    def own_plural_subject(self, token: Token) -> Mention | None:
        """For a plural possessive, the plural subject of its own clause named before it:
        "Transport workers in Nigeria suspended their strike" (the workers', not Nigeria's,
        the latest name)."""
        if token.lower_ not in PLURAL_PRONOUNS or token.dep_ != "poss":
            return None
        verb = clause_verb(token)
        for child in verb.children:
            subject = child.dep_ in SUBJECT_DEPS and child.i < token.i
            if subject and plural(child) and not self.is_pronoun(child):
                return self.mention(child)
        return None

    def as_pronoun(self, token: Token, antecedent: Mention) -> Mention:
        return Mention(
            antecedent.code,
            token.text,
            token.idx,
            token.idx + len(token.text),
            token.i,
            f"coreference:{antecedent.text}",
            antecedent.person,
            antecedent.sector_word,
            token.dep_ in SUBJECT_DEPS,
        )

    def surname_antecedent(self, head: Token) -> Mention | None:
        """The person named before whom a later name calls by a word of their name: the
        latest whose name ends or starts with it (Korean or Chinese family names come first,
        "Kim"), else the latest with it inside a name ("Faki" of "Moussa Faki Mahamat"), else
        a one-word mention of it."""
        name = head.text
        people = [m for m in reversed(self.seen) if m.person]
        for side in (0, 1):  # the ends of names first: "Ahmed" is Abiy Ahmed, not Bola Ahmed Tinubu
            for earlier in people:
                if " " in earlier.text and name in family_names(earlier.text)[side]:
                    return earlier
        return next((m for m in people if m.text == name), None)

    def short_name_antecedent(self, head: Token, core: list[Token]) -> Mention | None:
        """The body named before whose name a later "the X" ends with: "the Guards" after
        "Iran's Revolutionary Guards", "the Front" after "the Polisario Front" (a capitalised
        last word, with nothing but "the" before it), "the commission" after "the election
        commission" (the body's own head noun); not a person's, whom a surname finds."""
        common = head.pos_ == "NOUN" and head.tag_ == "NN"
        if not common and (head.pos_ != "PROPN" or not head.is_title):
            return None
        if head.lower_ in CHAMBERS:
            return None  # "the House" after "the White House": the chamber
        if not any(t.lower_ == "the" for t in core) or any(
            t.i != head.i and t.lower_ != "the" for t in core
        ):
            return None
        for earlier in reversed(self.seen):
            words = earlier.text.split()
            if (
                earlier.head < head.i
                and not earlier.person
                and len(words) > 1
                and (
                    words[-1] == head.text
                    # "the commission" after "the election commission": a body's own head noun
                    or (common and self.doc[earlier.head].lower_ == head.lower_)
                )
                and not self.is_pronoun(self.doc[earlier.head])
            ):
                return earlier
        return None

    def known_surname(self, core: list[Token], sector: str | None) -> tuple[str, str] | None:
        """(code, how) of "President Bush", "the Bush administration": a family name people.tsv
        leaves out as ambiguous, decided by the article date and the title's sector; the one
        the article has named, when the table would give another of that name ("Khan's party"
        after "Imran Khan" is his, not the ICC prosecutor's)."""
        # The family name is the phrase's last proper noun ("President Levy Mwanawasa" is not
        # a Levy), written first only in names like "Kim Jong Un", which people.tsv lists whole.
        names = [t for t in core if t.pos_ == "PROPN" and t.ent_type_ in ("PERSON", "")]
        if not names:
            return None
        token = max(names, key=lambda t: t.i)
        if any(t.ent_type_ == "PERSON" and t.i < token.i for t in names):
            return None  # "Abbas Mousavi": a given name people.tsv does not know, not a Mousavi
        if token.i > 1 and self.doc[token.i - 1].text == "-":
            article = self.doc[token.i - 2].lower_ in ARABIC_ARTICLES  # "al-Thani" is a Thani
            if not article:
                return None  # "General Waker-Uz-Zaman" is not a Zaman
        people = self.resolver.codebook.surnames.get(token.text)
        if not people or token.i in self.hits:
            return None
        if sector is None and (
            token.ent_type_ != "PERSON"
            or placed(token)
            or place_object(token)
            or token.text.casefold() in self.towns
            or self.local_town(token.text)
        ):
            # "fled toward Goma": a bare name after a place word is no one; nor is the city
            # the story is filed from ("GOMA (Reuters) - M23 rebels seized Goma"), nor a city
            # of a country the article has named ("M23 fighters entered Goma").
            return None
        code = surname_code(people, self.date, sector)
        if code is None:
            return None
        earlier = self.surname_antecedent(token)
        if earlier is not None and earlier.code != code:
            return earlier.code, f"coreference:{earlier.text}"
        return code, "dictionary:surname"

    def local_town(self, name: str) -> bool:
        """The name is a city the gazetteer puts in a country the article has named."""
        if self.place_country is None:
            return False
        return self.place_country(name) in self.country_counts

    def hits_in(self, tokens: Iterable[Token]) -> list[Hit]:
        out: list[Hit] = []
        for token in tokens:
            hit = self.hits.get(token.i)
            if hit is not None and (not out or out[-1] is not hit):
                out.append(hit)
        return out

    def span_of(self, head: Token, core: list[Token]) -> tuple[int, int]:
        """Token range of a mention: its core words, without a leading article or mark."""
        indices = [t.i for t in core]
        start, end = min(indices), max(indices) + 1
        for i in range(head.i - 1, start - 1, -1):
            if (
                self.lower[i] in DASH_IDS
                and self.doc[i - 1].whitespace_
                and self.doc[i].whitespace_
            ):
                start = i + 1  # "ALMATY (Reuters) - Security forces": a dateline's spaced dash
                break
        while start < head.i and self.pos[start] in (DET_ID, PUNCT_ID):
            start += 1
        return start, end

    def words(self, start: int, end: int) -> str:
        """The text of tokens [start, end)."""
        return self.text[self.idx[start] : self.idx[end - 1] + self.length[end - 1]]

    def candidate_starts(self) -> list[int]:
        """Sorted token indices where a mention may start: the first word of each dictionary
        hit, a PERSON entity word, a personal pronoun."""
        starts = {hit.start for hit in self.hits.values()}
        lower = self.lower
        # A family name the tagger does not mark as a person ("a visibly tired Tikhanouskaya
        # said") after a full name it did: a short name of someone named before.
        iob, count = self.iob, len(lower)
        surnames = {  # the last word of each PERSON entity of several words
            lower[i]
            for i in range(count)
            if self.ent[i] == PERSON_ID
            and iob[i] == IOB_I
            and (i + 1 == count or iob[i + 1] != IOB_I)
        }
        groups = self.resolver.group_ids if self.has_groups else frozenset()
        for i, (p, e, word) in enumerate(zip(self.pos, self.ent, lower, strict=True)):
            if (
                e == PERSON_ID
                or (p == PRON_ID and word in PRONOUN_IDS)
                or (p == PROPN_ID and word in surnames)
            ):
                starts.add(i)
            elif word in ORG_NOUN_IDS and i and lower[i - 1] == THE_ID:
                starts.add(i)  # "the bloc", "the agency": an organisation named before
            elif word in groups:
                starts.add(i)  # "Kurds", "Tamil refugees": a community
        return sorted(i for i in starts if self.pos[i] != PUNCT_ID)

    def linked_body(self, hit: Hit) -> bool:
        """An organisation named only as a link ("al-Qaeda-linked rebels", "ISIS-inspired
        attackers"), or any name only as a mediator ("EU-brokered talks", "a Qatari-mediated
        deal"): the phrase is not that organisation or state."""
        if hit.entry is None:
            return False
        if hit.entry.kind == "organisation" and any(
            self.doc[i].head.lower_ in LINK_WORDS for i in range(hit.start, hit.end)
        ):
            return True
        # "EU-brokered": joined by a hyphen, not "Turkey mediated talks" misparsed as a phrase
        hyphen = hit.end < len(self.doc) and self.doc[hit.end].lower_ == "-"
        return (
            hyphen
            and not self.doc[hit.end - 1].whitespace_
            and self.doc[hit.end - 1].head.lemma_.lower() in MEDIATING
        )

    def owner_organisation(self, head: Token) -> Mention | None:
        """The organisation a title speaks for when its "for"/"of" phrase is one the article
        refers back to ("a spokesman for the force", "the head of the bloc")."""
        for child in head.children:
            if child.dep_ != "prep" or child.lower_ not in ("for", "of"):
                continue
            for obj in child.children:
                if obj.dep_ != "pobj" or obj.pos_ not in ("NOUN", "PROPN"):  # "bloc" as PROPN
                    continue
                # "a spokesman for the group's Nigeria office": the group's
                owners = [c for c in obj.children if c.dep_ == "poss"]
                for noun in (obj, *owners):
                    body = self.named_organisation(noun)
                    if body is not None:
                        return body
        return None

    def latest_armed_group(self, head: Token) -> Mention | None:
        """The armed group named last before a definite group noun ("the paramilitary group",
        "the armed movement"), else None: of any country."""
        return self.named_armed_group(head, "") if definite(head) else None

    def named_attackers(self, head: Token) -> Mention | None:
        """The armed group "the attackers" or "the gunmen" refer back to: the last armed party
        named before them, when it is a named group ("Al Shabaab fighters stormed a hotel.
        Somali forces killed the five attackers"), not unnamed gunmen; in the same sentence or
        the one before. Not when the noun says itself who they were ("the gunmen who attacked
        a school", "the attackers of a police station") or the sentence tells another
        incident ("separately")."""
        if any(
            c.dep_ in WHO_THEY_WERE or (c.dep_ == "prep" and c.lower_ == "of")
            for c in head.children
        ):
            return None
        at = self.sentence_index(head.i)
        if at < 0 or any(
            t.lower_ in OTHER_INCIDENT for t in self.sentence_words(at) if t.i < head.i
        ):
            return None
        since = self.sentences[at - 1] if at > 0 else 0
        for earlier in reversed(self.seen):
            if earlier.head >= head.i:
                continue
            if earlier.head < since:
                return None
            if earlier.code.startswith("IMG"):
                return earlier
            if earlier.code[3:6] in ARMED_GROUP_SECTORS:
                return None
        return None

    def named_armed_group(self, head: Token, country: str) -> Mention | None:
        """The armed group of a country named earlier in the article, for "the Somali
        Islamist group" or "the Kurdish militant movement" (group nouns only)."""
        if head.lower_ not in ARMED_ORG_NOUNS:
            return None
        for earlier in reversed(self.seen):
            if earlier.head < head.i and earlier.code.startswith(f"IMG{country}"):
                return earlier
        return None

    def named_party(self, head: Token) -> Mention | None:
        """The political party "the party" stands for: the latest one the article named
        ("… supporters of the Pakistan Tehreek-e-Insaf party. The party condemned …")."""
        for earlier in reversed(self.seen):
            if earlier.head >= head.i:
                continue
            said = earlier.sector_word or ""
            if said.endswith(PARTY_NOUN) or (
                earlier.how == PARTY_HOW
                and len(earlier.code) == 6
                and earlier.code[3:] in PARTY_SECTORS
            ):
                return earlier
        return None

    def sibling_body(self, head: Token) -> tuple[str, str] | None:
        """(code, how) of a capitalised "the Commission" or "the Parliament" after a body of an
        organisation's family: the one body of that family whose name ends with the word ("the
        Commission" after the European Parliament is the European Commission, after the African
        Union the AU Commission), not whatever was named last (a company it fined). None when
        the family has no such body or more than one ("the Council": European or EU Council)."""
        if not head.is_title or not definite(head) or head.lower_ not in SIBLING_WORDS:
            return None
        earlier = next(
            (e for e in reversed(self.seen) if e.head < head.i and e.code.startswith("IGO")),
            None,
        )
        if earlier is None or len(earlier.code) < FAMILY_LENGTH:
            return None
        if any(earlier.head < e.head < head.i and country_part(e.code) for e in self.seen):
            return None  # "The EU criticised Georgia. The Parliament accused the EU …": Georgia's
        family = earlier.code[:FAMILY_LENGTH]
        codes = {c for c in self.resolver.bodies.get(head.text, ()) if c.startswith(family)}
        if len(codes) != 1:
            return None
        return codes.pop(), f"coreference:{earlier.text}"

    def named_organisation(self, head: Token) -> Mention | None:
        """The organisation "the bloc", "the agency" or "the group" stands for: the latest one
        the article named (an armed group only for group/alliance/coalition/movement); "the
        court" or "the bank" only one whose name has that word."""
        if head.lower_ in BODY_WORDS and definite(head):
            # "the court" after the International Criminal Court: the body whose name has the
            # word, not a court of the story's country
            return next(
                (
                    e
                    for e in reversed(self.seen)
                    if e.head < head.i
                    and e.code.startswith(("IGO", "NGO"))
                    and head.lower_ in name_words(e.text)[1:]
                ),
                None,
            )
        if head.lower_ not in ORG_NOUNS or not definite(head):
            return None
        if head.lower_ == PARTY_NOUN:
            return self.named_party(head)
        armed = head.lower_ in ARMED_ORG_NOUNS
        start = self.sentence_start(head)
        for earlier in reversed(self.seen):
            if earlier.head >= head.i:
                continue
            if earlier.head >= start and self.quoted(earlier.start, head):
                continue  # '"… hunting grounds for armed groups," said a spokesman for the group
            if head.lower_ == BLOC_NOUN and earlier.code not in BLOCS:
                continue  # "accused the bloc" after a WTO ruling: the EU named before it
            if earlier.code.startswith(("IGO", "NGO", "MNC")) or (
                armed and earlier.code.startswith("IMG")
            ):
                return earlier
        return None


def name_words(text: str) -> list[str]:
    """A name's words, lower-cased and without a possessive ending ("International Criminal
    Court's" → international, criminal, court)."""
    return [word.removesuffix("'s").removesuffix("\u2019s") for word in text.lower().split()]


# Prepositions of place and direction: a bare name in their object is more likely a place.
PLACE_PREPS = frozenset(
    {"in", "near", "at", "to", "toward", "towards", "into", "from", "around", "outside", "of"}
    | {"across", "through", "inside", "via"}
)


# Verbs whose object is more likely a place than a person: "Ruto visited Goma".
PLACE_VERBS = frozenset(
    "visit tour enter reach capture seize besiege shell bomb storm overrun liberate".split()
)


def placed(token: Token) -> bool:
    """The object of a place or direction preposition ("north of Goma", "fled toward Goma")."""
    return token.dep_ == "pobj" and token.head.lower_ in PLACE_PREPS


def place_object(token: Token) -> bool:
    """The object of a verb done to places ("visited Goma", "captured Goma")."""
    return token.dep_ == "dobj" and token.head.lemma_.lower() in PLACE_VERBS


def given_name(doc: Doc, hit: Hit) -> bool:
    """A one-word person alias followed by another word of the same person's name ("Abbas
    Mousavi" is not Mahmoud Abbas): the alias is someone else's given name. So is a country
    or capital opening a person's name ("said Montserrat Puig, a retired teacher")."""
    if hit.end - hit.start != 1 or hit.entry is None or hit.end >= len(doc):
        return False
    after = doc[hit.end]
    # The next word continues the same PERSON entity ("I"), not a new one.
    continued = after.pos == PROPN_ID and after.ent_type == PERSON_ID and after.ent_iob_ == "I"
    if hit.entry.kind in ("country", "metonym"):
        first = doc[hit.start]
        return continued and first.ent_type == PERSON_ID and first.ent_iob_ == "B"
    return hit.entry.is_person and continued


def state_only(sector: str, title: str) -> bool:
    """Whether people of this sector or title belong to a state and never to an organisation
    ("Opposition leader Omar Ayub", "Finance Minister X")."""
    return sector in STATE_ONLY_SECTORS or title.lower().rsplit(" ", 1)[-1] in STATE_ONLY_TITLES


def former(mention: Mention) -> bool:
    """A former office holder: coded ELI, or named so ("exiled former President X", now OPP)."""
    words = mention.text.lower().replace("-", " ").split()
    return mention.code.endswith("ELI") or not FORMER.isdisjoint(words)


def depth(token: Token) -> int:
    """How many heads lie between a token and its sentence's root."""
    steps = 0
    while token.head.i != token.i:
        token, steps = token.head, steps + 1
    return steps


def other_family(doc: Doc, hit: Hit) -> bool:
    """A one-word person alias after a given name of the same PERSON entity that the person's
    full name lacks ("said Moussa Issoufou, a graduate" is not Mahamadou Issoufou; "Recep
    Erdogan" still is Recep Tayyip Erdogan): someone else of that family name."""
    if hit.end - hit.start != 1 or hit.entry is None or not hit.entry.is_person or hit.start < 1:
        return False
    first, before = doc[hit.start], doc[hit.start - 1]
    return (
        first.ent_type == PERSON_ID
        and first.ent_iob_ == "I"
        and before.pos == PROPN_ID
        and before.text not in hit.entry.name.split()
    )


def aged(name: Token) -> bool:
    """A name described with an age ("Maxim, a 31-year-old programmer"): one person."""
    for noun in name.children:
        if noun.dep_ == "appos" and noun.tag_ == "NN":
            before = noun.doc[noun.left_edge.i : noun.i].text.lower()
            if "year-old" in before or "year old" in before:
                return True
    return False


COUNTING_WORDS = frozenset({"many", "several", "some", "few", "dozens", "hundreds", "thousands"})
PEOPLE_PLACE_PREPS = frozenset({"of", "from", "in", "across", "throughout"})


def bare_title(head: Token) -> bool:
    """ "the secretary-general" on its own: "the" before it and no owner ("the party's", "its",
    "of the party", "for Syria")."""
    words = [head, *(c for c in head.children if c.dep_ in ("compound", "amod"))]
    return head.left_edge.lower_ == "the" and not any(
        c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ in ("of", "for"))
        for word in words
        for c in word.children
    )


def definite(noun: Token) -> bool:
    """ "the bloc", "the statement": a noun with "the", which refers back to one named before."""
    return any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children)


def plural(noun: Token) -> bool:
    """A plural noun phrase: a plural head or coordinated heads ("Czechia and Albania")."""
    return noun.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in noun.children)


def counted_people(head: Token, hits: dict[int, Hit]) -> bool:
    """A plural demonym used for people, not the state: counted ("168 Liberians", "thousands
    of Nigerians"), described ("young Algerians"), placed ("Palestinians of the West Bank",
    "Ghanaians from across the nation") or doing something ("Syrians living in
    Lebanon")."""
    if head.tag_ not in ("NNPS", "NNS"):
        return False
    for c in head.children:
        if c.dep_ == "nummod" or c.lower_ in COUNTING_WORDS:
            return True
        if head.tag_ != "NNPS" and head.ent_type_ != "NORP":
            continue  # "the Indian and Pakistani sides of the border" are the states
        if c.dep_ == "amod" and c.pos_ == "ADJ" and c.i < head.i and c.i not in hits:
            return True
        if c.dep_ == "compound" and c.is_sent_start and c.i not in hits and c.ent_type_ == "":
            return True  # "Young Algerians blocked roads": the tagger takes "Young" for a name
        if c.i == head.i + 1 and (
            (c.dep_ == "prep" and c.lower_ in PEOPLE_PLACE_PREPS)
            or (c.dep_ == "acl" and c.tag_ == "VBG")
        ):
            return True
    prep = head.head
    return head.dep_ == "pobj" and prep.lower_ == "of" and prep.head.lower_ in QUANTITIES


def stance(doc: Doc, hit: Hit) -> bool:
    """A country, demonym or capital after "anti-" or "pro-" ("anti-Syria", "pro-Russian",
    "anti-Kremlin"): whom someone is for or against, not whose they are."""
    entry = hit.entry
    if entry is None or entry.kind not in ("country", "demonym", "metonym") or hit.start < 2:
        return False
    return doc[hit.start - 1].text == "-" and doc[hit.start - 2].lower_ in ("anti", "pro")


def name_start(token: Token) -> int:
    """The first word of the proper name a token ends ("Kafr Nabl" of "the town of Kafr Nabl")."""
    start = token.i
    while (
        start > 0
        and token.doc[start - 1].pos == PROPN_ID
        and token.doc[start - 1].head.i == token.i
    ):
        start -= 1
    return start


def chamber(word: Token) -> bool:
    """A capitalised "House" standing alone for a legislative chamber ("the House voted",
    "House Republicans", "House Speaker Mike Johnson"), not a home, a name's last word ("White
    House", "Government House"), a name with its own "of" ("House of Saud") nor a modifier of a
    common noun ("House prices")."""
    before = word.doc[word.i - 1] if word.i > 0 else None
    after = word.doc[word.i + 1] if word.i + 1 < len(word.doc) else None
    return (
        word.text[:1].isupper()
        and (before is None or before.pos != PROPN_ID)
        and (after is None or after.lower_ != "of" or after.head.i != word.i)
        and (word.dep_ != "compound" or word.head.text[:1].isupper())
    )


def in_full_name(token: Token) -> bool:
    """A word inside a name of more than one word ("Tamil" in "Tamil Selvan"); a plural is
    none, whatever the tagger says of "Bosnian Serbs"."""
    if token.ent_type_ != "PERSON" or token.tag_ == "NNPS":
        return False
    following = token.nbor(1) if token.i + 1 < len(token.doc) else None
    return token.ent_iob_ == "I" or (following is not None and following.ent_iob_ == "I")


def group_modifiers(head: Token) -> list[Token]:
    """The words before a head that describe it, also through each other ("Turkish Kurd
    refugees", "the largest Tuareg rebel group")."""
    out = []
    stack = [c for c in head.lefts if c.dep_ in GROUP_MODIFIER_DEPS]
    while stack:
        token = stack.pop()
        out.append(token)
        stack.extend(c for c in token.lefts if c.dep_ in GROUP_MODIFIER_DEPS)
    return out


@functools.lru_cache(maxsize=1 << 14)
def home_country(code: str) -> str | None:
    """An actor's country, an armed group's home country included ("IMGLBNHEZ" → LBN; a
    transnational group, "IMGMOS…", has none: organisations.tsv; nor a generic "IMGGOV")."""
    if code.startswith("IMG"):
        home = code[3:6]
        return home if len(home) == 3 and home != TRANSNATIONAL and home not in SECTORS else None
    return country_part(code)


# Actor codes of no country: organisations' and those of an unknown country.
NO_COUNTRY_PREFIXES = (UNKNOWN_COUNTRY, *ORGANISATION_PREFIXES)


@functools.lru_cache(maxsize=1 << 14)
def named_vessel(token: Token) -> bool:
    """Whether a name is a ship's, after its navy's prefix (``SHIP_PREFIXES``: "fired at the BRP
    Cabra", "aboard USS Ralph Johnson")."""
    return token.pos_ == "PROPN" and any(
        c.dep_ == "compound" and c.i < token.i and c.lower_ in SHIP_PREFIXES for c in token.children
    )


def country_part(code: str) -> str | None:
    """The country of an actor code, or None for organisations and unknown countries."""
    if code.startswith(NO_COUNTRY_PREFIXES) or len(code) < 3:
        return None
    return code[:3]


def clause_subjects(pronoun: Token) -> frozenset[int]:
    """The subjects an object pronoun cannot stand for: those of its own verb ("Xi
    congratulated him", "Macron spoke with her"); for the subject of a relative clause, the
    noun the clause is about ("a Belarusian man whom it accused of spying": it is not the
    man); none for other pronouns."""
    if pronoun.dep_ in SUBJECT_DEPS and pronoun.head.dep_ == "relcl":
        return frozenset({pronoun.head.head.i})
    if pronoun.dep_ not in OBJECT_PRONOUN_DEPS or pronoun.lower_ not in OBJECT_PRONOUNS:
        return frozenset()
    verb = pronoun.head.head if pronoun.dep_ == "pobj" else pronoun.head
    return frozenset(c.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass"))


def struck_at(head: Token) -> bool:
    """Whether force strikes the head's words: the object of a verb of force ("bombed rebel
    positions") or of an "on", "against" or "with" phrase ("air strikes on militants",
    "clashed with rebels")."""
    noun = head
    while noun.dep_ in ("compound", "amod", "npadvmod", "nmod"):  # "rebel-held towns"
        noun = noun.head
    if noun.dep_ == "pobj" and noun.head.lower_ in ("on", "against", "with"):
        act = noun.head.head
    elif noun.dep_ == "dobj":
        act = noun.head
    else:
        return False
    return act.lemma_.lower() in STRUCK_BY


def clause_objects(head: Token) -> frozenset[int]:
    """The words of what the head's clause acts on, when the head is its subject: the verb's
    objects and the objects of its phrases other than of place ("criticized Israel", "met
    Israel's defence minister", "talked to Beijing"; not "in Mali")."""
    if head.dep_ != "nsubj":
        return frozenset()
    found: set[int] = set()
    for child in head.head.children:
        if child.dep_ in ("dobj", "dative"):
            found.update(t.i for t in child.subtree)
        elif child.dep_ == "prep" and child.lower_ not in WHERE_PREPS:
            found.update(t.i for c in child.children if c.dep_ == "pobj" for t in c.subtree)
    return frozenset(found)


def object_owner(token: Token) -> Token | None:
    """The plural object before "their" in its clause, whose it is: "thanked neighbouring
    countries for their solidarity", "praised the soldiers for their courage"."""
    if token.lower_ != "their" or token.dep_ != "poss":
        return None
    verb = clause_verb(token)
    return next(
        (c for c in verb.children if c.dep_ == "dobj" and c.i < token.i and plural(c)), None
    )


def clause_verb(token: Token) -> Token:
    """The verb of the clause a word is in (the root when none is)."""
    verb = token.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head != verb:
        verb = verb.head
    return verb


def where_phrase(prep: Token) -> bool:
    """Whether a preposition places what its sentence tells: "in Haiti", "near Peshawar", and
    "on" after an attack noun ("missile strikes on Kharkiv killed seven people")."""
    lower = prep.lower_
    return lower in WHERE_PREPS or (
        lower == "on" and prep.head.pos_ == "NOUN" and prep.head.lemma_.lower() in ATTACK_NOUNS
    )


def reported_span(pronoun: Token) -> tuple[int, int]:
    """Token range of what a subject pronoun's verb reports or takes as object ("The army was
    only targeting criminals around the leader, he said"): a name there is not the pronoun's
    antecedent. (0, 0) for other pronouns."""
    if pronoun.dep_ not in SUBJECT_DEPS:
        return 0, 0
    for child in pronoun.head.children:
        if child.dep_ in ("ccomp", "xcomp", "dobj") and child.i < pronoun.i:
            return child.left_edge.i, child.right_edge.i + 1
    return 0, 0


@functools.lru_cache(maxsize=1 << 14)
def actor_country(code: str) -> str | None:
    """The country of an actor code, including an armed group's (IMGYEMHOU → YEM; none for
    transnational ones such as IMGMOSALQ)."""
    if code.startswith("IMG") and code[3:6] in COUNTRY_CODES:
        return code[3:6]
    return country_part(code)


def phrase_head(token: Token) -> Token:
    """Walk up from a word to the head of the noun phrase it modifies."""
    while True:  # each Token.head read builds a Token: read it once per step
        head, dep = token.head, token.dep_
        if head.i == token.i or not (
            dep in MODIFIER_DEPS
            or (dep == "conj" and head.dep_ in MODIFIER_DEPS)  # "Hungarian and Romanian"
        ):
            return token
        if dep == "compound" and misparsed_coordination(token):
            return token
        if dep == "npadvmod" and head.pos_ in ("VERB", "AUX") and head.dep_ not in MODIFIER_DEPS:
            return token  # "… his counterpart Andrii Sybiha" hung on the clause's verb
        token = head


def misparsed_coordination(token: Token) -> bool:
    """ "President Juan Manuel Santos and FARC rebel leader Rodrigo Londono" parsed with Santos
    as a compound of Londono that has the "and" and the second title as its own children: two
    actors, not one."""
    return (
        token.n_rights > 1  # the "and" and the second actor hang to its right
        and token.pos_ == "PROPN"
        and any(c.dep_ == "cc" for c in token.rights)
    )


def misparsed_partners(token: Token) -> list[Token]:
    """The first actors of a misparsed coordination hanging on ``token`` (see above)."""
    if not token.n_lefts:
        return []
    return [c for c in token.lefts if c.dep_ == "compound" and misparsed_coordination(c)]


@functools.lru_cache(maxsize=1 << 12)
def family_names(text: str) -> tuple[frozenset[str], frozenset[str]]:
    """The words of a person's mention a later one may call them by: (the last and first words
    of the mention, the other words of the name it ends with: "Faki" of "African Union chairman
    Moussa Faki Mahamat"), each also without an Arabic article ("Atta" of "Yasser al-Atta")."""
    words = owner_words(text.split())
    start = len(words)
    while start > 0 and (words[start - 1][:1].isupper() or arabic_name(words[start - 1])):
        start -= 1
    ends = {words[0], words[-1]}
    middles = set(words[start:]) - ends
    return with_bare_names(ends), with_bare_names(middles)


def owner_words(words: list[str]) -> list[str]:
    """The words of a mention up to the possessor it is named by, without the possessive
    ending: "President Macky Sall's decision" is called "Sall" later, not "decision". Not when
    a name follows the possessive: "Kenya's Interior Minister Kipchumba Murkomen" is called
    "Murkomen"."""
    for i, word in enumerate(words):
        bare = word.removesuffix("'s").removesuffix("\u2019s")
        if bare != word and bare:
            if any(w[:1].isupper() for w in words[i + 1 :]):
                return words
            return [*words[:i], bare]
    return words


def arabic_name(word: str) -> bool:
    """A name after an Arabic article: "al-Atta", "el-Sisi"."""
    article, _, rest = word.partition("-")
    return bool(rest) and article.lower() in ARABIC_ARTICLES


def with_bare_names(words: set[str]) -> frozenset[str]:
    """The words, and each name after an Arabic article without it ("al-Kaabi", "Kaabi")."""
    return frozenset(words | {w.partition("-")[2] for w in words if arabic_name(w)})


def phrase_tokens(
    head: Token, titled: bool = False, located: bool = True
) -> tuple[list[Token], list[Token]]:
    """The head's own modifiers (core), and the words of its "of"/"for" and apposition phrases
    (and of its "at" phrase for a person's title: "a senior official at the WFP"). Its "in"
    phrase counts only when the head may be an actor (``located``): people and bodies are of
    where they are ("residents in Gaza"), words and meetings are not ("his remarks in Doha").
    A call, demand or offer has no owner phrase (AUTHORED)."""
    core: list[Token] = []
    owner: list[Token] = []
    stack = [head]
    while stack:
        token = stack.pop()
        core.append(token)
        at_head = token is head  # the others are its modifiers, never the head itself
        for child in token.children:
            dep = child.dep_
            if dep == "compound" and misparsed_coordination(child):
                # the other actor's name: only its second conjunct ("FARC rebel leader")
                # describes this head
                stack.extend(c for c in child.children if c.dep_ == "conj")
            elif dep in MODIFIER_DEPS:
                stack.append(child)
            elif (
                dep == "prep"
                and at_head
                and head.lemma_.lower() not in AUTHORED
                and (child.lower_ in OWNER_PREPS or (titled and child.lower_ == "at"))
                and (located or child.lower_ != "in")
                and not (child.lower_ == "in" and head.lemma_.lower() in OCCASIONS)
                # "accused the alliance of failing to protect Armenia": a gerund's clause, which
                # the parser hangs on the accused, tells what they did, not whose they are
                and not any(c.dep_ == "pcomp" for c in child.children)
            ):
                owner.extend(
                    t
                    for t in child.subtree
                    if t != child
                    and not where_held(t, child)
                    and not inside_clause(t, child, RELATIVE)
                )  # not "settlements in the West Bank, a move the UN criticised"
            elif dep == "appos" and at_head:
                # not its relative clause: "X, an engineer who spent the night in Minsk"
                owner.extend(t for t in child.subtree if not inside_clause(t, child))
    return core, owner


# Sector words that also name what an agency gathers, and verbs that hand it over.
INFORMATION_WORDS = frozenset({"intelligence"})
SHARING = frozenset({"share", "exchange", "provide", "gather", "collect", "pass", "supply", "give"})


def information_given(head: Token) -> bool:
    """A word for information as the object of a verb that hands it over ("agreed to share
    intelligence", "provided intelligence to Kyiv"): no agency. "Intelligence officials"
    and "intelligence services" are headed by another word."""
    return (
        head.lemma_.lower() in INFORMATION_WORDS
        and head.dep_ in ("dobj", "obj", "conj")
        and head.head.lemma_.lower() in SHARING
    )


def where_held(token: Token, top: Token) -> bool:
    """Whether ``token`` is in the "in" phrase of a word that is no actor, below ``top``: "a
    round of talks in Rome" is no one of Rome."""
    while token.i != top.i:
        head = token.head
        if token.dep_ == "prep" and token.lower_ == "in" and head.lemma_.lower() in NOT_ACTORS:
            return True
        token = head
    return False


# Clauses on a noun: relative clauses, and also participles.
RELATIVE = frozenset({"relcl"})
CLAUSE_NOUN_DEPS = RELATIVE | {"acl"}


def inside_clause(token: Token, top: Token, deps: frozenset[str] = CLAUSE_NOUN_DEPS) -> bool:
    """Whether ``token`` is inside a relative or participle clause (``deps``) below ``top``."""
    while token.i != top.i:
        if token.dep_ in deps:
            return True
        token = token.head
    return False


# Participles by which a site names who is there: "bases hosting U.S. troops".
HOSTING_SITES = frozenset({"host", "house", "station"})


def hosted(site: Token) -> list[Token]:
    """Whom a site's "hosting" or "housing" participle names: "bases hosting U.S. troops"."""
    return participle_objects(site, HOSTING_SITES)


def carried(vehicle: Token) -> list[Token]:
    """What a vehicle's "carrying" clause names: "a convoy carrying relatives of …"."""
    return participle_objects(vehicle, CARRYING)


def participle_objects(noun: Token, verbs: frozenset[str]) -> list[Token]:
    """The objects of a noun's participle clauses whose verb is one of ``verbs``."""
    return [
        obj
        for clause in noun.children
        if clause.dep_ == "acl" and clause.lemma_.lower() in verbs
        for obj in clause.children
        if obj.dep_ in ("dobj", "obj")
    ]


def building_names(head: Token) -> list[Token]:
    """The place names compounded on a building ("the Jenin refugee camp": Jenin)."""
    return [c for c in head.children if c.dep_ == "compound" and c.pos_ == "PROPN"]


def clause_places(head: Token) -> list[Token]:
    """The places of a building's own participle or relative clause ("a school sheltering
    displaced families in central Gaza": Gaza)."""
    clauses = [c for c in head.children if c.dep_ in ("acl", "relcl")]
    return [
        word
        for clause in clauses
        for word in clause.subtree
        if word.dep_ == "pobj" and word.head.lower_ in ("in", "near")
    ]


def inside_hyphened_word(parsed: SpacyDoc, start: int, end: int) -> bool:
    """Whether tokens [start, end) are joined by hyphens to letters on both sides, as the middle
    of one hyphened word ("PORT-AU-PRINCE")."""
    if start < 2 or end + 1 >= len(parsed):
        return False
    before, after = parsed[start - 1], parsed[end]
    return (
        before.text == "-"
        and after.text == "-"
        and not parsed[start - 2].whitespace_
        and not before.whitespace_
        and not parsed[end - 1].whitespace_
        and not after.whitespace_
        and parsed[start - 2].text[-1:].isalpha()
        and parsed[end + 1].text[:1].isalpha()
    )


# Verbs that send people back to their own state: the country after "to" is theirs, the one
# after "from" the sender's (fled_state).
SENT_HOME = frozenset({"deport", "repatriate", "extradite", "expel"})
# How a refugee's state was read: fled "from" it, or sent "to" it (not counted as the story's).
FLED_HOW = "fled-from"
SENT_TO_HOW = "sent-to"


def pobjects(token: Token, preps: Collection[str]) -> Iterator[Token]:
    """The objects of the token's prepositions among ``preps``, in order."""
    for prep in token.children:
        if prep.dep_ == "prep" and prep.lower_ in preps:
            yield from (o for o in prep.children if o.dep_ == "pobj")


def conjuncts_any(token: Token) -> list[Token]:
    """Every word coordinated with ``token`` ("Hungarian and Romanian")."""
    out = []
    for child in token.children:
        if child.dep_ == "conj":
            out.append(child)
            out.extend(conjuncts_any(child))
    return out


def conjuncts(token: Token) -> list[Token]:
    """Coordinated phrase heads ("Brazil and Colombia"); a list the parser read as an
    apposition with its own conjunct ("The US, Russia, and Switzerland") counts too."""
    out = []
    for child in token.children:
        listed = child.dep_ == "appos" and any(c.dep_ == "conj" for c in child.children)
        if (child.dep_ == "conj" or listed) and child.pos_ in ("NOUN", "PROPN"):
            out.append(child)
            out.extend(conjuncts(child))
    return out


def office_of_another_state(by_kind: Mapping[str, Entry]) -> str | None:
    """The code of an office whose name metonyms.tsv gives one state ("Justice Department" →
    USAJUD) named with another state, whose office of that name it is: "the Philippine
    Justice Department" → PHLJUD; None for any other phrase."""
    office = by_kind.get("metonym")
    state = by_kind.get("country") or by_kind.get("demonym")
    if office is None or state is None or len(office.code) <= 3:
        return None
    if office.code[:3] == state.code[:3]:
        return None
    return state.code[:3] + office.code[3:]


# Sectors of a state's offices whose name may carry a state they deal with.
DEALING_SECTORS = frozenset({"GOV", "MIL"})
STATE_KINDS_NAMED = frozenset({"country", "demonym", "metonym"})


# International bodies whose name states' own bodies share, with the sector of a state's:
# "Russia's Security Council" is the Kremlin's, not the UN's.
NATIONAL_NAMESAKES = MappingProxyType({"IGOUNOUSC": "GOV"})


# Nouns after "Security Council" of a state's place in the UN's council, not a council of its
# own: "Slovenia's Security Council presidency", "Malta's Security Council term" ("Japan's
# Security Council bid" stays Japan's: the bid is the state's).
COUNCIL_STANDING = frozenset({"presidency", "seat", "term", "veto", "resolution"})


def national_namesake(hits: Iterable[Hit], doc: Doc) -> str | None:
    """The code of a state's own body named as an international one is, when a state names it
    just before ("Russia's Security Council", "the Armenian Security Council"): country + the
    body's sector ("a Russian-drafted Security Council resolution" stays the UN's)."""
    hits = list(hits)
    if not any(h.entry is not None and h.entry.code in NATIONAL_NAMESAKES for h in hits):
        return None  # most phrases: no such body
    for state, body in itertools.pairwise(sorted(hits, key=lambda h: h.start)):
        if (
            state.entry is None
            or body.entry is None
            or state.entry.kind not in ("country", "demonym")
            or body.entry.code not in NATIONAL_NAMESAKES
        ):
            continue
        between = [t.lower_ for t in doc[state.end : body.start]]
        home = country_part(state.entry.code)
        after = doc[body.end].lemma_.lower() if body.end < len(doc) else ""
        if after in COUNCIL_STANDING:
            continue  # "Slovenia's Security Council presidency": its turn at the UN's
        if home is not None and between in ([], ["'s"], ["’s"]):
            return home + NATIONAL_NAMESAKES[body.entry.code]
    return None


# Titles of the head of an organisation's secretariat, which "the …" uses for the organisation
# named before, with the code meant when none was: "the secretary-general" is the UN's.
ORGANISATION_HEADS = MappingProxyType(
    {
        "secretary-general": "IGOUNOSGN",
        "secretary general": "IGOUNOSGN",
        "director-general": "",
        "director general": "",
    }
)


# The sector of a party in opposition, which its officers share ("the opposition party's
# secretary-general").
OPPOSITION = "OPP"
# The UN and its bodies, agencies and programmes: whose "the secretary-general" is the UN's.
UN_FAMILY = "IGOUNO"
# Armed groups a secretary-general leads ("Hezbollah's secretary-general, Naim Qassem"): the
# only ones a bare "the secretary-general" may stand for.
SECRETARY_LED_GROUPS = frozenset({"IMGLBNHEZ", "IMGPSEPIJ"})


# Titles of a state's delegates to an organisation of states when the state and the
# organisation are named before the title ("Israel's U.N. ambassador", "the Ukrainian EU envoy").
DELEGATE_TITLES = frozenset(
    {"ambassador", "ambassadors", "envoy", "envoys", "representative", "representatives"}
)
# The organisation's own envoys for a country are named as the state's are ("Yemen U.N. envoy
# Hans Grundberg"); its ambassadors ("Israel U.N. ambassador Danny Danon") are the state's.
DELEGATE_ENVOYS = frozenset({"envoy", "envoys"})


def abbreviated(token: Token) -> bool:
    """ "U.S.", "UK", "UAE": a state's abbreviated name, which news sets before a noun as a
    demonym ("the U.S. NATO envoy")."""
    letters = token.text.replace(".", "")
    return len(letters) > 1 and letters.isalpha() and letters.isupper()


def state_delegate(hits: Iterable[Hit], doc: Doc) -> str | None:
    """The code of a state's delegate to an international organisation named as the state, the
    organisation and the title in a row ("Israel's U.N. ambassador", "the U.S. NATO envoy",
    "the Ukrainian EU ambassador"): the state's government, not the organisation ("the U.N.'s
    Syria envoy" and "U.N. envoy Hans Grundberg" stay the organisation's, as "Yemen U.N. envoy"
    is the UN's for Yemen and "the Syria UN envoy Geir Pedersen" the UN's own man)."""
    ordered = sorted(hits, key=lambda h: h.start)
    if len(ordered) < 3:
        return None  # most phrases: no state, body and title in a row
    for state, body, title in zip(ordered, ordered[1:], ordered[2:], strict=False):
        if (
            state.entry is None
            or body.entry is None
            or state.entry.kind not in ("country", "demonym")
            or not body.entry.code.startswith("IGO")
            or title.sector is None
            or title.phrase.split()[-1] not in DELEGATE_TITLES
            or title.start != body.end
        ):
            continue
        between = [t.lower_ for t in doc[state.end : body.start]]
        home = country_part(state.entry.code)
        if (
            not between
            and state.entry.kind == "country"
            and not abbreviated(doc[state.end - 1])
            and title.phrase.split()[-1] in DELEGATE_ENVOYS
            and not state_person(ordered, title.end, home)
        ):
            continue  # "Yemen U.N. envoy": the organisation's envoy for the country
        if home is not None and between in ([], ["'s"], ["’s"]):
            return None if body_person(ordered) else home + "GOV"
    return None


def political_party(token: Token) -> bool:
    """Whether a word is "party" as a political party, not a party to a treaty or dispute
    ("Russia is a party to the Rome Statute") nor "a third party"."""
    return (
        token.lower_ == PARTY_NOUN
        and token.pos_ in ("NOUN", "PROPN")
        and not any(c.dep_ == "prep" and c.lower_ == "to" for c in token.children)
        and not any(c.lower_ == "third" for c in token.children if c.dep_ == "amod")
    )


def state_person(ordered: list[Hit], after: int, home: str | None) -> bool:
    """Whether a listed person named after a title serves the given state ("Russia UN envoy
    Vassily Nebenzia"), who makes a bare country before the organisation the envoy's own."""
    return home is not None and any(
        h.entry is not None
        and h.entry.kind == "person"
        and h.start >= after
        and any(r.code.startswith(home) for r in h.entry.roles)
        for h in ordered
    )


def body_person(ordered: list[Hit]) -> bool:
    """Whether the hits name a listed person who serves the organisation they name ("the Syria
    UN envoy Geir Pedersen")."""
    return any(
        h.entry is not None
        and h.entry.kind == "person"
        and any(
            b.entry is not None
            and b.entry.kind != "person"
            and b.entry.code.startswith("IGO")
            and any(r.code.startswith(b.entry.code) for r in h.entry.roles)
            for b in ordered
        )
        for h in ordered
    )


def dealing_state(
    head: Token, core_hits: list[Hit], owner_hits: list[Hit], head_sector: str | None
) -> str | None:
    """The state whose office a phrase names when it names two states, the last a country's
    name compounded before the office ("China's Taiwan Affairs Office", "the U.S. Ukraine
    envoy", "Russia's Syria envoy"): the first-named; None for any other phrase."""
    if head_sector not in DEALING_SECTORS:
        return None
    doc = head.doc
    states = sorted(
        (
            h
            for h in (*owner_hits, *core_hits)
            if h.entry is not None and h.entry.kind in STATE_KINDS_NAMED and h.end <= head.i
        ),
        key=lambda h: h.start,
    )
    if len({h.entry.code[:3] for h in states if h.entry is not None}) < 2:
        return None
    first, last = states[0], states[-1]
    if last.entry is None or first.entry is None or last.entry.kind != "country":
        return None
    if doc[last.end - 1].dep_ != "compound" or first.entry.code[:3] == last.entry.code[:3]:
        return None
    return first.entry.code[:3]


# Munitions a firing verb's object names, and the verbs: "fired artillery shells".
FIRED_MUNITIONS = LAUNCHED | frozenset({"round", "salvo", "barrage"})
FIRING_VERBS = frozenset({"fire", "launch", "lob"})


def munition_fired(head: Token) -> bool:
    """Whether a noun is the munition a firing verb fires ("fired artillery shells", "launched
    rocket salvos"), which names no armed force, whatever sector word is compounded with it."""
    return (
        head.pos_ == "NOUN"
        and head.dep_ == "dobj"
        and head.lemma_.lower() in FIRED_MUNITIONS
        and head.head.lemma_.lower() in FIRING_VERBS
    )


def bill_owner(title: Hit | None) -> bool:
    """Whether a title word before a bill names its owner rather than its topic: a sector that
    puts bills forward ("the opposition bill"; not "the police bill")."""
    return title is not None and title.sector in BILL_SPONSORS


def own_homeland_phrase(noun: Token) -> bool:
    """Whether "his country" names the state its owner serves: not "his native country",
    "his country of birth"."""
    return noun.lemma_.lower() in HOMELAND_NOUNS and not any(
        w.lower_ in OTHER_HOMELAND_WORDS for w in noun.subtree if w.i != noun.i
    )
