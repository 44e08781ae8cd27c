"""Lists set out line by line after a colon (loaders/bullets.py): bulleted, numbered and
unmarked lines, items the knowledge base does not know (a line that is a whole item, or the
item before its gloss, is a name where most lines of the list are names), and the near misses
that must give nothing: a list of people, a list that is a preposition's object ("get access
to:"), a prose paragraph after the list, a colon sentence with no trigger. Every text is
written for these tests (invented names, our words); each opens with a title line, as an
article does. Edges are (source, TYPE, target, status)."""

from __future__ import annotations

import pytest
from sentences import case_ids, edges_by_case

from aipg.loaders.bullets import item_kind, list_after

S = "stated"
M = "MEMBER_OF"
FAA = "frontier-ai-alliance"

CASES: list[tuple[str, str, set[tuple[str, str, str, str]]]] = [
    # the program named before the trigger, items unknown to the knowledge base, a gloss after some
    ("en", "Alliance news\nMembers of the Frontier AI Alliance are:\n- Zorvex\n- Quallin, a Paris-based start-up\n"
           "- Brimvale (Germany)\n\nThe alliance will meet in June with Kelvaro.",
     {("zorvex", M, FAA, S), ("quallin", M, FAA, S), ("brimvale", M, FAA, S)}),
    # numbered items
    ("en", "Alliance news\nThe Frontier AI Alliance members include:\n1. IBM\n2. Meta\n3. Intel",
     {("ibm", M, FAA, S), ("meta", M, FAA, S), ("intel", M, FAA, S)}),
    # unmarked lines, the list ending at the next prose paragraph
    ("en", "Alliance news\nParticipating institutions in the Frontier AI Alliance include:\nBrimford University\n"
           "Halden Hospital\nQuallin Systems\n\nThe alliance will meet Zorvex Labs in June.",
     {("brimford-university", M, FAA, S), ("halden-hospital", M, FAA, S), ("quallin-systems", M, FAA, S)}),
    # French bullets, names with no cue (one that NER may take for a person's)
    ("fr", "Nouvelles\nLes membres du programme Confiance.ai sont :\n• Zorvex Robotique\n• Lumeo\n• Hôpital de Halden",
     {("zorvex-robotique", M, "confiance-ai", S), ("lumeo", M, "confiance-ai", S),
      ("hopital-de-halden", M, "confiance-ai", S)}),
    # near misses: people, not organizations
    ("en", "Alliance news\nMembers of the Frontier AI Alliance are:\n- John Smith\n- Mary Jones\n- Zorvex", set()),
    ("fr", "Nouvelles\nLes membres du programme Confiance.ai sont :\n• Jean Dupont\n• Marie Martin\n• Paul Durand",
     set()),
    # the list is a preposition's object, not the trigger's
    ("en", "Alliance news\nMembers of the Frontier AI Alliance get access to:\n- Quorra Cloud\n- Zentrix Studio", set()),
    ("fr", "Nouvelles\nLes membres du programme Confiance.ai ont accès à :\n- Quorra Cloud\n- Zentrix Studio", set()),
    # no trigger in the colon sentence: products, no membership
    ("en", "Alliance news\nIBM joined the Frontier AI Alliance and released new products:\n- Granite Vision\n"
           "- Watson Studio\n- Quorra",
     {("ibm", M, FAA, S)}),
    # customers, not members: a subject's noun for outsiders before the trigger
    ("en", "Alliance news\nCustomers of the Frontier AI Alliance include:\n- IBM\n- Dell Technologies", set()),
    # tickers and legal suffixes on the items
    ("en", "Alliance news\nMembers of the Frontier AI Alliance include:\n- IBM (NYSE: IBM)\n- Meta Platforms, Inc.\n"
           "- Dell Technologies",
     {("ibm", M, FAA, S), ("meta", M, FAA, S), ("dell-technologies", M, FAA, S)}),
    # a line that is only the roster's noun, the program named in the sentence before (near misses: speakers, customers)
    ("en", "Pilot news\nThe Frontier AI Alliance began its first pilot on Monday.\nParticipants:\n- Zorvex\n"
           "- Quallin Labs (Munich)\n",
     {("zorvex", M, FAA, S), ("quallin-labs", M, FAA, S)}),
    ("en", "Summit news\nThe Frontier AI Alliance summit opens on Monday.\nSpeakers include:\n- Zorvex\n"
           "- Quallin Labs\n", set()),
    ("fr", "Résultats\nLe consortium Horizon IA a dévoilé jeudi ses lauréats.\nLes lauréats :\n1. Zorvex — robotique\n"
           "2. Lumeo Systems — santé\n",
     {("zorvex", M, "horizon-ia", S), ("lumeo-systems", M, "horizon-ia", S)}),
    ("fr", "Clients\nLe consortium Horizon IA grandit vite.\nSes clients :\n- Zorvex\n- Lumeo Systems\n", set()),
    # items set out on one line between semicolons
    ("en", "Alliance news\nThe Frontier AI Alliance announced new members on Wednesday.\nNew members:\n"
           "- Zorvex, a Paris start-up; Quallin Labs, a Munich lab; Brimvale Inc., a Boston chip maker\n",
     {("zorvex", M, FAA, S), ("quallin-labs", M, FAA, S), ("brimvale", M, FAA, S)}),
    # a furniture line's list holds other articles' titles: no claim from them
    ("en", "Alliance news\nThe Frontier AI Alliance was launched on Tuesday.\nRead also:\n- Zorvex raises $10 million\n"
           "- Quallin Labs joins Frontier AI Alliance\n", set()),
    ("fr", "Nouvelles\nLe consortium Horizon IA a été lancé mardi.\nLire aussi :\n- Zorvex lève 10 millions d'euros\n"
           "- Lumeo Systems rejoint le consortium Horizon IA\n", set()),
    # two items of one list are no parties to each other: the investors fund the recipient, never one another
    ("en", "Funding news\nMistral AI has raised $40 million in a round led by:\n- Northwind Ventures\n- Blue Harbor Capital\n",
     {("northwind-ventures", "FUNDS", "mistral-ai", S), ("blue-harbor-capital", "FUNDS", "mistral-ai", S)}),
    # (an unknown recipient typed by its apposition, "a Montreal start-up": the same two edges, none between the investors)
    ("en", "Funding news\nKelvaro, a Montreal start-up, has raised $40 million in a round led by:\n- Northwind Ventures\n"
           "- Blue Harbor Capital\n",
     {("northwind-ventures", "FUNDS", "kelvaro", S), ("blue-harbor-capital", "FUNDS", "kelvaro", S)}),
    # near miss: no named recipient, and the investors fund none of each other
    ("en", "Funding news\nA Montreal start-up has raised $40 million in a round led by:\n- Northwind Ventures\n"
           "- Blue Harbor Capital\n", set()),
    # a line that is only the funders' noun: the funders of the party the talk of money is about (near miss: no money)
    ("en", "Funding news\nMistral AI has raised $40 million in a Series B round.\nInvestors in the round:\n"
           "- Northwind Ventures (lead)\n- Blue Harbor Capital\n",
     {("northwind-ventures", "FUNDS", "mistral-ai", S), ("blue-harbor-capital", "FUNDS", "mistral-ai", S)}),
    ("fr", "Levée de fonds\nMistral AI a levé 20 millions d'euros.\nLes investisseurs de ce tour :\n- Northwind Ventures\n"
           "- Blue Harbor Capital\n",
     {("northwind-ventures", "FUNDS", "mistral-ai", S), ("blue-harbor-capital", "FUNDS", "mistral-ai", S)}),
    ("fr", "Bureaux\nMistral AI a ouvert un bureau à Berlin.\nLes investisseurs :\n- Northwind Ventures\n"
           "- Blue Harbor Capital\n", set()),
    ("en", "Offices\nMistral AI opened an office in Berlin on Monday.\nInvestors say:\n- Northwind Ventures\n"
           "- Blue Harbor Capital\n", set()),
    # a line that is only "Partnerships announced:": the partners of the company the article opens with; none where
    # a program is at hand (its members), where no company opens the article, or where the line names the owner
    ("en", "Deals\nMistral AI said on Monday it had signed several agreements.\nPartnerships announced:\n"
           "- Zorvex, a cloud provider\n- Quallin Labs, for chip supply\n",
     {("mistral-ai", "PARTNERS_WITH", "zorvex", S), ("mistral-ai", "PARTNERS_WITH", "quallin-labs", S)}),
    ("fr", "Partenariats\nMistral AI a annoncé plusieurs accords lundi.\nNouveaux partenariats :\n• Zorvex\n• Lumeo Systems\n",
     {("mistral-ai", "PARTNERS_WITH", "zorvex", S), ("lumeo-systems", "PARTNERS_WITH", "mistral-ai", S)}),
    ("fr", "Partenariats\nMistral AI lance le programme Horizon IA.\nLes nouveaux partenaires :\n• Zorvex\n• Lumeo Systems\n",
     {("mistral-ai", "FOUNDED", "horizon-ia", S), ("zorvex", M, "horizon-ia", S), ("lumeo-systems", M, "horizon-ia", S)}),
    ("en", "Summit\nThe Paris AI Summit opens on Monday.\nPartnerships announced:\n- Zorvex\n- Quallin Labs\n", set()),
    ("en", "Deals\nMistral AI met investors on Monday.\nPartnerships announced by Nvidia:\n- Zorvex\n- Quallin Labs\n",
     set()),
    # near misses: topics, dates and figures set out after the program's name
    ("en", "Alliance news\nThe Frontier AI Alliance met in Paris on Tuesday.\nTopics discussed:\n- Open Weights\n"
           "- Safety Testing\n- Data Governance\n", set()),
    ("en", "Alliance in numbers\nThe Frontier AI Alliance published figures.\nKey figures:\n- 40 members\n"
           "- 12 countries\n- $300 million\n", set()),
]


