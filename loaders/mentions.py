"""Find mentions of organizations and people in a parsed document.

Sources, in order of trust: the knowledge base (phrase matcher over every
known surface form), acronyms introduced in parentheses, names with a legal
suffix or an organization cue word, spaCy's French NER, and short references
("l'Alliance", "the company") that resolve.py attaches to an antecedent.
"""

from __future__ import annotations

import re
import weakref
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import compress
from operator import itemgetter

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from aipg.graph.ids import fix_quotes, norm, strip_accents
from aipg.loaders import nlp as nlp_mod
from aipg.loaders.bullets import item_names, usual_label
from aipg.loaders.evidence import headline_lines
from aipg.loaders.kb import KnowledgeBase, is_case_sensitive
from aipg.loaders.lang import MentionWords, for_language, union, words_of
from aipg.loaders.lang import _quoted
from aipg.loaders.references import REFERENCE, document_references, seat_spans
from aipg.loaders.sentence import CAPITALISED as _CAP_RE
from aipg.loaders.sentence import LEGAL_FORMS, find_triggers, fold, sentence_view
from aipg.loaders.signed_texts import text_spans
from aipg.loaders.slots import Seen, common_word, common_written, person_like, slot_spans
from aipg.loaders.typed import typed_spans

# Mention kinds
KB, ACTOR, CUE, NER, PERSON, NON_ORG = "kb", "actor", "cue", "ner", "person", "nonorg"
_PLACE = f"{NON_ORG}|place"  # a listed place's candidate label
RUN = "run"  # a capitalised name with no cue: a mention only if it is a knowledge-base name, give or take a letter


@dataclass(frozen=True)
class Mention:
    """A span of the document that names (or refers back to) an organization or person.

    ``key`` is the KB id for knowledge-base mentions, else the normalised name;
    resolve.py turns keys into entity ids.
    """

    start: int  # character offsets in the document text
    end: int
    tok_start: int  # token offsets in the spaCy Doc
    tok_end: int
    text: str
    kind: str
    label: str | None  # schema label when known (KB, cues); None for references
    key: str
    sentence: int
    #: the span is the subject of its clause (French parse), or a finite verb follows it
    subject: bool = False

    @property
    def is_reference(self) -> bool:
        return self.kind == REFERENCE


# --------------------------------------------------------------------------- name cues
# The words are the ``mentions`` group of loaders/lang/. Those inside a name are read over every
# language (``union``): a name is written in any language ("Agence nationale de la recherche" in
# an English article, "Competition and Markets Authority" in a French one). Those around it are
# the document's language's (``_words(doc)``).
CUES: dict[str, tuple[str, ...]] = union("mentions.cues")  # label -> the words in a name that give it
_CUE_LINKS = union("mentions.cue_links") | _quoted.LINKS
_FUND_WORDS = union("mentions.fund_words")
# Legal forms of many countries and the words companies put in their names, whatever the language.
COMPANY_SUFFIXES = (
    "inc", "incorporated", "corp", "corporation", "ltd", "limited", "llc", "plc", "sa", "sas", "sarl", "gmbh",
    "ag", "nv", "bv", "spa", "co", "company", "group", "groupe", "holdings", "technologies", "technology",
    "labs", "ai", "ventures", "capital", "partners", "systems", "software", "networks", "semiconductor",
    "semiconductors", "robotics", "pharma", "bank", "banque", "motors", "electronics", "computing", "cloud",
    "therapeutics", "biosciences", "bioscience", "biotech", "pharmaceuticals", "aerospace", "energy",
    "industries", "diagnostics", "genomics", "biologics", "automation",
)
# NER's "persons" that end so are firms: "Guotai Junan International", "Foo Holdings"
_NOT_PERSON_LAST = frozenset(COMPANY_SUFFIXES) | {"international"}
LEGAL_SUFFIX_RE = re.compile(rf"(?:,?\s+(?:{LEGAL_FORMS})\.?)+$")
TICKER_RE = re.compile(r"^\(\s*(?:NASDAQ|NYSE|Euronext(?: Paris)?|LSE|TSX|TSE|HKEX|SIX|XETRA|EPA|ETR)\s*:\s*([A-Z0-9.]{1,8})\s*\)")
_LEGAL_ONLY_RE = re.compile(rf"^(?:(?:{LEGAL_FORMS})\.?,?\s*)+$")  # "Ltd.", "Co., Ltd.": no name of its own
ACRONYM_RE = re.compile(r"^\(\s*([A-Z](?:[A-Za-z0-9&]{1,9}|[A-Za-z0-9&]{0,6}-[A-Za-z0-9]{1,6}))\s*\)")  # "(CMA)", "(X-PAI)"

NER_LABELS = ("ORG", "MISC", "PER")
# A name is written in any language: its leading determiner and a reference's head are read in all.
REFERENCE_DETERMINERS = union("references.determiners")
REFERENCE_HEADS = union("references.heads")
_NAME_DETERMINERS = union("mentions.name_determiners")  # a name never opens with them
_PLACE_LINKS = _CUE_LINKS | _NAME_DETERMINERS  # before a place that is part of a name ("de", "du")
# Words NER sometimes tags as organizations that never are (agreement names, the field itself).
_NOT_NAMES = union("mentions.not_names")
PERSON_TITLES = union("mentions.person_titles")  # a French article writes "CEO" too
_AND = union("and_words")  # cut a capitalised run in two names: "Discord et Roblox"


def _words(doc: Doc) -> MentionWords:
    """The mention words of the document's language."""
    return words_of(nlp_mod.lang(doc), "mentions")



@lru_cache(maxsize=1 << 14)  # a pure function of the name: its mentions repeat it
def label_from_cues(name: str) -> str | None:
    """The label a name's own words suggest, or None.

    >>> label_from_cues("Université de Lille"), label_from_cues("Foo Technologies Inc.")
    ('University', 'Company')
    >>> label_from_cues("ministère des Armées"), label_from_cues("Bar Alliance")
    ('Government', 'Program')
    >>> label_from_cues("Seoul National University Hospital"), label_from_cues("Sheba Medical Center")
    ('Organization', 'Organization')
    """
    folded = " " + norm(name) + " "
    words = folded.split()
    cues = _cue_patterns()
    if len(words) > 2 and words[1] in _CUE_LINKS:
        # the head noun names the kind: "département des Sciences et des Technologies" is no company
        for label, (heads, _, _) in cues.items():
            if words[0] in heads:
                return label
    quoted = words and (_QUOTED_HEAD.get(words[0]) or (_QUOTED_HEAD.get(words[-1]) if len(words) > 1 else None))
    if quoted and not LEGAL_SUFFIX_RE.search(name):
        return quoted  # a name quoted untranslated opens with its head: "Universidade Federal de X"
    if words and (words[-1] in _COMPANY_SUFFIX_SET or LEGAL_SUFFIX_RE.search(name)):
        # "X Foundation Inc." is still a company; "Open Data Fund" is not (fund is a Program cue); nor is
        # "Paris Declaration on AI", whose company word ends a complement ("on AI"): its head names the kind
        complement = any(w in _CUE_LINKS for w in words[1:-1]) and not LEGAL_SUFFIX_RE.search(name)
        if words[-1] not in _FUND_WORDS and not complement:
            return "Company"
    phrase = next((label for label, cue in _CUE_PHRASES if folded.startswith(cue)), None)
    if phrase:  # a cue of two words opening the name over a shorter one: "Centre hospitalier de X"
        return phrase
    if any(folded.endswith(f" {cue} ") for cue in CUES["Organization"]):
        # the last word names the kind: "Seoul National University Hospital", "Sheba Medical Center"
        return "Organization"
    for label, (_, inside, opening) in cues.items():
        # a cue as a whole word, or opening the name; a cue ending in a space only as a word start
        if inside.search(folded) or opening.match(folded):
            return label
    return None


_CUE_ORDER = ("Government", "University", "Program", "Organization")
_QUOTED_HEAD = {w: label for label, heads in _quoted.HEADS.items() for w in heads}
_CUE_WORDS = frozenset(cue.strip() for label in _CUE_ORDER for cue in CUES[label])
_CUE_PHRASES = tuple((label, f" {cue.strip()} ") for label in _CUE_ORDER for cue in CUES[label] if " " in cue.strip())
_COMPANY_SUFFIX_SET = frozenset(COMPANY_SUFFIXES)
_KIND_WORDS = _CUE_WORDS | {w for w in _COMPANY_SUFFIX_SET if len(w) > 3}  # no person's name holds them


@lru_cache(maxsize=1)
def _cue_patterns() -> dict[str, tuple[frozenset[str], re.Pattern[str], re.Pattern[str]]]:
    """Per label, in the order labels are tried: its cues as a set (a name's head word), one
    pattern for a cue standing as a word inside the spaced, normalised name (" cue ", or " cue"
    for a cue that ends in a space), and one for a cue opening it (" cue")."""
    out = {}
    for label in _CUE_ORDER:
        cues = CUES[label]
        inside = "|".join(re.escape(c) + ("" if c.endswith(" ") else " ") for c in cues)
        opening = "|".join(re.escape(c) for c in cues)
        out[label] = (frozenset(cues), re.compile(f" (?:{inside})"), re.compile(f" (?:{opening})"))
    return out


# --------------------------------------------------------------------------- KB matching
@dataclass(frozen=True)
class _Matchers:
    lower: PhraseMatcher
    exact: PhraseMatcher
    non_orgs: PhraseMatcher
    events: PhraseMatcher  # the summits where the KB's signed texts were adopted


def _variants(surface: str) -> set[str]:
    base = {surface, fix_quotes(surface), surface.replace("'", "\u2019")}
    return base | {strip_accents(v) for v in base}


@lru_cache(maxsize=4)
def _matchers(kb: KnowledgeBase, language: str) -> _Matchers:
    nlp = nlp_mod.pipeline(language)
    lower = PhraseMatcher(nlp.vocab, attr="LOWER")
    exact = PhraseMatcher(nlp.vocab, attr="ORTH")
    buckets: dict[tuple[str, bool], list[Doc]] = {}
    for surface, entry_id, kind in kb.patterns():
        sensitive = is_case_sensitive(surface) or kb.is_ambiguous(surface)
        match_kind = ACTOR if kind == "actor" else KB
        for v in _variants(surface):
            buckets.setdefault((f"{match_kind}|{entry_id}", sensitive), []).append(nlp.make_doc(v))
    for (key, sensitive), docs in buckets.items():
        (exact if sensitive else lower).add(key, docs)
    non_orgs = PhraseMatcher(nlp.vocab, attr="LOWER")
    for surface, kind in kb.non_org_surfaces():
        non_orgs.add(f"{NON_ORG}|{kind}", [nlp.make_doc(surface)])
    events = PhraseMatcher(nlp.vocab, attr="LOWER")
    for surface in set(kb.event_surfaces()):
        events.add(f"{NON_ORG}|event", [nlp.make_doc(v) for v in _variants(surface)])
    nlp_mod.settle()  # built once per process, like the model
    return _Matchers(lower, exact, non_orgs, events)


def _kb_spans(doc: Doc, kb: KnowledgeBase, language: str) -> list[Span]:
    m = _matchers(kb, language)
    # a language that puts noun modifiers before their noun ("the UK regulator") says so in its data
    modifiers_first = bool(for_language(language).modifier_before)
    spans = []
    string = nlp_mod.strings(doc.vocab.strings).__getitem__  # (a few hundred keys: each looked up once)
    n = len(nlp_mod.tokens(doc).rows)
    for matcher in (m.lower, m.exact):
        for match_id, start, end in matcher(doc):
            key = string(match_id)
            if key.startswith(ACTOR) and (_is_place(doc, start, end) or (modifiers_first and _attributive(doc, end))):
                continue
            if matcher is m.exact and end < n and _starts_longer_name(doc, start, end, kb, key):
                continue  # "CMA CGM", "CMA Média": the acronym is the start of another name
            if _inside_other_word(doc, start, end, kb):
                continue
            spans.append(Span(doc, start, end, label=match_id))
    return spans


