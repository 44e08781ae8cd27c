"""The offline HTML view: the file itself, then the page in real headless Chromium."""

from __future__ import annotations

import json
import os
import re
import time
from pathlib import Path

import networkx as nx
import pytest

from aipg.graph.errors import UsageError
from aipg.graph.html import layout, view_graph, write_html
from aipg.graph.layout import LABEL_COLORS
from aipg.graph.mirror import to_networkx
from aipg.graph.model import Claim, Edge, Entity, Graph

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
    assert {n["color"]["background"] for n in data["nodes"]} == {LABEL_COLORS[l] for l in ("Company", "Program", "University", "Government")}
    assert data["nodes"][0]["color"]["background"] == LABEL_COLORS[data["nodeInfo"][data["nodes"][0]["id"]]["label"]]
    assert not any("label" in n for n in data["nodes"])  # the page draws the names itself
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


# --------------------------------------------------------------------------- readable view: the data
CLAIMS = [
    Claim("d4", "MEMBER_OF", "evil", "ai-alliance", "stated", 0.8, EVIL_SENTENCE, 2, 0, 10, "r", "2024-05"),
    Claim("d2", "MEMBER_OF", "keio", "ai-alliance", "potential", 0.6, "Keio University may join the alliance.",
          1, 0, 10, "r", "2024-01"),
    Claim("d4", "FUNDS", "japan", "keio", "stated", 0.7, "Japan gives Keio a grant of 1 billion yen.", 3, 0, 10, "r"),
    Claim("d2", "PARTNERS_WITH", "ibm", "keio", "stated", 0.8, "IBM and Keio team up on quantum.", 0, 0, 10, "r"),
    Claim("d1", "PARTNERS_WITH", "ibm", "keio", "stated", 0.8, "IBM and Keio team up on quantum.", 0, 0, 10, "r"),
]


@pytest.fixture
def g2(g):
    """g with a second and a third relation between IBM and Keio (parallel relations)."""
    g = g.copy()
    g.add_edge("keio", "ibm", key="MEMBER_OF", weight=1, sources=["d3"], evidence=["Keio is part of IBM's network."],
               status="stated", confidence=0.7, first_seen="2021", last_seen="2021")
    g.add_edge("ibm", "keio", key="FUNDS", weight=1, sources=["d3"], evidence=["IBM funds Keio."], status="stated",
               confidence=0.7, first_seen="2022", last_seen="2022")
    return g


def test_parallel_relations_are_separate_curves(g2, tmp_path):
    data = _data(write_html(g2, tmp_path / "v.html").path.read_text(encoding="utf-8"))
    edges = {e["id"]: e for e in data["edges"]}
    trio = [edges[i] for i in ("ibm|PARTNERS_WITH|keio", "ibm|FUNDS|keio", "keio|MEMBER_OF|ibm")]
    # three relations: one straight, two bent to opposite sides (CW one way is CCW the other way)
    bends = sorted(
        (0.0 if "smooth" not in e else e["smooth"]["roundness"]
         * (1 if (e["smooth"]["type"] == "curvedCW") == (e["from"] == "ibm") else -1)) for e in trio)
    assert bends[0] < 0 == bends[1] < bends[2]
    assert "smooth" not in edges["ibm|FOUNDED|ai-alliance"]  # alone between its pair: straight


