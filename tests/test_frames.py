"""The argument stage on hand-built Docs: each frame's pairs from one site, the type policy,
and the relation stage as a whole on a Doc whose mentions are given (no pipeline, no model)."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from aipg.loaders import policy
from aipg.loaders.frames import FRAMES, Context, frame
from aipg.loaders.lang import for_language
from aipg.loaders.relations import RelationExtractor, site_of
from aipg.loaders.sentence import build_groups, find_triggers, sentence_view

VOCAB = spacy.blank("en").vocab
LABELS = {"ibm": "Company", "meta": "Company", "nvidia": "Company", "cisco": "Company", "mistral": "Company",
          "alliance": "Program", "oecd": "Organization"}


def parse(words: list[str], lemmas: list[str] | None = None) -> Doc:
    return Doc(VOCAB, words=words, spaces=[True] * len(words), lemmas=lemmas,
               sent_starts=[True] + [False] * (len(words) - 1))


def spans_of(d: Doc, names: dict[str, str]) -> list[tuple[int, int, list[str], bool]]:
    """Mention spans for the given surface words (one token each) -> entity id."""
    return [(i, i + 1, [names[t.text]], False) for i, t in enumerate(d) if t.text in names]


def site(code: str, words: list[str], names: dict[str, str], lemmas: list[str] | None = None, ctx: Context | None = None):
    d = parse(words, lemmas)
    view = sentence_view(0, d[:], for_language(code))
    spans = spans_of(d, names)
    view.inside = {s for s, _, _, _ in spans}
    view.groups = build_groups(view, spans, LABELS, d)
    found = find_triggers(view)
    assert len(found) == 1, [f.trigger.rule for f in found]
    return site_of(found[0], view, LABELS, ctx or Context(), len(d))[0]


def pairs(s) -> set[tuple[str, str, bool]]:
    return {(p.source, p.target, p.via_context) for p in FRAMES[(s.trigger.frame, s.trigger.type)](s)}


NAMES = {"IBM": "ibm", "Meta": "meta", "Nvidia": "nvidia", "Cisco": "cisco", "Mistral": "mistral",
         "Alliance": "alliance", "OECD": "oecd"}


def test_include_takes_the_program_before_and_the_list_after():
    s = site("en", ["The", "Alliance", "brings", "together", "IBM", ",", "Meta", "and", "Nvidia"], NAMES)
    assert s.trigger.rule == "en.member_of.include.bring"
    assert pairs(s) == {("ibm", "alliance", False), ("meta", "alliance", False), ("nvidia", "alliance", False)}


def test_include_without_a_program_takes_the_one_the_text_is_about():
    ctx = Context(programs=[(-5, "alliance")])
    s = site("en", ["Its", "members", "include", "IBM", "and", "Meta"], NAMES, ctx=ctx)
    assert pairs(s) == {("ibm", "alliance", True), ("meta", "alliance", True)}


def test_membership_of_an_organization_needs_a_joining_rule():
    s = site("en", ["Mistral", "joined", "the", "OECD"], NAMES)
    assert s.trigger.rule == "en.member_of.active.join" and s.has("organization")
    assert pairs(s) == {("mistral", "oecd", False)}


def test_a_passive_funding_takes_the_agent_as_the_source():
    s = site("en", ["Mistral", ",", "backed", "by", "Nvidia", "and", "Cisco"], NAMES)
    assert s.trigger.frame == "passive" and s.agent == ["nvidia", "cisco"]
    assert pairs(s) == {("nvidia", "mistral", False), ("cisco", "mistral", False)}


def test_a_raise_names_the_funded_party_for_later_sentences():
    ctx = Context()
    words = ["Mistral", "raised", "100", "million", "from", "Nvidia", "and", "Cisco"]
    lemmas = ["Mistral", "raise", "100", "million", "from", "Nvidia", "and", "Cisco"]
    s = site("en", words, NAMES, lemmas=lemmas, ctx=ctx)
    assert pairs(s) == {("nvidia", "mistral", False), ("cisco", "mistral", False)}
    assert ctx.funds_target == "mistral"


def test_a_pair_between_two_names_after_the_trigger():
    s = site("en", ["a", "partnership", "between", "IBM", "and", "Meta"], NAMES)
    assert s.has("between")
    assert pairs(s) == {("ibm", "meta", False)}


def test_a_french_verb_matched_by_its_lemma_feeds_its_frame():
    words = ["Mistral", "et", "Nvidia", "rejoignaient", "l'", "Alliance"]
    lemmas = ["Mistral", "et", "Nvidia", "rejoindre", "le", "Alliance"]
    s = site("fr", words, NAMES, lemmas=lemmas)
    assert s.trigger.rule == "fr.member_of.active.rejoindre"
    assert pairs(s) == {("mistral", "alliance", False), ("nvidia", "alliance", False)}


def test_founders_after_with_found_too():
    words = ["IBM", "launched", "the", "Alliance", "with", "Meta", "and", "Nvidia"]
    lemmas = ["IBM", "launch", "the", "Alliance", "with", "Meta", "and", "Nvidia"]
    s = site("en", words, NAMES, lemmas=lemmas)
    assert s.trigger.rule == "en.founded.active.launch"
    assert pairs(s) == {("ibm", "alliance", False), ("meta", "alliance", False), ("nvidia", "alliance", False)}


def test_a_participation_in_a_round_funds_the_party_at_hand():
    ctx = Context(funds_target="mistral", funds_sentence=0)
    s = site("en", ["Nvidia", "and", "Cisco", "also", "took", "part", "in", "the", "round"], NAMES, ctx=ctx)
    assert s.trigger.frame == "participate" and s.rel_type == "FUNDS"
    assert pairs(s) == {("nvidia", "mistral", True), ("cisco", "mistral", True)}


def test_a_participation_with_no_money_is_membership_of_the_program_at_hand():
    ctx = Context(programs=[(-3, "alliance")])
    s = site("en", ["Nvidia", "and", "Cisco", "also", "took", "part"], NAMES, ctx=ctx)
    assert s.rel_type == "MEMBER_OF"
    assert pairs(s) == {("nvidia", "alliance", True), ("cisco", "alliance", True)}


def test_among_them_needs_talk_of_participants():
    ctx = Context(programs=[(-3, "alliance")], previous_words=frozenset({"leaders", "of", "companies"}))
    assert pairs(site("en", ["Among", "them", "are", "IBM", "and", "Meta"], NAMES, ctx=ctx)) == set()
    ctx = Context(programs=[(-3, "alliance")], previous_words=frozenset({"new", "members"}))
    assert pairs(site("en", ["Among", "them", "are", "IBM", "and", "Meta"], NAMES, ctx=ctx)) == {
        ("ibm", "alliance", True), ("meta", "alliance", True)}


def test_funders_of_a_named_party():
    words = ["Parmi", "les", "actionnaires", "de", "Mistral", "figurent", "Nvidia", "et", "Cisco"]
    s = site("fr", words, NAMES)
    assert s.trigger.rule == "fr.funds.funders.parmi"
    assert pairs(s) == {("nvidia", "mistral", False), ("cisco", "mistral", False)}


def test_co_investors_join_the_round_of_the_party_funded_in_the_sentence():
    ctx = Context(funds_target="mistral", funds_sentence=0)
    words = ["The", "round", "drew", "Nvidia", "and", "Cisco"]
    s = site("en", words, NAMES, ctx=ctx)
    assert s.trigger.frame == "cofund" and s.has("round")
    assert pairs(s) == {("nvidia", "mistral", True), ("cisco", "mistral", True)}


def test_a_pledge_to_a_named_party():
    words = ["Nvidia", "offered", "credits", "to", "Mistral"]
    lemmas = ["Nvidia", "offer", "credit", "to", "Mistral"]
    s = site("en", words, NAMES, lemmas=lemmas)
    assert s.trigger.rule == "en.funds.pledge.offer"
    assert pairs(s) == {("nvidia", "mistral", False)}


def test_a_joint_venture_pairs_its_parties_never_the_venture():
    s = site("en", ["IBM", ",", "Meta", "and", "Nvidia", "own", "a", "joint", "venture"], NAMES)
    assert s.trigger.frame == "venture"
    assert pairs(s) == {("ibm", "meta", False), ("ibm", "nvidia", False), ("meta", "nvidia", False)}


# --------------------------------------------------------------------------- the type policy
def test_the_negation_policy():
    assert policy.negated_type("MEMBER_OF", "active", ["Program"]) == "EXCLUDED_FROM"
    assert policy.negated_type("FUNDS", "funders", ["Program", "Organization"]) == "EXCLUDED_FROM"
    assert policy.negated_type("FUNDS", "funders", ["Company"]) is None
    assert policy.negated_type("SIGNS_MOU_WITH", "pair", ["Program"]) == "EXCLUDED_FROM"
    assert policy.negated_type("PARTNERS_WITH", "pair", ["Company"]) is None


# --------------------------------------------------------------------------- the stage as a whole
def claims(code: str, words: list[str], lemmas: list[str] | None = None) -> set[tuple[str, str, str, str]]:
    d = parse(words, lemmas)
    out = RelationExtractor(code).extract(d, "doc", spans_of(d, NAMES), LABELS)
    return {(c.source, c.type, c.target, c.status) for c in out}


def test_a_negated_membership_is_an_exclusion():
    assert claims("en", ["Meta", "did", "not", "join", "the", "Alliance"]) == {
        ("meta", "EXCLUDED_FROM", "alliance", "stated")}
    assert claims("fr", ["Meta", "ne", "fait", "pas", "partie", "de", "l'", "Alliance"]) == {
        ("meta", "EXCLUDED_FROM", "alliance", "stated")}


def test_neither_nor_excludes_both_subjects():
    words = ["Ni", "Meta", "ni", "IBM", "ne", "font", "partie", "de", "l'", "Alliance"]
    lemmas = ["ni", "Meta", "ni", "IBM", "ne", "faire", "partie", "de", "le", "Alliance"]
    assert claims("fr", words, lemmas) == {("meta", "EXCLUDED_FROM", "alliance", "stated"),
                                          ("ibm", "EXCLUDED_FROM", "alliance", "stated")}


def test_a_negated_funding_gives_nothing():
    assert claims("en", ["Meta", "did", "not", "fund", "Mistral"]) == set()


def test_a_hedge_makes_the_edge_potential():
    assert claims("en", ["Meta", "could", "join", "the", "Alliance"]) == {("meta", "MEMBER_OF", "alliance", "potential")}


def test_partners_of_a_program_are_its_members():
    words = ["IBM", "and", "Meta", "partner", "with", "the", "Alliance"]
    assert claims("en", words) == {("ibm", "MEMBER_OF", "alliance", "stated"), ("meta", "MEMBER_OF", "alliance", "stated")}


def test_a_partnership_stated_with_a_memorandum_is_an_mou():
    words = ["IBM", "partners", "with", "Meta", "in", "a", "memorandum"]
    assert claims("en", words) == {("ibm", "SIGNS_MOU_WITH", "meta", "stated")}


def test_a_program_signed_by_organizations_makes_them_members():
    words = ["IBM", "signed", "the", "Alliance", "charter"]
    assert claims("en", words) == {("ibm", "MEMBER_OF", "alliance", "stated")}


def test_an_opening_participle_takes_its_subject_after_the_comma():
    # the list builder reads "Nvidia , Mistral" as one list; the clause's comma cuts it
    s = site("en", ["Backed", "by", "Nvidia", ",", "Mistral", "builds", "models"], NAMES)
    assert s.L == ["mistral"] and s.agent == ["nvidia"]
    assert pairs(s) == {("nvidia", "mistral", False)}
    s = site("en", ["Having", "joined", "the", "Alliance", ",", "Mistral", "builds", "models"], NAMES)
    assert s.L == ["mistral"] and pairs(s) == {("mistral", "alliance", False)}


def test_an_opening_clause_needs_an_opener_and_a_name_after_it():
    # a clause with its own subject ("The round was led by X, ...") is no opening clause
    # (and a name a speech verb follows reports the sentence: ", Meta said" is no second agent)
    s = site("en", ["The", "round", "was", "led", "by", "IBM", ",", "Meta", "said"], NAMES)
    assert s.L == [] and s.agent == ["ibm"]
    s = site("en", ["The", "round", "was", "led", "by", "IBM", ",", "Meta", "and", "Nvidia"], NAMES)
    assert s.L == [] and s.agent == ["ibm", "meta", "nvidia"]
    # a list that goes on after the comma is no subject: "Among them are IBM, Meta and Nvidia"
    s = site("en", ["Backed", "by", "IBM", ",", "Meta", "and", "Nvidia"], NAMES)
    assert s.L == []
    # a common noun after the comma is a reference, left to the references stage
    s = site("en", ["Backed", "by", "Nvidia", ",", "the", "lab", "builds", "models"], NAMES)
    assert s.L == []


def test_a_noun_trigger_names_its_owner_inside_it():
    s = site("en", ["The", "investment", "of", "Nvidia", "in", "Mistral", "was", "confirmed"], NAMES)
    assert s.L == ["nvidia"] and pairs(s) == {("nvidia", "mistral", False)}
    s = site("en", ["The", "launch", "of", "the", "Alliance", "by", "IBM"], NAMES)
    assert s.L == ["alliance"] and pairs(s) == {("ibm", "alliance", False)}


def test_a_close_trigger_needs_its_object_right_after_it():
    assert claims("en", ["IBM", "kicked", "off", "the", "Alliance"]) == {("ibm", "FOUNDED", "alliance", "stated")}
    words = ["IBM", "kicked", "off", "the", "conference", "with", "a", "talk", "on", "the", "Alliance"]
    assert claims("en", words) == set()


def test_a_member_of_staff_is_no_member_of_the_program_at_hand():
    ctx = Context(programs=[(-5, "alliance")])
    s = site("en", ["A", "member", "of", "staff", "at", "IBM", "spoke"], NAMES, ctx=ctx)
    assert pairs(s) == set()


def test_a_frame_registers_once_per_type():
    with pytest.raises(ValueError, match="frame 'pair' is already registered for PARTNERS_WITH"):
        frame("pair", "PARTNERS_WITH")(lambda site: [])


def test_select_needs_a_program_that_chooses():
    s = site("en", ["The", "Alliance", "has", "selected", "IBM", "and", "Meta"], NAMES, lemmas=[
        "the", "Alliance", "have", "select", "IBM", "and", "Meta"])
    assert s.trigger.rule == "en.member_of.select.select"
    assert pairs(s) == {("ibm", "alliance", False), ("meta", "alliance", False)}
    s = site("en", ["Mistral", "selected", "IBM", "as", "its", "supplier"], NAMES)
    assert pairs(s) == set()  # a company choosing a supplier: no membership


def test_examples_take_the_members_after_a_lead_in_past_a_relative_clause():
    words = ["The", "Alliance", "has", "grown", "to", "include", "100", "members", ",", "many", "of", "which", "are",
             "groups", "like", "IBM", "and", "Meta"]
    s = site("en", words, NAMES)
    assert s.trigger.rule == "en.member_of.examples.grown"
    assert pairs(s) == {("ibm", "alliance", False), ("meta", "alliance", False)}
    s = site("en", ["Mistral", "has", "grown", "to", "600", "members", ",", "with", "clients", "like", "IBM"], NAMES)
    assert pairs(s) == set()  # no program grows: a company's staff is no membership


def test_a_roster_takes_each_item_of_a_semicolon_list_for_the_program_at_hand():
    ctx = Context(programs=[(-5, "alliance")])
    words = ["Founding", "partners", "\u2013", "IBM", "offering", "models", ";", "Nvidia", "supplying", "chips", "from",
             "Cisco", ";", "the", "Meta", "lab", "hosting", "data"]
    s = site("en", words, NAMES, ctx=ctx)
    assert s.trigger.rule == "en.member_of.roster.founding"
    # (Cisco stands inside Nvidia's description: no item of the list)
    assert pairs(s) == {("ibm", "alliance", True), ("nvidia", "alliance", True), ("meta", "alliance", True)}
    assert pairs(site("en", words, NAMES)) == set()  # no program in reach: nothing


def test_a_roster_of_an_organization_or_of_something_else_is_no_membership():
    ctx = Context(programs=[(-5, "alliance")])
    s = site("en", ["The", "partners", "of", "the", "project", "are", "IBM", "and", "Meta"], NAMES, ctx=ctx)
    assert s.trigger.rule == "en.member_of.roster.of"
    assert pairs(s) == {("ibm", "alliance", True), ("meta", "alliance", True)}
    words = ["The", "Alliance", "met", ",", "and", "the", "partners", "of", "the", "project", "are", "IBM", "and", "Meta"]
    assert claims("en", words) == {("ibm", "MEMBER_OF", "alliance", "stated"), ("meta", "MEMBER_OF", "alliance", "stated")}
    words[9] = "award"
    assert claims("en", words) == set()  # the partners of something else
    s = site("en", ["Mistral", "and", "its", "first", "partners", ":", "IBM", "and", "Meta"], NAMES, ctx=ctx)
    assert pairs(s) == set()  # an organization's partners, not the program's members


def described(words: list[str]):
    d = parse(words, [{"partnered": "partner", "backed": "back"}.get(w, w) for w in words])
    view = sentence_view(0, d[:], for_language("en"))
    spans = spans_of(d, NAMES)
    view.inside = {s for s, _, _, _ in spans}
    view.groups = build_groups(view, spans, LABELS, d)
    return view


def test_a_described_list_keeps_its_items_and_sets_the_description_aside():
    view = described(["IBM", ",", "backed", "by", "Nvidia", ",", "and", "Meta", "signed", "a", "partnership", "."])
    assert [g.entities for g in view.groups] == [["ibm", "meta"]]
    assert [(a.start, a.end, [g.entities for g in a.groups]) for a in view.asides] == [(1, 6, [["ibm"], ["nvidia"]])]
    found = {f.trigger.type: f for f in find_triggers(view)}
    partnered = site_of(found["SIGNS_MOU_WITH"], view, LABELS, Context(), len(view.span))[0]
    assert {frozenset(p[:2]) for p in pairs(partnered)} == {frozenset({"ibm", "meta"})}
    backed = site_of(found["FUNDS"], view, LABELS, Context(), len(view.span))[0]  # sees IBM and Nvidia only
    assert {p[:2] for p in pairs(backed)} == {("nvidia", "ibm")}


def test_a_plain_list_or_a_description_after_the_last_item_only_is_no_described_list():
    view = described(["IBM", ",", "Nvidia", ",", "and", "Meta", "partnered", "."])
    assert [g.entities for g in view.groups] == [["ibm", "nvidia", "meta"]] and view.asides == []
    view = described(["IBM", "and", "Meta", ",", "backed", "by", "Nvidia", ",", "partnered", "."])
    assert view.asides == []
    view = described(["IBM", ",", "said", "Nvidia", ",", "and", "Meta", "partnered", "."])  # a speaker, no description
    assert view.asides == []