def _inside_other_word(doc: Doc, start: int, end: int, kb: KnowledgeBase) -> bool:
    """A known name is no mention where it is the tail of a hyphenated word ("X-PAI" is no "PAI"), or
    where several lowercase words, neither quoted nor glossed by an acronym, spell a capitalised name as
    common words ("a partnership on artificial intelligence research" is no Partnership on AI)."""
    table = nlp_mod.tokens(doc)
    rows = table.rows
    if start >= 2 and rows[start - 1].text == "-" and not rows[start - 1].whitespace_ \
            and not rows[start - 2].whitespace_ and rows[start - 2].text[-1:].isalnum():
        return True
    if end - start < 2:
        return False
    text = table.span_text(start, end)
    if text != text.lower() or strip_accents(text) in _lowercase_surfaces(kb):
        return False
    # (quoted, or glossed by an acronym after it, the words are the name: « instituts ... » (3IA))
    return not ((start > 0 and doc[start - 1].is_quote) or (end < len(doc) and (doc[end].is_quote or doc[end].text == "(")))


@lru_cache(maxsize=4)
def _lowercase_surfaces(kb: KnowledgeBase) -> frozenset[str]:
    """The knowledge base's names written in lowercase ("le gouvernement britannique"), accents stripped."""
    return frozenset(strip_accents(s) for s, _, _ in kb.patterns() if s == s.lower())


def _starts_longer_name(doc: Doc, start: int, end: int, kb: KnowledgeBase, key: str) -> bool:
    """A short capitalised alias followed by another capitalised word is the start of another
    name ("CMA CGM"); an entry's own name ("IBM Research") stays a mention of it."""
    nxt = nlp_mod.tokens(doc).rows[end]
    if nxt.is_punct or not nxt.text[:1].isupper():
        return False
    entry = kb.get(key.partition("|")[2])
    return nxt.text.isupper() or (entry is not None and nlp_mod.tokens(doc).span_text(start, end) != entry.name)


def _non_org_spans(doc: Doc, kb: KnowledgeBase, language: str) -> list[Span]:
    """Products, laws, events and generic words: they claim their tokens so no name is read there."""
    # (matched in any case; a short all-caps surface only in its own: "CES", never French "Ces")
    return [Span(doc, s, e, label=doc.vocab.strings[i]) for i, s, e in _matchers(kb, language).non_orgs(doc)
            if kb.is_non_org(nlp_mod.tokens(doc).span_text(s, e)) is not None]


def _event_spans(doc: Doc, kb: KnowledgeBase, language: str) -> list[Span]:
    """The summits where the KB's signed texts were adopted ("le Sommet de Séoul"), longest first:
    never organizations, and what ``signed_texts`` reads a text's descriptive name by."""
    return _longest_first([Span(doc, s, e, label=f"{NON_ORG}|event") for _, s, e in _matchers(kb, language).events(doc)])


def _longest_first(spans: list[Span]) -> list[Span]:
    """Non-overlapping spans, longest first ("AI Alliance" over the generic word "AI"); on a tie a
    listed non-organization wins, and a name beats a country used as an actor ("the UK government"
    is the government's name, not "the UK" + "government")."""
    out, taken = [], set()
    keyed = []  # (each Span attribute read once: a Span's label_ is a string-store lookup)
    for span in spans:
        label, start, end = span.label_, span.start, span.end
        keyed.append(((start - end, not label.startswith(NON_ORG), label.startswith(ACTOR), start), start, end, span))
    keyed.sort(key=itemgetter(0))
    for _, start, end, span in keyed:
        if taken.isdisjoint(range(start, end)):
            out.append((start, span))
            taken.update(range(start, end))
    out.sort(key=itemgetter(0))
    return [span for _, span in out]


_NAME_GLUE = union("mentions.name_glue") | {"&", "-", "'", "\u2019"}
_HEAD_CUES = union("mentions.head_cues")


def _well_formed(span: Span) -> bool:
    """A name that reads as one: no comma, no colon, no parenthesis, and every word either
    capitalised or a short linking word ("Initiative de l'ONU pour une IA sobre" is not: "sobre";
    "Orange Mistral Skills Lab" is). Its kind word opens or ends it, or stands before a complement
    ("Paris Declaration on AI")."""
    heads = {fold(span[-1].text), fold(span[0].text)}
    heads.update(fold(span[k - 1].text) for k in range(1, len(span)) if fold(span[k].text) in _CUE_LINKS)
    return len(span) <= 8 and any(h in _HEAD_CUES for h in heads) and all(
        t.text[:1].isupper() or t.is_digit or fold(t.text).rstrip("'\u2019") in _NAME_GLUE for t in span)


def _names_over_parts(cue_spans: list[Span], kb_spans: list[Span], non_orgs: list[Span], kb: KnowledgeBase,
                      typed: list[Span] = ()):
    """The resolution policy for a name that holds other names: a well-formed name with an
    organization cue (not a government's: "the UK Government" is the UK's) wins over the known
    names and places inside it ("Orange Mistral Skills Lab", "Seattle Aquarium") unless the
    knowledge base knows the longer form itself. Returns (kb spans, non-organizations, cue names
    that go first). A name the text types ("le projet OpenLLM France", ``typed``) wins so too."""
    first = []
    starting: dict[int, list[Span]] = {}  # spans by first token, so each name looks only inside itself
    known = {(s.start, s.end) for s in kb_spans}
    typed_at = {(t.start, t.end, t.label_) for t in typed if _typed_whole(t)}
    for s in kb_spans + non_orgs:
        starting.setdefault(s.start, []).append(s)
    for c in cue_spans:
        label = c.label_.partition("|")[2]
        if len(c) < 2 or kb.lookup(c.text) or not ((c.start, c.end, c.label_) in typed_at or label not in ("Government", "Company")
                                                   and _well_formed(c)):
            continue
        near = [s for i in range(max(0, c.start - 8), c.end) for s in starting.get(i, ())]
        inner = [s for s in near if c.start <= s.start and s.end <= c.end and len(s) < len(c)]
        if inner and not any(_crosses(s, c) for s in near if (s.start, s.end) in known):
            first.append(c)
    inside = lambda s: any(c.start <= s.start and s.end <= c.end for c in first)  # noqa: E731
    return [s for s in kb_spans if not inside(s)], [s for s in non_orgs if not inside(s)], first


def _typed_whole(span: Span) -> bool:
    """A typed name that may win over the known names inside it: no owner's possessive ("OpenAI's
    NextGenAI consortium" is the owner's named thing), and no common word opening the sentence
    before them ("Outre Airbus, le programme X": a preposition, not a name's first word)."""
    doc = span.doc
    if any(w.text in ("'s", "\u2019s") for w in span):
        return False
    rows = nlp_mod.tokens(doc).rows
    return not (rows[span.start].is_stop or _opens_sentence(rows, span.start)
                and common_word(fold(rows[span.start].text), nlp_mod.lang(doc)))


def _crosses(known: Span, name: Span) -> bool:
    """A known name that overlaps ``name`` without lying inside it, unless all it holds before the
    name is an article ("the Netherlands" before "Netherlands AI Radiology Consortium": the
    article is the longer name's)."""
    if known.start < name.start < known.end:
        return not all(fold(known.doc[k].text) in _NAME_DETERMINERS for k in range(known.start, name.start)) \
            or known.end > name.end
    return known.start < name.end < known.end


def _attributive(doc: Doc, end: int) -> bool:
    """English "the US model developer", "UK competition regulator": a country name used as an
    adjective in front of a noun, not as an actor (a verb or a function word follows an actor)."""
    if end >= len(doc):
        return False
    nxt = doc[end].text
    return nxt.isalpha() and nxt.islower() and nxt not in _words(doc).attributive_stops and not nxt.endswith(("ed", "s"))


def _is_place(doc: Doc, start: int, end: int) -> bool:
    """A country named as a place ("en France", "aux États-Unis", "(Japon)", "du Royaume-Uni"),
    not as an actor ("la France et l'Inde lancent ...")."""
    words = _words(doc)
    text = nlp_mod.tokens(doc).text
    k = start - 1
    while k >= 0 and fold(text[k]).rstrip("'") in words.place_articles:
        k -= 1
    prev = fold(text[k]).rstrip("'") if k >= 0 else ""
    if prev and k > 0 and _beside_item(doc, k):
        return False  # ("aux côtés du Ghana", "aux côtés : du Ghana, où ... ; du Kenya, qui ...": co-actors)
    # "Outre Paris, ...", "Besides France, ...": an additive opener sets a place aside, no actor
    return prev in words.place_before or prev == "(" or (end < len(doc) and text[end] == ")" and prev == "(") \
        or prev in words_of(nlp_mod.lang(doc), "additive_openers") and (k == 0 or nlp_mod.tokens(doc).rows[k].is_sent_start)


def _beside_item(doc: Doc, k: int, reach: int = 48) -> bool:
    """Token ``k`` is the preposition of "aux côtés de" or that of a later item of its list, the list after
    it maybe opened by a colon and parted by commas, semicolons or a joiner: "aux côtés du Ghana", "aux
    côtés : du Ghana, où ... ; du Kenya". Only where the language's "beside" phrase ends on that preposition."""
    heads, preps = _beside_heads(nlp_mod.lang(doc))
    folded = nlp_mod.tokens(doc).folded
    if folded[k].rstrip("'") not in preps:
        return False
    item = folded[k - 1] in (";", ",", ":") or folded[k - 1] in _AND  # (a later item's preposition)
    start = max(0, k - reach)  # (not the sentence's start: the French sentencizer ends one at a semicolon)
    for j in range(k, start, -1):
        if j != k and (not item or folded[j] in (".", "!", "?")):
            break
        for head in heads:
            at = j - len(head) - (folded[j - 1] == ":")
            if at >= start and tuple(folded[at : at + len(head)]) == head:
                return True
    return False


@lru_cache(maxsize=4)
def _beside_heads(lang: str) -> tuple[frozenset[tuple[str, ...]], frozenset[str]]:
    """The language's "beside" phrases that end on a preposition ("aux cotes de"): their words before it, and
    the prepositions."""
    phrases = [p.split() for p in for_language(lang).beside if len(p.split()) > 1]
    return frozenset(tuple(p[:-1]) for p in phrases), frozenset(p[-1] for p in phrases)


# --------------------------------------------------------------------------- name rules
_CONNECTORS = union("mentions.connectors") | _quoted.CONNECTORS | {"&", "-"}
#: a connector before these ends the name: "the Paris Declaration on AI on Tuesday", "... in March"
_CALENDAR = union("mentions.calendar")
_ELIDED = frozenset({"l'", "l\u2019"})  # an elided article between a connector and a capitalised word


def _capitalised_runs(sent: Span) -> list[tuple[int, int]]:
    """Runs of capitalised tokens (allowing inner connectors), as doc token ranges."""
    return _runs_between(nlp_mod.tokens(sent.doc), sent.start, sent.end)


def _runs_between(table, start: int, end: int) -> list[tuple[int, int]]:
    """``_capitalised_runs`` of tokens ``start``..``end``: a run opens only on a name word, so the
    loop visits the document's name words (found once per document), not every token."""
    text, lower, digit = table.text, table.lower, table.digit
    named, at = _name_words(table)
    runs = []
    k = bisect_left(at, start)
    while k < len(at) and at[k] < end:
        i = at[k]
        j = i + 1
        while j < end:
            if named[j] and not (text[j - 1][-1] == "." and _LEGAL_ONLY_RE.match(text[j - 1])):
                j += 1  # (a legal form with its dot ends the name: "Foo Ltd. NITDA will ...")
            elif lower[j] in _CONNECTORS and j + 1 < end and _capitalised(text[j + 1]) and not digit[j + 1] \
                    and lower[j + 1] not in _CALENDAR:
                j += 2
            elif lower[j] == "de" and j + 2 < end and lower[j + 1] in _ELIDED and _capitalised(text[j + 2]) \
                    and not text[j + 2].isupper():
                j += 3  # "Hôpital de l'Île" (not "Initiative de l'ONU": an acronym is another body's name)
            elif text[j] == "s" and text[j - 1].endswith(("'", "\u2019")) and j + 1 < end \
                    and _capitalised(text[j + 1]):  # "Children' s Hospital" as French splits it
                j += 2
            else:
                break
        runs.append((i, j))
        k = bisect_left(at, j, k + 1)  # (the next run opens on the first name word after this one)
    return runs


