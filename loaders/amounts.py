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
from dataclasses import dataclass, replace
from typing import Collection, Iterable, Sequence

from aipg.graph.ids import norm
from aipg.graph.model import Claim
from aipg.loaders.lang import MoneyWords, for_language


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
    # Indian numbering: a lakh is 10^5, a crore 10^7 ("₹988.6 crore", "Rs 1.5 lakh crore")
    "lakh": 1e5, "lakhs": 1e5, "crore": 1e7, "crores": 1e7, "cr": 1e7, "lakh crore": 1e12, "lakh crores": 1e12,
}
_INDIAN = {"lakh", "lakhs", "crore", "crores", "cr", "lakh crore", "lakh crores"}  # rupees when no currency is named
# Short forms ("m", "M", "bn", "k") and "thousand" need a currency beside them:
# "10m" alone is a distance, "15 000" alone a count.
_WORDS_ALONE = {"million", "millions", "milliard", "milliards", "billion", "billions", "trillion", "trillions",
                "crore", "crores", "lakh crore", "lakh crores"}

_SYMBOLS = {
    "US$": "USD", "U.S.$": "USD", "US $": "USD", "CA$": "CAD", "C$": "CAD", "A$": "AUD", "AU$": "AUD",
    "HK$": "HKD", "S$": "SGD", "NZ$": "NZD", "Rs.": "INR", "Rs": "INR", "$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR", "₩": "KRW",
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
    (r"couronnes?\s+danoises?|danish\s+(?:crowns?|kroner|krone)", "DKK"),
    (r"couronnes?\s+suédoises?|swedish\s+(?:crowns?|kronor|krona)", "SEK"),
    (r"couronnes?\s+norvégiennes?|norwegian\s+(?:crowns?|kroner|krone)", "NOK"),
]
# a French round number told as a noun: "une dizaine de millions d'euros" (about ten million)
_ROUND_NOUNS = {"dizaine": 10, "douzaine": 12, "quinzaine": 15, "vingtaine": 20, "trentaine": 30, "quarantaine": 40,
                "cinquantaine": 50, "soixantaine": 60, "centaine": 100}

_SEP = "[ \u00a0\u202f\u2009]"
_NUMBER = rf"\d{{1,3}}(?:(?:{_SEP}|[.,])\d{{3}})+(?:[.,]\d+)?(?!\d)|\d+(?:[.,]\d+)?"
_PREFIX = "|".join(re.escape(s) for s in sorted(_SYMBOLS, key=len, reverse=True))
_CODE = "|".join(_CODES)
_MAG = "|".join(k.replace(" ", "[ \u00a0]") for k in sorted(_MAGNITUDES, key=len, reverse=True))
_WORD = "|".join(w for w, _ in _CURRENCY_WORDS)
_AMOUNT = re.compile(
    rf"(?<![\w$€£¥.,])"
    rf"(?:(?P<pre>{_PREFIX}|(?:{_CODE})(?=[ \u00a0\u202f]?\d))[ \u00a0\u202f]?)?"
    rf"(?P<num>{_NUMBER}|(?i:un|une|one|a|an)(?=[ \u00a0\u202f](?i:million|milliard|billion|trillion))"
    rf"|(?i:une[ \u00a0]+(?:{'|'.join(_ROUND_NOUNS)})[ \u00a0]+de)(?=[ \u00a0\u202f](?i:million|milliard)))"
    rf"(?:[ \u00a0\u202f]?(?P<mag>(?i:{_MAG}))(?![\w]))?"
    rf"(?:[ \u00a0\u202f]?(?P<sym>€|\$|£|¥)"
    rf"|[ \u00a0\u202f](?P<code>{_CODE})\b"
    rf"|[ \u00a0\u202f]+(?:(?i:de|of)[ \u00a0\u202f]+|(?i:d)['’][ \u00a0\u202f]?)?(?P<word>(?i:{_WORD}))(?![\w]))?"
)
# every amount _AMOUNT finds has a digit or one of these words ("un milliard", "a billion")
_MAY_HOLD_AMOUNT = re.compile(r"\d|(?i:million|milliard|billion|trillion)")
_WORD_RES = [(re.compile(rf"(?i:{w})$"), iso) for w, iso in _CURRENCY_WORDS]

