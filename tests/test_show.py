"""`aipg show`, graph.dossier and graph.lookup: a dossier per organization, found the way a user types it.

Exact output on a hand-built store (tests/conftest.py's three articles); the
issue's own checks on the example corpus (`aipg show "mistral"`, `aipg show It`).
"""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from aipg.cli import cli
from aipg.graph.dossier import dossier, to_markdown
from aipg.graph.errors import UnknownEntity
from aipg.graph.lookup import Index, fold, resolve
from aipg.graph.mirror import to_networkx
from aipg.graph.model import Edge, Entity, Graph


def run(*args: str):
    return CliRunner().invoke(cli, list(args), prog_name="aipg")


# --------------------------------------------------------------------------- lookup
@pytest.fixture
def g():
    def e(id_, name, label="Company", *aliases):
        return Entity(id_, name, label, aliases)

    return to_networkx(Graph((
        e("mistral-ai", "Mistral AI"), e("sony", "Sony"), e("agence-france-presse", "Agence France-Presse", "Organization", "AFP"),
        e("ai-alliance", "AI Alliance", "Program", "the AI Alliance"), e("ai-safety-fund", "AI Safety Fund", "Program"),
        e("government-of-italy", "Government of Italy", "Government", "Italie"), e("openai", "OpenAI"),
        e("universite-paris-saclay", "Université Paris-Saclay", "University"),
    ), ()))


@pytest.mark.parametrize("typed, expected", [
    ("mistral-ai", "mistral-ai"),  # the id
    ("MISTRAL ai", "mistral-ai"),  # case
    ("universite paris saclay", "universite-paris-saclay"),  # accents and punctuation
    ("Mistral AI SAS", "mistral-ai"),  # a legal form
    ("Sony Group Corp.", "sony"),  # two of them
    ("l'AFP", "agence-france-presse"),  # an article before an alias
    ("mistral", "mistral-ai"),  # the start of a name
    ("Mistrall AI", "mistral-ai"),  # a close spelling
    ("Open AI", "openai"),
])
def test_lookup_tiers(g, typed, expected):
    assert resolve(g, typed) == expected


def test_lookup_says_which_entities_a_short_name_could_be(g):
    with pytest.raises(UnknownEntity) as err:
        resolve(g, "AI")
    assert str(err.value) == ('"AI" names 2 entities: AI Alliance (ai-alliance), AI Safety Fund (ai-safety-fund); '
                              "give the id instead")


def test_lookup_of_a_pronoun_finds_nothing(g):
    with pytest.raises(UnknownEntity) as err:
        resolve(g, "It")  # not the start of "Italie", not a close spelling of anything
    assert str(err.value) == 'no entity named "It": check the spelling, or list names with `aipg centrality`'


def test_fold_and_index_from_entities():
    assert fold("The Walt Disney Company") == "walt disney"
    assert fold("Holding") == "holding"  # a name that is only a legal form stays itself
    index = Index.of([Entity("sony", "Sony", "Company", ("Sony",))])
    assert index.resolve("Sony Group") == "sony"


# --------------------------------------------------------------------------- the dossier
def test_dossier_from_a_store_has_every_relation_with_its_articles(sample_store_path):
    from aipg.graph.config import Settings
    from aipg.graph.stores import open_store

    with open_store(Settings(store=sample_store_path), read_only=True) as st:
        d = dossier(st, "Acme Robotics Ltd")
    assert (d.id, d.label, d.country) == ("acme-robotics", "Company", "FR")
    assert [(r.role, r.other, r.documents) for r in d.relations] == [
        ("funds", "gaia-initiative", 2), ("partners with", "borealis-university", 2),
        ("signed an agreement with", "ministry-of-examples", 1), ("member of", "gaia-initiative", 1)]
    funds = d.relations[0]
    assert [(s.document, s.status, s.url) for s in funds.sentences] == [
        ("d1", "stated", "https://example.org/d1"), ("d2", "potential", "https://example.org/d2")]
    assert d.to_dict()["relations"][0]["sentences"][1]["title"] == "Test article d2"


