"""Evidence a person can paste: no Markdown or page furniture; a claim found only in a
headline is marked as such, with a lower confidence, and the body's claim wins."""

from __future__ import annotations

import pytest

from aipg.loaders.claims import HEADLINE
from aipg.loaders.evidence import clean, headline_lines, is_furniture
from sentences import extract_cases

ARTICLE = (
    "# ASML et Nvidia investissent dans Mistral AI\n\n"
    "ASML investit 1,3 milliard d'euros dans Mistral AI.\n\n"
    "- **Salesforce** a aussi investi dans Mistral AI.\n\n"
    "> Bpifrance a investi dans Mistral AI.\n\n"
    "Lire aussi : Microsoft investit dans Mistral AI.\n"
)


@pytest.fixture(scope="module")
def claims():
    return extract_cases({"md": ("fr", ARTICLE)})["md"].claims


@pytest.mark.parametrize("raw, text", [
    ("# Mistral AI lève 1,7 milliard", "Mistral AI lève 1,7 milliard"),
    ("## **OpenAI** joins the *AI Alliance*", "OpenAI joins the AI Alliance"),
    ("> IBM backs the lab.", "IBM backs the lab."),
    ("• Keio joins the alliance.", "Keio joins the alliance."),
    ("- Keio joins [the alliance](https://example.org/a).", "Keio joins the alliance."),
    ("Lire aussi : Nvidia investit dans Mistral AI", "Nvidia investit dans Mistral AI"),
    ("À lire aussi - Nvidia investit dans Mistral AI", "Nvidia investit dans Mistral AI"),
    ("Read more: Amazon backs Anthropic", "Amazon backs Anthropic"),
    ("Mistral AI - the French start-up - raised money.", "Mistral AI - the French start-up - raised money."),
])
def test_clean(raw, text):
    ev = clean(raw, 100)
    assert ev.text == text
    assert 100 <= ev.start < ev.end <= 100 + len(raw)


def test_furniture_and_headlines():
    assert is_furniture("Lire aussi : X") and is_furniture("* Read more: Y") and not is_furniture("Lire le rapport.")
    text = "Title line\n\nBody sentence. Another.\n## Part two\nMore body."
    assert [text[a:b].strip() for a, b in headline_lines(text)] == ["Title line", "## Part two"]
    assert headline_lines("A whole first sentence.\nAnd more.") == []


def test_evidence_in_the_pipeline_has_no_furniture(claims):
    for c in claims:
        assert not c.evidence.startswith(("#", "-", ">", "*", "•", "Lire aussi")), c.evidence
        assert "**" not in c.evidence
    funders = {c.source: c for c in claims if c.type == "FUNDS" and c.target == "mistral-ai"}
    assert funders["salesforce"].evidence == "Salesforce a aussi investi dans Mistral AI."
    assert funders["bpifrance"].evidence == "Bpifrance a investi dans Mistral AI."


def test_headline_claims_are_marked_and_give_way_to_the_body(claims):
    by_source = {}
    for c in claims:
        if c.type == "FUNDS" and c.target == "mistral-ai":
            by_source.setdefault(c.source, []).append(c)
    # ASML is in the headline and the body: only the body's claim is kept
    assert [c.rule.endswith(HEADLINE) for c in by_source["asml"]] == [False]
    assert by_source["asml"][0].amount == 1.3e9
    # Nvidia is only in the headline: marked, and less trusted than the body's claims
    (nvidia,) = by_source["nvidia"]
    assert nvidia.rule.endswith(HEADLINE) and nvidia.evidence == "ASML et Nvidia investissent dans Mistral AI"
    assert nvidia.confidence < min(c.confidence for c in by_source["asml"])
