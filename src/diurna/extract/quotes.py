"""Direct quotations (by their marks) and indirect speech ("X said that …", "according to X"),
each with its speaker resolved through the article's actor mentions.

A direct quotation's speaker, first that applies:
1. a reporting verb right after the closing mark of a quotation that ends a clause ("…," he
   said / said X / according to X);
2. a reporting verb just before the opening mark (X said: "…");
3. the reporting verb governing a partial quote (Putin said the West was "playing with fire");
4. for a quotation opening a paragraph, a reporting verb in the next sentence of that paragraph,
   or that sentence's first person when it names the words ("Those were the words of X");
5. the speaker of indirect speech whose reported words contain the quotation ("According to X,
   Washington had "lost its mind"");
6. for a quotation that opens its sentence, the speaker of an earlier quotation in the same
   paragraph (or the paragraph it continues);
A speaker named but unknown to diurna and without a readable role ("said Milica Jovanovic, a
20-year-old from Novi Sad") is a civilian of the story's country (its dateline's, else the one
it mentions most so far).
7. none: the speaker stays null, also for a term the writer marks "so-called" and for a
   nickname set inside a name (Joaquín "El Chapo" Guzmán). Short
   unattributed quotations of capitalised words are names ("so-called "Islamic State""), not
   quotations; a lowercase term keeps a null speaker.
Quote marks are paired per paragraph; a paragraph with a stray or unclosed mark gives no direct
quotation and a refusal saying why (a paragraph left open whose next one reopens continues).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from itertools import pairwise

from diurna.extract.actors import ArticleActors, Mention, definite
from diurna.extract.parse import Doc, Span, Token
from diurna.extract.quotemarks import MARK, MARKS, Marked, find_marked, paragraphs
from diurna.extract.tokens import AUX_ID, VERB_ID, TokenTable
from diurna.model import ActorRef

UNKNOWN = "---"
SPEECH_VERBS = frozenset(
    {"say", "tell", "add", "state", "announce", "declare", "claim", "insist", "deny", "warn"}
    | {"confirm", "report", "allege", "argue", "acknowledge", "admit", "assert", "stress"}
    | {"note", "explain", "write", "tweet", "post", "reply", "respond", "answer", "reiterate"}
    | {"maintain", "suggest", "complain", "predict", "concede", "contend", "emphasise"}
    | {"emphasize", "remark", "comment", "inform", "assure", "caution", "charge", "retort"}
    | {"speak", "continue", "conclude", "recall", "vow", "pledge", "promise", "tell"}
    | {"shout", "chant", "yell", "scream", "exclaim", "plead", "address", "ask", "wonder"}
    | {"lament", "observe", "recount", "testify", "whisper"}
)
# Nouns that name a quotation in the sentence after it: '"…" Those were the words of X.'
REMARK_NOUNS = frozenset(
    {"remark", "remarks", "word", "words", "comment", "comments", "view", "appeal", "plea"}
    | {"warning", "message", "statement", "pledge", "promise", "call"}
    | {"warnings", "messages", "statements", "pledges", "promises", "calls", "appeals", "pleas"}
    | {"assurance", "assurances", "vow", "vows", "threat", "threats", "declaration"}
    | {"accusation", "admission", "prediction", "assessment", "verdict", "observation"}
    | {"announcement", "announcements", "pronouncement", "boast", "confession"}
)
# Verbs whose object or complement can be someone's words: "called the strike "a crime"".
PARTIAL_VERBS = SPEECH_VERBS | frozenset(
    {"call", "describe", "brand", "label", "dub", "term", "accuse", "condemn", "denounce"}
    | {"praise", "hail", "dismiss", "criticise", "criticize", "propose", "reject", "blame"}
    | {"decry", "deride", "slam", "characterise", "characterize", "welcome", "find"}
    | {"urge", "warn", "vow", "pledge", "promise", "threaten", "demand", "deny", "charge"}
    | {"convict"}
)
SUBJECTS = frozenset({"nsubj", "nsubjpass"})
# Possessives that make a speaker some person's aide: "his office said", "her spokesman said".
PERSON_POSSESSIVES = frozenset({"his", "her"})
CONTRASTS = frozenset({"while", "whereas", "but", "although"})
# What a speaker goes on to do in the same breath: "said X and urged Y", "denied X and accused Y".
SPEAKER_ACTS = (SPEECH_VERBS | PARTIAL_VERBS | {"appeal", "order"}) - {"find"}
# Documents that "say" things for whoever issued them.
DOCUMENT_NOUNS = frozenset(
    {"statement", "communique", "communiqué", "letter", "declaration", "report", "audit"}
)
CUE_WINDOW = 6  # tokens after a closing mark in which "he said" must start
LEAD_WINDOW = 12  # tokens between "X said" and the opening mark
# Words naming what follows as a term, not as someone's words: "its so-called "ten-dash line"",
# "under the slogan "Woman, Life, Freedom"".
SO_CALLED = re.compile(
    r"\b(?:so[- ]called|slogan|motto|hashtag|banner|alias|known as"
    r"|(?:nicknamed|dubbed)(?:\s+(?:it|them|him|her|the|a|an)){0,2})\s*$",
    re.IGNORECASE,
)
# A nickname set inside a person's name: Joaquín "El Chapo" Guzmán, Abu Bakr "the Ghost" X.
NAME_BEFORE = re.compile(r"\b[A-Z][\w.'’-]*\s$")
NAME_AFTER = re.compile(r"^\s[A-Z][\w'’-]*\b")
NICKNAME = re.compile(r"^(?:(?:[A-Z][\w'’.-]*|the|of|al|el|de|la)\s?){1,4}$")
SO_CALLED_TERM, NICKNAME_TERM = "a so-called term", "a nickname inside a name"
CLAUSE_END = frozenset(",.;:!?…—–-")
SENTENCE_END = frozenset('.!?…"”')


@dataclass(frozen=True, slots=True)
class FoundQuote:
    """A quotation: its words (offsets), speaker, the reporting verb and how it was decided.

    ``parts`` are the quoted stretches (two for a quote split by its attribution);
    ``cue`` is the reporting verb's token index.
    """

    text: str
    start: int
    end: int
    direct: bool
    speaker: ActorRef | None
    parts: tuple[tuple[int, int], ...]
    cue: int | None
    how: str
    paragraph: int = -1


class ArticleQuotes:
    """Quotation state for one article: marked spans, attributions made so far, refusals."""

    def __init__(
        self, doc: Doc, body: int = 0, table: TokenTable | None = None, home: str | None = None
    ) -> None:
        self.doc = doc
        self.home = home  # the country the story is filed from (its dateline), if known
        self.body = body
        self.table = table or TokenTable.of(doc)
        self.known: list[Mention] = []
        self.text = self.table.text
        self.according = self.table.positions("according")
        self.paragraphs = paragraphs(self.text)
        self.marked, self.refusals = find_marked(self.text)
        self.found: dict[int, FoundQuote] = {}  # by index into self.marked
        self.pending: list[int] = []  # unattributed quotes waiting for the next sentence
        self.indirect: list[FoundQuote] = []

    # -- per sentence ---------------------------------------------------------------------------

    def spoken_in(self, sent: Span) -> list[tuple[int, int, ActorRef]]:
        """The stretches (offsets) of the direct quotations attributed so far that lie in this
        sentence, with their speakers: whom "we" and "our" inside them stand for."""
        return [
            (start, end, quote.speaker)
            for quote in self.found.values()
            if quote.direct and quote.speaker is not None
            for start, end in quote.parts
            if sent.start_char <= start < sent.end_char
        ]

    def read_sentence(self, sent: Span, actors: ArticleActors, mentions: list[Mention]) -> None:
        """Attribute the quotations that close in this sentence; find its indirect speech.
        ``mentions`` are the sentence's actor mentions, in order (for short-name speakers)."""
        self.known.extend(mentions)
        for index in list(self.pending):
            self.pending.remove(index)
            mark = self.marked[index]
            if sent.start_char < self.paragraph_end(mark.paragraph):
                cues = (i for i in self.cues(sent) if not self.inside_direct(self.table.idx[i]))
                first = next(cues, None)
                if self.attribute_remark(index, sent, mentions):
                    pass
                elif first is not None and mark.opens_paragraph:
                    self.attribute(index, self.doc[first], actors, "speaker in the next sentence")
        for index, mark in enumerate(self.marked):
            if index in self.found or not sent.start_char <= mark.close_mark < sent.end_char + 1:
                continue
            if SO_CALLED.search(self.text, max(0, mark.open_mark - 20), mark.open_mark):
                # "its so-called "nine-dash line"": the writer's distance from a term, not
                # words the sentence's subject said.
                self.found[index] = self.quote(index, None, None, SO_CALLED_TERM)
                continue
            if self.is_nickname(mark):
                self.found[index] = self.quote(index, None, None, NICKNAME_TERM)
                continue
            verb = self.after_cue(mark, sent) or self.before_cue(mark)
            how = "reporting verb beside the quotation"
            inner = (
                self.governing(mark) if self.text[mark.start : mark.start + 1].islower() else None
            )
            if inner is not None and verb is not None and inner.idx < mark.open_mark < verb.idx:
                # 'Assad condemned the killing as a "criminal act", SANA said': the words are
                # those of the one who condemned, not of the agency reporting it
                verb, how = inner, "reporting verb governing a partial quote"
            if verb is None:
                verb, how = self.governing(mark), "reporting verb governing a partial quote"
            if verb is not None:
                self.attribute(index, verb, actors, how)
            else:
                self.found[index] = self.quote(index, None, None, "no attribution in its sentence")
                if mark.opens_paragraph or self.is_sentence(mark, sent):
                    # The next sentence may name the speaker: by its reporting verb after a
                    # paragraph-opening quotation, or as the maker of the remark ('Sogavare
                    # refused to resign. "I will not bow down." He made the remark …').
                    self.pending.append(index)
        self.indirect.extend(self.indirect_speech(sent, actors))

    def is_nickname(self, mark: Marked) -> bool:
        """Capitalised words quoted between a given name and a surname (Joaquín "El Chapo"
        Guzmán) are what the person is called, not words anyone said."""
        text = self.text
        return bool(
            NAME_BEFORE.search(text, max(0, mark.open_mark - 30), mark.open_mark)
            and NAME_AFTER.match(text[mark.close_mark + 1 : mark.close_mark + 30])
            and NICKNAME.match(text[mark.start : mark.end])
        )

    def is_sentence(self, mark: Marked, sent: Span) -> bool:
        """The quotation is the whole sentence, marks and final stop aside."""
        before = self.text[sent.start_char : mark.open_mark].strip()
        after = self.text[mark.close_mark + 1 : sent.end_char].strip()
        return not before and after in ("", ".")

    def attribute_remark(self, index: int, sent: Span, mentions: list[Mention]) -> bool:
        """ "…" That was the view of a senior official. / The remarks came from X. / General X
        made the appeal: the first person the naming sentence mentions is the speaker."""
        opening = {t.lower_ for t in sent[:12]}
        if not opening & REMARK_NOUNS:
            return False
        person = next((m for m in mentions if m.person), None)
        if person is None:
            return False
        speaker = ActorRef(person.code, person.text, person.start, person.end)
        self.found[index] = self.quote(
            index, speaker, None, f"named in the next sentence: {person.text!r}, via {person.how}"
        )
        return True

    def attribute(self, index: int, verb: Token, actors: ArticleActors, how: str) -> None:
        speaker, who = self.speaker_of(verb, actors)
        self.found[index] = self.quote(index, speaker, verb.i, f"{how}: {verb.text!r}, {who}")

    def quote(self, index: int, speaker: ActorRef | None, cue: int | None, how: str) -> FoundQuote:
        mark = self.marked[index]
        return FoundQuote(
            text=self.text[mark.start : mark.end],
            start=mark.start,
            end=mark.end,
            direct=True,
            speaker=speaker,
            parts=((mark.start, mark.end),),
            cue=cue,
            how=how,
            paragraph=mark.paragraph,
        )

    def paragraph_end(self, number: int) -> int:
        paras = self.paragraphs
        return paras[number][1] if number < len(paras) else len(self.text)

    @staticmethod
    def is_cue(token: Token) -> bool:
        return token.pos_ in ("VERB", "AUX") and token.lemma_.lower() in SPEECH_VERBS

    def cues(self, sent: Span) -> list[int]:
        """The indices of the sentence's tokens that pass ``is_cue``, read from the table."""
        pos, lemma = self.table.pos, self.table.lemma
        return [
            i
            for i in range(sent.start, sent.end)
            if (pos[i] == VERB_ID or pos[i] == AUX_ID) and lemma[i] in SPEECH_VERBS
        ]

    def tokens_between(self, start: int, end: int) -> list[Token]:
        """The tokens wholly inside [start, end)."""
        span = self.doc.char_span(start, end, alignment_mode="contract")
        return list(span) if span is not None else []

    def after_cue(self, mark: Marked, sent: Span) -> Token | None:
        """ "…," he said / said X / according to X: a reporting verb just after the close of a
        quotation that ends a clause (a bill on "foreign influence" that critics say … is not
        the critics' quotation)."""
        if not self.ends_clause(mark):
            return None
        stop = min(
            [m.open_mark for m in self.marked if m.open_mark > mark.close_mark] or [sent.end_char]
        )
        # Not past the sentence that the quotation ends: '… reading "Yes to Mubarak".' and a
        # new paragraph starting "Mubarak said" (the parser may join the two).
        after = self.text[mark.close_mark + 1 : stop]
        ends = re.search(r"^\s*[.!?]|\n", after)
        if ends is not None:
            stop = mark.close_mark + 1 + ends.start()
        words = [t for t in self.tokens_between(mark.close_mark + 1, stop) if not t.is_punct]
        for token in words[:CUE_WINDOW]:
            if self.is_cue(token) or (token.lower_ == "according" and self.according_to(token)):
                return token
        return None

    def ends_clause(self, mark: Marked) -> bool:
        """Punctuation closes the quoted words, inside the marks or just after them."""
        inside = self.text[mark.start : mark.end].rstrip()
        after = self.text[mark.close_mark + 1 : mark.close_mark + 3].lstrip()
        return inside[-1:] in CLAUSE_END or after[:1] in CLAUSE_END or not after

    def before_cue(self, mark: Marked) -> Token | None:
        """X said: "…" — the last reporting verb shortly before the opening mark."""
        first = self.doc.char_span(mark.open_mark, mark.open_mark + 1, alignment_mode="expand")
        if first is None:
            return None
        sent = first.sent
        previous = [m.close_mark for m in self.marked if m.close_mark < mark.open_mark]
        start = max([sent.start_char, *[p + 1 for p in previous]])
        words = [t for t in self.tokens_between(start, mark.open_mark) if not t.is_punct]
        for token in reversed(words[-LEAD_WINDOW:]):
            if self.is_cue(token) and not (token.tag_ == "VBG" and token.dep_ in ("acl", "advcl")):
                return token  # not "Maduro, speaking at the palace, called it "a coup""
        return None

    def governing(self, mark: Marked) -> Token | None:
        """The verb a partial quote hangs from: up the parse from the quoted words."""
        inside = self.tokens_between(mark.start, mark.end)
        if not inside:
            return None
        ids = {t.i for t in inside}
        root = next((t for t in inside if t.head.i not in ids), None)
        if root is None or root.head.i == root.i:
            return None
        current = root.head
        for _ in range(6):
            verb = current.pos_ in ("VERB", "AUX") and current.lemma_.lower() in PARTIAL_VERBS
            if verb and not self.inside_direct(current.idx):
                return current
            if current.head.i == current.i:
                return None
            current = current.head
        return None

    # -- speakers --------------------------------------------------------------------------------

    def speaker_of(self, verb: Token, actors: ArticleActors) -> tuple[ActorRef | None, str]:
        if verb.lower_ == "according":
            holder = self.according_to(verb)
        else:
            holder = subject_of(verb)
            if holder is not None and self.quote_then_verb(holder.idx, verb):
                # '"Fraud," chanted thousands of protesters': the parser took the quoted word
                # for the subject; the speaker follows the verb (a quoted name before its
                # verb is the speaker: '"Islamic State" said its fighters …')
                holder = inverted_subject(verb) or holder
            holder = holder or inverted_subject(verb) or quoted_as_saying(verb)
        if holder is None:
            return None, "no subject"
        if holder.lemma_.lower() in DOCUMENT_NOUNS:
            # "according to a statement from the presidency": the one it comes from
            holder = next(
                (
                    obj
                    for prep in holder.children
                    if prep.dep_ == "prep" and prep.lower_ in ("from", "by", "of")
                    for obj in prep.children
                    if obj.dep_ == "pobj"
                ),
                holder,
            )
        found = actors.actors(holder)
        if found and owned_by_pronoun(holder, found[0]):
            found = reported_person(verb, actors) or found
        if found:
            first = found[0]
            return ActorRef(
                first.code, first.text, first.start, first.end
            ), f"actor via {first.how}"
        if holder.pos_ == "PRON":
            return None, f"pronoun {holder.text!r} with no antecedent"
        issuer = self.issuer(holder)
        if issuer is not None:  # "X issued a statement. The statement said: …"
            ref = ActorRef(issuer.code, issuer.text, issuer.start, issuer.end)
            return ref, f"the {holder.lower_} {issuer.text!r} issued"
        span = noun_phrase(holder)
        body = self.named_body(holder)
        if body is not None:  # "the service said" after "Tajikistan's border service"
            ref = ActorRef(body.code, span.text, span.start_char, span.end_char)
            return ref, f"the {holder.lower_} named before: {body.text!r}"
        earlier = self.named_earlier(holder)
        if earlier is not None:
            ref = ActorRef(earlier.code, span.text, span.start_char, span.end_char)
            return ref, f"name as in the earlier mention {earlier.text!r}"
        home = (self.home or actors.context_country()) if holder.ent_type_ == "PERSON" else None
        if home is not None:
            # A named person with no office diurna knows or can read ("said Milica Jovanovic,
            # a 20-year-old from Novi Sad"): a civilian of the story's country.
            ref = ActorRef(home + "CVL", span.text, span.start_char, span.end_char)
            return ref, f"unknown named person: a civilian of {home}, the story's country"
        return ActorRef(UNKNOWN, span.text, span.start_char, span.end_char), "uncoded speaker"

    def issuer(self, holder: Token) -> Mention | None:
        """For "the statement" (a document noun with "the"): the subject of the latest verb
        that had a document of that name as its object ("Ethiopia's government issued a
        statement on Tuesday")."""
        lemma = holder.lemma_.lower()
        if lemma not in DOCUMENT_NOUNS or not definite(holder):
            return None
        for earlier in reversed(self.known):
            if earlier.start >= holder.idx:
                continue
            head = self.doc[earlier.head]
            if head.dep_ in SUBJECTS and any(
                c.dep_ == "dobj" and c.lemma_.lower() == lemma for c in head.head.children
            ):
                return earlier
        return None

    def named_body(self, holder: Token) -> Mention | None:
        """For "the service", "the committee": the latest mention before it whose words end in
        that noun."""
        if holder.pos_ != "NOUN" or not definite(holder):
            return None
        for earlier in reversed(self.known):
            if earlier.start < holder.idx and earlier.text.lower().split()[-1] == holder.lower_:
                return earlier
        return None

    def named_earlier(self, holder: Token) -> Mention | None:
        """A person mentioned earlier under a longer form of this name ("Zhao" after "Zhao
        Lijian", "Serraj" after "Fayez al-Serraj")."""
        if holder.pos_ != "PROPN" and not (holder.pos_ == "NOUN" and holder.text[:1].isupper()):
            return None  # (the tagger takes some family names for nouns: "Morales said")
        name = holder.text.lower()
        for earlier in reversed(self.known):
            parts = [p.lower() for p in re.split(r"[\s-]+", earlier.text) if p[:1].isupper()]
            if earlier.start < holder.idx and name in parts[1:] + parts[:1]:
                return earlier
        return None

    @staticmethod
    def according_to(token: Token) -> Token | None:
        for prep in token.children:
            if prep.lower_ == "to":
                for obj in prep.children:
                    if obj.dep_ == "pobj":
                        return obj
        return None

    # -- indirect speech -----------------------------------------------------------------------

    def indirect_speech(self, sent: Span, actors: ArticleActors) -> list[FoundQuote]:
        out: list[FoundQuote] = []
        cues = self.cues(sent)
        # Only a reporting verb or "according" can introduce indirect speech.
        according = [i for i in self.according if sent.start <= i < sent.end]
        for i in sorted({*cues, *according}) if according else cues:
            if self.inside_direct(self.table.idx[i]):
                continue
            token = self.doc[i]
            parts: list[list[Token]] = []
            if i in cues:
                parts = split_that_clauses(complement(token))
            elif self.according_to(token) is not None:
                parts = [according_content(token)]
            for content in parts:
                self.add_indirect(out, token, content, actors)
        return out

    def add_indirect(
        self, out: list[FoundQuote], token: Token, content: list[Token], actors: ArticleActors
    ) -> None:
        """One reported clause of ``token`` as an indirect quotation, unless it is not one."""
        content = [t for t in content if t.idx >= self.body]
        if not content or self.inside_direct(content[0].idx):
            return
        start, end = content[0].idx, content[-1].idx + len(content[-1])
        if MARK.search(self.text, start, end) and self.refused(start):
            return
        speaker, who = self.speaker_of(token, actors)
        if speaker is None:
            return
        out.append(
            FoundQuote(
                text=self.text[start:end],
                start=start,
                end=end,
                direct=False,
                speaker=speaker,
                parts=((start, end),),
                cue=token.i,
                how=f"indirect speech on {token.text!r}, {who}",
                paragraph=-1,
            )
        )

    def inside_direct(self, offset: int) -> bool:
        return any(m.start <= offset < m.end for m in self.marked)

    def quote_then_verb(self, offset: int, verb: Token) -> bool:
        """Whether ``offset`` is in a quotation set off before ``verb`` in the inverted order
        '"Fraud," chanted thousands': the quotation ends in a comma, "!" or "?" (inside its
        marks or right after) and the verb follows it at once."""
        text = self.text
        for m in self.marked:
            if not m.start <= offset < m.end or m.close_mark >= verb.idx:
                continue
            inside = text[m.start : m.end].rstrip()
            after = text[m.close_mark + 1 : verb.idx]
            set_off = inside[-1:] in (",", "!", "?") or after.lstrip()[:1] == ","
            return set_off and after.strip(" ,") == ""
        return False

    def refused(self, offset: int) -> bool:
        return any(r.start <= offset < r.end for r in self.refusals)

    # -- the article's quotations ---------------------------------------------------------------

    def finish(self) -> list[FoundQuote]:
        """All quotations in text order: split quotes joined, continuations attributed, short
        unattributed names dropped."""
        direct = [self.found[i] for i in sorted(self.found)]
        direct = self.join_split(direct)
        speakers: dict[int, ActorRef] = {}
        ordered: list[FoundQuote] = []
        for index, quote in enumerate(direct):
            around = self.reported_around(quote)
            if (
                around is not None
                and around.speaker is not None
                and quote.how not in (SO_CALLED_TERM, NICKNAME_TERM)  # no one's words
                and (
                    quote.speaker is None
                    or (
                        partial_inside(quote, around, self.table.idx)
                        and not self.named_speaker(quote)
                    )
                )
            ):
                quote = replace(
                    quote,
                    speaker=around.speaker,
                    how=f"inside indirect speech on {self.doc[around.cue].text!r}"
                    if around.cue is not None
                    else "inside indirect speech",
                )
            if quote.speaker is None and quote.paragraph in speakers and self.stands_alone(quote):
                quote = replace(
                    quote,
                    speaker=speakers[quote.paragraph],
                    how="speaker of the earlier quotation in the paragraph",
                )
            if quote.speaker is not None:
                speakers[quote.paragraph] = quote.speaker
                continued = self.continued_paragraph(quote)
                if continued is not None:
                    speakers[continued] = quote.speaker
            ordered.append(quote)
            del index
        return sorted(ordered + self.indirect, key=lambda q: (q.start, not q.direct))

    def named_speaker(self, quote: FoundQuote) -> bool:
        """The verb a partial quote hangs on has a named person as its subject: 'Assad condemned
        the bombing as a "criminal act", SANA said' quotes Assad, whom the agency reports."""
        if quote.cue is None:
            return False
        subject = subject_of(self.doc[quote.cue])
        return subject is not None and subject.ent_type_ == "PERSON"

    def reported_around(self, quote: FoundQuote) -> FoundQuote | None:
        """The indirect speech whose reported words contain the quotation ("According to
        Mousavi, Washington had "lost its mind"": Mousavi's words)."""
        for indirect in self.indirect:
            if indirect.start <= quote.start and quote.end <= indirect.end:
                return indirect
        return None

    def stands_alone(self, quote: FoundQuote) -> bool:
        """The quotation opens its sentence: it can continue the paragraph's speech, where a
        quotation inside a narrative sentence ("under the caption "…"") does not."""
        before = self.text[: quote.start - 1].rstrip()
        return not before or before[-1] in SENTENCE_END or self.text[quote.start - 2] == "\n"

    def continued_paragraph(self, quote: FoundQuote) -> int | None:
        for mark in self.marked:
            if mark.start == quote.parts[-1][0] and mark.continues:
                return mark.paragraph + 1
        return None

    def join_split(self, quotes: list[FoundQuote]) -> list[FoundQuote]:
        """ "We will respond," he said, "and firmly." is one quotation."""
        out: list[FoundQuote] = []
        for quote in quotes:
            last = out[-1] if out else None
            if (
                last is not None
                and last.cue is not None
                and quote.paragraph == last.paragraph
                and self.between_is_attribution(last, quote)
                and quote.text[:1].islower()
            ):
                text = f"{last.text} {quote.text}"
                out[-1] = replace(last, text=text, end=quote.end, parts=(*last.parts, *quote.parts))
                continue
            out.append(quote)
        return out

    def between_is_attribution(self, first: FoundQuote, second: FoundQuote) -> bool:
        """Only the attribution (and no full stop) lies between two quoted stretches."""
        gap = self.text[first.end : second.start]
        if "." in gap.replace("U.S.", "") or "\n" in gap:
            return False
        return first.cue is not None and first.cue in {
            t.i for t in self.tokens_between(first.end, second.start)
        }