_NAME_WORDS: "weakref.WeakKeyDictionary" = weakref.WeakKeyDictionary()


def _name_words(table) -> tuple[list[bool], list[int]]:
    """For each token of the document: capitalised, no punctuation, no digit (a word a
    capitalised run may hold), and the positions of those words, computed once per document."""
    out = _NAME_WORDS.get(table)
    if out is None:
        named = [c and not p and not d for c, p, d in zip(map(_capitalised, table.text), table.punct, table.digit)]
        out = _NAME_WORDS[table] = (named, list(compress(range(len(named)), named)))
    return out


@lru_cache(maxsize=1 << 16)
def _capitalised(word: str) -> bool:
    return _CAP_RE.match(word) is not None


def _split_at_and(doc: Doc, s: int, e: int, whole: bool = False) -> list[tuple[int, int]]:
    """Cut a run at "and" / "et" once the part before it is a name on its own
    ("David and Lucile Packard Foundation and Google" -> the foundation, then Google). With
    ``whole``, the uncut run too where only common words follow the cut ("Ministry of Education
    and Research", "Institute of Geography and Statistics"): the longer candidate wins unless a
    known name takes those words ("the Ministry of Health and Apple")."""
    table = nlp_mod.tokens(doc)
    text = table.text
    if _AND.isdisjoint(table.folded[s:e]) and "&" not in text[s:e]:
        return [(s, e)]  # (no "and" in most runs: nothing to cut)
    # the last item of a comma list: "DTCP, Schroders Capital, SentinelOne and Thomvest Ventures"
    listed = s >= 2 and text[s - 1] == "," and text[s - 2][:1].isupper()
    pieces, start, kept = [], s, False
    for k in range(s, e):
        word = table.folded[k]
        if word in _AND and listed and k > start and k + 1 < e:
            pieces.append((start, k))
            start = k + 1
        elif (word in _AND or text[k] == "&") and label_from_cues(table.span_text(start, k)):
            pieces.append((start, k))
            start = k + 1
            kept = whole and len(pieces) == 1 and any(w in _CUE_LINKS for w in table.folded[s:k]) \
                and 0 < e - start <= 3 and all(common_word(table.folded[j], table.lang) for j in range(start, e))
    pieces.append((start, e))
    return pieces + [(s, e)] if kept and len(pieces) == 2 else pieces


def _cue_spans(doc: Doc, sent: Span, runs: list[tuple[int, int]] | None = None) -> list[Span]:
    """Capitalised names that carry an organization cue or a legal suffix (``runs``: the
    sentence's capitalised runs, when the caller has them)."""
    out = []
    words = _words(doc)
    runs = _capitalised_runs(sent) if runs is None else runs
    table = nlp_mod.tokens(doc)
    rows, n, folded = table.rows, len(table.rows), table.folded
    based_words, dashed = words.based, _dashed(words.based)
    for s, e in (p for run in runs for p in _split_at_and(doc, *run, whole=True)):
        # extend over a trailing legal suffix with its dot ("Foo Corp.")
        if e < n and rows[e].text == "." and rows[e - 1].text.rstrip(".").lower() in ("inc", "corp", "co", "ltd"):
            e += 1
        if e - s < 2:
            continue  # (one word: a cued name needs two, and the tests below only shorten it)
        based = [k for k in range(s, e) if folded[k] in based_words or folded[k].endswith(dashed)]
        if based:  # "Calif.-based UC Davis Health": the place and "based" go, the name after stays
            s = based[-1] + 1
        if e <= s or rows[e - 1].text == "-":
            continue  # "Toronto-based AI company": a place and a description, not a name
        # drop a leading sentence-initial determiner or common word ("The", "Le")
        while e - s > 1 and (folded[s] in _NAME_DETERMINERS
                             or (rows[s].is_stop and _opens_sentence(rows, s))):  # "Other AI developers"
            s += 1
        s = _past_place(table, s, e, words)
        if e - s < 2:
            continue  # "l'ouverture à Kigali du Centre pour ...": a place, then a bare head
        name = table.span_text(s, e)
        if _LEGAL_ONLY_RE.match(name):
            continue  # "Samsung Electronics Co., Ltd.": a legal form after a comma ends the name before it
        label = label_from_cues(name)
        if folded[s] in PERSON_TITLES:
            continue  # "Minister of Cybersecurity and Digital Technology" is a person's title
        owner = [k for k in range(s + 1, e - 1) if rows[k].text in ("'s", "\u2019s")]
        if owner and all(folded[k] in _COMPANY_SUFFIX_SET for k in range(owner[-1] + 1, e)) \
                and not LEGAL_SUFFIX_RE.search(table.span_text(s, e)):
            continue  # "Africa's AI", "Europe's cloud": a possessive before a generic word, no name
        if e < n and fold(rows[e].text) in words.descriptor_nouns:
            continue  # "Toronto AI company Cohere": a description in front of the name
        if label:
            e = _place_complement(table, s, e, sent.end, words) if label == "Organization" else e
            e = _quoted_adjective(table, s, e, sent.end)
            out.append(Span(doc, s, e, label=f"{CUE}|{label}"))
    return out


def _past_place(table, s: int, e: int, words: MentionWords) -> int:
    """Where a name starts in a run a place preposition opens with a place then a link before a
    cue head ("l'ouverture à Kigali du Centre pour ...", "the opening in Nairobi of the Centre for
    ..."): after the link and its article, the place being where the named thing stands."""
    if s == 0 or e - s < 3 or table.folded[s - 1] not in words.place_prepositions \
            or table.folded[s + 1] not in _CUE_LINKS:
        return s
    k = s + 2
    while k < e - 1 and table.folded[k] in _NAME_DETERMINERS:
        k += 1
    return k if table.folded[k] in _CUE_WORDS else s


def _quoted_adjective(table, s: int, e: int, end: int) -> int:
    """A name quoted untranslated may close with a lowercase adjective ("Università della Svizzera
    italiana"): the end past it, when the name opens with a foreign head noun, the word is no common word
    of the article's language, and a comma, "and" or the sentence's end follows it."""
    k = e
    if k + 1 >= end or table.folded[s] not in _QUOTED_HEAD or not table.text[k].isalpha() \
            or not table.text[k].islower() or common_word(table.folded[k], table.lang):
        return e
    return k + 1 if table.punct[k + 1] or table.folded[k + 1] in _AND else e


def _place_complement(table, s: int, e: int, end: int, words: MentionWords) -> int:
    """Where a members' association's name goes on with its country, the end of the longer name:
    "the Association of Banks in Singapore," closing a list item (a plural after "of", the
    country one to three capitalised words written so far more than not, then a comma, a
    semicolon, "and" or the sentence's end); else ``e``."""
    text, folded = table.text, table.folded
    if e >= end or folded[e] not in words.place_complements or not text[e - 1].endswith("s") \
            or not any(folded[k] in _CONNECTORS for k in range(s + 1, e - 1)):
        return e
    k = e + 1 + (e + 1 < end and folded[e + 1] in _NAME_DETERMINERS)
    j = k
    while j < end and j - k < 3 and _capitalised(text[j]) and not table.punct[j]:
        j += 1
    closing = j == end or text[j] in (",", ";", ".") or folded[j] in _AND
    return j if k < j and closing and folded[j - 1] in words.proper_words else e


_OPENERS = frozenset({'"', "\u201c", "\u00ab", "(", "'", "\u2018"})


def _opens_sentence(rows, k: int) -> bool:
    """The token opens its sentence, or follows the quote or bracket that does ("\u201cOur AI factory ...")."""
    return rows[k].is_sent_start or k > 0 and rows[k - 1].text in _OPENERS and (k == 1 or rows[k - 1].is_sent_start
                                                                                or rows[k - 2].is_space)


@lru_cache(maxsize=None)
def _dashed(based: frozenset[str]) -> tuple[str, ...]:
    """"-based" and its kin as word endings ("Toronto-based"), built once per word set."""
    return tuple("-" + b for b in based)


_ARM_WORDS = union("mentions.arm_words")
_PUNCT = frozenset({",", ".", ";", ":", "(", ")"})  # end an apposition's search for its head


def _is_subject(span: Span) -> bool:
    """The span heads a clause subject ("l'entreprise assure ...", "Elle est soutenue par ...")."""
    table = nlp_mod.tokens(span.doc)
    if span.start > 0 and table.lower[span.start - 1] in words_of(table.lang, "agent_prepositions"):
        return False  # an agent ("mené par X") is no subject
    rows = table.rows
    # (no parse, no dependency label: ``span.root`` walks the span's tokens for nothing; one token is its root)
    if (rows[span.start].dep_ if span.end - span.start == 1 else table.has_annotation("DEP") and span.root.dep_) \
            in ("nsubj", "nsubj:pass"):
        return True
    return span.end < len(rows) and rows[span.end].pos_ in ("VERB", "AUX") and "Fin" in table.morph(span.end, "VerbForm")


def _ends_a_name(doc: Doc, span: Span) -> bool:
    """A country closing a longer capitalised name ("Export Development Canada", "SB OpenAI Japan")."""
    if span.start == 0:
        return False
    prev = doc[span.start - 1]
    return prev.text[:1].isupper() and prev.is_alpha and not prev.is_sent_start and fold(prev.text) not in PERSON_TITLES


def _investor_slot(doc: Doc, start: int, end: int) -> str | None:
    """"a funding round led by Prima Materia", "un tour mené par Zorblax Partners": the name that
    leads a round is an investor, a company, when the knowledge base does not know it."""
    table = nlp_mod.tokens(doc)
    folded = table.folded
    if start < 2 or folded[start - 1] not in words_of(table.lang, "agent_prepositions"):
        return None
    words = words_of(table.lang, "mentions")
    if folded[start - 2] not in words.led_words:
        return None
    window = set(folded[max(0, start - 9) : start - 2])
    return "Company" if window & words.round_heads else None


def _name_like(word: str) -> bool:
    """A word no sentence starts with by chance: an inner capital or all capitals ("BharatGen", "ROOST")."""
    return len(word) > 1 and (word.isupper() or any(c.isupper() for c in word[1:])) and word.isalnum()


def _apposed_label(doc: Doc, start: int, end: int) -> str | None:
    """The label an apposition right after a capitalised name gives it:
    "AI Leap, a national programme launched by ...", "Kyutai, un laboratoire ...". The head is
    the first noun of the apposition, within five words, before any preposition or clause."""
    table = nlp_mod.tokens(doc)
    rows = table.rows
    if end < len(rows) and rows[end].text == "(":  # "AI Leap (TI-Hüpe in Estonian), a national programme"
        close = next((t.i for t in rows[end : min(len(rows), end + 10)] if t.text == ")"), None)
        end = close + 1 if close is not None else end
    if end + 2 >= len(rows) or rows[end].text != ",":
        return None  # (most names: no apposition, read before the language's words)
    words = words_of(table.lang, "mentions")
    first = _apposition_start(table, end + 1, words)
    if first is None:
        return None
    if rows[start].is_stop or any(table.folded[k] in words.calendar for k in range(start, end)):
        return None  # "In March, the company ...": an adverbial, not a name
    stop, heads = words.apposition_stop, words.apposition_heads
    k, last = first - 1, min(len(doc), first + 5)
    while k + 1 < last:
        k += 1
        word = table.folded[k].rstrip("'\u2019")
        if rows[k].text[:1].isupper() and k + 2 < len(doc) and rows[k + 1].text == "-" \
                and fold(rows[k + 2].text) in words.based:
            k, last = k + 2, min(len(doc), last + 2)
            continue  # "Veltrix, a Boston-based startup": a place in a compound modifier
        if rows[k].text.isupper() and len(rows[k].text) <= 3 and rows[k].text.isalpha():
            continue  # an acronym as a modifier: "a Berlin-based AI startup"
        if k == first and rows[k].text[:1].isupper() and k + 1 < len(doc) and rows[k + 1].text.isalpha() \
                and rows[k + 1].text.islower():
            continue  # "Vantiq, a Californian software maker": a capitalised modifier opening it
        if word in _PUNCT or word in stop or rows[k].text[:1].isupper():
            break
        label = heads.get(word)
        if label and k + 1 < len(doc) and rows[k + 1].text in ("'s", "\u2019s", "'", "\u2019"):
            return None  # "Clément Delangue, the company's chief executive": a person's role
        if label:
            # "Fondée par X et Y, la start-up avait levé ...": a subject with its verb, no apposition
            for t in rows[k + 1 : min(len(doc), k + 6)]:
                if t.text in (",", ";", ".", "(") or t.lower_ in words.apposition_relatives or t.lower_ in stop:
                    break  # (after "of", "with", ... a noun: "Veltrix, a maker of drones")
                if t.pos_ in ("VERB", "AUX") and "Fin" in table.morph(t.i, "VerbForm"):
                    return None
                if not t.pos_ and t.text.isalpha() and t.text.islower() and (
                        t.text in words.finite_verbs or (t.text.endswith("s") and not t.text.endswith("ss")
                                                         and t.text not in stop and not t.is_stop)):
                    return None  # English, untagged: "..., the company pitches itself as ..."
            return label
    return None


