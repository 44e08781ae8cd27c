"""Language data: one frozen ``LanguageData`` per language, with every word list of the
extractor (mentions, references, resolution, relations, amounts, furniture).

Each language is one module of this package (``fr.py``, ``en.py``) that
defines ``DATA``; ``for_language(code)`` imports ``aipg.loaders.lang.<code>``,
so adding a language is adding a file (see docs/extending.md). Words are
folded (lowercase, no accents, straight quotes, elided forms without their
apostrophe: "d'" is "d"), as ``loaders.sentence.fold`` gives them, unless a
field says otherwise (the money and name words are folded as ``graph.ids.norm``
folds them: apostrophes and hyphens as spaces).

Code reads these lists from the document's language and asks the Doc what it
has (parser, NER, lemmas, POS); it never tests the language code. Where a stage
must read every language on purpose (a name is written in any language: "the
Agence nationale de la recherche" in an English article), it reads
``union("group.field")``, the field merged over every language of the package.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
from dataclasses import dataclass, fields, is_dataclass
from functools import cached_property, lru_cache
from typing import Any

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
    # the relation ended or is denied: a phrase just before the trigger, only determiners between
    # ("ended its partnership", "a rompu son partenariat", "former member", "denied investing")
    endings: tuple[tuple[str, ...], ...] = ()
    # verbs of ruling out, in the four words before: negated they leave the trigger possible, a hedge and no
    # negation ("n'exclut pas de rejoindre P", "has not ruled out joining P"); alone, a refusal
    ruling_out: Words = frozenset()
    # a word of purpose whose own negation carries to the trigger after it and "to" / "à" / "de": "n'a pas
    # vocation à financer", "is not meant to fund", "n'a pas l'intention d'investir"
    purposes: Words = frozenset()
    # a hedge word that a negation turns into a refusal or a plain "not yet", no longer a hedge: "n'a pas
    # souhaité s'associer à P", "did not want to join P", "has yet to join P" (stated: not a member)
    volitions: Words = frozenset()


@dataclass(frozen=True, eq=False)
class MentionWords:
    """Words of the mention stage (loaders/mentions.py), folded as ``sentence.fold`` folds them."""

    cues: dict[str, tuple[str, ...]]  # label -> words in a name that give it: "Université", "Alliance", "Fund"
    not_names: Words  # what NER tags as an organization and never is: "MoU", "IA", "big tech"
    person_titles: Words  # before (or after) a person's name, opening no organization's: "Mme", "CEO", "ministre"
    name_glue: Words  # small words a well-formed name holds: "Initiative de l'ONU", "Fund for the Future"
    cue_links: Words  # after a first word that is a cue, that word names the kind: "département des Sciences"
    fund_words: Words  # a name ending so is a fund even with a company word: "Open Data Fund"
    head_cues: Words  # a name first or last word that makes it an organization holding other names
    connectors: Words  # join the capitalised words of one name: "Ministry of Defence", "Caisse des Dépôts"
    acronym_skip: Words  # small words an acronym leaves out: "Institut lorrain de robotique avancée (ILRA)"
    ministry_heads: Words  # a lowercase head of a government's name: "ministère de la Culture"
    ministry_of: Words  # right after that head: "de", "of"
    ministry_links: Words  # between the capitalised words of that name: "de la", "et du"
    institution_heads: Words  # a capitalised head a name goes on from in lowercase words to its place:
    # "Centre hospitalier universitaire de Nantes", "Communauté d'agglomération du Grand Annecy"
    arm_words: Words  # a known name before them is an investment arm: "AMD Ventures"
    name_determiners: Words  # a name never opens with them: "The", "Le", "un"
    place_before: Words  # a country after them is a place, not an actor: "en France", "in Japan"
    place_articles: Words  # between that word and the country: "aux États-Unis" is "a les"
    calendar: Words  # month and day names: "In March, the company ..." is no apposition
    apposition_determiners: Words  # open an apposition after a name: "Kyutai, un laboratoire ..."
    apposition_stop: Words  # end the search for the apposition's head noun
    apposition_heads: dict[str, str]  # the apposition's head noun -> the label it gives the name
    apposition_relatives: Words  # a relative after that head ends the search for a verb: "un laboratoire qui ..."
    based: Words  # "Toronto-based AI company": a place and a description, not a name
    led_words: Words  # "a round led by X": X is an investor
    round_heads: Words  # the words of a round before "led by X"
    list_prepositions: Words  # an unknown first item after them is a place: "le fonds d'Abou Dhabi, Bpifrance et Nvidia"
    list_gap: Words  # all that may stand between two items of a list of names
    list_joiners: Words  # open a gap between two items: "and", "et"
    place_prepositions: Words  # an unknown single name after them is a place: "à Braga", "in Braga"
    # constructions of a language without a tagger or with modifiers before the noun (empty elsewhere):
    speech_verbs: Words  # after a name, make it a person's: "Sam Altman said" (used where the Doc has no NER)
    descriptor_nouns: Words  # a noun right after a name that it describes: "Toronto AI company Cohere"
    attributive_stops: Words  # after a country name, it is an actor, not a noun modifier: "the UK will ..."
    finite_verbs: Words  # finite verbs, read where the Doc has no tags: "..., the company pitches itself"
    # an unknown name in a trigger's slot, read where the Doc has no NER (loaders/slots.py):
    slot_auxiliaries: Words  # between a subject and its trigger: "Kaldera has joined", "X will partner"
    # (the two below are read where the Doc has NER too: "la start-up Velora", "le cabinet Forrester")
    company_descriptors: Words  # right before an unknown name, make it a company: "the startup Veltrix"
    organization_descriptors: Words  # ... an organization: "the nonprofit Access Now"
    program_descriptors: Words  # ... a program: "le programme Horizon IA", "the initiative Code Club"
    # nouns that type a name as a program or an organization wherever the document ties them to it
    # ("PLUTO, a consortium of ...", "an initiative, called Kestrel", "the Lyra alliance", "le réseau Sirius")
    typing_heads: dict[str, str]
    naming_phrases: tuple[tuple[str, ...], ...]  # words right before a name they give: "known as", "sous le nom de"
    founded_heads: Words  # an unknown institute a founding verb creates is a program: "stood up the AI Economy Institute"
    proper_words: Words  # written capitalised far more than not (names, places): "Priya Raman" is a person
    slot_joins: Words  # between the items of a list in a slot: "with Oracle, Fujitsu and Kaldera"
    slot_prepositions: Words  # between a trigger and its object: "partners with X", "backed by X"
    slot_fund_prepositions: Words  # ... of a funding trigger only: "invested in X"
    adverb_endings: tuple[str, ...]  # a common word's adverb, not a name, opening a sentence: "Newly ...";
    # "bly>ble": the adverb's ending and the word's ("Notably" from "notable")
    # a language that names a members' association "X of <plural> in <country>" (empty elsewhere):
    place_complements: Words  # "the Association of Banks in Singapore", closing a list item
    # a signed text named by its summit ("la déclaration finale du Sommet de Séoul", loaders/signed_texts.py):
    text_kinds: dict[str, str]  # the text's head -> its kind ("engagements" -> "commitment"); "" for any ("le texte")
    text_adjectives: Words  # between that head and the summit: "finale", "phare", "closing", "conduite"
    text_links: Words  # between the head and the summit, or before a summit's noun: "du", "lors", "of", "at", "the"
    text_participles: Words  # "la déclaration signée lors du sommet", "the declaration adopted at"
    text_complements: Words  # after a head, make it another text: "the summit's declaration of war"
    # (empty where no text's head follows its summit's name)
    event_nouns: Words  # the document's summit named by its noun alone: "le sommet", "the summit's"

    CONSTRUCTIONS = ("speech_verbs", "descriptor_nouns", "attributive_stops", "finite_verbs", "slot_auxiliaries",
                     "institution_heads",
                     "company_descriptors", "organization_descriptors", "proper_words", "slot_joins",
                     "slot_prepositions", "slot_fund_prepositions", "adverb_endings", "place_complements",
                     "text_complements")


@dataclass(frozen=True, eq=False)
class ReferenceWords:
    """Words of short references and their resolution (loaders/references.py, loaders/resolve.py),
    folded as ``sentence.fold`` folds them."""

    determiners: Words  # open a short reference: "l'Alliance", "the company", "cette initiative"
    heads: dict[str, tuple[str, ...]]  # its head noun -> the labels it may point at
    startup_heads: Words  # heads that prefer the knowledge base's start-ups: "la licorne", "the unicorn"
    country_adjectives: dict[str, str]  # nationality -> ISO country: "la start-up américaine" is a US company
    group_determiners: Words  # before a number of parties: "les deux groupes", "the three companies"
    group_numbers: dict[str, int]  # that number
    group_noun_determiners: Words  # before a noun that says how many: "the pair", "le duo"
    group_nouns: dict[str, int]  # that noun and its number
    group_of: Words  # after that noun, it counts things, not parties: "a pair of chips"
    group_heads: Words  # the plural head of a group: "entreprises", "companies"
    group_pointers: Words  # a demonstrative before a plural head with no number: "ces instituts", "these firms"
    group_governments: Words  # a group of governments: "les deux pays", "both governments"
    group_companies: Words  # a group of companies: "les trois groupes", "the two firms"
    group_universities: Words  # a group of universities: "les deux écoles", "the two universities"
    pronouns: Words  # subject pronouns that continue a named subject: "elle", "it"
    time_openers: Words  # open a short time phrase before that pronoun: "En décembre, elle ..."
    subordinators: Words  # "that" / "que" before a reported subject pronoun
    contrast_coordinators: Words  # open a second main clause whose subject pronoun keeps the first's: "mais il"
    name_links: Words  # may stand between a reference and the name it introduces: "l'agence de presse AP"
    company_nouns: Words  # just before an unknown name, make it a company: "la startup X"
    citation_before: tuple[str, ...]  # regex pieces before a cited source: "selon", "according to"
    citation_articles: tuple[str, ...]  # regex pieces between the source and that phrase: "la ", "the "
    citation_after: tuple[str, ...]  # regex pieces after it: "reported", "rapporte"
    citation_own_acts: tuple[str, ...]  # after that verb, the source tells its own act: "X indique avoir signé"
    name_articles: tuple[str, ...]  # regex pieces a name loses in front: "l'Agence Foo", "the "
    # constructions some languages lack (empty there):
    group_alone: Words  # one word for a group of two: "both companies"
    impersonal_pronouns: Words  # a pronoun that is impersonal before ``impersonal_verbs``: "il y a", "il faut"
    impersonal_verbs: Words
    plain_time_openers: Words  # a time phrase they open needs no comma before the pronoun: "In May it closed ..."
    reporting_verbs: Words  # a bare reported clause follows them: "Cohere said on Thursday it had raised ..."
    not_descriptive: Words  # read where the Doc has no tags: no noun that describes a name
    not_reference_adjectives: Words  # an adjective after the head that ends the reference: "le dernier"
    plain_heads: Words  # heads that refer only bare or with ``plain_complements``: "le centre", not "le centre commercial"
    plain_complements: Words  # what may follow such a head: "le nouveau centre de recherche"
    text_heads: Words  # heads that point only at a program named as a text: "le texte", "the document"
    text_names: Words  # a word of such a program's name: "déclaration", "charter"
    text_determiners: Words  # open such a reference besides ``determiners``: "une version du texte"
    cleft_openers: Words  # open a cleft on a subject pronoun: "C'est elle qui a investi" ("c'", "est")
    cleft_subjects: Words  # the relative word after that pronoun: "qui"
    # a company named by its seat: "le géant de Redmond", "the Santa Clara group". ``seat_forms`` place a
    # head and a city ("{head} de {city}", "{city} {head}"); ``seat_heads`` are written as in a text (accents
    # kept). The knowledge base's aliases of these forms tell each company's seat (loaders/references.py)
    seat_heads: Words
    seat_descriptors: Words  # the seat heads that name no company in their own right: "géant", "giant"
    seat_forms: tuple[str, ...]
    # heads that may name another kind of thing than a company ("the carrier" may be an airline, "the
    # operator" a network's): they point only at the one company the reference's sentence and the two
    # before name, never at the winner of a contest between several (loaders/resolve.py)
    lone_heads: Words
    # determiners that make the reference the thing of an owner: "son projet", "its programme" (loaders/resolve.py:
    # where the owner stands before it in its sentence, the thing is no entity named before)
    possessive_determiners: Words
    # indefinite articles that introduce an unnamed collective of the same head: "a group of researchers ... The
    # group", "un réseau de chercheurs ... le réseau" (loaders/resolve.py: that reference continues no name)
    indefinite_articles: Words

    CONSTRUCTIONS = ("group_alone", "impersonal_pronouns", "impersonal_verbs", "plain_time_openers",
                     "reporting_verbs", "not_descriptive", "not_reference_adjectives", "plain_heads", "plain_complements",
                     "text_determiners", "cleft_openers", "cleft_subjects")

    @cached_property
    def citations(self) -> tuple[re.Pattern[str], re.Pattern[str]]:
        """(before, after): what stands before a cited source ("selon les", "according to the"),
        and what follows it ("reported", "rapporte")."""
        before = "|".join(self.citation_before)
        arts = "|".join(self.citation_articles)
        own = "|".join(self.citation_own_acts)  # ("X indique avoir signé": the source's own act, no citation)
        not_own = rf"(?!\s+(?:{own})\b)" if own else ""
        return (re.compile(rf"(?:{before})\s*(?:{arts})?$", re.I),
                re.compile(r"^\s*(?:" + "|".join(self.citation_after) + r")\b" + not_own, re.I))

    @cached_property
    def group_leads(self) -> dict[str, list[tuple[str, ...]]]:
        """First word -> the word sequences that open a group: ("les", "deux"), ("both",)."""
        leads = {(d, n) for d in self.group_determiners for n in self.group_numbers} | {(w,) for w in self.group_alone}
        out: dict[str, list[tuple[str, ...]]] = {}
        for lead in sorted(leads):
            out.setdefault(lead[0], []).append(lead)
        return out


@dataclass(frozen=True, eq=False)
class NameWords:
    """Words that never make a name or an alias (loaders/aliases.py), folded as ``graph.ids.norm``
    folds them (apostrophes and hyphens as spaces)."""

    pronouns: Words  # "It", "Elle", "celle-ci"
    determiners: Words  # skipped before the words that matter: "the", "ce", "leurs"
    pointing: Words  # a demonstrative or possessive opens a reference, never a name: "Ce plan", "its partner"
    generic_nouns: Words  # a kind of organization, never one: "company", "groupe", "agreement"
    role_words: Words  # a person's role: "the CEO", "la ministre"
    fragment_edges: Words  # a name opening or closing with one is a sentence fragment: "of Innovation"
    fragment_verbs: Words  # a name holding one is a piece of a sentence: "agreement gives the university"
    governments: Words  # with a nationality, one government per country: "British government"


@dataclass(frozen=True)
class Numbers:
    """How the language writes numbers and dates (loaders/amounts.py, loaders/dates.py)."""

    decimal_mark: str  # "1,3 milliard" (",") or "1.3 billion" (".")
    billion: float  # what the word "billion" is worth: 1e12 in French, 1e9 in English
    day_first: bool  # "03/04/2025" is the 3rd of April (True), or cannot be told (False)


@dataclass(frozen=True, eq=False)
class MoneyWords:
    """What an amount means (loaders/amounts.py), folded as ``graph.ids.norm`` folds them."""

    not_given_before: Words  # a valuation, a revenue, a price, a payment, a running total: no money given
    not_given_after: Words
    own_assets_after: tuple[str, ...]  # spending on one's own assets: "in data centres"
    round_cues: Words  # an amount the funded party raises or spends as a whole: a round, a total, a budget
    raise_words: Words  # a party raising the amount receives it: "Nvidia, which raised $1bn"
    more_investors: tuple[str, ...]  # the round has more investors than those named: "among others"
    up_to: tuple[str, ...]  # the claim is potential: "up to $100bn", "jusqu'à"
    each: Words  # beside an amount, it is every named source's own: "are each committing $25M", "25 M€ chacun"
    # a construction some languages lack: a bare noun after a magnitude counts it ("175 billion
    # parameters") unless it is one of these words around money; empty where a count needs "de"
    money_context: Words

    CONSTRUCTIONS = ("money_context",)


@dataclass(frozen=True, eq=False)  # one object per language: hashed by identity, for the caches
class LanguageData:
    """Every word list of the extractor, for one language: the relation stage's at the top
    level, the other stages' in their groups."""

    code: str
    mentions: MentionWords
    references: ReferenceWords
    names: NameWords
    money: MoneyWords
    numbers: Numbers
    furniture_leads: tuple[str, ...]  # lines that are the page's, not the article's: "Lire aussi", "Read more"
    triggers: dict[str, tuple[Rule, ...]]  # families: relation type -> its rules
    negation: Negation
    hedges: Words  # "could", "potentiel": the edge is potential
    # in a sentence ending with "?", one of them before the trigger makes it a question, which states
    # nothing: "Will X invest in Y?", "X va-t-il investir dans Y ?"
    question_words: Words
    # phrases in which a trigger word has another sense: "as part of the deal" (under it), "at stake"
    idioms: tuple[tuple[str, ...], ...]
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
    novelty_words: Words  # between a founding verb and its program: "took the wraps off the new P"
    noun_modifiers: Words  # right before a word both verb and noun, make it the noun: "raised new funds", "its funding"
    agent_fillers: Words  # after the agent preposition, no agent but a manner: "lancé par erreur", "by mistake"
    relatives: Words  # open a relative clause
    relative_objects: Words  # a relative whose antecedent is the object: "dans laquelle X a investi"
    relative_possessives: Words  # "dont", "whose"
    place_relatives: Words  # as written, lower-case: a relative of place describing a name before it ("Ghana, où ...")
    ellipsis_before: Words  # right before a repeated "with", the same relation with another partner: "un autre avec Y"
    not_relative_before: Words  # before a relative word, it is no relative: "such as", "tels que"
    copulas: Words  # lemmas of "be" and "have"
    descriptors: Words  # common nouns describing the name after them: "the start-up X"
    compound_particles: Words  # "start-up", "set-up": a trigger word so joined is a noun
    citations: tuple[tuple[str, ...], ...]  # a name after them is a source: "according to"
    agreement_words: tuple[str, ...]  # regex pieces: a partnership with these is an MOU
    membership_nouns: Words  # "founding member": membership, not creation
    funding_words: Words  # the sentence speaks of money
    round_words: Words  # the sentence speaks of a round
    patronage_words: Words  # the sentence says patrons finance the party: its founding members then fund it
    participant_words: Words  # the text speaks of participants
    context_objects: Words  # an object that is the party at hand: "invest in it"
    nominal_suffixes: tuple[str, ...]  # a trigger word so ending is a noun: "investment", "stake"
    list_verbs: Words  # a list after them names members: "include", "figurent"
    dangling_prepositions: Words  # a colon list after them is their object, no trigger's: "get access to:"
    beside: tuple[str, ...]  # co-subjects after the object: "alongside", "aux cotes de"
    aside_openers: Words  # open a phrase set aside before the clause: "Outre X et Y, ...", "Besides X, ..."
    additive_openers: Words  # of those, the ones that add to the clause's parties: "Outre X, P est financé par Y"
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
    # before a name after a funding verb, the channel the money goes through, not its recipient:
    # "via P", "through P", "par le biais de P" (folded, definite articles left out)
    channels: tuple[str, ...]
    # before a program's name, the framework or funding channel something goes through, which makes the
    # program no party at hand: no membership target, no antecedent of "le programme" ("au titre de P",
    # "dans le cadre de P", "under the P scheme"; folded, definite articles left out)
    program_channels: tuple[str, ...]
    program_pronouns: Words  # a pronoun standing for the program at hand: "s'y joindre", "join it"
    # an object pronoun before its verb (an auxiliary between at most), standing for the text at hand:
    # "l'a signée", "la signerait" (English puts it after the verb: "sign it", a rule of its own)
    text_pronouns: Words
    ordinals: Words  # stepped over between such a phrase and the name: "au titre du quatrieme P"
    prep_between: Words
    prep_from: Words  # "buy chips from X": a supplier, not a partner
    promise_nouns: Words  # "secured a pledge from X": with no amount stated, a promise, not money
    speech_verbs: Words  # ", the White House said", ", a indiqué X": that name is a speaker, no argument
    place_in: Words  # "investment in the United States", "investir en France": a government after them is a place
    # next to a verb of money, money apart from the party at hand: "Isambard-AI, funded separately, ..."
    apart_adverbs: Words
    # the object of a membership or exclusion verb that stands for the program at hand, beside the
    # references' program heads: "excluded from the final selection", "absent de la liste"
    selection_nouns: Words
    role_prepositions: Words  # a role follows, no program: "not selected as a supplier", "retenu comme fournisseur"
    # a verb of saying before an indirect question on the trigger: "declined to say whether it would join P"
    # states nothing ("n'a pas précisé si elle rejoindrait P")
    say_verbs: Words
    indirect_questions: Words
    # a cleft names the subject after the clause that holds the trigger: "One company that won't be joining
    # the group is X", "Le grand absent de P est X"
    cleft_copulas: Words
    # a list of them names who is left out: "Notable absentees include X", "Parmi les absents figurent X"
    absence_nouns: Words
    # a party that takes part "as an observer" is no member: "took part in the talks as an observer state"
    observer_nouns: Words
    # a past participle's endings as written (accents kept): "X, fondée à Lyon" against "de lancer dès"
    written_participles: tuple[str, ...]
    # constructions a language may lack (empty there):
    possessives: Words  # a name followed by them is no subject: "OpenAI's largest shareholder"
    modifier_before: Words  # before a name used as a noun modifier: "the Nvidia chips"
    not_nouns: Words  # a word after a name that is no noun it modifies
    participle_suffixes: tuple[str, ...]  # nor a word so ending
    # participles the suffixes miss, read where the Doc has no morphology: "X, led by Y, and Z signed"
    irregular_participles: Words
    reflexives: Words  # "s'engager a": with ``promise_markers`` after, a promise, not money
    promise_markers: Words
    # a verb of promising right before the infinitive of a membership trigger: "pledged to sign P",
    # "s'est engagée à signer P" (folded): the signing is promised, the membership potential
    promise_verbs: Words
    team_nouns: Words  # "Upstage's consortium includes X", "le consortium d'Upstage comprend X": partners
    unit_nouns: Words  # a unit of an organization: "Keio's research group", "le laboratoire X de Y" (no membership of Y)
    determiners: Words  # open a stated object that is no name: "intégrer ces outils", "join its board"
    participle_openers: Words  # may stand before a trigger that opens its sentence: "Having joined P, X ..."
    # name what was just made: "une alliance avec Y, baptisée P", "The coalition, called P" (a few words before P)
    naming_words: Words
    # the party speaks in its turn, giving to the party the sentence before funded: "X fournira quant à elle
    # un accès à ses services de calcul", "X, for its part, will provide access to its supercomputers"
    in_turn: tuple[tuple[str, ...], ...]
    # an unnamed group founded together that a naming word may name later: "a coalition", "une alliance"
    founding_nouns: Words
    # the stage or form of a program a founding verb launches, beside those nouns: "launched a two-year pilot of
    # P", "a lancé la première phase du programme P" (any other common noun stated there is no program)
    founding_stages: Words
    # nouns of a time phrase between a verb and its object, stepped over: "launched this week the P", "a lancé dès
    # le début de l'année une initiative" (month and day names are ``mentions.calendar``)
    time_nouns: Words
    # a relative clause after a list speaks of its last name ("backed by X and Y, which also funds Z"), unless
    # one of these says the whole list acts: "which both fund Z", "qui ont créé Z" (a plural verb or possessive)
    together_words: Words
    # open an incise comparing the subject with others, whose names are no subject: "X, like rivals Y and Z, ..."
    likeness_words: Words
    # an event or a picture, whose guests and absentees are no members of the program at hand: "absent from
    # the guest list", "absent de la photo de famille", "left the stage"
    event_nouns: Words
    # a subject's noun for people or things that stand outside a program, whose list names no members:
    # "Its customers include X", "Customers of P include:", "the jury brings together X", "ses clients comptent X"
    outsider_nouns: Words
    # a list right after one of them (only list words between) or before "as" / "among its" and one of them
    # names customers or suppliers, no party of any trigger: "Its customers include X and Y", "clients, dont X",
    # "counts X among its clients", "works with X as customers"
    clientele_nouns: Words
    # an apposition's head noun that makes the name after "of" its owner, no party: ", the venture arm of X",
    # ", le fonds d'investissement de X", ", la filiale de X"
    kin_nouns: Words
    # may stand between "and" and a trigger that has no subject of its own: "X is a member of P and is backed
    # by Y", "X compte des clients, dont A, et est soutenu par Y" (its subject opens the sentence)
    predicate_auxiliaries: Words
    # a subject of one of them before an article and a membership noun names the members, and is none:
    # "Le gouvernement a dévoilé les lauréats de P", "The ministry announced the members of P" (words and lemmas)
    announcing_verbs: Words
    # open a parenthesis of page furniture whose names are no arguments: "(Photo: X)", "(Crédit photo : X)"
    credit_words: Words
    # say that people come from the name after them and "of", no party: "anciens de Google", "former staff of X"
    former_words: Words

    # the conditional's endings after the infinitive (its final "e" dropped): "rejoindr-ait", "signer-aient"
    conditional_endings: tuple[str, ...]
    # open a short incise between commas that a trigger reads through: "ont signé, en marge du salon, un accord"
    incise_openers: Words
    # the forms of one preposition, repeated before each item of a list: "à X, au Y et aux Z", "d'A, de B et du C"
    preposition_forms: tuple[Words, ...]

    # fields that describe a construction some languages lack; every other field is filled
    CONSTRUCTIONS = ("possessives", "modifier_before", "not_nouns", "participle_suffixes", "irregular_participles",
                     "reflexives", "promise_markers", "conditional_endings", "incise_openers",
                     "preposition_forms", "text_pronouns")

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


