"""Short references to an entity named elsewhere: "l'Alliance", "la start-up américaine",
"the company", "les deux entreprises" / "both companies", and a subject pronoun opening
a sentence. Found here; resolve.py points them at their antecedent."""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from aipg.graph.ids import strip_accents
from aipg.loaders import nlp
from aipg.loaders.kb import KnowledgeBase
from aipg.loaders.lang import ReferenceWords, codes, for_language, words_of
from aipg.loaders.sentence import CAPITALISED, fold
from aipg.loaders.triggers import trigger_words

REFERENCE = "reference"  # the mention kind
#: per language, the relative words after a preposition a subject pronoun may follow ("avec lequel elle";
#: not "dont elle a présenté le partenariat avec Y": that partnership is the antecedent's)
RELATIVE_OBJECTS = {code: for_language(code).relative_objects - for_language(code).relative_possessives
                    for code in codes()}
# The words are the ``references`` group of the document's language (loaders/lang/); the stages
# that judge names (mentions, aliases, resolve) read them over every language with ``union``.


def _words(doc: Doc) -> ReferenceWords:
    return words_of(nlp.lang(doc), "references")


def _pair_spans(doc: Doc, start: int, end: int, w: ReferenceWords) -> list[Span]:
    """Plural references to two parties in the sentence of tokens [start, end): "les deux acteurs",
    "both companies", "the two firms"."""
    out = []
    table = nlp.tokens(doc)
    words = table.folded[start:end]
    group_nouns, leads, heads = w.group_nouns, w.group_leads, w.group_heads
    if w.group_noun_determiners.isdisjoint(words) and leads.keys().isdisjoint(words):
        return out  # (no word that opens a pair reference: one set test in C)
    toks = table.rows[start:end]
    dets = w.group_noun_determiners
    for k in [k for k, word in enumerate(words) if word in dets or word in leads]:  # (only where one opens)
        if k + 1 < len(toks) and words[k] in w.group_noun_determiners and words[k + 1] in group_nouns:
            n = group_nouns[words[k + 1]]
            if not (k + 2 < len(toks) and words[k + 2] in w.group_of):  # "a pair of chips"
                out.append(Span(doc, toks[k].i, toks[k + 1].i + 1, label=f"{REFERENCE}|pair:{n}"))
            continue
        if words[k] in w.group_pointers and k + 1 < len(toks) and words[k + 1] in heads:
            if not _names_follow(toks, k + 2):  # "ces instituts": the parties of the list before, however many
                out.append(Span(doc, toks[k].i, toks[k + 1].i + 1, label=f"{REFERENCE}|pair:0"))
            continue
        for lead in leads.get(words[k], ()):
            n = len(lead)
            if tuple(words[k : k + n]) != lead:
                continue
            for j in range(k + n, min(k + n + 3, len(toks))):
                if words[j] in heads:
                    if _names_follow(toks, j + 1):
                        break  # "les deux géants Google et Salesforce": the names follow
                    n = w.group_numbers.get(words[k + 1], 2) if len(lead) == 2 else 2
                    # (a determiner that holds a preposition stays the verb's: "associé aux deux écoles")
                    first = k + 1 if len(lead) == 2 and toks[k].pos_ == "ADP" else k
                    out.append(Span(doc, toks[first].i, toks[j].i + 1, label=f"{REFERENCE}|pair:{n}"))
                    break
            else:
                if len(lead) == 2 and _verb_follows(doc, toks, k + n):  # "the two have worked together"
                    out.append(Span(doc, toks[k].i, toks[k + 1].i + 1,  # (no head: its parties named in one sentence)
                                    label=f"{REFERENCE}|pairs:{w.group_numbers.get(words[k + 1], 2)}"))
    return out


def _verb_follows(doc: Doc, toks: list, j: int) -> bool:
    """A number of parties standing alone as a subject: "the two have worked together", "les deux
    vont co-développer": an auxiliary (or, where the Doc has tags, a verb) right after it."""
    if j >= len(toks) or toks[j].is_punct:
        return False
    return fold(toks[j].text) in words_of(nlp.lang(doc), "mentions").slot_auxiliaries \
        or toks[j].pos_ in ("AUX", "VERB")


def _names_follow(toks: list, end: int) -> bool:
    """After a group's head and its adjectives, names: "les deux géants Google et Salesforce"."""
    while end < len(toks) and toks[end].pos_ == "ADJ":
        end += 1
    return end < len(toks) and bool(CAPITALISED.match(toks[end].text)) and not toks[end].is_punct


