"""The match trace (loaders/trace.py): what became of each trigger match, and ``aipg eval --explain``
printing it under each missed relation. Sentences written for these tests."""

from __future__ import annotations

import json

from click.testing import CliRunner
from sentences import document

from aipg.cli import cli
from aipg.loaders.pipeline import extract_documents
from aipg.loaders.trace import recorder, tracing


def test_a_gate_names_itself_and_a_match_that_went_through_lists_its_claims():
    docs = [document("held", "en", "Anthropic declined to say whether it would join the AI Alliance."),
            document("made", "en", "Meta and Amazon joined the Frontier Model Forum in 2024."),
            document("alone", "en", "The company said it joined in 2024.")]
    with tracing() as firings:
        extract_documents(docs)
    by_doc = {f.document: f for f in firings}
    assert by_doc["held"].rule == "en.member_of.active.join"
    assert by_doc["held"].outcome() == "stopped: gate: withheld" and not by_doc["held"].claims
    assert by_doc["made"].stopped is None
    assert set(by_doc["made"].claims) == {("meta", "MEMBER_OF", "frontier-model-forum"),
                                          ("amazon", "MEMBER_OF", "frontier-model-forum")}
    assert by_doc["alone"].stopped.startswith("frame: no ")  # nobody named on either side
    assert recorder() is None  # off again outside the block


def test_nothing_is_recorded_unless_someone_traces():
    assert recorder() is None
    ex = extract_documents([document("plain", "en", "Meta joined the Frontier Model Forum.")])
    assert [(c.source, c.type, c.target) for c in ex[0].claims] == [("meta", "MEMBER_OF", "frontier-model-forum")]
    assert recorder() is None


def test_eval_explain_prints_what_stopped_the_rules_under_a_missed_relation(tmp_path):
    text = "Anthropic declined to say whether it would join the AI Alliance. Meta joined the AI Alliance."
    (tmp_path / "corpus").mkdir()
    (tmp_path / "corpus" / "d1.txt").write_text(text, encoding="utf-8")
    entities = [{"id": x, "name": n, "label": lab} for x, n, lab in
                (("anthropic", "Anthropic", "Company"), ("meta", "Meta", "Company"), ("ai-alliance", "AI Alliance", "Program"))]
    relations = [{"source": s, "type": "MEMBER_OF", "target": "ai-alliance", "evidence": e} for s, e in
                 (("anthropic", "Anthropic declined to say whether it would join the AI Alliance."),
                  ("meta", "Meta joined the AI Alliance."))]
    gold = {"documents": [{"id": "d1", "language": "en", "entities": entities, "relations": relations}]}
    (tmp_path / "gold.json").write_text(json.dumps(gold), encoding="utf-8")
    result = CliRunner().invoke(cli, ["eval", str(tmp_path / "gold.json"), "--explain"])
    assert result.exit_code == 0, result.output
    assert "missed: [d1] anthropic -MEMBER_OF-> ai-alliance" in result.output
    assert "matched en.member_of.active.join ('join') -> stopped: gate: withheld" in result.output
    assert "missed: [d1] meta" not in result.output  # found: no trace printed for it
    as_json = CliRunner().invoke(cli, ["eval", str(tmp_path / "gold.json"), "--explain", "--format", "json"])
    missed = json.loads(as_json.output)["missed"]
    assert missed[0]["firings"] == ["en.member_of.active.join ('join') -> stopped: gate: withheld"]


def test_gold_evidence_is_found_where_the_text_has_other_white_space():
    from aipg.loaders.evaluate import _evidence_at

    flat = "Intro.  Acme  Corp signed a memorandum with   Beta Labs on Monday."
    at = _evidence_at(flat, "Acme Corp signed a memorandum with Beta Labs")
    assert at is not None and flat[at[0]:at[1]] == "Acme  Corp signed a memorandum with   Beta Labs"
    # the first eight words are enough where the gold sentence goes on differently
    at = _evidence_at(flat, "Acme Corp signed a memorandum with Beta Labs last year in Paris")
    assert at is not None and flat[at[0]:].startswith("Acme  Corp")
    assert _evidence_at(flat, "Gamma Inc joined") is None
    assert _evidence_at(flat, "  ") is None
