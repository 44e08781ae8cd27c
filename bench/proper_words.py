"""Write loaders/lang/en_proper_words.txt.gz: English words written capitalised far more often than
in lowercase (given names, surnames, places), folded as the mention stage folds them (lowercase, no accents), read from spacy-lookups-data's English word
probabilities (MIT licence). The mention stage of a Doc without NER reads it to tell a person's
name ("Priya Raman") from an unknown organization's in a trigger's slot ("Northwind Trust").

    PYTHONPATH=... python bench/proper_words.py   # rewrites the file; about 2 s and 250 MB once
"""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import spacy_lookups_data

from aipg.graph.ids import strip_accents

FLOOR = -19.0  # log probability of the capitalised form: rarer words are noise
MARGIN = 1.5  # capitalised at least e^1.5 (about 4.5) times as often as lowercase
OUT = Path(__file__).resolve().parent.parent / "loaders" / "lang" / "en_proper_words.txt.gz"


def proper_words() -> list[str]:
    path = Path(spacy_lookups_data.__file__).parent / "data" / "en_lexeme_prob.json.gz"
    with gzip.open(path) as f:
        prob = json.load(f)
    return sorted({strip_accents(w.lower()) for w, p in prob.items()
                   if w.isalpha() and w[:1].isupper() and w[1:].islower() and p > FLOOR
                   and p - prob.get(w.lower(), -99.0) >= MARGIN})


if __name__ == "__main__":
    words = proper_words()
    with gzip.open(OUT, "wt", encoding="utf-8", compresslevel=9) as f:
        f.write("\n".join(words) + "\n")
    print(f"{OUT}: {len(words)} words")
