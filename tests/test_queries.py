"""The named query library: headers parse, every query runs on the embedded store and
returns the rows worked out by hand for a small graph written here, and `aipg query`
runs them from the command line."""

from __future__ import annotations

import json
import re

import pytest
from click.testing import CliRunner

from aipg.cli import cli
from conftest import build_extraction, entity
from aipg import cypher
from aipg.graph import queries
from aipg.graph.errors import AipgError
from aipg.graph.lookup import Index
from aipg.graph.config import Settings
from aipg.graph.errors import ReadOnlyViolation, UsageError
from aipg.graph.stores import open_store

# --------------------------------------------------------------------------- a small world, in our own words
IBM = entity("Company", "IBM", "IBM", country="US")
META = entity("Company", "Meta", "Meta", country="US")
SONY = entity("Company", "Sony Group", "Sony Group", "Sony", country="JP")
DELL = entity("Company", "Dell Technologies", "Dell Technologies", country="US")
OPENAI = entity("Company", "OpenAI", "OpenAI", country="US")
MICROSOFT = entity("Company", "Microsoft", "Microsoft", country="US")
CORNELL = entity("University", "Cornell University", "Cornell University", country="US")
YALE = entity("University", "Yale University", "Yale University", country="US")
KEIO = entity("University", "Keio University", "Keio University", country="JP")
TOKYO = entity("University", "University of Tokyo", "University of Tokyo", country="JP")
UAE = entity("Government", "Government of the United Arab Emirates", "United Arab Emirates", country="AE")
UK = entity("Government", "UK Government", "UK Government", country="GB")
ALLIANCE = entity("Program", "AI Alliance", "AI Alliance")
OFC = entity("Program", "OpenAI for Countries", "OpenAI for Countries")

MOU_2019 = "IBM et l'Université Keio ont signé un protocole d'accord en 2019."
MOU_2024 = "IBM and Keio University signed a new memorandum of understanding in 2024."


def alliance_corpus():
    """Four articles: the AI Alliance's founding, an MOU renewed, OpenAI's own program."""
    a1 = build_extraction(
        "a1",
        [
            "IBM and Meta launched the AI Alliance.",
            "IBM, Meta, Sony Group and Dell Technologies are among its founding members.",
            "Cornell University and Yale University also joined the alliance.",
            "OpenAI is not among the members of the AI Alliance.",
        ],
        [IBM, META, SONY, DELL, CORNELL, YALE, OPENAI, ALLIANCE],
        [
            (0, "FOUNDED", IBM.id, ALLIANCE.id),
            (0, "FOUNDED", META.id, ALLIANCE.id),
            *[(1, "MEMBER_OF", e.id, ALLIANCE.id) for e in (IBM, META, SONY, DELL)],
            *[(2, "MEMBER_OF", e.id, ALLIANCE.id) for e in (CORNELL, YALE)],
            (3, "EXCLUDED_FROM", OPENAI.id, ALLIANCE.id, {"confidence": 0.85}),
        ],
        published="2023-12-05",
    )
    a2 = build_extraction(
        "a2",
        [
            MOU_2019,
            "Meta financera l'Alliance à hauteur de 10 millions de dollars.",
        ],
        [
            entity("Company", "IBM", "IBM", country="US"),
            entity("University", "Keio University", "l'Université Keio", country="JP"),
            entity("Company", "Meta", "Meta"),
            entity("Program", "AI Alliance", "l'Alliance"),
        ],
        [
            (0, "SIGNS_MOU_WITH", IBM.id, KEIO.id, {"date": "2019"}),
            (1, "FUNDS", META.id, ALLIANCE.id,
             {"amount": 10_000_000.0, "currency": "USD", "amount_text": "10 millions de dollars"}),
        ],  # fmt: skip
        published="2024-02-01",
        language="fr",
    )
    a3 = build_extraction(
        "a3",
        [
            MOU_2024,
            "IBM also partners with the University of Tokyo.",
            "Sony Group and Keio University announced a research collaboration.",
        ],
        [IBM, KEIO, TOKYO, SONY],
        [
            (0, "SIGNS_MOU_WITH", KEIO.id, IBM.id, {"date": "2024"}),
            (1, "PARTNERS_WITH", IBM.id, TOKYO.id, {"status": "potential", "confidence": 0.7}),
            (2, "PARTNERS_WITH", SONY.id, KEIO.id),
        ],
        published="2024-06-10",
    )
    a4 = build_extraction(
        "a4",
        [
            "OpenAI launched OpenAI for Countries.",
            "The United Arab Emirates became the first country to join OpenAI for Countries.",
            "The UK Government signed a memorandum of understanding with OpenAI.",
            "Microsoft invested 10 billion dollars in OpenAI.",
        ],
        [OPENAI, OFC, UAE, UK, MICROSOFT],
        [
            (0, "FOUNDED", OPENAI.id, OFC.id),
            (1, "MEMBER_OF", UAE.id, OFC.id),
            (2, "SIGNS_MOU_WITH", UK.id, OPENAI.id),
            (3, "FUNDS", MICROSOFT.id, OPENAI.id,
             {"amount": 10_000_000_000.0, "currency": "USD", "amount_text": "10 billion dollars"}),
        ],  # fmt: skip
        published="2025-01-20",
    )
    return [a1, a2, a3, a4]


