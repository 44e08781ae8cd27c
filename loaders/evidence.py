"""Evidence a person can paste: the sentence without Markdown or page furniture, and whether
it is a headline rather than the article's body.

``clean`` keeps the evidence a piece of the document wherever it can (it trims furniture at
the edges and moves the offsets with it); only inline emphasis and link targets inside the
sentence are taken out of the text itself.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from aipg.graph.ids import norm
from aipg.loaders.lang import union

# Leading furniture: Markdown headings, quotes, bullets and list numbers, emphasis markers.
_LEAD = re.compile(r"^(?:\s|#{1,6}(?=\s|$)|>|[-+*•◦▪▫►▸‣⁃·–—](?=\s)|\d{1,2}[.)](?=\s))+")
_TRAIL = re.compile(r"(?:\s|\s#+)+$")
_FURNITURE = re.compile(r"^(?P<lead>[^\W\d][\w\s\u00a0'’]{0,30}?)\s*[:：|–—-]\s*")  # "Lire aussi : ..."
_EMPHASIS = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1|(?<![\w*])\*(?=\S)([^*]+?)(?<=\S)\*(?![\w*])")
_LINK = re.compile(r"!?\[([^\]]+)\]\((?:https?://|/)[^)\s]*\)")
_SENTENCE_END = re.compile(r"[.!?…][\"'”’»)\]]*$")
# every language's: a page's furniture may be in another language than its article
FURNITURE_LEADS = union("furniture_leads")


@dataclass(frozen=True)
class Evidence:
    """The quotable sentence and its character offsets in the document."""

    text: str
    start: int
    end: int


def clean(sentence: str, start: int) -> Evidence:
    """``sentence`` (found at ``start`` in the document) without page furniture.

    >>> clean("# **Mistral AI** lève 1,7 milliard d’euros", 10)
    Evidence(text='Mistral AI lève 1,7 milliard d’euros', start=12, end=52)
    >>> clean("Lire aussi : ASML investit dans Mistral AI", 0).text
    'ASML investit dans Mistral AI'
    """
    text, s = sentence, start
    while True:
        before = text
        m = _LEAD.match(text)
        if m:
            text, s = text[m.end():], s + m.end()
        m = _FURNITURE.match(text)
        if m and norm(m.group("lead")) in FURNITURE_LEADS:
            text, s = text[m.end():], s + m.end()
        if text == before:
            break
    m = _TRAIL.search(text)
    if m:
        text = text[: m.start()]
    end = s + len(text)
    inner = _LINK.sub(r"\1", _EMPHASIS.sub(lambda g: g.group(2) or g.group(3), text))
    return Evidence(inner, s, end)


def is_furniture(sentence: str) -> bool:
    """A "Lire aussi : ..." / "Read more: ..." line points at another article."""
    m = _FURNITURE.match(_LEAD.sub("", sentence))
    return bool(m and norm(m.group("lead")) in FURNITURE_LEADS)


def headline_lines(text: str, title: str | None = None) -> list[tuple[int, int]]:
    """(start, end) of the document's headline lines: Markdown headings, the line that repeats
    the title, and a first line that is not a sentence (no final full stop) when more follows."""
    spans = []
    first = True
    title_key = norm(title or "")
    pos = 0
    for line in text.splitlines(keepends=True):
        body = line.strip()
        if body:
            heading = body.startswith("#")
            titled = bool(title_key) and norm(_LEAD.sub("", body)) == title_key  # (no title: no line to fold)
            opening = first and not _SENTENCE_END.search(body) and len(body) <= 200 and pos + len(line) < len(text)
            if heading or titled or opening:
                spans.append((pos, pos + len(line)))
            first = False
        pos += len(line)
    return spans
