"""Text from documents made safe to show: in a terminal, in Markdown, in a spreadsheet.

Kept apart from graph.dossier and graph.export (which import networkx) so that
printing a table, as ``aipg query`` does, costs no graph library import.
"""

from __future__ import annotations

import html
import unicodedata
from typing import Any

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def terminal_safe(text: str) -> str:
    r"""Text from documents for a terminal: control characters (an escape sequence could
    recolour or clear the screen) are shown as ``\xNN``, line breaks kept.

    >>> terminal_safe("red \x1b[31m text\n")
    'red \\x1b[31m text\n'
    """
    return "".join(c if c == "\n" or unicodedata.category(c) != "Cc" else f"\\x{ord(c):02x}" for c in text)


_MD_SPECIAL = str.maketrans({c: "\\" + c for c in "\\`*_[]|#"})


def md_escape(text: Any) -> str:
    """Text from documents as Markdown that shows it and never runs it (HTML escaped too)."""
    return html.escape(" ".join(str(text).split()), quote=False).translate(_MD_SPECIAL)


def spreadsheet_safe(text: str) -> str:
    """``text`` as a spreadsheet shows it but never runs it: a leading ``'`` when it starts
    like a formula (OWASP's advice for CSV injection).

    >>> spreadsheet_safe("=HYPERLINK(\\"http://x\\")"), spreadsheet_safe("IBM")
    ('\\'=HYPERLINK("http://x")', 'IBM')
    """
    return "'" + text if text.startswith(_FORMULA_START) else text
