"""Sentence structure for the relation rules: folded words and lemmas, list groups of
mentions, clause boundaries, and the groups before and after a trigger. Every word
list comes from the sentence's LanguageData (loaders/lang/)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Collection

from spacy.tokens import Doc, Span

from aipg.graph.ids import fix_quotes, strip_accents
from aipg.loaders import nlp
from aipg.loaders.lang import LanguageData
from aipg.loaders.lang._quoted import LEGAL_FORMS as _QUOTED_FORMS
from aipg.loaders.triggers import Found, all_firings, find_triggers as _find_triggers, verbish_words

MAX_LEFT = 25  # tokens between a trigger and the group before it
MAX_RIGHT = 14  # tokens between a trigger and the group after it
_TICKER_GAP = re.compile(r"^\s*\(\s*[A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*)?\s*:\s*$")  # "(NASDAQ: " before a ticker
_PAREN = re.compile(r"\([^()]*\)")
#: legal forms of companies, as regex alternatives (mentions.LEGAL_SUFFIX_RE ends a name with them)
LEGAL_FORMS = r"Inc|Incorporated|Corp|Corporation|Ltd|Limited|LLC|PLC|plc|S\.?A\.?S?|SARL|GmbH|AG|N\.?V|B\.?V|S\.?p\.?A|Co|A/S" + "|" + _QUOTED_FORMS
# a legal form left after a known name, before the list goes on: "IBM Inc., Nvidia Inc. and ..."
_LEGAL_LEAD = re.compile(rf"^\s*,?\s*(?:{LEGAL_FORMS}|SE|Holdings)\b\.?")


CAPITALISED = re.compile(r"^[A-ZÀ-ÖØ-Þ0-9][\w\-.&'’]*$")  # a token that can be part of a name


@lru_cache(maxsize=1 << 16)
def fold(s: str) -> str:
    """``s`` lowercased, without accents, with ASCII apostrophes (cached: rules fold the same
    words again and again)."""
    return strip_accents(fix_quotes(s)).lower()


def channel_at(lang: LanguageData, text: str, at: int, reach: int = 48) -> bool:
    """The ``reach`` characters of ``text`` before offset ``at`` (a program's name) end with a phrase
    that makes the program the framework or channel something goes through ("au titre du P", "dans le
    cadre de P", "under the P scheme", "via P"): no party at hand, so no membership target and no
    antecedent of "le programme"."""
    words = [w for w in re.split(r"[\s']+", fold(text[max(0, at - reach) : at])) if w and w not in lang.definite_articles]
    while words and words[-1] in lang.ordinals:
        words.pop()  # ("au titre du quatrieme P")
    tail = " ".join(words)
    return any(tail == p or tail.endswith(" " + p) for p in lang.program_channels)


@lru_cache(maxsize=1 << 16)
def _view_word(s: str) -> str:
    """A word or lemma as a sentence view reads it: folded, an elided form without its
    apostrophe (d' -> d)."""
    return fold(s).rstrip("'") or "'"


def sentence_view(index: int, sent: Span, lang: LanguageData) -> "SentenceView":
    """Folded words and lemmas of a sentence; elided forms lose their apostrophe (d' -> d).
    Where the Doc has no lemmas, the words stand for them. Read once per sentence and language:
    the views of one sentence share them (no stage changes them)."""
    table = nlp.tokens(sent.doc)
    known = table.sentences.get((sent.start, sent.end, lang.code))
    if known is None:
        columns = table.view_columns
        if columns is None:  # (the document's words and lemmas, once: every sentence gets a view)
            words = list(map(_view_word, table.text))
            columns = table.view_columns = (words, list(map(_view_word, (r.lemma_ for r in table.rows)))
                                            if table.has_annotation("LEMMA") else words)
        known = table.sentences[sent.start, sent.end, lang.code] = [
            columns[0][sent.start : sent.end], columns[1][sent.start : sent.end],
            table.span_text(sent.start, sent.end), None]
    return SentenceView(index, sent, known[0], known[1], lang, text=known[2])


@dataclass
class Group:
    """Consecutive mentions joined by list separators: one argument slot."""

    entities: list[str]
    start: int  # token offsets (doc level)
    end: int
    agent: bool = False  # introduced by "par" / "by"
    leadin: bool = False  # introduced by "dont", "including", ":" ...


@dataclass
class SentenceView:
    index: int
    span: Span
    words: list[str]  # folded surface
    lemmas: list[str]  # folded lemma
    lang: LanguageData
    groups: list[Group] = field(default_factory=list)
    inside: set[int] = field(default_factory=set)  # sentence token offsets covered by a mention
    text: str = ""  # the sentence's text (``span.text``, read once)
    asides: list["Aside"] = field(default_factory=list)  # descriptions of the items of described lists


@dataclass
class Aside:
    """A description of one item of a described list, between commas or in parentheses ("X, backed by
    Y, and Z signed", "l'Université Laval (Québec)"): tokens ``start``..``end`` (doc level, its
    punctuation included). Its names are no items of the list; a trigger inside it sees only the item
    it describes and its own names (``groups``)."""

    start: int
    end: int
    groups: list[Group]


def find_triggers(view: SentenceView) -> list[Found]:
    """The trigger firings of a sentence (loaders/triggers.py), outside its mentions. The
    sentence's firings whatever the mentions are found once per document, for every stage that
    asks (slots, bullets, relations)."""
    known = nlp.tokens(view.span.doc).sentences.get((view.span.start, view.span.end, view.lang.code))
    if known is None or known[0] is not view.words or known[1] is not view.lemmas:
        return _find_triggers(view.lang, view.words, view.lemmas, view.inside)
    if known[3] is None:
        known[3] = all_firings(view.lang, view.words, view.lemmas)
    return _find_triggers(view.lang, view.words, view.lemmas, view.inside, known[3])


def _groups_of(view: SentenceView) -> list[Group]:
    if view._pending is not None:
        _build_pending(view)
    return view._groups


def _asides_of(view: SentenceView) -> list[Aside]:
    if view._pending is not None:
        _build_pending(view)
    return view._asides


def _build_pending(view: SentenceView) -> None:
    pending, view._pending = view._pending, None
    view._groups, view._asides = [], []  # (as a view reads them while its groups are built)
    view._groups = build_groups(view, *pending)


def _set_groups(view: SentenceView, groups: list[Group]) -> None:
    view._groups, view._pending = groups, None


def _set_asides(view: SentenceView, asides: list[Aside]) -> None:
    view._asides = asides


# (properties, not a ``__getattr__``: a class with one reads every attribute of its objects about 1.8x slower
# on CPython 3.11, and a view's attributes are read all the time; the dataclass' ``__init__`` sets them too)
SentenceView._pending = None  # (``build_groups``' other arguments while ``groups_later`` leaves them to build)
SentenceView.groups = property(_groups_of, _set_groups)
SentenceView.asides = property(_asides_of, _set_asides)


# --------------------------------------------------------------------------- groups
def groups_later(view: SentenceView, spans: list[tuple[int, int, list[str], bool]], labels: dict[str, str],
                 doc: Doc) -> None:
    """``view.groups = build_groups(view, spans, labels, doc)``, run when a rule first reads the view's
    ``groups`` or ``asides``: about half the sentences of an article fire no trigger, and no rule reads
    their groups (the arguments are kept, not the view: no reference cycle keeps the Doc alive)."""
    view._pending = (spans, labels, doc)


def build_groups(view: SentenceView, spans: list[tuple[int, int, list[str], bool]], labels: dict[str, str],
                 doc: Doc) -> list[Group]:
    """Join consecutive mentions separated only by list words; mark agents and lead-ins.
    A short reference ("et la firme a investi") starts a clause rather than joining a list."""
    groups: list[Group] = []
    base = view.span.start
    lang = view.lang
    gap_list, gap_apposition, based = _gap_patterns(lang)
    joiner_words = _joiner_words(lang)
    table = nlp.tokens(doc)
    rows, span_text = table.rows, table.span_text
    joined, described = described_lists(view, spans, labels, doc)
    aside_spans = {j for _, _, _, inner in described for j in inner}
    for k, (s, e, ents, is_ref) in enumerate(spans):
        if k in aside_spans:
            continue  # a name inside an item's description ("X, backed by Y, and Z"): the aside's own
        if groups and k in joined and joined[k] != k:  # (an item after its list's first: the group it opened)
            groups[-1].entities.extend(x for x in ents if x not in groups[-1].entities)
            groups[-1].end = e
            continue
        if groups and is_ref and ents == groups[-1].entities[-1:] and span_text(groups[-1].end, s).strip() == ",":
            continue  # an apposition ("Humain, the AI company ...") is its name again, in the same slot
        if groups and not is_ref:
            last = groups[-1]
            if ents == last.entities[-1:] and (s - last.end <= 2
                                               or _TICKER_GAP.match(_LEGAL_LEAD.sub("", span_text(last.end, s)))):
                # "Foo Authority (FA)", "IonQ Inc. (NYSE: IONQ)": the gloss or the ticker joins its name
                last.end = e + 1 if e < len(doc) and rows[e].text == ")" else e
                continue
            gap = based.sub(" ", _PAREN.sub(" ", fix_quotes(span_text(last.end, s))))  # "X and Minn.-based Y"
            gap = _LEGAL_LEAD.sub(" ", gap, count=1)  # "IBM Inc., Nvidia Inc. and Intel"
            gap_words = [fold(w) for w in re.sub(r"([,;:])", r" \1 ", gap).split()]  # ("; academics: X")
            same_kind = _kind(labels, last.entities) == _kind(labels, ents)
            # "Microsoft, OpenAI's largest shareholder": an apposition, not a list ("X and Y's deal" still is)
            possessive = e < len(doc) and fold(rows[e].text) in lang.possessives and gap_words == [","]
            # (the words of a joiner are no verb: "X, joined by Y", "X, rejoint par Y", "as well as")
            listed = gap_list.match(gap) and not any(_verbish(lang, rows[t], view.lemmas[t - base])
                                                     for t in range(last.end, s) if table.folded[t] not in
                                                     joiner_words) \
                or gap_apposition.match(gap) \
                and not any(_verbish(lang, rows[t], view.lemmas[t - base]) for t in range(last.end, s))
            # ("X a investi dans Y, une start-up, et Z a signé": Z opens the next clause)
            described_gap = (listed and not gap_list.match(gap)) or _participial(lang, doc, last.end, s)
            joins = not _opens_clause(view, last.start, e) if described_gap else listed
            # "en présence de A, B et C, X a annoncé": a list closed by its "and" takes no item after a bare comma
            closed = gap_words == [","] and (_closed_list(view, last) or reporter_at(view, e))
            if same_kind and not possessive and (
                    not closed and (joins or _repeated_preposition(view, last.start, gap_words)
                                    or _parallel_items(view, last, gap_words, s))
                    or _leadin_gap(view, last, s, e, gap_words)):
                last.entities.extend(x for x in ents if x not in last.entities)
                last.end = e
                continue
        lo = max(view.span.start, groups[-1].end if groups else view.span.start, s - 8)
        before = [w.rstrip("'") for w in table.folded[lo:s]]
        # "par X", "par des investisseurs existants : X", "par un groupe de pays parmi lesquels X"
        # (not the "par" of an adverb of two words: "finance par ailleurs X")
        by_at = max((k for k, w in enumerate(before) if w in lang.agent_prepositions
                     and " ".join(before[k : k + 2]) not in lang.transparent), default=None)
        agent = by_at is not None and (
            by_at == len(before) - 1
            or any(w in lang.agent_leadins for w in before[by_at:])
            or (len(before) - by_at <= 5 and "," not in before[by_at:]  # ("Interrogé par l'AFP, le groupe")
                and not any(_verbish(lang, rows[t], fold(rows[t].lemma_)) for t in range(lo + by_at + 1, s))))
        leadin = bool(before) and any(w in lang.list_leadins for w in before[-3:])
        groups.append(Group(list(ents), s, e, agent=agent, leadin=leadin))
    view.asides = [Aside(a, b, [_items_group(view, spans, joined, item)]
                         + build_groups(view, [spans[j] for j in inner], labels, doc))
                   for a, b, item, inner in described]
    return groups


def _repeated_preposition(view: SentenceView, first: int, gap_words: list[str]) -> bool:
    """The gap repeats the preposition before the list's first item, after a comma or a joiner: "s'associe
    à X, à Y et au groupe Z", "auprès d'A, de B et du C", "with X, with Y" (the items share the slot)."""
    lang = view.lang
    k = first - view.span.start - 1
    while k >= 0 and view.words[k].rstrip("'") in lang.articles:  # (not "de": it is the preposition here)
        k -= 1
    p0 = view.words[k].rstrip("'") if k >= 0 else ""
    if not p0 or p0 in lang.agent_prepositions:
        return False  # ("par A, par B": each agent is its own group; an outer list's, maybe, past an aside)
    words = [p.rstrip("'") for w in gap_words for p in re.findall(r"[^']+'?", w)]  # ("qu'à" is "qu'", "à")
    words = words[1:] if words[:1] == [","] else words
    joiner = next((j for j in joiner_phrases(lang) if opens_with(words, list(j))), ())
    words = words[len(joiner):]  # ("et de l'Inria", "de même qu'avec Y")
    # (maybe an article, or the role the item plays: "from A and from our existing investor B", "auprès d'A et de
    # ses actionnaires B")
    if len(gap_words) == len(words) or not words or words[0] not in lang.mentions.list_prepositions \
            or len(words) > 5 or any(w not in _item_roles(lang) for w in words[1:]):
        return False  # (a comma or a joiner, the preposition, maybe an article or a role: nothing else)
    return words[0] == p0 or any(words[0] in forms and p0 in forms for forms in lang.preposition_forms)


def opens_with(words: list[str], phrase: list[str]) -> bool:
    """Do ``words`` open with ``phrase``, a word maybe elided ("ainsi qu'" for "ainsi que")?"""
    return len(words) >= len(phrase) and all(w == p or p.endswith("e") and w == p[:-1] for w, p in zip(words, phrase))


def _items_group(view: SentenceView, spans: list[tuple[int, int, list[str], bool]], joined: dict[int, int],
                 item: int) -> Group:
    """The item a description speaks of: its own name; after the last item, between commas, the whole
    list ("La France et le Canada, qui ont créé P": the relative clause may speak of both; a parenthesis
    speaks of its name alone)."""
    items = [j for j in sorted(joined) if joined[j] == joined[item]]
    base = view.span.start
    paren = view.words[spans[item][1] - base] == "("
    # (a roster's items each carry their own description, parted by semicolons: "...; and C, the Abu Dhabi fund")
    roster = ";" in view.words[spans[items[0]][0] - base : spans[item][0] - base]
    items = items if item == items[-1] and not paren and not roster else [item]
    ents = list(dict.fromkeys(x for j in items for x in spans[j][2]))
    return Group(ents, spans[items[0]][0], spans[items[-1]][1])


def described_lists(view: SentenceView, spans: list[tuple[int, int, list[str], bool]], labels: dict[str, str],
                    doc: Doc) -> tuple[dict[int, int], list[tuple[int, int, int, list[int]]]]:
    """The lists whose items carry descriptions: "Qonto, présidée par X, et l'Université de Lille ont
    signé", "A, the Toronto-based model maker, B, which sells to banks, and C". Returns the items
    (span index -> index of its list's first item) and the descriptions (start, end, index of the item
    they describe, indexes of the spans inside). A list needs two items, a joiner before its last
    and a description before it; an object list that a verb after it shows to be the next clause's subject is none."""
    joined: dict[int, int] = {}
    described: list[tuple[int, int, int, list[int]]] = []
    roster = _semicolon_roster(view, spans, labels)
    inside: set[int] = set()  # (the names inside a roster item's description: its own lists are read there)
    if roster is not None:
        joined.update((j, roster[0][0]) for j in roster[0])
        described += roster[1]
        inside = {i for _, _, _, inner in roster[1] for i in inner}
    k = 0
    ends: dict[int, int | None] = {}  # (a list tried from each item reads the same items' descriptions again)
    while k < len(spans):
        if k in joined or k in inside:
            k += 1
            continue
        found = _described_list_at(view, spans, labels, doc, k, ends)
        if found is None:
            k += 1
            continue
        items, descriptions = found
        joined.update((j, k) for j in items)
        described += descriptions
        k = items[-1] + 1 + (len(descriptions[-1][3]) if descriptions and descriptions[-1][2] == items[-1] else 0)
    return joined, described


def _semicolon_roster(view: SentenceView, spans: list[tuple[int, int, list[str], bool]], labels: dict[str, str]
                      ) -> tuple[list[int], list[tuple[int, int, int, list[int]]]] | None:
    """A roster after a colon (or a dash) whose items semicolons part, each a name maybe followed by its own description
    ("five institutes: A, for an institute on X; the B, which studies Y; and C"): its items (span indexes)
    and descriptions, as ``described_lists`` gives them. Every segment must open with a name (after
    articles and a joiner) and go on, if at all, with a comma or a parenthesis before words that are
    no name ("A, B and C; D" is a plain list, no roster)."""
    base, words, lang = view.span.start, view.words, view.lang
    colon = next((k for k, w in enumerate(words) if w in (":", "\u2014", "\u2013")), None)  # (or a dash: "projects — A, ...")
    cuts = [k for k in range(colon + 1, len(words)) if words[k] == ";"] if colon is not None else []
    if not cuts:
        return None
    last = len(words) - 1 if words[-1] in (".", "!") else len(words)
    opening = {sp[0] - base: j for j, sp in enumerate(spans)}
    items: list[int] = []
    described: list[tuple[int, int, int, list[int]]] = []
    for a, b in zip([colon] + cuts, cuts + [last]):
        k = _role_lead(view, a + 1, b)
        while k < b and k not in opening and (words[k].rstrip("'") in _list_articles(lang) or words[k] in lang.and_words):
            k += 1
        j = opening.get(k)
        if j is None or spans[j][3] or (items and _kind(labels, spans[j][2]) != _kind(labels, spans[items[0]][2])):
            return None
        e = _past_legal_form(view, spans[j][1] - base, b)
        pair = _joined_pair(view, spans, labels, opening, j, e, b) if b == last else None
        if pair is not None:  # ("...; du Kenya, qui ... ; du Nigeria et de l'Afrique du Sud.": two items)
            items.append(j)
            j, e = pair, b
        if e < b:
            n = next((t for t in range(e + 1, b) if words[t].rstrip("'") not in lang.articles), b)
            # ("A, the maker of X": a reference to A, no next item)
            # (a name there is the next item, unless a reference to this one covers it or it owns the words after
            # it: "A, the maker of X", "RIKEN, Japan's research institute")
            at = next((sp for sp in spans if sp[0] - base <= n < sp[1] - base), None)
            named = n in view.inside and not (at is not None and (at[3] or at[2] == spans[j][2]
                                                                  or at[1] - base < b and words[at[1] - base] in lang.possessives))
            if words[e] not in (",", "(") or n == b or named or words[n] in lang.and_words:
                return None
            described.append((base + e, base + b, j, [i for i, sp in enumerate(spans) if base + e < sp[0] < base + b]))
        items.append(j)
    return (items, described) if len(items) >= 2 else None


def _role_lead(view: SentenceView, k: int, b: int) -> int:
    """Past the people of an organization that open a roster's segment, one or two lower-case words and
    "from" / "of" / "de" before its name ("researchers from the University of X", "des chercheurs de l'Inria"):
    the offset after that preposition, else ``k``."""
    lang, words = view.lang, view.words
    rows, base = nlp.tokens(view.span.doc).rows, view.span.start
    for n in (1, 2):
        p = k + n
        if p < b and words[p].rstrip("'") in lang.prep_from | lang.prep_of and all(
                rows[base + t].text.isalpha() and rows[base + t].text.islower() and t not in view.inside
                and not _verbish(lang, rows[base + t], view.lemmas[t]) for t in range(k, p)):
            return p + 1
    return k


def _past_legal_form(view: SentenceView, e: int, b: int) -> int:
    """Sentence offset ``e`` past a legal form right after a name, one token or a few written together
    ("Inc.", "A/S")."""
    rows, base = nlp.tokens(view.span.doc).rows, view.span.start
    for n in (1, 3):
        if e + n <= b and all(not rows[base + t].whitespace_ for t in range(e, e + n - 1)) \
                and _LEGAL_FORM.fullmatch("".join(rows[base + t].text for t in range(e, e + n))):
            return e + n
    return e


def _joined_pair(view: SentenceView, spans: list[tuple[int, int, list[str], bool]], labels: dict[str, str],
                 opening: dict[int, int], j: int, e: int, b: int) -> int | None:
    """A roster's last segment "A and B" / "de A et de B" (sentence offsets: A's name ends at e, the segment at b):
    the span index of B, a name of A's kind ending the segment, or None."""
    words, lang, base = view.words, view.lang, view.span.start
    if e >= b or words[e] not in lang.and_words:
        return None
    k = e + 1
    while k < b and k not in opening and (words[k].rstrip("'") in _list_articles(lang) or words[k] in lang.prep_of):
        k += 1
    j2 = opening.get(k)
    if j2 is None or spans[j2][3] or spans[j2][1] - base != b or _kind(labels, spans[j2][2]) != _kind(labels, spans[j][2]):
        return None
    return j2


def _described_list_at(view: SentenceView, spans: list[tuple[int, int, list[str], bool]], labels: dict[str, str],
                       doc: Doc, first: int, ends: dict[int, int | None]
                       ) -> tuple[list[int], list[tuple[int, int, int, list[int]]]] | None:
    """The described list whose first item is span ``first`` (see ``described_lists``), or None.
    ``ends``: the ``_description_end`` of each name end read so far in the sentence (filled here)."""
    items: list[int] = [first]
    descriptions: list[tuple[int, int, int, list[int]]] = []
    closed = False
    while True:
        k = items[-1]
        if spans[k][3] or _kind(labels, spans[k][2]) != _kind(labels, spans[first][2]):
            return None  # (a reference or a program among companies: no item)
        e = spans[k][1]
        end = ends[e] if e in ends else ends.setdefault(e, _description_end(view, doc, e))
        nxt = end if end is not None else spans[k][1]
        inner = [j for j in range(k + 1, len(spans)) if spans[j][0] < nxt]
        if end is not None:
            descriptions.append((spans[k][1], end, k, inner))
        j = k + 1 + len(inner)
        if closed or j >= len(spans):
            break
        sep = _item_separator(view, spans[first][0], nxt, spans[j][0], end is not None)
        if sep is None or sep is False and inner and spans[inner[-1]][1] == nxt - 1 \
                and _clause_between(view, spans[k][1], spans[inner[0]][0]):
            break  # (a clause ending on a name, then a bare comma: its own list goes on, "X, whose customers
            # include A, B and C"; not a noun phrase's: "X, a competitor of A, Y, a software firm, and Z")
        items.append(j)
        closed = sep
    # (a description after the last item only is no sign: "créé par X et Y, compte parmi ses membres Z")
    if not closed or all(d[2] == items[-1] for d in descriptions) \
            or _next_clause(view, spans[first][0], descriptions, spans[items[-1]][1]) \
            or (_after_verb(view, spans[first][0]) and any(_ends_on_owner(view, spans, d) for d in descriptions)):
        return None
    return items, descriptions


def _clause_between(view: SentenceView, a: int, b: int) -> bool:
    """A verb, a relative or a list's lead-in stands between tokens a and b ("whose customers include")."""
    base, lang, rows = view.span.start, view.lang, nlp.tokens(view.span.doc).rows
    opens = lang.list_leadins | lang.relative_possessives | relative_words(lang)
    return any(view.words[t - base] in opens or _verbish(lang, rows[t], view.lemmas[t - base]) for t in range(a, b))


def _ends_on_owner(view: SentenceView, spans: list[tuple[int, int, list[str], bool]],
                   description: tuple[int, int, int, list[int]]) -> bool:
    """The description ends on "of" and a name before the next item: after a verb, "invested in X, the lab
    of Y, and Z" may read "the lab of Y and Z"; Z stays out of the objects (a subject list is plain:
    "X, concurrent d'AWS, et Y ont conclu")."""
    inner = description[3]
    if not inner or spans[inner[-1]][1] + 1 != description[1]:
        return False
    k = _before_articles(view, spans[inner[-1]][0])
    return k >= 0 and view.words[k].rstrip("'") in view.lang.prep_of


def _item_separator(view: SentenceView, first: int, a: int, b: int, after_description: bool) -> bool | None:
    """Tokens a..b join two items of a described list: a comma (or the closing comma of a description),
    maybe a joiner, the preposition before the first item again ("avec X, ..., et avec Y"), an article.
    True when a joiner closes the list, False for a plain comma, None for no separator."""
    base, lang = view.span.start, view.lang
    words = [w.rstrip("'") for w in view.words[a - base : b - base]]
    # (a semicolon parts items only after a description: "alongside A, where ...; B, which ...; and C")
    comma = words[:1] == [","] or after_description and words[:1] == [";"]
    words = words[1:] if comma else words
    joiner = words[:1] != [] and words[0] in lang.and_words
    words = words[1:] if joiner else words
    k = _before_articles(view, first)
    if words and k >= 0 and words[0] == view.words[k].rstrip("'") and view.words[k].isalpha():
        words = words[1:]  # ("et avec l'Inria", "et à Mistral AI")
    if any(w not in _list_articles(lang) for w in words) or len(words) > 1:
        return None
    return joiner if comma or joiner or after_description else None


def _before_articles(view: SentenceView, t: int) -> int:
    """The sentence offset of the word before the articles right before token ``t`` (-1: none)."""
    k = t - view.span.start - 1
    while k >= 0 and view.words[k].rstrip("'") in _list_articles(view.lang):
        k -= 1
    return k


@lru_cache(maxsize=None)
def joiner_phrases(lang: LanguageData) -> tuple[tuple[str, ...], ...]:
    """The list joiners as folded words ("as well as" -> ("as", "well", "as"))."""
    return tuple(tuple(fold(w) for w in j.split()) for j in lang.list_joiners)


@lru_cache(maxsize=None)
def _joiner_words(lang: LanguageData) -> frozenset[str]:
    """The words of the list joiners of several words ("as well as", "joined by", "rejoint par")."""
    return frozenset(w for j in joiner_phrases(lang) if len(j) > 1 for w in j)


@lru_cache(maxsize=None)
def relative_words(lang: LanguageData) -> frozenset[str]:
    """Relative pronouns, subject and object ("qui", "que", "laquelle", "which", "whom")."""
    return lang.relatives | lang.relative_objects



@lru_cache(maxsize=None)
def _item_roles(lang: LanguageData) -> frozenset[str]:
    """What may stand between a repeated preposition and its item: articles, determiners and the role
    the item plays ("our existing investor", "ses actionnaires historiques")."""
    return _list_articles(lang) | lang.determiners | lang.noun_modifiers | lang.funding_words


@lru_cache(maxsize=None)
def _list_articles(lang: LanguageData) -> frozenset[str]:
    return frozenset(a.rstrip("'") for a in lang.list_articles) | lang.articles


def _next_clause(view: SentenceView, first: int, descriptions: list[tuple[int, int, int, list[int]]],
                 last_end: int) -> bool:
    """The list follows a verb and a verb follows its last item: "X a signé avec Y, spécialisée dans Z,
    et W a rejoint P" (W opens the next clause; Y alone is the object)."""
    return _opens_clause(view, first, descriptions[-1][1] if descriptions[-1][0] == last_end else last_end)


def _opens_clause(view: SentenceView, first: int, end: int) -> bool:
    """A verb stands in the six words before token ``first`` and right after token ``end`` (a comma
    aside): the name ending at ``end`` is the next clause's subject, not an item of a list from ``first``."""
    base, lang = view.span.start, view.lang
    rows = nlp.tokens(view.span.doc).rows
    after = [t for t in range(end, min(end + 2, view.span.end)) if rows[t].text != ","]
    return any(_verbish(lang, rows[t], view.lemmas[t - base]) for t in after[:1]) and _after_verb(view, first)


def _after_verb(view: SentenceView, first: int) -> bool:
    """A verb stands in the six words before token ``first``: a list from there is an object."""
    base, rows = view.span.start, nlp.tokens(view.span.doc).rows
    return any(_verbish(view.lang, rows[t], view.lemmas[t - base]) for t in range(max(base, first - 6), first))


def _description_end(view: SentenceView, doc: Doc, e: int) -> int | None:
    """The end (past its closing punctuation) of the descriptions right after a name ending at token
    ``e``, after its legal form: a parenthesis ("(Québec)", "(NASDAQ: X)"), or between commas an
    apposition, a participle phrase, a relative clause or a bare noun phrase of ("concurrent d'AWS"),
    at most two in a row ("X Inc. (NYSE: X), a quantum company,"); None when none follows."""
    base = view.span.start
    e = base + _past_legal_form(view, e - base, view.span.end - base)
    end = None
    while (nxt := _one_description_end(view, doc, end or e)) is not None and (end is None or nxt - e < 24):
        end = nxt
    return end


_LEGAL_FORM = re.compile(rf"(?:{LEGAL_FORMS}|SE|Holdings)\.?")


def _one_description_end(view: SentenceView, doc: Doc, e: int, reach: int = 16) -> int | None:
    """The end of one description right after token ``e`` (see ``_description_end``)."""
    base, words = view.span.start, view.words
    k = e - base
    if k >= len(words) or words[k] not in ("(", ","):
        return None
    stops = (")", "(") if words[k] == "(" else (",", ";", ":", "(", ")")
    close = next((j for j in range(k + 1, min(len(words), k + reach)) if words[j] in stops), None)
    if close is None and words[k] == "," and len(words) - k <= reach and words[-1] in (".", "!"):
        close = len(words) - 1  # the last item's description closes the sentence: "and Y, a defence start-up."
    if close is None or close == k + 1 or words[close] not in ((")",) if words[k] == "(" else (",", ".", "!", ";")):
        return None
    return base + close + 1 if words[k] == "(" or _describes(view, doc, e + 1, base + close) else None


def _describes(view: SentenceView, doc: Doc, a: int, b: int) -> bool:
    """Tokens a..b describe the name before them: an article, a relative (maybe after a preposition), a
    citation or a name's possessive first, a participle, or a lower-case noun; not a name alone (that is
    the list's next item)."""
    base, lang = view.span.start, view.lang
    table = nlp.tokens(doc)
    words = [w.rstrip("'") for w in view.words[a - base : b - base]]
    k = next((k for k, w in enumerate(words) if w not in lang.articles), len(words))
    named = a - base + k in view.inside and all(t in view.inside for t in range(a - base + k, b - base))
    if any(tuple(words[: len(c)]) == c for c in lang.citations):
        return True  # ("according to X")
    if k == len(words) or named or any(w in lang.clause_breaks for w in words) \
            or words[0] in lang.and_words or words[0] in lang.speech_verbs:
        return False  # (a name that fills it is the next item: "A, B, and C"; "the Paris-based maker" describes)
    first = table.rows[a]
    after_name = next((t for t in range(a - base + k, b - base) if t not in view.inside
                       and not table.rows[base + t].text[:1].isupper()), b - base) - (a - base)
    if words[0] in lang.relatives or first.text in lang.place_relatives or (first.text.islower() and words[1:2] != []
                                      and words[1] in relative_words(lang)) \
            or (k < after_name < len(words) and words[after_name] in lang.possessives):
        return True  # ("in which X invested", "South Korea's largest company")
    finite = any(table.rows[t].pos_ in ("VERB", "AUX") and table.morph(t, "VerbForm") == ["Fin"] for t in range(a, b)) \
        if table.has_annotation("MORPH") else any(w in lang.mentions.finite_verbs for w in words)
    if finite:
        return False
    if words[0] in lang.articles:
        return True
    if table.has_annotation("MORPH"):
        return table.morph(a, "VerbForm") == ["Part"] or (first.pos_ in ("NOUN", "ADJ") and first.text.islower())
    return first.text.isalpha() and first.text.islower() and (
        words[0].endswith(lang.participle_suffixes) or words[0] in lang.irregular_participles
        or (words[0] not in verbish_words(lang) and any(w in lang.prep_of for w in words[1:3])))


def _object_relative_gap(lang: LanguageData, gap_words: list[str]) -> bool:
    """The gap ends with a relative "que" after a noun, whose subject the next name is ("Pasqal, une
    start-up que Bpifrance finance"), not the "que" of "tels que" / "ainsi que"."""
    words = [w.rstrip("'") for w in gap_words]
    return len(words) >= 2 and words[-1] in lang.relatives and words[-2] not in lang.not_relative_before \
        and words[-2] not in lang.list_leadins and words[-2][:1].isalpha()


def _participial(lang: LanguageData, doc: Doc, a: int, b: int) -> bool:
    """Tokens a..b are a participle's apposition closing a list item: "X, présidé par P, et Y",
    "X, founded in 2019, and Y" (a comma, a participle, at most ten more tokens, a comma, maybe a
    joiner and an article)."""
    toks = nlp.tokens(doc).rows[a:b]  # (plain rows: this runs between every two groups that are no list)
    if len(toks) < 4 or len(toks) > 14 or toks[0].text != "," or any(t.text in ";:()" for t in toks):
        return False
    p = toks[1]
    participle = nlp.tokens(doc).morph(p.i, "VerbForm") == ["Part"] if nlp.tokens(doc).has_annotation("MORPH") \
        else bool(lang.participle_suffixes) and fold(p.text).endswith(lang.participle_suffixes)
    commas = [k for k, t in enumerate(toks) if t.text == ","]
    if not participle or len(commas) != 2:
        return False
    tail = [fold(t.text) for t in toks[commas[1] + 1 :]]
    verbs = [t for t in toks[2 : commas[1]] if t.pos_ in ("VERB", "AUX")]
    return not verbs and len(tail) <= 2 and all(w in lang.and_words or w.rstrip("'") in
                                                {x.rstrip("'") for x in lang.list_articles} for w in tail)


@lru_cache(maxsize=None)
def _gap_patterns(lang: LanguageData) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The language's list-gap and apposition-gap patterns, and a place's "-based" before a name,
    compiled once."""
    based = "|".join(re.escape(w) for w in sorted(lang.mentions.based))
    return lang.gap_list(), lang.gap_apposition(), re.compile(rf"\S+-(?:{based})\b", re.I)


def _verbish(lang: LanguageData, token, lemma: str) -> bool:
    """A verb between two names: they are not one list ("X se joint à d'autres membres tels que Y").
    A possessive is none, though English lookup lemmas read "'s" as "be" ("led by Canada's X")."""
    if fold(token.text) in lang.possessives:
        return False
    if token.pos_ in ("NOUN", "PROPN"):  # "le fonds d'investissement": a trigger's noun is no verb
        return lemma in lang.copulas
    return token.pos_ in ("VERB", "AUX") or lemma in verbish_words(lang)


def _kind(labels: dict[str, str], ents: list[str]) -> str:
    for x in ents:  # (a loop, not all() over a generator: this runs for every two neighbouring groups)
        if labels.get(x) != "Program":
            return "org"
    return "program"


# --------------------------------------------------------------------------- argument finding
def _breaks_between(view: SentenceView, a: int, b: int, leftward: bool = False) -> bool:
    """A clause boundary between tokens a and b. Looking left from a trigger, a relative
    pronoun right after the group ("X, qui ..., a signé") does not cut X off: X is its antecedent;
    nor does one inside a short apposition whose clause closes before the trigger ("X, the
    platform that hosts models, has formed ...")."""
    base = view.span.start
    lang = view.lang
    depth = 0
    skip_to = a
    for t in range(a, b):
        if t < skip_to:
            continue
        w = view.words[t - base]
        if w == "(":
            depth += 1
        elif w == ")":
            depth = max(0, depth - 1)
        elif depth == 0 and w in lang.clause_breaks:
            nxt = view.words[t - base + 1] if t - base + 1 < len(view.words) else ""
            if not nxt[:1].isdigit():  # "committed since 2019", "avant 2025": a date, no new clause
                return True
        elif depth == 0 and w in lang.relatives and not (t > base and view.words[t - base - 1] in lang.not_relative_before):
            if leftward and (all(view.words[k - base] in (",", "(") for k in range(a, t)) or _apposed(view, a, t)):
                continue
            closing = next((k for k in range(t + 1, b) if view.words[k - base] == ","), None)
            if leftward and view.words[a - base] == "," and t - a <= 6 and closing is not None:
                skip_to = closing + 1  # the apposition's relative clause ends at its comma
                continue
            return True
    return False


def _apposed(view: SentenceView, a: int, t: int, most: int = 10) -> bool:
    """Between the group ending at ``a`` and the relative pronoun at ``t`` stands only an apposition
    closed by its comma ("X, the Toronto maker of models, which has raised ...", "X, la pépite
    française, qui a levé ..."): the relative clause still speaks of X (or of what describes X)."""
    base, lang = view.span.start, view.lang
    words = view.words[a - base : t - base]
    return 3 <= len(words) <= most + 2 and words[0] == "," and words[-1] == "," and "," not in words[1:-1] \
        and words[1] in lang.articles | lang.determiners and all(k not in view.inside for k in range(a - base, t - base)) \
        and not any(w in lang.relatives or w in lang.clause_breaks or w in lang.and_words for w in words[1:-1])


def _apposition_between(lang: LanguageData, words: list[str]) -> bool:
    """", le campus d'Heilbronn financé": a comma, then an article and a noun phrase."""
    return len(words) >= 3 and words[0] == "," and words[1] in lang.articles


def _closed_list(view: SentenceView, g: Group) -> bool:
    """The list's last name follows a plain "and" ("A, B et C"): the list is closed."""
    base, lang = view.span.start, view.lang
    k = g.end - base
    while k > g.start - base and k - 1 in view.inside:
        k -= 1
    gap = []
    while k > g.start - base and k - 1 not in view.inside:
        k -= 1
        gap.append(view.words[k].rstrip("'"))
    words = [w for w in gap if w not in lang.articles and w not in lang.prep_of and w != ","]  # ("et de Meta")
    return len(words) == 1 and words[0] in lang.and_words


def left_group(view: SentenceView, start: int, skip_agents: bool = False, skip_possessive: bool = False) -> Group | None:
    """The group before a trigger, within its clause. A passive trigger skips agent groups: in
    "Y, mené par X et financé par Z", what "financé par" governs is Y, not X. A subject is never
    a possessive ("Microsoft, OpenAI's largest shareholder, also invested")."""
    base = view.span.start
    lang = view.lang
    for g in reversed(view.groups):
        if skip_possessive and g.end <= start and g.end - base < len(view.words) \
                and view.words[g.end - base] in lang.possessives and "," in view.words[g.end - base : start - base]:
            continue  # (but "Amazon's $4bn investment in X": a possessive right before a noun trigger is its subject)
        between = view.words[g.end - base : start - base]
        relative_follows = len(between) > 1 and between[1] in lang.relatives
        # a passive skips the agent of a coordinated participle ("mené par X et financé par"), not the
        # agent an apposition describes ("mené par X, le campus financé par W": W funds X)
        coordinated = skip_agents and any(w in lang.and_words for w in between) and "," not in between
        apposed = skip_agents and _apposition_between(lang, between)
        if g.end <= start and g.agent and not relative_follows and (coordinated or ("," in between and not apposed)):
            continue  # the agent of an apposition ("X, soutenue par Y, a ...") is not the subject,
            # unless a relative clause hangs on it ("raised by Y, which collected ...")
        if g.end <= start and g.start > base and view.words[g.start - base - 1] in lang.prep_with \
                and any(a == "," and b in lang.and_words for a, b in zip(between, between[1:])):
            continue  # the partner of a first verb is no subject of the second: "Il collabore avec Y pour Z, et a noué"
        if g.end <= start:
            if start - g.end > MAX_LEFT or _breaks_between(view, g.end, start, leftward=True):
                return None
            return g
    return None


def opening_subject(view: SentenceView, start: int, end: int) -> tuple[Group, Group | None, Group | None] | None:
    """The subject of a sentence that opens with a participial or prepositional clause holding the
    trigger: the group right after the clause's comma ("Founded by X in 2023, P has ...", "Having
    joined P, X ...", "En partenariat avec Y, X ..."); None unless only opener words and articles
    stand before the trigger, an opener first. Returns (subject, a list group the comma cuts, its part before the
    comma): "Backed by Nvidia, Mistral AI builds" reads as one list until the clause is seen."""
    base, lang, words = view.span.start, view.lang, view.words
    before = [w for w in words[: start - base] if w.isalnum()]
    # (an article may follow an opener, "Under a memorandum", but may not open: "The round was led by")
    if before and before[0] not in lang.participle_openers \
            or any(w not in lang.participle_openers and w not in lang.articles for w in before):
        return None
    comma = next((k for k in range(end - base, len(words)) if words[k] in (",", ";", ":")), None)
    if comma is None or words[comma] != ",":
        return None
    for g in view.groups:
        if g.start - base > comma and not _named(view, g):
            return None  # a reference ("le consortium") is resolved by the references stage, not here
        if g.start - base < comma < g.end - base:
            head, tail = cut_group(view, g, comma)
            # (not a list that goes on after the comma: "Among them are A, B and C")
            if head and tail and len(tail.entities) == 1 and _subject_gap(view, comma, tail):
                return tail, g, head
            closing = _list_close(view, g)  # "Signée par A, B et C, la convention ...": the list is the clause's own
            if closing is None:
                return None
            if closing < g.end - base:  # (the subject read as one more item of the list)
                head, tail = cut_group(view, g, closing)
                return (tail, g, head) if head and tail and len(tail.entities) == 1 \
                    and _subject_gap(view, closing, tail) else None
            comma = closing
        if g.start - base > comma:
            return (g, None, None) if _subject_gap(view, comma, g) else None
    return None


def _list_close(view: SentenceView, g: Group) -> int | None:
    """The comma that closes a list joined before its last item ("A, B et C,"): inside the group when it
    took the name after it for one more item, else right after it; None for a list with no joiner."""
    words, lo, hi = view.words, g.start - view.span.start, g.end - view.span.start
    joined = [k for k in range(lo, hi) if words[k] in view.lang.list_joiners]
    if not joined:
        return None
    return next((k for k in range(joined[-1], hi) if words[k] == ","), hi if words[hi : hi + 1] == [","] else None)


def _subject_gap(view: SentenceView, comma: int, g: Group) -> bool:
    """Only an article, or an article and a common noun describing the name ("the start-up X", "le
    projet P"), stands between the comma closing an opening clause and the subject ``g``."""
    lang = view.lang
    gap = view.words[comma + 1 : g.start - view.span.start]
    if len(gap) <= 1:
        return True
    nouns = _describing_nouns(lang)
    rest = [w for w in gap if w not in lang.articles]
    # ("start - up": the noun the tokenizer cut at its hyphen)
    return len(gap) - len(rest) <= 1 and 0 < len(rest) <= 3 and rest[0] in nouns \
        and all(w in nouns or w in lang.compound_particles or w == "-" for w in rest)


@lru_cache(maxsize=None)
def _describing_nouns(lang: LanguageData) -> frozenset[str]:
    """The common nouns that describe a name ("start-up", "projet", "alliance"), once per language."""
    return frozenset(lang.descriptors | lang.mentions.company_descriptors | lang.mentions.organization_descriptors
                     | lang.references.heads.keys())


@lru_cache(maxsize=None)
def _before_a_name(lang: LanguageData) -> frozenset[str]:
    """The words a name's mention may open with before the name itself, once per language."""
    return frozenset(lang.determiners | lang.articles | lang.descriptors | lang.references.heads.keys())


def opening_comma(view: SentenceView, openers: Collection[str]) -> int | None:
    """The sentence offset of the first comma, where the sentence opens with one of ``openers`` ("Outre
    X et Y, ...", "Unlike X, ..."): the phrase set aside ends there; None otherwise."""
    words = view.words
    return words.index(",") if words and words[0] in openers and "," in words else None


def opening_tail(view: SentenceView, g: Group, start: int) -> Group | None:
    """The part after the comma of a list group before a trigger at ``start`` that the comma closing an
    opening prepositional phrase cuts: "Avec le soutien de X, Y lance P", "In partnership with X, Y
    launched P" (Y is the subject; X stands in the phrase); None where no such comma cuts it."""
    base, lang, words = view.span.start, view.lang, view.words
    first = next((w for w in words if w.isalnum()), None)
    if first not in lang.participle_openers or "," not in words:
        return None
    comma = words.index(",")
    if not g.start - base < comma < min(g.end, start) - base:
        return None
    head, tail = cut_group(view, g, comma)
    return tail if head and tail else None


def _named(view: SentenceView, g: Group) -> bool:
    """The group opens with a capitalised word after its articles: a name, no reference."""
    words = view.span[g.start - view.span.start : g.end - view.span.start]
    # (a descriptor inside the mention says what the name is: "le programme Confiance.ai")
    skip = _before_a_name(view.lang)
    first = next((t.text for t in words if fold(t.text) not in skip), "")
    return first[:1].isupper()


def cut_group(view: SentenceView, g: Group, k: int) -> tuple[Group | None, Group | None]:
    """A list group cut at sentence offset ``k``: its mentions before and after (one entity per
    mention, in order); (None, None) where the count does not hold."""
    base = view.span.start
    firsts = [t for t in range(g.start - base, g.end - base) if t in view.inside and (t - 1 not in view.inside
                                                                                    or t == g.start - base)]
    n = sum(1 for t in firsts if t < k)
    if len(firsts) != len(g.entities) or not 0 < n < len(firsts):
        return None, None
    return (Group(g.entities[:n], g.start, base + k, g.agent, g.leadin),
            Group(g.entities[n:], base + firsts[n], g.end))


def nominal_owner(view: SentenceView, rights: list[Group], t0: int, t1: int) -> Group | None:
    """The owner a noun trigger names inside itself ("l'investissement de X dans Y", "the launch of
    P by X", "le partenariat d'X avec Y"): its first group, after "of" / "de", when more follow."""
    if len(rights) < 2 or not (t0 <= rights[0].start and rights[0].end <= t1) or rights[0].agent:
        return None
    return rights[0] if preceded_by(view, rights[0], view.lang.prep_of) else None


def right_groups(view: SentenceView, end: int) -> list[Group]:
    """Groups after the trigger within reach: the first, then any introduced by a lead-in or 'par'."""
    out: list[Group] = []
    for g in view.groups:
        if g.start < end:
            continue
        prev_end = out[-1].end if out else end
        if g.start - prev_end > MAX_RIGHT or _breaks_between(view, prev_end, g.start) \
                or _second_predicate(view, prev_end, g.start):
            break
        out.append(g)
        if len(out) >= 3:
            break
    return out


def reporter_at(view: SentenceView, e: int, exclude: frozenset[str] = frozenset()) -> bool:
    """A speech verb right after token e, or after one more word of a name the mention left out (none of
    ``exclude``): the name before e reports what the sentence says (", Nikkei Asia reported"), no item of
    the list before."""
    lang = view.lang
    after = view.words[e - view.span.start : e - view.span.start + 2]
    return bool(after) and (after[0] in lang.speech_verbs or len(after) == 2 and after[0].isalpha()
                            and after[0] not in lang.and_words | exclude and after[1] in lang.speech_verbs)


def _second_predicate(view: SentenceView, a: int, b: int) -> bool:
    """"and" / "et" then a verb between tokens a and b (auxiliaries, adverbs and a reflexive between):
    a second predicate of the subject starts, whose objects are not the first verb's ("X invests in
    Grenoble and partners with Y", "X investit dans Grenoble et s'associe à Y")."""
    lang, base = view.lang, view.span.start
    words = view.words[a - base : b - base]
    skipped = lang.predicate_auxiliaries | lang.transparent  # (a reflexive opens its verb's trigger: "s'associe")
    for k, w in enumerate(words):
        if w in lang.and_words:
            rest = [x for x in words[k + 1 :] if x not in skipped]
            if rest and rest[0] in verbish_words(lang) - lang.copulas:
                return True
    return False


def preceded_by(view: SentenceView, g: Group, words: Collection[str]) -> bool:
    """The group follows one of ``words``, allowing a determiner and a descriptor in between
    ("dans la licorne", "de la start-up Mistral AI")."""
    lang = view.lang
    k = g.start - view.span.start - 1
    while k >= 0 and view.words[k] in lang.articles:
        k -= 1
    if k >= 2 and view.words[k - 1] == "-" and view.words[k] in lang.compound_particles:
        k -= 2  # "start-up": the descriptor is its first part
    if k >= 0 and view.words[k] in lang.descriptors:
        k -= 1
        while k >= 0 and view.words[k] in lang.articles:
            k -= 1
    return k >= 0 and view.words[k] in words


def relative_antecedent(view: SentenceView, g: Group) -> Group | None:
    """The group a relative clause opened just before ``g`` hangs on: in "OpenAI, dans laquelle
    Microsoft a investi" and "ROOST, ..., et dont Google et OpenAI sont partenaires", the group
    before the relative word (within the sentence and ``MAX_LEFT`` tokens); before an object
    relative ("que": ``g`` is its subject), only the group right before it or before a noun phrase
    in apposition to it ("P, un texte que X a refusé de signer", "Y, une jeune pousse qu'X finance")."""
    base = view.span.start
    k = g.start - base - 1
    while k >= 0 and view.words[k] in view.lang.definite_articles:
        k -= 1
    if k < 0:
        return None
    rel = base + k
    before = [x for x in view.groups if x.end <= rel]
    if not before:
        return None
    if view.words[k] in view.lang.relative_objects:
        # ("X reported in March that Y ...": after a verb of saying, "that" / "que" opens what is said)
        says = view.lang.say_verbs | view.lang.speech_verbs
        said = any(w in says or m in says for w, m in zip(view.words[before[-1].end - base : k], view.lemmas[before[-1].end - base : k]))
        return before[-1] if rel - before[-1].end <= MAX_LEFT and not said else None
    if view.words[k] in view.lang.relatives and _apposed_only(view, before[-1].end, rel):
        return before[-1]
    return None


def _apposed_words(view: SentenceView, a: int, b: int, reach: int = 6) -> bool:
    """Without tags: words a to b of the sentence are a comma, an article and up to ``reach`` plain
    lowercase words, a noun phrase in apposition to the name before ("BigCode, the open scientific
    collaboration that X and Y started"; "P, a body that X set up")."""
    words = view.words[a:b]
    table = nlp.tokens(view.span.doc)
    if len(words) < 3 or words[0] != ",":
        return False
    if words[1] not in bare_articles(view.lang.apposition_articles) or len(words) - 2 > reach:
        return False
    rows = table.rows[view.span.start + a + 2 : view.span.start + b]
    return all(r.text == "-" or (r.text[:1].islower() and r.text.replace("-", "").isalpha()) for r in rows) \
        and not set(words[2:]) & (view.lang.relatives | view.lang.copulas | view.lang.and_words)


_APPOSED = frozenset({"DET", "NOUN", "ADJ", "PROPN", "NUM"})


@lru_cache(maxsize=None)
def bare_articles(articles: frozenset[str]) -> frozenset[str]:
    """Articles without their elision's apostrophe ("l'" -> "l"), as view words have them."""
    return frozenset(x.rstrip("'") for x in articles)


def _apposed_only(view: SentenceView, a: int, b: int) -> bool:
    """Between tokens a and b: nothing, or a comma and a short noun phrase ("X, un texte ..."), maybe
    after a modifier of the name, read from the Doc's tags (without tags, ``_apposed_words``)."""
    copulas = view.lang.copulas
    table = nlp.tokens(view.span.doc)
    rows = table.rows[a:b]
    if not rows or [r.text for r in rows] == [","]:
        return True  # "P, que X a refusé de signer", "P, which X declined to sign"
    if not table.has_annotation("TAG") and not table.has_annotation("POS"):
        return _apposed_words(view, a - view.span.start, b - view.span.start)
    if rows[0].pos_ == "AUX" and fold(rows[0].lemma_) in copulas and len(rows) <= 6 \
            and any(r.pos_ == "NOUN" for r in rows[1:]) and all(r.pos_ in _APPOSED for r in rows[1:]):
        return True  # a copula and a noun phrase: "P est un texte que X a refusé de signer"
    commas = [k for k, r in enumerate(rows) if r.text == ","]
    # (a modifier of the name may come first: "P sur l'IA, un texte que ...")
    return len(rows) <= 10 and len(commas) == 1 and any(r.pos_ == "NOUN" for r in rows[commas[0] + 1 :]) \
        and all(r.pos_ in _APPOSED or r.text == "," or (r.pos_ == "ADP" and k < commas[0]) for k, r in enumerate(rows))


_ITEM_SEPARATORS = frozenset({",", ";"})


def list_items(view: SentenceView, start: int) -> list[str]:
    """The entities that open the items of a list from token ``start`` (doc offset) to the sentence's
    end: "A, B et C", and items separated by semicolons, each a name and its description ("A
    providing models; B supplying compute"). A name inside a description is no item ("A, with
    offices in B"); only articles, list joiners and separators stand between an item's name and
    the end of the item before it."""
    base = view.span.start
    out: list[str] = []
    boundary = start - base  # where the current item begins (sentence offset)
    if view.words[boundary : boundary + 1] in ([":"], ["\u2013"], ["\u2014"]):
        boundary += 1  # (the colon after a trigger that ends on its verb: "les membres du consortium sont : A, B")
    for g in view.groups:
        if g.start < start:
            continue
        ents, first, last = g.entities, g.start - base, g.end - base
        inner = [k for k in range(first, last) if view.words[k] == ";"]
        if inner and not _item_gap(view, boundary, first):  # "... supplying chips from X; the Y lab": Y only
            ents, first = _after(view, g, inner[-1]), inner[-1] + 1
        if ents and _item_gap(view, boundary, first):
            out += [x for x in ents if x not in out]
            boundary = last
    return out


def _item_gap(view: SentenceView, a: int, b: int) -> bool:
    """Only separators, articles and joiners from a to b (sentence offsets), after the last semicolon
    if there is one (a new item begins there)."""
    gap = view.words[a:b]
    semis = [k for k, w in enumerate(gap) if w == ";"]
    gap = gap[semis[-1] + 1 :] if semis else gap
    lang = view.lang
    if ":" in gap and _sublist_label(view, b - len(gap), b - len(gap) + gap.index(":")):
        gap = gap[gap.index(":") + 1 :]  # ("members: industrials: A and B; academics: C")
    return all(w in _ITEM_SEPARATORS or w in lang.articles or w in lang.and_words for w in gap)


def _leadin_gap(view: SentenceView, last: Group, s: int, e: int, gap_words: list[str]) -> bool:
    """The gap before the name at tokens s..e ends on a list's lead-in ("and other members such as Y",
    "investors including Y"), with no verb, relative clause or comparison in it: the name goes on the list."""
    lang, base, rows = view.lang, view.span.start, nlp.tokens(view.span.doc).rows
    if not gap_words or len(gap_words) > 8 or gap_words == [":"] or not any(w in lang.list_leadins for w in gap_words[-3:]):
        return False  # (not a bare colon after a name: "a deal with X: Y, its investor, was not involved")
    relative = (any(w in lang.relative_possessives for w in gap_words) and e < len(rows)
                and rows[e].pos_ in ("VERB", "AUX")) or _object_relative_gap(lang, gap_words)
    # ", which supplies ... such as Y", ", like rivals Y and Z": a clause or a comparison, no examples
    clause = gap_words[:1] == [","] and gap_words[1:2] != [] \
        and (gap_words[1] in lang.relatives or gap_words[1] in lang.likeness_words)
    # (nor a colon after a count, which announces a list of its own: "X finance trois start-up : Y et Z")
    counted = ":" in gap_words and any(w.isdigit() or w in lang.references.group_numbers for w in gap_words)
    return not relative and not clause and not counted and not set(gap_words) & lang.clientele_nouns \
        and not any(_verbish(lang, rows[t], view.lemmas[t - base]) for t in range(last.end, s))


def _parallel_items(view: SentenceView, last: Group, gap_words: list[str], s: int) -> bool:
    """The gap before the name at token ``s`` goes on a list in parallel: its items each with their own
    article and noun ("la société A, la start-up B"), or a sub-list after a sub-list's label, the first
    after a colon ("industrials: A, B; academics: C")."""
    base = view.span.start
    return _titled_items(view, last, gap_words) or last.leadin and gap_words[:1] == [";"] \
        and gap_words[-1:] == [":"] and _sublist_label(view, last.end - base + 1, s - base - 1)


def _titled_items(view: SentenceView, last: Group, gap_words: list[str]) -> bool:
    """Each item carries its own article and common noun: "la société A, la start-up B et l'entreprise C",
    "the chipmaker A and the lab B". The gap is a comma or a joiner, an article and one or two such nouns,
    and the list's first name follows the same kind of noun."""
    lang, nouns = view.lang, _describing_nouns(view.lang)
    words = [p.rstrip("'") for w in gap_words for p in re.findall(r"[^']+'?", w)]  # ("l'entreprise")
    n = len(words)
    words = words[1:] if words[:1] == [","] else words
    words = words[1:] if words[:1] and words[0] in lang.and_words else words
    if not words or words[0] not in lang.articles or not 1 <= len(words) - 1 <= 2 or n == len(words):
        return False
    k = last.start - view.span.start - 1
    return all(w in nouns for w in words[1:]) and k >= 1 and view.words[k] in nouns \
        and view.words[k - 1].rstrip("'") in lang.articles


def _sublist_label(view: SentenceView, a: int, b: int) -> bool:
    """Sentence offsets a..b (before a colon) are a sub-list's label: one to three lower-case words, no
    name, no verb, no relative ("industriels", "acteurs académiques", "venture firms")."""
    base, lang, rows = view.span.start, view.lang, nlp.tokens(view.span.doc).rows
    words = [t for t in range(a, b) if view.words[t] not in lang.articles]
    tagged = nlp.tokens(view.span.doc).has_annotation("POS")
    return 0 < len(words) <= 3 and all(
        t not in view.inside and rows[base + t].text.isalpha() and rows[base + t].text.islower()
        and (rows[base + t].pos_ not in ("VERB", "AUX") if tagged else view.words[t] not in lang.mentions.finite_verbs)
        and view.words[t] not in lang.copulas | lang.speech_verbs | relative_words(lang) for t in words)


def _after(view: SentenceView, g: Group, k: int) -> list[str]:
    """The entities of a list group named after sentence offset k, where each of its names is one
    mention (none when the mentions and the entities do not pair up)."""
    base = view.span.start
    runs = [t for t in range(g.start - base, g.end - base) if t in view.inside and t - 1 not in view.inside]
    return [x for x, t in zip(g.entities, runs) if t > k] if len(runs) == len(g.entities) else []
