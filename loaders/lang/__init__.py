"""Language data for the relation stage: one frozen ``LanguageData`` per language.

Each language is one module of this package (``fr.py``, ``en.py``) that
defines ``DATA``; ``for_language(code)`` imports ``aipg.loaders.lang.<code>``,
so adding a language is adding a file (see docs/extending.md). Words are
folded (lowercase, no accents, straight quotes, elided forms without their
apostrophe: "d'" is "d"), as ``loaders.sentence.fold`` gives them.

Code reads these lists and asks the Doc what it has (parser, lemmas, POS); it
never tests the language code.
"""

from __future__ import annotations

import importlib
import re
from dataclasses import dataclass, fields
from functools import lru_cache

from aipg.graph.errors import AipgError

Words = frozenset[str]


@dataclass(frozen=True)
class Rule:
    """One trigger as written in a language module: a stable id, the frame that finds its
    arguments, a pattern (see loaders/triggers.py), a prior confidence and options."""

    id: str
    frame: str
    pattern: str
    prior: float
    options: tuple[str, ...] = ()

    def __init__(self, id: str, frame: str, pattern: str, prior: float, *options: str):
        object.__setattr__(self, "id", id)
        object.__setattr__(self, "frame", frame)
        object.__setattr__(self, "pattern", pattern)
        object.__setattr__(self, "prior", prior)
        object.__setattr__(self, "options", tuple(options))


@dataclass(frozen=True)
class Negation:
    """How a language negates a trigger. A language states negation in one word ("not"),
    in two parts ("ne ... pas"), or both; what it lacks stays empty."""

    refusals: Words  # in the four words before: "refused to join"
    alone: Words  # on its own in the three words before or inside the trigger: "not", "never"
    suffixes: tuple[str, ...]  # a word ending so negates like ``alone``: "n't"
    after: Words  # right after the trigger: "joined not ..."
    clitics: Words  # first part of a two-part negation, in the four words before: "ne"
    particles: Words  # its second part, around the trigger: "pas", "jamais"
    correlatives: Words  # or opening the subjects with the clitic before the trigger: "Ni X ni Y ne ..."


