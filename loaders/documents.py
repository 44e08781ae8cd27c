"""Reading article files (.txt, .md, .html) into Documents: decoding, metadata, cleaned text.

Metadata comes, first found wins, from: YAML front matter (.txt/.md), a
``metadata.csv`` beside the file, HTML ``<meta>`` tags, then the text itself
(title = first line, language detected). The text keeps the article's
characters as written; only front matter, markup and boilerplate go.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import re
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable

import yaml

from aipg.graph.errors import DocumentError, UsageError
from aipg.graph.model import Document
from aipg.loaders.boilerplate import strip_boilerplate
from aipg.loaders.dates import parse_iso_date
from aipg.loaders.html_text import html_to_text

TEXT_EXTENSIONS = (".txt", ".md", ".markdown")
HTML_EXTENSIONS = (".html", ".htm")
EXTENSIONS = TEXT_EXTENSIONS + HTML_EXTENSIONS
LANGUAGES = ("fr", "en")
SIDECAR = "metadata.csv"
SIDECAR_COLUMNS = ("id", "title", "url", "publisher", "published", "language")
_FIELDS = ("title", "url", "publisher", "published", "language")
_TITLE_MAX = 200

# Function words of each language. Left out on purpose: words both languages use
# or that sit inside English organization names ("a", "on", "an", "de", "la").
_FRENCH_WORDS = frozenset(
    "le les des du un une et est dans pour sur avec par qui que au aux ce cette ces son sa ses leur leurs "
    "pas plus ont été sont il elle ils elles nous vous mais ou où donc selon entre aussi comme après avant "
    "depuis chez sous déjà très tout tous être avoir fait peut l d qu n j lors dont notamment ainsi "
    "était sera afin".split()
)
_ENGLISH_WORDS = frozenset(
    "the and of to in is are was were for with that this these those it its by from at as has have had "
    "be been will would which who their they not but or also after than said says into about over can "
    "could should while when more most such other".split()
)
_WORD_RE = re.compile(r"[^\W\d_]+")


def detect_language(text: str) -> str:
    """"fr" or "en", by which language's function words are more frequent.

    Robust on short news full of English names: the names are capitalised
    content words, the function words around them still tell the language.

    >>> detect_language("OpenAI et Microsoft annoncent un partenariat avec Google DeepMind.")
    'fr'
    """
    fr = en = 0
    for word in _WORD_RE.findall(text.casefold()):
        fr += word in _FRENCH_WORDS
        en += word in _ENGLISH_WORDS
    if fr == en:  # no function words at all: French accents decide
        return "fr" if re.search(r"[éèêàùçâîôû]", text, re.IGNORECASE) else "en"
    return "fr" if fr > en else "en"


# --------------------------------------------------------------------------- bytes -> text
def _fail(path: Path | str, reason: str) -> DocumentError:
    return DocumentError(f"{path}: {reason}")


def _looks_like_text(text: str) -> bool:
    if not text:
        return True
    controls = sum(1 for c in text if ord(c) < 32 and c not in "\t\n\r\f\v")
    common = sum(1 for c in text if c.isalnum() or c.isspace() or c in ".,;:!?'\"()[]-–—’‘“”«»%€$£&/@#…*+=_")
    return controls / len(text) < 0.01 and common / len(text) > 0.9


def _decode(path: Path, data: bytes) -> str:
    """UTF-8 (with or without BOM), UTF-16 with a BOM, else Windows-1252 if it reads as text."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise _fail(path, "starts like UTF-16 but does not decode; re-save it as UTF-8") from None
    if b"\x00" in data[:8192]:
        raise _fail(path, "binary file, not text; give the article as .txt, .md or .html")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError:
            raise _fail(path, "neither UTF-8 nor Windows-1252 text; re-save it as UTF-8") from None
        if not _looks_like_text(text):
            raise _fail(path, "not UTF-8, and as Windows-1252 it is not text; re-save it as UTF-8") from None
    if not _looks_like_text(text[:20000]) and any(ord(c) < 32 and c not in "\t\n\r\f\v" for c in text[:20000]):
        raise _fail(path, "mostly non-text bytes (binary?); give the article as .txt, .md or .html")
    return text.replace("\r\n", "\n").replace("\r", "\n")


