"""The per-document token rows (loaders.nlp.tokens) the rules read instead of spaCy Tokens:
the same values, on the real pipelines, and caches that never keep a Doc alive."""

from __future__ import annotations

import gc
import weakref

import pytest

from aipg.loaders import nlp

TEXTS = {
    "fr": "Le ministère de la Culture a signé un accord avec Mistral AI.\n\nElle lève 3 millions d’euros ; "
          "« c'est un début », a dit M. Mensch.",
    "en": "Cohere said on Thursday it had raised $500 million.\n- Nvidia (NASDAQ: NVDA) joined the round.",
}
ATTRIBUTES = ("i", "idx", "text", "lower_", "lemma_", "pos_", "dep_", "whitespace_", "is_punct", "is_digit",
              "is_space", "is_stop", "is_sent_start")


@pytest.mark.parametrize("language", sorted(TEXTS))
def test_rows_hold_what_spacy_tokens_say(language):
    (doc,) = nlp.parse([TEXTS[language]], [language])
    table = nlp.tokens(doc)
    assert len(table.rows) == len(doc) and table.doc_text == doc.text
    for token, row in zip(doc, table.rows):
        for name in ATTRIBUTES:
            assert (getattr(row, name), type(getattr(row, name))) == (getattr(token, name), type(getattr(token, name))), name
    assert table.text == [t.text for t in doc] and table.lower == [t.lower_ for t in doc]
    assert table.punct == [t.is_punct for t in doc] and table.digit == [t.is_digit for t in doc]
    for start in range(len(doc)):
        for end in range(start, len(doc) + 1):
            assert table.span_text(start, end) == doc[start:end].text


@pytest.mark.parametrize("language", sorted(TEXTS))
def test_morphology_read_once_equals_spacys(language):
    (doc,) = nlp.parse([TEXTS[language]], [language])
    table = nlp.tokens(doc)
    fields = ("Mood", "VerbForm", "Tense", "Number", "Gender", "Person", "PronType", "Absent")
    for token in doc:
        for field in fields:
            assert table.morph(token.i, field) == token.morph.get(field), (token.text, field)
    if language == "fr":  # (the English pipeline has no morphologizer: every list is empty)
        assert any(table.morph(t.i, "VerbForm") for t in doc)


def test_cached_sentences_and_rows_let_the_doc_go():
    (doc,) = nlp.parse([TEXTS["en"]], ["en"])
    first = [(s.start, s.end) for s in nlp.sentences(doc)]
    assert [(s.start, s.end) for s in nlp.sentences(doc)] == first == list(nlp.sentence_bounds(doc))
    assert nlp.tokens(doc) is nlp.tokens(doc)
    from aipg.loaders.lang import for_language
    from aipg.loaders.sentence import find_triggers, sentence_view
    for start, end in nlp.sentence_bounds(doc):  # the per-sentence words and firings kept beside the rows
        find_triggers(sentence_view(0, doc[start:end], for_language("en")))
    assert nlp.tokens(doc).sentences and nlp.tokens(doc).morph(0, "Mood") == []
    ref = weakref.ref(doc)
    del doc
    gc.collect()
    assert ref() is None
