"""One parsed article → its Extraction: every sentence's actor mentions and coded events, the
article's quotations and place mentions, and each event's date, place and quote."""

from __future__ import annotations

import datetime as dt
import logging
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace

from spacy.attrs import DEP, POS
from spacy.strings import get_string_id
from spacy.tokens import Doc as SpacyDoc
from spacy.tokens import Token as SpacyToken

from diurna.coding.ontology import is_statement
from diurna.extract.actors import (
    CROWD_NUMBERS,
    DIRECTIVES,
    LOCAL_CITY,
    MEDIATORS_UNNAMED,
    METONYM_HOW,
    ORGANISATION_HOW,
    PERSON_HOW,
    REGIONAL_HOW,
    SUBJECT_DEPS,
    UNKNOWN_COUNTRY,
    UNPLACED_FORCE,
    ActorResolver,
    Mention,
    actor_country,
    named_vessel,
)
from diurna.extract.dates import ArticleDates, DateMention, SentenceDates
from diurna.extract.datewords import Resolved, parse_iso
from diurna.extract.events import (
    ATTEMPTS,
    FINITE_TAGS,
    FORCE_ROOTS,
    IMPLICIT_ACTOR,
    INTENT_VERBS,
    INTRANSITIVE,
    REFUSING,
    Candidate,
    Decision,
    SentenceCoder,
    story_launches,
)
from diurna.extract.gazetteer import (
    Gazetteer,
    Place,
    load_gazetteer,
    member_state,
    normalise,
    subdivision_country,
)
from diurna.extract.parse import Doc, Span, Token
from diurna.extract.places import (
    MET_ROOTS,
    VISIT,
    WORLD_CITY,
    ArticlePlaces,
    Dateline,
    Doers,
    PlaceMention,
    claimed,
    find_dateline,
    speech_verb,
)
from diurna.extract.quotemarks import Refusal
from diurna.extract.quotes import UNKNOWN as UNKNOWN_SPEAKER
from diurna.extract.quotes import ArticleQuotes, FoundQuote
from diurna.extract.tokens import AUX_ID, NOUN_ID, PROPN_ID, VERB_ID, TokenTable
from diurna.model import Article, Location, SentenceRef

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class EventContext:
    """When and where one event happened and the quote it was coded from, with the reasons."""

    date: dt.date | None
    date_precision: str | None
    date_how: str
    location: Location | None
    place_how: str
    quote: int | None


@dataclass(frozen=True, slots=True)
class CodedSentence:
    """A sentence with its mentions, events (and their contexts) and the date it pins."""

    sentence: SentenceRef
    mentions: tuple[Mention, ...]
    events: tuple[Candidate, ...]
    date: dt.date | None
    date_precision: str | None
    decisions: tuple[Decision, ...]
    contexts: tuple[EventContext, ...] = ()
    date_mentions: tuple[DateMention, ...] = ()


@dataclass(frozen=True, slots=True)
class Extraction:
    """Everything extracted from one article, with character offsets only."""

    article: Article
    sentences: tuple[CodedSentence, ...]
    quotes: tuple[FoundQuote, ...] = ()
    places: tuple[PlaceMention, ...] = ()
    refusals: tuple[Refusal, ...] = ()
    dateline: Dateline | None = None


@dataclass(frozen=True, slots=True)
class _Read:
    """A sentence as read in the first pass, before quotes and places are known."""

    sent: Span
    text: str
    mentions: tuple[Mention, ...]
    events: tuple[Candidate, ...]
    decisions: tuple[Decision, ...]
    dates: SentenceDates


def publication_date(article: Article) -> dt.date | None:
    """The article's date; a malformed one is warned about and treated as missing."""
    found = parse_iso(article.date)
    if article.date and found is None:
        log.warning(
            "%s: publication date %r is not YYYY-MM-DD; relative dates stay unresolved",
            article.origin,
            article.date,
        )
    return found


def extract(
    parsed: SpacyDoc,
    article: Article,
    resolver: ActorResolver,
    coder: SentenceCoder,
    trace: bool = False,
    gazetteer: Gazetteer | None = None,
) -> Extraction:
    """Code every sentence of a parsed article (``parsed`` is the parse of ``article.text``),
    in order, carrying context forward. The parse is mended first (``mend_parse``), then read
    once into plain objects (``parse.Doc``) that every reader shares; the Extraction keeps
    character offsets only, so those objects are released when it is made."""
    mend_parse(parsed)
    doc = Doc(parsed, article.text)
    try:
        return read_article(doc, article, resolver, coder, trace, gazetteer)
    finally:
        doc.release()


