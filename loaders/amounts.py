"""Money amounts in French and English text: "1,3 milliard d’euros", "$4bn", "10 M€", "100 000 €".

A number counts as an amount only with a currency (symbol, code or word) or a
magnitude word (million, milliard, billion, bn, M, Md...): years and plain
counts are left alone, and so are magnitudes of something else ("38 millions
de dépêches", "175 billion parameters"). Decimal comma in French, decimal point
in English; spaces, no-break spaces and the other language's mark serve as
thousands separators.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Amount:
    """One amount: ``value`` in units (50e6 for "50 millions"), ``text`` the verbatim span."""

    value: float
    currency: str | None  # ISO 4217, None when the text names no currency
    text: str
    start: int
    end: int


# Magnitude words; "billion" is 10^9 in English but 10^12 in French.
_MAGNITUDES = {
    "thousand": 1e3, "mille": 1e3, "k": 1e3,
    "million": 1e6, "millions": 1e6, "m": 1e6, "mn": 1e6, "mln": 1e6, "mio": 1e6,
    "milliard": 1e9, "milliards": 1e9, "md": 1e9, "mds": 1e9, "mrd": 1e9, "mrds": 1e9,
    "billion": 1e9, "billions": 1e9, "bn": 1e9, "b": 1e9, "bln": 1e9,
    "trillion": 1e12, "trillions": 1e12, "tn": 1e12, "t": 1e12,
}
_FRENCH_BILLION = 1e12
# Short forms ("m", "M", "bn", "k") and "thousand" need a currency beside them:
# "10m" alone is a distance, "15 000" alone a count.
_WORDS_ALONE = {"million", "millions", "milliard", "milliards", "billion", "billions", "trillion", "trillions"}

_SYMBOLS = {
    "US$": "USD", "U.S.$": "USD", "US $": "USD", "CA$": "CAD", "C$": "CAD", "A$": "AUD", "AU$": "AUD",
    "HK$": "HKD", "S$": "SGD", "NZ$": "NZD", "$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR", "₩": "KRW",
}
_CODES = ("USD", "EUR", "GBP", "JPY", "CHF", "CAD", "AUD", "CNY", "INR", "KRW", "HKD", "SGD", "SEK", "NOK", "DKK", "AED", "SAR")
_CURRENCY_WORDS = [
    (r"dollars?\s+(?:canadiens?|can)|(?:canadian|CAD)\s+dollars?", "CAD"),
    (r"dollars?\s+australiens?|australian\s+dollars?", "AUD"),
    (r"dollars?\s+de\s+hong\s+kong|hong\s+kong\s+dollars?", "HKD"),
    (r"dollars?\s+de\s+singapour|singapore\s+dollars?", "SGD"),
    (r"(?:u\.?s\.?|american)\s+dollars?|dollars?(?:\s+(?:américains|us))?", "USD"),
    (r"euros?", "EUR"),
    (r"livres?\s+sterling|(?:british\s+)?pounds?(?:\s+sterling)?|sterling", "GBP"),
    (r"yens?", "JPY"),
    (r"yuans?|renminbi", "CNY"),
    (r"francs?\s+suisses|swiss\s+francs?", "CHF"),
    (r"roupies?|rupees?", "INR"),
    (r"wons|(?:south\s+)?korean\s+won", "KRW"),
]

_SEP = "[ \u00a0\u202f\u2009]"
_NUMBER = rf"\d{{1,3}}(?:(?:{_SEP}|[.,])\d{{3}})+(?:[.,]\d+)?(?!\d)|\d+(?:[.,]\d+)?"
_PREFIX = "|".join(re.escape(s) for s in sorted(_SYMBOLS, key=len, reverse=True))
_CODE = "|".join(_CODES)
_MAG = "|".join(sorted(_MAGNITUDES, key=len, reverse=True))
_WORD = "|".join(w for w, _ in _CURRENCY_WORDS)
_AMOUNT = re.compile(
    rf"(?<![\w$€£¥.,])"
    rf"(?:(?P<pre>{_PREFIX}|(?:{_CODE})(?=[ \u00a0\u202f]?\d))[ \u00a0\u202f]?)?"
    rf"(?P<num>{_NUMBER}|(?i:un|une|one|a|an)(?=[ \u00a0\u202f](?i:million|milliard|billion|trillion)))"
    rf"(?:[ \u00a0\u202f]?(?P<mag>(?i:{_MAG}))(?![\w]))?"
    rf"(?:[ \u00a0\u202f]?(?P<sym>€|\$|£|¥)"
    rf"|[ \u00a0\u202f](?P<code>{_CODE})\b"
    rf"|[ \u00a0\u202f]+(?:(?i:de|of)[ \u00a0\u202f]+|(?i:d)['’][ \u00a0\u202f]?)?(?P<word>(?i:{_WORD}))(?![\w]))?"
)
_WORD_RES = [(re.compile(rf"(?i:{w})$"), iso) for w, iso in _CURRENCY_WORDS]

# After a currency-less magnitude: "de"/"of" + a noun means a count of that noun;
# in English a bare noun does too ("175 billion parameters") unless it is one of these.
_COUNT_OF = re.compile(r"[ \u00a0\u202f]+(?:(?i:de|of)[ \u00a0\u202f]+|(?i:d)['’])\s*(?P<noun>[^\W\d_]+)")
_NEXT_WORD = re.compile(r"[ \u00a0\u202f]+(?P<word>[a-z]+)\b")
_MONEY_CONTEXT = {
    "in", "into", "to", "for", "from", "on", "at", "by", "with", "and", "or", "over", "across", "as", "than",
    "worth", "investment", "investments", "invested", "funding", "financing", "deal", "round", "valuation",
    "raised", "was", "is", "were", "are", "will", "would", "has", "had", "have", "that", "which", "more",
    "this", "last", "next", "each", "per", "a", "annually", "upfront", "commitment", "budget", "package",
}

_ANY_CURRENCY = re.compile(
    rf"(?P<sym>{_PREFIX})|\b(?P<code>{_CODE})\b|(?<![\w])(?P<word>(?i:{_WORD}))(?![\w])"
)


def _number(text: str, style: str) -> float:
    """Parse a number written in ``style`` ("fr" decimal comma, "en" decimal point)."""
    s = re.sub(_SEP, "", text)
    decimal = "," if style == "fr" else "."
    if "," in s and "." in s:  # both marks: the last one is the decimal mark
        decimal = "," if s.rfind(",") > s.rfind(".") else "."
    else:
        for mark in ",.":
            if s.count(mark) > 1:
                decimal = "." if mark == "," else ","
            elif s.count(mark) == 1 and len(s) - s.index(mark) - 1 != 3:
                decimal = mark  # "1,3" or "15.4" cannot be a thousands group
    thousands = "." if decimal == "," else ","
    return float(s.replace(thousands, "").replace(decimal, "."))


def _word_currency(word: str) -> str | None:
    for rx, iso in _WORD_RES:
        if rx.match(word):
            return iso
    return None


def _currency(m: re.Match[str]) -> str | None:
    pre, sym, code, word = m.group("pre"), m.group("sym"), m.group("code"), m.group("word")
    if pre:
        return _SYMBOLS.get(pre.strip(), pre.strip().upper())
    if sym:
        return _SYMBOLS[sym]
    if code:
        return code
    if word:
        return _word_currency(word)
    return None


def _is_count(text: str, end: int, language: str) -> bool:
    """Whether a currency-less magnitude is a count of something ("38 millions de dépêches")."""
    m = _COUNT_OF.match(text, end)
    if m and not _word_currency(m.group("noun")):
        return True
    if language == "en":
        m = _NEXT_WORD.match(text, end)
        return bool(m and m.group("word") not in _MONEY_CONTEXT and not _word_currency(m.group("word")))
    return False


def find_amounts(text: str, language: str) -> list[Amount]:
    """Money amounts in ``text``, sorted by start.

    >>> [(a.value, a.currency, a.text) for a in find_amounts("une levée de 1,3 milliard d’euros", "fr")]
    [(1300000000.0, 'EUR', '1,3 milliard d’euros')]
    """
    found: list[Amount] = []
    for m in _AMOUNT.finditer(text):
        num, mag, currency = m.group("num"), (m.group("mag") or "").lower(), _currency(m)
        if currency is None and (mag not in _WORDS_ALONE or _is_count(text, m.end(), language)):
            continue  # a year, a count, "10 m" of something, or "38 millions de dépêches"
        if not num[0].isdigit() and not mag:
            continue
        style = "en" if m.group("pre") else language  # "$1,500" is written the English way anywhere
        value = _number(num, style) if num[0].isdigit() else 1.0
        if mag:
            french_billion = style == "fr" and mag in {"billion", "billions"}
            value *= _FRENCH_BILLION if french_billion else _MAGNITUDES[mag]
        found.append(Amount(round(value, 6), currency, m.group(0), m.start(), m.end()))
    return found


def currency_in(text: str) -> str | None:
    """ISO code of the first currency named in ``text`` (symbol, code or word), else None.

    For amounts found without one ("plus de 3 milliards"): look in the rest of the sentence.

    >>> currency_in("investis en dollars américains")
    'USD'
    """
    m = _ANY_CURRENCY.search(text)
    if not m:
        return None
    if m.group("sym"):
        return _SYMBOLS[m.group("sym")]
    if m.group("code"):
        return m.group("code")
    return _word_currency(m.group("word"))