@pytest.fixture(scope="module")
def results():
    return edges_by_case(CASES)


@pytest.mark.parametrize("i", range(len(CASES)), ids=case_ids(CASES))
def test_bullet_edges(results, i):
    assert results[i] == CASES[i][2]


def test_item_kinds():
    assert item_kind("- Zorvex, a start-up\n") == "marked"
    assert item_kind("2) Zorvex\n") == "marked"
    assert item_kind("Brimford University\n") == "plain"
    assert item_kind("The alliance will meet in June.\n") is None  # prose
    assert item_kind("brimford university\n") is None


def test_list_ends_at_prose_and_needs_a_colon_line():
    texts = ["Members are:\n", "Zorvex\n", "Quallin\n", "The group meets in June.\n", "Brimvale\n"]
    assert list_after(texts, 0) == [1, 2]
    assert list_after(["Members are Zorvex.\n", "Quallin\n", "Brimvale\n"], 0) == []
    # one unmarked line is no list; one bulleted line is
    assert list_after(["Members are:\n", "Zorvex\n", "The group meets in June.\n"], 0) == []
    assert list_after(["Members are:\n", "- Zorvex\n", "The group meets in June.\n"], 0) == [1]
    # bullets and unmarked lines do not mix
    assert list_after(["Members are:\n", "- Zorvex\n", "Quallin\n"], 0) == [1]


def test_a_bulleted_line_the_sentencizer_cut_goes_on_to_its_line_break():
    texts = ["Signatories are:\n", "- Zorvex Inc.", "and Quallin;\n", "- Brimvale.\n\n", "The pact is open.\n"]
    assert list_after(texts, 0) == [1, 3]  # (the items, for the names of the mention stage)
    assert list_after(texts, 0, pieces=True) == [1, 2, 3]  # (every piece, for the relation stage)
    # a cut unmarked line is prose, and the list's last line ends the list
    assert list_after(["Members are:\n", "- Zorvex Inc.", "and Quallin."], 0, pieces=True) == [1, 2]