def partial_inside(quote: FoundQuote, around: FoundQuote | None, idx: Sequence[int]) -> bool:
    """A few quoted words inside the reported speech ``around``, hung on a verb of that speech
    (``idx``: token offsets): "The Elysée warned that France would respond "immediately and
    uncompromisingly"" quotes the Elysée, not France."""
    if around is None or quote.cue is None or quote.text.rstrip()[-1:] in ".,!?;:":
        return False
    return around.cue != quote.cue and around.start <= idx[quote.cue] < around.end


def quoted_as_saying(verb: Token) -> Token | None:
    """ "His office quoted him as saying: …": the one quoted (the object of "quoted")."""
    if verb.lemma_.lower() != "say" or verb.tag_ != "VBG":
        return None
    current = verb
    for _ in range(3):
        current = current.head
        if current.lemma_.lower() == "quote":
            return next((c for c in current.children if c.dep_ == "dobj"), None)
    return None


def inverted_subject(verb: Token) -> Token | None:
    """ "…," shouted one young man: the speaker the parser hung after the verb as an object, or
    a name right after the verb that it hung elsewhere (a split quotation confuses it)."""
    for child in verb.rights:
        if child.dep_ in ("dobj", "attr", "npadvmod", "oprd") and child.pos_ in ("NOUN", "PROPN"):
            return child
    doc = verb.doc
    for token in doc[verb.i + 1 : verb.i + 3]:
        if token.pos_ == "PROPN" and token.ent_type_ == "PERSON":
            while token.dep_ in ("compound", "flat") and token.head.i > token.i:
                token = token.head
            return token
    return None