def test_dossier_data_pairs_sentences_with_documents(g, tmp_path):
    docs = {**DOCS, "d4": {**DOCS["d4"], "published": "2024-05-02"}}
    data = _data(write_html(g, tmp_path / "v.html", documents=docs, claims=CLAIMS).path.read_text(encoding="utf-8"))
    keio = data["nodeInfo"]["keio"]
    assert sorted(keio["out"]) == ["keio|MEMBER_OF|ai-alliance"]
    assert sorted(keio["in"]) == ["ibm|PARTNERS_WITH|keio", "japan|FUNDS|keio"]
    funds = data["edgeInfo"]["japan|FUNDS|keio"]
    assert funds["evidence"] == [{"text": "Japan gives Keio a grant of 1 billion yen.", "date": None,
                                  "doc": {"id": "d4", "title": EVIL_TITLE, "date": "2024-05-02",
                                          "url": "https://example.org/evil?a=1&b=<x>"}}]
    assert funds["amount_text"] == "1 billion yen" and funds["first_seen"] == "2024-05"
    # the same sentence in two documents is listed once per document; javascript: links dropped
    partner = data["edgeInfo"]["ibm|PARTNERS_WITH|keio"]["evidence"]
    assert [(e["doc"]["id"], e["doc"]["url"]) for e in partner] == [("d2", None), ("d1", "https://example.org/alliance")]
    # without claims the sentences stay, unpaired
    bare = _data(write_html(g, tmp_path / "b.html", documents=DOCS).path.read_text(encoding="utf-8"))
    assert bare["edgeInfo"]["japan|FUNDS|keio"]["evidence"] == [{"text": "Japan gives Keio a grant of 1 billion yen."}]


def _star_network(programs: int, members: int) -> nx.MultiDiGraph:
    """Programs each with their own members, chained by one partnership between neighbours."""
    entities, edges = [], []
    for p in range(programs):
        entities.append(Entity(f"p{p}", f"Program {p}", "Program"))
        for m in range(members):
            entities.append(Entity(f"o{p}-{m}", f"Org {p}-{m}", "Company"))
            edges.append(Edge(f"o{p}-{m}", "MEMBER_OF", f"p{p}", 1 + (m == 0), ("d",), ("joins",), "stated", 0.9))
        if p:
            edges.append(Edge(f"o{p - 1}-0", "PARTNERS_WITH", f"o{p}-0", 1, ("d",), ("team up",), "stated", 0.9))
    entities.append(Entity("alone", "Mentioned Only", "Person"))
    return to_networkx(Graph(tuple(entities), tuple(edges)))


def test_size_budget_draws_a_connected_central_part_and_says_so(tmp_path, monkeypatch):
    g = _star_network(programs=8, members=9)  # 80 tied entities, one person without ties
    drawn = write_html(g, tmp_path / "v.html", max_nodes=25)
    data = _data(drawn.path.read_text(encoding="utf-8"))
    assert (drawn.nodes, drawn.total_nodes) == (25, 80) and len(data["nodes"]) == 25
    assert "Showing the 25 most central" in drawn.notice and "of 80 entities" in drawn.notice
    assert data["notice"] == drawn.notice
    shown = {n["id"] for n in data["nodes"]}
    # what is drawn hangs together: every node has a relation drawn
    ends = {e["from"] for e in data["edges"]} | {e["to"] for e in data["edges"]}
    assert ends == shown
    assert sum(n.startswith("p") for n in shown) >= 2  # programs, the hubs, come first
    # every other tied name is listed for the search box; the person without ties is not
    assert set(data["unlisted"]) == {n for n in g if n != "alone"} - shown
    # and every relation not drawn is carried as index triples, so the page can draw it on demand
    more = data["more"]
    triples = {(more["ids"][a], more["types"][t], more["ids"][b]) for a, b, t in zip(*[iter(more["edges"])] * 3)}
    drawn_edges = {tuple(e["id"].split("|")) for e in data["edges"]}
    assert triples == {(u, k, v) for u, v, k in g.edges(keys=True)} - drawn_edges
    assert sum(i["hidden"] for i in data["nodeInfo"].values()) > 0
    # a focus keeps the nearest first: the program's members all stay
    focused = write_html(g, tmp_path / "f.html", focus="p3", depth=3, max_nodes=12)
    fdata = _data(focused.path.read_text(encoding="utf-8"))
    assert {f"o3-{m}" for m in range(9)} | {"p3"} <= {n["id"] for n in fdata["nodes"]}
    assert "nearest to Program 3" in focused.notice
    # under the budget: no notice, nothing unlisted
    whole = write_html(g, tmp_path / "w.html")
    assert whole.notice is None and "unlisted" not in _data(whole.path.read_text(encoding="utf-8"))
    # past MAX_MORE_EDGES undrawn relations the page carries none (a search then gives the command)
    import aipg.graph.html as view

    monkeypatch.setattr(view, "MAX_MORE_EDGES", 10)
    assert _data(write_html(g, tmp_path / "m.html", max_nodes=25).path.read_text(encoding="utf-8"))["more"] is None
    with pytest.raises(UsageError, match="--max-nodes 0 draws nothing"):
        write_html(g, tmp_path / "z.html", max_nodes=0)