def _apposition_start(table, k: int, words) -> int | None:
    """The first word after the determiner of an apposition opening at token ``k`` ("a", "la"), or
    after a possessive standing for it ("Statkraft, Norway's state-owned power producer"); None
    where no apposition opens there."""
    if table.folded[k].rstrip("'\u2019") in words.apposition_determiners:
        return k + 1
    rows = table.rows
    if k + 2 < len(rows) and rows[k].text[:1].isupper() and rows[k].text.isalpha() \
            and rows[k + 1].text in ("'s", "\u2019s"):
        return k + 2
    return None


def _split_runs(runs: list[Span]) -> list[Span]:
    """Capitalised runs cut at "and" / "et": in a list, "Discord et Roblox" are two names. A piece
    that is only a legal form ("Ltd." in "Samsung Electronics Co., Ltd. and Arm") ends the name
    before it and is none of its own."""
    out: list[Span] = []
    if not runs:
        return out
    doc = runs[0].doc
    table = nlp_mod.tokens(doc)
    lower, text = table.lower, table.text
    for r in runs:
        first = start = r.start
        end = r.end
        for i in range(start, end):
            if lower[i] in _AND:
                if i > start:
                    out.append(Span(doc, start, i))
                start = i + 1
        if start == first:
            out.append(r)  # (no "and" in it, most runs: the run's own Span, not a copy)
        elif start < end:
            out.append(Span(doc, start, end))
    return [sp for sp in out if not (_LEGAL_ONLY_RE.match(text[sp.start])
                                     and _LEGAL_ONLY_RE.match(table.span_text(sp.start, sp.end)))]




_LIST_LEADS = union("list_leadins") | union("list_verbs")  # (a list's first name may follow any language's)


def _led_in(doc: Doc, head: Span) -> bool:
    """A list word ("includes", "such as", "dont", ":") stands right before the list's first item."""
    k = head.start - 1
    while k >= 0 and fold(doc[k].text).rstrip("'’") in _NAME_DETERMINERS:
        k -= 1
    return k >= 0 and fold(doc[k].text) in _LIST_LEADS


def _list_members(doc: Doc, kb: KnowledgeBase, chosen: list[Span], free_runs: list[Span]) -> list[Span]:
    """Capitalised names with no cue that stand in a list of organizations take the list's
    label: in "Among them are Andreessen Horowitz, Zorblax, Sequoia Capital and Vy Capital",
    Zorblax is an investor too. Items are chained when nothing but commas, conjunctions and
    articles stands between them; ``_members_of`` says which unknown items of a chain are names."""
    table = nlp_mod.tokens(doc)
    text = table.text
    gap_words = _words(doc).list_gap
    out: list[Span] = []
    chain: list[tuple[Span, str | None]] = []
    items = _list_items(doc, kb, chosen, free_runs)
    for sp, lab in items:
        if chain:
            prev = chain[-1][0]
            gap = [t.lower() for t in text[prev.end : sp.start]]
            if gap and "," in gap or gap and (gap[0] in _words(doc).list_joiners or gap[0] == "&"):
                # (a gap: sp starts after prev; its sentence is read last, it is the dearest test)
                if all(w in gap_words or w in (",", "&") for w in gap) and len(gap) <= 3 \
                        and table.sent_start(prev.end - 1) == table.sent_start(sp.start):
                    chain.append((sp, lab))
                    continue
            out += _members_of(doc, chain)
        chain = [(sp, lab)]
    if chain:
        out += _members_of(doc, chain)
    taken = {i for sp in out for i in range(sp.start, sp.end)}
    return out + [sp for sp in _segment_heads(doc, items) if taken.isdisjoint(range(sp.start, sp.end))]


_SEGMENT_MARKS = frozenset({";", ":", "\u2013", "\u2014"})


def _segment_heads(doc: Doc, items: list[tuple[Span, str | None]]) -> list[Span]:
    """Items set out with semicolons, each opening with its name: "Founding partners \u2013 AT&T
    providing open models; AMD supplying compute; Zorblax hosting them". The names opening
    segments (after a dash, a colon or a semicolon, and an "and" after it) form a list when a
    semicolon and no sentence end stand between each and the next, two of them are labelled,
    at least half as many as the unknown ones. (A parser may end its sentences at the semicolons.)"""
    table = nlp_mod.tokens(doc)
    text, folded = table.text, table.folded
    chains: list[list[tuple[Span, str | None]]] = []
    for sp, lab in items:
        k = sp.start - 1
        if k >= 0 and folded[k] in _AND:
            k -= 1
        if k < 0 or text[k] not in _SEGMENT_MARKS or not (len(sp) > 1 or _lowercase_after(table, sp.end)):
            continue
        between = text[chains[-1][-1][0].end : sp.start] if chains else []
        if between and ";" in between and len(between) <= 30 and not {".", "!", "?"} & set(between):
            chains[-1].append((sp, lab))
        else:
            chains.append([(sp, lab)])
    out = []
    for heads in chains:
        labels = [lab for _, lab in heads if lab]
        unknown = [sp for sp, lab in heads if not lab]  # (and NER's names with no label)
        if unknown and len(labels) >= 2 and 2 * len(labels) >= len(unknown):
            label = usual_label(labels)
            out += [Span(doc, sp.start, sp.end, label=f"{CUE}|{label}") for sp in unknown]
    return out


def _lowercase_after(table, end: int) -> bool:
    """A lowercase word follows a one-word head ("Zorblax hosting ..."), not a sentence or a title."""
    return end < len(table.text) and table.text[end][:1].islower()


def _list_items(doc: Doc, kb: KnowledgeBase, chosen: list[Span], free_runs: list[Span]) -> list[tuple[Span, str | None]]:
    """The items a list may hold, in text order, each with its label: a schema label for a known
    or cued name, "" for an organization NER found (a name, label unknown), None for an unknown
    capitalised name (a chosen untyped run, or a run no source claimed, cut at "and" where it
    ends a list). A word opening the sentence is an item only when it heads a comma list and
    is no common word of the language ("Velora, Upstage and ..."; not "Separately, ...")."""
    table = nlp_mod.tokens(doc)

    def known_label(sp: Span) -> str | None:
        kind, _, rest = sp.label_.partition("|")
        if kind == KB:
            label = kb.get(rest).label
            return label if label != "Person" else None
        if kind == NER:
            return ""
        return rest if kind == CUE else None

    def pieces(sp: Span) -> list[Span]:
        """"..., VUNO and MakinaRocks.": the last two items of a list ("..., Plug and Play, ..." is one)."""
        if sp.end < len(doc) and doc[sp.end].text == ",":
            return [sp]
        return [Span(doc, a, b) for a, b in _split_at_and(doc, sp.start, sp.end) if b > a]

    def timed(r: Span) -> bool:
        """"In September, Accel, ...": a time phrase, no item."""
        return any(w in _words(doc).calendar for w in table.folded[r.start : r.end]) \
            or table.rows[r.start].is_stop and _opens_sentence(table.rows, r.start)

    def may_open(r: Span) -> bool:
        row = table.rows[r.start]
        if timed(r):
            return False
        if not row.is_sent_start or len(r) > 1:
            return True
        if row.is_stop or table.folded[r.start] in _words(doc).calendar or common_word(table.folded[r.start], nlp_mod.lang(doc)):
            return False
        # (a parser may start a sentence after a dash or a semicolon: "\u2013 Zorblax providing ...")
        return (r.end < len(doc) and table.text[r.end] == ",") or (r.start > 0 and table.text[r.start - 1] in _SEGMENT_MARKS)

    return sorted([(sp, lab) for sp in chosen if (lab := known_label(sp)) is not None]
                  + [(p, None) for sp in chosen if sp.label_.startswith(RUN) and not timed(sp) for p in pieces(sp)]
                  + [(p, None) for r in free_runs if may_open(r) for p in pieces(r)],
                  key=lambda x: x[0].start)


def _members_of(doc: Doc, chain: list[tuple[Span, str | None]]) -> list[Span]:
    """The unknown items of one chained list that are organizations, as cued spans. A list needs
    two labelled names, at least half as many as its unknown ones; or a list word announcing
    three items or more ("Upstage's consortium includes Nota, RableUp, Flitto and VUNO"); or, for
    names no sentence writes by chance ("KTB", "VeloHealth", "5Y"), one organization beside them
    ("Ont aussi participé Guotai Junan International et KTB")."""
    text = nlp_mod.tokens(doc).text
    labels = [lab for _, lab in chain if lab]
    named = [sp for sp, lab in chain if lab is not None]
    unknown = [sp for sp, lab in chain if lab is None]
    pending = [sp for sp, lab in chain if lab == ""]  # NER's organizations whose label nothing gives
    head = chain[0][0]
    if head in unknown and head.start > 0 and fold(text[head.start - 1]).rstrip("'\u2019") in _words(doc).list_prepositions \
            and not (labels == ["Company"] and len(chain) == 2 and _plain_partner(doc, head, head)):
        unknown.remove(head)  # "le fonds d'Abou Dhabi, Bpifrance et Nvidia": a place, not an item
    if len(chain) < 2 or not unknown and not (pending and labels):
        return []
    # on a tie, the first seen (no hash order); one government beside a name says little of it
    label = usual_label(labels) if len(labels) >= 2 else \
        labels[0] if labels and labels[0] != "Government" else "Company"
    if len(labels) >= 2 and 2 * len(labels) >= len(unknown):
        members = unknown
    elif len(chain) >= 3 and _led_in(doc, head) and all(len(sp) <= 3 for sp in unknown):
        members = unknown  # a list a list word announces, of firms unless its known names say otherwise
    else:
        shaped = [sp for sp in unknown if len(sp) <= 3 and fold(text[sp.start]) not in PERSON_TITLES
                  and any(_name_like(w) or _mixed(w) for w in text[sp.start : sp.end])]
        members = shaped if named and len(shaped) == len(unknown) <= len(named) else []
        if not members and unknown and labels == ["Company"] and len(chain) == 2 and _plain_partner(doc, unknown[0], head):
            members = unknown  # "avec Free et Orange": a plain word beside a company, after "with"
    if len(labels) < 2 and not _AND.intersection(fold(w) for w in text[chain[-2][0].end : chain[-1][0].start]):
        return []  # with one labelled name, only a pair joined by "and": "(JAIC, Palantir ; ...)", "X ou Y"
    if labels:
        members = members + pending
    return [Span(doc, sp.start, sp.end, label=f"{CUE}|{label}") for sp in members]


def _plain_partner(doc: Doc, sp: Span, head: Span) -> bool:
    """One capitalised word inside its sentence, in a pair after a partner's preposition ("avec
    Free et Orange", "with Velora and Nvidia") that is no common word, place, person's word,
    month or title of the language, nor a person or place for the tagger."""
    table = nlp_mod.tokens(doc)
    words, word = _words(doc), table.folded[sp.start]
    return len(sp) == 1 and not table.rows[sp.start].is_sent_start and head.start > 0 \
        and table.folded[head.start - 1] in words.slot_prepositions and doc[sp.start].ent_type_ not in ("PER", "LOC") \
        and not (word in words.calendar or word in words.proper_words or word in PERSON_TITLES
                 or common_written(word, table.text[sp.start], table.lang))


