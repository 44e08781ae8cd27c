"""The user's own knowledge base (--kb, AIPG_KB), the versions a document records, and `build --force`.

A real store in tmp_path and the real pipeline; the article is written here, in our own words.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from aipg.cli import cli
from aipg.graph.config import Settings, load_settings
from aipg.graph.stores import open_store
from aipg.loaders.kb import InvalidKnowledgeBase, load_kb
from aipg.loaders.pipeline import extractor_version

ARTICLE = """\
---
title: Zorblatt joins the alliance
url: https://example.org/zorblatt
published: 2025-03-01
language: en
---
Zorblatt said on Monday that it has joined the AI Alliance, the open-source group that IBM and Meta launched in 2023.
"""
ZORBLATT = "- id: zorblatt\n  name: Zorblatt\n  label: Company\n  country: DE\n"


def run(*args: str, env: dict | None = None):
    return CliRunner(env=env).invoke(cli, list(args), prog_name="aipg")


def write(path: Path, text: str) -> str:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return str(path)


# --------------------------------------------------------------------------- loading
def test_a_user_entry_adds_to_the_shipped_knowledge_base(tmp_path):
    mine = write(tmp_path / "mine.yaml", ZORBLATT)
    kb = load_kb(extra=[mine])
    assert kb.lookup("zorblatt").id == "zorblatt"
    assert kb.lookup("Meta Platforms Inc.").id == "meta"  # the shipped entries are all there
    assert len(kb) == len(load_kb()) + 1
    assert load_kb().lookup("Zorblatt") is None
    assert kb.files[-1] == mine


def test_a_user_entry_with_a_shipped_id_replaces_it(tmp_path):
    folder = tmp_path / "my-kb"
    write(folder / "override.yaml", "- id: mistral-ai\n  name: Mistral AI\n  label: Company\n  country: FR\n"
                                    "  aliases: [Mistral AI SAS, la licorne parisienne]\n")
    kb = load_kb(extra=[str(folder)])
    assert kb.lookup("la licorne parisienne").id == "mistral-ai"
    assert load_kb().lookup("Mistral").id == "mistral-ai"
    assert kb.lookup("Mistral") is None  # a shipped alias the user's entry no longer lists
    assert kb.get("mistral-ai").origin == f"{folder / 'override.yaml'}:1"


def test_user_files_are_validated_like_the_shipped_ones(tmp_path):
    bad = write(tmp_path / "bad.yaml", "- id: Zor Blatt\n  name: OpenAI\n  label: Startup\n"
                                       "- id: zorblatt\n  name: Zorblatt\n  label: Company\n"
                                       "- id: zorblatt\n  name: Zorblatt GmbH\n  label: Company\n")
    with pytest.raises(InvalidKnowledgeBase) as err:
        load_kb(extra=[bad])
    assert err.value.problems == (
        f"{bad}:1: id 'Zor Blatt' is not a slug: use 'zor-blatt'",
        f"{bad}:2: surface 'OpenAI' of 'Zor Blatt' is already claimed by 'openai' at startups_world.yaml:287: "
        "keep it on one entry",
        f"{bad}:3: unknown label 'Startup': use one of Company, University, Government, Program, Organization",
        f"{bad}:7: duplicate id 'zorblatt', first defined at {bad}:4: rename one or merge them",
    )
    with pytest.raises(InvalidKnowledgeBase) as err:
        load_kb(extra=[str(tmp_path / "nowhere.yaml")])
    assert err.value.problems == (f"{tmp_path / 'nowhere.yaml'}:0: no such file or folder: fix the path given to "
                                  "--kb or AIPG_KB",)


def test_the_knowledge_base_version_follows_its_files(tmp_path):
    mine = tmp_path / "mine.yaml"
    write(mine, ZORBLATT)
    first = load_kb(extra=[str(mine)]).version
    assert first != load_kb().version and len(first) == 16
    assert load_kb(extra=[str(mine)]).version == first
    write(mine, ZORBLATT + "  aliases: [Zorblatt AG]\n")
    assert load_kb(extra=[str(mine)]).version != first


def test_aipg_kb_is_read_by_the_settings():
    assert load_settings({"AIPG_KB": "a.yaml:more/kb"}).kb == ("a.yaml", "more/kb")
    assert load_settings({"AIPG_KB": "a.yaml"}, kb=("b.yaml",)).kb == ("b.yaml",)  # the flag wins
    assert load_settings({}).kb == ()


def test_kb_check_with_a_user_file(tmp_path):
    mine = write(tmp_path / "mine.yaml", ZORBLATT)
    shipped = json.loads(run("kb", "check", "--format", "json").stdout)
    r = run("kb", "check", "--kb", mine, "--format", "json")
    assert r.exit_code == 0, r.output
    assert json.loads(r.stdout)["entries"] == shipped["entries"] + 1
    r = run("kb", "check", "--json", env={"AIPG_KB": mine})  # the older flag, and the variable
    assert json.loads(r.stdout)["files"][-1] == mine
    bad = write(tmp_path / "bad.yaml", "- id: zorblatt\n  name: Zorblatt\n  label: Startup\n")
    r = run("kb", "check", "--kb", bad)
    assert r.exit_code == 1
    assert r.stderr == (f"{bad}:3: unknown label 'Startup': use one of Company, University, Government, Program, "
                        "Organization\naipg: knowledge base invalid: 1 problem(s)\n")


# --------------------------------------------------------------------------- versions and --force
def test_build_force_after_a_knowledge_base_change(tmp_path):
    docs = tmp_path / "docs"
    write(docs / "zorblatt.txt", ARTICLE)
    mine = write(tmp_path / "mine.yaml", ZORBLATT)
    store = str(tmp_path / "s.lbug")

    r = run("build", str(docs), "--store", store)
    assert r.exit_code == 0, r.output
    with open_store(Settings(store=store), read_only=True) as st:
        (doc,) = st.documents()
        assert (doc.extractor_version, doc.kb_version) == (extractor_version(), load_kb().version)
        assert "zorblatt" not in {e.id for e in st.entities()}

    r = run("build", str(docs), "--store", store, "--kb", mine)  # same text: skipped, but said
    lines = r.stdout.splitlines()
    assert lines[1] == "documents: 1 read, 0 added, 1 unchanged, 0 replaced, 0 failed"
    assert lines[-2] == ("  outdated: 1 unchanged document(s) were extracted by another aipg version or knowledge "
                         "base; `aipg build --force` extracts them again")
    assert lines[-1] == (f"next: `aipg show NAME --store {store}` for one organization's dossier, "
                         f"`aipg html --store {store}` for the network view")

    r = run("build", str(docs), "--store", store, "--kb", mine, "--force")
    assert r.stdout.splitlines()[1] == "documents: 1 read, 0 added, 0 unchanged, 1 replaced, 0 failed"
    with open_store(Settings(store=store), read_only=True) as st:
        assert ("zorblatt", "MEMBER_OF", "ai-alliance") in {e.key for e in st.edges()}
        assert st.documents()[0].kb_version == load_kb(extra=[mine]).version

    # forced again with the same extractor and knowledge base: the store has nothing to change
    r = run("build", str(docs), "--store", store, "--force", "--format", "json", env={"AIPG_KB": mine})
    report = json.loads(r.stdout)["build"]
    assert (report["unchanged"], report["replaced"], report["outdated"]) == (1, 0, 0)


def test_a_store_from_before_the_versions_is_refused_until_migrated(tmp_path):
    import ladybug

    from aipg.graph.stores.version import SCHEMA_VERSION

    docs = tmp_path / "docs"
    write(docs / "zorblatt.txt", ARTICLE)
    store = str(tmp_path / "old.lbug")
    assert run("build", str(docs), "--store", store).exit_code == 0
    db = ladybug.Database(store)  # what a store written before the two properties looks like
    conn = ladybug.Connection(db)
    for column in ("extractor_version", "kb_version"):
        conn.execute(f"ALTER TABLE Document DROP {column}")
    conn.close()
    db.close()

    for command in (["show", "ai alliance"], ["build", str(docs)]):  # refused before anything is written
        r = run(*command, "--store", store)
        assert r.exit_code == 1
        assert r.stderr.startswith(f"aipg: store {store} does not match schema version {SCHEMA_VERSION} "
                                   "(table Document has no column ")
        assert f"run `aipg store migrate --store {store}` to upgrade it in place" in r.stderr
    assert run("store", "migrate", "--store", store).exit_code == 0
    r = run("build", str(docs), "--store", store)
    assert r.exit_code == 0, r.output
    assert r.stdout.splitlines()[1] == "documents: 1 read, 0 added, 1 unchanged, 0 replaced, 0 failed"
    assert "outdated: 1 unchanged document(s)" in r.stdout  # it does not know what built it
    assert run("show", "ai alliance", "--store", store).exit_code == 0