def test_empty_filter_says_so(g, tmp_path):
    drawn = write_html(g, tmp_path / "v.html", types=["FUNDS"], since="2090")
    data = _data(drawn.path.read_text(encoding="utf-8"))
    assert drawn.nodes == 0
    assert data["empty"] == "Nothing to draw: no relation matches --types FUNDS --since 2090. Loosen the filters."


# --------------------------------------------------------------------------- readable view: in Chromium
def _viewport(b) -> None:
    b.page("Emulation.setDeviceMetricsOverride", width=1400, height=900, deviceScaleFactor=1, mobile=False)


def _no_overlap(rects: list[list[float]]) -> bool:
    return not any(a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]
                   for i, a in enumerate(rects) for b in rects[i + 1:])


def _labels(b) -> list[dict]:
    b.evaluate("aipgNetwork.redraw(); true")
    return b.evaluate("window.aipgLabels")


@pytest.mark.browser
def test_readable_view_in_chromium(g2, tmp_path, browser):
    b = browser
    _viewport(b)
    path = write_html(g2, tmp_path / "view.html", documents=DOCS, claims=CLAIMS).path
    b.open(path.resolve().as_uri())
    b.wait_for("window.aipgDrawn")

    # names: drawn by the page, never overlapping, the same size on screen at any zoom
    labels = _labels(b)
    assert len(labels) == g2.number_of_nodes() and _no_overlap([l["rect"] for l in labels])
    height = {round(l["rect"][3] - l["rect"][1]) for l in labels}
    b.evaluate("aipgNetwork.moveTo({scale: aipgNetwork.getScale() * 4}); true")
    assert {round(l["rect"][3] - l["rect"][1]) for l in _labels(b)} == height
    b.evaluate("aipgNetwork.moveTo({scale: aipgNetwork.getScale() / 40}); true")
    tiny = _labels(b)
    assert 0 < len(tiny) < g2.number_of_nodes() and _no_overlap([l["rect"] for l in tiny])
    assert tiny[0]["id"] == "ai-alliance"  # the most central name comes first
    b.evaluate("document.getElementById('reset').click(); true")
    b.wait_for("window.aipgLabels.length === %d" % g2.number_of_nodes())

    # click Keio: its neighbourhood stays, the rest is dimmed, the view fits it, the panel holds the dossier
    _click(b, *_node_xy(b, "keio"))
    b.wait_for("document.querySelector('#details h3') && document.querySelector('#details h3').textContent === 'Keio University'")
    details = b.evaluate("document.getElementById('details').textContent")
    assert "Relations (5)" in details and "Japan gives Keio a grant of 1 billion yen." in details
    assert EVIL_TITLE + " (2024-05-02)" not in details  # d4 has no date in DOCS
    assert EVIL_TITLE in details and "1 billion yen" in details and "2024-05" in details
    assert b.evaluate("document.querySelectorAll('#details img, #details script, #details b[onmouseover]').length") == 0
    color = "(function(id){return aipgNetwork.body.nodes[id].options.color.background;})"
    assert b.evaluate(f"{color}('openai')") == "#e3e3e3"
    assert b.evaluate(f"{color}('japan')") == LABEL_COLORS["Government"]
    time.sleep(0.6)  # the fit animation (400 ms)
    inside = b.evaluate(
        "(function(){var r = document.getElementById('network').getBoundingClientRect();"
        "return ['keio','ibm','japan','ai-alliance'].every(function(id){"
        "var p = aipgNetwork.canvasToDOM(aipgNetwork.getPositions([id])[id]);"
        "return p.x > 0 && p.y > 0 && p.x < r.width && p.y < r.height;});})()")
    assert inside
    b.screenshot(ARTIFACTS / "html_view_dossier.png")
    # a relation in the dossier focuses the other end
    b.evaluate("Array.from(document.querySelectorAll('#details button.link')).find(x => x.textContent === 'IBM').click(); true")
    b.wait_for("document.querySelector('#details h3').textContent === 'IBM'")
    b.evaluate("document.getElementById('reset').click(); true")
    assert b.evaluate(f"{color}('openai')") == LABEL_COLORS["Company"]

    # the year sliders: as of 2021, only what was seen by then (and the undated) is drawn
    def visible_edges() -> list[str]:
        return sorted(b.evaluate("aipgNetwork.body.data.edges.getIds()"))

    b.evaluate("var r = document.getElementById('year-to'); r.value = 2021; r.dispatchEvent(new Event('input')); true")
    assert visible_edges() == ["ibm|PARTNERS_WITH|keio", "keio|MEMBER_OF|ibm"]
    b.evaluate("var u = document.getElementById('undated'); u.click(); true")
    assert visible_edges() == ["keio|MEMBER_OF|ibm"]
    b.screenshot(ARTIFACTS / "html_view_2021.png")
    b.evaluate("var r = document.getElementById('year-from'); r.value = 2022; r.dispatchEvent(new Event('input')); true")
    assert b.evaluate("document.getElementById('year-to').value") == "2022"  # the range never turns inside out
    # nothing left: the page says so
    b.evaluate("document.querySelectorAll('#types input').forEach(function (c) { c.click(); }); true")
    assert visible_edges() == []
    assert b.evaluate("getComputedStyle(document.getElementById('empty')).display") == "block"
    assert "Nothing to draw with these filters" in b.evaluate("document.getElementById('empty').textContent")
    b.screenshot(ARTIFACTS / "html_view_empty.png")
    b.evaluate("document.querySelectorAll('#types input').forEach(function (c) { c.click(); }); true")
    b.evaluate("document.getElementById('undated').click(); var r = document.getElementById('year-from');"
               "r.value = r.min; r.dispatchEvent(new Event('input')); var t = document.getElementById('year-to');"
               "t.value = t.max; t.dispatchEvent(new Event('input')); true")
    assert len(visible_edges()) == g2.number_of_edges()
    assert b.evaluate("getComputedStyle(document.getElementById('empty')).display") == "none"

    # PNG of the current view: the canvas as drawn, on white
    import base64
    import struct

    png = base64.b64decode(b.evaluate("aipgPNG()").split(",", 1)[1])
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    width, height_px = struct.unpack(">II", png[16:24])
    assert (width, height_px) == tuple(b.evaluate("[document.querySelector('#network canvas').width,"
                                                 "document.querySelector('#network canvas').height]"))
    (tmp_path / "view.png").write_bytes(png)
    b.evaluate("document.getElementById('png').click(); true")
    assert b.errors() == [] and b.evaluate("typeof window.__xss") == "undefined"
    assert [u for u in b.requests() if not u.startswith(("file:", "data:"))] == []