def test_dossier_from_the_mirror_alone_keeps_the_sentences():
    g = to_networkx(Graph((Entity("a", "A", "Company"), Entity("b", "B", "Company")),
                          (Edge("a", "PARTNERS_WITH", "b", 1, ("d",), ("A and B team up.",), "potential", 0.5),)))
    d = dossier(g, "b")
    assert [(r.role, r.direction, r.status) for r in d.relations] == [("partners with", "mutual", "potential")]
    assert [(s.text, s.document) for s in d.relations[0].sentences] == [("A and B team up.", None)]


def test_markdown_shows_document_text_and_never_runs_it():
    g = to_networkx(Graph((Entity("a", "A <b>Corp</b>", "Company"), Entity("p", "P|Q", "Program")),
                          (Edge("a", "MEMBER_OF", "p", 1, ("d",), ("A <script>x()</script> joins *P*.",),
                                "stated", 0.9),)))
    text = to_markdown(dossier(g, "a"))
    assert "<script>" not in text and "<b>" not in text
    assert "# A &lt;b&gt;Corp&lt;/b&gt;" in text
    assert "| P\\|Q | Program | stated |  |  | 1 |" in text
    assert "\u201cA &lt;script&gt;x()&lt;/script&gt; joins \\*P\\*.\u201d" in text


# --------------------------------------------------------------------------- the command, exact output
ACME = """\
Acme Robotics (acme-robotics)
Company, FR; 4 relations
aliases: Acme Robotics, Acme Robotics Ltd, Acme

funds (1)
  Gaia Initiative (Program): stated, 5 millions d'euros, 2024-03-01 to 2024-06-01, 2 documents
    "Acme Robotics Ltd will fund the Gaia Initiative with 2 million euros."
      Test article d1, 2024-03-01, https://example.org/d1
    "Acme pourrait investir 5 millions d'euros dans Gaia." (potential)
      Test article d2, 2024-06-01, https://example.org/d2

partners with (1)
  Borealis University (University): stated, 2024-03-01 to 2024-06-01, 2 documents
    "Acme Robotics and Borealis University announce a partnership."
      Test article d1, 2024-03-01, https://example.org/d1
    "L'Université Borealis s'associe à Acme." (potential)
      Test article d2, 2024-06-01, https://example.org/d2

signed an agreement with (1)
  Ministry of Examples (Government): stated, 2024-09-15, 1 document
    "The Ministry of Examples signed a memorandum of understanding with Acme Robotics."
      Test article d3, 2024-09-15, https://example.org/d3

member of (1)
  Gaia Initiative (Program): stated, 2024-03-01, 1 document
    "Acme Robotics joins the Gaia Initiative."
      Test article d1, 2024-03-01, https://example.org/d1
"""


def test_show_prints_the_dossier(sample_store_path):
    r = run("show", "acme", "--store", sample_store_path)
    assert r.exit_code == 0, r.output
    assert r.stdout == ACME
    assert r.stderr == ""


def test_show_formats(sample_store_path):
    r = run("show", "Gaia", "--store", sample_store_path, "--format", "json")
    assert r.exit_code == 0, r.output
    data = json.loads(r.stdout)
    assert [(x["role"], x["other"]) for x in data["relations"]] == [
        ("funded by", "acme-robotics"), ("members", "acme-robotics"), ("members", "borealis-university"),
        ("founded by", "ministry-of-examples")]
    r = run("show", "Borealis", "--store", sample_store_path, "--format", "csv")
    assert r.stdout.splitlines()[0].startswith("role,type,other,other_name,")
    assert len(r.stdout.splitlines()) == 1 + 3  # one row per sentence
    r = run("show", "ministry", "--store", sample_store_path, "--format", "markdown")
    assert r.stdout.splitlines()[:3] == ["# Ministry of Examples", "", "- id: `ministry-of-examples`"]
    assert "## Founded" in r.stdout and "| Gaia Initiative | Program | stated |  | 2023 | 1 |" in r.stdout


