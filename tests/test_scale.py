"""The paths for large loads: bulk COPY, Parquet shards, the Dask cluster, anchored replacements.

Each bulk or distributed path must leave exactly what the one-by-one ingest of
a single process leaves: these tests build both ways into real LadybugDB files
and compare every table.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from click.testing import CliRunner

from aipg.cli import cli
from aipg.graph.config import Settings
from aipg.graph.errors import StoreError
from aipg.graph.model import Entity
from aipg.graph.shards import read_shards, write_shard
from aipg.graph.stores import open_store
from aipg.graph.stores.bulk import load, load_shards, plan
from aipg.graph.stores.check import verify
from aipg.graph.stores.cypher_store import changed_keys, forms_lost

from conftest import corpus

EXAMPLES = Path(__file__).resolve().parent.parent / "examples" / "corpus"


def contents(store) -> dict:
    return {name: getattr(store, name)() for name in ("documents", "entities", "edges", "claims", "mentions")}


def open_at(path: Path):
    return open_store(Settings(store=str(path)))


def test_bulk_copy_leaves_what_one_by_one_ingest_leaves(tmp_path):
    extractions = corpus()
    with open_at(tmp_path / "one.lbug") as one, open_at(tmp_path / "bulk.lbug") as bulk:
        r1, f1 = load(one, extractions, threshold=10**6)
        assert bulk.is_empty()
        r2, f2 = load(bulk, extractions, threshold=1)
        assert not bulk.is_empty()
        assert (r1, f1) == (r2, f2)
        assert contents(one) == contents(bulk)
        assert verify(bulk)[3] == []  # graph.stores.check finds nothing wrong in the copied rows
        # d3 names Acme as an Organization: the first label stays, on both paths
        assert {e.id: e.label for e in bulk.entities()}["acme-robotics"] == "Company"


def test_bulk_plan_fails_a_document_alone_as_ingest_does(tmp_path):
    d1, d2, d3 = corpus()
    # Acme is stored as a Company; a FOUNDED claim from a Program to it breaks the schema
    bad = replace(d3, document=replace(d3.document, id="d4", sha256="x"),
                  claims=(replace(d3.claims[0], document_id="d4", source="gaia-initiative", target="acme-robotics"),))
    p = plan([d1, d2, bad])
    assert [r.document_id for r in p.results] == ["d1", "d2"]
    assert p.failed and "FOUNDED is not allowed" in p.failed[0][1]
    with open_at(tmp_path / "one.lbug") as one:
        _, failed = load(one, [d1, d2, bad], threshold=10**6)
        assert failed and "FOUNDED is not allowed" in failed[0][1]


def test_bulk_copy_refuses_a_store_that_holds_documents(tmp_path):
    d1, d2, d3 = corpus()
    with open_at(tmp_path / "s.lbug") as st:
        st.ingest(d1)
        with pytest.raises(Exception, match="not empty"):
            st.copy_load(plan([d2, d3]))
        results, _ = load(st, [d1, d2, d3], threshold=1)  # falls back to ingest
        assert [r.status for r in results] == ["unchanged", "added", "added"]


def test_bulk_copy_that_fails_late_leaves_the_store_empty(tmp_path, monkeypatch):
    """Tables go in groups of COPY_GROUP per transaction: a failure after some groups committed
    deletes what they copied, so the store is empty again, as it was."""
    from aipg.graph.stores.ladybug_store import LadybugStore

    monkeypatch.setattr(LadybugStore, "COPY_GROUP", 2)
    p = plan(corpus())
    group = next(iter(p.edges))
    p.edges[group].append({**p.edges[group][0], "target": "no-such-entity"})  # its COPY fails: no such node
    with open_at(tmp_path / "s.lbug") as st:
        with pytest.raises(StoreError, match="nothing was written"):
            st.copy_load(p)
        assert st.is_empty() and st.claims() == [] and st.edges() == []
        st.copy_load(plan(corpus()))  # and it takes a bulk copy again
        assert not st.is_empty()


def test_build_plans_each_document_as_it_comes_and_copies_what_ingest_leaves(tmp_path, monkeypatch):
    """aipg build's bulk path streams: batches are extracted and planned one after the other
    (graph.stores.bulk.Planner), then copied; the store equals the one-by-one build's."""
    from aipg.graph.stores import bulk
    from aipg.loaders import pipeline

    with open_at(tmp_path / "one.lbug") as one:
        r1 = pipeline.build([str(EXAMPLES)], one)
        expected = contents(one)
    monkeypatch.setattr(bulk, "BULK_THRESHOLD", 2)
    monkeypatch.setattr(pipeline, "STREAM_BATCH", 3)
    planned = []
    monkeypatch.setattr(bulk.Planner, "add", lambda self, ex, add=bulk.Planner.add: planned.append(ex.document.id)
                        or add(self, ex))
    with open_at(tmp_path / "bulk.lbug") as copied:
        r2 = pipeline.build([str(EXAMPLES)], copied)
        assert contents(copied) == expected
    assert r2.to_dict() == r1.to_dict() and r1.added > 3 and len(planned) == r1.added


def test_shards_round_trip_extractions(tmp_path):
    extractions = corpus()
    write_shard(extractions[:2], tmp_path / "part-00000.parquet")
    write_shard(extractions[2:], tmp_path / "part-00001.parquet")
    back = list(read_shards([tmp_path]))
    assert [replace(ex, document=replace(ex.document, text="")) for ex in extractions] == back


