"""`aipg store compact`: a store whose documents were replaced many times gives the space back and
holds exactly the same rows (and record) afterwards."""

from __future__ import annotations

import json
import shutil
from dataclasses import replace
from pathlib import Path

import pytest
from click.testing import CliRunner

from aipg.cli import cli
from conftest import corpus
from aipg.graph.config import Settings
from aipg.graph.stores import open_store
from aipg.graph.stores.compact import REMOVED_KEY, THRESHOLD, compact, size

EXAMPLES = Path(__file__).resolve().parents[1] / "examples" / "corpus"
#: Three of the example articles (the repository's own), enough claims for a share to mean something.
ARTICLES = ("en-microsoft-g42.txt", "en-stargate-launch.txt", "fr-ai-alliance-creation.txt")


def everything(path) -> dict:
    with open_store(Settings(store=str(path)), read_only=True) as st:
        return {"entities": st.entities(), "edges": st.edges(), "claims": st.claims(), "documents": st.documents(),
                "mentions": st.mentions(), "meta": st.meta(), "stats": st.stats()}


def copies(n: int):
    """``n`` copies of each sample article under other ids."""
    out = []
    for k in range(n):
        for ex in corpus():
            doc = replace(ex.document, id=f"{ex.document.id}-{k}")
            out.append(replace(ex, document=doc, claims=tuple(replace(c, document_id=doc.id) for c in ex.claims)))
    return out


def replaced_store(path, rounds: int, n: int = 20):
    """``n`` copies of the sample articles, each then replaced ``rounds`` times by a text one word longer."""
    docs = copies(n)
    with open_store(Settings(store=str(path))) as st:
        for ex in docs:
            st.ingest(ex)
        for n in range(rounds):
            for ex in docs:
                text = f"{ex.document.text} Update {n}."
                st.ingest(replace(ex, document=replace(ex.document, text=text, sha256=f"{ex.document.sha256}-{n}")))
        st.set_meta({"last_build": "a test"})


def test_compact_keeps_every_row(tmp_path):
    path = tmp_path / "replaced.lbug"
    replaced_store(path, rounds=2, n=8)
    held, inode = everything(path), path.stat().st_ino
    before, after = compact(path, always=True)
    assert path.stat().st_ino != inode and after == size(path)  # the copy took the file's place
    assert everything(path) == held
    assert sorted(p.name for p in tmp_path.iterdir()) == ["replaced.lbug"]  # nothing left beside it
    with open_store(Settings(store=str(path))) as st:  # still a store one can write to
        st.ingest(corpus()[0])


def test_compact_keeps_a_store_the_copy_would_not_shrink(tmp_path):
    path = tmp_path / "small.lbug"
    replaced_store(path, rounds=0, n=1)
    inode = path.stat().st_ino
    before, after = compact(path)
    assert path.stat().st_ino == inode and after == before == size(path)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["small.lbug"]


def test_cli_store_compact(tmp_path):
    path = tmp_path / "s.lbug"
    replaced_store(path, rounds=1, n=1)
    result = CliRunner().invoke(cli, ["store", "compact", "--store", str(path)])
    assert result.exit_code == 0, result.output
    assert result.output.startswith(f"store {path}: ") and " MB -> " in result.output


# --------------------------------------------------------------------------- aipg build compacts when it pays
def build_json(*args: str) -> dict:
    result = CliRunner().invoke(cli, ["build", *args, "--format", "json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def reword(f: Path, word: str) -> None:
    """A sentence before the body's first: every claim of ``f`` moves (sentence, offsets), so a
    replacement deletes them all."""
    head, sep, body = f.read_text(encoding="utf-8").partition("---\n\n")
    f.write_text(f"{head}{sep}{word}.\n\n{body}", encoding="utf-8")


def rewrite_all(folder: Path, word: str) -> None:
    for f in sorted(folder.glob("*.txt")):
        reword(f, word)


@pytest.fixture
def articles(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    for name in ARTICLES:
        shutil.copy(EXAMPLES / name, folder / name)
    return folder


def test_build_counts_replaced_claims_and_compacts_past_the_threshold(tmp_path, articles):
    path = tmp_path / "b.lbug"
    fresh = build_json(str(articles), "--store", str(path))
    assert fresh["compaction"] is None and fresh["build"]["claims_removed"] == 0
    held = fresh["store"]["claims"]
    assert held and everything(path)["meta"][REMOVED_KEY] == "0"

    one = sorted(articles.glob("*.txt"))[0]  # a word after the last sentence: every claim kept, none counted
    one.write_text(one.read_text(encoding="utf-8").rstrip("\n") + " Encore.\n", encoding="utf-8")
    tail = build_json(str(articles), "--store", str(path))
    assert tail["build"]["replaced"] == 1 and tail["build"]["claims_removed"] == 0
    assert everything(path)["meta"][REMOVED_KEY] == "0"

    reword(one, "Encore")  # a small share replaced: counted, not compacted
    small = build_json(str(articles), "--store", str(path))
    removed = small["build"]["claims_removed"]
    assert small["build"]["replaced"] == 1 and small["compaction"] is None
    assert 0 < removed < THRESHOLD * held
    assert everything(path)["meta"][REMOVED_KEY] == str(removed)

    rewrite_all(articles, "Again")  # every article replaced: past the threshold, compacted once
    kept = build_json(str(articles), "--store", str(path), "--no-compact")
    assert kept["compaction"] is None
    assert everything(path)["meta"][REMOVED_KEY] == str(removed + kept["build"]["claims_removed"])
    rewrite_all(articles, "Once more")
    full = build_json(str(articles), "--store", str(path))
    assert full["build"]["replaced"] == len(ARTICLES)
    assert set(full["compaction"]) == {"before", "after", "seconds"}
    assert full["compaction"]["after"] == size(path) <= full["compaction"]["before"]
    after = everything(path)
    assert after["meta"][REMOVED_KEY] == "0"
    assert after["stats"].to_dict() == full["store"]  # the rows the build left, all of them
    assert sorted(p.name for p in tmp_path.iterdir()) == ["articles", "b.lbug"]  # nothing left beside it
