"""The ``aipg`` command: parse, build Settings, call one library function, render.

Library errors (graph.errors.AipgError) are translated once, in ``main``:
one line on stderr naming the thing and the fix, exit 1 (2 for usage errors).
"""

from __future__ import annotations

import csv
import io
import json
import sys
from typing import Any, Iterable, Sequence

import click

from graph.config import Settings, load_settings
from graph.errors import AipgError

FORMATS = ("table", "json", "csv")


# --------------------------------------------------------------------------- shared options
def store_option(f):
    """--store PATH|URI on every command that touches a store (env: AIPG_STORE, NEO4J_URI)."""
    return click.option(
        "--store",
        "store",
        default=None,
        metavar="PATH|URI",
        help="LadybugDB file (default ./aipg.lbug, or $AIPG_STORE) or bolt:// / neo4j:// URI (or $NEO4J_URI).",
    )(f)


def format_option(f):
    return click.option(
        "--format", "fmt", type=click.Choice(FORMATS), default="table", show_default=True, help="Output format."
    )(f)


def settings_from(**flags: Any) -> Settings:
    return load_settings(**flags)


# --------------------------------------------------------------------------- one renderer
def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:.4g}"
    if isinstance(value, (list, tuple, dict)):
        return json.dumps(value, ensure_ascii=False, default=str)
    return str(value)


def render(columns: Sequence[str], rows: Iterable[Sequence[Any]], fmt: str = "table", title: str | None = None) -> None:
    """Print rows as an aligned table, a JSON list of objects, or CSV."""
    rows = [list(r) for r in rows]
    if fmt == "json":
        click.echo(json.dumps([dict(zip(columns, r)) for r in rows], ensure_ascii=False, indent=2, default=str))
        return
    if fmt == "csv":
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\n")
        w.writerow(columns)
        for r in rows:
            w.writerow([_cell(v) for v in r])
        click.echo(buf.getvalue(), nl=False)
        return
    if title:
        click.echo(title)
    cells = [[_cell(v) for v in r] for r in rows]
    widths = [max([len(c)] + [len(r[i]) for r in cells]) for i, c in enumerate(columns)]
    widths = [min(w, 80) for w in widths]
    line = "  ".join(c.ljust(w) for c, w in zip(columns, widths))
    click.echo(line.rstrip())
    click.echo("  ".join("-" * w for w in widths))
    for r in cells:
        click.echo("  ".join((v if len(v) <= w else v[: w - 1] + "…").ljust(w) for v, w in zip(r, widths)).rstrip())
    if not cells:
        click.echo("(no rows)")


def render_json(obj: Any) -> None:
    click.echo(json.dumps(obj, ensure_ascii=False, indent=2, default=str))


# --------------------------------------------------------------------------- the group
@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="aipg")
def cli() -> None:
    """Turn news about AI partnerships into an evidenced graph database."""


# ---- commands are added below, one section per concern ----


def main(argv: Sequence[str] | None = None) -> None:
    """Entry point: the one error boundary."""
    try:
        cli.main(args=argv, prog_name="aipg", standalone_mode=False)
    except click.exceptions.Abort:
        click.echo("aipg: aborted", err=True)
        sys.exit(1)
    except click.ClickException as e:
        e.show()
        sys.exit(e.exit_code)
    except AipgError as e:
        click.echo(f"aipg: {e}", err=True)
        sys.exit(e.exit_code)
    except click.exceptions.Exit as e:
        sys.exit(e.exit_code)


if __name__ == "__main__":
    main()