ALLIANCE_MEMBERS = [
        ("AI Alliance", "Cornell University", "University", "stated", 1),
        ("AI Alliance", "Dell Technologies", "Company", "stated", 1),
        ("AI Alliance", "IBM", "Company", "stated", 1),
        ("AI Alliance", "Meta", "Company", "stated", 1),
        ("AI Alliance", "Sony Group", "Company", "stated", 1),
        ("AI Alliance", "Yale University", "University", "stated", 1),
]

#: (query name, parameters) -> the rows worked out by hand from the four articles above.
EXPECTED: list[tuple[str, dict, list[tuple]]] = [
    ("program-members", {"program": "AI Alliance"}, ALLIANCE_MEMBERS),
    ("program-members", {"program": "L'ALLIANCE"}, ALLIANCE_MEMBERS),  # an alias from the French article, any case
    ("funding", {}, [
        ("Meta", "AI Alliance", 10_000_000.0, "USD", "10 millions de dollars", "stated", 1, "2024-02-01"),
        ("Microsoft", "OpenAI", 10_000_000_000.0, "USD", "10 billion dollars", "stated", 1, "2025-01-20"),
    ]),
    ("organization-partners", {"organization": "ibm"}, [
        ("IBM", "SIGNS_MOU_WITH", "Keio University", "stated", 2, "2019", "2024"),
        ("IBM", "PARTNERS_WITH", "University of Tokyo", "potential", 1, "2024-06-10", "2024-06-10"),
    ]),
    ("organization-partners", {"organization": "Keio University"}, [
        ("Keio University", "SIGNS_MOU_WITH", "IBM", "stated", 2, "2019", "2024"),
        ("Keio University", "PARTNERS_WITH", "Sony Group", "stated", 1, "2024-06-10", "2024-06-10"),
    ]),
    ("mous-by-year", {}, [
        ("2019", "IBM", "Keio University", "a2", MOU_2019),
        ("2024", "IBM", "Keio University", "a3", MOU_2024),
        ("2025", "OpenAI", "UK Government", "a4", "The UK Government signed a memorandum of understanding with OpenAI."),
    ]),
    ("exclusions", {}, [
        ("OpenAI", "AI Alliance", "stated", 1, ["OpenAI is not among the members of the AI Alliance."]),
    ]),
    ("programs-by-members", {}, [("AI Alliance", 6), ("OpenAI for Countries", 1)]),
    ("universities-by-company-partners", {}, [("Keio University", 2), ("University of Tokyo", 1)]),
    ("edge-evidence", {"source": "Keio University", "type": "signs_mou_with", "target": "IBM"}, [
        ("IBM", "SIGNS_MOU_WITH", "Keio University", "stated", 0.9, MOU_2019, "a2", "Test article a2", "2024-02-01"),
        ("IBM", "SIGNS_MOU_WITH", "Keio University", "stated", 0.9, MOU_2024, "a3", "Test article a3", "2024-06-10"),
    ]),
    ("edge-evidence", {"source": "OpenAI", "type": "EXCLUDED_FROM", "target": "AI Alliance"}, [
        ("OpenAI", "EXCLUDED_FROM", "AI Alliance", "stated", 0.85,
         "OpenAI is not among the members of the AI Alliance.", "a1", "Test article a1", "2023-12-05"),
    ]),  # fmt: skip
    ("edge-evidence", {"source": "AI Alliance", "type": "EXCLUDED_FROM", "target": "OpenAI"}, []),  # directed
    ("shortest-path", {"source": "United Arab Emirates", "target": "Microsoft"}, [
        (3, ["Government of the United Arab Emirates", "OpenAI for Countries", "OpenAI", "Microsoft"],
         ["MEMBER_OF", "FOUNDED", "FUNDS"]),
    ]),
    ("shortest-path", {"source": "Cornell University", "target": "OpenAI"}, []),  # only an exclusion links them
    ("organizations-by-country", {"country": "jp"}, [
        ("Keio University", "University", "JP"),
        ("Sony Group", "Company", "JP"),
        ("University of Tokyo", "University", "JP"),
    ]),
    ("organization-timeline", {"organization": "IBM"}, [
        ("2019", "a2", "IBM", "SIGNS_MOU_WITH", "Keio University", "stated", MOU_2019),
        ("2023-12-05", "a1", "IBM", "FOUNDED", "AI Alliance", "stated", "IBM and Meta launched the AI Alliance."),
        ("2023-12-05", "a1", "IBM", "MEMBER_OF", "AI Alliance", "stated",
         "IBM, Meta, Sony Group and Dell Technologies are among its founding members."),
        ("2024", "a3", "IBM", "SIGNS_MOU_WITH", "Keio University", "stated", MOU_2024),
        ("2024-06-10", "a3", "IBM", "PARTNERS_WITH", "University of Tokyo", "potential",
         "IBM also partners with the University of Tokyo."),
    ]),  # fmt: skip
    ("co-members", {"organization": "Sony"}, [
        ("Sony Group", "Cornell University", 1),
        ("Sony Group", "Dell Technologies", 1),
        ("Sony Group", "IBM", 1),
        ("Sony Group", "Meta", 1),
        ("Sony Group", "Yale University", 1),
    ]),
    ("founders", {}, [
        ("AI Alliance", "IBM", "Company", "2023-12-05"),
        ("AI Alliance", "Meta", "Company", "2023-12-05"),
        ("OpenAI for Countries", "OpenAI", "Company", "2025-01-20"),
    ]),
    ("document-mentions", {}, None),  # checked in test_document_mentions
]


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    """An embedded store holding the four articles (built once for the module)."""
    path = tmp_path_factory.mktemp("world") / "world.lbug"
    with open_store(Settings(store=str(path))) as st:
        for ex in alliance_corpus():
            st.ingest(ex)
    return path


