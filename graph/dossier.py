"""Everything the graph says about one organization, with the sentences behind it.

``dossier(store_or_mirror, name)`` finds the entity the way graph.lookup does
(id, name, alias, close spelling) and returns a frozen Dossier: who it is,
and every relation in and out with its status, amount, dates, number of
documents and each backing sentence with its document's title, date and URL.
``to_text``, ``to_markdown`` and ``to_rows`` render it; the HTML view shows the
same value.

>>> from aipg.graph.mirror import to_networkx
>>> from aipg.graph.model import Edge, Entity, Graph
>>> g = to_networkx(Graph((Entity("a", "Acme", "Company"), Entity("p", "Gaia", "Program")),
...     (Edge("a", "FUNDS", "p", 1, ("d1",), ("Acme funds Gaia.",), "stated", 0.9, "2024", "2024"),)))
>>> d = dossier(g, "gaia")
>>> [(r.role, r.other_name, r.sentences[0].text) for r in d.relations]
[('funded by', 'Acme', 'Acme funds Gaia.')]
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any, Iterable

import networkx as nx

from aipg.graph.lookup import Index
from aipg.graph.model import Claim, Document
from aipg.graph.money import format_money
from aipg.graph.schema import SYMMETRIC
from aipg.graph.text import md_escape, terminal_safe  # noqa: F401 (graph.dossier.terminal_safe, as before)

#: (type, direction) -> how the relation reads from the dossier's entity, in reading order.
#: "out": the entity is the source; "in": the target; "mutual": a symmetric type.
ROLES: dict[tuple[str, str], str] = {
    ("FUNDS", "in"): "funded by",
    ("FUNDS", "out"): "funds",
    ("PARTNERS_WITH", "mutual"): "partners with",
    ("SIGNS_MOU_WITH", "mutual"): "signed an agreement with",
    ("MEMBER_OF", "out"): "member of",
    ("MEMBER_OF", "in"): "members",
    ("FOUNDED", "out"): "founded",
    ("FOUNDED", "in"): "founded by",
    ("EXCLUDED_FROM", "out"): "not part of",
    ("EXCLUDED_FROM", "in"): "does not include",
}
_ORDER = {role: i for i, role in enumerate(ROLES.values())}


@dataclass(frozen=True)
class Sentence:
    """One claim's sentence and where it was read."""

    text: str
    status: str
    document: str | None = None
    title: str | None = None
    published: str | None = None
    url: str | None = None
    date: str | None = None
    amount_text: str | None = None


@dataclass(frozen=True)
class Relation:
    """One summary edge as seen from the dossier's entity."""

    type: str
    direction: str  # "out", "in" or "mutual"
    role: str  # ROLES[(type, direction)]
    other: str
    other_name: str
    other_label: str
    status: str
    confidence: float
    documents: int
    first_seen: str | None = None
    last_seen: str | None = None
    amount: float | None = None
    currency: str | None = None
    amount_text: str | None = None
    sentences: tuple[Sentence, ...] = ()


@dataclass(frozen=True)
class Dossier:
    id: str
    name: str
    label: str
    country: str | None
    aliases: tuple[str, ...]
    relations: tuple[Relation, ...]

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    def roles(self) -> list[tuple[str, list[Relation]]]:
        """(role, its relations) in reading order, roles with no relation left out."""
        out: dict[str, list[Relation]] = {}
        for r in self.relations:
            out.setdefault(r.role, []).append(r)
        return list(out.items())


