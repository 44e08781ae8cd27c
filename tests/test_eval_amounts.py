"""`aipg eval` scores amounts: right within 1% in the same currency, given where gold says
none, round totals copied to an investor; --explain lists each wrong amount with its sentence."""

from __future__ import annotations

import json

from click.testing import CliRunner

from aipg.cli import cli
from aipg.loaders.evaluate import score

ENTS = [{"id": x, "name": x.title(), "label": "Company", "aliases": [x.title()]}
        for x in ("acme", "bolt", "crane", "delta")]


def _doc(relations):
    return {"documents": [{"id": "d1", "language": "en", "entities": ENTS, "relations": relations}]}


def _funds(source, target, **money):
    return {"source": source, "type": "FUNDS", "target": target, "status": "stated", "evidence": "s", **money}


def test_amounts_right_given_and_copied():
    gold = _doc([
        _funds("acme", "delta", amount=4e9, currency="USD"),
        _funds("bolt", "delta", amount=None, round_amount=270e6, round_currency="USD"),
        _funds("crane", "delta", amount=None, round_amount=270e6, round_currency="USD"),
        _funds("acme", "bolt", amount=1.3e9, currency="EUR", optional=True),
        _funds("delta", "crane", status="stated"),  # no "amount" key: not scored
    ])
    system = _doc([
        _funds("acme", "delta", amount=4.02e9, currency="USD"),  # within 1%
        _funds("bolt", "delta", amount=270e6, currency="USD"),  # the round copied
        _funds("crane", "delta"),  # none, right
        _funds("acme", "bolt", amount=1.3e9, currency="USD"),  # wrong currency
        _funds("delta", "crane", amount=5.0, currency="USD"),
    ])
    a = score(system, gold).amounts
    assert (a.numbered, a.right, a.null, a.given, a.round_copied) == (2, 1, 2, 1, 1)
    assert [(w["source"], w["problem"]) for w in a.wrong] == [
        ("bolt", "round total copied to an investor"), ("acme", "wrong")]
    assert a.to_dict()["right_share"] == 0.5 and a.to_dict()["none_share"] == 0.5


def test_an_amount_off_by_more_than_one_percent_is_wrong():
    gold = _doc([_funds("acme", "delta", amount=100.0, currency="EUR")])
    assert score(_doc([_funds("acme", "delta", amount=101.0, currency="EUR")]), gold).amounts.right == 1
    assert score(_doc([_funds("acme", "delta", amount=101.5, currency="EUR")]), gold).amounts.right == 0


def test_eval_explain_lists_wrong_amounts_with_their_sentence(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    text = "Cohere raised $270M in a funding round from Nvidia, Oracle and Salesforce.\n"
    (docs / "c1.txt").write_text(text, encoding="utf-8")
    ents = [{"id": "cohere", "name": "Cohere", "label": "Company", "aliases": ["Cohere"]},
            {"id": "nvidia", "name": "Nvidia", "label": "Company", "aliases": ["Nvidia"]},
            {"id": "oracle", "name": "Oracle", "label": "Company", "aliases": ["Oracle"]},
            {"id": "salesforce", "name": "Salesforce", "label": "Company", "aliases": ["Salesforce"]}]
    # gold that (wrongly, on purpose) gives Nvidia the whole round: the extraction's none is then "missing"
    rels = [_funds("nvidia", "cohere", amount=270e6, currency="USD"),
            _funds("oracle", "cohere", amount=None, round_amount=270e6, round_currency="USD")]
    gold = tmp_path / "gold.json"
    gold.write_text(json.dumps({"schema": 1, "documents": [
        {"id": "c1", "file": "c1.txt", "language": "en", "entities": ents, "relations": rels}]}), encoding="utf-8")
    result = CliRunner().invoke(cli, ["eval", str(gold), "--docs", str(docs), "--explain"], prog_name="aipg")
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    head = "amount missing: [c1] nvidia -FUNDS-> cohere: none (gold $270 million)"
    assert head in lines
    assert lines[lines.index(head) + 1] == "    " + text.strip()
    assert any(ln.split() == ["-", "amount", "right", "(1%,", "same", "currency)", "0", "0.0%"] for ln in lines)
    assert any(ln.split() == ["-", "round", "total", "copied", "to", "an", "investor", "0"] for ln in lines)
    as_json = json.loads(CliRunner().invoke(cli, ["eval", str(gold), "--docs", str(docs), "--json"]).stdout)
    assert as_json["amounts"] == {"numbered": 1, "right": 0, "right_share": 0.0, "null": 1, "given_where_null": 0,
                                  "none_share": 1.0, "round_copied": 0}


def test_gold_output_speaks_for_a_pair_with_the_claim_that_states_its_money():
    from aipg.graph.model import Claim, Document, Entity, Extraction
    from aipg.loaders.evaluate import to_gold

    doc = Document("d", "d", "x", "en", "0" * 64)
    plain = Claim("d", "FUNDS", "acme", "bolt", "stated", 0.9, "Funded by Acme, Bolt grows.", 5, 0, 10, "r")
    paid = Claim("d", "FUNDS", "acme", "bolt", "stated", 0.5, "Acme gives Bolt $50 million.", 1, 20, 40, "r",
                 amount=50e6, currency="USD", amount_text="$50 million")
    ents = (Entity("acme", "Acme", "Company"), Entity("bolt", "Bolt", "Company"))
    (rel,) = to_gold([Extraction(doc, ents, (plain, paid))])["documents"][0]["relations"]
    assert (rel["evidence"], rel["amount"], rel["currency"], rel["amount_text"]) == (
        "Acme gives Bolt $50 million.", 50e6, "USD", "$50 million")
    assert "round_amount" not in rel