def _head_at(toks: list, j: int, heads: dict[str, tuple[str, ...]]) -> tuple[str, int]:
    """The folded head word at j and the index after it; joins "start - up" into "start-up"."""
    if j + 2 < len(toks) and toks[j + 1].text == "-":
        joined = fold(toks[j].text) + "-" + fold(toks[j + 2].text)
        if joined in heads:
            return joined, j + 3
    return fold(toks[j].text), j + 1


def _reported_pronouns(doc: Doc, toks: list) -> list[Span]:
    """A subject pronoun right after "that" / "que" in reported speech ("Siemens confirmed that
    it had created ...", "Orange indique qu'elle rejoint ..."): it continues the reporting subject."""
    w = _words(doc)
    subordinators, reporting, pronouns = w.subordinators, w.reporting_verbs, w.pronouns

    def reported(k: int) -> bool:
        if fold(toks[k - 1].text) in subordinators:
            return True
        # "said on Thursday it ...", "announced Monday it ...": a reporting verb, then a short time phrase
        # (no mark between the verb and the pronoun; one before the verb closes the speaker's apposition:
        # "X, the Paris-based developer of ..., said it had joined P")
        said = [j for j in range(max(0, k - 4), k) if fold(toks[j].text) in reporting]
        return bool(said) and not any(x.is_punct for x in toks[said[-1] + 1 : k])

    return [Span(doc, t.i, t.i + 1, label=f"{REFERENCE}|pronoun") for k, t in enumerate(toks[1:], 1)
            if fold(t.text) in pronouns and k + 1 < len(toks) and not toks[k + 1].is_punct and reported(k)]


def _pronoun_spans(doc: Doc, start: int, end: int, w: ReferenceWords) -> list[Span]:
    """A subject pronoun that opens a sentence, or its main clause after a short time phrase:
    "Elle est soutenue par ...", "It partners with ...", "In May it closed ...", "En décembre, elle avait levé ...";
    one after "that" / "que" in reported speech; and one opening a relative clause on another party
    ("Faurecia, avec lequel elle a annoncé un partenariat")."""
    table = nlp.tokens(doc)
    if w.pronouns.isdisjoint(table.folded[start:end]):
        return []  # (all three kinds start from a pronoun: none in most sentences)
    toks = [t for t in table.rows[start:end] if not t.is_space and t.text not in ("•", "-", "*")]
    return (_opening_pronoun(doc, toks) + _reported_pronouns(doc, toks) + _relative_pronouns(doc, toks)
            + _contrast_pronouns(doc, toks, w))


def _contrast_pronouns(doc: Doc, toks: list, w: ReferenceWords) -> list[Span]:
    """A subject pronoun right after a contrast opening a second main clause: "Le groupe fournit le
    matériel, mais il ne fait pas partie de l'initiative", "X supplies the chips but it has not joined"."""
    return [Span(doc, t.i, t.i + 1, label=f"{REFERENCE}|pronoun") for k, t in enumerate(toks[2:-1], 2)
            if fold(t.text) in w.pronouns and fold(toks[k - 1].text) in w.contrast_coordinators
            and not toks[k + 1].is_punct
            and not (t.lower_ in w.impersonal_pronouns and fold(toks[k + 1].text) in w.impersonal_verbs)]


def _relative_pronouns(doc: Doc, toks: list) -> list[Span]:
    """A subject pronoun right after a relative word that is no subject ("avec lequel elle", "dans
    laquelle il"): it continues the text's subject, never the relative's antecedent (resolve.py)."""
    pronouns = _words(doc).pronouns
    relatives = RELATIVE_OBJECTS.get(nlp.lang(doc), frozenset())
    return [Span(doc, t.i, t.i + 1, label=f"{REFERENCE}|pronoun") for k, t in enumerate(toks[1:-1], 1)
            if fold(t.text) in pronouns and fold(toks[k - 1].text) in relatives and not toks[k + 1].is_punct]


def _opening_pronoun(doc: Doc, toks: list) -> list[Span]:
    """The subject pronoun opening the sentence, or its main clause after a short time phrase."""
    w = _words(doc)
    k = next((i for i, t in enumerate(toks[:6]) if fold(t.text) in w.pronouns), None)
    if k is None or k + 1 >= len(toks) or toks[k + 1].is_punct:
        return []
    if k and _cleft(toks, k, w):
        return [Span(doc, toks[k].i, toks[k].i + 1, label=f"{REFERENCE}|pronoun")]  # "C'est elle qui a investi"
    if k and not (fold(toks[0].text) in w.time_openers and not any(t.pos_ in ("VERB", "AUX") for t in toks[:k])
                  and (toks[k - 1].text == "," or toks[0].lower_ in w.plain_time_openers)):
        return []
    t = toks[k]
    if t.pos_ in ("PRON", "") or t.dep_ in ("nsubj", "nsubj:pass", "expl:subj", ""):
        if not (t.lower_ in w.impersonal_pronouns and fold(toks[k + 1].text) in w.impersonal_verbs):
            return [Span(doc, t.i, t.i + 1, label=f"{REFERENCE}|pronoun")]
    return []