def _mixed(word: str) -> bool:
    """Digits with letters, or an underscore: "5Y", "n8n", "Platform_Connect"."""
    return ("_" in word or any(c.isdigit() for c in word)) and any(c.isalpha() for c in word)


def _ner_spans(doc: Doc) -> list[Span]:
    out = []
    table = nlp_mod.tokens(doc)  # (the rows, not the Span's Tokens: this reads every entity's edges)
    rows, folded = table.rows, table.folded
    for ent in doc.ents:
        label = ent.label_
        if label not in NER_LABELS:
            continue
        start, end = ent.start, ent.end
        while end - start > 1 and folded[start] in REFERENCE_DETERMINERS:
            start += 1
        # a name ends on a capitalised word, a digit or a closing suffix ("l'Alliance envisage de"), unless
        # the acronym it introduces follows it: "la Haute école spécialisée bernoise (BFH)" is whole
        while end - start > 1 and not (rows[end - 1].text[:1].isupper() or rows[end - 1].is_digit
                                       or rows[end - 1].text in (".", ")")) and _acronym_at(table.text, end) is None:
            end -= 1
        text = table.span_text(start, end)
        if not any(c.isupper() for c in text) or _LEGAL_ONLY_RE.match(text):
            continue  # (a legal form alone ends the name before it: "Foo Co., Ltd.")
        # a "person" whose last word is a company's ("Guotai Junan International", "Foo Holdings") is one
        kind = PERSON if label == "PER" and folded[end - 1] not in _NOT_PERSON_LAST else NER
        if label == "MISC" and label_from_cues(text) is None:
            continue  # MISC without an organization cue is mostly products, events and works
        out.append(Span(doc, start, end, label=f"{kind}|{label}"))
    return out


def _acronym_at(text: list[str], i: int) -> str | None:
    """The acronym of "( ACRONYM )" opening at token ``i`` (two capitals or more, nothing else inside)."""
    if i + 2 < len(text) and text[i] == "(" and text[i + 2] == ")":
        a = text[i + 1]
        if len(a) >= 2 and a.isalpha() and a.isupper():
            return a
    return None


def _person_spans(doc: Doc, sent: Span, runs: list[tuple[int, int]] | None = None) -> list[Span]:
    """Where the Doc has no NER: 'Firstname Lastname' next to a title or a speech verb."""
    out = []
    speech = _words(doc).speech_verbs
    table = nlp_mod.tokens(doc)
    rows, folded = table.rows, table.folded
    for s, e in _capitalised_runs(sent) if runs is None else runs:
        titles = [k for k in range(s, e) if folded[k] in PERSON_TITLES]
        if titles:  # "Microsoft CEO Satya Nadella": the name after the title
            s = titles[-1] + 1
        if not 2 <= e - s <= 3 or folded[s] in _NAME_DETERMINERS or not _KIND_WORDS.isdisjoint(folded[s:e]):
            continue  # "The Department said", "Clean Energy Week said": a kind of organization's word, no person
        prev = rows[s - 1].lower_ if s > 0 else ""
        nxt = rows[e + 1].lower_ if e + 1 < len(rows) and rows[e].text == "," else (rows[e].lower_ if e < len(rows) else "")
        if fold(prev) in PERSON_TITLES or fold(nxt) in PERSON_TITLES or nxt in speech:
            out.append(Span(doc, s, e, label=f"{PERSON}|PER"))
    return out


def introduced_aliases(doc: Doc, named: list[Span]) -> dict[str, Span]:
    """Acronyms and tickers introduced in parentheses right after a name
    ("Competition and Markets Authority (CMA)", "Foo Corp. (NASDAQ: FOO)"): alias -> that name."""
    out: dict[str, Span] = {}
    text = nlp_mod.tokens(doc).doc_text  # (doc.text is built anew on every access)
    for span in named:
        rest = text[span.end_char : span.end_char + 40].lstrip()
        hit = TICKER_RE.match(rest)
        if not hit:
            hit = ACRONYM_RE.match(rest)
            letters = [c for c in hit.group(1) if c.isalpha()] if hit else []
            # an acronym is mostly capitals ("DSIT", "MoU" is not a name anyway); "(ChatGPT)" is a gloss
            if not letters or sum(c.isupper() for c in letters) < 0.6 * len(letters):
                continue
        if hit.group(1).lower() != span.text.lower():
            out.setdefault(hit.group(1), span)
    return out


def _repeated_names(doc: Doc, chosen: list[Span]) -> list[Span]:
    """A name recognised once by its cue ("Zorblax Analytics SAS") is recognised again when the
    text repeats it, or repeats it without its legal suffix ("Zorblax Analytics")."""
    forms: dict[tuple[str, ...], Span] = {}
    table = nlp_mod.tokens(doc)  # (the rows' texts: iterating a Span builds its Tokens)
    for span in chosen:
        if span.label_.startswith((CUE, NER)) and not span.label_.startswith(f"{NER}|PER"):
            words = tuple(table.text[span.start : span.end])
            forms.setdefault(words, span)
            base = LEGAL_SUFFIX_RE.sub("", table.span_text(span.start, span.end)).split()
            if 0 < len(base) < len(words):
                forms.setdefault(words[: len(base)], span)
    out = []
    texts = table.text if forms else []
    at: dict[str, list[int]] = {w[0]: [] for w in forms}  # where each form's first word stands
    for i, w in enumerate(texts):
        if w in at:
            at[w].append(i)
    for words, span in forms.items():
        n = len(words)
        for i in at.get(words[0], ()):
            if i != span.start and tuple(texts[i : i + n]) == words:
                out.append(Span(doc, i, i + n, label=span.label_))
    return out


_ACRONYM_SKIP = union("mentions.acronym_skip")


def _spelt_start(text: list[str], letters: str, last: int, floor: int) -> int | None:
    """Where the words ending at token ``last`` spell ``letters`` by their initials, read from the
    end: small words may be skipped (or spell a letter), a hyphen joins words ("Cross-Pacific"),
    and a word in capitals gives all its letters ("pour l'IA"); None when they do not."""
    def spell(k: int, n: int) -> int | None:  # the start of a spelling of letters[:n] ending at k
        if n == 0:
            return k + 1
        if k < floor:
            return None
        raw = text[k]
        word = fold(raw).rstrip("'’")
        if raw in ("-", "'", "’") or (word in _ACRONYM_SKIP and k != last):
            skipped = spell(k - 1, n)
            if skipped is not None or raw in ("-", "'", "’"):
                return skipped
        if raw.isupper() and raw.isalpha() and 1 < len(raw) <= n and letters[n - len(raw) : n] == word:
            whole = spell(k - 1, n - len(raw))
            if whole is not None:
                return whole
        return spell(k - 1, n - 1) if word and word[0] == letters[n - 1] else None

    start = spell(last, len(letters))
    return start if start is not None and start <= last else None


def _long_forms(doc: Doc, sent: Span) -> list[Span]:
    """"L'Institut lorrain de robotique avancée (ILRA)": the words before an acronym in parentheses
    whose initials spell it (small words skipped) form the name, even in lowercase, when they
    carry an organization cue."""
    out = []
    table = nlp_mod.tokens(doc)
    text = table.text
    for i in range(sent.start, sent.end):
        if text[i] != "(" or (acronym := _acronym_at(text, i)) is None or len(acronym) > 8:
            continue
        t = table.rows[i]
        start = _spelt_start(text, acronym.lower(), t.i - 1, sent.start)
        if start is None:
            continue
        label = label_from_cues(table.span_text(start, t.i))
        if label:  # "artificial intelligence (AI)" spells its acronym too, but names nothing
            out.append(Span(doc, start, t.i, label=f"{CUE}|{label}"))
    return out


def _acronym_uses(doc: Doc, named: list[Span], abbreviates: dict[int, Span]) -> list[Span]:
    """Spans for the uses of acronyms introduced after a name; ``abbreviates`` records which name."""
    introduced = introduced_aliases(doc, named)
    out = []
    if not introduced:
        return out
    text = nlp_mod.tokens(doc).doc_text
    for alias, name in introduced.items():
        if len(alias) < 2:
            continue
        # (an acronym with a hyphen, "X-PAI", is more than one token: its uses are found in the text)
        for hit in re.finditer(rf"(?<![\w-]){re.escape(alias)}(?![\w-])", text[name.end_char :]):
            span = doc.char_span(name.end_char + hit.start(), name.end_char + hit.end())
            if span is not None:
                out.append(Span(doc, span.start, span.end, label=name.label_))
                abbreviates[span.start] = name
    return out


# --------------------------------------------------------------------------- entry point
@dataclass
class Candidates:
    """Every source's candidate spans for one document, before any choice is made. Each span's
    ``label_`` is "kind|detail" (kind: kb, actor, non-org, cue, ner, person, run, reference;
    detail: the knowledge-base id or the label its cue gives) and a KB span's ``kb_id_`` is
    its entry id. ``find_mentions`` also writes them to ``doc.spans["aipg_candidates"]``."""

    kb: list[Span] = field(default_factory=list)
    non_org: list[Span] = field(default_factory=list)
    cue: list[Span] = field(default_factory=list)
    ner: list[Span] = field(default_factory=list)
    person: list[Span] = field(default_factory=list)
    run: list[Span] = field(default_factory=list)
    reference: list[Span] = field(default_factory=list)
    all_runs: list[Span] = field(default_factory=list)  # every capitalised run, for list context
    slot: list[Span] = field(default_factory=list)  # unknown names in a trigger's slot (loaders/slots.py)
    branch: list[Span] = field(default_factory=list)  # a known name and a place: "Stargate Chile", "Citi Singapore"
    spelt: list[Span] = field(default_factory=list)  # long forms an acronym spells: "Initiative ... pour l'IA (ITPIA)"
    typed: list[Span] = field(default_factory=list)  # names the text types: "le projet OpenLLM France"

    def spans(self) -> list[Span]:
        return self.kb + self.branch + self.non_org + self.cue + self.slot + self.ner + self.person + self.run \
            + self.reference


def candidates(doc: Doc, kb: KnowledgeBase, language: str) -> Candidates:
    """Candidate spans from every source: knowledge-base phrases, listed non-organizations,
    name cues and long forms, appositions and investor slots, NER (where the Doc has it),
    people, capitalised runs and short references."""
    sents = nlp_mod.sentences(doc)
    table = nlp_mod.tokens(doc)
    runs = [_runs_between(table, s, e) for s, e in nlp_mod.sentence_bounds(doc)]
    has_ner = doc.has_annotation("ENT_IOB")
    c = Candidates(kb=_kb_spans(doc, kb, language))
    references = document_references(doc, nlp_mod.sentence_bounds(doc))
    # (the sources that open on a few words only: one pass over the document finds the sentences holding one)
    opened = _opened_sentences(doc)
    for k, (sent, sent_runs) in enumerate(zip(sents, runs)):
        c.cue += _cue_spans(doc, sent, sent_runs)
        if k in opened:
            spelt = _long_forms(doc, sent)
            c.spelt += spelt
            c.cue += spelt + _ministry_spans(doc, sent) + _institution_spans(doc, sent)
        c.reference += references[k]
        if not has_ner:  # no statistical NER: people from name rules
            c.person += _person_spans(doc, sent, sent_runs)
        else:  # (without NER, loaders/slots.py reads the same descriptors)
            c.cue += _described_names(doc, sent_runs)
    c.cue = _founded_institutes(doc, _described_kinds(doc, c.cue), sents, language)
    c.ner = _ner_spans(doc) if has_ner else []
    c.person += [sp for sp in c.ner if sp.label_.startswith(PERSON)]
    c.ner = [sp for sp in c.ner if not sp.label_.startswith(PERSON)]
    _runs_or_apposed_names(doc, runs, c, has_ner)
    c.non_org = _non_org_spans(doc, kb, language)
    events = _event_spans(doc, kb, language)
    c.non_org += events
    c.kb += text_spans(doc, kb, events, _words(doc), KB)  # "la déclaration finale du Sommet de Séoul"
    c.kb += seat_spans(doc, kb, language, KB, c.kb)  # "le groupe de Santa Clara": the company seated there
    for sp in c.kb:
        sp.kb_id_ = sp.label_.partition("|")[2]
    # unknown names from the slots of the triggers: every one where the Doc has no NER, else those
    # written as no word is ("VeloHealth", "Data & Société", "Platform_Connect"), which NER misses
    c.slot = _slot_names(doc, sents, runs, c, kb, language)
    if has_ner:
        c.slot = [sp for sp in c.slot if sp.label_.startswith(CUE) and _shaped(doc, sp)]  # (no known name's head)
    c.cue += _item_names(doc, c, kb, language)
    c.branch = _branch_names(doc, kb, c.kb)
    titled = _title_case_lines(doc)
    if titled:  # (most documents have none)
        c.cue, c.run, c.slot, c.branch = (_outside_titles(doc, spans, titled) for spans in (c.cue, c.run, c.slot, c.branch))
    _typed_names(doc, runs, c)
    return c


