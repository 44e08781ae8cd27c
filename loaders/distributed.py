"""Extraction on a Dask cluster: documents partitioned, extracted on workers, written as Parquet shards.

Extraction is a pure map over documents, so ``extract_to_shards`` reads the
files on the client, sends partitions of documents to the workers of a
``dask.distributed`` cluster (a local one of ``workers`` processes when no
scheduler address is given), and writes each partition's extractions as one
shard (graph.shards) as it comes back: workers need no shared file system,
and each loads the spaCy model once (loaders.nlp caches it per process).
``aipg load`` then writes the shards into a store.
"""

from __future__ import annotations

import logging
import math
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Callable, Iterable, Sequence

from aipg.graph.config import Settings
from aipg.graph.errors import AipgError, UsageError
from aipg.graph.model import Document, Extraction
from aipg.graph.shards import shard_name, write_shard
from aipg.loaders.documents import read_documents
from aipg.loaders.kb import load_kb
from aipg.loaders.pipeline import extractor_version

#: Largest partition: small enough to spread work, large enough to batch spaCy well.
MAX_PARTITION = 200


@dataclass
class ShardReport:
    """What ``aipg extract --engine dask`` did."""

    read: int = 0
    documents: int = 0
    shards: list[str] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)
    workers: int = 0

    def to_dict(self) -> dict:
        return {"read": self.read, "documents": self.documents, "shards": self.shards, "workers": self.workers,
                "failed": [{"path": p, "reason": r} for p, r in self.failed]}


def partitions(documents: Sequence[Document], workers: int, size: int | None = None) -> list[list[Document]]:
    """Consecutive slices of ``documents``: about four per worker, at most MAX_PARTITION each.

    >>> [len(p) for p in partitions([None] * 10, 2)]
    [2, 2, 2, 2, 2]
    """
    size = size or max(1, min(MAX_PARTITION, math.ceil(len(documents) / (4 * max(1, workers)))))
    return [list(documents[i : i + size]) for i in range(0, len(documents), size)]


def _extract_partition(documents: list[Document], settings: Settings, min_confidence: float) -> list[Extraction]:
    from aipg.loaders.pipeline import extract_documents

    return extract_documents(documents, settings=settings, min_confidence=min_confidence)


def _client(scheduler: str | None, workers: int):
    """(client, cluster or None): a client of ``scheduler``, or of a new local cluster."""
    from dask.distributed import Client, LocalCluster

    if scheduler:
        try:
            return Client(scheduler, timeout="10s"), None
        except (OSError, TimeoutError) as e:
            raise AipgError(f"no Dask scheduler reachable at {scheduler} ({e}): start one with "
                            "`dask scheduler` and workers with `dask worker {scheduler}`, "
                            "or drop --scheduler for a local cluster") from None
    cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None,
                           silence_logs=logging.ERROR)
    return Client(cluster), cluster


def extract_to_shards(paths: Iterable[str], out: str | Path, *, scheduler: str | None = None, workers: int = 2,
                      settings: Settings | None = None, language: str | None = None, min_confidence: float = 0.0,
                      partition_size: int | None = None,
                      progress: Callable[[int], None] | None = None) -> ShardReport:  # fmt: skip
    """Extract the documents under ``paths`` on a Dask cluster into Parquet shards in folder ``out``."""
    from dask.distributed import as_completed

    settings = settings or Settings()
    out = Path(out)
    if out.exists() and (not out.is_dir() or any(out.iterdir())):
        raise UsageError(f"shard folder {out} exists and is not empty: give a new or empty folder with -o")
    if workers < 1:
        raise UsageError(f"--workers {workers}: give at least 1")
    documents, failures = read_documents(paths, language=language, max_bytes=settings.max_bytes,
                                         max_chars=settings.max_chars)
    version, kb_version = extractor_version(settings.scorer), load_kb(extra=settings.kb).version  # as `aipg build` records them
    documents = [replace(d, extractor_version=version, kb_version=kb_version) for d in documents]
    report = ShardReport(read=len(documents), failed=list(failures))
    if not documents:
        return report
    out.mkdir(parents=True, exist_ok=True)
    client, cluster = _client(scheduler, workers)
    try:
        report.workers = len(client.scheduler_info().get("workers", {}))
        parts = partitions(documents, report.workers or workers, partition_size)
        futures = {client.submit(_extract_partition, part, settings, min_confidence, pure=False): i
                   for i, part in enumerate(parts)}
        for future in as_completed(futures):
            i = futures[future]
            extractions = future.result()
            path = out / shard_name(i)
            report.documents += write_shard(extractions, path)
            report.shards.append(str(path))
            if progress:
                progress(len(extractions))
            future.release()
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    report.shards.sort()
    return report