def unfilled(data: Any, prefix: str = "") -> list[str]:
    """Names of the fields ``data`` leaves empty that every language must fill (a group's
    fields as "group.field")."""
    out = []
    for f in fields(data):
        value = getattr(data, f.name)
        if is_dataclass(value) and f.name != "negation":
            out += unfilled(value, f"{prefix}{f.name}.")
            continue
        if f.name in getattr(type(data), "CONSTRUCTIONS", ()) or isinstance(value, (bool, float)):
            continue
        if not value:
            out.append(prefix + f.name)
    neg = getattr(data, "negation", None)
    if neg is not None and (not neg.refusals or not neg.endings or not (neg.alone or (neg.clitics and neg.particles))):
        out.append(prefix + "negation")
    return out


def constructions(data: Any, prefix: str = "") -> list[str]:
    """Names of the fields that describe a construction a language may lack (may be empty)."""
    out = [prefix + name for name in getattr(type(data), "CONSTRUCTIONS", ())]
    for f in fields(data):
        value = getattr(data, f.name)
        if is_dataclass(value) and f.name != "negation":
            out += constructions(value, f"{prefix}{f.name}.")
    return out


@lru_cache(maxsize=None)
def codes() -> tuple[str, ...]:
    """The language codes with a module in this package (read from the package once: stages ask
    for every sentence)."""
    return tuple(sorted(m.name for m in pkgutil.iter_modules(__path__) if not m.name.startswith("_")))


