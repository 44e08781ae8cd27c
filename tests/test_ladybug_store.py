"""What only the embedded LadybugDB store does: files, reopening, read-only opens, error messages."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from conftest import ACME, GAIA, build_extraction
from aipg.graph.config import Settings
from aipg.graph.errors import ReadOnlyViolation, StoreError
from aipg.graph.model import Entity
from aipg.graph.stores import open_store
from aipg.graph.stores.ladybug_store import LadybugStore, _schema_statements


def _open(path, **kw):
    return open_store(Settings(store=str(path)), **kw)


def test_file_path_opens_ladybug_and_creates_the_file(tmp_path):
    path = tmp_path / "graph.lbug"
    with _open(path) as store:
        assert isinstance(store, LadybugStore)
        assert store.dialect == "ladybug"
    assert path.is_file()


def test_relative_path_is_relative_to_the_working_folder(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    with _open("rel.lbug") as store:
        store.ingest(build_extraction("r1", ["Acme Robotics joins the Gaia Initiative."], [ACME, GAIA], []))
    assert (tmp_path / "rel.lbug").is_file()


def test_reopening_keeps_the_data(tmp_path, sample_corpus):
    path = tmp_path / "keep.lbug"
    with _open(path) as store:
        for ex in sample_corpus:
            store.ingest(ex)
        before = (store.documents(), store.entities(), store.edges(), store.claims(), store.mentions())
    with _open(path) as store:  # schema creation again is a no-op
        assert (store.documents(), store.entities(), store.edges(), store.claims(), store.mentions()) == before
        assert [store.ingest(ex).status for ex in sample_corpus] == ["unchanged"] * 3


def test_unchanged_ingest_does_not_grow_the_file(tmp_path, sample_corpus):
    path = tmp_path / "size.lbug"
    with _open(path) as store:
        for ex in sample_corpus:
            store.ingest(ex)
    size = path.stat().st_size
    with _open(path) as store:
        for _ in range(5):
            for ex in sample_corpus:
                store.ingest(ex)
    assert path.stat().st_size == size


def test_read_only_open_reads_and_never_writes(tmp_path, sample_corpus):
    path = tmp_path / "ro.lbug"
    with _open(path) as store:
        store.ingest(sample_corpus[0])
    with _open(path, read_only=True) as store:
        assert store.stats().documents == 1
        assert store.query("MATCH (d:Document) RETURN d.id AS id").rows == (("d1",),)
        with pytest.raises(StoreError, match="is open read-only"):
            store.ingest(sample_corpus[1])
        with pytest.raises(ReadOnlyViolation):
            store.query("MATCH (d:Document) DETACH DELETE d")


def test_read_only_open_of_a_missing_file_does_not_create_it(tmp_path):
    path = tmp_path / "absent.lbug"
    with pytest.raises(StoreError) as err:
        _open(path, read_only=True)
    assert str(err.value) == f"no store at {path}: build one with `aipg build examples/corpus`"
    assert not path.exists()


def test_missing_parent_folder_names_path_and_fix(tmp_path):
    path = tmp_path / "no" / "such" / "dir" / "x.lbug"
    with pytest.raises(StoreError) as err:
        _open(path)
    assert str(err.value) == (
        f"cannot create store {path}: folder {path.parent} does not exist; "
        f"create it (mkdir -p {path.parent}) or pass another --store"
    )
    assert not path.parent.exists()


def test_folder_as_path_is_refused(tmp_path):
    with pytest.raises(StoreError, match=r"is a folder: give a file path such as .*aipg\.lbug"):
        _open(tmp_path)


def test_not_a_database_names_the_file(tmp_path):
    path = tmp_path / "notes.lbug"
    content = "These are meeting notes, not a graph database.\n" * 200
    path.write_text(content, encoding="utf-8")
    with pytest.raises(StoreError) as err:
        _open(path)
    assert str(err.value) == f"{path} is not a LadybugDB database: pass another --store, or move that file away"
    assert path.read_text(encoding="utf-8") == content  # left untouched


def test_schema_covers_every_label_and_type():
    ddl = "\n".join(_schema_statements())
    for table in ("Company", "University", "Government", "Program", "Organization", "Person", "Document", "Claim"):
        assert f"CREATE NODE TABLE IF NOT EXISTS {table}(" in ddl
    for rel in ("MEMBER_OF", "FUNDS", "SIGNS_MOU_WITH", "PARTNERS_WITH", "FOUNDED", "EXCLUDED_FROM",
                "STATES", "SUBJECT", "OBJECT", "MENTIONED_IN"):  # fmt: skip
        assert f"CREATE REL TABLE IF NOT EXISTS {rel}(" in ddl
    assert "FROM Claim TO Person" not in ddl  # a Person is never a claim endpoint
    assert "FROM Person TO Document" in ddl  # but it can be mentioned
    assert "{" not in ddl


def test_entity_label_outside_the_schema_is_refused_and_rolled_back(tmp_path):
    bad = build_extraction(
        "b1",
        ["Acme Robotics released a chatbot."],
        [ACME, Entity("chatbot", "Chatbot", "Product", ("chatbot",))],
        [],
    )
    with _open(tmp_path / "bad.lbug") as store:
        with pytest.raises(ValueError, match="unknown label 'Product'"):
            store.ingest(bad)
        assert store.stats().documents == 0 and store.entities() == []


def test_store_file_in_use_message(tmp_path):
    # a second process opening the same file for writing is refused by the file lock
    path = tmp_path / "busy.lbug"
    code = (
        "import sys\n"
        "from aipg.graph.config import Settings\n"
        "from aipg.graph.errors import StoreError\n"
        "from aipg.graph.stores import open_store\n"
        f"try:\n    open_store(Settings(store={str(path)!r}))\n"
        "except StoreError as e:\n    print(e)\n    sys.exit(3)\n"
    )
    with _open(path):
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert out.returncode == 3, out.stdout + out.stderr
    assert out.stdout.strip() == f"store {path} is in use by another process: close it and retry"


def test_cli_stats_table_json_and_csv(tmp_path, sample_corpus):
    from click.testing import CliRunner

    from aipg.cli import cli

    path = tmp_path / "cli.lbug"
    with _open(path) as store:
        for ex in sample_corpus:
            store.ingest(ex)
    runner = CliRunner()
    table = runner.invoke(cli, ["stats", "--store", str(path)])
    assert table.exit_code == 0, table.output
    lines = table.output.splitlines()
    assert lines[0].split() == ["kind", "name", "count"]
    assert ["documents", "Document", "3"] in [l.split() for l in lines]
    assert ["edges", "MEMBER_OF", "2"] in [l.split() for l in lines]
    as_json = runner.invoke(cli, ["stats", "--store", str(path), "--format", "json"])
    assert json.loads(as_json.output) == {
        "documents": 3,
        "claims": 8,
        "entities": {"Company": 1, "University": 1, "Government": 1, "Program": 1, "Organization": 0, "Person": 0},
        "edges": {"MEMBER_OF": 2, "FUNDS": 1, "SIGNS_MOU_WITH": 1, "PARTNERS_WITH": 1, "FOUNDED": 1,
                  "EXCLUDED_FROM": 0},
    }  # fmt: skip
    as_csv = runner.invoke(cli, ["stats", "--store", str(path), "--format", "csv"])
    assert as_csv.output.splitlines()[:3] == ["kind,name,count", "documents,Document,3", "claims,Claim,8"]


def test_cli_stats_without_a_store_creates_nothing(tmp_path):
    from click.testing import CliRunner

    from aipg.cli import cli

    path = tmp_path / "missing.lbug"
    result = CliRunner().invoke(cli, ["stats", "--store", str(path)])
    assert result.exit_code == 1
    assert f"no store at {path}: build one with `aipg build examples/corpus`" in result.output
    assert not path.exists()


def test_expected_layout_is_kept_in_the_cache_folder(tmp_path, monkeypatch):
    """Made once per schema and engine version, then read back; a damaged cache file is made again."""
    import json

    from aipg.graph.stores.ladybug_store import _made_layout, expected_layout

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    expected_layout.cache_clear()
    try:
        made = expected_layout()
        (kept,) = (tmp_path / "aipg").glob("ladybug-layout-*.json")
        assert json.loads(kept.read_text(encoding="utf-8")) == made == _made_layout()
        assert "Claim" in made and "MENTIONED_IN" in made
        kept.write_text("{not json", encoding="utf-8")
        expected_layout.cache_clear()
        assert expected_layout() == made
        assert json.loads(kept.read_text(encoding="utf-8")) == made
    finally:
        expected_layout.cache_clear()
