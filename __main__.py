"""``python -m aipg``: the same command as ``aipg``."""

from aipg.cli import main

main()
