"""Dates in French and English: ISO values as precise as stated, no numbers read as years."""

from __future__ import annotations

import pytest

from aipg.loaders.dates import DateMention, find_dates, parse_iso_date

CASES = [
    # (language, sentence, reference, [(iso, precision, verbatim span)])
    ("fr", "L'accord a été signé le 10 décembre 2025 à Tokyo.", None, [("2025-12-10", "day", "le 10 décembre 2025")]),
    ("fr", "Le programme démarre le 1er mars 2024.", None, [("2024-03-01", "day", "le 1er mars 2024")]),
    ("fr", "La société avait levé des fonds en avril 2024.", None, [("2024-04", "month", "avril 2024")]),
    ("fr", "L'accord, annoncé ce jeudi 16 janvier 2025, est immédiat.", None,
     [("2025-01-16", "day", "ce jeudi 16 janvier 2025")]),
    ("fr", "Publié le 16/01/2025 sur le site.", None, [("2025-01-16", "day", "16/01/2025")]),
    ("fr", "Le rapport du 03/04/2025 est sorti.", None, [("2025-04-03", "day", "03/04/2025")]),
    ("fr", "Baidu a rejoint l'organisation en 2018.", None, [("2018", "year", "2018")]),
    ("fr", "2024 a été une année record pour l'IA.", None, [("2024", "year", "2024")]),
    ("fr", "Le déploiement est prévu d'ici 2030.", None, [("2030", "year", "2030")]),
    ("fr", "Le modèle sortira mi-2024.", None, [("2024", "year", "2024")]),
    ("fr", "La réunion a eu lieu le 16 janvier.", "2025-02-01", [("2025-01-16", "day", "le 16 janvier")]),
    ("fr", "Google a annoncé hier un partenariat.", "2025-01-16", [("2025-01-15", "day", "hier")]),
    ("fr", "Reuters l'a révélé ce dimanche.", "2025-01-13", [("2025-01-12", "day", "ce dimanche")]),
    ("fr", "Les informations partagées dimanche par Reuters.", "2025-01-15", [("2025-01-12", "day", "dimanche")]),
    ("fr", "Le partenariat noué en septembre dernier.", "2025-03-10", [("2024-09", "month", "en septembre dernier")]),
    ("fr", "Il était membre de 2018 à 2020.", None, [("2018", "year", "2018"), ("2020", "year", "2020")]),
    ("en", "Anthropic, Google, Microsoft and OpenAI launched FMF in July 2023.", None, [("2023-07", "month", "July 2023")]),
    ("en", "The deal was signed on July 20, 2023 in London.", None, [("2023-07-20", "day", "on July 20, 2023")]),
    ("en", "The deal was signed on 20 July 2023 in London.", None, [("2023-07-20", "day", "on 20 July 2023")]),
    ("en", "The filing is dated 2025-01-16.", None, [("2025-01-16", "day", "2025-01-16")]),
    ("en", "The letter is dated 01/16/2025.", None, [("2025-01-16", "day", "01/16/2025")]),
    ("en", "Baidu joined the organization in 2018.", None, [("2018", "year", "2018")]),
    ("en", "The company announced the partnership yesterday.", "2025-01-16", [("2025-01-15", "day", "yesterday")]),
    ("en", "It signed the agreement last September.", "2025-03-10", [("2024-09", "month", "last September")]),
    ("en", "Members have worked together since 2016.", None, [("2016", "year", "2016")]),
]


@pytest.mark.parametrize("language, sentence, reference, expected", CASES)
def test_dates(language, sentence, reference, expected):
    found = find_dates(sentence, language, reference=reference)
    assert [(d.iso, d.precision, d.text) for d in found] == expected
    assert all(sentence[d.start:d.end] == d.text for d in found)


@pytest.mark.parametrize(
    "language, sentence",
    [
        ("fr", "L'agence compte 2 300 dépêches et 1,3 milliard d'euros de chiffre d'affaires."),
        ("fr", "Elle a reçu 2000 euros et 2024 dollars."),
        ("fr", "La réunion a eu lieu le 16 janvier."),  # no year, no reference
        ("fr", "Google a annoncé hier un partenariat."),  # relative, no reference
        ("en", "Baidu's revenue was $15.4 billion across 2048 stores."),
        ("en", "The report dated 03/04/2025 was leaked."),  # US or UK order: ambiguous
        ("en", "You may 20 times ask for it."),
        ("en", "The RTX 2080 card and model 2024 are products."),
        ("en", "Growth was 2025% in the quarter."),
    ],
)
def test_not_dates(language, sentence):
    assert find_dates(sentence, language) == []


def test_invalid_calendar_dates_are_skipped():
    assert find_dates("le 31 février 2024 et le 30/02/2024", "fr") == []


def test_sorted_and_frozen():
    text = "Signé le 1er mars 2024, publié en avril 2024, présenté en 2025."
    found = find_dates(text, "fr")
    assert [d.iso for d in found] == ["2024-03-01", "2024-04", "2025"]
    assert isinstance(found[0], DateMention)
    with pytest.raises(AttributeError):
        found[0].iso = "x"  # type: ignore[misc]


@pytest.mark.parametrize(
    "value, iso",
    [
        ("2025-01-16", "2025-01-16"),
        ("2025-01-16T10:00:00Z", "2025-01-16"),
        ("2025-01-16 10:00:00+01:00", "2025-01-16"),
        ("16 janvier 2025", "2025-01-16"),
        ("January 16, 2025", "2025-01-16"),
        ("16/01/2025", "2025-01-16"),
        ("mars 2024", "2024-03"),
        ("2024-03", "2024-03"),
        ("2024", "2024"),
        ("Thu, 16 Jan 2025 10:00:00 +0000", "2025-01-16"),
    ],
)
def test_parse_iso_date(value, iso):
    assert parse_iso_date(value) == iso


@pytest.mark.parametrize("value", ["soon", "2025-13-01", "", "next quarter"])
def test_parse_iso_date_rejects(value):
    with pytest.raises(ValueError):
        parse_iso_date(value)


def test_figurative_tomorrow_and_today_are_not_dates():
    text = "Les modèles de demain et l'IA d'aujourd'hui ; l'accord sera signé demain."
    assert [(d.iso, d.text) for d in find_dates(text, "fr", reference="2025-06-15")] == [("2025-06-16", "demain")]
    assert find_dates("tomorrow's models and the world of today", "en", reference="2025-06-15") == []