def owned_by_pronoun(holder: Token, mention: Mention) -> bool:
    """Whether a speaker is a person's aide or office named through "his" or "her" ("his
    office said", "her spokesman said")."""
    return any(
        c.dep_ == "poss" and c.lower_ in PERSON_POSSESSIVES and c.idx == mention.start
        for c in holder.children
    )


def reported_person(verb: Token, actors: ArticleActors) -> list[Mention]:
    """The person who is the subject of the clause a trailing attribution reports: "Kishida
    praised Marcos for his restraint, his office said" is told by Kishida's office, not that
    of the nearer name the pronoun would take."""
    for clause in verb.children:
        if clause.dep_ != "ccomp" or clause.i > verb.i:
            continue
        for subject in clause.children:
            if subject.dep_ == "nsubj" and subject.ent_type_ == "PERSON":
                return actors.actors(subject)
    return []


def subject_of(verb: Token) -> Token | None:
    """The subject of a reporting verb, through "adding"/"and said" to the governing verb."""
    current = verb
    for _ in range(4):
        # The subject nearest the verb: a quotation's own first word can be parsed as a second
        # subject ("Those who … ," Treasury Secretary Steven Mnuchin said).
        subjects = [c for c in current.children if c.dep_ in SUBJECTS]
        # Nor is a noun right after a subordinator hung on the verb ("X, speaking before talks
        # with Y, called it …" with "talks" parsed as a subject).
        marks = {c.i for c in current.children if c.dep_ == "mark"}
        subjects = [c for c in subjects if c.left_edge.i - 1 not in marks] or subjects
        if subjects:
            subject = min(subjects, key=lambda c: abs(c.i - current.i))
            if subject.tag_ in ("WP", "WDT") and current.dep_ == "relcl":
                return current.head  # "al-Jubeir, who said …": the relative's antecedent
            return subject
        if (
            current.dep_ == "pcomp"
            and current.head.lower_ != "as"  # "quoted X as saying": X (quoted_as_saying)
            and current.head.head.i != current.head.i
        ):
            current = current.head.head  # "called for a rerun after finding "manipulations""
            continue
        if current.dep_ in ("advcl", "conj", "xcomp", "acl") and current.head.i != current.i:
            head = current.head
            if (
                current.dep_ == "conj"
                and head.dep_ == "ccomp"
                and (act := speaker_act(head, head.head)) is not None
                and act <= current.i
            ):
                head = head.head  # "Baku denied that X and accused Y of …": Baku accused
            current = head
            continue
        break
    return None


