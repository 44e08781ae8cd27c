"""One command-line convention: --format on every listing, `-o -` as standard output, every
environment variable named in --help, closing lines that say what to do next."""

from __future__ import annotations

import io
import re
from pathlib import Path

import click
import networkx as nx
import pytest
from click.testing import CliRunner

from aipg.cli import FORMATS, cli

CONFIG = Path(__file__).resolve().parent.parent / "graph" / "config.py"
LISTINGS = ("show", "centrality", "communities", "neighbors", "path", "stats", "query", "kb gaps", "eval")
REPORTS = ("build", "push", "kb check")


def run(*args: str, input: str | None = None):
    return CliRunner().invoke(cli, list(args), prog_name="aipg", input=input)


def command(path: str) -> click.Command:
    cmd: click.Command = cli
    for name in path.split():
        cmd = cmd.commands[name]
    return cmd


def format_choices(path: str) -> tuple[str, ...]:
    (option,) = [p for p in command(path).params if "--format" in getattr(p, "opts", ())]
    return tuple(option.type.choices)


def test_every_environment_variable_is_named_in_help():
    source = CONFIG.read_text(encoding="utf-8")
    read = set(re.findall(r'env(?:\.get\(|, )"([A-Z0-9_]+)"', source))
    assert read >= {"AIPG_STORE", "AIPG_KB", "NEO4J_URI", "NEO4J_PASSWORD", "AIPG_N_PROCESS"}
    text = " ".join(run("--help").output.split())
    assert "Environment variables:" in text
    assert sorted(v for v in read if v not in text) == []


@pytest.mark.parametrize("path", LISTINGS)
def test_every_listing_takes_the_four_formats(path):
    assert format_choices(path) == FORMATS == ("table", "json", "csv", "markdown")


@pytest.mark.parametrize("path", REPORTS)
def test_reports_take_table_or_json_and_keep_json_hidden(path):
    assert format_choices(path) == ("table", "json")
    help_text = run(*path.split(), "--help").output
    assert "--format [table|json]" in help_text and "--json" not in help_text


def test_markdown_tables_escape_what_they_show(sample_store_path):
    r = run("stats", "--store", sample_store_path, "--format", "markdown")
    assert r.exit_code == 0, r.output
    assert r.stdout.splitlines()[:4] == ["| kind | name | count |", "| --- | --- | --- |",
                                         "| documents | Document | 3 |", "| claims | Claim | 8 |"]
    r = run("query", "MATCH (d:Document) RETURN d.title AS t, '<a|b>' AS x ORDER BY t LIMIT 1", "--store", sample_store_path,
            "--format", "markdown")
    assert r.stdout.splitlines()[2] == "| Test article d1 | &lt;a\\|b&gt; |"


def test_dash_writes_the_view_and_exports_to_standard_output(sample_store_path, tmp_path):
    runner = CliRunner()
    with runner.isolated_filesystem(temp_dir=tmp_path) as here:
        r = runner.invoke(cli, ["html", "--store", sample_store_path, "-o", "-"], prog_name="aipg")
        assert r.exit_code == 0, r.output
        assert r.stdout.startswith("<!DOCTYPE html>") and r.stdout.rstrip().endswith("</html>")
        r = runner.invoke(cli, ["export", "--store", sample_store_path, "--format", "gexf", "-o", "-"], prog_name="aipg")
        assert r.exit_code == 0, r.output
        g = nx.read_gexf(io.BytesIO(r.stdout_bytes))
        assert sorted(g.nodes) == ["acme-robotics", "borealis-university", "gaia-initiative", "ministry-of-examples"]
        r = runner.invoke(cli, ["export", "--store", sample_store_path, "--format", "csv", "-o", "-"], prog_name="aipg")
        assert r.exit_code == 2
        assert r.stderr == "aipg: --format csv writes a folder of files: give -o FOLDER, not -\n"
        assert list(Path(here).iterdir()) == []  # no file named "-", nothing else either


def test_html_says_what_to_open(sample_store_path, tmp_path):
    out = tmp_path / "view.html"
    r = run("html", "--store", sample_store_path, "-o", str(out))
    assert r.exit_code == 0, r.output
    assert r.stdout.splitlines() == [f"wrote {out}", f"next: open {out.resolve().as_uri()} in a browser (it works offline)"]


def test_dash_reads_one_article_from_standard_input():
    article = "---\ntitle: A test\nlanguage: en\n---\nAcme Robotics Inc. joins the AI Alliance.\n"
    r = run("extract", "-", "-o", "-", input=article)
    assert r.exit_code == 0, r.output
    (doc,) = __import__("json").loads(r.stdout)["documents"]
    assert doc["id"] == "stdin"
    assert [(x["source"], x["type"], x["target"]) for x in doc["relations"]] == [
        ("acme-robotics", "MEMBER_OF", "ai-alliance")]
    r = run("extract", "-", input="\x00\x01 not text")
    assert r.exit_code == 1
    assert r.stderr.splitlines()[0].startswith("aipg: skipped -: ")