def read_article(
    doc: Doc,
    article: Article,
    resolver: ActorResolver,
    coder: SentenceCoder,
    trace: bool,
    gazetteer: Gazetteer | None,
) -> Extraction:
    """``extract`` on the article's mended parse."""
    published = publication_date(article)
    table = TokenTable.of(doc, article.text)
    dateline = find_dateline(table.text)
    body = dateline.body if dateline else 0
    dates = ArticleDates(published, article.origin, dateline.date if dateline else None, body)
    gazetteer = gazetteer or load_gazetteer()
    home = dateline_country(dateline, gazetteer)
    towns = [name for name, _, _ in dateline.places] if dateline else []
    actors = resolver.article(
        doc,
        published,
        table.text,
        home,
        towns,
        city_country(gazetteer),
        town_countries(gazetteer),
        dateline.start if dateline else 0,
    )
    quotes = ArticleQuotes(doc, body, table, home=home)
    read: list[_Read] = []
    told: list[Candidate] = []  # the events of the sentences read so far
    for sent in doc.sents:
        text = table.sentence_text(sent)
        sentence_dates = dates.read_sentence(sent, table)
        main = sentence_dates.main
        day = main.day if main.precision == "day" else None
        if day is not None:
            actors.story_reached(day)
        mentions = actors.read_sentence(sent)
        quotes.read_sentence(sent, actors, mentions)
        for start, end, speaker in quotes.spoken_in(sent):
            if speaker.code != UNKNOWN_SPEAKER:  # a speaker diurna can neither code nor place
                actors.speaking_as(sent, start, end, speaker.code, speaker.text)
        decisions: list[Decision] | None = [] if trace else None
        events = coder.code(sent, actors, decisions, table, told)
        told.extend(events)  # and acts with no target, which later nouns may name
        events = [e for e in events if e.aimed]
        read.append(
            _Read(
                sent, text, tuple(mentions), tuple(events), tuple(decisions or ()), sentence_dates
            )
        )
    # a missile launch read as a show of force is an attack in a story of other force
    if any(e.launch for r in read for e in r.events):
        read = [replace(r, events=story_launches(r.events, told)) for r in read]
    found = tuple(quotes.finish())
    named = [m.head for r in read for m in r.mentions if m.how == "dictionary:country"]
    capitals = {
        m.head: m.code
        for r in read
        for m in r.mentions
        if len(m.code) == 3 and m.text.lower().endswith("capital")
    }
    # names the dictionary knows as people, with a title or a first name: no places ("South
    # Africa's Thabo Mbeki"); a bare "Iloilo" or "Lugo" may still be the town
    people = {
        m.head for r in read for m in r.mentions if m.how == PERSON_HOW and len(m.text.split()) > 1
    }
    # seats of power named as the place of an act ("met Biden at the White House"): their
    # capital; not "lawmakers in the State Duma", "fire on Revolutionary Guards"
    seats = {
        m.head: m.code[:3]
        for r in read
        for m in r.mentions
        if m.how == METONYM_HOW and len(m.code) > 3 and seat_of_act(doc[m.head])
    }
    # bodies and persons the dictionary knows: no towns struck ("jets struck Hamas"), and
    # persons attack in words ("Trump attacked Jackson")
    bodies = {m.head for r in read for m in r.mentions if m.how.startswith(ORGANISATION_HOW)}
    persons = {m.head for r in read for m in r.mentions if m.how.startswith(PERSON_HOW)}
    places = ArticlePlaces(
        doc, gazetteer, dateline, named, table.text, capitals, people, seats, bodies, persons
    )
    countries = {actor_country(code) for code in {m.code for r in read for m in r.mentions}}
    place_mentions = tuple(places.resolve((c for c in countries if c), actors.context_country()))
    out: list[CodedSentence] = []
    opening: _Read | None = None  # a dateline the parser made a sentence of
    before: tuple[tuple[Candidate, EventContext], ...] = ()
    for index, row in enumerate(read):
        previous = read[index - 1] if index else None
        contexts = share_place(
            doc,
            row.events,
            tuple(
                context(doc, cand, row, previous, places, found, table.idx, before)
                for cand in row.events
            ),
            table.idx,
        )
        contexts = same_doer_place(row.events, contexts)
        before = tuple(zip(row.events, contexts, strict=True))
        coded = tuple(placed(cand, ctx) for cand, ctx in zip(row.events, contexts, strict=True))
        own = row.dates.main
        carried = (
            carry({m.code for m in row.mentions}, previous) if not row.dates.mentions else None
        )
        day, precision = (own.day, own.precision) if row.dates.mentions else (None, None)
        if carried is not None:
            day, precision = carried.day, carried.precision
        sent = row.sent
        if not coded and index + 1 < len(read) and only_dateline(row, dateline, table.text):
            # "HARARE, Nov 15 (Reuters) -" parsed as a sentence (or two) of its own: it opens
            # the lead
            opening = opening or row
            continue
        start = opening.sent.start_char if opening is not None else sent.start_char
        actors_named = (*opening.mentions, *row.mentions) if opening else row.mentions
        actors_named = with_implicit(actors_named, coded, start, sent.end_char)
        text = table.text[start : sent.end_char] if opening is not None else row.text
        opening = None
        out.append(
            CodedSentence(
                sentence=SentenceRef(len(out), start, sent.end_char, text),
                mentions=actors_named,
                events=coded,
                date=day,
                date_precision=precision,
                decisions=row.decisions,
                contexts=contexts,
                date_mentions=row.dates.mentions,
            )
        )
    return Extraction(
        article=article,
        sentences=tuple(out),
        quotes=found,
        places=place_mentions,
        refusals=tuple(quotes.refusals),
        dateline=dateline,
    )


def with_implicit(
    mentions: tuple[Mention, ...], events: Sequence[Candidate], start: int, end: int
) -> tuple[Mention, ...]:
    """The sentence's mentions as its events [start, end) resolved them, plus the actors an
    event names that no word names: the unidentified armed force behind "a roadside bomb"
    (with the country its event's place gave it). A mention of no known country an event
    placed is shown so ("the army" as the place's MIL), and a place an event reads as its
    people is shown as both ("Algiers" under a curfew: DZA and DZACVL). `diurna actors` and the
    actor scores then see every actor an event names."""
    by_span = {(m.start, m.end): m for m in mentions}
    placed: dict[tuple[int, int], Mention] = {}
    added: dict[tuple[int, int, str], Mention] = {}
    for cand in events:
        for actor in (cand.source, cand.target):
            if actor is None or not start <= actor.start < end:
                continue
            span = (actor.start, actor.end)
            named = by_span.get(span)
            if named is None:
                if actor.how.startswith(IMPLICIT_ACTOR):
                    added.setdefault((*span, actor.code), actor)
            elif named.code == actor.code:
                continue
            elif named.code.startswith(UNKNOWN_COUNTRY):
                placed.setdefault(span, actor)
            elif actor.code.startswith(named.code):
                added.setdefault((*span, actor.code), actor)
    if not added and not placed:
        return mentions
    shown = [placed.get((m.start, m.end), m) for m in mentions]
    return tuple(sorted((*shown, *added.values()), key=lambda m: (m.start, m.end)))


def only_dateline(row: _Read, dateline: Dateline | None, text: str) -> bool:
    """Whether a sentence holds nothing but the dateline ("LIMA, Dec 8 (AFP) -"), not a
    headline above it."""
    if dateline is None:
        return False
    start = row.sent.start_char
    opens = start >= dateline.start or not text[start : dateline.start].strip()
    return opens and start + len(row.text.rstrip()) <= dateline.body


# How actors foreign where they act were made: they take no country from the event's place.
FOREIGN_WHERE_THEY_SERVE = frozenset({UNPLACED_FORCE, MEDIATORS_UNNAMED, REGIONAL_HOW})


