"""The document's home country (loaders/dateline.py) and the headline's broader source
(loaders/claims.broader): datelines in French and English, their near misses, and the governments
a bare "le Gouvernement" / "the Government" stands for. Texts are ours."""

from __future__ import annotations

import pytest

from aipg.graph.model import Entity
from aipg.loaders.claims import broader
from aipg.loaders.dateline import dateline_places, home_government
from aipg.loaders.kb import load_kb


@pytest.mark.parametrize("text, places", [
    ("Headline\n\nPARIS (Reuters) - Mistral AI said ...", ["PARIS"]),
    ("SAN FRANCISCO, March 4 (Reuters) - Anthropic said ...", ["SAN FRANCISCO"]),
    ("Paris, le 12 mars 2024 – Le CNRS et Inria ...", ["Paris"]),
    ("Titre\n\nCOMMUNIQUÉ DE PRESSE\n\nParis, le 16 mai 2023\n\nLa ministre ...", ["Paris"]),
    ("PARIS/BRUSSELS, 11 February 2025 - The Commission ...", ["PARIS", "BRUSSELS"]),
    ("SUNNYVALE, Calif., Feb 29 (Reuters) - Figure AI ...", ["SUNNYVALE"]),
    ("LONDRES, 12 mars 2024 (AFP) - Mistral AI ...", ["LONDRES"]),
    ("WASHINGTON — The White House said ...", ["WASHINGTON"]),
    # near misses: a sentence opening with a country list, a name and its apposition, bylines, a site's line
    ("France, Germany and Italy signed a pact on Tuesday.", []),
    ("Mistral AI, the French start-up, said on Tuesday it had raised money.", []),
    ("Par Marie Dupont, à Lyon\n\nMistral AI lève des fonds.", []),
    ("By Jane Doe and John Roe\n\nOpenAI said on Monday ...", []),
    ("UW News | April 9, 2024\n\nThe university said ...", []),
])
def test_dateline_places(text, places):
    assert dateline_places(text) == places


def _gov(eid: str) -> Entity:
    e = load_kb().get(eid)
    return Entity(e.id, e.name, e.label, (), e.country)


@pytest.mark.parametrize("text, named, expected", [
    ("Titre\n\nParis, le 5 février 2025 – Le programme ...", [], "government-of-france"),
    ("Title\n\nLONDON, May 3 (Reuters) - The programme ...", [], "uk-government"),
    ("Titre\n\nLe ministère de l'Économie a lancé ...", ["french-ministry-of-the-economy-and-finance"],
     "government-of-france"),
    # the government bodies named outweigh the dateline's capital (a Tokyo dateline, Canada's programme)
    ("Title\n\nTOKYO, May 3 (Reuters) - The Government of Canada ...", ["government-of-canada"], "government-of-canada"),
    # none: no dateline and no body, a dateline of no capital, two countries, a country with two governments
    ("Titre\n\nLe programme financera 500 bourses.", [], None),
    ("Title\n\nSAN FRANCISCO, March 4 (Reuters) - The programme ...", [], None),
    ("Title\n\nPARIS (Reuters) - ...", ["government-of-france", "uk-government"], None),
    ("Title\n\nBRUSSELS (Reuters) - The programme ...", [], None),
])
def test_home_government(text, named, expected):
    assert home_government(text, load_kb(), [_gov(x) for x in named]) == expected


@pytest.mark.parametrize("general, specific, expected", [
    ("european-union", "european-commission", True),
    ("european-commission", "european-union", False),
    ("government-of-france", "french-ministry-of-the-economy-and-finance", False),  # both credited
    ("european-union", "mistral-ai", False),
    ("european-union", "european-union", False),
    ("unknown-entity", "european-commission", False),
])
def test_broader(general, specific, expected):
    assert broader(load_kb(), general, specific) is expected
