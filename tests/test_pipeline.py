"""The whole chain on a real LadybugDB store: build, rebuild, change one document, and the
extraction quality on the shipped examples.

The corpus is tests/fixtures/corpus_small (four short articles written for these tests);
nothing here reads the shared development sets.
"""

from __future__ import annotations

import hashlib
import re
import shutil
from pathlib import Path

import pytest

from aipg.graph.config import Settings
from aipg.graph.stores import open_store
from aipg.loaders.documents import read_document
from aipg.loaders.evaluate import evaluate
from aipg.loaders.pipeline import build, extract_documents

HERE = Path(__file__).parent
ROOT = HERE.parent
CORPUS = HERE / "fixtures" / "corpus_small"
CHANGED = "en-google-anthropic"
NEW_TEXT = """---
title: Amazon commits up to $4 billion to Anthropic
url: https://example.org/aipg-tests/en-google-anthropic
publisher: aipg tests
published: 2023-09-25
language: en
---

Amazon commits up to $4 billion to Anthropic

Amazon agreed to invest up to $4 billion in Anthropic in September 2023.

Anthropic will use Amazon Web Services as its main cloud provider, the two companies said.
"""


def snapshot(store) -> dict:
    """Everything a store holds, in a stable order, as plain values."""
    return {
        "stats": store.stats().to_dict(),
        "documents": sorted((d.to_dict() for d in store.documents()), key=lambda d: d["id"]),
        "entities": sorted((e.to_dict() for e in store.entities()), key=lambda e: e["id"]),
        "edges": sorted((e.to_dict() for e in store.edges()), key=lambda e: (e["source"], e["type"], e["target"])),
        "claims": sorted((c.to_dict() for c in store.claims()), key=lambda c: c["id"]),
        "mentions": sorted(store.mentions()),
    }


def claims_by_document(store) -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = {}
    for c in store.claims():
        out.setdefault(c.document_id, []).append(c.to_dict())
    return {k: sorted(v, key=lambda c: c["id"]) for k, v in out.items()}


@pytest.fixture
def corpus(tmp_path) -> Path:
    """A writable copy of the small corpus."""
    return Path(shutil.copytree(CORPUS, tmp_path / "corpus"))


@pytest.fixture
def store(tmp_path):
    s = open_store(Settings(store=str(tmp_path / "aipg.lbug")))
    try:
        yield s
    finally:
        s.close()


# --------------------------------------------------------------------------- the build report
def test_first_build_report(corpus, store):
    report = build([str(corpus)], store)
    assert (report.read, report.added, report.unchanged, report.replaced, report.failed) == (4, 4, 0, 0, [])
    stats = store.stats()
    assert stats.documents == 4
    assert report.claims_written == stats.claims > 0
    assert sorted(d.id for d in store.documents()) == sorted(p.stem for p in CORPUS.glob("*.txt"))


def test_build_report_counts_failures(corpus, store, tmp_path):
    missing = str(tmp_path / "missing.txt")
    (corpus / "empty.txt").write_text("---\ntitle: nothing\n---\n", encoding="utf-8")
    report = build([str(corpus), missing], store)
    assert (report.read, report.added, report.unchanged, report.replaced) == (4, 4, 0, 0)
    assert sorted(report.failed) == sorted([
        (str(corpus / "empty.txt"),
         "no article text (empty, or only front matter and boilerplate); add the article body"),
        (missing, "no such file or folder"),
    ])
    assert report.to_dict()["failed"][0].keys() == {"path", "reason"}


# --------------------------------------------------------------------------- idempotency
def test_building_twice_changes_nothing(corpus, store):
    build([str(corpus)], store)
    before = snapshot(store)
    again = build([str(corpus)], store)
    assert (again.read, again.added, again.unchanged, again.replaced, again.failed) == (4, 0, 4, 0, [])
    assert again.claims_written == 0
    assert snapshot(store) == before


