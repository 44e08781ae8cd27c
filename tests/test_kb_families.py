"""Whole families of the shipped knowledge base: every French university hospital, cancer centre,
region and métropole, every Canadian province and German Land, and the AI institutes and labs the
press names, each found by the forms the press writes; the forms that also name a place ("en région
Occitanie", "the state of Florida", "la ville de Nice") are flagged so only the institution's
capitalised form is read as an organization. The sentences are written for these tests."""

from __future__ import annotations

import pytest
from sentences import case_ids, edges_by_case

from aipg.loaders.kb import load_kb


@pytest.fixture(scope="module")
def kb():
    return load_kb()


# The 32 French CHU / CHRU and the regional hospital of Metz-Thionville, by a form the press uses.
UNIVERSITY_HOSPITALS = [
    "AP-HP", "AP-HM", "Hospices Civils de Lyon", "CHU d'Amiens", "CHU d'Angers", "CHU de Besançon",
    "CHU de Bordeaux", "CHU de Brest", "CHU de Caen", "CHU de Clermont-Ferrand", "CHU de Dijon",
    "CHU Grenoble Alpes", "CHU de Lille", "CHU de Limoges", "CHU de Montpellier", "CHRU de Nancy",
    "CHU de Nantes", "CHU de Nice", "CHU de Nîmes", "CHU d'Orléans", "CHU de Poitiers", "CHU de Reims",
    "CHU de Rennes", "CHU de Rouen", "CHU de Saint-Étienne", "CHU de Strasbourg", "CHU de Toulouse",
    "CHRU de Tours", "CHU de La Réunion", "CHU de Martinique", "CHU de Guadeloupe", "CHU de Guyane",
    "CHR Metz-Thionville",
]
# The comprehensive cancer centres of Unicancer (and its associate member Institut Sainte Catherine).
CANCER_CENTRES = [
    "Gustave Roussy", "Institut Curie", "Centre Léon Bérard", "Institut Bergonié", "Institut Paoli-Calmettes",
    "Centre Oscar Lambret", "Centre François Baclesse", "Centre Henri Becquerel", "Institut de cancérologie de l'Ouest",
    "Centre Eugène Marquis", "IUCT-Oncopole", "Institut du Cancer de Montpellier", "Centre Antoine Lacassagne",
    "Institut de cancérologie de Lorraine", "ICANS", "Centre Georges-François Leclerc", "Centre Jean Perrin",
    "Institut Godinot", "Institut Sainte-Catherine",
]
REGION_COUNCILS = [
    "Conseil régional d'Auvergne-Rhône-Alpes", "Conseil régional de Bourgogne-Franche-Comté",
    "Conseil régional de Bretagne", "Conseil régional du Centre-Val de Loire", "Collectivité de Corse",
    "Conseil régional du Grand Est", "Conseil régional des Hauts-de-France", "Conseil régional d'Île-de-France",
    "Conseil régional de Normandie", "Conseil régional de Nouvelle-Aquitaine", "Conseil régional d'Occitanie",
    "Conseil régional des Pays de la Loire", "Conseil régional de Provence-Alpes-Côte d'Azur",
    "Conseil régional de la Guadeloupe", "Collectivité territoriale de Martinique",
    "Collectivité territoriale de Guyane", "Conseil régional de La Réunion", "Département de Mayotte",
]
METROPOLES = [
    "Métropole du Grand Paris", "Grand Lyon", "Métropole Aix-Marseille-Provence", "Toulouse Métropole",
    "Bordeaux Métropole", "Nantes Métropole", "Métropole européenne de Lille", "Eurométropole de Strasbourg",
    "Montpellier Méditerranée Métropole", "Rennes Métropole", "Grenoble-Alpes Métropole",
    "Métropole Nice Côte d'Azur", "Métropole Rouen Normandie", "Grand Nancy", "Clermont Auvergne Métropole",
    "Dijon Métropole", "Orléans Métropole", "Tours Métropole Val de Loire", "Saint-Étienne Métropole",
    "Brest Métropole", "Metz Métropole", "Toulon Provence Méditerranée",
]
PROVINCES = [
    "gouvernement du Québec", "Ontario government", "Alberta government", "British Columbia government",
    "Manitoba government", "Saskatchewan government", "Nova Scotia government", "New Brunswick government",
    "Newfoundland and Labrador government", "Prince Edward Island government",
]
LANDER = [
    "Bavarian State Government", "Landesregierung Baden-Württemberg", "Landesregierung Nordrhein-Westfalen",
    "Hessische Landesregierung", "Niedersächsische Landesregierung", "Sächsische Staatsregierung",
    "Landesregierung Sachsen-Anhalt", "Thüringer Landesregierung", "Landesregierung Rheinland-Pfalz",
    "Landesregierung Saarland", "Landesregierung Schleswig-Holstein", "Landesregierung Brandenburg",
    "Landesregierung Mecklenburg-Vorpommern", "Berliner Senat", "Hamburger Senat", "Bremen Senate",
]
# The French public universities (one form each, the current name or a former one the press still uses).
FRENCH_UNIVERSITIES = [
    "Aix-Marseille Université", "Avignon Université", "CY Cergy Paris Université", "La Rochelle Université",
    "Le Mans Université", "Nantes Université", "Sorbonne Université", "Université Bourgogne Europe",
    "Université Bretagne Sud", "Université Claude Bernard Lyon 1", "Université Clermont Auvergne",
    "Université Côte d'Azur", "Université d'Angers", "Université d'Artois", "Université d'Évry",
    "Université d'Orléans", "Université de Bordeaux", "Université de Bretagne Occidentale",
    "Université de Caen Normandie", "Université de Corse", "Université de Franche-Comté", "Université de Guyane",
    "Université de Haute-Alsace", "Université de La Réunion", "Université de Lille", "Université de Limoges",
    "Université de Lorraine", "Université de Montpellier", "Université de Nîmes", "Université de Pau",
    "Université de Perpignan", "Université de Picardie Jules Verne", "Université de Poitiers",
    "Université de Reims Champagne-Ardenne", "Université de Rennes", "Université de Rouen Normandie",
    "Université de Strasbourg", "Université de Toulon", "Université de Toulouse", "Université de Tours",
    "Université des Antilles", "Université Grenoble Alpes", "Université Gustave Eiffel", "Université Jean Monnet",
    "Université Jean Moulin Lyon 3", "Université Le Havre Normandie", "Université du Littoral Côte d'Opale",
    "Université Lumière Lyon 2", "Université Paris 1 Panthéon-Sorbonne", "Université Paris 8",
    "Université Paris Cité", "Université Paris Nanterre", "Université Paris-Est Créteil",
    "Université Paris-Panthéon-Assas", "Université Paris-Saclay", "Université Polytechnique Hauts-de-France",
    "Université PSL", "Université Savoie Mont Blanc", "Université Sorbonne Nouvelle",
    "Université Sorbonne Paris Nord", "Université Toulouse Capitole", "Université Toulouse Jean Jaurès",
    "UVSQ",
]
# The regional health agencies (ARS), one per region.
HEALTH_AGENCIES = [
    "ARS Auvergne-Rhône-Alpes", "ARS Bourgogne-Franche-Comté", "ARS Bretagne", "ARS Centre-Val de Loire",
    "ARS Corse", "ARS Grand Est", "ARS Hauts-de-France", "ARS Île-de-France", "ARS Normandie",
    "ARS Nouvelle-Aquitaine", "ARS Occitanie", "ARS Pays de la Loire", "ARS PACA", "ARS Guadeloupe",
    "ARS Martinique", "ARS Guyane", "ARS La Réunion", "ARS Mayotte",
]
AI_INSTITUTES = [
    "ANITI", "MIAI", "3IA Côte d'Azur", "PR[AI]RIE-PSAI", "DATAIA", "Hi! PARIS", "Sorbonne Center for Artificial Intelligence",
    "ENACT", "Mila", "Vector Institute", "Amii", "DFKI", "Alan Turing Institute", "Lamarr Institute", "ScaDS.AI",
    "Munich Center for Machine Learning", "ETH AI Center", "Swiss National AI Institute", "FCAI",
    "Pioneer Centre for AI", "AFRL", "Office of Naval Research", "ARPA-H", "NERSC", "MIT Lincoln Laboratory",
]