# --------------------------------------------------------------------------- metadata
def _language(value: Any, where: str) -> str:
    code = str(value).strip().lower().replace("_", "-").split("-")[0]
    if code not in LANGUAGES:
        raise DocumentError(f"{where}: language {value!r} is not supported; write fr or en")
    return code


def _published(value: Any, where: str) -> str:
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    try:
        return parse_iso_date(str(value))
    except ValueError:
        raise DocumentError(f"{where}: 'published' {str(value)!r} is not a date; write it as YYYY-MM-DD") from None


def _clean_meta(raw: dict[str, Any], where: str) -> dict[str, str]:
    """Known keys only, empty values dropped, dates and languages checked."""
    meta: dict[str, str] = {}
    if raw.get("published") in (None, "") and raw.get("date") not in (None, ""):
        raw = {**raw, "published": raw["date"]}  # "date" is what static-site generators write
    for key in _FIELDS:
        value = raw.get(key)
        if value is None or (isinstance(value, str) and not value.strip()):
            continue
        if key == "published":
            meta[key] = _published(value, where)
        elif key == "language":
            meta[key] = _language(value, where)
        else:
            meta[key] = " ".join(str(value).split())
    return meta


_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?\n)?(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)


_PLAIN_LINE = re.compile(r"^([A-Za-z_][\w-]*):[ \t]+(.*?)[ \t]*$")


def _plain_key_values(block: str) -> dict[str, str] | None:
    """Front matter that is not valid YAML only because a value holds a colon or a quote
    ("title: IA : Meta refuse ..."): one ``key: value`` per line, the value taken verbatim.
    None when a line is anything else."""
    out: dict[str, str] = {}
    for line in block.splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        hit = _PLAIN_LINE.match(line)
        if not hit:
            return None
        out[hit.group(1)] = hit.group(2)
    return out or None


def _front_matter(path: Path, text: str) -> tuple[dict[str, str], str]:
    """(metadata, body) of a text whose first line may open a YAML block with ``---``."""
    if not re.match(r"---[ \t]*\n", text):
        return {}, text
    m = _FRONT_MATTER.match(text)
    if not m:
        raise _fail(path, "front matter opened with --- on line 1 is never closed; add a closing --- line")
    try:
        raw = yaml.safe_load(m.group(1) or "") or {}
    except yaml.YAMLError as e:
        plain = _plain_key_values(m.group(1) or "")
        if plain is not None:  # "title: IA : Meta refuse ..." is what people write; read it as meant
            return _clean_meta(plain, f"{path}: front matter"), text[m.end():]
        mark = getattr(e, "problem_mark", None)
        where = f" on line {mark.line + 2}" if mark is not None else ""
        problem = getattr(e, "problem", None) or "invalid YAML"
        raise _fail(path, f"bad front matter ({problem}{where}); fix the YAML between the --- lines") from None
    if not isinstance(raw, dict):
        raise _fail(path, "front matter is not a list of key: value lines; fix the YAML between the --- lines")
    return _clean_meta(raw, f"{path}: front matter"), text[m.end():]


@lru_cache(maxsize=64)
def _sidecar_rows(csv_path: str, mtime_ns: int) -> dict[str, dict[str, str]]:
    """Rows of a metadata.csv by document id (cached per file version)."""
    rows: dict[str, dict[str, str]] = {}
    with open(csv_path, encoding="utf-8-sig", newline="") as f:
        reader = csv.DictReader(f)
        columns = [c.strip() for c in reader.fieldnames or []]
        unknown = [c for c in columns if c not in SIDECAR_COLUMNS]
        if "id" not in columns or unknown:
            bad = f"unknown column {unknown[0]!r}" if unknown else "no 'id' column"
            raise DocumentError(f"{csv_path}: {bad}; use the columns {', '.join(SIDECAR_COLUMNS)}")
        for row in reader:
            row = {(k or "").strip(): (v or "").strip() for k, v in row.items()}
            if row.get("id"):
                rows[row["id"]] = _clean_meta(row, f"{csv_path}, line {reader.line_num}")
    return rows