def test_building_into_two_fresh_stores_gives_the_same_contents(corpus, tmp_path):
    """Extraction and ingestion are deterministic: same files, same store contents."""
    snaps = []
    for name in ("one.lbug", "two.lbug"):
        with open_store(Settings(store=str(tmp_path / name))) as st:
            build([str(corpus)], st)
            snaps.append(snapshot(st))
    assert snaps[0] == snaps[1]


def test_stored_documents_carry_their_metadata(corpus, store):
    build([str(corpus)], store)
    stored = {d.id: d for d in store.documents()}
    doc = read_document(corpus / "fr-royaume-uni-anthropic.txt")
    got = stored["fr-royaume-uni-anthropic"]
    assert (got.title, got.language, got.published, got.publisher, got.url, got.sha256) == (
        "Le Royaume-Uni et Anthropic signent un protocole d'accord", "fr", "2025-02-14", "aipg tests",
        "https://example.org/aipg-tests/fr-royaume-uni-anthropic", doc.sha256)
    assert got.sha256 == hashlib.sha256(doc.text.encode("utf-8")).hexdigest()


# --------------------------------------------------------------------------- changing one document
def test_changing_one_document_replaces_only_its_claims(corpus, store):
    build([str(corpus)], store)
    before = claims_by_document(store)
    edges_before = {e.key: e for e in store.edges()}
    assert ("google", "FUNDS", "anthropic") in edges_before  # what the old text states

    (corpus / f"{CHANGED}.txt").write_text(NEW_TEXT, encoding="utf-8")
    report = build([str(corpus)], store)
    assert (report.read, report.added, report.unchanged, report.replaced, report.failed) == (4, 0, 3, 1, [])

    after = claims_by_document(store)
    for doc_id in before:
        if doc_id != CHANGED:
            assert after[doc_id] == before[doc_id], doc_id

    # its claims are exactly what the new text gives
    new_doc = read_document(corpus / f"{CHANGED}.txt")
    expected = extract_documents([new_doc])[0]
    assert after[CHANGED] == sorted((c.to_dict() for c in expected.claims), key=lambda c: c["id"])
    assert {(c["source"], c["type"], c["target"]) for c in after[CHANGED]} >= {("amazon", "FUNDS", "anthropic")}
    assert not any(c["source"] == "google" for c in after[CHANGED])

    # summary edges recomputed: the old statement's edge is gone, the new one is there with its amount
    edges = {e.key: e for e in store.edges()}
    assert ("google", "FUNDS", "anthropic") not in edges
    funds = edges[("amazon", "FUNDS", "anthropic")]
    assert funds.sources == (CHANGED,) and funds.weight == 1
    assert (funds.amount, funds.currency) == (4_000_000_000, "USD")
    assert "Amazon agreed to invest up to $4 billion in Anthropic in September 2023." in funds.evidence
    for key, edge in edges_before.items():
        if CHANGED not in edge.sources:
            assert edges[key] == edge, key

    # the document's own record and mentions follow the new text
    stored = {d.id: d for d in store.documents()}[CHANGED]
    assert stored.sha256 == new_doc.sha256
    assert stored.title == "Amazon commits up to $4 billion to Anthropic"
    assert stored.published == "2023-09-25"
    mentioned = {eid for eid, doc_id, _ in store.mentions() if doc_id == CHANGED}
    assert mentioned == {eid for eid, _ in expected.mentions}
    assert "google" not in mentioned and "amazon" in mentioned

    # and building once more changes nothing
    snap = snapshot(store)
    again = build([str(corpus)], store)
    assert (again.added, again.unchanged, again.replaced) == (0, 4, 0)
    assert snapshot(store) == snap


# --------------------------------------------------------------------------- regression floors
# The shipped example sets are regression floors, not measures of quality on unseen news (blind,
# blind2 and blind3 were scored first, then worked on). README "Measuring extraction" quotes the real-news figures.
def test_regression_floor_examples_gold():
    """`aipg eval examples/gold.json`: headline entity and relation F1 of at least 0.9."""
    scores = evaluate(ROOT / "examples" / "gold.json")
    print(f"entities F1 {scores.entities.f1:.4f}, relations F1 {scores.relations.f1:.4f}")
    assert scores.entities.f1 >= 0.9, scores.entities.to_dict()
    assert scores.relations.f1 >= 0.9, scores.relations.to_dict()