@pytest.mark.browser
def test_empty_page_in_chromium(g, tmp_path, browser):
    b = browser
    _viewport(b)
    path = write_html(g, tmp_path / "empty.html", types=["FUNDS"], until="1990").path
    b.open(path.resolve().as_uri())
    b.wait_for("window.aipgDrawn")
    assert b.evaluate("document.getElementById('empty').textContent") == (
        "Nothing to draw: no relation matches --types FUNDS --until 1990. Loosen the filters.")
    assert b.evaluate("getComputedStyle(document.getElementById('empty')).display") == "block"
    assert b.errors() == []
    # a page drawn around one organization opens on its dossier
    path = write_html(g, tmp_path / "keio.html", focus="keio", documents=DOCS).path
    b.open(path.resolve().as_uri())
    b.wait_for("window.aipgDrawn")
    assert b.evaluate("document.querySelector('#details h3').textContent") == "Keio University"
    assert b.evaluate("aipgNetwork.getSelectedNodes()") == ["keio"]


def _random_network(nodes: int, edges: int, seed: int = 1) -> nx.MultiDiGraph:
    import random

    rng = random.Random(seed)
    labels = ("Company", "Company", "University", "Government", "Organization", "Program")
    entities = [Entity(f"n{i}", f"Organisation {i}", rng.choice(labels)) for i in range(nodes)]
    found: dict[tuple[str, str, str], Edge] = {}
    while len(found) < edges:
        # a few hubs, many small ones: preferential choice of the target
        a, t = rng.randrange(nodes), int(nodes * rng.random() ** 3)
        if a == t:
            continue
        typ = rng.choice(("MEMBER_OF", "FUNDS", "PARTNERS_WITH", "FOUNDED"))
        u, v = (f"n{min(a, t)}", f"n{max(a, t)}") if typ == "PARTNERS_WITH" else (f"n{a}", f"n{t}")
        year = str(rng.randint(2015, 2025))
        found[(u, typ, v)] = Edge(u, typ, v, rng.choice((1, 1, 2)), ("d",), ("s",), "stated", 0.8, year, year)
    return to_networkx(Graph(tuple(entities), tuple(found.values())))


