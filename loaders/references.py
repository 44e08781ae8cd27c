"""Short references to an entity named elsewhere: "l'Alliance", "la start-up américaine",
"the company", "les deux entreprises" / "both companies", and a subject pronoun opening
a sentence. Found here; resolve.py points them at their antecedent."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from aipg.loaders.sentence import CAPITALISED, fold

REFERENCE = "reference"  # the mention kind
#: nationality adjectives (folded) -> ISO country, to match "la start-up américaine" to a US company
COUNTRY_ADJECTIVES = {
    "americain": "US", "americaine": "US", "american": "US", "francais": "FR", "francaise": "FR", "french": "FR",
    "britannique": "GB", "british": "GB", "japonais": "JP", "japonaise": "JP", "japanese": "JP", "chinois": "CN",
    "chinoise": "CN", "chinese": "CN", "allemand": "DE", "allemande": "DE", "german": "DE", "canadien": "CA",
    "canadienne": "CA", "canadian": "CA", "neerlandais": "NL", "neerlandaise": "NL", "dutch": "NL",
    "coreen": "KR", "coreenne": "KR", "korean": "KR", "indien": "IN", "indienne": "IN", "indian": "IN",
    "emirati": "AE", "emiratie": "AE", "israelien": "IL", "israelienne": "IL", "israeli": "IL", "suisse": "CH",
    "swiss": "CH", "italien": "IT", "italienne": "IT", "italian": "IT", "espagnol": "ES", "espagnole": "ES",
    "spanish": "ES", "suedois": "SE", "suedoise": "SE", "swedish": "SE", "saoudien": "SA", "saoudienne": "SA",
    "saudi": "SA", "taiwanais": "TW", "taiwanaise": "TW", "taiwanese": "TW", "quebecois": "CA", "quebecoise": "CA",
}
#: heads that name a young company: they prefer the knowledge base's start-ups as antecedents
STARTUP_HEADS = frozenset({"startup", "start-up", "licorne", "unicorn", "pepite", "jeune", "pousse"})

# Head nouns of short references, folded (no accents), with the labels they may point at.
REFERENCE_HEADS: dict[str, tuple[str, ...]] = {
    **dict.fromkeys(
        ("startup", "start-up", "societe", "entreprise", "firme", "groupe", "licorne", "geant", "company", "firm",
         "unicorn", "giant", "developpeur", "developer", "editeur", "fabricant", "maker", "specialiste",
         "constructeur", "operateur", "pepite", "champion", "acteur", "concurrent", "rival", "chipmaker",
         "investisseur", "investor", "fonds", "lab", "laboratoire", "businesses", "pousse", "plateforme",
         "platform", "banque", "bank", "assureur", "insurer", "equipementier", "armateur", "operator"),
        ("Company",),
    ),
    **dict.fromkeys(
        ("alliance", "consortium", "initiative", "programme", "program", "projet", "project", "coalition",
         "forum", "plan", "partnership", "partenariat", "fondation", "foundation", "organisation",
         "organization", "network", "reseau"),
        ("Program", "Organization"),
    ),
    **dict.fromkeys(("group",), ("Company", "Program", "Organization")
    ),
    **dict.fromkeys(("fund",), ("Program", "Company")),
    **dict.fromkeys(("universite", "university", "ecole", "etablissement", "institution", "school"), ("University",)),
    **dict.fromkeys(("gouvernement", "government", "ministere", "ministry", "executif", "administration", "regulator", "regulateur"), ("Government",)),
    **dict.fromkeys(("agence", "agency"), ("Government", "Organization")),
    **dict.fromkeys(("institut", "institute"), ("Government", "University", "Organization")),
}
REFERENCE_DETERMINERS = frozenset(
    {"le", "la", "l'", "les", "ce", "cet", "cette", "ces", "the", "this", "that", "these", "sa", "son", "ses", "its"}
)

# "les deux / trois groupes", "the three companies", "both firms": a group of N parties named before
_GROUP_NUMBERS = {"deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "two": 2, "three": 3, "four": 4, "five": 5}
_PAIR_LEAD = {(d, n) for d in ("les", "ces", "the", "these", "those") for n in _GROUP_NUMBERS} | {("both",)}
_LEADS_BY_WORD: dict[str, list[tuple[str, ...]]] = {}
for _lead in sorted(_PAIR_LEAD):
    _LEADS_BY_WORD.setdefault(_lead[0], []).append(_lead)
# "the pair", "le duo", "the trio": the noun itself says how many
_GROUP_NOUNS = {"pair": 2, "duo": 2, "tandem": 2, "binome": 2, "trio": 3}
_PAIR_HEADS = frozenset({"acteurs", "groupes", "entreprises", "societes", "partenaires", "parties", "companies",
                         "firms", "groups", "organizations", "organisations", "sides", "partners", "entites",
                         "institutions", "pays", "countries", "governments", "gouvernements", "geants", "giants"})


def _pair_spans(doc: Doc, sent: Span) -> list[Span]:
    """Plural references to two parties: "les deux acteurs", "both companies", "the two firms"."""
    out = []
    toks = list(sent)
    words = [fold(t.text) for t in toks]
    for k in range(len(toks)):
        if k + 1 < len(toks) and words[k] in ("the", "this", "le", "ce", "la") and words[k + 1] in _GROUP_NOUNS:
            n = _GROUP_NOUNS[words[k + 1]]
            if not (k + 2 < len(toks) and words[k + 2] in ("of", "de", "d")):  # "a pair of chips"
                out.append(Span(doc, toks[k].i, toks[k + 1].i + 1, label=f"{REFERENCE}|pair:{n}"))
            continue
        for lead in _LEADS_BY_WORD.get(words[k], ()):
            n = len(lead)
            if tuple(words[k : k + n]) != lead:
                continue
            for j in range(k + n, min(k + n + 3, len(toks))):
                if words[j] in _PAIR_HEADS:
                    end = j + 1
                    while end < len(toks) and toks[end].pos_ == "ADJ":
                        end += 1
                    if end < len(toks) and CAPITALISED.match(toks[end].text) and not toks[end].is_punct:
                        break  # "les deux géants Google et Salesforce": the names follow
                    n = _GROUP_NUMBERS.get(words[k + 1], 2) if len(lead) == 2 else 2
                    out.append(Span(doc, toks[k].i, toks[j].i + 1, label=f"{REFERENCE}|pair:{n}"))
                    break
    return out


def _head_at(toks: list, j: int) -> tuple[str, int]:
    """The folded head word at j and the index after it; joins "start - up" into "start-up"."""
    if j + 2 < len(toks) and toks[j + 1].text == "-":
        joined = fold(toks[j].text) + "-" + fold(toks[j + 2].text)
        if joined in REFERENCE_HEADS:
            return joined, j + 3
    return fold(toks[j].text), j + 1


_PRONOUNS = frozenset({"il", "elle", "it"})


_TIME_OPENERS = frozenset({"in", "on", "last", "this", "earlier", "en", "le", "debut", "fin", "lors", "au", "dans", "mi"})


_SUBORDINATORS = frozenset({"that", "que", "qu'", "qu\u2019"})
# reporting verbs after which a bare clause follows ("Cohere said on Thursday it had raised ...")
_REPORTING = frozenset({"said", "says", "announced", "announces", "confirmed", "confirms", "stated", "added",
                        "noted", "explained", "told", "disclosed", "revealed"})


def _reported_pronouns(doc: Doc, toks: list) -> list[Span]:
    """A subject pronoun right after "that" / "que" in reported speech ("Siemens confirmed that
    it had created ...", "Orange indique qu'elle rejoint ..."): it continues the reporting subject."""
    def reported(k: int) -> bool:
        if fold(toks[k - 1].text) in _SUBORDINATORS:
            return True
        # "said on Thursday it ...", "announced Monday it ...": a reporting verb, then a short time phrase
        before = [fold(x.text) for x in toks[max(0, k - 4) : k]]
        return any(w in _REPORTING for w in before) and not any(x.is_punct for x in toks[max(0, k - 3) : k])

    return [Span(doc, t.i, t.i + 1, label=f"{REFERENCE}|pronoun") for k, t in enumerate(toks[1:], 1)
            if fold(t.text) in _PRONOUNS and k + 1 < len(toks) and not toks[k + 1].is_punct and reported(k)]


def _pronoun_spans(doc: Doc, sent: Span) -> list[Span]:
    """A subject pronoun that opens a sentence, or its main clause after a short time phrase:
    "Elle est soutenue par ...", "It partners with ...", "In May it closed ...", "En décembre, elle avait levé ...";
    and one after "that" / "que" in reported speech."""
    toks = [t for t in sent if not t.is_space and t.text not in ("•", "-", "*")]
    return _opening_pronoun(doc, toks) + _reported_pronouns(doc, toks)


def _opening_pronoun(doc: Doc, toks: list) -> list[Span]:
    """The subject pronoun opening the sentence, or its main clause after a short time phrase."""
    k = next((i for i, t in enumerate(toks[:6]) if fold(t.text) in _PRONOUNS), None)
    if k is None or k + 1 >= len(toks) or toks[k + 1].is_punct:
        return []
    if k and not (fold(toks[0].text) in _TIME_OPENERS and not any(t.pos_ in ("VERB", "AUX") for t in toks[:k])
                  and (toks[k - 1].text == "," or toks[0].lower_ in ("in", "on", "last", "earlier"))):
        return []
    t = toks[k]
    if t.pos_ in ("PRON", "") or t.dep_ in ("nsubj", "nsubj:pass", "expl:subj", ""):
        if not (t.lower_ == "il" and fold(toks[k + 1].text) in ("y", "faut", "s'agit", "semble")):
            return [Span(doc, t.i, t.i + 1, label=f"{REFERENCE}|pronoun")]
    return []


def _name_follows(toks: list, k: int) -> bool:
    """A capitalised name within three more words, through "de" and common nouns only."""
    for j in range(k, min(k + 4, len(toks))):
        t = toks[j]
        if CAPITALISED.match(t.text) and not t.is_punct:
            return True
        word = fold(t.text).rstrip("'")
        # only "de" and describing nouns may stand between: "l'agence de presse AP"
        if word not in ("de", "d", "du", "des", "of") and (t.pos_ not in ("NOUN", "ADJ") if t.pos_ else not word.isalpha()
                                                          or word in _NOT_DESCRIPTIVE):
            return False
    return False


_NOT_DESCRIPTIVE = frozenset({"in", "into", "with", "by", "for", "to", "and", "or", "the", "a", "an", "has", "have",
                              "is", "was", "will", "would", "said", "says", "also", "on", "at", "from", "as"})


def reference_spans(doc: Doc, sent: Span) -> list[Span]:
    """Definite short references: determiner, up to three modifiers, a head noun, trailing adjectives."""
    out = _pair_spans(doc, sent) + _pronoun_spans(doc, sent)
    toks = list(sent)
    for k, t in enumerate(toks):
        if fold(t.text) not in REFERENCE_DETERMINERS:
            continue
        for j in range(k + 1, min(k + 5, len(toks))):
            head, after = _head_at(toks, j)
            if head in REFERENCE_HEADS:
                end = after
                while end < len(toks) and toks[end].pos_ == "ADJ" and toks[end].lower_ not in ("dernier", "premier"):
                    end += 1
                # an apposition with a name follows ("la startup Mistral AI", "l'agence de presse AP"):
                # not a reference
                if _name_follows(toks, end):
                    break
                out.append(Span(doc, t.i, toks[end - 1].i + 1, label=f"{REFERENCE}|{head}"))
                break
            if fold(toks[j].text) in COUNTRY_ADJECTIVES:  # "the Emirati group"
                continue
            if toks[j].is_punct or CAPITALISED.match(toks[j].text) or toks[j].pos_ in ("VERB", "AUX", "ADP"):
                break
    return out
