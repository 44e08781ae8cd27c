"""What became of each trigger match: the claims it made, or the first stage that stopped it.

Off by default. ``with tracing() as firings:`` around an extraction collects one :class:`Firing` per
trigger match of every document the relation rules read in that block (loaders/relations.py records
them; the normal path pays one ``is None`` test per match). ``aipg eval --explain`` prints them under
each missed relation: "matched en.funds.active.invest -> stopped: frame: no right group".

Stages, in the order the rules apply them (the first that stops a match is named):

- ``gate: NAME``: a condition of the trigger or a guard against false claims (``relations._gate``):
  question, idiom, inside a list, coordinated verb, amount, promise, promise to give, noun, program,
  observer, withheld, close, text, objectless, bare, round, reported subject, founding member,
  participle;
- ``frame: no left group`` / ``frame: no right group`` / ``frame: no left or right group`` /
  ``frame: no pair``: the frame found no argument on that side, or none of the label its type needs
  (the only pairs being two items of one list is "no pair" too);
- ``frame: source is target``: every pair the frame gave had the same source and target;
- ``denied``, ``negated only``, ``policy: none`` (a negated statement the type policy drops),
  ``round at hand``, ``hedge without program``: the steps after the frame;
- a match that made claims lists them; a claim the later steps removed (duplicates, headline,
  schema, threshold) is marked ``dropped later`` by the reader (loaders/evaluate.py).
"""

from __future__ import annotations

from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from typing import Iterator


@dataclass(frozen=True)
class Firing:
    """One trigger match and what became of it."""

    document: str
    sentence: int  # index of the sentence in the document
    start: int  # characters of the sentence in the document text
    end: int
    rule: str
    words: str  # the words the trigger matched
    claims: tuple[tuple[str, str, str], ...]  # (source, type, target) of the claims it made
    stopped: str | None  # the first stage that stopped it; None when it made claims

    def outcome(self) -> str:
        if self.stopped:
            return f"stopped: {self.stopped}"
        return "claims: " + "; ".join(f"{s} -{t}-> {o}" for s, t, o in self.claims)


_FIRINGS: ContextVar[list[Firing] | None] = ContextVar("aipg_trace_firings", default=None)


@contextmanager
def tracing() -> Iterator[list[Firing]]:
    """Collect the firings of every extraction run inside the block into the list it yields."""
    firings: list[Firing] = []
    token = _FIRINGS.set(firings)
    try:
        yield firings
    finally:
        _FIRINGS.reset(token)


def recorder() -> list[Firing] | None:
    """The list firings go to, or None when nobody traces."""
    return _FIRINGS.get()
