"""The curated knowledge base of organizations: loading, validation and exact lookup.

Data lives in ``loaders/kb/*.yaml`` (format: docs/knowledge-base.md). Surfaces are
compared by :func:`graph.ids.norm`, except that a name or alias written in ALL CAPS
and at most 5 characters long ("AP", "CMA", "U.N.") only matches text written the
same way, so the French "ai" or the English "ap" never hit an acronym.
"""

from __future__ import annotations

import functools
import hashlib
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Iterator, Mapping, Sequence

import yaml

from aipg.graph.errors import KnowledgeBaseError
from aipg.graph.ids import SLUG_RE, fix_quotes, norm, slugify, strip_accents
from aipg.graph.schema import LABELS

# libyaml's loader where PyYAML has it (ten times faster on the shipped files), with the same marks
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

KB_DIR = Path(__file__).with_name("kb")
NON_ORG_FILE = "not_organizations.yaml"
ENTRY_KEYS = ("id", "name", "label", "country", "aliases", "actor_aliases", "ambiguous", "event")
NON_ORG_KEYS = ("surface", "kind")
NON_ORG_KINDS = ("product", "law", "event", "venue", "place", "generic")
KB_LABELS = tuple(l for l in LABELS if l != "Person")
COUNTRY_RE = re.compile(r"^[A-Z]{2}$")
#: Bare words that would match ordinary text; never accepted as a surface of one entry.
GENERIC = frozenset(norm(w) for w in (
    "Alliance", "l'Alliance", "the Alliance", "Forum", "Fund", "Fonds", "Program", "Programme",
    "Project", "Projet", "Initiative", "Mission", "Group", "Groupe", "Company", "Société",
    "Entreprise", "Start-up", "Government", "Gouvernement", "le gouvernement", "the government",
    "Ministry", "Ministère", "le ministère", "Department", "Agency", "Agence", "Commission",
    "la Commission", "Institute", "Institut", "University", "Université", "l'Université",
    "Foundation", "Fondation", "Council", "Conseil", "Lab", "Labs", "Laboratoire", "School",
    "École", "Bank", "Banque", "State", "Etat", "Office", "Authority", "Autorité", "Summit",
))


def is_case_sensitive(surface: str) -> bool:
    """True for a surface written in ALL CAPS, at most 5 characters long ("AP", "U.N.").

    >>> is_case_sensitive("CMA"), is_case_sensitive("Meta"), is_case_sensitive("OPENAI")
    (True, False, False)
    """
    return len(surface) <= 5 and surface.isupper()


def _caps(surface: str) -> str:
    """Like norm() but keeping case: what a case-sensitive surface must equal."""
    s = strip_accents(fix_quotes(surface))
    return " ".join("".join(c if c.isalnum() else " " for c in s).split())


@dataclass(frozen=True)
class KBEntry:
    """One organization of the knowledge base; ``origin`` is "file.yaml:LINE"."""

    id: str
    name: str
    label: str
    country: str | None
    aliases: tuple[str, ...]
    actor_aliases: tuple[str, ...]
    ambiguous: bool
    origin: str
    #: the name/aliases that are also ordinary words (all of them for ``ambiguous: true``)
    ambiguous_surfaces: tuple[str, ...] = ()
    #: a signed text's event: the surfaces naming the summit where it was adopted ("AI Seoul Summit")
    event: tuple[str, ...] = ()

    def surfaces(self) -> tuple[str, ...]:
        """Name and aliases (not actor aliases)."""
        return (self.name, *self.aliases)


@dataclass(frozen=True)
class KBReport:
    """What `aipg kb check` prints for a valid knowledge base."""

    entries: int
    aliases: int
    actor_aliases: int
    non_organizations: int
    by_label: dict[str, int]
    by_country: dict[str, int]
    files: tuple[str, ...]

    def to_dict(self) -> dict:
        return {
            "entries": self.entries, "aliases": self.aliases, "actor_aliases": self.actor_aliases,
            "non_organizations": self.non_organizations, "by_label": self.by_label,
            "by_country": self.by_country, "files": list(self.files),
        }


