"""Lists set out line by line after a colon: "The founding members are:" then "- X", "- Y";
"Les partenaires du programme sont :" then "• X", "• Y"; "Participating institutions include:"
then "X University", "Y Hospital" each on its own line; "1. X", "2. Y".

An item is a line of its own: marked by a bullet or a number, or, in a list with no marks, a
short line opening with a capital and ending with no sentence punctuation. The list ends at
the first line that is no item (the next prose paragraph). Two stages read it: the mention
stage takes each item's opening name as a name where most items of the list look like names
(``item_names``), and the relation stage gives the items' names to the colon sentence's
triggers (loaders/relations.py).
"""

from __future__ import annotations

import re
from typing import Callable

from spacy.tokens import Doc, Span

from aipg.loaders import nlp as nlp_mod
from aipg.loaders.lang import LanguageData
from aipg.loaders.sentence import find_triggers, fold, sentence_view

MARK = re.compile(r"^\s*(?:[-*\u2022\u2013\u2014\u25aa\u25cf\u25e6]|\d{1,2}[.)])\s")
_MARK_TOKENS = frozenset({"-", "*", "\u2022", "\u2013", "\u2014", "\u25aa", "\u25cf", "\u25e6"})
_NUMBER = re.compile(r"^\d{1,2}[.)]?$")
#: an unmarked line longer than this is prose, not an item
ITEM_WORDS = 10
#: where an item's name ends and its gloss begins: "X, a Paris-based start-up", "X (Germany)"
_GLOSS = frozenset({",", "(", "\u2013", "\u2014", "-", ":", ";", "/"})


def item_kind(text: str) -> str | None:
    """"marked" for a bulleted or numbered line, "plain" for a short line that may be an item of
    an unmarked list (a capital first, no final sentence punctuation), None for prose."""
    if MARK.match(text):
        return "marked"
    body = text.strip()
    if not text.endswith("\n") and "\n" in body:
        return None
    if body and body[0].isupper() and body[-1] not in ".!?:" and len(body.split()) <= ITEM_WORDS:
        return "plain"
    return None


def list_after(texts: list[str], si: int, pieces: bool = False) -> list[int]:
    """The indexes of the item lines after sentence ``si`` when it ends with a colon and a line
    break: the items of one kind (all marked, or all plain) up to the first line that is not one.
    With ``pieces``, a marked item's line the sentencizer cut ("- Amazon.com Inc." then "et Google ;")
    gives its later pieces too, each after its item."""
    head = texts[si]
    if not head.rstrip().endswith(":") or "\n" not in head[len(head.rstrip()):]:
        return []
    out: list[int] = []
    kind = None
    k = si + 1
    while k < len(texts):
        this = item_kind(texts[k])
        if this is None or (kind is not None and this != kind):
            break
        kind = this
        out.append(k)
        while this == "marked" and not texts[k].endswith("\n") and k + 1 < len(texts) and "\n" not in texts[k].strip():
            k += 1  # (the rest of a cut line, up to its line break)
            if pieces:
                out.append(k)
        if not texts[k].endswith("\n"):
            break  # (the document's end)
        k += 1
    return out if kind == "marked" or len(out) >= 2 else []


def item_start(rows, start: int, end: int) -> int:
    """The first token of an item's text, past its bullet or number."""
    k = start
    while k < end and (rows[k].is_space or rows[k].text in _MARK_TOKENS or _NUMBER.match(rows[k].text)
                       or rows[k].text in (".", ")")):
        k += 1
    return k


