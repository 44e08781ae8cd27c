"""Money as people read it: tables, CSV, the HTML details; exact numbers stay in JSON."""

from __future__ import annotations

import json
from dataclasses import replace
import os
import re

import pytest
from click.testing import CliRunner

from aipg.cli import cli
from aipg.graph.config import Settings
from aipg.graph.html import write_html
from aipg.graph.mirror import to_networkx
from aipg.graph.model import Edge, Entity, Graph
from aipg.graph.money import format_money, readable_rows
from aipg.graph.stores import open_store


@pytest.mark.parametrize("amount, currency, text", [
    (4e9, "USD", "$4 billion"),
    (1.3e9, "EUR", "€1.3 billion"),
    (40e6, "GBP", "£40 million"),
    (250e9, "JPY", "¥250 billion"),
    (9.886e9, "INR", "₹9.886 billion"),
    (2.5e12, "USD", "$2.5 trillion"),
    (20e6, "CHF", "CHF 20 million"),
    (1500, "USD", "$1,500"),
    (3e9, None, "3 billion"),
    (None, "USD", ""),
])
def test_format_money(amount, currency, text):
    assert format_money(amount, currency) == text


def test_readable_rows_pairs_each_amount_with_its_currency():
    rows = readable_rows(["amount", "currency", "round_amount", "round_currency", "weight"],
                         [[4e9, "USD", 270e6, "USD", 2]])
    assert rows == [["$4 billion", "USD", "$270 million", "USD", 2]]


def test_query_tables_and_csv_never_print_exponents(sample_corpus, tmp_path):
    path = str(tmp_path / "money.lbug")
    with open_store(Settings(store=path)) as st:
        for ex in sample_corpus:
            st.ingest(ex)
    run = lambda *a: CliRunner().invoke(cli, list(a), prog_name="aipg")  # noqa: E731
    table = run("query", "funding", "--store", path)
    assert table.exit_code == 0, table.output
    assert "€5 million" in table.stdout and "e+0" not in table.stdout
    csv_out = run("query", "funding", "--store", path, "--format", "csv")
    assert "€5 million" in csv_out.stdout and "e+0" not in csv_out.stdout
    as_json = json.loads(run("query", "funding", "--store", path, "--format", "json").stdout)
    assert {r["amount"] for r in as_json} == {5_000_000.0}


def _graph():
    entities = (Entity("japan", "Government of Japan", "Government"), Entity("keio", "Keio University", "University"))
    edges = (Edge("japan", "FUNDS", "keio", 1, ("d1",), ("Japan gives Keio 1 billion yen.",), "stated", 0.7,
                  "2024-05", "2024-05", 1e9, "JPY", "1 billion yen"),)
    return to_networkx(Graph(entities, edges))


def test_html_details_carry_readable_money(tmp_path):
    page = write_html(_graph(), tmp_path / "view.html").path.read_text(encoding="utf-8")
    data = json.loads(re.search(r'<script type="application/json" id="aipg-data">(.*?)</script>', page, re.S).group(1))
    (info,) = data["edgeInfo"].values()
    assert (info["money"], info["amount"]) == ("¥1 billion", 1e9)


@pytest.mark.browser
def test_html_details_show_readable_money_in_chromium(tmp_path):
    from browser.cdp import Browser, chromium_path

    if chromium_path() is None:
        reason = "chromium not found at /usr/bin/chromium: install the Debian package chromium"
        if os.environ.get("CI"):
            pytest.fail(reason + " (CI must run the browser tests)")
        pytest.skip(reason)
    path = write_html(_graph(), tmp_path / "view.html").path
    with Browser() as b:
        b.open(path.resolve().as_uri())
        b.wait_for("window.aipgDrawn")
        b.evaluate("aipgNetwork.selectEdges([Object.keys(aipgNetwork.body.edges)[0]]);"
                   "aipgNetwork.emit('click', {nodes: [], edges: aipgNetwork.getSelectedEdges(), "
                   "pointer: {DOM: {x: 0, y: 0}, canvas: {x: 0, y: 0}}}); true")
        text = b.wait_for("document.getElementById('details').textContent.indexOf('billion') >= 0 && "
                          "document.getElementById('details').textContent")
        assert "¥1 billion" in text and "e+" not in text
        assert b.errors() == []


def test_a_store_built_before_round_totals_is_migrated_and_keeps_its_claims(sample_corpus, tmp_path):
    """An older store (no round columns on Claim) is refused with the fix, `aipg store migrate`
    adds the empty columns and keeps every claim, and a claim's round total then goes through."""
    from aipg.graph.model import Extraction

    from conftest import migrated_from

    path = tmp_path / "old.lbug"
    with open_store(Settings(store=str(path))) as st:
        for ex in sample_corpus:
            st.ingest(ex)
        before = sorted(c.id for c in st.claims())
    migrated_from(path, 2, ("round_amount", "round_currency", "round_amount_text", "year"))  # as before round totals
    with open_store(Settings(store=str(path)), read_only=True) as st:
        assert sorted(c.id for c in st.claims()) == before
    ex = sample_corpus[0]
    funds = next(c for c in ex.claims if c.type == "FUNDS")
    rounded = replace(funds, amount=None, currency=None, amount_text=None,
                      round_amount=2e6, round_currency="EUR", round_amount_text="2 million euros")
    changed = Extraction(replace(ex.document, sha256="0" * 64), ex.entities,
                         tuple(rounded if c is funds else c for c in ex.claims), ex.mentions)
    with open_store(Settings(store=str(path))) as st:
        st.ingest(changed)
        stored = next(c for c in st.claims() if c.id == funds.id)
    assert (stored.amount, stored.round_amount, stored.round_currency, stored.round_amount_text) == (
        None, 2e6, "EUR", "2 million euros")


def test_a_dossier_writes_money_in_words_when_the_text_gave_none():
    from aipg.graph.dossier import Relation, money

    base = dict(type="FUNDS", direction="out", role="funds", other="anthropic", other_name="Anthropic", other_label="Company",
                status="stated", confidence=0.9, documents=1)
    assert money(Relation(**base, amount=4e9, currency="USD")) == "$4 billion"
    assert money(Relation(**base, amount=4e9, currency="USD", amount_text="$4bn")) == "$4bn"
    assert money(Relation(**base)) == ""