@lru_cache(maxsize=None)
def union(path: str) -> Any:
    """One field ("group.field" or "field") merged over every language of the package, for the
    stages that read every language on purpose: a set or a tuple of all their words (in
    language order), a dict of all their keys (tuples of one key joined); a whole group
    ("references") merged field by field. Computed once."""
    values = []
    for code in codes():
        value = for_language(code)
        for name in path.split("."):
            value = getattr(value, name)
        values.append(value)
    first = values[0]
    if is_dataclass(first):
        return type(first)(**{f.name: union(f"{path}.{f.name}") for f in fields(first)})
    if isinstance(first, frozenset):
        return frozenset().union(*values)
    if isinstance(first, tuple):
        return tuple(dict.fromkeys(w for v in values for w in v))
    if isinstance(first, dict):
        merged: dict = {}
        for v in values:
            for k, x in v.items():
                old = merged.get(k)
                merged[k] = tuple(dict.fromkeys(old + x)) if isinstance(x, tuple) and old is not None else x
        return merged
    raise TypeError(f"{path} is no word list: it cannot be merged over languages")


def words_of(code: str | None, group: str) -> Any:
    """The ``group`` field or group of language ``code`` ("references", "agent_prepositions");
    over every language when there is no code (a Doc built by hand, a text of unknown language)."""
    return getattr(for_language(code), group) if code else union(group)


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
