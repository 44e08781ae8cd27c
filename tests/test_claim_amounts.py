"""Whose money a FUNDS claim carries, through the real extraction: a source's own amount, a
round total several sources share, what is never an amount, "up to", an amount a sentence away.
Sentences written for these tests, French and English."""

from __future__ import annotations

import pytest

from sentences import extract_cases

# (language, text, source, target, amount, currency, amount_text, round_amount, round_currency, round_text, status)
CASES = {
    # one source, its own money
    "en-own": ("en", "Amazon invested $4bn in Anthropic.",
               "amazon", "anthropic", 4e9, "USD", "$4bn", None, None, None, "stated"),
    "en-gbp": ("en", "The UK government invested £40m in the Alan Turing Institute.",
               "uk-government", "alan-turing-institute", 40e6, "GBP", "£40m", None, None, None, "stated"),
    "en-yen": ("en", "SoftBank invested ¥50 billion in Sakana AI.",
               "softbank-group", "sakana-ai", 50e9, "JPY", "¥50 billion", None, None, None, "stated"),
    "en-crore": ("en", "Tata Sons invested ₹988.6 crore in Sarvam AI.",
                 "tata-group", "sarvam-ai", 9.886e9, "INR", "₹988.6 crore", None, None, None, "stated"),
    "fr-own": ("fr", "ASML investit 1,3 milliard d'euros dans Mistral AI.",
               "asml", "mistral-ai", 1.3e9, "EUR", "1,3 milliard d'euros", None, None, None, "stated"),
    "fr-mdollar": ("fr", "Bpifrance a investi 8 M$ dans Pasqal.",
                   "bpifrance", "pasqal", 8e6, "USD", "8 M$", None, None, None, "stated"),
    "fr-md": ("fr", "Microsoft investit 2,5 Md€ dans Mistral AI.",
              "microsoft", "mistral-ai", 2.5e9, "EUR", "2,5 Md€", None, None, None, "stated"),
    # one source funds the whole round: the total is its amount
    "en-whole-round": ("en", "Sakana AI raised $30 million from Nvidia.",
                       "nvidia", "sakana-ai", 30e6, "USD", "$30 million", None, None, None, "stated"),
    # a total shared by several sources is the round's, never each one's
    "en-shared": ("en", "Cohere raised $270M in a funding round from Nvidia, Oracle and Salesforce.",
                  "oracle", "cohere", None, None, None, 270e6, "USD", "$270M", "stated"),
    "en-commitment": ("en", "A €150bn investment commitment from investors including KKR and Blackstone backs Mistral AI.",
                      "kkr", "mistral-ai", None, None, None, 150e9, "EUR", "€150bn", "stated"),
    "en-led-by": ("en", "Helsing raised $600m in a round led by General Catalyst.",
                  "general-catalyst", "helsing", None, None, None, 600e6, "USD", "$600m", "stated"),
    "fr-shared": ("fr", "Mistral AI a levé 600 millions d'euros auprès de Nvidia, Salesforce et Bpifrance.",
                  "salesforce", "mistral-ai", None, None, None, 600e6, "EUR", "600 millions d'euros", "stated"),
    # the currency of "Les 400 millions" is the one the paragraph named before
    "fr-shared-currency": ("fr", "Mistral AI a levé 1,7 milliard d'euros. Les 400 millions restants sont versés par Nvidia et Bpifrance.",
                           "nvidia", "mistral-ai", None, None, None, 400e6, "EUR", "400 millions", "stated"),
    # a part given by one named source of a larger total
    "fr-part": ("fr", "Le budget total de OpenEuroLLM atteint 37,4 millions d'euros, dont 20,6 millions apportés par la Commission européenne.",
                "european-commission", "openeurollm", 20.6e6, "EUR", "20,6 millions", None, None, None, "stated"),
    # a funder named with its money in a relative clause; a funder's own raise is not its gift
    "en-which": ("en", "OpenAI raised $6.6 billion. The round was led by Thrive Capital, which put in about $1.25 billion.",
                 "thrive-capital", "openai", 1.25e9, "USD", "$1.25 billion", None, None, None, "stated"),
    "en-own-raise": ("en", "Nvidia, which raised $1 billion last year, invested in Sakana AI.",
                     "nvidia", "sakana-ai", None, None, None, None, None, None, "stated"),
    "en-and-others": ("en", "Sakana AI raised $30 million from Nvidia and others.",
                      "nvidia", "sakana-ai", None, None, None, 30e6, "USD", "$30 million", "stated"),
    "en-running-total": ("en", "Nvidia invested in Sakana AI, bringing its total funding to $300 million.",
                         "nvidia", "sakana-ai", None, None, None, None, None, None, "stated"),
    # a round told in the sentence before may be another round: its total, never one's own
    "fr-other-round": ("fr", "Mistral AI vient de boucler une levée de 500 millions d'euros. BNP Paribas avait investi dans Mistral AI en 2023.",
                       "bnp-paribas", "mistral-ai", None, None, None, 500e6, "EUR", "500 millions d'euros", "stated"),
    # an amount named with its recipient goes to that recipient only
    "en-recipient": ("en", "Microsoft invested in OpenAI and Mistral AI, with $2bn in Mistral AI.",
                     "microsoft", "openai", None, None, None, None, None, None, "stated"),
    "en-recipient-2": ("en", "Microsoft invested in OpenAI and Mistral AI, with $2bn in Mistral AI.",
                       "microsoft", "mistral-ai", 2e9, "USD", "$2bn", None, None, None, "stated"),
    "fr-recipient": ("fr", "Microsoft investit dans OpenAI et Mistral AI, avec 2 milliards de dollars pour Mistral AI.",
                     "microsoft", "openai", None, None, None, None, None, None, "stated"),
    "fr-recipient-2": ("fr", "Microsoft investit dans OpenAI et Mistral AI, avec 2 milliards de dollars pour Mistral AI.",
                       "microsoft", "mistral-ai", 2e9, "USD", "2 milliards de dollars", None, None, None, "stated"),
    # valuations, revenues, payments and one's own spending are never amounts
    "en-valuation": ("en", "Apple and Nvidia are in talks to invest in OpenAI in a funding round that would value OpenAI at $100 billion.",
                     "apple", "openai", None, None, None, None, None, None, "potential"),
    "fr-valuation": ("fr", "Nvidia a investi dans Mistral AI, valorisée à 11,7 milliards d'euros.",
                     "nvidia", "mistral-ai", None, None, None, None, None, None, "stated"),
    "en-revenue": ("en", "Nvidia, whose revenue reached $30 billion last year, invested in Mistral AI.",
                   "nvidia", "mistral-ai", None, None, None, None, None, None, "stated"),
    "en-payment": ("en", "OpenAI will pay Oracle $30 billion a year for cloud capacity. Oracle also invested in OpenAI.",
                   "oracle", "openai", None, None, None, None, None, None, "stated"),
    "en-capex": ("en", "Microsoft will spend $80 billion on data centers and has invested in OpenAI.",
                 "microsoft", "openai", None, None, None, None, None, None, "stated"),
    "en-customer": ("en", "Microsoft invested in OpenAI, which signed a $10 billion contract with Oracle.",
                    "microsoft", "openai", None, None, None, None, None, None, "stated"),
    "fr-revenue": ("fr", "Nvidia, dont le chiffre d'affaires a atteint 30 milliards de dollars, a investi dans Mistral AI.",
                   "nvidia", "mistral-ai", None, None, None, None, None, None, "stated"),
    "fr-payment": ("fr", "OpenAI paiera 30 milliards de dollars par an à Oracle. Oracle a aussi investi dans OpenAI.",
                   "oracle", "openai", None, None, None, None, None, None, "stated"),
    "fr-capex": ("fr", "Microsoft dépensera 80 milliards de dollars dans ses centres de données et a investi dans OpenAI.",
                 "microsoft", "openai", None, None, None, None, None, None, "stated"),
    # "up to" keeps the amount, the claim is potential
    "en-up-to": ("en", "Microsoft will invest up to $10 billion in OpenAI.",
                 "microsoft", "openai", 10e9, "USD", "$10 billion", None, None, None, "potential"),
    "fr-jusqu-a": ("fr", "Nvidia investira jusqu'à 1 milliard de dollars dans Mistral AI.",
                   "nvidia", "mistral-ai", 1e9, "USD", "1 milliard de dollars", None, None, None, "potential"),
    # an amount a sentence away in the same paragraph, when nothing competes for it
    "fr-next-sentence": ("fr", "La majorité de la somme injectée dans Mistral AI l'est par ASML. Le groupe néerlandais engage 1,3 milliard d'euros.",
                         "asml", "mistral-ai", 1.3e9, "EUR", "1,3 milliard d'euros", None, None, None, "stated"),
    "en-next-sentence": ("en", "Samsung backs Mistral AI. The South Korean group commits $500 million. The rest comes from other funds.",
                         "samsung-electronics", "mistral-ai", 500e6, "USD", "$500 million", None, None, None, "stated"),
}


