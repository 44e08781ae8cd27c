"""The named read queries of ``cypher/queries/``: load, list, check parameters, run.

A query is ``cypher/queries/<name>.cypher`` when one text suits both
dialects, or ``<name>.neo4j.cypher`` + ``<name>.ladybug.cypher`` where they
differ. Its header comments say what it answers and what it needs::

    // answers: Which organizations are members of a program?
    // param program: the program's name or any alias, any case (example: AI Alliance)
    // dialects: (per-dialect files only) why the texts differ
    // anchor: source, target   (optional) parameters given as names that are first turned
    //                          into the list of entity ids they name (cypher/<dialect>/entity_ids_by_name)

Run with a row limit (``aipg query`` shows 1,000 rows unless told otherwise), a
query returns its first rows in its own ORDER BY, cut in the statement itself:
the text ends with ``LIMIT $limit``, or a ``<name>.first.cypher`` (or
``<name>.first.<dialect>.cypher``) gives a form that reaches those rows without
reading the whole store (document-mentions: the first documents, then their
mentions; mous-by-year: the years with their claim counts, then the rows of the
first years only, see :func:`_by_keys`). ``$limit``, ``$window`` and ``$keys``
are the runner's parameters, never a query's.

Entities are matched by name or alias, case-insensitively; the parameter is
lower-cased in a ``WITH`` before the ``MATCH`` because LadybugDB does not take
a ``$parameter`` inside a list predicate such as ``any(a IN n.aliases WHERE ...)``.
Before that, :func:`run` resolves every parameter that names an organization
(its header says "name or any alias") as graph.lookup does everywhere else:
"Sony Group", "mistral" or "Mistrall AI" reach the query as the stored name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Iterable, Mapping

from aipg import cypher
from aipg.graph.errors import UsageError
from aipg.graph.stores.base import QueryResult, Store

DIALECTS = ("ladybug", "neo4j")
#: Rows ``aipg query`` prints unless ``--limit`` says otherwise (0: all).
DEFAULT_LIMIT = 1000
#: Parameter names the runner gives the first-rows forms: no query may declare them.
RESERVED = frozenset({"limit", "window", "keys"})
#: How many times a first-rows form that reads a window of documents (``$window``) may widen it
#: (x4 each time) when the window held too few rows; then the whole text runs with LIMIT.
WIDEN = 2
_HEADER = re.compile(r"^//\s*(answers|param|dialects|anchor)\b\s*([^:]*):\s*(.*)$")
_EXAMPLE = re.compile(r"^(.*?)\s*\(example:\s*(.*)\)\s*$")
_PARAM_USE = re.compile(r"\$([A-Za-z_][A-Za-z0-9_]*)")
_NAME = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


@dataclass(frozen=True)
class Parameter:
    name: str
    description: str
    example: str

    @property
    def names_entity(self) -> bool:
        """True when the value names an organization (resolved by graph.lookup before the query runs)."""
        return "name or any alias" in self.description


@dataclass(frozen=True)
class NamedQuery:
    """One library query: what it answers, its parameters, and its text per dialect."""

    name: str
    answers: str
    parameters: tuple[Parameter, ...]
    texts: Mapping[str, str]
    dialect_note: str = ""
    #: Parameters given as names that are turned into the list of ids they name before the query runs.
    anchors: tuple[str, ...] = ()
    #: Per dialect, the form that returns only the first ``$limit`` rows (see :func:`first_form`).
    firsts: Mapping[str, str] | None = None

    def text(self, dialect: str) -> str:
        return self.texts[dialect]

    def first(self, dialect: str) -> str:
        """The statement giving the first ``$limit`` rows of :meth:`text`, in its order."""
        return (self.firsts or {}).get(dialect) or first_form(self.texts[dialect])


def first_form(text: str) -> str:
    """``text`` cut in the statement: its last clause (RETURN ... ORDER BY ...) with ``LIMIT $limit``.

    >>> first_form("// c\nMATCH (n) RETURN n.id AS id\nORDER BY id;\n")
    '// c\nMATCH (n) RETURN n.id AS id\nORDER BY id\nLIMIT $limit'
    """
    return text.rstrip().rstrip(";").rstrip() + "\nLIMIT $limit"


def parse_header(text: str) -> dict[str, Any]:
    """The header comments of a query file.

    >>> parse_header("// answers: Who?\\n// param x: a name (example: IBM)\\nMATCH (n) RETURN n")
    {'answers': 'Who?', 'parameters': [('x', 'a name', 'IBM')], 'dialects': ''}
    """
    out: dict[str, Any] = {"answers": "", "parameters": [], "dialects": ""}
    for line in text.splitlines():
        if not line.lstrip().startswith("//"):
            break
        m = _HEADER.match(line.strip())
        if not m:
            continue
        key, arg, value = m.group(1), m.group(2).strip(), m.group(3).strip()
        if key == "param":
            ex = _EXAMPLE.match(value)
            desc, example = (ex.group(1), ex.group(2)) if ex else (value, "")
            out["parameters"].append((arg, desc, example))
        elif key == "anchor":
            out["anchors"] = [a.strip() for a in value.split(",") if a.strip()]
        else:
            out[key] = value
    return out


def parameters_used(text: str) -> set[str]:
    """``$names`` in a query text, comments left out."""
    body = "\n".join(l for l in text.splitlines() if not l.lstrip().startswith("//"))
    return set(_PARAM_USE.findall(body))


def _texts(name: str) -> dict[str, str] | None:
    """Per dialect, ``cypher/queries/<name>.cypher`` or ``<name>.<dialect>.cypher``; None if neither."""
    folder = cypher.ROOT / "queries"
    if (folder / f"{name}.cypher").is_file():
        shared = cypher.load("queries", name)
        return {d: shared for d in DIALECTS}
    if all((folder / f"{name}.{d}.cypher").is_file() for d in DIALECTS):
        return {d: cypher.load("queries", f"{name}.{d}") for d in DIALECTS}
    return None


@lru_cache(maxsize=None)
def _load() -> dict[str, NamedQuery]:
    folder = cypher.ROOT / "queries"
    names = sorted({p.name.split(".")[0] for p in folder.glob("*.cypher")})
    out: dict[str, NamedQuery] = {}
    for name in names:
        texts = _texts(name)
        if texts is None:
            raise FileNotFoundError(f"cypher/queries/{name}: give {name}.cypher or one file per dialect")
        header = parse_header(texts["neo4j"])
        reserved = RESERVED & {p[0] for p in header["parameters"]}
        if reserved:
            raise ValueError(f"cypher/queries/{name}: parameter ${min(reserved)} is the runner's: rename it")
        out[name] = NamedQuery(
            name=name,
            answers=header["answers"],
            parameters=tuple(Parameter(*p) for p in header["parameters"]),
            texts=texts,
            dialect_note=header["dialects"],
            anchors=tuple(header.get("anchors", ())),
            firsts=_texts(f"{name}.first"),
        )
    return out


def library() -> list[NamedQuery]:
    """Every named query, by name."""
    return list(_load().values())


def listing() -> list[tuple[str, str, str]]:
    """(name, what it answers, parameters) for ``aipg query --list``."""
    return [(q.name, q.answers, ", ".join(p.name for p in q.parameters)) for q in library()]


def is_named(text: str) -> bool:
    return text in _load()


def get(name: str) -> NamedQuery:
    try:
        return _load()[name]
    except KeyError:
        raise UsageError(f"no named query {name!r}: see `aipg query --list`") from None


def parse_value(raw: str) -> int | float | str:
    """A ``--param`` value: an int if it reads as one, else a float, else the string.

    >>> parse_value("3"), parse_value("0.5"), parse_value("IBM"), parse_value("nan")
    (3, 0.5, 'IBM', 'nan')
    """
    for kind in (int, float):
        try:
            value = kind(raw)
        except ValueError:
            continue
        if value == value and value not in (float("inf"), float("-inf")):  # "nan"/"inf" stay words
            return value
    return raw


def parse_params(pairs: Iterable[str]) -> dict[str, Any]:
    """``["k=v", ...]`` -> ``{k: parsed v}``; a pair without ``=`` is a usage error."""
    out: dict[str, Any] = {}
    for pair in pairs:
        key, sep, raw = pair.partition("=")
        if not sep or not key.strip():
            raise UsageError(f"--param {pair!r} is not name=value: write it as --param name=value")
        out[key.strip()] = parse_value(raw)
    return out


def check(query: str, params: Mapping[str, Any]) -> None:
    """Raise UsageError naming the first missing parameter of a named query (raw Cypher passes)."""
    if not is_named(query):
        return
    q = get(query)
    missing = [p for p in q.parameters if p.name not in params]
    if missing:
        first, rest = missing[0], [p.name for p in missing[1:]]
        also = f"; it also needs {', '.join(rest)}" if rest else ""
        raise UsageError(
            f"query {q.name} needs parameter {first.name}: add --param {first.name}=value "
            f"(e.g. --param {first.name}={first.example}){also}"
        )


def parse_limit(raw: Any) -> int:
    """A row limit as given (``--limit``): a whole number, 0 for every row.

    >>> parse_limit("1000"), parse_limit(0)
    (1000, 0)
    """
    try:
        value = int(str(raw).strip())
    except ValueError:
        value = -1
    if value < 0:
        raise UsageError(f"--limit {raw!r} is not a row count: give a whole number such as --limit 100, "
                         "or --limit 0 for every row")
    return value


def run(store: Store, query: str, params: Mapping[str, Any] | None = None, *, limit: int = 0) -> QueryResult:
    """Run a named query (in the store's dialect) or a raw read-only statement.

    A named query receives only the parameters it declares; an anchor parameter
    (header ``// anchor:``) receives the sorted ids of every entity whose name or
    alias is, any case, the stored name the value designates: the query then
    starts from those ids on the entity labels instead of reading every node.

    ``limit`` (> 0) keeps the first ``limit`` rows: a named query is cut in the
    statement (its first-rows form, one row more to know whether any were left),
    a raw statement as its rows are fetched; ``QueryResult.cut`` says rows were left.
    """
    params = dict(params or {})
    check(query, params)
    limit = parse_limit(limit)
    if is_named(query):
        q = get(query)
        wanted = {p.name for p in q.parameters}
        values = _values(store, q, {k: v for k, v in params.items() if k in wanted})
        if not limit:
            return store.query(q.text(store.dialect), values)
        return _first_rows(store, q, values, limit)
    if _NAME.match(query.strip()) and "-" in query:
        raise UsageError(f"no named query {query.strip()!r}: see `aipg query --list`")
    if not limit:
        return store.query(query, params)
    return _cut(store.query(query, params, limit=limit + 1), limit)


def _cut(result: QueryResult, limit: int) -> QueryResult:
    """The first ``limit`` rows of ``result``, ``cut`` set when it held more."""
    if len(result.rows) <= limit:
        return result
    return QueryResult(result.columns, result.rows[:limit], cut=True)


def _first_rows(store: Store, q: NamedQuery, values: Mapping[str, Any], limit: int) -> QueryResult:
    """The first ``limit`` rows of ``q``, cut by the store.

    A first-rows form with ``$window`` reads the first ``$window`` documents and
    their rows: complete when it returns more than ``limit`` rows (no later
    document's row sorts before them) or when the window held every document;
    otherwise (documents without rows in the window) the window widens, and
    after WIDEN tries the whole text runs with LIMIT.
    """
    text = q.first(store.dialect)
    if "$keys" in text:
        return _by_keys(store, q, text, values, limit)
    if "$window" not in text:
        return _cut(store.query(text, {**values, "limit": limit + 1}), limit)  # (one row more: were rows left?)
    count = cypher.statements(cypher.load(store.dialect, "count_documents"))[0]
    documents = store.query(count).rows[0][0]
    window = limit + 1
    for _ in range(WIDEN + 1):
        result = store.query(text, {**values, "limit": limit + 1, "window": window})
        if len(result.rows) > limit or window >= documents:
            return _cut(result, limit)
        window *= 4
    return _whole_text_limited(store, q, values, limit)


def _whole_text_limited(store: Store, q: NamedQuery, values: Mapping[str, Any], limit: int) -> QueryResult:
    """The first ``limit`` rows of ``q``'s whole text with LIMIT: where a first-rows form fell short."""
    return _cut(store.query(first_form(q.text(store.dialect)), {**values, "limit": limit + 1}), limit)


def _by_keys(store: Store, q: NamedQuery, text: str, values: Mapping[str, Any], limit: int) -> QueryResult:
    """The first ``limit`` rows of ``q`` through its two-statement first-rows form: the first
    statement gives, in the query's order, each value of its leading sort key with its row count;
    the second gives the rows of ``$keys``. The keys taken are the first whose rows exceed
    ``limit`` (or all): no row of a later key sorts before theirs. Had the counts promised more
    rows than came, the whole text runs with LIMIT."""
    count, rows = cypher.statements(text)
    keys: list[Any] = []
    promised = 0
    used = parameters_used(count)
    found = store.query(count, {k: v for k, v in values.items() if k in used}).rows
    for key, n in found:
        if promised > limit:
            break
        keys.append(key)
        promised += n
    given = {**values, "limit": limit + 1, "keys": keys}
    result = store.query(rows, {k: v for k, v in given.items() if k in parameters_used(rows)})
    if len(result.rows) > limit or len(keys) == len(found):
        return _cut(result, limit)
    return _whole_text_limited(store, q, values, limit)


def resolve_entities(store: Store, q: NamedQuery, params: Mapping[str, Any]) -> dict[str, Any]:
    """``params`` with each organization parameter of ``q`` replaced by the stored name of the
    entity it designates (id, name, alias or close spelling; graph.errors.UnknownEntity if none)."""
    return {k: v[0] if isinstance(v, tuple) else v for k, v in _designated(store, q, params).items()}


def _values(store: Store, q: NamedQuery, params: Mapping[str, Any]) -> dict[str, Any]:
    """The values ``q`` runs with: names resolved, anchors turned into the ids they name."""
    out = {}
    for key, value in _designated(store, q, params).items():
        if not isinstance(value, tuple):
            out[key] = value
        elif key in q.anchors:  # an id lookup first: the query must start from indexed ids
            name, ids = value
            out[key] = sorted(ids if ids is not None else {i for i, _ in _named(store, name)})
        else:
            out[key] = value[0]
    return out


def _designated(store: Store, q: NamedQuery, params: Mapping[str, Any]) -> dict[str, Any]:
    """``params`` with each organization parameter as (stored name, ids named so, or None when not
    looked up yet). What the user typed is first looked up in the store (an id, or exactly one
    entity's name or alias, any case: a few indexed reads); anything else goes through
    graph.lookup's tiers over every entity (seconds on a 100,000-entity store)."""
    out: dict[str, Any] = dict(params)
    index = None
    for p in q.parameters:
        value = params.get(p.name)
        if not (p.names_entity and isinstance(value, str)):
            continue
        found = _exact(store, value)
        if found is None:
            from aipg.graph.lookup import Index  # networkx and rapidfuzz: only for a name not found as typed

            index = index or Index.of(store.entities())
            found = (index.names[index.resolve(value)], None)
        out[p.name] = found
    return out


def _exact(store: Store, text: str) -> tuple[str, list[str] | None] | None:
    """(stored name, ids named so when known) if ``text`` is an entity's id, or the name or an alias
    (any case) of exactly one entity; None otherwise (graph.lookup decides).

    The lookup's first tiers give the same entity, except that they also count as the
    same name one that differs only by accents or punctuation ("Universite" for
    "Université"): with two such entities the lookup says the name is ambiguous, while
    the one spelled as typed is taken here.
    """
    by_id = store.entities_of([text])
    if text in by_id:
        return by_id[text].name, None
    rows = _named(store, text)
    if len({i for i, _ in rows}) != 1:
        return None
    (id_, name), = set(rows)
    return name, [id_] if name.lower() == text.lower() else None


def _named(store: Store, name: str) -> list[tuple[str, str]]:
    """(id, name) of every entity whose name or an alias is ``name``, any case."""
    lookup = cypher.statements(cypher.load(store.dialect, "entity_ids_by_name"))[0]
    return [(r[0], r[1]) for r in store.query(lookup, {"name": name}).rows]
