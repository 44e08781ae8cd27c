"""The extractor's code stays readable: no function in loaders/ runs over 80 lines (issue 9's
bar), so each rule stage stays a set of small, separately tested functions."""

from __future__ import annotations

import ast
from pathlib import Path

LOADERS = Path(__file__).resolve().parents[1] / "loaders"
LIMIT = 80


def long_functions(path: Path) -> list[str]:
    """``path:line name (n lines)`` for each function of the file longer than LIMIT lines."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    return [
        f"{path.name}:{node.lineno} {node.name} ({node.end_lineno - node.lineno + 1} lines)"
        for node in ast.walk(tree)
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef))
        and node.end_lineno - node.lineno + 1 > LIMIT
    ]


def test_no_function_in_loaders_is_over_80_lines():
    files = sorted(LOADERS.rglob("*.py"))
    assert len(files) > 10, "loaders/ should hold the extractor's modules"
    too_long = [row for path in files for row in long_functions(path)]
    assert not too_long, "split these functions: " + "; ".join(too_long)


def test_the_check_finds_a_long_function_and_passes_a_short_one(tmp_path):
    source = tmp_path / "shape.py"
    long_body = "\n".join(f"    x{i} = {i}" for i in range(LIMIT))
    source.write_text(f"def short():\n    return 1\n\n\ndef long():\n{long_body}\n", encoding="utf-8")
    assert long_functions(source) == [f"shape.py:5 long ({LIMIT + 1} lines)"]