@pytest.fixture
def world_store(world):
    with open_store(Settings(store=str(world)), read_only=True) as st:
        yield st


# --------------------------------------------------------------------------- the library itself
def test_library_has_the_queries_an_analyst_needs():
    names = {q.name for q in queries.library()}
    assert len(names) >= 12
    assert names >= {name for name, _, _ in EXPECTED}
    for q in queries.library():
        assert q.answers.endswith("?"), q.name
        assert set(q.texts) == {"ladybug", "neo4j"}, q.name
        used = queries.parameters_used(q.texts["neo4j"]) | queries.parameters_used(q.texts["ladybug"])
        assert used == {p.name for p in q.parameters}, q.name  # the header declares exactly what is used
        assert all(p.description and p.example for p in q.parameters), q.name
        if q.texts["ladybug"] != q.texts["neo4j"]:
            assert q.dialect_note, f"{q.name}: per-dialect texts need a header saying why"


def test_every_named_query_is_tested_here():
    assert {q.name for q in queries.library()} == {name for name, _, _ in EXPECTED}


def test_header_parsing():
    q = queries.parse_header(
        "// answers: Who?\n// param program: the program's name or alias (example: AI Alliance)\n"
        "// dialects: differs because.\nMATCH (n) RETURN n"
    )
    assert q == {
        "answers": "Who?",
        "parameters": [("program", "the program's name or alias", "AI Alliance")],
        "dialects": "differs because.",
    }


@pytest.mark.parametrize("raw, value", [("3", 3), ("-2", -2), ("0.5", 0.5), ("1e3", 1000.0), ("IBM", "IBM"),
                                        ("", ""), ("a=b", "a=b"), ("nan", "nan"), ("07", 7)])  # fmt: skip
