"""Money amounts in French and English: exact values, currencies and verbatim spans."""

from __future__ import annotations

import pytest

from aipg.loaders.amounts import Amount, currency_in, find_amounts

NNBSP, NBSP = "\u202f", "\u00a0"

CASES = [
    # (language, sentence, verbatim span, value, currency)
    ("fr", "La start-up a levé 50 millions de dollars auprès de fonds américains.", "50 millions de dollars", 50e6, "USD"),
    ("fr", "Une levée de 1,3 milliard d'euros a été confirmée.", "1,3 milliard d'euros", 1.3e9, "EUR"),
    ("fr", "Une levée de 1,3 milliard d’euros a été confirmée.", "1,3 milliard d’euros", 1.3e9, "EUR"),
    ("fr", "Le fonds apporte 2,5 milliards de dollars.", "2,5 milliards de dollars", 2.5e9, "USD"),
    ("fr", "Une enveloppe de 400 millions de dollars est prévue.", "400 millions de dollars", 400e6, "USD"),
    ("fr", "Le projet vise jusqu'à 500 milliards de dollars d'investissements.", "500 milliards de dollars", 500e9, "USD"),
    ("fr", "Le président a promis 109 milliards d'euros pour l'IA.", "109 milliards d'euros", 109e9, "EUR"),
    ("fr", "Le ministère débloque 10 M€ pour les laboratoires.", "10 M€", 10e6, "EUR"),
    ("fr", "Le contrat atteint 10 M$ selon la presse.", "10 M$", 10e6, "USD"),
    # a round number told as a noun; crowns named by their country
    ("fr", "Kaldera a reçu une dizaine de millions d'euros.", "une dizaine de millions d'euros", 10e6, "EUR"),
    ("fr", "Il faudra une centaine de milliards d'euros.", "une centaine de milliards d'euros", 100e9, "EUR"),
    ("en", "Kaldera gave 600 million Danish crowns to Veltra.", "600 million Danish crowns", 600e6, "DKK"),
    ("fr", "Kaldera verse 40 millions de couronnes suédoises.", "40 millions de couronnes suédoises", 40e6, "SEK"),
    ("fr", "Une subvention de 10 millions d’euros a été votée.", "10 millions d’euros", 10e6, "EUR"),
    ("fr", f"Le prix est de 100{NNBSP}000 euros par an.", f"100{NNBSP}000 euros", 1e5, "EUR"),
    ("fr", f"Le prix est de 100{NBSP}000{NBSP}€ par an.", f"100{NBSP}000{NBSP}€", 1e5, "EUR"),
    ("fr", "Il a reçu 1 000 000 $ de dons.", "1 000 000 $", 1e6, "USD"),
    ("fr", "Le Japon prévoit 5 000 milliards de yens sur dix ans.", "5 000 milliards de yens", 5e12, "JPY"),
    ("fr", "Google a investi plus de 3 milliards dans la société.", "3 milliards", 3e9, None),
    ("fr", "La valorisation atteint 11,7 Md€ après le tour.", "11,7 Md€", 11.7e9, "EUR"),
    ("fr", "Le groupe a investi 2 Mds€ en Europe.", "2 Mds€", 2e9, "EUR"),
    ("fr", "Le budget s'élève à un milliard d'euros.", "un milliard d'euros", 1e9, "EUR"),
    ("fr", "Le projet coûtera 5 billions de dollars.", "5 billions de dollars", 5e12, "USD"),
    ("en", "The startup raised $50M in a seed round.", "$50M", 50e6, "USD"),
    ("en", "It raised $50 million from investors.", "$50 million", 50e6, "USD"),
    ("en", "Amazon put $4bn into the company.", "$4bn", 4e9, "USD"),
    ("en", "Amazon put $4 billion into the company.", "$4 billion", 4e9, "USD"),
    ("en", "The round valued it at €1.3 billion.", "€1.3 billion", 1.3e9, "EUR"),
    ("en", "The round was worth 1.3 billion euros in total.", "1.3 billion euros", 1.3e9, "EUR"),
    ("en", "The UK gave £10m to the institute.", "£10m", 10e6, "GBP"),
    ("en", "Britain pledged £1.5 billion for compute.", "£1.5 billion", 1.5e9, "GBP"),
    ("en", "The fund committed US$2 billion to the region.", "US$2 billion", 2e9, "USD"),
    ("en", "SoftBank will spend ¥10 billion on the project.", "¥10 billion", 10e9, "JPY"),
    ("en", "The bank lent CHF 20 million to the lab.", "CHF 20 million", 20e6, "CHF"),
    ("en", "Baidu's 2019 revenue was $15.4 billion.", "$15.4 billion", 15.4e9, "USD"),
    ("en", "The grant was $1,500 per student.", "$1,500", 1500.0, "USD"),
    ("en", "Ottawa added 50 million Canadian dollars to the plan.", "50 million Canadian dollars", 50e6, "CAD"),
    ("en", "Investors put in 3 billion in fresh funding.", "3 billion", 3e9, None),
    ("en", "The lab got £40m from the state.", "£40m", 40e6, "GBP"),
    ("en", "The group will invest ₹988.6 crore in the venture.", "₹988.6 crore", 9.886e9, "INR"),
    ("en", "The group will invest Rs 500 crore in the venture.", "Rs 500 crore", 5e9, "INR"),
    ("en", "The state set aside Rs. 1.5 lakh crore for chips.", "Rs. 1.5 lakh crore", 1.5e12, "INR"),
    ("en", "The ministry approved 750 crore for the mission.", "750 crore", 7.5e9, "INR"),
    ("fr", "dont 20,6 millions de la Commission européenne", "20,6 millions", 20.6e6, None),
]