@pytest.fixture(scope="module")
def extracted():
    return extract_cases({key: (lang, text) for key, (lang, text, *_) in CASES.items()})


@pytest.mark.parametrize("key", list(CASES))
def test_claim_money(extracted, key):
    _, text, source, target, amount, currency, amount_text, round_amount, round_currency, round_text, status = CASES[key]
    claims = [c for c in extracted[key].claims if (c.source, c.type, c.target) == (source, "FUNDS", target)]
    assert claims, f"no FUNDS claim {source} -> {target} in {text!r}: {extracted[key].claims}"
    for c in claims:
        assert (c.amount, c.currency, c.amount_text) == (pytest.approx(amount) if amount else None, currency, amount_text)
        assert (c.round_amount, c.round_currency, c.round_amount_text) == (
            pytest.approx(round_amount) if round_amount else None, round_currency, round_text)
        assert c.status == status
        if amount_text:
            assert amount_text in c.evidence  # the evidence quotes the money
        if round_text:
            assert round_text in c.evidence


def test_round_is_never_an_investors_amount(extracted):
    """Every co-investor of a shared round has no amount of its own."""
    for key in ("en-shared", "fr-shared", "en-commitment", "fr-shared-currency"):
        funds = [c for c in extracted[key].claims if c.type == "FUNDS"]
        assert len({c.source for c in funds}) >= 2, key
        assert all(c.amount is None and c.round_amount for c in funds), key