@pytest.mark.browser
def test_thousand_nodes_and_the_budget_in_chromium(tmp_path, browser):
    b = browser
    _viewport(b)
    g = _random_network(1000, 2000)
    drawn = write_html(g, tmp_path / "big.html")
    b.open(drawn.path.resolve().as_uri())
    b.wait_for("window.aipgDrawn", timeout=60)
    labels = _labels(b)
    assert 20 < len(labels) < drawn.nodes and _no_overlap([l["rect"] for l in labels])
    assert b.evaluate("document.getElementById('notice').hidden") is True
    b.screenshot(ARTIFACTS / "html_view_1000.png")
    b.evaluate("aipgNetwork.moveTo({scale: aipgNetwork.getScale() * 3}); true")
    zoomed = _labels(b)
    assert _no_overlap([l["rect"] for l in zoomed])
    b.screenshot(ARTIFACTS / "html_view_1000_zoom.png")

    small = write_html(g, tmp_path / "budget.html", max_nodes=150)
    b.open(small.path.resolve().as_uri())
    b.wait_for("window.aipgDrawn", timeout=60)
    assert b.evaluate("aipgNetwork.body.data.nodes.length") == 150
    assert b.evaluate("document.getElementById('notice').textContent") == small.notice
    assert not b.evaluate("document.getElementById('notice').hidden")
    missing = next(n for n in g if n not in {x for x in b.evaluate("aipgNetwork.body.data.nodes.getIds()")}
                   and g.degree(n))
    name = g.nodes[missing]["name"]
    b.screenshot(ARTIFACTS / "html_view_budget.png")
    # searching an entity left out draws it with its whole neighbourhood, and its dossier lists every relation
    b.evaluate(f"document.getElementById('search-input').value = {json.dumps(name)};"
               "document.getElementById('search').requestSubmit(); true")
    degree = g.degree(missing)
    assert b.evaluate("document.getElementById('search-msg').textContent") == (
        f"{name} was not drawn: added with its {degree} relation(s).")
    b.wait_for(f"document.querySelector('#details h3') && document.querySelector('#details h3').textContent === {json.dumps(name)}")
    assert f"Relations ({degree})" in b.evaluate("document.getElementById('details').textContent")
    around = {u for u, v in g.to_undirected(as_view=True).edges(missing)} | {
        v for u, v in g.to_undirected(as_view=True).edges(missing)}
    assert around <= set(b.evaluate("aipgNetwork.body.data.nodes.getIds()"))
    time.sleep(0.6)
    assert _no_overlap([l["rect"] for l in _labels(b)])
    b.screenshot(ARTIFACTS / "html_view_budget_search.png")
    # a drawn entity with relations left out offers to draw them
    counts = b.evaluate("(function(){var o = {}; aipgNetwork.body.data.nodes.getIds().forEach(function (i) {"
                        "o[i] = aipgNetwork.getConnectedEdges(i).length; }); return o;})()")
    partial = next(i for i, n in sorted(counts.items()) if g.degree(i) > n)
    b.evaluate(f"aipgFocus({json.dumps(partial)}); true")
    b.evaluate("Array.from(document.querySelectorAll('#details button')).find(x => x.textContent.indexOf('Draw its') === 0).click(); true")
    assert len(b.evaluate(f"aipgNetwork.getConnectedEdges({json.dumps(partial)})")) == g.degree(partial)
    assert b.errors() == []