@pytest.mark.parametrize("language, sentence, span, value, currency", CASES)
def test_amount(language, sentence, span, value, currency):
    found = find_amounts(sentence, language)
    assert len(found) == 1, found
    a = found[0]
    assert a.text == span
    assert sentence[a.start:a.end] == span
    assert a.value == pytest.approx(value)
    assert a.currency == currency


@pytest.mark.parametrize(
    "language, sentence",
    [
        ("fr", "En 2024, 15 institutions ont rejoint le consortium."),
        ("fr", "L'agence compte quelque 38 millions de dépêches et 2 300 journalistes."),
        ("fr", "Mistral accède à 41 ans d'archives, soit 11 % du total, avec 2,2 gigawatts."),
        ("fr", "La tour mesure 10 m de haut."),
        ("fr", "Une dizaine de millions de visiteurs et une dizaine de salariés."),
        ("en", "Wired estimates that members pay a few hundred thousand dollars."),
        ("en", "The model has 175 billion parameters and 1 million users."),
        ("en", "The consortium, founded in 2023, has 15 members."),
        ("en", "In 2019 won the prize for the third time."),
    ],
)
def test_not_amounts(language, sentence):
    assert find_amounts(sentence, language) == []


def test_several_amounts_sorted_with_offsets():
    text = "Après 8 milliards de dollars, Amazon pourrait ajouter 4 milliards, soit 12 Md$ au total."
    found = find_amounts(text, "fr")
    assert [(a.text, a.value, a.currency) for a in found] == [
        ("8 milliards de dollars", 8e9, "USD"),
        ("4 milliards", 4e9, None),
        ("12 Md$", 12e9, "USD"),
    ]
    assert all(text[a.start:a.end] == a.text for a in found)
    assert [a.start for a in found] == sorted(a.start for a in found)


def test_decimal_and_thousands_marks_follow_the_language():
    assert find_amounts("1,300 dollars", "en")[0].value == 1300.0
    assert find_amounts("1,300 dollars", "fr")[0].value == pytest.approx(1.3)
    assert find_amounts("1.500.000 euros", "fr")[0].value == 1.5e6
    assert find_amounts("1,500,000 euros", "en")[0].value == 1.5e6


def test_amount_is_frozen():
    a = find_amounts("$4bn", "en")[0]
    assert isinstance(a, Amount)
    with pytest.raises(AttributeError):
        a.value = 1.0  # type: ignore[misc]


def test_currency_in_for_amounts_without_one():
    assert currency_in("investis en dollars américains") == "USD"
    assert currency_in(", somme versée en euros") == "EUR"
    assert currency_in(" paid in £ sterling") == "GBP"
    assert currency_in("sans aucune devise") is None


# ---------------------------------------------------------------- whose money, on hand-built input
from aipg.graph.model import Claim  # noqa: E402
from aipg.loaders.amounts import OrgMention, assign_amounts  # noqa: E402


def _funds(text: str, sentence: int, start: int, end: int, source: str, target: str) -> Claim:
    return Claim("t", "FUNDS", source, target, "stated", 0.8, text[start:end], sentence, start, end, "test")


def _sentences(text: str) -> list[tuple[int, int]]:
    out, pos = [], 0
    for part in text.split(". "):
        out.append((pos, pos + len(part) + 1))
        pos += len(part) + 2
    return out


