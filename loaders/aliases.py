"""Names and aliases that mean something: pronouns ("It", "Elle"), determiner-only phrases
("Ce plan"), generic nouns and role words ("company", "school", "groupe néerlandais") and
sentence fragments ("agreement gives the university", "of Innovation") never become a name
or an alias, and an alias belongs to one entity of a document.

The filter runs where a document's entities are settled (pipeline.finalize); the word lists
are the ``names`` group of every language in loaders/lang/.
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache
from typing import Iterable

from aipg.graph.ids import norm
from aipg.graph.model import Entity
from aipg.loaders.lang import union

# A name or an alias is judged in every language at once: knowledge-base names and aliases carry
# no language, and an article quotes names in another ("the Agence nationale de la recherche").
PRONOUNS = union("names.pronouns")
DETERMINERS = union("names.determiners")
FRAGMENT_EDGES = union("names.fragment_edges")
COUNTRY_ADJECTIVES = union("references.country_adjectives")
# A demonstrative or a possessive opens a reference, never a name: "Ce plan", "its partner".
_POINTING = union("names.pointing")
# Verbs inside a form make it a piece of a sentence: "agreement gives the university".
_FRAGMENT_VERBS = union("names.fragment_verbs")
_KINDS = union("names.generic_nouns") | union("names.role_words")
_GOVERNMENTS = union("names.governments")


def _surface_words(form: str) -> list[str]:
    """The form's words as written (apostrophes and hyphens split like ``norm`` does)."""
    return "".join(c if c.isalnum() else " " for c in form).split()


@lru_cache(maxsize=1 << 14)  # a pure function of the form: documents name the same organizations
def meaningless(form: str) -> str | None:
    """Why ``form`` cannot be a name or an alias (a short reason), or None when it can.

    >>> [meaningless(f) for f in ("It", "Ce plan", "company", "groupe néerlandais", "OpenAI", "l'Alliance")]
    ['pronoun', 'determiner phrase', 'generic noun', 'generic noun', None, None]
    """
    words = norm(form).split()
    if not words:
        return "empty"
    if " ".join(words) in PRONOUNS:
        return "pronoun"
    surface = _surface_words(form)
    if words[0] in _POINTING and len(words) > 1 and not any(w[:1].isupper() for w in surface[1:]):
        return "determiner phrase"  # "Ce plan", "its partner" (but "Our AI" is a name)
    while words and words[0] in DETERMINERS:
        words, surface = words[1:], surface[1:]
    if not words:
        return "determiner phrase"
    if " ".join(words) in PRONOUNS:
        return "pronoun"
    spaced = form.split()
    if spaced[0] in FRAGMENT_EDGES or spaced[-1] in FRAGMENT_EDGES or any(w in _FRAGMENT_VERBS for w in spaced[1:-1]):
        return "sentence fragment"  # (lower-case joining words as written: "AT&T" is a name)
    if len(surface) != len(words):  # norm and the surface split differently: judge on the words alone
        surface = words
    kinds = [w for w, s in zip(words, surface) if w in _KINDS and not s[:1].isupper()]
    if kinds and set(kinds) <= _GOVERNMENTS and any(w in COUNTRY_ADJECTIVES for w in words):
        return None  # "British government", "gouvernement britannique": one per country
    if kinds and all((w in _KINDS and not s[:1].isupper()) or w in COUNTRY_ADJECTIVES or s.islower()
                     or w in DETERMINERS for w, s in zip(words, surface)):
        return "generic noun"  # "company", "groupe néerlandais", "Emirati group", "the university"
    if " ".join(words) in _KINDS and len(words) == len(surface) and form.isupper():
        return "generic noun"  # "COMPANY"
    return None


def clean_entities(entities: Iterable[Entity]) -> tuple[list[Entity], dict[str, str]]:
    """(entities with meaningful aliases only, {id: reason} of those whose name is meaningless).

    An alias two entities of the document share stays with the one it names (its name, once
    normalised) and leaves the others; when it names neither, it leaves both.
    """
    kept: list[Entity] = []
    dropped: dict[str, str] = {}
    for e in entities:
        reason = meaningless(e.name) if e.label != "Person" else None
        if reason:
            dropped[e.id] = f"endpoint name is a {reason}"  # (one reason per kind, for the ingest report)
            continue
        kept.append(replace(e, aliases=tuple(a for a in e.aliases if not meaningless(a))))
    owners: dict[str, set[str]] = {}
    for e in kept:
        for a in e.aliases:
            owners.setdefault(norm(a), set()).add(e.id)
    shared = {a: ids for a, ids in owners.items() if len(ids) > 1}
    if shared:
        named = {norm(e.name): e.id for e in kept}
        kept = [replace(e, aliases=tuple(a for a in e.aliases
                                         if norm(a) not in shared or named.get(norm(a)) == e.id))
                for e in kept]
    return kept, dropped