@pytest.mark.browser
def test_budget_without_the_relations_gives_the_command(tmp_path, browser, monkeypatch):
    import aipg.graph.html as view

    b = browser
    _viewport(b)
    monkeypatch.setattr(view, "MAX_MORE_EDGES", 10)
    g = _random_network(400, 800)
    drawn = write_html(g, tmp_path / "budget.html", max_nodes=50)
    b.open(drawn.path.resolve().as_uri())
    b.wait_for("window.aipgDrawn")
    shown = set(b.evaluate("aipgNetwork.body.data.nodes.getIds()"))
    name = next(g.nodes[n]["name"] for n in sorted(g) if n not in shown and g.degree(n))
    b.evaluate(f"document.getElementById('search-input').value = {json.dumps(name)};"
               "document.getElementById('search').requestSubmit(); true")
    assert b.evaluate("document.getElementById('search-msg').textContent") == (
        f"{name} is not drawn here: run aipg html --focus \u201c{name}\u201d to draw its neighbourhood.")
    assert set(b.evaluate("aipgNetwork.body.data.nodes.getIds()")) == shown
    assert b.errors() == []


# --------------------------------------------------------------------------- the example corpus, end to end
EXAMPLES = Path(__file__).resolve().parent.parent / "examples" / "corpus"


@pytest.fixture(scope="module")
def example_store(tmp_path_factory):
    from click.testing import CliRunner

    from aipg.cli import cli

    store = tmp_path_factory.mktemp("examples") / "examples.lbug"
    r = CliRunner().invoke(cli, ["build", str(EXAMPLES), "--store", str(store)], prog_name="aipg")
    assert r.exit_code == 0, r.output
    return store


def _aipg(*args: str):
    from click.testing import CliRunner

    from aipg.cli import cli

    return CliRunner().invoke(cli, list(args), prog_name="aipg")


def test_cli_html_budget_and_empty_notes(example_store, tmp_path):
    out = tmp_path / "small.html"
    r = _aipg("html", "--store", str(example_store), "-o", str(out), "--max-nodes", "12")
    assert r.exit_code == 0, r.output
    total = _data(out.read_text(encoding="utf-8"))
    shown = len(total["nodes"]) + len(total["unlisted"])
    assert r.stderr == f"note: drew 12 of {shown} entities (--max-nodes 12)\n"
    assert r.stdout.splitlines()[0] == f"wrote {out}"
    r = _aipg("html", "--store", str(example_store), "-o", str(tmp_path / "none.html"), "--type", "FUNDS",
              "--until", "1900")
    assert r.exit_code == 0 and r.stderr == "note: nothing matches these filters: the page says so\n"
    r = _aipg("html", "--store", str(example_store), "-o", str(tmp_path / "x.html"), "--max-nodes", "0")
    assert r.exit_code == 2 and "--max-nodes" in r.stderr


@pytest.mark.browser
def test_example_corpus_in_chromium(example_store, tmp_path, browser):
    b = browser
    _viewport(b)
    out = tmp_path / "examples.html"
    r = _aipg("html", "--store", str(example_store), "-o", str(out))
    assert r.exit_code == 0, r.output
    b.open(out.resolve().as_uri())
    b.wait_for("window.aipgDrawn")
    labels = _labels(b)
    assert len(labels) >= 20 and _no_overlap([l["rect"] for l in labels])
    b.screenshot(ARTIFACTS / "html_view_example.png")
    # find Mistral AI by a lower-case alias: its dossier lists who funds it, with the sentences and articles
    b.evaluate("document.getElementById('search-input').value = 'mistral ai';"
               "document.getElementById('search').requestSubmit(); true")
    b.wait_for("document.querySelector('#details h3') && document.querySelector('#details h3').textContent === 'Mistral AI'")
    rels = b.evaluate("Array.from(document.querySelectorAll('#details .rel')).map(function (r) {"
                      "return [r.firstChild.textContent, r.querySelectorAll('blockquote').length,"
                      "r.querySelectorAll('a[href^=\"https://example.org/illustrative/\"]').length]; })")
    funders = [r for r in rels if r[0].startswith("\u2190 FUNDS")]
    assert funders and all(n_sentences >= 1 and n_links >= 1 for _, n_sentences, n_links in funders)
    time.sleep(0.6)
    b.screenshot(ARTIFACTS / "html_view_example_mistral.png")
    assert b.errors() == []


