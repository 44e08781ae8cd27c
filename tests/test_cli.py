"""The `aipg` command end to end: CliRunner on cli.cli, a real LadybugDB store in tmp_path, real spaCy.

Exit codes and one-line messages are checked exactly: 0 on success, 1 for a
library error (one `aipg: ...` line on stderr naming the thing and the fix),
2 for bad usage.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from aipg.cli import cli
from aipg.graph.config import Settings
from aipg.graph.schema import LABELS, REL_TYPES
from aipg.graph.stores import open_store
from aipg.loaders.documents import read_document

CORPUS = Path(__file__).parent / "fixtures" / "corpus_small"
DOC_IDS = sorted(p.stem for p in CORPUS.glob("*.txt"))
KEIO = "en-keio-ai-alliance"
CLAIM_KEYS = {"evidence", "confidence", "rule", "sentence", "start", "end"}


def run(*args: str):
    return CliRunner().invoke(cli, list(args), prog_name="aipg")


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> str:
    """A store built once from the small corpus (read-only for the tests that use it)."""
    store = str(tmp_path_factory.mktemp("built") / "aipg.lbug")
    result = run("build", str(CORPUS), "--store", store)
    assert result.exit_code == 0, result.output
    return store


# --------------------------------------------------------------------------- build
def test_build_on_a_missing_path_fails_with_exit_1(tmp_path):
    missing = str(tmp_path / "no-such-folder")
    result = run("build", missing, "--store", str(tmp_path / "s.lbug"))
    assert result.exit_code == 1
    assert result.stderr == f"aipg: no such file or folder: {missing}: give files or folders of articles\n"
    assert not (tmp_path / "s.lbug").exists()  # nothing to read: no empty store left behind


def test_build_with_one_bad_file_ingests_the_good_ones(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    for name in ("en-keio-ai-alliance.txt", "fr-royaume-uni-anthropic.txt"):
        shutil.copy(CORPUS / name, folder / name)
    (folder / "broken.txt").write_bytes(b"\x00\x01\x02 not an article \x00")
    store = str(tmp_path / "s.lbug")
    result = run("build", str(folder), "--store", store)
    assert result.exit_code == 1, result.output  # something failed: exit 1, the rest ingested
    lines = result.stdout.splitlines()
    assert lines[0] == f"store: {store}"
    assert lines[1] == "documents: 2 read, 2 added, 0 unchanged, 0 replaced, 1 failed"
    assert lines[2] == f"  failed: {folder / 'broken.txt'}: binary file, not text; give the article as .txt, .md or .html"
    assert result.stderr == "aipg: 1 document(s) failed, listed above; the 2 other(s) went through\n"
    with open_store(Settings(store=store), read_only=True) as st:
        assert sorted(d.id for d in st.documents()) == ["en-keio-ai-alliance", "fr-royaume-uni-anthropic"]


def test_build_json_report(tmp_path):
    store = str(tmp_path / "s.lbug")
    first = json.loads(run("build", str(CORPUS), "--store", store, "--json").stdout)
    assert first["build"]["read"] == first["build"]["added"] == len(DOC_IDS)
    assert first["build"]["failed"] == []
    assert first["store"]["documents"] == len(DOC_IDS)
    again = run("build", str(CORPUS), "--store", store, "--json")
    assert again.exit_code == 0
    report = json.loads(again.stdout)["build"]
    assert (report["read"], report["added"], report["unchanged"], report["replaced"]) == (4, 0, 4, 0)
    assert report["claims_written"] == 0


# --------------------------------------------------------------------------- extract
def test_extract_writes_gold_shaped_json(tmp_path):
    out = tmp_path / "out.json"
    result = run("extract", str(CORPUS), "-o", str(out))
    assert result.exit_code == 0, result.output
    assert result.stderr == f"wrote {len(DOC_IDS)} document(s) to {out}\n"
    assert result.stdout == ""
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["schema"] == 1
    assert sorted(d["id"] for d in data["documents"]) == DOC_IDS
    relations = 0
    for d in data["documents"]:
        assert d["file"] == f"{d['id']}.txt"
        assert d["language"] in ("fr", "en")
        text = read_document(CORPUS / d["file"]).text
        ids = {e["id"] for e in d["entities"]}
        for e in d["entities"]:
            assert {"id", "name", "label", "aliases"} <= set(e)
            assert e["label"] in LABELS and e["aliases"]
        for r in d["relations"]:
            relations += 1
            assert CLAIM_KEYS | {"source", "type", "target", "status"} <= set(r)
            assert r["type"] in REL_TYPES and r["status"] in ("stated", "potential")
            assert r["source"] in ids and r["target"] in ids
            assert 0 <= r["confidence"] <= 1 and r["rule"]
            # start/end are offsets in the document text, and the evidence is that sentence verbatim
            assert text[r["start"] : r["end"]] == r["evidence"]
    assert relations >= 5


def test_extract_min_confidence_filters(tmp_path):
    everything = json.loads(run("extract", str(CORPUS)).stdout)
    filtered = json.loads(run("extract", str(CORPUS), "--min-confidence", "0.9").stdout)

    def rels(data):
        return {(d["id"], r["source"], r["type"], r["target"]): r["confidence"]
                for d in data["documents"] for r in d["relations"]}

    all_rels, kept = rels(everything), rels(filtered)
    assert kept and all(c >= 0.9 for c in kept.values())
    assert set(kept) < set(all_rels)
    assert {k for k, c in all_rels.items() if c >= 0.9} <= set(kept)


def test_extract_min_confidence_out_of_range_is_a_usage_error():
    result = run("extract", str(CORPUS), "--min-confidence", "1.5")
    assert result.exit_code == 2
    assert "Invalid value for '--min-confidence'" in result.stderr


# --------------------------------------------------------------------------- eval
def _gold(tmp_path: Path) -> Path:
    """A hand-written gold file for one fixture document: amd's membership left out on purpose
    (so it is spurious) and a partnership the text does not state added (so it is missed)."""
    ents = [
        {"id": "ibm", "name": "IBM", "label": "Company", "aliases": ["IBM"]},
        {"id": "meta", "name": "Meta", "label": "Company", "aliases": ["Meta"]},
        {"id": "intel", "name": "Intel", "label": "Company", "aliases": ["Intel"]},
        {"id": "amd", "name": "AMD", "label": "Company", "aliases": ["AMD"]},
        {"id": "keio-university", "name": "Keio University", "label": "University", "aliases": ["Keio University"]},
        {"id": "ai-alliance", "name": "AI Alliance", "label": "Program", "aliases": ["AI Alliance"]},
    ]
    rels = [
        {"source": "ibm", "type": "FOUNDED", "target": "ai-alliance", "status": "stated",
         "evidence": "IBM and Meta launched the AI Alliance in December 2023 to promote open models and tools."},
        {"source": "meta", "type": "FOUNDED", "target": "ai-alliance", "status": "stated",
         "evidence": "IBM and Meta launched the AI Alliance in December 2023 to promote open models and tools."},
        {"source": "keio-university", "type": "MEMBER_OF", "target": "ai-alliance", "status": "stated",
         "evidence": "Keio University joined the AI Alliance as a founding member, alongside Intel and AMD."},
        {"source": "intel", "type": "MEMBER_OF", "target": "ai-alliance", "status": "stated",
         "evidence": "Keio University joined the AI Alliance as a founding member, alongside Intel and AMD."},
        {"source": "keio-university", "type": "PARTNERS_WITH", "target": "ibm", "status": "stated",
         "evidence": "an invented sentence"},
    ]
    doc = {"id": KEIO, "file": f"{KEIO}.txt", "language": "en", "entities": ents, "relations": rels}
    path = tmp_path / "gold.json"
    path.write_text(json.dumps({"schema": 1, "documents": [doc]}), encoding="utf-8")
    return path


def test_eval_json_has_every_score(tmp_path):
    result = run("eval", str(_gold(tmp_path)), "--docs", str(CORPUS), "--json")
    assert result.exit_code == 0, result.output
    scores = json.loads(result.stdout)
    prf = {"precision", "recall", "f1"}
    for key in ("entities", "relations", "per_type", "per_language"):
        assert key in scores
    assert prf <= set(scores["entities"]) and prf <= set(scores["relations"])
    assert set(scores["per_type"]) >= {"FOUNDED", "MEMBER_OF", "PARTNERS_WITH"}
    assert all(prf <= set(v) for v in scores["per_type"].values())
    assert list(scores["per_language"]) == ["en"]
    assert prf <= set(scores["per_language"]["en"]["entities"]) and prf <= set(scores["per_language"]["en"]["relations"])
    assert scores["per_type"]["PARTNERS_WITH"]["fn"] == 1
    assert scores["relations"]["fn"] >= 1 and scores["relations"]["fp"] >= 1
    assert "missed" not in scores  # only with --explain


def test_eval_explain_lists_missed_and_spurious(tmp_path):
    gold = _gold(tmp_path)
    result = run("eval", str(gold), "--docs", str(CORPUS), "--explain")
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    # symmetric types are scored as unordered pairs, shown in id order
    assert f"missed: [{KEIO}] ibm -PARTNERS_WITH-> keio-university" in lines
    assert lines[lines.index(f"missed: [{KEIO}] ibm -PARTNERS_WITH-> keio-university") + 1] == "    an invented sentence"
    spurious = [ln for ln in lines if ln.startswith(f"spurious: [{KEIO}] amd -MEMBER_OF-> ai-alliance  (")]
    assert len(spurious) == 1
    assert lines[lines.index(spurious[0]) + 1] == \
        "    Keio University joined the AI Alliance as a founding member, alongside Intel and AMD."
    as_json = json.loads(run("eval", str(gold), "--docs", str(CORPUS), "--json", "--explain").stdout)
    assert {(r["source"], r["type"], r["target"]) for r in as_json["missed"]} >= {("ibm", "PARTNERS_WITH", "keio-university")}
    assert ("amd", "MEMBER_OF", "ai-alliance") in {(r["source"], r["type"], r["target"]) for r in as_json["spurious"]}


def test_eval_on_a_missing_gold_file(tmp_path):
    missing = str(tmp_path / "nope.json")
    result = run("eval", missing)
    assert result.exit_code == 1
    assert result.stderr == f"aipg: no gold file at {missing}: give the path of a gold JSON file\n"
    assert result.stdout == ""


# --------------------------------------------------------------------------- query and stats
@pytest.mark.parametrize("statement, clause", [
    ("CREATE (n:Company {id: 'x', name: 'X'})", "CREATE"),
    ("MATCH (n:Company) SET n.name = 'X'", "SET"),
    ("MATCH (n) DETACH DELETE n", "DETACH DELETE"),
])
def test_query_refuses_writes(built, statement, clause):
    before = run("stats", "--store", built, "--format", "json").stdout
    result = run("query", statement, "--store", built)
    assert result.exit_code == 2
    assert result.stderr == (f"aipg: query refused: write clause {clause} is not allowed in `aipg query` "
                             "(it is read-only); use `aipg build` to change the store\n")
    assert run("stats", "--store", built, "--format", "json").stdout == before


def test_query_reads(built):
    result = run("query", "MATCH (d:Document) RETURN d.id AS id ORDER BY id", "--store", built, "--format", "json")
    assert result.exit_code == 0, result.output
    assert [r["id"] for r in json.loads(result.stdout)] == DOC_IDS


def test_query_on_a_missing_store(tmp_path):
    missing = tmp_path / "nowhere.lbug"
    result = run("query", "MATCH (n:Company) RETURN n.id", "--store", str(missing))
    assert result.exit_code == 1
    assert result.stderr == f"aipg: no store at {missing}: build one with `aipg build examples/corpus`\n"
    assert not missing.exists()  # a read must not create an empty store


def test_query_without_a_statement_is_a_usage_error():
    result = run("query")
    assert result.exit_code == 2
    assert result.stderr == "aipg: give a query name or a Cypher statement: see `aipg query --list`\n"


def test_stats_json(built):
    result = run("stats", "--store", built, "--format", "json")
    assert result.exit_code == 0, result.output
    counts = json.loads(result.stdout)
    assert set(counts) == {"documents", "claims", "entities", "edges"}
    assert counts["documents"] == len(DOC_IDS)
    assert set(counts["entities"]) == set(LABELS) and set(counts["edges"]) == set(REL_TYPES)
    with open_store(Settings(store=built), read_only=True) as st:
        assert counts == st.stats().to_dict()
    assert counts["claims"] >= 5 and counts["entities"]["Company"] >= 5


def test_stats_on_a_missing_store(tmp_path):
    missing = tmp_path / "nowhere.lbug"
    result = run("stats", "--store", str(missing))
    assert result.exit_code == 1
    assert result.stderr == f"aipg: no store at {missing}: build one with `aipg build examples/corpus`\n"


# --------------------------------------------------------------------------- usage errors
def test_unknown_option_is_a_usage_error():
    result = run("build", "--bogus", "x")
    assert result.exit_code == 2
    assert result.stderr.splitlines()[-1] == "Error: No such option '--bogus'."
    assert result.stderr.startswith("Usage: aipg build [OPTIONS] PATHS...")


def test_unknown_command_is_a_usage_error():
    result = run("frobnicate")
    assert result.exit_code == 2
    assert result.stderr.splitlines()[-1] == "Error: No such command 'frobnicate'."


def test_bad_format_choice_is_a_usage_error(built):
    result = run("stats", "--store", built, "--format", "xml")
    assert result.exit_code == 2
    assert "Invalid value for '--format'" in result.stderr
