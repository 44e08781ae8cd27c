"""The trigger stage on hand-built Docs: matching (lemmas, inflections, gaps, overlaps) and
validation of the rules in the language data (ids, frames, types, patterns)."""

from __future__ import annotations

import dataclasses
import json

import pytest
import spacy
from spacy.tokens import Doc

from aipg.graph.errors import TriggerError
from aipg.loaders.lang import Rule, for_language
from aipg.loaders.sentence import sentence_view
from aipg.loaders.triggers import CALIBRATION, find_triggers, triggers_for, validate_rule

VOCAB = spacy.blank("en").vocab


def doc(words: list[str], lemmas: list[str] | None = None) -> Doc:
    return Doc(VOCAB, words=words, spaces=[True] * len(words), lemmas=lemmas)


def fired(code: str, d: Doc, inside: set[int] = frozenset()) -> list[tuple[str, list[str]]]:
    view = sentence_view(0, d[:], for_language(code))
    return [(f.trigger.rule, view.words[f.start : f.end])
            for f in find_triggers(view.lang, view.words, view.lemmas, set(inside))]


# --------------------------------------------------------------------------- matching
def test_a_lemma_matches_an_inflection_the_rule_does_not_list():
    words = ["Mistral", "rejoignait", "l'", "alliance"]
    assert fired("fr", doc(words, ["Mistral", "rejoindre", "le", "alliance"])) == [
        ("fr.member_of.active.rejoindre", ["rejoignait"])]


def test_without_lemmas_only_the_listed_forms_match():
    assert fired("fr", doc(["Mistral", "rejoignait", "l'", "alliance"])) == []
    assert fired("fr", doc(["Mistral", "rejoint", "l'", "alliance"])) == [("fr.member_of.active.rejoindre", ["rejoint"])]


def test_a_pattern_steps_over_transparent_words():
    d = doc(["IBM", "has", "officially", "teamed", "up", "with", "Meta"])
    assert fired("en", d) == [("en.partners_with.pair.team", ["teamed", "up", "with"])]


def test_a_gap_does_not_cross_a_comma():
    assert ("en.funds.raise.raise", ["raised", "100", "million", "from"]) in fired(
        "en", doc(["X", "raised", "100", "million", "from", "Y"]))
    assert not any(rule == "en.funds.raise.raise" for rule, _ in fired(
        "en", doc(["X", "raised", "100", "million", ",", "from", "Y"])))


def test_the_longest_firing_of_a_type_wins():
    assert fired("en", doc(["Mistral", ",", "backed", "by", "Nvidia"])) == [
        ("en.funds.passive.back", ["backed", "by"])]


def test_a_firing_inside_a_longer_one_of_another_type_is_part_of_it():
    # "joined" alone is a membership; inside "joined forces with" it is part of the partnership
    assert fired("en", doc(["IBM", "joined", "forces", "with", "Meta"])) == [
        ("en.partners_with.pair.join", ["joined", "forces", "with"])]


def test_a_word_joined_by_a_hyphen_particle_is_a_noun():
    assert fired("en", doc(["the", "start", "-", "up", "Mistral"])) == []


def test_no_trigger_opens_inside_a_name():
    d = doc(["the", "AI", "Safety", "Fund", "grew"])
    assert fired("en", d, inside={1, 2, 3}) == []
    assert [rule for rule, _ in fired("en", d)] == ["en.funds.active.fund"]


def test_an_optional_first_word_indexes_the_second():
    assert ("en.member_of.include.founding2", ["members", ":"]) in fired("en", doc(["Its", "members", ":", "IBM"]))


# --------------------------------------------------------------------------- validation
def rule_error(rule: Rule, rel_type: str = "FUNDS", code: str = "en") -> str:
    with pytest.raises(TriggerError) as e:
        validate_rule(rule, rel_type, code)
    return str(e.value)


def test_an_unknown_frame_is_named_with_the_frames_of_the_type():
    msg = rule_error(Rule("en.funds.orbit.fund", "orbit", "fund", 0.8))
    assert msg.startswith("trigger 'en.funds.orbit.fund' (loaders/lang/en.py): no frame 'orbit' for FUNDS")
    assert "active" in msg and "raise" in msg


def test_a_family_outside_the_schema_is_refused():
    msg = rule_error(Rule("en.likes.active.like", "active", "like", 0.8), rel_type="LIKES")
    assert "family 'LIKES' is no relation type" in msg


def test_an_id_must_carry_its_language_and_type():
    assert "an id reads 'en.funds.FRAME.WORD'" in rule_error(Rule("fr.funds.active.fund", "active", "fund", 0.8))


@pytest.mark.parametrize("pattern, expected", [
    ("", "must start and end with a word"),
    ("~2 fund", "must start and end with a word"),
    ("fund ~x in", "gap '~x'"),
    ("fund a||b", "element 'a||b'"),
    ("fund ?", "element '?'"),
])
def test_a_malformed_pattern_is_named(pattern, expected):
    msg = rule_error(Rule("en.funds.active.bad", "active", pattern, 0.8))
    assert msg.startswith("trigger 'en.funds.active.bad'") and expected in msg


def test_unknown_options_and_priors_are_refused():
    assert "unknown option(s) loud" in rule_error(Rule("en.funds.active.fund", "active", "fund", 0.8, "loud"))
    assert "prior 1.5 is not in (0, 1]" in rule_error(Rule("en.funds.active.fund", "active", "fund", 1.5))


def test_a_duplicate_id_is_refused_when_the_language_loads():
    en = for_language("en")
    twice = Rule("en.funds.active.fund", "active", "fund|funds", 0.7)
    data = dataclasses.replace(en, triggers={"FUNDS": en.triggers["FUNDS"] + (twice,)})
    with pytest.raises(TriggerError, match=r"trigger 'en.funds.active.fund' \(loaders/lang/en.py\): duplicate id"):
        triggers_for(data)


def test_ids_are_unique_across_languages():
    ids = [t.rule for code in ("fr", "en") for t in triggers_for(for_language(code))]
    assert len(ids) == len(set(ids))


def test_every_calibrated_rule_is_a_rule_of_the_data():
    """Calibration is keyed by rule id: a renamed rule must have its key renamed too."""
    ids = {t.rule for code in ("fr", "en") for t in triggers_for(for_language(code))}
    keys = json.loads(CALIBRATION.read_text(encoding="utf-8"))["rules"]
    assert sorted(k for k in keys if k.removesuffix(".ctx") not in ids) == []


def test_a_calibrated_rule_takes_its_measured_confidence():
    keys = json.loads(CALIBRATION.read_text(encoding="utf-8"))["rules"]
    rule, row = next((k, r) for k, r in keys.items() if not k.endswith(".ctx") and r["firings"] >= 3)
    code = rule.split(".")[0]
    trig = next(t for t in triggers_for(for_language(code)) if t.rule == rule)
    assert trig.confidence == row["confidence"]
