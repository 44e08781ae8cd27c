"""A claim's date is the date its sentence states, resolved against the publication date,
else none; the summary edge then falls back to the document's date."""

from __future__ import annotations

import hashlib

import pytest

from aipg.graph.merge import summarize
from aipg.graph.model import Document
from aipg.loaders.dates import find_dates
from aipg.loaders.pipeline import extract_documents

PUBLISHED = "2025-02-12"  # a Wednesday

CASES = {
    "fr-lundi": ("fr", "Lundi, Nvidia a investi dans Mistral AI.", "2025-02-10"),
    "fr-10-decembre": ("fr", "Le 10 décembre, Nvidia a investi dans Mistral AI.", "2024-12-10"),
    "fr-mois-dernier": ("fr", "Le mois dernier, Nvidia a investi dans Mistral AI.", "2025-01"),
    "en-last-month": ("en", "Last month Amazon invested $4bn in Anthropic.", "2025-01"),
    "en-on-monday": ("en", "On Monday, Amazon invested $4bn in Anthropic.", "2025-02-10"),
    "en-none": ("en", "Amazon invested $4bn in Anthropic.", None),
    # the most precise date of the sentence: the event's, not the founding year's
    "fr-most-precise": ("fr", "Fondée en 2023, Mistral AI a levé 385 millions d'euros en décembre 2023 auprès de Nvidia.",
                        "2023-12"),
}


def _doc(key: str, language: str, text: str) -> Document:
    return Document(id=key, title=key, text=text, language=language, published=PUBLISHED,
                    sha256=hashlib.sha256(text.encode("utf-8")).hexdigest())


@pytest.fixture(scope="module")
def extracted():
    docs = [_doc(k, lang, text) for k, (lang, text, _) in CASES.items()]
    return {ex.document.id: ex for ex in extract_documents(docs)}


@pytest.mark.parametrize("key", list(CASES))
def test_claim_date_is_the_sentences(extracted, key):
    claims = [c for c in extracted[key].claims if c.type == "FUNDS"]
    assert claims, extracted[key].claims
    assert {c.date for c in claims} == {CASES[key][2]}


def test_summary_edge_falls_back_to_the_document_date(extracted):
    (edge,) = summarize([c for c in extracted["en-none"].claims if c.type == "FUNDS"], {"en-none": PUBLISHED})
    assert (edge.first_seen, edge.last_seen) == (PUBLISHED, PUBLISHED)


@pytest.mark.parametrize("language, text, iso", [
    ("en", "They met earlier this month.", "2025-02"),
    ("fr", "La signature aura lieu le mois prochain.", "2025-03"),
    ("en", "The deal closed in December.", "2024-12"),
    ("en", "The campus opens in June.", "2025-06"),
    ("fr", "Un accord signé en décembre prochain.", "2025-12"),
])
def test_relative_months(language, text, iso):
    assert [d.iso for d in find_dates(text, language, reference=PUBLISHED)] == [iso]


def test_a_capitalised_french_weekday_inside_a_sentence_is_a_name():
    assert find_dates("Selon le Journal du Dimanche, rien.", "fr", reference=PUBLISHED) == []
