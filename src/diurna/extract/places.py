"""Places: place mentions in an article (resolved with a Gazetteer), the dateline, and where each
event happened.

An event's location, first that applies:
1. a place in a location phrase on the trigger, its object or its subject ("in", "near", "at", "on
   the outskirts of", "south of" …; "A drone strike near Nabatieh killed …"; for force events
   and visits also the object itself: "shelled Ganja", "visited Monguno"); a city before a
   country, then nearest first. "On" is a place only for force events, visits and place nouns
   ("called on Russia" is not); a name modifying anything but a site ("U.S. troops", "at
   Ankara's request"; not "Kabul airport") is not a place; the place of the first of
   coordinated verbs places the later ones too ("In Tehran, X condemned … and demanded …",
   "raided homes in Cochabamba and detained …", "flew to Niamey and met …"), but where a
   coordinated verb of travel went does not place the verb before it ("resigned and flew into
   exile in Nigeria"); an event noun's verb carries its places ("launched an offensive to
   retake the city of Kunduz"), and a city taken as "it" is the one named before in the
   sentence;
2. the dateline city, for an event in the first paragraph (anywhere, when a location phrase names a
   local site: "near the Congress building", "at the presidential palace") with an actor of the
   dateline's country (any actor of the trigger: "Putin and Erdogan agreed" in Sochi; for force,
   its target: US missiles striking Syria were not fired in Washington), when no place in the
   trigger's own clause lies outside that country;
3. nothing → null.
A name with several candidates goes to one in a country the article mentions, then to an exact
(primary) name, then to the most populous. A name the main index lacks is looked up among the towns
of the article's countries, then among their places spelled a little differently ("Ben Guerdane":
Ben Gardane). A bare "Congo" is the DR Congo when the article's actors are. A city beats a country
("In Ukraine, … fired missiles at Odesa"), then the nearest phrase wins. A name followed by
"region", "province" … is an area, never an event's location. "The capital" in a place phrase is
the capital of the dateline's country (or of the article's only country); "the city" or "the town"
is the city named last.
"""

from __future__ import annotations

import logging
import re
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass

from spacy.attrs import IDX, POS
from spacy.parts_of_speech import PROPN, PUNCT

from diurna.coding.ontology import is_statement
from diurna.extract.actors import AREA_WORDS, STRIKING_VERBS, WORDY_STRIKING_VERBS
from diurna.extract.datewords import MONTHS, WEEKDAYS
from diurna.extract.events import (
    FORCE_ROOTS,
    ORIGIN_PARTICIPLES,
    REPRESSION,
    SPEECH_VERBS,
    participle_after,
    purpose_act,
)
from diurna.extract.gazetteer import (
    DWARFS,
    GENERIC,
    OTHER_READINGS,
    Gazetteer,
    Place,
    normalise,
    subdivision_country,
)
from diurna.extract.parse import Doc, Span, Token

log = logging.getLogger(__name__)

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
PROPN_ID, PUNCT_ID = int(PROPN), int(PUNCT)
LOCATION_PREPS = frozenset(
    {"in", "near", "at", "outside", "around", "inside", "across", "into", "over", "off", "on"}
    | {"through", "throughout", "within"}
)
# "on" marks a location only for force events and visits, or with one of these objects.
ON_PLACES = frozenset({"border", "frontier", "coast", "island", "outskirts", "streets", "street"})
# Open country away from any city: an event "near the disputed border" or "in the northern
# region" did not happen in the city the story was filed from.
OPEN_COUNTRY = frozenset(
    {"border", "frontier", "frontline", "region", "province", "jungle", "countryside"}
    | {"mountains", "desert", "northeast", "northwest", "southeast", "southwest", "hinterland"}
    | {"borderlands", "coast", "sea", "waters", "strait", "valley", "highlands"}
)
OPEN_WORDS = re.compile(r"(?i)\b(?:" + "|".join(sorted(OPEN_COUNTRY)) + r")\b")
# "of" marks a location only after these: "on the outskirts of X", "south of X".
AREA_HEADS = frozenset(
    {"outskirts", "edge", "north", "south", "east", "west", "northeast", "northwest"}
    | {"southeast", "southwest", "centre", "center", "heart", "suburbs", "vicinity"}
)
# Arcs a location phrase may not cross: another clause. (The subject is crossed: "a drone strike
# near Nabatieh killed …", "officials in Kabul condemned …" happened there.)
CLAUSE_DEPS = frozenset(
    {"ccomp", "xcomp", "advcl", "relcl", "acl", "csubj", "parataxis", "agent", "mark"}
)
DIRECTIONS = frozenset(
    "north south east west northeast northwest southeast southwest north-east north-west "
    "south-east south-west".split()
)
# Marks of a clause that happens at the same moment, hence in the same place, as its verb's.
SIMULTANEOUS = frozenset({"as", "while", "when"})
# Arriving somewhere, and the marks of a clause just before: what follows happened there.
ARRIVALS = frozenset({"arrive", "land"})  # not "reach": "after the sides reached a deal"
AFTER = frozenset({"after", "upon", "once"})
# The links from a statement's content up to its reporting verb.
STATEMENT_LINKS = frozenset({"ccomp", "xcomp", "conj", "advcl", "parataxis"})
ACTING_DEPS = frozenset({"nsubj", "nsubjpass", "agent"})  # a place name as the one acting
PARTY_PREPS = frozenset({"with", "against"})
# Prepositions whose gerund names another act than their verb's: "warned against deploying",
# "accused of spying", "withdrew from patrolling" (not "arrested for looting in the city").
ACT_OF_PREPS = frozenset({"of", "against", "from"})
# Verbs of preventing, whose "from" gerund is the act stopped where it would have happened:
# "prevented supporters from marching in Tbilisi" was in Tbilisi.
PREVENTING = frozenset(
    {"prevent", "stop", "block", "bar", "ban", "keep", "deter", "forbid", "prohibit", "hinder"}
)
WORLD_CITY = 1_000_000  # inhabitants: a city known by its name anywhere in the world
# A city abroad this big and DWARFS times an article country's namesake is the one meant in a
# story of two countries or more. A one-country story keeps its own town ("British police ... in
# Richmond").
KNOWN_CITY = 150_000
# Acts done together by both parties where they met: express intent, consult, cooperate.
MET_ROOTS = frozenset({"03", "04", "05"})
MODIFIER_DEPS = frozenset({"compound", "amod", "poss", "nmod"})
# Participles saying where the subject was as it acted ("Speaking in Bangkok, …").
PRESENT_AT = frozenset(
    {"speak", "address", "talk", "visit", "attend", "appear", "testify", "meet", "gather"}
    | {"tell", "announce"}
)
VISIT = "042"  # CAMEO "make a visit": the place visited is where it happened
BY_TELEPHONE = "041"  # CAMEO "discuss by telephone": a call is placed at neither end
VISIT_VERBS = frozenset({"visit", "tour"})
# Going somewhere: "flew to Niamey and met X" met there; "resigned and flew into exile in
# Nigeria" did not resign there.
TRAVEL_VERBS = frozenset({"fly", "travel", "head", "return", "flee", "leave", "depart"})
GOING_TO = VISIT_VERBS | TRAVEL_VERBS  # verbs whose object or "to" phrase is where one is
# Taking or raiding a place happens there: "seized Damascus", "captured the town", "raided the
# Tunis office".
TAKING_VERBS = frozenset(
    {"seize", "capture", "overrun", "storm", "besiege", "take", "retake", "recapture", "raid"}
)
ENTERING = frozenset({"enter", "reach", "surround", "encircle"})  # "entered the city"
# Verbs whose object can only be a place: "overran Sirte" (one may "capture" a person).
PLACE_TAKING = ENTERING | {"overrun", "besiege", "retake", "recapture"}
# Restrictions laid on a place: "imposed a curfew on the city" is in the city.
CURFEWS = frozenset({"curfew", "lockdown"})
# Words sent from where the speaker is: "said in a video message from New York".
SENT_FROM = frozenset({"message", "statement", "video", "broadcast", "address", "interview"})
MENTION_PREPS = LOCATION_PREPS | {"to", "from", "toward", "towards", "through", "via", "within"}
PLACE_NOUNS = frozenset(
    {"city", "town", "village", "capital", "port", "resort", "province", "region", "district"}
    | {"enclave", "suburb", "neighbourhood", "neighborhood", "governorate", "island", "area"}
)
# Words after (or ending) a name that make it an area, not its eponymous city (AREA_WORDS).
AREA_ALTERNATIVES = "(?:" + "|".join(sorted(AREA_WORDS)) + ")"
AREA = re.compile(rf"\s+{AREA_ALTERNATIVES}\b", re.IGNORECASE)
AREA_END = re.compile(rf"\s{AREA_ALTERNATIVES}$", re.IGNORECASE)
# Bare nouns in a place phrase that stand for a place: the capital of the story's country, or the
# city or town named before ("looting in the city overnight").
BARE_WORDS = re.compile(r"\b(?:capital|city|town)\b")
# Nouns of places a name can modify ("Kabul airport", "the Gaza border", "Tahrir Square").
SITES = PLACE_NOUNS | frozenset(
    {"airport", "port", "base", "border", "square", "palace", "embassy", "camp", "bridge"}
    | {"headquarters", "hotel", "prison", "hospital", "university", "station", "crossing"}
    | {"outskirts", "centre", "center", "street", "streets", "parliament", "stadium", "market"}
    | {"hall", "office", "offices", "bureau"}  # "outside Istanbul's city hall", "the Tunis office"
)
BUILT_SITES = SITES - PLACE_NOUNS  # "Kabul airport" names a city; "the Jebel area" an area
# Local sites that place an event in the story's own city when no other place is named.
LANDMARKS = frozenset(
    {"palace", "parliament", "square", "embassy", "stadium", "building", "headquarters"}
    | {"campus", "hotel", "airport", "market", "mosque", "church", "cathedral", "courthouse"}
    | {"streets", "street", "residence", "ministry", "congress", "university", "station"}
    | {"dormitory", "school", "hospital", "prison", "jail", "compound", "scene"}
)
LANDMARK_WORDS = re.compile(r"(?i)\b(?:" + "|".join(sorted(LANDMARKS)) + r")\b")
# Entity labels that are never read as places, whatever the gazetteer knows.
NOT_PLACES = frozenset({"CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY", "TIME", "DATE"})
TIME_LABELS = frozenset({"DATE", "TIME"})
ARTICLE = re.compile(r"^(?:al|el|ad|ar|as|ash|at|az|an)-")
# Month and weekday names, never places ("on Thursday" is no Thursday Island).
CALENDAR_WORDS = frozenset(MONTHS) | frozenset(name.title() for name in WEEKDAYS)
# Verbs of leaving for a place: "the convoys left for Tijuana".
DEPARTURES = frozenset({"leave", "head", "depart", "sail", "fly", "set", "bind"})
# Capital letters, with the accented ones of datelines such as "CULIACÁN" or "ASUNCIÓN".
UPPER = "A-Z" + "".join(c for c in map(chr, range(0xC0, 0x250)) if c.isupper())
LETTER = UPPER + "a-z" + "".join(c for c in map(chr, range(0xC0, 0x250)) if c.islower())
DATELINE_SPAN = 200
# Lines of headline or byline a dateline may follow; a headline ends with no full stop.
HEADING_LINES = 2
SENTENCE_END = (".", "!")
BYLINE = "By "
DATELINE = re.compile(
    rf"^\s*(?P<place>[{UPPER}][{UPPER}'’.\- ]{{2,}}(?:/[{UPPER}][{UPPER}'’.\- ]{{2,}})*)"
    rf"(?:,\s*(?P<region>[{UPPER}][{LETTER}'’.\- ]+?))?"
    r"(?:,\s*(?P<date>[A-Z][a-z]{2,8}\.?\s+\d{1,2}))?"
    r"\s*(?:\((?P<agency>[A-Za-z .&-]+)\))?\s*[-–—]+\s"
)