class InvalidKnowledgeBase(KnowledgeBaseError):
    """The KB has problems; ``problems`` holds every one as "FILE:LINE: problem: fix"."""

    def __init__(self, problems: Sequence[str]):
        self.problems = tuple(problems)
        more = len(self.problems) - 1
        tail = f" (and {more} more problem{'s' * (more > 1)}: run `aipg kb check` to list them)" if more else ""
        super().__init__(self.problems[0] + tail)


@dataclass(frozen=True)
class _Surface:
    entry_id: str
    kind: str  # "name" | "alias" | "actor" | a non-org kind
    origin: str
    caps: frozenset[str] | None  # None: any case matches


@dataclass
class _Raw:
    """One YAML mapping with the line of the entry and of every scalar in it."""

    origin: str
    file: str
    values: dict[str, object] = field(default_factory=dict)
    lines: dict[str, int] = field(default_factory=dict)


# --------------------------------------------------------------------------- reading YAML
def _read_file(path: Path, problems: list[str], name: str | None = None) -> list[_Raw]:
    """Compose (not construct) the YAML so every value stays a string with its line.

    Composing also sidesteps YAML 1.1 typing ("country: NO" would be False).
    ``name`` is how problems name the file (default: its file name).
    """
    name = name or path.name
    try:
        text = path.read_text(encoding="utf-8")
        try:
            root = yaml.compose(text, Loader=_YAML_LOADER)
        except yaml.MarkedYAMLError:  # say it in PyYAML's own words, the same with or without libyaml
            root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.MarkedYAMLError as e:
        mark = e.problem_mark or e.context_mark
        line = mark.line + 1 if mark else 1
        problems.append(f"{name}:{line}: YAML syntax error ({e.problem or e.context}): fix the YAML at that line")
        return []
    except (OSError, UnicodeDecodeError) as e:
        problems.append(f"{name}:1: cannot read the file ({e}): make it a UTF-8 text file")
        return []
    if root is None:
        return []
    if not isinstance(root, yaml.SequenceNode):
        problems.append(f"{name}:{root.start_mark.line + 1}: the file is not a YAML list: write one '- ...' item per entry")
        return []
    out = []
    for node in root.value:
        line = node.start_mark.line + 1
        raw = _Raw(origin=f"{name}:{line}", file=name)
        if not isinstance(node, yaml.MappingNode):
            problems.append(f"{raw.origin}: item is not a mapping: write it as 'key: value' pairs")
            continue
        for k, v in node.value:
            key = str(k.value)
            if key in raw.values:
                problems.append(f"{name}:{k.start_mark.line + 1}: key '{key}' given twice: keep one")
                continue
            raw.lines[key] = v.start_mark.line + 1
            if isinstance(v, yaml.ScalarNode):
                raw.values[key] = str(v.value)
            elif isinstance(v, yaml.SequenceNode) and all(isinstance(i, yaml.ScalarNode) for i in v.value):
                raw.values[key] = [(str(i.value), i.start_mark.line + 1) for i in v.value]
            else:
                raw.values[key] = None
                problems.append(f"{name}:{v.start_mark.line + 1}: '{key}' must be a text or a list of texts: fix its value")
        out.append(raw)
    return out


def _yaml_files(paths: Sequence[Path] | None) -> list[Path]:
    if paths is None:
        paths = [KB_DIR]
    files: list[Path] = []
    for p in map(Path, paths):
        files.extend(sorted(p.glob("*.yaml")) if p.is_dir() else [p])
    return files


