"""Give a LadybugDB file back the space of the rows it no longer holds.

LadybugDB keeps the pages of deleted rows (there is no VACUUM, and neither
CHECKPOINT nor EXPORT DATABASE helps: the latter refuses relationship tables
with several FROM/TO pairs, which ours have). Replacing a document deletes its
claims, mentions and summary edges and writes new ones, so a corpus whose
every article changed grows the file by about what a fresh build writes, each
time (bench/bench_replace.py: 33 MB fresh, 62 MB after one full replacement,
88 MB after two, for 400 articles).

:func:`compact` reads every row the store holds, copies them into a new file
with the bulk path (graph.stores.bulk's plan, ``LadybugStore.copy_load``),
checks the copy holds the same counts, and puts it in the old file's place.

``aipg build`` does it by itself when it pays: each build adds the claims its
replaced documents lost to the store's record (REMOVED_KEY, see
:func:`removed_record`), and once they reach THRESHOLD of the claims the store
holds (:func:`pays`), the build ends with a compaction, which sets the count back
to 0. Claims are most of a store's rows, and a replaced document's mentions and
summary edges go with its claims, so their share follows the file's dead space.
"""

from __future__ import annotations

import os
from pathlib import Path

from aipg.graph.config import Settings
from aipg.graph.errors import AipgError, StoreError
from aipg.graph.schema import check_label, check_type
from aipg.graph.stores.bulk import BulkPlan
from aipg.graph.stores.cypher_store import claim_row


#: The store's record of claims deleted (replaced documents') since the file was last written whole.
REMOVED_KEY = "claims_removed_since_compaction"
#: ``aipg build`` compacts once the claims deleted since the last compaction reach this share of the
#: claims held: the file then holds at most about 1.5x what its rows need (bench/bench_replace.py).
THRESHOLD = 0.5


def _removed(store) -> int:
    """The claims deleted since the store was last written whole, as its record says (0 if none)."""
    value = store.meta().get(REMOVED_KEY) or "0"
    return int(value) if value.isdigit() else 0


def removed_record(store, removed: int) -> dict[str, str]:
    """The record to write after a build whose replaced documents lost ``removed`` claims."""
    return {REMOVED_KEY: str(_removed(store) + removed)}


def pays(store, claims: int | None = None) -> bool:
    """True when compacting this embedded store pays: the claims deleted since it was last written
    whole reach THRESHOLD of those it holds (a Neo4j server manages its own space). ``claims``: the
    count it holds, where the caller has just read the store's stats."""
    if getattr(store, "dialect", "") != "ladybug":
        return False
    removed = _removed(store)
    if removed <= 0:
        return False
    held = store.stats().claims if claims is None else claims
    return removed >= THRESHOLD * max(held, 1)


def size(path: Path) -> int:
    """Bytes on disk: the database file and what sits beside it (write-ahead log)."""
    return sum(f.stat().st_size for f in path.parent.glob(path.name + "*") if f.is_file())


def rows_of(store) -> BulkPlan:
    """Every row ``store`` holds, as the plan a bulk copy writes."""
    from aipg.graph import queries

    p = BulkPlan()
    labels = {}
    for e in store.entities():
        p.entities.setdefault(check_label(e.label), []).append(e)
        labels[e.id] = e.label
    p.documents = [d.to_dict() for d in store.documents()]
    claims = store.claims()
    published = {d["id"]: d["published"] for d in p.documents}
    p.claims = [claim_row(c, published[c.document_id]) for c in claims]
    for c in claims:
        p.subjects.setdefault(labels[c.source], []).append((c.id, c.source))
        p.objects.setdefault(labels[c.target], []).append((c.id, c.target))
    for doc, entity, count, aliases in queries.run(store, "document-mentions").rows:
        p.mentions.setdefault(labels[entity], []).append((entity, doc, count, list(aliases or ())))
    for edge in store.edges():
        row = edge.to_dict()
        row["amount"] = None if row["amount"] is None else float(row["amount"])
        p.edges.setdefault((check_type(edge.type), labels[edge.source], labels[edge.target]), []).append(row)
    return p


def compact(store: str | Path, *, always: bool = False) -> tuple[int, int]:
    """Rewrite the LadybugDB file ``store`` with only the rows it holds; (bytes before, bytes after).

    The copy is written beside it and replaces it only once its counts match, and
    only if it is smaller (a small store that lost little is often not: a bulk copy
    gives each table its own pages), unless ``always``; either way the count of
    claims removed since the last compaction (REMOVED_KEY) starts again from 0. An
    interrupted compaction leaves the store as it was. Needs the memory of a bulk
    build of the same store.
    """
    from aipg.graph.stores import open_store

    path = Path(store).expanduser()
    fresh = path.with_name(path.name + ".compacting")
    if fresh.exists():
        fresh.unlink()
    with open_store(Settings(store=str(path)), read_only=True) as old:
        plan, meta = rows_of(old), old.meta()
        before = (old.stats(), sum(len(rows) for rows in plan.mentions.values()))
    was = size(path)
    try:
        with open_store(Settings(store=str(fresh))) as new:
            new.copy_load(plan)
            new.set_meta({**meta, REMOVED_KEY: "0"} if REMOVED_KEY in meta else meta)  # nothing dead left
            after = (new.stats(), len(new.mentions()))
        if after != before:
            raise StoreError(f"compacting {path} gave other counts ({after} instead of {before}, with the mentions): "
                             f"the store was left as it was; run `aipg store check --store {path}`")
        if always or size(fresh) < was:
            os.replace(fresh, path)
        elif REMOVED_KEY in meta:  # not worth it yet: count again from here, try again later
            with open_store(Settings(store=str(path))) as old:
                old.set_meta({REMOVED_KEY: "0"})
    finally:
        for leftover in fresh.parent.glob(fresh.name + "*"):
            leftover.unlink()
    return was, size(path)


def after_build(store: str | Path, command: str) -> dict:
    """Compact a store a build just closed (when :func:`pays` said so): bytes before and after and
    seconds taken, or ``{"error": ...}`` naming ``command`` to run later. A failed compaction leaves
    the store as built (see :func:`compact`), and the build has still succeeded."""
    import time

    start = time.perf_counter()
    try:
        before, after = compact(store)
    except AipgError as e:
        return {"error": f"{e}; the store is as built: run `{command}` later"}
    return {"before": before, "after": after, "seconds": round(time.perf_counter() - start, 2)}
