"""Names a user types -> entity ids, the same way everywhere (CLI arguments, named-query
parameters, the dossier, the HTML view).

Tiers, tried in order; the first that finds anything decides:

1. the exact id;
2. a name or alias equal by graph.ids.norm (case, accents, punctuation);
3. the same with legal forms and a leading article folded away on both sides
   ("Sony Group" finds Sony, "Mistral AI SAS" finds Mistral AI, "l'AFP" finds AFP);
4. the start of a name ("mistral" finds Mistral AI), whole words only, so
   "It" never finds "Italy";
5. a close spelling (rapidfuzz ratio >= FUZZY_CUTOFF on the folded forms, 4
   characters or more: "Mistrall AI").

A tier that finds one entity returns it; one that finds several raises
graph.errors.UnknownEntity listing them ("did you mean"); nothing at all
raises it with the closest candidates.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable

import networkx as nx
from rapidfuzz import fuzz, process

from aipg.graph.errors import UnknownEntity
from aipg.graph.ids import norm
from aipg.graph.model import Entity

CANDIDATES = 3
#: A close spelling is accepted at this rapidfuzz ratio (0-100) of the folded forms.
FUZZY_CUTOFF = 88
#: Candidates offered in "did you mean" score at least this (see :func:`closeness`).
SUGGEST_CUTOFF = 60
#: Words that say what kind of company a name is, not which one: folded away by tier 3.
LEGAL_FORMS = frozenset({
    "inc", "incorporated", "corp", "corporation", "co", "company", "ltd", "limited", "llc", "llp", "plc",
    "sa", "sas", "sasu", "sarl", "se", "gmbh", "ag", "nv", "bv", "spa", "srl", "kk", "pte", "pty",
    "group", "groupe", "holding", "holdings",
})
ARTICLES = frozenset({"the", "l", "le", "la", "les"})


def fold(text: str) -> str:
    """norm() without a leading article and trailing legal forms.

    >>> fold("The Sony Group Corp."), fold("l'AFP"), fold("Groupe")
    ('sony', 'afp', 'groupe')
    """
    words = norm(text).split()
    if len(words) > 1 and words[0] in ARTICLES:
        words = words[1:]
    while len(words) > 1 and words[-1] in LEGAL_FORMS:
        words = words[:-1]
    return " ".join(words)


def closeness(a: str, b: str, **_: object) -> float:
    """rapidfuzz's ratio of two folded forms, also compared without spaces ("open ai" ~ "openai").

    Partial-match scorers (WRatio) rank any name sharing a short word first: not a good guess.

    >>> round(closeness("open ai labs", "openai")), round(closeness("open ai labs", "open philanthropy"))
    (75, 55)
    """
    return max(fuzz.ratio(a, b), fuzz.ratio(a.replace(" ", ""), b.replace(" ", "")))


@dataclass(frozen=True)
class Index:
    """Every entity's name and aliases, ready to be looked up."""

    names: dict[str, str]  # id -> display name
    forms: dict[str, frozenset[str]]  # norm(form) -> ids
    folded: dict[str, frozenset[str]]  # fold(form) -> ids

    @classmethod
    def of(cls, source: nx.MultiDiGraph | Iterable[Entity]) -> "Index":
        """From the mirror or from Entity values (a store's ``entities()``)."""
        if isinstance(source, nx.Graph):
            items = [(n, d.get("name") or n, d.get("aliases") or ()) for n, d in source.nodes(data=True)]
        else:
            items = [(e.id, e.name, e.aliases) for e in source]
        names: dict[str, str] = {}
        forms: dict[str, set[str]] = {}
        folded: dict[str, set[str]] = {}
        for id_, name, aliases in items:
            names[id_] = name
            for text in (name, *aliases):
                for key, table in ((norm(text), forms), (fold(text), folded)):
                    if key:
                        table.setdefault(key, set()).add(id_)
        return cls(names, {k: frozenset(v) for k, v in forms.items()},
                   {k: frozenset(v) for k, v in folded.items()})

    def describe(self, ids: Iterable[str]) -> str:
        return ", ".join(f"{self.names.get(i) or i} ({i})" for i in ids)

    def matches(self, name: str) -> list[str]:
        """The ids of the first tier that finds anything (see the module docstring)."""
        if name in self.names:
            return [name]
        key, short = norm(name), fold(name)
        if not key:
            return []
        for hit in (self.forms.get(key), self.folded.get(short)):
            if hit:
                return sorted(hit)
        prefix = short + " "
        starts = sorted({i for form, ids in self.folded.items() if form.startswith(prefix) for i in ids})
        if starts:
            return starts
        if len(short) < 4:
            return []
        close = process.extract(short, list(self.folded), scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF, limit=None)
        return sorted({i for form, _, _ in close for i in self.folded[form]})

    def candidates(self, name: str, *, limit: int = CANDIDATES, cutoff: float = 0) -> list[str]:
        """Ids whose name or an alias is closest to ``name``, best first."""
        scored = process.extract(fold(name), list(self.folded), scorer=closeness, score_cutoff=cutoff, limit=None)
        out: list[str] = []
        for form, _score, _ in scored:
            out += [n for n in sorted(self.folded[form]) if n not in out]
            if len(out) >= limit:
                break
        return out[:limit]

    def resolve(self, name: str) -> str:
        """The id of the one entity ``name`` designates (UnknownEntity otherwise)."""
        found = self.matches(name)
        if len(found) == 1:
            return found[0]
        if found:
            raise UnknownEntity(f'"{name}" names {len(found)} entities: {self.describe(found)}; give the id instead')
        if not self.names:
            raise UnknownEntity(f'no entity named "{name}": the graph is empty; ingest documents first')
        # two letters ("It") are close to too many names for a suggestion to mean anything
        near = self.candidates(name, cutoff=SUGGEST_CUTOFF) if len(norm(name)) > 2 else []
        if near:
            raise UnknownEntity(f'no entity named "{name}": did you mean {self.describe(near)}?')
        raise UnknownEntity(f'no entity named "{name}": check the spelling, or list names with `aipg centrality`')


def candidates(g: nx.MultiDiGraph, name: str, *, limit: int = CANDIDATES) -> list[str]:
    """Ids of the entities whose name or an alias is closest to ``name``, best first."""
    return Index.of(g).candidates(name, limit=limit)


def resolve(source: nx.MultiDiGraph | Iterable[Entity], name: str) -> str:
    """The id of the one entity called ``name`` (by id, name, alias or close spelling).

    >>> from aipg.graph.mirror import to_networkx
    >>> from aipg.graph.model import Graph
    >>> g = to_networkx(Graph((Entity("openai", "OpenAI", "Company", ("Open AI Inc",)),
    ...                        Entity("mistral-ai", "Mistral AI", "Company"),
    ...                        Entity("open-philanthropy", "Open Philanthropy", "Organization")), ()))
    >>> resolve(g, "openai"), resolve(g, "open ai inc."), resolve(g, "mistral"), resolve(g, "Mistral AI SAS")
    ('openai', 'openai', 'mistral-ai', 'mistral-ai')
    >>> resolve(g, "Open AI Labs")
    Traceback (most recent call last):
    ...
    aipg.graph.errors.UnknownEntity: no entity named "Open AI Labs": did you mean OpenAI (openai)?
    """
    return Index.of(source).resolve(name)
