"""The learned claim scorer (loaders/scorer.py): its shipped weights, its features on a real
extraction, the direction of what it learned, its threshold, and the opt-in flag."""

from __future__ import annotations

import json
import re
import sys
from dataclasses import replace
from pathlib import Path

import pytest
from click.testing import CliRunner

from aipg.cli import cli
from aipg.graph.config import Settings
from aipg.loaders.documents import read_document
from aipg.loaders.pipeline import analyse, extractor_version
from aipg.loaders.scorer import WEIGHTS, Model, describe, load_model, rescore

CORPUS = Path(__file__).parent / "fixtures" / "corpus_small"
KEIO = CORPUS / "en-keio-ai-alliance.txt"
#: every feature is general: a rule family, a kind, a label, a count, a distance; never a name
GENERAL = re.compile(r"^(prior|potential|context|headline|distance|source_first|punct_between|sentence_claims"
                     r"|sentence_entities|sentence_tokens|source_shares_target|target_shares_source|target_is_topic"
                     r"|early_sentence|ends_with_colon|colon_between|sentence_negation|sentence_hedge|(source|target)_mentions"
                     r"|type=[A-Z_]+|lang=[a-z]+|frame=[a-z_]+|(source|target)_(label|tier|kind)=[A-Za-z?_]+)$")


@pytest.fixture(scope="module")
def keio():
    """The fixture article analysed with the scorer off: every claim the rules find, with its features."""
    return analyse([read_document(KEIO)], settings=Settings(scorer=False), features=True)[0]


def test_the_shipped_weights_load_and_name_only_general_features():
    model = load_model()
    assert model is not None, f"{WEIGHTS} is missing"
    data = json.loads(WEIGHTS.read_text(encoding="utf-8"))
    assert len(data["features"]) == len(data["weights"]) == len(model.weights)
    assert 0.0 <= model.threshold < 1.0  # 0.0: cross-validation found no cut that helps; it only rescores
    assert [f for f in model.weights if not GENERAL.match(f)] == []


def test_features_come_from_a_real_extraction(keio):
    assert keio.claims and len(keio.features) == len(keio.claims)
    founded = {c.source: f for c, f in zip(keio.claims, keio.features) if c.type == "FOUNDED"}
    assert set(founded) >= {"ibm", "meta"}  # "IBM and Meta launched the AI Alliance"
    for f in founded.values():
        assert f["type=FOUNDED"] == 1.0 and f["source_kind=kb"] == 1.0 and f["target_label=Program"] == 1.0
        assert f["source_shares_target"] == 1.0  # two founders of one program in the sentence
        assert f["distance"] >= 0.0 and "prior" in f
    assert all(GENERAL.match(name) for f in keio.features for name in f)


def test_a_program_as_source_or_a_weak_name_lowers_the_probability(keio):
    model = load_model()
    claim, f = next((c, f) for c, f in zip(keio.claims, keio.features) if f.get("source_label=Company"))
    p = model.probability(f)
    as_program = {k: v for k, v in f.items() if k != "source_label=Company"} | {"source_label=Program": 1.0}
    assert model.probability(as_program) < p
    weak = {k: v for k, v in f.items() if not k.startswith("source_tier=")} | {"source_tier=weak": 1.0}
    assert model.probability(weak) < p
    assert model.probability(f | {"colon_between": 1.0}) < p  # "X invested in Y: Z has too"


def test_sentence_words_beyond_the_trigger_become_features(tmp_path):
    path = tmp_path / "words.txt"
    path.write_text("Nvidia invested in Mistral AI, a startup that is not yet profitable.\n\n"
                    "Google has invested in Anthropic.\n\nMeta has invested in several labs: Amazon has too.\n", encoding="utf-8")
    a = analyse([read_document(path, language="en")], settings=Settings(scorer=False), features=True)[0]
    got = {(c.source, c.target): f for c, f in zip(a.claims, a.features)}
    assert got[("nvidia", "mistral-ai")]["sentence_negation"] == 1.0  # "not", far from "invested"
    assert got[("nvidia", "mistral-ai")]["sentence_hedge"] == 1.0  # "yet"
    assert got[("google", "anthropic")]["sentence_negation"] == 0.0
    assert got[("google", "anthropic")]["colon_between"] == 0.0
    assert got[("meta", "amazon")]["colon_between"] == 1.0  # a false reading across the colon
    model = load_model()
    assert model.probability(got[("meta", "amazon")]) < model.probability(got[("google", "anthropic")])