def placed(cand: Candidate, ctx: EventContext) -> Candidate:
    """An event whose actor has no country ("a roadside bomb" → ---UAF, "the army" in a story
    naming no country) takes the country of the place the event happened in; peacekeepers
    and mediators, foreign where they serve, do not, nor does whoever struck a state's
    place."""
    if ctx.location is None:
        return cand
    country = ctx.location.country
    source, target = cand.source, cand.target
    struck = cand.code[:2] in FORCE_ROOTS and target is not None and target.code == country
    if (
        source.code.startswith(UNKNOWN_COUNTRY)
        and source.how not in FOREIGN_WHERE_THEY_SERVE
        and not struck  # "jets bombed Rafah": whose jets the town struck does not say
    ):
        source = replace(source, code=country + source.code[3:], how=f"{source.how}+event-place")
    if (
        target is not None
        and target.code.startswith(UNKNOWN_COUNTRY)
        and target.how not in FOREIGN_WHERE_THEY_SERVE
    ):
        target = replace(target, code=country + target.code[3:], how=f"{target.how}+event-place")
    if source is cand.source and target is cand.target:
        return cand
    return replace(cand, source=source, target=target)


def carry(codes: set[str], previous: _Read | None, root: str = "") -> Resolved | None:
    """The previous sentence's own date when this one goes on about the same event (CODING §11):
    the previous sentence names this event's source, or codes the same kind of event (same CAMEO
    root); an event's target alone is not enough ("Russia struck Kyiv. Ukraine condemned …")."""
    if previous is None or previous.dates.main.precision is None:
        return None
    if codes & {m.code for m in previous.mentions}:
        return previous.dates.main
    if root and root in {e.code[:2] for e in previous.events}:
        return previous.dates.main
    return None


def carry_act(cand: Candidate, previous: _Read | None) -> Resolved | None:
    """The previous sentence's date for an act that shares an actor with an act there: the same
    scene goes on ("Protesters stormed the residence on Saturday. Police fired tear gas at the
    crowds"). A statement is not carried this way: "Russia struck Kyiv on Monday. Ukraine
    condemned …" may be days later."""
    if previous is None or previous.dates.main.precision is None or is_statement(cand.code):
        return None
    mine = parties(cand)
    if any(mine & parties(prev) for prev in previous.events if not is_statement(prev.code)):
        return previous.dates.main
    return None


def parties(cand: Candidate) -> set[str]:
    """The codes of an event's source and target."""
    return {cand.source.code, cand.target.code} if cand.target else {cand.source.code}


def carry_place(
    cand: Candidate,
    ctx: EventContext,
    before: tuple[tuple[Candidate, EventContext], ...],
    claim: bool = False,
) -> EventContext:
    """An event with no place of its own happened where the same source's event of the same
    kind in the previous sentence did: "Police fired tear gas at protesters outside his
    residence. Police then arrested dozens." So does the same act told again, its actors now
    named in full (same root, a source of the same country), from a place its sentence named
    ("… signed a peace agreement in the Algerian capital. Prime Minister Meles … signed the
    accord …"). A statement does not take the place of an act
    ("Russian jets struck Poti. Russia's defence ministry denied …"), nor an act that of a
    statement; nor an act claimed after a reporting verb before it (``claim``: "Azerbaijan
    said its troops had captured several villages" is not told from the scene before)."""
    if claim or ctx.location is not None or not ctx.place_how.startswith("no location phrase"):
        return ctx
    for prev, prev_ctx in before:
        if prev_ctx.location is None or is_statement(prev.code) != is_statement(cand.code):
            continue
        country = actor_country(cand.source.code)
        where = prev_ctx.location.country
        if same_actor(prev.source.code, cand.source.code, where) or (
            prev.code[:2] == cand.code[:2]
            and country is not None
            and actor_country(prev.source.code) == country
            and prev_ctx.place_how.startswith("phrase")
        ):
            how = f"carried from {prev.trigger_text!r} before ({prev_ctx.place_how})"
            return replace(ctx, location=prev_ctx.location, place_how=how)
    return ctx


def share_place(
    doc: Doc,
    events: tuple[Candidate, ...],
    contexts: tuple[EventContext, ...],
    starts: Sequence[int],
) -> tuple[EventContext, ...]:
    """A verb coordinated with the verb before it, sharing its subject and with no place of
    its own, happened where that verb did ("Maduro, speaking at the presidential palace,
    called the protests a coup and blamed the opposition")."""
    tokens = [trigger_token(doc, cand, starts) for cand in events]
    out = list(contexts)
    for n, (cand, ctx) in enumerate(zip(events, contexts, strict=True)):
        token = tokens[n]
        if (
            ctx.location is not None
            or not ctx.place_how.startswith("no location phrase")
            or token.dep_ != "conj"
            or any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children)
        ):
            continue
        for m, first in enumerate(events):
            placed_at = contexts[m].location
            if (
                tokens[m].i == token.head.i
                and placed_at is not None
                and first.source.code == cand.source.code
            ):
                how = f"where {first.trigger_text!r}, its coordinated verb, happened"
                out[n] = replace(ctx, location=placed_at, place_how=how)
                break
    return tuple(out)


def same_doer_place(
    events: tuple[Candidate, ...], contexts: tuple[EventContext, ...]
) -> tuple[EventContext, ...]:
    """An actor's act with no place of its own happened where the same sentence's location
    phrase puts that actor's other acts of the day, when it puts them all in one place: "Von der
    Leyen, who arrived in Kyiv on Friday, condemned the strike". A person is the same actor
    only in the same words, a body or group by its code ("protesters marched through Quito a
    day after demonstrators forced their way into the National Assembly"): "Putin visited
    Tehran as the Russian foreign ministry denounced …" does not put the ministry in Tehran,
    nor "who met Xi in Beijing last month" a criticism."""
    if not any(c.location is not None and c.place_how.startswith("phrase") for c in contexts):
        return contexts
    out = list(contexts)
    for n, (cand, ctx) in enumerate(zip(events, contexts, strict=True)):
        if ctx.location is not None or not ctx.place_how.startswith("no location phrase"):
            continue
        places = {
            other.location.name: other
            for first, other in zip(events, contexts, strict=True)
            if first.source.code == cand.source.code
            and (
                first.source.start == cand.source.start
                or not (first.source.person or cand.source.person)
            )
            and other.date_precision in (None, "day")
            and not other.date_how.startswith("unresolved")  # "last month", with no date
            and (ctx.date is None or other.date == ctx.date)
            and other.location is not None
            and other.place_how.startswith("phrase")
        }
        if len(places) == 1:
            (other,) = places.values()
            how = f"where its doer's other act in the sentence was ({other.place_how})"
            out[n] = replace(ctx, location=other.location, place_how=how)
    return tuple(out)