def test_load_shards_settles_labels_like_one_run(tmp_path):
    d1, d2, d3 = corpus()
    # made apart, d3 would keep its own label for Acme; the load gives it the first one
    write_shard([d1, d2, d3], tmp_path / "part-00000.parquet")
    with open_at(tmp_path / "one.lbug") as one, open_at(tmp_path / "shards.lbug") as st:
        load(one, [d1, d2, d3], threshold=10**6)
        report = load_shards([tmp_path], st, threshold=1)
        assert report.copied and report.added == 3
        assert contents(one) == contents(st)


def test_forms_lost_and_changed_keys():
    acme = Entity("acme", "Acme", "Company", ("Acme", "Acme Ltd"))
    assert forms_lost({"acme": ["Acme"], "gone": ["Gone"]}, {"acme": acme}) == {"gone"}
    assert forms_lost({"acme": ["Acme Inc"]}, {"acme": acme}) == {"acme"}
    d1 = corpus()[0]
    same = list(d1.claims)
    assert changed_keys(d1.claims, same) == set()
    assert len(changed_keys(d1.claims, same, same_date=False)) == 3
    moved = [replace(same[0], confidence=0.1), *same[1:]]
    assert changed_keys(d1.claims, moved) == {(same[0].source, same[0].type, same[0].target)}


def test_replacing_a_document_with_the_same_claims_keeps_its_edges(tmp_path):
    d1, d2, d3 = corpus()
    with open_at(tmp_path / "s.lbug") as st:
        for ex in (d1, d2, d3):
            st.ingest(ex)
        before = contents(st)
        retitled = replace(d2, document=replace(d2.document, title="New title", sha256="changed"))
        assert st.ingest(retitled).status == "replaced"
        after = contents(st)
        assert after["edges"] == before["edges"] and after["entities"] == before["entities"]
        assert after["claims"] == before["claims"] and after["mentions"] == before["mentions"]


def test_load_cli_errors_name_the_path(tmp_path):
    runner = CliRunner()
    missing = runner.invoke(cli, ["load", str(tmp_path / "nope"), "--store", str(tmp_path / "s.lbug")])
    assert missing.exit_code == 2 and "no such shard file or folder" in missing.output
    (tmp_path / "empty").mkdir()
    empty = runner.invoke(cli, ["load", str(tmp_path / "empty"), "--store", str(tmp_path / "s.lbug")])
    assert empty.exit_code == 2 and "no shards" in empty.output
    assert not (tmp_path / "s.lbug").exists()
    junk = tmp_path / "part-00000.parquet"
    junk.write_text("not parquet")
    bad = runner.invoke(cli, ["load", str(junk), "--store", str(tmp_path / "s.lbug")])
    assert bad.exit_code == 1 and "is not a readable Parquet shard" in bad.output


def test_extract_with_dask_needs_an_output_folder(tmp_path):
    result = CliRunner().invoke(cli, ["extract", str(EXAMPLES), "--engine", "dask"])
    assert result.exit_code == 2 and "give their folder with -o" in result.output


def test_dask_local_cluster_of_two_workers_builds_the_single_process_graph(tmp_path):
    """The CI check of the distributed path: 2 local workers, shards, load == `aipg build`."""
    from aipg.loaders.distributed import extract_to_shards
    from aipg.loaders.pipeline import build

    with open_at(tmp_path / "single.lbug") as single:
        report = build([str(EXAMPLES)], single)
        assert report.added == len(list(EXAMPLES.glob("*.txt"))) and not report.failed
        expected = contents(single)
    shards = extract_to_shards([str(EXAMPLES)], tmp_path / "shards", workers=2, partition_size=5)
    assert shards.workers == 2 and shards.documents == report.added and len(shards.shards) > 1
    for name, threshold in (("ingested.lbug", 10**6), ("copied.lbug", 1)):
        with open_at(tmp_path / name) as st:
            loaded = load_shards([tmp_path / "shards"], st, threshold=threshold)
            assert loaded.added == report.added and loaded.copied == (threshold == 1)
            assert contents(st) == expected, name
            assert st.meta()["extractor_version"] == expected["documents"][0].extractor_version


def test_igraph_path_agrees_with_the_networkx_analysis(tmp_path):
    from aipg.graph import analysis, fast
    from aipg.graph.mirror import mirror, to_networkx
    from aipg.graph.model import Graph

    with open_at(tmp_path / "s.lbug") as st:
        load(st, corpus(), threshold=1)
        g, cols = mirror(st), fast.columns(st)
        assert g.nodes(data=True) == to_networkx(Graph(tuple(st.entities()), tuple(st.edges()))).nodes(data=True)
        assert sorted(g.edges(keys=True, data=True)) == sorted(
            to_networkx(Graph(tuple(st.entities()), tuple(st.edges()))).edges(keys=True, data=True))
    for filters in ({}, {"since": "2024-05"}, {"types": ["FUNDS", "MEMBER_OF"]}, {"labels": ["Company", "Program"]}):
        assert fast.degree(cols, **filters) == analysis.degree(g, **filters)
        nx_pr, ig_pr = analysis.pagerank(g, **filters), fast.pagerank(cols, **filters)
        assert nx_pr.keys() == ig_pr.keys()
        assert all(abs(nx_pr[k] - ig_pr[k]) < 1e-4 for k in nx_pr), filters
        assert fast.communities(cols, **filters) == analysis.communities(g, **filters)
    exact = analysis.betweenness(g)
    sampled = fast.betweenness(cols, samples=10**6)  # every node a source: the exact value
    assert all(abs(exact[k] - sampled[k]) < 1e-9 for k in exact)
    rows = fast.rank(cols, "pagerank", top=2, show=["Program"])
    assert [r["label"] for r in rows] == ["Program"] and rows[0]["id"] == analysis.rank(g, "pagerank", top=1, show=["Program"])[0]["id"]