def test_param_values_try_int_then_float(raw, value):
    assert queries.parse_params([f"k={raw}"]) == {"k": value}


def test_param_without_equals_is_a_usage_error():
    with pytest.raises(UsageError, match="--param name=value"):
        queries.parse_params(["program"])


def test_missing_parameter_names_it():
    with pytest.raises(UsageError) as e:
        queries.check("edge-evidence", {"source": "IBM"})
    assert str(e.value) == (
        "query edge-evidence needs parameter type: add --param type=value "
        "(e.g. --param type=SIGNS_MOU_WITH); it also needs target"
    )


# --------------------------------------------------------------------------- rows on the embedded store
@pytest.mark.parametrize("name, params, rows", [e for e in EXPECTED if e[2] is not None],
                         ids=[f"{n}-{i}" for i, (n, _, r) in enumerate(EXPECTED) if r is not None])  # fmt: skip
def test_named_query_rows(world_store, name, params, rows):
    result = queries.run(world_store, name, params)
    assert [tuple(r) for r in result.rows] == rows


def test_named_query_columns(world_store):
    result = queries.run(world_store, "funding", {})
    assert result.columns == (
        "funder", "recipient", "amount", "currency", "amount_text", "status", "documents", "last_seen",
    )  # fmt: skip


def test_document_mentions(world_store):
    rows = queries.run(world_store, "document-mentions", {}).rows
    assert ("a2", "keio-university", 1, ["l'Université Keio"]) in rows
    assert ("a3", "keio-university", 2, ["Keio University"]) in rows
    assert len(rows) == 8 + 4 + 4 + 5
    assert list(rows) == sorted(rows, key=lambda r: (r[0], r[1]))


def test_raw_cypher_runs_and_write_is_refused(world_store):
    assert queries.run(world_store, "MATCH (p:Program) RETURN p.name AS name ORDER BY name", {}).rows == (
        ("AI Alliance",), ("OpenAI for Countries",),
    )  # fmt: skip
    with pytest.raises(ReadOnlyViolation):
        queries.run(world_store, "MATCH (n) DETACH DELETE n", {})


# --------------------------------------------------------------------------- anchored = matched by name
ORG_LABELS = {"Company", "University", "Government", "Program", "Organization"}
ANCHOR = re.compile(r"MATCH \((\w+):([\w|:]+)\)\nWHERE \1\.id IN \$(\w+)\n")


def by_name(text: str) -> str:
    """A named query as it was before it was anchored: each anchor matched by name or alias, any case,
    in the statement itself (on any node where the anchor took the five organization labels)."""
    lowered = []

    def swap(m: re.Match) -> str:
        var, labels, param = m.groups()
        lowered.append(f"toLower(${param}) AS w_{param}")
        node = var if set(re.split(r"[|:]", labels)) == ORG_LABELS else f"{var}:{labels}"
        return (f"MATCH ({node})\nWHERE toLower({var}.name) = w_{param} "
                f"OR any(alias IN {var}.aliases WHERE toLower(alias) = w_{param})\n")

    (body,) = cypher.statements(text)
    body = ANCHOR.sub(swap, body)
    assert lowered, "no anchor found: the query's anchored MATCH changed shape"
    if body.startswith("WITH "):
        return "WITH " + ", ".join(lowered) + ", " + body[len("WITH "):]
    return "WITH " + ", ".join(lowered) + "\n" + body


def answer(run):
    """The rows as a multiset (rows that tie on the ORDER BY may come in any order), or the error."""
    try:
        return sorted(map(repr, run().rows))
    except AipgError as e:
        return type(e).__name__, str(e)


def old_answer(store, index, q, params):
    """What the query answered before: names resolved over an Index of every entity, then by name."""

    def run():
        values = {p.name: index.names[index.resolve(params[p.name])] if p.names_entity else params[p.name]
                  for p in q.parameters}
        return store.query(by_name(q.text(store.dialect)), values)
    return answer(run)