def complement(verb: Token) -> list[Token]:
    """The reported clause of a reporting verb ("said [that] X"; "denied reports that X"; "said
    in a statement that X")."""
    clause = next((c for c in verb.children if c.dep_ == "ccomp"), None)
    if small_clause(verb, clause):
        return []  # "declared the vote valid", "declared Maduro the winner": no clause said
    if clause is None:
        for obj in verb.children:
            if obj.dep_ == "dobj":
                clause = next((c for c in obj.children if c.dep_ in ("acl", "ccomp")), None)
                clause = clause or that_clause(obj)
                if clause is not None:
                    break
    if clause is None:
        clause = statement_clause(verb)
    if clause is None and verb.dep_ == "parataxis" and verb.head.i < verb.i:
        # "Kosovo police arrested a man on Thursday, the interior ministry said, in a move …":
        # the parser hangs the attribution on the clause it reports
        subject = next((c for c in verb.children if c.dep_ in SUBJECTS), None)
        attribution = subject.left_edge.i if subject is not None else verb.left_edge.i
        doc = verb.doc
        return strip_punct(list(doc[verb.head.left_edge.i : min(attribution, verb.i)]))
    if clause is None:
        return []
    first = clause.left_edge.i
    # "said X, arguing that Y": a participle after a comma is the speaker's, not the report's;
    # "said X, while the ministry said Y": another speaker's report is not this one's
    trailing = [
        c
        for c in clause.children
        if c.dep_ == "advcl"
        and c.i > 0
        and (
            c.tag_ == "VBG"
            or (
                c.lemma_.lower() in SPEECH_VERBS
                and any(m.dep_ == "mark" and m.lower_ in CONTRASTS for m in c.children)
            )
        )
    ]
    cut = min(
        (c.left_edge.i for c in trailing if c.doc[c.left_edge.i - 1].text == ","),
        default=None,
    )
    sibling = speaker_act(clause, verb)
    if sibling is not None and (cut is None or sibling < cut):
        cut = sibling
    tokens = [
        t
        for t in clause.subtree
        if not (t.i == first and t.lower_ == "that") and (cut is None or t.i < cut)
    ]
    return strip_punct(tokens)


