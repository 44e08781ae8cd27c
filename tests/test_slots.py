"""Unknown organizations in a trigger's slots (loaders/slots.py), where the Doc has no NER
(English): a name no knowledge base knows and no cue types is read where a relation expects an
organization. Each case has a near miss that must give nothing: a person, a place, a
nationality, a common word opening the sentence, a noun the trigger word can also be. Every
text is written for these tests (invented names, our words). Edges are (source, TYPE, target,
status); symmetric edges have the smaller id first."""

from __future__ import annotations

import pytest
from sentences import case_ids, edges_by_case

from aipg.loaders import nlp
from aipg.loaders.kb import load_kb
from aipg.loaders.lang import for_language
from aipg.loaders.mentions import candidates, find_mentions
from aipg.loaders.slots import common_word, person_like

S = "stated"
PW, MOU, MEMBER, FUNDS = "PARTNERS_WITH", "SIGNS_MOU_WITH", "MEMBER_OF", "FUNDS"

CASES: list[tuple[str, str, set[tuple[str, str, str, str]]]] = [
    # the subject before a trigger, over an auxiliary
    ("en", "Quantaro Dynamics has joined the AI Alliance.", {("quantaro-dynamics", MEMBER, "ai-alliance", S)}),
    ("en", "Zentrova has joined the Frontier Model Forum.", {("zentrova", MEMBER, "frontier-model-forum", S)}),
    # ... not a given name and surname, nor a common word before a comma
    ("en", "Sam Altman has joined the AI Alliance.", set()),
    ("en", "Separately, Kaldera joined the AI Alliance.", {("kaldera", MEMBER, "ai-alliance", S)}),
    # the object after a trigger and its preposition, with the other items of its list
    ("en", "Microsoft partners with Kaldera to build data centres.", {("kaldera", PW, "microsoft", S)}),
    ("en", "Google teamed up with Northwind Trust and Kaldera on the project.",
     {("google", PW, "northwind-trust", S), ("google", PW, "kaldera", S)}),
    ("en", "Cohere partners with Oracle, Fujitsu and Kaldera.",
     {("cohere", PW, "oracle", S), ("cohere", PW, "fujitsu", S), ("cohere", PW, "kaldera", S)}),
    ("en", "Nvidia invested in Quantaro Dynamics last year.", {("nvidia", FUNDS, "quantaro-dynamics", S)}),
    # ... a known name's first words are that name ("Lux" after "Lux Capital")
    ("en", "Lux Capital led the seed round of Sakana AI. Then Lux backed Sakana again.",
     {("lux-capital", FUNDS, "sakana-ai", S)}),
    # a list of subjects, one known
    ("en", "Nvidia and Kaldera signed a memorandum of understanding on Monday.", {("kaldera", MOU, "nvidia", S)}),
    # ... a nationality before a descriptor is no name
    ("en", "Helsing teamed up with French start-up Mistral AI.", {("helsing", PW, "mistral-ai", S)}),
    # a descriptor before the name types it
    ("en", "The nonprofit Access Now joined the Partnership on AI in 2016.",
     {("access-now", MEMBER, "partnership-on-ai", S)}),
    ("en", "The startup Veltrix raised $20 million from Sequoia Capital.", {("sequoia-capital", FUNDS, "veltrix", S)}),
    # an apposition with a place's "-based" types the name
    ("en", "Veltrix, a Boston-based startup, raised $20 million in a round led by Sequoia Capital.",
     {("sequoia-capital", FUNDS, "veltrix", S)}),
    # ... an apposition naming a thing leaves it out; a person leading a round is no company
    ("en", "The AI Alliance includes Dawnlight, a small supercomputer.", set()),
    ("en", "The round was led by Priya Raman, a former Google engineer.", set()),
    # "the X consortium": the name with its kind
    ("en", "Microsoft joined the Kaldera consortium in May.", {("microsoft", MEMBER, "kaldera-consortium", S)}),
    # people in an agent's slot: a given name, no common word, or a list holding a known person
    ("en", "Kaldera Robotics was founded by Demis Hassabis.", set()),
    ("en", "The startup was founded by Arthur Mensch, Guillaume Lample and Timothée Lacroix.", set()),
    # a round is no party
    ("en", "Nvidia invested in Series B rounds.", set()),
    # a trigger word that may be a noun: the name before it modifies it
    ("en", "Universities will receive Kaldera Training credits worth $5 million.", set()),
    # a title-case heading: its capitals say nothing
    ("en", "OpenAI Invests In Kaldera Robotics Startup", set()),
]


@pytest.fixture(scope="module")
def results():
    return edges_by_case(CASES)


@pytest.mark.parametrize("i", range(len(CASES)), ids=case_ids(CASES))
def test_slot_edges(results, i):
    assert results[i] == CASES[i][2]


def _doc(text: str):
    return nlp.parse([text], ["en"])[0]


def test_slot_names_are_cued_candidates_with_a_label():
    doc = _doc("The nonprofit Access Now partners with Kaldera.")
    found = {sp.text: sp.label_ for sp in candidates(doc, load_kb(), "en").slot}
    assert found == {"Access Now": "cue|Organization", "Kaldera": "cue|Company"}


def test_a_place_alone_in_a_slot_is_no_organization():
    doc = _doc("Microsoft partnered with Boston officials and invested in Lagos.")
    assert not candidates(doc, load_kb(), "en").slot


def test_a_person_named_by_the_text_stays_a_person():
    doc = _doc("CEO Tomasz Kowalczyk said the firm partners with Kowalczyk Robotics.")
    kinds = {m.text: m.kind for m in find_mentions(doc, load_kb(), "en")}
    assert kinds.get("Tomasz Kowalczyk") == "person"
    assert not candidates(doc, load_kb(), "en").slot


def test_a_doc_with_ner_takes_from_its_slots_only_names_written_as_no_word_is():
    doc = nlp.parse(["Microsoft s'associe avec Kaldera."], ["fr"])[0]
    assert candidates(doc, load_kb(), "fr").slot == []
    doc = nlp.parse(["Microsoft s'associe avec KalderaLab."], ["fr"])[0]
    assert [sp.text for sp in candidates(doc, load_kb(), "fr").slot] == ["KalderaLab"]


@pytest.mark.parametrize("words,expected", [
    (["Priya", "Raman"], True), (["Sam", "Altman"], True), (["Northwind", "Trust"], False),
    (["Access", "Now"], False), (["Kaldera"], False), (["DeepMind", "Labs"], False),
])
def test_person_like(words, expected):
    assert person_like(words, [w.lower() for w in words], for_language("en").mentions) is expected


def test_common_words_come_from_the_lemma_tables():
    assert common_word("partners", "en") and common_word("today", "en")
    assert not common_word("kaldera", "en")


def test_function_words_are_common_words():
    # the lookup tables lack them: "Velora Now" is no given name and surname
    assert common_word("now", "en") and common_word("maintenant", "fr")
    assert not person_like(["Velora", "Now"], ["velora", "now"], for_language("en").mentions, "en")
    assert person_like(["Velora", "Raman"], ["velora", "raman"], for_language("en").mentions, "en")
