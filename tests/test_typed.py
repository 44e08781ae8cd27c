"""Names a document types once (loaders/typed.py): every bare use is the same entity with that label."""

from __future__ import annotations

import pytest
from sentences import document

from aipg.loaders.pipeline import analyse

#: (language, text, name typed, label it gets or None where nothing types it)
CASES = [
    ("fr", "Orange a rejoint Lyra la semaine dernière. Lyra, un consortium d'opérateurs, veut mutualiser les données.",
     "lyra", "Program"),
    ("en", "Ten hospitals launched an initiative, called Kestrel, to share data. Pfizer joined Kestrel.", "kestrel",
     "Program"),
    ("fr", "Une coalition, baptisée Albatros, réunit des laboratoires. Inria a rejoint Albatros.", "albatros", "Program"),
    ("en", "Cohere and Fujitsu created the Lyra alliance in 2024.", "lyra", "Program"),
    ("en", "Verdant, a foundation for open science, backs Zephyr.", "verdant", "Organization"),
    # near misses: a model, a network operator, a city are typed as no program
    ("en", "Nova, the open model released by Mistral AI, is used by Orange. Nova is fast.", "nova", None),
    ("en", "Telvio, a network operator in Spain, signed with Orange. Telvio is growing.", "telvio", "Company"),
]


@pytest.fixture(scope="module")
def analysed():
    return analyse([document(f"typed{i}", lang, text) for i, (lang, text, _, _) in enumerate(CASES)])


@pytest.mark.parametrize("i", range(len(CASES)), ids=[c[1][:40] for c in CASES])
def test_typed_name_label(analysed, i):
    """Every use of the name has the label the typing gives (both uses where the text has two)."""
    _, _, name, label = CASES[i]
    uses = [m for m in analysed[i].mentions if m.text.lower() == name]
    if label is None:
        assert all(m.label not in ("Program", "Organization") for m in uses)
    else:
        assert uses and all(m.label == label for m in uses), [(m.text, m.kind, m.label) for m in uses]