# --------------------------------------------------------------------------- the knowledge base
class KnowledgeBase:
    """Entries by id, plus exact surface indexes (by norm) for names, aliases and actor aliases."""

    def __init__(self, entries: Mapping[str, KBEntry], surfaces: Mapping[str, _Surface],
                 non_orgs: Mapping[str, _Surface], files: Sequence[str] = (), version: str = ""):
        self.entries: Mapping[str, KBEntry] = MappingProxyType(dict(entries))
        self._surfaces = dict(surfaces)
        self._non_orgs = dict(non_orgs)
        self.files = tuple(files)
        #: a digest of every file's bytes: documents record it, so `aipg build` sees a changed KB
        self.version = version
        self._ambiguous = frozenset(
            norm(s) for e in self.entries.values() for s in e.ambiguous_surfaces
        )
        self._events: dict[str, tuple[str, ...]] = {}  # an event surface's norm -> the texts adopted there
        for e in self.entries.values():
            for surface in e.event:
                self._events[norm(surface)] = (*self._events.get(norm(surface), ()), e.id)

    def __len__(self) -> int:
        return len(self.entries)

    def __contains__(self, entry_id: object) -> bool:
        return entry_id in self.entries

    def get(self, entry_id: str) -> KBEntry | None:
        return self.entries.get(entry_id)

    def _find(self, index: Mapping[str, _Surface], surface: str) -> _Surface | None:
        hit = index.get(norm(surface))
        if hit is None or (hit.caps is not None and _caps(surface) not in hit.caps):
            return None
        return hit

    def lookup(self, surface: str) -> KBEntry | None:
        """The entry whose name or alias equals ``surface`` by norm (never an actor alias).

        >>> load_kb().lookup("Meta Platforms Inc.").id
        'meta'
        """
        hit = self._find(self._surfaces, surface)
        return self.entries[hit.entry_id] if hit and hit.kind != "actor" else None

    def lookup_actor(self, surface: str) -> KBEntry | None:
        """The entry that ``surface`` denotes only when it acts ("la France signe...")."""
        hit = self._find(self._surfaces, surface)
        return self.entries[hit.entry_id] if hit and hit.kind == "actor" else None

    def is_non_org(self, surface: str) -> str | None:
        """The kind ("product", "law", ...) if ``surface`` must never become an organization;
        an entry's event surface is an "event"."""
        hit = self._find(self._non_orgs, surface)
        return hit.kind if hit else ("event" if norm(surface) in self._events else None)

    def texts_at(self, surface: str) -> tuple[KBEntry, ...]:
        """The signed texts adopted at the event ``surface`` names ("AI Seoul Summit": the Seoul
        Declaration and the Frontier AI Safety Commitments), from the entries' ``event`` field."""
        return tuple(self.entries[i] for i in self._events.get(norm(surface), ()))

    def event_surfaces(self) -> Iterator[str]:
        """Every event surface of the entries, as written (an event is never an organization)."""
        for e in self.entries.values():
            yield from e.event

    def is_ambiguous(self, surface: str) -> bool:
        """True if ``surface`` is a name/alias flagged as an ordinary word (needs an org cue)."""
        return norm(surface) in self._ambiguous

    def patterns(self) -> Iterator[tuple[str, str, str]]:
        """(surface, entry id, kind) for every name, alias and actor alias, as written."""
        for e in self.entries.values():
            yield e.name, e.id, "name"
            for a in e.aliases:
                yield a, e.id, "alias"
            for a in e.actor_aliases:
                yield a, e.id, "actor"

    def non_org_surfaces(self) -> Iterator[tuple[str, str]]:
        """(normalised surface, kind) for every listed non-organization."""
        for n, s in self._non_orgs.items():
            yield n, s.kind

    def by_label(self) -> dict[str, int]:
        counts = Counter(e.label for e in self.entries.values())
        return {label: counts.get(label, 0) for label in KB_LABELS}

    def by_country(self) -> dict[str, int]:
        counts = Counter(e.country or "-" for e in self.entries.values())
        return dict(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))