def _cleft(toks: list, k: int, w: ReferenceWords) -> bool:
    """The pronoun at k is the focus of a cleft opening the sentence: "C'est elle qui a investi"."""
    return all(fold(t.text) in w.cleft_openers for t in toks[:k]) and fold(toks[k + 1].text) in w.cleft_subjects


def _name_follows(toks: list, k: int, w: ReferenceWords) -> bool:
    """A capitalised name within three more words, through "de" and common nouns only."""
    for j in range(k, min(k + 4, len(toks))):
        t = toks[j]
        if CAPITALISED.match(t.text) and not t.is_punct:
            return True
        folded = fold(t.text)
        word = folded.rstrip("'")
        # only "de", an article and describing nouns may stand between: "l'agence de presse AP", "the
        # initiative of the US Department of Commerce"
        if word not in w.name_links and folded not in w.determiners and word not in w.determiners and (t.pos_ not in ("NOUN", "ADJ") if t.pos_ else not word.isalpha()
                                         or word in w.not_descriptive):
            return False
    return False


def _plain_after(toks: list, k: int, w: ReferenceWords) -> bool:
    """After a plain head ("le centre", "the association"), only its complements until a verb, an
    auxiliary, a punctuation mark or another preposition: "le nouveau centre de recherche créé par";
    never "de" / "of" and a word that is none ("l'association des maires")."""
    for t in toks[k:]:
        word = fold(t.text).rstrip("'")
        if word in w.name_links and word not in w.plain_complements:
            return False  # "l'association des maires", "the association of mayors": another one
        # (a Doc with no tagger: nothing but "of" tells another one apart)
        if t.is_punct or t.pos_ in ("VERB", "AUX", "") or (t.pos_ == "ADP" and word not in w.plain_complements):
            return True
        if word not in w.plain_complements:
            return False
    return True


def document_references(doc: Doc, bounds) -> list[list[Span]]:
    """The references of each sentence of ``bounds`` ((token start, token end), in order): definite
    short references (determiner, up to three modifiers, a head noun, trailing adjectives), pairs and
    pronouns, in one pass: the language's words are read once per document, and a determiner is followed only
    where a head word (or a "start - up" dash) stands within the four words after it."""
    table = nlp.tokens(doc)
    folded, text = table.folded, table.text
    w = _words(doc)
    determiners, heads = w.determiners, w.heads
    openers = determiners | w.text_determiners
    lang = for_language(table.lang) if table.lang in codes() and not table.has_annotation("POS") else None
    verbs, relatives = (trigger_words(lang), lang.relatives) if lang else (frozenset(), frozenset())
    n = len(folded)
    # (a superset of where ``_head_at`` finds a head: the word itself, or a dash after it)
    headed = [word in heads or (j + 2 < n and text[j + 1] == "-") for j, word in enumerate(folded)]
    out = []
    for start, end in bounds:
        found = _pair_spans(doc, start, end, w) + _pronoun_spans(doc, start, end, w)
        opening = [k for k in range(start, end) if folded[k] in openers and any(headed[k + 1 : min(k + 5, end)])]
        if opening:
            found += _definite(doc, table, start, end, [k - start for k in opening], w, verbs, relatives)
        out.append(found)
    return out


def _definite(doc: Doc, table, start: int, end: int, opening: list[int], w: ReferenceWords,
              verbs: frozenset[str], relatives: frozenset[str]) -> list[Span]:
    """The definite references of one sentence opening at ``opening`` (sentence-relative positions
    of determiners)."""
    out = []
    toks, folded = table.rows[start:end], table.folded[start:end]
    determiners, heads, nationalities = w.determiners, w.heads, w.country_adjectives
    for k in opening:
        t = toks[k]
        for j in range(k + 1, min(k + 5, len(toks))):
            head, after = _head_at(toks, j, heads)
            if head in heads and folded[k] not in determiners and head not in w.text_heads:
                break  # ("une version du texte"; not "le PDG du groupe")
            if head in heads:
                if head in w.plain_heads and not _plain_after(toks, after, w):
                    break  # "le centre commercial", "le centre de données": another centre
                stop = after
                while stop < len(toks) and toks[stop].pos_ == "ADJ" and toks[stop].lower_ not in w.not_reference_adjectives:
                    stop += 1
                # an apposition with a name follows ("la startup Mistral AI", "l'agence de presse AP"):
                # not a reference
                if _name_follows(toks, stop, w):
                    break
                out.append(Span(doc, t.i, toks[stop - 1].i + 1, label=f"{REFERENCE}|{head}"))
                break
            if fold(toks[j].text) in nationalities:  # "the Emirati group"
                continue
            if folded[j] in w.group_nouns:
                break  # "the pair signed a partnership": a group of parties (_pair_spans), no modifier
            if toks[j].is_punct or CAPITALISED.match(toks[j].text) or toks[j].pos_ in ("VERB", "AUX", "ADP"):
                break
            if folded[j] in verbs and folded[k] in relatives:  # (no tags) "that left the group": a relative's verb
                break
    return out