def split_that_clauses(tokens: list[Token]) -> list[list[Token]]:
    """ "said X and that Y": each that-clause is a report of its own (the second without its
    "and that")."""
    if not tokens:
        return []
    inside = {t.i for t in tokens}
    starts = sorted(
        t.left_edge.i
        for t in tokens
        if t.dep_ == "conj"
        and t.head.i in inside
        and any(c.dep_ == "mark" and c.lower_ == "that" for c in t.children)
    )
    if not starts:
        return [tokens]
    parts: list[list[Token]] = []
    bounds = [tokens[0].i, *starts, tokens[-1].i + 1]
    for lo, hi in pairwise(bounds):
        part = [t for t in tokens if lo <= t.i < hi]
        while part and (part[-1].dep_ == "cc" or part[-1].is_punct):
            part.pop()  # the "and" before the next that-clause
        if part and part[0].lower_ == "that":
            part = part[1:]
        if part:
            parts.append(part)
    return parts


def speaker_act(clause: Token, verb: Token) -> int | None:
    """Where the speaker's next act starts when the parser hung it on the reported clause: a
    verbal act with no subject of its own ("denied that the count had been manipulated and
    called the plans …", "said the vote had been unfair and urged …"), at its "and"; None when
    there is none ("said its forces had killed 26 and detained 3,000" is one report)."""
    for conj in clause.children:
        if (
            conj.dep_ == "conj"
            and conj.i > clause.i
            and conj.pos_ == "VERB"
            and conj.tag_ in ("VBD", "VBN")
            and conj.lemma_.lower() in SPEAKER_ACTS
            and not any(c.dep_ in SUBJECTS for c in conj.children)
        ):
            joiners = [c.i for c in clause.children if c.dep_ == "cc" and c.i < conj.i]
            return joiners[-1] if joiners else conj.left_edge.i
    return None


