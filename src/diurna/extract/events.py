"""CAMEO event coding of one parsed sentence: lexicon patterns on verbs and event nouns, actors
from the dependency parse, and the CODING.md rules for complements, modality and negation.

For each verb or event noun whose lemma the lexicon knows, in sentence order:
1. the most specific matching pattern gives the code (no match → no event, never a default);
2. a complement of a verb that already gave an event is dropped (the alleged act in "accused X of
   attacking Z"; "urged X to stop"); complements of reporting verbs ("said") are coded;
3. possibility ("could", "might", "may") and scheduled or expected events are dropped;
   stated intent ("will", "vowed to") becomes 03x (cooperative) or 13x (hostile);
4. source = subject (passive: the "by" agent; conjoined verbs share the subject; relative
   clauses take their noun), target = the pattern's preposition object or the direct object;
5. one event per source × target pair, at most one per (source, target, code), symmetric codes once;
6. negation ("not", "never", "no one") marks the event ``negated``.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from types import MappingProxyType

from diurna.coding.lexicon import Lexicon, Pattern
from diurna.coding.ontology import Ontology
from diurna.extract.actors import (
    AGREEMENT_NOUNS,
    ARMED_GROUP_SECTORS,
    ATTACK_NOUNS,
    DOER_OF,
    FORCE_SECTORS,
    HOMELAND_HOW,
    LAUNCHED,
    MEDIATING,
    METONYM_HOW,
    MOVING,
    POLICE,
    STATE_KINDS,
    STATE_SECTORS,
    STRIKING_VERBS,
    SUBJECT_DEPS,
    UNKNOWN_COUNTRY,
    VEHICLES,
    VOWING,
    ArticleActors,
    Mention,
    actor_country,
    carried,
    country_part,
    home_country,
    name_start,
    pobjects,
)
from diurna.extract.datewords import MONTHS, WEEKDAYS
from diurna.extract.parse import Doc, Span, Token
from diurna.extract.tokens import ADJ_ID, NOUN_ID, VERB_ID, TokenTable

POSSIBILITY = frozenset({"could", "might", "may"})
INTENT_AUX = frozenset({"will", "would", "shall", "'ll", "wo"})
# "Y must …" / "Y should …" in reported speech: a demand / an appeal to Y, not an act of Y.
OBLIGATION = frozenset({"must"})
ADVICE = frozenset({"should"})
MODAL_DEMANDS = OBLIGATION | ADVICE
SPEECH_VERBS = frozenset(
    {"say", "declare", "insist", "state", "tell", "announce", "stress", "conclude", "argue"}
    | {"add", "write", "reiterate", "assert", "maintain", "emphasise", "emphasize", "believe"}
)
# Scaling down fighting (CAMEO 087x: truce, demobilisation, withdrawal).
SCALING_DOWN = "087"
# Roots whose verb's complement is what is asked for (appeal, demand).
ASKING_ROOTS = frozenset({"02", "10"})
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})
# Verbs that report their complement as what happened (the complement's own acts are facts).
REPORTING = (SPEECH_VERBS - {"insist"}) | frozenset(
    {"confirm", "document", "report", "reveal", "show", "find", "allege", "claim", "note"}
    | {"acknowledge", "admit", "learn", "hear", "see", "think", "know", "fear", "suspect"}
    | {"estimate", "indicate", "suggest", "understand", "record", "verify", "establish"}
)
# Verbs whose object event noun is observed or told, not done by their subject (not "confirmed
# the strike", "announced a ceasefire", "admitted the attack": those are often one's own).
OBSERVING = frozenset(
    {"insist", "report", "reveal", "show", "find", "fear", "suspect", "estimate", "indicate"}
    | {"suggest", "note", "document", "record", "verify", "describe", "cite", "witness", "see"}
    | {"hear", "learn", "know", "think", "believe", "predict", "expect", "monitor", "observe"}
)
# Verbs that only report: a gerund the parser hangs on them is the reported clause's subject.
SAYING = frozenset({"say", "tell", "add", "argue", "believe", "state"})
# Intent words that describe getting ready rather than saying what one will do.
READYING = frozenset({"prepare", "ready", "prepared", "readiness"})
# Verbs that only say when an act runs ("resume shelling"): the modality is their governor's.
ASPECTUAL = frozenset({"resume", "continue", "start", "begin", "keep", "restart", "renew"})
# A governing word that makes its to-complement speculative or scheduled: not coded.
NOT_YET = frozenset(
    {"likely", "unlikely", "due", "expect", "schedule", "set", "poise", "slate", "able", "possible"}
)
# Verbs that refuse their to-complement: the refusal is coded from what is refused (CAMEO 12x).
REFUSING = frozenset({"refuse", "decline"})


def refusing(verb: Token) -> bool:
    """Whether a verb refuses its complement: "refused to send", "ruled out sending"."""
    return verb.lemma_.lower() in REFUSING or ruling_out(verb)


# Meetings, visits and talks, which a story tells as scheduled: "will visit Beijing next month".
INTENT_ROOT_MEETING = "04"
# Words of a time still to come that a schedule names: "next month", "later this week".
COMING = frozenset({"next", "later", "tomorrow", "upcoming", "coming"})
PERIODS = frozenset({"day", "week", "weekend", "month", "year", "tomorrow"})


def scheduled(verb: Token) -> bool:
    """Whether a main clause the reporter tells (no one said it) sets its act at a time to
    come: "Nepal's prime minister will visit Beijing next month", "The UN will host a meeting
    in Doha later this month" (CODING.md §5: a schedule is no stated intent)."""
    if verb.dep_ != "ROOT" or any(c.dep_ in ("ccomp", "parataxis") for c in verb.children):
        return False  # "…, the ministry said": someone's word, an intent
    # the parse may hang the time on the object: "host a meeting … later this month"
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    for child in [*verb.children, *(c for o in objects for c in o.children)]:
        if child.dep_ not in ("npadvmod", "advmod", "prep"):
            continue
        words = {t.lemma_.lower() for t in child.subtree}
        if words & COMING and words & PERIODS:
            return True
    return False


def ruling_out(verb: Token) -> bool:
    """Whether a verb is "rule out"."""
    return verb.lemma_.lower() == "rule" and any(
        c.dep_ == "prt" and c.lower_ == "out" for c in verb.children
    )


# A governing verb that makes its to-complement a stated intent.
INTENT_VERBS = frozenset(
    "plan intend vow pledge promise want aim seek prepare decide offer resolve hope wish mean "
    "agree threaten ready willing prepared determined eager commit swear".split()
)
# Nouns of intent whose to-clause is the owner's intended act, as after "decided to": "Germany's
# decision to expel four Russian diplomats" (13x, as "decided to expel" is). Not "move" or
# "bid", which often tell the act done or tried; not a plan, a threat, an offer or a pledge,
# whose clause is no act (the noun is the event, when the lexicon codes it).
INTENT_NOUNS = frozenset({"decision", "intention", "determination", "readiness", "willingness"})
# Intent verbs whose noun object is asked of others: "sought the deployment of Kenyan police".
ASKING_VERBS = frozenset({"seek"})
# A governing verb that says its to-complement did not happen ("failed to reach a deal"). An
# attempt ("tried to storm the town") is the act: CAMEO codes what was done, not a plan.
FAILING = frozenset({"fail"})
# Verbs of an attempt: their complement is the act, with the attempt's own modality.
ATTEMPTS = frozenset({"try", "attempt"})
# Acts a purpose clause names that doing the main verb performs: "rallied to protest against
# the tax", "went on hunger strike to demand his release", "travelled to Berlin to urge
# restraint" protest, demand and urge (unlike "sent troops to attack", an aim).
PURPOSE_ACTS = frozenset(
    {"protest", "demand", "denounce", "condemn", "urge", "press", "demonstrate", "call"}
)
# What a demand asks for, as the last digit of a protest's code (CAMEO 141x-145x: for
# leadership change, policy change, rights, change in institutions).
GOALS = {"1041": "1", "1042": "2", "1043": "3", "1044": "4"}
# Verbs of perceiving: "we heard shooting" is not the hearers' shooting.
PERCEPTION = frozenset({"hear", "see", "watch", "witness", "notice", "feel"})
# Verbs whose -ing complement is what stops: "agreed to stop fighting" is no fighting.
STOPPING = frozenset({"stop", "cease", "halt", "quit", "end", "avoid"})
AUX_DEPS = frozenset({"aux", "auxpass"})
# Verbs whose object event noun is another's act they stop, undo, judge or witness ("police
# prevented the demonstration", "a court cancelled restrictions"): not their subject's act.
UNDOING_VERBS = frozenset(
    {"prevent", "stop", "halt", "block", "ban", "cancel", "end", "lift", "ease", "condemn"}
    | {"oppose", "reject", "denounce", "criticize", "criticise", "suppress", "crush", "foil"}
    | {"thwart", "disperse", "prohibit", "forbid", "outlaw", "postpone", "delay", "avert"}
    | {"resist", "suspend", "revoke", "rescind", "scrap", "overturn", "quell", "protest"}
    | {"deny", "investigate", "blame", "fear", "survive", "repel", "repulse", "break"}
    # nor are acts one perceives or reports ("we heard shooting all morning")
    | {"hear", "see", "witness", "watch", "report", "describe", "recall", "remember", "film"}
    # nor acts one gets away from ("300,000 people had fled the fighting")
    | {"flee", "escape", "evade", "dodge"}
)
# Verbs whose object event noun never took place ("postponed the release of prisoners", "a court
# blocked the deportation of migrants"): put off, prevented or called off, so not coded as done.
UNDONE_VERBS = frozenset(
    {"postpone", "delay", "defer", "prevent", "avert", "thwart", "foil", "block", "cancel"}
    | {"forbid", "prohibit"}
)
# Of those, the verbs that also say an attack was launched and stopped on its way ("air defences
# blocked a Russian drone attack on Kyiv"): force they take was used.
WARDING_VERBS = frozenset({"block", "thwart"})
# Links from a verb up to the verb whose content it is: its complement, or a clause on that
# verb's object ("denied accusations that troops had shelled…"). Relative clauses are not here:
# they narrate real events.
COMPLEMENT_DEPS = frozenset({"xcomp", "ccomp", "pcomp", "prep", "acomp", "acl", "dobj", "pobj"})
NEGATORS = frozenset({"not", "n't", "never", "no"})
OBJECT_DEPS = frozenset({"dobj", "obj"})
PREP_DEPS = frozenset({"prep", "agent", "dative"})
# Particles the parser may read as adverbs after an object ("pulled its forces back")
ADVERB_PARTICLES = frozenset({"back", "out", "down", "off", "away"})
OBJECT_OF_PREP = frozenset({"pobj", "pcomp"})
# Prepositions on an actor-less object that name the other party ("a deal with the EU").
PARTY_PREPS = frozenset(
    {"with", "to", "on", "against", "from", "between", "toward", "towards", "into"}
)
SKIPPED_DEPS = frozenset(
    {"det", "punct", "case", "cc", "prep", "amod", "compound", "nmod", "nummod", "poss", "flat"}
)
CLAUSE_DEPS = frozenset({"relcl", "acl", "advcl", "ccomp", "xcomp", "parataxis", "csubj"})
# Prepositions that set the scene (place, time, manner), never name the party acted upon.
SETTING_PREPS = frozenset(
    {"at", "in", "near", "inside", "outside", "around", "across", "during", "after", "before"}
    | {"since", "until", "amid", "despite", "throughout", "within", "via", "through", "like"}
)
# Where an event noun is the sentence's event ("Russian air strikes on Aleppo killed…",
# "talks between X and Y began"); elsewhere ("since the invasion") it is background.
NOUN_EVENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "ROOT", "attr", "appos"})
# Roots whose events stand without a target (a protest, a troop build-up, an attack on
# unnamed victims); other events need a target (CODING.md §3: no bare remarks).
# Roots of force: assault, fight, mass violence.
FORCE_ROOTS = frozenset({"18", "19", "20"})
TARGETLESS_ROOTS = frozenset({"14", "15"}) | FORCE_ROOTS
# Acts that stand alone too: resigning and refusing to (1231, "refused to step down"), a
# unilateral ceasefire, demobilising, surrendering ("Five hundred rebels surrendered"), a curfew
# or state of emergency on one's own country and lifting it ("lifted a state of emergency in
# Ouaddai province"), calling off a strike or protest (which, like the protest, may name no one), a
# demand for political reform that names no one ("the opposition demanded early elections").
# An appeal for aid (023x), which may be made to no one in particular.
AID_APPEAL = "023"
TARGETLESS_CODES = (
    "0831", "1231", "0871", "0873", "0874", "172", "0811", "0812", "0813", "0814", "082", "104",
)  # fmt: skip
# Resigning, refusing to and offering to: a leader's own act, which may name no one.
RESIGNING = ("0831", "1231", "0341")
# Destroying property stands alone when armed men do it ("rebels blew up a bridge"): sabotage.
# Rioters burning cars are protesting (14x), coded by what else the sentence says.
SABOTAGE = "1712"
ARMED_SECTORS = ARMED_GROUP_SECTORS | {"MIL"}
PROTESTERS = frozenset({"protester", "protesters", "demonstrator", "demonstrators", "rioters"})
PROTESTERS |= frozenset({"rioter", "mob", "mobs", "crowd", "crowds"})
# Verbs that carry an event noun through a preposition: "went on strike", "remained on alert",
# "joined in the protest", "engaged in ethnic cleansing", "converged for a rally". Only
# ENGAGE makes its object the noun's party ("engaged the rebels in talks").
ENGAGE = "engage"
CARRIERS = MappingProxyType(
    {
        "on": frozenset({"go", "remain", "stay", "be", "keep"}),
        "in": frozenset({"join", "engage", "participate"}),
        "for": frozenset({"converge", "gather", "assemble", "mass"}),
        "with": frozenset({"retaliate", "respond", "reply", "react"}),
    }
)
# Verbs that, with "on", "ahead" or "forward", go on with what their "with" phrase names:
# "pressed on with its offensive" is the offensive, not an appeal (020, "pressed Israel").
PRESSING_ON = frozenset({"press", "push", "forge", "plough", "plow", "carry"})
ONWARD = frozenset({"on", "ahead", "forward"})
# Nouns of meeting someone that such a phrase tells as held: "after talks with Fidan".
MEETING_NOUNS = frozenset({"talk", "meeting", "consultation", "negotiation", "call"})


def pressing_on(verb: Token) -> bool:
    """Whether a verb goes on with something: "pressed ahead", "pushed on", "carried on"."""
    return verb.lemma_.lower() in PRESSING_ON and any(
        c.dep_ in ("prt", "advmod") and c.lower_ in ONWARD for c in verb.children
    )


def met_with(noun: Token) -> bool:
    """Whether a noun is a meeting with someone, of no one named before it: "talks with
    Fidan", "a call with Biden"; not "the government's talks with the IMF", someone else's."""
    if noun.lemma_.lower() not in MEETING_NOUNS or any(c.dep_ == "poss" for c in noun.children):
        return False
    return any(c.dep_ == "prep" and c.lower_ == "with" for c in noun.children)


# Verbs that hold to a demand or plan noun, making it anew: "insisted on", "stood by".
KEPT_CONTENT = MappingProxyType(
    {
        "on": frozenset({"insist"}),
        "to": frozenset({"stick", "hold", "cling"}),
        "by": frozenset({"stand"}),
    }
)
# What crowds gather "for" that is itself the act: not "massed for an offensive".
GATHERINGS = frozenset({"rally", "protest", "demonstration", "march", "vigil", "sit-in"})
# Participles that state an attitude ("is opposed to", "is committed to"), not a passive act.
# Feelings: their "by" names the cause, not an agent ("was alarmed by Russia's threats").
FEELINGS = frozenset(
    {"concern", "alarm", "worry", "disappoint", "satisfy", "please", "dismay", "anger"}
    | {"outrage", "shock", "disturb", "trouble"}
)
STATE_PASSIVES = frozenset(
    {"oppose", "commit", "determine", "dedicate", "prepare"}
    | {"engage", "involve"}  # "were engaged in kidnappings": they did it
    | FEELINGS
)
STATE_PREPS = frozenset({"to", "about", "over", "at", "with", "by", "towards", "toward"})
# Measures on one's own country that stand alone when only threatened too (1323, 1324).
STANDING_MEASURES = ("1723", "1724")
# A curfew, a state of emergency or martial law binds the people of where it is imposed: a
# place named as its party stands for them ("a curfew in Abidjan" → CIVCVL, as CAMEO's examples
# code it; its examples of lifting one name the state: "in Montenegro" → MNE).
POPULATION_MEASURES = (*STANDING_MEASURES, "1323", "1324")
# Roots whose acts with no named party target the state of the place they happen in: measures
# ("a curfew in Cizre"), assaults and force ("set up blockades in the Gaza Strip").
PLACE_TARGET_ROOTS = frozenset({"08", "17", "18", "19"})
# Seizing or destroying property (looting, demolishing): in a town, of its state.
PROPERTY_SEIZED = "171"
# Use of weapons of mass destruction (chemical, biological, nuclear): on a place, on its people.
MASS_DESTRUCTION = "204"
# Roots of force whose target may be named only in a purpose clause ("fired to disperse X").
FORCE_PURPOSE_ROOTS = frozenset({"15", "17", "18", "19", "20"})
VICTIM_VERBS = frozenset({"kill", "wound", "injure", "hurt", "maim"})


@dataclass(frozen=True, slots=True)
class Frame:
    """What a verb or event noun governs in the parse; ``children`` are its dependents, read
    once for every rule that looks at them."""

    token: Token
    children: tuple[Token, ...]
    particle: str | None
    obj: Token | None
    passive_subject: Token | None
    preps: tuple[tuple[str, Token], ...]
    modifiers: frozenset[str]
    complements: frozenset[str]


@dataclass(frozen=True, slots=True)
class Candidate:
    """A coded event before ids, dates and places are attached."""

    source: Mention
    target: Mention | None
    code: str
    trigger_start: int
    trigger_end: int
    trigger_text: str
    negated: bool
    rule: str
    specificity: int
    # False for an act of force or coercion whose target no word names ("Iran's navy seized a
    # tanker"): no event, but a later "the seizure" refers back to its doer
    aimed: bool = True
    # True for a state's missile launch at no one read as a show of force (150, "North Korea
    # launched a ballistic missile"): force again (194) if the story tells other force
    launch: bool = False


@dataclass(frozen=True, slots=True)
class Decision:
    """Why a candidate clause was coded or dropped; ``explain`` prints these."""

    trigger: str
    pattern: Pattern | None
    outcome: str


class SentenceCoder:
    """Codes sentences with one lexicon and ontology."""

    def __init__(
        self,
        lexicon: Lexicon,
        ontology: Ontology,
        discard: re.Pattern[str] | None = None,
        force: Mapping[str, str] | None = None,
    ) -> None:
        self.lexicon = lexicon
        self.ontology = ontology
        self.discard = discard
        self.force = force or {}
        self.lemma_fixes = lemma_fixes(lexicon.verbs)
        self.inquiries = inquiry_kinds(lexicon.verbs)
        self.content_kinds = content_verb_kinds(lexicon.verbs)

    def code(
        self,
        sent: Span,
        actors: ArticleActors,
        trace: list[Decision] | None = None,
        table: TokenTable | None = None,
        earlier: Sequence[Candidate] = (),
    ) -> list[Candidate]:
        """The events of one sentence, in order; ``table`` is the Doc's TokenTable when the
        caller has one (else it is read here); ``earlier`` are the events of the article's
        sentences before it, which "the attack" or "the charges" may refer to."""
        table = table or TokenTable.of(sent.doc)
        if self.discard is not None:
            hit = self.discard.search(table.sentence_text(sent))
            if hit:
                if trace is not None:
                    trace.append(Decision(hit[0], None, "sentence discarded by dictionary phrase"))
                return []
        matched: dict[int, tuple[Pattern, Frame]] = {}
        doc, pos = sent.doc, table.pos
        # designating verbs ("added", "named") are read for an undesirable listing only where
        # the word is in the sentence, not on every such verb
        designating = DESIGNATING if UNDESIRABLE in table.sentence_text(sent).lower() else ()
        adjectives = self.lexicon.adjectives
        heads = [
            i
            for i in range(sent.start, sent.end)
            if pos[i] == VERB_ID
            or pos[i] == NOUN_ID
            or (pos[i] == ADJ_ID and table.lemma[i] in adjectives)
        ]
        for i in heads:  # verbs, nouns and adjectives, the words the lexicon's patterns start from
            group = (
                self.lexicon.nouns
                if pos[i] == NOUN_ID
                else adjectives
                if pos[i] == ADJ_ID
                else self.lexicon.verbs
            )
            lemma = table.lemma[i]
            patterns = group.get(lemma)
            if patterns is None and group is self.lexicon.verbs and lemma in self.lemma_fixes:
                patterns = group.get(self.verb_lemma(doc[i]))  # else verb_lemma is the lemma
            repeated = repeated_verb(doc[i]) if group is self.lexicon.verbs else None
            if patterns is None and repeated is not None:
                patterns = group.get(repeated)  # "re-entered the town" as "entered the town"
                repeated = None
            if patterns is None and not (
                group is self.lexicon.verbs and (lemma in CHARACTERISING or lemma in designating)
            ):
                continue
            token = doc[i]
            if group is adjectives and token.dep_ not in PREDICATIVE:
                continue  # "a grateful nation": no stance taken
            frame = build_frame(token)
            if group is adjectives:
                frame = with_copula(frame)
            elif group is self.lexicon.verbs and lemma in designating:
                listed = undesirable_listing(frame)
                if listed is not None and listed_body(listed, actors):  # as "banned X" would be
                    frame, patterns = listed, self.lexicon.verbs.get(BAN)
            if group is self.lexicon.verbs:
                frame = unwelcome_persons(frame)  # "declared two diplomats persona non grata"
            if (
                group is self.lexicon.nouns
                and token.dep_ in OBJECT_DEPS
                and self.verb_lemma(token.head) in SUPPORT_VERBS
            ):
                frame = with_support_verb(frame)
            elif group is self.lexicon.nouns and token.dep_ == "pobj":
                carrier = self.carrier_verb(token)
                if carrier is not None:  # "went on strike": a noun pattern may ask for ^go
                    lemmas = frame.complements | {self.verb_lemma(carrier)}
                    frame = replace(frame, complements=lemmas)
            pattern = best_pattern(patterns, frame) if patterns else None
            if pattern is None and repeated is not None and group.get(repeated):
                # "re-opened the case": no "reopen" pattern asks for a case; "open" does
                patterns = group[repeated]
                pattern = best_pattern(patterns, frame)
            if group is self.lexicon.nouns and lemma in NOUN_VERBS:
                pattern = self.content_pattern(frame, NOUN_VERBS[lemma]) or pattern
            elif lemma in CHARACTERISING and group is self.lexicon.verbs:
                judged = with_small_clause_object(frame)
                found = self.judged_pattern(judged, pattern)
                if found is not pattern:
                    frame, pattern = judged, found
            if (
                group is self.lexicon.verbs
                and patterns
                and (pattern is None or not pattern.objects)
                and named_outlet(frame, actors)
            ):
                # "suspended the BBC and Voice of America", "banned Al Jazeera": a named outlet
                # is met as the lexicon's words for one ("suspended the broadcaster")
                pattern = outlet_pattern(patterns, frame) or pattern
            if (
                group is self.lexicon.verbs
                and patterns
                and (pattern is None or not (pattern.objects or pattern.target_preps))
            ):  # not over "left ASEAN for Tokyo" (a visit, "leave >for")
                # "Mali quit ECOWAS", "left the African Union": a named international body is
                # met as the lexicon's words for one ("quit the bloc")
                pattern = body_pattern(patterns, frame, actors) or pattern
            if pattern is not None and hijacked_actor(frame, actors):
                pattern = None  # "Pakistan has been hijacked by the army": no craft
            if (
                pattern is not None
                and lemma == "tell"
                and frame.obj is not None
                and commanded(frame.obj)
                and own_command(frame, actors)
            ):
                pattern = None  # "Putin told the army to withdraw": the act commanded is coded
            if pattern is not None:
                matched[token.i] = (pattern, frame)
            elif trace is not None:
                trace.append(Decision(token.text, None, "lemma known, no pattern matched"))
        superseded = self.superseded(matched, actors)
        conditions = not CONDITION_WORDS.isdisjoint(table.lemma[sent.start : sent.end])
        out: dict[tuple[str, str, str], Candidate] = {}  # one event per (source, target, code)
        told = list(earlier)  # and those of this sentence's clauses before ("X, and Y")

        def keep(found: Iterable[Candidate]) -> None:
            for cand in found:
                out.setdefault(self.key(cand), cand)
                told.append(cand)

        coded: set[int] = set()  # tokens that gave events
        made_by: dict[int, list[Candidate]] = {}  # verb → the events it or its object noun gave
        purposes = []
        mediated: list[Candidate] = []  # the mediators of the acts coded
        unaimed: list[Candidate] = []  # acts with no target, for later sentences to refer to
        for pattern, frame in matched.values():
            if frame.token.i in superseded:
                continue
            if purpose_act(frame.token):
                purposes.append((pattern, frame))
                continue
            made = self.frame_events(
                frame, pattern, matched, superseded, actors, table, trace, conditions, told
            )
            unaimed.extend(c for c in made if not c.aimed)
            made = [c for c in made if c.aimed]
            mediated.extend(mediations(frame, made, actors))
            if made:
                coded.add(frame.token.i)
                token = frame.token
                verb = token
                if token.pos_ == "NOUN" and token.dep_ in OBJECT_DEPS:
                    verb = token.head  # "staged a rally to demand …"
                elif token.pos_ == "NOUN" and token.dep_ == "pobj":
                    verb = self.carrier_verb(token) or token  # "went on strike to protest …"
                made_by.setdefault(verb.i, []).extend(made)
            keep(made)
        for pattern, frame in purposes:
            main = frame.token.head
            acts = made_by.get(main.i, [])
            if any(act.code[:2] >= "15" for act in acts):
                continue  # "prevented protesters from marching to demand …": not the police's
            made = self.frame_events(
                frame, pattern, matched, superseded, actors, table, trace, conditions, told
            )
            made = [c for c in made if c.code[:2] <= "14"]  # "raided Jenin, pressing their
            # assault": a purpose or participle is a demand or protest, never force
            protests = [act for act in acts if act.code[:2] == "14"]
            # "summoned the envoy to protest" (an act) or "called his Swedish counterpart to
            # protest" (someone told): a complaint, no demonstration
            complaint = frame.token.lemma_.lower() == "protest" and (
                bool(acts) or any(c.dep_ == "dobj" and actors.actors(c) for c in main.children)
            )
            if not protests and not complaint:
                # "rallied in Nairobi to protest against the tax"; "flew to Berlin to urge
                # Scholz …" is a visit and an appeal
                keep(made)
                continue
            # The act the purpose belongs to says it: "marched to demand the president's
            # resignation" is one protest, for a change of leader (1411); "summoned the envoy
            # to protest" is the complaint (114) alone.
            goal = next((GOALS[c.code] for c in made if c.code in GOALS), None)
            for act in protests:
                aimed = act.code[:3] + goal if goal else None
                if aimed and aimed in self.ontology.codes and self.key(act) in out:
                    del out[self.key(act)]
                    keep([replace(act, code=aimed)])
            if trace is not None:
                why = "purpose of the act it is the aim of"
                trace.append(Decision(frame.token.text, pattern, why))
        keep(mediated)
        keep(unattributed_attacks(sent, actors, table, trace))
        keep(self.obligations(sent, actors, table, trace))
        keep(self.said_judgements(sent, actors, table, trace, told))
        keep(price_threats(sent, actors, table, trace))
        for head, complements in superseded.items():
            pattern, frame = matched[head]
            if coded & complements:
                if trace is not None:
                    why = "generic intent: its complement is coded"
                    trace.append(Decision(frame.token.text, pattern, why))
                continue
            if any(refused_intent(frame.token, frame.token.doc[i]) for i in complements):
                continue  # "pledged not to veto the package": no vow of anything done
            # The complement found no parties: the intent verb is coded after all.
            rest = {i: c for i, c in superseded.items() if i != head}
            keep(
                self.frame_events(
                    frame, pattern, matched, rest, actors, table, trace, conditions, told
                )
            )
        events = without_own_state_beside_another(without_bare_twins(out.values()))
        events = without_visits_of_talks(events)
        doers = {(c.source.code, c.code[:2]) for c in events}
        events += [c for c in unaimed if (c.source.code, c.code[:2]) not in doers]
        events = without_games(events, sent, table)
        return sorted(events, key=lambda c: c.trigger_start)

    def received_aid(self, frame: Frame, actors: ArticleActors) -> tuple[list[Mention], str] | None:
        """The givers named in a receiving verb's "from" phrase and the aid code of what they
        gave, read as "provided" ("received $500 million in budget support from the African
        Development Bank": the bank's economic aid, 071)."""
        givers = [
            a
            for t in frame.token.subtree
            if t.dep_ == "prep" and t.lower_ == "from"
            for o in t.children
            if o.dep_ == "pobj"
            for a in actors.actors(o)
        ]
        # what was given, whoever it was given to: "provided a loan to X" without the "to"
        patterns = tuple(
            replace(p, target_preps=frozenset()) for p in self.lexicon.verbs.get(GIVING_VERB, ())
        )
        given = best_pattern(patterns, frame)
        if not givers or given is None or given.code[:2] != AID_ROOT:
            return None
        return givers, given.code

    def referred_doers(
        self,
        noun: Token,
        code: str,
        sources: list[Mention],
        actors: ArticleActors,
        earlier: Sequence[Candidate],
    ) -> list[Mention]:
        """The party of the earlier act a definite event noun names when its phrase names no
        one. The noun's lexicon code (or ACT_NOUNS) says which kind of act it is (FAMILIES).

        - A response to the act is aimed at whoever did it: "condemned the attack" at the
          attacker, "rejected the accusations" at the accuser, "repelled the assault" at the
          assailants, "welcomed the deal" at its parties.
        - The act told again by its own side, and a claim or denial of responsibility for it,
          are aimed at whom it was aimed at: "the group said it had carried out the assault",
          "police arrested X, and prosecutors ordered the detention of 300 others", "claimed
          responsibility for the attack".

        The act referred to is the latest one told with the noun's word ("the attack" after
        "attacked"), else the first of its kind, the one the story leads with (the latest for
        the act told again). A state's response is not to its own state's act ("Israel
        condemned the attack" after Israeli strikes and Hamas rockets: Hamas's)."""
        if code[:2] == STATEMENT_ROOT and code not in (CLAIM, DENY):
            return []  # "commemorated the attack" answers no one
        repelled = noun.dep_ == "dobj" and noun.head.lemma_.lower() in REPELLING
        if noun.pos_ != "NOUN" or not (
            repelled  # "repelled several assaults": whoever was attacking, named or not
            or any(
                (c.dep_ == "det" and c.lower_ in DEFINITE) or c.dep_ == "poss"
                for c in noun.children
            )
        ):
            return []
        lemma = noun.lemma_.lower()
        if lemma in ATTEMPT_NOUNS:  # "the coup attempt": the act attempted
            lemma = next((c.lemma_.lower() for c in noun.children if c.dep_ == "compound"), lemma)
        if lemma == EXECUTION and any(
            o.lemma_.lower() in CARRIED_OUT for o in pobjects(noun, ("of",))
        ):
            return []  # "the execution of the peace plan": a plan carried out, no one killed
        patterns = self.lexicon.nouns.get(lemma)
        pattern = best_pattern(patterns, build_frame(noun)) if patterns else None
        family, sector = ACT_NOUNS.get(lemma, (None, None))
        also = OTHER_FAMILIES.get(lemma, "")  # "the coup": a seizure (171) or a coup (180)
        if pattern is not None:  # "the statement" (010) is still words said
            family = FAMILIES.get(pattern.code[:2], family)
        summing = family is None and lemma in SUMMING_NOUNS and judging(code)
        own = {s.code for s in sources}
        # "NATO condemned the attacks on the peacekeepers": one's own people struck name no
        # one else, so the attack told before is still whose the response is aimed at
        if (family is None and not summing) or any(
            a.code not in own for t in phrase_words(noun, settings=False) for a in actors.actors(t)
        ):
            return []
        home = {country_part(s.code) for s in sources}
        if summing:
            # "Bangladesh welcomed the decision", "the IMF praised the measures": the latest
            # act another state, body or organisation told of, judged; the opposition, a union
            # or civilians judge their own state's ("the opposition condemned the decision"
            # after parliament passed a law); "Tehran condemned the vote" after the IAEA board
            # censured it: the latest act of a voting body, a judgement too
            barred = home - {None} if any(official(s.code) for s in sources) else set()
            voted = lemma in VOTED
            judged = [
                e
                for e in earlier
                if not e.negated
                and e.source.code not in own
                and country_part(e.source.code) not in barred
                and (voting_body(e.source) if voted else not judging(e.code) and decider(e.source))
            ]
            if lemma in DEED_NOUNS:  # an act decided before any appeal or demand about it
                judged = [e for e in judged if e.code[:2] not in ASKING_ROOTS] or judged
            if not judged:
                return []
            # "Japan and the Netherlands agreed to curb chip exports … Beijing opposed the
            # move": each actor of the one act judged
            last = judged[-1]
            return list(
                {
                    e.source.code: e.source
                    for e in judged
                    if e.trigger_start == last.trigger_start and e.code == last.code
                }.values()
            )
        state = any(len(s.code) == 3 or s.code[3:6] in STATE_SECTORS for s in sources)
        kind = [
            e
            for e in earlier
            if (
                FAMILIES.get(e.code[:2]) in (family, also)
                or (family == "force" and e.code.startswith(REPRESSION))
                # "condemned the attacks on the peacekeepers" after protesters hurled stones
                # and petrol bombs at them (145): a riot is an attack too
                or (family == "force" and e.code == VIOLENT_PROTEST)
                or (lemma in COMPLAINT_NOUNS and e.code == COMPLAINT)
                # "welcomed the ruling" after a court overturned a decree (0832): whatever a
                # court decided
                or (lemma in ANY_COURT_ACT_NOUNS and e.source.code[3:6] == COURT_SECTOR)
                # "North Korea condemned the drills" after joint exercises (062)
                or (lemma in EXERCISE_NOUNS and e.code == JOINT_EXERCISE)
                # "Hamas condemned the remarks": whatever the one who spoke last said
                or (family == SPEECH and e.code[:2] in SPOKEN_ROOTS)
            )  # "condemned the killings" after police fired on protesters (175)
            and not e.negated
            and (sector is None or e.source.code[3:6] == sector)
            # "criticized the agreement" after "Blinken praised India": praise is no deal
            and not (e.code == PRAISE and family == AGREEING)
            # "Beijing said the drills were a punishment" after Taiwan dispatched forces (154):
            # drills are exercises, no other show of force
            and not (lemma in EXERCISE_NOUNS and e.code not in (EXERCISE, JOINT_EXERCISE))
        ]
        if code == CLAIM:
            # "the TTP claimed responsibility for the attack" after Pakistani jets struck
            # hideouts: no group claims another state's act ("Ukraine's military intelligence
            # claimed the attack" after Ukrainian drones struck: its own state's, claimed)
            kind = [
                e
                for e in kind
                if not official(e.source.code) or country_part(e.source.code) in home - {None}
            ]
        if not kind and family == "force" and code not in (CLAIM, DENY):
            # "IS claimed responsibility for a bombing. Widodo condemned the bombing": an
            # attack told only through its claim is the claimer's
            claims = [e for e in earlier if e.code == CLAIM and not e.negated]
            return [claims[-1].source] if claims and claims[-1].source.code not in own else []
        if not kind:
            return []
        named = [
            e
            for e in kind
            if same_word(lemma, e.trigger_text) or same_word(lemma, object_word(noun.doc, e))
        ]
        ours = [
            e
            for e in kind
            if e.source.code in own
            # a verdict is told again by the court alone: "his party called the verdict a
            # vendetta" answers the court of its own country
            or (sector is None and country_part(e.source.code) in home)
        ]
        told_again = FAMILIES.get(code[:2]) == family and bool(ours)
        if told_again or code in (CLAIM, DENY):
            if told_again:
                event = next((e for e in reversed(named) if e in ours), ours[-1])
            else:
                event = named[-1] if named else kind[0]
            if code == DENY and FAMILIES.get(event.code[:2]) in ACCUSING:
                # "denied the accusation": the denial answers the accuser, not the accused, and
                # only one who accused the denier ("China rejected the accusations" after the
                # Kremlin denounced U.S. sanctions answers no one)
                # (an armed group's state counts: "Hezbollah denied the accusation" against
                # Lebanese troops)
                states = {actor_country(s.code) for s in sources} - {None}
                aimed = [e for e in kind if accused(e, own, states)]
                if not aimed:
                    return []
                event = next((e for e in reversed(named) if e in aimed), aimed[0])
                return [event.source] if event.source.code not in own else []
            if event.target is None:
                return []
            if not self.ontology.is_symmetric(event.code):
                return [event.target]
            # "Turkey hosted the talks": both sides; "Meles and Isaias signed the accord": its
            # parties are the signers themselves
            both = (event.target, event.source)
            return [m for m in both if country_part(m.code) not in home]
        if state:  # a state does not answer its own state's act
            kind = [e for e in kind if country_part(e.source.code) not in home] or kind
            named = [e for e in named if country_part(e.source.code) not in home]
        event = named[-1] if named else kind[-1 if family == SPEECH or lemma in OFFERS else 0]
        # "American and British warplanes struck … The Houthis condemned the strikes": each
        # actor of the one act told (one event per actor, same trigger and code)
        found = list(
            {
                e.source.code: e.source
                for e in kind
                if e.trigger_start == event.trigger_start and e.code == event.code
            }.values()
        )
        if event.target is not None and self.ontology.is_symmetric(event.code):
            found.append(event.target)  # "welcomed the deal": both who made it
            # "the agreement was reached during a visit by Marcos" after Vietnam and the
            # Philippines agreed: the other side, not the Philippine president's own state
            found = [m for m in found if country_part(m.code) not in home] or found
        return found

    def judged_pattern(self, frame: Frame, pattern: Pattern | None) -> Pattern | None:
        """The pattern of a verb that names its object with a judgement: "criticize" for a
        condemnation ("called the raid an act of terrorism"), "praise" for an endorsement; a
        disapproval, rejection or denial the verb's own pattern codes stands."""
        if pattern is not None and (
            pattern.code[:2] in JUDGED_ROOTS or pattern.code == DENIAL_CODE
        ):
            return pattern
        if pattern is not None and pattern.code == WEIGH_OPTION and names_object(frame):
            pattern = None  # "India considers the Pakistani group a threat": a view
        judged = characterisation(frame)
        obj = frame.obj
        if judged is None or obj is None:
            return pattern
        lemma = obj.lemma_.lower()
        if (
            obj.pos_ == "NOUN"
            and lemma not in self.lexicon.nouns
            and lemma not in ACT_NOUNS
            and any(c.dep_ == "prep" and c.lower_ == "of" for c in obj.children)
            and not any(c.dep_ == "poss" for c in obj.children)  # "China's sentencing of …"
        ):
            return pattern  # "called the collapse of Assad's government historic": not Assad's
        kind, word = judged
        patterns = self.lexicon.verbs.get(CHARACTERISATION_VERBS[kind])
        found = best_pattern(patterns, frame) if patterns else None
        if found is None:
            return pattern
        return replace(found, rule=f"{found.rule} ({CHARACTERISED} {word!r})")

    def content_pattern(self, frame: Frame, verb: str) -> Pattern | None:
        """The verb's pattern for what a demand or plan noun's clause asks for: "its demand
        that Israel lift the blockade" is coded as "demanded that Israel lift the blockade"."""
        noun = frame.token
        clauses = [c.lemma_.lower() for c in frame.children if content_of_noun(c)]
        if noun.dep_ in OBJECT_DEPS:  # "reiterated its demand that Israel ease restrictions"
            clauses += [c.lemma_.lower() for c in noun.head.children if same(content_noun(c), noun)]
        patterns = self.lexicon.verbs.get(verb)
        if not clauses or not patterns:
            return None
        found = best_pattern(patterns, replace(frame, complements=frozenset(clauses)))
        return found if found is not None and found.complements else None

    def obligations(
        self,
        sent: Span,
        actors: ArticleActors,
        table: TokenTable,
        trace: list[Decision] | None,
    ) -> Iterator[Candidate]:
        """ "X said that Y must do Z" is X demanding Z of Y, coded as the lexicon codes
        "demanded that Y do Z"; with "should", as "urged Y to do Z" (CODING.md §3)."""
        pos, lemma = table.pos, table.lemma
        if MODAL_DEMANDS.isdisjoint(lemma[sent.start : sent.end]):
            return
        for i in range(sent.start, sent.end):
            if pos[i] != VERB_ID or lemma[i] not in SPEECH_VERBS:
                continue
            token = sent.doc[i]
            for clause in token.children:
                if clause.dep_ != "ccomp":
                    continue
                auxes = {c.lower_ for c in clause.children if c.dep_ == "aux"}
                if auxes & OBLIGATION:
                    verb = "demand"
                elif auxes & ADVICE:
                    verb = "urge"
                else:
                    continue
                patterns = self.lexicon.verbs.get(verb)
                if not patterns:
                    continue
                # Y, the clause's subject, is whom the demand is on, not those "told"
                subject = next((c for c in clause.children if c.dep_ in SUBJECT_DEPS), None)
                frame = replace(
                    build_frame(token), obj=subject, complements=frozenset({clause.lemma_.lower()})
                )
                pattern = best_pattern(patterns, frame)
                if pattern is None:
                    continue
                made = list(self.candidates(frame, pattern, pattern.code, actors, table))
                if trace is not None:
                    outcome = f"{len(made)} event(s)" if made else "no actor"
                    trace.append(Decision(f"{token.text} … {'/'.join(auxes)}", pattern, outcome))
                yield from made

    def said_judgements(
        self,
        sent: Span,
        actors: ArticleActors,
        table: TokenTable,
        trace: list[Decision] | None,
        earlier: Sequence[Candidate],
    ) -> Iterator[Candidate]:
        """ "X said Y was unacceptable" is X criticising Y, or whoever did Y, as "X called Y
        unacceptable" is; "X said Y was responsible for Z" is X accusing Y. The reported
        clause's own act is still coded as a fact (CODING.md §4)."""
        pos, lemma = table.pos, table.lemma
        if "be" not in lemma[sent.start : sent.end]:
            return  # no copula, no judged clause
        for i in range(sent.start, sent.end):
            if pos[i] != VERB_ID or lemma[i] not in SPEECH_VERBS or lemma[i] == "believe":
                continue
            token = sent.doc[i]
            for clause in token.children:
                judged = said_judgement(clause)
                if judged is None:
                    continue
                kind, word, subject = judged
                if not self.judged_party(word, subject, actors):
                    continue
                verb = judging_verb(kind, word.lemma_.lower(), subject)
                if verb == DENIAL_VERB and not self.accused_speaker(token, actors, earlier):
                    # "Washington said Russia's claim was baseless": only the accused deny
                    verb = CHARACTERISATION_VERBS[kind]
                patterns = self.lexicon.verbs.get(verb)
                frame = replace(build_frame(token), obj=subject)
                pattern = best_pattern(patterns, frame) if patterns else None
                if pattern is None:
                    continue
                pattern = replace(pattern, rule=f"{pattern.rule} ({CHARACTERISED} {word.text!r})")
                code = self.modal_code(frame, pattern.code)
                made = [
                    c
                    for c in (
                        self.candidates(frame, pattern, code, actors, table, earlier)
                        if code is not None
                        else ()
                    )
                    # "the foreign ministry said US sanctions were illegal": a speaker whose
                    # country is only the story's does not judge that country
                    if not (
                        c.target is not None
                        and c.source.how.startswith(GUESSED_COUNTRY)
                        and country_part(c.source.code) == country_part(c.target.code)
                    )
                ]
                if trace is not None:
                    outcome = f"{len(made)} event(s)" if made else "no actor or not an act"
                    trace.append(Decision(f"{token.text} … {word.text}", pattern, outcome))
                yield from made

    @staticmethod
    def accused_speaker(verb: Token, actors: ArticleActors, earlier: Sequence[Candidate]) -> bool:
        """Whether the speaker of a verb of saying was accused or pressed earlier in the
        story, and so may deny a charge it calls untrue (CODING.md §3: 016 denies an
        accusation; a third party calling it baseless criticises its teller)."""
        subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
        speakers = actors.actors(subject) if subject is not None else []
        return bool(speakers) and any(
            target.code in own or country_part(target.code) in own
            for e in earlier
            if FAMILIES.get(e.code[:2]) in ACCUSING
            and (target := e.target) is not None
            and not e.negated
            for own in [{c for s in speakers for c in (s.code, country_part(s.code))}]
        )

    def judged_party(self, word: Token, subject: Token, actors: ArticleActors) -> bool:
        """Whether a reported judgement names whom it is aimed at: an act judged with its victim
        or place in its phrase needs its doer there too ("China's sanctions on X", "the Russian
        strike on Kyiv", not "the arrest of the journalist"), and being "responsible for"
        something is blame only for an act ("for the attack", not "for the safety of the
        hostages")."""
        nouns = self.lexicon.nouns
        if word.lemma_.lower() in BLAMING:
            for prep in word.children:
                if prep.dep_ == "prep" and prep.lower_ == "for":
                    acts = [o for o in prep.children if o.dep_ == "pobj"]
                    if not any(
                        o.lemma_.lower() in nouns or o.lemma_.lower() in ACT_NOUNS for o in acts
                    ):
                        return False
        lemma = subject.lemma_.lower()
        placed = any(  # "the arrest of the journalist", "the killing … in Iraq"
            c.dep_ == "prep" and c.lower_ in ("of", "in", "on", "against") for c in subject.children
        )
        if placed and subject.pos_ == "NOUN" and (lemma in nouns or lemma in ACT_NOUNS):
            doers = [c for c in subject.children if c.dep_ in ("poss", "amod", "compound")]
            doers += [o for p in subject.children if p.lower_ == "by" for o in p.children]
            return any(actors.hits.get(c.i) is not None or c.pos_ == "PROPN" for c in doers)
        return True  # "said the protests were a coup": aimed at whoever did the act told before

    def frame_events(
        self,
        frame: Frame,
        pattern: Pattern,
        matched: dict[int, tuple[Pattern, Frame]],
        superseded: Mapping[int, set[int]],
        actors: ArticleActors,
        table: TokenTable,
        trace: list[Decision] | None,
        conditions: bool = True,
        earlier: Sequence[Candidate] = (),
    ) -> list[Candidate]:
        """The events of one matched frame after the drop and modality rules; ``conditions``
        says whether the sentence has an "if", "unless" or "until" at all."""
        reason = self.drop_reason(frame, matched, superseded, conditions)
        base = protective(frame, pattern.code)
        code = None if reason else self.modal_code(frame, base)
        if code is None:
            if trace is not None:
                why = reason or "possibility or scheduled event, not coded"
                trace.append(Decision(frame.token.text, pattern, why))
            return []
        made = list(self.candidates(frame, pattern, code, actors, table, earlier))
        if base != pattern.code and (
            not made or not all(c.target and protected(c.target) for c in made)
        ):
            # "deployed soldiers to help police contain the looting": no other state
            # protected, the deployment as it is (and not armed groups, in a misparse of "to
            # help Mozambique fight insurgents")
            code = self.modal_code(frame, pattern.code) or code
            made = list(self.candidates(frame, pattern, code, actors, table, earlier))
        if materiel_delivered(frame, pattern.code, made):
            # "Germany sent tanks to Ukraine", "will send Leopard tanks to Kyiv": arms sent
            # to another state are military aid (072; intended, 0332), not a mobilisation
            code = self.modal_code(frame, MILITARY_AID) or code
            made = [replace(c, code=code) for c in made]
        if pattern.code == POLICING and made and all(sent_abroad(c) for c in made):
            # "Kenya will deploy 1,000 police officers to Haiti": police sent to serve in
            # another state are a mission there (074; intended, 0334), not police power at home
            code = self.modal_code(frame, PROTECTION) or code
            made = [replace(c, code=code) for c in made]
        refusal = refusal_code(pattern.code) if code != pattern.code else None
        if refusal is not None and made and made[0].negated:
            # "Syria will not accept more refugees", "said it would not release them": a
            # cooperative act stated as what one will not do is a rejection (CAMEO 12x).
            made = [replace(c, code=refusal, negated=False) for c in made]
        elif made and refused_intent(frame.token.head, frame.token):
            # "vowed not to send troops to Ukraine": an act vowed not to be done is coded
            # only as the refusal it amounts to ("vowed not to resign" → 1231), never as the
            # act negated (138, a threat of force)
            made = []
        if trace is not None:
            outcome = f"{len(made)} event(s)" if made else "no actor"
            trace.append(Decision(frame.token.text, pattern, outcome))
        return made

    def carrier_verb(self, token: Token) -> Token | None:
        """The verb that carries an event noun: a support verb whose object it is ("announced
        the expulsion"), or "go on"/"take part in"/"join in" ("went on hunger strike")."""
        if token.pos_ != "NOUN":
            return None
        head = token.head
        if token.dep_ in OBJECT_DEPS and self.verb_lemma(head) in SUPPORT_VERBS:
            # not "called the attack a dangerous step": a verb naming its object reports on it
            return None if any(c.dep_ == "oprd" for c in head.children) else head
        prep = head.lower_
        carried = head.head.pos_ in ("VERB", "AUX")  # "is on high alert": "be" is an AUX
        if token.dep_ == "pobj" and prep in ("on", "in", "to", "for", "by", "with") and carried:
            verb, lemma = head.head, head.head.lemma_.lower()
            # "went on strike", "joined in the protest", "took part in a march", "took to the
            # streets", "retaliated with air strikes"; not "went … in protest at X", where the
            # noun says why
            if prep == "for" and token.lemma_.lower() not in GATHERINGS:
                return None
            if token.lemma_.lower() in CONTENT_NOUNS:
                # "insisted on its demand that …", "stuck to its call for …": the demand is
                # made again; not "responded to the demand"
                return verb if lemma in KEPT_CONTENT.get(prep, ()) else None
            if (
                lemma in CARRIERS.get(prep, ())
                or (prep == "with" and pressing_on(verb))
                or (lemma == "take" and prep == "to" and token.lemma_.lower() == "street")
                or (
                    lemma == "take"
                    and prep == "in"
                    and any(c.lower_ == "part" for c in verb.children)
                )
            ):
                return verb
        if token.dep_ == "pobj" and prep in TIME_PREPOSITIONS and carried and met_with(token):
            # "Lavrov told reporters after talks with Fidan": the talks were held, by the
            # subject of the verb they come before; not "will speak after a meeting with …"
            return head.head if told_as_done(head.head) else None
        owner = head.head  # "engaged the rebels in talks", the parser hanging "in" on the object
        if (
            token.dep_ == "pobj"
            and prep == "in"
            and owner.dep_ in OBJECT_DEPS
            and owner.head.lemma_.lower() == ENGAGE
        ):
            return owner.head
        return None

    def noun_code(self, noun: Token | None) -> str | None:
        """The code the lexicon's noun patterns give an event noun on its own words ("a
        criminal investigation" 091, "an Israeli air strike" 195); None for another word."""
        if noun is None or noun.pos_ != "NOUN":
            return None
        patterns = self.lexicon.nouns.get(noun.lemma_.lower())
        found = best_pattern(patterns, build_frame(noun)) if patterns else None
        return found.code if found is not None else None

    def noun_force(self, noun: Token) -> str | None:
        """The force code (18x–20x) of an attack noun that is a plain killing's subject ("an
        Israeli air strike killed five" is an air strike, 195), at three digits as a weapon
        named on the verb gives it (a drone attack 195); None for any other word."""
        code = self.noun_code(noun)
        if code is None or code[:2] not in ("18", "19", "20") or code == PLAIN_FORCE:
            return None
        return code[:3]

    def noun_inquiry(self, frame: Frame) -> str | None:
        """The kind of investigation (091–094) its object noun's own patterns give it ("opened
        a criminal investigation": the noun row ``investigation :criminal``, 091)."""
        code = self.noun_code(frame.obj)
        if code is None or code[:2] != INVESTIGATE_ROOT or code == INVESTIGATE:
            return None
        return code

    def act_code(self, verb: Token) -> str | None:
        """The code the lexicon's patterns give a verb on its own words, None for none; an
        event noun's, by the noun patterns ("sanctions" 163)."""
        if verb.pos_ == "NOUN":
            found = self.lexicon.nouns.get(verb.lemma_.lower())
            noun = best_pattern(found, build_frame(verb)) if found else None
            return noun.code if noun is not None else None
        if verb.pos_ not in ("VERB", "AUX"):
            return None
        patterns = self.lexicon.verbs.get(self.verb_lemma(verb))
        pattern = best_pattern(patterns, build_frame(verb)) if patterns else None
        return pattern.code if pattern is not None else None

    def act_kind(self, verb: Token) -> str | None:
        """What a clause asks for or pledges, by the act its verb would be coded as: the
        digits of that act's stated intent after its root ("release the prisoners" 0841 →
        0353 → "53"); None for an act of no cooperative intent (or a general one)."""
        code = self.act_code(verb)
        if code is None:
            return None
        intent = intent_code(code)
        return intent[2:] if intent.startswith("03") and intent != "030" else None

    def verb_lemma(self, token: Token) -> str:
        """The lemma of a verb, mended where the model cuts a lexicon verb's "e" ("staged" →
        "stag", "waged" → "wag", "fined" → "fin") or adds one ("cordoned" → "cordone"); the
        word itself must start with the mended lemma, so "rapped" stays "rap"."""
        lemma = token.lemma_.lower()
        fixed = self.lemma_fixes.get(lemma)
        if fixed is None:
            return lemma
        word = token.lower_
        stem = fixed[:-1] if fixed.endswith("e") else fixed
        return fixed if word.startswith(fixed) or word == stem + "ing" else lemma

    def key(self, cand: Candidate) -> tuple[str, str, str]:
        target = cand.target.code if cand.target else ""
        pair = (cand.source.code, target)
        if self.ontology.is_symmetric(cand.code) and target:
            pair = (min(pair), max(pair))
        return (pair[0], pair[1], cand.code)

    def struck_by_force(self, verb: Token, source: Token | None, sources: list[Mention]) -> bool:
        """Whether a verb of criticism that also means a blow ("tore into", "hammered",
        "blasted", "slammed") has a weapon or armed craft ("Israeli jets") or armed forces
        ("Israeli troops tore into the camp") as its subject."""
        if source is None or self.verb_lemma(verb) not in BLOWS:
            return False
        if sources and all(map(armed, sources)):
            return True
        words = [source, *(c for c in source.children if c.dep_ == "compound")]
        return any(w.lemma_.lower() in self.force for w in words)

    def cyber_intrusion(self, frame: Frame, source: Token | None) -> bool:
        """Whether breaching, infiltrating or compromising a network or system is a cyber attack:
        a computer network or system ("the computer systems of the defence ministry", "its IT
        network"), or any network hackers (a hacking group, a cyber unit) get into; a plain
        network or system of people is none ("infiltrated the cartel's smuggling network", "the
        army's security system"). Other acts the lexicon codes 176 are all cyber attacks."""
        obj = frame.obj
        if (
            self.verb_lemma(frame.token) not in INTRUSION_VERBS
            or obj is None
            or obj.lemma_.lower() not in NETWORK_WORDS
        ):
            return True
        modifiers = {c.lemma_.lower() for c in obj.children if c.dep_ in ("compound", "amod")}
        if modifiers & COMPUTER_WORDS:
            return True
        if source is None:
            return False
        doers = [source, *(c for c in source.children if c.dep_ in ("compound", "amod"))]
        return any(
            self.force.get(w.lemma_.lower()) == CYBER_ATTACK or w.lower_ in COMPUTER_WORDS
            for w in doers
        )

    def armed_with(self, frame: Frame) -> bool:
        """Whether a "with" phrase names a weapon or a kind of attack ("destroyed a rebel
        convoy with drone strikes")."""
        return any(
            prep == "with"
            and (noun.lemma_.lower() in ATTACK_NOUNS or noun.lemma_.lower() in self.force)
            for prep, noun in frame.preps
        )

    def weapon_code(self, code: str, frame: Frame, source: Token | None) -> str:
        """190 made specific by the weapon: the acting force ("jets struck"), "with rockets", or
        what the force is armed with ("gunmen armed with machetes": 180)."""
        if code != "190":
            return code
        words = [
            w.lemma_.lower()
            for w in (source, *(o for p, o in frame.preps if p == "with"))
            if w is not None
        ]
        if source is not None:
            modifiers = [
                c.lemma_.lower() for c in source.children if c.dep_ in ("compound", "amod")
            ]
            if "suicide" in modifiers:
                return "1831"  # "a suicide bomber": a suicide bombing, not an aircraft
            words += modifiers  # "a hacking group", tagged as a verb's participle
            # "militiamen armed with machetes"
            words += [
                o.lemma_.lower()
                for c in source.children
                if c.dep_ == "acl" and c.lemma_.lower() == "arm"
                for p in c.children
                if p.dep_ == "prep" and p.lower_ == "with"
                for _, o in prep_objects(p)
            ]
        for word in words:
            if word in self.force:
                return self.force[word]
        # "wounded three policemen in a bomb attack", "destroyed a convoy with drone strikes"
        for prep, noun in frame.preps:
            if prep in ("in", "with") and noun.lemma_.lower() in ATTACK_NOUNS:
                return attack_kind(noun, self.force) or code
        return code

    def superseded(
        self, matched: dict[int, tuple[Pattern, Frame]], actors: ArticleActors
    ) -> dict[int, set[int]]:
        """Intent verbs matched only generically ("agreed", "pledged") whose to-complement was
        matched: the complement, as intent, is the more specific code. Intent verb → the
        complement tokens that stand for it."""
        out: dict[int, set[int]] = {}
        for pattern, frame in matched.values():
            token = frame.token
            carrier = self.carrier_verb(token) if token.dep_ == "pobj" else None
            if carrier is not None and carrier.i in matched and carrier.lemma_.lower() == ENGAGE:
                # "engaged the rebels in talks": the talks, not an engagement in battle
                out.setdefault(carrier.i, set()).add(token.i)
                continue
            means = means_of(token) if token.head.lower_ == "by" else None
            if (
                means is not None
                and means.i in matched
                and means.lemma_.lower() in RETALIATING
                and matched[means.i][0].code == PLAIN_FORCE
            ):
                # "retaliated against Britain by expelling two diplomats": the expulsion is the
                # retaliation, no use of force besides
                out.setdefault(means.i, set()).add(token.i)
            if (
                token.pos_ == "NOUN"
                and token.dep_ == "dobj"
                and token.head.i in matched
                and not matched[token.head.i][0].objects
                and has_from(token)
            ):
                # "Egypt received aid from Turkey": the aid Turkey gave, not a visitor received
                out.setdefault(token.head.i, set()).add(token.i)
                continue
            head = token.head
            if (
                token.pos_ == "NOUN"
                and token.dep_ in OBJECT_DEPS
                and head.i in matched
                and head.lemma_.lower() in AUTHORISING
                and not matched[head.i][0].objects
                and pattern.code[:2] >= FIRST_DEED_ROOT
            ):
                # "a court approved the extradition of the banker to India": the act approved,
                # not praise (051); "approved the plan" stays an endorsement
                out.setdefault(head.i, set()).add(token.i)
                continue
            if token.pos_ == "NOUN" and token.dep_ in OBJECT_DEPS:
                if self.verb_lemma(token.head) not in SUPPORT_VERBS:
                    continue  # "decided to delay the march" is no intent to protest
                verb = token.head
                if (
                    verb.i in matched
                    and verb.lemma_.lower() in INTENT_VERBS
                    and not matched[verb.i][0].objects
                ):  # "offered his resignation": the noun, as intent, names what is offered
                    out.setdefault(verb.i, set()).add(token.i)
                    continue
                token = verb  # "agreed to hold talks": the noun speaks for its verb
            head = token.head
            if head.i in matched and shielding_warning(token, matched[head.i][0].code, actors):
                # "Russia warned that it would support Iran if attacked": a pledge to the
                # ally, the warning to no one named; the pledge, as intent, is the event
                out.setdefault(head.i, set()).add(token.i)
                continue
            if token.dep_ != "xcomp" or head.i not in matched:
                continue
            head_pattern = matched[head.i][0]
            if refusing(head):
                # "refused to hand over power": the refusal of what the complement codes (1231),
                # not the refusal the verb's own rows guess from "hand" (1243)
                refusal = refusal_code(pattern.code)
                if refusal is not None and refusal != head_pattern.code:
                    out.setdefault(head.i, set()).add(frame.token.i)
                continue
            if (
                head.lemma_.lower() == ORDERING
                and head_pattern.complements & MEASURES_ORDERED
                and not ordering_others(head, actors)
            ):
                # "the government ordered police to prevent the rally": the ban the state
                # enforces through its own force, not a demand made of it
                out.setdefault(head.i, set()).add(frame.token.i)
                continue
            if head.lemma_.lower() not in INTENT_VERBS:
                continue
            if head.lemma_.lower() == "threaten" and token.lemma_.lower() in SEEKING:
                continue  # "threatened to push for sanctions": a threat of what is sought
            # A generic intent verb, or one whose own complement pattern is less specific than
            # the complement's intent code ("pledged to send arms": 0332 rather than 033).
            as_intent = intent_code(pattern.code)
            if head_pattern.objects and len(head_pattern.code) > len(as_intent):
                continue  # "pledged 250 million euros to help Moldova": the money, 0331
            if not head_pattern.complements or (
                len(as_intent) > len(head_pattern.code) and as_intent.startswith(head_pattern.code)
            ):
                out.setdefault(head.i, set()).add(frame.token.i)
        return out

    def drop_reason(
        self,
        frame: Frame,
        matched: dict[int, tuple[Pattern, Frame]],
        superseded: Mapping[int, set[int]],
        conditions: bool = True,
    ) -> str | None:
        token = frame.token
        if frame.token.pos_ == "NOUN":
            carrier = self.carrier_verb(token) if token.dep_ == "pobj" else None
            if token.dep_ not in NOUN_EVENT_DEPS and carrier is None:
                return "event noun is background (not subject, object or main clause)"
            if token.dep_ == "appos" and token.head.pos_ == "PROPN":
                # "UNIFIL, the U.N. peacekeeping force in southern Lebanon, urged …"
                return "event noun describes the name it stands beside"
            head = token.head
            undone, own = self.verb_lemma(head), matched.get(token.i)
            if (
                token.dep_ in OBJECT_DEPS
                and head.i not in matched
                and undone in UNDONE_VERBS
                and not (
                    undone in WARDING_VERBS and own is not None and own[0].code[:2] in FORCE_ROOTS
                )
            ):
                return f"put off or prevented by {head.text!r}, not done"
            if (
                head.i in matched
                and head.i != token.i
                and token.i not in superseded.get(head.i, ())
                and not judged_deed(token, matched[head.i][0].code)
            ):
                return f"object of the coded verb {head.text!r}"
            if conditions and head.pos_ in ("VERB", "AUX") and conditional(head):
                # "will withdraw unless the president arranged a ceasefire"
                return "condition of another clause (if/unless), not coded"
            current = carrier if carrier is not None else head  # "urged them to take to …"
            while current.dep_ in ("xcomp", "ccomp") and current.head != current:
                # "threatened to resume attacks", "demanded that Germany equal France's
                # pledge": what the coded verb threatens or asks for is not coded
                current = current.head
                if current.i in matched and current.i not in superseded:
                    return f"inside the complement of the coded verb {current.text!r}"
            return None
        if conditions and conditional(token):
            return "condition of another clause (if/unless), not coded"
        if (
            token.lemma_.lower() == "call"
            and (
                any(c.dep_ == "oprd" for c in frame.children)
                or (frame.obj is not None and trailing_adjective(frame.obj) is not None)
            )
            and CHARACTERISED not in matched[token.i][0].rule
        ):
            return "names its object ('called the strike an act of aggression'), calls no strike"
        noun = content_noun(token)
        if noun is not None:
            return f"what the {noun.text!r} asks or plans, not an act"
        if any(for_to_subject(t) is not None for t in first_conjuncts(token)):
            # also "called for workers to strike and block the roads"
            return "a 'for … to' clause says what is wanted, not what was done"
        if (
            token.tag_ == "VBG"
            and token.dep_ == "xcomp"
            and token.head.lemma_.lower() in SAYING
            and not any(  # "said bombing would continue": the speaker's own act goes on
                c.dep_ == "ccomp" and c.lemma_.lower() in ASPECTUAL | {"stop", "end", "go"}
                for c in token.head.children
            )
        ):
            # "said handing power to his son amounted to a coup": the subject of what was
            # said, misparsed; not the speaker's act
            return "a gerund after a reporting verb is what was said about, not an act"
        if any(c.dep_ == "mark" and c.lower_ == "whether" for c in frame.children):
            # "would watch whether Iran honoured its commitments": an open question
            return "an open question ('whether'), not an act"
        if (
            token.dep_ == "advcl"
            and token.head.pos_ not in ("VERB", "AUX")
            and any(c.dep_ == "mark" and c.lower_ == "since" for c in frame.children)
        ):
            # "his first since Russia invaded Ukraine", "the worst since …": a time the story
            # reckons from (on a verb, "riots have raged since police shot a boy", it is told)
            return "a time reckoned from ('since …'), not the act told"
        if token.dep_ == "relcl" and any(
            c.dep_ == "det" and c.lower_ in GENERIC_DETS for c in token.head.children
        ):
            # "would strike any Hezbollah target that threatened Israel": a kind, no act told
            return "relative clause of a noun of any kind ('any', 'every'), not an act"
        if agented_participle(token):
            # "boarded a cargo ship hijacked by Somali pirates": the pirates' act is a fact
            # told of the object, not what the coded verb does
            return None
        current = token
        coordinated = False
        while current.dep_ == "conj" and current.head.tag_ == token.tag_:
            # the first of verbs of one form ("step down and hand power"; not "to approve … and
            # accused", the subject's next act)
            coordinated, current = True, current.head
        while current.dep_ in COMPLEMENT_DEPS and current.head != current:
            if (
                current.dep_ == "pcomp"
                and current.head.lower_ in TIME_PREPOSITIONS
                and told_as_done(current.head.head)
            ):
                return None  # "After meeting the crown prince, Blinken flew to Cairo": a fact
            if current.dep_ == "pcomp" and done_by_means(current):
                # "violated the truce by shelling Armenian positions": both acts are told, but
                # "violated Greek airspace by flying jets over Lesbos" tells one act twice
                means = matched.get(current.head.head.i)
                own = matched.get(token.i)
                if means is None or own is None or separate_means(means[0].code, own[0].code):
                    return None
            below, current = current, current.head
            if current.i in matched and current.pos_ == "VERB" and current.i not in superseded:
                code = matched[current.i][0].code
                if code == STATEMENT:
                    continue  # "issued a statement condemning the attack": what it says counts
                if code == SIGN_AGREEMENT and below.lemma_.lower() in SIGNED_ORDERS:
                    # "signed an executive order imposing tariffs on Canada": what the order
                    # does counts; signing it is no agreement with anyone
                    continue
                if code == CLAIM and current.lemma_.lower() in REPORTING and owned_up(current):
                    # "the army admitted that a drone strike killed 85 villagers": what one
                    # admits is told as fact (CODING.md §4)
                    continue
                if coordinated and code[:2] not in ASKING_ROOTS:
                    # "denied that its troops had started the fighting and accused …": the
                    # parser often hangs the speaker's next act on the complement
                    return None
                # also what is coordinated with what is asked for: "demanded that she step
                # down and hand power to a caretaker government"
                return f"complement of the coded verb {current.text!r}"
        return None

    def modal_code(self, frame: Frame, code: str) -> str | None:
        """The code after modality: None when not to be coded; 03x/13x for stated intent. A
        verb sharing the subject and tense of the verb it is coordinated with shares its
        modality ("plans to send troops and attack Ukraine", "could close the border and expel
        diplomats"; not "will retaliate and has expelled"), and an attempt has the modality of
        the word governing it ("may try to seize the port"; "tried to storm" is the act)."""
        token = frame.token
        purpose = purpose_act(token)
        auxes = {c.lower_ for c in frame.children if c.dep_ in ("aux", "auxpass")}
        while (
            token.dep_ == "conj"
            and token.pos_ == "VERB"
            and token.head.pos_ == "VERB"
            and not any(c.dep_ in SUBJECT_DEPS or c.dep_ in AUX_DEPS for c in token.children)
        ):
            token = token.head
            auxes |= {c.lower_ for c in token.children if c.dep_ in AUX_DEPS}
        while (
            (token.dep_ == "xcomp" and token.head.lemma_.lower() in ATTEMPTS)
            or purpose_act(token)
            or means_of(token) is not None
        ):
            # "may try to seize the port", "will rally to demand …", "would respond by
            # expelling its envoy"
            token = means_of(token) or token.head
            auxes |= {c.lower_ for c in token.children if c.dep_ in AUX_DEPS}
        carrier = prep_carrier(token)
        if carrier is not None:
            # "said it would go on strike": the modality of the verb the act noun goes with
            token = carrier
            auxes |= {c.lower_ for c in token.children if c.dep_ in AUX_DEPS}
        if token.dep_ == "xcomp" and token.head.lemma_.lower() in ASPECTUAL:
            # "would keep attacking Israel", "could resume shelling": the modality of the verb
            # that says the act goes on or starts again
            auxes |= {c.lower_ for c in token.head.children if c.dep_ in AUX_DEPS}
        if auxes & (POSSIBILITY | OBLIGATION | ADVICE) or unreal(token):
            return None  # "could attack", "must return" (a demand, coded as such): no act
        if counterfactual(token, auxes):
            return None  # "a resolution that would have tightened sanctions": never done
        head = token.head
        if token.dep_ == "xcomp" and head.lemma_.lower() in NOT_YET:
            return None
        if token.dep_ == "xcomp" and refusing(head):
            return refusal_code(code)  # reached only when it stands for the refusing verb
        if token.tag_ == "VBG" and token.dep_ == "xcomp" and head.lemma_.lower() in STOPPING:
            return None  # "to stop fighting": what stops is not done
        if token.pos_ == "NOUN" and any(
            c.dep_ == "det" and c.lower_ in NO_EVENT_DETS for c in token.children
        ):
            return None  # "will not accept any attack on Sudan": no act told
        if token.pos_ == "NOUN" and token.dep_ in OBJECT_DEPS:
            if any(c.dep_ in AUX_DEPS and c.lower_ in POSSIBILITY for c in head.children):
                return None  # "could face an attack", "might launch an offensive"
            if any(c.dep_ == "neg" for c in head.children):
                return None  # "would not tolerate military aid to Russia": no aid told
            if head.lemma_.lower() in ASKING_VERBS:
                return None  # "to seek the deployment of Kenyan police": asked for, not done
            if head.lemma_.lower() in INTENT_VERBS:
                return self.intended(code, head)  # "is preparing an offensive": not yet an act
            if head.dep_ == "xcomp":
                token, head = head, head.head  # "agreed to resume dialogue": the verb's modality
        while token.dep_ == "xcomp" and head.lemma_.lower() in ASPECTUAL and head.dep_ == "xcomp":
            token, head = head, head.head  # "prepared to resume shelling": the first verb's
        if purpose and (
            auxes & INTENT_AUX or (token.dep_ == "xcomp" and head.lemma_.lower() in INTENT_VERBS)
        ):
            return None  # "would blockade Paris to demand …": the aim of an act not yet done
        if token.dep_ == "xcomp" and head.lemma_.lower() in INTENT_VERBS:
            return self.intended(code, head)
        if intent_clause(token):
            return self.intended(code, head)  # "Germany's decision to expel …": as "decided to"
        if token.dep_ in ("xcomp", "dobj") and intent_clause(head):
            # "declared its readiness to resume strikes", "its decision to continue shelling"
            return self.intended(code, head.head)
        if auxes & INTENT_AUX and code.startswith(INTENT_ROOT_MEETING) and scheduled(token):
            return None  # "Dahal will visit Beijing next month": a schedule the reporter tells
        if (
            auxes & INTENT_AUX
            or (token.dep_ == "xcomp" and head.lemma_.lower() == "go" and head.tag_ == "VBG")
            or headline_infinitive(token)
        ):
            if code.startswith(WITHDRAWAL) and has_unless(frame.token) and supportive(frame):
                # "will withdraw its peacekeeping force from Mali unless the junta …": a
                # withdrawal of help held over someone on a condition is a threat (CODING.md
                # §5); not "will withdraw its forces from Lebanon unless attacks resume"
                return THREATEN
            return intent_code(code)
        return code

    @staticmethod
    def intended(code: str, governor: Token) -> str:
        """The code of an act an intent word governs: stated intent (03x/13x), except force
        being prepared ("prepared to resume shelling"), which is a show of force (150)."""
        if governor.lemma_.lower() in READYING and code[:2] in FORCE_ROOTS:
            return "150"
        return intent_code(code)

    def doers(
        self, frame: Frame, source_token: Token | None, actors: ArticleActors
    ) -> tuple[list[Mention], list[Mention]]:
        """Who acts, and (for an event noun a verb carries) the actors of the noun's own
        phrase, which are then the party acted on."""
        token = frame.token
        drawn = drawn_from(token, actors)
        if drawn is not None:
            return drawn
        sources = actors.actors(source_token)
        if not sources and source_token is not None and source_token.pos_ == "NOUN":
            # "the shelling of Zaporizhzhia by Russian forces killed four civilians"
            sources = deed_doers(source_token, actors)
        elif sources and source_token is not None and source_token.pos_ == "NOUN":
            named = deed_doers(source_token, actors)
            if (
                named
                and all(s.head == source_token.i for s in sources)
                and not all(any(s.code.startswith(n.code) for s in sources) for n in named)
            ):
                # "a drone attack by the CJNG killed two soldiers": the "by" phrase names who
                # struck; the weapon word's guess (a state's drones) yields to it, unless it
                # only adds the sector ("a drone strike by Israel" stays ISRMIL)
                sources = named
        agents = deed_doers(token, actors) if token.pos_ == "NOUN" and sources else []
        if agents:
            # "the kidnapping of three Turkish engineers by rebels": the "by" phrase acts, on
            # whom the noun's own phrase names
            own = {a.code for a in agents}
            return agents, [s for s in sources if s.code not in own]
        if token.pos_ == "NOUN" and sources:
            # "set up blockades in the Gaza Strip": a place the noun happens in is not who
            # does it
            places = {
                m.code
                for word, obj in frame.preps
                if word in SETTING_PREPS
                for m in actors.actors(obj)
            }
            sources = [s for s in sources if s.code not in places]
            # "Turkey mediated talks between Russia and Ukraine", read as one phrase: the
            # mediator is no party to the talks
            mediators = {m.code for _, m in backing(token, actors, MEDIATING)}
            sources = [s for s in sources if s.code not in mediators]
        carrier = self.carrier_verb(token)
        doer = actors.actors(subject_of(build_frame(carrier))) if carrier is not None else []
        if doer:
            # "Colombia announced the expulsion of two Venezuelan diplomats", "Navalny went on
            # hunger strike": the carrying verb's subject acts; the noun's own phrase, if it
            # names an actor, is the party acted on, else the object of "engage" ("engaged
            # Nepalese peacekeepers in a firefight"; not "joined Germany in a protest").
            if not sources and carrier is not None and carrier.lemma_.lower() == ENGAGE:
                objects = [c for c in carrier.children if c.dep_ in OBJECT_DEPS]
                sources = [a for o in objects for a in actors.actors(o)]
            if token.head.lower_ == "with":
                return doer, []  # "retaliated with artillery fire": the weapon is no party
            return doer, sources
        if (
            sources
            and token.dep_ in OBJECT_DEPS
            and self.verb_lemma(token.head) not in UNDOING_VERBS | OBSERVING | OBTAINING
            and patient_named(token, sources, actors)
        ):
            subject = actors.actors(subject_of(build_frame(token.head)))
            if subject:
                # "the cabinet approved the release of Palestinian prisoners": the "of" phrase
                # names whom the act is done to, not who does it; the verb's subject acts
                return subject, sources
        if not sources and token.pos_ == "NOUN":
            # "the torture of detainees by Syrian security forces", "welcomed the release of
            # prisoners by the junta": the noun's agent
            sources = deed_doers(token, actors)
        if (
            not sources
            and token.pos_ == "NOUN"
            and token.dep_ in ("dobj", "obj")
            and self.verb_lemma(token.head) not in UNDOING_VERBS
            and self.verb_lemma(token.head) not in OBSERVING
            and not any(c.dep_ == "oprd" for c in token.head.children)
        ):
            # "Judge X opened investigations into…": the noun's actor is its verb's subject;
            # not "the UN documented attacks on civilians" (OBSERVING)
            sources = actors.actors(subject_of(build_frame(token.head)))
        if (
            not sources
            and frame.passive_subject is not None
            and self.verb_lemma(token) in VICTIM_VERBS
        ):
            # "Haniyeh was killed in an Israeli air strike": whoever struck, by the attack's
            # own words
            sources = [
                a
                for word, obj in frame.preps
                if word in ("in", "during") and obj.lemma_.lower() in ATTACK_NOUNS
                for a in actors.actors(obj)
            ]
        if (
            not sources
            and frame.passive_subject is not None
            and self.verb_lemma(token) in SENT_AWAY
            and not any(word == "by" for word, _ in frame.preps)
        ):
            # "the suspect was extradited from Spain to the United States": the state sent
            # from, when no "by" phrase names who sent
            sources = [
                a
                for word, obj in frame.preps
                if word == "from"
                for a in actors.actors(obj)
                if len(a.code) == 3
            ]
        if (
            not sources
            and token.pos_ == "NOUN"
            and token.dep_ in ("nsubj", "nsubjpass")
            and held(token.head)
        ):
            # "talks between Armenia and Azerbaijan resumed": the parties between whom it is
            # (not "peacekeepers to oversee a ceasefire between …", which tells no new act, nor
            # talks that "broke down" or "are due to resume")
            sources = list(
                {
                    a.code: a
                    for word, obj in frame.preps
                    if word == "between"
                    for noun in (obj, *obj.conjuncts)
                    for a in actors.actors(noun)
                }.values()
            )
        return sources, []

    def parties(
        self,
        frame: Frame,
        pattern: Pattern,
        code: str,
        target_token: Token | None,
        sources: list[Mention],
        noun_phrase: list[Mention],
        actors: ArticleActors,
        earlier: Sequence[Candidate] = (),
        addressed: bool = False,
    ) -> list[Mention]:
        """The party an act is aimed at: the pattern's target, else the first of the
        fallbacks below that names one (the order matters). ``addressed``: an appeal to an
        addressee no actor names (``unnamed_addressee``), which takes no party from inside
        what is asked."""
        token = frame.token
        own = {s.code for s in sources}
        home = {country_part(s.code) for s in sources}  # the sources' states (None: no state)
        targets = actors.actors(target_token) if target_token is not None else []
        unnamed_crowd: list[Mention] = []  # the people of a gathering no phrase names a party of
        if target_token is token:
            targets = noun_phrase
        if target_token is not None and judged_deed(target_token, code):
            # "condemned the arrest of journalists by Ethiopian police": whoever did the deed
            targets = deed_doers(target_token, actors) or targets
        elif target_token is not None:
            # "condemned the killing of protesters by police", "by" hung on the verb
            targets = verb_judged_doers(target_token, code, actors) or targets
        if target_token is not None and code[:2] == REJECT_ROOT and target_token.pos_ == "NOUN":
            # "rejected any intervention by U.S. troops on Mexican soil": a refusal of an act
            # is aimed at whoever would do it, not at the ground it would be done on
            targets = deed_doers(target_token, actors) or targets
        if target_token is not None and code[:2] in COERCING_ROOTS:
            # "broke up a rally of opposition supporters", "banned a march planned by teachers'
            # unions": a measure against a protest is aimed at whoever holds it
            holders = protest_holders(target_token, actors)
            targets = holders or targets
            dispersing = code == REPRESSION or code[:2] in FORCE_ROOTS
            if not holders and dispersing and gathered_unnamed(target_token, targets):
                # "dispersed a rally outside parliament", "… against the government": the
                # crowd's people, not the place or the aim its phrases name (a ban of
                # demonstrations in a city stays aimed at its state); with no party named
                # at all, only after the fallbacks below found none
                crowd = state_crowd(target_token, frame, sources, actors)
                unnamed_crowd = crowd if not targets else []
                targets = (targets and crowd) or targets
        if target_token is not None and code.startswith(EMBARGO):
            # "tariffs on 30 billion Canadian dollars of American goods": the goods' state
            targets = amount_parties(target_token, actors) or targets
        if not targets and target_token is not None and code.startswith(EMBARGO):
            # "imposed duties on brandy imported from the European Union": whose goods
            targets = goods_origin(target_token, actors)
        # "dropped its objection to Finland": the source's own pronoun is not the party
        targets = [t for t in targets if t.code not in own]
        if (
            code == VETO
            and target_token is not None
            and target_token.lemma_.lower() in RESOLUTIONS
            and not any(map(igo, targets))
            and home & PERMANENT_MEMBERS
            and not any(  # "vetoed a resolution passed by Congress": a body of its own
                country_part(a.code) in home
                for clause in target_token.children
                if clause.dep_ == "acl"
                for agent in clause.children
                if agent.dep_ == "agent"
                for body in agent.children
                for a in actors.actors(body)
            )
        ):
            # "The United States vetoed a draft resolution calling for a truce in Gaza", "China
            # and Russia vetoed a resolution on Myanmar": a permanent member's veto of a
            # resolution is cast in the Security Council, whose text it blocks; what the text
            # is about is no party
            targets = [security_council(target_token)]
        if not targets and target_token is not None and target_token.lemma_ in BOUNDARIES:
            # "withdrew its troops from its border with Azerbaijan": the one across the border
            targets = across_border(frame, actors, own, target_token)
        moving = self.verb_lemma(token) in MOVING and "15" not in (code[:2], pattern.code[:2])
        if targets and target_token is frame.obj and moving:
            # "will withdraw its peacekeepers from Chad": one's own forces are what one moves;
            # the party is where they go or leave (deployments, 15x, have their own rule below)
            moved = [t for t in targets if armed(t) and country_part(t.code) in home]
            if moved:
                targets = [t for t in targets if t not in moved] or [
                    a
                    for word, obj in frame.preps
                    if word in MOVING_PREPS
                    for a in actors.actors(obj)
                    if country_part(a.code) not in home
                ]
        if targets and code == RETREAT and target_token is frame.obj and token.pos_ == "VERB":
            # "completed the withdrawal of its troops from Niger": as when they are withdrawn
            # by a verb, one's own forces are what the pullout moves; the party is where they
            # leave, named on the noun or, as the parser often hangs it, on the verb
            moved = [t for t in targets if armed(t) and country_part(t.code) in home]
            if moved:
                nouns = [frame.obj, token] if frame.obj is not None else [token]
                targets = [t for t in targets if t not in moved] or [
                    a
                    for noun in nouns
                    for prep in noun.children
                    if prep.dep_ == "prep" and prep.lower_ in MOVING_PREPS
                    for _, obj in prep_objects(prep)
                    for a in actors.actors(obj)
                    if country_part(a.code) not in home
                ]
        if (
            targets
            and frame.obj is not None
            and target_token is frame.obj
            and code[:2] in FORCE_ROOTS
            and frame.obj.lemma_.lower() in MATERIEL
        ):
            # "Russia launched drones at Odesa", "fired North Korean missiles at Kharkiv": the
            # weapons fired are no target (but "shot down Russian drones" aims at their owner)
            launched = self.verb_lemma(token) in LAUNCHING
            targets = [] if launched else given_arms(targets, sources)
        if targets and target_token is frame.obj and code.startswith(AID_CODES):
            # "Iran supplied drones to help Russia …": the arms given are no recipient
            targets = given_arms(targets, sources)
        if target_token is not None and earlier and (not targets or pair_named(target_token)):
            # "urged both sides to show restraint": the parties of the story's conflict;
            # "praised both governments", which alone reads as the story's one government
            heads = PAIR_NOUNS if targets else SIDE_NOUNS
            targets = both_sides(target_token, sources, earlier, heads) or targets
        if target_token is not None and earlier and len(targets) < 2:
            # "Moscow warned the three countries": the parties of an act among three
            own = {s.code for s in sources}
            counted = [m for m in counted_parties(target_token, earlier) if m.code not in own]
            targets = counted or targets
        if not targets and any(c.dep_ == "neg" for c in token.children):
            # "would not ease sanctions until Iran stopped supplying drones": the refusal
            # waits on whoever the "until" clause would have act
            targets = awaited(frame, actors, own)
        if not targets and code[:2] == THREATEN[:2] and earlier and retaliation(frame):
            # "Moscow vowed to respond in kind" after the Netherlands expelled Russian
            # diplomats: whoever last acted against the threatener's state
            paid = retaliated(sources, earlier)
            targets = [paid.source] if paid is not None else []
        if not targets and earlier and firing_back(frame):
            # "Pakistani Rangers opened fire on Indian posts. The BSF said its troops returned
            # fire": at whoever last used force on the returner's state
            force = [e for e in earlier if e.code[:2] in FORCE_ROOTS]
            # "Gunmen attacked a police patrol … The officers returned fire": at home too
            shot = retaliated(sources, force) or shot_at(sources, force)
            targets = [shot.source] if shot is not None else []
        if not targets and token.pos_ == "VERB":
            # "gave Liberia 3 million euros of aid": the indirect object receives
            for child in frame.children:
                if child.dep_ == "dative" and child.pos_ != "ADP":
                    targets = [t for t in actors.actors(child) if t.code not in own]
        if (
            not targets
            and (code.startswith(INVOLVEMENT) or code == REFUSED_INVOLVEMENT)
            and frame.obj is not None
            and frame.obj.lemma_.lower() == "access"
        ):
            # "granted the ICRC access to detention centres", "denied the ICRC access to
            # Rakhine": whom access is granted or refused, which the parser folds into the
            # noun as a compound; its "to" phrase is where
            targets = [a for a in actors.actors(frame.obj) if a.code not in own]
        if not targets and pattern.target_preps:
            # "carried out air strikes on Monday against rebel positions": the first phrase
            # with the pattern's preposition may be a time or place, not the party.
            for word, obj in aim_before_place(frame.preps):
                if word in pattern.target_preps and obj is not target_token:
                    targets = actors.actors(obj)
                    if targets:
                        break
        if (
            targets
            and code.startswith(RETURNING)
            and frame.obj is not None
            and all(t.code in INTERMEDIARIES for t in targets)
        ):
            # "Hamas handed over three Israeli hostages to the Red Cross": the Red Cross only
            # carries them home; the release is of the people freed, as "released four
            # Israeli hostages" is
            targets = [a for a in actors.actors(frame.obj) if a.code not in own] or targets
        # Two sides of a symmetric act act with each other: "Jordan and Iraq agreed to share
        # intelligence on Islamic State cells" (what an "on" phrase names is the topic)
        mutual = self.ontology.is_symmetric(code) and len({s.code for s in sources}) > 1
        if not targets and frame.obj is not None and not pattern.target_preps:
            # "imposed sanctions on Iran", "carried out air strikes against rebel positions":
            # the party phrase hangs on the object or, as often in the parse, on the verb.
            for word, obj in frame.preps:
                if mutual and word == "on":
                    continue
                if legislation_topic(frame, word):
                    continue  # "vetoed a bill on the judiciary": what the bill regulates
                if word == "with" and obj.lemma_.lower() in self.force:
                    continue  # "attacked the port with drones": the weapon, not a party
                if word in PARTY_PREPS and obj.head.head in (frame.obj, token):
                    # "NATO condemned the attacks on its peacekeepers": not at NATO itself
                    targets = [a for a in actors.actors(obj) if a.code not in own]
                    if targets:
                        break
        if not targets and frame.obj is not None and not pattern.target_preps:
            # "launched tank, mortar and sniper fire against militia bases": on the last
            # of the coordinated objects
            for noun in frame.obj.conjuncts:
                targets = targets or phrase_parties(noun, actors)
        if not targets and pattern.prep_objects is not None:
            # "agreed to a ceasefire with Hamas": the party of the noun the pattern names
            fixed, words = pattern.prep_objects
            targets = [
                a
                for word, noun in frame.preps
                if word == fixed and noun.lower_ in words
                for a in phrase_parties(noun, actors)
                if a.code not in own
            ]
        if not targets and not pattern.target_preps and not addressed:
            targets = complement_actors(frame, actors, sources, threat=code[:2] == "13")
            if code in (DENY, CLAIM):  # "Moscow denied that its aircraft had targeted
                # civilians", "acknowledged that its jets had struck a market": the speaker's
                # own forces are its part in what is denied or owned, not whom it answers;
                # so is its own state ("denied that Russia was funding opposition parties")
                targets = [t for t in targets if not home_forces(t, home) and t.code not in home]
        if not targets and code[:2] == "13":
            targets = condition_party(frame, actors, sources)
        if not targets and code[:2] == THREATEN[:2] and earlier:
            # "ECOWAS condemned the coup in Niger and threatened to use force": a threat
            # joined to a hostile act names its party there, when no phrase of its own does
            targets = joined_party(token, sources, earlier)
        if not targets and code == BROKEN_TRUCE:
            # "violated the ceasefire by shelling Armenian positions": the truce was broken
            # against whom the act it was broken by was aimed
            targets = [
                a
                for obj in means_objects(token)
                for a in actors.actors(obj)
                if a.code not in own and country_part(a.code) not in home
            ]
        against = [t for t in retaliated_against(token, actors) if t.code not in own]
        if against and not named_object(frame, actors):
            # "retaliated against Hezbollah by striking targets in southern Lebanon": at whom
            # one retaliates, before where the act's object is
            targets = against
        if not targets and code[:2] == INVESTIGATE_ROOT:
            # "an investigation into abuses committed by Eritrean troops": whoever did the act
            # under investigation
            targets = [t for t in investigated_doers(frame, actors) if t.code not in own]
        if not targets and code[:2] in TARGETLESS_ROOTS:
            targets = [t for t in casualties(frame, actors) if t not in sources]
        if not targets and code[:2] in FORCE_PURPOSE_ROOTS:
            # "soldiers fired into the air to disperse striking miners": the force is aimed at
            # whom its purpose clause names
            targets = purpose_party(frame, actors, sources)
        if not targets and code.startswith(AID_CODES):
            # "sent artillery to help defend Ukraine": aid goes to whom its purpose helps
            targets = purpose_party(frame, actors, sources, AID_PURPOSES)
        if not targets and code == SIGN_AGREEMENT:
            targets = [a for a in deal_parties(frame, actors) if a.code not in own]
        if targets and code[:2] == "14" and all(len(t.code) == 3 for t in targets):
            # "occupied squares in Tbilisi in defiance of the Georgian government": whom the
            # protest defies or makes demands of, not the state of the streets
            targets = protest_aim(frame, actors, sources) or targets
        if not targets and code[:2] == "14":
            targets = protest_aim(frame, actors, sources) or place_state(
                frame, actors, sources, PROTEST_PLACE_PREPS
            )
        if not targets and code in VISIT_CODES:
            # "Russian military instructors arrived in the town of Timbuktu": the host is the
            # state the place is in, when it is not the visitor's own
            targets = visit_host(frame, actors, sources, on_object=True)
        if not targets and code in (CLAIM, DENY):
            # "claimed responsibility for the bombing of a bus in Jerusalem": the act is aimed
            # at the state of the place it struck
            targets = [
                t
                for word, noun in frame.preps
                if word == "for"
                for t in visit_host(build_frame(noun), actors, sources, FORCE_SITE_PREPS)
            ]
        if not targets and code == DENY and earlier:
            # "Doha denied that it interfered": the denial answers whoever accused it
            targets = accusers(sources, earlier)
            if (
                not targets
                and target_token is not None
                and target_token.lemma_.lower() in TOLD_CLAIMS
            ):
                # "The army said it had retaken the bridge from the RSF. The RSF denied the
                # claim": whoever told it
                targets = claimants(sources, earlier, token.doc, actors)
        if not targets and code.startswith(CONCESSION) and earlier:
            # "Ortega revoked the pension reform" after the protests against it: the
            # concession gives in to whoever pressed for it
            targets = accusers(sources, earlier, PRESSING)
        if not targets and code[:2] == REJECT_ROOT:
            # "refused to step down despite calls from opposition parties": a refusal
            # answers whom it defies
            targets = [a for a in defied(frame, target_token, actors) if a.code not in own]
        if not targets and earlier and code in NEGOTIATING and not talks_refused(token):
            # "Colombia suspended peace talks with the ELN … The ELN said it remained willing
            # to negotiate": with whom the story told it in talks
            targets = talks_partners(sources, earlier)
        if not targets and code[:2] == YIELD_ROOT:
            # "called off its strike after talks with the government": one yields to whom one
            # has just negotiated with
            targets = [a for a in negotiators(frame, actors, sources) if a.code not in own]
        if code[:2] == REDUCE_RELATIONS[:2] and all(country_part(t.code) in home for t in targets):
            # "recalled its envoy over Spain's position on the Sahara", "in protest at
            # Israel's offensive": a downgrade (never aimed at one's own state) is aimed at
            # whose stance or act it answers
            answered = [t for t in grievance_owners(frame, actors) if t.code not in own]
            targets = answered or targets
        if not targets and code[:2] in COERCING_ROOTS and frame.obj is not None:
            # "besieged the town of Kidal held by Tuareg rebels", "bombed villages controlled
            # by the KNU": a place struck is its holder's, before its state's, and a craft
            # struck or fired "at" or "on" its operator's or owner's ("fired missiles at a
            # tanker owned by a British company")
            craft_words = [frame.obj, *(o for w, o in frame.preps if w in ("at", "on"))]
            targets = [
                t for o in craft_words for t in place_holders(o, actors) if t.code not in own
            ]
        if (
            not targets
            and code[:2] in PLACE_TARGET_ROOTS
            # "the army and the RSF clashed in Khartoum": each fought the other there
            and not (code[:2] in FORCE_ROOTS and fighting_each_other(frame, sources))
        ):
            # "lifted a state of emergency in Ouaddai province", "imposed a curfew in southeastern
            # Turkey": a measure on a territory with no other party concerns its state.
            targets = place_state(frame, actors, sources)
        if not targets and code.startswith(PROPERTY_SEIZED):
            # "RSF fighters looted homes in El Fasher", "looted the town of Tawila": property
            # seized or destroyed in a town is its state's, as force on a town is
            targets = visit_host(frame, actors, sources, FORCE_SITE_PREPS, on_object=True)
        if not targets and code.startswith(MASS_DESTRUCTION):
            # "used toxic gas in Aleppo": weapons of mass destruction used on a place
            # strike its people, as a curfew binds them
            targets = [people_of(t) for t in visit_host(frame, actors, [], PLACE_STATE_PREPS)]
        if not targets and code.startswith(AID_CUT):
            # "blocked humanitarian aid from reaching Tigray", "blocked aid to Tigray": aid
            # held back from a place is held back from its people, or from its state abroad
            targets = aid_destination(frame, actors, sources)
        if not targets and code == RETREAT:
            # "Russian forces retreated from Kherson": a withdrawal from a town is from its state
            targets = visit_host(frame, actors, sources, RETREAT_PREPS)
        if not targets and code[:2] in FORCE_ROOTS and not fighting_each_other(frame, sources):
            # "Hamas fired rockets at Tel Aviv": force on a town is aimed at its state
            struck = self.verb_lemma(token) not in LAUNCHING  # not the weapon launched
            # "launched an offensive near Kharkiv": an attack noun's place is what it strikes
            attack = frame.obj if frame.obj is not None else token
            preps = FORCE_SITE_PREPS if attack.lemma_.lower() in ATTACK_NOUNS else FORCE_PLACE_PREPS
            targets = visit_host(frame, actors, sources, preps, on_object=struck)
        if not targets and code.startswith(FORCE_THREAT):
            # "Hezbollah threatened to strike Tel Aviv": as the strike itself would be, a
            # threat of force on a town is aimed at its state
            act = next((c for c in token.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), None)
            if act is not None:
                act_frame = build_frame(act)
                targets = visit_host(act_frame, actors, sources, FORCE_PLACE_PREPS, on_object=True)
        if (
            not targets
            and target_token is not None
            and target_token.pos_ == "NOUN"
            and self.verb_lemma(token) in REPELLING
        ):  # "repelled an attack by Hezbollah": at the attackers the noun names
            targets = [a for a in deed_doers(target_token, actors) if a.code not in own]
        if not targets and earlier:
            # "offered to mediate between the two neighbours": the sides told before
            for noun in between_nouns(frame):
                targets = both_sides(noun, sources, earlier)
                if targets:
                    break
        summed = summed_act(frame)
        if not targets and summed is not None:
            # "Rwanda closed its border, a move the Congolese government condemned": the move
            # is the clause's act, aimed at whoever did it
            targets = [
                a for a in actors.actors(subject_of(build_frame(summed))) if a.code not in own
            ]
        if not targets and earlier and target_token is not token:
            # "ASEAN condemned the attack", "Kurti rejected the criticism", "claimed
            # responsibility for the attack": the act an earlier sentence told is aimed at
            # whoever did it (or, for the act itself, at its target)
            told = [target_token] if target_token is not None else []
            nouns = [*told, *(o for w, o in frame.preps if w == "for")]
            # "called for an end to the violence": what is to end
            nouns += [e for n in nouns if n.lemma_.lower() in ENDINGS for e in ended(n)]
            for noun in nouns:
                referred = self.referred_doers(noun, code, sources, actors, earlier)
                targets = [t for t in referred if t.code not in own]
                if targets:
                    break
        if not targets and noun_phrase:
            # the party named in the noun's "of" phrase, else the noun phrase's own reading
            named = [a for w, o in frame.preps if w == "of" for a in actors.actors(o)]
            targets = [t for t in named or noun_phrase if t.code not in own]
        if code.startswith(COMPLAINT) and targets and all(map(igo, targets)):
            # "Ukraine complained to the United Nations over Russian missile strikes": a complaint
            # to a forum is aimed at whom it is about
            about = [
                a
                for word, obj in frame.preps
                if word in ABOUT_PREPS
                for a in actors.actors(obj)
                if a.code not in own and not igo(a)
            ]
            targets = about or targets
        if not targets and not mutual:
            # "rejected a ceasefire proposal put forward by Egypt and Qatar", "turned down the
            # U.S.-backed truce plan": a plan's or deal's party is whoever backs it (not of
            # "Armenia and Azerbaijan signed a U.S.-brokered agreement", with each other)
            nouns = [n for n in (target_token, frame.obj) if n is not None and n.pos_ == "NOUN"]
            targets = [a for n in nouns for a in backers(n, actors) if a.code not in own]
        if code[:2] == "15" or pattern.code[:2] == "15":
            # "Poland deployed 10,000 troops to its border with Belarus": the source's own
            # forces are what it moves, not whom it acts on.
            home = {country_part(m.code) for m in sources}
            targets = [t for t in targets if country_part(t.code) not in home]
            if not targets:  # "scrambled fighter jets to warn away Chinese aircraft"
                purpose = purpose_party(frame, actors, sources)
                targets = [t for t in purpose if country_part(t.code) not in home]
            if not targets:
                targets = object_side_actors(frame, actors, sources, home)
            if frame.obj is not None:
                # "North Korea conducted its seventh nuclear test, Seoul said": the possessive
                # of what one shows force with is one's own, whoever the pronoun was read as
                targets = [t for t in targets if not own_possessive(t, frame.obj)]
            if not targets:  # "deployed troops near its border with Guyana"
                targets = across_border(frame, actors, own)
            if not targets:  # "scrambled jets after two Russian bombers flew near its airspace"
                targets = [t for t in provokers(frame, actors) if country_part(t.code) not in home]
            if not targets and self.verb_lemma(token) in INTERCEPTING:
                # "Chinese bombers flew near Okinawa. Japan scrambled fighter jets": the
                # foreign force the story told of last
                targets = actors.latest_foreign_force(token, home)
        if (
            unnamed_crowd
            and target_token is not None
            and (all(len(t.code) == 3 for t in targets) or gathered_unnamed(target_token, targets))
        ):
            # "US troops fired on a demonstration in Fallujah", "dispersed a march against the
            # government": no party named, or only the state of its place or one its own
            # phrases name; the crowd's people (a party the verb's phrases name stays)
            targets = unnamed_crowd
        # "Fico apologised to voters" in a story of Ukraine: his own voters
        targets = [own_people(t, sources) for t in targets]
        return targets

    def candidates(
        self,
        frame: Frame,
        pattern: Pattern,
        code: str,
        actors: ArticleActors,
        table: TokenTable,
        earlier: Sequence[Candidate] = (),
    ) -> Iterator[Candidate]:
        token = frame.token
        source_token, target_token = roles(frame, pattern)
        sources, noun_phrase = self.doers(frame, source_token, actors)
        # "Ruto hosted Mohamud in Nairobi. The two presidents signed an agreement": the
        # parties of the act told before
        pair: list[Mention] = []
        if source_token is not None and len({s.code for s in sources}) < 2 and earlier:
            accord = FAMILIES.get(code[:2]) in ACCORD
            pair = both_sides(source_token, [], earlier, PAIR_NOUNS, accord=accord)
        paired = len({p.code for p in pair}) == 2
        sources = pair if paired else sources
        if source_token is not None and len({s.code for s in sources}) < 2 and earlier:
            sources = counted_parties(source_token, earlier) or sources
        if (
            code in TAKING_CODES
            and not pattern.objects
            and sources
            and all(map(armed, sources))
            and frame.obj is not None
            and not tried_taking(frame)
            and named_place(frame.obj, actors)
        ):
            # "M23 rebels captured Goma", "seized Bukavu": a town taken by force is territory
            # occupied, not a person arrested nor property seized
            code = OCCUPY
        addressed = unnamed_addressee(code, frame, target_token, actors)
        targets = self.parties(
            frame, pattern, code, target_token, sources, noun_phrase, actors, earlier, addressed
        )
        if (
            not targets
            and code == OCCUPY
            and not any(map(state_force, sources))
            and not tried_taking(frame)
        ):
            # "Karen rebels seized Myawaddy": a town rebels take from their own state is the
            # state's, whose forces held it
            targets = visit_host(frame, actors, [], (), on_object=True)
        if code == LAWSUIT and earlier and targets and all(map(court, targets)):
            # "Mexico said it would take the case to the International Court of Justice"
            # after Ecuador's police stormed its embassy: a suit is against the other side
            # of the story's quarrel, not the court it is brought before
            targets = quarrel_party(sources, earlier) or targets
        if (
            code == REDUCE_RELATIONS
            and pattern.head == "suspend"
            and not pattern.objects
            and (frame.obj is None or frame.obj.pos_ != "PROPN" or not actors.actors(frame.obj))
        ):
            # "suspended Gabon", not "suspended its embassy in Kyiv": a thing suspended
            return
        if code in VISIT_CODES and carries_others(frame, actors, sources):
            return  # "flew them to Guatemala": those flown travel, not the one who flies them
        if code == CYBER_ATTACK and not self.cyber_intrusion(frame, source_token):
            return  # "soldiers infiltrated the cartel's smuggling network": a ring of people
        if (
            code == HOSTING
            and pattern.head == "receive"
            and not pattern.objects
            and frame.obj is not None
            and (
                not actors.actors(frame.obj)
                or frame.obj.pos_ == "NUM"
                or frame.obj.lemma_.lower() in MESSAGES
            )
        ):
            # "received Patriot missiles from Germany", "received $500 million in budget
            # support from the African Development Bank": a thing received, no visitor; aid
            # received is the giver's aid to the receiver
            given = self.received_aid(frame, actors)
            if given is None:
                return
            sources, targets, code = given[0], sources, given[1]
        if paired and self.ontology.is_symmetric(code):
            targets = []  # "the two presidents discussed the war in Gaza": with each other
        own_pair = False  # the target was the pair itself: each acts towards the other
        if paired and source_token is not None:
            # "The two leaders agreed to resolve their dispute": "their" is the pair's own
            named = {m.code for m in actors.actors(source_token)}
            own_pair = any(t.code in named for t in targets)
            targets = [t for t in targets if t.code not in named]
        code = recoded(code, frame, sources)
        if code == EMBARGO and seizure(frame, sources):
            return  # "Customs officials blocked a shipment of counterfeit drugs from India"
        if code == FORCE_THREAT and paid_in_kind(frame, sources, earlier):
            code = THREAT
        if code == PLAIN_FORCE and source_token is not None and source_token is not token:
            code = self.noun_force(source_token) or code  # "an Israeli air strike killed …"
        bombing = token if source_token is None else source_token
        if code == BOMBING and bombing.lemma_.lower() == BOMBING_NOUN and all_states(sources):
            code = AIR_STRIKE  # "Russian bombing killed 30 people": a state bombs from the air
            # (a building it "blew up" was not)
        elif (
            code == AIR_STRIKE
            and bombing.lemma_.lower() == BOMBING_NOUN
            and sources
            and all(map(armed_group, sources))
            and not aerial(bombing, frame, sources)
        ):
            code = BOMBING  # "Islamic State claimed the bombing of a church": not from the air
        if code == INVESTIGATE:
            code = inquiry_code(frame, self.inquiries) or self.noun_inquiry(frame) or code
        code = content_code(
            code, frame, self.content_kinds, self.act_kind, self.ontology, pattern.complements
        )
        code = aid_code(code, frame)
        if code == ACCUSE:
            code = accused_code(frame, self.act_code) or code
        if code[:2] == THREATEN[:2]:
            code = threat_code(code, frame, self.act_code)
        if code in (THREAT, FORCE_THREAT) and trade_paid_back(frame, sources, earlier):
            code = SANCTION_THREAT  # "vowed to retaliate against the U.S. tariffs": in kind
        # a withdrawal done or stated as intent ("would withdraw from the ICC": 0356)
        withdrawing = code in (WITHDRAWAL, intent_code(WITHDRAWAL))
        if withdrawing and frame.obj is None and targets and all(map(igo, targets)):
            # "withdrew from ECOWAS": leaving a body, not a retreat
            code = REDUCE_RELATIONS if code == WITHDRAWAL else intent_code(REDUCE_RELATIONS)
        elif (
            withdrawing
            and pattern.head in ("pull", "withdraw")
            and not pullout(frame, actors, sources)
        ):
            # "The senator pulled out of the race", "Shell withdrew from Russia": no forces leave
            return
        if code.startswith(POPULATION_MEASURES) or pattern.code.startswith(POPULATION_MEASURES):
            targets = [bare_place(t) for t in targets]
            if all(len(t.code) == 3 for t in targets):
                # "the curfew in Abidjan": the place's own words, not the measure's phrase; and
                # "Sri Lanka imposed a curfew in Colombo": its own people
                targets = place_state(frame, actors, []) or targets
            targets = [people_of(t) for t in targets]
        if not targets and code.startswith(LIFTED_MEASURES) and territorial(frame):
            targets = own_territory(sources)
        if code == DECLARED_TRUCE and announced_between(frame, sources, targets):
            # "Qatar announced a ceasefire between Israel and Hamas": the truce is the two
            # sides', once (CODING.md §7); the announcer only reports it
            sources, targets = targets, []
        symmetric = len(sources) > 1 and self.ontology.is_symmetric(code)
        if not (
            targets
            or pattern.target_preps
            or symmetric
            or code[:2] in TARGETLESS_ROOTS
            or code.startswith(POPULATION_MEASURES)  # not "following the escape of Macías"
        ):
            # a statement is not aimed at where it was made ("gave his speech in Muscat")
            settings = code[:2] != STATEMENT_ROOT
            # troops one threatens to send are one's own, not whom the threat is aimed at
            moved = pattern.code[:2] == "15" or self.verb_lemma(token) in MOVING
            home = {country_part(s.code) for s in sources} if moved else None
            targets = object_side_actors(frame, actors, sources, home, settings=settings)
            if pattern.code.startswith(AID_CODES):  # "Turkey sent drones to help defeat …"
                targets = given_arms(targets, sources)
        if code in RELEASE_ASKED and targets and all(map(held_people, targets)):
            # "condemned the Belarusian government and demanded the release of political
            # prisoners": the release is asked of whoever holds them, not of the prisoners
            homes = {country_part(s.code) for s in sources}
            states = {
                state.code: state
                for t in targets
                if (state := people_state(t)) is not None and state.code not in homes
            }  # one's own nationals are held by someone else: "held in Iran"
            targets = (
                holders(frame, actors, sources)
                or captors(targets, sources, earlier)
                or held_where(frame, actors, homes)
                or list(states.values())
                or targets  # one's own people, held by no one named: as they were
            )
        if code in RELEASE_ASKED and not targets and earlier:
            # "Venezuela arrested two Colombian soldiers. Bogota demanded their release" ("their"
            # read as Bogota's own): asked of whoever the story told holds the asker's people
            homes = {country_part(s.code) for s in sources} - {None}
            held = [e.target for e in earlier if e.target is not None]
            mine = [t for t in held if country_part(t.code) in homes and len(t.code) > 3]
            targets = captors(mine, sources, earlier)
            if not targets and releases_vessel(frame):
                # "Iran's Revolutionary Guards seized a container ship … The United States
                # demanded the release of the vessel and its crew": asked of the seizer
                targets = ship_seizer(frame.token.doc, sources, earlier)
        if targets and all(gives_to_itself(s, t, code) for s in sources for t in targets):
            # "Scholz pledged that Germany would deliver more tanks to Ukraine": the state that
            # is to give is no recipient; whom its "to" phrase names is
            targets = given_to(frame, actors, sources)
        if targets and all(own_pledge(frame.obj, t, sources) for t in targets):
            # "Blinken reaffirmed Washington's commitment to defend the Philippines": the state
            # that is committed is the speaker's own; whom the commitment is to is the target
            targets = pledged_to(frame.obj, actors, sources)
        if code.startswith(SCALING_DOWN) and targets:
            # "Ethiopian troops completed a pullout from the town of Shire",
            # "Hezbollah declared a ceasefire in south Lebanon": a place of one's own country
            # is where, not whom
            # (not one it is made "with": "the PKK declared a ceasefire with Turkey")
            homes = {home_country(s.code) for s in sources}
            doc = frame.token.doc
            targets = [
                t
                for t in targets
                if len(t.code) != 3 or t.code not in homes or made_with(doc[t.head])
            ]
            if self.verb_lemma(token) in CONCLUDING:
                # "Ethiopia and the TPLF signed a truce in Pretoria", "agreed a ceasefire in
                # Washington": a capital a truce is concluded in is where it was signed, not
                # the ground it covers (as "declared a ceasefire in Gaza" is)
                venues = signing_venues(token)
                targets = [
                    t
                    for t in targets
                    if t.how != CAPITAL_NAMED
                    or t.code not in {a.code for v in venues for a in actors.actors(v)}
                ]
        if code == EMBARGO and frame.token.lemma_.lower() in DESIGNATING:
            homes = {country_part(s.code) for s in sources} - {None}
            if targets and all(
                home_country(t.code) in homes and not t.how.startswith(GUESSED_COUNTRY)
                for t in targets
            ):
                # "Egypt designated the Muslim Brotherhood a terrorist organisation": a state
                # listing its own people's movement bans it (as "banned" is coded), sanctioning
                # no state
                code = BANS
        if code[:2] == REDUCING_ROOT and code != HALT_TALKS:
            # "Ghana recalled its ambassador": one's own envoy is what one recalls, never the
            # party whose relations are reduced; talks broken off are with whoever they were
            # held with ("Colombian rebels pulled out of talks with the government"); a body of
            # no country has no home to spare ("the EU sanctioned Hamas")
            homes = {country_part(s.code) for s in sources} - {None}
            # but a deal ended with one's own rebels is with them ("Mali's junta ended the
            # peace agreement with northern rebel groups"), as talks are
            dealt = (
                code == REDUCE_RELATIONS
                and frame.obj is not None
                and frame.obj.lemma_.lower() in DEAL_WORDS
            )
            targets = [
                t
                for t in targets
                if country_part(t.code) not in homes
                or (dealt and t.code[3:6] in ARMED_GROUP_SECTORS)
                # "Ethiopian forces blocked aid from reaching Tigray": aid held back from
                # one's own people is held back from them; but funds one's government cut to
                # its own universities or pensioners are a budget's, no event
                or (
                    code.startswith(AID_CUT)
                    and (t.how.endswith(AID_DESTINATION) or code == HUMANITARIAN_AID_CUT)
                    and t.code[3:6] in STRUCK_PEOPLE - {"EDU"}
                )
            ]
        if symmetric and targets:
            # "Biden and Netanyahu discussed the hostage deal", "Greece and Turkey signed a
            # police cooperation agreement": a party's own people named in what two sides share
            # are no third party; the act is between the sides
            homes = {country_part(s.code) for s in sources}
            targets = [t for t in targets if country_part(t.code) not in homes]
        if len({s.code for s in sources}) > 1 and owned_by_each_other(frame.obj):
            # "India and Canada expelled each other's diplomats": not the last-named side's
            # diplomats, which the parser's "other" leaves; each side the other's (mutual)
            targets = []
        swapped = target_token is frame.obj and exchanging(frame, sources)
        if swapped:
            targets = []  # "Russia and Ukraine swapped prisoners": with each other
        if code == MEETING and not targets and symmetric:
            sources, targets, code = met_at_home(frame, actors, sources)
        among = not targets and symmetric
        # "Ethiopia and Eritrea fought a border war", "clashed with each other": each fought
        # the other (two events, CODING.md §7)
        mutual = not targets and (
            swapped
            or (code[:2] in FORCE_ROOTS and fighting_each_other(frame, sources))
            or (len({s.code for s in sources}) > 1 and each_others(frame))
            or ties_between(frame, sources)
            or own_pair  # "the two leaders agreed to resolve their dispute": each with the other
            or agreed_together(token, code, sources)
        )  # "Both sides accused each other": two directional events (CODING.md §7)
        standalone = (
            code[:2] in TARGETLESS_ROOTS
            or code.startswith(TARGETLESS_CODES)
            or pattern.code.startswith(RESIGNING)  # "offered to resign", "refused to step down"
            or (code.startswith(SABOTAGE) and bool(sources) and all(map(armed, sources)))
            or pattern.code.startswith(STANDING_MEASURES)  # "is ready to declare martial law"
            or (code == DENY and denies_part(frame))
            or (code == CLAIM and admits_fault(frame))
            # an appeal for aid addressed to no one ("the UN appealed for $4 billion"): the
            # appeal is a public one, as one to unnamed donors is
            # (money or a kind of aid, 023x; not bare "appealed for help", 023)
            or (
                code.startswith(AID_APPEAL) and len(code) > len(AID_APPEAL) and target_token is None
            )
            # an appeal to many whom no actor names ("European partners", "donors"): to no one
            # diurna can code; not to one it cannot resolve ("urging the counterpart to sign")
            or (
                addressed
                and target_token is not None
                and (target_token.tag_ == "NNS" or target_token.lemma_.lower() in COLLECTIVES)
            )
        )
        if targets and CHARACTERISED in pattern.rule:
            # "called the peace plan unfair to Ukraine": Ukraine is wronged, not condemned; a
            # plan no actor owns condemns no one ("the Kremlin's plan" condemns the Kremlin)
            wronged = wronged_by_judgement(frame)
            targets = [t for t in targets if t.head not in wronged]
        if not sources or (not targets and not among and not mutual and not standalone):
            if code[:2] in UNAIMED_ROOTS and not is_negated(frame, source_token):
                # "Iran's navy seized a tanker": no event, an act "the seizure" refers back to
                yield from unaimed_acts(sources, code, table, token, pattern)
            return
        if pattern.complements & SUMMONED and not all(s.code[3:6] == "JUD" for s in sources):
            return  # "ordered the army to appear on the streets": no court's summons
        if (
            token.lemma_.lower() == ORDERING
            and pattern.complements & MEASURES_ORDERED
            and (not foreign_order(sources, targets) or own_forces_ordered(token, actors))
        ):
            return  # "Putin ordered the army to ensure security": a state's own command
        if code == COMPLAINT and token.lemma_.lower() in SUMMONING and before_court(token, sources):
            return  # "the court summoned the former consul as a witness": no envoy's rebuke
        if code == MEETING and targets and self.verb_lemma(token) in ("meet", "meeting"):
            sources, targets, code = hosted_meeting(frame, actors, sources, targets)
        negated = is_negated(frame, source_token)
        if code == ARREST and token.lemma_.lower() == "charge" and states_only(sources, targets):
            code = ACCUSE  # "Iran charged Israel with violating its airspace": no court's act
        if code == CRITICISE and self.struck_by_force(token, source_token, sources):
            # "Russian missiles tore into Kyiv", "artillery hammered the town for its
            # defiance": a weapon that strikes uses force, whatever the words' other sense
            code = self.weapon_code(PLAIN_FORCE, frame, source_token)
        if (
            pattern.specificity == 0
            or pattern.particle == "back"
            or self.armed_with(frame)
            # "Ukrainian naval drones damaged a Russian landing ship": the drones' strike
            or (code == PLAIN_FORCE and token.lemma_.lower() in HARMING_VERBS)
        ):
            # "shot down" names its own act; "attacked" and "hit back" do not, nor does
            # "destroyed a convoy" when a weapon is named ("with drone strikes")
            code = self.weapon_code(code, frame, source_token)
        launch = code == "194" and not targets and bool(sources) and unaimed_launch(frame, sources)
        if launch:
            code = EXERCISE  # "North Korea launched a ballistic missile": a show of force
        last = token
        if frame.particle:
            last = max(
                (
                    c
                    for c in frame.children
                    if c.dep_ in ("prt", "advmod", "prep") and c.lower_ == frame.particle
                ),
                key=lambda c: c.i,
            )
            last = last if last.i > token.i else token
        first = token
        if token.pos_ == "NOUN" and token.dep_ == "pobj":
            # "took to the streets", "went on strike": the words from the carrying verb
            carrier = self.carrier_verb(token)
            first = carrier if carrier is not None and carrier.i < token.i else token
        start, end = table.idx[first.i], table.end[last.i]  # the words first … last
        text = table.text[start:end]
        pairs: list[tuple[Mention, Mention | None]] = []
        if among:
            # "Israel and the UAE signed an agreement": each pair of parties once, the
            # first-named as source (CODING.md §7).
            # Two mentions of one party ("Iran's foreign minister, Abbas Araghchi") are no pair.
            pairs = [
                (a, b) for i, a in enumerate(sources) for b in sources[i + 1 :] if a.code != b.code
            ]
        elif mutual:
            pairs = [(a, b) for a in sources for b in sources if a.code != b.code]
        for source in sources if not (among or mutual) else ():
            aimed = [
                t
                for t in targets
                if t.code != source.code
                and not gives_to_itself(source, t, code)
                and not own_homeland(source, t)
                and not own_forces_stood_down(source, t, code)
            ]
            if not targets or (standalone and not aimed):
                pairs.append((source, None))  # "offered his resignation": his own act
            pairs.extend((source, target) for target in aimed)
        for source, target_mention in pairs:
            yield Candidate(
                source=source,
                target=target_mention,
                code=ASSASSINATION if assassinated(code, frame, target_mention) else code,
                trigger_start=start,
                trigger_end=end,
                trigger_text=text,
                negated=negated,
                rule=pattern.rule,
                specificity=pattern.specificity,
                launch=launch,
            )


# Roots of acts a later noun may name with no target told: "the seizure" (17x), "the raid",
# "the attack" (18x-20x).
UNAIMED_ROOTS = frozenset({"17", "18", "19", "20"})


def unaimed_acts(
    sources: list[Mention], code: str, table: TokenTable, token: Token, pattern: Pattern
) -> Iterator[Candidate]:
    """The acts, one per doer, of "Iran's navy seized a tanker": no events (``aimed`` False),
    kept so that "the seizure was condemned by Britain" is aimed at Iran's navy."""
    start, end = table.idx[token.i], table.end[token.i]
    for source in sources:
        yield Candidate(
            source=source,
            target=None,
            code=code,
            trigger_start=start,
            trigger_end=end,
            trigger_text=table.text[start:end],
            negated=False,
            rule=pattern.rule,
            specificity=pattern.specificity,
            aimed=False,
        )


# Words of paying back an act: "vowed to retaliate", "threatened a response".
RETALIATION = frozenset(
    {"retaliate", "respond", "reciprocate", "avenge", "revenge", "retaliation", "response"}
    | {"reprisal", "vengeance", "countermeasure"}
)


def retaliation(frame: Frame) -> bool:
    """Whether a threat is one of paying back, with no one named: its complement or object
    is a word of retaliation ("vowed to respond in kind", "threatened retaliation")."""
    words = [c for c in frame.children if c.dep_ == "xcomp"]
    words += [frame.obj] if frame.obj is not None else []
    return any(
        w.lemma_.lower() in RETALIATION
        # "vowed to respond to the allegations": an answer to words, no threat
        and not any(c.dep_ == "prep" and c.lower_ == "to" for c in w.children)
        for w in words
    )


# What one returns when shooting back: "returned fire".
RETURNED_FIRE = frozenset({"fire", "gunfire"})


def firing_back(frame: Frame) -> bool:
    """Whether a verb shoots back with no one named: "its troops returned fire"."""
    return (
        frame.token.lemma_.lower() == "return"
        and frame.obj is not None
        and frame.obj.lemma_.lower() in RETURNED_FIRE
    )


# The first root of hostile acts: disapproval (11) and every root after it.
HOSTILE_ROOT = "11"


def hostile(code: str) -> bool:
    """Whether an event code is a hostile act (root 11 on)."""
    return code[:2] >= HOSTILE_ROOT


def retaliated(sources: list[Mention], earlier: Sequence[Candidate]) -> Candidate | None:
    """The act a threat of paying back answers: the latest hostile act (root 11 on) another
    state's actor or a body did against the threatener's own state ("Israel struck Iranian
    targets. Iran vowed to retaliate": the strike)."""
    homes = {country_part(s.code) for s in sources} - {None}
    for event in reversed(earlier):
        target = event.target
        if event.negated or target is None or country_part(target.code) not in homes:
            continue
        if country_part(event.source.code) not in homes and hostile(event.code):
            return event
    return None


def joined_party(
    token: Token, sources: list[Mention], earlier: Sequence[Candidate]
) -> list[Mention]:
    """Whom a verb coordinated after another ("condemned Ukraine and threatened to
    retaliate") aims at when it names no one: the party of the hostile act (root 11 on)
    the same sources did with the verb it is joined to."""
    if token.dep_ != "conj" or token.head.pos_ != "VERB":
        return []
    if token.lemma_.lower() == "warn" and any(
        c.dep_ == "ccomp" or (c.dep_ == "prep" and c.lower_ == "of") for c in token.children
    ):
        return []  # "warned that Europe must rearm", "warned of a wider war": no threat to it
    own = {s.code for s in sources}
    parties = {
        e.target.code: e.target
        for e in earlier
        if e.trigger_start == token.head.idx
        and e.target is not None
        and not e.negated
        and e.source.code in own
        and e.target.code not in own
        and hostile(e.code)
    }
    return list(parties.values())


def shot_at(sources: list[Mention], force: Sequence[Candidate]) -> Candidate | None:
    """The latest force used on the sources' state by anyone but themselves."""
    own = {s.code for s in sources}
    homes = {country_part(code) for code in own} - {None}
    for event in reversed(force):
        target = event.target
        if event.negated or target is None or event.source.code in own:
            continue
        if target.code in own or country_part(target.code) in homes:
            return event
    return None


def paid_in_kind(frame: Frame, sources: list[Mention], earlier: Sequence[Candidate]) -> bool:
    """Whether a threat to retaliate that names no force answers an act that was no force
    ("Moscow threatened to retaliate" after the Netherlands expelled its diplomats): a
    threat, not of force (130, not 138)."""
    if not earlier or not retaliation(frame) or force_threatened(frame, FORCE_DEEDS):
        return False
    paid = retaliated(sources, earlier)
    return paid is not None and paid.code[:2] not in FORCE_ROOTS


EMBARGO = "163"  # impose embargo, boycott or sanctions
SANCTION_THREAT = "1312"  # threaten with sanctions, boycott or embargo
# Trade measures a state pays back in kind: "retaliate against the new tariffs".
TRADE_MEASURES = frozenset(
    {"tariff", "duty", "levy", "sanction", "embargo", "ban", "control", "restriction", "curb"}
)


def trade_paid_back(frame: Frame, sources: list[Mention], earlier: Sequence[Candidate]) -> bool:
    """Whether a threat to pay back answers a trade measure, named after "against", "over" or
    "for" ("vowed to retaliate against the U.S. tariffs", "threatened retaliation over the
    duties") or told before as what it pays back (an embargo, 163), and names no force: a
    threat of counter-measures in kind (1312), not of force."""
    if not retaliation(frame) or force_threatened(frame, FORCE_DEEDS):
        return False
    paid = retaliated(sources, earlier) if earlier else None
    if paid is not None and paid.code == EMBARGO:
        return True
    words = [c for c in frame.children if c.dep_ == "xcomp"]
    words += [frame.obj] if frame.obj is not None else []
    return any(
        obj.lemma_.lower() in TRADE_MEASURES
        for word in words
        for prep in word.children
        if prep.dep_ == "prep" and prep.lower_ in ("against", "over", "for")
        for _, obj in prep_objects(prep)
    )


# Participles that tell where goods come from ("brandy imported from the EU", "made in China").
ORIGIN_PARTICIPLES = frozenset({"import", "make", "produce", "manufacture", "ship", "export"})


def goods_origin(goods: Token, actors: ArticleActors) -> list[Mention]:
    """The state or body goods come from, told by a participle after them: "duties on brandy
    imported from the European Union", "tariffs on steel made in China"."""
    return [
        mention
        for clause in goods.children
        if clause.dep_ == "acl" and clause.lemma_.lower() in ORIGIN_PARTICIPLES
        for prep in clause.children
        if prep.dep_ == "prep" and prep.lower_ in ("from", "in")
        for _, place in prep_objects(prep)
        for mention in actors.actors(place)
    ]


DECLARED_TRUCE = "0871"


def announced_between(frame: Frame, sources: list[Mention], targets: list[Mention]) -> bool:
    """Whether a truce is told "between" two sides of whom the teller is neither: "Qatar
    announced a ceasefire between Israel and Hamas", not "Israel declared a truce with Hamas"
    or "the army agreed a ceasefire between its units and the rebels"."""
    if frame.token.pos_ != "VERB" or len({t.code for t in targets}) < 2:
        return False  # not the noun alone: "to oversee a ceasefire between A and B"
    if not between_nouns(frame):
        return False
    homes = {country_part(t.code) for t in targets} | {t.code for t in targets}
    return not any(s.code in homes or country_part(s.code) in homes for s in sources)


def home_forces(mention: Mention, home: set[str | None]) -> bool:
    """Whether a mention is the armed forces or police of one of ``home``'s states."""
    country = country_part(mention.code)
    return country is not None and country in home and mention.code[3:6] in ("MIL", "COP")


# Material cooperation and aid, given or pledged, that no one gives their own state as a
# whole (a pledge of reform to one's own country is one: "promised to democratize Serbia").
OUTWARD = ("06", "07", "031", "033")
ECONOMIC_COOPERATION = frozenset({"061", "0311"})  # done or pledged


def given_to(frame: Frame, actors: ArticleActors, sources: list[Mention]) -> list[Mention]:
    """Whom a "to" phrase inside an act names, not the givers' own state: "pledged that
    Germany would deliver more tanks to Ukraine" → Ukraine."""
    homes = {country_part(s.code) for s in sources}
    for word in frame.token.subtree:
        if word.dep_ == "prep" and word.lower_ == "to" and word.i > frame.token.i:
            found = [
                a
                for o in word.children
                if o.dep_ == "pobj"
                for a in actors.actors(o)
                if country_part(a.code) not in homes
            ]
            if found:
                return found
    return []


def own_pledge(obj: Token | None, target: Mention, sources: list[Mention]) -> bool:
    """Whether a target is the sources' own state named as the holder of the pledge or resolve
    that is the object ("reaffirmed Washington's commitment", "the U.S. pledge"): the one
    committed, not whom the commitment is to."""
    if obj is None or obj.lemma_.lower() not in CONTENT_NOUNS or len(target.code) != 3:
        return False
    head = obj.doc[target.head]
    if head.i != obj.i and not (
        head.head.i == obj.i and head.dep_ in ("poss", "compound", "amod", "nmod")
    ):
        return False
    return target.code in {country_part(s.code) for s in sources}


def pledged_to(obj: Token | None, actors: ArticleActors, sources: list[Mention]) -> list[Mention]:
    """Whom a pledge or commitment is to: the first actor its own words name after it, other
    than the givers' state ("commitment to defend the Philippines", "pledge to Ukraine")."""
    if obj is None:
        return []
    homes = {country_part(s.code) for s in sources}
    for word in obj.subtree:
        if word.i <= obj.i or word.dep_ not in ("pobj", "dobj"):
            continue
        found = [a for a in actors.actors(word) if country_part(a.code) not in homes]
        if found:
            return found
    return []


def made_with(word: Token) -> bool:
    """Whether a name is the object of a "with" phrase: the other party of a truce or
    pullout ("a ceasefire with Turkey"), not a place it holds in."""
    return word.dep_ == "pobj" and word.head.lower_ == "with"


def gives_to_itself(source: Mention, target: Mention, code: str) -> bool:
    """Whether material cooperation or aid would go to the source's own state as a whole:
    "Sikorski pledged that Poland would deliver more military aid" is no Polish pledge to
    Poland (the doer of what is pledged is not its recipient); investing in any part of one's
    own state is no economic cooperation ("pledged to invest more in its military")."""
    home = country_part(source.code)
    if code in ECONOMIC_COOPERATION and home is not None:
        return country_part(target.code) == home
    return code.startswith(OUTWARD) and target.code == home


# Verbs of sending someone out of a state, whose passive's "from" phrase names the sender.
SENT_AWAY = frozenset({"extradite", "deport"})
PLAIN_FORCE = "190"
CYBER_ATTACK = "176"
# Getting into a network or system, a cyber attack only when it is a computer's (or hackers
# do it): "infiltrated the networks of a shipbuilder" by hackers, not "a smuggling network".
INTRUSION_VERBS = frozenset({"breach", "infiltrate", "compromise"})
NETWORK_WORDS = frozenset({"network", "system"})
COMPUTER_WORDS = frozenset(
    {"computer", "it", "digital", "email", "e-mail", "online", "cyber", "internet", "data"}
    | {"server", "banking", "payment", "corporate", "information", "software", "network"}
    | {"telecom", "telecommunications", "booking", "ticketing"}
)
ASSASSINATION = "186"
KILLINGS = frozenset({"190", "193", "1823"})  # a plain killing, a shooting, a murder
KILLING_VERBS = frozenset({"kill", "murder", "slay"})
# The sectors of political figures, whose killing is an assassination; not soldiers, police
# or journalists.
POLITICAL_SECTORS = frozenset({"GOV", "OPP", "LEG", "JUD", "ELI"})


def assassinated(code: str, frame: Frame, target: Mention | None) -> bool:
    """Whether a killing is an assassination (186): its victim one political figure ("Gunmen
    shot dead an opposition lawmaker", "killed the mayor"), and the verb one of killing
    ("shot dead", "gunned down"), not of shooting at or fighting."""
    if code not in KILLINGS or target is None or not target.person:
        return False
    if target.code[3:6] not in POLITICAL_SECTORS:
        return False
    lemma = frame.token.lemma_.lower()
    if lemma in KILLING_VERBS:
        return True
    return (lemma == "shoot" and any(c.lower_ == "dead" for c in frame.children)) or (
        lemma == "gun" and frame.particle == "down"
    )


AIM_DEPS = frozenset({"advcl", "xcomp", "acl"})
AIM_PREPS = frozenset({"against", "over"})
# "in protest of X", "in defiance of X": an "in" phrase that names the aim, not the place.
AIM_NOUNS = frozenset({"protest", "defiance", "opposition", "response", "reaction", "anger"})


def others(actors: ArticleActors, token: Token | None, own: set[str]) -> list[Mention]:
    """The actors a word stands for, less the source's own codes."""
    return [m for m in actors.actors(token) if m.code not in own]


EXERCISE = "150"  # demonstrate military power: exercises, drills, war games
JOINT_EXERCISE = "062"  # military cooperation: exercises held together
# Verbs of fighting whose coordinated subjects fight one another.
RECIPROCAL = frozenset({"fight", "clash", "battle", "skirmish", "exchange", "trade"})


def fighting_each_other(frame: Frame, sources: list[Mention]) -> bool:
    """Whether two or more parties fight one another: a reciprocal verb with coordinated
    subjects ("Ethiopia and Eritrea fought", "rebels and troops clashed in Goma") or "each
    other" as its object."""
    if len({s.code for s in sources}) < 2:
        return False
    return frame.token.lemma_.lower() in RECIPROCAL or each_others(frame)


# Verbs of giving and getting in turn: what two parties exchange is not a party.
EXCHANGING = frozenset({"exchange", "swap", "trade"})


def exchanging(frame: Frame, sources: list[Mention]) -> bool:
    """Whether two or more parties exchange something with one another ("Russia and Ukraine
    swapped 90 prisoners each"): each gives to the other."""
    return len({s.code for s in sources}) > 1 and frame.token.lemma_.lower() in EXCHANGING


# Nouns of the relations two states hold with each other.
TIES = frozenset({"relation", "tie", "relationship"})


def ties_between(frame: Frame, sources: list[Mention]) -> bool:
    """Whether two or more states act on the relations they hold with each other, no one else
    named ("Israel and Bahrain established diplomatic relations", "Saudi Arabia and Qatar cut
    ties"): each towards the other."""
    return (
        frame.obj is not None
        and frame.obj.lemma_.lower() in TIES
        and len({country_part(s.code) for s in sources} - {None}) > 1
    )


def each_others(frame: Frame) -> bool:
    """Whether the act's object, or a phrase of it, is "each other" or "one another", or is
    theirs ("expelled each other's diplomats")."""
    return owned_by_each_other(frame.obj) or any(
        each_other(o) for o in (frame.obj, *(o for _, o in frame.preps))
    )


def owned_by_each_other(token: Token | None) -> bool:
    """Whether a noun is "each other's" or "one another's": "each other's top diplomats"."""
    return token is not None and any(c.dep_ == "poss" and each_other(c) for c in token.children)


def each_other(token: Token | None) -> bool:
    """ "each other", "one another" as an object or a preposition's object."""
    return (
        token is not None
        and token.lower_ in ("other", "another")
        and any(c.lower_ in ("each", "one") for c in token.children)
    )


# Words that make exercises by several states separate ones: "separate naval exercises",
# "rival drills", "each staged drills".
APART = frozenset({"separate", "rival", "own", "parallel", "competing", "each", "respective"})


def apart(frame: Frame) -> bool:
    """Whether the act is done by each party on its own rather than together."""
    words = [*frame.children, *(frame.obj.children if frame.obj is not None else ())]
    return any(w.lower_ in APART for w in words) or any(
        c.lower_ == "each" for s in frame.children if s.dep_ in SUBJECT_DEPS for c in s.subtree
    )


# A raised alert is the police's (151) or the military's (152): the code for the other sector.
ALERTS = MappingProxyType({"151": ("MIL", "152"), "152": ("COP", "151")})
ARREST = "173"  # arrest, detain or charge with legal action


# Named places a guest is welcomed in or to, as the parser tags them.
PLACE_ENTITIES = frozenset({"GPE", "LOC", "FAC"})


def welcomed_guest(frame: Frame) -> bool:
    """Whether "welcome" greets a named guest in or to a named place ("welcomed Sisi in
    Ankara", "would welcome Erdogan in Cairo"): a visit hosted, not praise."""
    obj = frame.obj
    return (
        frame.token.lemma_.lower() == "welcome"
        and obj is not None
        and obj.pos_ == "PROPN"
        and obj.ent_type_ not in PLACE_ENTITIES  # not "welcomed Finland to Brussels"
        and any(
            word in ("in", "to") and place.ent_type_ in PLACE_ENTITIES
            for word, place in frame.preps
        )
    )


MILITARY_AID = "072"
TRADE = "061"  # cooperate economically


def company(mention: Mention) -> bool:
    """Whether an actor is a company: a multinational (MNC…) or a state's business (…BUS)."""
    return mention.code.startswith("MNC") or mention.code[3:6] == "BUS"


# Where one state's forces exercise at another: "joint drills around Taiwan".
AROUND = frozenset({"around", "near", "off", "encircling", "surrounding"})
PARTNER_PREPS = frozenset({"with", "between"})


def aimed_around(frame: Frame, sources: list[Mention]) -> bool:
    """Whether one state's "joint" exercises are staged around or near a place rather than
    with a partner ("the PLA launched joint drills around Taiwan"): its own services exercising
    together, a show of force (150), not military cooperation (062)."""
    if len({country_part(s.code) for s in sources}) > 1:
        return False
    words = {word for word, _ in frame.preps}
    if frame.obj is not None:
        words.update(c.lower_ for c in frame.obj.children if c.dep_ == "prep")
    return bool(words & AROUND) and not words & PARTNER_PREPS


def recoded(code: str, frame: Frame, sources: list[Mention]) -> str:
    """The code as the act's parties make it: joint exercises are cooperation, protesters
    using force riot, peacekeepers arriving keep the peace, an army's alert is military."""
    if (
        code[:2] == "15"
        and frame.obj is not None
        and any(c.lower_ == "joint" for c in frame.obj.children)
        and not aimed_around(frame, sources)
    ) or (
        code == EXERCISE and len({country_part(s.code) for s in sources}) > 1 and not apart(frame)
    ):
        # "Russian and Chinese warships held joint exercises", "French and Egyptian warships
        # launched war games": exercising together is military cooperation
        return JOINT_EXERCISE
    if code == MILITARY_AID and sources and all(map(company, sources)):
        return TRADE  # "Airbus handed over the first A350 aircraft to Air India": a sale
    if code in ("180", "190") and any(
        (s.sector_word or "-").split()[-1] in PROTESTERS for s in sources
    ):
        return (
            VIOLENT_PROTEST  # "protesters clashed with police" (no weapon named): a riot, not war
        )
    if code == VIOLENT_PROTEST and sources and all(map(armed_state_force, sources)):
        # "Ecuadorian police stormed the Mexican embassy": a police raid coerces (170),
        # troops storming use force (190); only crowds riot
        police = all(s.code[3:6] == POLICE for s in sources)
        return COERCION if police else PLAIN_FORCE
    if code == PRAISE and welcomed_guest(frame):
        return HOSTING  # "Erdogan welcomed Sisi in Ankara": a host receiving a guest
    if code == THREAT and force_threatened(frame):
        return FORCE_THREAT  # "warned that the army would strike", "vowed to retaliate"
    if code == "190" and civil_clash(frame, sources):
        return VIOLENT_PROTEST  # "mourners clashed with security forces": a riot, not war
    if code == AIR_STRIKE and labour_strike(frame, sources):
        return LABOUR_STRIKE  # "dockworkers launched a strike": they stop work
    if code == EASE_DISSENT and sources and not unarmed(sources) and struck(frame):
        return DE_ESCALATE  # "Israel suspended strikes on Gaza": no stoppage of work
    if (
        code == "141"
        and frame.token.pos_ == "NOUN"
        and has_from(frame.token)
        and sources
        and all(map(state_voice, sources))
    ):
        return COMPLAINT  # "drew protests from Pristina": a state's protest is a complaint
    if (
        code in ("141", COMPLAINT)
        and frame.token.pos_ == "VERB"
        and sources
        and frame.token.lemma_.lower() == "protest"
    ):
        # "The Philippines protested the coast guard's use of water cannon": a state's protest
        # is a complaint; "Hundreds of Armenians protested the handover of villages to
        # Azerbaijan" is a demonstration, whatever "to" phrase the parser hangs on the verb
        return COMPLAINT if all(map(state_voice, sources)) else "141"
    if code in VISIT_CODES and any(peacekeepers(s, frame.token.doc) for s in sources):
        return "074"  # "U.N. peacekeepers arrived in Bangui": peacekeeping, not a visit
    if code in ALERTS and {s.code[3:6] for s in sources} == {ALERTS[code][0]}:
        return ALERTS[code][1]  # "Egypt's army is on high alert": 152
    if code.startswith(PROTEST_BLOCKADE) and all_states(sources):
        return MILITARY_BLOCKADE  # "the Israeli navy blockaded the port of Gaza"
    if code == EMBARGO and unarmed(sources) and frame.token.lemma_.lower() in GOODS_STOPPING:
        return PROTEST_BLOCKADE  # "Polish farmers blocked grain imports": no state's embargo
    if code == MILITARY_BLOCKADE and (unarmed(sources) or activists(sources)):
        return PROTEST_BLOCKADE  # "Polish farmers blocked border crossings with Ukraine"
    if code in ("190", "194", "195", "1952") and at_sea(frame):
        return EXERCISE  # "fired two ballistic missiles into the sea": a show of force
    if code == MEETING and by_telephone(frame):
        return PHONE_TALK  # "discussed the grain deal in a phone call"
    if code[:2] == "19" and retort(frame):
        return CRITICISE  # "hit back at Canada, calling its allegations absurd": words
    if code == REPRESSION and charged_with_offence(frame):
        code = ARREST  # "Prosecutors charged the protesters with rioting": a charge in law
    if code == ARREST and frame.token.lemma_.lower() == "charge":
        if any(c.dep_ == "ccomp" for c in frame.children):
            return ACCUSE  # "Hamas charged that Israel had violated the truce": a claim
        if (
            sources
            and all(map(armed, sources))
            and not any(word == "with" for word, _ in frame.preps)
        ):
            return PLAIN_FORCE  # "the rebels charged government positions": an assault
        if unarmed(sources):
            with_act = any(word == "with" for word, _ in frame.preps)
            # "The opposition charged the government with corruption": a claim, no court's;
            # "Protesters charged police lines": a riot
            return ACCUSE if with_act else VIOLENT_PROTEST
    if code == REPRESSION and sources and not any(map(state_force, sources)):
        # "Gunmen opened fire on a crowd at a market": no repression by a state, an attack
        # with small arms
        return SMALL_ARMS
    return code


# What a crowd charged "with" an offence is charged with in law, not by a baton charge: the
# crimes a court or the police charge protesters with ("with rioting", "with unlawful assembly");
# a gerund ("with blocking a road") names an offence too. Anything else "with" names (batons,
# lathis, tear gas, dogs, "their shields raised") is how the crowd was charged.
OFFENCES = frozenset(
    {"crime", "offence", "offense", "count", "felony", "misdemeanour", "misdemeanor", "charge"}
    | {"riot", "rioting", "looting", "arson", "vandalism", "assault", "battery", "murder"}
    | {"manslaughter", "homicide", "terrorism", "treason", "sedition", "subversion", "incitement"}
    | {"insurrection", "rebellion", "mutiny", "conspiracy", "assembly", "gathering", "disorder"}
    | {"hooliganism", "trespass", "trespassing", "obstruction", "sabotage", "damage"}
    | {"destruction", "robbery", "theft", "kidnapping", "fraud", "corruption", "espionage"}
    | {"extremism", "blasphemy", "defamation", "contempt", "violation", "breach", "misconduct"}
)


def charged_with_offence(frame: Frame) -> bool:
    """Whether "charge" has a "with" phrase naming an offence, in any of its conjuncts: the
    crowd (175 row) is charged in law (173) ("charged the protesters with rioting", "with arson
    and looting"), not charged with batons, lathis or tear gas (175)."""
    if frame.token.lemma_.lower() != "charge":
        return False
    named = [noun for word, obj in frame.preps if word == "with" for noun in (obj, *obj.conjuncts)]
    return any(
        noun.lemma_.lower() in OFFENCES
        or noun.tag_ == "VBG"
        or (noun.pos_ == "NOUN" and noun.lower_.endswith("ing"))
        for noun in named
    )


VIOLENT_PROTEST = "145"  # protest violently, riot
COERCION = "170"  # coerce: a raid by police
SMALL_ARMS = "193"  # fight with small arms and light weapons


CRITICISE = "111"


def states_only(sources: list[Mention], targets: list[Mention]) -> bool:
    """Whether both sides are states, governments or armies, of different countries ("Iran
    charged Israel"): no court or police among them, no private person charged, and no state
    charging its own soldiers."""
    sides = [*sources, *targets]
    homes = {country_part(s.code) for s in sources}
    return (
        bool(sources and targets)
        and all(len(m.code) == 3 or m.code[3:6] in ("GOV", "MIL") for m in sides)
        and not any(country_part(t.code) in homes for t in targets)
    )


# Verbs of criticism whose other sense is a blow: with a weapon as subject, force.
BLOWS = frozenset({"tear", "hammer", "blast", "slam", "batter", "pummel", "lash"})
# Verbs that strike back, and what makes striking back a retort in words: a participle of
# speech ("calling …"), or words or critics answered ("over its criticism", "at critics").
# Verbs of harm to a thing that name no weapon of their own: the weapon that did it codes it.
HARMING_VERBS = frozenset({"damage"})
STRIKING_BACK = frozenset({"hit", "strike", "fire", "shoot", "lash"})
RETORT_VERBS = frozenset(
    {"call", "say", "accuse", "describe", "dismiss", "label", "brand", "term", "insist", "deny"}
)
RETORTED_WORDS = frozenset(
    {"criticism", "critic", "remark", "comment", "allegation", "accusation", "claim"}
    | {"statement", "charge", "report", "rhetoric", "speech", "suggestion"}
)


def retort(frame: Frame) -> bool:
    """Whether striking back is done in words: "hit back at Canada, calling its allegations
    absurd", "fired back at NATO over its criticism", "struck back at critics"."""
    token = frame.token
    if token.lemma_.lower() not in STRIKING_BACK or not any(
        c.dep_ in ("prt", "advmod") and c.lower_ == "back" for c in token.children
    ):
        return False
    if any(
        c.dep_ in ("advcl", "xcomp", "conj")
        and c.tag_ == "VBG"
        and c.lemma_.lower() in RETORT_VERBS
        for c in token.children
    ):
        return True
    return any(obj.lemma_.lower() in RETORTED_WORDS for _, obj in frame.preps)


PHONE_TALK = "041"
CALLS = frozenset({"call", "conversation", "talk", "chat"})


def by_telephone(frame: Frame) -> bool:
    """Whether a meeting or discussion was held in, during or over a phone or video call,
    read where the parser hangs the phrase: on the verb, or on its object."""
    phrases = list(frame.preps)
    if frame.obj is not None:
        phrases += [
            (w, o) for c in frame.obj.children if c.dep_ == "prep" for w, o in prep_objects(c)
        ]
    for word, obj in phrases:
        if word not in ("in", "during", "over", "by"):
            continue
        lemma = obj.lemma_.lower()
        if lemma in MEANS_OF_TALK and word in ("over", "by"):
            return True
        if lemma in CALLS and any(
            c.lemma_.lower() in MEANS_OF_TALK
            for c in obj.children
            if c.dep_ in ("compound", "amod")
        ):
            return True
    return False


PROTEST_BLOCKADE, MILITARY_BLOCKADE = "144", "191"  # who blockades says which
# Verbs of stopping goods that only a state's stopping makes an embargo (163).
GOODS_STOPPING = frozenset({"block", "stop", "bar"})


def seizure(frame: Frame, sources: list[Mention]) -> bool:
    """Whether goods stopped (``GOODS_STOPPING``) were stopped by police or customs alone: a
    seizure at the border ("Customs officials in Kenya blocked a shipment of counterfeit drugs
    from India"), no embargo on the goods' state, and no event diurna codes."""
    return (
        frame.token.lemma_.lower() in GOODS_STOPPING
        and bool(sources)
        and all(s.code[3:6] == POLICE for s in sources)
    )


def armed_state_force(actor: Mention) -> bool:
    """A state's army or police."""
    return country_part(actor.code) is not None and actor.code[3:6] in FORCE_SECTORS


def state_force(actor: Mention) -> bool:
    """A state itself, or its government, army or police (not rebels: "rebels blocked
    transport into Abidjan" is their protest)."""
    if len(actor.code) == 3:
        return country_part(actor.code) is not None
    return actor.code[3:6] in ("GOV", "MIL", "COP")


SEA_WORDS = frozenset({"sea", "ocean", "water", "gulf"})


# What a state launches or fires at no one as a test or a show of force (not rockets or shells,
# which are fired at someone the story has told).
LAUNCHED_MISSILES = frozenset({"missile", "icbm"})
# Verbs of a missile's relative clause that tell what it struck: "a missile that hit a car".
MISSILE_HITS = STRIKING_VERBS | KILLING_VERBS | {"destroy", "damage", "wound", "injure", "slam"}


def unaimed_launch(frame: Frame, sources: list[Mention]) -> bool:
    """Whether a state fired missiles alone, with no target, nowhere named and nothing they hit
    ("North Korea launched a ballistic missile"): a launch at no one is a show of force (150,
    CODING.md §9), not an attack. An armed group's launch stays force, as does a missile "that
    struck a car" or one launched with drones ("launched a missile and drones"); the story
    makes it force again when it tells other force (``Candidate.launch``, read by the article:
    "They hit energy infrastructure in Kharkiv")."""
    obj = frame.obj
    return (
        obj is not None
        and obj.lemma_.lower() in LAUNCHED_MISSILES
        and not frame.preps
        and all(map(state_force, sources))
        and all(noun.lemma_.lower() in LAUNCHED_MISSILES for noun in obj.conjuncts)
        and not any(
            c.dep_ == "relcl" and c.lemma_.lower() in MISSILE_HITS
            for noun in (obj, *obj.conjuncts)
            for c in noun.children
        )
    )


def story_launches(
    events: tuple[Candidate, ...], told: Sequence[Candidate]
) -> tuple[Candidate, ...]:
    """A sentence's events with each missile launch read as a show of force (150) made force
    again (194) when the story tells other force, done or not aimed at anyone it names: a
    launch amid an exchange of fire ("Israel and Hezbollah traded fire across the border")
    or one whose strike a later sentence tells ("Russia launched missiles overnight. They hit
    energy infrastructure in Kharkiv") is an attack, not a test."""
    if not any(e.launch for e in events):
        return events
    force = any(e.code[:2] in FORCE_ROOTS and not e.launch and not e.negated for e in told)
    if not force:
        return events
    return tuple(replace(e, code=MISSILE_FORCE, launch=False) if e.launch else e for e in events)


MISSILE_FORCE = "194"  # fight with artillery and tanks, as a missile fired at a place is


def at_sea(frame: Frame) -> bool:
    """Whether what was fired went "into" the sea or ocean: a test, no attack on anyone
    (CODING.md §9)."""
    return any(word == "into" and obj.lemma_.lower() in SEA_WORDS for word, obj in frame.preps)


REDUCING_ROOT = "16"  # reduce relations: always between two states or bodies
HALT_TALKS = "164"  # ... but talks, also between a state's own rebels and its government
# Sectors of people who do not bear arms, and the forces of order they may clash with.
CIVIL_SECTORS = frozenset({"CVL", "LAB", "EDU", "OPP", "AGR", "REL", "MED", "HLH", "BUS", "REF"})
ORDER_FORCES = frozenset(
    {"police", "policeman", "officer", "force", "troop", "soldier", "army", "gendarme", "guard"}
)


# Verbs of a show of force that answers an intruding force: "Japan scrambled fighter jets".
INTERCEPTING = frozenset({"scramble"})
# Marks of a clause that tells what a show of force answered: "after", "as", "when".
PROVOKED_MARKS = frozenset({"after", "as", "when"})


def provokers(frame: Frame, actors: ArticleActors) -> list[Mention]:
    """The doers of the act a show of force answered, told in a clause marked "after", "as" or
    "when" ("scrambled fighter jets after two Russian bombers flew near its airspace")."""
    return [
        a
        for clause in frame.children
        if clause.dep_ == "advcl"
        and any(c.dep_ == "mark" and c.lower_ in PROVOKED_MARKS for c in clause.children)
        for subject in clause.children
        if subject.dep_ == "nsubj"
        for a in actors.actors(subject)
    ]


def unarmed(sources: list[Mention]) -> bool:
    """Whether there are sources and all are people who bear no arms (CIVIL_SECTORS)."""
    return bool(sources) and all(s.code[3:6] in CIVIL_SECTORS for s in sources)


# Sectors of groups that campaign unarmed: non-governmental and environmental groups.
CAMPAIGN_SECTORS = frozenset({"NGO", "ENV"})


def activists(sources: list[Mention]) -> bool:
    """Whether there are sources and all are unarmed campaign groups ("Greenpeace activists",
    a state's NGO): their blockade of a ship or port is a protest (144), no military one."""
    return bool(sources) and all(
        s.code.startswith("NGO") or s.code[3:6] in CAMPAIGN_SECTORS for s in sources
    )


def civil_clash(frame: Frame, sources: list[Mention]) -> bool:
    """Unarmed people clashing with the police or troops ("workers clashed with riot police",
    "mourners clashed with security forces"): a riot (145), no armed fight."""
    if frame.token.lemma_.lower() != "clash" or not unarmed(sources):
        return False
    return any(w == "with" and o.lemma_.lower() in ORDER_FORCES for w, o in frame.preps)


INVESTIGATE = "090"
# The phrases of an investigation that say what it looks into.
INQUIRY_PREPS = frozenset({"into", "over", "of", "for", "on", "about"})


def inquiry_kinds(verbs: Mapping[str, tuple[Pattern, ...]]) -> dict[str, str]:
    """What is investigated → the kind of investigation (091 crime, 092 rights abuses, 093
    military action, 094 war crimes), read from the lexicon's "investigate =…" rows."""
    kinds: dict[str, str] = {}
    for pattern in verbs.get("investigate", ()):
        if pattern.code != INVESTIGATE and pattern.code.startswith("09"):
            for word in pattern.objects:
                kinds.setdefault(word, pattern.code)
    return kinds


def inquiry_code(frame: Frame, kinds: Mapping[str, str]) -> str | None:
    """The kind of an investigation by what it looks into, named in its object or its
    "into"/"over" phrase ("investigating a former minister over alleged bribery": 091)."""
    roots = [frame.obj] if frame.obj is not None else []
    roots += [obj for word, obj in frame.preps if word in INQUIRY_PREPS]
    for root in roots:
        for word in root.subtree:
            if war_crime(word):
                return WAR_CRIMES
            kind = kinds.get(word.lemma_.lower())
            if kind is not None:
                return kind
    return None


WAR_CRIMES = "094"


def war_crime(word: Token) -> bool:
    """ "war crimes" and "crimes against humanity": not the common crime 091 its head says."""
    if word.lemma_.lower() != "crime":
        return False
    if any(c.lower_ == "war" for c in word.children if c.dep_ in ("compound", "amod", "nmod")):
        return True
    return any(
        c.lower_ == "against" and any(o.lower_ == "humanity" for o in c.children)
        for c in word.children
        if c.dep_ == "prep"
    )


# What an appeal (02), pledge (03), demand (10) or rejection (12) is about, as the digits after
# the appeal root ("56" in 0256): appeals, pledges and demands share them; a rejection's
# own numbering differs (REJECTED_KIND).
CONTENT_FAMILIES = frozenset({"02", "03", "10", "12"})
# What is taken back when one withdraws words or rules, not forces: "withdraw his remarks".
RETRACTABLE = frozenset(
    {"remark", "comment", "statement", "claim", "accusation", "allegation", "word", "apology"}
    | {"order", "decree", "decision", "directive", "ban", "ruling", "measure", "regulation"}
    | {"bill", "law", "amendment", "proposal", "plan", "reform", "policy", "tax", "resolution"}
    | {"candidacy", "candidature", "nomination", "complaint", "lawsuit", "suit", "charge"}
    | {"ultimatum", "threat", "condition", "demand", "objection", "veto", "license", "licence"}
)
SHARED_KIND_FAMILIES = CONTENT_FAMILIES - {"12"}  # whose digits after the root are the same
# Nouns that say it ("agree to a truce", "return to the table"), narrowed by their modifiers;
# some count only with a modifier that says it (noun_kind: "the negotiating table", "medical
# supplies", "air defence systems", "a peace deal").
ASKED_NOUNS = {
    **dict.fromkeys(("ceasefire", "truce", "armistice", "cessation", "de-escalation"), "56"),
    **dict.fromkeys(("withdrawal", "pullout", "restraint", "demilitarisation"), "56"),
    **dict.fromkeys(("demilitarization", "disarmament"), "56"),
    **dict.fromkeys(("talk", "negotiation", "dialogue", "meeting", "summit"), "6"),
    **dict.fromkeys(("table",), "6"),  # "the negotiating table": read with its modifier
    **dict.fromkeys(("settlement", "solution"), "7"),
    **dict.fromkeys(("agreement", "deal", "accord", "pact", "plan"), "7"),  # of peace only
    **dict.fromkeys(("mediation", "mediator"), "8"),
    **dict.fromkeys(("aid", "assistance", "help", "supply", "support"), "3"),
    **dict.fromkeys(("system", "drone", "aircraft"), "32"),  # of arms only: see noun_kind
    **dict.fromkeys(("weapon", "arm", "ammunition", "munition", "missile", "tank"), "32"),
    **dict.fromkeys(("fighter", "jet", "artillery", "shell"), "32"),
    **dict.fromkeys(("food", "medicine", "relief", "shelter"), "33"),
    **dict.fromkeys(("funding", "fund", "loan", "money", "credit", "financing"), "31"),
    **dict.fromkeys(("peacekeeper", "peacekeeping", "protection"), "34"),
    **dict.fromkeys(("cooperation", "collaboration"), "1"),
    **dict.fromkeys(("trade", "investment"), "11"),
    **dict.fromkeys(("extradition",), "13"),
    **dict.fromkeys(("intelligence",), "14"),
    **dict.fromkeys(("reform", "reforms", "election", "referendum"), "4"),  # as demand rows
    **dict.fromkeys(("resignation",), "41"),
    **dict.fromkeys(("right", "freedom", "liberty"), "43"),
    **dict.fromkeys(("constitution",), "44"),
    **dict.fromkeys(("prisoner", "hostage", "detainee", "captive", "release"), "53"),
    **dict.fromkeys(("sanction", "embargo", "blockade"), "54"),
    **dict.fromkeys(("curfew", "emergency"), "51"),
    **dict.fromkeys(("crackdown",), "52"),
    **dict.fromkeys(("inspector", "monitor", "observer"), "55"),
}  # fmt: skip
# What one asks to end, not to get: a call "for sanctions" wants them imposed. These kinds only
# make a yielding verb precise ("lift the sanctions" 54), never stand alone.
ENDED_KINDS = frozenset({"51", "52", "54"})
NOT_ASKED = ENDED_KINDS | {None}  # what a "for" phrase cannot be asking for
# Modifiers that narrow aid and cooperation ("military aid" 32, "trade cooperation" 11).
ASKED_MODIFIERS = {
    "3": {
        **dict.fromkeys(("military", "defence", "defense", "security", "lethal"), "32"),
        **dict.fromkeys(("humanitarian", "food", "medical", "relief", "emergency"), "33"),
        **dict.fromkeys(("financial", "economic", "budget", "development"), "31"),
    },
    "1": {
        **dict.fromkeys(("military", "defence", "defense", "security"), "12"),
        **dict.fromkeys(("economic", "trade", "energy", "commercial", "investment"), "11"),
        **dict.fromkeys(("judicial", "legal", "police", "law"), "13"),
        **dict.fromkeys(("intelligence",), "14"),
    },
    "33": {"debt": "31"},  # "debt relief" is money, not humanitarian relief
}  # fmt: skip
# Forces asked for or pledged that keep the peace only as "peacekeeping troops" say.
PEACEKEEPING_KIND = "34"
PEACEKEEPING_FORCES = frozenset({"troop", "troops", "soldier", "force", "mission", "unit"})
ARMS_MODIFIERS = frozenset({"defence", "defense", "missile", "weapon", "rocket", "artillery"})
# Verbs whose own sense adds nothing to what is asked or pledged: their object says it
# ("agree to a truce", "approve more aid", "return to the negotiating table").
LIGHT_CONTENT_VERBS = frozenset(
    {"agree", "accept", "approve", "return", "hold", "begin", "start", "open", "enter"}
    | {"come", "sit", "join", "deliver", "grant", "supply", "increase", "boost", "deepen"}
    | {"expand", "strengthen", "step", "enhance", "implement", "respect", "observe", "honour"}
    | {"honor", "declare", "reach", "seek", "pursue", "find", "take", "engage", "restore"}
    | {"extend", "commit", "broaden", "intensify", "allow", "permit", "welcome"}
    | {"organise", "organize", "conduct"}  # "organise a referendum"
    | {"act"}  # "urged China to act with restraint": the restraint
)
# Verbs whose own complement says what is meant ("try to reach a truce"); not "help": who
# helps end a war gives aid or mediates, and does not give way.
CONTENT_CARRIERS = frozenset({"try", "seek", "work", "move", "strive", "attempt"})
# An appeal's digits → a rejection's (121 material cooperation, 122 aid, 123 reform, 124
# giving way, 125 talks, 126 mediation, offered (9, "an offer to mediate") or asked for, 127 a
# settlement); diplomatic cooperation has none.
REJECTED_KIND = {"1": "1", "3": "2", "4": "3", "5": "4", "6": "5", "8": "6", "9": "6", "7": "7"}


def content_verb_kinds(verbs: Mapping[str, tuple[Pattern, ...]]) -> dict[str, str]:
    """Complement verb → what an appeal asking it is about ("release" → "53"), read from the
    lexicon's own "urge ^…" rows."""
    kinds: dict[str, str] = {}
    for pattern in verbs.get("urge", ()):
        if pattern.code.startswith("02") and pattern.code != "020":
            for word in pattern.complements:
                kinds.setdefault(word, pattern.code[2:])
    return kinds


def noun_kind(noun: Token) -> str | None:
    """What a noun names as asked for or pledged (ASKED_NOUNS), narrowed by its modifiers
    ("humanitarian aid" 33, "defence cooperation" 12)."""
    lemma = noun.lemma_.lower()
    kind = ASKED_NOUNS.get(lemma) or ASKED_NOUNS.get(noun.lower_)
    if kind is None and lemma in PEACEKEEPING_FORCES:
        return PEACEKEEPING_KIND if any(c.lower_ in PEACEKEEPING for c in noun.children) else None
    if kind is None:
        return None
    narrower = ASKED_MODIFIERS.get(kind, {})
    modifiers = [c for c in noun.children if c.dep_ in ("amod", "compound")]
    if lemma == "table" and not any(m.lemma_.lower() == "negotiate" for m in modifiers):
        return None  # "the negotiating table", not any table
    if lemma in ("supply", "support") and not any(m.lemma_.lower() in narrower for m in modifiers):
        return None  # "medical supplies" are aid; "the supply of gas", "support for" are not
    if lemma == "system" and not any(m.lemma_.lower() in ARMS_MODIFIERS for m in modifiers):
        return None  # "air defence systems", not "the justice system"
    if (
        kind == "7"
        and lemma not in ("settlement", "solution")
        and not any(m.lemma_.lower() == "peace" for m in modifiers)
    ):
        return None  # "a peace deal" settles a dispute; "a trade deal" does not
    if narrower:
        for modifier in modifiers:
            found = narrower.get(modifier.lemma_.lower())
            if found is not None:
                return found
    return kind


def clause_kind(
    verb: Token,
    kinds: Mapping[str, str],
    act_kind: Callable[[Token], str | None],
    depth: int = 0,
) -> str | None:
    """What an asked, pledged or refused clause is about: its object's when the verb is light
    ("agree to a truce" → 56); else the act the clause would be coded as (``act_kind``: "hand
    over the suspects" 063 → 13), made precise by an object of its kind; else its verb's kind
    (``kinds``: "release" → 53), made precise by its object's of the same kind ("lift the
    sanctions" → 54, "change the constitution" → 44, not a policy's 42); through a verb of
    trying ("try to reach a truce")."""
    if verb.lemma_.lower() in CONTENT_CARRIERS and depth < 2:
        for child in verb.children:
            if child.dep_ == "xcomp":
                inner = clause_kind(child, kinds, act_kind, depth + 1)
                if inner is not None:
                    return inner
    nouns = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    nouns += [o for c in verb.children if c.dep_ == "prep" for o in c.children if o.dep_ == "pobj"]
    found = [k for k in map(noun_kind, nouns) if k is not None]
    asked = [k for k in found if k not in ENDED_KINDS]
    if asked and verb.lemma_.lower() in LIGHT_CONTENT_VERBS:
        return asked[0]  # "approve more aid": the aid, not an approval
    acted = act_kind(verb)
    if acted is not None:
        return next((k for k in found if k.startswith(acted) and k != acted), acted)
    own = kinds.get(verb.lemma_.lower())
    for kind in found:
        if own is not None and kind[0] == own[0] and kind != own:
            return kind  # "lift the sanctions" 54; "change the constitution" 44, not 42
    return own


def asked_for(frame: Frame) -> list[Token]:
    """The nouns of an appeal's or demand's "for" phrase, also where the parse hangs it on
    the one appealed to ("appealed to ECOWAS for financial support")."""
    found = [o for w, o in frame.preps if w == "for"]
    for word, addressee in frame.preps:
        if word in ("to", "on", "upon", "with"):
            found += [
                o
                for p in addressee.children
                if p.dep_ == "prep" and p.lower_ == "for"
                for o in p.children
                if o.dep_ == "pobj"
            ]
    return found


def content_code(
    code: str,
    frame: Frame,
    kinds: Mapping[str, str],
    act_kind: Callable[[Token], str | None],
    known: Ontology,
    complements: frozenset[str] = frozenset(),
) -> str:
    """An appeal, pledge, demand or rejection made as specific as what it is about says:
    "urged X to agree to a truce" 0256, "agreed to expand military cooperation" 0312,
    "rejected a request for talks" 125. A general code (020, 030, 100, 120) takes any; a
    three-digit one is only made precise ("urged X to send weapons": 023 → 0232); the
    lexicon's four-digit codes stay, unless one was read from a complement verb's word alone
    (``complements``, the pattern's) and the asked act is itself coded as one of another kind:
    "demanded that Ruto withdraw the finance bill" asks a change of policy (1042, as
    withdrawing a bill is 0832), not a pull-back of forces (1056)."""
    root = code[:2]
    if root not in CONTENT_FAMILIES:
        return code
    general = code[2:3] == "0"  # 020, 030, 100, 120: whatever it is about narrows it
    # a three-digit kind read from the complement verb alone yields too: "demanded that Canada
    # provide evidence" asks for information (1014), not aid (103)
    if (len(code) == 4 or not general) and root in SHARED_KIND_FAMILIES:
        for child in frame.children:
            asked = child.dep_ in ("xcomp", "ccomp") and child.lemma_.lower() in complements
            acted = act_kind(child) if asked else None
            if acted is not None and len(acted) == 2 and root + acted in known:
                return root + acted
    if len(code) == 4 and any(
        o.dep_ in OBJECT_DEPS and o.lemma_.lower() in RETRACTABLE
        for child in frame.children
        if child.dep_ in ("xcomp", "ccomp") and child.lemma_.lower() in complements
        for o in child.children
    ):
        # "urged the minister to withdraw his remarks", "refused to withdraw the evacuation
        # order": words or rules taken back yield, not forces pulled back (0256, 1246)
        return code[:3]
    kind = None
    for child in frame.children:
        if child.dep_ in ("xcomp", "ccomp") or (
            # "pleaded with Congress to approve aid", parsed as a purpose: read only when the
            # act says nothing of its own ("agreed to a truce to allow the release of …")
            general
            and child.dep_ == "advcl"
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children)
        ):
            kind = clause_kind(child, kinds, act_kind)
            if kind is not None:
                break
    if kind is None and root in ("02", "10"):  # "asked NATO for more air defence systems"
        kind = next((k for k in map(noun_kind, asked_for(frame)) if k not in NOT_ASKED), None)
    if kind is None and general and root == "02" and frame.obj is not None:
        # "sought more air defence systems from the EU": the object is what is asked for
        found = noun_kind(frame.obj)
        kind = found if found not in NOT_ASKED else None
    if kind is None and frame.obj is not None and frame.obj.lemma_.lower() in CONTENT_NOUNS:
        for child in frame.obj.children:  # "a request for talks", "demands to free …"
            if child.dep_ in ("acl", "relcl"):
                kind = clause_kind(child, kinds, act_kind)
            elif child.dep_ == "prep" and child.lower_ in ("for", "of"):  # "offer of talks"
                kind = next(
                    (k for o in child.children if (k := noun_kind(o)) not in NOT_ASKED), None
                )
            if kind is not None:
                break
    if kind is None:
        return code
    if root == "12":
        first = REJECTED_KIND.get(kind[0])
        if first is None:
            return code
        kind = first + kind[1:]
    elif root == "03" and kind == "8":  # offering to mediate (039), or accepting it (038)
        offered = any(word.lemma_.lower() == "mediate" for word in frame.token.subtree)
        kind = "9" if offered else "8"
    wanted = root + kind if root + kind in known else root + kind[0]
    if wanted in known and (general or (len(code) == 3 and wanted.startswith(code))):
        return wanted
    return code


# Aid cut takes its kind only from a word that names it on aid ("froze military aid" 1622,
# "economic assistance" 1621), not from money alone ("cut funding" may be of any kind) nor
# from "development" aid, which our gold codes 162 (rb033).
AID_CUT = "162"
OPEN_CUT_AID = frozenset({"development"})
# Aid of no kind, and money given; the same pledged; aid cut: the digit after the root says
# which.
AID_KINDS = {"070": "07", "071": "07", "033": "033", "0331": "033", AID_CUT: AID_CUT}


def aid_code(code: str, frame: Frame) -> str:
    """Aid of no kind, or money, given, pledged or cut, as its object or its "in"/"of"/"with"
    phrase names it: "sent medical supplies" 073, "provided $65 million in emergency aid" 073,
    "pledged $500 million in humanitarian aid" 0333, "in military aid" 072, "froze military
    aid to Niger" 1622, "suspended economic assistance" 1621 (``AID_CUT``)."""
    root = AID_KINDS.get(code)
    if root is None:
        return code
    nouns = [frame.obj] if frame.obj is not None else []
    nouns += [obj for word, obj in frame.preps if word in ("in", "of", "with")]
    nouns += [
        o for n in list(nouns) for p in n.children if p.lower_ in ("in", "of") for o in p.children
    ]
    for noun in nouns:
        if code == AID_CUT and (
            ASKED_NOUNS.get(noun.lemma_.lower()) != "3"
            or any(c.lemma_.lower() in OPEN_CUT_AID for c in noun.children)
        ):
            continue
        kind = noun_kind(noun)
        if kind is not None and len(kind) == 2 and kind[0] == "3":
            return root + kind[1]
    return code


ACCUSE = "112"
# What one is accused of, by the words that name it (CAMEO 1121–1125).
ACCUSED_WORDS = MappingProxyType(
    {
        word: kind
        for kind, words in (
            ("1121", "corruption bribery fraud graft embezzlement embezzle nepotism laundering"),
            ("1121", "smuggling trafficking theft extortion racketeering"),
            ("1122", "torture torturing abuse abusing brutality repression persecution"),
            ("1122", "persecuting mistreatment disappearance"),
            ("1123", "aggression provocation incursion invasion"),
            ("1124", "genocide atrocity massacre cleansing"),
            ("1125", "espionage spying spy treason sedition subversion"),
        )
        for word in words.split()
    }
)
MEANS_OF_FORCE = frozenset({"191", "192", "193", "194", "195"})
# Rights whose violation is a rights abuse; crimes that are war crimes.
RIGHTS_WORDS = frozenset({"right", "rights", "human"})
WAR_WORDS = frozenset({"war", "humanity"})
OFFICE_WORDS = frozenset({"power", "office", "authority", "position", "fund", "funds"})


def accused_code(frame: Frame, act_code: Callable[[Token], str | None]) -> str | None:
    """What a plain accusation is of, from its "of" or "for" phrase (CAMEO 1121–1125):
    "accused the minister of corruption" 1121, "of torturing detainees" 1122, "of shelling the
    plant" 1123 (an act of force, as the lexicon codes the gerund), "of war crimes" 1124, "of
    spying for Israel" 1125. None when the phrase names none of these."""
    for word, obj in frame.preps:
        if word not in ("of", "for"):
            continue
        for noun in (obj, *obj.conjuncts):
            lemma = noun.lemma_.lower()
            kind = ACCUSED_WORDS.get(lemma) or ACCUSED_WORDS.get(noun.lower_)
            modifiers = {c.lemma_.lower() for c in noun.subtree if c.i != noun.i}
            if lemma == "abuse" and not OFFICE_WORDS.isdisjoint(modifiers):
                kind = "1121"  # "abuse of power", "of office": a crime of office
            elif lemma in ("crime", "crimes") and not WAR_WORDS.isdisjoint(modifiers):
                kind = "1124"  # "war crimes", "crimes against humanity"
            elif lemma in ("violation", "abuse") and not RIGHTS_WORDS.isdisjoint(modifiers):
                kind = "1122"  # "human rights violations"
            if kind is None and noun.tag_ == "VBG":
                kind = gerund_accused(noun, act_code)
            if kind is not None:
                return kind
    return None


def gerund_accused(verb: Token, act_code: Callable[[Token], str | None]) -> str | None:
    """What an accusation's gerund is of: its object's words ("of committing genocide" 1124),
    else the act the lexicon codes it as: a named means of force (191–195: "of shelling the
    plant" 194) is aggression, 1123, and mass violence (20x) a war crime, 1124. A plain killing
    or attack, or a broken ceasefire, says neither."""
    for obj in verb.children:
        if obj.dep_ in OBJECT_DEPS:
            kind = ACCUSED_WORDS.get(obj.lemma_.lower())
            if kind is not None:
                return kind
    code = act_code(verb)
    if code is None:
        return None
    if code[:3] in MEANS_OF_FORCE:
        return "1123"
    return "1124" if code[:2] == "20" else None


THREAT, FORCE_THREAT = "130", "138"
# Words that make what a threat or warning says a use of force ("would strike the group",
# "vowed to retaliate", "would risk a nuclear conflict").
FORCE_DEEDS = frozenset(
    {"strike", "attack", "bomb", "shell", "invade", "invasion", "crush", "war", "nuclear"}
    | {"military", "troop", "missile", "annihilate", "obliterate", "destroy", "shoot"}
    | {"airstrike", "offensive"}
)
# Paying back is force too unless what is paid back was no force (``paid_in_kind``).
FORCE_CONTENT = FORCE_DEEDS | {"retaliate", "retaliation"}


# Nouns of force a verb of using or resorting to makes a use of force: "would use force",
# "would resort to military force".
FORCE_USED = frozenset({"force", "violence"})
USING_VERBS = frozenset({"use", "resort", "employ"})


def force_threatened(frame: Frame, words: frozenset[str] = FORCE_CONTENT) -> bool:
    """Whether the complement of a threat or warning tells a use of force: any of its words
    is one of ``words``, or is force used ("warned that it would use force"), unless that
    verb of force is denied ("warned Kosovo it would not attack", "would not use force")."""
    return any(
        (word.lemma_.lower() in words and not negated_verb(word)) or force_used(word)
        for child in frame.children
        if child.dep_ in ("ccomp", "xcomp")
        for word in child.subtree
    )


def negated_verb(word: Token) -> bool:
    """Whether a word is a verb with its own negation ("would not attack"); "would not
    hesitate to strike" negates only the hesitating."""
    return word.pos_ == "VERB" and any(c.dep_ == "neg" for c in word.children)


def force_used(word: Token) -> bool:
    """Whether a word is force named as used ("use force", "resort to force"), and the using
    is not denied."""
    if word.pos_ != "NOUN" or word.lemma_.lower() not in FORCE_USED:
        return False
    verb = word.head.head if word.dep_ == "pobj" else word.head
    return (
        word.dep_ in ("dobj", "pobj")
        and verb.lemma_.lower() in USING_VERBS
        and not negated_verb(verb)
        and not told_as_happening(verb)
    )


# Auxiliaries of force told as done or going on, which no warning threatens: "warned that
# Israel was using excessive force", "had used force against protesters".
DONE_AUX = frozenset({"had", "has", "have", "was", "were", "is", "are", "'s", "'d"})


def told_as_happening(verb: Token) -> bool:
    """Whether a verb is told as done or under way ("had used", "was using") rather than
    as what would be done."""
    auxes = [c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if verb.tag_ == "VBD" and not auxes:
        return True  # "warned that Israel used force"
    return verb.tag_ in ("VBD", "VBG", "VBN") and any(a in DONE_AUX for a in auxes)


AIR_STRIKE, LABOUR_STRIKE = "195", "143"


EASE_DISSENT, DE_ESCALATE = "082", "087"


# Verbs of what others say of a thing: "a law that critics say mirrors Russia's".
SAID_OF = SAYING | {"claim", "call", "describe", "consider", "allege", "fear", "warn"}


def said_of(token: Token, top: Token) -> bool:
    """Whether a word is inside a relative clause below ``top`` that tells what someone says of
    it ("a law that critics say mirrors Russian legislation")."""
    while token.i != top.i:
        if token.dep_ == "relcl" and token.lemma_.lower() in SAID_OF:
            return True
        token = token.head
    return False


def suffered(token: Token, top: Token) -> bool:
    """Whether a word is what a relative clause below ``top`` says its noun did to someone:
    "demanding accountability for the collapse of the canopy [that killed 16 people]" aims at
    no victim. A clause with a subject of its own still names a party ("for the killings that
    the army carried out")."""
    while token.i != top.i:
        if token.dep_ == "relcl":
            return any(c.dep_ in SUBJECT_DEPS and c.lower_ in RELATIVES for c in token.children)
        token = token.head
    return False


# Nouns of rules whose "on" phrase says whom or what they regulate, not who made them.
RULE_NOUNS = frozenset(
    {"law", "bill", "legislation", "amendment", "decree", "regulation", "rule", "ban"}
)
# Rules made by a legislature or decree, whose "on" phrase is their topic even when the parser
# hangs it on the verb ("vetoed a bill on the judiciary"); not a ban, whose "on" phrase names
# whom it is imposed on ("imposed a ban on Russian ships").
LEGISLATION = RULE_NOUNS - {"ban", "rule"}
# Prepositions of what a rule regulates: "a law on foreign agents".
TOPIC_PREPS = frozenset({"on", "about", "regarding", "concerning", "targeting"})


def legislation_topic(frame: Frame, word: str) -> bool:
    """Whether a verb's preposition, on a verb whose object is a law or bill, tells what that
    law regulates: the parser hangs "on the judiciary" on "vetoed" in "vetoed a bill on the
    judiciary", which is aimed at no judge."""
    return word in TOPIC_PREPS and frame.obj is not None and frame.obj.lemma_.lower() in LEGISLATION


def rule_topic(token: Token, top: Token, rules: frozenset[str] = RULE_NOUNS) -> bool:
    """Whether a word is inside what a rule below ``top`` regulates ("against a law on foreign
    agents": the agents are no aim of the protest, which falls to the state of the place);
    ``rules`` the nouns of rules read (LEGISLATION: "a bill on foreign agents", not a ban)."""
    while token.i != top.i:
        prep = token.head
        if (
            token.dep_ == "pobj"
            and prep.lower_ in TOPIC_PREPS
            and prep.head.lemma_.lower() in rules
        ):
            return True
        token = prep
    return False


def state_voice(mention: Mention) -> bool:
    """Whether an actor speaks for a state: the state named, a capital or its government; not
    its people named by a demonym ("Kenyans protested")."""
    if mention.code[3:6] == "GOV":
        return True
    return len(mention.code) == 3 and not mention.how.startswith("dictionary:demonym")


def struck(frame: Frame) -> bool:
    """Whether an act's object is strikes, which those who bear arms stop as fighting."""
    return frame.obj is not None and frame.obj.lemma_.lower() == "strike"


def labour_strike(frame: Frame, sources: list[Mention]) -> bool:
    """A strike launched or called by people who bear no arms (workers, unions, students,
    traders): a stoppage of work, not an attack from the air."""
    return frame.obj is not None and frame.obj.lemma_.lower() == "strike" and unarmed(sources)


def peacekeepers(mention: Mention, doc: Doc | None = None) -> bool:
    """A peacekeeping force: its words say so (in ``doc``, also its head's whole phrase: "the
    initial dispatch of AU peacekeeping units"), or its code is a peacekeeping mission's."""
    words = f"{mention.sector_word or ''} {mention.text}".lower()
    if doc is not None and mention.sector_word is None and not mention.person:
        # not "the minister responsible for peacekeeping operations", "the commander of the
        # UN peacekeeping mission": an official visits
        words += " " + " ".join(t.lower_ for t in doc[mention.head].subtree)
    return "peacekeep" in words or mention.code.endswith("PKO")


def protest_aim(frame: Frame, actors: ArticleActors, sources: list[Mention]) -> list[Mention]:
    """The party a protest with no syntactic target is aimed at, named in its purpose: "held
    marches to demand changes from President Mugabe's cabinet", "a rally calling for
    the removal of President Mubarak", "a sit-in in protest of the cabinet's decision",
    "in defiance of the military junta". For a protest noun that is a verb's object
    ("began a hunger strike to protest …"), the verb's purpose clause counts too."""
    token = frame.token
    anchors = [token]
    if token.pos_ == "NOUN" and token.dep_ in ("dobj", "obj") and token.head.pos_ == "VERB":
        anchors.append(token.head)
    elif token.dep_ == "pobj" and token.head.head.pos_ == "VERB":
        anchors.append(token.head.head)  # "went on hunger strike in protest at …"
    own = {s.code for s in sources}
    for anchor in anchors:
        for child in anchor.children:
            if child.dep_ == "prep" and child.lower_ in AIM_PREPS:
                roots = [o for _, o in prep_objects(child)]
            elif child.dep_ == "prep" and child.lower_ == "in":
                roots = [o for _, o in prep_objects(child) if o.lemma_.lower() in AIM_NOUNS]
            elif child.dep_ in AIM_DEPS:
                roots = [child]
            else:
                continue
            phrase = child.dep_ == "prep"  # not what a relative clause inside it says of it:
            # "against a law that critics say mirrors Russia's" ("that the court restored" is)
            words = (
                t
                for r in roots
                for t in r.subtree
                if not (phrase and (said_of(t, r) or rule_topic(t, r))) and not suffered(t, r)
            )
            for word in sorted(words, key=lambda t: t.i):
                if word.dep_ in SKIPPED_DEPS or word.i == token.i:
                    continue
                found = others(actors, word, own)
                if found:
                    return found
    return []


PROTECTION = "074"  # provide military protection or peacekeeping
# Purposes that make troops sent a protection: "sent troops to Mozambique to help fight
# insurgents", "to help defend Estonia", "to bolster its defences".
PROTECTING = frozenset({"help", "defend", "protect", "guard", "assist", "support", "bolster"})
# Words that make forces sent a protection force: "peacekeeping troops".
PEACEKEEPING = frozenset({"peacekeeping", "peace-keeping", "stabilisation", "stabilization"})


POLICING = "153"  # mobilize or increase police power


def sent_abroad(event: Candidate) -> bool:
    """Whether an event's target is a state (or its forces or people) other than its source's."""
    target = event.target
    if target is None or not protected(target):
        return False
    home, there = country_part(event.source.code), country_part(target.code)
    return home is not None and there is not None and home != there


MOBILISE = "154"  # (MILITARY_AID, 072, is defined with the other aid codes)
# Arms that a deployment row and a military-aid row both name: which one is meant is told by
# where they go.
MATERIEL = frozenset({"tank", "jet", "missile", "weapon", "rocket", "drone", "artillery"})
# Verbs whose object is the weapon used, not its target.
LAUNCHING = frozenset({"launch", "fire", "use", "drop", "hurl", "lob", "deploy", "unleash"})


def materiel_delivered(frame: Frame, code: str, made: list[Candidate]) -> bool:
    """Whether a mobilisation (154) moves arms, not troops, to the state its "to" phrase itself
    names, another than its sender's: military aid. "sent tanks to the border with Ukraine"
    and "sent tanks to Crimea" (a place, not a party) stay mobilisations."""
    if code != MOBILISE or not made or frame.obj is None:
        return False
    if not object_lemmas(frame.obj, True) & MATERIEL:
        return False
    destinations = {obj.i for word, obj in frame.preps if word == "to"}
    return all(
        sent_abroad(c) and c.target is not None and c.target.head in destinations for c in made
    )


def protected(party: Mention) -> bool:
    """A party troops can be sent to protect: a state, its forces or its people, not an armed
    group."""
    return not party.code.startswith("IMG") and party.code[3:6] not in ARMED_GROUP_SECTORS


def protective(frame: Frame, code: str) -> str:
    """Military protection (074) for troops sent or deployed (15x) as peacekeepers or with a
    protecting purpose; otherwise the code as it is."""
    if code[:2] != "15":
        return code
    obj = frame.obj
    if obj is not None and any(
        c.dep_ in ("compound", "amod") and c.lemma_.lower() in PEACEKEEPING for c in obj.children
    ):
        return PROTECTION  # "sent peacekeeping troops to Lebanon"
    # the purpose hung on the verb, or on the forces ("2,000 troops to bolster its flank")
    purposes = (*frame.children, *(obj.children if obj is not None else ()))
    for child in purposes:
        if (
            child.lemma_.lower() in PROTECTING
            and child.dep_ in ("advcl", "xcomp", "acl")
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children)
        ):
            return PROTECTION
    return code


def purpose_party(
    frame: Frame,
    actors: ArticleActors,
    sources: list[Mention],
    verbs: frozenset[str] | None = None,
) -> list[Mention]:
    """The object of a to-purpose clause on the verb ("fired to disperse the protesters"), or
    of the verb "help" governs ("to help defend Kuwait"); with ``verbs``, only a purpose of
    one of those verbs counts ("sent arms to help Kuwait", not "sent arms to fight the
    rebels")."""
    own = {s.code for s in sources}
    for child in frame.children:
        if child.dep_ not in ("advcl", "xcomp") or not any(
            c.dep_ == "aux" and c.lower_ == "to" for c in child.children
        ):
            continue
        if verbs is not None and child.lemma_.lower() not in verbs:
            continue
        inner = build_frame(child)
        candidates = [inner.obj, *(o for w, o in inner.preps if w in PARTY_PREPS)]
        if child.lemma_.lower() in HELPING:
            # "to help Hezbollah fight Israel": whom one helps, not whom they fight
            for clause in (c for c in inner.children if c.dep_ in ("xcomp", "ccomp")):
                doer = next((c for c in clause.children if c.dep_ in SUBJECT_DEPS), None)
                if doer is not None:
                    candidates.append(doer)
                elif verbs is None or clause.lemma_.lower() in verbs:
                    # "to help defend Kuwait"; not "to help fight the Islamic State"
                    candidates.append(build_frame(clause).obj)
        for candidate in candidates:
            found = others(actors, candidate, own)
            if found:
                return found
    return []


MOVING_PREPS = frozenset({"from", "to", "into", "in", "out"})
# Verbs that tell an event noun took place: "talks … resumed", "the meeting ended".
HAPPENING = frozenset(
    {"resume", "begin", "start", "open", "continue", "end", "conclude", "close", "wrap"}
    | {"take", "produce", "yield", "focus", "last", "run", "center", "centre"}
)


def held(verb: Token) -> bool:
    """Whether the verb an event noun is the subject of says it took place, as a fact (also
    when reported: "talks resumed, officials said"): not "broke down", "are due to resume",
    "will resume", "could resume"."""
    if verb.lemma_.lower() not in HAPPENING or verb.dep_ in ("xcomp", "advcl"):
        return False
    if verb.dep_ == "ccomp" and verb.head.lemma_.lower() not in REPORTING:
        return False  # "talks resumed, officials said" is told as fact (CODING.md §4)
    return not any(c.dep_ == "aux" and c.lower_ in INTENT_AUX | POSSIBILITY for c in verb.children)


# Participles of who stands behind a plan or deal: "a U.S.-backed plan", "a proposal put
# forward by Egypt", "a deal brokered by China".
BACKING = frozenset(
    {"back", "sponsor", "propose", "put", "draft", "broker", "mediate", "table", "submit"}
    | {"author", "present", "support", "endorse", "lead", "craft"}
)


# The participles of absolute phrases of who mediates ("held talks, with Oman mediating"); the
# verbs (MEDIATING) are in actors.py.
MEDIATING_WORDS = frozenset({"mediating", "brokering", "facilitating", "hosting", "arbitrating"})
# The roots of acts between parties that a third may mediate: intents, consultations,
# diplomatic and material cooperation, aid and yielding (a ceasefire, a prisoner swap).
MEDIATED_ROOTS = frozenset({"03", "04", "05", "06", "07", "08"})
# Phrases of an act that name the talks or deal a third party mediated: "in a swap brokered by
# the UAE", "met in Berlin for talks mediated by Germany".
MEDIATED_PREPS = ("in", "to", "under", "for")


def backers(noun: Token, actors: ArticleActors, lemmas: frozenset[str] = BACKING) -> list[Mention]:
    """Who backs, proposes or brokers what a noun names, by its participle (one of
    ``lemmas``)."""
    found: dict[str, Mention] = {}
    for _, mention in backing(noun, actors, lemmas):
        found.setdefault(mention.code, mention)
    return list(found.values())


def participle_lemmas(word: Token) -> frozenset[str]:
    """The lemma of a participle; of one the tokenizer keeps with a name before its hyphen,
    the two lemmas its "-ed" may stand for ("U.S.-brokered": "broker", "EU-endorsed":
    "endorse")."""
    prefix, hyphen, rest = word.lower_.rpartition("-")
    if not hyphen or not prefix or not rest.endswith("ed"):
        return frozenset({word.lemma_.lower()})
    return frozenset({rest[:-1], rest[:-2]})


def backing(
    noun: Token, actors: ArticleActors, lemmas: frozenset[str]
) -> list[tuple[Token, Mention]]:
    """(participle, actor) pairs of a noun's participles among ``lemmas``: "U.S.-backed"
    (the name before the hyphen), "put forward by Egypt and Qatar" (the agent and its
    conjuncts)."""
    found: list[tuple[Token, Mention]] = []
    for participle in noun.children:
        if participle.dep_ not in ("amod", "acl") or not participle_lemmas(participle) & lemmas:
            continue
        joined = actors.hyphen_prefix(participle)
        if joined is not None:
            found.append((participle, joined))
        for child in participle.children:
            names: list[Token] = []
            if child.dep_ in ("npadvmod", "compound", "nmod") and child.i < participle.i:
                names = [child]
            elif child.dep_ == "agent":
                names = [o for _, o in prep_objects(child)]
                names += [c for n in names for c in n.conjuncts]
            found += [(participle, m) for name in names for m in actors.actors(name)]
    return found


def mediations(frame: Frame, made: Sequence[Candidate], actors: ArticleActors) -> list[Candidate]:
    """The mediator of an act between parties, each party once (CAMEO 045, as "Qatar mediated
    talks between Israel and Hamas" is): by a participle of the act's noun ("a U.S.-brokered
    peace deal", "a truce mediated by the African Union", "in a swap brokered by the UAE") or
    by an absolute "with" phrase ("held talks, with Oman mediating")."""
    if not made or any(c.negated for c in made):
        return []
    if any(c.code[:2] not in MEDIATED_ROOTS or c.target is None for c in made):
        return []  # "rejected a plan brokered by Egypt" is no act Egypt mediated
    token = frame.token
    nouns = [token] if token.pos_ == "NOUN" else []
    nouns += [frame.obj] if frame.obj is not None else []
    nouns += [o for word, o in frame.preps if word in MEDIATED_PREPS and o.pos_ == "NOUN"]
    verbs = [token, token.head] if token.pos_ == "NOUN" and token.dep_ in OBJECT_DEPS else [token]
    found = [pair for noun in nouns for pair in backing(noun, actors, MEDIATING)]
    found += [
        (prep, mediator)
        for word in {t.i: t for t in verbs + nouns}.values()
        for prep in word.children
        if prep.dep_ == "prep"
        for name in absolute_mediators(prep)
        for mediator in actors.actors(name)
    ]
    parties: dict[str, Mention] = {}
    for cand in made:
        for party in (cand.source, cand.target):
            if party is not None:
                parties.setdefault(party.code, party)
    out: dict[tuple[str, str], Candidate] = {}
    for word, mediator in found:
        if mediator.code in parties:
            continue  # "Russia welcomed the Turkish-brokered deal": Turkey is its party
        for code, party in parties.items():
            if code[:3] == mediator.code[:3] or (mediator.code, code) in out:
                continue
            out[(mediator.code, code)] = Candidate(
                source=mediator,
                target=party,
                code=MEDIATE,
                trigger_start=word.idx,
                trigger_end=word.idx + len(word.text),
                trigger_text=word.text,
                negated=False,
                rule=f"rule:mediator ({made[0].rule})",
                specificity=1,
            )
    return list(out.values())


# A line between two states: an act at one's own border is aimed across it.
BOUNDARIES = frozenset({"border", "frontier", "boundary"})


def across_border(
    frame: Frame, actors: ArticleActors, own: set[str], border: Token | None = None
) -> list[Mention]:
    """Whom a border the act happens at is shared with ("from its border with Azerbaijan",
    "near its frontier with Guyana"): the parser hangs "with" on the border noun or on the
    verb. ``border`` is the noun when known, else any border noun of the verb's phrases."""
    if border is not None:
        borders = [border]
    else:
        borders = [o for _, o in frame.preps if o.lemma_ in BOUNDARIES]
    if not borders:
        return []
    pairs = list(frame.preps)
    pairs += [p for b in borders for c in b.children if c.dep_ == "prep" for p in prep_objects(c)]
    hosts = {frame.token.i, *(b.i for b in borders)}
    return [
        a
        for word, obj in pairs
        if word == "with" and obj.head.head.i in hosts
        for a in actors.actors(obj)
        if a.code not in own
    ]


SIGN_AGREEMENT = "057"
# What a leader signs that acts by itself, whose participle is the act: "signed an executive
# order imposing tariffs", "a decree banning imports".
SIGNED_ORDERS = frozenset({"order", "decree", "proclamation", "directive", "edict"})
# Verbs that give an order or decree, whose subject does what it does ("signed / issued /
# announced / extended a decree expelling the U.S. diplomats", "rolled out an order"); one who
# contests, studies or ignores it does not.
ISSUING = frozenset(
    {"sign", "issue", "enact", "adopt", "promulgate", "approve", "decree", "announce", "unveil"}
    | {"extend", "renew", "publish", "roll", "introduce", "release"}
)
# The preposition that names whom a deal's "to" clause trades with, by the clause's verb: "to
# sell uranium to France", "to buy jets from France", "to trade with China" (not "to protect its
# pipelines from Russian sabotage", "to cut gas imports from Russia").
DEAL_GIVING = "sell supply export deliver ship provide transfer lease hand return cede give".split()
DEAL_PARTNERS = MappingProxyType(
    dict.fromkeys(DEAL_GIVING, "to")
    | dict.fromkeys(("buy", "purchase", "import", "acquire", "procure"), "from")
    | dict.fromkeys(("trade", "cooperate", "exchange", "partner", "share"), "with")
)


def deal_parties(frame: Frame, actors: ArticleActors) -> list[Mention]:
    """Whom a signed agreement's "to" clause trades with: "signed a deal to supply gas to
    Syria", "a contract to buy jets from France" (the parser may hang the clause on the verb),
    not what is traded ("to buy Russian gas")."""
    noun = frame.obj
    if noun is None or noun.lemma_.lower() not in AGREEMENT_NOUNS | {"contract", "memorandum"}:
        return []
    return [
        a
        for clause in (*noun.children, *frame.children)
        if clause.dep_ in ("acl", "relcl", "advcl")
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)
        for word, o in build_frame(clause).preps
        if word == DEAL_PARTNERS.get(clause.lemma_.lower())
        for a in actors.actors(o)
    ]


def amount_parties(noun: Token, actors: ArticleActors) -> list[Mention]:
    """The actors of what an amount counts, for an amount noun ("tariffs on 30 billion Canadian
    dollars of American goods": the goods' state, not the currency's); empty for other nouns."""
    if noun.lemma_.lower() not in PARTITIVES:
        return []
    return [
        a for p in noun.children if p.lower_ == "of" for o in p.children for a in actors.actors(o)
    ]


def phrase_parties(noun: Token, actors: ArticleActors) -> list[Mention]:
    """The actors of a noun's own party phrases ("fire against militia bases", "a ceasefire
    with Hamas")."""
    return [
        a
        for prep in noun.children
        if prep.dep_ == "prep" and prep.lower_ in PARTY_PREPS
        for _, o in prep_objects(prep)
        for a in actors.actors(o)
    ]


def others_own(noun: Token, actors: ArticleActors, sources: list[Mention]) -> bool:
    """Whether a noun's possessor is not the sources' own ("the government's talks" in a story
    of unions is someone else's; "the president's talks" after "Sri Lanka eased …" is its)."""
    possessors = [c for c in noun.children if c.dep_ == "poss"]
    if not possessors:
        return False
    home = {country_part(s.code) for s in sources} - {None}
    own = {s.code for s in sources}
    owners = [a for c in possessors for a in actors.actors(c)]
    return not owners or any(a.code not in own and country_part(a.code) not in home for a in owners)


REJECT_ROOT = "12"
# What a refusal may be made despite: the pressure of someone ("despite calls from X").
PRESSURE_NOUNS = frozenset(
    {"pressure", "call", "demand", "appeal", "plea", "request", "protest", "criticism"}
    | {"objection", "opposition", "urging", "warning", "ultimatum"}
)


# Verbs of a party giving way that a strike called off after them answers.
GIVING_WAY = frozenset(
    {"agree", "promise", "pledge", "accept", "concede", "offer", "approve"}
    # "suspended their strike after the government raised wages": a concession made
    | {"meet", "grant", "raise", "increase", "repeal", "scrap", "reverse", "withdraw", "pay"}
)


def negotiators(frame: Frame, actors: ArticleActors, sources: list[Mention]) -> list[Mention]:
    """Whom an act follows talks with: "after talks with the government", not "after the
    government's talks with the IMF" (someone else's); or who gave way first: "called off
    their strike after the health ministry agreed to pay arrears"."""
    own = {s.code for s in sources}
    conceded = [
        a
        for clause in frame.children
        if clause.dep_ == "advcl"
        and clause.lemma_.lower() in GIVING_WAY
        and any(m.dep_ == "mark" and m.lower_ in ("after", "once") for m in clause.children)
        for subject in clause.children
        if subject.dep_ == "nsubj"
        for a in actors.actors(subject)
        if a.code not in own
    ]
    return conceded or [
        a
        for word, noun in frame.preps
        if word in ("after", "following")
        and noun.lemma_.lower() in TALKS
        and not others_own(noun, actors, sources)
        for prep in noun.children
        if prep.dep_ == "prep" and prep.lower_ == "with"
        for _, obj in prep_objects(prep)
        for a in actors.actors(obj)
    ]


def defied(frame: Frame, target_token: Token | None, actors: ArticleActors) -> list[Mention]:
    """Whose pressure a refusal is made despite ("refused to step down despite calls from the
    opposition"; the phrase may hang on the refused act). None when the refusal names a party
    of its own that was dropped as the source's ("refused to meet the Chinese envoy" by a
    president read as China's)."""
    token = frame.token
    clauses = [token, *(c for c in token.children if c.dep_ == "xcomp")]
    objects = [target_token, *(o for c in clauses[1:] for o in c.children if o.dep_ == "dobj")]
    if any(actors.actors(o) for o in objects if o is not None):
        return []
    return [
        a
        for clause in clauses
        for prep in clause.children
        if prep.dep_ == "prep"
        for word, noun in prep_objects(prep)
        if word == "despite" and noun.lemma_.lower() in PRESSURE_NOUNS
        for a in noun_parties(noun, actors)
    ]


def noun_parties(noun: Token, actors: ArticleActors) -> list[Mention]:
    """Whose a pressing noun is: its possessor ("the opposition's calls") or the object of
    its "from", "by" or "of" ("calls from opposition parties")."""
    found: list[Mention] = []
    for child in noun.children:
        if child.dep_ == "poss":
            found += actors.actors(child)
        elif child.dep_ == "prep" and child.lower_ in ("from", "by", "of"):
            found += [a for _, obj in prep_objects(child) for a in actors.actors(obj)]
    return found


YIELD_ROOT = "08"
TALKS = frozenset(
    {"talk", "talks", "negotiation", "deliberation", "consultation", "meeting", "dialogue"}
    | {"agreement", "deal", "accord", "discussion", "mediation"}
)
# What a court orders one to do (1013, demand judicial cooperation); from anyone else it is no
# summons ("ordered the army to appear on the streets").
SUMMONED = frozenset({"appear", "testify"})
# What a court or another state orders a state to do (10x: "the ICJ ordered Israel to prevent
# acts of genocide"); a state's order to its own forces or people is not coded as a demand.
ORDERING = "order"
# "ordered its troops", "ordered their fighters": the orderer's own (events.own_forces_ordered)
ORDERERS_OWN = frozenset({"its", "their", "his", "her"})
ORDERED_FORCES = FORCE_SECTORS | ARMED_GROUP_SECTORS
MEASURES_ORDERED = frozenset(
    {"ensure", "prevent", "preserve", "punish", "implement", "enable", "facilitate"}
)
COMPLAINT = "114"
# Summoning an ambassador or consul is a complaint (114), but not a court's or prosecutor's
# summons, nor one to a witness stand or questioning ("summoned the consul for questioning").
SUMMONING = frozenset({"summon", "call"})
WITNESSING = ("as a witness", "as witnesses", "for questioning", "to testify", "to give evidence")


def before_court(token: Token, sources: list[Mention]) -> bool:
    """Whether a summons is a court's or prosecutor's (JUD), or, by no state or government,
    calls its object to testify ("summoned the honorary consul for questioning"): a legal step,
    not a diplomatic one ("Germany's foreign ministry summoned the Iranian ambassador for
    questioning" is a complaint)."""
    if any(s.code[3:6] == COURT_SECTOR for s in sources):
        return True
    if any(len(s.code) == 3 or s.code[3:6] == "GOV" for s in sources):
        return False
    text = token.sent.text.lower()
    return any(w in text for w in WITNESSING)


ABOUT_PREPS = frozenset({"over", "about", "against", "regarding", "concerning"})


def given_arms(targets: list[Mention], sources: list[Mention]) -> list[Mention]:
    """The targets of aid less the giver's own arms ("drones" read as the giver's MIL); its own
    people stay ("Nigeria's government flew food to its flood victims")."""
    home = {country_part(s.code) for s in sources}
    return [t for t in targets if not (armed(t) and country_part(t.code) in home)]


AID_CODES = ("07", "033")  # providing aid, and the stated intent to ("will supply tanks")
HELPING = frozenset({"help", "assist"})
# Purposes that make the party aid is for: whom it helps, defends or rebuilds.
AID_PURPOSES = HELPING | frozenset(
    {"support", "aid", "defend", "protect", "rebuild", "reconstruct", "bolster", "strengthen"}
    | {"reinforce", "feed", "supply", "equip", "train", "relieve", "stabilize", "stabilise"}
)


def armed(actor: Mention) -> bool:
    """An armed force or group: a state's military, rebels, insurgents, an armed group."""
    return actor.code.startswith("IMG") or actor.code[3:6] in ARMED_SECTORS


# A curfew, emergency rule or martial law lifted (0813, 0814) in a place the gazetteer does not
# know: a state's measure on its own territory. One lifted or imposed with no place named stays
# without a party, as our gold codes it.
LIFTED_MEASURES = ("0813", "0814")
TERRITORY_PREPS = frozenset({"in", "across", "throughout", "over"})


def territorial(frame: Frame) -> bool:
    """Whether a place phrase hangs on the verb, its object or the object's "of" phrase ("a
    state of emergency in Ouaddai province")."""
    if any(word in TERRITORY_PREPS for word, _ in frame.preps):
        return True
    return any(
        prep.dep_ == "prep" and prep.lower_ in TERRITORY_PREPS
        for word, obj in frame.preps
        if word == "of"
        for prep in obj.children
    )


def own_territory(sources: list[Mention]) -> list[Mention]:
    """The state's own country as the party of a lifted measure whose place names none known:
    "Chad's government lifted a state of emergency in Ouaddai province" → TCD."""
    for source in sources:  # a bare country would be its own target: no event
        country = country_part(source.code)
        if country is None or len(source.code) != 6 or source.code[3:] not in STATE_SECTORS:
            continue
        return [replace(source, code=country, how=f"{source.how}+own-territory", person=False)]
    return []


# Appeals and demands for people to be freed (CAMEO 0253, 1053).
RELEASE_ASKED = frozenset({"0253", "1053"})
# Sectors of people who may be held, not holders: civilians, opposition, press, refugees …
HELD_SECTORS = frozenset({"CVL", "OPP", "MED", "REF", "LAB", "EDU", "REL", "HLH", "BUS", "AGR"})


def held_people(mention: Mention) -> bool:
    """A mention of a state's people of a sector who may be held ("political prisoners"
    BLRCVL, "jailed journalists" EGYMED)."""
    return bool(country_part(mention.code)) and mention.code[3:6] in HELD_SECTORS


def people_state(mention: Mention) -> Mention | None:
    """The bare state of a state's people ("BLRCVL" → BLR)."""
    country = country_part(mention.code)
    return replace(mention, code=country, how=f"{mention.how}+their-state") if country else None


# Verbs of holding people, whose "in" phrase names the state that holds them.
CAPTIVITY = frozenset({"hold", "detain", "jail", "imprison", "keep", "arrest", "sentence"})


def held_where(frame: Frame, actors: ArticleActors, homes: set[str | None]) -> list[Mention]:
    """The state the people asked to be freed are held in, by the "in" phrase of a holding
    verb that describes them ("BBC journalists held in Iran", "a reporter, who is detained in
    Russia"); not the askers' own."""
    for word in frame.token.subtree:
        if word.lemma_.lower() not in CAPTIVITY or word.dep_ not in ("acl", "relcl"):
            continue
        held = build_frame(word)
        found = visit_host(held, actors, [], ("in",))
        found = [m for m in found if m.code not in homes]
        if found:
            return found
    return []


def holders(frame: Frame, actors: ArticleActors, sources: list[Mention]) -> list[Mention]:
    """The state actor a coordinated verb before acted on: "condemned the Belarusian
    government and demanded the release of …" is asked of that government."""
    token = frame.token
    if token.dep_ != "conj" or token.head.pos_ != "VERB":
        return []
    own = {s.code for s in sources}
    return [
        a
        for obj in token.head.children
        if obj.dep_ == "dobj"
        for a in actors.actors(obj)
        if a.code not in own and (len(a.code) == 3 or a.code[3:6] in STATE_SECTORS)
    ]


# Ships and their crews, whose release is asked of whoever seized them; and the codes of a
# seizure or hijacking.
SHIP_NOUNS = frozenset({"ship", "vessel", "tanker", "freighter", "boat", "crew", "carrier"})
SHIP_SEIZURES = ("171", "181")


def releases_vessel(frame: Frame) -> bool:
    """Whether a release asked for is of a ship or its crew ("the release of the vessel")."""
    noun = frame.obj
    return noun is not None and any(
        prep.lower_ == "of" and any(o.lemma_.lower() in SHIP_NOUNS for o in prep.children)
        for prep in noun.children
    )


def ship_seizer(doc: Doc, sources: list[Mention], earlier: Sequence[Candidate]) -> list[Mention]:
    """Whoever the story last told seized or hijacked a ship ("seized a container ship")."""
    own = {s.code for s in sources}
    for event in reversed(earlier):
        if (
            event.code.startswith(SHIP_SEIZURES)
            and not event.negated
            and event.source.code not in own
            and object_word(doc, event) in SHIP_NOUNS
        ):
            return [event.source]
    return []


# Acts that leave someone held: arrested or jailed (17), abducted (18), and sentenced (116).
HOLDING_ROOTS = frozenset({"17", "18"})
SENTENCED = "116"


def captors(
    held: list[Mention], sources: list[Mention], earlier: Sequence[Candidate]
) -> list[Mention]:
    """Whoever the story told had sentenced, jailed or seized the people a release is asked
    for: "A Russian court sentenced Gershkovich … The White House demanded his release"."""
    wanted = {t.code for t in held}
    own = {s.code for s in sources}
    for event in reversed(earlier):
        if (
            event.target is not None
            and event.target.code in wanted
            and (event.code[:2] in HOLDING_ROOTS or event.code == SENTENCED)
            and not event.negated
            and event.source.code not in own
        ):
            return [event.source]
    return []


def bare_place(place: Mention) -> Mention:
    """A town that stands for an institution, read as the town its measure binds: "a curfew in
    Rawalpindi" binds the city's people, not the army headquartered there (PAKMIL)."""
    if not place.how.startswith(METONYM_HOW) or len(place.code) == 3:
        return place
    country = country_part(place.code)
    if not country:
        return place
    return replace(place, code=country, how=f"{place.how}+as-place")


# Verbs aid is kept "from" doing on its way to a place: "blocked aid from reaching Tigray".
AID_ARRIVING = frozenset({"reach", "enter", "get", "go", "arrive", "cross"})
AID_DESTINATION_PREPS = ("to", "into")
# How the people of a place aid was kept "from reaching" are marked, for the root-16
# same-country filter to keep.
AID_DESTINATION = "+aid-destination"
HUMANITARIAN_AID_CUT = "1623"
# Verbs that stop aid on its way rather than cut what one gives: "blocked aid to Tigray".
AID_BLOCKING = frozenset({"block", "stop", "obstruct", "impede", "hinder", "prevent"})


def aid_destination(frame: Frame, actors: ArticleActors, sources: list[Mention]) -> list[Mention]:
    """The place aid was held back from, named "to"/"into" or after "from reaching"/"from
    entering": its people when it lies in the source's own state ("Ethiopian forces blocked
    aid from reaching Tigray" → ETHCVL), its state when abroad."""
    home = {home_country(s.code) for s in sources}
    frames = [frame] + [
        build_frame(verb)
        for noun in (frame.token, frame.obj)
        if noun is not None
        for prep in noun.children
        if prep.dep_ == "prep" and prep.lower_ == "from"
        for verb in prep.children
        if verb.dep_ == "pcomp" and verb.lemma_.lower() in AID_ARRIVING
    ]
    for index, place_frame in enumerate(frames):
        found = visit_host(place_frame, actors, [], AID_DESTINATION_PREPS, on_object=index > 0)
        if found:
            # aid kept "from reaching" a place, or blocked on its way "to" it, is kept from the
            # blocker's own people there; aid one's government cut "to" its own region is a
            # budget's ("Somalia's government cut aid to Puntland"), no event
            blocked = index > 0 or frame.token.lemma_.lower() in AID_BLOCKING
            mark = AID_DESTINATION if blocked else ""
            people = [people_of(t) if t.code in home else t for t in found]
            return [
                replace(t, how=f"{t.how}{mark}") if found[n].code in home else t
                for n, t in enumerate(people)
            ]
    return []


OCCUPY = "192"
# Bare "capture" (arrest) and "seize" (property), which a named place as object makes territory.
TAKING_CODES = frozenset({ARREST, PROPERTY_SEIZED})
# How a place is named as an actor: a country by its name, or by its capital.
PLACE_HOWS = frozenset({"dictionary:country", METONYM_HOW})
# The words a longer proper name is built of, under its last word.
NAME_PART_DEPS = frozenset({"compound", "flat"})
# Verbs whose complement is only tried: "tried to capture Uvira" took no town.
TAKING_TRIED = ATTEMPTS | {"seek"}


def tried_taking(frame: Frame) -> bool:
    """Whether a taking was only tried ("M23 rebels tried to capture Uvira", "sought to seize
    Goma"): no town was taken."""
    verb = frame.token
    return verb.dep_ == "xcomp" and verb.head.lemma_.lower() in TAKING_TRIED


def named_place(token: Token, actors: ArticleActors) -> bool:
    """Whether a proper name is a place's: a country or capital, or else a name no actor has
    that the gazetteer puts in one country (a city, a region); not people ("Israelis"), nor a
    person whose name holds a country's ("seized Chad Mahamat, a local trader")."""
    if token.pos_ != "PROPN" or any(c.dep_ == "appos" and c.pos_ == "NOUN" for c in token.children):
        return False
    found = actors.actors(token)
    # "Wad Madani", "Addis Ababa": a longer name is a place's only as a whole
    longer = any(c.dep_ in NAME_PART_DEPS and c.pos_ == "PROPN" for c in token.children)
    if found and not longer:
        return all(len(m.code) == 3 and m.how in PLACE_HOWS for m in found)
    if actors.place_country is None:
        return False
    return actors.place_country(actors.words(name_start(token), token.i + 1)) is not None


def people_of(place: Mention) -> Mention:
    """The civilians of a bare country or place ("Abidjan" → CIVCVL); any other actor as it is."""
    if len(place.code) != 3 or place.code.startswith(UNKNOWN_COUNTRY):
        return place
    return replace(place, code=place.code + "CVL", how=f"{place.how}+its-people")


INVESTIGATE_ROOT = "09"
DOING_PREPS = frozenset({"into", "of"})
# Participles that name who did the act under investigation ("abuses committed by soldiers").
DOING_VERBS = frozenset({"commit", "carry", "perpetrate", "conduct", "inflict", "stage", "order"})


def investigated_doers(frame: Frame, actors: ArticleActors) -> list[Mention]:
    """The agents of the act an investigation is "into" or "of", named in a participle ("into
    killings carried out by the police"); the clause is not part of its noun's phrase. The
    frame's phrases include its object's ("launched an investigation into …")."""
    clauses = (
        clause
        for phrase in (o for w, o in frame.preps if w in DOING_PREPS)
        for word in phrase_words(phrase)
        for clause in word.children
        # not "the report published by Amnesty": its author did no wrong
        if clause.dep_ == "acl" and clause.lemma_.lower() in DOING_VERBS
    )
    for clause in clauses:
        agents = (o for a in clause.children if a.dep_ == "agent" for o in a.children)
        found = [m for o in agents if o.dep_ == "pobj" for m in actors.actors(o)]
        if found:
            return found
    return []


PLACE_STATE_PREPS = ("in", "near", "outside", "around")
# A protest is also aimed at the state of the site it is held at ("rioted at a detention
# centre near Lima"); a seizure "at the president's residence in Bamako" is of its resident.
PROTEST_PLACE_PREPS = (*PLACE_STATE_PREPS, "at")


def place_state(
    frame: Frame,
    actors: ArticleActors,
    sources: list[Mention],
    preps: tuple[str, ...] = PLACE_STATE_PREPS,
) -> list[Mention]:
    """The state of the place an act happens in, as its target when nothing else is named: a
    protest ("Albanians demonstrated in Serbia" → SRB), a curfew ("in the city of Kasese in
    western Uganda" → UGA); not when it is the source's own code (the protesters' country
    of origin)."""
    own = {s.code for s in sources}
    for word, obj in frame.preps:
        if word not in preps:
            continue
        for token in sorted(phrase_words(obj), key=lambda t: t.i):
            if hyphen_part(token):
                continue  # read with the name's head word ("Port" of "Port-au-Prince")
            for place in actors.actors(token):
                if len(place.code) == 3 and place.code not in own:
                    return [place]
    return []


def hyphen_part(token: Token) -> bool:
    """Whether a word is a part of a hyphenated name joined to the name's head word with no
    space between ("Port" and "au" of "Port-au-Prince"; not "Zaporizhzhia" before "and
    Ivano-Frankivsk")."""
    head = token.head
    if head.i == token.i or head.pos_ != "PROPN":
        return False
    low, high = sorted((token.i, head.i))
    return all(not t.whitespace_ for t in token.doc[low:high])


VISIT = "042"
VISIT_CODES = frozenset({VISIT})
HOSTING = "043"
# What is received is read as what the giver "provided": "received a loan from Japan".
GIVING_VERB = "provide"
AID_ROOT = "07"
MEETING = "040"
MEDIATE = "045"


# Talks, offered or held, and talks halted: who negotiates with whom.
NEGOTIATING = frozenset({"036", "046"})
TALKS_TOLD = NEGOTIATING | {"045", "164"}


# Words above talks that refuse them: "was unwilling to negotiate".
REFUSING_TALKS = frozenset({"unwilling", "reluctant", "refuse", "decline", "reject"})


def talks_refused(token: Token) -> bool:
    """Whether the words that carry talks refuse or deny them: "was not willing to
    negotiate", "no longer willing", "unwilling to negotiate"."""
    word = token
    for _ in range(3):
        if word.lemma_.lower() in REFUSING_TALKS or any(
            c.dep_ == "neg" or c.lower_ in ("never", "longer") for c in word.children
        ):
            return True
        if word.dep_ not in ("xcomp", "acomp") or word.head is word:
            return False
        word = word.head
    return False


def talks_partners(sources: list[Mention], earlier: Sequence[Candidate]) -> list[Mention]:
    """The other side of the latest talks the story told the sources in (held, offered,
    mediated or halted)."""
    own = {s.code for s in sources}
    for event in reversed(earlier):
        if event.code not in TALKS_TOLD or event.target is None or event.negated:
            continue
        if event.source.code in own and event.target.code not in own:
            return [event.target]
        if event.target.code in own and event.source.code not in own:
            return [event.source]
    return []


LAWSUIT = "115"
# Hostile families: acts that make a quarrel between two parties.
QUARREL_FAMILIES = frozenset({"force", "coerce", "reduce", "protest", "threaten", "disapprove"})


def court(actor: Mention) -> bool:
    """A court: an international one ("the International Court of Justice") or a state's."""
    return "CJ" in actor.code[3:] or "CC" in actor.code[3:] or actor.code[3:6] == COURT_SECTOR


def quarrel_party(sources: list[Mention], earlier: Sequence[Candidate]) -> list[Mention]:
    """The other state of the latest hostile act told between the sources' state and
    another ("Ecuadorean police stormed the Mexican embassy" → Ecuador for Mexico)."""
    home = {country_part(s.code) for s in sources} - {None}
    for event in reversed(earlier):
        if FAMILIES.get(event.code[:2]) not in QUARREL_FAMILIES or event.target is None:
            continue
        sides = [event.source, event.target]
        countries = [country_part(side.code) for side in sides]
        if None in countries or countries[0] == countries[1] or not home & set(countries):
            continue
        other = sides[1] if countries[0] in home else sides[0]
        return [replace(other, code=country_part(other.code) or other.code)]
    return []


# Travel verbs that also carry a load: "flew the prisoners to Guatemala", "landed troops".
CARRYING_TRAVEL = frozenset({"fly", "land"})
# A state's own envoys and forces, whom it may fly somewhere on its own visit.
ENVOY_SECTORS = frozenset({"GOV", "MIL", "COP", "LEG", "SPY"})
ENVOY_NOUNS = frozenset({"delegation", "delegate", "envoy", "minister", "official", "team"})


def carries_others(frame: Frame, actors: ArticleActors, sources: list[Mention]) -> bool:
    """Whether a travel verb carries others rather than the traveller: "Nicaragua flew them to
    Guatemala", "the army flew the wounded to Nairobi" (no visit by the one who flies them);
    not "flew a delegation to Cairo", its own envoys on its own visit."""
    if frame.token.lemma_.lower() not in CARRYING_TRAVEL or frame.obj is None:
        return False
    home = {country_part(s.code) for s in sources}
    carried = actors.actors(frame.obj)
    return (
        not any(country_part(c.code) in home and c.code[3:6] in ENVOY_SECTORS for c in carried)
        and frame.obj.lemma_.lower() not in ENVOY_NOUNS
    )


def hosted_meeting(
    frame: Frame, actors: ArticleActors, sources: list[Mention], targets: list[Mention]
) -> tuple[list[Mention], list[Mention], str]:
    """A meeting in one side's country is the other side's visit to it (CODING.md §8): "Lavrov
    met Wang Yi in Beijing" is RUS → CHN 042, and so is "Wang Yi met Lavrov in Beijing"; a
    meeting elsewhere, or of two of one country, stays a meeting (040)."""
    host = visit_host(with_meeting_place(frame), actors, [], ("in",))
    if not host:
        return sources, targets, MEETING
    where = country_part(host[0].code)
    own = {country_part(s.code) for s in sources}
    met = {country_part(t.code) for t in targets}
    if met == {where} and where not in own:
        return sources, targets, VISIT
    if own == {where} and where not in met:
        return targets, sources, VISIT  # the host named first: the visitor acts
    return sources, targets, MEETING


def with_meeting_place(frame: Frame) -> Frame:
    """A meeting noun's frame with the "in" phrase the parser hung on whom it is between ("a
    meeting between Chinese and American officials in Washington")."""
    if frame.token.pos_ != "NOUN":
        return frame
    hung = tuple(
        ("in", place)
        for word, party in frame.preps
        if word in ("between", "with")
        for prep in party.children
        if prep.dep_ == "prep" and prep.lower_ == "in"
        for place in prep.children
        if place.dep_ == "pobj"
    )
    return replace(frame, preps=frame.preps + hung) if hung else frame


def met_at_home(
    frame: Frame, actors: ArticleActors, sources: list[Mention]
) -> tuple[list[Mention], list[Mention], str]:
    """Two countries' people meeting together in one side's country (CODING.md §8): the
    others visit it. "Chilean and Peruvian ministers met in Lima", "a meeting between Chinese
    and American officials in Washington" → CHL → PER 042; a meeting elsewhere, or of more
    than two countries, stays a meeting among them (no targets)."""
    countries = {country_part(s.code) for s in sources}
    host = visit_host(with_meeting_place(frame), actors, [], ("in",)) if len(countries) == 2 else []
    where = country_part(host[0].code) if host else None
    if where is None or where not in countries:
        return sources, [], MEETING
    visitors = [s for s in sources if country_part(s.code) != where]
    return visitors, [s for s in sources if country_part(s.code) == where], VISIT


CLAIM = "015"  # claim responsibility
STATEMENT_ROOT = "01"
# Words a whole place name follows: "in Denpasar", "the town of Timbuktu", "an attack on Odesa".
NAME_OPENERS = frozenset({"in", "to", "at", "of", "the", "from", "near", "outside", "on", "into"})
APPEAL_ROOT = "02"
DENY = "016"
# What a denial with no accuser in sight still denies: one's own part in an act ("Hamas denied
# responsibility for the bombing", "denied any involvement"), a charge, or a told act ("denied
# carrying out the massacre", "denied that it had shelled the town"). The denier stands alone.
DENIED_PARTS = frozenset(
    {"responsibility", "involvement", "role", "complicity", "participation", "part", "guilt"}
    | {"wrongdoing", "accusation", "allegation", "charge", "claim", "report"}
)


def denies_part(frame: Frame) -> bool:
    """Whether a denial is of one's part in an act, a charge or a report (DENIED_PARTS), or of
    a told act or fact ("denied carrying out the killings", "denied that the army was staging
    a coup"): a denial of what others say, which CODING.md codes 016 whoever is accusing."""
    if frame.obj is not None and frame.obj.lemma_.lower() in DENIED_PARTS:
        return True
    return any(c.dep_ in ("xcomp", "ccomp") and c.pos_ in ("VERB", "AUX") for c in frame.children)


# What an admission owns that stands alone, as a denial does: a fault ("Netanyahu acknowledged
# a tragic mishap", "the army admitted a mistake"); a claim of responsibility for an attack
# needs the attack's party.
ADMITTED_FAULTS = frozenset({"mistake", "error", "mishap", "failure", "fault", "failing"})


def admits_fault(frame: Frame) -> bool:
    """Whether an admission is of a fault (ADMITTED_FAULTS), named as its object or as what
    its clause says was made ("admitted that Israel had made a mistake")."""
    objects = [frame.obj] if frame.obj is not None else []
    objects += [
        o
        for clause in frame.children
        if clause.dep_ == "ccomp"
        for o in clause.children
        if o.dep_ == "dobj"
    ]
    return any(o.lemma_.lower() in ADMITTED_FAULTS for o in objects)


VISIT_PREPS = ("in", "to", "at")
RETREAT = "0874"  # retreat or surrender militarily
# Verbs that conclude an accord: the "in" phrase of what they conclude is where it was agreed.
CONCLUDING = frozenset(
    {"sign", "agree", "reach", "conclude", "seal", "ink", "finalise", "finalize"}
)
# How a capital's name standing for its state is resolved ("Pretoria", "Washington").
CAPITAL_NAMED = METONYM_HOW


def signing_venues(verb: Token) -> list[Token]:
    """The names an "in" or "at" phrase of a concluding verb or of what it concludes gives as
    where the accord was agreed ("signed a cessation of hostilities in Pretoria")."""
    return [
        obj
        for word in verb.subtree
        if word.dep_ == "prep" and word.lower_ in ("in", "at") and word.head.pos_ != "PROPN"
        for obj in word.children
        if obj.dep_ == "pobj" and obj.pos_ == "PROPN"
    ]


RETREAT_PREPS = ("from", "out", "of")
# Places and installations struck by no name of their own, whose "in", "near" or "across"
# phrase names where they are ("villages near Qamishli", "power plants across Ukraine").
SETTLEMENTS = frozenset(
    {"village", "town", "city", "area", "district", "neighbourhood", "neighborhood", "suburb"}
    | {"settlement", "hamlet", "camp", "outskirts"}
    | {"facility", "plant", "infrastructure", "refinery", "depot"}
)
SETTLEMENT_PREPS = frozenset({"in", "near", "outside", "around", "across", "throughout"})
FORCE_PLACE_PREPS = ("at", "on", "into")
FORCE_SITE_PREPS = (*FORCE_PLACE_PREPS, "in", "near", "outside")


def visit_host(
    frame: Frame,
    actors: ArticleActors,
    sources: list[Mention],
    preps: tuple[str, ...] = VISIT_PREPS,
    on_object: bool = False,
) -> list[Mention]:
    """The state of the place a visit is to or force is used on (``on_object``: also a place
    that is the object: "shelled Kherson", "visited Odesa"): a country or capital named there,
    else the one country the gazetteer puts a city of that name in; not the visitor's own."""
    home = {country_part(s.code) for s in sources}
    places = [obj for word, obj in frame.preps if word in preps]
    if on_object and frame.obj is not None:
        places.insert(0, frame.obj)  # "shelled Kherson"
        if frame.obj.lemma_.lower() in SETTLEMENTS:
            # "shelled villages in Nangarhar province": where the places struck are, on the
            # object or (as the parser often hangs it) on the verb
            places[1:1] = [
                o
                for p in frame.obj.children
                if p.dep_ == "prep" and p.lower_ in SETTLEMENT_PREPS
                for o in p.children
                if o.dep_ == "pobj"
            ] + [o for word, o in frame.preps if word in SETTLEMENT_PREPS]
    for obj in places:
        for token in sorted(phrase_words(obj), key=lambda t: t.i):
            if hyphen_part(token):
                continue  # read with the name's head word ("Port" of "Port-au-Prince")
            found = [m for m in actors.actors(token) if len(m.code) == 3]
            if (
                not found
                and token.pos_ == "PROPN"
                and not (token.dep_ == "compound" and token.head.pos_ == "PROPN")
                and actors.place_country is not None
            ):  # a name's last word stands for it ("San Antonio de los Baños", not "San")
                start = name_start(token)
                before = token.doc[start - 1]
                if before.lower_ not in NAME_OPENERS and before.pos_ != "VERB":
                    continue  # part of a longer name ("San Antonio de los Baños")
                name = actors.words(start, token.i + 1)
                country = actors.place_country(name)
                if country is not None:
                    first = token.doc[start]
                    end = token.idx + len(token)
                    found = [
                        Mention(
                            country,
                            name,
                            first.idx,
                            end,
                            token.i,
                            "place:" + name,
                            False,
                            None,
                            False,
                        )
                    ]
            found = [m for m in found if m.code not in home]
            if found:
                return found[:1]
    return []


# "both sides", "the two countries", "the warring parties", "all factions": the parties of the
# story's conflict.
SIDE_NOUNS = frozenset(
    {"side", "party", "country", "camp", "neighbour", "neighbor", "faction", "belligerent"}
    | {"republic"}  # "mediate between the two former Soviet republics"
)
BOTH = frozenset({"both", "all", "two", "warring", "rival", "opposing"})
# Words of an office's name, which make no kind of a pair: "the two prime ministers".
OFFICE_ADJECTIVES = frozenset({"prime", "foreign", "defence", "defense", "interior", "finance"})
# Pair nouns that name the states' leaders: "the two presidents" of two states are GOV.
LEADING_NOUNS = frozenset({"leader", "president", "minister", "premier", "government", "head"})
# Side nouns that name the states themselves, whoever acted for them.
STATE_NOUNS = frozenset({"country", "nation", "state", "neighbour", "neighbor", "republic"})
# What two parties told of before are called as the subject of their next act: "the two
# leaders signed a pact", "both presidents agreed to …".
PAIR_NOUNS = SIDE_NOUNS | frozenset(
    {"leader", "president", "minister", "premier", "government", "nation", "state"}
    | {"counterpart", "delegation", "head"}
)
FIGHTING = frozenset({"force", "coerce"})
ACCORD = frozenset({"agree", "consult"})
# An exchange (a release or handover each way) is two-sided too: "Russia and Ukraine swapped
# prisoners … The UAE called on both sides to continue the dialogue".
YIELDING = "yield"
# Ties cut are two-sided too: "Niger recalled its ambassador from Benin … offered to mediate
# between the two countries".
SIDED = FIGHTING | ACCORD | {"threaten", "disapprove", "reject", "protest", YIELDING, "reduce"}
# Words that make an office or body two parties' own: "both governments", "the two leaders".
PAIRING = frozenset({"both", "two"})


def pair_named(noun: Token) -> bool:
    """Whether a noun names two parties by an office or body each has ("both governments",
    "the two leaders"), which the actor table reads as one."""
    return noun.lemma_.lower() in PAIR_NOUNS and any(c.lower_ in PAIRING for c in noun.children)


# Nouns a phrase of parties calls them by as states or their governments ("the two countries",
# "the three leaders"); ``party_called``.
NAMING_PARTIES = STATE_NOUNS | LEADING_NOUNS
# Counts of more than two parties a phrase may name: "the three countries", "the four leaders".
PARTY_COUNTS = {
    "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
}  # fmt: skip


def counted_parties(noun: Token, earlier: Sequence[Candidate]) -> list[Mention]:
    """The parties of the latest act the story told among as many parties as a counted phrase
    names ("The ministers of France, Germany and Poland met in Weimar. The three countries
    condemned Russia" → the three states; "the four leaders" → their governments); none when
    no act had that many parties, or the phrase says whose they are ("the three countries of
    the Sahel")."""
    lemma = noun.lemma_.lower()
    count = next((PARTY_COUNTS[c.lower_] for c in noun.children if c.lower_ in PARTY_COUNTS), None)
    if count is None or lemma not in NAMING_PARTIES or owned_phrase(noun):
        return []
    acts: dict[int, tuple[dict[str, Mention], dict[str, Mention]]] = {}
    for event in earlier:
        if not event.negated:
            doers, done_to = acts.setdefault(event.trigger_start, ({}, {}))
            doers.setdefault(event.source.code, event.source)
            if event.target is not None:
                done_to.setdefault(event.target.code, event.target)
    for doers, done_to in reversed(acts.values()):
        # "Estonia, Latvia and Lithuania expelled Russian diplomats": the three doers; "met"
        # among three: all its parties
        for parties in (doers, done_to, {**doers, **done_to}):
            if len(parties) == count:
                return [party_called(m, lemma) for m in parties.values()]
    return []


def owned_phrase(noun: Token) -> bool:
    """Whether a phrase says whose its parties are, by a possessor or an "of" phrase naming
    them ("their three leaders", "the three countries of the Sahel"; not "warned the three
    countries of retaliation")."""
    return any(
        c.dep_ == "poss"
        or (
            c.dep_ == "prep"
            and c.lower_ == "of"
            and any(w.pos_ == "PROPN" or w.ent_type_ for w in c.subtree)
        )
        for c in noun.children
    )


def party_called(mention: Mention, noun: str) -> Mention:
    """A party as a phrase calls it: "the countries" are the states themselves, "the leaders"
    a state's government."""
    if noun in STATE_NOUNS:
        return replace(mention, code=country_part(mention.code) or mention.code)
    return replace(mention, code=mention.code + "GOV") if len(mention.code) == 3 else mention


def returned(event: Candidate, earlier: Sequence[Candidate]) -> bool:
    """Whether an act was returned in kind, target to source: an exchange, not one side's
    release ("Hamas freed four hostages" is no two sides)."""
    target = event.target
    return target is not None and any(
        e.code == event.code
        and e.source.code == target.code
        and e.target is not None
        and e.target.code == event.source.code
        for e in earlier
    )


DEAL_WORDS = frozenset(
    {"deal", "agreement", "accord", "truce", "ceasefire", "talk", "pact", "treaty", "negotiate"}
)


def both_sides(
    noun: Token,
    sources: list[Mention],
    earlier: Sequence[Candidate],
    nouns: frozenset[str] = SIDE_NOUNS,
    accord: bool = False,
) -> list[Mention]:
    """The two parties of the latest two-sided act the story told between others than the
    source, for "both sides" and the like ("Russian troops shelled Ukrainian positions. The UN
    urged both sides to show restraint" → Russia's troops and Ukraine). What the appeal is
    about picks the kind of act: "to implement the deal" a deal's or talks' parties, else the
    latest fighting's; failing that, any two-sided act (threats, protests, a deal). ``nouns``
    are the words such a phrase may have as its head; ``accord`` says the phrase does an act of
    accord or talks itself ("The two sides discussed the project" after a protest and a
    visit: the visit's parties)."""
    if (
        noun.lemma_.lower() not in nouns
        or not any(c.lower_ in BOTH for c in noun.children)
        or any(
            c.dep_ == "amod" and c.lower_ not in BOTH and c.lower_ not in OFFICE_ADJECTIVES
            for c in noun.children
        )
        # "both governments of Guinea and Mali", "their two leaders": the phrase names them
        or any((c.dep_ == "prep" and c.lower_ == "of") or c.dep_ == "poss" for c in noun.children)
    ):
        return []  # not "all political parties", a kind rather than the sides
    own = {s.code for s in sources}
    # "The UAE foreign ministry … called on both sides" after Zelenskiy thanked the Emirates:
    # the source's own state is no side either
    home = {c for s in sources if (c := country_part(s.code)) is not None}
    clause = noun.head.subtree if noun.head.pos_ in ("VERB", "ADP") else noun.subtree
    dealing = accord or any(t.lemma_.lower() in DEAL_WORDS for t in clause)
    states = noun.lemma_.lower() in STATE_NOUNS
    for families in (ACCORD if dealing else FIGHTING, SIDED):
        told = story_pairs(earlier)
        fitting: list[tuple[Mention, Mention]] = []
        previous: Candidate | None = None
        for event in earlier:
            target = event.target
            # talks halted are talks between the two: "suspended peace talks with the ELN"
            halted = families is ACCORD and event.code == HALT_TALKS
            if (
                target is None
                or event.negated
                or (FAMILIES.get(event.code[:2]) not in families and not halted)
                or event.source.code in own
                or target.code in own
                or home & {country_part(event.source.code), country_part(target.code)}
                or (FAMILIES.get(event.code[:2]) == YIELDING and not returned(event, earlier))
                or event.source.code == target.code
                or "IGO" in (event.source.code[:3], target.code[:3])  # a mediator is no side
                or event.code == MEDIATE  # "talks mediated by Turkey": nor is a state mediating
                # "the RSF shelled residential districts … urged both sides": people struck
                # are no side of the fighting
                or (families is FIGHTING and target.code[3:6] in STRUCK_PEOPLE)
            ):
                continue
            if previous is not None and previous.target is not None and alike(previous, event):
                # "Kenya hosted Ethiopia and Somalia": the two it hosted are a pair too
                fitting.append((previous.target, target))
            if states and previous is not None and done_together(previous, event):
                # "Iran and Pakistan stepped up expulsions of Afghans … urged both countries to
                # halt the returns": the two states that did it, the act telling of the two
                # rather than of whom they did it to (as one act done alike to two does)
                fitting.append((previous.source, event.source))
                told[frozenset((previous.source.code, event.source.code))] += 1
                told[frozenset((previous.source.code, target.code))] -= 1
                told[frozenset((event.source.code, target.code))] -= 1
            fitting.append((event.source, target))
            previous = event
        if fitting:
            # the pair the story tells most of, else the first: "Ethiopia and Somalia held
            # talks … Egypt pledged support to Somalia. The two neighbours agreed …"
            best = max(
                range(len(fitting)),
                key=lambda i: (told[frozenset(m.code for m in fitting[i])], -i),
            )
            sides = list(fitting[best])
            lemma = noun.lemma_.lower()
            if lemma in NAMING_PARTIES:
                # "the two countries" after their president acted: the states themselves; "the
                # two prime ministers" after Bangladesh and India agreed: their leaders
                sides = [party_called(m, lemma) for m in sides]
            return sides
    return []


# Sectors of people force strikes, who are no side of the fighting.
STRUCK_PEOPLE = frozenset({"CVL", "REF", "HLH", "EDU"})


def alike(one: Candidate, other: Candidate) -> bool:
    """Whether two events are one doer's one act on two different targets."""
    return (
        one.source.code == other.source.code
        and one.trigger_start == other.trigger_start
        and one.code == other.code
        and one.target is not None
        and other.target is not None
        and one.target.code != other.target.code
    )


def done_together(one: Candidate, other: Candidate) -> bool:
    """Whether two events are one act of two different doers on one target: "Iran and Pakistan
    expelled Afghans"."""
    return (
        one.trigger_start == other.trigger_start
        and one.code == other.code
        and one.target is not None
        and other.target is not None
        and one.target.code == other.target.code
        and one.source.code != other.source.code
    )


def story_pairs(earlier: Sequence[Candidate]) -> Counter[frozenset[str]]:
    """How many acts the story told between each two parties: an act of one on another, or
    one done alike to two ("Turkey hosted Ethiopia and Somalia", "Brazil welcomed the deal"
    of Venezuela and Guyana), which tells of the two rather than of the doer."""
    aimed: dict[tuple[str, str, int], list[str]] = {}
    for event in earlier:
        if event.target is not None and not event.negated:
            key = (event.source.code, event.code, event.trigger_start)
            aimed.setdefault(key, []).append(event.target.code)
    counts: Counter[frozenset[str]] = Counter()
    for (source, _, _), targets in aimed.items():
        if len(set(targets)) == 2:
            counts[frozenset(targets)] += 1  # one act done alike to the two
        else:
            counts.update(frozenset((source, t)) for t in targets)
    return counts


# The kinds of earlier act a denial answers, and those a concession gives in to.
# An investigation accuses too: "police were investigating him; he denied any wrongdoing".
ACCUSING = ("disapprove", "threaten", "demand", "investigate")
PRESSING = ("demand", "protest", "appeal", "disapprove")
CONCESSION = "083"  # accede to demands for change (leadership, policy, rights, institutions)


# Verbs whose complement is told as what another did: "the army said (it had retaken …)".
CLAIMING = SPEECH_VERBS | frozenset({"claim", "allege", "report"})
# How many heads up from an act the verb of saying that tells it may be.
CLAUSE_DEPTH = 6


def claimants(
    sources: list[Mention], earlier: Sequence[Candidate], doc: Doc, actors: ArticleActors
) -> list[Mention]:
    """Who last told, in a clause of saying, an act in which the denier took part, when the
    teller is not the denier: the party a denial of "the claim" answers."""
    own = {s.code for s in sources}
    home = {country_part(code) for code in own}
    for event in reversed(earlier):
        parties = (event.source, event.target) if event.target else (event.source,)
        if not any(p.code in own or country_part(p.code) in home for p in parties):
            continue
        found = [m for m in teller(doc, event, actors) if not same_party(m.code, own)]
        if found:
            return found
    return []


def own_forces_stood_down(source: Mention, target: Mention, code: str) -> bool:
    """Whether a de-escalation's target is the source's own armed forces, whom only its words
    name ("ended its military campaign in Karabakh": no act on Azerbaijan's army)."""
    return (
        code in (DE_ESCALATE, intent_code(DE_ESCALATE))
        and country_part(target.code) == country_part(source.code)
        and target.code[3:6] in FORCE_SECTORS
    )


def own_homeland(source: Mention, target: Mention) -> bool:
    """Whether a target is the source's own state called "his country" ("Putin said his
    country should strengthen its army": no appeal to Russia)."""
    return target.how.startswith(HOMELAND_HOW) and country_part(source.code) == target.code


def same_party(code: str, own: Collection[str]) -> bool:
    """Whether an actor is one of ``own``, or a state and a body of it ("Moscow" and the
    Russian government are one party; a state's police and its opposition are two)."""
    return any(
        code == mine or (country_part(code) == country_part(mine) and 3 in (len(code), len(mine)))
        for mine in own
    )


def teller(doc: Doc, event: Candidate, actors: ArticleActors) -> list[Mention]:
    """The subject of the verb of saying whose complement holds an event's trigger ("the
    army" of "the army said it had retaken the bridge"), as the article resolved it."""
    span = doc.char_span(event.trigger_start, event.trigger_end, alignment_mode="expand")
    token = span.root if span is not None else None
    for _ in range(CLAUSE_DEPTH):
        if token is None or token.head.i == token.i:
            return []
        if token.dep_ == "ccomp" and token.head.lemma_.lower() in CLAIMING:
            said = token.head
            return actors.actors(next((c for c in said.children if c.dep_ in SUBJECT_DEPS), None))
        token = token.head
    return []


UNTIL = "until"
# People who are by their name some state's constituents, whose country no word names: a
# state's official acting on them acts on its own ("Fico apologised to voters" in a story of
# Ukraine is SVKCVL).
CONSTITUENTS = frozenset(
    {"voter", "voters", "citizen", "citizens", "taxpayer", "taxpayers", "electorate"}
    | {"compatriot", "compatriots", "constituent", "constituents"}
)
GUESSED_PEOPLE = ("context-country", "sector-only", "local-country")


def own_people(target: Mention, sources: list[Mention]) -> Mention:
    """Constituents whose country was guessed, as the acting official's own people."""
    word = (target.sector_word or "").split()[-1:]
    if not word or word[0].lower() not in CONSTITUENTS or not target.how.startswith(GUESSED_PEOPLE):
        return target
    homes = {country_part(s.code) for s in sources if official(s.code)}
    if len(homes) != 1 or None in homes:
        return target
    home = homes.pop()
    return replace(target, code=f"{home}{target.code[3:]}") if home else target


def awaited(frame: Frame, actors: ArticleActors, own: set[str]) -> list[Mention]:
    """The other parties named as the subject of an act's "until" clause ("would not lift the
    embargo until Cuba freed the prisoners" → Cuba)."""
    return [
        m
        for clause in frame.children
        if clause.dep_ == "advcl"
        and any(c.lower_ == UNTIL for c in clause.children)
        # not "until the hostages are released" (whom it is done to), nor "will not send
        # missiles until the US sends them" (a condition of doing the same)
        and clause.lemma_.lower() != frame.token.lemma_.lower()
        for subject in clause.children
        if subject.dep_ == "nsubj"
        for m in actors.actors(subject)
        if m.code not in own
    ]


def accused(event: Candidate, own: set[str], home: set[str | None]) -> bool:
    """Whether an act is aimed at the given actors or their state."""
    target = event.target
    return target is not None and (target.code in own or actor_country(target.code) in home)


def accusers(
    sources: list[Mention], earlier: Sequence[Candidate], families: Sequence[str] = ACCUSING
) -> list[Mention]:
    """Who last accused, criticised or threatened the denier in the article, else the
    denier's country: the party a denial answers (also at home: "Navalny accused the
    Kremlin …; the Kremlin denied it"). With ``families`` PRESSING: who last demanded,
    protested or appealed, the party a concession gives in to ("students protested against
    the fare rise …; the government scrapped it")."""
    own = {s.code for s in sources}
    home = {country_part(code) for code in own}
    told = [
        e
        for e in earlier
        if FAMILIES.get(e.code[:2]) in families
        and e.target is not None
        and e.source.code not in own
        and not e.negated
    ]
    sectors = {code[3:6] for code in own}
    for named in (own, home):
        for event in reversed(told):
            target = event.target
            if target is None or not (target.code in named or country_part(target.code) in named):
                continue
            elsewhere = target.code[3:6] not in sectors and len(target.code) > 3
            if named is home and families == PRESSING and elsewhere:
                # "the rights commission accused police of abductions … Ruto withdrew the
                # bill": pressure on another body of the state is not on the one who yields
                continue
            return [event.source]
    return []


def casualties(frame: Frame, actors: ArticleActors) -> list[Mention]:
    """ "…, killing 15 civilians": the victims of an attack named in a participle clause."""
    for child in frame.children:
        if child.dep_ == "advcl" and child.lemma_.lower() in VICTIM_VERBS:
            for grandchild in child.children:
                if grandchild.dep_ in ("dobj", "obj"):
                    return actors.actors(grandchild)
    return []


# What kills or wounds in "A roadside bomb killed a U.S. soldier": the weapon's code (CAMEO 18x
# bombings, 19x force) when no actor is named; the attacker is an unidentified armed force.
ATTACK_WEAPONS = MappingProxyType(
    {
        **dict.fromkeys(("bomb", "bombing", "explosion", "blast", "ied", "device"), "183"),
        **dict.fromkeys(("mine", "landmine", "minefield"), "183"),
        **dict.fromkeys(("rocket", "shell", "missile", "mortar", "shelling", "artillery"), "194"),
        **dict.fromkeys(("airstrike", "raid"), "195"),
        **dict.fromkeys(("attack", "ambush", "gunfire", "sniper", "gunman", "gunmen"), "190"),
    }
)
# Nouns of an attack whose kind says the weapon: "in a bomb attack", "in a rocket strike",
# "in an air strike" (195), "in a suicide bombing" (1831); a bare "raid" says none.
BOMB_NOUNS = frozenset({"bomb", "bombing", "explosion", "blast"})
# A bombing with no more said of it (183, non-military): a state's is from the air (195), and
# "the bombing of" a place an armed group's is not, unless the words say so.
BOMBING = "183"
BOMBING_NOUN = "bombing"
AERIAL = frozenset({"aerial", "air", "carpet", "drone", "drones", "uav", "uavs"})


def armed_group(actor: Mention) -> bool:
    """An armed group: a named one (IMG) or rebels, insurgents, separatists or gunmen."""
    return actor.code.startswith("IMG") or actor.code[3:6] in ARMED_GROUP_SECTORS


def aerial(noun: Token, frame: Frame, sources: list[Mention]) -> bool:
    """Whether a bombing's words say it came from the air: its modifiers, a "with" phrase
    ("the bombing of the airport with drones") or the doer's ("the Houthis' air force")."""
    words = {c.lemma_.lower() for c in noun.children if c.dep_ in ("amod", "compound")}
    words |= {o.lemma_.lower() for w, o in frame.preps if w == "with"}
    words |= {  # "the bombing of a Kenyan base with drones", the parser hanging "with" low
        o.lemma_.lower()
        for t in noun.subtree
        if t.lower_ == "with"
        for o in t.children
        if o.dep_ == "pobj"
    }
    words |= {w.lower() for s in sources for w in s.text.split()}
    return not words.isdisjoint(AERIAL)


def all_states(sources: list[Mention]) -> bool:
    """Whether there are doers and all are states or their governments, armies or police."""
    return bool(sources) and all(map(state_force, sources))


def attack_kind(noun: Token, force: Mapping[str, str]) -> str | None:
    """The code the words of an attack noun give its weapon, if any: "a car bomb attack" →
    1832, "a suicide attack" → 1831, "a rocket attack" → 194, "an air strike" → 195."""
    kinds = [noun.lemma_.lower()]
    for word in noun.subtree:
        if word.dep_ in ("compound", "amod") and word.i < noun.i:
            kinds.append(word.lemma_.lower())
        elif word.dep_ == "pobj" and word.head.head.i == noun.i and word.head.lower_ == "by":
            kinds.append(word.lemma_.lower())  # "a raid by helicopter gunships"
            kinds += [c.lemma_.lower() for c in word.children if c.dep_ == "compound"]
    if "air" in kinds:
        return AIR_STRIKE
    bombing = any(k in BOMB_NOUNS for k in kinds)
    for kind in kinds:
        if kind in BOMB_KINDS and (bombing or kind == "suicide"):
            return BOMB_KINDS[kind]  # "a car bomb attack", "a suicide attack"
    for kind in kinds:
        if kind in force:
            return force[kind]
    return "183" if bombing else None


# How an actor no word names was made: the force behind a bomb (its words are the weapon's).
IMPLICIT_ACTOR = "unattributed-weapon"
BOMB_KINDS = MappingProxyType(
    {"suicide": "1831", "car": "1832", "vehicle": "1832", "truck": "1832", "roadside": "1833"}
)


def unattributed_attacks(
    sent: Span, actors: ArticleActors, table: TokenTable, trace: list[Decision] | None
) -> Iterator[Candidate]:
    """ "A roadside blast killed two Nigerian soldiers", "Four policemen were wounded by a
    landmine": a weapon or attack that kills or wounds named victims, with
    no actor behind it, is an attack by an unidentified armed force (UAF; its country comes
    from the event's place). Victims killed *in* a bombing, with no agent, stay a casualty
    count (CODING.md §9)."""
    if VICTIM_VERBS.isdisjoint(table.lemma[sent.start : sent.end]):
        return
    for i in range(sent.start, sent.end):
        if table.pos[i] != VERB_ID or table.lemma[i] not in VICTIM_VERBS:
            continue
        token = sent.doc[i]
        frame = build_frame(token)
        weapon: Token | None
        victims: Token | None
        if frame.passive_subject is not None:
            agents = [o for w, o in frame.preps if w == "by"]
            weapon, victims = (agents[0] if agents else None), frame.passive_subject
        else:
            subjects = [c for c in token.children if c.dep_ == "nsubj"]
            weapon, victims = (subjects[0] if subjects else None), frame.obj
        if weapon is None or victims is None or actors.actors(weapon):
            continue
        if deed_doers(weapon, actors):
            continue  # "the shelling of Zaporizhzhia by Russian forces": its doer is named
        code = ATTACK_WEAPONS.get(weapon.lemma_.lower())
        targets = actors.actors(victims)
        if code is None or not targets:
            continue
        modifiers = {c.lemma_.lower() for c in weapon.children if c.dep_ in ("compound", "amod")}
        if code == "183":
            code = next((BOMB_KINDS[m] for m in modifiers if m in BOMB_KINDS), code)
        start, end = table.idx[weapon.i], table.end[weapon.i]
        attacker = Mention(
            UNKNOWN_COUNTRY + "UAF", table.text[start:end], start, end, weapon.i,
            IMPLICIT_ACTOR, False, None, True,
        )  # fmt: skip
        if trace is not None:
            trace.append(Decision(token.text, None, f"{weapon.text!r} with no actor: UAF, {code}"))
        for target in targets:
            yield Candidate(
                source=attacker,
                target=target,
                code=code,
                trigger_start=table.idx[token.i],
                trigger_end=table.end[token.i],
                trigger_text=token.text,
                negated=is_negated(frame, None),
                rule="rule:unattributed-weapon",
                specificity=1,
            )


def attack_of_site(clause: Token) -> Token | None:
    """The attack a killing relative clause is about when the parser hangs it on the attack's
    site: "a suicide bombing at a mosque in Peshawar that killed 50 people", "the bombing of a
    market that killed 20" (the bombing killed them, not the mosque or the market)."""
    if clause.lemma_.lower() not in VICTIM_VERBS:
        return None
    noun = clause.head
    for _ in range(4):
        if noun.dep_ != "pobj" or noun.head.lower_ not in SITE_WORDS:
            return None
        noun = noun.head.head
        if noun.pos_ in ("VERB", "AUX"):
            # "carried out a bombing at a mosque in Baidoa that killed nine": the site phrase
            # hung on the verb whose object is the attack
            objects = [c for c in noun.children if c.dep_ == "dobj"]
            return next((o for o in objects if o.lemma_.lower() in ATTACK_WEAPONS), None)
        if noun.lemma_.lower() in ATTACK_WEAPONS:
            return noun
    return None


SITE_WORDS = frozenset({"at", "in", "on", "near", "outside", "inside", "of"})


CONDITION_MARKS = frozenset({"if", "unless"})
# Marks of a clause that is a condition when what it is tied to will only be: "would free the
# crew when Israel ends its war". ("once" is left out: the one gold sentence with it, "would be
# released once the president stepped down", then loses its only coded event.)
ONCE = frozenset({"when"})
# Words whose presence in a sentence calls for the condition check (CONDITION_MARKS, and "until"
# after what will not be yet).
CONDITION_WORDS = CONDITION_MARKS | {"until"} | ONCE
# Nouns whose clause says what is asked for or planned, not what was done: "its demand that
# Israel lift the blockade", "a call for the government to release prisoners".
CONTENT_NOUNS = frozenset(
    {"demand", "call", "appeal", "request", "plea", "ultimatum", "insistence", "proposal"}
    | {"suggestion", "recommendation", "plan", "offer", "hope", "wish", "promise", "pledge"}
    | {"threat", "warning", "intention", "bid", "push", "condition", "resolution", "motion"}
    | {"willingness", "readiness", "commitment", "determination", "desire", "intent"}
    | {"invitation", "invite"}
)
# What is received as words, whoever's they are, not as a visitor: "received Hamas's response
# to the proposal", "received a letter from Putin".
MESSAGES = CONTENT_NOUNS | {"response", "reply", "answer", "letter", "message", "note", "report"}


DEFINITE = frozenset({"the", "this", "that", "these", "those"})
# Violent repression (175) is force too, for an act named again ("the shooting", "the killings").
REPRESSION = "175"
# Kinds of act an event noun can refer back to ("the attack", "the arrests", "the charges").
FAMILIES = {
    "18": "force",
    "19": "force",
    "20": "force",
    "17": "coerce",
    "16": "reduce",
    "14": "protest",
    "13": "threaten",
    "12": "reject",
    "11": "disapprove",
    "10": "demand",
    "09": "investigate",
    "03": "agree",
    "05": "agree",
    "06": "agree",
    "04": "consult",
    "15": "posture",
    "02": "appeal",
    "07": "aid",
    "08": "yield",
}
ATTEMPT_NOUNS = frozenset({"attempt", "bid"})
AGREEING = "agree"
# The family of words said, and the roots of acts told through saying them: statements,
# appeals, demands, criticism, rejections, threats.
SPEECH = "speech"
SPOKEN_ROOTS = frozenset({"01", "02", "10", "11", "12", "13"})
# Verbs of beating back attacks, which need no "the" to refer to the attackers told before.
REPELLING = frozenset({"repel", "repulse", "thwart", "foil", "beat", "fend"})
# Act nouns a second family of acts can be told by: soldiers who "seized power" (171) or
# "staged a coup" (180) made the coup, or the takeover.
OTHER_FAMILIES = MappingProxyType(
    {"coup": "force", "putsch": "force", "takeover": "force", "ruling": "coerce"}
    # diplomats expelled (161), not only people deported (174): "called the expulsions a
    # provocation" after "expelled two Russian diplomats"
    | {"expulsion": "reduce"}
    # a call told again as a demand and back: "ECOWAS called on the junta to free Bazoum. The
    # junta rejected the demand" answers ECOWAS
    | {"demand": "appeal"}
    # an invitation or proposal is an offer or a request: "declined the invitation" after
    # "invited Argentina to join the bloc" (022)
    | {"invitation": "appeal", "proposal": "appeal"}
    # a raid by police is coercion (170), as is one that seized a ship (171): "the raid was
    # criticised" after "police stormed the embassy", "the navy seized a tanker"
    | {"raid": "coerce"}
    # missiles fired at no one are a launch too: "North Korea fired 18 ballistic missiles
    # toward the sea. Kishida condemned the launches" (194, not a test)
    | {"launch": "force"}
)
# Act nouns of what was offered, answered as the latest such act, not the story's first
# agreement: "Kristersson declined the invitation" after Turkey ratified Sweden's bid and Orban
# invited him to Budapest.
OFFERS = frozenset({"invitation", "offer", "proposal"})
# Act nouns that name any decision of a court, whichever way it went: a ruling may convict,
# ban, acquit or overturn.
ANY_COURT_ACT_NOUNS = frozenset({"ruling"})
COURT_SECTOR = "JUD"
# Act nouns a state's official complaint (114) is also told by: "China rejected the protest"
# after "Japan lodged a protest with China" answers Japan, not a street protest.
COMPLAINT_NOUNS = frozenset({"protest"})
# Act nouns of military exercises, alone or held with partners (150, 062).
EXERCISE_NOUNS = frozenset({"exercise", "drill", "maneuver", "manoeuvre", "wargame"})
# Nouns of an end whose "to"/"of" phrase names the act ended: "an end to the violence".
ENDINGS = frozenset({"end", "halt", "stop", "cessation"})


def ended(noun: Token) -> list[Token]:
    """The act an end noun ends: the object of its "to" or "of" phrase."""
    return [
        o
        for p in noun.children
        if p.dep_ == "prep" and p.lower_ in ("to", "of")
        for o in p.children
        if o.dep_ == "pobj"
    ]


# Nouns that name an act the lexicon codes by its verbs only ("seized power", "sentenced"):
# "the African Union condemned the coup" refers back to the soldiers' seizure.
# A coup is a seizure by soldiers, not any arrest; charges and accusations are criticism.
# What is carried out, not killed, in "the execution of …": "the execution of the contract".
EXECUTION = "execution"
CARRIED_OUT = frozenset(
    {"plan", "contract", "deal", "order", "strategy", "project", "warrant", "agreement"}
    | {"policy", "budget", "program", "programme", "task", "decision", "ceasefire", "accord"}
)

ACT_NOUNS: dict[str, tuple[str, str | None]] = {
    "coup": ("coerce", "MIL"),
    "putsch": ("coerce", "MIL"),
    "takeover": ("coerce", "MIL"),
    "removal": ("coerce", None),
    "ouster": ("coerce", None),
    "overthrow": ("coerce", None),
    "strike": ("force", None),  # "welcomed the strikes" after "jets struck"; a labour strike
    "raid": ("force", None),  # is told as a protest, so no force came before it
    "incursion": ("force", None),  # "the OAS condemned the incursion" after police raided
    # ships rammed: "Japan voiced concern over the collision" after a Chinese ship rammed a
    # Philippine one ("the incident" is not: it may be a fire told after, which is no event)
    "collision": ("force", None),
    "ramming": ("force", None),
    "charge": ("disapprove", None),
    "accusation": ("disapprove", None),
    "allegation": ("disapprove", None),
    # a complaint or suit filed: "China rejected the complaint" after the EU filed one at the
    # WTO (115)
    "complaint": ("disapprove", None),
    "lawsuit": ("disapprove", None),
    "request": ("appeal", None),  # "Morocco rejected the request" after Madrid called on it
    # what was offered or proposed, answered with no "to" phrase: "Argentina declined the
    # invitation" after BRICS invited it to join, "Beijing welcomed the offer" after Seoul
    # offered to host talks
    "invitation": ("agree", None),
    "offer": ("agree", None),
    "proposal": ("agree", None),
    "warning": ("threaten", None),  # "dismissed the warning" after "warned NATO against …"
    "threat": ("threaten", None),
    "ultimatum": ("threaten", None),
    "deal": ("agree", None),
    "agreement": ("agree", None),
    "accord": ("agree", None),
    "pact": ("agree", None),
    "talk": ("consult", None),
    # troops sent: "Iran condemned the deployment" after "Saudi Arabia sent troops to Bahrain"
    "deployment": ("posture", None),
    "buildup": ("posture", None),
    "build-up": ("posture", None),
    # missiles fired as a show of force: "Seoul condemned the launches", "… the test"
    "launch": ("posture", None),
    "test": ("posture", None),
    # drills shown as force: "China launched drills around Taiwan. Taipei condemned the
    # exercises"
    "exercise": ("posture", None),
    "drill": ("posture", None),
    "maneuver": ("posture", None),
    "manoeuvre": ("posture", None),
    "wargame": ("posture", None),
    # acts the lexicon codes only when qualified ("targeted killing", "police violence"):
    # bare, they refer back to the force told before; a verdict to the court that sentenced
    "killing": ("force", None),
    # "Baerbock condemned the execution" after "Tehran executed a German-Iranian national"
    "execution": ("force", None),
    "violence": ("force", None),
    "warrant": ("coerce", None),  # "rejected the warrant" after the ICC issued one
    # trade measures the lexicon codes only with their verb: "called the duties unjustified"
    # after China imposed duties on EU brandy (163)
    "tariff": ("reduce", None),
    "duty": ("reduce", None),
    # "Beijing criticised the restrictions" after Washington tightened export controls (163)
    "restriction": ("reduce", None),
    "curb": ("reduce", None),
    "control": ("reduce", None),
    # words said: "condemned the remarks" answers the one who last spoke
    "remark": (SPEECH, None),
    "comment": (SPEECH, None),
    "statement": (SPEECH, None),
    "rhetoric": (SPEECH, None),
    "verdict": ("disapprove", "JUD"),
    "ruling": ("disapprove", "JUD"),  # or a ban: "criticised the ruling" after a court
    # dissolved a party (OTHER_FAMILIES)
    # "dismissed the rallies as a stunt" after crowds rallied: the ralliers' protest
    "rally": ("protest", None),
    "sentence": ("disapprove", "JUD"),
    "conviction": ("disapprove", "JUD"),
}


# The noun ending that makes a verb an act noun ("agreement", "deployment"), and the shortest
# stem left once it is cut.
MENT = "ment"
MIN_STEM = 4
# Past forms whose stem is not their verb's: "the strikes" are those "struck".
IRREGULAR_PASTS = MappingProxyType(
    {"struck": "strike", "fought": "fight", "shot": "shoot", "overthrew": "overthrow"}
    | {"overthrown": "overthrow", "sought": "seek", "took": "take"}
)


def same_word(lemma: str, trigger: str) -> bool:
    """Whether an event noun is the word of a trigger: "shelling" of "shelled", "attack" of
    "attacked", "arrest" of "arrested", "agreement" of "agreed" (a shared stem; "detention"
    and "detained" differ)."""
    if lemma.endswith(MENT) and len(lemma) - len(MENT) >= MIN_STEM:
        lemma = lemma[: -len(MENT)]  # "welcomed the agreement" after "Qatar agreed to supply"
    words = trigger.split(maxsplit=1)
    word = words[0].lower() if words else ""
    word = IRREGULAR_PASTS.get(word, word)  # "the strikes" of "struck"
    shared = 0
    while shared < min(len(lemma), len(word)) and lemma[shared] == word[shared]:
        shared += 1
    return shared >= max(4, len(lemma) - 3)


def object_word(doc: Doc, event: Candidate) -> str:
    """The lemma of the direct object of an event's trigger verb, which names the act the verb
    does: "strike" of "launched air strikes" (a later "the strikes" refers to it)."""
    span = doc.char_span(event.trigger_start, event.trigger_end, alignment_mode="expand")
    if span is None:
        return ""
    obj = next((c for c in span.root.children if c.dep_ == "dobj"), None)
    return obj.lemma_.lower() if obj is not None else ""


# Characterisation: a verb that names its object something ("called the strike a war crime",
# "dismissed the protesters as puppets", "described the deal as historic") criticises (111)
# or praises (051) whoever the object is or did, when the name is a judgement. Words, as
# lemmas, that make the name a condemnation or an endorsement; neutral names code nothing.
CHARACTERISING = frozenset(
    {"call", "describe", "brand", "label", "term", "dub", "characterize", "characterise"}
    | {"portray", "depict", "paint", "dismiss", "view", "regard", "consider", "see", "deem"}
    | {"declare", "denounce", "condemn", "decry", "hail", "praise", "hold"}
    # verbs of a verbal attack, judged by an "as" name: "attacked the prosecutor as deranged"
    | {"attack", "slam", "blast", "assail", "lambaste"}
)
PEJORATIVE = frozenset(
    {"crime", "criminal", "provocation", "provocative", "aggression", "aggressor", "terrorism"}
    | {"terrorist", "terror", "lie", "liar", "farce", "sham", "travesty", "charade", "disgrace"}
    | {"disgraceful", "shameful", "insult", "insulting", "outrage", "outrageous", "atrocity"}
    | {"massacre", "genocide", "violation", "breach", "blunder", "mistake", "puppet", "thug"}
    | {"traitor", "fascist", "nazi", "occupier", "invader", "propaganda", "fabrication", "hoax"}
    | {"slander", "smear", "blackmail", "piracy", "hijacking", "interference", "meddling"}
    | {"illegal", "illegitimate", "unlawful", "unacceptable", "absurd", "baseless", "groundless"}
    | {"unfounded", "irresponsible", "reckless", "hostile", "unfriendly", "barbaric"}
    | {"barbarous", "inhumane", "inhuman", "cowardly", "heinous", "despicable", "unjust"}
    | {"racist", "ridiculous", "nonsense", "hypocritical", "hypocrisy", "rogue", "dictator"}
    | {"dictatorship", "tyrant", "tyranny", "coup", "invasion", "occupation", "mockery"}
    | {"betrayal", "treason", "theft", "robbery", "extortion", "sabotage", "vandalism"}
    | {"unjustified", "unjustifiable", "unprovoked", "unwarranted", "dangerous", "escalation"}
    | {"aggressive", "destabilizing", "destabilising", "inflammatory", "brutal", "brutality"}
    | {"savage", "counterproductive", "unhelpful", "deplorable", "regrettable", "separatist"}
    | {"enemy", "persecution", "oppression", "repression", "warmonger", "extremist"}
    # the words of domestic quarrels: "called the arrest an abuse of power", "a witch hunt"
    | {"abuse", "vendetta", "witch", "censorship", "harassment", "intimidation", "injustice"}
    | {"kidnapping", "abduction", "unconstitutional", "undemocratic", "arbitrary", "fraud"}
    | {"fraudulent", "rigged", "authoritarian"}
    # a government's words for its critics: "dismissed the protests as a foreign-funded plot",
    # "called the storming of parliament treasonous"
    | {"plot", "conspiracy", "ploy", "stunt", "treasonous", "seditious", "anarchy"}
    # words for a measure that will not work: "dismissed the sanctions as meaningless"
    | {"meaningless", "pointless", "futile", "worthless", "useless", "ineffective"}
    # words of a politician's attacks on his accusers: "attacked the special counsel as deranged"
    | {"deranged", "corrupt", "lawless", "weaponized", "weaponised", "partisan"}
    # the words of electoral and personal quarrels: "called the ruling unfair", "called the
    # prime minister arrogant", "called the president a murderer"
    | {"unfair", "biased", "arrogant", "murderer", "killer", "scandalous", "shameless"}
    | {"incompetent", "clown", "coward"}
)
ACCLAIMING = frozenset(
    {"success", "successful", "victory", "breakthrough", "milestone", "triumph", "historic"}
    | {"achievement", "landmark", "positive", "constructive", "productive", "fruitful", "hero"}
    | {"heroic", "courageous", "brave", "wise", "excellent", "model", "encouraging", "good"}
    | {"great", "friend", "welcome", "commendable", "admirable"}
)
# How a speaker's country was guessed rather than named.
GUESSED_COUNTRY = ("context-country", "sector-only", "subject-context", "dateline-country")
# Words that name someone the doer of a wrong: "holds the militants responsible for the
# bombing", "said Hamas was responsible for the attack" accuse (112).
BLAMING = frozenset({"responsible", "culpable", "guilty", "complicit"})
# The verbs whose lexicon patterns code a characterisation, and the codes it may replace:
# a disapproval, rejection or denial the verb codes already stands ("dismissed the charges
# as baseless" is a denial).
CHARACTERISATION_VERBS = {"accusing": "accuse", "pejorative": "criticize", "acclaiming": "praise"}
# Entity types whose words name something rather than judge it.
NAME_ENTITIES = frozenset({"ORG", "GPE", "LOC", "FAC", "NORP", "EVENT", "LAW", "WORK_OF_ART"})
PEJORATIVE_KIND = "pejorative"
JUDGEMENT_WORDS = (("accusing", BLAMING), (PEJORATIVE_KIND, PEJORATIVE), ("acclaiming", ACCLAIMING))
# Verbs of a view held rather than said: judged only when told as a past act ("Putin regarded
# the attack as a violation of international law").
ATTITUDES = frozenset({"view", "regard", "see", "consider", "deem"})
JUDGED_ROOTS = ("11", "12")
PRAISE = "051"


# Sectors of the people who hold a state's offices (not former officials, ELI).
OFFICE_SECTORS = STATE_SECTORS - {"ELI"}


def official(code: str) -> bool:
    """Whether an actor code is a state or one of its offices (``OFFICE_SECTORS``)."""
    return len(code) == 3 or code[3:6] in OFFICE_SECTORS


def decider(mention: Mention) -> bool:
    """Whether an actor takes decisions and measures: a state, its organs, or an organisation
    (not a crowd, a union or a company)."""
    return (
        len(mention.code) == 3
        or mention.code[3:6] in STATE_SECTORS
        or mention.code.startswith(("IGO", "IMG"))
    )


# Determiners of a noun of any kind, whose relative clause tells no act: "any target that …".
GENERIC_DETS = frozenset({"any", "every", "whichever", "whatever"})


def between_nouns(frame: Frame) -> list[Token]:
    """The nouns of an act's "between" phrase, or of its complement's ("offered to mediate
    between the two neighbours")."""
    nouns = [o for word, o in frame.preps if word == "between"]
    for clause in frame.children:
        if clause.dep_ == "xcomp":
            nouns += [o for word, o in build_frame(clause).preps if word == "between"]
    return nouns


INTENT_ROOT = "03"  # express intent to cooperate


def agreed_together(verb: Token, code: str, sources: list[Mention]) -> bool:
    """Whether the parties of two states agreed together on an intent with no one else named:
    "Abiy and Mohamud agreed in Ankara to end a dispute" (each with the other)."""
    states = {country_part(s.code) for s in sources} - {None}
    return len(states) > 1 and code[:2] == INTENT_ROOT and verb.lemma_.lower() == "agree"


def judging(code: str) -> bool:
    """Whether an event judges another's act: praise, disapproval or rejection."""
    return code == PRAISE or code[:2] in JUDGED_ROOTS


CHARACTERISED = "characterised as"  # marks the rule of a judged pattern
DENIAL_VERB = "deny"
DENIAL_CODE = "016"


def characterisation(frame: Frame) -> tuple[str, str] | None:
    """Whether a verb names its object with a judgement, and the word that judges it: the
    object's name is an "as" phrase, an object predicate ("called the strike a war crime",
    "branded the visit a provocation") or an adjective after the object ("labelled the move
    unacceptable"). Returns ("pejorative" or "acclaiming", word), else None."""
    found = characterising_word(frame)
    return (found[0], found[1].text) if found is not None else None


def characterising_word(frame: Frame) -> tuple[str, Token] | None:
    """The kind and the word of the judgement a verb names its object with (characterisation),
    else None."""
    verb = frame.token
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in CHARACTERISING:
        return None
    if verb.lemma_.lower() in ATTITUDES and verb.tag_ not in ("VBD", "VBN"):
        return None  # "Saudi Arabia regards Iran as a rival": a standing view, no act
    obj = frame.obj
    if obj is None:
        return None
    names: list[Token] = []
    for child in frame.children:
        if child.dep_ in ("oprd", "acomp") or (child.dep_ == "dobj" and child.i > obj.i):
            names.append(child)
        elif child.dep_ == "ccomp" and same(small_clause_subject(child), obj):
            names.append(child)  # "holds Ukraine responsible", parsed as a clause
        elif child.dep_ == "prep" and child.lower_ == "as":
            names.extend(child.children)
        elif as_name_clause(child):
            names.append(child)  # "attacked Smith as deranged", the name parsed as a clause
    # an adjective after the object, or a name the parser made its apposition ("called the
    # drone attack on Moscow a terrorist act")
    names.extend(c for c in obj.children if c.dep_ in ("amod", "appos") and c.i > obj.i)
    trailing = trailing_adjective(obj)
    if trailing is not None:
        names.append(trailing)
    return judging_word(names)


def wronged_by_judgement(frame: Frame) -> set[int]:
    """The words of whom a judging word says is wronged, its "to"/"for" phrase ("called the
    peace plan unfair to Ukraine", also as the parser hangs it on the verb after the word):
    that party suffers the judged thing, it is not judged."""
    found = characterising_word(frame)
    if found is None:
        return set()
    word = found[1]
    after = (c for c in frame.children if c.i > word.i)
    return {
        t.i
        for prep in (*word.children, *after)
        if prep.dep_ == "prep" and prep.lower_ in WRONGED_PREPS
        for t in prep.subtree
    }


WRONGED_PREPS = frozenset({"to", "for"})


def as_name_clause(child: Token) -> bool:
    """An "as" name the parser made a clause with no subject of its own ("attacked Smith as
    deranged"); not a time clause ("attacked the town as night fell")."""
    return (
        child.dep_ == "advcl"
        and any(c.dep_ == "mark" and c.lower_ == "as" for c in child.children)
        and not any(c.dep_ in SUBJECT_DEPS for c in child.children)
    )


def trailing_adjective(obj: Token) -> Token | None:
    """An adjective that ends an object's phrase after the noun it is hung on, the object's
    name misread as a modifier ("calling its prosecutor's request for arrest warrants
    outrageous": the request is outrageous, not the warrants)."""
    last = max(obj.subtree, key=lambda t: t.i if not t.is_punct else -1)
    if last.dep_ == "amod" and last.pos_ == "ADJ" and last.head.i < last.i:
        return last
    return None


def small_clause_subject(clause: Token) -> Token | None:
    """The subject of a verbless clause the parser hangs on a verb ("holds [Ukraine
    responsible]"), or of its "to be" clause ("considers [the YPG to be a terrorist group]"),
    else None."""
    to_be = clause.lemma_.lower() == "be" and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in clause.children
    )
    if clause.pos_ not in ("ADJ", "NOUN") and not to_be:
        return None
    return next((c for c in clause.children if c.dep_ == "nsubj"), None)


WEIGH_OPTION = "014"  # consider a policy option
# Relative pronouns, which stand for the noun their clause is about.
RELATIVES = frozenset({"which", "who", "whom", "that"})


# What an "as" phrase gives as a reason or a means, not a name: "considering sanctions as a
# response to the crackdown".
AS_PURPOSES = frozenset(
    "response reaction retaliation punishment reprisal answer warning signal step measure means "
    "way part result precaution".split()
)


# Responses, and what they answer or are aimed at: "a response to the hostile moves".
RESPONSES = frozenset({"response", "reaction", "retaliation", "punishment", "reprisal", "answer"})
ANSWERED_PREPS = frozenset({"to", "for", "against"})


def naming(prep: Token) -> bool:
    """Whether an "as" phrase names its verb's object ("regards Iran as a rival")."""
    return not any(o.dep_ == "pobj" and o.lemma_.lower() in AS_PURPOSES for o in prep.children)


def names_object(frame: Frame) -> bool:
    """Whether a verb names its object as something ("considers Hezbollah a threat", "the
    YPG to be a terrorist group", "regards Iran as a rival", "the PKK, which Ankara considers
    a terrorist group": the relative is the object, the noun its name), however it judges."""
    obj = frame.obj
    for child in frame.children:
        if child.dep_ == "oprd" or (
            child.dep_ == "prep" and child.lower_ == "as" and naming(child)
        ):
            return True
        if child.dep_ == "ccomp" and small_clause_subject(child) is not None:
            return True
        if child.dep_ == "dobj" and obj is not None and child.i > obj.i:
            return True  # two objects: "considered the launch a provocation"
    if frame.token.dep_ != "relcl" or obj is None or obj.lower_ in RELATIVES:
        return False
    relatives = [c for c in frame.children if c.lower_ in RELATIVES]
    subject = any(c.dep_ == "nsubj" and c.lower_ not in RELATIVES for c in frame.children)
    # the relative is no subject when the clause has its own (the parser may call both so)
    return any(c.dep_ != "nsubj" or subject for c in relatives)


# Designation: a state lists a body or person as "undesirable", which bans its work in the
# country ("declared the Dozhd channel an undesirable organisation", "recognised the group as
# undesirable"); the verb is coded as "banned" would be with the same object (1721 for an
# outlet, 1722 for a party or organisation, else 172), when that is a body, outlet or person
# an actor names (listed_body), not a statement or measure called undesirable.
DESIGNATING = frozenset(
    {"designate", "declare", "label", "brand", "list", "recognise", "recognize", "name", "add"}
)
UNDESIRABLE = "undesirable"
BAN = "ban"


# The diplomatic formula of an expulsion, whose clause the parser may make a verb's over the
# persons as its subject: "declared two Russian diplomats [persona non grata]".
PERSONA_NON_GRATA = frozenset({"grata", "gratae"})


def unwelcome_persons(frame: Frame) -> Frame:
    """A verb's frame with the subject of its "persona non grata" clause as its object, when
    the parser gave it none; else the frame."""
    if frame.obj is not None:
        return frame
    for child in frame.children:
        if child.dep_ == "ccomp" and any(t.lower_ in PERSONA_NON_GRATA for t in child.subtree):
            persons = next((c for c in child.children if c.dep_ == "nsubj"), None)
            if persons is not None:
                return replace(frame, obj=persons)
    return frame


def undesirable_listing(frame: Frame) -> Frame | None:
    """A designating verb's frame if it lists its object as undesirable, with the small
    clause's subject as its object when the parser made the listing the object ("declared [the
    channel] an undesirable organisation"), else None."""
    listed = any(
        word.lower_ == UNDESIRABLE and listing(word, frame.token)
        for child in frame.children
        if child.dep_ not in SUBJECT_DEPS
        for word in child.subtree
    )
    if not listed:
        return None
    obj = frame.obj
    if obj is not None and (obj.lower_ == UNDESIRABLE or obj.lemma_.lower() in LISTING_NOUNS):
        obj = next((c for c in obj.children if c.dep_ in SUBJECT_DEPS), obj)
    return replace(frame, obj=obj)


def listed_body(frame: Frame, actors: ArticleActors) -> bool:
    """Whether what an undesirable listing names is a body, outlet or person an actor stands
    for ("Greenpeace", "the human rights group Memorial", "the Moscow Times"): the object, a
    verbless clause's subject ("declared [the journalist undesirable]") or the object the
    parser made an indirect one ("declared Radio Free Europe an undesirable organisation").
    Not a thing judged unwelcome: one no actor names ("labelled the sanctions undesirable"),
    one named only with a state ("the new US tariffs") or one an actor owns ("labelled the US
    embassy's statement undesirable interference"), which lists no one."""
    named = [frame.obj, *(c for c in frame.children if c.dep_ == "dative")]
    named += [small_clause_subject(c) for c in frame.children if c.dep_ == "ccomp"]
    return any(body_named(t, actors) for t in named if t is not None)


def body_named(token: Token, actors: ArticleActors) -> bool:
    """Whether a listed word names a body, outlet or person (listed_body)."""
    mentions = actors.actors(token)
    if not mentions:
        return False
    if token.pos_ == "NOUN" and not any(m.sector_word or m.person for m in mentions):
        return False  # "the new US tariffs": a thing named with a state, no body of it
    return not any(t.dep_ == "poss" and t.pos_ in ("NOUN", "PROPN") for t in token.subtree)


def listing(word: Token, verb: Token) -> bool:
    """Whether a listing word names what the verb lists, not a law or an act named by it
    ("added amendments to the undesirable organisations law"): no compound of another noun,
    and nothing between it and the verb but words that are no law or other verb."""
    if word.dep_ == "compound":
        return False
    head = word.head
    while head != verb:
        if head.pos_ in ("VERB", "AUX") or head.lemma_.lower() in LAWS or head.i == head.head.i:
            return False
        head = head.head
    return True


# Nouns naming a law, which a listing word may name without listing anyone.
LAWS = frozenset({"law", "bill", "legislation", "act", "statute", "amendment", "rule", "decree"})
# The kinds a listing names, read as no target: "declared the channel an undesirable
# organisation" targets the channel.
LISTING_NOUNS = frozenset({"organisation", "organization", "group", "entity"})


def with_small_clause_object(frame: Frame) -> Frame:
    """A characterising verb with no object whose verbless clause names one: that subject is
    its object ("Russia holds Ukraine responsible for the attack")."""
    if frame.obj is not None:
        return frame
    for child in frame.children:
        if child.dep_ == "ccomp":
            subject = small_clause_subject(child)
            if subject is not None:
                return replace(frame, obj=subject)
    return frame


def judging_word(names: Iterable[Token]) -> tuple[str, Token] | None:
    """The kind of the first judgement among names and the word that makes it: an accusation
    ("responsible"), then a condemnation, which wins over praise in one name ("a historic
    mistake"); a negated name judges nothing ("called the vote no crime")."""
    for name in names:
        words = name_words(name)  # a name never holds the object; an adjective after it may
        if any(t.dep_ == "neg" or t.lower_ in ("no", "not") for t in words):
            continue
        # not a word of a name ("the International Criminal Court", "Great Britain")
        # (a lowercase word the tagger took for a name is none: "called him corrupt")
        words = [
            t
            for t in words
            if (t.pos_ != "PROPN" or t.is_lower) and t.ent_type_ not in NAME_ENTITIES
        ]
        for kind, lemmas in JUDGEMENT_WORDS:
            # also as written: "deranged" read as a participle has the lemma "derange"
            word = next((t for t in words if {t.lemma_.lower(), t.lower_} & lemmas), None)
            if word is None and kind == PEJORATIVE_KIND:
                word = next(filter(act_of_war, words), None)
            if word is not None:
                return kind, word
    return None


def act_of_war(word: Token) -> bool:
    """ "called the attack an act of war": war is no judgement alone ("described the fighting
    as a civil war"), but an act of it is."""
    of = word.head
    return word.lemma_.lower() == "war" and of.lower_ == "of" and of.head.lemma_.lower() == "act"


def name_words(name: Token) -> list[Token]:
    """The words of a name, less what a response or punishment in it answers: "said the launch
    was an appropriate response to the hostile moves of its enemies" judges the enemies' moves,
    not the launch."""
    answered = {
        t.i
        for word in name.subtree
        if word.lemma_.lower() in RESPONSES
        for prep in word.children
        if prep.dep_ == "prep" and prep.lower_ in ANSWERED_PREPS
        for t in prep.subtree
    }
    return [t for t in name.subtree if t.i not in answered]


def said_judgement(clause: Token) -> tuple[str, Token, Token] | None:
    """A reported clause that judges its subject ("said the arrest was unacceptable", "said
    Hamas was responsible for the attack", "said Moscow was behind the blast"): the kind, the
    judging word and the subject; None for a negated or other clause, and for a subject that is
    a pronoun or the speaker's own ("said its fighters were behind the attack" claims it)."""
    if clause.dep_ != "ccomp" or clause.lemma_.lower() != "be":
        return None
    children = list(clause.children)
    subject = next((c for c in children if c.dep_ == "nsubj"), None)
    if subject is None or any(c.dep_ == "neg" for c in children):
        return None
    if subject.pos_ == "PRON" or any(
        c.dep_ == "poss" and c.pos_ == "PRON" for c in subject.children
    ):
        return None
    for child in children:
        if child.dep_ == "prep" and child.lower_ == "behind":
            return "accusing", child, subject  # "Moscow was behind the blast"
        if child.dep_ == "xcomp" and child.lemma_.lower() == "blame":
            return "accusing", child, subject  # "Russia was to blame"
    judged = judging_word(c for c in children if c.dep_ in ("acomp", "attr"))
    return (*judged, subject) if judged is not None else None


# Names that call a charge or report untrue: "said the allegations were baseless" denies them.
FALSITY = frozenset(
    {"baseless", "groundless", "unfounded", "fabrication", "lie", "hoax", "slander", "smear"}
    | {"nonsense", "absurd", "ridiculous", "propaganda"}
)


def judging_verb(kind: str, word: str, judged: Token) -> str:
    """The verb whose patterns code a reported judgement: a charge or report said to be
    untrue is denied ("These allegations are baseless," the spokeswoman said → 016), not
    criticised; else the verb of the judgement's kind. (A verb that names its object, "hit
    back at Canada, calling its allegations absurd", keeps its criticism.)"""
    if judged.lemma_.lower() in TOLD_CLAIMS and word.lower() in FALSITY:
        return DENIAL_VERB
    return CHARACTERISATION_VERBS[kind]


# Demand and plan nouns → the verb whose patterns code what their clause asks for.
NOUN_VERBS = {
    "demand": "demand",
    "call": "call",
    "appeal": "appeal",
    "request": "request",
    "plea": "plead",
    "proposal": "propose",
    "offer": "offer",
    "promise": "promise",
    "pledge": "pledge",
    "threat": "threaten",
    "warning": "warn",
    "plan": "plan",
}


def content_of_noun(token: Token) -> bool:
    """Whether a verb is the "that"- or "to"-clause of a demand or plan noun (the parser
    makes "the offer to mediate" a relative clause too)."""
    return content_noun(token) is not None


def same(token: Token | None, other: Token) -> bool:
    """Whether a token is the other one (spaCy makes a new Token object on every access)."""
    return token is not None and token.i == other.i


def content_noun(token: Token) -> Token | None:
    """The demand or plan noun whose "that"- or "to"-clause a verb is. The parser may hang
    the clause on the verb whose object the noun is: "reiterated its demand that Israel ease
    restrictions"."""
    head = token.head
    if token.dep_ not in ("acl", "advcl", "ccomp", "relcl"):
        return None
    relative = token.dep_ == "relcl"
    marked = any(
        (c.dep_ == "mark" and c.lower_ in ("that", "for") and not relative)
        or (c.dep_ == "aux" and c.lower_ == "to")
        for c in token.children
    )
    if not marked:
        return None
    if head.pos_ == "NOUN":
        return head if head.lemma_.lower() in CONTENT_NOUNS else None
    if token.dep_ != "ccomp" or head.pos_ != "VERB":
        return None
    for noun in head.children:
        if noun.dep_ in OBJECT_DEPS and noun.i < token.i and noun.lemma_.lower() in CONTENT_NOUNS:
            return noun
    return None


# Conjunctions of a time clause whose present tense tells what is yet to come ("before they
# demobilize", "once the government releases them").
TIME_MARKS = frozenset({"before", "until", "till", "once", "after", "when"})
PRESENT_TAGS = frozenset({"VBP", "VBZ", "VB"})


def unreal(token: Token) -> bool:
    """Whether a verb tells what may, must or is yet to happen through the words governing
    it: an adjective or infinitive under a modal ("should be ready to host talks", "could be
    willing to talk") or a present-tense time clause ("must agree to changes before they
    demobilize"). The verb's own modal is read by modal_code."""
    if (
        token.dep_ == "advcl"
        and token.tag_ in PRESENT_TAGS
        and any(c.dep_ in ("mark", "advmod") and c.lower_ in TIME_MARKS for c in token.children)
    ):
        return True
    current = token
    for _ in range(4):
        if current.dep_ not in ("xcomp", "acomp") or current.head.i == current.i:
            return False
        current = current.head
        auxes = {c.lower_ for c in current.children if c.dep_ in AUX_DEPS}
        if auxes & (POSSIBILITY | OBLIGATION | ADVICE):
            return True
    return False


def counterfactual(token: Token, auxes: set[str]) -> bool:
    """Whether a verb tells what would have happened but did not: "would have" in a relative
    clause ("vetoed a resolution that would have condemned the strikes") or with an "if"
    clause. Not reported future perfect ("said it would have withdrawn by March")."""
    if not {"would", "have"} <= auxes and not {"'d", "have"} <= auxes:
        return False
    return token.dep_ == "relcl" or any(
        c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "if" for m in c.children)
        for c in token.children
    )


WITHDRAWAL = "0874"  # retreat or withdraw militarily
REDUCE_RELATIONS = "160"


VETO = "129"
# What a veto blocks in the Security Council.
RESOLUTIONS = frozenset({"resolution", "draft", "text"})
# The Security Council's permanent members, who alone hold a veto there.
PERMANENT_MEMBERS = frozenset({"USA", "RUS", "CHN", "GBR", "FRA"})
SECURITY_COUNCIL = "IGOUNOUSC"


def security_council(resolution: Token) -> Mention:
    """The Security Council, as the body a resolution vetoed by a permanent member is put to,
    anchored on the word for the resolution."""
    start = resolution.idx
    return Mention(
        SECURITY_COUNCIL, resolution.text, start, start + len(resolution.text), resolution.i,
        "implied:security-council", False, None, False,
    )  # fmt: skip


def own_possessive(mention: Mention, noun: Token) -> bool:
    """Whether a mention is a possessive pronoun on ``noun`` ("its test")."""
    word = noun.doc[mention.head]
    return word.dep_ == "poss" and word.pos_ == "PRON" and word.head.i == noun.i


# The lexicon's words for a news outlet, which a named outlet as an object stands for.
OUTLETS = frozenset({"broadcaster", "outlet", "newspaper", "channel", "station"})
MEDIA = "MED"


def named_outlet(frame: Frame, actors: ArticleActors) -> bool:
    """Whether a verb's object is a news outlet named as such ("the BBC", "Al Jazeera"):
    a proper name resolved to media only."""
    obj = frame.obj
    if obj is None or obj.pos_ != "PROPN":
        return False
    found = actors.actors(obj)
    return bool(found) and all(a.code[3:6] == MEDIA for a in found)


def outlet_pattern(patterns: tuple[Pattern, ...], frame: Frame) -> Pattern | None:
    """The first of a verb's patterns that asks only for a news outlet as its object (and the
    frame's particle), as a named outlet would meet it."""
    return next(
        (
            p
            for p in patterns
            if p.objects & OUTLETS
            and p.particle == frame.particle
            and not (p.modifiers or p.complements or p.target_preps or p.required_preps)
            and p.prep_objects is None
        ),
        None,
    )


# The lexicon's word for an international body, which a body named by its name meets.
BODY_WORD = "organization"
BANS = "172"
# What tells a body left as a meeting left, not a membership given up: "left the G7 early",
# "left the European Council before the vote", "left ASEAN for Tokyo".
LEFT_WHEN = frozenset({"early", "briefly", "before", "after", "for", "to", "during"})


def left_a_meeting(frame: Frame, actors: ArticleActors) -> bool:
    """Whether "left" a body names leaving its meeting: a person left, or left early, before
    something, for somewhere or to do something ("Lula left the G20 early to return home")."""
    verb = frame.token
    if verb.lemma_.lower() != "leave":
        return False
    if any(c.lower_ in LEFT_WHEN or c.dep_ in ("advcl", "xcomp") for c in verb.children):
        return True
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return any(m.person for m in actors.actors(subject))


def named_body(noun: Token, actors: ArticleActors) -> bool:
    """Whether a noun is the name of international bodies only ("ECOWAS", "the African
    Union"; not "the United Nations headquarters", a building named by its lower-case head)."""
    if not noun.text[:1].isupper():
        return False
    found = actors.actors(noun)
    return bool(found) and all(map(igo, found))


def body_pattern(
    patterns: tuple[Pattern, ...], frame: Frame, actors: ArticleActors
) -> Pattern | None:
    """The first of a verb's patterns that asks only for an international body as its object
    (and the frame's particle), as a body named by its name would meet it: "quit ECOWAS"
    meets "quit the organisation"."""
    if frame.obj is None or frame.obj.lemma_.lower() == BODY_WORD:
        return None
    if not named_body(frame.obj, actors) or left_a_meeting(frame, actors):
        return None
    if any(c.dep_ == "prep" and c.lower_ == "in" for c in frame.token.children):
        return None  # "joined ECOWAS in condemning the coup", "left the council in protest"
    return next(
        (
            p
            for p in patterns
            if BODY_WORD in p.objects
            and not p.code.startswith(BANS)  # "banned UNRWA" is no ban of a party (1722)
            and p.particle == frame.particle
            and not (p.modifiers or p.complements or p.target_preps or p.required_preps)
            and p.prep_objects is None
        ),
        None,
    )


# Returning or releasing people or property, and the neutral bodies that only carry the freed
# home, no party to the release.
RETURNING = "084"
INTERMEDIARIES = frozenset({"NGOHUMICR", "NGOHUMIFR", "NGOHUMRCR"})
# Allowing international involvement (access, inspectors, peacekeepers, aid), or refusing it.
INVOLVEMENT = "086"
REFUSED_INVOLVEMENT = "1245"


# What "pulled out of" leaves when forces leave it: a place a state's forces held ("Israel
# pulled out of Gaza", "out of the city"), or troops pulled out ("pulled its troops out of").
PULLOUT_PREPS = frozenset({"out", "of", "from"})
PLACE_WORDS = frozenset(
    {"city", "town", "village", "capital", "port", "province", "region", "district", "area"}
    | {"territory", "country", "enclave", "base", "position", "strip", "zone", "border"}
    | {"corridor", "line", "front", "frontline", "crossing", "island", "airport", "outpost"}
    | {"post", "camp", "checkpoint", "settlement", "neighbourhood", "neighborhood", "suburb"}
    | {"valley", "bank", "heights", "peninsula", "hill", "river", "buffer", "positions", "mine"}
)
PULLED_FORCES = frozenset(
    {"troop", "force", "soldier", "army", "unit", "contingent", "fighter", "military"}
)


def pullout(frame: Frame, actors: ArticleActors, sources: list[Mention]) -> bool:
    """Whether "pulled out of X" is forces leaving a place (0874): armed forces or an armed
    group pull out ("Russian troops pulled out of Kherson"), troops are pulled out, or a state
    leaves a place it names ("Israel pulled out of Gaza"). A race, an election, a market, a
    project or a mediation left is no retreat, nor is a company leaving a country ("Shell
    pulled out of Russia"); a treaty or body left is 160 (its own rows, or "withdrew from
    ECOWAS")."""
    if any(map(armed, sources)):
        return True
    if frame.obj is not None and frame.obj.lemma_.lower() in PULLED_FORCES:
        return True
    if any(map(company, sources)):
        return False
    return any(
        obj.lemma_.lower() in PLACE_WORDS
        # a name no actor but a state's: "from Gaza", and "from Avdiivka", which names no one
        or (obj.pos_ == "PROPN" and all(len(a.code) == 3 for a in actors.actors(obj)))
        for word, obj in frame.preps
        if word in PULLOUT_PREPS
    )


def igo(mention: Mention) -> bool:
    """Whether an actor is an international body."""
    return mention.code.startswith("IGO")


THREATEN = "130"


# What one withdraws that the other side wants kept: peacekeepers, monitors, support.
SUPPORTIVE = frozenset(
    {"peacekeeper", "peacekeeping", "monitor", "observer", "mission", "support", "aid"}
    | {"assistance", "help", "funding", "protection", "backing"}
)


def supportive(frame: Frame) -> bool:
    """Whether what a verb withdraws is help ("its peacekeeping force", "its support")."""
    obj = frame.obj
    if obj is None:
        return False
    words = {obj.lemma_.lower(), *(c.lemma_.lower() for c in obj.children)}
    return not SUPPORTIVE.isdisjoint(words)


def has_unless(verb: Token) -> bool:
    """Whether a verb has an "unless" clause of its own."""
    return any(
        c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "unless" for m in c.children)
        for c in verb.children
    )


def conditional(token: Token) -> bool:
    """Whether a verb is, or lies inside, an "if"/"unless" clause, or an "until" or "when"
    clause of what will not be yet: "threatened to use nuclear weapons if Poland
    attacked Belarus" does not say that Poland attacked (CODING.md §5), nor "would not approve
    it until Stockholm cracked down on militants" that Stockholm did."""
    current = token
    for _ in range(8):
        if current.dep_ == "advcl" and any(
            c.dep_ == "mark" and c.lower_ in CONDITION_MARKS for c in current.children
        ):
            return True
        if (
            current.dep_ == "advcl"
            and any(c.dep_ == "mark" and c.lower_ == "until" for c in current.children)
            and not_yet(current.head)
        ):
            return True  # "would not approve it until Stockholm cracked down on militants"
        if (
            current.dep_ == "advcl"
            and any(c.dep_ in ("mark", "advmod") and c.lower_ in ONCE for c in current.children)
            and only_to_be(current)
        ):
            return True  # "would release the crew only when Israel stopped its war"
        if current.head == current:
            return False
        current = current.head
    return False


def not_yet(verb: Token) -> bool:
    """Whether a verb says what will not be, or will be only later ("would not approve",
    "will keep fighting"): its "until" clause is a condition, not a fact."""
    return any(
        (c.dep_ == "neg") or (c.dep_ == "aux" and c.lower_ in INTENT_AUX) for c in verb.children
    )


def only_to_be(clause: Token) -> bool:
    """Whether a "when" clause is tied to what will only be, so it is a condition: its head
    says "will" or "would" ("would free the crew when Israel ended its war", "will release them
    when Israel withdraws"); a negation alone ("did not respond when Hamas fired rockets") is no
    such mark, and a past "when" act under a plain "will" happened ("will investigate the
    incident when soldiers opened fire")."""
    intents = {c.lower_ for c in clause.head.children if c.dep_ == "aux" and c.lower_ in INTENT_AUX}
    if not intents:
        return False
    past = clause.tag_ == "VBD" or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in clause.children
    )
    return not past or "would" in intents


def condition_party(frame: Frame, actors: ArticleActors, sources: list[Mention]) -> list[Mention]:
    """The party a conditional threat is aimed at: the subject of its "if"/"unless" clause
    ("threatened to halt the talks if the United States deployed the missiles")."""
    own = {s.code for s in sources}
    clauses = [frame.token, *(c for c in frame.children if c.dep_ == "xcomp")]
    for clause in clauses:
        for child in clause.children:
            if child.dep_ != "advcl" or not any(
                c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in child.children
            ):
                continue
            for subject in child.children:
                if subject.dep_ in ("nsubj", "nsubjpass"):
                    found = others(actors, subject, own)
                    if found:
                        return found
    return []


# Event nouns whose "of" phrase is whom or what the act is done to.
DONE_TO_OF = frozenset(
    {"release", "expulsion", "extradition", "arrest", "deportation", "detention", "execution"}
    | {"transfer", "delivery", "sale", "handover", "repatriation", "prosecution", "trial"}
    | {"eviction", "evacuation", "exchange", "return", "supply", "shipment", "export"}
)
# Verbs whose subject gets another to do the act its object names, helps it along or objects
# to it ("Qatar secured the release of the hostages", "the Red Cross facilitated the handover":
# Hamas hands them over; "lawyers challenged the extradition").
OBTAINING = frozenset(
    {"secure", "negotiate", "broker", "win", "obtain", "seek", "request", "facilitate"}
    | {"oversee", "supervise", "mediate", "coordinate", "help", "assist", "arrange", "monitor"}
    | {"question", "challenge", "appeal", "contest", "dispute"}
)


def patient_named(noun: Token, found: Sequence[Mention], actors: ArticleActors) -> bool:
    """Whether an event noun's actors all come from its "of" phrase, which names whom the act is
    done to ("the release of Palestinian prisoners": PSE is the prisoners', not the releaser's);
    only for nouns whose "of" phrase is acted on (not "the deployment of Kenyan police", "the
    visit of the Chinese minister", whose "of" phrase acts) and that name no actor of their own
    ("Israel's release of", "the Israeli release of")."""
    if noun.lemma_.lower() not in DONE_TO_OF:
        return False
    own = [c for c in noun.children if c.dep_ in ("poss", "amod", "compound", "nmod")]
    if any(actors.actors(c) for c in own):
        return False
    patients = {
        country_part(a.code)
        for c in noun.children
        if c.dep_ == "prep" and c.lower_ == "of"
        for _, obj in prep_objects(c)
        for t in obj.subtree
        for a in actors.actors(t)
    }
    return bool(patients) and all(country_part(m.code) in patients for m in found)


def without_bare_twins(found: Iterable[Candidate]) -> list[Candidate]:
    """ "destroyed Palestinian farms and civilian wells": one act on the Palestinians, told
    by its people (PSECVL); the bare country of its things (PSE) adds no second event. Its
    armed groups are another side ("mediated talks between Israel and militants": Israel stays
    beside ISRINS)."""
    found = list(found)
    if len(found) < 2:
        return found
    specific = {
        (c.trigger_start, c.source.code, c.code, c.target.code[:3])
        for c in found
        if c.target is not None
        and len(c.target.code) > 3
        and c.target.code[3:6] not in ARMED_GROUP_SECTORS
    }
    return [
        c
        for c in found
        if c.target is None
        or len(c.target.code) != 3
        or (c.trigger_start, c.source.code, c.code, c.target.code) not in specific
    ]


# Talks and mediation, which a visit for the same meeting yields to (CODING.md §8).
TALKS_CODES = frozenset({"045", "046"})
HOST_SECTORS = frozenset({"", "GOV"})  # a state as a whole, or its government


# Sports reports, whose national sides are no states: a contest the act's own verb names, a
# scoreline after a verb of winning, or a side ("Spain's team") as the doer of an "attack".
GAMES = frozenset(
    "match tournament championship semifinal semi-final quarterfinal quarter-final olympics"
    " qualifier final".split()
)
CONTEST_VERBS = frozenset("beat defeat thrash rout crush edge hammer stun upset overcome".split())
# "side" is left out: "the Russian side attacked" is how war reports name a state's forces
SIDES = frozenset({"team", "squad"})
# Where a contest is the act's own ("withdrew from the tournament", "won in the final"), not
# only when it happened ("threatened Ukraine after the match")
CONTEST_PREPS = frozenset({"from", "in", "at", "of", "for"})
SCORELINE = re.compile(r"(?<![\d.,/:-])\d{1,2}-\d{1,2}(?![\d/:-]|[.,]\d)")
# What a state may still do about a game: protest or boycott it, cut ties over it.
OVER_GAMES = frozenset({"14", "16"})


def names_contest(verb: Token) -> bool:
    """Whether the verb's object, or the object of its own "from", "in", "at" … phrase, is a
    contest noun ("withdrew from the tournament", "stunned Portugal in the quarterfinal")."""
    for child in verb.children:
        words = child.children if child.dep_ == "prep" and child.lower_ in CONTEST_PREPS else ()
        for word in (child, *words):
            if word.pos_ in ("NOUN", "PROPN") and word.lemma_.lower() in GAMES:
                if word is child and child.dep_ not in ("dobj", "nsubjpass"):
                    continue
                return True
    return False


def without_games(found: list[Candidate], sent: Span, table: TokenTable) -> list[Candidate]:
    """ "Brazil beat Argentina 2-1", "The Chinese team withdrew from the tournament", "Spain's
    team attacked early": acts of national sides in a sports report are no events between
    states. Only a bare country acting on no one or on another bare country is dropped, and
    only where the act's own verb names the contest, a scoreline follows a verb of winning or
    a team does force: "police fired tear gas at fans after the match", a protest or boycott,
    "Israel bombed Gaza as Qatar hosted the World Cup final" stay."""
    if not any(len(c.source.code) == 3 for c in found):
        return found
    score = bool(SCORELINE.search(table.sentence_text(sent)))
    doc = sent.doc

    def sporting(c: Candidate) -> bool:
        if len(c.source.code) != 3 or c.code[:2] in OVER_GAMES:
            return False
        if c.target is not None and len(c.target.code) != 3:
            return False
        side = doc[c.source.head].lemma_.lower() in SIDES and c.code[:2] >= "18"
        winning = doc[c.source.head].head
        won = (
            score
            and winning.lemma_.lower() in CONTEST_VERBS
            and not any(w.dep_ == "prt" for w in winning.children)  # "beat back an offensive"
        )
        if side or won:
            return True
        at = bisect_left(table.idx, c.trigger_start, sent.start, sent.end)
        return at < sent.end and table.idx[at] == c.trigger_start and names_contest(doc[at])

    return [c for c in found if not sporting(c)]


def without_visits_of_talks(found: list[Candidate]) -> list[Candidate]:
    """ "Blinken arrived in Cairo and held talks with Sisi": the talks (046), not also the
    visit (042 or 043) of the same two states in the same sentence."""
    talks = {
        frozenset((country_part(c.source.code), country_part(c.target.code)))
        for c in found
        if c.code in TALKS_CODES
        and c.target is not None
        # the host state's own: not "flew to Baghdad and held talks with Kurdish leaders"
        and c.target.code[3:6] in HOST_SECTORS
    }
    if not talks:
        return found
    return [
        c
        for c in found
        if c.code not in (VISIT, HOSTING)
        or c.target is None
        or frozenset((country_part(c.source.code), country_part(c.target.code))) not in talks
    ]


def without_own_state_beside_another(found: list[Candidate]) -> list[Candidate]:
    """ "Russia's Novak praised the cooperation between Moscow and Riyadh": of the parties
    coordinated in one act, the source's own state (RUS) is no party beside another (SAU)."""
    others = {
        (c.trigger_start, c.source.code, c.code)
        for c in found
        if c.target is not None and c.target.code[:3] != c.source.code[:3]
    }
    return [
        c
        for c in found
        if c.target is None
        or c.target.code != c.source.code[:3]
        or (c.trigger_start, c.source.code, c.code) not in others
    ]


# Verbs of moving one's forces in or out (MOVING: "to deploy its troops", "to pull its troops
# out"), or of mobilising or massing them, whose object is no party.
DEPLOYING = MOVING | {"mobilize", "mobilise", "mass", "remove"}
# Verbs whose clause says what another party is let or helped do: "to allow X to land",
# "refused to help Moscow evade sanctions".
PERMITTING = frozenset({"allow", "permit", "let", "enable", "help", "assist"})


# Addressees that are many, none of them named: "the international community".
COLLECTIVES = frozenset({"community", "world"})


def unnamed_addressee(code: str, frame: Frame, target: Token | None, actors: ArticleActors) -> bool:
    """An appeal whose addressee is named and is no actor: "urged European partners to speed
    up deliveries to Ukraine" is to the partners, not to Ukraine, which is inside what is
    asked, so it stands with no target."""
    return (
        code[:2] == APPEAL_ROOT
        and target is not None
        and target is not frame.token
        and target.pos_ == "NOUN"
        and not actors.actors(target)
    )


def complement_actors(
    frame: Frame, actors: ArticleActors, sources: list[Mention], threat: bool = False
) -> list[Mention]:
    """The other party named inside a complement: "threatened to attack US bases", "demanded
    that Russia release…" (also after a noun: "its demand that Israel lift…"), "agreed to ease
    the embargo on Cuba", "threatened to fire missiles at the United States", else deeper in
    its object or phrases ("to withhold billions in funding from Hungary"). In a ``threat``,
    one's own army or police as the complement's subject carry it out and are its party only
    when it names no one else ("warned that its army would strike Seoul" is aimed at Seoul)."""
    own = {s.code for s in sources}
    held: list[Mention] = []  # one's own forces as the subject of a threat's complement
    token = frame.token
    clauses = list(frame.children)
    if threat:
        # "threatened to seek new UN sanctions if Tehran did not cooperate": whom the
        # condition is on is whom the threat is aimed at
        asked = [c for c in clauses if c.dep_ in ("xcomp", "ccomp")]
        conditioned = [
            m
            for inner in (*clauses, *(c for clause in asked for c in clause.children))
            if inner.dep_ == "advcl"
            and any(m.dep_ == "mark" and m.lower_ in CONDITION_MARKS for m in inner.children)
            for subject in inner.children
            if subject.dep_ == "nsubj"
            for m in others(actors, subject, own)
        ]
        if conditioned:
            return conditioned
    if token.pos_ == "NOUN" and token.dep_ in OBJECT_DEPS:  # "its demand on Sunday that Syria …"
        clauses += [c for c in token.head.children if same(content_noun(c), token)]
    wanted = frame.obj if frame.obj is not None and token.pos_ != "NOUN" else None
    if wanted is not None:  # "expressed willingness to work with the United States"
        clauses += [c for c in wanted.children if same(content_noun(c), wanted)]
    for child in clauses:
        if child.dep_ not in ("xcomp", "ccomp") and not content_of_noun(child):
            continue
        noun = content_noun(child)
        if (
            child.head.i != token.i
            and not same(noun, token)
            and not (wanted and same(noun, wanted))
        ):
            continue
        inner = build_frame(child)
        if threat and shields(child):
            # "warned that it would defend Azerbaijan against Armenia": the threat is aimed
            # at whom the ally is shielded from, not at the ally
            foes = [
                m
                for word, obj in inner.preps
                if word in SHIELDED_FROM
                for m in others(actors, obj, own)
            ]
            if foes:
                return foes
        candidates = [c for c in child.children if c.dep_ in ("nsubj", "nsubjpass")]
        if (
            not candidates
            and child.dep_ == "ccomp"
            and child.pos_ in ("NOUN", "PROPN")
            and any(c.dep_ == "mark" for c in child.children)
        ):
            # "demanded that Niger's military rulers free …" with the verb misread as a word
            # of the noun phrase: a "that" clause made of its subject alone is that subject
            candidates.append(child)
        candidates += [inner.obj] if inner.obj is not None else []
        candidates += [obj for word, obj in inner.preps if word in PARTY_PREPS or word == "at"]
        # "threatened to deploy its troops along the frontier": one's own forces are what one
        # moves, not whom the threat is aimed at ("to send the army against the protesters")
        # (only when something is moved: not "to withdraw from the talks with the junta")
        moving = child.lemma_.lower() in DEPLOYING and inner.obj is not None
        forces = own_forces(sources) if moving else frozenset()
        # one's own state acts as its forces do: "warned that China would crush any
        # independence attempt" is aimed at whom the state would act on; not where the act
        # shields its object ("warned that the United States would defend the Philippines":
        # no threat against an ally)
        hostile = child.lemma_.lower() not in SHIELDING
        states = own_states(sources) if hostile else frozenset()
        acting = own_forces(sources) | states if threat else frozenset()
        for candidate in candidates:
            found = [m for m in others(actors, candidate, own) if m.code not in forces]
            if candidate.dep_ == "nsubj" and found and all(m.code in acting for m in found):
                held = held or found
                continue  # not a patient: the army that would strike, whom it strikes next
            if found:
                return found
        if child.lemma_.lower() in PERMITTING:
            # "refused to allow UN planes to land": the party is the one not let act
            found = complement_actors(inner, actors, sources, threat)
            if found:
                return found
        # "agreed to hold talks in Ankara": where a meeting is to be is no party to it
        settings = child.lemma_.lower() not in CONVENING
        found = object_side_actors(inner, actors, sources, settings=settings, excluded=forces)
        if found:
            return found
    return held  # one's own forces or state, when the threat names no one else


# Verbs of meeting, whose place phrase is where, not with whom.
CONVENING = frozenset({"hold", "meet", "convene", "resume", "attend", "host"})


# Acts done for their object, not against it: a threat's clause of them is aimed at no one
# it names ("would defend the Philippines").
SHIELDING = frozenset(
    "defend protect help support assist aid back guard shield rescue save uphold honour honor"
    " reassure".split()
)


# Verbs of warning whose clause may be a pledge to an ally rather than a threat.
WARNING_VERBS = frozenset({"warn", "caution"})


def shielding_warning(verb: Token, head_code: str, actors: ArticleActors) -> bool:
    """Whether a verb is the clause of a bare warning (130) in which the warner pledges to
    shield an ally and names no one it is aimed at: "warned that it would support Iran if
    attacked" names no addressee ("warned Armenia that …"), no one shielded from ("defend
    Azerbaijan against Armenia") and no attacker ("if Israel attacked Iran"); "warned that
    the United States would defend the Philippines" is no pledge of the warner's."""
    head = verb.head
    if (
        head_code != THREAT
        or verb.dep_ != "ccomp"
        or head.lemma_.lower() not in WARNING_VERBS
        or not shields(verb)
        or not any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in verb.children)
        or any(c.dep_ in ("dobj", "dative") for c in head.children)
        or any(c.dep_ == "neg" for c in verb.children)
    ):
        return False  # the word checks first: the actors below are dearer to read
    warners = {
        country_part(m.code) for c in head.children if c.dep_ == "nsubj" for m in actors.actors(c)
    }
    doers = {
        country_part(m.code) for c in verb.children if c.dep_ == "nsubj" for m in actors.actors(c)
    }
    if not doers or not doers <= warners - {None}:
        return False
    if any(c.dep_ == "prep" and c.lower_ in SHIELDED_FROM for c in verb.children):
        return False
    if not shields_other(verb, warners, actors):
        return False
    return not any(
        c.dep_ == "advcl"
        and any(m.dep_ == "mark" and m.lower_ in CONDITION_MARKS for m in c.children)
        and any(s.dep_ == "nsubj" and s.pos_ != "PRON" for s in c.children)
        for c in verb.children
    )  # "if it came under attack": the ally or the warner, no attacker


def shields_other(verb: Token, warners: set[str | None], actors: ArticleActors) -> bool:
    """Whether what a shielding verb shields (its object, or whom one stands by) is an actor
    of another country than the warner's and not the warner's own: "would support Iran" is a
    pledge, "would defend its bases in Syria" or "its troops" a warning."""
    shielded = [c for c in verb.children if c.dep_ == "dobj"] + [
        o
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ in STANDING_BY
        for o in c.children
        if o.dep_ == "pobj"
    ]
    if not shielded or any(
        c.dep_ == "poss" and c.lower_ in OWN_POSSESSIVES and o.lemma_.lower() not in ALLY_NOUNS
        for o in shielded
        for c in o.children
    ):
        return False
    allies = [m for o in shielded for m in actors.actors(o)]
    return bool(allies) and all(country_part(m.code) not in warners for m in allies)


# Possessives by which a warner's clause names its own: "defend its fishing fleet" (but "its
# allies" are others).
OWN_POSSESSIVES = frozenset({"its", "their", "our"})
ALLY_NOUNS = frozenset({"ally", "partner", "friend"})


# Prepositions after "stand" of standing for someone: "would stand by Damascus".
STANDING_BY = frozenset({"by", "behind", "with"})


def shields(verb: Token) -> bool:
    """Whether a verb is an act done for its object, not against it (``SHIELDING``), or
    standing by someone ("would stand by Damascus")."""
    lemma = verb.lemma_.lower()
    return lemma in SHIELDING or (
        lemma == "stand"
        and any(c.dep_ == "prep" and c.lower_ in STANDING_BY for c in verb.children)
    )


# Prepositions naming whom a shielding act shields from: "defend Azerbaijan against Armenia",
# "protect its ally from any Russian aggression".
SHIELDED_FROM = frozenset({"against", "from"})


def own_states(sources: list[Mention]) -> frozenset[str]:
    """The bare codes of the sources' known countries ("China" for a Chinese minister)."""
    return frozenset(c for s in sources if (c := country_part(s.code)) is not None)


def own_forces(sources: list[Mention]) -> frozenset[str]:
    """The codes of the armed forces and police of the sources' known countries."""
    countries = {country_part(s.code) for s in sources} - {None}
    return frozenset(f"{c}{sector}" for c in countries for sector in ("MIL", "COP"))


def object_side_actors(
    frame: Frame,
    actors: ArticleActors,
    sources: list[Mention],
    home: set[str | None] | None = None,
    settings: bool = True,
    excluded: frozenset[str] = frozenset(),
) -> list[Mention]:
    """The first actor named inside the object or a prepositional phrase of the verb, however
    deep ("rejected calls by Belarus's rulers", "refused any aid to the Saudi-led coalition"): the
    party an act concerns when the parse does not make it the object itself; without
    ``settings``, not inside the object's place and time phrases; never one of the
    ``excluded`` codes."""
    roots = [frame.obj] if frame.obj is not None else []
    # not what is done "without" ("offered to step down without going back to Bolivia")
    roots += [
        obj
        for word, obj in frame.preps
        if word not in SETTING_PREPS and word != "without" and not legislation_topic(frame, word)
    ]
    if frame.obj is not None and frame.obj.lemma_.lower() in PARTITIVES:
        # "withhold billions in funding from Hungary": an amount's "in" phrase is no setting
        roots += [obj for word, obj in frame.preps if word == "in" and obj.pos_ == "NOUN"]
    own = {s.code for s in sources} | excluded
    words = (
        t
        for root in roots
        for t in phrase_words(root, settings)
        if not rule_topic(t, root, LEGISLATION)
    )
    for token in sorted(words, key=lambda t: t.i):
        if token.dep_ in SKIPPED_DEPS:  # a modifier is read with its phrase's head
            continue
        found = others(actors, token, own)
        if home:  # the countries whose actors are not the party (the source's own forces)
            found = [m for m in found if country_part(m.code) not in home]
        if found:
            return found
    return []


def phrase_words(root: Token, settings: bool = True) -> Iterator[Token]:
    """The words of a noun phrase and its prepositional phrases, not of clauses inside it (a
    relative clause or participle has its own event and its own parties); without
    ``settings``, not of its place and time phrases either ("his remarks in Doha")."""
    yield root
    for child in root.children:
        if child.dep_ in CLAUSE_DEPS:
            continue
        if not settings and child.dep_ == "prep" and child.lower_ in SETTING_PREPS:
            continue
        if child.dep_ == "prep" and child.lower_ == "without":
            continue  # "a deal without Russia": not its party
        yield from phrase_words(child, settings)


# Stated intent (CODING.md §5): the intended act's code → the matching "intent" code.
# Most specific first: a four- or three-digit key, then the root.
INTENT_OF = {
    "061": "0311", "062": "0312", "063": "0313", "064": "0314", "06": "031",
    "071": "0331", "072": "0332", "073": "0333", "074": "0334", "07": "033",
    "081": "0351", "082": "0352", "0831": "0341", "0832": "0342", "0833": "0343",
    "0834": "0344", "083": "034", "084": "0353", "085": "0354", "086": "0355", "087": "0356",
    "08": "035", "045": "039", "04": "036", "05": "032",
    "161": "1313", "162": "1311", "163": "1312", "164": "134", "165": "135", "166": "136",
    "16": "131", "1721": "1321", "1722": "1322", "1723": "1323", "1724": "1324", "172": "132",
    "17": "137", "14": "133", "15": "138", "18": "138", "19": "138",
    "204": "1385", "20": "138",
}  # fmt: skip


# A cooperative act one says one will not do → the rejection code (CAMEO 12x), most specific
# key first: a four- or three-digit code, then the root.
REFUSAL_OF = {
    "061": "1211", "062": "1212", "063": "1213", "064": "1214", "06": "121",
    "071": "1221", "072": "1222", "073": "1223", "074": "1224", "07": "122",
    "0831": "1231", "0832": "1232", "0833": "1233", "0834": "1234", "083": "123",
    "081": "1241", "082": "1242", "084": "1243", "085": "1244", "086": "1245", "087": "1246",
    "08": "124", "045": "126", "04": "125", "057": "127", "05": "120", "03": "120",
}  # fmt: skip


def refusal_code(code: str) -> str | None:
    """The rejection a refused cooperative act amounts to; None for other acts."""
    for key in (code, code[:3], code[:2]):
        if key in REFUSAL_OF:
            return REFUSAL_OF[key]
    return None


def threatened_code(frame: Frame, act_code: Callable[[Token], str | None]) -> str | None:
    """A threat's code from the act its "to" clause would be coded as, through the intent
    table: "threatened to cut off trade with Lithuania" (an embargo, 163) is 1312, "to pull
    out of the talks" (164) 134, whatever the threatening row guessed from the verb alone.
    None when the clause codes as no hostile act."""
    if frame.token.lemma_.lower() != "threaten":
        return None
    for child in frame.children:
        if child.dep_ == "xcomp":
            code = act_code(child)
            if child.lemma_.lower() in SEEKING:
                # "threatened to seek new UN sanctions", "to push for sanctions": the act sought
                sought = build_frame(child)
                nouns = [sought.obj] if sought.obj is not None else []
                nouns += [o for word, o in sought.preps if word == "for"]
                code = next((c for n in nouns if (c := act_code(n)) is not None), None)
            intent = intent_code(code) if code is not None else ""
            return intent if intent[:2] == THREATEN[:2] else None
    return None


# Verbs of seeking an act from others, which a threat may hold out: "threatened to seek new
# sanctions".
SEEKING = frozenset({"seek", "push", "pursue", "press", "call", "demand", "propose", "request"})


# Verbs that carry an act noun through a preposition, whose modality and negation are the
# act's: "would go on strike", "did not respond with air strikes", "may retaliate with raids".
PREP_CARRIERS = frozenset({"go"}) | CARRIERS["with"]


def prep_carrier(token: Token) -> Token | None:
    """The verb that carries an act noun through a preposition ("would go on strike"), whose
    modality is the act's; None for any other token."""
    if token.pos_ != "NOUN" or token.dep_ != "pobj" or token.head.dep_ != "prep":
        return None
    verb = token.head.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in PREP_CARRIERS:
        return None
    return verb


def threat_code(code: str, frame: Frame, act_code: Callable[[Token], str | None]) -> str:
    """A threat's code, made as the act threatened says (``threatened_code``), unless the
    threatening row already says as much or more ("threatened to fire missiles at" 1384)."""
    threatened = threatened_code(frame, act_code)
    if threatened is None or code.startswith(threatened):
        return code
    return threatened


def intent_code(code: str) -> str:
    """Stated intent: cooperative acts become 03x, hostile acts 13x; speech acts stay."""
    for key in (code, code[:3], code[:2]):
        if key in INTENT_OF:
            return INTENT_OF[key]
    return code


# Verbs that only carry an event noun ("staged rallies against X", "launched a campaign
# against Y"): the noun's frame also gets the verb's prepositional phrases.
# Verbs of authorising an act: what they approve is the act, when the lexicon codes it as a
# deed (root 06 or above) rather than as words or a plan.
AUTHORISING = frozenset({"approve", "authorise", "authorize"})
FIRST_DEED_ROOT = "06"
SUPPORT_VERBS = frozenset(
    {"stage", "hold", "launch", "mount", "conduct", "carry", "begin", "start", "organise"}
    | {"organize", "continue", "resume", "wage", "lead", "step", "escalate", "intensify"}
    | {"announce", "declare", "call", "order", "make", "take", "join", "complete", "finish"}
    | {"speed", "accelerate", "open", "begin", "launch"}
    | {"offer", "tender", "submit"}  # "offered / tendered his resignation"
    | {"introduce", "institute", "reimpose"}  # "introduced emergency law / martial law"
)


def repeated_verb(token: Token) -> str | None:
    """The verb a hyphened "re-" verb repeats ("re-opened", lemma "reopen" → "open"), whose
    patterns serve where the prefixed verb's own meet nothing; None for any other word. Only
    "re-": "de-escalate" and "co-operate" are no escalating or operating."""
    lemma = token.lemma_.lower()
    if token.lower_.startswith("re-") and lemma.startswith("re") and len(lemma) > 4:
        return lemma[2:]
    return None


def lemma_fixes(verbs: Mapping[str, object]) -> dict[str, str]:
    """Wrong lemma → lexicon verb, for the ways the model's lemmatiser misses a verb's final
    "e": dropped ("stag" for "staged") or added ("cordone" for "cordoned"), also after a doubled
    consonant ("readmitte" for "readmitted")."""
    out = {}
    for head in verbs:
        if head.endswith("e") and head[:-1] not in verbs:
            out[head[:-1]] = head
        if head + "e" not in verbs:
            out[head + "e"] = head
        if head[-1:].isalpha() and head[-1] not in "aeiouy" and head + head[-1] + "e" not in verbs:
            out[head + head[-1] + "e"] = head
    return out


def with_support_verb(frame: Frame) -> Frame:
    """The frame of an event noun that is a support verb's object, with the verb's
    prepositional phrases added (the parser hangs "against X" on either word)."""
    verb = frame.token.head
    extra = [pair for c in verb.children if c.dep_ in PREP_DEPS for pair in prep_objects(c)]
    if not extra:
        return frame
    return replace(frame, preps=frame.preps + tuple(extra))


# Nouns of spans of time: "for hours", "for a second day", "for the third time".
DURATIONS = frozenset(
    {"second", "minute", "hour", "day", "night", "week", "month", "year", "decade", "time"}
    | {"while", "weekend", "fortnight"}
)


# Verbs whose "for" phrase may tell the reason ("attacked the minister for his remarks"): a
# span of time there is no reason.
REASON_FOR = frozenset(
    {"attack", "hit", "strike", "target", "criticize", "criticise", "slam", "blast", "condemn"}
    | {"praise", "thank", "blame", "punish", "bomb", "shell", "pound", "hammer"}
)


def duration(word: str, obj: Token) -> bool:
    """Whether a "for" phrase on a verb of REASON_FOR tells how long or how often ("attacked
    Kharkiv for hours"), not why; "jailed for 26 years" and "for a week of protests" keep
    theirs."""
    return (
        word == "for"
        and obj.lemma_.lower() in DURATIONS
        and obj.head.head.lemma_.lower() in REASON_FOR
        and not any(c.dep_ == "prep" and c.lower_ == "of" for c in obj.children)
    )


def timed(word: str, obj: Token) -> bool:
    """Whether an "on", "in", "at", "during" or "over" phrase tells when ("on Monday", "in
    March", "over the weekend": no reason "over" which one hammers someone); not a name the
    tagger swept into a time ("at Odesa overnight")."""
    if word not in ("on", "in", "at", "during", "over") or obj.ent_type_ not in ("DATE", "TIME"):
        return False
    return obj.pos_ != "PROPN" or obj.text in MONTHS or obj.lower_ in TIME_NAMES


# Mishaps and disasters, which no one does: "killed by the crash", "destroyed by the quake".
MISHAPS = frozenset(
    {"crash", "accident", "collision", "derailment", "earthquake", "quake", "flood", "storm"}
    | {"cyclone", "hurricane", "typhoon", "landslide", "mudslide", "wildfire", "drought"}
    | {"tsunami", "eruption", "avalanche", "disaster", "collapse", "heatwave", "epidemic"}
)


# People whom a support verb's participle holds or takes as an act of its own ("hostages held
# by al-Shabaab", "captives taken by the rebels").
CAPTIVES = frozenset({"hostage", "captive"})


# The past participles of SUPPORT_VERBS ("staged", "carried"), for where the lemma is wrong
# (regular verbs only: an irregular one's lemma is right, and its made-up form matches nothing).
SUPPORT_PARTICIPLES = frozenset(
    verb + "d" if verb.endswith("e") else verb[:-1] + "ied" if verb.endswith("y") else verb + "ed"
    for verb in SUPPORT_VERBS
)


def agented_participle(verb: Token) -> bool:
    """A passive participle with its own "by" agent on a verb's direct object ("boarded a
    ship hijacked by pirates"): an act told of the object as a fact, with its own doer."""
    return (
        verb.dep_ == "acl"
        and verb.tag_ == "VBN"
        and (
            (verb.head.dep_ in OBJECT_DEPS and verb.head.head.pos_ == "VERB")
            or summing_aside(verb.head)  # "…, a move condemned by Belgrade"
        )
        and any(
            c.dep_ == "agent" and not any(o.lemma_.lower() in MISHAPS for o in c.children)
            for c in verb.children
        )  # not "victims killed by the MH17 crash": a mishap is no one's act
        # not "prevented the demonstration staged by students", "condemned the attack carried
        # out by al-Shabaab": a support verb only names who did the noun's own act
        # ("held" a rally is support, "hostages held by Abu Sayyaf" are held by it)
        and (
            (verb.lemma_.lower() not in SUPPORT_VERBS and verb.lower_ not in SUPPORT_PARTICIPLES)
            or verb.head.lemma_.lower() in CAPTIVES
        )  # (by the word too: the lemmatiser reads "staged" as "stag")
        # nor "a prisoner swap mediated by Qatar": the mediator rule reads a mediator so named
        and verb.lemma_.lower() not in MEDIATING
        # nor "shot down a missile fired by Russian forces": the launcher is whom the weapon
        # stands for (actors' stand-in), its launch part of what is told
        and verb.head.lemma_.lower() not in LAUNCHED
    )


def told_as_done(verb: Token) -> bool:
    """Whether a verb tells a past act as done: past tense, with no modal or future auxiliary
    and no complement of another verb ("flew to Cairo after meeting …", not "would lift the
    sanctions after meeting Putin" or "said it will withdraw after freeing the hostages")."""
    if verb.tag_ not in ("VBD", "VBN") or verb.dep_ in ("xcomp", "ccomp", "advcl", "conj"):
        return False
    return not any(c.dep_ in AUX_DEPS and c.lower_ in UNDONE_AUXES for c in verb.children)


# Prepositions whose gerund tells an act of its own done before the verb's ("after meeting";
# not "before allowing aid", which may be a condition).
TIME_PREPOSITIONS = frozenset({"after", "since", "upon", "following"})
# Named days a time phrase may end in ("on Christmas Day", "during Ramadan").
FEASTS = frozenset({"day", "eve", "christmas", "easter", "ramadan", "eid", "passover"})
TIME_NAMES = FEASTS | frozenset(WEEKDAYS)


def up_to_object(verb: Token, particle: str | None) -> Token | None:
    """The counted object the parser hides behind a particle: "arrested up to 200
    protesters" is parsed as "arrested up" + "to 200 protesters"."""
    if particle != "up" or verb.i + 2 >= len(verb.doc):
        return None
    up = next((c for c in verb.children if c.dep_ == "prt" and c.lower_ == "up"), None)
    if up is None or up.i + 1 >= len(verb.doc) or verb.doc[up.i + 1].lower_ != "to":
        return None
    for noun in verb.doc[up.i + 1].children:
        if noun.dep_ == "pobj" and any(c.dep_ == "nummod" for c in noun.children):
            return noun
    return None


# What one talks by: a "with" or "to" phrase after it is the talk's partner.
MEANS_OF_TALK = frozenset(
    {"phone", "telephone", "video", "videolink", "link", "videoconference", "teleconference"}
)


def shared_object(verb: Token) -> Token | None:
    """The object a verb shares with the verbs coordinated after it, which the parser hangs on
    the last ("arrested and later released 40 protesters", "beat, detained and questioned three
    lawmakers"); None when a later verb has a subject of its own, none has an object, or the
    verb takes none ("surrendered and released the hostages")."""
    if verb.lemma_.lower() in INTRANSITIVE:
        return None
    current = verb
    for _ in range(4):
        conj = next((c for c in current.children if c.dep_ == "conj" and c.pos_ == "VERB"), None)
        if conj is None or any(c.dep_ in SUBJECT_DEPS for c in conj.children):
            return None
        obj = next((c for c in conj.children if c.dep_ in OBJECT_DEPS), None)
        if obj is not None:
            return obj
        current = conj
    return None


# Verbs of news that take no object: a verb coordinated with them keeps its own.
INTRANSITIVE = frozenset(
    {"surrender", "retreat", "resign", "flee", "arrive", "return", "die", "protest", "rally"}
    | {"march", "riot", "clash", "fight", "gather", "quit", "depart", "escape", "advance"}
    | {"disperse", "agree", "respond", "retaliate", "react", "withdraw", "step", "defect"}
    | {"mutiny", "rebel", "strike", "vote", "speak", "testify", "travel", "fly", "land"}
)


# Nouns that sum up the act of the clause they are set beside: "…, a move Kinshasa condemned".
# A proposed or announced act is summed up too: "Hungary's foreign minister criticised the
# proposal" after Prague pushed for a ban, "Manila welcomed the package" after Japan's aid.
# What a voting body passes: an act of its own, whatever kind ("condemned the vote").
VOTED = frozenset({"vote", "resolution"})
SUMMING_NOUNS = (
    frozenset({"move", "step", "decision", "action", "measure", "proposal", "plan", "package"})
    | {"initiative"}
    | VOTED
)


# Summing nouns of a thing done, which an appeal or demand is only when nothing else was
# done: "Guterres denounced the decision" after the Taliban barred women and a UN mission
# urged them to reverse the ban (the ban); "welcomed the decision" after the ICJ ordered
# Israel to halt its offensive (the order).
DEED_NOUNS = frozenset({"decision", "move", "step", "action", "measure"})


def voting_body(mention: Mention) -> bool:
    """Whether an actor passes texts by vote: an intergovernmental body or a legislature."""
    return igo(mention) or mention.code[3:6] == "LEG"


# Links of a clause within another's act: "accused Kabul of sheltering", "vowed to strike".
NON_FINITE_DEPS = frozenset({"pcomp", "xcomp"})
# Nouns that sum up a clause's act of saying: "…, a charge the Taliban government rejects".
SUMMED_SAYING = frozenset({"charge", "accusation", "allegation", "claim"})
# Nouns for what someone told that a denial answers: "the RSF denied the claim".
TOLD_CLAIMS = SUMMED_SAYING | {"report", "assertion", "account"}
SUMMING_ALL = SUMMING_NOUNS | SUMMED_SAYING


def summing_aside(noun: Token) -> bool:
    """Whether a noun sums up the act of the clause it is set beside ("…, a move")."""
    return noun.lemma_.lower() in SUMMING_ALL and noun.dep_ in ("npadvmod", "appos", "dep")


def summed_act(frame: Frame) -> Token | None:
    """The verb whose act a relative clause judges through the noun it is on, set beside that
    verb's clause: "closed its border, a move the Congolese government condemned" (the move
    is the closing), "a decision that Abuja criticised"; or a passive one with its agent, "a
    move condemned by Belgrade", "a step that was criticised by the EU"."""
    token = frame.token
    noun = token.head
    passive = frame.passive_subject
    if token.dep_ not in ("relcl", "acl") or (token.dep_ == "acl" and passive is None):
        return None
    if passive is not None and not (passive.i == noun.i or passive.lower_ in RELATIVES):
        return None
    if frame.obj is not None and frame.obj.i != noun.i:  # "a decision that Abuja criticised"
        return None
    if not summing_aside(noun):
        return None
    if noun.i == 0 or noun.left_edge.i == 0 or noun.doc[noun.left_edge.i - 1].text != ",":
        return None  # set off by a comma after the clause
    verb = noun.head
    for _ in range(8):  # the parse may hang it on the clause's last noun ("from Kosovo, a move")
        # or inside a non-finite clause ("accused Kabul of sheltering the group, a charge …")
        finite = verb.pos_ in ("VERB", "AUX") and verb.dep_ not in NON_FINITE_DEPS
        if finite or verb.head.i == verb.i:
            break
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    speaker = verb.head
    if (
        noun.lemma_.lower() in SUMMED_SAYING
        and verb.dep_ == "ccomp"
        and speaker.lemma_.lower() in SPEECH_VERBS | {"claim", "allege"}
    ):
        # "Israel said Hamas fighters had used the convoy as cover, a claim the charity
        # rejected": the claim is what the speaker said, not the reported clause's act
        return speaker
    return verb


# Verbs that judge or answer what was told: after a comma, their "which" is the whole act told
# ("accused Russia of shelling a hospital, which Moscow denied"), not the noun before it.
JUDGING_ACTS = frozenset(
    "deny condemn welcome criticise criticize reject praise confirm dismiss denounce applaud "
    "hail decry protest".split()
)


def relative_of_noun(word: Token, verb: Token) -> bool:
    """Whether a relative pronoun, the object of ``verb``, stands for the noun before it:
    "whom", "who", and "which" or "that" unless a comma sets off a judgement of the whole act
    (", which Moscow denied"; not "the missiles, which Britain sent")."""
    lower = word.lower_
    if lower in ("who", "whom"):
        return True
    after_comma = word.i > 0 and word.doc[word.i - 1].text == ","
    return lower in RELATIVES and not (after_comma and verb.lemma_.lower() in JUDGING_ACTS)


# Heads of a relative clause that say when, where or how, not what was acted on: "the day
# it attacked", "the way they voted".
CIRCUMSTANCE_HEADS = frozenset(
    {"day", "week", "month", "year", "time", "moment", "hour", "night", "morning", "way"}
    | {"place", "area", "town", "city", "village", "region", "reason", "manner", "extent"}
)


def contact_relative(verb: Token) -> bool:
    """Whether a relative clause with no relative word leaves its verb's object to the noun
    it is about ("two police officers it had kidnapped"): a past act with a subject of its
    own, no object, no "where"/"when" word and no stranded preposition ("the country it
    belongs to")."""
    head = verb.head
    if (
        verb.dep_ != "relcl"
        or verb.tag_ not in ("VBD", "VBN")
        or head.pos_ not in ("NOUN", "PROPN")
    ):
        return False
    if head.lemma_.lower() in CIRCUMSTANCE_HEADS:
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return (
        bool(subjects)
        and not any(c.lower_ in RELATIVES or c.tag_ in ("WP", "WDT", "WRB") for c in subjects)
        and not any(
            c.tag_ in ("WP", "WDT", "WRB") or c.dep_ in OBJECT_DEPS or c.dep_ in ("ccomp", "xcomp")
            for c in verb.children
        )
        and not any(c.dep_ == "prep" and not list(c.children) for c in verb.children)
        # "returned the children it had deported from Ukraine": where they were taken from
        # names the party better than the noun the clause is about
        and not any(c.dep_ == "prep" and c.lower_ in ("from", "to") for c in verb.children)
    )


def headline_victim(token: Token) -> Token | None:
    """The bare subject of a killing verb with no object and no auxiliary, which headlines
    write for the passive: "Hezbollah fires rockets after commander killed", "Five soldiers
    killed in ambush". Killing is never told of its doer without whom it killed."""
    if token.lemma_.lower() not in VICTIM_VERBS or token.tag_ not in ("VBD", "VBN"):
        return None
    # "militants killed and kidnapped dozens": the object hangs on the coordinated verb
    if any(
        c.dep_ in (*OBJECT_DEPS, "aux", "auxpass", "ccomp", "xcomp", "conj") for c in token.children
    ):
        return None
    subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
    if subject is None or any(c.dep_ in ("det", "poss") for c in subject.children):
        return None
    return subject


# Prepositions of the body an act is brought to ("a case at the WTO", "a complaint with the
# UN"), on whose noun the parser may hang the act's "against" phrase.
VENUE_PREPS = frozenset({"at", "with", "before", "to"})
AGAINST = "against"


def refused_intent(verb: Token, clause: Token) -> bool:
    """Whether an intent verb's to-clause is negated: "vowed not to resign", "pledged never to
    recognise the breakaway region"."""
    return (
        clause.dep_ == "xcomp"
        and verb.lemma_.lower() in INTENT_VERBS
        and any(c.dep_ == "neg" or c.lower_ == "never" for c in clause.children)
    )


# What one takes that is no taking of ground or people: "threatened to take military action"
# is a threat of force, not of occupation ("to take the town" is).
STEPS_TAKEN = frozenset({"action", "measure", "step", "countermeasure"})


def foreign_order(sources: Sequence[Mention], targets: Sequence[Mention]) -> bool:
    """Whether an order is given to others than the orderer's own state: a court or body with no
    state's code, or another state's ("the ICJ ordered Israel", "a court ordered Myanmar"); an
    armed group's state is its home ("the Taliban ordered Afghan universities" is no demand)."""
    homes = {home_country(s.code) for s in sources}
    return bool(targets) and all(country_part(t.code) not in homes for t in targets)


# Where forces ordered are ("ordered its troops in Syria", "troops along the border"): a place,
# which gives them no state of their own.
FORCES_PLACE_PREPS = frozenset({"in", "along", "near", "at", "on", "inside", "across", "around"})


def own_forces_ordered(verb: Token, actors: ArticleActors) -> bool:
    """Whether an ordering verb's object is the orderer's own: "its", "their" or "his" forces,
    or forces, police or fighters named by no state but by where they are ("Moscow ordered its
    forces in Syria", "the army chief ordered troops along the Afghan border"), not "Syrian
    troops in Idlib" or "Israel"."""
    for obj in verb.children:
        if obj.dep_ != "dobj":
            continue
        if any(c.dep_ == "poss" and c.lower_ in ORDERERS_OWN for c in obj.children):
            return True
        placed = any(c.dep_ == "prep" and c.lower_ in FORCES_PLACE_PREPS for c in obj.children)
        named = any(
            (hit := actors.hits.get(i)) is not None
            and hit.entry is not None
            and hit.entry.kind in STATE_KINDS
            for i in range(obj.left_edge.i, obj.i + 1)
        )
        forces = [m for m in actors.actors(obj) if m.code[3:6] in ORDERED_FORCES]
        if placed and not named and forces:
            return True
    return False


def ordering_others(verb: Token, actors: ArticleActors) -> bool:
    """Whether the subject of an ordering verb orders others than its own state (``foreign_order``
    read from the parse: its subject's and object's actors)."""

    def of(dep: str) -> list[Mention]:
        return [m for c in verb.children if c.dep_ == dep for m in actors.actors(c)]

    return foreign_order(of("nsubj"), of("dobj")) and not own_forces_ordered(verb, actors)


def taking_steps(verb: Token) -> bool:
    """Whether a verb is "take" with an object of measures taken ("take tough measures")."""
    return verb.lemma_.lower() == "take" and any(
        c.dep_ in OBJECT_DEPS and c.lemma_.lower() in STEPS_TAKEN for c in verb.children
    )


def build_frame(token: Token) -> Frame:
    particle = None
    obj = None
    passive_subject = None
    preps: list[tuple[str, Token]] = []
    modifiers: set[str] = set()
    complements: set[str] = set()
    children = tuple(token.children)
    for child in children:
        dep = child.dep_
        if dep == "prt" or (
            dep == "advmod" and particle is None and child.lower_ in ADVERB_PARTICLES
        ):  # "pulled its forces back": the particle parsed as an adverb
            particle = child.lower_
        elif dep in OBJECT_DEPS and obj is None:
            obj = child
        elif dep == "dobj" and child.pos_ == "NOUN" and token.lemma_.lower() in DESIGNATING:
            # "designated the Houthis a terrorist organisation", parsed as two objects: the
            # second is what the first is designated as
            preps.append(("as", child))
        elif dep == "nsubjpass":
            passive_subject = child
        elif dep == "dative" and child.pos_ != "ADP":
            preps.append(("to", child))  # "gave Tanzania a grant" = "gave a grant to Tanzania"
        elif dep in PREP_DEPS:
            # "attacked Hezbollah positions for a second day": a duration is no "for" phrase
            # of the act (no "attacked X for its stance")
            # nor is a time ("launched a strike on Monday" has no "on" target)
            preps.extend(p for p in prep_objects(child) if not duration(*p) and not timed(*p))
            if particle is None and child.lower_ == "out":
                particle = "out"  # "pulled its troops out of the village": a particle too
        elif dep in ("compound", "amod", "npadvmod", "advmod"):  # "test-fired", "sexually abused"
            modifiers.add(child.lemma_.lower())
        elif (
            dep in ("xcomp", "ccomp")
            or (dep == "advcl" and purpose_act(child))
            or (dep == "oprd" and child.pos_ == "ADJ")  # "set it ablaze": as "set ablaze"
        ):
            # "marched in Lima to demand …": a purpose clause the verb's subject carries out;
            # not an act vowed not to be done ("vowed not to resign" is no vow to resign, but
            # the complement's own refusal, as "would not resign" is), nor what one tells
            # someone ("…, officials told AFP"), which is said, not asked for, nor measures
            # taken ("threatened to take military action" is no threat to take ground)
            told = dep == "ccomp" and token.lemma_.lower() == "tell"
            if not (told or refused_intent(token, child) or taking_steps(child)):
                complements.add(child.lemma_.lower())
        if dep in ("advcl", "ccomp", "xcomp") and (wanted := for_to_subject(child)) is not None:
            # "called for the president to resign": whom the call is for, and what to do
            preps.append(("for", wanted))
            complements.add(child.lemma_.lower())
    if obj is None and token.lemma_.lower() in PERMITTING:
        # "allowed inspectors from the IAEA to visit the site", parsed as the subject of the
        # clause: whom one lets act is the object of the letting
        obj = next(
            (
                s
                for c in children
                if c.dep_ in ("ccomp", "xcomp")
                for s in c.children
                if s.dep_ == "nsubj"
            ),
            None,
        )
    if passive_subject is None and obj is None:
        passive_subject = headline_victim(token)  # "… after commander killed": the victim
    if (
        passive_subject is None
        and obj is None
        and token.dep_ == "acl"
        and agented_participle(token)
    ):
        passive_subject = token.head  # "a ship hijacked by pirates": the ship is acted on
    if obj is not None and token.dep_ == "relcl" and relative_of_noun(obj, token):
        obj = token.head  # "a Belarusian man whom it accused of spying": the man
    if (
        obj is None
        and passive_subject is None
        and token.dep_ == "relcl"
        and token.head.lemma_.lower() in SUMMED_SAYING
    ):
        obj = token.head  # "…, a charge the Taliban government rejected": the charge
    if obj is None and passive_subject is None and contact_relative(token):
        obj = token.head  # "two police officers it had kidnapped": the officers
    if obj is None and passive_subject is None and token.pos_ == "VERB" and not preps:
        obj = shared_object(token)
    counted = up_to_object(token, particle)
    if counted is not None:  # "kidnapped up to 16 advisers": no particle, and the object
        particle = None
        obj = obj if obj is not None else counted
        preps = [(word, o) for word, o in preps if o.i != counted.i]
    if obj is not None:
        for child in obj.children:
            if child.dep_ == "prep":
                preps.extend(prep_objects(child))
                # "hosted a fourth round of talks between Iran and the US": the run's
                # noun's own phrases are the object's
                preps.extend(
                    p
                    for _, run in prep_objects(child)
                    if child.lower_ == "of" and obj.lemma_.lower() in RUNS
                    for c in run.children
                    if c.dep_ == "prep"
                    for p in prep_objects(c)
                )
        preps.extend(aimed_coordinate_preps(obj, preps))
    for word, means in list(preps):
        if word == "by" and means.lemma_.lower() in MEANS_OF_TALK:
            # "spoke by telephone with Zelensky": the phrase hung on the means is the verb's
            preps.extend(p for c in means.children if c.dep_ == "prep" for p in prep_objects(c))
    if not any(word == AGAINST for word, _ in preps):
        # "launched a case at the World Trade Organization against China": the parser hangs
        # whom the act is against on the body it is brought to
        preps.extend(
            p
            for word, venue in list(preps)
            if word in VENUE_PREPS
            for c in venue.children
            if c.dep_ == "prep" and c.lower_ == AGAINST
            for p in prep_objects(c)
        )
    if passive_subject is not None and not any(word == "by" for word, _ in preps):
        # "imposed on Iran's exports by the United States": the parser often hangs the agent
        # on the preceding noun.
        for _, noun in list(preps):
            for child in noun.children:
                if child.dep_ == "prep" and child.lower_ == "by":
                    preps.extend(prep_objects(child))
    if token.pos_ == "NOUN" and not any(word == "to" for word, _ in preps):
        # "ordered the extradition of the businessman to Mexico": the parser hangs where the
        # one handed over goes on them, not on the act
        preps.extend(
            p
            for word, moved in list(preps)
            if word == "of"
            for c in moved.children
            if c.dep_ == "prep" and c.lower_ == "to"
            for p in prep_objects(c)
        )
    if token.pos_ == "NOUN":
        # "the expulsion of two Russian diplomats" as "the diplomat expulsion": what an event
        # noun is done to names its kind as a modifier would
        modifiers.update(o.lemma_.lower() for word, o in preps if word == "of")
    if particle and obj is not None and token.pos_ == "VERB" and particle not in TWO_WORD_PREPS:
        # "called on Russia": the particle works as the preposition of the object.
        preps.append((particle, obj))
    return Frame(
        token=token,
        children=children,
        particle=particle,
        obj=obj,
        passive_subject=passive_subject,
        preps=tuple(preps),
        modifiers=frozenset(modifiers),
        complements=frozenset(complements),
    )


def speakers_next_act(verb: Token) -> bool:
    """Whether a finite verb the parser hung on a complement clause, in another form than that
    clause's verb, is the governing verb's subject's next act: "demanded that Kosovo withdraw
    its police and threatened …", "denied that its troops had started the fighting and accused
    …", "said he would not allow the country to be torn apart and accused …" (the governor is
    "allow"). A speech act hung on a clause of another act is the governor's subject's in
    any tense. Under a verb that reports the clause as fact, only a speech act is the reporter's
    ("acknowledged that the journalist had died and announced the arrest of 18 men"), not
    "… have kidnapped advisers and exploded bombs, sources said", "confirmed that fighters had
    looted the town and executed dozens"."""
    if verb.dep_ != "conj" or verb.tag_ not in FINITE_TAGS:
        return False
    clause = verb.head
    if clause.dep_ not in ("ccomp", "xcomp"):
        return False
    speech = SPEECH_ACTS | SPEECH_VERBS
    if verb.lemma_.lower() in speech and clause.lemma_.lower() not in speech:
        return True  # "denied that its jets bombed the market and accused Ukraine …": jets
        # do not accuse, whatever the tenses
    if clause.tag_ == verb.tag_:
        return False
    return clause.head.lemma_.lower() not in REPORTING


def means_of(token: Token) -> Token | None:
    """The verb whose means a "by"-gerund is ("retaliated by ordering the envoy out"), or that
    a gerund is "resorted to", which gives it its doer, negation and modality; None for other
    words (not "accused X of masterminding", "thanked X for helping": those are X's acts).
    "after meeting …" is left alone: its act is often of another day than the verb's, and took
    wrong dates."""
    if token.dep_ != "pcomp" or token.tag_ != "VBG":
        return None
    prep = token.head
    if prep.dep_ != "prep" or prep.head.pos_ != "VERB":
        return None
    if prep.lower_ == "by" or (prep.lower_ == "to" and prep.head.lemma_.lower() == "resort"):
        return prep.head  # "resorted to throwing stones": the gerund is what they did
    return None


def done_by_means(gerund: Token) -> bool:
    """Whether a "by"-gerund is the means of a coded act told as done, and so an act of its
    own ("violated the ceasefire by shelling Armenian positions", "broke the truce by firing
    rockets"): its verb in the past tense, no modal or future, and no complement of another
    verb ("threatened to punish Kyiv by cutting gas" stays a threat)."""
    verb = means_of(gerund)
    if verb is None or gerund.head.lower_ != "by" or verb.tag_ != "VBD":
        return False
    if verb.dep_ in ("xcomp", "advcl", "acl", "relcl", "pcomp"):
        return False
    return not any(c.dep_ in AUX_DEPS and c.lower_ in UNDONE_AUXES for c in verb.children)


# Verbs of striking back, whose "by"-gerund is the retaliation itself.
RETALIATING = frozenset({"retaliate", "respond"})


def named_object(frame: Frame, actors: ArticleActors) -> bool:
    """Whether a verb's object names its party by its own words ("bombing Ukrainian cities",
    "shelling Kharkiv"), not by a place phrase after it ("striking targets in southern
    Lebanon", whose party is read off the place)."""
    obj = frame.obj
    return obj is not None and any(
        t.end <= obj.idx + len(obj) and (t.text != obj.text or obj.pos_ == "PROPN")
        for t in actors.actors(obj)
    )


def retaliated_against(gerund: Token, actors: ArticleActors) -> list[Mention]:
    """Whom a retaliation made by a "by"-gerund is against: "retaliated against Israel by
    firing missiles" (the "against" or "on" phrase of the verb striking back)."""
    means = means_of(gerund)
    if means is None or gerund.head.lower_ != "by" or means.lemma_.lower() not in RETALIATING:
        return []
    return [
        a
        for word, obj in build_frame(means).preps
        if word in ("against", "on")
        for a in actors.actors(obj)
    ]


# Violating a ceasefire.
BROKEN_TRUCE = "196"


def separate_means(act: str, means: str) -> bool:
    """Whether a "by"-gerund's act is told as one of its own beside the act it is the means
    of: not the same act again ("violated Greek airspace by flying jets" 150 and 150), nor
    the act a general code only names ("attacked Ukraine by firing missiles" 190: the firing
    is the attack), nor how one cooperated ("helped Belarus by sending troops")."""
    if act == means or act[:2] < "10":
        return False
    return not (act[2:] == "0" and means.startswith(act[:2]))


def means_objects(verb: Token) -> list[Token]:
    """The words a verb's "by"-gerund acts on, its object before its "at", "on" or "against"
    phrase ("by shelling Armenian positions", "by firing rockets at Israel")."""
    out: list[Token] = []
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ != "by":
            continue
        for gerund in prep.children:
            if gerund.dep_ != "pcomp" or gerund.tag_ != "VBG":
                continue
            out += [c for c in gerund.children if c.dep_ == "dobj"]
            out += [
                o
                for c in gerund.children
                if c.dep_ == "prep" and c.lower_ in ("at", "on", "against", "into")
                for o in c.children
                if o.dep_ == "pobj"
            ]
    return out


def first_conjuncts(token: Token) -> list[Token]:
    """The token and the verbs it is coordinated after ("strike and block": block, strike)."""
    out = [token]
    while out[-1].dep_ == "conj" and out[-1].head.i != out[-1].i:
        out.append(out[-1].head)
    return out


def for_to_subject(clause: Token) -> Token | None:
    """The subject of a "for … to" clause ("for the president to resign"), which says what
    someone wants or arranges; None for any other clause."""
    if clause.pos_ not in ("VERB", "AUX") or clause.left_edge.lower_ != "for":
        return None  # the mark opens the clause: most clauses are read no further
    marked = infinitive = False
    subject = None
    for child in clause.children:
        if child.dep_ == "mark" and child.lower_ == "for":
            marked = True
        elif child.dep_ == "aux" and child.lower_ == "to":
            infinitive = True
        elif child.dep_ in ("nsubj", "nsubjpass"):
            subject = child
    return subject if marked and infinitive else None


# First words of two-word prepositions of place ("out of", "away from"); not "according to".
TWO_WORD_PREPS = frozenset({"out", "away"})


# Prepositions that say at whom a thing is launched or fired.
AIMING_PREPS = frozenset({"at", "against", "on", "into", "toward", "towards"})


def aimed_coordinate_preps(obj: Token, preps: list[tuple[str, Token]]) -> list[tuple[str, Token]]:
    """The aim the parser hung on the last of coordinated objects, or on a counted noun's
    coordinates ("launched dozens of drones and three cruise missiles at Ukraine": the "at"
    phrase of the missiles is the launching's), when the verb has no aim of its own."""
    if any(word in AIMING_PREPS for word, _ in preps):
        return []
    nouns = list(obj.conjuncts)
    if obj.lemma_.lower() in PARTITIVES:
        counted = [o for p in obj.children if p.lower_ == "of" for o in p.children]
        nouns += [c for o in counted for c in o.conjuncts]
    return [
        pair
        for noun in nouns
        for child in noun.children
        if child.dep_ == "prep" and child.lower_ in AIMING_PREPS
        for pair in prep_objects(child)
    ]


def orphan_object(prep: Token) -> Token | None:
    """The object of a preposition the parser left without one: the subject, starting right
    after it, of a participle it read as a clause of the same verb ("to five officers holed
    up in …")."""
    doc = prep.doc
    for token in doc[prep.i + 1 : min(prep.i + 10, len(doc))]:
        if (
            token.dep_ == "nsubj"
            and token.left_edge.i == prep.i + 1
            and token.head.tag_ in ("VBN", "VBD")
            and token.head.i > token.i
            and token.head.head.i == prep.head.i
        ):
            return token
    return None


def absolute_mediators(prep: Token) -> list[Token]:
    """The names of a "with" phrase that says who mediates, not with whom: "with Qatar
    mediating" (parsed as a compound of the noun "mediating", or as "Qatar" with "mediating"
    in conjunction), "with Egypt and Qatar acting as mediators"."""
    if prep.lower_ != "with":
        return []
    names: list[Token] = []
    for obj in prep.children:
        if obj.dep_ == "pobj" and obj.lower_ in MEDIATING_WORDS:
            names += [c for c in obj.children if c.dep_ in ("compound", "nsubj")]
        elif obj.dep_ == "pobj" and any(c.lower_ in MEDIATING_WORDS for c in obj.conjuncts):
            for name in (obj, *obj.conjuncts):  # "the United States mediating": a compound
                if name.lower_ not in MEDIATING_WORDS:
                    names.append(name)
                else:
                    names += [c for c in name.children if c.dep_ == "compound"]
        elif obj.dep_ == "pcomp" and (
            obj.lower_ in MEDIATING_WORDS
            or any(
                o.lemma_.lower() in ("mediator", "broker")
                for c in obj.children
                if c.dep_ == "prep" and c.lower_ == "as"
                for o in c.children
            )
        ):
            names += [n for c in obj.children if c.dep_ == "nsubj" for n in (c, *c.conjuncts)]
    return names


def participle_subject(prep: Token, obj: Token) -> Token | None:
    """The noun a preposition governs when the parser made it the subject of the participle
    after it ("fired tear gas at demonstrators marching toward parliament": "marching" the
    object, "demonstrators" its subject); None for a true object, and for "with" and
    "without", whose "with Oman's minister shuttling between them" tells a circumstance."""
    if obj.dep_ != "pcomp" or obj.tag_ != "VBG" or prep.lower_ in ("with", "without"):
        return None
    return next(
        (
            c
            for c in obj.children
            if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN") and c.left_edge.i == prep.i + 1
        ),
        None,
    )


def prep_objects(prep: Token) -> list[tuple[str, Token]]:
    """(preposition, its object) pairs; a two-word preposition ("out of the capital") pairs
    its first word with the second word's object too. A "with" phrase that names a mediator
    ("with Qatar mediating") has none: it names no partner, means or manner."""
    if absolute_mediators(prep):
        return []
    found = [
        (prep.lower_, participle_subject(prep, child) or child)
        for child in prep.children
        if child.dep_ in OBJECT_OF_PREP
    ]
    if not found and prep.n_rights == 0:
        # "granted asylum to three navy officers holed up in …", parsed as a clause of its own
        # whose subject is the preposition's object
        misread = orphan_object(prep)
        found = [(prep.lower_, misread)] if misread is not None else []
    if not found and prep.lower_ in TWO_WORD_PREPS:
        found = [
            (prep.lower_, obj)
            for inner in prep.children
            if inner.dep_ == "prep"
            for obj in inner.children
            if obj.dep_ in OBJECT_OF_PREP
        ]
    return found


# Heads that carry what their compound names, as a text about it: "a ceasefire proposal" is
# a proposal; a pattern for the head wins over one for the compound.
PROPOSALS = frozenset(
    {"proposal", "plan", "deal", "agreement", "offer", "initiative", "resolution", "draft"}
    | {"framework", "roadmap", "blueprint", "formula", "bill", "accord"}
)


# Prepositions of whom one acts beside, a target only of a verb with no object of its own or
# only the fight itself as its object.
ALLY_PREPS = frozenset({"alongside", "beside"})
FIGHTS = frozenset({"war", "battle", "fight", "campaign", "way"})


def best_pattern(patterns: tuple[Pattern, ...], frame: Frame) -> Pattern | None:
    """The first (most specific) pattern whose constraints the frame meets, its object read
    by its own head (``object_lemmas``). A pattern asking for the object wins over an earlier
    one that asks nothing of it, and then the object is read wider (its coordinated nouns, an
    amount's "in" phrase): "asked forgiveness from the victims" is an apology (055), not a
    request; "tanks, missiles and fuel" are tanks first. A verb's modifier constraint is met
    by its object's modifiers too ("used nuclear weapons", "threatened a nuclear strike")."""
    prep_words = {word for word, _ in frame.preps}
    obj = frame.obj
    if obj is None and not state_passive(frame):
        obj = frame.passive_subject  # "the gangs were engaged in …" is no "engage the gangs"
    if figure_of_speech(frame, obj):
        return None
    modifiers = frame.modifiers
    if obj is not None and frame.token.pos_ != "NOUN":
        modifiers = modifiers | {
            c.lemma_.lower() for c in obj.children if c.dep_ in ("amod", "compound")
        }
        # "deployed search and rescue teams": the parser makes the first of coordinated
        # modifiers an nmod and hangs the others on it as conjuncts; each modifies the object
        modifiers = modifiers | {
            c.lemma_.lower()
            for m in obj.children
            if m.dep_ in ("amod", "compound", "nmod") and m.i < obj.i
            for c in m.children
            if c.dep_ == "conj" and c.i < obj.i
        }
    own: frozenset[str] | None = None  # the object's lemmas, read when first asked for
    wider: frozenset[str] | None = None
    generic: Pattern | None = None  # the first pattern met that asks nothing of the object
    widest: Pattern | None = None  # the first object pattern met with the object read wider
    modifying: Pattern | None = None  # the first met only by a noun compounded with the head
    compounds = (
        {c.lemma_.lower() for c in obj.children if c.dep_ == "compound"} - {obj.lemma_.lower()}
        if obj is not None and obj.lemma_.lower() in PROPOSALS
        else set()
    )
    onward = pressing_on(frame.token)
    for pattern in patterns:
        if pattern.particle and pattern.particle != frame.particle:
            continue
        if onward and not pattern.particle:
            continue  # "pressed on with the offensive" is no pressing anyone
        if pattern.objects:
            if obj is None:
                continue
            if own is None:
                # an object word that is no lemma asks for that form: "cut off talks" (not
                # "cut off the ambassador's talk")
                own = object_lemmas(obj) | {obj.lower_}
            if not pattern.objects & own:
                if widest is not None:
                    continue
                if wider is None:
                    wider = object_lemmas(obj, True) if widens(obj) else own
                if wider is own or not pattern.objects & wider:
                    continue
        if (
            pattern.modifiers
            and not pattern.modifiers & modifiers
            and not modified_prep_object(pattern, frame)
        ):
            continue
        if pattern.complements and not pattern.complements & frame.complements:
            continue
        if pattern.target_preps and not pattern.target_preps & prep_words:
            continue
        if (
            pattern.target_preps <= ALLY_PREPS
            and pattern.target_preps
            and obj is not None
            and obj.lemma_.lower() not in FIGHTS
        ):
            continue  # "fought alongside the M23", not "battled Hezbollah alongside tanks"
            # ("fought a fierce battle alongside Malian soldiers" is with them)
        if pattern.required_preps and not pattern.required_preps & prep_words:
            continue
        if pattern.prep_objects is not None:
            prep, lemmas = pattern.prep_objects
            if not any(w == prep and o.lower_ in lemmas for w, o in frame.preps):
                continue
        if price_cap(pattern) and not energy_capped(frame):
            continue  # "imposed a price cap on imported Indian onions": a domestic price control
        if not pattern.objects:
            generic = generic or pattern
        elif own is not None and compounds and pattern.objects & own <= compounds:
            # "rejected a ceasefire proposal": a proposal rejected (127) before a ceasefire
            # refused (1246), when a pattern names the proposal (other compounds specialise
            # their head: a hunger strike, rubber bullets)
            modifying = modifying or pattern
        elif own is not None and pattern.objects & own and generic is None:
            return pattern  # the object read by its head, before any generic pattern
        else:
            widest = widest or pattern
    return widest or modifying or generic


# Goods a price cap is a sanction on, as their supplies cut off are an embargo ("a price cap on
# Russian oil"); a cap on onions or bread is a price control at home.
CAPPED_ENERGY = frozenset(
    {"oil", "crude", "gas", "petroleum", "diesel", "lng", "fuel", "energy", "coal", "gasoline"}
    | {"petrol", "urals"}
)


def price_cap(pattern: Pattern) -> bool:
    """Whether a pattern codes a price cap: its object or preposition's noun a cap modified by
    "price" ("impose =cap :price", "agree @to:cap|caps :price")."""
    caps = set(pattern.objects)
    if pattern.prep_objects is not None:
        caps |= pattern.prep_objects[1]
    return "price" in pattern.modifiers and bool(caps & {"cap", "caps"})


def energy_capped(frame: Frame) -> bool:
    """Whether the cap a frame's object or preposition names, or the verb's "on" phrase, is on
    energy ("a price cap on Russian crude", "an oil price cap")."""
    roots = [frame.obj] if frame.obj is not None else []
    roots += [o for w, o in frame.preps if o.lemma_.lower() == "cap" or w == "on"]
    return any(
        t.lemma_.lower() in CAPPED_ENERGY or t.lower_ in CAPPED_ENERGY
        for root in roots
        for t in phrase_words(root, False)
    )


# Verbs (and their nouns) of seizing a thing that are also said of what no one can seize:
# one is hijacked only when what is hijacked (a passive subject, a noun's "of" phrase) is a
# vehicle or craft by its own head, or a name whose head is no word ("the MV Ruen", "a Boeing
# 737", "the Jaffar Express") read by its compounds, or a pronoun; "hijacked the student
# movement", "the government", "the country's foreign policy" or "Democracy has been
# hijacked" are figures of speech, no event. A proper name that names an actor ("Pakistan
# has been hijacked by the army") is no craft either (``hijacked_actor``).
HIJACKED_CRAFT = VEHICLES | frozenset(
    {"airplane", "aeroplane", "jetliner", "flight", "chopper", "tanker", "carrier", "freighter"}
    | {"dhow", "yacht", "trawler", "tug", "ferry", "coach", "cargo", "skiff", "barge", "bulker"}
    | {"taxi", "express", "liner", "warship", "submarine", "mv", "mt", "uss", "hms", "boeing"}
    | {"airbus"}
)
HIJACKING = frozenset({"hijack", "hijacking"})


def figure_of_speech(frame: Frame, obj: Token | None) -> bool:
    """Whether a hijacking verb's object (a noun's "of" phrase) is no vehicle, craft, name or
    pronoun (``HIJACKED_CRAFT``): a figure of speech."""
    if frame.token.lemma_.lower() not in HIJACKING:
        return False
    if frame.token.pos_ == "NOUN":
        return any(w == "of" and not hijacked_craft(o) for w, o in frame.preps)
    if obj is not None and obj.tag_ in ("WDT", "WP") and frame.token.dep_ == "relcl":
        obj = frame.token.head  # "the bus, which gunmen hijacked"
    return obj is not None and not hijacked_craft(obj)


def hijacked_craft(obj: Token) -> bool:
    """Whether a hijacked noun is a vehicle or craft by its head or its compounds ("a bus
    carrying pilgrims", parsed as compounds of "pilgrims"), a name or a pronoun."""
    return obj.pos_ in ("PRON", "PROPN") or craft_compound(obj)


def craft_compound(word: Token) -> bool:
    """Whether a word or one of its compounds (theirs too) is a vehicle or craft."""
    return word.lemma_.lower() in HIJACKED_CRAFT or any(
        c.dep_ == "compound" and craft_compound(c) for c in word.children
    )


def hijacked_actor(frame: Frame, actors: ArticleActors) -> bool:
    """Whether a hijacking verb's object (or passive subject) is a proper name of an actor
    other than a company ("Pakistan has been hijacked by the army"), no craft."""
    if frame.token.lemma_.lower() not in HIJACKING or frame.token.pos_ == "NOUN":
        return False
    obj = frame.obj or frame.passive_subject
    if obj is None or obj.pos_ != "PROPN":
        return False
    if any(c.dep_ == "compound" and c.lemma_.lower() in HIJACKED_CRAFT for c in obj.children):
        return False  # "the MV Abdullah"
    return any(
        a.how.startswith("dictionary:") and not (a.code.startswith("MNC") or a.code[3:6] == "BUS")
        for a in actors.actors(obj)
    )  # a title in a ship's name ("the Galaxy Leader") or a maker ("a Boeing 737") is no actor


def modified_prep_object(pattern: Pattern, frame: Frame) -> bool:
    """Whether the noun a pattern asks of its preposition is, or is modified by, one of the
    pattern's modifiers: "designated the cartels as terrorist organisations" ("as the lead
    organisation" is not)."""
    if pattern.prep_objects is None:
        return False
    prep, lemmas = pattern.prep_objects
    return any(
        w == prep
        and o.lower_ in lemmas
        and not pattern.modifiers.isdisjoint(
            {o.lemma_.lower()}
            | {c.lemma_.lower() for c in o.children if c.dep_ in ("amod", "compound")}
        )
        for w, o in frame.preps
    )


def widens(obj: Token) -> bool:
    """Whether ``object_lemmas`` reads more for ``obj`` when ``wider``."""
    return any(
        c.dep_ == "conj" or (c.lower_ == "in" and obj.lemma_.lower() in PARTITIVES)
        for c in obj.children
    )


# Object heads that only measure what their "of" phrase names ("suspended part of the aid").
PARTITIVES = frozenset(
    {"part", "some", "most", "all", "much", "half", "portion", "bulk", "rest", "share", "one"}
    | {"thousand", "hundred", "dozen", "score", "number", "lot", "couple", "wave", "barrage"}
    | {"ton", "tonne", "truckload", "planeload", "shipload", "consignment", "shipment"}
    | {"tranche", "batch", "package", "convoy", "delivery", "worth", "dollar", "euro", "pound"}
    | {"yen", "yuan", "franc", "rupee", "shilling", "million", "billion"}
    | {"kg", "kilogram", "kilo", "litre", "liter", "gallon", "barrel", "bag", "sack", "box"}
    | {"crate", "carton", "load", "quantity", "amount"}
    # groups named by whom they are made of: "welcomed a team of monitors"
    | {"team", "mission", "group", "delegation"}
    # heads that carry what their "of" phrase names: "permitted the entry of IAEA inspectors"
    | {"return", "entry", "arrival", "deployment", "presence", "visit"}
    # spans and runs: "began two weeks of naval drills", "held three rounds of talks"
    | {"day", "week", "month", "hour", "year", "round", "series", "spate", "string"}
)


# Heads of a run of events, whose "of" noun's phrases are the run's: "a round of talks between
# Iran and the US", "a series of meetings with Chinese officials".
RUNS = frozenset({"round", "series", "spate", "string"})


# Heads that make a compounded event noun name something else: "war games" are no war, nor
# a "war zone", "war cabinet" or "war memorial"; "strike footage" is no strike.
NOT_EVENT_HEADS = frozenset(
    {"game", "zone", "cabinet", "memorial", "museum", "footage", "room", "council", "chest"}
    # what is done to a thing, not the thing given: "announced aid cuts", "an aid freeze"
    | {"cut", "freeze", "reduction", "review", "curb", "condition", "shortage", "gap"}
)


# Heads naming one person's office, whose compounds name the office, not what is acted on: a
# "UN resident coordinator" expelled is no expulsion of residents (201).
OFFICE_HEADS = frozenset(
    {"coordinator", "representative", "commissioner", "administrator", "director", "envoy"}
    | {"official", "officer", "ambassador", "diplomat", "spokesman", "spokeswoman", "chief"}
)
# Jobs whose compounds name the job only when the job is what is fired (dismissed): a "drone
# operator" or "UAV program manager" fired is no drone fired (1952), but "sent drone operators
# to Crimea" sends military aid (072) and "breached the network operator" hacks (176).
FIRED_JOBS = frozenset({"operator", "pilot", "manager"})
FIRING_JOB_VERBS = frozenset({"fire", "sack", "dismiss"})


# Modifiers that make a strike a military one.
FORCE_STRIKES = frozenset({"air", "drone", "missile", "rocket", "artillery", "military", "naval"})


OBJECT_PRONOUNS = frozenset({"him", "her"})


def object_lemmas(obj: Token, wider: bool = False) -> frozenset[str]:
    """What an object can match a pattern's object constraint by: its head, the nouns
    compounded with it ("an aid programme" matches "aid", "a drone strike" "drone"), for a
    partitive head the noun of its "of" phrase ("part of the aid"), for a vehicle what it
    carried; ``wider``, also the nouns coordinated with it ("satellite images and other
    military intelligence") and the noun of an amount's "in" phrase ("$95 million in aid")."""
    heads = [obj]
    if obj.lower_ in OBJECT_PRONOUNS and obj.head.dep_ == "conj":
        # "expelled the French ambassador and ordered him to leave": the pronoun is the
        # object of the verb its own verb is coordinated with
        heads += [c for c in obj.head.head.children if c.dep_ == "dobj" and c.pos_ == "NOUN"]
    if obj.lemma_.lower() in VEHICLES:
        # "halted a convoy carrying relatives of a politician" is no aid convoy cut: a vehicle
        # is matched by what it carried, when it says so
        heads = carried(obj) or heads
    if wider:
        heads += [c for c in obj.conjuncts if c.pos_ == "NOUN"]
    if obj.lemma_.lower() in PARTITIVES:
        preps = ("of", "in") if wider else ("of",)
        heads += [o for p in obj.children if p.lower_ in preps for o in p.children]
    out = set()
    for head in heads:
        lemma = head.lemma_.lower()
        compounds = {c.lemma_.lower() for c in head.children if c.dep_ == "compound"}
        if lemma == "strike" and compounds & FORCE_STRIKES:
            lemma = "airstrike"  # "a series of air strikes" is no labour strike
        out.add(lemma)
        if lemma in EXERCISE_NOUNS:
            # "staged air drills", "missile drills": the compound names the drill's kind,
            # no air strike or missile launched
            continue
        if lemma not in NOT_EVENT_HEADS and lemma not in OFFICE_HEADS and not fired_job(head):
            out.update(compounds)
    return frozenset(out)


def fired_job(head: Token) -> bool:
    """Whether an object is a job (``FIRED_JOBS``) its verb fires ("fired the drone
    operator")."""
    return head.lemma_.lower() in FIRED_JOBS and head.head.lemma_.lower() in FIRING_JOB_VERBS


def state_passive(frame: Frame) -> bool:
    """A participle stating an attitude or an engagement ("is opposed to", "were engaged in"),
    not a passive act: its subject holds the attitude or does the act."""
    lemma = frame.token.lemma_.lower()
    return (
        frame.passive_subject is not None
        and lemma in STATE_PASSIVES
        and (lemma in FEELINGS or not any(word == "by" for word, _ in frame.preps))
    )


# Prepositions of where an act happened, which a pattern may also take its target from ("air
# strikes in Syria"), and which yield to one naming whom the act is aimed at.
WHERE_PREPS = frozenset({"in", "into", "inside"})


def aim_before_place(
    preps: tuple[tuple[str, Token], ...],
) -> list[tuple[str, Token]]:
    """A frame's prepositional phrases with those of place last: "launched air strikes on
    Houthi targets in Yemen" is aimed at the Houthis, and Yemen is where."""
    return sorted(preps, key=lambda prep: prep[0] in WHERE_PREPS)


def roles(frame: Frame, pattern: Pattern) -> tuple[Token | None, Token | None]:
    """(source token, target token) of a matched frame."""
    token = frame.token
    target: Token | None = None
    if state_passive(frame):
        # "Ethiopia is opposed to Egyptian arbitration": a state, not a passive act; its subject
        # holds it towards the object of its preposition
        towards = [obj for word, obj in frame.preps if word in STATE_PREPS]
        return frame.passive_subject, (towards[0] if towards else None)
    if (
        pattern.code in ALERTS
        and frame.passive_subject is not None
        and not any(word == "by" for word, _ in frame.preps)
    ):
        # "Police in Karachi were placed on maximum alert": with no one named to raise it,
        # the force alerted raises its own alert, as "the army is on high alert" does
        return frame.passive_subject, None
    obj = frame.obj
    if obj is None and pattern.prep_objects is not None:
        # "insisted on the pullout of Armenian forces": the noun a pattern asks of its
        # preposition stands as the object would
        prep, words = pattern.prep_objects
        obj = next((o for w, o in frame.preps if w == prep and o.lower_ in words), None)
    if (
        obj is not None
        and obj.lemma_.lower() in DOER_OF
        and any(c.dep_ == "poss" or c.lower_ == "of" for c in obj.children)
    ):
        # "demanded the withdrawal of Russian troops from Moldova", "Israel's withdrawal from
        # Gaza": whoever is to withdraw, before the place they leave
        target = obj
    elif pattern.target_preps:
        for word, obj in aim_before_place(frame.preps):
            if word in pattern.target_preps:
                target = obj
                break
    if token.pos_ == "NOUN":
        return token, target
    if target is None and not pattern.target_preps:
        if frame.passive_subject is not None:
            target = frame.passive_subject
        elif frame.obj is not None:
            target = frame.obj
    return subject_of(frame), target


# Nouns for a text whose participle says what it does ("a statement condemning the attack").
STATEMENT_NOUNS = frozenset(
    {"statement", "declaration", "communique", "communiqué", "letter", "resolution", "message"}
    | {"note", "report", "release", "post", "tweet", "video", "speech", "address", "decree"}
)
STATEMENT = "010"  # make a public statement: the generic code of "issued a statement"
# What a text can do besides the speech acts (a video "showing" a pilot does not show force),
# among them what a resolution or decree enacts ("adopted a resolution tightening sanctions").
TEXT_ACTS = frozenset(
    {"denounce", "decry", "express", "order", "recognize", "recognise"}
    | {"impose", "tighten", "extend", "renew", "lift", "ease", "expand"}
)


def statement_noun(noun: Token) -> bool:
    return noun.pos_ == "NOUN" and noun.lemma_.lower() in STATEMENT_NOUNS


# Where an adjective is said of its subject: "is grateful", "remains concerned", "said they were
# open to talks", "grateful and hopeful".
PREDICATIVE = frozenset({"acomp", "ROOT", "conj"})


def with_copula(frame: Frame) -> Frame:
    """An adjective's frame with the auxiliaries and negation of its copula ("would not be
    open to talks"), which modality and negation read from the frame."""
    head = frame.token.head
    if frame.token.dep_ != "acomp" or head.i == frame.token.i:
        return frame
    told = tuple(c for c in head.children if c.dep_ in ("aux", "auxpass", "neg"))
    return replace(frame, children=frame.children + told)


# Verbs whose object is a response they bring on their subject, from whoever responds: "drew
# condemnation from Mali", "prompted criticism from the EU", "drawing a rebuke from X".
DRAWING = frozenset(
    {"draw", "prompt", "trigger", "spark", "provoke", "earn", "attract", "elicit", "bring"}
    | {"receive", "win", "face", "meet"}
)


# Roots of a judgement of a deed told as fact: praise and welcome (05), disapproval and
# condemnation (11).
JUDGING_ROOTS = frozenset({"05", "11", "14"})  # praise, criticism, protest
ACCUSING_CODES = ("112", "113", "114", "115", "116")  # the deed is alleged (CODING.md §3)


def deed_doers(noun: Token, actors: ArticleActors) -> list[Mention]:
    """The actors of an event noun's "by" phrase ("the arrest of X by police"), also where the
    parser hangs it on the noun's "of" object."""
    return [
        a for prep in by_phrases(noun) for _, obj in prep_objects(prep) for a in actors.actors(obj)
    ]


def by_phrases(noun: Token) -> list[Token]:
    """An event noun's "by" prepositions: its own, and one the parser hung on the object of its
    "of" phrase ("the arrest of two journalists by police")."""
    preps = [c for c in noun.children if c.dep_ == "prep"]
    preps += [
        c
        for p in preps
        if p.lower_ == "of"
        for o in p.children
        if o.dep_ == "pobj"
        for c in o.children
        if c.dep_ == "prep"
    ]
    return [p for p in preps if p.lower_ == "by"]


def verb_judged_doers(noun: Token, code: str, actors: ArticleActors) -> list[Mention]:
    """The doers of a deed judged whom the parser names in a "by" phrase hung on the active
    judging verb ("condemned the killing of protesters by police"): the judgement's party."""
    if code[:2] not in JUDGING_ROOTS or code.startswith(ACCUSING_CODES) or noun.pos_ != "NOUN":
        return []
    return [
        a
        for prep in active_verb_agents(noun)
        for _, obj in prep_objects(prep)
        for a in actors.actors(obj)
    ]


def active_verb_agents(noun: Token) -> list[Token]:
    """The "by" phrase of the active verb an event noun is the object of, when it names
    people rather than a means ("condemned the killing of protesters by police"; not "ended the
    strike by signing a deal")."""
    verb = noun.head
    if noun.dep_ != "dobj" or not any(c.dep_ == "nsubj" for c in verb.children):
        return []
    return [
        c
        for c in verb.children
        if c.dep_ == "prep"
        and c.lower_ == "by"
        and any(o.dep_ == "pobj" and o.pos_ in ("NOUN", "PROPN") for o in c.children)
    ]


# Roots of acts done to people against their will: coercion and force.
COERCING_ROOTS = FORCE_ROOTS | {"17"}


# Prepositions of what a downgrade of relations answers ("over", "in protest at", "after").
GRIEVANCE_PREPS = frozenset({"over", "at", "against"})


def grievance_owners(frame: Frame, actors: ArticleActors) -> list[Mention]:
    """Whose stance or act a reduction of relations answers: the possessor of the noun of its
    "over" phrase, or of "in protest at"/"over" ("over Spain's position", "in protest at
    France's stance"), or the state its demonym names ("over the Israeli offensive")."""
    nouns = [o for word, o in frame.preps if word in GRIEVANCE_PREPS]
    nouns += [
        o
        for word, noun in frame.preps
        if word == "in" and noun.lemma_.lower() in ("protest", "response", "retaliation")
        for prep in noun.children
        if prep.dep_ == "prep" and prep.lower_ in GRIEVANCE_PREPS | {"to", "for"}
        for _, o in prep_objects(prep)
    ]
    # the mention may span the possessor and its noun ("Spain's position"); a demonym on the
    # noun names its owner as a possessor does ("over the Israeli offensive")
    return [
        a
        for n in nouns
        for c in n.children
        if c.dep_ == "poss" or (c.dep_ == "amod" and c.pos_ in ("ADJ", "PROPN"))
        for a in (actors.actors(c) or (actors.actors(n) if c.dep_ == "poss" else []))
    ]


# Participles of who holds a place or owns a craft: "a town held by rebels", "areas controlled by
# the army", "a boat operated by Tren de Aragua", "a ship owned by an Israeli firm".
HOLDING = frozenset({"hold", "control", "occupy", "seize", "capture", "run", "operate", "own"})
OWNING = frozenset({"operate", "own"})  # HOLDING's participles of a craft's owner
# Words that make a craft's owner the story's own: "a vessel owned by a local company".
HOME_OWNED = frozenset({"local", "domestic", "state-owned", "national"})


def place_holders(noun: Token, actors: ArticleActors) -> list[Mention]:
    """Who holds a place an act strikes, by a participle's "by" phrase on it or on its "of"
    phrase ("the town of Kidal held by Tuareg rebels"). A craft's unplaced owner or operator ("a
    ship owned by a shipping company") is not given the story's country, the attacker's own,
    unless a word makes it local ("a vessel owned by a local company")."""
    nouns = [noun, *(o for c in noun.children if c.lower_ == "of" for _, o in prep_objects(c))]
    return [
        a
        for place in nouns
        for verb in place.children
        if verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.lemma_.lower() in HOLDING
        for c in verb.children
        if c.dep_ == "agent"
        for _, obj in prep_objects(c)
        for a in actors.actors(obj)
        if not (
            verb.lemma_.lower() in OWNING
            and a.how.startswith("context-country:")
            and not any(m.lower_ in HOME_OWNED for m in obj.children)
        )
    ]


def gathered_unnamed(noun: Token, targets: list[Mention]) -> bool:
    """Whether a gathering's only actors are named in its phrases ("a rally outside
    parliament", "a protest against the government"), none on the noun itself ("an opposition
    rally", "the Hamas rally")."""
    if noun.lemma_.lower() not in GATHERINGS:
        return False
    doc = noun.doc
    return all(
        t.head != noun.i
        and any(a.dep_ == "prep" and a.head.i == noun.i for a in doc[t.head].ancestors)
        for t in targets
    )


def state_crowd(
    noun: Token, frame: Frame, sources: list[Mention], actors: ArticleActors
) -> list[Mention]:
    """The people of a gathering a state's forces or government act on: of that one state, or
    of the other state its place phrase names ("US troops fired on a demonstration in
    Fallujah": Iraq's). Nothing for troops at a gathering no place phrase places in a story that
    names another state: foreign forces may act abroad ("Sudanese soldiers fired on a rally"
    in a story of Sudan alone is on Sudan's people)."""
    homes = {country_part(s.code) for s in sources if s.code[3:6] in CROWD_HANDLERS}
    if (
        len(homes) != 1
        or None in homes
        or len(sources) != len([s for s in sources if s.code[3:6] in CROWD_HANDLERS])
    ):
        return []
    home = next(iter(homes))
    sites = [
        o for f in (build_frame(noun), frame) for word, o in f.preps if word in PLACE_STATE_PREPS
    ]
    abroad = any(c != home for c in actors.country_counts)
    if not sites and abroad and any(s.code[3:6] == "MIL" for s in sources):
        return []
    where = visit_host(build_frame(noun), actors, [], ("in",)) or visit_host(
        frame, actors, [], ("in",)
    )  # not "outside the Russian embassy": no Russian crowd
    people = country_part(where[0].code) if where else None
    if people is None and actors.place_country is not None:
        # "in occupied Kherson": a city name after a word of its own
        sites = [o for f in (build_frame(noun), frame) for word, o in f.preps if word == "in"]
        named = [actors.words(name_start(o), o.i + 1) for o in sites if o.pos_ == "PROPN"]
        people = next((c for n in named if (c := actors.place_country(n)) is not None), None)
    start = noun.idx
    return [
        Mention(
            f"{people or home}CVL", noun.text, start, start + len(noun.text), noun.i,
            "implied:gathering", False, None, False,
        )
    ]  # fmt: skip


# Sectors of a state that disperse or break up gatherings.
CROWD_HANDLERS = frozenset({"COP", "MIL", "GOV", "JUD"})


def protest_holders(noun: Token, actors: ArticleActors) -> list[Mention]:
    """Who holds a gathering: its "by" phrase, a participle's "by" phrase ("the march planned by
    teachers' unions"), its "of" phrase ("a rally of farmers") or its possessor ("the
    opposition's rally"). Nothing for a noun that is no gathering."""
    if noun.lemma_.lower() not in GATHERINGS:
        return []
    phrases = by_phrases(noun)
    if noun.dep_ == "dobj" and noun.head.pos_ == "VERB":
        # "broke up a vigil by Uyghur activists": the parser hangs the "by" on the verb
        phrases += [c for c in noun.head.children if c.dep_ == "prep" and c.lower_ == "by"]
    phrases += [
        c
        for verb in noun.children
        if verb.dep_ == "acl" and verb.tag_ == "VBN"
        for c in verb.children
        if c.dep_ == "agent"
    ]
    phrases += [c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"]
    found = [a for prep in phrases for _, obj in prep_objects(prep) for a in actors.actors(obj)]
    return found or [a for c in noun.children if c.dep_ == "poss" for a in actors.actors(c)]


def judged_deed(noun: Token, code: str) -> bool:
    """Whether an event noun judged by its verb names its own doer with "by", and so is a deed
    told as fact (CODING.md §4) as well as judged: "denounced the mass arrest of opposition
    supporters by Tanzanian police", "welcomed the release of 18 prisoners by the junta". Not
    an accusation's deed, which is alleged."""
    if code[:2] not in JUDGING_ROOTS or code.startswith(ACCUSING_CODES) or noun.pos_ != "NOUN":
        return False
    return bool(by_phrases(noun))


def from_phrases(noun: Token) -> list[Token]:
    """The "from" phrases of an object noun and of its verb ("drew criticism from Nigeria",
    "received aid from Turkey"; the parser hangs "from" on either)."""
    return [
        c for c in (*noun.children, *noun.head.children) if c.dep_ == "prep" and c.lower_ == "from"
    ]


def has_from(noun: Token) -> bool:
    """Whether an event noun is drawn from someone ("received aid from Turkey"): the object
    of a DRAWING verb with a "from" phrase on it or on the verb."""
    return noun.head.lemma_.lower() in DRAWING and bool(from_phrases(noun))


def drawn_from(noun: Token, actors: ArticleActors) -> tuple[list[Mention], list[Mention]] | None:
    """(who responds, whom the response is aimed at) for an event noun drawn "from" someone
    ("Kenya's move prompted criticism from the European Union": the EU criticises Kenya); the
    response is aimed at the drawing verb's subject, or at the subject of the verb a participle
    clause hangs on ("Lula accused Israel …, drawing a rebuke from Netanyahu")."""
    verb = noun.head
    if noun.pos_ != "NOUN" or noun.dep_ != "dobj" or verb.lemma_.lower() not in DRAWING:
        return None
    responders = [
        a
        for phrase in from_phrases(noun)
        for _, obj in prep_objects(phrase)
        for a in actors.actors(obj)
    ]
    if not responders:
        return None
    subject = subject_of(build_frame(verb))
    if subject is None and participle_after(verb):
        subject = subject_of(build_frame(verb.head))
    own = {r.code for r in responders}
    # "the seizure of Ukrainian vessels by Russian border guards drew condemnation": whoever
    # did the deed the subject names, as a condemned deed's "by" phrase is
    doers = deed_doers(subject, actors) if subject is not None and subject.pos_ == "NOUN" else []
    return responders, [a for a in doers or actors.actors(subject) if a.code not in own]


def participle_after(verb: Token) -> bool:
    """A participle clause hung on the verb before it ("…, accusing it of …", "…, drawing a
    rebuke from X")."""
    return verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.i > verb.head.i


# Auxiliaries of what is yet to come: "Iran will pay a heavy price".
FUTURE_AUX = frozenset({"will", "would", "shall", "'ll"})
# Auxiliaries of what is not (yet) done: modal, future or conditional.
UNDONE_AUXES = POSSIBILITY | OBLIGATION | ADVICE | FUTURE_AUX | {"can", "'d"}
# Verbs whose complement is a warning ("warned that the PKK would pay a heavy price").
THREATENING = VOWING | {"caution"}


def price_threats(
    sent: Span, actors: ArticleActors, table: TokenTable, trace: list[Decision] | None
) -> Iterator[Candidate]:
    """ "Iran will pay a heavy price, Netanyahu said", "vowed to make Iran pay a heavy price",
    "the regime will be punished, Khamenei said":
    a conditional threat (CODING.md §5, 130) by whoever says it or vows to make it so, aimed
    at whoever is to pay."""
    for i in range(sent.start, sent.end):
        if table.lemma[i] not in PRICE_VERBS:
            continue
        pay = sent.doc[i]
        children = list(pay.children)
        priced = any(c.dep_ == "dobj" and c.lemma_.lower() == "price" for c in children)
        if not priced and not punished(pay):
            continue
        if any(c.dep_ == "neg" for c in children):
            continue
        head = pay.head
        made = head.lemma_.lower() == "make" and pay.dep_ in ("ccomp", "xcomp")
        said = pay.dep_ == "ccomp" and head.lemma_.lower() in SPEECH_VERBS | THREATENING
        future = any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in children)
        if not made and not (said and future):
            continue
        speaker = subject_of(build_frame(head))
        payer = next((c for c in children if c.dep_ in ("nsubj", "nsubjpass")), None)
        sources = actors.actors(speaker)
        # not the speaker's own country: "They will pay a heavy price", "they" misread; "Corrupt
        # officials will be punished, Xi said" is a state's own discipline, no threat
        own = {s.code for s in sources} | {s.code[:3] for s in sources}
        homes = {country_part(s.code) for s in sources}
        targets = [
            t
            for t in actors.actors(payer)
            if t.code not in own
            and (
                (country_part(t.code) not in homes and not t.code.startswith(UNKNOWN_COUNTRY))
                # at home or of no state named, only those who used force or broke the law:
                # "the attackers will be punished, Putin said" (not students who cheat)
                or t.code[3:6] in PUNISHABLE_SECTORS
            )
        ]
        if trace is not None:
            outcome = f"{len(sources) * len(targets)} event(s)" if targets else "no actor"
            trace.append(Decision(pay.text, None, f"threat that one will pay a price: {outcome}"))
        for source in sources:
            for target in targets:
                yield Candidate(
                    source=source,
                    target=target,
                    code=THREATEN,
                    trigger_start=table.idx[i],
                    trigger_end=table.end[i],
                    trigger_text=pay.text,
                    negated=False,
                    rule="rule:pay-a-price",
                    specificity=1,
                )


# Sectors a leader's threat of punishment may be aimed at in their own state or in no state
# named: armed men, criminals, police and soldiers who used force.
PUNISHABLE_SECTORS = ARMED_SECTORS | {"CRM", "COP"}
# Verbs of a price said to be paid: "will pay a heavy price", "will be punished".
PRICE_VERBS = frozenset({"pay", "punish"})


def punished(verb: Token) -> bool:
    """Whether a verb is a punishment told in the passive with no one named to deal it
    ("The Zionist regime will be punished," Khamenei said): the speaker's threat."""
    children = list(verb.children)
    return (
        verb.lemma_.lower() == "punish"
        and any(c.dep_ == "nsubjpass" for c in children)
        and not any(c.dep_ == "agent" or c.lower_ == "by" for c in children)
    )


# Determiners of an event noun that tell no act ("any attack on Sudan", "no strikes").
NO_EVENT_DETS = frozenset({"any", "no"})


# Acts of force a participle clause tells as its verb's subject's next deed ("crossed the
# border, shelling Armenian positions"), unlike an outcome ("shelled Juba, killing 20").
FORCE_PARTICIPLES = frozenset({"shell", "bomb", "bombard", "pound"})


def participle_clause(verb: Token) -> bool:
    """A speech act in a participle clause after its verb, with no subject of its own, whose
    subject is the verb's: "Morocco cut ties with Iran, accusing Tehran of arming …", or an
    act of force with an object ("launched 'anti-terrorist measures', shelling positions held
    by Armenian forces"). Not an act's outcome told as one ("shelled Juba, killing 20"),
    which is the same event. Another verb between them ("fired to disperse supporters who
    burned cars, accusing …") leaves whose act it is open."""
    head = verb.head
    return (
        participle_after(verb)
        and (verb.lemma_.lower() in SPEECH_ACTS or force_participle(verb))
        and head.pos_ in ("VERB", "AUX")
        and not any(t.pos_ == "VERB" for t in verb.doc[head.i + 1 : verb.i])
    )


def force_participle(verb: Token) -> bool:
    """Whether a participle is an act of force on an object ("…, shelling Armenian
    positions") hung on a verb that is not the same blow told again ("struck the town,
    pounding it")."""
    return (
        verb.lemma_.lower() in FORCE_PARTICIPLES
        and verb.head.lemma_.lower() not in FORCE_PARTICIPLES
        and any(c.dep_ == "dobj" for c in verb.children)
        and not any(c.dep_ == "prt" for c in verb.children)  # "shelling out millions": paying
    )


def subject_of(frame: Frame) -> Token | None:
    """The acting subject: "by" agent in the passive, shared across conjoined verbs."""
    for word, obj in frame.preps:
        if word == "by" and frame.passive_subject is not None:
            return obj
    if frame.passive_subject is not None:
        return frame.passive_subject if state_passive(frame) else None
    current = frame.token
    children: Iterable[Token] = frame.children
    reporter = reporting_verb(current)
    if reporter is not None:
        # "Borrell said the vote had been rigged and called on the authorities to …": a
        # speech act joined to what was said is the speaker's own
        current, children = reporter, reporter.children
    for _ in range(6):
        subjects = [c for c in children if c.dep_ == "nsubj"]
        if subjects:
            # Two subjects are a misparse, often of a dateline ("ALMATY, Kazakhstan (Reuters) -
            # Security forces fired"): the one nearest the verb is the subject.
            child = min(subjects, key=lambda c: abs(current.i - c.i))
            relative = child.tag_ in ("WP", "WDT") or child.lower_ in ("who", "which", "that")
            if relative and current.dep_ == "relcl":
                return attack_of_site(current) or current.head
            if child.pos_ == "VERB":
                # "The aid group operating in Yemen said": a participle the parser made
                # the subject stands for its own subject
                inner = [c for c in child.children if c.dep_ == "nsubj"]
                return inner[0] if inner else child
            return child
        if current.dep_ == "relcl":
            return current.head
        if intent_clause(current):
            # "Germany's decision to expel four Russian diplomats": the intent's owner, its
            # possessor or its "by" agent
            return intent_owner(current.head)
        if current.dep_ == "acl" and current.tag_ == "VBG":
            stated = current.lemma_.lower() in SPEECH_ACTS | TEXT_ACTS
            stated = stated and statement_noun(current.head)
            ordered = current.head.lemma_.lower() in SIGNED_ORDERS
        else:
            stated = ordered = False
        if stated or ordered:
            # "the ministry issued a statement condemning the attack", "its letter urging":
            # what the statement does, its author does; so what an order or decree does
            # ("Trump signed an executive order imposing tariffs on Canada")
            noun = current.head
            owner = [c for c in noun.children if c.dep_ in ("poss", "compound")]
            if owner:
                return owner[0]
            if noun.dep_ not in OBJECT_DEPS:
                break
            if not stated and noun.head.lemma_.lower() not in ISSUING:
                # "the opposition challenged a decree dissolving parliament": who contests
                # an order did not give it
                break
            current = noun.head
            children = current.children
            continue
        means = means_of(current)
        if means is not None:
            # "Belgrade retaliated by ordering Montenegro's envoy to leave": the means is the
            # verb's subject's act (not "accused X of masterminding", "thanked X for helping")
            current, children = means, means.children
            continue
        if (
            current.dep_ == "pcomp"
            and current.tag_ == "VBG"
            and current.head.lower_ in TIME_PREPOSITIONS
            and current.head.head.pos_ == "VERB"
            and told_as_done(current.head.head)
        ):
            # "After meeting the crown prince, Blinken flew to Cairo": the verb's subject met
            current = current.head.head
            children = current.children
            continue
        if speakers_next_act(current):
            # "demanded that Kosovo withdraw its police and threatened to send troops": a
            # finite verb hung on a complement of another form is the demander's next act
            current = current.head.head
            children = current.children
            continue
        if (
            current.dep_ in ("conj", "xcomp", "acomp")
            or purpose_act(current)
            or participle_clause(current)
        ) and current.head != current:
            if asked_of_object(current):
                return None  # "told Hungary to complain to Moscow": Hungary's act, not done
            if current.tag_ == "VBG" and current.head.lemma_.lower() in PERCEPTION:
                return None  # "we heard shooting all morning": not the hearers' shooting
            current = current.head
            children = current.children
            continue
        break
    return None


# Verbs that ask someone to act ("told Hungary to complain", "urged Iran to talk"): the act
# asked for is the addressee's and not done, so it is not the asker's. Commanding verbs
# ("ordered troops to attack", "forced X to leave") are left out: what is ordered is coded as
# the commander's act.
REQUESTING = frozenset(
    {"tell", "ask", "urge", "encourage", "advise", "request", "beg", "invite", "persuade"}
    | {"implore", "exhort", "press", "pressure", "pressurise", "pressurize", "warn", "challenge"}
    | {"push", "remind", "convince", "entreat"}
)


# What one commands rather than asks: one's own forces, ministries and agencies ("Putin told
# the army to withdraw", "told his generals to attack"); a nationality before them makes them
# another state's ("told French troops to leave").
COMMANDED = frozenset(
    {"general", "commander", "troop", "force", "army", "soldier", "military", "officer", "unit"}
    | {"ministry", "navy", "police", "guard", "idf", "pentagon", "agency", "cabinet"}
)
# Whom one commands only as one's own ("his ministers"; "told the minister to …" asks).
OWN_ONLY_COMMANDED = frozenset({"minister"})


def commanded(obj: Token) -> bool:
    """Whether the object of a telling verb is one's own forces or officials, commanded: a
    possessive pronoun's ("his generals", "his ministers"), or with no nationality or name
    before or after it ("the army", "troops"; not "French troops", "Israel's army", "the army
    of Niger")."""
    lemma = obj.lemma_.lower()
    children = list(obj.children)
    if any(c.dep_ == "poss" and c.pos_ == "PRON" for c in children):
        return lemma in COMMANDED | OWN_ONLY_COMMANDED or obj.lower_ in COMMANDED
    if lemma not in COMMANDED and obj.lower_ not in COMMANDED:
        return False
    return not any(
        c.dep_ in ("amod", "compound", "poss", "nmod") and (c.ent_type_ or c.pos_ == "PROPN")
        for c in children
    ) and not any(
        o.ent_type_ or o.pos_ == "PROPN"
        for c in children
        if c.dep_ == "prep" and c.lower_ in ("of", "in")
        for o in c.children
        if o.dep_ == "pobj"
    )


def own_command(frame: Frame, actors: ArticleActors) -> bool:
    """Whether a telling verb's subject is a state (not a body such as the UN, which commands
    no army) and its object, where an actor, is of that state: "Putin told the army to …"."""
    subject = next((c for c in frame.children if c.dep_ == "nsubj"), None)
    tellers = actors.actors(subject)
    homes = {country_part(t.code) for t in tellers}
    if not tellers or None in homes or any(t.code.startswith(("IGO", "NGO")) for t in tellers):
        return False
    return all(country_part(t.code) in homes for t in actors.actors(frame.obj))


def asked_of_object(clause: Token) -> bool:
    """Whether a "to" clause is what an asking verb asks of its object ("told Hungary to
    complain"), not something its subject does; one's own forces told to act are commanded
    ("Putin told his generals to attack Kharkiv")."""
    head = clause.head
    if clause.dep_ != "xcomp" or head.lemma_.lower() not in REQUESTING:
        return False
    objects = [c for c in head.children if c.dep_ == "dobj"]
    return bool(objects) and not any(map(commanded, objects))


def headline_infinitive(verb: Token) -> bool:
    """Whether a verb is a headline's "X to V", which tells what X will do ("Germany to send
    more tanks to Ukraine, Scholz says"): a "to" infinitive with a subject of its own, the main
    verb or a reported clause before its reporting verb, not a "for … to" clause."""
    if verb.dep_ != "ROOT" and not (verb.dep_ == "ccomp" and verb.i < verb.head.i):
        return False
    children = list(verb.children)
    return (
        any(c.dep_ == "aux" and c.lower_ == "to" for c in children)
        and any(c.dep_ == "nsubj" for c in children)
        and not any(c.dep_ == "mark" for c in children)
    )


def intent_clause(verb: Token) -> bool:
    """Whether a verb is the to-clause of an intent noun ("decision to expel", INTENT_NOUNS)."""
    return (
        verb.dep_ == "acl"
        and verb.head.lemma_.lower() in INTENT_NOUNS
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    )


def intent_owner(noun: Token) -> Token | None:
    """Whose intent a noun tells: its possessor ("Germany's decision") or its "by" agent."""
    for child in noun.children:
        if child.dep_ == "poss":
            return child
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ == "by":
            return next((o for o in child.children if o.dep_ == "pobj"), None)
    return None


def purpose_act(token: Token) -> bool:
    """A subjectless "to" clause of a verb that names an act the verb performs ("rallied in
    Nairobi to protest against the tax"), or in a participle clause ("marched through Minsk,
    demanding his resignation"): the verb's subject does it, with the verb's modality."""
    head = token.head
    if token.dep_ != "advcl" or head.pos_ != "VERB":
        return False
    if not any(c.dep_ in SUBJECT_DEPS for c in head.children):
        return False  # "called on Pakistanis to rally to protest": whose rally is not said
    lemma = token.lemma_.lower()
    if token.tag_ == "VBG":
        act = lemma in PURPOSE_ACTS
    else:
        act = lemma in PURPOSE_ACTS and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in token.children
        )
    return act and not any(c.dep_ in SUBJECT_DEPS for c in token.children)


# Speech acts a speaker goes on to do after "and" at the end of what they said.
SPEECH_ACTS = frozenset(
    {"call", "urge", "accuse", "warn", "demand", "appeal", "condemn", "praise", "ask"}
    | {"criticize", "criticise", "blame", "reject", "deny", "welcome", "threaten", "vow"}
    | {"pledge", "promise", "insist", "censure", "rebuke", "deplore", "reprimand"}
)


def reporting_verb(token: Token) -> Token | None:
    """The reporting verb whose subject does a speech act the parser joined to the reported
    clause ("said the riots were an attempt … and accused Romania of organising them"): a
    subjectless speech-act verb coordinated inside the complement of a reporting verb that
    comes before it."""
    if (
        token.dep_ != "conj"
        or token.lemma_.lower() not in SPEECH_ACTS
        or any(c.dep_ in SUBJECT_DEPS for c in token.children)
    ):
        return None
    current = token.head
    for _ in range(4):
        if current.dep_ == "ccomp" and current.head.lemma_.lower() in SPEECH_VERBS:
            # "X said … and called": not "France condemned … and called …, the ministry said"
            return current.head if current.head.i < current.i else None
        if current.head.i == current.i or current.dep_ not in ("conj", "acl", "attr", "xcomp"):
            return None
        current = current.head
    return None


def owned_up(verb: Token) -> bool:
    """Whether an admission is told as made: not denied ("never admitted", "did not
    acknowledge"), not only sought or awaited ("has yet to acknowledge", "refused to admit"),
    and not itself what a third party says ("witnesses said the army admitted …")."""
    if verb.dep_ in ("xcomp", "ccomp") or any(c.lower_ == "yet" for c in verb.children):
        return False
    return not is_negated(build_frame(verb), None)


def is_negated(frame: Frame, subject: Token | None) -> bool:
    if any(c.dep_ == "neg" or c.lower_ in ("never",) for c in frame.children):
        return True
    means = means_of(frame.token)  # "would not respond by expelling Moldova's envoy"
    if means is not None and any(c.dep_ == "neg" or c.lower_ == "never" for c in means.children):
        return True
    carrier = prep_carrier(frame.token)  # "did not retaliate with air strikes", "did not go on
    if carrier is not None and any(
        c.dep_ == "neg" or c.lower_ == "never" for c in carrier.children
    ):
        return True  # strike"
    if failed(frame.token) or text_not_passed(frame.token) or order_denied(frame.token):
        return True
    if frame.obj is not None and any(
        c.dep_ == "det" and c.lower_ == "no" for c in frame.obj.children
    ):
        return True  # "received no weapons from Germany", "announced no aid": none given
    if any(neither(t) for t in (subject, frame.obj, frame.token) if t is not None):
        return True  # "Neither Ghana nor Togo condemned Russia", "neither confirmed nor denied"
    return subject is not None and (
        subject.lower_ in ("nobody", "none")
        or any(c.dep_ == "det" and c.lower_ == "no" for c in subject.children)
    )


# Verbs whose to-complement is coded as the commander's own act ("ordered police to shoot"):
# a command not given is an act not done.
COMMANDING = frozenset(
    {"order", "command", "instruct", "direct", "authorize", "authorise", "force", "compel"}
)


def order_denied(token: Token) -> bool:
    """Whether a verb is what a negated command orders: "had not ordered police to shoot",
    "never ordered the army to fire on protesters"."""
    head = token.head
    return (
        token.dep_ == "xcomp"
        and head.i != token.i
        and head.lemma_.lower() in COMMANDING
        and any(c.dep_ == "neg" or c.lower_ == "never" for c in head.children)
    )


def neither(token: Token) -> bool:
    """Whether a phrase is one of a "neither … nor" pair, which denies each of them."""
    first = token
    while first.dep_ == "conj" and first.head is not first:
        first = first.head
    return any(c.lower_ == "neither" and c.i < first.i for c in first.children)


# Verbs by which a text is kept from passing: "vetoed a resolution condemning Iran".
BLOCKING_TEXTS = frozenset({"veto", "reject", "block"})


def text_not_passed(token: Token) -> bool:
    """Whether a participle on a resolution or statement tells what a text that did not pass
    would have done: "failed to pass a resolution censuring Iran", "did not adopt a text
    condemning Russia", "vetoed a resolution rebuking North Korea"."""
    text = token.head
    if token.dep_ != "acl" or not statement_noun(text) or text.dep_ not in OBJECT_DEPS:
        return False
    verb = text.head
    return (
        failed(verb)
        or verb.lemma_.lower() in BLOCKING_TEXTS
        or any(c.dep_ == "neg" for c in verb.children)
    )


def failed(token: Token) -> bool:
    """Whether a verb, or the verb carrying an event noun, is the to-complement of "fail"
    ("failed to reach an agreement", "failed to hold talks"): an act that did not happen."""
    if token.pos_ == "NOUN" and token.dep_ in OBJECT_DEPS:
        token = token.head
    while token.dep_ == "conj" and token.head.pos_ == "VERB" and token.head.i != token.i:
        token = token.head  # "failed to agree on a ceasefire and sign a deal"
    for _ in range(3):
        if token.dep_ != "xcomp" or token.head.i == token.i:
            return False
        token = token.head
        if token.lemma_.lower() in FAILING:
            return True
    return False