def dossier(source, name: str, *, claims: Iterable[Claim] | None = None,
            documents: Iterable[Document] | None = None) -> Dossier:
    """The dossier of the entity ``name`` designates (graph.errors.UnknownEntity if none).

    ``source`` is a store (its claims and documents are read too) or the
    mirror; with a mirror, give ``claims`` and ``documents`` for the sentences'
    articles, else the sentences come from the edges' evidence alone.
    """
    if isinstance(source, nx.Graph):
        g, node = source, Index.of(source).resolve(name)
    else:  # only this entity's edges go into a mirror: building the whole one costs most of the time
        from aipg.graph.mirror import to_networkx
        from aipg.graph.model import Graph

        entities = source.entities()
        node = Index.of(entities).resolve(name)
        edges = tuple(e for e in source.edges() if node in (e.source, e.target))
        near = {node} | {x for e in edges for x in (e.source, e.target)}
        g = to_networkx(Graph(tuple(e for e in entities if e.id in near), edges))
        claims, documents = source.claims(), source.documents()
    return _dossier(g, node, _by_key(c for c in claims or () if node in (c.source, c.target)),
                    {d.id: d for d in documents or ()})


def dossiers(g: nx.MultiDiGraph, *, claims: Iterable[Claim] = (),
             documents: Iterable[Document] = ()) -> dict[str, Dossier]:
    """The dossier of every entity of the mirror, by id, reading the claims once (for the HTML view)."""
    by_key, docs = _by_key(claims), {d.id: d for d in documents}
    return {n: _dossier(g, n, by_key, docs) for n in g}


Key = tuple[str, str, str]


def _by_key(claims: Iterable[Claim]) -> dict[Key, list[Claim]]:
    out: dict[Key, list[Claim]] = {}
    for c in claims:
        out.setdefault((c.source, c.type, c.target), []).append(c)
    return out


def _dossier(g: nx.MultiDiGraph, node: str, by_key: dict[Key, list[Claim]], docs: dict[str, Document]) -> Dossier:
    edges = {(u, v, t): d for u, v, t, d in [*g.out_edges(node, keys=True, data=True),
                                              *g.in_edges(node, keys=True, data=True)]}  # a loop once
    relations = [_relation(g, node, u, v, t, d, by_key.get((u, t, v)), docs) for (u, v, t), d in edges.items()]
    relations.sort(key=lambda r: (_ORDER[r.role], r.other_name.casefold(), r.other))
    attrs = g.nodes[node]
    return Dossier(node, attrs.get("name") or node, attrs.get("label") or "", attrs.get("country"),
                   tuple(attrs.get("aliases") or ()), tuple(relations))


def _relation(g: nx.MultiDiGraph, node: str, u: str, v: str, type_: str, edge: dict,
              claims: list[Claim] | None, docs: dict[str, Document]) -> Relation:
    other = v if u == node else u
    direction = "mutual" if type_ in SYMMETRIC else ("out" if u == node else "in")
    if claims:
        sentences = tuple(_sentence(c, docs.get(c.document_id))
                          for c in sorted(claims, key=lambda c: (c.date or _published(docs, c) or "", c.document_id,
                                                                 c.sentence)))
    else:
        sentences = tuple(Sentence(text, edge.get("status") or "") for text in edge.get("evidence") or ())
    o = g.nodes[other]
    return Relation(
        type=type_, direction=direction, role=ROLES[(type_, direction)], other=other,
        other_name=o.get("name") or other, other_label=o.get("label") or "", status=edge.get("status") or "",
        confidence=float(edge.get("confidence") or 0.0), documents=int(edge.get("weight") or 0),
        first_seen=edge.get("first_seen"), last_seen=edge.get("last_seen"), amount=edge.get("amount"),
        currency=edge.get("currency"), amount_text=edge.get("amount_text"), sentences=sentences,
    )


def _published(docs: dict[str, Document], c: Claim) -> str | None:
    d = docs.get(c.document_id)
    return d.published if d else None


def _sentence(c: Claim, doc: Document | None) -> Sentence:
    return Sentence(c.evidence, c.status, c.document_id, doc.title if doc else None,
                    doc.published if doc else None, doc.url if doc else None, c.date, c.amount_text)


