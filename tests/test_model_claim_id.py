"""A Claim's id names its statement: the same (document, sentence, type, source, target) give the
same id however the Claim was built (fresh, or by ``dataclasses.replace`` of another), and a change
to any of them gives the id a fresh Claim with those fields has."""

from __future__ import annotations

from dataclasses import replace

import pytest

from aipg.graph.ids import stable_hash
from aipg.graph.model import Claim


def _claim(**changes) -> Claim:
    fields = dict(document_id="d1", type="PARTNERS_WITH", source="org:a", target="org:b", status="announced",
                  confidence=0.8, evidence="A and B partner.", sentence=2, start=0, end=16, rule="r")
    fields.update(changes)
    return Claim(**fields)


def test_id_is_the_hash_of_the_statement_fields():
    c = _claim()
    assert c.id == stable_hash("d1", 2, "PARTNERS_WITH", "org:a", "org:b")


def test_replace_of_other_fields_keeps_the_id():
    c = _claim()
    d = replace(c, evidence="A and B partner", start=1, end=15, date="2026-01", confidence=0.6, rule="r.headline")
    assert d.id == c.id == _claim(evidence="other").id


@pytest.mark.parametrize("field, value", [("document_id", "d2"), ("sentence", 3), ("type", "INVESTS_IN"),
                                          ("source", "org:c"), ("target", "org:c")])
def test_replace_of_a_statement_field_gives_the_fresh_claims_id(field, value):
    c = _claim()
    d = replace(c, **{field: value})
    assert d.id != c.id
    assert d.id == _claim(**{field: value}).id
    assert replace(d, **{field: getattr(c, field)}).id == c.id