def _sidecar(path: Path) -> dict[str, str]:
    csv_path = path.parent / SIDECAR
    if not csv_path.is_file():
        return {}
    return _sidecar_rows(str(csv_path), csv_path.stat().st_mtime_ns).get(path.stem, {})


# --------------------------------------------------------------------------- reading
def _check_language(language: str | None) -> None:
    if language is not None and language not in LANGUAGES:
        raise UsageError(f"language {language!r} is not supported; use fr or en")


def _first_line_title(text: str) -> str:
    for line in text.split("\n"):
        line = line.strip().lstrip("#•*-–— \t").strip()
        if line:
            if len(line) > _TITLE_MAX:
                line = line[:_TITLE_MAX].rsplit(" ", 1)[0] + "…"
            return line
    return ""


def read_document(path: str | Path, *, language: str | None = None) -> Document:
    """One file as a Document; raises DocumentError naming the file and the fix."""
    path = Path(path)
    _check_language(language)
    suffix = path.suffix.lower()
    if suffix not in EXTENSIONS:
        kind = f"'{path.suffix}'" if path.suffix else "with no extension"
        raise _fail(path, f"unsupported file type {kind}; give the article as .txt, .md or .html")
    if not path.is_file():
        raise _fail(path, "not a file; give a file or a folder of articles")
    try:
        data = path.read_bytes()
    except OSError as e:
        raise _fail(path, f"cannot be read ({e.strerror}); check its permissions") from None
    raw = _decode(path, data)
    if suffix in HTML_EXTENSIONS:
        body, found = html_to_text(raw)
        page = {k: v for k, v in found.items() if k != "language" or v in LANGUAGES}
        if "published" in page:
            try:
                page["published"] = parse_iso_date(page["published"])
            except ValueError:  # a web page's own meta tags: ignore rather than refuse the article
                del page["published"]
        front: dict[str, str] = {}
    else:
        front, body = _front_matter(path, raw)
        page = {}
    text = strip_boilerplate(body)
    if not text:
        raise _fail(path, "no article text (empty, or only front matter and boilerplate); add the article body")
    meta = {**page, **_sidecar(path), **front}
    return Document(
        id=path.stem,
        title=meta.get("title") or _first_line_title(text),
        text=text,
        language=meta.get("language") or language or detect_language(text),
        sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(),
        path=str(path),
        url=meta.get("url"),
        publisher=meta.get("publisher"),
        published=meta.get("published"),
    )


def _is_hidden(path: Path, root: Path) -> bool:
    return any(part.startswith(".") for part in path.relative_to(root).parts)


def _expand(paths: Iterable[str | Path]) -> Iterable[tuple[str, Path | None]]:
    """(name as given or found, path) for every file to read; path None if it does not exist."""
    for given in paths:
        p = Path(given)
        if p.is_dir():
            found = (f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in EXTENSIONS)
            for f in sorted(found, key=lambda f: f.relative_to(p).as_posix()):
                if not _is_hidden(f, p):
                    yield str(f), f
        elif p.exists():
            yield str(given), p
        else:
            yield str(given), None


def read_documents(
    paths: Iterable[str | Path], *, language: str | None = None
) -> tuple[list[Document], list[tuple[str, str]]]:
    """Read files and folders (recursively); returns (documents, failures as (path, reason)).

    Inside folders only .txt, .md, .markdown, .html and .htm files are read,
    hidden files and folders skipped. Two files with the same id: the second fails.
    """
    _check_language(language)
    documents: list[Document] = []
    failures: list[tuple[str, str]] = []
    seen_files: set[Path] = set()
    ids: dict[str, str] = {}
    for name, path in _expand(paths):
        if path is None:
            failures.append((name, "no such file or folder"))
            continue
        if path.resolve() in seen_files:
            continue
        seen_files.add(path.resolve())
        if path.stem in ids and path.suffix.lower() in EXTENSIONS:
            failures.append((name, f"duplicate document id {path.stem!r}, also {ids[path.stem]}; rename one file"))
            continue
        try:
            doc = read_document(path, language=language)
        except DocumentError as e:
            failures.append((name, str(e).removeprefix(f"{path}: ")))
            continue
        ids[doc.id] = name
        documents.append(doc)
    return documents, failures