@pytest.mark.parametrize("family, surfaces, label", [
    ("university hospitals", UNIVERSITY_HOSPITALS, "Organization"),
    ("cancer centres", CANCER_CENTRES, None),  # Institut Curie is a research institute (University)
    ("regions", REGION_COUNCILS, "Government"),
    ("métropoles", METROPOLES, "Government"),
    ("provinces", PROVINCES, "Government"),
    ("Länder", LANDER, "Government"),
    ("AI institutes", AI_INSTITUTES, None),
    ("French universities", FRENCH_UNIVERSITIES, "University"),
    ("regional health agencies", HEALTH_AGENCIES, "Government"),
])
def test_family_is_complete(kb, family, surfaces, label):
    found = {s: kb.lookup(s) for s in surfaces}
    assert [s for s, e in found.items() if e is None] == [], family
    assert len({e.id for e in found.values()}) == len(surfaces), f"{family}: two forms give one entry"
    if label:
        assert {e.label for e in found.values()} == {label}, family


def test_place_forms_are_flagged_and_institution_forms_are_not(kb):
    for surface in ("Région Occitanie", "Région Sud", "Occitanie Region", "Ville de Lyon", "Métropole de Lyon",
                    "State of Florida", "Canton of Vaud", "Invest in Bavaria", "City of Hope", "Liner", "Nuance"):
        assert kb.is_ambiguous(surface), surface
    for surface in ("Conseil régional d'Occitanie", "Grand Lyon", "Toulouse Métropole", "Florida state government",
                    "CHU de Montpellier", "Nuance Communications"):
        assert kb.get(kb.lookup(surface).id) and not kb.is_ambiguous(surface), surface


