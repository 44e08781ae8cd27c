"""aipg: news about AI partnerships, turned into an evidenced graph database.

The repository root is this package (see ``package-dir`` in pyproject.toml):
``aipg.graph``, ``aipg.loaders``, ``aipg.cypher`` and ``aipg.cli``.
"""

__version__ = "0.2.0"
