"""Language data: one module per language under loaders/lang/, every field filled."""

from __future__ import annotations

import dataclasses
import pkgutil

import pytest

import aipg.loaders.lang as lang_pkg
from aipg.graph.errors import AipgError
from aipg.loaders.lang import LanguageData, for_language, unfilled

CODES = sorted(m.name for m in pkgutil.iter_modules(lang_pkg.__path__))


def test_the_package_holds_french_and_english():
    assert {"fr", "en"} <= set(CODES)


@pytest.mark.parametrize("code", CODES)
def test_every_language_fills_every_field(code):
    data = for_language(code)
    assert data.code == code
    assert unfilled(data) == []
    for rel_type, rules in data.triggers.items():
        assert rules, f"{code}: the {rel_type} family is empty"


@pytest.mark.parametrize("code", CODES)
def test_constructions_a_language_lacks_are_empty_not_missing(code):
    data = for_language(code)
    for name in LanguageData.CONSTRUCTIONS:
        value = getattr(data, name)
        assert isinstance(value, (frozenset, tuple)), name


def test_unfilled_names_an_empty_field():
    data = dataclasses.replace(for_language("en"), hedges=frozenset(), prep_with=frozenset())
    assert unfilled(data) == ["hedges", "prep_with"]


def test_a_negation_needs_one_word_or_two_part_cues():
    en = for_language("en")
    silent = dataclasses.replace(en.negation, alone=frozenset())
    assert unfilled(dataclasses.replace(en, negation=silent)) == ["negation"]


def test_an_unknown_language_names_the_file_to_add():
    with pytest.raises(AipgError, match=r"no language data for 'de': add loaders/lang/de.py"):
        for_language("de")
    with pytest.raises(AipgError, match=r"unsupported language 'french'"):
        for_language("french")


def test_list_gaps_are_built_from_the_language_words():
    fr, en = for_language("fr"), for_language("en")
    assert fr.gap_list().match(", ainsi que l'")
    assert fr.gap_list().match(" et ")
    assert not fr.gap_list().match(" qui finance ")
    assert en.gap_list().match(", as well as the ")
    assert en.gap_apposition().match(", the fund of the state, and ")
    assert fr.agreements().search("un protocole d'accord")


def test_a_third_language_is_one_new_file(tmp_path, monkeypatch):
    """A module defining DATA in the package's path is all a language needs."""
    (tmp_path / "xx.py").write_text(
        "import dataclasses\n"
        "from aipg.loaders.lang import Rule, for_language\n"
        "_en = for_language('en')\n"
        "TRIGGERS = {'MEMBER_OF': (Rule('xx.member_of.active.jojn', 'active', 'jojn|jojnt', 0.8),)}\n"
        "DATA = dataclasses.replace(_en, code='xx', triggers=TRIGGERS)\n",
        encoding="utf-8")
    monkeypatch.setattr(lang_pkg, "__path__", [*lang_pkg.__path__, str(tmp_path)])
    from aipg.loaders.triggers import triggers_for

    data = for_language("xx")
    assert unfilled(data) == []
    assert [t.rule for t in triggers_for(data)] == ["xx.member_of.active.jojn"]
