"""Names and aliases that mean something (no "It", "company", "Ce plan", sentence fragments),
one entity per alias in a document, and none of them in `aipg kb gaps`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from aipg.cli import cli
from aipg.graph.ids import norm
from aipg.graph.model import Entity
from aipg.loaders.aliases import clean_entities, meaningless
from aipg.loaders.lang import union
from sentences import extract_cases

EXAMPLES = Path(__file__).resolve().parent.parent / "examples" / "corpus"


@pytest.mark.parametrize("form, reason", [
    ("It", "pronoun"), ("Elle", "pronoun"), ("celle-ci", "pronoun"), ("the", "determiner phrase"),
    ("Ce plan", "determiner phrase"), ("its partner", "determiner phrase"),
    ("company", "generic noun"), ("school", "generic noun"), ("la société", "generic noun"),
    ("groupe néerlandais", "generic noun"), ("the Emirati group", "generic noun"), ("CEO", "generic noun"),
    ("le directeur financier", "generic noun"),
    ("agreement gives the university", "sentence fragment"), ("of Innovation", "sentence fragment"),
])
def test_meaningless_forms(form, reason):
    assert meaningless(form) == reason


@pytest.mark.parametrize("form", [
    "OpenAI", "AT&T", "AI Alliance", "l'Alliance", "Our AI", "université Keio", "projet Stargate", "H Company",
    "UK government", "gouvernement britannique", "Department for Science, Innovation and Technology", "MIT",
])
def test_names(form):
    assert meaningless(form) is None


def test_an_alias_belongs_to_one_entity():
    a = Entity("ai-alliance", "AI Alliance", "Program", ("AI Alliance", "Alliance"))
    b = Entity("alliance", "Alliance", "Program", ("Alliance",))
    c = Entity("x", "X Corp", "Company", ("X Corp", "Partners"))
    d = Entity("y", "Y Corp", "Company", ("Y Corp", "Partners"))
    kept, dropped = clean_entities([a, b, c, d, Entity("it", "It", "Company", ("It",))])
    assert {e.id: e.aliases for e in kept} == {
        "ai-alliance": ("AI Alliance",), "alliance": ("Alliance",), "x": ("X Corp",), "y": ("Y Corp",)}
    assert dropped == {"it": "endpoint name is a pronoun"}


def test_pronouns_and_generic_nouns_are_no_aliases_in_extraction():
    text = ("OpenAI a signé un accord avec Sciences Po. Elle financera l'école. "
            "L'entreprise américaine a aussi rejoint le programme NextGenAI.")
    ex = extract_cases({"fr": ("fr", text)})["fr"]
    for e in ex.entities:
        assert all(meaningless(a) is None for a in e.aliases), e


@pytest.fixture(scope="module")
def examples_export(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("examples")
    store = str(tmp / "examples.lbug")
    run = lambda *a: CliRunner().invoke(cli, list(a), prog_name="aipg")  # noqa: E731
    built = run("build", str(EXAMPLES), "--store", store)
    assert built.exit_code == 0, built.output
    out = tmp / "graph.json"
    exported = run("export", "--format", "json", "--store", store, "-o", str(out))
    assert exported.exit_code == 0, exported.output
    return json.loads(out.read_text(encoding="utf-8"))


def test_example_corpus_export_has_no_meaningless_alias(examples_export):
    """Checked against the word lists themselves: no pronoun, no phrase of determiners only,
    no generic noun or role word written in lower case, as a name or an alias."""
    nodes = examples_export["nodes"]
    assert len(nodes) > 50
    for node in nodes:
        for form in [node["name"], *node.get("aliases", [])]:
            words = norm(form).split()
            assert " ".join(words) not in union("names.pronouns"), (node["id"], form)
            content = [w for w in words if w not in union("names.determiners")]
            assert content, (node["id"], form)
            if form == form.lower():
                assert " ".join(content) not in union("names.generic_nouns") | union("names.role_words"), (node["id"], form)


def test_kb_gaps_lists_no_meaningless_name():
    result = CliRunner().invoke(cli, ["kb", "gaps", str(EXAMPLES), "--format", "json"], prog_name="aipg")
    assert result.exit_code == 0, result.output
    names = [g["name"] for g in json.loads(result.stdout)]
    assert names and all(meaningless(n) is None for n in names), names


def test_claims_of_an_entity_with_a_meaningless_name_are_dropped_with_the_reason():
    from aipg.graph.model import Claim, Document
    from aipg.loaders.pipeline import Analysed, finalize
    from aipg.loaders.resolve import TIER_CUE, Resolution

    res = Resolution(entities={"it": Entity("it", "It", "Company", ("It",)),
                               "acme": Entity("acme", "Acme", "Company", ("Acme", "company"))},
                     tier={"it": TIER_CUE, "acme": TIER_CUE})
    claim = Claim("d", "PARTNERS_WITH", "acme", "it", "stated", 0.9, "Acme partners with It.", 0, 0, 22, "r")
    ex = finalize(Analysed(Document("d", "d", "Acme partners with It.", "en", "0" * 64), res, (claim,)))
    assert ex.claims == () and [d.reason for d in ex.dropped] == ["endpoint name is a pronoun"]
    assert [(e.id, e.aliases) for e in ex.entities] == [("acme", ("Acme",))]