@dataclass(frozen=True, slots=True)
class Doers:
    """What the article knows of an event's doers that decides where it happened.

    ``policing``: police acting on their own country's people (in the dateline city in any
    paragraph). ``announced``: True when the event is its speaker's own country's act, told as
    the content of its speech ("Downer told reporters in Canberra that Australia was suspending
    …"); False when the speaker is of another country (what is told was not done where the
    speaker is: "X told reporters in Mexico City that Castillo had phoned"); None otherwise.
    ``seated``: a state's or its government's own act, done from a seat of its government.
    ``claimed``: an act told after its speaker (see ``claimed``)."""

    policing: bool = False
    announced: bool | None = None
    seated: bool = False
    claimed: bool = False


@dataclass(frozen=True, slots=True)
class PlaceMention:
    """A place named in the article, with what the gazetteer made of it and why."""

    text: str
    start: int
    end: int
    place: Place | None
    how: str


@dataclass(frozen=True, slots=True)
class Dateline:
    """The "CITY, Month Day (Agency) -" opening of a wire story; ``body`` is where the story
    itself starts. ``places`` holds each city with its offsets ("GAZA/JERUSALEM" has two)."""

    text: str
    start: int
    end: int
    places: tuple[tuple[str, int, int], ...]
    date: str | None
    body: int
    region: tuple[str, int, int] | None = None


def find_dateline(text: str) -> Dateline | None:
    """The story's dateline: at the opening, or at the start of a line after a headline or
    byline of a few short lines ("Sudan's army retakes bridge\nKHARTOUM (Reuters) - …")."""
    at, headings = 0, 0
    while headings <= HEADING_LINES:
        found = dateline_at(text, at)
        if found is not None:
            return found
        end = text.find("\n", at, at + DATELINE_SPAN)
        if end < 0:
            return None
        line = text[at:end].strip()
        if line.endswith(SENTENCE_END) and not line.startswith(BYLINE):
            return None  # a sentence of the story, not a headline
        headings += bool(line)  # blank lines between do not count
        at = end + 1
    return None


def dateline_at(text: str, at: int) -> Dateline | None:
    # Only the opening of a line can be a dateline; a bounded window also keeps the pattern's
    # nested repeats from backtracking through a long run of spaces.
    match = DATELINE.match(text[at : at + DATELINE_SPAN])
    if match is None:
        return None
    places = []
    for part in re.finditer(r"[^/]+", match["place"]):
        name = part.group(0).strip()
        if name:
            begin = at + match.start("place") + part.start() + part.group(0).index(name)
            places.append((name, begin, begin + len(name)))
    region = (match["region"], at + match.start("region"), at + match.end("region"))
    start, end = at + match.start("place"), at + match.end("place")
    return Dateline(
        match["place"],
        start,
        end,
        tuple(places),
        match["date"],
        at + match.end(),
        region if match["region"] else None,
    )


def for_whom(token: Token) -> bool:
    """Whether a name is the object of "for": a country so named is one an act is done for
    ("spying for Israel"), while a town after "for" is fought over where the act is ("their
    offensive for Pokrovsk")."""
    return token.dep_ == "pobj" and token.head.lower_ == "for"


# Participles whose hyphened country holds the place named, so it is where the act was:
# "shelled Ukraine-controlled areas" are in Ukraine.
HOLDING_PARTICIPLES = frozenset({"controlled", "held", "administered", "occupied"})


def hyphen_modifier(token: Token) -> bool:
    """Whether a name is the first half of a hyphenated modifier ("a Panama-flagged tanker", "a
    Syria-bound ship", "Iran-backed militias"): whose or whither, not where the act was. A
    country that holds the place ("Ukraine-controlled areas") stays where."""
    doc = token.doc
    after = token.i + 2
    return (
        after < len(doc)
        and doc[token.i + 1].text == "-"
        and not doc[token.i + 1].whitespace_
        and doc[after].tag_ in ("VBN", "VBD", "JJ")
        and doc[after].lower_ not in HOLDING_PARTICIPLES
    )


