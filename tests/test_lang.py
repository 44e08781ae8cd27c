"""Language data: one module per language under loaders/lang/, every field filled, and no
language code tested in the extractor's code."""

from __future__ import annotations

import dataclasses
import pkgutil
import re
from pathlib import Path

import pytest

import aipg.loaders.lang as lang_pkg
from aipg.graph.errors import AipgError
from aipg.loaders.lang import LanguageData, ReferenceWords, codes, constructions, for_language, unfilled, union, words_of

CODES = list(lang_pkg.codes())  # language modules (a module named "_..." holds shared data, no language)
LOADERS = Path(lang_pkg.__file__).resolve().parent.parent


def test_the_package_holds_french_and_english():
    assert {"fr", "en"} <= set(CODES)


@pytest.mark.parametrize("code", CODES)
def test_every_language_fills_every_field(code):
    data = for_language(code)
    assert data.code == code
    assert unfilled(data) == []
    for rel_type, rules in data.triggers.items():
        assert rules, f"{code}: the {rel_type} family is empty"


def _field(data, path):
    for name in path.split("."):
        data = getattr(data, name)
    return data


@pytest.mark.parametrize("code", CODES)
def test_constructions_a_language_lacks_are_empty_not_missing(code):
    data = for_language(code)
    names = constructions(data)
    assert set(LanguageData.CONSTRUCTIONS) <= set(names)
    assert {"mentions.descriptor_nouns", "references.reporting_verbs", "money.money_context"} <= set(names)
    for name in names:
        value = _field(data, name)
        assert isinstance(value, (frozenset, tuple)), name


def test_unfilled_names_an_empty_field():
    data = dataclasses.replace(for_language("en"), hedges=frozenset(), prep_with=frozenset())
    assert unfilled(data) == ["hedges", "prep_with"]


def test_unfilled_looks_into_the_groups():
    en = for_language("en")
    refs = dataclasses.replace(en.references, pronouns=frozenset(), heads={})
    money = dataclasses.replace(en.money, up_to=())
    assert unfilled(dataclasses.replace(en, references=refs, money=money)) == [
        "references.heads", "references.pronouns", "money.up_to"]
    # a construction a language lacks may be empty
    refs = dataclasses.replace(en.references, reporting_verbs=frozenset())
    assert unfilled(dataclasses.replace(en, references=refs)) == []


def test_the_union_merges_every_language():
    fr, en = for_language("fr"), for_language("en")
    assert union("mentions.calendar") == fr.mentions.calendar | en.mentions.calendar
    assert union("money.up_to") == tuple(dict.fromkeys(en.money.up_to + fr.money.up_to))  # language order
    heads = union("references.heads")
    assert heads["fonds"] == ("Company",) and heads["fund"] == ("Program", "Company")
    assert heads.keys() == fr.references.heads.keys() | en.references.heads.keys()
    group = union("references")
    assert isinstance(group, ReferenceWords) and group.pronouns == {"il", "elle", "it"}
    assert words_of("", "references") is group and words_of("fr", "references") is fr.references
    assert union("and_words") == {"et", "and"}
    with pytest.raises(TypeError, match="numbers.decimal_mark is no word list"):
        union("numbers.decimal_mark")


def test_each_language_reads_its_own_citations():
    fr_before, fr_after = for_language("fr").references.citations
    en_before, en_after = for_language("en").references.citations
    assert fr_before.search("selon les ") and not fr_before.search("according to ")
    assert en_before.search("according to the ") and en_after.match(" reported on Monday")
    assert fr_after.match(" rapporte que") and not en_after.match(" rapporte que")


# What may read a language code: the language loader itself, language detection and the
# loading of each language's spaCy pipeline (a model name is no word list).
_MAY_NAME_A_LANGUAGE = {"documents.py", "nlp.py"}


def test_no_code_tests_a_language_code():
    """Code asks the Doc what it has and reads the language's data; it never tests "fr" or "en"."""
    found = []
    for path in sorted(LOADERS.glob("*.py")):
        if path.name in _MAY_NAME_A_LANGUAGE:
            continue
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            code = line.split("#")[0]
            if re.search(r"""(?:lang(?:uage|_)?|style)\s*(?:==|!=|in)\s*[("']|["'](?:fr|en)["']\s*(?:==|!=)""", code) \
                    and ">>>" not in line:
                found.append(f"{path.name}:{n}: {line.strip()}")
    assert found == []


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
        "MENTIONS = dataclasses.replace(_en.mentions, calendar=frozenset({'jojnuary'}))\n"
        "DATA = dataclasses.replace(_en, code='xx', triggers=TRIGGERS, mentions=MENTIONS)\n",
        encoding="utf-8")
    monkeypatch.setattr(lang_pkg, "__path__", [*lang_pkg.__path__, str(tmp_path)])
    from aipg.loaders.triggers import triggers_for

    data = for_language("xx")
    assert unfilled(data) == []
    assert [t.rule for t in triggers_for(data)] == ["xx.member_of.active.jojn"]
    # the stages that read every language read the new one too (the package is read once per
    # process: a file added while it runs needs the caches cleared, as here)
    codes.cache_clear()
    union.cache_clear()
    try:
        assert codes() == tuple(sorted({*CODES, "xx"}))
        assert "jojnuary" in union("mentions.calendar") and "january" in union("mentions.calendar")
    finally:
        monkeypatch.undo()
        codes.cache_clear()
        union.cache_clear()