S = "stated"
CASES = [
    # the institution, written as it names itself, acts; the same words in lower case are a place
    ("fr", "La Région Occitanie et le CHU de Montpellier ont signé un protocole d'accord sur l'IA en santé.",
     {("chu-de-montpellier", "SIGNS_MOU_WITH", "occitanie-region", S)}),
    ("fr", "Une start-up installée en région Occitanie s'associe au CHU de Montpellier.", set()),
    ("fr", "La Région Sud s'associe à l'Institut Paoli-Calmettes.",
     {("institut-paoli-calmettes", "PARTNERS_WITH", "provence-alpes-cote-d-azur-region", S)}),
    ("fr", "Dans la région sud du pays, un hôpital s'associe à l'Institut Paoli-Calmettes.", set()),
    ("en", "The State of Florida and Moffitt Cancer Center signed a memorandum of understanding on AI.",
     {("moffitt-cancer-center", "SIGNS_MOU_WITH", "state-of-florida", S)}),
    ("en", "A startup in the state of Florida signed a memorandum of understanding with Moffitt Cancer Center.", set()),
    # hospitals, métropoles and cancer centres by the forms the press writes
    ("fr", "L'hôpital Cochin et la Métropole de Lyon collaborent avec Owkin.",
     {("hopital-cochin", "PARTNERS_WITH", "owkin", S), ("metropole-de-lyon", "PARTNERS_WITH", "owkin", S)}),
    ("fr", "Gleamer s'associe au Centre Oscar Lambret.", {("centre-oscar-lambret", "PARTNERS_WITH", "gleamer", S)}),
    ("en", "Karolinska University Hospital partners with Sophia Genetics.",
     {("karolinska-university-hospital", "PARTNERS_WITH", "sophia-genetics", S)}),
]


@pytest.fixture(scope="module")
def results():
    return edges_by_case(CASES)


@pytest.mark.parametrize("i", range(len(CASES)), ids=case_ids(CASES))
def test_family_sentences(results, i):
    assert results[i] == CASES[i][2]
