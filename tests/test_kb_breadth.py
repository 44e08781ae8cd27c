"""The knowledge base's breadth beyond the US/France core: research councils, innovation, export and
development agencies, regulators and regional governments; utilities, carmakers, pharma, banks and
industrial groups; universities, institutes and supercomputing centres; hospitals of Europe, Canada,
Asia, Africa, Latin America and the Gulf. Each is found by its official name, its short forms and,
where it is used, its French name; the sentences are written for these tests, each list with near
misses where the same words are ordinary words or places."""

from __future__ import annotations

import pytest
from sentences import case_ids, edges_by_case

from aipg.loaders.kb import load_kb


@pytest.fixture(scope="module")
def kb():
    return load_kb()


# (surface as the press writes it, id, label): English and French names, acronyms, native names
SURFACES = [
    ("Innovasjon Norge", "innovation-norway", "Government"),
    ("Statkraft", "statkraft", "Company"),
    ("Académie de Finlande", "research-council-of-finland", "Government"),
    ("Agence wallonne à l'exportation et aux investissements étrangers", "awex", "Government"),
    ("AWEX", "awex", "Government"),
    ("Fonds national de la recherche Luxembourg", "fnr-luxembourg", "Government"),
    ("SEFRI", "sbfi", "Government"),
    ("Secrétariat d'État à la formation, à la recherche et à l'innovation", "sbfi", "Government"),
    ("Office fédéral de la communication", "federal-office-of-communications", "Government"),
    ("Austrian Science Fund", "fwf", "Government"),
    ("ministère ukrainien de la Transformation numérique", "ukraine-ministry-digital", "Government"),
    ("Agence numérique du Japon", "digital-agency-japan", "Government"),
    ("Centre de recherches pour le développement international", "idrc", "Government"),
    ("CRDI", "idrc", "Government"),
    ("Autorité de régulation des télécommunications et des postes", "artp-senegal", "Government"),
    ("Préposé fédéral à la protection des données et à la transparence", "fdpic", "Government"),
    ("Commissariat à la protection de la vie privée du Canada", "opc-canada", "Government"),
    ("Export-Import Bank of Korea", "kexim", "Government"),
    ("Généralitat Valenciana", "valencian-community", "Government"),
    ("Émilie-Romagne", "emilia-romagna", "Government"),
    ("Redeia", "red-electrica", "Company"),
    ("Red Eléctrica", "red-electrica", "Company"),
    ("Chemins de fer fédéraux suisses", "sbb", "Company"),
    ("Wärtsilä", "wartsila", "Company"),
    ("Aker BP", "aker-bp", "Company"),
    ("Daiichi Sankyo", "daiichi-sankyo", "Company"),
    ("Université de Liège", "university-of-liege", "University"),
    ("université de Bâle", "university-of-basel", "University"),
    ("Haute école spécialisée de Suisse occidentale", "hes-so", "University"),
    ("Très grand centre de calcul du CEA", "tgcc", "University"),
    ("Universidad Politécnica de Madrid", "upm-madrid", "University"),
    ("Technische Universität Dresden", "tu-dresden", "University"),
    ("Cleveland Clinic Abu Dhabi", "cleveland-clinic-abu-dhabi", "Organization"),
]


@pytest.mark.parametrize("surface,entry_id,label", SURFACES, ids=[s for s, _, _ in SURFACES])
def test_new_entries_resolve(kb, surface, entry_id, label):
    entry = kb.lookup(surface)
    assert entry is not None and (entry.id, entry.label) == (entry_id, label), surface


def test_forms_that_are_ordinary_words_or_places_stay_out(kb):
    # a place, a common word or another body's acronym is never a surface of the new entries
    for surface in ("Wallonia", "Wallonie", "Bavaria", "Hydro", "Garante", "Sida"):
        assert kb.lookup(surface) is None, surface
    assert kb.is_ambiguous("National Grid")


S = "stated"
CASES = [
    ("fr", "L'Agence marocaine de développement des investissements et des exportations s'associe à "
           "l'École nationale d'ingénieurs de Tunis.", {("amdie", "PARTNERS_WITH", "enit-tunis", S)}),
    ("fr", "Une start-up de Liège s'associe à une école de Tunis.", set()),
    ("fr", "L'Université de Liège et Luxinnovation ont signé un protocole d'accord sur l'IA.",
     {("luxinnovation", "SIGNS_MOU_WITH", "university-of-liege", S)}),
    ("fr", "Les Chemins de fer fédéraux suisses s'associent à la Haute école spécialisée de Suisse occidentale.",
     {("hes-so", "PARTNERS_WITH", "sbb", S)}),
    ("fr", "Statkraft et Equinor ont signé un accord avec Cognite.",
     {("cognite", "SIGNS_MOU_WITH", "equinor", S), ("cognite", "SIGNS_MOU_WITH", "statkraft", S)}),
    ("fr", "Le Centre de recherches pour le développement international finance l'Université de Nairobi.",
     {("idrc", "FUNDS", "university-of-nairobi", S)}),
    ("fr", "Redeia et Naturgy collaborent avec l'Universidad Politécnica de Madrid.",
     {("naturgy", "PARTNERS_WITH", "upm-madrid", S), ("red-electrica", "PARTNERS_WITH", "upm-madrid", S)}),
    ("fr", "La centrale est raccordée au réseau, et l'entreprise grecque grandit.", set()),
    ("en", "Callaghan Innovation partnered with the University of Auckland on agritech AI.",
     {("callaghan-innovation", "PARTNERS_WITH", "university-of-auckland", S)}),
    ("en", "Austrade and CSIRO signed a memorandum of understanding with Monash University.",
     {("austrade", "SIGNS_MOU_WITH", "monash-university", S), ("csiro", "SIGNS_MOU_WITH", "monash-university", S)}),
    ("en", "Vestas teams up with Energinet and Ørsted on grid forecasting.",
     {("energinet", "PARTNERS_WITH", "vestas", S), ("orsted", "PARTNERS_WITH", "vestas", S)}),
    ("en", "Uppsala University and Lund University join forces with Northvolt.",
     {("lund-university", "PARTNERS_WITH", "northvolt", S), ("northvolt", "PARTNERS_WITH", "uppsala-university", S)}),
    ("en", "Norsk Hydro partners with Datatilsynet.", {("datatilsynet", "PARTNERS_WITH", "norsk-hydro", S)}),
    ("en", "Kenya ICT Authority signed a memorandum of understanding with Safaricom.",
     {("kenya-ict-authority", "SIGNS_MOU_WITH", "safaricom", S)}),
    ("en", "The plant was connected to the national grid, and hydro power grew in Wallonia.", set()),
    ("en", "Investors in Denmark and the enterprise of Greece met in Bergen.", set()),
]


@pytest.fixture(scope="module")
def results():
    return edges_by_case(CASES)


@pytest.mark.parametrize("i", range(len(CASES)), ids=case_ids(CASES))
def test_breadth_sentences(results, i):
    assert results[i] == CASES[i][2]
