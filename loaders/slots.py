"""Unknown organization names in a trigger's argument slots, for a Doc without NER.

Where spaCy has no statistical NER (English here), an organization that the knowledge base
does not know and whose name carries no cue ("Inc.", "Labs", "Foundation") is found by where it
stands: a capitalised name right before a relation trigger ("Kaldera has joined ..."), right
after it ("... partners with Kaldera", "invested in Kaldera", "backed by Northwind Trust"), the
other items of a list in that slot ("with Microsoft and Kaldera"), or after a descriptor
("the startup Veltrix", "the nonprofit Access Now"). A candidate is left out when it is a
person's name (a name the document gives a person, or a given name and surname, read from the
language's ``proper_words``), a place written alone, a month, a title-case heading's words, or a common
word opening the sentence. The mention stage (loaders/mentions.py) ranks these spans after
cued names and people, before untyped capitalised runs.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc, Span

from aipg.loaders import nlp as nlp_mod
from aipg.loaders.lang import LanguageData, MentionWords, for_language
from aipg.loaders.sentence import find_triggers, fold, sentence_view
from aipg.loaders.triggers import first_words, triggers_for

SLOT = "cue"  # the spans are cued names: the slot is the cue
_NO_RIGHT = frozenset({"raise", "announce"})  # their right side is an amount, not a party
#: a trigger with these options may be a noun ("AWS Training credits"): a name before it modifies it
_NOUN_LIKE = frozenset({"amount", "verb"})


def slot_spans(doc: Doc, sent: Span, runs: list[tuple[int, int]], known: list[Span], persons: list[Span],
               taken: set[int], seen: "Seen", lang: LanguageData) -> list[Span]:
    """Cued spans for unknown names in the slots of ``sent``'s triggers. ``runs``: the sentence's
    capitalised runs; ``known``: the knowledge-base and cued names that start in the sentence (list
    items a chain passes); ``persons``: the people's names that start in it; ``taken``: tokens
    some other source claims; ``seen``: what the whole document tells."""
    words = lang.mentions
    table = nlp_mod.tokens(doc)
    pieces = {p[0]: p for p in _pieces(table, runs, lang) if not taken.intersection(range(*p))}
    if not pieces:
        return []
    kinds = _kind_names(table, pieces, sent, taken, lang)
    for s, e, _ in kinds:
        del pieces[s]
    # (an item of None is a person's name: a list holding one is a list of people)
    items = {**{(p.start, p.end): None for p in persons}, **{(s.start, s.end): False for s in known},
             **{(s, e): False for s, e, _ in kinds}, **{p: True for p in pieces.values()}}
    found: dict[tuple[int, int], str] = {}
    for f in _triggers(table, sent, pieces.values(), taken, lang):
        start, end = sent.start + f.start, sent.start + f.end
        if table.text[start][:1].isupper():
            continue  # a title-case heading ("Kaldera Joins ..."), or a name holding the word
        if not f.trigger.options & _NOUN_LIKE:
            for piece in _left_chain(table, items, start, sent.start, words):
                found.setdefault(piece, "Company")
        if f.trigger.frame not in _NO_RIGHT:
            preps = words.slot_prepositions | (words.slot_fund_prepositions if f.trigger.type == "FUNDS" else frozenset())
            for piece in _right_chain(table, items, end, sent.end, preps, lang):
                found.setdefault(piece, "Company")
    for s, piece in pieces.items():
        label = _descriptor_label(table, s, sent.start, words)
        if label:
            found[piece] = label
    out = [Span(doc, s, e, label=f"{SLOT}|{label}") for s, e, label in kinds
           if _org_like(table, s, e - 1, sent.start, seen, lang)]
    for (s, e), label in sorted(found.items()):
        head = seen.heads.get(tuple(table.folded[s:e]))
        if head is not None:
            out.append(Span(doc, s, e, label=head))
        elif (s, e) in pieces.values() and _org_like(table, s, e, sent.start, seen, lang):
            out.append(Span(doc, s, e, label=f"{SLOT}|{label}"))
    return out


class Seen:
    """What the whole document tells about its words: the folded words of its people's names,
    the words it writes capitalised inside a sentence (a name, not a sentence's first word), and
    the first words of its known names."""

    def __init__(self, doc: Doc, persons: list[Span], known: list[Span]):
        table = nlp_mod.tokens(doc)
        #: the first words of a known name the text gives in full -> that name's label ("kb|id"):
        #: "Lux and Khosla have backed ..." after "Lux Capital" and "Khosla Ventures"
        self.heads = {tuple(table.folded[k.start : k.start + n]): k.label_ for k in known for n in range(1, len(k))}
        self.language = nlp_mod.lang(doc)
        self.persons = frozenset(w for sp in persons for w in table.folded[sp.start : sp.end])
        self.inner_capitals = frozenset(f for f, t in zip(table.folded, table.rows)
                                        if not t.is_sent_start and t.text[:1].isupper() and not t.is_punct)


def _triggers(table, sent: Span, pieces, taken: set[int], lang: LanguageData) -> list:
    """The sentence's trigger firings, read only where a word that opens a trigger follows a
    piece or a word that closes one (or a preposition) precedes it: the relation stage reads
    every sentence's triggers anyway, and most pieces stand in no slot."""
    opening, closing = _edge_words(lang)
    rows, folded = table.rows, table.folded

    def words(k: int) -> tuple[str, str]:
        return folded[k], fold(rows[k].lemma_)

    for s, e in pieces:
        after = (w for k in range(e, min(sent.end, e + 3)) for w in words(k))
        before = (w for k in range(max(sent.start, s - 3), s) for w in words(k))
        if any(w in opening for w in after) or any(w in closing for w in before):
            view = sentence_view(0, sent, lang)
            view.inside = {i - sent.start for i in range(sent.start, sent.end) if i in taken}
            return find_triggers(view)
    return []


@lru_cache(maxsize=4)
def _edge_words(lang: LanguageData) -> tuple[frozenset[str], frozenset[str]]:
    """The words that open a trigger (first two elements) and those that close one, with the
    prepositions before an object."""
    opening = frozenset(w for t in triggers_for(lang) for w in first_words(t, 2))
    closing = frozenset(w for t in triggers_for(lang) for el in t.pattern[-2:] for w in el.rstrip("?").split("|")
                        if not w.startswith("~"))
    return opening | lang.mentions.slot_auxiliaries, closing | lang.mentions.slot_prepositions | lang.mentions.slot_fund_prepositions


def _kind_names(table, pieces: dict, sent: Span, taken: set[int], lang: LanguageData) -> list[tuple[int, int, str]]:
    """"the Kaldera consortium", "the Stargate project": a name and the lowercase word after it
    that says it is a program or an organization, after a definite article."""
    kinds = _kind_words(lang)
    out = []
    for s, (_, e) in pieces.items():
        if s > sent.start and table.folded[s - 1] in lang.definite_articles and e < sent.end \
                and table.text[e].islower() and table.folded[e] in kinds and e not in taken:
            out.append((s, e + 1, kinds[table.folded[e]]))
    return out


@lru_cache(maxsize=4)
def _kind_words(lang: LanguageData) -> dict[str, str]:
    """One-word cues of programs and organizations ("consortium", "foundation") -> the label."""
    return {w: label for label in ("Organization", "Program") for w in lang.mentions.cues[label] if " " not in w}


def _pieces(table: nlp_mod.Tokens, runs: list[tuple[int, int]], lang: LanguageData) -> list[tuple[int, int]]:
    """The runs cut at "and" ("Northwind Trust and Kaldera"), without a leading determiner or a
    function word opening the sentence."""
    out = []
    for s, e in runs:
        start = s
        for k in range(s, e + 1):
            if k == e or table.folded[k] in lang.and_words:
                a = start
                while a < k and (table.folded[a] in lang.mentions.name_determiners
                                 or table.rows[a].is_sent_start and table.rows[a].is_stop):
                    a += 1  # "The", "Then Lux backed ..."
                if a < k:
                    out.append((a, k))
                start = k + 1
    return out


def _left_chain(table, items: dict, start: int, floor: int, words: MentionWords) -> list[tuple[int, int]]:
    """Unknown names of the subject before a trigger at ``start``: "Kaldera has joined",
    "OpenAI and Kaldera announced a partnership"."""
    k = start
    while k > floor and table.folded[k - 1] in words.slot_auxiliaries:
        k -= 1
    ends = {e: (s, e) for (s, e) in items}
    out, joined = [], False
    while k in ends:
        s, e = ends[k]
        if items[(s, e)] is None:
            return []  # "founded by Arthur Mensch, Guillaume Lample and ...": people
        if items[(s, e)]:
            out.append((s, e))
        k = s
        seps = []
        while k > floor and table.folded[k - 1] in words.slot_joins and len(seps) < 2:
            k -= 1
            seps.append(table.folded[k])
        joined = joined or any(w != "," for w in seps)
        if not seps or not joined:
            break  # "Separately, Kaldera joined": a list's last two items are joined by "and"
    return out


def _right_chain(table, items: dict, end: int, ceiling: int, preps: frozenset[str],
                 lang: LanguageData) -> list[tuple[int, int]]:
    """Unknown names of the object after a trigger ending at ``end``: "partners with Kaldera",
    "backed by Microsoft and Northwind Trust"."""
    k = end
    if k < ceiling and table.folded[k] in preps:
        k += 1
    while k < ceiling and table.folded[k] in lang.articles:
        k += 1
    starts = {s: (s, e) for (s, e) in items}
    out = []
    while k in starts:
        s, e = starts[k]
        if items[(s, e)] is None:
            return []  # a list of people
        if items[(s, e)]:
            out.append((s, e))
        k = e
        seps = 0
        while k < ceiling and (table.folded[k] in lang.mentions.slot_joins or table.folded[k] in lang.articles) and seps < 3:
            k += 1
            seps += 1
        if not seps:
            break
    return out


def _descriptor_label(table, s: int, floor: int, words: MentionWords) -> str | None:
    """"the startup Veltrix" is a company, "the nonprofit Access Now" an organization."""
    k = s - 1
    if k < floor:
        return None
    word = table.folded[k]
    if word in words.company_descriptors:
        return "Company"
    if word in words.organization_descriptors or (
            word == "profit" and k - 2 >= floor and table.folded[k - 2] == "non" and table.text[k - 1] == "-"):
        return "Organization"
    return None


def _followed_by_description(table, e: int, lang: LanguageData) -> bool:
    """A noun the name modifies ("Kaldera start-up X"), a person's role after a comma
    ("X, then Minister of ..."), or an apposition naming no organization ("Dawn, a smaller
    system at ..."; one naming an organization made a cued name before this stage)."""
    words = lang.mentions
    n = len(table.rows)
    if e < n and (table.folded[e] in words.descriptor_nouns or table.folded[e] in words.company_descriptors):
        return True
    if e + 1 < n and table.text[e] == ",":
        after = table.folded[e + 1 : e + 4]
        described = after[0] in words.apposition_determiners and len(after) > 1 and table.text[e + 2].islower()
        return described or any(
            w in words.person_titles or w in lang.names.role_words for w in after)
    return False


@lru_cache(maxsize=4)
def _cue_words(lang: LanguageData) -> frozenset[str]:
    """The one-word organization cues of the language ("commission", "alliance", "foundation")."""
    return frozenset(w for cues in lang.mentions.cues.values() for w in cues if " " not in w)


@lru_cache(maxsize=4)
def _lemma_forms(language: str) -> tuple[object, frozenset[str]] | None:
    """The pipeline's lemma lookup table (its keys are inflected forms) and its lemmas; None
    where the pipeline has none."""
    nlp = nlp_mod.pipeline(language)
    if "lemmatizer" not in nlp.pipe_names or not nlp.get_pipe("lemmatizer").lookups.has_table("lemma_lookup"):
        return None
    table = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_lookup")
    # (a value is a lemma, or a list of them in some languages' tables)
    return table, frozenset(w for v in table.values() for w in ([v] if isinstance(v, str) else v))


@lru_cache(maxsize=4)
def _stop_words(language: str) -> frozenset[str]:
    """The pipeline's stop words (function words), folded."""
    return frozenset(fold(w) for w in nlp_mod.pipeline(language).Defaults.stop_words)


def common_written(folded: str, text: str, language: str) -> bool:
    """``common_word`` for a word as folded (accents gone: "sante") or as written, lowercased ("santé"):
    the lemma tables keep the accents."""
    return common_word(folded, language) or common_word(text.lower(), language)


def common_word(word: str, language: str) -> bool:
    """A word of the language's lemma tables ("Veltrix" is not one, "Partners" is), or an adverb
    made from one ("newly"): a common word, not a name, when it opens a sentence. Without tables
    every word may be common."""
    forms = _lemma_forms(language)
    if forms is None or word in forms[1] or word in forms[0] or word in _stop_words(language):
        return True  # (the lookup tables lack most function words: "now", "here")
    for ending in for_language(language).mentions.adverb_endings:  # "ly", or "bly>ble" ("notably")
        suffix, _, base = ending.partition(">")
        if word.endswith(suffix) and word[: -len(suffix)] + base in forms[1]:
            return True
    return _plural_compound(word, forms[1])


def _plural_compound(word: str, lemmas: frozenset[str]) -> bool:
    """A plural written as two common words run together ("carmakers", "chipmakers": "car" +
    "maker"), which the lemma tables lack: a kind of firms opening a headline, no name. Names
    written so are singular ("Salesforce")."""
    if not word.endswith("s") or word.endswith("ss") or len(word) < 8:
        return False
    one = word[:-1]
    return any(one[:k] in lemmas and one[k:] in lemmas for k in range(3, len(one) - 2))


def _org_like(table, s: int, e: int, floor: int, seen: Seen, lang: LanguageData) -> bool:
    """A name that may be an organization's: no person's word, no month, no title, not only
    generic nouns ("Partners"); not a given name and surname ("Priya Raman"); not a lone place
    ("Boston"), nor a word opening the sentence that the text never capitalises elsewhere
    ("Separately")."""
    words = lang.mentions
    folded = table.folded[s:e]
    texts = table.text[s:e]
    if e - s > 6 or any(w in seen.persons or w in words.calendar or w in words.person_titles
                        or w in lang.names.role_words for w in folded):
        return False
    if all(w in lang.names.generic_nouns or w in words.name_glue or w in lang.references.heads
           or w in _cue_words(lang) for w in folded):
        return False  # "Partners include ...", "the Commission": a kind or a reference, no name
    if not texts[0][:1].isalpha() or any("." in t or t.endswith("-") for t in texts) or (
            "-" in texts[-1] and texts[-1].rsplit("-", 1)[1].islower()):
        return False  # "4bn", "U.S.", "U.S.-led": no name
    if any(w in lang.references.country_adjectives for w in folded):
        return False  # "French start-up X": a nationality
    if _followed_by_description(table, e, lang):
        return False
    if any(not (t[:1].isupper() or t in ("&", "-", "'s", "\u2019s") or t.islower() and len(t) <= 3) for t in texts):
        return False
    plain = all(t.isalpha() and t[1:].islower() for t in texts if t[:1].isupper())
    if e - s == 1:
        if table.rows[s].is_stop or len(texts[0]) < 2:
            return False
        if plain and folded[0] in words.proper_words:
            return False  # "Boston", "Altman": a place or a person's surname
        return s > floor or not plain or folded[0] in seen.inner_capitals or not common_word(folded[0], seen.language)
    if any(w in words.round_heads for w in folded) or (
            e < len(table.rows) and table.folded[e].removesuffix("s") in words.round_heads):
        return False  # "Series B", "Kaldera Seed rounds": a round, not a party
    return not person_like(texts, folded, words, seen.language)


#: A surname written with a particle's capital inside: "LeCun", "McCarthy", "DiCaprio", "MacArthur".
_PARTICLE_SURNAME = re.compile(r"(?:Mc|Mac|Le|La|De|Di|Da|Du|Van|Von|O)[A-Z][a-z]+")


def person_like(texts: list[str], folded: list[str], words: MentionWords, language: str = "") -> bool:
    """"Priya Raman", "Sam Altman", "Demis Hassabis": two or three plain capitalised words, the
    first a word written capitalised far more often than not (a given name), or none of them a
    common word of the language ("Northwind Trust" has one). After a given name, a surname may
    carry a particle's capital ("Yann LeCun", "Ruth McCarthy")."""
    if not 2 <= len(texts) <= 3:
        return False
    if not all(t.isalpha() and t[:1].isupper() and t[1:].islower() for t in texts):
        return texts[0].isalpha() and texts[0][1:].islower() and folded[0] in words.proper_words and all(
            t.isalpha() and t[:1].isupper() and t[1:].islower() or _PARTICLE_SURNAME.fullmatch(t) for t in texts[1:])
    # (a folded word has lost its accents: "Santé" is a common word as "santé", not as "sante")
    return folded[0] in words.proper_words or bool(language) and not any(
        common_written(w, t, language) for w, t in zip(folded, texts))
