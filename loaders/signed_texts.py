"""Signed texts named by their summit: "la déclaration finale du Sommet de Séoul", "the
summit's closing declaration", "the declaration signed at the AI Action Summit".

The knowledge base links each signed text (a Program: declaration, commitments, code,
convention) to the surfaces of the event where it was adopted (its ``event`` field). A phrase
whose head names a text's kind ("déclaration", "engagements", "code de conduite", or any kind:
"le texte") next to such an event becomes a mention of the one text of that kind adopted there.
The summit's noun alone ("le sommet", "the summit's") stands for the one known summit the
document names. With no known text for the event, or more than one of the kind, nothing: a
capitalised name with a cue ("the Paris Declaration on AI") is the name rules' business.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Span

from aipg.graph.ids import norm
from aipg.loaders import nlp as nlp_mod
from aipg.loaders.kb import KBEntry, KnowledgeBase
from aipg.loaders.lang import MentionWords, union

_POSSESSIVE = "'s"  # "the summit's", folded ("’s" -> "'s")


@lru_cache(maxsize=1 << 12)
def _kinds(entry: KBEntry) -> frozenset[str]:
    """The kinds of text an entry's names say it is: "Seoul Declaration" -> {"declaration"}."""
    kinds = union("mentions.text_kinds")
    return frozenset(kinds[w] for s in entry.surfaces() for w in norm(s).split() if kinds.get(w))


@lru_cache(maxsize=1 << 12)
def is_signed_text(eid: str) -> bool:
    """Does a program's id name a text that parties sign or adhere to (a declaration, charter, pact,
    code), and no program others fund or join through another noun: "nairobi-charter-on-ai",
    "declaration-de-rome", not "charter-cities-fund" nor "ai-pact-initiative"."""
    words = eid.split("-")
    kinds = union("mentions.text_kinds")
    others = {w for w in union("mentions.cues")["Program"] if " " not in w} \
        | {h for h, label in union("mentions.apposition_heads").items() if label == "Program"}
    return any(kinds.get(w) for w in words) and not any(w in others and w not in kinds for w in words)


def _the_text(entries: tuple[KBEntry, ...], kind: str) -> KBEntry | None:
    """The one text of ``kind`` (any kind for "") among the texts adopted at an event."""
    found = {e.id: e for e in entries if not kind or kind in _kinds(e)}
    return next(iter(found.values())) if len(found) == 1 else None


def _summit_nouns(doc: Doc, folded: list[str], words: MentionWords, taken: set[int]) -> list[int]:
    """Positions of the summit's noun alone, after a determiner ("le sommet", "the summit's"),
    naming no other summit: not "the G7 summit", "du sommet du G7", "au sommet à Riyad"."""
    text = nlp_mod.tokens(doc).text
    out = []
    for i, w in enumerate(folded):
        if w not in words.event_nouns or i in taken or i == 0 or folded[i - 1] not in words.text_links:
            continue
        k = i + 1
        while k < len(folded) and folded[k] in words.text_links:
            k += 1
        if k < len(folded) and text[k][:1].isupper():
            continue
        out.append(i)
    return out


def text_spans(doc: Doc, kb: KnowledgeBase, events: list[Span], words: MentionWords, label: str) -> list[Span]:
    """Spans (labelled ``label`` + the text's id) of the signed texts named by their event.
    ``events`` are the document's known event names (``KnowledgeBase.event_surfaces``)."""
    if not words.text_kinds or not events:
        return []  # (no summit named: no text named by its event)
    folded = [w.rstrip("'") or w for w in nlp_mod.tokens(doc).folded]
    at: dict[int, tuple[int, tuple[KBEntry, ...]]] = {}  # first token -> (end, texts adopted there)
    for ev in events:
        at[ev.start] = (ev.end, kb.texts_at(ev.text))
    named = {e.id: e for _, texts in at.values() for e in texts}  # the document's summits' texts
    taken = {i for ev in events for i in range(ev.start, ev.end)}
    if named:
        for i in _summit_nouns(doc, folded, words, taken):
            at[i] = (i + 1, tuple(named.values()))
    if not at:
        return []
    spans = []
    for i, w in enumerate(folded):
        kind = words.text_kinds.get(w)
        if kind is None:
            continue
        hit = _after(folded, i, at, words) or _before(folded, i, at, words)
        if hit is not None:
            start, end, texts = hit
            entry = _the_text(texts, kind)
            if entry is not None:
                spans.append(Span(doc, start, end, label=f"{label}|{entry.id}"))
    return spans


def _after(folded: list[str], i: int, at: dict, words: MentionWords) -> tuple[int, int, tuple] | None:
    """"la déclaration finale du Sommet de Séoul", "the declaration signed at the AI Seoul
    Summit", "le code de conduite du sommet": the head, adjectives, a participle and links, then
    the event right after a link. Not "la déclaration du porte-parole du sommet"."""
    linked = False
    for j in range(i + 1, min(i + 9, len(folded))):
        if linked and j in at:
            return i, at[j][0], at[j][1]
        w = folded[j]
        if w in words.text_links:
            linked = True
        elif w in words.text_adjectives or w in words.text_participles:
            linked = False
        else:
            return None
    return None


def _before(folded: list[str], i: int, at: dict, words: MentionWords) -> tuple[int, int, tuple] | None:
    """"the AI Action Summit's final declaration", "the summit's closing declaration", "the
    Bletchley summit declaration": the event, a possessive, adjectives, then the head, which no
    complement makes another text ("the summit's declaration of war")."""
    if i + 1 < len(folded) and folded[i + 1] in words.text_complements:
        return None
    k = i - 1
    while k >= 0 and folded[k] in words.text_adjectives:
        k -= 1
    if k >= 0 and folded[k] == _POSSESSIVE:
        k -= 1
    for start, (end, texts) in at.items():
        if end == k + 1:
            return start, i + 1, texts
    return None
