"""Trigger rules: validated patterns with stable ids, and matching them on a sentence.

The rules themselves are data in the language modules (loaders/lang/fr.py,
en.py), grouped into families per relation type. A pattern is a
space-separated sequence of elements matched on folded surface forms or, where
the Doc has lemmas, folded lemmas (so "rejoindre" also matches "rejoignaient"):

* ``a|b``   either word;
* ``a?``    an optional word;
* ``~N``    up to N arbitrary tokens (not crossing punctuation other than an apostrophe).

The frame (loaders/frames.py) says where the arguments stand: ``active``
(source before, target after), ``passive``, ``pair``, ``venture``, ``include``,
``raise``, ``funders``, ``participate``, ``cofund``, ``pledge``, ``announce``, ``select``, ``examples``,
``roster``.

Options refine a rule: ``amount`` fires only where the sentence states an
amount; ``program`` only where a program stands inside or right after it;
``after`` takes the participants after the trigger only ("Among them are X");
``participants`` needs talk of participants nearby; ``organization`` lets a
membership organization be the target ("X joins the OECD"); ``members`` lets
an organization before "has N members" be the target; ``nominal`` drops a
creator cut off by a comma; ``round`` needs talk of a round; ``object`` says the
trigger names its object ("invest in"), so a missing one is no organization;
``between`` pairs a list after it ("partnership between X and Y"); ``verb`` says
the word is a verb here only when no article stands just before it or before the
word before it ("the Singaporean fund Temasek" is a noun); ``reciprocal`` says the verb pairs its
subjects among themselves ("X et Y s'associent", "X and Y partner on ...") and takes a partner after
it only behind "with" / "avec" / "à"; ``initial`` fires only where the trigger opens its sentence,
its subjects following it ("Ont également participé X et Y"). ``inner`` takes the parties inside the
trigger's gap, the subjects of a relative clause on its noun ("l'accord que X et Y ont signé"),
with a partner after "avec" / "with" if one follows. ``close`` needs its object right after it,
only articles, determiners and transparent words between ("kicked off the AI Alliance", not "kicked off
the conference with a keynote on the AI Alliance"). ``patrons`` needs the sentence to say that patrons
finance the party ("le mécénat finance le centre, avec cinq membres fondateurs que sont X et Y": each funds
it); like ``amount`` and ``program`` it hides no shorter firing inside it (X is a member too). ``ahead``
lets a participation with no program at hand take the one program the text names, later ("X and Y were
selected as elite teams to develop a national model. ... the P project"): never where it names two.
``bare`` needs its partner right after it, a description at most before ("with cloud provider Y") and no
noun it modifies after ("with Nvidia chips" names a product, no partner); it hides no shorter firing inside
it. ``negated`` fires only where the trigger is negated, and what it states is that negation ("X n'a pas
été retenu", "X was not selected": left out of the program at hand), so no policy turns it over; like
``amount`` it hides no shorter firing inside it. ``objectless`` needs no object right after it (no name, article
or determiner): "the US declined to sign, citing ..." speaks of the text at hand, "did not sign the
contract" does not. ``text`` needs a signed text (a declaration, charter, pact, code:
``signed_texts.is_signed_text``) right after it: "Brazil endorsed the P Declaration", not "endorsed the
P programme".

``confidence`` is the rule's precision measured on the development sets by
bench/calibrate.py (stored in rules_calibration.json beside this file, keyed by
rule id); rules fired fewer than three times there keep the prior written in
the language module. Ids are written in the data, never computed from a
position, so inserting a rule renames nothing.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Sequence

from aipg.graph.errors import TriggerError
from aipg.graph.schema import REL_TYPES
from aipg.loaders.lang import LanguageData, Rule

OPTIONS = frozenset({"amount", "program", "after", "participants", "organization", "members", "nominal", "round",
                     "object", "between", "verb", "reciprocal", "initial", "inner", "close", "patrons", "ahead",
                     "negated", "bare", "objectless", "text"})
_STOPS = frozenset({".", ";", ",", "(", ")", ":"})  # a gap ``~N`` never crosses them
_WORD = re.compile(r"^[^\s|?~]+$")


@dataclass(frozen=True)
class Trigger:
    rule: str
    type: str
    language: str
    pattern: tuple[str, ...]
    frame: str
    confidence: float
    options: frozenset[str] = frozenset()

    @property
    def needs_amount(self) -> bool:  # fires only where the sentence states an amount
        return "amount" in self.options

    @property
    def needs_program(self) -> bool:  # fires only with a program named inside or right after it
        return "program" in self.options

    @property
    def negated_only(self) -> bool:  # fires only negated, and states the negation itself
        return "negated" in self.options

    @property
    def conditional(self) -> bool:  # holds only under a condition of its sentence: hides no shorter firing
        return self.needs_amount or self.needs_program or "patrons" in self.options or self.negated_only \
            or "text" in self.options or "bare" in self.options


@dataclass(frozen=True)
class Found:
    """One trigger firing (sentence token offsets), before its arguments are found."""

    trigger: Trigger
    start: int
    end: int


CALIBRATION = Path(__file__).with_name("rules_calibration.json")
MIN_FIRINGS = 3  # below this a rule keeps its prior confidence


@lru_cache(maxsize=1)
def _measured() -> dict[str, float]:
    """Measured confidences per rule id (written by bench/calibrate.py), ".ctx" variants included."""
    if not CALIBRATION.is_file():
        return {}
    data = json.loads(CALIBRATION.read_text(encoding="utf-8"))
    return {rule: row["confidence"] for rule, row in data.get("rules", {}).items() if row["firings"] >= MIN_FIRINGS}


def validate_rule(rule: Rule, rel_type: str, code: str) -> None:
    """Raise TriggerError naming the rule if it is malformed."""
    from aipg.loaders.frames import FRAMES  # (the frames import this module)

    where = f"trigger {rule.id!r} (loaders/lang/{code}.py)"
    if rel_type not in REL_TYPES:
        raise TriggerError(f"{where}: family {rel_type!r} is no relation type; use one of {', '.join(REL_TYPES)}")
    if not re.fullmatch(rf"{code}\.{rel_type.lower()}\.[a-z_]+\.[a-z0-9_-]+", rule.id):
        raise TriggerError(f"{where}: an id reads '{code}.{rel_type.lower()}.FRAME.WORD' (lowercase)")
    if (rule.frame, rel_type) not in FRAMES:
        known = sorted(f for f, t in FRAMES if t == rel_type)
        raise TriggerError(f"{where}: no frame {rule.frame!r} for {rel_type}; use one of {', '.join(known)}")
    unknown = set(rule.options) - OPTIONS
    if unknown:
        raise TriggerError(f"{where}: unknown option(s) {', '.join(sorted(unknown))}; use {', '.join(sorted(OPTIONS))}")
    if not 0.0 < rule.prior <= 1.0:
        raise TriggerError(f"{where}: prior {rule.prior} is not in (0, 1]")
    elements = rule.pattern.split()
    if not elements or elements[0].startswith("~") or elements[-1].startswith("~"):
        raise TriggerError(f"{where}: pattern {rule.pattern!r} must start and end with a word")
    for el in elements:
        if el.startswith("~"):
            if not el[1:].isdigit() or int(el[1:]) < 1:
                raise TriggerError(f"{where}: gap {el!r} in {rule.pattern!r} must read ~N with N >= 1")
        elif not all(_WORD.match(w) for w in el.removesuffix("?").split("|")):
            raise TriggerError(f"{where}: element {el!r} in {rule.pattern!r} is not 'word|word' with an optional '?'")


@lru_cache(maxsize=None)
def triggers_for(lang: LanguageData) -> tuple[Trigger, ...]:
    """The validated triggers of a language, with their calibrated confidences."""
    measured = _measured()
    out: list[Trigger] = []
    seen: set[str] = set()
    for rel_type, rules in lang.triggers.items():
        for rule in rules:
            validate_rule(rule, rel_type, lang.code)
            if rule.id in seen:
                raise TriggerError(f"trigger {rule.id!r} (loaders/lang/{lang.code}.py): duplicate id; give it a new one")
            seen.add(rule.id)
            out.append(Trigger(rule.id, rel_type, lang.code, tuple(rule.pattern.split()), rule.frame,
                               measured.get(rule.id, rule.prior), frozenset(rule.options)))
    return tuple(out)


def context_confidence(trigger: Trigger) -> float:
    """Confidence of a claim whose target came from the discourse context (rule id + ".ctx")."""
    return _measured().get(trigger.rule + ".ctx", trigger.confidence * 0.8)


def first_words(trig: Trigger, elements: int = 1) -> list[str]:
    """The words the first ``elements`` pattern elements accept ("join|joins" -> join, joins)."""
    return [w for el in trig.pattern[:elements] for w in el.rstrip("?").split("|") if not w.startswith("~")]


@lru_cache(maxsize=None)
def _index(lang: LanguageData) -> dict[str, list[Trigger]]:
    """Triggers by the words that can open them (an optional first word indexes the second too)."""
    index: dict[str, list[Trigger]] = {}
    for trig in triggers_for(lang):
        for w in first_words(trig, 2 if trig.pattern[0].endswith("?") else 1):
            index.setdefault(w, []).append(trig)
    return index


def match_at(seq: Sequence[str], words: Sequence[str], lemmas: Sequence[str], transparent: frozenset[str], i: int,
             started: bool = False, incise: frozenset[str] = frozenset()) -> int | None:
    """End index if the pattern elements ``seq`` match at token i, else None. Once started, the
    ``transparent`` words are skipped, and so is a short incise between commas that one of the
    ``incise`` words opens ("ont signé, en marge du salon, un accord")."""
    if not seq:
        return i
    el = seq[0]
    if el.startswith("~"):
        j, left = i, int(el[1:])
        while True:
            end = match_at(seq[1:], words, lemmas, transparent, j, True, incise)
            if end is not None:
                return end
            close = incise_end(words, j, incise)
            if close is not None:  # (an incise costs no word of the gap)
                j = close + 1
                continue
            if left == 0 or j >= len(words) or words[j] in _STOPS:
                return None
            j, left = j + 1, left - 1
    optional, alts = _element(el)
    if started and i < len(words) and words[i] in transparent and words[i] not in alts:
        return match_at(seq, words, lemmas, transparent, i + 1, started, incise)
    if started and i + 1 < len(words) and f"{words[i]} {words[i + 1]}" in transparent:
        # ("d'ailleurs", "non plus"; an adverb of two words even where its first is one the rule wants: in
        # "qui finance par ailleurs P", "par" opens no agent)
        return match_at(seq, words, lemmas, transparent, i + 2, started, incise)
    close = incise_end(words, i, incise) if started else None
    if close is not None:
        return match_at(seq, words, lemmas, transparent, close + 1, started, incise)
    if i < len(words) and (words[i] in alts or lemmas[i] in alts):
        end = match_at(seq[1:], words, lemmas, transparent, i + 1, True, incise)
        if end is not None:
            return end
    if optional:
        return match_at(seq[1:], words, lemmas, transparent, i, started, incise)
    return None


def incise_end(words: Sequence[str], i: int, openers: frozenset[str], reach: int = 10) -> int | None:
    """The comma closing an incise that the comma at i opens with one of the ``openers`` words ("en
    marge du salon"), within ``reach`` words and no other punctuation between; None where there is none."""
    if not openers or i + 1 >= len(words) or words[i] != "," or words[i + 1] not in openers:
        return None
    for k in range(i + 1, min(len(words), i + reach + 1)):
        if words[k] == ",":
            return k
        if words[k] in _STOPS:
            return None
    return None


@lru_cache(maxsize=None)
def _element(el: str) -> tuple[bool, frozenset[str]]:
    """A pattern element read once: (optional, its alternatives)."""
    return el.endswith("?"), frozenset(el.rstrip("?").split("|"))


def find_triggers(lang: LanguageData, words: Sequence[str], lemmas: Sequence[str], inside: set[int],
                  firings: list[tuple[Trigger, int, int]] | None = None) -> list[Found]:
    """Every firing in a sentence (folded ``words`` and ``lemmas``; ``inside``: offsets covered by
    a mention), after overlap resolution, in text order. ``firings`` are the sentence's
    ``all_firings``, where the caller has them already (they do not depend on the mentions)."""
    if firings is None:
        firings = all_firings(lang, words, lemmas)
    # "AI Safety Fund" names a fund, it does not fund anything; a trigger never ends inside a name
    # ("launched the AI Alliance")
    return _longest([Found(trig, i, end) for trig, i, end in firings if i not in inside and end - 1 not in inside])


def all_firings(lang: LanguageData, words: Sequence[str], lemmas: Sequence[str]) -> list[tuple[Trigger, int, int]]:
    """(trigger, start, end) of every match in a sentence, whatever the mentions, before overlap
    resolution: ``find_triggers`` drops those a mention covers, so one pass serves every stage
    that reads the sentence's triggers."""
    found: list[tuple[Trigger, int, int]] = []
    index = _openers(lang)
    if index.keys().isdisjoint(words) and index.keys().isdisjoint(lemmas):
        return found  # (most sentences hold no word that opens a trigger: one set test in C)
    present = set(words)
    present.update(lemmas)
    first_word = next((k for k, w in enumerate(words) if w.isalnum()), len(words))
    viable: dict[tuple[str, str], tuple] = {}  # (word, lemma) -> the triggers it opens that can match here
    openers = index.keys() & present  # (most words open no trigger: one pass finds those that may)
    for i in [i for i, (w, lemma) in enumerate(zip(words, lemmas)) if w in openers or lemma in openers]:
        by_word, by_lemma = index.get(words[i]), index.get(lemmas[i])
        candidates = viable.get((words[i], lemmas[i]))
        if candidates is None:
            candidates = viable[words[i], lemmas[i]] = _viable(by_word, by_lemma, present)
        if not candidates:
            continue
        if words[i + 1 : i + 2] == ["-"] and words[i + 2 : i + 3] and words[i + 2] in lang.compound_particles:
            continue  # "start-up", "set-up": nouns, not verbs
        opening = i <= first_word  # nothing but punctuation before i
        for trig, initial in candidates:
            if initial and not opening:
                continue  # "Ont également participé X": only where nothing but punctuation comes first
            end = match_at(trig.pattern, words, lemmas, lang.transparent, i, incise=lang.incise_openers)
            if end is not None and end > i:
                found.append((trig, i, end))
    return found


def _viable(by_word: tuple | None, by_lemma: tuple | None, present: set[str]) -> tuple[tuple[Trigger, bool], ...]:
    """(trigger, is initial) of the triggers a word opens by its form, then by its lemma, each once,
    leaving out those a word they cannot do without is missing from the sentence for (``present``)."""
    if by_word is None or by_lemma is None or by_word is by_lemma:
        candidates = by_word or by_lemma or ()
    else:  # (ids are unique, so identity is equality)
        ids = {id(c[0]) for c in by_word}
        candidates = by_word + tuple(c for c in by_lemma if id(c[0]) not in ids)
    # (``map`` over the bound ``isdisjoint``: the test runs in C, no generator frame per element)
    disjoint = present.isdisjoint
    return tuple([(trig, initial) for trig, required, initial in candidates if not any(map(disjoint, required))])


@lru_cache(maxsize=None)
def _openers(lang: LanguageData) -> dict[str, tuple[tuple[Trigger, tuple[frozenset[str], ...], bool], ...]]:
    """``_index`` with each trigger once per word, beside the alternatives of its required (not
    optional, not gap) elements, of which a sentence must hold one word or lemma each for it to
    match, and whether it is ``initial``."""
    out = {}
    for word, trigs in _index(lang).items():
        out[word] = tuple((t, tuple(_element(el)[1] for el in t.pattern
                                    if not el.startswith("~") and not _element(el)[0]), "initial" in t.options)
                          for t in dict.fromkeys(trigs))
    return out


def _longest(found: list[Found]) -> list[Found]:
    """The longest firing wins where two of one type overlap ("backed by" over "backed"), and a
    firing inside a longer one of another type is part of it ("founding member of")."""
    found.sort(key=lambda f: (f.start - f.end, f.start))
    kept: list[Found] = []
    for f in found:
        # (a longer firing that holds only with an amount, a program or patrons does not hide a shorter one)
        if any(k.trigger.type == f.trigger.type and k.start < f.end and f.start < k.end
               and not k.trigger.conditional for k in kept):
            continue
        if any(k.start <= f.start and f.end <= k.end and k.end - k.start > f.end - f.start
               and not k.trigger.conditional for k in kept):
            continue
        kept.append(f)
    return sorted(kept, key=lambda f: f.start)


@lru_cache(maxsize=None)
def trigger_words(lang: LanguageData) -> frozenset[str]:
    """Every word that can open a trigger ("partners", "joins"): after a name, a verb, not a noun it modifies."""
    return frozenset(w for t in triggers_for(lang) for w in first_words(t, 2))


VERBAL_FRAMES = frozenset({"active", "pair", "venture", "raise", "participate", "pledge"})


@lru_cache(maxsize=None)
def verbish_words(lang: LanguageData) -> frozenset[str]:
    """Copulas and the first words of verbal triggers: between two names, they part two lists. An article
    that opens a trigger ("a partner of") is no verb (English lookup lemmas read "as" as "a")."""
    firsts = {w for t in triggers_for(lang) if t.frame in VERBAL_FRAMES for w in first_words(t)}
    return lang.copulas | (firsts - lang.determiners)
