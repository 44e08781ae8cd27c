"""Every `aipg ...` example in README.md runs against a store built from examples/corpus and answers.

Examples are taken from the README's code blocks (fenced or indented), in
order, with `$ ` prompts, comments, pipes and redirections removed and `&&`
chains split. Each runs in one working folder holding `examples/` and
`aipg.lbug` (built from examples/corpus first), so relative paths work as in
a clone. An example answers when it exits 0 and prints rows (a table with at
least one row, non-empty JSON, CSV beyond its header) or writes its file; an
example whose README output is an `aipg: ...` line must fail with that line.
Examples that need what the repository does not hold (a Neo4j server, the
shared corpus, your own files) skip, naming it.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import shlex
from dataclasses import dataclass
from pathlib import Path

import pytest
from click.testing import CliRunner

from aipg.cli import cli

REPO = Path(__file__).resolve().parent.parent
README = REPO / "README.md"
#: Options whose value is an input path that must exist for the example to run.
INPUT_OPTIONS = {"--docs", "--kb", "--kb-dir", "--from"}
OUTPUT_OPTIONS = {"-o", "--output"}
CUT = {"|", ">", ">>", "<", "2>", ";"}


@dataclass(frozen=True)
class Example:
    line: int
    args: tuple[str, ...]
    error: str | None = None  # the `aipg: ...` line the README shows after it

    @property
    def id(self) -> str:
        return f"L{self.line}: aipg {' '.join(self.args)}"[:90]


def _commands(text: str) -> list[str]:
    """The `aipg ...` commands of one shell line (after `&&`, before a pipe or a redirection)."""
    lexer = shlex.shlex(text, posix=True, punctuation_chars=True)
    lexer.whitespace_split = True
    lexer.commenters = "#"
    segments, current = [], []
    try:
        tokens = list(lexer)
    except ValueError:  # an unbalanced quote: not a command line
        return []
    for token in tokens:
        if token in ("&&", "||"):
            segments.append(current)
            current = []
        else:
            current.append(token)
    segments.append(current)
    out = []
    for seg in segments:
        cut = next((i for i, t in enumerate(seg) if t in CUT or t.startswith(">")), len(seg))
        seg = seg[:cut]
        if seg[:1] == ["aipg"] and len(seg) > 1:
            out.append(shlex.join(seg[1:]))
    return out


def readme_examples(text: str) -> list[Example]:
    lines = text.splitlines()
    examples: list[Example] = []
    in_fence = False
    code: list[tuple[int, str]] = []  # (line number, text) of the current block
    blocks: list[list[tuple[int, str]]] = []
    for i, line in enumerate(lines, 1):
        if line.lstrip().startswith("```"):
            if in_fence:
                blocks.append(code)
                code = []
            in_fence = not in_fence
            continue
        if in_fence:
            code.append((i, line))
        elif line.startswith("    ") and line.strip():
            code.append((i, line[4:]))
        elif code and not line.strip():
            continue
        elif code:
            blocks.append(code)
            code = []
    blocks.append(code)
    for block in blocks:
        j = 0
        while j < len(block):
            number, raw = block[j]
            while raw.rstrip().endswith("\\") and j + 1 < len(block):
                j += 1
                raw = raw.rstrip()[:-1] + " " + block[j][1].strip()
            stripped = raw.strip()
            prompt = stripped.startswith("$ ")
            stripped = stripped.removeprefix("$ ")
            commands = _commands(stripped) if "aipg " in stripped and not stripped.startswith("aipg:") else []
            error = None
            if prompt and j + 1 < len(block):
                following = block[j + 1][1].strip()
                if following.startswith("aipg: "):
                    error = following
            for command in commands:
                examples.append(Example(number, tuple(shlex.split(command)), error))
            j += 1
    seen: set[tuple[str, ...]] = set()  # an example shown twice runs once
    return [e for e in examples if not (e.args in seen or seen.add(e.args))]


EXAMPLES = readme_examples(README.read_text(encoding="utf-8"))


def test_the_readme_has_examples_of_the_main_commands():
    names = {e.args[0] for e in EXAMPLES}
    assert names >= {"build", "show", "centrality", "communities", "neighbors", "path", "export", "html", "query",
                     "stats", "kb", "eval", "extract"}
    assert any(e.args[:2] == ("show", "It") and e.error for e in EXAMPLES)


@pytest.fixture(scope="module")
def workdir(tmp_path_factory) -> Path:
    """A folder like a clone's root: examples/ and a store built from examples/corpus."""
    root = tmp_path_factory.mktemp("readme")
    (root / "examples").symlink_to(REPO / "examples")
    (root / "out").mkdir()
    with _inside(root):
        result = _run(["build", "examples/corpus"])
    assert result.exit_code == 0, result.output
    return root


@contextlib.contextmanager
def _inside(folder: Path):
    before = os.getcwd()
    os.chdir(folder)
    try:
        yield
    finally:
        os.chdir(before)


def _run(args: list[str]):
    env = {k: None for k in ("AIPG_STORE", "AIPG_KB", "NEO4J_URI", "NEO4J_USER", "NEO4J_PASSWORD")}
    return CliRunner(env=env).invoke(cli, args, prog_name="aipg")


def _missing(example: Example, root: Path) -> str | None:
    """Why this example cannot run here, or None."""
    args = example.args
    if any(a.startswith(("bolt://", "neo4j://")) for a in args) or args[0] == "push":
        return "needs a Neo4j server"
    for i, a in enumerate(args):
        before = args[i - 1] if i else ""
        if before in OUTPUT_OPTIONS or before == "--store" and args[0] == "build":
            continue
        is_input = before in INPUT_OPTIONS or before == "--store" or (
            not a.startswith("-") and not before.startswith("-") and ("/" in a or re.search(r"\.\w+$", a)))
        if is_input and not (root / a).exists():
            return f"needs {a}, which is not in the repository"
    return None


def _answered(example: Example, stdout: str, root: Path) -> bool:
    args = example.args
    out = stdout.strip()
    if args[0] in ("html", "export", "extract") and any(a in OUTPUT_OPTIONS for a in args):
        target = args[args.index(next(a for a in args if a in OUTPUT_OPTIONS)) + 1]
        if target != "-":
            path = root / target
            return path.is_file() and path.stat().st_size > 0 or path.is_dir() and any(path.iterdir())
    if not out or "(no rows)" in out or out.startswith("no path between"):
        return False
    fmt = args[args.index("--format") + 1] if "--format" in args else "table"
    if fmt == "json" or "--json" in args:
        return json.loads(out) not in ([], {})
    if fmt == "csv":
        return len(out.splitlines()) > 1
    return True


@pytest.mark.parametrize("example", EXAMPLES, ids=[e.id for e in EXAMPLES])
def test_readme_example_answers(example, workdir):
    why = _missing(example, workdir)
    if why:
        pytest.skip(why)
    with _inside(workdir):
        result = _run(list(example.args))
    if example.error:
        assert result.exit_code != 0, result.output
        if "..." not in example.error:
            assert result.stderr.strip() == example.error
        return
    assert result.exit_code == 0, f"aipg {' '.join(example.args)}\n{result.output}"
    assert _answered(example, result.stdout, workdir), f"aipg {' '.join(example.args)} gave nothing:\n{result.output}"
