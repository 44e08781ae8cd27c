"""Helpers for tests that run sentences written for them through the real extraction."""

from __future__ import annotations

import hashlib
from typing import Mapping

from graph.model import Document, Extraction
from loaders.pipeline import extract_documents


def document(doc_id: str, language: str, text: str) -> Document:
    """A Document for a test sentence, with its true sha256."""
    return Document(id=doc_id, title=doc_id, text=text, language=language,
                    sha256=hashlib.sha256(text.encode("utf-8")).hexdigest())


def extract_cases(cases: Mapping[str, tuple[str, str]]) -> dict[str, Extraction]:
    """Extract every (language, text) case in one batch (one spaCy pass), by case key."""
    docs = [document(key, language, text) for key, (language, text) in cases.items()]
    return {ex.document.id: ex for ex in extract_documents(docs)}


def relations(ex: Extraction) -> set[tuple[str, str, str]]:
    return {(c.source, c.type, c.target) for c in ex.claims}
