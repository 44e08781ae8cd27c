"""Explicit dates in French and English text, normalised to ISO 8601 as precisely as stated.

``find_dates`` is a hand-written finder (month names of both languages, ISO and
numeric forms, years after a preposition) so that counts and money amounts are
never read as years. Relative words ("hier", "yesterday", "ce dimanche") are
resolved only against an explicit ``reference`` date. ``parse_iso_date`` reads
one date value (front matter, metadata) and falls back to dateparser.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from aipg.loaders.lang import codes, for_language

MONTHS: dict[str, int] = {}
for _number, _names in enumerate(
    [
        "janvier janv january jan",
        "février fevrier févr fevr fév fev february feb",
        "mars march mar",
        "avril avr april apr",
        "mai may",
        "juin june jun",
        "juillet juil july jul",
        "août aout august aug",
        "septembre sept september sep",
        "octobre oct october",
        "novembre nov november",
        "décembre decembre déc dec december",
    ],
    start=1,
):
    for _name in _names.split():
        MONTHS[_name] = _number

WEEKDAYS: dict[str, int] = {}
for _number, _names in enumerate(
    ["lundi monday", "mardi tuesday", "mercredi wednesday", "jeudi thursday",
     "vendredi friday", "samedi saturday", "dimanche sunday"]
):
    for _name in _names.split():
        WEEKDAYS[_name] = _number

_WEEKDAY = "|".join(WEEKDAYS)
_SP = r"[ \u00a0\u202f]+"
_DAY = r"(?P<day>[0-3]?\d)(?:er|st|nd|rd|th|º)?"
_YEAR = r"(?P<year>(?:19|20)\d\d|2100)"
# Longest names first so "septembre" wins over "sept"; only abbreviations take a
# dot. English names that are also words must be capitalised ("may" the verb).
_FULL_MONTHS = {"janvier", "février", "fevrier", "mars", "avril", "mai", "juin", "juillet", "août", "aout", "septembre",
                "octobre", "novembre", "décembre", "decembre", "january", "february", "march", "april", "may", "june",
                "july", "august", "september", "october", "november", "december"}
_ABBREVIATED = "|".join(sorted((m for m in MONTHS if m not in _FULL_MONTHS), key=len, reverse=True))
_MON = rf"(?P<month>(?i:{'|'.join(sorted(_FULL_MONTHS, key=len, reverse=True))})(?!\w)|(?i:{_ABBREVIATED})(?:\.|(?!\w)))"
_LEAD = rf"(?:(?i:le|ce|the|on){_SP})?(?:(?i:{_WEEKDAY}),?{_SP})?"

_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("iso", re.compile(r"(?<![\d-])(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})(?!\d)")),
    ("numeric", re.compile(r"(?<![\d/.])(?P<a>\d{1,2})[/.](?P<b>\d{1,2})[/.](?P<year>\d{4})(?![\d/])")),
    ("dmy", re.compile(rf"(?<!\w){_LEAD}{_DAY}{_SP}(?:(?:de|of){_SP})?{_MON}(?:,?{_SP}|,){_YEAR}(?!\d)")),
    ("mdy", re.compile(rf"(?<!\w)(?:(?i:on){_SP})?(?:(?i:{_WEEKDAY}),?{_SP})?{_MON}{_SP}{_DAY}(?:,?{_SP}|,){_YEAR}(?!\d)")),
    ("my", re.compile(rf"(?<!\w)(?:(?i:mi|mid)-)?{_MON}(?:{_SP}(?:de|of))?,?{_SP}{_YEAR}(?!\d)")),
    ("dm", re.compile(rf"(?<!\w){_LEAD}{_DAY}{_SP}(?:(?:de|of){_SP})?{_MON}(?:{_SP}(?P<qual>(?i:dernier|prochain)))?(?![\w-])")),
    ("md", re.compile(rf"(?<!\w)(?:(?i:on){_SP})?{_MON}{_SP}{_DAY}(?![\w-]|[.,]\d)")),
    ("m", re.compile(rf"(?<!\w)(?P<prep>(?i:en|in|mi|mid|début|fin|early|late|last|next|this)[ \u00a0\u202f-]+){_MON}(?:{_SP}(?P<qual>(?i:dernier|prochain)))?(?![\w-])")),
]

# A bare year counts only after a word that makes it a date ("en", "since"...),
# at a sentence start, or in a range of years (below).
_YEAR_LEAD = (
    r"en|in|depuis|since|d['’]ici|dès|avant|après|before|after|jusqu['’]en|jusqu['’]à|until|till|by|from|"
    r"between|entre|during|pendant|courant|fin|début|end|early|late|mid|mi|vers|around|circa|"
    r"l['’]an|l['’]année|année|year|printemps|été|automne|hiver|spring|summer|autumn|fall|winter"
)
_NOT_A_YEAR = r"(?![\w%$€£¥]|[.,]\d|[ \u00a0\u202f]*(?:%|\$|€|£|¥|(?i:euros?|dollars?|millions?|milliards?|billions?)\b))"
_Y = r"(?:199\d|20\d\d|2100)"
_BARE_YEAR = re.compile(
    rf"(?:(?<![\w'’])(?i:{_YEAR_LEAD})(?:[ \u00a0\u202f]+|-)|^|(?<=[.!?:;]\s)|(?<=\n)|(?<=[(«\"“]))"
    rf"(?P<year>{_Y}){_NOT_A_YEAR}"
)
# "de 2018 à 2020", "between 2018 and 2020", "2018-2020": both ends are years.
_YEAR_RANGE = re.compile(
    rf"(?:(?P<lead>(?<![\w'’])(?i:de|du|from|entre|between|en|in){_SP}))?(?<![\w.,])(?P<y1>{_Y})"
    rf"(?P<sep>[ \u00a0\u202f]?[-–][ \u00a0\u202f]?|{_SP}(?i:à|a|to|and|et|through){_SP})(?P<y2>{_Y}){_NOT_A_YEAR}"
)

_RELATIVE = re.compile(
    r"(?<![\w-])(?P<word>(?i:avant-hier|aujourd['’]hui|hier|demain|today|yesterday|tomorrow))(?![\w-])"
    rf"|(?<![\w-])(?P<this>(?i:ce|this|last|next|on){_SP})?(?P<weekday>(?i:{_WEEKDAY}))"
    rf"(?:{_SP}(?P<wqual>(?i:dernier|prochain)))?(?![\w-])"
    r"|(?<![\w-])(?P<year_word>(?i:l['’]an dernier|l['’]année dernière|l['’]an prochain|l['’]année prochaine|"
    r"cette année|last year|next year|this year))(?![\w-])"
    r"|(?<![\w-])(?P<month_word>(?i:le mois dernier|le mois prochain|ce mois-ci|le mois passé|"
    r"last month|next month|this month|earlier this month|later this month))(?![\w-])"
)
_MONTH_WORDS = {"le mois dernier": -1, "le mois passé": -1, "last month": -1, "le mois prochain": 1, "next month": 1,
                "ce mois-ci": 0, "this month": 0, "earlier this month": 0, "later this month": 0}
_RELATIVE_DAYS = {"avant-hier": -2, "hier": -1, "yesterday": -1, "aujourd'hui": 0, "today": 0, "demain": 1, "tomorrow": 1}
_YEAR_WORDS = {"l'an dernier": -1, "l'année dernière": -1, "last year": -1, "l'an prochain": 1,
               "l'année prochaine": 1, "next year": 1, "cette année": 0, "this year": 0}


@dataclass(frozen=True)
class DateMention:
    """One date found in a text: ``iso`` is YYYY, YYYY-MM or YYYY-MM-DD per ``precision``."""

    iso: str
    text: str
    start: int
    end: int
    precision: str  # "year" | "month" | "day"


_ENGLISH_WORDS = {"may", "march", "mar", "august", "jan"}  # also ordinary words or names in lower case


def _month(name: str) -> int | None:
    """Month number; English names must be capitalised so "may" the verb is not a month."""
    key = name.lower().rstrip(".")
    if key not in MONTHS:
        return None
    if key in _ENGLISH_WORDS and not name[0].isupper():
        return None
    return MONTHS[key]


def _iso(year: int, month: int | None = None, day: int | None = None) -> str | None:
    """ISO string if the parts make a real date (or month/year), else None."""
    if not 1900 <= year <= 2100:
        return None
    if month is None:
        return f"{year:04d}"
    if not 1 <= month <= 12:
        return None
    if day is None:
        return f"{year:04d}-{month:02d}"
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def _reference(reference: str | None) -> tuple[int | None, dt.date | None]:
    """(year, full date) of the reference; a YYYY or YYYY-MM reference gives only the year."""
    if not reference:
        return None, None
    iso = parse_iso_date(reference)
    year = int(iso[:4])
    return year, dt.date.fromisoformat(iso) if len(iso) == 10 else None


def _shift_year(year: int, month: int, ref: dt.date | None, qual: str | None) -> int:
    """Year of a month named without one: "dernier"/"last" looks back, "prochain"/"next" ahead."""
    qual = (qual or "").strip(" -\u00a0\u202f").lower()
    if ref is not None and qual in {"dernier", "last"} and month >= ref.month:
        return year - 1
    if ref is not None and qual in {"prochain", "next"} and month <= ref.month:
        return year + 1
    plain = qual not in {"dernier", "last", "prochain", "next"}
    if ref is not None and plain and month - ref.month > 6:
        return year - 1  # "le 10 décembre" in a February article: the nearest December, the last one
    if ref is not None and plain and ref.month - month > 6:
        return year + 1  # "in January" in a November article
    return year


def _explicit(kind: str, m: re.Match[str], language: str, ref_year: int | None, ref: dt.date | None):
    """(iso, precision) for one explicit-pattern match, or None to skip it."""
    g = m.groupdict()
    if kind == "iso":
        return _iso(int(g["year"]), int(g["month"]), int(g["day"])), "day"
    if kind == "numeric":
        a, b, year = int(g["a"]), int(g["b"]), int(g["year"])
        if a > 12 >= b:
            day, month = a, b
        elif b > 12 >= a:
            month, day = a, b
        elif for_language(language).numbers.day_first or a == b:
            day, month = a, b
        else:  # 03/04/2025 in English: US or UK order cannot be told apart
            return None
        return _iso(year, month, day), "day"
    month = _month(g["month"])
    if month is None:
        return None
    if kind in {"dmy", "mdy"}:
        return _iso(int(g["year"]), month, int(g["day"])), "day"
    if kind == "my":
        return _iso(int(g["year"]), month), "month"
    if ref_year is None:
        return None
    year = _shift_year(ref_year, month, ref, g.get("qual") or g.get("prep"))
    if kind in {"dm", "md"}:
        return _iso(year, month, int(g["day"])), "day"
    return _iso(year, month), "month"  # kind == "m"


_FIGURATIVE = re.compile(r"(?:\b(?:de|du|of)\s+|\bd['’])$", re.IGNORECASE)


def _relative(m: re.Match[str], ref: dt.date | None, ref_year: int | None):
    """(iso, precision) for a relative word, resolved against the reference."""
    if m.group("year_word"):
        if ref_year is None:
            return None
        key = m.group("year_word").lower().replace("’", "'")
        return f"{ref_year + _YEAR_WORDS[key]:04d}", "year"
    if m.group("month_word"):
        if ref is None:
            return None
        shift = ref.year * 12 + ref.month - 1 + _MONTH_WORDS[" ".join(m.group("month_word").lower().split())]
        return f"{shift // 12:04d}-{shift % 12 + 1:02d}", "month"
    if ref is None:
        return None
    if m.group("word"):
        if _FIGURATIVE.search(m.string, 0, m.start()) or m.string.startswith(("'s", "’s"), m.end()):
            return None  # "l'IA de demain", "the world of today", "tomorrow's models"
        key = m.group("word").lower().replace("’", "'")
        return (ref + dt.timedelta(days=_RELATIVE_DAYS[key])).isoformat(), "day"
    name = m.group("weekday")
    target = WEEKDAYS[name.lower()]
    lead = (m.group("this") or "").strip().lower()
    qual = (m.group("wqual") or "").lower()
    english = name.lower().endswith("day")
    opening = not m.string[: m.start()].strip() or m.string[: m.start()].rstrip().endswith((".", "!", "?", ":", "\n"))
    if not lead and not qual and name[0].isupper() != english and not (opening and not english):
        return None  # "le Journal du Dimanche" is a paper; English weekdays are capitalised
    back = (ref.weekday() - target) % 7  # days since the last such weekday (0 = today)
    ahead = (target - ref.weekday()) % 7
    if qual == "prochain" or lead == "next":
        delta = ahead or 7
    elif qual == "dernier" or lead == "last":
        delta = -(back or 7)
    elif lead in {"ce", "this"}:
        delta = -back if back <= ahead else ahead  # the nearest one, past on a tie
    else:  # "dimanche" / "on Sunday" in news: the most recent one
        delta = -back
    return (ref + dt.timedelta(days=delta)).isoformat(), "day"


def find_dates(text: str, language: str, *, reference: str | None = None) -> list[DateMention]:
    """Dates stated in ``text``, sorted by start, overlapping matches resolved to the longest.

    >>> [d.iso for d in find_dates("Signé le 1er mars 2024, publié en avril 2024.", "fr")]
    ['2024-03-01', '2024-04']
    """
    ref_year, ref = _reference(reference)
    found: list[DateMention] = []
    impossible: list[tuple[int, int]] = []  # "31 février 2024": no part of it is a date either
    for kind, pattern in _PATTERNS:
        for m in pattern.finditer(text):
            hit = _explicit(kind, m, language, ref_year, ref)
            if hit and hit[0]:
                found.append(DateMention(hit[0], m.group(0), m.start(), m.end(), hit[1]))
            elif hit:
                impossible.append(m.span())
    for m in _BARE_YEAR.finditer(text):
        found.append(DateMention(m.group("year"), m.group("year"), m.start("year"), m.end("year"), "year"))
    for m in _YEAR_RANGE.finditer(text):
        dashed = m.group("sep").strip() in {"-", "–"}
        if (m.group("lead") or dashed) and m.group("y1") < m.group("y2"):
            for g in ("y1", "y2"):
                found.append(DateMention(m.group(g), m.group(g), m.start(g), m.end(g), "year"))
    for m in _RELATIVE.finditer(text):
        hit = _relative(m, ref, ref_year)
        if hit:
            span = m.group(0)
            lead = len(span) - len(span.lstrip())
            found.append(DateMention(hit[0], span.strip(), m.start() + lead, m.end(), hit[1]))
    found = [d for d in found if not any(a <= d.start and d.end <= b for a, b in impossible)]
    return _longest_first(found)


def _longest_first(found: list[DateMention]) -> list[DateMention]:
    """Keep the longest of overlapping mentions (the explicit date beats its parts)."""
    kept: list[DateMention] = []
    for d in sorted(found, key=lambda d: (-(d.end - d.start), d.start)):
        if all(d.end <= k.start or d.start >= k.end for k in kept):
            kept.append(d)
    return sorted(kept, key=lambda d: d.start)


_ISO_VALUE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$")


def parse_iso_date(value: str) -> str:
    """One date value as ISO (YYYY-MM-DD, or YYYY-MM / YYYY when only that is given).

    Accepts ISO dates and timestamps, "16 janvier 2025", "January 16, 2025",
    "16/01/2025"; anything else goes to dateparser, which must find a full date.
    Raises ValueError when the value is not a date.

    >>> parse_iso_date("2025-01-16T10:00:00Z"), parse_iso_date("16 janvier 2025")
    ('2025-01-16', '2025-01-16')
    """
    s = str(value).strip()
    m = _ISO_VALUE.match(s)
    if m:
        year, month, day = (int(g) if g else None for g in m.groups())
        iso = _iso(year, month, day)
        if iso:
            return iso
        raise ValueError(f"{value!r} is not a real date")
    # the language of a metadata value is unknown: try each, those that write the day first first
    languages = sorted(codes(), key=lambda code: not for_language(code).numbers.day_first)
    for language in languages:
        hits = find_dates(s, language)
        if len(hits) == 1 and hits[0].start == 0 and not s[hits[0].end:].strip(" ,.;"):
            return hits[0].iso
    import dateparser  # slow to import; only odd formats need it

    # no relative dates: "yesterday" would be the day before the build, a different date on every run
    parsed = dateparser.parse(s, languages=languages, settings={
        "REQUIRE_PARTS": ["day", "month", "year"], "PARSERS": ["custom-formats", "absolute-time"]})
    if parsed is None:
        raise ValueError(f"{value!r} is not a date (write it as YYYY-MM-DD)")
    return parsed.date().isoformat()