def same_actor(a: str, b: str, country: str) -> bool:
    """Two codes of one actor, an unplaced one taking ``country`` (that of its event's place, as
    the records will): "Riot police fired … in Peshawar" (---COP) and then "Police" (PAKCOP)."""
    if a.startswith(UNKNOWN_COUNTRY):
        a = country + a[len(UNKNOWN_COUNTRY) :]
    if b.startswith(UNKNOWN_COUNTRY):
        b = country + b[len(UNKNOWN_COUNTRY) :]
    return a == b


def dateline_country(dateline: Dateline | None, gazetteer: Gazetteer) -> str | None:
    """The country a story is filed from: its dateline's region ("ISLAMABAD, Pakistan") or the
    seat of government of its city's name, else its most populous place ("ISLAMABAD" is
    Pakistan's capital, not Chattogram, once called Islamabad and larger)."""
    if dateline is None:
        return None
    if dateline.region:
        region = dateline.region[0]
        found = gazetteer.lookup(region)
        # a country, then a province or state ("KINGSTON, Ontario", not Ontario, California);
        # of those, the one with a town of the dateline's name ("ATHENS, Georgia" is American)
        readings = [p.country for p in found if p.kind == "country"]
        readings += [c for c in [subdivision_country(region)] if c is not None]
        towns = {p.country for name, _, _ in dateline.places[:1] for p in gazetteer.lookup(name)}
        country = next((c for c in readings if c in towns), readings[0] if readings else None)
        if country is not None:
            return country
        if found:
            return max(found, key=lambda p: p.population).country
    for name, _, _ in dateline.places[:1]:
        found = gazetteer.lookup(name)
        if found:
            return max(found, key=lambda p: (gazetteer.is_seat(p), p.population)).country
    return None


SEAT_PREPS = frozenset({"at", "in", "inside", "outside", "to", "from", "near", "into"})


# Nouns of a meeting that a seat of power may be the place of: "held talks at the White House".
SEAT_MEETINGS = frozenset({"talk", "meeting", "summit", "dinner", "banquet", "lunch", "ceremony"})
# Verbs whose doers are at the meeting they take: not "condemned the ceremony at the White House".
HOLDING_MEETINGS = frozenset({"hold", "host", "attend", "have", "chair", "convene", "join"})


def seat_of_act(token: Token) -> bool:
    """Whether a name is where a verb's act happens: "met Biden at the White House", or where
    a meeting told as the act happens: "held talks at the White House"."""
    prep = token.head
    if token.dep_ != "pobj" or prep.lower_ not in SEAT_PREPS or named_vessel(token):
        return False  # "fired at the BRP Cabra": a vessel at sea, not its state's seat
    held = prep.head
    return held.pos_ in ("VERB", "AUX") or (
        prep.lower_ == "at"
        and held.pos_ == "NOUN"
        and held.lemma_.lower() in SEAT_MEETINGS
        and (
            held.dep_ in ("pobj", "ROOT")
            or (held.dep_ == "dobj" and held.head.lemma_.lower() in HOLDING_MEETINGS)
        )
    )


# Seas and straits: no state's, though some share a region's name (Sudan's Red Sea state).
WATERS = re.compile(r"\b(?:sea|ocean|strait|straits|gulf)\b", re.IGNORECASE)


# Prepositions of where something is sent: after them, a to-infinitive is a purpose.
MOTION_PREPS = frozenset({"to", "into", "onto", "toward", "towards", "out", "from", "for"})
# Verbs whose to-infinitive is what they say or ask (their complement), not a purpose.
TO_COMPLEMENT_HEADS = INTENT_VERBS | REFUSING | ATTEMPTS | DIRECTIVES


ADVCL, NPADVMOD, ROOT, CSUBJ, NSUBJ, AUX_DEP, ADVMOD = map(
    get_string_id, ("advcl", "npadvmod", "ROOT", "csubj", "nsubj", "aux", "advmod")
)


def mend_parse(doc: SpacyDoc) -> None:
    """Repair, in place, misparses of the small model that hide a clause's parts from every
    reader (actors, quotes, places, events, ``diurna explain``): see ``mend_infinitive``,
    ``mend_ruled_out``, ``mend_fronted_subject``, ``mend_noun_verb``, ``mend_verbless``,
    ``mend_counted_subject``, ``mend_fronted_participle``, ``mend_headline_pair``,
    ``mend_headline_modifiers``, ``mend_dateline_subject``, ``mend_set_off_subject``,
    ``mend_name_with_object``, ``mend_gerund_subject`` and ``mend_gerund_modifier``."""
    # the labels read as ids, and a Token made only for a word a repair may apply to
    rows = doc.to_array([DEP, POS]).tolist() if len(doc) else []
    for i, (dep, pos) in enumerate(rows):
        if dep == ADVCL:
            mend_infinitive(doc[i])
            mend_ruled_out(doc[i])
        elif dep == NPADVMOD:
            mend_fronted_subject(doc[i])
        elif dep == ROOT and pos == NOUN_ID:
            mend_noun_verb(doc[i])
            mend_verbless(doc[i])
            mend_counted_subject(doc[i])
            mend_set_off_subject(doc[i])
        elif dep == ROOT and pos == PROPN_ID:
            mend_set_off_subject(doc[i])
            mend_name_with_object(doc[i])
        elif dep == CSUBJ:
            mend_fronted_participle(doc[i])
        elif dep == NSUBJ:
            if pos == PROPN_ID:
                mend_headline_pair(doc[i])
            elif pos == NOUN_ID:
                mend_headline_modifiers(doc[i])
            elif pos == VERB_ID:
                mend_gerund_subject(doc[i])
            mend_dateline_subject(doc[i])  # "MANILA" may be read as a common noun
        elif dep in (AUX_DEP, ADVMOD) and pos in (AUX_ID, VERB_ID):
            mend_gerund_modifier(doc[i])


