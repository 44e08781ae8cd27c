"""What a store knows about itself: its schema version, and what built it.

Every store keeps a small record (``AipgMeta`` nodes, one per key): the schema
version, the aipg version that last wrote to it, and the extractor and
knowledge-base versions of the last build. A store opened by this aipg is
compared with the schema it expects before anything is written: an older or
damaged layout is refused with the command that fixes it, never partly written.

Schema versions: 1 is a store without this record (aipg 0.2 and before);
2 adds the record; 3 adds claims' round totals (``round_amount``, ``round_currency``,
``round_amount_text``); 4 files each claim under a year (``year``: its date's, else its
article's; the named queries by year filter on it), filled for older stores by `aipg store migrate`.
"""

from __future__ import annotations

from typing import Mapping

from aipg.graph.errors import StoreError

SCHEMA_VERSION = 4
#: The schema version from which every claim has its ``year``.
YEARS_SINCE = 4
SCHEMA_KEY = "schema_version"
#: Keys of the record, in the order `aipg store check` shows them.
KEYS = (SCHEMA_KEY, "aipg_version", "extractor_version", "kb_version", "last_build")

Layout = Mapping[str, Mapping[str, str]]  # table -> column -> type


class OlderStore(StoreError):
    """The store was made by an older aipg: `aipg store migrate` upgrades it."""


class NewerStore(StoreError):
    """The store was made by a newer aipg than this one."""


def schema_version(meta: Mapping[str, str]) -> int:
    """The record's schema version (1 when there is no record)."""
    raw = meta.get(SCHEMA_KEY)
    try:
        return int(raw) if raw is not None else 1
    except ValueError:
        raise StoreError(f"the store's schema_version {raw!r} is not a number: the store is damaged; "
                         "rebuild it with `aipg build ARTICLES --store NEW.lbug`") from None


def layout_problems(actual: Layout, expected: Layout, *, missing_tables: bool = True) -> list[str]:
    """What ``actual`` lacks or holds differently from ``expected``, one line each.

    >>> layout_problems({"T": {"id": "STRING"}}, {"T": {"id": "STRING", "a": "DOUBLE"}, "U": {}})
    ['table T has no column a (DOUBLE)', 'no table U']
    """
    out = []
    for table, columns in expected.items():
        if table not in actual:
            if missing_tables:
                out.append(f"no table {table}")
            continue
        for name, kind in columns.items():
            have = actual[table].get(name)
            if have is None:
                out.append(f"table {table} has no column {name} ({kind})")
            elif have != kind:
                out.append(f"column {table}.{name} is {have}, expected {kind}")
    return out


def refuse(where: str, version: int, problems: list[str]) -> StoreError:
    """The error for a store this aipg must not use as it is."""
    if version > SCHEMA_VERSION:
        return NewerStore(f"store {where} has schema version {version}, newer than this aipg's "
                          f"({SCHEMA_VERSION}): upgrade aipg (pip install -U aipg) to use it")
    detail = f" ({problems[0]}{f', and {len(problems) - 1} more' if len(problems) > 1 else ''})" if problems else ""
    state = (f"does not match schema version {version}" if version == SCHEMA_VERSION
             else f"has schema version {version}, this aipg writes {SCHEMA_VERSION}")
    return OlderStore(f"store {where} {state}{detail}: "
                      f"run `aipg store migrate --store {where}` to upgrade it in place, or rebuild it with "
                      "`aipg build ARTICLES --store NEW.lbug`")