@dataclass(frozen=True, eq=False)  # one object per language: hashed by identity, for the caches
class LanguageData:
    """Every word list the relation stage uses, for one language."""

    code: str
    triggers: dict[str, tuple[Rule, ...]]  # families: relation type -> its rules
    negation: Negation
    hedges: Words  # "could", "potentiel": the edge is potential
    clause_breaks: Words  # end the reach of a trigger
    transparent: Words  # a pattern steps over them: "has officially joined"
    list_leadins: Words  # introduce a list: "including", "dont", ":"
    list_joiners: tuple[str, ...]  # join two items of a list: "and", "as well as"
    list_articles: tuple[str, ...]  # may follow a joiner: "the", "l'"
    articles: Words  # determiners skipped before a name
    definite_articles: Words
    apposition_articles: tuple[str, ...]  # open an apposition between two list items: ", the fund of X,"
    and_words: Words
    agent_prepositions: Words  # "by", "par"
    agent_leadins: Words  # after the agent preposition, a list follows: "par des investisseurs dont X"
    relatives: Words  # open a relative clause
    relative_objects: Words  # a relative whose antecedent is the object: "dans laquelle X a investi"
    relative_possessives: Words  # "dont", "whose"
    not_relative_before: Words  # before a relative word, it is no relative: "such as", "tels que"
    copulas: Words  # lemmas of "be" and "have"
    descriptors: Words  # common nouns describing the name after them: "the start-up X"
    compound_particles: Words  # "start-up", "set-up": a trigger word so joined is a noun
    citations: tuple[tuple[str, ...], ...]  # a name after them is a source: "according to"
    agreement_words: tuple[str, ...]  # regex pieces: a partnership with these is an MOU
    membership_nouns: Words  # "founding member": membership, not creation
    funding_words: Words  # the sentence speaks of money
    round_words: Words  # the sentence speaks of a round
    participant_words: Words  # the text speaks of participants
    context_objects: Words  # an object that is the party at hand: "invest in it"
    nominal_suffixes: tuple[str, ...]  # a trigger word so ending is a noun: "investment", "stake"
    list_verbs: Words  # a list after them names members: "include", "figurent"
    beside: tuple[str, ...]  # co-subjects after the object: "alongside", "aux cotes de"
    also_subjects: tuple[str, ...]  # "as did", "tout comme"
    also_members: tuple[str, ...]  # "as well as", "ainsi que"
    verbs_before_among: Words  # "X figuraient parmi les investisseurs"
    subject_adverbs: Words  # stepped over between a subject's verb and "among"
    prep_of: Words  # "investors of Y"
    prep_in: Words  # "take part in Y"
    prep_into: Words  # "money put into Y"
    prep_to: Words  # "credits to Y"
    prep_stake: Words  # "the next round of Y", "dans Y"
    prep_with: Words
    prep_between: Words
    # constructions a language may lack (empty there):
    possessives: Words  # a name followed by them is no subject: "OpenAI's largest shareholder"
    modifier_before: Words  # before a name used as a noun modifier: "the Nvidia chips"
    not_nouns: Words  # a word after a name that is no noun it modifies
    participle_suffixes: tuple[str, ...]  # nor a word so ending
    reflexives: Words  # "s'engager a": with ``promise_markers`` after, a promise, not money
    promise_markers: Words
    team_nouns: Words  # "Upstage's consortium includes X", "le consortium d'Upstage comprend X": partners
    determiners: Words  # open a stated object that is no name: "intégrer ces outils", "join its board"

    # fields that describe a construction some languages lack; every other field is filled
    CONSTRUCTIONS = ("possessives", "modifier_before", "not_nouns", "participle_suffixes", "reflexives",
                     "promise_markers")

    def gap_list(self) -> re.Pattern[str]:
        """What may stand between two items of one list: a comma or joiner, then maybe an article."""
        joiners = "|".join(sorted((re.escape(w) for w in self.list_joiners), key=len, reverse=True))
        elided = "|".join(re.escape(a) for a in self.list_articles if a.endswith("'"))
        words = "|".join(re.escape(a) for a in self.list_articles if not a.endswith("'"))
        arts = "|".join(x for x in (elided, f"(?:{words})\\b" if words else "") if x)
        return re.compile(
            rf"^\s*(?:(?:,|;)\s*(?:{joiners})?|(?:{joiners}))\s*(?:{arts})?\s*$", re.I)

    def gap_apposition(self) -> re.Pattern[str]:
        """An apposition between two items of a list: "MGX, le fonds d'Abou Dhabi, Bpifrance"."""
        arts = "|".join(re.escape(a) for a in self.apposition_articles)
        ands = "|".join(re.escape(a) for a in sorted(self.and_words))
        return re.compile(rf"^\s*,\s*(?:{arts})\b[^,;:()]{{1,60}},\s*(?:{ands})?\s*$", re.I)

    def agreements(self) -> re.Pattern[str]:
        return re.compile(r"\b(?:" + "|".join(self.agreement_words) + r")\b", re.I)


def unfilled(data: LanguageData) -> list[str]:
    """Names of the fields ``data`` leaves empty that every language must fill."""
    out = []
    for f in fields(data):
        if f.name in LanguageData.CONSTRUCTIONS:
            continue
        value = getattr(data, f.name)
        if not value:
            out.append(f.name)
    neg = data.negation
    if not neg.refusals or not (neg.alone or (neg.clitics and neg.particles)):
        out.append("negation")
    return out


@lru_cache(maxsize=None)
def for_language(code: str) -> LanguageData:
    """The language data of ``code`` ("fr", "en"), from ``aipg.loaders.lang.<code>``."""
    if not re.fullmatch(r"[a-z]{2,3}", code or ""):
        raise AipgError(f"unsupported language {code!r}: use a two-letter code with a module in loaders/lang/")
    try:
        module = importlib.import_module(f"aipg.loaders.lang.{code}")
    except ModuleNotFoundError:
        raise AipgError(f"no language data for {code!r}: add loaders/lang/{code}.py (see docs/extending.md)") from None
    data = getattr(module, "DATA", None)
    if not isinstance(data, LanguageData) or data.code != code:
        raise AipgError(f"loaders/lang/{code}.py must define DATA = LanguageData(code={code!r}, ...)")
    return data
