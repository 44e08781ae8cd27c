"""Shared fixtures: hand-built extractions and a store per backend.

``store`` runs a test once per backend: LadybugDB in tmp_path always, Neo4j
only when NEO4J_URI is set (that database is emptied first: point it at a
scratch server, e.g. the one `docker compose up -d --wait` starts).
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path
from typing import Any, Sequence

import pytest

from aipg.graph.config import Settings, load_settings
from aipg.graph.ids import slugify
from aipg.graph.model import Claim, Document, Entity, Extraction
from aipg.graph.stores import open_store

NEO4J_SKIP = (
    "set NEO4J_URI (and NEO4J_USER / NEO4J_PASSWORD) to run against a live Neo4j; e.g. docker compose up -d --wait"
)


# --------------------------------------------------------------------------- building extractions
def entity(label: str, name: str, *aliases: str, country: str | None = None) -> Entity:
    """An entity whose id is the slug of ``name``; aliases default to the name itself."""
    return Entity(slugify(name), name, label, tuple(aliases) or (name,), country)


def build_extraction(
    doc_id: str,
    sentences: Sequence[str],
    entities: Sequence[Entity],
    claims: Sequence[tuple[Any, ...]],
    *,
    published: str | None = None,
    language: str = "en",
    title: str | None = None,
) -> Extraction:
    """One document's extraction, written by hand.

    ``sentences`` make the text (joined by spaces). Each claim is
    ``(sentence index, type, source id, target id)`` optionally followed by a
    dict of Claim fields (status, confidence, date, amount, currency,
    amount_text); its evidence and offsets come from that sentence. Mention
    counts are the occurrences of each entity's aliases in the text.
    """
    text = " ".join(sentences)
    offsets, at = [], 0
    for s in sentences:
        offsets.append(at)
        at += len(s) + 1
    doc = Document(
        id=doc_id,
        title=title or f"Test article {doc_id}",
        text=text,
        language=language,
        sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(),
        path=f"corpus/{doc_id}.txt",
        url=f"https://example.org/{doc_id}",
        publisher="Example Wire",
        published=published,
    )
    built = []
    for spec in claims:
        i, type_, src, dst = spec[:4]
        fields = {"status": "stated", "confidence": 0.9, "rule": "hand", **(spec[4] if len(spec) > 4 else {})}
        start = offsets[i]
        built.append(Claim(doc_id, type_, src, dst, evidence=sentences[i], sentence=i, start=start,
                           end=start + len(sentences[i]), **fields))  # fmt: skip
    mentions = tuple((e.id, max(1, sum(text.count(a) for a in e.aliases))) for e in entities)
    return Extraction(doc, tuple(entities), tuple(built), mentions)


ACME = entity("Company", "Acme Robotics", "Acme Robotics", "Acme Robotics Ltd", country="FR")
BOREALIS = entity("University", "Borealis University")
GAIA = entity("Program", "Gaia Initiative")
MINISTRY = entity("Government", "Ministry of Examples")


def corpus() -> list[Extraction]:
    """Three small articles that share entities and edges (ids d1 < d2 < d3 by date too)."""
    d1 = build_extraction(
        "d1",
        [
            "Acme Robotics joins the Gaia Initiative.",
            "Acme Robotics and Borealis University announce a partnership.",
            "Acme Robotics Ltd will fund the Gaia Initiative with 2 million euros.",
        ],
        [ACME, BOREALIS, GAIA],
        [
            (0, "MEMBER_OF", ACME.id, GAIA.id),
            (1, "PARTNERS_WITH", ACME.id, BOREALIS.id, {"confidence": 0.6}),
            (2, "FUNDS", ACME.id, GAIA.id, {"amount": 2_000_000.0, "currency": "EUR", "amount_text": "2 million euros"}),
        ],
        published="2024-03-01",
    )
    d2 = build_extraction(
        "d2",
        [
            "L'Université Borealis s'associe à Acme.",
            "L'Université Borealis rejoint l'initiative Gaia.",
            "Acme pourrait investir 5 millions d'euros dans Gaia.",
        ],
        [
            entity("Company", "Acme Robotics", "Acme"),
            entity("University", "Borealis University", "L'Université Borealis"),
            entity("Program", "Gaia Initiative", "initiative Gaia", "Gaia"),
        ],
        [
            # written target-first on purpose: the store keeps one edge per symmetric pair
            (0, "PARTNERS_WITH", BOREALIS.id, ACME.id, {"status": "potential", "confidence": 0.8}),
            (1, "MEMBER_OF", BOREALIS.id, GAIA.id),
            (2, "FUNDS", ACME.id, GAIA.id,
             {"status": "potential", "confidence": 0.5, "amount": 5_000_000.0, "currency": "EUR",
              "amount_text": "5 millions d'euros"}),
        ],  # fmt: skip
        published="2024-06-01",
        language="fr",
    )
    d3 = build_extraction(
        "d3",
        [
            "The Ministry of Examples launched the Gaia Initiative in 2023.",
            "The Ministry of Examples signed a memorandum of understanding with Acme Robotics.",
        ],
        # Acme is named as an Organization here: the stored label (Company) wins.
        [MINISTRY, GAIA, entity("Organization", "Acme Robotics")],
        [
            (0, "FOUNDED", MINISTRY.id, GAIA.id, {"date": "2023"}),
            (1, "SIGNS_MOU_WITH", MINISTRY.id, ACME.id, {"confidence": 0.95}),
        ],
        published="2024-09-15",
    )
    return [d1, d2, d3]


@pytest.fixture
def make_extraction():
    """``build_extraction`` as a fixture (see its docstring)."""
    return build_extraction


@pytest.fixture
def sample_corpus() -> list[Extraction]:
    return corpus()


# --------------------------------------------------------------------------- stores per backend
def wipe_neo4j(store) -> None:
    """Empty the Neo4j test database. Hook for the Neo4j backend: it provides ``wipe()``."""
    wipe = getattr(store, "wipe", None)
    if wipe is None:
        pytest.fail("Neo4jStore needs a wipe() method (delete every node) for the contract tests")
    wipe()


def fresh_store(backend: str, tmp_path):
    """An empty store of ``backend`` ("ladybug" or "neo4j"); the caller closes it."""
    if backend == "ladybug":
        return open_store(Settings(store=str(tmp_path / "test.lbug")))
    if backend == "neo4j":
        uri = os.environ.get("NEO4J_URI")
        if not uri:
            pytest.skip(NEO4J_SKIP)
        store = open_store(load_settings(store=uri))
        wipe_neo4j(store)
        return store
    raise ValueError(f"unknown backend {backend!r}")


@pytest.fixture(params=["ladybug", pytest.param("neo4j", marks=pytest.mark.neo4j)])
def backend(request) -> str:
    return request.param


@pytest.fixture
def store(backend, tmp_path):
    s = fresh_store(backend, tmp_path)
    try:
        yield s
    finally:
        s.close()


@pytest.fixture
def built_store(store, sample_corpus):
    """``store`` with the sample corpus ingested."""
    for ex in sample_corpus:
        store.ingest(ex)
    return store


@pytest.fixture
def sample_store_path(tmp_path, sample_corpus) -> str:
    """The path of a LadybugDB file holding the sample corpus (for CLI tests, which open it themselves)."""
    path = str(tmp_path / "sample.lbug")
    with open_store(Settings(store=path)) as st:
        for ex in sample_corpus:
            st.ingest(ex)
    return path


# --------------------------------------------------------------------------- the example corpus, built once
EXAMPLES = Path(__file__).resolve().parent.parent / "examples" / "corpus"


@pytest.fixture(scope="session")
def example_store(tmp_path_factory) -> str:
    """A LadybugDB store built from examples/corpus by `aipg build` (read-only for its users)."""
    from click.testing import CliRunner

    from aipg.cli import cli

    path = str(tmp_path_factory.mktemp("examples") / "aipg.lbug")
    result = CliRunner().invoke(cli, ["build", str(EXAMPLES), "--store", path], prog_name="aipg")
    assert result.exit_code == 0, result.output
    return path


def migrated_from(path, version: int, dropped: Sequence[str]) -> None:
    """Make the LadybugDB store ``path`` look as an older aipg left it (``dropped`` Claim columns
    missing, schema ``version`` recorded), check that it is refused with the fix, and run the fix,
    `aipg store migrate`."""
    import ladybug
    from click.testing import CliRunner

    from aipg.cli import cli
    from aipg.graph.errors import StoreError

    db = ladybug.Database(str(path))
    conn = ladybug.Connection(db)
    for column in dropped:
        conn.execute(f"ALTER TABLE Claim DROP {column}")
    conn.execute("MATCH (m:AipgMeta {key: 'schema_version'}) SET m.value = $v", {"v": str(version)})
    assert not set(dropped) & {r[1] for r in conn.execute("CALL table_info('Claim') RETURN *").get_all()}
    conn.close()
    db.close()
    with pytest.raises(StoreError, match="aipg store migrate"):
        open_store(Settings(store=str(path)), read_only=True)
    result = CliRunner().invoke(cli, ["store", "migrate", "--store", str(path)], prog_name="aipg")
    assert result.exit_code == 0, result.output