# After a currency-less magnitude: "de"/"of" + a noun means a count of that noun; in a language
# with ``money_context`` words a bare noun does too ("175 billion parameters") unless it is one of them.
_COUNT_OF = re.compile(r"[ \u00a0\u202f]+(?:(?i:de|of)[ \u00a0\u202f]+|(?i:d)['’])\s*(?P<noun>[^\W\d_]+)")
_ARTICLES = frozenset({"la", "le", "les", "l", "the", "son", "sa", "ses", "leur", "leurs", "its", "their"})
_NEXT_WORD = re.compile(r"[ \u00a0\u202f]+(?P<word>[a-z]+)\b")

_ANY_CURRENCY = re.compile(
    rf"(?P<sym>{_PREFIX})|\b(?P<code>{_CODE})\b|(?<![\w])(?P<word>(?i:{_WORD}))(?![\w])"
)


def _number(text: str, decimal: str) -> float:
    """Parse a number whose decimal mark is ``decimal`` ("," or ".") unless it shows another."""
    s = re.sub(_SEP, "", text)
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


def _is_count(text: str, end: int, money_context: frozenset[str]) -> bool:
    """Whether a currency-less magnitude is a count of something ("38 millions de dépêches")."""
    m = _COUNT_OF.match(text, end)
    if m and not _word_currency(m.group("noun")) and m.group("noun").lower() not in _ARTICLES:
        return True  # ("20,6 millions de la Commission": money from someone, not a count)
    if money_context:
        m = _NEXT_WORD.match(text, end)
        return bool(m and m.group("word") not in money_context and not _word_currency(m.group("word")))
    return False


def find_amounts(text: str, language: str) -> list[Amount]:
    """Money amounts in ``text``, sorted by start.

    >>> [(a.value, a.currency, a.text) for a in find_amounts("une levée de 1,3 milliard d’euros", "fr")]
    [(1300000000.0, 'EUR', '1,3 milliard d’euros')]
    """
    found: list[Amount] = []
    if not _MAY_HOLD_AMOUNT.search(text):  # (most sentences: one cheap scan instead of _AMOUNT's)
        return found
    data = for_language(language)
    words, numbers = data.money, data.numbers
    for m in _AMOUNT.finditer(text):
        num, mag, currency = m.group("num"), " ".join((m.group("mag") or "").lower().split()), _currency(m)
        if currency is None and mag in _INDIAN:
            currency = "INR"
        if currency is None and (mag not in _WORDS_ALONE or _is_count(text, m.end(), words.money_context)):
            continue  # a year, a count, "10 m" of something, or "38 millions de dépêches"
        if not num[0].isdigit() and not mag:
            continue
        # "$1,500", "$4 billion" are written the English way anywhere
        english = bool(m.group("pre"))
        value = _number(num, "." if english else numbers.decimal_mark) if num[0].isdigit() \
            else float(_ROUND_NOUNS.get(num.split()[1].lower(), 1)) if len(num.split()) == 3 else 1.0
        if mag:
            long_scale = not english and mag in {"billion", "billions"}
            value *= numbers.billion if long_scale else _MAGNITUDES[mag]
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


# --------------------------------------------------------------------------- whose money
GIVEN, ROUND, NOT_GIVEN = "given", "round", "not given"
_WINDOW_BEFORE, _WINDOW_AFTER = 8, 5


@dataclass(frozen=True)
class Money:
    """An amount read in its sentence: what it means (``kind``), whose it is (``owner``, an entity
    id, when a party stands right beside it), and whether it is a ceiling ("up to")."""

    amount: Amount
    sentence: int
    kind: str  # GIVEN, ROUND (a total several may share) or NOT_GIVEN (valuation, revenue, price...)
    owner: str | None = None
    ceiling: bool = False
    raiser: str | None = None  # the party named as raising it ("Cohere raised $270M"): its round
    recipient: str | None = None  # the party named as receiving it ("$10bn in OpenAI")
    each: bool = False  # every named source gives it ("are each committing $25M", "25 M€ chacun")


@dataclass(frozen=True)
class OrgMention:
    """An organization named in the text: character offsets and the entity ids it stands for."""

    start: int
    end: int
    entities: tuple[str, ...]


def _words(text: str) -> list[str]:
    return norm(text).split()


def has_phrase(words: list[str], phrases: Iterable[str]) -> bool:
    """Does one of ``phrases`` stand in ``words`` as whole words?"""
    joined = f" {' '.join(words)} "
    return any(f" {p} " in joined for p in phrases)