def statement_clause(verb: Token) -> Token | None:
    """ "said in a statement that X", "announced in a televised address that X": the parser
    hangs the that-clause on the noun of the phrase in between."""
    for prep in verb.children:
        if prep.dep_ != "prep":
            continue
        for noun in prep.children:
            if noun.dep_ != "pobj":
                continue
            for clause in noun.children:
                if clause.dep_ in ("acl", "relcl", "ccomp") and any(
                    c.dep_ == "mark" and c.lower_ == "that" for c in clause.children
                ):
                    return clause
            found = that_clause(noun)  # "said in a video message from New York that she …"
            if found is not None:
                return found
    return None


def that_clause(obj: Token) -> Token | None:
    """ "told a news briefing that India had provoked …", misparsed as a relative clause whose
    "that" is not its subject: the clause is what was said."""
    for child in obj.children:
        if child.dep_ != "relcl" or child.i < obj.i:
            continue
        first = child.doc[child.left_edge.i]
        if first.lower_ == "that" and any(
            c.dep_ in SUBJECTS and c.i != first.i for c in child.children
        ):
            return child
    return None


def according_content(token: Token) -> list[Token]:
    """The clause an "according to X" phrase hangs on, without the phrase."""
    head = token.head
    phrase = {t.i for t in token.subtree}
    tokens = [t for t in head.subtree if t.i not in phrase]
    return strip_punct(tokens)


