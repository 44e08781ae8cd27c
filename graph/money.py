"""Money as a person reads it: ``format_money(4e9, "USD") -> "$4 billion"``.

Exact numbers stay in JSON and in the exports; this is for tables, the HTML
details and CSV meant for people.
"""

from __future__ import annotations

import math
from typing import Any

# Currencies written with a symbol before the number; others get their ISO code ("CHF 20 million").
SYMBOLS = {"USD": "$", "EUR": "€", "GBP": "£", "JPY": "¥", "INR": "₹", "KRW": "₩", "CNY": "CN¥",
           "CAD": "C$", "AUD": "A$", "HKD": "HK$", "SGD": "S$"}
_SCALES = ((1e12, "trillion"), (1e9, "billion"), (1e6, "million"))


def _number(value: float) -> str:
    """Up to three decimals, trailing zeros dropped: 1.3, 988.6, 4."""
    text = f"{value:,.3f}".rstrip("0").rstrip(".")
    return text if text not in ("-0", "") else "0"


def format_money(amount: float | int | str | None, currency: str | None = None) -> str:
    """An amount in words a journalist can quote; "" when there is no amount.

    >>> format_money(4e9, "USD"), format_money(1.3e9, "EUR"), format_money(40e6, "GBP")
    ('$4 billion', '€1.3 billion', '£40 million')
    >>> format_money(250000, "CHF"), format_money(3e9)
    ('CHF 250,000', '3 billion')
    """
    if amount is None or amount == "":
        return ""
    value = float(amount)
    if not math.isfinite(value):
        return ""
    size = abs(value)
    for scale, word in _SCALES:
        if size >= scale:
            figure = f"{_number(value / scale)} {word}"
            break
    else:
        figure = _number(value) if value != int(value) else f"{int(value):,}"
    if not currency:
        return figure
    symbol = SYMBOLS.get(currency)
    if symbol is None:
        return f"{currency} {figure}"
    return f"-{symbol}{figure[1:]}" if figure.startswith("-") else f"{symbol}{figure}"


def _currency_column(column: str, columns: list[str]) -> int | None:
    """Index of the currency column that goes with an amount column ("amount" -> "currency",
    "round_amount" -> "round_currency", "r.amount" -> "r.currency"), else None."""
    name = column[: -len("amount")] + "currency"
    return columns.index(name) if name in columns else None


def readable_rows(columns: list[str] | tuple[str, ...], rows: list[list[Any]]) -> list[list[Any]]:
    """Rows for people: every amount column ("amount", "round_amount", "e.amount") written with
    its currency column as ``format_money`` writes it; other cells unchanged.

    >>> readable_rows(["funder", "amount", "currency"], [["Amazon", 4e9, "USD"], ["IBM", None, None]])
    [['Amazon', '$4 billion', 'USD'], ['IBM', None, None]]
    """
    cols = list(columns)
    money = [(i, _currency_column(c, cols)) for i, c in enumerate(cols) if c.endswith("amount")]
    if not money:
        return rows
    out = []
    for row in rows:
        row = list(row)
        for i, cur in money:
            value = row[i]
            if isinstance(value, (int, float)) and not isinstance(value, bool):
                row[i] = format_money(value, row[cur] if cur is not None else None)
        out.append(row)
    return out