_CONVERSION_GAP = re.compile(r"\s*\(\s*")  # between an amount and its conversion
_CLAUSE_CUT = re.compile(r"[;(]")
_CONVERSION = re.compile(r"^\s*\([^)]*\)")  # a conversion in brackets right after an amount
_GAP_BREAK = re.compile(r"[;:,.!?]")


def read_money(text: str, language: str, sentences: Sequence[tuple[int, int]], mentions: Sequence[OrgMention],
               funders: Iterable[str] = (), only: Collection[int] | None = None) -> dict[int, list[Money]]:
    """Every amount of the document (of its sentences ``only``, when given), per sentence index, with
    its meaning and owner.

    ``sentences`` are the (start, end) character spans of the sentences, ``mentions`` the
    organization mentions, ``funders`` the ids that fund something in the document (only they
    can own an amount). An amount with no currency takes the currency named last before it in
    the document, else the first after it ("Les 400 millions restants" after "1,3 milliard d'euros").
    """
    funders = set(funders)
    words = for_language(language).money
    out: dict[int, list[Money]] = {}
    for si, (s0, s1) in enumerate(sentences):
        if only is not None and si not in only:
            continue  # (each sentence's amounts are read from it alone)
        sentence = text[s0:s1]
        found = [replace(a, start=a.start + s0, end=a.end + s0) for a in find_amounts(sentence, language)]
        here = [m for m in mentions if s0 <= m.start < s1]
        kept: list[Money] = []
        for k, a in enumerate(found):
            if _converted(text, found, k):
                continue  # "¥250 billion ($1.6 billion)": the same money converted
            if a.currency is None:
                a = replace(a, currency=_currency_near(text, a.start, a.end))
            before, after = _windows(text, found, k, s0, s1)
            kind = _kind(before, after, words)
            owner, raiser = _owner(text, a, here, funders, words.raise_words)
            each = any(w in words.each for w in before[-3:] + after[:2])
            kept.append(Money(a, si, kind, owner, has_phrase(before[-4:], words.up_to), raiser, _recipient(text, a, here),
                              each))
        if kept:
            out[si] = kept
    return out


def given_amounts(text: str, language: str) -> list[Amount]:
    """The amounts of a sentence that can be money given: not a valuation, a revenue, a price or a
    customer's payment ("a versé 90 millions d'euros de redevances à Y" gives no funding)."""
    words = for_language(language).money
    found = find_amounts(text, language)
    return [a for k, a in enumerate(found) if not _converted(text, found, k)
            and _kind(*_windows(text, found, k, 0, len(text)), words) != NOT_GIVEN]


def _converted(text: str, found: list[Amount], k: int) -> bool:
    """Amount k is the one before it converted: "¥250 billion ($1.6 billion)"."""
    return bool(k and _CONVERSION_GAP.fullmatch(text[found[k - 1].end : found[k].start]))


def _windows(text: str, found: list[Amount], k: int, lo: int, hi: int) -> tuple[list[str], list[str]]:
    """The words before amount k (back to the amount before it or the clause's start) and after it
    (a conversion in brackets left out), within text[lo:hi]."""
    a = found[k]
    before = _words(_CLAUSE_CUT.split(text[found[k - 1].end if k else lo : a.start])[-1])[-_WINDOW_BEFORE:]
    return before, _words(_CONVERSION.sub("", text[a.end : hi]))[:_WINDOW_AFTER]


def _kind(before: list[str], after: list[str], words: MoneyWords) -> str:
    not_given_before, round_cues = words.not_given_before, words.round_cues
    if any(w in not_given_before for w in before[-5:]) or any(w in words.not_given_after for w in after[:3]) \
            or has_phrase(after, words.own_assets_after):
        return NOT_GIVEN
    if any(w in round_cues for w in before) or any(w in round_cues for w in after[:3]):
        return ROUND
    return GIVEN


_RELATIVE = re.compile(r"^\s*,\s*(?:which|who|that|qui|lequel|laquelle)\b", re.I)
_OWNER_AFTER = re.compile(r"^\s*(?:de\s+la|de\s+l['’]|des|du|de|d['’]|from|by|par)\s*(?:the\s+|le\s+|la\s+|les\s+)?$", re.I)