def held_names(token: Token) -> list[Token]:
    """The names a common noun a holder's hyphened participle modifies is compounded with or
    has in its "of" phrase ("Ukraine-held parts of the Kursk region", "the Russia-controlled
    Zaporizhzhia nuclear plant"); none for a name held ("Israel-occupied East Jerusalem")."""
    doc = token.doc
    if token.i + 2 >= len(doc) or doc[token.i + 2].lower_ not in HOLDING_PARTICIPLES:
        return []
    held = doc[token.i + 2].head
    if held.pos_ != "NOUN":
        return []
    named = [c for c in held.children if c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN"]
    for prep in held.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for obj in prep.children:
                if obj.dep_ == "pobj":
                    named += [obj] if obj.pos_ == "PROPN" else []
                    named += [c for c in obj.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
    return named


def regioned(span: Span) -> bool:
    """Whether a state or country name follows a place name after a comma ("in Hamilton,
    Scotland", "Richmond, Virginia"), which says the town is the one there."""
    doc = span.doc
    after = span.end
    return (
        after + 1 < len(doc)
        and doc[after].text == ","
        and doc[after + 1].pos_ == "PROPN"
        and doc[after + 1].ent_type_ in ("GPE", "LOC")
    )


def choose(
    candidates: Sequence[Place], key: str, countries: frozenset[str], in_region: bool = False
) -> Place | None:
    """A country named exactly, then a place of that name in the article's countries (unless a
    known city abroad dwarfs it in a story of two countries or more: Geneva, not Geneva,
    Illinois, where American and Russian officials meet; a one-country story keeps its own
    town, and so does a name ``in_region``, the state or country named after it, "Hamilton,
    Scotland"), then a world city of that name (Sydney, not an American Sidney, in a story
    about Washington), then any place in the article's countries, then an exact name, then the
    most populous."""
    if not candidates:
        return None
    abroad = (
        max(
            (
                p.population
                for p in candidates
                if p.country not in countries and p.kind == "city" and normalise(p.name) == key
            ),
            default=0,
        )
        if len(countries) > 1 and not in_region
        else 0
    )

    def rank(p: Place) -> tuple[bool, bool, bool, bool, bool, int]:
        exact = normalise(p.name) == key
        # a town at home that a known city abroad dwarfs is not the one meant
        ours = p.country in countries and not (
            abroad >= KNOWN_CITY and abroad >= DWARFS * p.population and p.kind == "city"
        )
        world_city = exact and p.population >= WORLD_CITY
        country = p.kind == "country" and exact
        return (country, ours and exact, world_city, ours, exact, p.population)

    return max(candidates, key=rank)


class ArticlePlaces:
    """Place mentions of one article (entities and the dateline) and event locations.

    Mentions are GPE/LOC/FAC entities (not adjectives: "Ukrainian" is a demonym) and runs of
    proper nouns the parser left unlabelled or mislabelled that the gazetteer knows, when they
    stand after a preposition or in apposition ("the town of Kafr Nabl"), or name a country.
    """

    def __init__(
        self,
        doc: Doc,
        gazetteer: Gazetteer,
        dateline: Dateline | None,
        country_tokens: Iterable[int] = (),
        text: str | None = None,
        capitals: Mapping[int, str] | None = None,
        people: Collection[int] = (),
        seats: Mapping[int, str] | None = None,
        bodies: Collection[int] = (),
        persons: Collection[int] = (),
    ) -> None:
        """``people``: head tokens of names the actor dictionary knows as persons, which are
        no places whatever the tagger says ("South Africa's Thabo Mbeki"); ``bodies``: head
        tokens of names it knows as organisations, which are not struck towns ("struck
        Hamas"), and ``persons`` of names it knows as persons, who attack in words ("Trump
        attacked Jackson"); ``seats``: head
        tokens of seats of power where an act happens (the White House, the Kremlin) → their
        country, in which they are found."""
        seats = seats or {}
        self.doc = doc
        self.text = doc.text if text is None else text
        self.gazetteer = gazetteer
        self.dateline = dateline
        self.body = dateline.body if dateline else 0
        # the dateline's own words [opening, body), which name no place of an event; a
        # headline above them is read as any sentence is
        self.opening = dateline.start if dateline else 0
        countries = set(country_tokens)
        capitals = capitals or {}  # head token of "X's capital" → the country actors made it
        self.candidates: list[tuple[Span, str, Sequence[Place]]] = []
        taken: set[int] = set()
        spans = [(without_possessive(ent), ent.label_) for ent in doc.ents]
        spans = [(s, label) for s, label in spans if s and not self.in_dateline(s.start_char)]
        for ent, label in spans:
            if label not in TIME_LABELS:  # "Timbuktu last week" (DATE) still holds a name
                taken.update(range(ent.start, ent.end))
        spans += [(run, "proper noun") for run in proper_runs(doc, taken, self.in_dateline)]
        unplaced: list[tuple[Span, Sequence[Place]]] = []
        seated: list[tuple[Token, str]] = []
        for span, label in sorted(spans, key=lambda pair: pair[0].start):
            if span.root.i in people:
                continue
            if span.root.i in seats:
                # a seat of power is a place of its own country ("the Kremlin"), else in its
                # capital: "the White House" is no Casablanca, whose name means just that
                own = [
                    p for p in gazetteer.lookup(self.words(span)) if p.country == seats[span.root.i]
                ]
                if own:
                    self.candidates.append((span, "seat of power", own))
                else:
                    seated.append((span.root, seats[span.root.i]))
                continue
            if label in PLACE_LABELS and span.root.pos_ != "ADJ":
                self.candidates.append((span, label, gazetteer.lookup(self.words(span))))
                continue
            if label in NOT_PLACES or not ARTICLE.sub("", self.words(span))[:1].isupper():
                continue  # a name is capitalised, after any Arabic article ("al-Qaim")
            span = with_article_prefix(span)
            found = gazetteer.lookup(self.words(span))
            named_country = any(t.i in countries for t in span) and any(
                p.kind == "country" for p in found
            )
            struck = found and span.root.i not in bodies and struck_place(span, persons)
            if (found and named_country) or struck or in_place_context(span):
                # Unknown to the main index: kept for a local lookup once the article's
                # countries are known, and dropped if that finds nothing either.
                self.candidates.append((span, f"{label} in a place context", found))
            else:
                unplaced.append((span, found))
        # A name once used as a place stays one ("shelled Kombolcha" after "the towns of
        # Dessie and Kombolcha").
        placed = {normalise(self.words(span)) for span, _, _ in self.candidates}
        for span, found in unplaced:
            if normalise(self.words(span)) in placed:
                self.candidates.append((span, "proper noun named as a place before", found))
        self.candidates.sort(key=lambda candidate: candidate[0].start)
        # "in the capital", "in the city": resolved once the article's places are known.
        self.bare_refs: list[Token] = []
        # "the Solomon Islands capital", "the Algerian capital", "Yemen's capital"
        self.owned_capitals: list[tuple[Token, str]] = []
        for bare in BARE_WORDS.finditer(self.text, self.body):
            word = doc.char_span(bare.start(), bare.end())
            if word is None:
                continue
            if bare_place(word[0]):
                self.bare_refs.append(word[0])
            elif word[0].i in capitals:
                self.owned_capitals.append((word[0], capitals[word[0].i]))
        self.owned_capitals += seated
        self.by_token: dict[int, PlaceMention] = {}
        self.heads: dict[int, PlaceMention] = {}  # head token of each resolved mention
        self.mentions: list[PlaceMention] = []
        self.dateline_place: Place | None = None
        self.first_paragraph_end = self.paragraph_end()
        # (start, end) of a sentence → its words that name a local site
        self.landmark_words: dict[tuple[int, int], list[Token]] = {}

    def words(self, span: Span) -> str:
        """``Span.text`` from the article text (Span.text builds a Token object per word)."""
        return self.text[span.start_char : span.end_char]

    def in_dateline(self, at: int) -> bool:
        """Whether a text offset is in the dateline's own words."""
        return self.opening <= at < self.body

    def paragraph_end(self) -> int:
        text = self.text
        found = re.search(r"\n\s*\n", text[self.body :])
        return self.body + found.start() if found else len(text)

    def resolve(
        self, actor_countries: Iterable[str], main_country: str | None = None
    ) -> list[PlaceMention]:
        """Resolve every mention with the article's countries (actors and unambiguous places);
        ``main_country`` is the country the article's actors are mostly of, whose capital "the
        capital" is when no dateline says otherwise."""
        countries = set(actor_countries)
        acting = frozenset(countries)
        self.candidates = [
            (span, label, self.reading(self.words(span), found, countries))
            for span, label, found in self.candidates
        ]
        told: Counter[str] = Counter()  # how many place mentions tell each country
        for _, _, found in self.candidates:
            told.update(told_countries(found))
        countries.update(told)
        frozen = frozenset(countries)
        if self.dateline is not None:
            region = self.dateline.region
            for name, start, end in self.dateline.places:
                found = self.gazetteer.lookup(name)
                if not found and region is not None:
                    # a small town's dateline names its country: "KUZNICA, Poland (AP) —"
                    found = self.gazetteer.lookup_local(name, self.region_countries(region[0]))
                place = choose(found, normalise(name), frozen)
                if len(self.dateline.places) == 1:
                    self.dateline_place = place
                why = f"dateline, {len(found)} candidate(s)"
                self.mentions.append(PlaceMention(self.text[start:end], start, end, place, why))
            if self.dateline.region is not None:
                name, start, end = self.dateline.region
                found = self.gazetteer.lookup(name)
                place = choose(found, normalise(name), frozen)
                why = f"dateline region, {len(found)} candidate(s)"
                self.mentions.append(PlaceMention(name, start, end, place, why))
        home = self.dateline_place.country if self.dateline_place else None
        if home is None and len(countries) == 1:
            home = next(iter(countries))
        if home is None:
            home = main_country
        seat = self.gazetteer.capital(home) if home else None
        for span, label, found in self.candidates:
            how = f"{label}, {len(found)} candidate(s)"
            own = told_countries(found)  # not the countries this name alone tells: "the
            # Armenian town of Jermuk" is no Çermik in Turkey, though Turkey is Çermik's
            elsewhere = acting | {c for c in told if told[c] > (c in own)}
            if any(p.population >= LARGE_CITY for p in found) and not told_local(span):
                elsewhere = frozen  # "arrived in Varna": Bulgaria's city, no Russian village
            if not found or all(p.country not in elsewhere for p in found):
                # a name the index lacks, or whose places all lie abroad: a town of the
                # article's countries ("the Mozambican town of Palma" is no Palma de Mallorca;
                # "New York" is no York where only New York names the United States)
                near = frozenset(elsewhere) if found else frozen
                local = self.gazetteer.lookup_local(self.words(span), near)
                if local or not found:
                    found = local
                    how = f"{label}, {len(found)} local candidate(s) in {'/'.join(sorted(near))}"
                if not found:  # "Ben Guerdane", spelled "Ben Gardane" in geonames
                    found = self.gazetteer.lookup_similar(self.words(span), frozen)
                    how = f"{label}, {len(found)} similar spelling(s) in {'/'.join(sorted(frozen))}"
            if not found:
                if label not in PLACE_LABELS and not named_as_place(span.root):
                    continue  # kept when a place noun names it: "the town of Ben Guerdane"
                how = f"{label}, not in gazetteer"
            key = normalise(GENERIC.sub("", self.words(span).lower()))
            place = choose(found, key, frozen, regioned(span))
            mention = PlaceMention(self.words(span), span.start_char, span.end_char, place, how)
            self.mentions.append(mention)
            for i in range(span.start, span.end):
                self.by_token[i] = mention
            if place is not None:
                self.heads[span.root.i] = mention
        for token, owner in self.owned_capitals:
            capital = self.gazetteer.capital(owner)
            if capital is None:
                continue
            start, end = token.left_edge.idx, token.idx + len(token.text)
            why = f"the capital of {owner}"
            mention = PlaceMention(self.text[start:end], start, end, capital, why)
            self.mentions.append(mention)
            self.by_token[token.i] = mention
            self.heads[token.i] = mention
        named = [m for m in self.mentions if m.place is not None and m.place.kind == "city"]
        for token in self.bare_refs:
            start, end = token.left_edge.idx, token.idx + len(token.text)
            if token.lower_ == "capital":
                place = seat
                why = f"the capital of {home}" if seat else "the capital of an unknown country"
            else:  # "looting in the city": the latest city named before
                before = [m for m in named if m.end <= start]
                place = before[-1].place if before else None
                why = f"the {token.lower_} named before" if before else "no city named before"
            mention = PlaceMention(self.text[start:end], start, end, place, why)
            self.mentions.append(mention)
            self.by_token[token.i] = mention
            if place is not None:
                self.heads[token.i] = mention
        return self.mentions

    def other_reading(self, name: str, found: Sequence[Place], actors: set[str]) -> Sequence[Place]:
        """A bare "Congo" is the DR Congo in an article whose actors are Congolese (as the
        actor mentions read it), else the Republic of the Congo."""
        if len(found) != 1 or found[0].kind != "country":
            return found
        other = OTHER_READINGS.get(found[0].country)
        if other is None or other[1] not in actors or normalise(name) != normalise(other[0]):
            return found
        return [p for p in self.gazetteer.lookup(other[2]) if p.kind == "country"] or found

    def reading(self, name: str, found: Sequence[Place], actors: set[str]) -> Sequence[Place]:
        """The places a name stands for in a story of ``actors``: another country's reading
        ("Congo"), and none for a region of theirs spelled as a foreign town ("Borno")."""
        found = self.other_reading(name, found, actors)
        return () if self.foreign_namesake(name, found, actors) else found

    @staticmethod
    def foreign_namesake(name: str, found: Sequence[Place], actors: set[str]) -> bool:
        """ "in Borno" in a story of Nigerian actors is the Nigerian state, not Borna in Germany
        (whose alternate names spell it so): a region the index has no place for. Not when a
        reading is a country ("Niger" is also a Nigerian state) or lies in a country of the
        story ("Jerusalem")."""
        region = subdivision_country(name) if found else None
        return region in actors and all(
            p.kind != "country" and p.country not in actors for p in found
        )

    def region_countries(self, region: str) -> frozenset[str]:
        """The country a dateline's region names ("Poland", "Iraq"), if it is one."""
        return frozenset(p.country for p in self.gazetteer.lookup(region) if p.kind == "country")

    # -- event locations -------------------------------------------------------------------------

    def event_location(
        self,
        trigger: Token,
        code: str,
        actor_countries: Iterable[str],
        sent: Span | None = None,
        doers: Doers = Doers(),
    ) -> tuple[Place | None, str]:
        """Where the event of ``trigger`` happened, and how that was decided; ``sent`` is the
        trigger's sentence when the caller has it (Token.sent searches the Doc for it)."""
        sent = sent if sent is not None else trigger.sent
        on_object = (
            code[:2] in FORCE_ROOTS
            or code.startswith(REPRESSION)  # "fired into the crowd on the square"
            or code.startswith(VISIT)
            or trigger.lemma_.lower() in TAKING_VERBS  # "rebels seized Damascus"
        )
        best = self.attached(trigger, on_object, sent)
        if best is not None:
            return best.place, f"phrase {best.text!r} on {trigger.text!r}"
        if purpose_act(trigger) or participle_after(trigger):
            # "gathered in Barcelona to protest …": where they gathered; "raided its offices in
            # Bulawayo, accusing it of …": where they raided
            best = self.attached(trigger.head, on_object, sent)
            if best is not None:
                return best.place, f"phrase {best.text!r} on {trigger.head.text!r}"
        best = self.where_clause(trigger, sent)
        if best is not None:
            return best.place, f"{best.text!r}, where {trigger.text!r} happened"
        taken = self.taken_pronoun(trigger, sent)
        if taken is not None:  # "a day after Taliban fighters overran it"
            return taken.place, f"{taken.text!r}, the place taken ('it')"
        clauses = self.scene_clauses(trigger, is_statement(code))
        best = self.scene(clauses, sent)
        if best is not None:
            return best.place, f"phrase {best.text!r} on the same scene as {trigger.text!r}"
        own = doers.announced is not False  # not told by a speaker of another country
        told = (is_statement(code) and own) or doers.announced
        statement = speech_verb(trigger) if told else None
        if statement is not None:
            # A statement is made where its speaker is: "Duque told reporters at the palace in
            # Bogota that …", "China's embassy in Manila said …".
            best = self.attached(statement, False, sent)
            if best is not None:
                return best.place, f"phrase {best.text!r} on the statement {statement.text!r}"
        landmark = self.landmark(trigger, on_object, sent)
        if landmark is None and trigger.dep_ == "conj" and trigger.head.i != trigger.i:
            # "gunmen raided the city jail and freed 23 inmates": the site the first verb acted
            # on (not one it was near: "fired near the palace and left")
            site = self.landmark(trigger.head, True, sent)
            if site is not None and site.dep_ == "dobj" and site.head.i == trigger.head.i:
                landmark = site
        if landmark is None and statement is not None:
            landmark = self.landmark(statement, False, sent)
        for clause in clauses:
            # "killed the attackers when they stormed the dormitory"
            landmark = landmark or self.landmark(
                clause, clause.lemma_.lower() in TAKING_VERBS, sent
            )
        # "ordered an offensive in Tigray, accusing the TPLF …": a participle clause after its
        # verb is told in that verb's scene
        scene = trigger.head if participle_after(trigger) else trigger
        return self.from_dateline(
            scene, code, set(actor_countries), landmark, sent, on_object, doers
        )

    def attached(self, trigger: Token, on_object: bool, sent: Span) -> PlaceMention | None:
        """The place mention attached to ``trigger`` (in ``sent``) through location phrases: the
        more specific place first ("Azerbaijan's second city, Ganja"), then the nearest."""
        best: tuple[tuple[bool, int], PlaceMention] | None = None
        for i, mention in self.heads.items():
            if not sent.start <= i < sent.end or mention.place is None or self.is_area(mention):
                continue
            if mention.place.kind == "country" and for_whom(self.doc[i]):
                continue  # "executed a man convicted of spying for Israel": for whom, not where
            if hyphen_modifier(self.doc[i]):
                continue  # "attacked a Panama-flagged tanker in the Red Sea": not in Panama
            if mention.place.kind == "country" and self.held_elsewhere(self.doc[i], mention.place):
                continue  # "shelled Ukraine-held parts of the Kursk region": not in Ukraine
            distance = self.path(self.doc[i], trigger, on_object)
            shared = trigger.head
            if is_purpose(shared) and shared.head.lemma_.lower() in GOING_TO:
                shared = shared.head  # "flew to Niamey to mediate and met both leaders"
            if distance is None and trigger.dep_ == "conj" and i < trigger.i:
                # "In Tehran, the spokeswoman condemned the strikes and demanded a halt", "Police
                # raided homes in Cochabamba and detained a dozen leaders": the first verb's
                # place is where its coordinated verbs happened too.
                # "visited Monguno and urged the army …": a visit is where its object is
                visited = on_object or shared.lemma_.lower() in GOING_TO
                on_head = self.path(self.doc[i], shared, visited)
                distance = None if on_head is None else on_head + 1
            if distance is None and trigger.dep_ == "dobj" and trigger.pos_ == "NOUN":
                # "launched an offensive to retake the city of Kunduz": the event noun's verb
                on_verb = self.path(self.doc[i], trigger.head, on_object)
                distance = None if on_verb is None else on_verb + 1
            if distance is None:
                continue
            rank = (mention.place.kind == "country", distance)
            if best is None or rank < best[0]:
                best = (rank, mention)
        return best[1] if best is not None else None

    def held_elsewhere(self, token: Token, holder: Place) -> bool:
        """Whether a country hyphened to a holding participle holds a place the phrase names
        in another country ("Ukraine-held parts of the Kursk region"): the holder is not
        where the act was; "Ukraine-controlled areas of the Zaporizhzhia region" are."""
        for name in held_names(token):
            found = self.gazetteer.lookup(name.text)
            if found and all(p.country != holder.country for p in found):
                return True
        return False

    def taken_pronoun(self, trigger: Token, sent: Span) -> PlaceMention | None:
        """For a taking verb whose object is "it": the latest town or city named in its sentence
        before the pronoun ("to retake Kunduz, a day after the Taliban overran it")."""
        if trigger.lemma_.lower() not in TAKING_VERBS:
            return None
        it = next((c for c in trigger.children if c.dep_ == "dobj" and c.lower_ == "it"), None)
        if it is None:
            return None
        before = [
            m
            for m in self.mentions
            if m.place is not None
            and m.place.kind in ("city", "town")
            and sent.start_char <= m.start < it.idx
            and not self.in_dateline(m.start)
        ]
        return max(before, key=lambda m: m.start) if before else None

    def scene(self, clauses: list[Token], sent: Span) -> PlaceMention | None:
        """An event with no place of its own happened where the verb it completes did ("In
        Sydney, Tillerson urged the states to resolve …"); an act (not a ``statement``) also
        where the clause it shares a moment with did ("resigned as students occupying the
        parliament in Jakarta cheered", "arrested him as he was driven through Lima"):
        the first of its ``clauses`` (from ``scene_clauses``) with a place of its own."""
        for clause in clauses:
            best = self.attached(clause, False, sent)
            if best is not None:
                return best
        return None

    @staticmethod
    def scene_clauses(trigger: Token, statement: bool) -> list[Token]:
        """The verbs whose place is the trigger's when it has none (see ``scene``)."""
        verb = trigger
        while verb.dep_ == "conj" and verb.head.i != verb.i:
            verb = verb.head
        clauses: list[Token] = []
        if not statement:
            # the adjuncts of its coordinated verbs, and theirs ("resigned and fled on Monday
            # as protesters stormed …", "resigned, handing power to X, as students cheered")
            group = [verb, *(c for c in verb.children if c.dep_ == "conj")]
            adjuncts = [c for t in group for c in t.children if c.dep_ == "advcl"]
            adjuncts += [c for t in adjuncts for c in t.children if c.dep_ == "advcl"]
            clauses = [
                c
                for c in adjuncts
                if any(m.lower_ in SIMULTANEOUS for m in c.children)
                # "detained him after the plane landed at Minsk airport": where one arrived
                or (c.lemma_.lower() in ARRIVALS and any(m.lower_ in AFTER for m in c.children))
            ]
            if verb.dep_ == "advcl" and any(m.lower_ in SIMULTANEOUS for m in verb.children):
                # and the other way round: "In the capital, supporters rallied in front of
                # parliament, while a smaller crowd protested"
                clauses.append(verb.head)
        if verb.dep_ == "xcomp" and verb.head.i != verb.i:
            clauses.append(verb.head)
        return clauses

    def where_clause(self, trigger: Token, sent: Span) -> PlaceMention | None:
        """ "at the Kati military camp, where soldiers seized weapons": the place named in the
        noun phrase a "where" clause hangs on (the noun itself, its modifier or its "of"
        phrase: "the town of Kafr Nabl, where …")."""
        verb = trigger  # the "where" clause, up to a few steps above the trigger
        for _ in range(6):
            if verb.dep_ == "relcl" and any(c.lower_ == "where" for c in verb.children):
                break
            if verb.head.i == verb.i or verb.dep_ == "relcl":
                return None  # another clause's event: "…, where he recovered from a poisoning
                # that he blames on Putin"
            verb = verb.head
        else:
            return None
        anchor = verb.head
        prep = anchor.head
        if anchor.dep_ == "pobj" and (
            prep.head.lower_ in DIRECTIONS or any(c.dep_ == "npadvmod" for c in prep.children)
        ):
            # "a village south of the capital, where …", "15 km from the capital, where …": the
            # reference point is not the place; the noun its phrase describes is
            above = (prep.head if prep.head.lower_ in DIRECTIONS else prep).head
            if above.pos_ in ("VERB", "AUX"):
                # hung on the verb: "began at the Kati camp, about 15 km from the capital,
                # where …" describes the place phrase before it
                before = [
                    c
                    for p in above.children
                    if p.dep_ == "prep" and p.lower_ in LOCATION_PREPS and p.i < prep.i
                    for c in p.children
                    if c.dep_ == "pobj"
                ]
                above = before[-1] if before else above
            if above.pos_ not in ("NOUN", "PROPN"):
                return None
            anchor = above
        for i, mention in self.heads.items():
            if not sent.start <= i < sent.end or mention.place is None:
                continue
            token = self.doc[i]
            if (
                token.i == anchor.i
                or (anchor.dep_ == "appos" and anchor.head.i == token.i)  # "Sitra, a village"
                or (token.head.i == anchor.i and token.dep_ in MODIFIER_DEPS)
                or (
                    token.dep_ == "pobj"
                    and token.head.lower_ == "of"
                    and token.head.head.i == anchor.i
                )
            ):
                return mention
        return None

    def landmark(self, trigger: Token, on_object: bool, sent: Span | None = None) -> Token | None:
        """A local site in a location phrase on the trigger ("near the Congress building", "at
        the presidential palace"): the event happened in the story's city. ``sent`` is the
        trigger's sentence, when known."""
        sent = sent if sent is not None else trigger.sent
        for token in self.sites_in(sent):
            if self.path(token, trigger, on_object) is not None:
                return token
        return None

    def sites_in(self, sent: Span) -> list[Token]:
        """The words of a sentence that name a local site (LANDMARKS), read once per
        sentence: an event's place is sought in its sentence several times."""
        key = (sent.start, sent.end)
        found = self.landmark_words.get(key)
        if found is None:
            found = [token for token in sent if token.lower_ in LANDMARKS]
            if found and not LANDMARK_WORDS.search(self.text, sent.start_char, sent.end_char):
                found = []  # the regex's word bounds, checked only when a word is one
            self.landmark_words[key] = found
        return found

    def is_area(self, mention: PlaceMention) -> bool:
        """ "the Sagaing region", "Idlib province": an area the gazetteer cannot hold, whose
        name it knows only as the area's eponymous city."""
        if mention.place is None or mention.place.kind != "city":
            return False
        return bool(AREA.match(self.text, mention.end) or AREA_END.search(mention.text))

    @staticmethod
    def path(token: Token, trigger: Token, on_object: bool) -> int | None:
        """Steps from a place up to the trigger through location phrases; None if not attached.
        A participle on the object ("a prison run by the Houthis in Sanaa") or on the subject
        ("X, speaking from Marmaris, urged …") carries its place to the event, and so does a
        phrase on the subject itself."""
        chain: list[Token] = []
        current = token
        while current.i != trigger.i:
            if current.head.i == current.i or len(chain) > 8:
                return None
            chain.append(current)
            current = current.head
        if len(chain) > 1 and chain[0].dep_ == "pobj" and chain[1].lower_ in PARTY_PREPS:
            return None  # "closed the border crossing with Mozambique", "a war against Georgia"
        if (
            len(chain) > 2
            and chain[-2].dep_ == "pcomp"
            and chain[-1].lower_ in ACT_OF_PREPS
            and not (chain[-1].lower_ == "from" and trigger.lemma_.lower() in PREVENTING)
        ):
            # "warned the US against deploying missiles in Germany", "accused X of spying in
            # Crimea": the place of the act the verb's own gerund names, not of the warning or
            # accusation (a crime a participle on the object names may be local: "arrested a
            # man suspected of organising attacks in Zvecan"; an act prevented is stopped
            # where it would have been: "barred worshippers from praying in the Old City")
            return None
        if len(chain) > 1 and chain[0].dep_ == "pobj" and chain[1].dep_ == "agent":
            return None  # "in a swap brokered by the UAE": who did it, not where
        if (
            len(chain) > 1
            and chain[0].dep_ in MODIFIER_DEPS
            and chain[1].lower_ not in SITES
            and chain[0].lower_ not in LANDMARKS  # "outside Parliament House"
        ):
            # "U.S. troops in Iraq", "at Ankara's request": a modifier names whose, not where;
            # of a site it is where ("outside Kabul airport")
            return None
        if any(n and topic_phrase(t) for n, t in enumerate(chain)) or (
            chain and after_topic(chain[-1])
        ):
            return None  # "in protest at France's stance on Western Sahara": what it is about
        participle = any(is_participle(t) for t in chain)
        for n, step in enumerate(chain):
            if n and went_somewhere(step):
                return None  # where a coordinated verb went is not where the first happened
            if is_participle(step):
                if step.dep_ == "acl" and own_time(step):
                    return None  # "the agreement reached in Sochi last year": another event
                if step.dep_ == "acl" and step.lemma_.lower() in ORIGIN_PARTICIPLES:
                    return None  # "tariffs on steel made in China": where the goods come from
                continue
            if step.dep_ in CLAUSE_DEPS:
                if step.pos_ == "ADJ" and step.dep_ == "advcl":
                    continue  # "captured him alive on a road in Mumbai": no clause of its own
                if on_object and n and chain[n - 1].dep_ == "dobj" and is_purpose(step):
                    continue  # "fired tear gas to disperse protesters in Tirana"
                below = any(is_participle(t) for t in chain[:n])
                if step.dep_ in ("advcl", "xcomp") and is_purpose(step) and below:
                    continue  # "urged X to free Y, telling a rally in Caracas …"
                if step.dep_ == "agent" and (is_participle(step.head) or on_object):
                    # "bombed positions held by the KNU around Myawaddy"; force is where its
                    # agent struck: "were killed by a car bomb in Mogadishu"
                    continue
                return None
        located = False
        for step in chain:
            word = step.lower_
            if step.dep_ == "prep" and (
                (
                    word in LOCATION_PREPS
                    and (word != "on" or on_object or on_place(step) or curfew_on(step))
                )
                or (word == "to" and on_object and step.head.i == trigger.i)  # "flew to Banjul"
                or (word == "of" and step.head.lower_ in AREA_HEADS)
                or (word == "from" and participle)
                or (word == "from" and step.head.lemma_.lower() in SENT_FROM)  # "in a video
                # message from New York"
            ):
                located = True
            if (
                step.dep_ in ("dobj", "obj")
                and on_object
                and (
                    step.head.i == trigger.i
                    # "launched an offensive to retake the city of Kunduz"
                    or (step.head.lemma_.lower() in TAKING_VERBS and is_purpose(step.head))
                )
            ):
                located = True
        return len(chain) if located else None

    def from_dateline(
        self,
        trigger: Token,
        code: str,
        actor_countries: set[str],
        landmark: Token | None = None,
        sent: Span | None = None,
        on_object: bool = False,
        doers: Doers = Doers(),
    ) -> tuple[Place | None, str]:
        """The dateline city, unless a place named in the trigger's own clause is elsewhere (a
        place inside what was agreed or said, "agreed to create a zone in Idlib", is not; nor a
        country or capital named as a party, "broke off relations with the United States after
        Washington recognised …", unless the event is force or a visit, which happen at their
        object). In the first paragraph, or anywhere when the event is at a local landmark or
        is the police of the dateline's country acting on its people ("Police fired tear gas to
        disperse the crowds" in a story filed from Dhaka). Not for a state's own act
        (``doers.seated``) under the dateline of a city that is not a seat of its government:
        "South Africa deployed 2,500 soldiers" in a story filed from Durban was decided in
        Pretoria. Nor for a claim told after its speaker (``doers.claimed``), nor a telephone
        talk. ``code`` is the event's; ``sent`` the trigger's sentence, when known."""
        sent = sent if sent is not None else trigger.sent
        place = self.dateline_place
        if place is None:
            return None, "no location phrase, no usable dateline"
        if code == BY_TELEPHONE:
            return None, "no location phrase; a call joins two places, not the dateline's"
        later = sent.start_char > self.first_paragraph_end
        if later and landmark is None and not doers.policing:
            return None, "no location phrase; dateline applies to the first paragraph only"
        if place.country not in actor_countries:
            return None, "no location phrase; no actor from the dateline's country"
        # police on their people, or a state's own decision told by its own speaker ("Downer
        # told reporters that Australia was suspending …"), are no claim of acts elsewhere
        own = doers.policing or (doers.announced and doers.seated)
        if landmark is None and not own and doers.claimed:
            return None, "no location phrase; a claim, told after its speaker"
        if doers.seated and landmark is None and not self.gazetteer.is_seat(place):
            return None, f"no location phrase; a state acts from its capital, not {place.name}"
        for mention in self.mentions:
            if not sent.start_char <= mention.start < sent.end_char or self.in_dateline(
                mention.start
            ):
                continue
            words = [i for i in range(sent.start, sent.end) if self.by_token.get(i) is mention]
            if words and not any(in_carried_clause(self.doc[i], trigger) for i in words):
                continue
            if any(is_party(self.doc[i], on_object) for i in words):
                continue
            if mention.place is None or mention.place.country != place.country:
                return None, f"no location phrase; {mention.text!r} is elsewhere or unknown"
            if self.is_area(mention):
                return None, f"no location phrase; {mention.text!r} names an area"
        statement = is_statement(code)  # said where the speaker is, of anywhere
        remote = None if landmark is not None or statement else self.open_country(trigger, sent)
        if remote is not None:
            return None, f"no location phrase; {remote.text!r} is away from the dateline city"
        if landmark is not None:
            return place, f"dateline {place.name}, at the {landmark.text!r}"
        if later:
            return place, f"dateline {place.name}, its police acting on its people"
        return place, f"dateline {place.name}"

    def open_country(self, trigger: Token, sent: Span) -> Token | None:
        """A location phrase in the trigger's clause naming open country ("traded fire near the
        temple on their disputed border"), or open country its object lies in ("an offensive
        against the party of the northern Tigray region")."""
        if not OPEN_WORDS.search(self.text, sent.start_char, sent.end_char):
            return None
        for token in sent:
            if token.lower_ not in OPEN_COUNTRY or token.pos_ != "NOUN":
                continue
            prep = token.head
            if token.dep_ != "pobj" or prep.lower_ not in LOCATION_PREPS | {"of", "along"}:
                continue
            if in_clause(token, trigger):
                return token
        return None


def claimed(verb: Token | None, trigger: Token, code: str) -> bool:
    """An act (not a statement) told as the content of ``verb``, the trigger's reporting verb
    (``speech_verb``), before it ("the ministry said its troops had arrested …"), not narrated
    with its source after it ("Troops arrested …, the ministry said"): it happened wherever the
    doers were, not where the speaker is."""
    return verb is not None and verb.i < trigger.i and not is_statement(code)


def curfew_on(prep: Token) -> bool:
    """ "a curfew on the city", "imposed a curfew on Ben Guerdane": where it applies."""
    head = prep.head
    return head.lemma_.lower() in CURFEWS or any(
        c.dep_ == "dobj" and c.lemma_.lower() in CURFEWS for c in head.children
    )


def is_party(token: Token, on_object: bool) -> bool:
    """A place name used as an actor: the one acting ("after Washington recognised …"), or,
    for an event that does not happen at its object, the other party ("relations with the
    United States")."""
    dep = token.dep_
    if dep in ACTING_DEPS:
        return True
    if dep == "poss" and token.head.lemma_.lower() not in SITES:
        return True  # "Papua New Guinea's army commander demanded …": whose, not where
    if dep == "compound" and token.head.pos_ == "NOUN" and token.head.lemma_.lower() not in SITES:
        return True  # "expelled the U.S. ambassador" (not a word of a name: "Oued Zarga")
    doc = token.doc
    if token.i + 1 < len(doc) and doc[token.i + 1].text == "-":
        return True  # "the Iran-aligned Houthis", "U.S.-backed forces"
    first = token  # "diplomats from Britain, Denmark and the Netherlands"
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    acting = first
    while acting.dep_ == "appos" and acting.head.i != acting.i:
        acting = acting.head  # "BELFAST (AP) — Britain, Ireland and …": the dateline parsed in
    if acting.dep_ in ACTING_DEPS:
        return True  # "Britain, Ireland and the parties reached a peace agreement"
    prep = first.head
    if (
        first.dep_ == "pobj"
        and prep.lower_ in ("to", "from")
        and prep.head.pos_ in ("NOUN", "PROPN")
    ):
        return True  # "its ambassador to Israel", "diplomats from Britain"
    if (
        first.dep_ == "pobj"
        and prep.lower_ == "of"
        and prep.head.dep_ in ACTING_DEPS
        and prep.head.pos_ == "NOUN"
        and prep.head.lemma_.lower() not in SITES | AREA_HEADS
    ):
        return True  # "the leaders of Ethiopia and Eritrea signed …": whose, not where
    if on_object:
        return False
    return dep in ("dobj", "dative") or (dep == "pobj" and token.head.lower_ in PARTY_PREPS)


def speech_verb(trigger: Token) -> Token | None:
    """The reporting verb whose content the trigger is ("told reporters that …", "…," he
    said), up through clausal links; None when the trigger is not reported speech."""
    current = trigger
    for _ in range(6):
        if current.dep_ not in STATEMENT_LINKS or current.head.i == current.i:
            return None
        current = current.head
        if current.pos_ in ("VERB", "AUX") and current.lemma_.lower() in SPEECH_VERBS:
            return current
    return None


# Nouns of a view or policy whose phrases name what it is about, not where the act was: "in
# protest at France's stance on Western Sahara", "over its policy in the Sahel".
TOPIC_NOUNS = frozenset(
    {"stance", "policy", "view", "remark", "comment", "attitude", "approach", "recognition"}
    | {"support"}
)


def topic_phrase(token: Token) -> bool:
    """Whether a noun on the way from a place to its act names what the act is about: a stance
    or policy ("at France's stance on Western Sahara"), what one acts "in protest" at, or
    someone's act one acts "over" ("recalled its envoy over Israel's war in Gaza")."""
    if token.dep_ != "pobj":
        return False
    if token.lemma_.lower() in TOPIC_NOUNS:
        return True
    if token.lower_ == "protest" and token.head.lower_ == "in":
        return not any(c.dep_ == "det" for c in token.children)  # "in protest at", "in protest"
    return (
        token.head.lower_ == "over"
        and token.lemma_.lower() not in SITES  # "raised the flag over the governor's office"
        and any(
            c.dep_ == "poss" or (c.dep_ == "amod" and c.ent_type_ == "NORP") for c in token.children
        )  # "over Israel's war", "over the Israeli offensive"
    )


def after_topic(step: Token) -> bool:
    """Whether a place phrase the parse hangs on the act (or on its object) follows straight on
    from the act's topic phrase, whose place it is: "recalled its envoy over the Israeli
    offensive in Gaza"."""
    if step.dep_ != "prep" or step.lower_ not in ("in", "on") or step.i == 0:
        return False
    token = step.doc[step.i - 1]
    for _ in range(4):  # up from the word before, while the phrase ends there
        if topic_phrase(token):
            return True
        if token.head.i == token.i or token.head.right_edge.i != step.i - 1:
            return False
        token = token.head
    return False


def on_place(prep: Token) -> bool:
    """ "on the border", "on the outskirts": "on" with a place noun, unlike "called on Russia"
    or "sanctions on Iran", where it marks the target."""
    return any(c.dep_ == "pobj" and c.lower_ in ON_PLACES for c in prep.children)


def bare_place(token: Token) -> bool:
    """ "in the capital", "across the city": the bare noun in a place phrase (not "the city of
    Kaduna", not "the Afghan capital")."""
    children = list(token.children)
    return (
        token.pos_ == "NOUN"
        and (
            (token.dep_ == "pobj" and token.head.lower_ in MENTION_PREPS)
            # "said they had taken the city", "troops entered the town"
            or (token.dep_ == "dobj" and token.head.lemma_.lower() in TAKING_VERBS | ENTERING)
        )
        and any(c.dep_ == "det" and c.lower_ == "the" for c in children)
        and not any(c.dep_ in ("amod", "compound", "poss", "nmod", "prep") for c in children)
    )


def went_somewhere(token: Token) -> bool:
    """A coordinated verb of travel ("… and flew into exile in Nigeria"): its places are where
    it went, not where the verb it is coordinated with happened."""
    return token.dep_ == "conj" and token.lemma_.lower() in TRAVEL_VERBS


def in_clause(token: Token, trigger: Token) -> bool:
    """``token`` hangs from ``trigger`` without crossing into another clause."""
    current = token
    for _ in range(12):
        if current.i == trigger.i:
            return True
        if current.dep_ in CLAUSE_DEPS and not is_participle(current):
            return False
        if went_somewhere(current):
            return False  # "resigned and flew into exile in Nigeria": where he went
        if current.head.i == current.i:
            return False
        current = current.head
    return False


def in_carried_clause(token: Token, trigger: Token) -> bool:
    """``in_clause`` of the trigger or, for a to-clause coded as its verb's act ("U.S. President
    Donald Trump had agreed to pause tariffs", 0354 at "pause"), of the verb that carries it,
    whose subject is as much the act's."""
    if in_clause(token, trigger):
        return True
    carrier = trigger.head
    return trigger.dep_ == "xcomp" and carrier.i != trigger.i and in_clause(token, carrier)


def is_purpose(token: Token) -> bool:
    """An infinitive of purpose on the verb ("fired tear gas to disperse the crowd")."""
    return token.dep_ in ("advcl", "xcomp") and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in token.children
    )


def own_time(verb: Token) -> bool:
    """A participle clause dated to a year or month of its own ("the agreement reached in
    Sochi last year", "a deal signed in 2015"), so another event than the sentence's; not by
    a state lasting up to it ("prisoners held in Sanaa since 2015") nor by a day, which the
    parser often hangs on the participle when it dates the verb ("bases held by the RSF in
    Khartoum on Monday")."""
    words = [c for c in verb.children if c.ent_type_ == "DATE" and c.dep_ != "prep"]
    words += [
        o
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ not in LASTING
        for o in c.children
        if o.ent_type_ == "DATE"
    ]
    return any(
        t.lower_ in LONG_PERIODS or t.text in MONTHS or (len(t.text) == 4 and t.text.isdigit())
        for w in words
        for t in w.subtree
    )  # a year or month: "last year", "in 2015", "in March", "two years ago"


LASTING = frozenset({"since", "until", "till", "for", "throughout"})
LONG_PERIODS = frozenset({"year", "years", "decade", "decades", "month", "months"})


def is_participle(token: Token) -> bool:
    """A participle clause on a noun ("bases housing U.S. troops", "a prison run by …"), also
    when the tagger took the participle for a noun; or a participle of speaking or being
    somewhere on the verb ("Speaking in Bangkok, Blinken urged …")."""
    if token.dep_ == "advcl":  # also when tagged a noun: "Meeting in Abuja, leaders …"
        word = token.lower_
        return word.endswith("ing") and (
            token.lemma_.lower() in PRESENT_AT or word[:-3] in PRESENT_AT
        )
    return token.dep_ == "acl" and (
        token.tag_ in ("VBN", "VBG") or (token.pos_ == "NOUN" and token.lower_.endswith("ing"))
    )


def without_possessive(span: Span) -> Span:
    """ "Papua New Guinea's" (an entity with its possessive mark) is Papua New Guinea."""
    if len(span) > 1 and span[-1].tag_ == "POS":
        return span[:-1]
    return span


def with_article_prefix(span: Span) -> Span:
    """ "al-Qaim" is parsed as "al", "-", "Qaim": take the Arabic article back into the name."""
    doc = span.doc
    if span.start < 2 or doc[span.start - 1].text != "-":
        return span
    if doc[span.start - 2].lower_ in ("al", "el", "ad", "as", "ar", "ash", "an", "az"):
        return doc[span.start - 2 : span.end]
    return span


def named_as_place(root: Token) -> bool:
    """ "the Tunisian town of Ben Guerdane", "Koya, a town …": a place noun says the name (its
    head word ``root``) is a place, whether or not the gazetteer knows it."""
    head = root.head
    if root.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in PLACE_NOUNS:
        return True
    return any(c.dep_ == "appos" and c.lemma_.lower() in PLACE_NOUNS for c in root.children)


def struck_place(span: Span, persons: Collection[int]) -> bool:
    """The object of a striking verb, which the small model often tags PERSON: "jets bombed
    Rafah", "drones hit Odesa and Kharkiv"; not
    of one a person in ``persons`` (head tokens) may use in words: "Trump attacked Jackson"."""
    root = span.root
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head
    verb = root.head
    if root.dep_ != "dobj":
        return False
    lemma = verb.lemma_.lower()
    if lemma in WORDY_STRIKING_VERBS:  # a town only when no person is the subject
        return not any(
            c.dep_ == "nsubj" and (c.i in persons or c.ent_type_ == "PERSON") for c in verb.children
        )
    return lemma in STRIKING_VERBS


def in_place_context(span: Span) -> bool:
    """After a place preposition ("in Omdurman"), as "the town of X", or in apposition with a
    place noun ("the capital, Naypyitaw"; "Stepanakert, the main city"); a conjunct shares the
    context of the first ("the towns of Dessie and Kombolcha")."""
    root = span.root
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head
    head = root.head
    if root.dep_ == "pobj" and head.lower_ in MENTION_PREPS:
        return True
    if root.dep_ == "pobj" and head.lower_ == "for" and head.head.lemma_.lower() in DEPARTURES:
        return True
    if named_as_place(root):
        return True
    noun = span.doc[span.start - 1] if span.start else None
    if noun is not None and noun.lemma_.lower() in PLACE_NOUNS and noun.is_lower:
        return True  # "the regional capital Bamenda", "the border town Kuznica"
    if root.dep_ == "dobj" and head.lemma_.lower() in PLACE_TAKING:
        return True  # "rebels entered Kindu", "overran Sirte"
    if root.dep_ == "compound" and head.pos_ == "NOUN" and head.lemma_.lower() in BUILT_SITES:
        return True  # "raided the Tunis office of …", "Kabul airport"
    if (  # "looted shops in Honiara's Chinatown district"
        root.dep_ == "poss"
        and head.dep_ == "pobj"
        and head.head.lower_ in MENTION_PREPS
        and head.lemma_.lower() in SITES
    ):
        return True
    if span.start == 0 or span.doc[span.start - 1].text != ",":
        return False
    before = [t for t in span.doc[max(0, span.start - 3) : span.start] if not t.is_punct]
    return bool(before) and before[-1].lemma_.lower() in PLACE_NOUNS


def joining_hyphens(doc: Doc, pos: Sequence[int]) -> set[int]:
    """Hyphens written without spaces between two proper nouns, inside one name
    ("Bobo-Dioulasso")."""
    return {
        i
        for i in range(1, len(pos) - 1)
        if pos[i] == PUNCT_ID
        and pos[i - 1] == PROPN_ID
        and pos[i + 1] == PROPN_ID
        and doc[i].text == "-"
        and not doc[i - 1].whitespace_
        and not doc[i].whitespace_
    }


def proper_runs(doc: Doc, taken: set[int], in_dateline: Callable[[int], bool]) -> Iterator[Span]:
    """Maximal runs of proper nouns outside named entities and the dateline ("Kafr Nabl",
    "Omdurman")."""
    # One array read instead of a Token object per word: this scan runs on every article.
    tags = doc.to_array([POS, IDX])
    pos, idx = tags[:, 0].tolist(), tags[:, 1].tolist()
    hyphens = joining_hyphens(doc, pos)
    words = [
        i
        for i, (tag, at) in enumerate(zip(pos, idx, strict=True))
        if (tag == PROPN_ID or i in hyphens)
        and i not in taken
        and not in_dateline(at)
        and (i in hyphens or (doc[i].text[:1].isupper() and doc[i].text not in CALENDAR_WORDS))
    ]
    start = end = 0
    for i in words:  # consecutive indices make one run
        if i != end:
            if end:
                yield doc[start:end]
            start = i
        end = i + 1
    if end:
        yield doc[start:end]


# Inhabitants of a city abroad big enough to be the one meant, unless the text says the name is
# a town of the story's countries.
LARGE_CITY = 100_000


def told_local(span: Span) -> bool:
    """Whether the text places a name as a town of its own ("the Armenian town of Jermuk",
    "Armenian Jermuk"), not just names it ("arrived in Varna")."""
    before = span.doc[span.start - 1] if span.start > 0 else None
    return named_as_place(span.root) or (before is not None and before.ent_type_ == "NORP")


def told_countries(found: Sequence[Place]) -> set[str]:
    """The countries a name's places tell of the article: the one country all of them lie in,
    or the countries among them ("Costa Rica", also a Mexican town)."""
    if found and len({p.country for p in found}) == 1:
        return {found[0].country}
    return {p.country for p in found if p.kind == "country"}
