"""What the knowledge base does not know yet: organization-like names found in a corpus
that resolved to no knowledge-base entry, most frequent first, with an example sentence."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Iterable

from aipg.graph.config import Settings
from aipg.loaders.aliases import meaningless
from aipg.loaders.documents import read_documents
from aipg.loaders.mentions import CUE, NER
from aipg.loaders.pipeline import analyse
from aipg.loaders.resolve import TIER_KB


@dataclass(frozen=True)
class Gap:
    """A name the knowledge base lacks: how it was typed, how often and where it occurs."""

    name: str
    label: str
    mentions: int
    documents: int
    example: str
    example_document: str


def kb_gaps(paths: Iterable[str], *, settings: Settings | None = None,
            language: str | None = None) -> tuple[list[Gap], list[tuple[str, str]]]:
    """Unknown organization names in the documents under ``paths``, and the files that failed."""
    documents, failures = read_documents(paths, language=language)
    seen: dict[str, dict] = defaultdict(lambda: {"n": 0, "docs": set(), "example": None, "label": None, "name": None})
    for a in analyse(documents, settings=settings):
        text = a.document.text
        for m, eid in zip(a.mentions, a.resolution.of_mention):
            if eid is None or m.kind not in (CUE, NER) or a.resolution.tier.get(eid) == TIER_KB:
                continue
            entity = a.resolution.entities[eid]
            if meaningless(entity.name):
                continue  # "It", "company", "agreement gives the university": no name to add
            g = seen[eid]
            g["n"] += 1
            g["docs"].add(a.document.id)
            g["label"], g["name"] = entity.label, entity.name
            if g["example"] is None:
                start = text.rfind("\n", 0, m.start) + 1
                end = text.find("\n", m.end)
                line = text[start : end if end != -1 else len(text)].strip()
                g["example"] = (line[:237] + "...") if len(line) > 240 else line
                g["example_doc"] = a.document.id
    gaps = [Gap(g["name"], g["label"], g["n"], len(g["docs"]), g["example"], g["example_doc"]) for g in seen.values()]
    gaps.sort(key=lambda g: (-g.mentions, -g.documents, g.name.lower()))
    return gaps, failures
