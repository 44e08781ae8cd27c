"""The curated knowledge base: shipped data, lookups, validation messages, `aipg kb check`."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from aipg import cli
from aipg.graph.errors import KnowledgeBaseError
from aipg.graph.ids import SLUG_RE
from aipg.loaders.kb import KB_LABELS, check_kb, is_case_sensitive, load_kb


@pytest.fixture(scope="module")
def kb():
    return load_kb()


def write(tmp_path: Path, text: str, name: str = "orgs.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def problems_of(tmp_path: Path, text: str, name: str = "orgs.yaml") -> list[str]:
    write(tmp_path, text, name)
    with pytest.raises(KnowledgeBaseError) as err:
        load_kb([tmp_path])
    return list(err.value.problems)


# --------------------------------------------------------------------------- the shipped KB
def test_shipped_kb_is_valid_and_broad(kb):
    report = check_kb()
    assert report.entries == len(kb) >= 450
    assert set(report.by_label) == set(KB_LABELS)
    assert all(report.by_label[label] >= 40 for label in KB_LABELS), report.by_label
    assert "Person" not in report.by_label
    assert report.non_organizations >= 100
    governments = [e for e in kb.entries.values() if e.id.startswith("government-of-")]
    assert len(governments) >= 55


def test_shipped_ids_are_slugs_and_schema_examples_exist(kb):
    assert all(SLUG_RE.match(i) for i in kb.entries)
    for eid, label in [
        ("openai", "Company"), ("ibm", "Company"), ("meta", "Company"), ("mistral-ai", "Company"),
        ("sciences-po", "University"), ("mit", "University"), ("caltech", "University"),
        ("harvard-university", "University"), ("university-of-oxford", "University"),
        ("keio-university", "University"), ("carnegie-mellon-university", "University"),
        ("yale-university", "University"), ("inria", "University"),
        ("uk-government", "Government"), ("us-government", "Government"), ("nasa", "Government"),
        ("government-of-japan", "Government"), ("bpifrance", "Government"),
        ("ai-alliance", "Program"), ("nextgenai", "Program"), ("stargate", "Program"),
        ("cleveland-clinic", "Organization"), ("oecd", "Organization"), ("kyutai", "Organization"),
    ]:
        assert kb.get(eid) is not None, eid
        assert kb.get(eid).label == label, eid


@pytest.mark.parametrize("surface, expected", [
    ("gouvernement britannique", "uk-government"),
    ("British government", "uk-government"),
    ("HM Government", "uk-government"),
    ("Meta Platforms Inc.", "meta"),
    ("Facebook", "meta"),
    ("Université de Yale", "yale-university"),
    ("Commission européenne", "european-commission"),
    ("Maison-Blanche", "white-house"),
    ("ministère des Armées", "french-ministry-of-the-armed-forces"),
    ("gouvernement du Québec", "government-of-quebec"),
    ("Agence France-Presse", "agence-france-presse"),
    ("AFP", "agence-france-presse"),
    ("Nations unies", "united-nations"),
    ("l’État français", "government-of-france"),  # typographic apostrophe
    ("ECOLE POLYTECHNIQUE", "ecole-polytechnique"),  # long caps: case-insensitive
])
def test_lookup_real_surfaces(kb, surface, expected):
    entry = kb.lookup(surface)
    assert entry is not None and entry.id == expected


def test_actor_aliases_are_kept_apart(kb):
    assert kb.lookup("la France") is None
    assert kb.lookup_actor("la France").id == "government-of-france"
    assert kb.lookup_actor("le Royaume-Uni").id == "uk-government"
    assert kb.lookup_actor("Britain").id == "uk-government"
    assert kb.lookup_actor("la belle province").id == "government-of-quebec"
    assert kb.lookup_actor("gouvernement britannique") is None
    kinds = {(s, k) for s, i, k in kb.patterns() if i == "government-of-france"}
    assert ("la France", "actor") in kinds and ("gouvernement français", "alias") in kinds
    assert ("Government of France", "name") in kinds


def test_short_caps_acronyms_are_case_sensitive(kb):
    assert kb.lookup("AP").id == "associated-press"
    assert kb.lookup("ap") is None and kb.lookup("Ap") is None
    assert kb.lookup("CMA").id == "competition-and-markets-authority"
    assert kb.lookup("cma") is None
    assert kb.lookup_actor("US").id == "us-government"
    assert kb.lookup_actor("us") is None
    assert kb.is_non_org("IA") == "generic" and kb.is_non_org("ia") is None
    assert is_case_sensitive("U.N.") and not is_case_sensitive("OPENAI") and not is_case_sensitive("Meta")


def test_non_organizations_and_ambiguity(kb):
    assert kb.is_non_org("ChatGPT") == "product"
    assert kb.is_non_org("RGPD") == "law"
    assert kb.is_non_org("règlement européen sur l'IA") == "law"
    assert kb.is_non_org("Sommet pour l'action sur l'IA") == "event"
    assert kb.is_non_org("OpenAI") is None
    assert kb.lookup("ChatGPT") is None
    assert kb.is_ambiguous("Orange") and kb.get("orange").ambiguous
    assert kb.is_ambiguous("Mistral") and not kb.is_ambiguous("Mistral AI")


def test_signed_texts_are_programs_linked_to_their_summit(kb):
    assert kb.lookup("Bletchley Declaration").label == "Program" and kb.is_non_org("Bletchley Declaration") is None
    assert kb.lookup("Convention-cadre sur l'intelligence artificielle").id == "council-of-europe-framework-convention-on-ai"
    assert kb.lookup("déclaration de Séoul").id == "seoul-declaration"
    assert {e.id for e in kb.texts_at("sommet de Séoul")} == {"seoul-declaration", "frontier-ai-safety-commitments"}
    assert [e.id for e in kb.texts_at("AI Action Summit")] == ["paris-statement-on-inclusive-and-sustainable-ai"]
    assert kb.texts_at("Web Summit") == () and kb.is_non_org("Sommet de Séoul") == "event"
    # laws stay no organizations
    assert kb.is_non_org("AI Act") == "law" and kb.is_non_org("Executive Order 14110") == "law"


# --------------------------------------------------------------------------- validation messages
GOOD = "- id: acme\n  name: Acme\n  label: Company\n"
TEXT = "- id: acme-pledge\n  name: Acme Pledge\n  label: Program\n"


def test_small_valid_kb_loads(tmp_path):
    write(tmp_path, GOOD + "  country: NO\n  aliases: [Acme Corp, ACME]\n  ambiguous: [Acme]\n")
    write(tmp_path, "- {surface: AcmeBot, kind: product}\n", "not_organizations.yaml")
    kb = load_kb([tmp_path])
    entry = kb.lookup("Acme Corp")
    assert entry.country == "NO"  # not YAML 1.1's False
    assert entry.origin == "orgs.yaml:1"
    assert kb.is_ambiguous("Acme") and not kb.is_ambiguous("Acme Corp")
    assert kb.is_non_org("acmebot") == "product"


@pytest.mark.parametrize("text, expected", [
    (GOOD + "  aliases: Acme: Corp\n", "orgs.yaml:4: YAML syntax error (mapping values are not allowed here)"),
    (GOOD + "  colour: red\n", "orgs.yaml:4: unknown key 'colour': use only id, name, label"),
    ("- id: acme\n  label: Company\n", "orgs.yaml:1: entry has no 'name': add one"),
    ("- id: acme\n  name: Acme\n  label: Startup\n",
     "orgs.yaml:3: unknown label 'Startup': use one of Company, University, Government, Program, Organization"),
    ("- id: acme\n  name: Acme\n  label: Person\n", "orgs.yaml:3: label 'Person' is not allowed in the KB"),
    ("- id: Acme Inc\n  name: Acme\n  label: Company\n", "orgs.yaml:1: id 'Acme Inc' is not a slug: use 'acme-inc'"),
    (GOOD + "  country: fra\n", "orgs.yaml:4: country 'fra' is not an ISO 3166-1 alpha-2 code"),
    (GOOD + GOOD, "orgs.yaml:4: duplicate id 'acme', first defined at orgs.yaml:1: rename one or merge them"),
    (GOOD + "  aliases: [Alliance]\n", "orgs.yaml:4: surface 'Alliance' is a bare common word"),
    (GOOD + "  aliases: [Acme SA]\n  actor_aliases: [ACME SA]\n",
     "orgs.yaml:5: surface 'ACME SA' of 'acme' is both an alias and an actor alias (see orgs.yaml:4)"),
    (GOOD + "  ambiguous: [Other]\n", "orgs.yaml:4: ambiguous surface 'Other' is not this entry's name or alias"),
    (GOOD + "  event: [Acme Summit]\n", "orgs.yaml:4: 'event' is only for a signed text (label Program), not a Company"),
    (TEXT + "  event: Acme Summit\n", "orgs.yaml:4: 'event' must be a list: write [Acme Summit]"),
    (TEXT + "  event: [Summit]\n", "orgs.yaml:4: event 'Summit' of 'acme-pledge' is not a specific event name"),
    (TEXT + "  event: [Acme Summit]\n" + GOOD.replace("Acme\n", "Acme Summit\n"),
     "orgs.yaml:4: event of 'acme-pledge' is also a surface of 'acme' at orgs.yaml:6: an event is not an organization"),
])
def test_validation_names_file_and_line(tmp_path, text, expected):
    problems = problems_of(tmp_path, text)
    assert any(p.startswith(expected) for p in problems), problems


def test_two_texts_of_one_event(tmp_path):
    write(tmp_path, TEXT + "  event: [Acme Summit, sommet Acme]\n"
          + TEXT.replace("acme-pledge", "acme-code").replace("Acme Pledge", "Acme Code") + "  event: [Acme Summit]\n")
    kb = load_kb([tmp_path])
    assert [e.id for e in kb.texts_at("acme summit")] == ["acme-pledge", "acme-code"]
    assert [e.id for e in kb.texts_at("Sommet Acme")] == ["acme-pledge"] and kb.is_non_org("Acme Summit") == "event"
    assert kb.lookup("Acme Summit") is None and sorted(kb.event_surfaces()) == ["Acme Summit", "Acme Summit", "sommet Acme"]


def test_alias_claimed_twice_names_both_places(tmp_path):
    write(tmp_path, GOOD + "  aliases: [Acme Group]\n", "a.yaml")
    problems = problems_of(tmp_path, "- id: acme-group\n  name: Acme Group\n  label: Company\n", "b.yaml")
    assert problems == [
        "b.yaml:2: surface 'Acme Group' of 'acme-group' is already claimed by 'acme' at a.yaml:4: keep it on one entry"
    ]


def test_non_org_colliding_with_an_entry(tmp_path):
    write(tmp_path, GOOD)
    problems = problems_of(tmp_path, "- {surface: ACME, kind: product}\n- {surface: Zed, kind: toy}\n",
                           "not_organizations.yaml")
    assert problems == [
        "not_organizations.yaml:1: non-organization surface is also a surface of 'acme' at orgs.yaml:2: remove it from one list",
        "not_organizations.yaml:2: unknown kind 'toy': use one of product, law, event, venue, place, generic",
    ]


def test_one_line_message_counts_the_others(tmp_path):
    write(tmp_path, "- id: A\n  name: A\n  label: Person\n")
    with pytest.raises(KnowledgeBaseError) as err:
        load_kb([tmp_path])
    assert str(err.value) == (
        "orgs.yaml:1: id 'A' is not a slug: use 'a' (and 1 more problem: run `aipg kb check` to list them)"
    )


# --------------------------------------------------------------------------- the CLI
def test_cli_kb_check_shipped():
    result = CliRunner().invoke(cli.cli, ["kb", "check"])
    assert result.exit_code == 0, result.output
    assert "entries" in result.output and "Government" in result.output


def test_cli_kb_check_json():
    import json

    result = CliRunner().invoke(cli.cli, ["kb", "check", "--json"])
    assert result.exit_code == 0
    data = json.loads(result.output)
    assert data["entries"] >= 450 and data["by_label"]["Program"] > 0


def test_cli_kb_check_bad_dir_lists_every_problem(tmp_path):
    write(tmp_path, "- id: Bad Id\n  name: X\n  label: Person\n  colour: red\n")
    result = CliRunner().invoke(cli.cli, ["kb", "check", "--kb-dir", str(tmp_path)])
    assert result.exit_code == 1
    lines = result.output.splitlines()
    assert lines[:3] == [
        "orgs.yaml:1: id 'Bad Id' is not a slug: use 'bad-id'",
        "orgs.yaml:3: label 'Person' is not allowed in the KB: list organizations only",
        "orgs.yaml:4: unknown key 'colour': use only id, name, label, country, aliases, actor_aliases, ambiguous, event",
    ]