def _typed_names(doc: Doc, runs: list[list[tuple[int, int]]], c: Candidates) -> None:
    """Every use of a name the document types once as a program or an organization (loaders/typed.py)
    becomes a cued name of that label, over the other unknown readings of those words (a person, a
    company a slot guessed); a known name or a place keeps its reading."""
    typed = typed_spans(doc, [r for rs in runs for r in rs], CUE)
    if not typed:
        return
    fixed = {i for sp in c.kb + c.non_org for i in range(sp.start, sp.end)}
    text = nlp_mod.tokens(doc).text
    # a name any of whose uses is known, or a place, is no typed name anywhere ("AI", "Paris"); a
    # longer name with a known word inside is still typed ("le réseau Swiss Clinical AI")
    known = {tuple(text[sp.start : sp.end]) for sp in typed if fixed.issuperset(range(sp.start, sp.end))
             or all(doc[i].ent_type_ == "LOC" for i in range(sp.start, sp.end)) and not _written_as_no_word(text, sp)}
    typed = [sp for sp in typed if tuple(text[sp.start : sp.end]) not in known]
    if not typed:
        return
    at = {i for sp in typed for i in range(sp.start, sp.end)}

    def keep(sp: Span) -> bool:  # a longer cued name of the same label holding the typed one stays
        if at.isdisjoint(range(sp.start, sp.end)):
            return True
        return any(t.start >= sp.start and t.end <= sp.end and len(sp) > len(t) and t.label_ == sp.label_ for t in typed)
    c.cue, c.slot, c.person, c.ner, c.run = ([sp for sp in spans if keep(sp)]
                                            for spans in (c.cue, c.slot, c.person, c.ner, c.run))
    c.cue += [t for t in typed if not any(x.start <= t.start and t.end <= x.end for x in c.cue)]
    c.typed = typed


def _written_as_no_word(text: list[str], span: Span) -> bool:
    """A name one of whose words no place is written as: an inner capital, a digit, all capitals
    ("le projet OpenLLM France", the tagger reading a place there or not)."""
    return any(_mixed(w) or _name_like(w) for w in text[span.start : span.end])


def _opened_sentences(doc: Doc) -> set[int]:
    """The sentences (index in ``nlp.sentence_bounds``) where a long form, a ministry or an
    institution may open: an acronym in parentheses, a ministry word, an institution's head
    word (or the first of its two). The three sources find nothing in any other."""
    table = nlp_mod.tokens(doc)
    text, folded = table.text, table.folded
    heads = _first_words(_words(doc).institution_heads)
    n = len(text)
    at = [i for i, word in enumerate(folded) if word in _MINISTRY_HEADS or word in heads
          or text[i] == "(" and i + 2 < n and text[i + 2] == ")"]
    if not at:
        return set()
    starts = [s for s, _ in nlp_mod.sentence_bounds(doc)]
    return {bisect_right(starts, i) - 1 for i in at}


@lru_cache(maxsize=None)
def _first_words(phrases: frozenset[str]) -> frozenset[str]:
    """The first word of each phrase ("centre" of "centre hospitalier"), once per word set."""
    return frozenset(p.split()[0] for p in phrases if p.strip())


_BRANCH_LABELS = ("Company", "Program")


def _branch_names(doc: Doc, kb: KnowledgeBase, kb_spans: list[Span]) -> list[Span]:
    """A known company's or program's name directly followed by a country or a place the
    knowledge base lists, the whole used as a name, names another organization: "Stargate Chile",
    "Citi Singapore", "OpenAI Japan" (a local branch or edition), labelled as the known one, unless
    the knowledge base holds the longer name itself ("Stargate UAE") or a dash follows ("Chile-based");
    capitalised words after the place are part of the name ("Nvidia India Research"). "Stargate in
    Texas", "OpenAI's Tokyo office" do not name one."""
    table = nlp_mod.tokens(doc)
    text, punct, n = table.text, table.punct, len(table.text)
    longer = [k for k in kb_spans if k.label_.startswith(KB)]
    known, calendar = {k.start for k in kb_spans}, _words(doc).calendar
    out = []
    for sp in longer:
        entry = kb.get(sp.label_.partition("|")[2])
        if entry is None or entry.label not in _BRANCH_LABELS or sp.end >= n or not _capitalised(text[sp.end]):
            continue
        for end in range(min(n, sp.end + 3), sp.end, -1):
            place = table.span_text(sp.end, end)
            if any(punct[sp.end : end]) or (kb.lookup_actor(place) is None and kb.is_non_org(place) != "place"):
                continue
            end = _name_end(table, end, known, calendar)
            if end == n or text[end] != "-":
                start = _name_start(table, sp.start)
                name = table.span_text(start, end)
                if kb.lookup(name) is None and not any(
                        k.start < end and start < k.end and len(k) > len(sp) for k in longer):
                    label = label_from_cues(name) if end > sp.end + 1 and len(name.split()) > 2 else None
                    out.append(Span(doc, start, end, label=f"{CUE}|{label or entry.label}"))
            break
    return out


def _name_end(table, end: int, known: set[int], calendar: frozenset[str]) -> int:
    """Where a name goes on over up to three capitalised words after a place ("Nvidia India
    Research"): not over a person's title ("OpenAI Japan CEO ..."), a month or day, or another
    known name."""
    text, punct, n = table.text, table.punct, len(table.text)
    k = end
    while k < n and k - end < 3 and _capitalised(text[k]) and not punct[k] and k not in known \
            and table.folded[k] not in PERSON_TITLES and table.folded[k] not in calendar:
        k += 1
    return k


def _name_start(table, start: int) -> int:
    """Where a name goes back over up to two capitalised words before a known one ("SB OpenAI
    Japan"): not over a sentence's first word, a determiner or a person's title."""
    rows = table.rows
    k = start
    while k > 0 and start - k < 2 and _capitalised(rows[k - 1].text) and rows[k - 1].text.isalpha() \
            and not rows[k - 1].is_sent_start and table.folded[k - 1] not in PERSON_TITLES \
            and table.folded[k - 1] not in _NAME_DETERMINERS:
        k -= 1
    return k


def _title_case_lines(doc: Doc) -> list[tuple[int, int]]:
    """The character ranges of the document's headline lines written in title case ("Kaldera
    Partners with Nvidia to Launch Europe's First AI Factory"): four words or more of over three
    letters, nearly all capitalised."""
    text = nlp_mod.tokens(doc).doc_text
    out = []
    for a, b in headline_lines(text):
        words = [w for w in re.findall(r"[^\W\d_]+", text[a:b]) if len(w) > 3]
        if len(words) >= 4 and sum(w[0].isupper() for w in words) >= 0.8 * len(words):
            out.append((a, b))
    return out


def _outside_titles(doc: Doc, spans: list[Span], titled: list[tuple[int, int]]) -> list[Span]:
    """The spans, less those in a title-case headline that the rest of the text never writes:
    there every word is capitalised, so a verb or a description joins a name ("Kaldera Partners
    with ...") and only the knowledge base's names, or the body's, are names."""
    table = nlp_mod.tokens(doc)
    text = table.doc_text
    body = "".join(text[b:a] for (_, b), (a, _) in zip([(0, 0)] + titled, titled + [(len(text), len(text))]))
    out = []
    for sp in spans:
        start = table.rows[sp.start].idx
        if not any(a <= start < b for a, b in titled) or table.span_text(sp.start, sp.end) in body:
            out.append(sp)
    return out


def _shaped(doc: Doc, span: Span) -> bool:
    """A name written as no word of the language is: an inner capital, a digit or an underscore
    ("VeloHealth", "n8n", "Platform_Connect": no place or person is written so), or all capitals
    or "&" between two words ("QRT", "Data & Société") where the tagger reads no person or place."""
    text = nlp_mod.tokens(doc).text[span.start : span.end]
    if any(_mixed(w) or w[1:] != w[1:].lower() and w[1:] != w[1:].upper() and w.isalnum() for w in text):
        return True
    if any(doc[i].ent_type_ in ("PER", "LOC") for i in range(span.start, span.end)):
        return False
    return any(_name_like(w) for w in text) or len(text) > 2 and "&" in text[1:-1]


def _described_names(doc: Doc, runs: list[tuple[int, int]]) -> list[Span]:
    """A capitalised name right after a lowercase noun that describes it, a nationality between
    them or not: "la start-up Velora", "le cabinet américain Forrester" (a company), "l'association
    Velora Santé" (an organization), "le programme Horizon IA" (a program), whatever the tagger read there (a person, a place)."""
    words = _words(doc)
    folded = nlp_mod.tokens(doc).folded
    out = []
    for s, e in runs:
        if e - s > 4 or folded[s] in PERSON_TITLES:
            continue
        label = _descriptor_of(doc, s)
        if label and not any(folded[i] in words.calendar for i in range(s, e)):
            out.append(Span(doc, s, e, label=f"{CUE}|{label}"))
    return out


def _descriptor_of(doc: Doc, start: int) -> str | None:
    """The label a lowercase descriptor right before a name gives it, a nationality between them or
    not: "la start-up Velora", "l'initiative Open Africa AI", "the nonprofit Kaldera AI"."""
    words = _words(doc)
    table = nlp_mod.tokens(doc)
    text, folded = table.text, table.folded
    k = start - 1
    if k > 0 and text[k].islower() and (folded[k] in words_of(nlp_mod.lang(doc), "references").country_adjectives
                                        or table.rows[k].pos_ == "ADJ"):
        k -= 1  # "la startup rwandaise Umoja Tech": a nationality or another adjective the tagger reads
    if k < 0 or not text[k].islower():
        return None
    word = folded[k - 2] + "-" + folded[k] if k >= 2 and text[k - 1] == "-" else folded[k]  # "start - up"
    return "Company" if word in words.company_descriptors else \
        "Organization" if word in words.organization_descriptors else \
        "Program" if word in words.program_descriptors else None


def _described_kinds(doc: Doc, cued: list[Span]) -> list[Span]:
    """Cued names whose only company cue is a word companies put in their names ("AI", "Labs"),
    relabelled as the program or organization the noun before them says they are: in
    "l'initiative Open Africa AI" the initiative is a program. A legal form ("Inc.") keeps a company."""
    out = []
    for sp in cued:
        if sp.label_ == f"{CUE}|Company" and not LEGAL_SUFFIX_RE.search(sp.text):
            label = _descriptor_of(doc, sp.start)
            if label in ("Program", "Organization"):
                sp = Span(doc, sp.start, sp.end, label=f"{CUE}|{label}")
        out.append(sp)
    return out


def _founded_institutes(doc: Doc, cued: list[Span], sents: list[Span], language: str) -> list[Span]:
    """Unknown institutes and academies a founding verb creates, relabelled as programs: in
    "Microsoft stood up the AI Economy Institute" the institute is the company's initiative, not
    a university (a name with a university's other words, "Institute of Technology" after
    "University", keeps its label). The founding verb ends at most three lowercase words before it."""
    lang = for_language(language)
    heads, table = lang.mentions.founded_heads, nlp_mod.tokens(doc)
    folded, text = table.folded, table.text
    out = []
    for sp in cued:
        words = folded[sp.start : sp.end]
        if sp.label_ == f"{CUE}|University" and (words[0] in heads or words[-1] in heads) \
                and sum(w in _UNIVERSITY_CUES for w in words) == 1:
            sent = next((x for x in sents if x.start <= sp.start < x.end), None)
            gap = next((k for k in range(sp.start - 1, max(sp.start - 5, -1), -1) if not text[k].islower()), -1)
            if sent is not None and any(
                    f.trigger.type == "FOUNDED" and gap < sent.start + f.end <= sp.start and sp.start - sent.start - f.end <= 3
                    for f in find_triggers(sentence_view(0, sent, lang))):
                sp = Span(doc, sp.start, sp.end, label=f"{CUE}|Program")
        out.append(sp)
    return out