def _name_end(rows, start: int, end: int, glue: frozenset[str], joiners: frozenset[str] = frozenset()) -> int | None:
    """The end of the name opening an item: capitalised words (and the small words a name holds)
    up to the item's end, its gloss or a joiner after a name ("Bayer et Janssen"); None where the
    item opens with something else."""
    k, last = start, None
    while k < end and not rows[k].is_space and rows[k].text not in _GLOSS:
        text = rows[k].text
        if text[:1].isupper() or text[:1].isdigit() and last is not None or text in ("&", "'s", "\u2019s"):
            last = k + 1
        elif last is not None and last == k and fold(text) in joiners:
            break
        elif fold(text) not in glue and text not in (".", "'", "\u2019"):
            return None  # a sentence, not a name: "Meta will host the meetings"
        k += 1
    return last


def _item_spans(rows, start: int, end: int, lang: LanguageData) -> list[tuple[int, int]]:
    """The names an item opens with: its first name, then one a joiner adds right after it, maybe
    behind an article ("Bayer et Janssen", "l'allemand SAP" has no name first: none)."""
    joiners = lang.mentions.list_joiners
    e = _name_end(rows, start, end, lang.mentions.name_glue, joiners)
    if e is None:
        return []
    out = [(start, e)]
    if e < end and fold(rows[e].text) in joiners:
        s2 = e + 1 + (e + 1 < end and fold(rows[e + 1].text) in lang.articles)
        e2 = _name_end(rows, s2, end, lang.mentions.name_glue) if s2 < end else None
        if e2 is not None:  # (the caller keeps names of six words at most)
            out.append((s2, e2))
    return out


def usual_label(labels: list[str]) -> str:
    """The label most of a list's named items have; on a tie, the first seen (no hash order)."""
    return max(dict.fromkeys(labels), key=labels.count)


def item_names(doc: Doc, lang: LanguageData, taken: dict[int, str | None], persons: list[Span],
               person_like: Callable[[list[str], list[str]], bool], label_of: Callable[[str], str | None],
               prefix: str) -> list[Span]:
    """Names that are the whole of an item, or the item before its gloss, in the lists after a
    colon sentence holding a trigger; only where at least two thirds of the list's items are
    names and none of them a person's (a list of people or of products' descriptions gives
    none). Items some other source names (``taken``: token -> the label of the name there, None
    for a non-organization) count but give no new span. Each span is labelled
    "<prefix>|<label>", ``<label>`` read from the name's cues (``label_of``), else the label most
    of the list's named items have ("Mercy" in a list of hospitals), else Company; ``person_like``
    tells a person's name from its words and folded words."""
    sents = nlp_mod.sentences(doc)
    table = nlp_mod.tokens(doc)
    rows, texts = table.rows, [table.span_text(s.start, s.end) for s in sents]
    person_tokens = {i for p in persons if len(p) > 1 for i in range(p.start, p.end)}
    out: list[Span] = []
    for si in range(len(sents)):
        items = list_after(texts, si)
        if not items or not find_triggers(sentence_view(si, sents[si], lang)):
            continue
        names, named_items = [], 0
        for k in items:
            spans = [(s, e) for s, e in _item_spans(rows, item_start(rows, sents[k].start, sents[k].end), sents[k].end, lang)
                     if e - s <= 6]
            names += spans
            named_items += bool(spans)
        # (a name some source gives an organization's label, or whose cue gives one, is no person's:
        # "Sheba Medical Center"); a list of investors may hold a person or two ("Harlow Finch"):
        # they stay out, the organizations of a list mostly of them give names
        people = [(s, e) for s, e in names if person_tokens.intersection(range(s, e)) or not taken.get(s)
                  and person_like(table.text[s:e], table.folded[s:e]) and not label_of(table.span_text(s, e))]
        if 3 * named_items < 2 * len(items) or 3 * len(people) > len(names):
            continue
        names = [n for n in names if n not in people]
        known = [label for s, e in names for label in [taken.get(s)] if label]
        usual = usual_label(known) if 2 * len(known) >= len(names) else "Company"
        out += [Span(doc, s, e, label=f"{prefix}|{label_of(table.span_text(s, e)) or usual}")
                for s, e in names if not any(i in taken for i in range(s, e))]
    return out
