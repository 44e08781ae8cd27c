"""The offline HTML view: the file itself, then the page in real headless Chromium."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest

from aipg.graph.html import layout, view_graph, write_html
from aipg.graph.mirror import to_networkx
from aipg.graph.model import Edge, Entity, Graph

ARTIFACTS = Path(__file__).resolve().parent / "artifacts"
EVIL_NAME = 'Evil Corp <img src=x onerror="window.__xss=1">'
EVIL_SENTENCE = "Evil Corp joins the club <script>window.__xss=2</script> <img src=y onerror=window.__xss=3>."
EVIL_TITLE = "<b onmouseover=window.__xss=4>News</b>"


@pytest.fixture
def g():
    entities = (
        Entity("evil", EVIL_NAME, "Company", ("Evil",)),
        Entity("ibm", "IBM", "Company", ("International Business Machines",), "US"),
        Entity("meta", "Meta", "Company"),
        Entity("ai-alliance", "AI Alliance", "Program"),
        Entity("openai", "OpenAI", "Company"),
        Entity("keio", "Keio University", "University", (), "JP"),
        Entity("japan", "Government of Japan", "Government", (), "JP"),
    )
    edges = (
        Edge("ibm", "FOUNDED", "ai-alliance", 3, ("d1", "d2", "d3"), ("IBM and Meta launched the AI Alliance.",),
             "stated", 0.95, "2023-12-05", "2024-02"),
        Edge("meta", "FOUNDED", "ai-alliance", 1, ("d1",), ("IBM and Meta launched the AI Alliance.",), "stated", 0.95,
             "2023-12-05", "2023-12-05"),
        Edge("evil", "MEMBER_OF", "ai-alliance", 1, ("d4",), (EVIL_SENTENCE,), "stated", 0.8, "2024-05", "2024-05"),
        Edge("openai", "EXCLUDED_FROM", "ai-alliance", 1, ("d1",), ("OpenAI is not among the founding members.",),
             "stated", 0.9, "2023-12-05", "2023-12-05"),
        Edge("keio", "MEMBER_OF", "ai-alliance", 1, ("d2",), ("Keio University may join the alliance.",), "potential",
             0.6, "2024-01", "2024-01"),
        Edge("japan", "FUNDS", "keio", 1, ("d4",), ("Japan gives Keio a grant of 1 billion yen.",), "stated", 0.7,
             "2024-05", "2024-05", 1e9, "JPY", "1 billion yen"),
        Edge("ibm", "PARTNERS_WITH", "keio", 2, ("d2", "d3"), ("IBM and Keio team up on quantum.",), "stated", 0.8),
    )
    return to_networkx(Graph(entities, edges))


DOCS = {
    "d1": {"title": "Launch of the AI Alliance", "url": "https://example.org/alliance"},
    "d2": {"title": "Keio news", "url": "javascript:window.__xss=5"},
    "d4": {"title": EVIL_TITLE, "url": "https://example.org/evil?a=1&b=<x>"},
}


def _data(page: str) -> dict:
    m = re.search(r'<script type="application/json" id="aipg-data">(.*?)</script>', page, re.S)
    return json.loads(m.group(1))


# --------------------------------------------------------------------------- the file
def test_file_is_self_contained_and_escaped(g, tmp_path):
    page = write_html(g, tmp_path / "v.html", documents=DOCS).path.read_text(encoding="utf-8")
    assert not re.search(r'(src|href)\s*=\s*["\']?(https?:)?//', page)
    assert "<link" not in page
    assert "vis.Network" in page and "tom-select" not in page
    # the document text is in the page only inside the JSON block, with < > & escaped
    assert "<img src=x" not in page and "<script>window.__xss" not in page and "<b onmouseover" not in page
    data = _data(page)
    assert {n["id"] for n in data["nodes"]} == set(g.nodes)
    assert any(i["name"] == EVIL_NAME for i in data["nodeInfo"].values())


def test_styles_sizes_and_links(g, tmp_path):
    data = _data(write_html(g, tmp_path / "v.html", documents=DOCS, size_by="degree").path.read_text(encoding="utf-8"))
    edges = {e["id"]: e for e in data["edges"]}
    excluded = edges["openai|EXCLUDED_FROM|ai-alliance"]
    assert excluded["dashes"] and excluded["arrows"]["to"]["type"] == "bar" and excluded["color"] == "#d62728"
    assert edges["keio|MEMBER_OF|ai-alliance"]["dashes"]  # potential
    assert "dashes" not in edges["ibm|FOUNDED|ai-alliance"]
    assert edges["ibm|PARTNERS_WITH|keio"]["arrows"]["to"]["enabled"] is False  # symmetric
    assert edges["ibm|FOUNDED|ai-alliance"]["width"] > edges["meta|FOUNDED|ai-alliance"].get("width", 1)
    sizes = {n["id"]: n["size"] for n in data["nodes"]}
    assert sizes["ai-alliance"] == max(sizes.values()) and sizes["ai-alliance"] > sizes["meta"]
    assert {n["group"] for n in data["nodes"]} == {"Company", "Program", "University", "Government"}
    docs = {d["id"]: d for d in data["edgeInfo"]["keio|MEMBER_OF|ai-alliance"]["documents"]}
    assert docs["d2"]["url"] is None  # javascript: dropped
    assert {t["type"] for t in data["legend"]["types"]} == {k for *_, k in g.edges(keys=True)}


def test_layout_is_deterministic(g):
    assert layout(g, seed=3) == layout(g, seed=3)
    assert layout(g, seed=3) != layout(g, seed=4)


def test_focus_and_filters(g):
    assert sorted(view_graph(g, focus="keio", depth=1)) == ["ai-alliance", "ibm", "japan", "keio"]
    assert sorted(view_graph(g, types=["FUNDS"])) == ["japan", "keio"]
    assert sorted(view_graph(g, min_weight=2)) == ["ai-alliance", "ibm", "keio"]
    # edges without dates (IBM-Keio) stay in a dated view
    assert ("ibm", "keio", "PARTNERS_WITH") in view_graph(g, since="2024-03").edges(keys=True)


# --------------------------------------------------------------------------- the page in Chromium
@pytest.fixture(scope="module")
def browser():
    from browser.cdp import Browser, chromium_path

    if chromium_path() is None:
        reason = "chromium not found at /usr/bin/chromium: install the Debian package chromium"
        if os.environ.get("CI"):
            pytest.fail(reason + " (CI must run the browser tests)")
        pytest.skip(reason)
    with Browser() as b:
        yield b


def _node_xy(b, node_id: str) -> tuple[float, float]:
    return tuple(b.evaluate(
        f"(function(){{var p = aipgNetwork.getPositions([{json.dumps(node_id)}])[{json.dumps(node_id)}];"
        f"var d = aipgNetwork.canvasToDOM(p); var r = document.getElementById('network').getBoundingClientRect();"
        f"return [d.x + r.left, d.y + r.top];}})()"
    ))


def _move(b, x: float, y: float) -> None:
    b.page("Input.dispatchMouseEvent", type="mouseMoved", x=x, y=y)


def _click(b, x: float, y: float) -> None:
    for kind in ("mousePressed", "mouseReleased"):
        b.page("Input.dispatchMouseEvent", type=kind, x=x, y=y, button="left", clickCount=1)


@pytest.mark.browser
def test_page_in_chromium(g, tmp_path, browser):
    b = browser
    path = write_html(g, tmp_path / "view.html", documents=DOCS).path
    b.open(path.resolve().as_uri())
    b.wait_for("window.aipgDrawn")

    assert b.evaluate("aipgNetwork.body.data.nodes.length") == g.number_of_nodes()
    assert b.evaluate("aipgNetwork.body.data.edges.length") == g.number_of_edges()
    assert b.evaluate("document.querySelectorAll('#types input[type=checkbox]').length") == len({k for *_, k in g.edges(keys=True)})

    # hover a node and an edge: the tooltip shows the text literally and runs nothing
    _move(b, *_node_xy(b, "evil"))
    tip = b.wait_for("document.getElementById('tip').style.display === 'block' && "
                     "document.getElementById('tip').textContent")
    assert EVIL_NAME in tip
    (x1, y1), (x2, y2) = _node_xy(b, "evil"), _node_xy(b, "ai-alliance")
    _move(b, 5, 5)
    _move(b, (x1 + x2) / 2, (y1 + y2) / 2)
    tip = b.wait_for("document.getElementById('tip').textContent.indexOf('joins the club') >= 0 && "
                     "document.getElementById('tip').textContent")
    assert EVIL_SENTENCE in tip and EVIL_TITLE in tip
    assert b.evaluate("document.querySelectorAll('#tip img, #tip script, #tip b[onmouseover]').length") == 0
    b.screenshot(ARTIFACTS / "html_view_tooltip.png")

    # click the edge: the details panel links only http(s) documents
    _click(b, (x1 + x2) / 2, (y1 + y2) / 2)
    b.wait_for("document.querySelectorAll('#details blockquote').length > 0")
    hrefs = b.evaluate("Array.from(document.querySelectorAll('#details a')).map(a => a.href)")
    assert hrefs == ["https://example.org/evil?a=1&b=%3Cx%3E"]
    assert b.evaluate("typeof window.__xss") == "undefined"

    # the search box finds by alias and focuses the node
    b.evaluate("document.getElementById('search-input').value = 'international business machines';"
               "document.getElementById('search').requestSubmit(); true")
    assert b.wait_for("aipgNetwork.getSelectedNodes()[0]") == "ibm"
    assert "IBM" in b.evaluate("document.getElementById('details').textContent")

    # a relation-type toggle hides that type's edges
    b.evaluate("var cb = document.querySelector('#types input[data-type=FOUNDED]'); cb.click(); true")
    assert b.evaluate("Object.keys(aipgNetwork.body.edges).filter(k => k.indexOf('|FOUNDED|') >= 0).length") == 0
    b.evaluate("document.querySelector('#types input[data-type=FOUNDED]').click(); true")

    _move(b, 5, 5)
    b.evaluate("aipgNetwork.fit(); true")
    b.screenshot(ARTIFACTS / "html_view.png")
    assert b.evaluate("typeof window.__xss") == "undefined"
    assert b.errors() == []
    assert [u for u in b.requests() if not u.startswith(("file:", "data:"))] == []