# --------------------------------------------------------------------------- validation
class _Builder:
    """Turns raw YAML items into entries and indexes, collecting every problem."""

    def __init__(self) -> None:
        self.problems: list[str] = []
        self.entries: dict[str, KBEntry] = {}
        self.surfaces: dict[str, _Surface] = {}
        self.non_orgs: dict[str, _Surface] = {}
        self.overridable: set[str] = set()  # ids of the shipped entries a user file may replace
        self.event_lines: list[tuple[str, str, str]] = []  # (event norm, FILE:LINE, entry id)

    def override(self, eid: str) -> None:
        """A user's entry replaces the shipped one with its id: drop that one and its surfaces."""
        if eid in self.overridable:
            self.overridable.discard(eid)
            del self.entries[eid]
            self.surfaces = {n: s for n, s in self.surfaces.items() if s.entry_id != eid}
            self.event_lines = [x for x in self.event_lines if x[2] != eid]

    def _texts(self, raw: _Raw, key: str) -> list[tuple[str, int]]:
        value = raw.values.get(key)
        if value is None:
            return []
        if isinstance(value, str):
            self.problems.append(f"{raw.file}:{raw.lines[key]}: '{key}' must be a list: write [{value}]")
            return []
        return value

    def _claim(self, surface: str, line: str, entry_id: str, kind: str) -> None:
        """Index one surface; a norm claimed by two entries (or two roles) is a problem."""
        n = norm(surface)
        if not n:
            self.problems.append(f"{line}: surface {surface!r} has no letters or digits: remove it")
            return
        if n in GENERIC:
            self.problems.append(f"{line}: surface {surface!r} is a bare common word: use a specific form (e.g. with the organization's name)")
            return
        caps = frozenset({_caps(surface)}) if is_case_sensitive(surface) else None
        old = self.surfaces.get(n)
        if old is None:
            self.surfaces[n] = _Surface(entry_id, kind, line, caps)
        elif old.entry_id != entry_id:
            self.problems.append(
                f"{line}: surface {surface!r} of '{entry_id}' is already claimed by '{old.entry_id}' at {old.origin}: keep it on one entry")
        elif (old.kind == "actor") != (kind == "actor"):
            self.problems.append(
                f"{line}: surface {surface!r} of '{entry_id}' is both an alias and an actor alias (see {old.origin}): keep it in one list")
        else:
            merged = None if old.caps is None or caps is None else old.caps | caps
            self.surfaces[n] = _Surface(entry_id, old.kind, old.origin, merged)

    def add_entry(self, raw: _Raw) -> None:
        v, f = raw.values, raw.file
        for key in v:
            if key not in ENTRY_KEYS:
                self.problems.append(f"{f}:{raw.lines[key]}: unknown key '{key}': use only {', '.join(ENTRY_KEYS)}")
        missing = [k for k in ("id", "name", "label") if not isinstance(v.get(k), str) or not v[k].strip()]
        for key in missing:
            self.problems.append(f"{raw.origin}: entry has no '{key}': add one")
        if missing:
            return
        eid, name, label = v["id"].strip(), v["name"].strip(), v["label"].strip()
        if not SLUG_RE.match(eid):
            self.problems.append(f"{f}:{raw.lines['id']}: id '{eid}' is not a slug: use '{slugify(eid) or slugify(name)}'")
        if label == "Person":
            self.problems.append(f"{f}:{raw.lines['label']}: label 'Person' is not allowed in the KB: list organizations only")
        elif label not in KB_LABELS:
            self.problems.append(f"{f}:{raw.lines['label']}: unknown label '{label}': use one of {', '.join(KB_LABELS)}")
        country = v.get("country")
        if country is not None and (not isinstance(country, str) or not COUNTRY_RE.match(country)):
            self.problems.append(f"{f}:{raw.lines['country']}: country {country!r} is not an ISO 3166-1 alpha-2 code: use two uppercase letters, e.g. FR")
        if eid in self.entries:
            self.problems.append(f"{f}:{raw.lines['id']}: duplicate id '{eid}', first defined at {self.entries[eid].origin}: rename one or merge them")
            return
        aliases = self._texts(raw, "aliases")
        actors = self._texts(raw, "actor_aliases")
        self._claim(name, f"{f}:{raw.lines['name']}", eid, "name")
        for text, line in aliases:
            self._claim(text, f"{f}:{line}", eid, "alias")
        for text, line in actors:
            self._claim(text, f"{f}:{line}", eid, "actor")
        own = [name] + [t for t, _ in aliases]
        ambiguous = self._ambiguous(raw, own)
        events = self._events(raw, eid, label)
        self.entries[eid] = KBEntry(
            id=eid, name=name, label=label, country=country if isinstance(country, str) else None,
            aliases=tuple(dict.fromkeys(t for t, _ in aliases)),
            actor_aliases=tuple(dict.fromkeys(t for t, _ in actors)),
            ambiguous=bool(ambiguous), origin=raw.origin, ambiguous_surfaces=tuple(ambiguous),
            event=tuple(dict.fromkeys(events)),
        )

    def _events(self, raw: _Raw, eid: str, label: str) -> list[str]:
        """``event``: the surfaces of the summit where a signed text (a Program) was adopted; each is
        specific (not "Summit"), and checked against the entries' surfaces in ``cross_check``."""
        value = self._texts(raw, "event")
        if value and label != "Program":
            self.problems.append(f"{raw.file}:{raw.lines['event']}: 'event' is only for a signed text (label Program), not a {label}: remove it or make the entry a Program")
            return []
        out = []
        for text, line in value:
            n = norm(text)
            if not n or n in GENERIC or len(n.split()) < 2:
                self.problems.append(f"{raw.file}:{line}: event {text!r} of '{eid}' is not a specific event name: write the summit's full name (e.g. 'AI Seoul Summit')")
                continue
            self.event_lines.append((n, f"{raw.file}:{line}", eid))
            out.append(text)
        return out

    def _ambiguous(self, raw: _Raw, own: list[str]) -> list[str]:
        """``ambiguous: true`` flags every surface; a list flags the named ones only."""
        value = raw.values.get("ambiguous")
        if value is None:
            return []
        line = f"{raw.file}:{raw.lines['ambiguous']}"
        if isinstance(value, str):
            if value.lower() in ("true", "false"):
                return own if value.lower() == "true" else []
            self.problems.append(f"{line}: ambiguous must be true, false or a list of this entry's surfaces: fix {value!r}")
            return []
        known = {norm(s) for s in own}
        for text, l in value:
            if norm(text) not in known:
                self.problems.append(f"{raw.file}:{l}: ambiguous surface {text!r} is not this entry's name or alias: add it to aliases or remove it")
        return [t for t, _ in value if norm(t) in known]

    def add_non_org(self, raw: _Raw) -> None:
        v, f = raw.values, raw.file
        for key in v:
            if key not in NON_ORG_KEYS:
                self.problems.append(f"{f}:{raw.lines[key]}: unknown key '{key}': use only {', '.join(NON_ORG_KEYS)}")
        surface, kind = v.get("surface"), v.get("kind")
        if not isinstance(surface, str) or not isinstance(kind, str):
            self.problems.append(f"{raw.origin}: non-organization needs 'surface' and 'kind': add them")
            return
        if kind not in NON_ORG_KINDS:
            self.problems.append(f"{f}:{raw.lines['kind']}: unknown kind '{kind}': use one of {', '.join(NON_ORG_KINDS)}")
            return
        n, line = norm(surface), f"{f}:{raw.lines['surface']}"
        caps = frozenset({_caps(surface)}) if is_case_sensitive(surface) else None
        old = self.non_orgs.get(n)
        if old is not None and old.caps == caps:
            self.problems.append(f"{line}: non-organization {surface!r} already listed at {old.origin}: remove one")
        elif not n:
            self.problems.append(f"{line}: surface {surface!r} has no letters or digits: remove it")
        else:
            self.non_orgs[n] = _Surface("", kind, line, caps if old is None or old.caps is None or caps is None else old.caps | caps)

    def cross_check(self) -> None:
        """A non-organization must not also be a surface of an entry."""
        for n, s in self.non_orgs.items():
            owner = self.surfaces.get(n)
            if owner is not None and (owner.caps is None or s.caps is None or owner.caps & s.caps):
                self.problems.append(
                    f"{s.origin}: non-organization surface is also a surface of '{owner.entry_id}' at {owner.origin}: remove it from one list")
        for n, line, eid in self.event_lines:  # an event is no organization either
            owner = self.surfaces.get(n)
            if owner is not None:
                self.problems.append(
                    f"{line}: event of '{eid}' is also a surface of '{owner.entry_id}' at {owner.origin}: an event is not an organization, remove it from one list")