def mend_infinitive(token: SpacyToken) -> None:
    """Relabel as a complement (xcomp) the to-infinitive the parser makes a clause of its own
    when a time phrase stands between it and the verb it completes: "vowed on Thursday to
    punish the PKK", "urged Russia on Monday to withdraw"."""
    if token.tag_ != "VB" or token.i < token.head.i + 2:
        return
    head = token.head
    if head.pos_ != "VERB" or head.lemma_.lower() not in TO_COMPLEMENT_HEADS:
        return
    children = list(token.children)
    if not any(c.dep_ == "aux" and c.tag_ == "TO" for c in children):
        return
    if any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in children):
        return  # "… so that", "in order to", a clause with its own subject
    if any(c.dep_ in ("xcomp", "ccomp") for c in head.children):
        return
    between = token.doc[head.i + 1 : token.i]
    if any(t.lower_ in MOTION_PREPS and t.head.i == head.i for t in between):
        return  # "ordered soldiers onto the streets to support the police": a purpose
    if any(t.ent_type_ in ("DATE", "TIME") for t in between):
        token.dep_ = "xcomp"


def mend_ruled_out(token: SpacyToken) -> None:
    """Relabel as a complement (xcomp) the gerund the parser makes a clause of its own after
    "ruled out": "ruled out sending cruise missiles", as "ruled out sending Taurus missiles"."""
    head = token.head
    if token.tag_ != "VBG" or token.i < head.i or head.lemma_.lower() != "rule":
        return
    if not any(c.dep_ == "prt" and c.lower_ == "out" for c in head.children):
        return
    if not any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in token.children):
        token.dep_ = "xcomp"


# A clause's subject of any kind: a verb with one needs no name made its subject.
ANY_SUBJECT = SUBJECT_DEPS | {"expl", "csubj"}


def mend_fronted_subject(name: SpacyToken) -> None:
    """Make a name the subject of the finite verb after it, where the parser hangs it on the
    verb as a modifier ("npadvmod"): "Azerbaijan massed troops"."""
    verb = name.head
    if name.pos_ != "PROPN" or verb.i <= name.i or verb.tag_ not in FINITE_TAGS:
        return
    if name.ent_type_ in ("DATE", "TIME") or any(c.dep_ in ANY_SUBJECT for c in verb.children):
        return
    if verb.pos_ == "VERB" and verb.dep_ != "amod":
        name.dep_ = "nsubj"


def mend_headline_pair(second: SpacyToken) -> None:
    """Coordinate the two names a headline lists with a comma before its verb ("Kenya, Somalia
    sign security pact", "Egypt, Qatar urge Israel to accept truce"), which the parser reads as
    two subjects or a modifier and a subject: the second becomes the first's conjunct. Only a
    present-tense verb right after the second name, with the first opening the sentence (not
    a dateline's "ALMATY, Kazakhstan (Reuters) - Security forces fired")."""
    verb = second.head
    doc = second.doc
    if verb.tag_ != "VBP" or second.i + 1 != verb.i:
        return
    comma = second.left_edge.i - 1
    if comma < 1 or doc[comma].text != ",":
        return
    first = doc[comma - 1]
    if first.pos_ != "PROPN" or first.head.i != verb.i or first.dep_ not in SET_OFF_NAME_DEPS:
        return
    if first.left_edge.i != verb.sent.start:
        return
    first.dep_ = "nsubj"
    second.head = first
    second.dep_ = "conj"
    doc[comma].head = first


# How the parser hangs the first of a headline's comma-listed names on the verb: "US, UK
# strike Houthi targets" reads "US" as an unlabelled dependent.
SET_OFF_NAME_DEPS = frozenset({"nsubj", "npadvmod", "dep"})


def mend_headline_modifiers(noun: SpacyToken) -> None:
    """Coordinate the capitalised modifiers a headline lists with commas before its subject
    noun ("Indian, Pakistani troops clash in Kashmir", "Russian, Chinese warships hold
    drills"), which the parser hangs anywhere: the first modifies the noun and the rest are
    its conjuncts, as in "Indian and Pakistani troops". Only a present-tense verb right after
    the noun, with the list opening the sentence."""
    verb = noun.head
    if verb.tag_ != "VBP" or noun.i + 1 != verb.i:
        return
    words = list(noun.doc[noun.sent.start : noun.i])
    names = words[::2]
    if len(names) < 2 or any(t.text != "," for t in words[1::2]):
        return
    if any(not t.is_title or t.pos_ not in ("ADJ", "PROPN") for t in names):
        return
    first = names[0]
    first.head = noun
    first.dep_ = "amod"
    for name in names[1:]:
        name.head = first
        name.dep_ = "conj"
    for comma in words[1::2]:
        comma.head = first
        comma.dep_ = "punct"


DASHES = frozenset({"-", "--", "\u2013", "\u2014"})


def mend_dateline_subject(name: SpacyToken) -> None:
    """A dateline's city the parser made the subject, with the story's real subject hung on the
    dateline's words before its dash ("BRASILIA, March 12 (Reuters) - Brazil and Argentina
    signed …", where "Brazil" is the city's apposition or the date's conjunct): the story's
    first phrase becomes the subject, the city a modifier."""
    if not name.is_upper or len(name.text) < 3 or not (name.i == 0 or name.is_sent_start):
        return  # read cheaply first: this runs on every subject
    doc = name.doc
    if name.i + 1 >= len(doc) or doc[name.i + 1].text not in (",", "("):
        return  # a dateline goes on with its date, region or agency
    window = doc[name.i + 1 : min(name.i + 12, name.sent.end - 1)]
    # the dateline's dash is spaced ("(Reuters) - Brazil"), unlike a hyphen ("one-week")
    dash = next((t.i for t in window if t.text in DASHES and doc[t.i - 1].whitespace_), None)
    if dash is None:
        return
    subject = doc[dash + 1]
    for _ in range(6):  # up to the head of the story's first phrase
        if subject.head.i <= dash or subject.head.i == subject.i:
            break
        subject = subject.head
    if any(
        c.dep_ in ("nsubj", "nsubjpass") and c.left_edge.i == dash + 1 for c in name.head.children
    ):
        # "SEOUL (Yonhap) - North Korea warned that it would …" with both read as subjects
        # of the verb: the city is no subject (nor its agency an antecedent of "it")
        name.dep_ = "npadvmod"
        return
    if subject.head.i >= dash or subject.pos_ not in ("PROPN", "NOUN"):
        return
    subject.head = name.head
    subject.dep_ = "nsubj"
    name.dep_ = "npadvmod"