def _mentions(text: str, names: dict[str, str]) -> list[OrgMention]:
    return sorted((OrgMention(text.index(n), text.index(n) + len(n), (eid,)) for n, eid in names.items()),
                  key=lambda m: m.start)


def test_a_converted_amount_in_brackets_is_the_same_money():
    text = "Rapidus closed a ¥250 billion ($1.6 billion) round from Sony and Toyota."
    sents = _sentences(text)
    claims = [_funds(text, 0, 0, len(text), s, "rapidus") for s in ("sony", "toyota")]
    out = assign_amounts(claims, text, "en", sents, [0], _mentions(text, {"Rapidus": "rapidus", "Sony": "sony", "Toyota": "toyota"}))
    assert [(c.amount, c.round_amount, c.round_currency, c.round_amount_text) for c in out] == [
        (None, 250e9, "JPY", "¥250 billion")] * 2


def test_an_amount_a_sentence_away_is_not_taken_when_another_party_is_named_there():
    text = "Nvidia backs Mistral AI. Meta spends $500 million. Nothing more."
    sents = _sentences(text)
    claim = _funds(text, 0, 0, 23, "nvidia", "mistral-ai")
    names = {"Nvidia": "nvidia", "Mistral AI": "mistral-ai", "Meta": "meta"}
    (out,) = assign_amounts([claim], text, "en", sents, [0, 0, 0], _mentions(text, names))
    assert (out.amount, out.round_amount) == (None, None)


def test_an_amount_in_another_paragraph_is_not_taken():
    text = "Nvidia backs Mistral AI. The group commits $500 million."
    sents = _sentences(text)
    claim = _funds(text, 0, 0, 23, "nvidia", "mistral-ai")
    names = {"Nvidia": "nvidia", "Mistral AI": "mistral-ai"}
    (same,) = assign_amounts([claim], text, "en", sents, [0, 0], _mentions(text, names))
    (apart,) = assign_amounts([claim], text, "en", sents, [0, 1], _mentions(text, names))
    assert (same.amount, same.currency) == (500e6, "USD")
    assert apart.amount is None


def test_other_claims_are_left_as_they_are():
    text = "IBM partners with Meta."
    c = Claim("t", "PARTNERS_WITH", "ibm", "meta", "stated", 0.8, text, 0, 0, len(text), "test")
    assert assign_amounts([c], text, "en", [(0, len(text))], [0], []) == [c]


# --------------------------------------------------------------------------- money given (amount-only triggers)
from aipg.loaders.amounts import given_amounts  # noqa: E402


@pytest.mark.parametrize("language, sentence, given", [
    ("en", "Kaldera put $40 million into Veltra.", ["$40 million"]),
    ("en", "Kaldera paid $90 million in fees to Veltra.", []),  # a customer's payment
    # the converted amount in brackets is the same money as the one before it: never given on its own
    ("en", "Kaldera paid royalties worth ¥250 billion ($1.6 billion) to Veltra.", []),
    ("en", "Kaldera put ¥250 billion ($1.6 billion) into Veltra.", ["¥250 billion"]),
    ("fr", "Kaldera a versé 90 millions d'euros de redevances à Veltra.", []),
    # revenue told as orders: "2 M€ de commandes de Y", "$10 million in orders from Y"
    ("fr", "Kaldera a reçu 2 millions d'euros de commandes de Veltra.", []),
    ("en", "Kaldera received $10 million in orders from Veltra.", []),
])
def test_given_amounts(language, sentence, given):
    assert [sentence[a.start : a.end] for a in given_amounts(sentence, language)] == given


@pytest.mark.parametrize("language, text, expected", [
    ("fr", "Le groupe annonce un partenariat avec une université.", []),
    ("en", "A new partnership with an university was announced.", []),
    ("fr", "Le budget s'élève à UN MILLIARD d'euros.", [("UN MILLIARD d'euros", 1e9, "EUR")]),
    ("en", "The fund adds a Billion dollars.", [("a Billion dollars", 1e9, "USD")]),
    ("en", "It raised one trillion yen.", [("one trillion yen", 1e12, "JPY")]),
])
def test_amounts_without_a_digit(language, text, expected):
    """Only a digit or a magnitude word ("un milliard", "a billion") can start an amount: text with
    neither has none, and the amounts written in words are still found, whatever their case."""
    assert [(a.text, a.value, a.currency) for a in find_amounts(text, language)] == expected