def _problem_order(problem: str) -> tuple[str, int]:
    """Sort problems by file, then line ("a.yaml:12: ..." -> ("a.yaml", 12))."""
    where, _, rest = problem.partition(": ")
    file, _, line = where.rpartition(":")
    return (file, int(line)) if line.isdigit() else (where, 0)


def _user_files(paths: Sequence[Path | str], problems: list[str]) -> list[Path]:
    """The YAML files of the user's --kb / AIPG_KB paths (files, or folders of *.yaml)."""
    files: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            found = sorted(p.glob("*.yaml"))
            if not found:
                problems.append(f"{p}:0: no *.yaml file in this folder: put your entries in a .yaml file there")
            files.extend(found)
        elif p.is_file():
            files.append(p)
        else:
            problems.append(f"{p}:0: no such file or folder: fix the path given to --kb or AIPG_KB")
    return files


def _build(paths: Sequence[Path] | None, extra: Sequence[Path | str] = ()) -> tuple[KnowledgeBase, list[str]]:
    files = _yaml_files(paths)
    b = _Builder()
    if not files:
        where = ", ".join(str(p) for p in (paths or [KB_DIR]))
        b.problems.append(f"{where}:0: no *.yaml knowledge-base files found: point --kb-dir at loaders/kb or add files")
    for path in files:
        for raw in _read_file(path, b.problems):
            (b.add_non_org if path.name == NON_ORG_FILE else b.add_entry)(raw)
    digest = hashlib.sha256()
    for path in files:
        digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    # The user's files come last: an entry with a shipped id replaces that entry; everything
    # else is checked as the shipped files are, problems naming the user's file by its path.
    user = _user_files(extra, b.problems)
    b.overridable = set(b.entries)
    for path in user:
        for raw in _read_file(path, b.problems, name=str(path)):
            if "surface" in raw.values or path.name == NON_ORG_FILE:
                b.add_non_org(raw)
                continue
            eid = raw.values.get("id")
            if isinstance(eid, str):
                b.override(eid.strip())
            b.add_entry(raw)
        digest.update(str(path).encode() + b"\0" + path.read_bytes() + b"\0")
    b.cross_check()
    b.problems.sort(key=_problem_order)
    names = [p.name for p in files] + [str(p) for p in user]
    return KnowledgeBase(b.entries, b.surfaces, b.non_orgs, names, digest.hexdigest()[:16]), b.problems