def mend_verbless(root: SpacyToken) -> None:
    """A sentence parsed as one noun phrase around a verb read as an adjective of its object
    ("Turkey mediated talks between …", "Angola hosted talks between …", "Riot police
    tear-gassed journalists in Nairobi"): the
    verb becomes the root, the noun before it its subject and the root noun its object. The
    verb is in the past tense, a participle joined by a hyphen ("tear-gassed") or one the
    parser gave a subject."""
    for verb in root.lefts:
        if verb.dep_ != "amod" or verb.pos_ != "VERB":
            continue
        if not joined_or_past(verb) and not any(c.dep_ == "nsubj" for c in verb.children):
            continue  # an adjective with a subject of its own is a verb
        names = [c for c in verb.lefts if c.dep_ in ("npadvmod", "nsubj") and c.pos_ == "PROPN"]
        names += [
            c
            for c in root.lefts
            if c.i < verb.i and c.dep_ in ("nmod", "compound") and c.pos_ in ("NOUN", "PROPN")
        ]
        if not names or names[0].ent_type_ in ("DATE", "TIME"):
            continue
        make_root(verb, names[0])
        root.head = verb
        root.dep_ = "dobj"
        return


def mend_name_with_object(root: SpacyToken) -> None:
    """A sentence parsed as a name whose object carries the verb as an adjective ("ECOWAS
    lifted sanctions on Niger": "ECOWAS" the root, "lifted" a modifier of "sanctions"): the
    verb, in the past tense and right after the name, becomes the root, the name its subject
    and the noun its object."""
    for noun in root.rights:
        if noun.dep_ != "dobj" or noun.pos_ != "NOUN":
            continue
        verb = root.doc[root.i + 1] if root.i + 1 < len(root.doc) else None
        if verb is None or verb.head.i != noun.i or verb.dep_ != "amod" or verb.pos_ != "VERB":
            continue
        if verb.tag_ != "VBD":
            continue
        make_root(verb, root)
        noun.head = verb
        return


# What a headline's verb, read as a noun, goes on with: "arrive in Haiti", "seize a tanker".
VERB_GOING_ON = frozenset({"prep", "dobj", "advcl", "xcomp"})


# Nouns of force in "-ing" the parser may read as verbs after the name of who used it ("RSF
# shelling killed 15 civilians"); other "-ing" words are left as parsed ("Ukraine attacking
# forced Russia to move troops" is a clause).
FORCE_GERUNDS = frozenset(
    {"shelling", "bombing", "firing", "shooting", "fighting", "looting", "raiding", "strafing"}
)


def mend_gerund_subject(gerund: SpacyToken) -> None:
    """A noun of force read as a gerund whose own subject is the name before it, in a reported
    clause ("the army said RSF shelling killed 15 civilians"): a subject "-ing" word with a
    subject of its own right before it and no object is the noun ("RSF shelling", as in "RSF
    shelling killed 15 civilians" alone), its subject the noun's modifier."""
    if gerund.lower_ not in FORCE_GERUNDS or gerund.tag_ != "VBG":
        return
    if gerund.head.pos_ != "VERB" or gerund.head.i < gerund.i:
        return
    children = list(gerund.children)
    if len(children) != 1 or children[0].dep_ != "nsubj" or children[0].i != gerund.i - 1:
        return
    gerund.pos_ = "NOUN"
    gerund.tag_ = "NN"
    gerund.lemma_ = gerund.lower_
    children[0].dep_ = "compound" if children[0].pos_ in ("PROPN", "NOUN") else "amod"


def mend_gerund_modifier(gerund: SpacyToken) -> None:
    """The same noun read as an auxiliary or adverb of the past-tense verb after it, the name
    before it that verb's subject ("Houthi shelling killed two children", "Taliban shelling
    killed a boy"): the noun is the subject, the name its modifier."""
    doc, i = gerund.doc, gerund.i
    if gerund.lower_ not in FORCE_GERUNDS or gerund.tag_ != "VBG":
        return
    if i == 0 or i + 1 >= len(doc) or any(gerund.children):
        return
    verb, name = doc[i + 1], doc[i - 1]
    if gerund.head.i != verb.i or verb.tag_ != "VBD" or verb.pos_ != "VERB":
        return
    if name.dep_ != "nsubj" or name.head.i != verb.i or name.pos_ != "PROPN":
        return
    gerund.pos_ = "NOUN"
    gerund.tag_ = "NN"
    gerund.lemma_ = gerund.lower_
    gerund.dep_ = "nsubj"
    name.head = gerund
    name.dep_ = "compound"


def mend_noun_verb(root: SpacyToken) -> None:
    """A headline's present-tense verb read as a noun with the subject hung on it ("Kenyan
    police arrive in Haiti to take on gangs"): a root noun with a subject before it and an
    object, prepositional phrase or clause after it is the verb it looks like."""
    if root.tag_ != "NN" or not any(c.dep_ == "nsubj" and c.i < root.i for c in root.children):
        return
    if any(c.dep_ in ("det", "poss", "cop", "aux") for c in root.children):
        return  # "Russia the winner", "Iran's response": a noun after all
    if any(c.dep_ in VERB_GOING_ON and c.i > root.i for c in root.children):
        root.pos_ = "VERB"
        root.tag_ = "VBP"


def make_root(verb: SpacyToken, subject: SpacyToken) -> None:
    """Make a verb the sentence's root and a word its subject (the repairs' common step)."""
    verb.head = verb
    verb.dep_ = "ROOT"
    subject.head = verb
    subject.dep_ = "nsubj"


# What makes a participle after a comma active, the sentence's verb and not a reduced relative
# ("offered to mediate", "sent troops"; not "a soldier, the army's youngest, killed in the raid")
ACTIVE_DEPS = frozenset({"dobj", "xcomp", "ccomp"})