def test_show_unknown_and_ambiguous_names_exit_2(sample_store_path):
    r = run("show", "Acme Rowboats Inc", "--store", sample_store_path)
    assert r.exit_code == 2
    assert r.stderr == 'aipg: no entity named "Acme Rowboats Inc": did you mean Acme Robotics (acme-robotics)?\n'
    r = run("show", "acme", "--store", sample_store_path + ".missing")
    assert r.exit_code == 1 and r.stderr.startswith("aipg: no store at ")


# --------------------------------------------------------------------------- the checks, on the example corpus
def test_show_mistral_on_the_examples(example_store):
    r = run("show", "mistral", "--store", example_store)
    assert r.exit_code == 0, r.output
    lines = r.stdout.splitlines()
    assert lines[0] == "Mistral AI (mistral-ai)"
    funders = lines[lines.index("funded by (9)") + 1:]
    # the €385 million round it led is the round's total, shared with others: not its own amount
    assert funders[0].startswith("  Andreessen Horowitz (Company): stated, 2023")
    assert "385 millions" not in funders[0]
    assert any(l.startswith('    "Microsoft a annoncé le 26 février 2024 un partenariat pluriannuel avec Mistral AI')
               for l in lines[lines.index("partners with (3)"):])
    assert "  Agence France-Presse (Organization): stated, 2025-01-16, 1 document" in lines
    assert "      ASML devient le premier actionnaire de Mistral AI, 2025-09-09, " \
           "https://example.org/illustrative/fr-mistral-asml-serie-c" in lines


def test_show_it_finds_nothing_on_the_examples(example_store):
    r = run("show", "It", "--store", example_store)
    assert r.exit_code == 2
    assert r.stdout == ""
    assert r.stderr == 'aipg: no entity named "It": check the spelling, or list names with `aipg centrality`\n'


def test_named_query_parameters_resolve_like_show(example_store):
    r = run("query", "shortest-path", "--param", "source=Sony Group", "--param", "target=university of tokyo",
            "--store", example_store, "--format", "json")
    assert r.exit_code == 0, r.output
    assert json.loads(r.stdout) == [{"hops": 2, "path": ["Sony", "AI Alliance", "University of Tokyo"],
                                     "relations": ["MEMBER_OF", "MEMBER_OF"]}]
    r = run("query", "organization-partners", "--param", "organization=mistral", "--store", example_store,
            "--format", "csv")
    assert [l.split(",")[2] for l in r.stdout.splitlines()[1:]] == ["ASML", "Agence France-Presse", "Microsoft", "Nvidia"]
    r = run("query", "program-members", "--param", "program=Alliance for Nothing", "--store", example_store)
    assert r.exit_code == 2 and r.stderr.startswith('aipg: no entity named "Alliance for Nothing"')


def test_every_dossier_at_once_matches_one_by_one(sample_store_path):
    from aipg.graph.config import Settings
    from aipg.graph.dossier import dossiers
    from aipg.graph.mirror import mirror
    from aipg.graph.stores import open_store

    with open_store(Settings(store=sample_store_path), read_only=True) as st:
        g, claims, docs = mirror(st), st.claims(), st.documents()
        one = dossier(st, "gaia-initiative")
    everything = dossiers(g, claims=claims, documents=docs)
    assert sorted(everything) == sorted(g)
    assert everything["gaia-initiative"] == one
    assert len(everything["ministry-of-examples"].relations) == 2


def test_text_from_documents_cannot_drive_the_terminal(capsys):
    from aipg.cli import render
    from aipg.graph.dossier import to_text

    g = to_networkx(Graph((Entity("a", "A\x1b[2J", "Company"), Entity("p", "P", "Program")),
                          (Edge("a", "MEMBER_OF", "p", 1, ("d",), ("A joins\x07 P.\x1b[31m",), "stated", 0.9),)))
    text = to_text(dossier(g, "a"))
    assert "\x1b" not in text and "\x07" not in text
    assert text.splitlines()[0] == "A\\x1b[2J (a)"
    assert '    "A joins\\x07 P.\\x1b[31m"' in text.splitlines()
    render(["name", "evidence"], [("A\x1b[2J", "line one\nline two\x1b[0m")])
    assert capsys.readouterr().out.splitlines()[2] == "A\\x1b[2J  line one line two\\x1b[0m"