_UNIVERSITY_CUES = frozenset(c.strip() for c in CUES["University"] if " " not in c.strip())


def _item_names(doc: Doc, c: Candidates, kb: KnowledgeBase, language: str) -> list[Span]:
    """Unknown names standing alone on the lines of a list after a colon sentence with a
    trigger (loaders/bullets.py), outside the knowledge base's, cued and listed names; the
    labels of those names tell the label of the list's unknown ones."""
    taken: dict[int, str | None] = {}
    for sp in c.non_org + c.slot + c.cue + c.kb:  # (a known name's label over a cued one's)
        kind, _, rest = sp.label_.partition("|")
        label = kb.get(rest).label if kind in (KB, ACTOR) and kb.get(rest) else rest if kind == CUE else None
        taken.update(dict.fromkeys(range(sp.start, sp.end), label if label != "Person" else None))
    words = _words(doc)
    return item_names(doc, for_language(language), taken, c.person,
                      lambda texts, folded: person_like(texts, folded, words, nlp_mod.lang(doc)), label_from_cues, CUE)


def _slot_names(doc: Doc, sents: list[Span], runs: list[list[tuple[int, int]]], c: Candidates,
                kb: KnowledgeBase, language: str) -> list[Span]:
    """Unknown names in the argument slots of the triggers (loaders/slots.py), outside every
    other source's tokens and not a person the knowledge base knows."""
    known = c.kb + c.cue
    taken = {i for sp in known + c.person + c.non_org for i in range(sp.start, sp.end)}
    seen = Seen(doc, c.person, [k for k in c.kb if k.label_.startswith(KB)])
    lang = for_language(language)
    # each sentence reads only the names that start in it (bucketed once: not every name per sentence)
    in_known, in_persons = _by_sentence(sents, known), _by_sentence(sents, c.person)
    out = [sp for sent, sent_runs, sent_known, sent_persons in zip(sents, runs, in_known, in_persons)
           for sp in slot_spans(doc, sent, sent_runs, sent_known, sent_persons, taken, seen, lang)]
    for sp in out:
        if sp.label_.startswith(KB):
            sp.kb_id_ = sp.label_.partition("|")[2]
    return [sp for sp in out if (entry := kb.lookup(sp.text)) is None or entry.label != "Person"]


def _by_sentence(sents: list[Span], spans: list[Span]) -> list[list[Span]]:
    """``spans`` grouped by the sentence they start in (``sents`` cover the Doc, in order), each
    group in the spans' order."""
    starts = [sent.start for sent in sents]
    out: list[list[Span]] = [[] for _ in sents]
    for sp in spans:
        k = bisect_right(starts, sp.start) - 1
        if k >= 0 and sp.start < sents[k].end:
            out[k].append(sp)
    return out


# every language's: a French ministry is named so in an English article too
_MINISTRY_HEADS = union("mentions.ministry_heads")
_OF = union("mentions.ministry_of")
_NAME_LINKS = union("mentions.ministry_links")


def _ministry_spans(doc: Doc, sent: Span) -> list[Span]:
    """A ministry written with a lowercase head, as French does: "le ministère de la Transition
    numérique", "ministère de la Communication des Télécommunications et du Numérique"."""
    out, table = [], nlp_mod.tokens(doc)
    if _MINISTRY_HEADS.isdisjoint(table.folded[sent.start : sent.end]):
        return out  # (no ministry word in most sentences: one set test in C)
    toks = table.of(sent)
    for k, t in enumerate(toks[:-2]):
        if fold(t.text) not in _MINISTRY_HEADS or not t.text[:1].islower() or fold(toks[k + 1].text) not in _OF:
            continue
        j, end = k + 1, None
        while j < len(toks) and (fold(toks[j].text) in _NAME_LINKS or _CAP_RE.match(toks[j].text)):
            if _CAP_RE.match(toks[j].text) and not toks[j].is_punct:
                end = j + 1
            j += 1
        if end:
            out.append(Span(doc, t.i, toks[end - 1].i + 1, label=f"{CUE}|Government"))
    return out


def _institution_spans(doc: Doc, sent: Span) -> list[Span]:
    """An institution French names with lowercase words after its capitalised head, up to the
    last capitalised word after them: "le Centre hospitalier universitaire de Nantes", "l'Institut
    universitaire du cancer de Toulouse", "la Communauté d'agglomération du Grand Annecy". Only
    adjectives, nouns and "de" stand between (no verb, no other preposition: "le Centre de données
    de X à Paris" is no name), ten words at most; the name's cues give its label."""
    heads = _words(doc).institution_heads
    table = nlp_mod.tokens(doc)
    text, folded, rows = table.text, table.folded, table.rows
    out: list[Span] = []
    for k in range(sent.start, sent.end - 2):
        if not _capitalised(text[k]) or rows[k].is_sent_start or not (
                folded[k] in heads or f"{folded[k]} {folded[k + 1]}" in heads):
            continue
        j, end, linked = k + 1, None, False
        while j < sent.end and j - k <= 10 and not table.punct[j]:
            word = folded[j].rstrip("'\u2019")
            if word in _CUE_LINKS or (linked and word in _NAME_DETERMINERS):
                linked = True
            elif _capitalised(text[j]) and (linked or end == j or text[j - 1].islower() and j > k + 1):
                end = j + 1  # (or right after the lowercase words: "Groupe hospitalier universitaire Paris ...")
            elif not (text[j].islower() and rows[j].pos_ in ("ADJ", "NOUN")):
                break
            j += 1
        if end and (label := label_from_cues(table.span_text(k, end))):
            out.append(Span(doc, k, end, label=f"{CUE}|{label}"))
    return out


def _listed_company(doc: Doc, start: int, end: int) -> str | None:
    """"Company" where a stock ticker in parentheses follows the name: only a listed company has
    one ("Norvale Dynamics (NASDAQ: NVDY)"; not the legal form of "T-Mobile US, Inc. (NASDAQ: TMUS)")."""
    table = nlp_mod.tokens(doc)
    if end >= len(doc) or table.text[end] != "(" or _LEGAL_ONLY_RE.match(table.span_text(start, end)):
        return None
    first = table.chars(end, end + 1)[0]
    return "Company" if TICKER_RE.match(table.doc_text[first : first + 40]) else None


def _run_or_apposed_name(doc: Doc, s: int, e: int, c: Candidates, has_ner: bool) -> None:
    """A capitalised run typed by its apposition or its slot becomes a cue name ("AI Leap, a
    national programme", "BharatGen, un consortium", "led by Prima Materia"); an untyped run of
    two words or more stays a run; one followed by its stock ticker is a company ("Norvale
    Dynamics (NASDAQ: NVDY)"). ``_runs_or_apposed_names`` calls it only for runs followed by "," or
    "(" or after an agent preposition, the openings its three typers need: a new typer must need one too."""
    label = _apposed_label(doc, s, e) or _investor_slot(doc, s, e) or _listed_company(doc, s, e)
    table = nlp_mod.tokens(doc)
    rows = table.rows
    if label and not has_ner and person_like(table.text[s:e], table.folded[s:e], _words(doc)):
        label = None  # "led by Priya Raman, a former ...": a person's name
    owner = [t.i for t in rows[s:e] if t.text in ("'s", "\u2019s")] if label else []
    if owner:  # "led by Daniel Ek's Prima Materia": the name is what follows the owner
        s = owner[-1] + 1
    if label and any(p.start < e and s < p.end for p in c.person):
        label = None  # a person's name before an apposition ("X, le fondateur ...")
    if label and (e - s >= 2 or not rows[s].is_sent_start or _name_like(rows[s].text)
                  or not (has_ner or rows[s].is_stop or common_word(fold(rows[s].text), nlp_mod.lang(doc)))):
        c.cue.append(Span(doc, s, e, label=f"{CUE}|{label}"))
    elif e - s >= 2:
        c.run.append(Span(doc, s, e, label=f"{RUN}|"))


def _runs_or_apposed_names(doc: Doc, runs: list[list[tuple[int, int]]], c: Candidates, has_ner: bool) -> None:
    """Every capitalised run of the document into ``c.all_runs``, and through
    ``_run_or_apposed_name`` where an apposition ("," or "(" after it) or an investor slot (an
    agent preposition before it) may type it; any other run of two words or more stays a run."""
    table = nlp_mod.tokens(doc)
    rows, folded, n = table.rows, table.folded, len(table.rows)
    agents = words_of(table.lang, "agent_prepositions")
    kb_starts = {sp.start for sp in c.kb}
    for sent_runs in runs:
        for s, e in sent_runs:
            c.all_runs.append(Span(doc, s, e))  # (``doc[s:e]`` runs spaCy's Python slice checks)
            if (e < n and rows[e].text in (",", "(")) or (s >= 2 and folded[s - 1] in agents):
                # "led by Zorblax Expeditions and Nvidia": a known name after "and" ends the run's name
                cut = next((k for k in range(s + 1, e - 1) if folded[k] in _AND and k + 1 in kb_starts), e)
                _run_or_apposed_name(doc, s, cut, c, has_ner)
            elif e - s >= 2:  # (what ``_run_or_apposed_name`` does with a run nothing types)
                c.run.append(Span(doc, s, e, label=f"{RUN}|"))


def _prepare(doc: Doc, c: Candidates, kb: KnowledgeBase, split: list[Span]) -> list[Span]:
    """Adjust the sources against each other before the choice: a generic word inside a longer
    cued name is part of it ("AI Leap"), a known name followed by an investment arm's word is
    that arm ("AMD Ventures"), a named person's surname is no organization (``_not_a_surname``),
    and a well-formed cued name holding known names wins over them (``_names_over_parts``).
    ``split`` holds the capitalised runs cut at "and" (``_split_runs``). Returns the cued names that
    go first."""
    # "Canada's Inovia Capital": a country's possessive before a cued name is no part of it
    owners = {a.end for a in c.kb if a.label_.startswith(ACTOR)}
    c.cue = [x for x in c.cue if not any(x.start < e < x.end - 1 and x.doc[e].text in ("'s", "\u2019s")
                                         for e in owners)]
    generic = f"{NON_ORG}|generic"
    if any(sp.label_ == generic for sp in c.non_org):  # (built only where a generic word is listed)
        cued = {x.text for x in c.cue if len(x) > 1}
        run_at = {i: r for r in c.all_runs for i in range(r.start, r.end)}  # runs never overlap
        # (a generic word inside a cued run or a spelt long form is part of the name: "Initiative
        # transpacifique pour l'IA (ITPIA)")
        c.non_org = [sp for sp in c.non_org
                     if not (sp.label_ == generic and ((r := run_at.get(sp.start)) is not None
                                                       and sp.end <= r.end and len(r) > len(sp) and r.text in cued
                                                       or any(x.start <= sp.start and sp.end <= x.end for x in c.spelt)))]
    arms = [x for x in c.cue if len(x) > 1 and fold(x[-1].text) in _ARM_WORDS
            and all(t.text[:1].isupper() for t in x)]  # (not "Nvidia and Salesforce Ventures")
    c.kb = [k for k in c.kb if not any(a.start <= k.start and k.end <= a.end and len(a) > len(k)
                                       and not kb.lookup(a.text) for a in arms)]
    surnames = _surnames(doc, c, split)
    if surnames:  # (unknown names only: a known name stays itself)
        c.cue, c.slot, c.run, c.ner = (_not_a_surname(doc, spans, surnames) for spans in (c.cue, c.slot, c.run, c.ner))
    c.cue, c.run = _after_known_and(doc, c.cue, c.kb), _after_known_and(doc, c.run, c.kb)
    c.cue = [p for x in c.cue for p in _two_cued_names(doc, x)]
    c.kb, c.non_org, first = _names_over_parts(c.cue, c.kb, c.non_org, kb, c.typed)
    closed = _country_closed_names(doc, c)
    if closed:  # "Innovation Norway", "Enterprise Singapore, the trade agency": the country is the name's
        c.kb = [k for k in c.kb if not any(x.start <= k.start and k.end <= x.end for x in closed)]
        first += closed
    c.non_org, c.kb = _places_outside_names(c.cue, c.non_org), _places_outside_names(c.cue, c.kb)
    return c.branch + first