def mend_set_off_subject(root: SpacyToken) -> None:
    """A subject set off by a relative clause or an apposition between commas, parsed as the
    sentence's root with its verb hung on it as a clause (acl): "Malaysia, which chairs ASEAN,
    offered to mediate" (the name is the root) and "Malaysia, the ASEAN chair, offered to
    mediate" (the name is, or the apposition is with the name its modifier). The verb becomes
    the root and the name its subject; an apposition goes back to the name. The verb follows
    a comma, has no subject, and is a past tense or a participle with an object or complement."""
    doc = root.doc
    verb = next((c for c in root.rights if c.dep_ == "acl" and doc[c.i - 1].text == ","), None)
    if verb is None or verb.tag_ not in ("VBD", "VBN"):
        return
    children = list(verb.children)
    if any(c.dep_ in ANY_SUBJECT or c.dep_ == "auxpass" for c in children):
        return
    if verb.tag_ == "VBN" and not any(c.dep_ in ACTIVE_DEPS for c in children):
        return
    if root.pos_ == "PROPN":
        if not any(c.dep_ in ("relcl", "appos") and c.i < verb.i for c in root.children):
            return
        subject = root
    else:
        name = next(
            (c for c in root.lefts if c.pos_ == "PROPN" and c.dep_ in ("npadvmod", "nsubj")), None
        )
        if name is None or doc[name.i + 1].text != ",":
            return
        subject = name
        root.head = name
        root.dep_ = "appos"
    make_root(verb, subject)


def mend_counted_subject(root: SpacyToken) -> None:
    """A sentence parsed as a count noun with the verb hung on it as a clause ("Thousands of
    teachers and nurses protested in Buenos Aires", "protested" tagged a participle): a past
    tense, or a verb that has no passive, becomes the root and the count its subject. Not a
    participle ("Thousands of people killed in the war")."""
    if root.lower_ not in CROWD_NUMBERS or not any(
        c.dep_ == "prep" and c.lower_ == "of" for c in root.children
    ):
        return
    for verb in root.rights:
        finite = verb.tag_ == "VBD" or verb.lemma_.lower() in INTRANSITIVE  # no passive
        if (
            verb.dep_ == "acl"
            and finite
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
        ):
            make_root(verb, root)
            return


def mend_fronted_participle(participle: SpacyToken) -> None:
    """ "Visiting U.S. Secretary of State Antony Blinken met al-Sisi": a participle opening the
    sentence that the parser makes the clause's subject, with the name as its object. The name
    is the subject of the verb, the participle its modifier."""
    verb = participle.head
    if participle.tag_ != "VBG" or participle.i != participle.sent.start or verb.i <= participle.i:
        return
    if any(c.dep_ in ANY_SUBJECT for c in verb.children if c.i != participle.i):
        return
    name = next((c for c in participle.children if c.dep_ == "dobj" and c.pos_ == "PROPN"), None)
    if name is None:
        return
    name.head = verb
    name.dep_ = "nsubj"
    participle.head = name
    participle.dep_ = "amod"


def joined_or_past(verb: Token | SpacyToken) -> bool:
    """A past-tense verb, or a participle whose first part a hyphen joins ("tear-gassed")."""
    if verb.tag_ == "VBD":
        return True
    doc = verb.doc
    return verb.tag_ == "VBN" and verb.i > 1 and doc[verb.i - 1].lower_ == "-"


def city_country(gazetteer: Gazetteer) -> Callable[[str], str | None]:
    """The one country a city name stands for ("Kramatorsk" → UKR), else of a first-level
    region ("Sindh" → PAK); None for names of places in several countries or of none; for actor
    resolution, which knows countries only."""

    def country(name: str) -> str | None:
        if WATERS.search(name):
            return None  # "in the Red Sea" is no Sudanese state, "the Black Sea" no one's
        cities = [p for p in gazetteer.lookup(name) if p.kind == "city"]
        found = {p.country for p in cities}
        key = normalise(name)
        if not found:  # "the administration of Balochistan province", "the governor of Helmand"
            return subdivision_country(name)
        state = member_state(name)
        if state is not None and not any(
            p.population >= WORLD_CITY and p.country != state and normalise(p.name) == key
            for p in cities
        ):  # "Virginia police": no town abroad that small is meant, but Victoria is Hong Kong
            return state
        if not any(p.name.lower() == name.lower() for p in cities):
            # "Borno" is a Nigerian state by its own name, and Borna (Germany) only by another
            region = subdivision_country(name)
            if region is not None:
                return region
        if len(found) == 1:
            return found.pop()
        return dominant_city(*city_sizes(cities, name))

    return country


# How many times larger than any namesake a city must be to be the one a bare name means,
# and, when the name is only another spelling of the city's, than any city of that name.
DOMINANT = 5
SPELLED_DOMINANT = 10


def city_sizes(places: Iterable[Place], name: str) -> tuple[dict[str, int], dict[str, int]]:
    """Per country, the inhabitants of its largest city of a name: the cities called so by
    their own name ("San Cristobal" is San Cristóbal), and those called so only by another
    spelling (the gazetteer's other spellings make "Rome" a Togolese city and "Odessa" Odesa)."""
    key = normalise(name)
    own: dict[str, int] = {}
    other: dict[str, int] = {}
    for p in places:
        if p.kind == "city":
            sizes = own if normalise(p.name) == key else other
            sizes[p.country] = max(sizes.get(p.country, 0), p.population)
    return own, other


def dominant_city(own: Mapping[str, int], other: Mapping[str, int]) -> str | None:
    """The country of the city a bare name means when several have it: one by its own name
    five times larger than any other of that name and no smaller than any city spelled so
    ("a drone attack on Odesa" is not Odessa, Texas; "San Cristóbal" is no "San Cristóbal de
    las Casas"), else one by another spelling ten times larger than any ("St Petersburg" is
    Saint Petersburg, not the Florida city)."""
    ranked = sorted(((size, code) for code, size in own.items()), reverse=True)
    if ranked:
        first, code = ranked[0]
        second = ranked[1][0] if len(ranked) > 1 else 0
        rival = max((size for c, size in other.items() if c != code), default=0)
        if first >= LOCAL_CITY and first >= DOMINANT * second and first >= rival:
            return code
    ranked = sorted(((size, code) for code, size in other.items()), reverse=True)
    if not ranked:
        return None
    first, code = ranked[0]
    rest = [size for c, size in (*own.items(), *other.items()) if c != code]
    return code if first >= SPELLED_DOMINANT * max(rest, default=0) else None


