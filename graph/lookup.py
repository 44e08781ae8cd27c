"""Names given on the command line -> entity ids of the mirror.

Order: the exact id; then graph.ids.norm of the name against each entity's
name and aliases (case-, accent- and punctuation-insensitive); failing that,
graph.errors.UnknownEntity listing the closest candidates by rapidfuzz.
"""

from __future__ import annotations

import networkx as nx
from rapidfuzz import fuzz, process

from aipg.graph.errors import UnknownEntity
from aipg.graph.ids import norm

CANDIDATES = 3


def _forms(g: nx.MultiDiGraph) -> dict[str, set[str]]:
    """norm(surface form) -> ids of the entities that carry it."""
    forms: dict[str, set[str]] = {}
    for n, d in g.nodes(data=True):
        for text in [d.get("name") or "", *(d.get("aliases") or [])]:
            key = norm(text)
            if key:
                forms.setdefault(key, set()).add(n)
    return forms


def _describe(g: nx.MultiDiGraph, ids: list[str]) -> str:
    return ", ".join(f"{g.nodes[i].get('name') or i} ({i})" for i in ids)


def candidates(g: nx.MultiDiGraph, name: str, *, limit: int = CANDIDATES) -> list[str]:
    """Ids of the entities whose name or an alias is closest to ``name``, best first."""
    forms = _forms(g)
    scored = process.extract(norm(name), list(forms), scorer=fuzz.WRatio, limit=len(forms))
    out: list[str] = []
    for form, _score, _ in scored:
        for n in sorted(forms[form]):
            if n not in out:
                out.append(n)
        if len(out) >= limit:
            break
    return out[:limit]


def resolve(g: nx.MultiDiGraph, name: str) -> str:
    """The id of the one entity called ``name``.

    >>> from graph.model import Graph, Entity
    >>> from graph.mirror import to_networkx
    >>> g = to_networkx(Graph((Entity("openai", "OpenAI", "Company", ("Open AI Inc",)),
    ...                        Entity("open-philanthropy", "Open Philanthropy", "Organization")), ()))
    >>> resolve(g, "openai"), resolve(g, "open ai inc.")
    ('openai', 'openai')
    >>> resolve(g, "Open A.I. Foundation")
    Traceback (most recent call last):
    ...
    graph.errors.UnknownEntity: no entity named "Open A.I. Foundation": did you mean OpenAI (openai), Open Philanthropy (open-philanthropy)?
    """
    if name in g:
        return name
    if g.number_of_nodes() == 0:
        raise UnknownEntity(f'no entity named "{name}": the graph is empty; ingest documents first')
    matches = sorted(_forms(g).get(norm(name), ()))
    if len(matches) == 1:
        return matches[0]
    if matches:
        raise UnknownEntity(f'"{name}" names {len(matches)} entities: {_describe(g, matches)}; give the id instead')
    raise UnknownEntity(f'no entity named "{name}": did you mean {_describe(g, candidates(g, name))}?')