def _seat_pattern(form: str) -> re.Pattern[str]:
    """A seat form ("{head} de {city}") as a pattern over a knowledge-base alias."""
    return re.compile(re.escape(form).replace(r"\{head\}", "(?P<head>.+?)").replace(r"\{city\}", "(?P<city>[A-Z].*)"))


def seats(kb: KnowledgeBase) -> dict[str, tuple[str, ...]]:
    """City -> the companies seated there, read from the knowledge base's aliases written in a seat form
    of any language with a descriptor head ("géant de Redmond", "Cupertino giant")."""
    found: dict[str, set[str]] = {}
    for code in codes():
        w = words_of(code, "references")
        heads = {fold(h) for h in w.seat_descriptors}
        patterns = [_seat_pattern(form) for form in w.seat_forms]
        for entry in kb.entries.values():
            if entry.label != "Company":
                continue
            for alias in entry.aliases:
                for pattern in patterns:
                    hit = pattern.fullmatch(alias)
                    if hit and fold(hit.group("head")) in heads:
                        found.setdefault(hit.group("city"), set()).add(entry.id)
    for place, ids in _country_seats(kb).items():
        found.setdefault(place, set()).update(ids)
    return {city: tuple(sorted(ids)) for city, ids in found.items()}


def _country_seats(kb: KnowledgeBase) -> dict[str, set[str]]:
    """A place a government acts by (its capital or its country's plain name, a knowledge-base actor alias:
    "Tokyo", "Berlin", "Japan") -> the knowledge base's companies of that country: "the Tokyo carrier",
    "le groupe de Berlin" is the one of them the text named. Not a short all-caps form ("US", "UK": a
    name's modifier), nor one with an article or a comma."""
    by_country: dict[str, set[str]] = {}
    for entry in kb.entries.values():
        if entry.label == "Company" and entry.country:
            by_country.setdefault(entry.country, set()).add(entry.id)
    out: dict[str, set[str]] = {}
    for entry in kb.entries.values():
        if entry.label != "Government" or entry.country not in by_country:
            continue
        for place in entry.actor_aliases:
            if _PLACE.fullmatch(place):  # (which no short all-caps form matches)
                out.setdefault(place, set()).update(by_country[entry.country])
    return out


_PLACE = re.compile(r"[A-Z][a-z]+(?: [A-Z][a-z]+)?")  # "Tokyo", "New Delhi"; not "U.S.", "l'Amérique"


@lru_cache(maxsize=4)
def _seat_matcher(kb: KnowledgeBase, language: str) -> tuple[PhraseMatcher, dict[str, tuple[str, ...]]] | None:
    """Every seat form of the language with every seat head and every known seat, keyed by the city."""
    if language not in codes():
        return None
    w = words_of(language, "references")
    make = nlp.pipeline(language).make_doc
    matcher = PhraseMatcher(nlp.pipeline(language).vocab, attr="LOWER")
    known = seats(kb)
    for city in known:
        forms = {form.format(head=head, city=city) for form in w.seat_forms for head in w.seat_heads}
        matcher.add(city, [make(v) for f in forms for v in {f, strip_accents(f)}])
    return matcher, known


def seat_spans(doc: Doc, kb: KnowledgeBase, language: str, kind: str, named: list[Span]) -> list[Span]:
    """A known company the text named before (``named``: spans labelled ``kind|id``) named again by its
    seat after a definite determiner: "le groupe de Redmond", "the Cupertino company" (label ``kind|id``,
    as a name of the knowledge base); where the knowledge base seats several companies in the city, the
    one of them the text named, if one only. Never "a Santa Clara company" (another one), a company
    the text has not named (the seat says too little), nor a city the knowledge base seats no company in."""
    found = _seat_matcher(kb, language)
    if found is None:
        return []
    matcher, known = found
    table = nlp.tokens(doc)
    determiners = _words(doc).determiners
    out = []
    for match_id, start, end in matcher(doc):
        if not start or table.folded[start - 1] not in determiners:
            continue
        ids = tuple({sp.label_.partition("|")[2] for sp in named if sp.end <= start}
                    & set(known[doc.vocab.strings[match_id]]))
        if len(ids) == 1:
            out.append(Span(doc, start, end, label=f"{kind}|{ids[0]}"))
    return out
