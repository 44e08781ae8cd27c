"""Extractions as Parquet shards: what ``aipg extract --engine dask`` writes and ``aipg load`` reads.

One shard is one Parquet file with one row per document: the document's
metadata (not its text), and its entities, claims, mention counts and the
claims the schema step dropped as nested lists. Shards are named
``part-NNNNN.parquet``; reading a folder takes them in name order, which is
the order the documents were given in, so a load writes them in that order.
"""

from __future__ import annotations

from pathlib import Path
from typing import Iterable, Iterator

import pyarrow as pa
import pyarrow.parquet as pq

from aipg.graph.errors import DocumentError, UsageError
from aipg.graph.model import Claim, Document, Entity, Extraction
from aipg.graph.schema import Dropped

S, F, I = pa.string(), pa.float64(), pa.int64()
CLAIM_FIELDS = [("document_id", S), ("type", S), ("source", S), ("target", S), ("status", S), ("confidence", F),
                ("evidence", S), ("sentence", I), ("start", I), ("end", I), ("rule", S), ("date", S),
                ("amount", F), ("currency", S), ("amount_text", S),
                ("round_amount", F), ("round_currency", S), ("round_amount_text", S)]
CLAIM = pa.struct(CLAIM_FIELDS)
SCHEMA = pa.schema([
    ("id", S), ("title", S), ("language", S), ("sha256", S), ("path", S), ("url", S), ("publisher", S),
    ("published", S), ("extractor_version", S), ("kb_version", S),
    ("entities", pa.list_(pa.struct([("id", S), ("name", S), ("label", S), ("aliases", pa.list_(S)),
                                     ("country", S)]))),
    ("claims", pa.list_(CLAIM)),
    ("mentions", pa.list_(pa.struct([("id", S), ("count", I)]))),
    ("dropped", pa.list_(pa.struct([("claim", CLAIM), ("reason", S)]))),
])
PATTERN = "part-*.parquet"


def _claim(c: Claim) -> dict:
    return {name: getattr(c, name) for name, _ in CLAIM_FIELDS}


def _row(ex: Extraction) -> dict:
    d = ex.document
    return {
        "id": d.id, "title": d.title, "language": d.language, "sha256": d.sha256, "path": d.path, "url": d.url,
        "publisher": d.publisher, "published": d.published, "extractor_version": d.extractor_version,
        "kb_version": d.kb_version,
        "entities": [{"id": e.id, "name": e.name, "label": e.label, "aliases": list(e.aliases), "country": e.country}
                     for e in ex.entities],
        "claims": [_claim(c) for c in ex.claims],
        "mentions": [{"id": i, "count": n} for i, n in ex.mentions],
        "dropped": [{"claim": _claim(x.claim), "reason": x.reason} for x in ex.dropped],
    }


def shard_name(index: int) -> str:
    return f"part-{index:05d}.parquet"


def write_shard(extractions: Iterable[Extraction], path: str | Path) -> int:
    """Write one shard; returns how many documents it holds."""
    rows = [_row(ex) for ex in extractions]
    pq.write_table(pa.Table.from_pylist(rows, schema=SCHEMA), str(path))
    return len(rows)


def _extraction(r: dict) -> Extraction:
    doc = Document(r["id"], r["title"], "", r["language"], r["sha256"], r["path"] or "", r["url"], r["publisher"],
                   r["published"], r["extractor_version"], r["kb_version"])
    entities = tuple(Entity(e["id"], e["name"], e["label"], tuple(e["aliases"] or ()), e["country"])
                     for e in r["entities"])
    claims = tuple(Claim(**c) for c in r["claims"])
    dropped = tuple(Dropped(Claim(**x["claim"]), x["reason"]) for x in r["dropped"])
    return Extraction(doc, entities, claims, tuple((m["id"], m["count"]) for m in r["mentions"]), dropped)


def shard_files(paths: Iterable[str | Path]) -> list[Path]:
    """The shard files named by ``paths`` (files, or folders of part-*.parquet), in name order."""
    files: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            found = sorted(p.glob(PATTERN))
            if not found:
                raise UsageError(f"no shards ({PATTERN}) in {p}: write them with `aipg extract DIR --engine dask -o {p}`")
            files += found
        elif p.is_file():
            files.append(p)
        else:
            raise UsageError(f"no such shard file or folder: {p}")
    return files


def read_shards(paths: Iterable[str | Path]) -> Iterator[Extraction]:
    """Extractions from shard files or folders, in shard then row order."""
    for f in shard_files(paths):
        try:
            table = pq.read_table(str(f))
        except (pa.ArrowException, OSError) as e:
            raise DocumentError(f"{f} is not a readable Parquet shard ({e}): write it again with aipg extract") from None
        missing = set(SCHEMA.names) - set(table.column_names)
        if missing:
            raise DocumentError(f"{f} is not an aipg shard (no column {sorted(missing)[0]}): write it with aipg extract")
        for r in table.to_pylist():
            yield _extraction(r)