def town_countries(gazetteer: Gazetteer) -> Callable[[str], Mapping[str, int]]:
    """Every country with a city of a name (by its own name), and the inhabitants of its
    largest ("Tripoli" → LBY 1.1 million, LBN 0.2 million)."""

    def countries(name: str) -> Mapping[str, int]:
        return city_sizes(gazetteer.lookup(name), name)[0]

    return countries


def trigger_token(doc: Doc, cand: Candidate, starts: Sequence[int]) -> Token:
    """The head word of an event's trigger; ``starts`` holds each token's character offset
    (``TokenTable.idx``), searched instead of building a Span for each event."""
    first = max(bisect_right(starts, cand.trigger_start) - 1, 0)
    end = max(bisect_left(starts, cand.trigger_end), first + 1)
    return doc[first] if end - first == 1 else doc[first:end].root  # most are one word


def context(
    doc: Doc,
    cand: Candidate,
    row: _Read,
    previous: _Read | None,
    places: ArticlePlaces,
    quotes: tuple[FoundQuote, ...],
    starts: Sequence[int],
    before: tuple[tuple[Candidate, EventContext], ...] = (),
) -> EventContext:
    """When and where ``cand`` happened and the quote it came from; ``before`` holds the
    previous sentence's events and contexts, whose place an event may carry on."""
    token = trigger_token(doc, cand, starts)
    resolved = row.dates.for_token(token)
    if resolved is not None:
        date_how = f"{resolved.how} in its sentence"
    else:
        resolved = carry({cand.source.code}, previous, cand.code[:2]) or carry_act(cand, previous)
        date_how = (
            f"carried from the previous sentence ({resolved.how})"
            if resolved is not None
            else "no date in its sentence or the one before about the same actors"
        )
    day = resolved.day if resolved else None
    precision = resolved.precision if resolved else None
    # Every actor of the trigger's events: "Putin and Erdogan agreed" under a Sochi dateline
    # took place in Sochi for Erdogan's event too.
    together = [c for c in row.events if c.trigger_start == cand.trigger_start]
    codes = {code for c in together for code in (c.source.code, c.target and c.target.code)}
    countries = {c for c in (actor_country(code) for code in codes if code) if c}
    targets = {actor_country(c.target.code) for c in together if c.target} - {None}
    sources = {actor_country(c.source.code) for c in together} - {None}
    if cand.code[:2] in FORCE_ROOTS and targets:
        # Force happens where its target is: Washington's missiles struck a Syrian base. An
        # armed group's home is no place: Kenyan troops fight al-Shabaab in Kenya too.
        stateless = all(c.target.code.startswith("IMG") for c in together if c.target)
        countries = {c for c in targets | (sources if stateless else set()) if c}
    elif sources and cand.code[:2] not in MET_ROOTS and not cand.code.startswith(VISIT):
        # Any other act happens where its doer is: "India expelled a Canadian diplomat" in a
        # story filed from Ottawa was done in India; talks and agreements are shared.
        countries = {c for c in sources if c}
    source = cand.source.code
    seated = (
        source[3:] in SEATED
        and not source.startswith("IMG")
        and actor_country(source) is not None
        and cand.code[:2] not in FORCE_ROOTS | MET_ROOTS
        and not cand.code.startswith(VISIT)
    )
    verb = speech_verb(token)  # the reporting verb, if the event is told as speech content
    doers = Doers(
        policing(cand), announced(cand, verb, row), seated, claimed(verb, token, cand.code)
    )
    place, place_how = places.event_location(token, cand.code, countries, row.sent, doers)
    found = EventContext(
        date=day,
        date_precision=precision,
        date_how=date_how,
        location=place.location() if place else None,
        place_how=place_how,
        quote=quote_of(cand, token, quotes),
    )
    return carry_place(cand, found, before, doers.claimed and not doers.policing)


def policing(cand: Candidate) -> bool:
    """Police acting on their own country's people (not a statement)."""
    source, target = cand.source.code, cand.target.code if cand.target else ""
    return (
        source[3:] == "COP"
        and target[3:] in ("CVL", "OPP")
        and target[:3] == source[:3]
        and not is_statement(cand.code)
    )


# Actors whose own acts are done at the seat of government: the state itself, its government
# and its legislature.
SEATED = frozenset({"", "GOV", "LEG"})


def announced(cand: Candidate, verb: Token | None, row: _Read) -> bool | None:
    """True when the event is the content of a speech by someone of its source's own country:
    "Downer told reporters in Canberra that Australia was suspending defence cooperation" (not
    force, which happens where it is aimed: "told reporters in Moscow that troops raided …");
    False when the speaker is of another country ("López Obrador told reporters in Mexico City
    that Castillo had phoned"); None otherwise. ``verb`` is the trigger's reporting verb."""
    country = actor_country(cand.source.code)
    if verb is None or country is None:
        return None
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    # and their appositions: "CANBERRA (Reuters) - Foreign Minister Downer told …" is parsed
    # with the dateline as the subject
    heads = {t.i for s in subjects for t in (s, *s.children) if t is s or t.dep_ == "appos"}
    speakers = {actor_country(m.code) for m in row.mentions if m.head in heads} - {None}
    if country in speakers:
        return None if cand.code[:2] in FORCE_ROOTS else True
    return False if speakers else None


def quote_of(cand: Candidate, token: Token, quotes: tuple[FoundQuote, ...]) -> int | None:
    """The quotation an event was coded from: its trigger among the quoted words (innermost
    first), else the reporting verb of indirect speech."""
    best: tuple[int, int] | None = None
    for index, quote in enumerate(quotes):
        for start, end in quote.parts:
            if start <= cand.trigger_start < end and (best is None or end - start < best[0]):
                best = (end - start, index)
    if best is not None:
        return best[1]
    for index, quote in enumerate(quotes):
        if not quote.direct and quote.cue == token.i:
            return index
    return None