#: (set, relation precision floor, relation F1 floor): a little below what each scores now.
#: blind, blind2 and blind3 were written apart from the rules and have been tuned on since (first
#: F1 0.43, 0.51 and 0.52); so have blind4 and blind5's first half since the second December 7 round
#: (blind4 first P 0.706 / F1 0.411, now 0.940 / 0.754; blind5 first 0.775 / 0.588, now 0.849 / 0.723).
#: blind5's second half, blind6 and blind7 are not tuned on and their errors are not read (README
#: "Measuring extraction"): their floors sit two or three claims below their scores, which move by
#: 0.01-0.02 in precision per claim. blind6: first P 0.520 / F1 0.296 on main e01459d, P 0.511 / F1 0.269
#: after the second December 7 round.
FLOORS = [("blind", 0.92, 0.85), ("blind2", 0.92, 0.75), ("blind3", 0.85, 0.6), ("blind4", 0.90, 0.72),
          ("blind5", 0.80, 0.68),
          # blind6: opened for reading in the third December 7 round; 0.815 / 0.489 at the end of the December 8
          # round (44 right, 10 wrong, 82 missed); floors two claims below (42 right, 12 wrong: P 0.778, F1 0.467)
          ("blind6", 0.77, 0.46),
          # blind7: first (and only) score, main at 9978995: P 0.661 F1 0.435 (37 right, 19 wrong, 77 missed);
          # floors two claims below it (35 right, 21 wrong: P 0.625, F1 0.412)
          ("blind7", 0.62, 0.41),
          # blind8 and blind9: first scores, main at cfe4fc2 before the third December 7 round's rules: blind8
          # P 0.375 F1 0.228 (18 right, 30 wrong, 92 missed), blind9 P 0.655 F1 0.444 (36 right, 19 wrong, 71
          # missed); floors two claims below (blind8 16 right, 32 wrong: P 0.333, F1 0.203; blind9 34 right, 21
          # wrong: P 0.618, F1 0.420). Regression floors for held-out sets, not targets
          # blind8 was opened for reading (tuned on) in the December 8 round: 0.682 / 0.390 at its end (30 right,
          # 14 wrong, 80 missed); floors two claims below (28 right, 16 wrong: P 0.636, F1 0.364)
          ("blind8", 0.63, 0.36), ("blind9", 0.61, 0.41),
          # blind10 and blind11: first scores, main at d128676 before the December 8 round's rules: blind10
          # P 0.395 F1 0.179 (15 right, 23 wrong, 115 missed), blind11 P 0.629 F1 0.449 (44 right, 26 wrong, 82
          # missed); floors two claims below (blind10 13 right, 25 wrong: P 0.342, F1 0.155; blind11 42 right, 28
          # wrong: P 0.600, F1 0.427). Regression floors for held-out sets, not targets
          ("blind10", 0.34, 0.15), ("blind11", 0.60, 0.42)]


@pytest.mark.parametrize("name, precision, f1", FLOORS, ids=[f[0] for f in FLOORS])
def test_regression_floor_blind_sets(name, precision, f1):
    """`aipg eval examples/NAME/gold.json`: relation precision and F1 at least their floors."""
    scores = evaluate(ROOT / "examples" / name / "gold.json")
    print(f"relations P {scores.relations.precision:.4f} R {scores.relations.recall:.4f} F1 {scores.relations.f1:.4f}")
    assert scores.relations.precision >= precision, scores.relations.to_dict()
    assert scores.relations.f1 >= f1, scores.relations.to_dict()


def test_tests_do_not_read_the_shared_dev_sets():
    """Tests stay self-contained: no test file points at the shared corpus or gold files."""
    pattern = re.compile(r"(?:\.\./|/work/)" + "shared" + r"|" + "shared" + r"/(?:corpus|gold)")
    offenders = [f"{p.relative_to(ROOT)}:{n}" for p in sorted(HERE.rglob("*.py"))
                 for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1) if pattern.search(line)]
    assert offenders == []