def test_claims_are_asked_for_the_drawn_documents_only(tmp_path):
    g = _star_network(programs=8, members=9)
    edge_of = {}
    for i, (u, v, k) in enumerate(g.edges(keys=True)):
        g.edges[u, v, k]["sources"] = [f"doc-{i}"]
        edge_of[f"doc-{i}"] = (u, v, k)
    asked: list[list[str]] = []

    def claims_of(ids):
        asked.append(ids)
        return [Claim(d, edge_of[d][2], edge_of[d][0], edge_of[d][1], "stated", 0.9, f"Sentence of {d}.", 0, 0, 5, "r")
                for d in ids]

    drawn = write_html(g, tmp_path / "v.html", claims=claims_of, max_nodes=10)
    data = _data(drawn.path.read_text(encoding="utf-8"))
    assert asked == [sorted(s for e in data["edgeInfo"].values() for s in (d["id"] for d in e["documents"]))]
    assert 0 < len(asked[0]) < g.number_of_edges()
    for edge_id, info in data["edgeInfo"].items():
        (doc,) = [d["id"] for d in info["documents"]]
        assert info["evidence"] == [{"text": f"Sentence of {doc}.", "date": None,
                                     "doc": {"id": doc, "title": None, "date": None, "url": None}}]


# --------------------------------------------------------------------------- chosen on arrays, from the store
VIEWS = [
    {},
    {"max_nodes": 12},
    {"max_nodes": 5, "types": ["FUNDS", "MEMBER_OF"]},
    {"labels": ["Company", "Program"], "min_confidence": 0.5},
    {"since": "2024", "max_nodes": 20},
    {"until": "2023-06", "status": ["stated"]},
    {"min_weight": 2},
]


def test_store_arrays_draw_what_the_mirror_draws(example_store, tmp_path):
    """The CLI chooses from the store's Arrow columns and reads attributes for the drawn part
    alone; a whole mirror of the same store gives the same page, filters, focus and budget alike."""
    from aipg.graph import selection
    from aipg.graph.config import Settings
    from aipg.graph.html import document_index
    from aipg.graph.mirror import mirror
    from aipg.graph.stores import open_store

    with open_store(Settings(store=str(example_store)), read_only=True) as st:
        g, net, docs = mirror(st), selection.from_store(st), document_index(st.documents())
        claims = lambda ids: [c for d in ids for c in st.claims(d)]  # noqa: E731
        hub = max(g, key=g.degree)
        for i, view in enumerate([*VIEWS, {"focus": hub, "max_nodes": 6}, {"focus": hub, "depth": 2}]):
            pages = [_data(write_html(source, tmp_path / f"{i}-{n}.html", documents=docs, claims=claims, **view)
                           .path.read_text(encoding="utf-8")) for n, source in enumerate((g, net))]
            assert pages[0] == pages[1], view
            assert pages[0]["nodes"] or view.get("until"), view


def test_arrays_filter_as_the_mirror_does(example_store):
    """graph.selection's filters on arrays keep what graph.analysis.subgraph keeps (view_graph)."""
    from aipg.graph import selection
    from aipg.graph.config import Settings
    from aipg.graph.mirror import mirror
    from aipg.graph.stores import open_store

    with open_store(Settings(store=str(example_store)), read_only=True) as st:
        g, net = mirror(st), selection.from_store(st)
    for view in VIEWS[2:]:
        filters = {k: v for k, v in view.items() if k != "max_nodes"}
        node, edge = selection.shown(net, **filters)
        kept = {(net.ids[net.source[k]], net.ids[net.target[k]], selection.REL_TYPES[net.types[k]])
                for k in edge.nonzero()[0]}
        expected = view_graph(g, **filters)
        assert kept == set(expected.edges(keys=True)) and kept, view
        assert {net.ids[i] for i in node.nonzero()[0]} == set(expected), view