def _owner(text: str, a: Amount, mentions: list[OrgMention], funders: set[str],
           raise_words: frozenset[str]) -> tuple[str | None, str | None]:
    """(owner, raiser) of an amount. The owner is the funder standing right beside it: just
    before it, with at most five words and no clause break between ("Amazon's earlier $4bn",
    "Google (plus de 3 milliards", "OpenAI a prévu un budget de 50 millions", "X, which put in
    $1bn"), or right after it ("20,6 millions du programme X"). The raiser is the party just
    before it that raises it ("Cohere raised $270M", "Nvidia, which raised $1bn"): a round of
    its own, nobody's gift."""
    owner = raiser = None
    before = [m for m in mentions if m.end <= a.start]
    if before:
        m = before[-1]
        gap = _RELATIVE.sub("", text[m.end : a.start])  # "Thrive Capital, which put in about $1.25 billion"
        words = _words(gap)
        if len(words) <= 5 and not _GAP_BREAK.search(gap):
            if any(w in raise_words for w in words):
                raiser = m.entities[0] if len(m.entities) == 1 else None
            else:
                ids = [e for e in m.entities if e in funders]
                owner = ids[0] if len(ids) == 1 else None
    after = [m for m in mentions if m.start >= a.end]
    if owner is None and after and _OWNER_AFTER.match(text[a.end : after[0].start]):
        ids = [e for e in after[0].entities if e in funders]
        if len(ids) == 1:
            owner = ids[0]
    return owner, raiser


_TO = re.compile(r"^\s*(?:[\w-]+\s+){0,2}?(?:in|into|to|for|dans|à|a|au|aux|en|pour)\s+"
                 r"(?:the\s+|la\s+|le\s+|les\s+|l['’]\s*)?$", re.I)


def _recipient(text: str, a: Amount, mentions: list[OrgMention]) -> str | None:
    """The party an amount goes to, named right after it: "$10bn in OpenAI", "2 Md€ dans Mistral AI",
    "$2bn of funding to X"."""
    after = [m for m in mentions if m.start >= a.end]
    if after and len(after[0].entities) == 1 and _TO.match(text[a.end : after[0].start]):
        return after[0].entities[0]
    return None


def _currency_near(text: str, start: int, end: int) -> str | None:
    earlier = list(_ANY_CURRENCY.finditer(text, 0, start))
    m = earlier[-1] if earlier else _ANY_CURRENCY.search(text, end)
    if not m:
        return None
    if m.group("sym"):
        return _SYMBOLS[m.group("sym")]
    return m.group("code") or _word_currency(m.group("word"))


def assign_amounts(claims: Sequence[Claim], text: str, language: str, sentences: Sequence[tuple[int, int]],
                   paragraphs: Sequence[int], mentions: Sequence[OrgMention]) -> list[Claim]:
    """FUNDS claims with the money that is theirs (SCHEMA.md, claims); other claims unchanged.

    In the claim's sentence: an amount standing beside its source is the source's; else the first
    free amount that is money given (before a round total). It is the claim's ``amount`` when
    one source funds the whole of it, its ``round_*`` when several do (named in the sentence, or
    said to be there: "investors including", "mené par"). Valuations, revenues, prices,
    payments and spending on one's own assets are never amounts. With no amount in the sentence,
    one a sentence or two away in the same paragraph (``paragraphs[i]`` numbers sentence i's)
    counts when nothing competes there: no other funded party, no organization but the
    claim's parties; a round total found there is only ever the claim's ``round_*``. An amount
    someone is said to raise is only its own round's. "Up to" keeps the amount and makes the
    claim potential.
    """
    funds = [c for c in claims if c.type == "FUNDS"]
    if not funds:
        return list(claims)
    # (a claim reads the amounts of its own sentence and of those two at most away: no other's)
    near = {c.sentence + d for c in funds for d in (0, *_STEPS)}
    money = read_money(text, language, sentences, mentions, {c.source for c in funds}, near)
    more_investors = for_language(language).money.more_investors
    sources_of: dict[str, set[str]] = {}
    for c in funds:
        sources_of.setdefault(c.target, set()).add(c.source)
    out = []
    for c in claims:
        if c.type != "FUNDS":
            out.append(c)
            continue
        out.append(_with_money(c, text, sentences, paragraphs, mentions, money, funds, sources_of, more_investors))
    return out


