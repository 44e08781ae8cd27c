"""Helpers for tests that run sentences written for them through the real extraction."""

from __future__ import annotations

import hashlib
from typing import Mapping

from aipg.graph.model import Document, Extraction
from aipg.loaders.pipeline import extract_documents


def document(doc_id: str, language: str, text: str) -> Document:
    """A Document for a test sentence, with its true sha256."""
    return Document(id=doc_id, title=doc_id, text=text, language=language,
                    sha256=hashlib.sha256(text.encode("utf-8")).hexdigest())


def extract_cases(cases: Mapping[str, tuple[str, str]]) -> dict[str, Extraction]:
    """Extract every (language, text) case in one batch (one spaCy pass), by case key."""
    docs = [document(key, language, text) for key, (language, text) in cases.items()]
    return {ex.document.id: ex for ex in extract_documents(docs)}


def edges_by_case(cases: list[tuple[str, str, object]]) -> dict[int, set[tuple[str, str, str, str]]]:
    """(source, type, target, status) of every claim, per index of a (language, text, expected) case."""
    extracted = extract_cases({f"case{i:03d}": (lang, text) for i, (lang, text, _) in enumerate(cases)})
    return {i: {(c.source, c.type, c.target, c.status) for c in extracted[f"case{i:03d}"].claims}
            for i in range(len(cases))}


def case_ids(cases: list[tuple[str, str, object]]) -> list[str]:
    """Readable pytest ids for (language, text, expected) cases."""
    return [f"{lang}-{text[:48]}" for lang, text, _ in cases]


def relations(ex: Extraction) -> set[tuple[str, str, str]]:
    return {(c.source, c.type, c.target) for c in ex.claims}
