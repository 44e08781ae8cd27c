"""Names the document types once and uses bare elsewhere.

A news text says once what an unknown name is ("PLUTO, a consortium of five universities", "an
initiative, called Kestrel", "Dubbed Orion, the scheme ...", "the Lyra alliance", "le réseau Sirius",
"la coalition, connue sous le nom de Vega") and then writes the name alone ("Oracle joined PLUTO").
``typed_spans`` finds those typing constructions anywhere in the document and returns every
occurrence of each typed name as a cued span of that label, so each bare use is the same entity
with the same label. Only the program and organization heads of the language type a name (a model,
a product, a city or a summit is never typed so); a name the knowledge base knows keeps its own
label (the caller's choice puts known names first)."""

from __future__ import annotations

from bisect import bisect_right

from spacy.tokens import Doc, Span

from aipg.loaders import nlp as nlp_mod
from aipg.loaders.lang import words_of
from aipg.loaders.slots import common_word

_QUOTES = frozenset({'"', "'", "\u201c", "\u201d", "\u00ab", "\u00bb", "\u2018", "\u2019"})
_PUNCT = frozenset({",", ".", ";", ":", "(", ")", "!", "?", "\u2013", "\u2014", "-"})


def _clean(word: str) -> str:
    return word.rstrip("'\u2019")


def _head_before(folded: list[str], text: list[str], k: int, floor: int, words) -> str | None:
    """The label of a typing head ending the noun phrase right before token ``k`` (a comma, determiners
    and up to two lowercase modifiers between): "an initiative, called", "La coalition, connue"."""
    j, seen = k - 1, 0
    if j >= floor and text[j] == ",":
        j -= 1
    while j >= floor and seen < 3:
        word = _clean(folded[j])
        if not text[j][:1].isalpha() or not text[j].islower() and j > floor:
            return None  # (a capitalised word or a mark: the phrase before is no description)
        label = words.typing_heads.get(word)
        if label:
            return label
        if word in words.apposition_stop:
            return None
        j, seen = j - 1, seen + 1
    return None


def _head_after(folded: list[str], text: list[str], k: int, end: int, words, follow: bool) -> str | None:
    """The label of the typing head of the description opening at token ``k`` (a determiner, up to
    two modifiers, then the head, which a complement, a clause or a mark ends): ", a consortium of
    five ...", ", le programme européen de ...". "a network operator" is no network."""
    if k >= end or _clean(folded[k]) not in words.apposition_determiners:
        return None
    for j in range(k + 1, min(end, k + 4)):
        word = _clean(folded[j])
        if not text[j].islower() or word in words.apposition_stop:
            return None
        label = words.typing_heads.get(word)
        if label:
            nxt = _clean(folded[j + 1]) if j + 1 < end else "."
            follows = j + 1 >= end or text[j + 1] in _PUNCT or nxt in words.apposition_stop \
                or nxt in words.apposition_relatives or not text[j + 1].isalpha()
            # French puts one adjective after the head ("un réseau européen de ..."); English none
            if not follows and follow and j + 2 < end and text[j + 1].islower():
                after = _clean(folded[j + 2])
                follows = text[j + 2] in _PUNCT or after in words.apposition_stop or after in words.apposition_relatives
            return label if follows else None
    return None


def _typed_names(doc: Doc, runs: list[tuple[int, int]]) -> dict[tuple[str, ...], str]:
    """The names a typing construction types, as token texts -> label."""
    table = nlp_mod.tokens(doc)
    text, folded, rows = table.text, table.folded, table.rows
    words = words_of(table.lang, "mentions")
    if not any(_clean(w) in words.typing_heads for w in set(folded)):
        return {}  # (every typing reads a typing head: a document with none types nothing)
    follow = not words_of(table.lang, "modifier_before")  # (adjectives follow the head noun: "le réseau européen")
    bounds = nlp_mod.sentence_bounds(doc)
    starts = [b[0] for b in bounds]
    lasts = {p[-1] for p in words.naming_phrases}  # (a naming phrase ends right before the name)
    out: dict[tuple[str, ...], str] = {}
    for s, e in runs:
        while e - s > 1 and (_clean(folded[s]) in words.name_determiners):
            s += 1  # "The Lyra alliance": the determiner is no part of the name
        opener = e - s > 1 and (_clean(folded[s]),) in words.naming_phrases
        if opener:  # "Dubbed Orion, the scheme ...": the naming word opens the sentence's run
            s += 1
        if e - s > 4 or _clean(folded[s]) in words.calendar:
            continue
        k = bisect_right(starts, s) - 1
        lo, hi = bounds[k] if k >= 0 and s < bounds[k][1] else (0, len(text))
        label = None
        # "PLUTO, a consortium of ..." / "Cassiopée, le programme européen ..."
        if e + 1 < hi and text[e] == ",":
            label = _head_after(folded, text, e + 1, hi, words, follow)
        # "an initiative, called Kestrel" / "La coalition, connue sous le nom de Vega"
        start = s - 1 if s > lo and text[s - 1] in _QUOTES else s
        for phrase in (words.naming_phrases if label is None and start > lo and _clean(folded[start - 1]) in lasts else ()):
            n = len(phrase)
            if label is None and start - n >= lo and tuple(_clean(w) for w in folded[start - n : start]) == phrase:
                label = _head_before(folded, text, start - n, lo, words)
                after = e + 1 if e < hi and text[e] in _QUOTES else e
                if label is None and start - n == lo and after != e and after < hi and text[after] == ",":
                    label = _head_after(folded, text, after + 1, hi, words, follow)  # 'Dubbed "Orion", the scheme ...'
        # "the Lyra alliance" (a lowercase head after the name, English) / "le réseau Sirius"
        if label is None and e < hi and text[e].islower() and not follow and \
                (s == lo or _clean(folded[s - 1]) in words.name_determiners) and "-" not in text[s:e]:  # (a headline drops "the")
            label = words.typing_heads.get(_clean(folded[e]))
        if label is None and s - 2 >= lo and text[s - 1].islower() and follow and \
                _clean(folded[s - 2]) in words.name_determiners:
            label = words.typing_heads.get(_clean(folded[s - 1]))
            label = label if label == "Program" else None  # ("la fondation Dieter Schwarz": a person's name)
        if label and (e - s > 1 or len(text[s]) > 2) and not all(rows[k].is_stop or _clean(folded[k]) in words.name_determiners or
                             (s == lo and common_word(_clean(folded[k]), table.lang)) for k in range(s, e)):
            out.setdefault(tuple(text[s:e]), label)  # ("The alliance ...", "New network ...": no name)
    return out


def typed_spans(doc: Doc, runs: list[tuple[int, int]], cue: str) -> list[Span]:
    """Every occurrence of every name a typing construction of the document types, as a span labelled
    ``cue|label`` (``runs``: the document's capitalised runs)."""
    names = _typed_names(doc, runs)
    if not names:
        return []
    text = nlp_mod.tokens(doc).text
    out = []
    for i, w in enumerate(text):
        for name, label in names.items():
            n = len(name)
            if w == name[0] and tuple(text[i : i + n]) == name and not (i + n < len(text) and text[i + n][:1].isupper()
                                                                      and text[i + n].isalpha()):
                out.append(Span(doc, i, i + n, label=f"{cue}|{label}"))
    return out