def test_the_threshold_drops_claims_below_it_and_confidence_becomes_the_probability(keio):
    model = load_model()
    probs = [model.probability(f) for f in keio.features]
    cut = sorted(set(probs))[len(set(probs)) // 2]  # keeps about half
    kept, kept_features = rescore(keio.claims, keio.features, replace(model, threshold=cut))
    assert len(kept) == sum(p >= cut for p in probs) < len(keio.claims)
    assert len(kept_features) == len(kept)
    assert sorted(c.confidence for c in kept) == sorted(round(p, 3) for p in probs if p >= cut)
    assert rescore(keio.claims, keio.features, replace(model, threshold=1.01))[0] == []


def test_the_scorer_is_opt_in_and_recorded(keio):
    assert Settings().scorer is False
    scored = analyse([read_document(KEIO)], settings=Settings(scorer=True))[0]
    model = load_model()
    expected = {c.id: round(model.probability(f), 3) for c, f in zip(keio.claims, keio.features)
                if model.probability(f) >= model.threshold}
    assert {c.id: c.confidence for c in scored.claims} == expected
    assert extractor_version(True) == extractor_version() + "+scorer"
    assert describe(False)["used"] is False and describe(True) == {
        "used": True, "file": "loaders/scorer.json", "threshold": model.threshold}


def test_a_broken_weights_file_names_itself(tmp_path):
    from aipg.graph.errors import AipgError

    bad = tmp_path / "scorer.json"
    bad.write_text('{"features": ["prior"]}', encoding="utf-8")
    with pytest.raises(AipgError, match=r"scorer\.json is not a scorer file .*train_scorer\.py --write"):
        load_model(bad)
    assert load_model(tmp_path / "absent.json") is None
    assert Model({"prior": 1.0}, 0.0, 0.5).probability({"prior": 0.0}) == 0.5


def test_eval_says_which_scorer_it_used(tmp_path):
    gold = {"schema": 1, "documents": [{"id": KEIO.stem, "file": KEIO.name, "language": "en",
                                        "entities": [], "relations": []}]}
    path = tmp_path / "gold.json"
    path.write_text(json.dumps(gold), encoding="utf-8")
    runner = CliRunner()
    off = json.loads(runner.invoke(cli, ["eval", str(path), "--docs", str(CORPUS), "--json"]).stdout)
    assert off["scorer"] == {"used": False, "why": "off (--scorer turns it on)"}
    explicit = json.loads(runner.invoke(cli, ["eval", str(path), "--docs", str(CORPUS), "--json", "--no-scorer"]).stdout)
    assert explicit["scorer"] == off["scorer"]
    on = runner.invoke(cli, ["eval", str(path), "--docs", str(CORPUS), "--scorer"])
    assert on.exit_code == 0, on.output
    assert f"scorer: loaders/scorer.json, threshold {load_model().threshold}" in on.stdout


@pytest.mark.parametrize("held_out", ["blind6", "blind7", "blind8", "blind9", "blind10", "blind11"])
def test_the_trainer_refuses_the_held_out_sets(held_out, tmp_path, monkeypatch):
    """bench/train_scorer.py never reads a held-out set's gold, even when asked."""
    import importlib.util

    root = Path(__file__).resolve().parent.parent
    spec = importlib.util.spec_from_file_location("train_scorer", root / "bench" / "train_scorer.py")
    trainer = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, "train_scorer", trainer)  # (its dataclasses look their module up)
    spec.loader.exec_module(trainer)
    gold = root / "examples" / held_out / "gold.json"
    with pytest.raises(SystemExit, match="held-out set"):
        trainer.collect(held_out, held_out, str(gold), "", 0, tmp_path)
    assert not trainer.FORBIDDEN.search(str(root / "examples" / "blind4" / "gold.json"))
    assert not trainer.FORBIDDEN.search(str(root / "examples" / "blind1" / "gold.json"))