# --------------------------------------------------------------------------- rendering
def money(r: Relation) -> str:
    """The amount as the text stated it, else in words with its currency; "" without one."""
    if r.amount_text:
        return r.amount_text
    return format_money(r.amount, r.currency)  # "$4 billion", never "4e+09"


def seen(r: Relation) -> str:
    """'2024-02' or '2023-12 to 2024-02' ('' when undated)."""
    first, last = r.first_seen, r.last_seen
    if first and last and first != last:
        return f"{first} to {last}"
    return first or last or ""


def _docs(n: int) -> str:
    return f"{n} document{'s' * (n != 1)}"


def _source(s: Sentence) -> str:
    return ", ".join(x for x in (s.title, s.published, s.url) if x) or "(source not stored)"


def _header(d: Dossier) -> list[str]:
    return [
        f"{d.name} ({d.id})",
        f"{d.label}{', ' + d.country if d.country else ''}; {len(d.relations)} "
        f"relation{'s' * (len(d.relations) != 1)}",
        f"aliases: {', '.join(d.aliases) if d.aliases else '-'}",
    ]


def to_text(d: Dossier) -> str:
    """The dossier for a terminal: one block per role, each relation with its sentences."""
    lines = _header(d)
    for role, relations in d.roles():
        lines += ["", f"{role} ({len(relations)})"]
        for r in relations:
            facts = [r.status, money(r), seen(r), _docs(r.documents)]
            lines.append(f"  {r.other_name} ({r.other_label}): {', '.join(f for f in facts if f)}")
            for s in r.sentences:
                hedge = " (potential)" if s.status == "potential" else ""
                lines.append(f'    "{" ".join(s.text.split())}"{hedge}')
                lines.append(f"      {_source(s)}")
    if not d.relations:
        lines += ["", "no relation stored for this entity"]
    return terminal_safe("\n".join(lines))


def to_markdown(d: Dossier) -> str:
    """The dossier as Markdown: a table per role, then its sentences with their articles."""
    lines = [f"# {md_escape(d.name)}", "", f"- id: `{d.id}`", f"- label: {d.label}"]
    lines += [f"- country: {d.country}"] if d.country else []
    lines += [f"- aliases: {', '.join(md_escape(a) for a in d.aliases) or '-'}"]
    for role, relations in d.roles():
        lines += ["", f"## {role.capitalize()}", "", "| organization | label | status | amount | seen | documents |",
                  "| --- | --- | --- | --- | --- | --- |"]
        lines += [f"| {md_escape(r.other_name)} | {r.other_label} | {r.status} | {md_escape(money(r))} | {seen(r)} | {r.documents} |"
                  for r in relations]
        lines.append("")
        for r in relations:
            for s in r.sentences:
                where = md_escape(s.title or s.document or "")
                link = f"[{where}](<{s.url}>)" if s.url and where else where
                when = f", {s.published}" if s.published else ""
                hedge = " *(potential)*" if s.status == "potential" else ""
                lines.append(f"- **{md_escape(r.other_name)}**: \u201c{md_escape(s.text)}\u201d{hedge} ({link}{when})")
    if not d.relations:
        lines += ["", "No relation stored for this entity."]
    return "\n".join(lines) + "\n"


ROW_COLUMNS = ("role", "type", "other", "other_name", "other_label", "status", "amount", "currency", "amount_text",
               "first_seen", "last_seen", "documents", "sentence", "sentence_status", "document", "title", "published",
               "url")


def to_rows(d: Dossier) -> list[tuple[Any, ...]]:
    """One row per (relation, sentence), columns ROW_COLUMNS: the dossier as a table for CSV."""
    rows = []
    for r in d.relations:
        for s in r.sentences or (Sentence("", r.status),):
            rows.append((r.role, r.type, r.other, r.other_name, r.other_label, r.status, r.amount, r.currency,
                         r.amount_text, r.first_seen, r.last_seen, r.documents, s.text, s.status, s.document,
                         s.title, s.published, s.url))
    return rows


