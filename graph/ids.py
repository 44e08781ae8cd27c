"""Slugs and the one text normaliser used for alias matching (as the scorer compares)."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from functools import lru_cache

_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'"})


@lru_cache(maxsize=1 << 16)
def strip_accents(text: str) -> str:
    """``text`` without combining accents (cached: the same words come back all the time)."""
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@lru_cache(maxsize=1 << 16)
def norm(text: str) -> str:
    """Case-, accent- and punctuation-insensitive form of ``text``.

    >>> norm("l’Université de Montréal!")
    'l universite de montreal'
    """
    return " ".join(_NOT_ALNUM.sub(" ", strip_accents(text).casefold()).split())


_NOT_ALNUM = re.compile(r"[\W_]")  # exactly the characters for which str.isalnum() is false


def slugify(name: str) -> str:
    """Stable id slug of a canonical name.

    >>> slugify("Sciences Po")
    'sciences-po'
    >>> slugify("Département d’État (US)")
    'departement-d-etat-us'
    """
    return norm(name).replace(" ", "-")


def fix_quotes(text: str) -> str:
    """Typographic apostrophes folded to ASCII (for matching, never for stored evidence)."""
    return text.translate(_APOSTROPHES)


def stable_hash(*parts: object, length: int = 16) -> str:
    """Hex digest of the parts, stable across runs and machines.

    Lone surrogates (a file name that is not UTF-8, as Python decodes it) are hashed as
    they are instead of failing; every other text hashes as its UTF-8 bytes.
    """
    h = hashlib.sha256("\x1f".join("" if p is None else str(p) for p in parts).encode("utf-8", "surrogatepass"))
    return h.hexdigest()[:length]


SLUG_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