def spread(items: list, n: int) -> list:
    """``n`` of ``items`` spread evenly over the list (all of them if fewer)."""
    return items if len(items) <= n else [items[i * len(items) // n] for i in range(n)]


def typed_forms(store) -> list[str]:
    """What a user may type for some entities: id, name, aliases, in capitals, misspelt, cut short."""
    out = []
    # (and one program with members, whatever the sample holds, so that program-members answers rows)
    joined = sorted({c.target for c in store.claims() if c.type == "MEMBER_OF"})[:1]
    for e in spread(store.entities(), 16) + [e for e in store.entities() if e.id in joined]:
        out += [e.id, e.name, e.name.upper(), *e.aliases, e.name[:-1], e.name.split()[0]]
    return sorted(set(out)) + ["no such organization"]


def anchored_cases(store):
    forms = typed_forms(store)
    claims = store.claims()
    ends = sorted({c.source for c in claims} | {c.target for c in claims})
    for q in queries.library():
        if not q.anchors:
            continue
        names = [p.name for p in q.parameters]
        if names in (["organization"], ["program"]):
            yield from ((q, {names[0]: f}) for f in forms)
        elif set(names) == {"source", "type", "target"}:
            for c in spread(claims, 16):
                yield q, {"source": c.source, "type": c.type.lower(), "target": c.target}
                yield q, {"source": c.target, "type": c.type, "target": c.source}
        else:
            yield from ((q, {"source": a, "target": b}) for a in spread(ends, 6) for b in spread(ends[::-1], 6))


@pytest.fixture(scope="module")
def shared_name_store(tmp_path_factory):
    """Two entities answer to one name: the anchors hold both ids, as matching by name found both."""
    path = tmp_path_factory.mktemp("shared") / "shared.lbug"
    meta_fund = entity("Organization", "Meta Foundation", "Meta Foundation", "Meta")
    ex = build_extraction(
        "s1", ["Meta joined the AI Alliance.", "The Meta Foundation joined it too.", "Meta partners with IBM."],
        [META, meta_fund, ALLIANCE, IBM],
        [(0, "MEMBER_OF", META.id, ALLIANCE.id), (1, "MEMBER_OF", meta_fund.id, ALLIANCE.id),
         (2, "PARTNERS_WITH", IBM.id, META.id)],
    )  # fmt: skip
    with open_store(Settings(store=str(path))) as st:
        st.ingest(ex)
    return path


@pytest.mark.parametrize("which", ["world", "example_store", "shared_name_store"])
def test_anchored_queries_answer_as_matched_by_name(which, request):
    """Every anchored query gives the rows (or the error) its by-name form gives, for every way of
    typing every entity of three stores: the hand-made world, the examples built by `aipg build`, and
    one where two entities answer to one name."""
    with open_store(Settings(store=str(request.getfixturevalue(which))), read_only=True) as st:
        cases, index = list(anchored_cases(st)), Index.of(st.entities())
        assert len({q.name for q, _ in cases}) == len([q for q in queries.library() if q.anchors]) >= 6
        answers = [(q.name, params, answer(lambda: queries.run(st, q.name, params))) for q, params in cases]
        differ = [(name, params) for (name, params, new), (q, _) in zip(answers, cases)
                  if new != old_answer(st, index, q, params)]
        assert not differ, differ[:5]
        with_rows = {name for name, _, new in answers if new and not isinstance(new, tuple)}
        assert with_rows == {q.name for q, _ in cases}  # not only empty answers or errors compared


def test_shared_name_anchors_every_entity_so_named(shared_name_store):
    with open_store(Settings(store=str(shared_name_store)), read_only=True) as st:
        rows = queries.run(st, "co-members", {"organization": "meta"}).rows  # the id: tier 1 finds Meta
        assert {r[0] for r in rows} == {"Meta", "Meta Foundation"}


# --------------------------------------------------------------------------- the command
def invoke(*args: str):
    return CliRunner().invoke(cli, list(args))


def test_cli_list():
    r = invoke("query", "--list", "--format", "json")
    assert r.exit_code == 0, r.output
    listed = {row["name"]: row for row in json.loads(r.output)}
    assert listed["program-members"]["parameters"] == "program"
    assert listed["edge-evidence"]["parameters"] == "source, type, target"
    assert listed["funding"]["answers"].startswith("Who funds whom")


def test_cli_named_query_csv(world):
    r = invoke("query", "program-members", "--param", "program=ai alliance", "--store", str(world), "--format", "csv")
    assert r.exit_code == 0, r.output
    lines = r.output.splitlines()
    assert lines[0] == "program,member,kind,status,documents"
    assert lines[1:] == [
        f"AI Alliance,{m},{k},stated,1"
        for m, k in [("Cornell University", "University"), ("Dell Technologies", "Company"), ("IBM", "Company"),
                     ("Meta", "Company"), ("Sony Group", "Company"), ("Yale University", "University")]
    ]  # fmt: skip


def test_cli_raw_query_with_int_param(world):
    r = invoke("query", "MATCH (m)-[r:MEMBER_OF]->(p:Program) WITH p, count(m) AS n WHERE n >= $least "
               "RETURN p.name AS program, n", "--param", "least=2", "--store", str(world), "--format", "json")  # fmt: skip
    assert r.exit_code == 0, r.output
    assert json.loads(r.output) == [{"program": "AI Alliance", "n": 6}]


def test_cli_missing_parameter_is_usage_error(world):
    r = invoke("query", "program-members", "--store", str(world))
    assert r.exit_code == 2
    assert r.output.strip() == (
        "aipg: query program-members needs parameter program: add --param program=value (e.g. --param program=AI Alliance)"
    )


def test_cli_write_is_refused(world):
    r = invoke("query", "MATCH (n) DETACH DELETE n", "--store", str(world))
    assert r.exit_code == 2
    assert "write clause DETACH DELETE is not allowed" in r.output


def test_cli_missing_store(tmp_path):
    missing = tmp_path / "nothing.lbug"
    r = invoke("query", "funding", "--store", str(missing))
    assert r.exit_code == 1
    assert r.output.strip() == f"aipg: no store at {missing}: build one with `aipg build examples/corpus`"
    assert not missing.exists()


def test_cli_needs_a_query():
    r = invoke("query")
    assert r.exit_code == 2
    assert "aipg query --list" in r.output


# --------------------------------------------------------------------------- a row limit, cut by the store
@pytest.mark.parametrize("limit", [1, 2, 5])
def test_limit_gives_the_first_rows_of_every_named_query(world_store, limit):
    for name, params, _ in EXPECTED:
        every = queries.run(world_store, name, params)
        first = queries.run(world_store, name, params, limit=limit)
        assert first.columns == every.columns, name
        assert first.rows == every.rows[:limit], name  # the same order: the first rows, not any rows
        assert first.cut == (len(every.rows) > limit), name
        assert not every.cut


def test_limited_statement_ends_with_the_limit_parameter():
    for q in queries.library():
        for dialect in queries.DIALECTS:
            text = q.first(dialect)
            assert cypher.statements(text)[-1].endswith("LIMIT $limit"), (q.name, dialect)
            assert queries.parameters_used(text) - queries.RESERVED == {p.name for p in q.parameters}, q.name


def test_document_mentions_window_widens_past_documents_without_mentions(tmp_path):
    """The first-rows form of document-mentions reads the first documents only: when they mention
    nothing, the window widens until the rows are the listing's first ones."""
    path = tmp_path / "quiet.lbug"
    with open_store(Settings(store=str(path))) as st:
        for ex in alliance_corpus():
            st.ingest(ex)
        for i in range(6):  # sort before every article of the world, and mention no entity
            st.ingest(build_extraction(f"a0-quiet-{i}", ["Nothing to report today."], [], []))
    with open_store(Settings(store=str(path)), read_only=True) as st:
        every = queries.run(st, "document-mentions", {})
        assert every.rows[0][0] == "a1"
        for limit in (1, 2, 3, len(every.rows) - 1, len(every.rows), len(every.rows) + 1):
            first = queries.run(st, "document-mentions", {}, limit=limit)
            assert first.rows == every.rows[:limit], limit
            assert first.cut == (limit < len(every.rows)), limit


def test_mous_by_year_first_rows_are_the_full_statements(tmp_path):
    """mous-by-year's first-rows form (the years counted, then the rows of the first years from their
    articles and the other documents holding claims dated in them) gives the full statement's first
    rows for every limit: years from the claim's date or else the article's (m1 of 2021 holds a claim
    of 2019, the undated m3 one of 2018), undated claims last, several claims per article, two parties
    sharing one name."""
    from aipg.graph.model import Entity

    lab = Entity("acme-labs", "Acme Labs", "Company", ("Acme Labs",), "US")
    lab_uni = Entity("acme-labs-university", "Acme Labs", "University", ("Acme Labs",), "FR")
    parties = [IBM, KEIO, TOKYO, UK, lab, lab_uni]
    mou = "SIGNS_MOU_WITH"
    articles = [
        ("m1", "2021-03-01", [(0, mou, IBM.id, KEIO.id), (1, mou, lab.id, TOKYO.id, {"date": "2019-05"}),
                              (2, mou, lab_uni.id, TOKYO.id), (2, mou, IBM.id, TOKYO.id)]),
        ("m2", "2019-11-20", [(0, mou, lab_uni.id, KEIO.id), (1, mou, lab.id, KEIO.id), (2, mou, UK.id, IBM.id)]),
        ("m3", None, [(0, mou, KEIO.id, TOKYO.id), (1, mou, IBM.id, UK.id, {"date": "2018"})]),
        ("m0", "2021-01-05", [(1, mou, IBM.id, KEIO.id), (0, mou, lab.id, UK.id)]),
    ]
    path = tmp_path / "mous.lbug"
    with open_store(Settings(store=str(path))) as st:
        for doc, published, claims in articles:
            sentences = [f"Sentence {i} of {doc}: a memorandum of understanding was signed." for i in range(3)]
            st.ingest(build_extraction(doc, sentences, parties, claims, published=published))
    q = queries.get("mous-by-year")
    assert q.firsts is not None  # the form under test, not the full text cut by LIMIT
    with open_store(Settings(store=str(path)), read_only=True) as st:
        every = st.query(q.text(st.dialect)).rows
        assert [r[0] for r in every] == ["2018"] + ["2019"] * 4 + ["2021"] * 5 + ["undated"]
        assert [r[1] for r in every[1:4]] == ["Acme Labs"] * 3  # two entities so named: ties on the name
        for limit in range(1, len(every) + 2):
            first = queries.run(st, "mous-by-year", {}, limit=limit)
            assert first.columns == ("year", "party_a", "party_b", "document", "evidence")
            assert first.rows == every[:limit], limit
            assert first.cut == (limit < len(every)), limit


def test_raw_statement_limit_and_bad_limits(world_store):
    text = "MATCH (p:Program) RETURN p.name AS name ORDER BY name"
    first = queries.run(world_store, text, {}, limit=1)
    assert first.rows == (("AI Alliance",),) and first.cut
    assert queries.run(world_store, text, {}, limit=2).cut is False
    for bad in (-1, "x", "1.5"):
        with pytest.raises(UsageError, match=r"--limit .* is not a row count: give a whole number"):
            queries.run(world_store, text, {}, limit=bad)


def test_cli_limit_says_rows_were_left(world):
    every = invoke("query", "document-mentions", "--store", str(world), "--format", "csv", "--limit", "0")
    assert every.exit_code == 0, every.output
    assert every.stderr == "" and len(every.stdout.splitlines()) == 1 + 21  # header + every row, no note
    cut = invoke("query", "document-mentions", "--store", str(world), "--format", "csv", "--limit", "3")
    assert cut.exit_code == 0, cut.output
    assert cut.stdout.splitlines() == every.stdout.splitlines()[:4]  # piped output stays data
    assert cut.stderr.strip() == ("note: showing the first 3 rows; the query has more: --limit 0 for all of them, "
                                  "or --limit N")
    table = invoke("query", "document-mentions", "--store", str(world), "--limit", "3")
    assert table.exit_code == 0 and table.stderr == ""
    assert table.stdout.splitlines()[-1].startswith("note: showing the first 3 rows")
    assert len(table.stdout.splitlines()) == 2 + 3 + 1  # header, rule, rows, note
    whole = invoke("query", "document-mentions", "--store", str(world), "--limit", "21", "--format", "json")
    assert len(json.loads(whole.stdout)) == 21 and whole.stderr == ""  # exactly all: nothing was left


def test_cli_default_limit_is_a_thousand():
    assert queries.DEFAULT_LIMIT == 1000
    option = next(p for p in cli.commands["query"].params if p.name == "limit")
    assert option.default == str(queries.DEFAULT_LIMIT)


@pytest.mark.parametrize("bad", ["-5", "ten", "2.5", ""])
def test_cli_bad_limit_is_one_line(world, bad):
    r = invoke("query", "funding", "--store", str(world), "--limit", bad)
    assert r.exit_code == 2
    assert r.output.strip() == (f"aipg: --limit {bad!r} is not a row count: give a whole number such as "
                                "--limit 100, or --limit 0 for every row")