def _after_known_and(doc: Doc, spans: list[Span], known: list[Span]) -> list[Span]:
    """The spans, each less a known name and "and" / "et" opening it: in "Cohere and Veltrix Inc.
    said", the unknown name is "Veltrix Inc." (the run or the legal form took both)."""
    ends = {(sp.start, sp.end) for sp in known}
    if not ends:
        return spans
    folded = nlp_mod.tokens(doc).folded
    out = []
    for sp in spans:
        cut = next((k for k in range(sp.start + 1, sp.end - 1) if folded[k] in _AND and (sp.start, k) in ends), None)
        out.append(sp if cut is None else Span(doc, cut + 1, sp.end, label=sp.label_))
    return out


def _two_cued_names(doc: Doc, span: Span) -> list[Span]:
    """A cued name read over "and" / "et" between two names of two words or more that each carry an
    organization cue ("co-led by Alpha Ventures and Beta Capital") is those two names, also before
    a noun ("the Alpha Ventures and Beta Capital fund": a fund two firms run); not "Johnson and
    Johnson Innovation", "Ministry of Education and Research" (one side has no cue of its own)."""
    folded = nlp_mod.tokens(doc).folded
    if _AND.isdisjoint(folded[span.start : span.end]) or _CUE_LINKS.intersection(folded[span.start : span.end]):
        return [span]
    for k in range(span.start + 2, span.end - 2):
        if folded[k] in _AND and label_from_cues(doc[span.start : k].text) and label_from_cues(doc[k + 1 : span.end].text):
            return [Span(doc, span.start, k, label=span.label_), Span(doc, k + 1, span.end, label=span.label_)]
    return [span]


#: words that make a country a region, not a name: "Mainland China", "Western Australia"
_REGION_WORDS = frozenset({"mainland", "continental", "central", "greater", "metropolitan", "upper", "lower", "rural",
                           "north", "south", "east", "west", "northern", "southern", "eastern", "western", "overseas",
                           "sub", "saharan", "tiny", "neighbouring", "neighboring", "rival", "modern", "global"})


def _country_closed_names(doc: Doc, c: Candidates) -> list[Span]:
    """Names closed by a country that the country's reading would cut ("with Innovation Norway",
    "Enterprise Singapore, the trade agency"): one or two capitalised words no known name, title,
    month or region word holds, then the country. Mid-sentence the capitals say it is a name; at the
    opening of a sentence only a cue or an apposition does ("Tiny Norway signed" is the country)."""
    table = nlp_mod.tokens(doc)
    rows, folded, text = table.rows, table.folded, table.text
    held = {i for sp in c.kb + c.non_org if not sp.label_.startswith(ACTOR) for i in range(sp.start, sp.end)}
    cued = {(x.start, x.end): x.label_ for x in c.cue}
    out = []
    for a in c.kb:
        if not a.label_.startswith(ACTOR) or not a.text[:1].isupper() or (a.end < len(doc) and text[a.end] in ("'s", "\u2019s")):
            continue
        s = a.start
        while s > a.start - 2 and s > 0 and rows[s - 1].text.isalpha() and _capitalised(text[s - 1]) \
                and not rows[s - 1].is_stop and s - 1 not in held and folded[s - 1] not in PERSON_TITLES \
                and folded[s - 1] not in _CALENDAR and folded[s - 1] not in _REGION_WORDS:
            s -= 1
        if s == a.start or (s > 0 and text[s - 1] in ("'s", "\u2019s")):
            continue
        e = a.end  # "Team France Export": the name may go on after the country
        while e < min(len(doc), a.end + 2) and rows[e].text.isalpha() and _capitalised(text[e]) and e not in held \
                and not rows[e].is_stop and folded[e] not in _CALENDAR:
            e += 1
        label = _apposed_label(doc, s, e) or cued.get((s, e), "").partition("|")[2]
        if label or not _opens_sentence(rows, s):
            out.append(Span(doc, s, e, label=f"{CUE}|{label or 'Organization'}"))
    titled = _title_case_lines(doc) if out else None
    return _outside_titles(doc, out, titled) if titled else out  # ("Nvidia Signs Norway Deal": a headline)


def _surnames(doc: Doc, c: Candidates, split: list[Span]) -> frozenset[str]:
    """The surnames of the people the document names in full: the last word of a person's name
    ("Marisol Quenneville", from a person span or a run that reads as one, cut at "and")."""
    table, words = nlp_mod.tokens(doc), _words(doc)
    out = {table.text[sp.end - 1] for sp in c.person if len(sp) >= 2}
    for r in split:
        if 2 <= len(r) <= 3 and person_like(table.text[r.start : r.end], table.folded[r.start : r.end], words,
                                            table.lang):
            out.add(table.text[r.end - 1])
    return frozenset(out)


def _not_a_surname(doc: Doc, spans: list[Span], surnames: frozenset[str]) -> list[Span]:
    """The spans, less those that are a named person's surname alone or its possessive opening a
    name: "Quenneville" and "Quenneville's Veltra" once "Marisol Quenneville" is named are that person
    (and the person's company), not an organization called Quenneville."""
    text = nlp_mod.tokens(doc).text
    return [sp for sp in spans if not (text[sp.start] in surnames and (
        len(sp) == 1 or text[sp.start + 1] in ("'s", "\u2019s")))]


def _places_outside_names(cued: list[Span], spans: list[Span]) -> list[Span]:
    """The spans, less the listed places and countries that close or stand inside a cued name
    after "de" or a lowercase word ("Institut universitaire du cancer de Toulouse", "Métropole de
    Lyon", "Groupe hospitalier universitaire Paris"): there the place is part of the name."""
    bounds = [(x.start, x.end) for x in cued if len(x) >= 3]
    if not bounds:
        return spans
    text = nlp_mod.tokens(cued[0].doc).text
    out = []
    for sp in spans:
        place = sp.label_ == _PLACE or sp.label_.startswith(ACTOR)
        before = text[sp.start - 1] if place and sp.start > 0 else ""
        inside = place and (fold(before).rstrip("'\u2019") in _PLACE_LINKS or before.islower()) \
            and any(start < sp.start - 1 and sp.end <= end for start, end in bounds)
        if not inside:
            out.append(sp)
    return out


def choose(doc: Doc, c: Candidates, kb: KnowledgeBase) -> tuple[list[Span], dict[int, Span]]:
    """The resolution policy, in one place. Sources in order of trust: well-formed cued names
    holding known names, then knowledge-base names and listed non-organizations, cued names,
    repeats of cued names, uses of introduced acronyms, NER, people, untyped runs, references;
    within a source the longest span wins, and a span overlapping one already chosen is dropped.
    Then unknown names in lists of known ones take the list's label, a country right before
    another name modifies it, and non-organizations leave. Returns the chosen spans and, for
    acronym uses, the name each abbreviates."""
    split = _split_runs(c.all_runs)
    first = _prepare(doc, c, kb, split)
    chosen: list[Span] = []
    taken: set[int] = set()
    abbreviates: dict[int, Span] = {}
    cued = c.cue + c.slot
    # (an untyped run a longer reference holds is its modifier: "The Californian group", "The Tokyo carrier")
    runs = [r for r in c.run if not any(x.start <= r.start and r.end <= x.end and len(x) > len(r) for x in c.reference)]
    # (a listed product written in lower case as a reference's head is the common word: "the operator")
    non_org = [sp for sp in c.non_org if not (sp.text.islower() and any(
        x.start < sp.start and sp.end == x.end for x in c.reference))]
    for group in (first, non_org + c.kb, cued, "repeats", "acronyms", c.ner, c.person, runs, c.reference):
        if group == "repeats":  # a name found by its cue, written again later
            group = _repeated_names(doc, chosen)
        elif group == "acronyms":  # later bare uses of an introduced acronym mention the name it abbreviates
            group = _acronym_uses(doc, [sp for sp in chosen if not sp.label_.startswith(NON_ORG)], abbreviates)
        # (a cued name whose longer reading a known name cuts keeps its shorter one: "the Ministry of Health and Apple")
        group = [sp for sp in group if taken.isdisjoint(range(sp.start, sp.end))] if group is cued else group
        for span in _longest_first(group):
            if taken.isdisjoint(range(span.start, span.end)):
                chosen.append(span)
                taken.update(range(span.start, span.end))
    free = [r for r in split if not taken.intersection(range(r.start, r.end))]
    listed = _list_members(doc, kb, chosen, free)
    chosen = [sp for sp in chosen if not any(x.start <= sp.start < x.end or sp.start <= x.start < sp.end
                                             for x in listed)] + listed
    # a country name right before another name modifies it ("the Québec Ministry", "the EU AI Act",
    # "Saudi Arabia's Public Investment Fund", "Japan's megabanks")
    starts = {sp.start for sp in chosen}
    chosen = [sp for sp in chosen if not (sp.label_.startswith(ACTOR) and (
        sp.end in starts or (sp.end < len(doc) and doc[sp.end].text in ("'s", "\u2019s")) or _ends_a_name(doc, sp)))]
    return sorted((sp for sp in chosen if not sp.label_.startswith(NON_ORG)), key=lambda s: s.start), abbreviates


def _to_mention(span: Span, kb: KnowledgeBase, named: Span, sentence: int) -> Mention | None:
    """The Mention for a chosen span; ``named`` is the name an acronym abbreviates (else the span)."""
    table = nlp_mod.tokens(span.doc)  # (a Span's text and offsets build a Token per token: the rows have them)
    first, after = table.chars(span.start, span.end)  # (a chosen span is never empty)
    text = table.doc_text[first:after]
    named_text = text if named is span else table.span_text(named.start, named.end)
    kind, _, rest = span.label_.partition("|")
    label, key = None, rest
    if kind in (KB, ACTOR):
        label = kb.get(rest).label
    elif kind == CUE:
        label, key = rest, named_text
    elif kind == NER:
        if len(span) == 1 and span.start > 0 and table.folded[span.start - 1] in _words(span.doc).place_prepositions:
            return None  # "Mercredi à Braga", "in Braga": an unknown single name after "à" / "in" is a place
        label, key = label_from_cues(named_text), named_text
        head = fold(named_text).split("'")[-1].split("\u2019")[-1].strip()
        if head in REFERENCE_HEADS:  # "l'Alliance" tagged as a name: it refers back
            kind, label, key = REFERENCE, None, head
        elif head in _NOT_NAMES or fold(named_text).split()[0].strip("'\u2019") in PERSON_TITLES:
            return None  # "la ministre de la Culture" is a person's role, not an organization
        elif head in _CUE_WORDS:
            return None  # "le Département a signé", "la Région": a kind of institution with no name
    elif kind == RUN:
        key = text
    elif kind == PERSON:
        label, key = "Person", text
    return Mention(first, after, span.start, span.end, text, kind, label, key, sentence, _is_subject(span))


def find_mentions(doc: Doc, kb: KnowledgeBase, language: str) -> list[Mention]:
    """All mentions in ``doc``, in text order: every source's candidates (``candidates``), one
    choice among them (``choose``), then one Mention per chosen span. The candidates and the
    choice stay on the Doc as ``doc.spans["aipg_candidates"]`` and ``doc.spans["aipg_mentions"]``."""
    c = candidates(doc, kb, language)
    doc.spans["aipg_candidates"] = c.spans()
    chosen, abbreviates = choose(doc, c, kb)
    doc.spans["aipg_mentions"] = chosen
    starts = [start for start, _ in nlp_mod.sentence_bounds(doc)]  # the sentences cover the Doc, in order
    out = (_to_mention(sp, kb, abbreviates.get(sp.start, sp), bisect_right(starts, sp.start) - 1) for sp in chosen)
    return [m for m in out if m is not None]