@functools.lru_cache(maxsize=1)
def _default_kb() -> KnowledgeBase:
    kb, problems = _build(None)
    if problems:
        raise InvalidKnowledgeBase(problems)
    return kb


def load_kb(paths: Sequence[Path] | None = None, *, extra: Sequence[Path | str] = ()) -> KnowledgeBase:
    """Load and validate the KB (default: every *.yaml in loaders/kb/, cached).

    ``paths`` may list YAML files or directories of them. ``extra`` are the
    user's own files or folders (``--kb``, ``AIPG_KB``), read after them: an
    entry whose id is a shipped one replaces it, the others add to it, and
    all are validated alike. Raises InvalidKnowledgeBase (a
    KnowledgeBaseError) naming file and line of the first problem.
    """
    if paths is None and not extra:
        return _default_kb()
    kb, problems = _build(paths, extra)
    if problems:
        raise InvalidKnowledgeBase(problems)
    return kb


def check_kb(paths: Sequence[Path] | None = None, *, extra: Sequence[Path | str] = ()) -> KBReport:
    """Validate the KB and summarise it; raise InvalidKnowledgeBase listing every problem."""
    kb = load_kb(paths, extra=extra)
    entries = kb.entries.values()
    return KBReport(
        entries=len(kb),
        aliases=sum(len(e.aliases) for e in entries),
        actor_aliases=sum(len(e.actor_aliases) for e in entries),
        non_organizations=sum(1 for _ in kb.non_org_surfaces()),
        by_label=kb.by_label(),
        by_country=kb.by_country(),
        files=kb.files,
    )
