"""Replacing changed articles: grouped in one transaction, only changed claims rewritten, and the
store holds what a fresh build of the changed corpus holds. Claims carry their year."""

from __future__ import annotations

import re
import shutil
from dataclasses import replace
from pathlib import Path

import ladybug
import pytest

from aipg.graph.config import Settings
from aipg.graph.errors import StoreError
from aipg.graph.stores import open_store
from aipg.graph.stores.cypher_store import claim_year
from aipg.loaders.pipeline import build
from conftest import ACME, BOREALIS, GAIA, MINISTRY, build_extraction, corpus, migrated_from

EXAMPLES = Path(__file__).resolve().parents[1] / "examples" / "corpus"


def contents(path: Path) -> dict:
    """Everything a store holds that a build decides (documents without their build versions)."""
    with open_store(Settings(store=str(path)), read_only=True) as st:
        ents = {e.id: (e.label, e.name, e.country, sorted(e.aliases)) for e in st.entities()}
        return {"entities": ents, "edges": st.edges(), "claims": st.claims(), "mentions": st.mentions(),
                "documents": [replace(d, extractor_version=None, kb_version=None) for d in st.documents()],
                "years": sorted(st.query("MATCH (c:Claim) RETURN c.id, c.year").rows)}


def internal_ids(path: Path) -> dict[str, object]:
    """Claim id -> LadybugDB's internal node id: a claim written again gets another one."""
    db = ladybug.Database(str(path), read_only=True)
    conn = ladybug.Connection(db)
    try:
        return {i: str(n) for i, n in conn.execute("MATCH (c:Claim) RETURN c.id, ID(c)").get_all()}
    finally:
        conn.close()
        db.close()


def change(folder: Path) -> None:
    """Every article's last line changed; one article's date moved; one loses its first paragraph."""
    files = sorted(folder.glob("*.txt"))
    for f in files:
        text = f.read_text(encoding="utf-8").rstrip("\n")
        f.write_text(text + " (rev. 1)\n", encoding="utf-8")
    dated = files[0].read_text(encoding="utf-8")
    files[0].write_text(re.sub(r"^published: .*$", "published: 2019-02-03", dated, count=1, flags=re.M), "utf-8")
    cut = files[1].read_text(encoding="utf-8")
    head, _, body = cut.partition("\n---\n")
    paragraphs = body.split("\n\n")
    files[1].write_text(head + "\n---\n" + "\n\n".join(paragraphs[:2] + paragraphs[3:]), encoding="utf-8")


def test_a_rebuild_of_changed_articles_holds_what_a_fresh_build_of_them_holds(tmp_path):
    articles = tmp_path / "articles"
    shutil.copytree(EXAMPLES, articles)
    replaced = tmp_path / "replaced.lbug"
    with open_store(Settings(store=str(replaced))) as st:
        first = build([str(articles)], st)
    assert first.added == len(list(articles.glob("*.txt"))) and not first.failed
    before = internal_ids(replaced)
    change(articles)
    with open_store(Settings(store=str(replaced))) as st:
        again = build([str(articles)], st)
    assert again.replaced == first.added and not again.failed
    fresh = tmp_path / "fresh.lbug"
    with open_store(Settings(store=str(fresh))) as st:
        build([str(articles)], st)
    got, want = contents(replaced), contents(fresh)
    for key in want:
        assert got[key] == want[key], key
    # most claims were stored as they were (their sentences did not change); the changed ones were not
    after = internal_ids(replaced)
    kept = {i for i in before if after.get(i) == before[i]}
    assert len(kept) > len(after) / 2
    (moved,) = [d.id for d in got["documents"] if d.published == "2019-02-03"]
    undated = {c.id for c in got["claims"] if c.document_id == moved and c.date is None}
    assert undated and not (undated & kept)  # the moved date changed their year: written again
    years = dict(got["years"])
    published = {d.id: d.published for d in got["documents"]}
    assert all(years[c.id] == claim_year(c.date, published[c.document_id]) for c in got["claims"])


def test_grouped_ingests_are_rolled_back_together(tmp_path):
    path = tmp_path / "g.lbug"
    good = corpus()
    bad = build_extraction("bad", ["Acme Robotics funds Gaia."], [ACME],
                           [(0, "FUNDS", ACME.id, GAIA.id)])  # GAIA is not among its entities
    with open_store(Settings(store=str(path))) as st:
        with pytest.raises(StoreError, match="not among the document.s entities"):
            with st.together():
                st.ingest(good[0])
                assert [d.id for d in st.documents()] == [good[0].document.id]  # seen inside the group
                st.ingest(bad)
        assert st.documents() == [] and st.claims() == []
        with st.together():
            results = [st.ingest(ex) for ex in good]
        assert {r.status for r in results} == {"added"}
        with pytest.raises(StoreError, match="do not nest"):
            with st.together():
                with st.together():
                    pass
    with open_store(Settings(store=str(tmp_path / "apart.lbug"))) as apart:
        for ex in good:
            apart.ingest(ex)
    assert contents(path) == contents(tmp_path / "apart.lbug")


def test_a_replacement_writes_only_the_claims_that_changed(tmp_path):
    path = tmp_path / "r.lbug"
    sentences = ["Acme Robotics will fund the Gaia Initiative.", "Borealis University joins the Gaia Initiative.",
                 "The Ministry of Examples founded the Gaia Initiative."]
    claims = [(0, "FUNDS", ACME.id, GAIA.id), (1, "MEMBER_OF", BOREALIS.id, GAIA.id),
              (2, "FOUNDED", MINISTRY.id, GAIA.id)]
    parties = [ACME, BOREALIS, GAIA, MINISTRY]
    with open_store(Settings(store=str(path))) as st:
        st.ingest(build_extraction("d1", sentences, parties, claims, published="2024-05-01"))
    before = internal_ids(path)
    changed = sentences[:2] + ["The Ministry of Examples created the Gaia Initiative in 2020."]
    with open_store(Settings(store=str(path))) as st:
        result = st.ingest(build_extraction("d1", changed, parties, claims[:2] + [(*claims[2], {"date": "2020"})],
                                            published="2024-05-01"))
        stored = {c.sentence: c for c in st.claims("d1")}
        years = dict(st.query("MATCH (c:Claim) RETURN c.sentence, c.year").rows)
    # three claims now, one of them deleted (and counted towards compaction), two kept as stored
    assert (result.status, result.claims_written, result.claims_removed) == ("replaced", 3, 1)
    after = internal_ids(path)
    assert {stored[0].id, stored[1].id} == {i for i in after if after[i] == before.get(i)}
    assert stored[2].evidence == changed[2] and years == {0: "2024", 1: "2024", 2: "2020"}


def test_migrate_files_every_stored_claim_under_its_year(tmp_path, sample_corpus):
    path = tmp_path / "old.lbug"
    with open_store(Settings(store=str(path))) as st:
        for ex in sample_corpus:
            st.ingest(ex)
        want = {c.id: claim_year(c.date, d.published) for d in st.documents() for c in st.claims(d.id)}
    assert set(want.values()) - {None}  # some claims have a year
    migrated_from(path, 3, ("year",))  # as stores were before claims had a year
    with open_store(Settings(store=str(path)), read_only=True) as st:
        assert dict(st.query("MATCH (c:Claim) RETURN c.id, c.year").rows) == want


@pytest.mark.parametrize("date, published, year", [("2021-03", "2024-01-01", "2021"), (None, "2024-01-01", "2024"),
                                                    (None, None, None), ("2018", None, "2018")])
def test_claim_year(date, published, year):
    assert claim_year(date, published) == year