def strip_punct(tokens: list[Token]) -> list[Token]:
    while tokens and (tokens[0].is_punct or tokens[0].is_space):
        tokens = tokens[1:]
    while tokens and (tokens[-1].is_punct or tokens[-1].is_space) and tokens[-1].text not in MARKS:
        tokens = tokens[:-1]
    return tokens


def noun_phrase(token: Token) -> Span:
    """The words of a speaker's name or description, without a leading article."""
    words = [t for t in token.subtree if t.dep_ in ("compound", "amod", "poss", "det", "flat")]
    start = min([token.i, *[t.i for t in words]])
    while start < token.i and token.doc[start].pos_ in ("DET", "PUNCT"):
        start += 1
    return token.doc[start : token.i + 1]


def small_clause(verb: Token, clause: Token | None) -> bool:
    """ "declared the vote valid", "declared Maduro the winner": what "declare" makes of its
    object (a verbless clause with no "that") is a ruling, not words reported. Only for
    "declare": other verbs' verbless complements are misparses of real clauses. A word the
    tagger makes a present-tense verb of a noun's ("declared three officials [unwelcome]",
    "[persona] non grata") with no auxiliary is such a clause too: words reported after
    "declared" are told in the past ("declared the officials were unwelcome")."""
    return (
        clause is not None
        and verb.lemma_.lower() == "declare"
        and (clause.pos_ not in ("VERB", "AUX") or misread_predicate(clause))
        and not any(c.dep_ == "mark" for c in clause.children)
    )


# Dependents only a real verb takes ("declared the officials [remain] committed").
CLAUSE_ONLY_DEPS = frozenset(
    {"aux", "auxpass", "neg", "acomp", "xcomp", "ccomp", "attr", "advmod", "dative"}
)


# The object the tagger gives "persona" read as a verb ("two diplomats [persona] non grata").
GRATA = frozenset({"grata", "gratae"})


def misread_predicate(clause: Token) -> bool:
    """Whether a clause's head is a verbless predicate the tagger read as a present-tense verb
    of a noun subject, with no auxiliary: "three officials [unwelcome]" (small_clause). A
    direct object marks a real verb ("declared Poles want peace"), save "grata"."""
    return (
        clause.tag_ in ("VB", "VBP")
        and not any(c.dep_ in CLAUSE_ONLY_DEPS for c in clause.children)
        and not any(c.dep_ == "dobj" and c.lower_ not in GRATA for c in clause.children)
        and any(c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN") for c in clause.children)
    )
