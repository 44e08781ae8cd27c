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
import os
import re
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable

import yaml

from aipg.graph.config import DEFAULT_MAX_BYTES, DEFAULT_MAX_CHARS
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
#: The largest file read by default (``--max-bytes``): news articles are kilobytes, a saved web
#: page a few hundred; a bigger file is a dump that would take minutes to parse.
MAX_BYTES = DEFAULT_MAX_BYTES
#: The longest article text extracted (``--max-chars``): extraction time grows faster than
#: the length (bench/bench_long.py), so a longer text is refused rather than left running.
MAX_CHARS = DEFAULT_MAX_CHARS
#: The longest metadata value kept (a title, a URL, a publisher): longer is a mistake, refused.
VALUE_MAX = 2_000
#: The longest front matter block read: metadata is a few lines.
FRONT_MATTER_MAX = 65_536

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


def _decode_bom(path: Path, data: bytes) -> str | None:
    """The text of a UTF-32 or UTF-16 file that starts with its byte order mark, else None.
    UTF-32 first: its little-endian mark begins with UTF-16's."""
    for bom, codec in ((b"\xff\xfe\x00\x00", "utf-32"), (b"\x00\x00\xfe\xff", "utf-32"),
                       (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16")):
        if data.startswith(bom):
            try:
                text = data.decode(codec)
            except UnicodeDecodeError:
                raise _fail(path, f"starts like {codec.upper()} but does not decode; re-save it as UTF-8") from None
            if "\x00" in text:
                raise _fail(path, f"{codec.upper()} text holding NUL characters (binary?); re-save it as UTF-8")
            return text.replace("\r\n", "\n").replace("\r", "\n")
    return None


def _decode(path: Path, data: bytes) -> str:
    """UTF-8 (with or without BOM), UTF-16 or UTF-32 with a BOM, else Windows-1252 if it reads as text."""
    text = _decode_bom(path, data)
    if text is not None:
        return text
    if b"\x00" in data:
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
    except (ValueError, OverflowError):
        raise DocumentError(f"{where}: 'published' {str(value)!r} is not a date; write it as YYYY-MM-DD") from None


def _scalar(key: str, value: Any, where: str) -> Any:
    """``value`` if it is one short text, number or date; a DocumentError naming ``key`` otherwise."""
    if isinstance(value, bool) or not isinstance(value, (str, int, float, dt.date)):
        kind = "a list" if isinstance(value, list) else "a mapping" if isinstance(value, dict) else type(value).__name__
        raise DocumentError(f"{where}: {key!r} is {kind}, not a single value; write it as {key}: text")
    if isinstance(value, str) and len(value) > VALUE_MAX:
        raise DocumentError(f"{where}: {key!r} is {len(value):,} characters long, over the limit of "
                            f"{VALUE_MAX:,}; shorten it")
    return value


def _clean_meta(raw: dict[Any, Any], where: str) -> dict[str, str]:
    """Known keys only, empty values dropped, values single and bounded, dates and languages checked."""
    meta: dict[str, str] = {}
    if raw.get("published") in (None, "") and raw.get("date") not in (None, ""):
        raw = {**raw, "published": raw["date"]}  # "date" is what static-site generators write
    for key in _FIELDS:
        value = raw.get(key)
        if value is None or (isinstance(value, str) and not value.strip()):
            continue
        value = _scalar(key, value, where)
        if key == "published":
            meta[key] = _published(value, where)
        elif key == "language":
            meta[key] = _language(value, where)
        else:
            meta[key] = " ".join(str(value).split())
    return meta


class _AliasFound(Exception):
    pass


class _NoAliasLoader(yaml.SafeLoader):
    """PyYAML's safe loader, refusing anchors and aliases: expanding them lets a few hundred
    bytes grow into gigabytes ("billion laughs"), and metadata never needs them."""

    def compose_node(self, parent, index):
        if self.check_event(yaml.AliasEvent) or getattr(self.peek_event(), "anchor", None):
            raise _AliasFound()
        return super().compose_node(parent, index)


def parse_front_matter(block: str) -> Any:
    """The YAML of a front matter block, without alias expansion.

    Raises yaml.YAMLError for invalid YAML, and _AliasFound, ValueError (an
    impossible date such as 2024-02-30) or RecursionError as PyYAML does.
    """
    if "&" not in block and "*" not in block:  # no anchor or alias can be written without them
        try:
            return yaml.load(block, Loader=_FAST_LOADER)  # noqa: S506 - libyaml's safe loader, when there
        except yaml.YAMLError:
            pass  # the error in PyYAML's own words, below, the same with or without libyaml
    return yaml.load(block, Loader=_NoAliasLoader)  # noqa: S506 - a SafeLoader subclass


# libyaml's safe loader where PyYAML has it: a rebuild reads every file's front matter
_FAST_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?\n)?(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)


_PLAIN_LINE = re.compile(r"^([A-Za-z_][\w-]*):[ \t]+(.*?)[ \t]*$")


def one_line(message: str) -> str:
    return " ".join(message.split("\n")[0].split())


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
    if m.end() > FRONT_MATTER_MAX:
        raise _fail(path, f"front matter is {m.end():,} characters long, over the limit of {FRONT_MATTER_MAX:,}; "
                          "keep only title, url, publisher, published and language between the --- lines")
    try:
        raw = parse_front_matter(m.group(1) or "") or {}
    except _AliasFound:
        raise _fail(path, "front matter uses YAML anchors or aliases (&name, *name), which aipg does not expand; "
                          "write each value out") from None
    except (ValueError, OverflowError, RecursionError) as e:  # PyYAML's own checks: 2024-02-30, deep nesting
        reason = "nested too deeply" if isinstance(e, RecursionError) else one_line(str(e))
        raise _fail(path, f"bad front matter ({reason}); fix the YAML between the --- lines") from None
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
    try:
        return _read_sidecar(csv_path)
    except UnicodeDecodeError:
        raise DocumentError(f"{csv_path} is not UTF-8 text; re-save it as UTF-8 (CSV UTF-8 in a spreadsheet)") from None
    except csv.Error as e:
        raise DocumentError(f"{csv_path}: not a readable CSV file ({one_line(str(e))}); fix or remove it") from None
    except OSError as e:
        raise DocumentError(f"{csv_path} cannot be read ({e.strerror}); check its permissions") from None


def _read_sidecar(csv_path: str) -> dict[str, dict[str, str]]:
    rows: dict[str, dict[str, str]] = {}
    with open(csv_path, encoding="utf-8-sig", newline="") as f:
        reader = csv.DictReader(f)
        columns = [c.strip() for c in reader.fieldnames or []]
        unknown = [c for c in columns if c not in SIDECAR_COLUMNS]
        if "id" not in columns or unknown:
            bad = f"unknown column {unknown[0]!r}" if unknown else "no 'id' column"
            raise DocumentError(f"{csv_path}: {bad}; use the columns {', '.join(SIDECAR_COLUMNS)}")
        for row in reader:
            # cells past the header come under the key None as a list: not metadata, left out
            row = {k.strip(): (v or "").strip() for k, v in row.items() if isinstance(k, str) and isinstance(v, (str, type(None)))}
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


_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


def _is_utf8(name: str) -> bool:
    return os.fsencode(name).decode("utf-8", "backslashreplace") == name


def printable(name: str) -> str:
    """A file name as it can be printed on one line: bytes that are not UTF-8 and control
    characters (a newline, an escape) shown as \\xNN escapes.

    >>> printable("a\\nb.txt")
    'a\\\\x0ab.txt'
    """
    text = os.fsencode(name).decode("utf-8", "backslashreplace")
    return _CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", text)


def read_document(path: str | Path, *, language: str | None = None, max_bytes: int = MAX_BYTES,
                  max_chars: int = MAX_CHARS, doc_id: str | None = None) -> Document:
    """One file as a Document; raises DocumentError naming the file and the fix.

    ``doc_id`` defaults to the file name without its extension; a file over
    ``max_bytes`` is refused before it is read, an article text (markup and
    front matter removed) over ``max_chars`` once it is.
    """
    path = Path(path)
    _check_language(language)
    suffix = path.suffix.lower()
    if suffix not in EXTENSIONS:
        kind = f"'{printable(path.suffix)}'" if path.suffix else "with no extension"
        raise _fail(printable(str(path)), f"unsupported file type {kind}; give the article as .txt, .md or .html")
    if not _is_utf8(str(path)):
        raise _fail(printable(str(path)), "the file name is not valid UTF-8; rename the file "
                                          "(e.g. convmv -f latin1 -t utf8 --notest FILE)")
    if not path.is_file():
        raise _fail(path, "not a file; give a file or a folder of articles")
    try:
        with path.open("rb") as fh:
            data = fh.read(max_bytes + 1)  # never more: a huge file or a device is refused unread
    except OSError as e:
        raise _fail(path, f"cannot be read ({e.strerror}); check its permissions") from None
    if len(data) > max_bytes:
        size = path.stat().st_size
        raise _fail(path, f"is {size:,} bytes, over the limit of {max_bytes:,} (--max-bytes); "
                          "split it into articles, or raise --max-bytes")
    raw = _decode(path, data)
    if suffix in HTML_EXTENSIONS:
        body, found = html_to_text(raw)
        page = {k: v for k, v in found.items() if k != "language" or v in LANGUAGES}
        page = {k: v for k, v in page.items() if len(v) <= VALUE_MAX}  # a page's own tags: ignore, not refuse
        if "published" in page:
            try:
                page["published"] = parse_iso_date(page["published"])
            except (ValueError, OverflowError):  # a web page's own meta tags: ignore rather than refuse the article
                del page["published"]
        front: dict[str, str] = {}
    else:
        front, body = _front_matter(path, raw)
        page = {}
    text = strip_boilerplate(body)
    if not text:
        raise _fail(path, "no article text (empty, or only front matter and boilerplate); add the article body")
    if len(text) > max_chars:
        raise _fail(path, f"article text is {len(text):,} characters, over the limit of {max_chars:,} (--max-chars); "
                          "split it into articles, or raise --max-chars")
    meta = {**page, **_sidecar(path), **front}
    return Document(
        id=doc_id or path.stem,
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


def _expand(paths: Iterable[str | Path]) -> Iterable[tuple[str, Path | None, str]]:
    """(name as given or found, path, document id) for every file to read; path None if it does not exist.

    A file inside a folder given takes its path relative to that folder, without the
    extension, as its id (``2024/story.txt`` -> ``2024/story``): files at the top of the
    folder keep their plain name, and two files of the same name in sub-folders stay two.
    """
    for given in paths:
        p = Path(given)
        if p.is_dir():
            found = (f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in EXTENSIONS)
            for f in sorted(found, key=lambda f: f.relative_to(p).as_posix()):
                if not _is_hidden(f, p):
                    yield str(f), f, f.relative_to(p).with_suffix("").as_posix()
        elif p.exists():
            yield str(given), p, p.stem
        else:
            yield str(given), None, p.stem


def read_documents(
    paths: Iterable[str | Path], *, language: str | None = None, max_bytes: int = MAX_BYTES,
    max_chars: int = MAX_CHARS,
) -> tuple[list[Document], list[tuple[str, str]]]:
    """Read files and folders (recursively); returns (documents, failures as (path, reason)).

    Inside folders only .txt, .md, .markdown, .html and .htm files are read,
    hidden files and folders skipped. Two files with the same id: the second fails.
    A file that cannot be read is a failure with its reason; the others are read.
    """
    _check_language(language)
    documents: list[Document] = []
    failures: list[tuple[str, str]] = []
    seen_files: set[Path] = set()
    ids: dict[str, str] = {}
    for name, path, doc_id in _expand(paths):
        shown = printable(name)
        if path is None:
            failures.append((shown, "no such file or folder"))
            continue
        if path.resolve() in seen_files:
            continue
        seen_files.add(path.resolve())
        if doc_id in ids and path.suffix.lower() in EXTENSIONS:
            failures.append((shown, f"duplicate document id {doc_id!r}, also {ids[doc_id]}; rename one file, "
                                    "or give the folder that holds both (ids are paths inside the folder given)"))
            continue
        try:
            doc = read_document(path, language=language, max_bytes=max_bytes, max_chars=max_chars, doc_id=doc_id)
        except DocumentError as e:
            failures.append((shown, str(e).removeprefix(f"{shown}: ").removeprefix(f"{path}: ")))
            continue
        ids[doc.id] = shown
        documents.append(doc)
    return documents, failures
