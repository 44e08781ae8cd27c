"""Names and what is not a name, end to end on sentences written for these tests: a currency code
before a sum is never an organization (nor the target of the money it counts); a name the text types
by its head ("le réseau X") keeps that type when a known word is inside it."""

from __future__ import annotations

import pytest
from sentences import extract_cases

CURRENCY_CASES = [
    ("en", "The Dutch Research Council has put in EUR 8 million over four years.", "eur"),
    ("en", "The Research Council of Norway will contribute NOK 96 million to the centre.", "nok"),
    ("en", "Zurich-based Lakera raised USD 20 million from Atomico.", "usd"),
    ("fr", "La fondation a versé 5 millions de CHF au projet, et la ville CHF 2 millions.", "chf"),
]


@pytest.fixture(scope="module")
def extracted():
    return extract_cases({f"cur{i}": (lang, text) for i, (lang, text, _) in enumerate(CURRENCY_CASES)})


@pytest.mark.parametrize("i", range(len(CURRENCY_CASES)), ids=[c[2] for c in CURRENCY_CASES])
def test_a_currency_code_is_no_organization(extracted, i):
    code = CURRENCY_CASES[i][2]
    ex = extracted[f"cur{i}"]
    assert code not in {e.id for e in ex.entities}
    assert all(code not in (c.source, c.target) for c in ex.claims)


def test_a_name_that_starts_like_a_code_keeps_its_name():
    ex = extract_cases({"mad": ("fr", "Le fonds MAD Capital a investi 2 millions d'euros dans Ynov.")})["mad"]
    assert "mad-capital" in {e.id for e in ex.entities}


def test_a_typed_name_holding_a_known_word_keeps_its_type():
    """A name the text types by its head holds a known word: the whole name is still the program."""
    ex = extract_cases({"typed": ("fr", "Les HUG et le CHUV ont lancé le réseau Swiss Clinical AI.")})["typed"]
    labels = {e.id: e.label for e in ex.entities}
    assert labels.get("swiss-clinical-ai") == "Program"
    assert {(c.source, c.type, c.target) for c in ex.claims} == {
        ("hopitaux-universitaires-de-geneve", "FOUNDED", "swiss-clinical-ai"), ("chuv", "FOUNDED", "swiss-clinical-ai")}


def test_a_place_typed_alone_stays_a_place():
    ex = extract_cases({"place": ("fr", "Le réseau Paris a été lancé par la ville.")})["place"]
    assert all(e.label != "Program" for e in ex.entities)
