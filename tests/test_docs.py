"""Every command is documented: help text in `aipg --help`, and a mention in README.md."""

from __future__ import annotations

import re
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from aipg.cli import cli

README = Path(__file__).parent.parent / "README.md"


def _walk(group: click.Group, prefix: tuple[str, ...] = ()):
    for name, command in sorted(group.commands.items()):
        path = prefix + (name,)
        yield path, command
        if isinstance(command, click.Group):
            yield from _walk(command, path)


COMMANDS = list(_walk(cli))
IDS = [" ".join(p) for p, _ in COMMANDS]


def test_the_cli_has_the_documented_commands():
    names = {" ".join(p) for p, _ in COMMANDS}
    assert names >= {"build", "extract", "eval", "query", "stats", "kb", "kb check", "kb gaps",
                     "centrality", "communities", "neighbors", "path", "export", "html", "push", "show"}


@pytest.mark.parametrize("path, command", COMMANDS, ids=IDS)
def test_every_command_has_help(path, command):
    assert (command.help or "").strip(), f"`aipg {' '.join(path)}` has no help text"
    assert command.get_short_help_str().strip()
    result = CliRunner().invoke(cli, [*path, "--help"], prog_name="aipg")
    assert result.exit_code == 0, result.output
    assert result.output.startswith(f"Usage: aipg {' '.join(path)} ")
    first_words = " ".join(command.help.split()[:6])
    assert first_words in " ".join(result.output.split())  # click rewraps the text


@pytest.mark.parametrize("path, command", COMMANDS, ids=IDS)
def test_every_option_has_help(path, command):
    missing = [p.opts[-1] for p in command.params
               if isinstance(p, click.Option) and not p.hidden and not (p.help or "").strip()]
    assert missing == [], f"`aipg {' '.join(path)}`: options without help: {', '.join(missing)}"


@pytest.mark.parametrize("path", [p for p, _ in COMMANDS], ids=IDS)
def test_every_command_is_in_the_readme(path):
    assert README.is_file(), "README.md is missing"
    text = README.read_text(encoding="utf-8")
    mention = re.compile(r"\baipg " + r"\s+".join(map(re.escape, path)) + r"(?![\w-])")
    assert mention.search(text), f"README.md has no section mentioning `aipg {' '.join(path)}`"


def test_top_level_help_lists_every_command():
    result = CliRunner().invoke(cli, ["--help"], prog_name="aipg")
    assert result.exit_code == 0
    for name in cli.commands:
        assert re.search(rf"^\s+{re.escape(name)}\s", result.output, re.M), name