def _with_money(c: Claim, text: str, sentences, paragraphs, mentions, money, funds, sources_of,
                more_investors: tuple[str, ...]) -> Claim:
    here = [c2 for c2 in funds if c2.sentence == c.sentence]
    given = [m for m in money.get(c.sentence, []) if m.kind != NOT_GIVEN]
    if _split_over_targets(c, here, given, mentions):  # one sum for several funded parties: none's own
        return _priced(c, c.status, None, given[0])
    cands = [m for m in given if m.raiser in (None, c.target) and m.recipient in (None, c.target)]
    site = c.sentence
    if not cands:
        site, cands = _neighbour(c, sentences, paragraphs, mentions, money, funds, sources_of)
    words = [w for si in {c.sentence, site} for w in _words(text[sentences[si][0] : sentences[si][1]])]
    co_sources = {x.source for x in here if x.target == c.target} | {
        x.source for x in funds if x.sentence == site and x.target == c.target}
    shared = len(co_sources) > 1 or has_phrase(words, more_investors)
    # a round shared with others is nobody's own, even beside one of them ("$30M from Nvidia and others")
    pooled = [m for m in cands if m.owner is not None and m.kind == ROUND and shared]
    own = [m for m in cands if m.owner == c.source and m not in pooled]
    free = [m for m in cands if m.owner is None or m in pooled]
    mine: Money | None = None
    total: Money | None = None
    each = [m for m in cands if m.each]
    if each:  # "$50 million: A and B are each committing $25 million": each source's own, the rest a total
        mine = each[0]
        total = next((m for m in cands if not m.each and m.owner is None), None) if shared else None
    elif own:
        mine = own[0]
        total = next((m for m in free if m.kind == ROUND), None)
    elif free:
        pick = next((m for m in free if m.kind == GIVEN), free[0])
        alone = sources_of.get(c.target, set()) == {c.source}
        # a round told in another sentence may be another round ("Mistral AI, qui vient de boucler
        # une levée de 500 millions. La banque avait participé à la série A"): its total, never one's own
        if shared or (pick.kind == ROUND and (not alone or site != c.sentence)):
            total = pick
        else:
            mine = pick
    status = "potential" if mine is not None and mine.ceiling else c.status
    if site != c.sentence and (mine or total):  # the evidence quotes the money too
        a, b = min(c.start, sentences[site][0]), max(c.end, sentences[site][1])
        passage = text[a:b]
        a += len(passage) - len(passage.lstrip())
        c = replace(c, evidence=passage.strip(), start=a, end=a + len(passage.strip()))
    return _priced(c, status, mine, total)


def _split_over_targets(c: Claim, here: Sequence[Claim], given: Sequence[Money],
                        mentions: Sequence[OrgMention]) -> bool:
    """Whether the sentence's one sum goes to several parties this source funds together, all named
    after it ("L'État mettra 75 millions d'euros dans ces instituts", "A puts $10M into B and C"): a
    total to share, so no party's own. Sums told per party ("$10M in B and $5M in C", "each"), and a
    sum named again with one of the parties named before it ("invested in A and B, with $2bn in B"),
    stay as they are."""
    targets = {x.target for x in here if x.source == c.source}
    if len(targets) < 2 or len(given) != 1 or given[0].each or given[0].kind != GIVEN:
        return False
    at = given[0].amount.start
    return not any(set(m.entities) & targets for m in mentions if c.start <= m.start < at)


def _priced(c: Claim, status: str, mine: Money | None, total: Money | None) -> Claim:
    return replace(
        c, status=status,
        amount=mine.amount.value if mine else None, currency=mine.amount.currency if mine else None,
        amount_text=mine.amount.text if mine else None,
        round_amount=total.amount.value if total else None, round_currency=total.amount.currency if total else None,
        round_amount_text=total.amount.text if total else None,
    )


_STEPS = (1, -1, 2, -2)  # the sentences ``_neighbour`` looks at, nearest first, the next before the previous


def _neighbour(c: Claim, sentences, paragraphs, mentions, money, funds, sources_of) -> tuple[int, list[Money]]:
    """The nearest sentence of the same paragraph, two at most away (the next before the
    previous), whose amounts nothing else competes for; (the claim's sentence, []) if none."""
    parties = {c.source, c.target} | sources_of.get(c.target, set())
    for d in _STEPS:
        si = c.sentence + d
        if not 0 <= si < len(sentences) or paragraphs[si] != paragraphs[c.sentence]:
            continue
        cands = [m for m in money.get(si, []) if m.kind != NOT_GIVEN and m.raiser in (None, c.target)
                 and m.recipient in (None, c.target)]
        if not cands:
            continue
        s0, s1 = sentences[si]
        named = {e for m in mentions if s0 <= m.start < s1 for e in m.entities}
        rivals = [x for x in funds if x.sentence == si and x.target != c.target]
        if rivals or named - parties:
            return c.sentence, []  # the nearest amount is someone else's: stop looking
        return si, cands
    return c.sentence, []
