"""The ``aipg`` command: parse, build Settings, call one library function, render.

Library errors (graph.errors.AipgError) are translated once, in ``main``:
one line on stderr naming the thing and the fix, exit 1 (2 for usage errors).
"""

from __future__ import annotations

import contextlib
import csv
import io
import json
import os
from typing import Any, Iterable, Sequence

import click

from aipg.graph.config import Settings, load_settings
from aipg.graph.errors import AipgError

FORMATS = ("table", "json", "csv", "markdown")
#: Every environment variable aipg reads (graph/config.py reads them all), as `aipg --help` lists them.
ENVIRONMENT = (
    ("AIPG_STORE", "the store when --store is not given (default ./aipg.lbug)"),
    ("AIPG_KB", "your own knowledge-base YAML files or folders, separated by ':' (as --kb)"),
    ("NEO4J_URI", "a bolt:// or neo4j:// server to use as the store when AIPG_STORE is unset"),
    ("NEO4J_USER", "Neo4j user (default neo4j)"),
    ("NEO4J_PASSWORD", "Neo4j password"),
    ("NEO4J_DATABASE", "Neo4j database (default neo4j)"),
    ("AIPG_BATCH_SIZE", "rows per store write batch (default 1000)"),
    ("AIPG_N_PROCESS", "spaCy processes for extraction (default 1)"),
    ("AIPG_MAX_BYTES", "the largest article file read, in bytes (default 5000000; as --max-bytes)"),
    ("AIPG_MAX_CHARS", "the longest article text extracted, in characters (default 1000000; as --max-chars)"),
    ("AIPG_NEO4J_TIMEOUT", "seconds to wait for a Neo4j server to connect and answer (default 5)"),
)


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


def kb_option(f):
    """--kb PATH (repeatable): the user's own knowledge-base files (env: AIPG_KB)."""
    return click.option(
        "--kb", "kb", multiple=True, type=click.Path(), metavar="PATH",
        help="Your own knowledge-base YAML file or folder, read after the shipped one: entries add to it, "
             "an entry with a shipped id replaces it (repeatable; default $AIPG_KB, ':'-separated).",
    )(f)


def scorer_option(f):
    """--scorer/--no-scorer: rescore claims with the learned scorer or not (default: Settings.scorer, off)."""
    return click.option(
        "--scorer/--no-scorer", "use_scorer", default=None,
        help="Rescore claims with the learned scorer (loaders/scorer.json) and drop those below its threshold, "
             "or not. Off by default: README, \"The learned claim scorer\", has its figures.",
    )(f)


def report_format_option(f):
    """--format table|json for commands that print a report, and the older --json as a hidden alias."""
    f = click.option("--json", "as_json", is_flag=True, hidden=True, help="Same as --format json.")(f)
    return click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table",
                        show_default=True, help="Output format.")(f)


def settings_from(kb: Sequence[str] = (), **flags: Any) -> Settings:
    """Settings from the environment and the flags given (an empty --kb leaves $AIPG_KB in force)."""
    return load_settings(**flags, kb=tuple(kb) or None)


def next_step(text: str) -> None:
    """The closing line of a command that leaves something to open or run."""
    click.echo(f"next: {text}")


@contextlib.contextmanager
def _output_file(output: str, name: str):
    """The path a library function writes to: ``output`` itself, or for ``-`` a temporary file
    whose content goes to standard output once written."""
    if output != "-":
        yield output
        return
    import tempfile
    from pathlib import Path

    with tempfile.TemporaryDirectory(prefix="aipg-") as tmp:
        path = Path(tmp) / name
        yield str(path)
        click.echo(path.read_text(encoding="utf-8"), nl=False)


@contextlib.contextmanager
def _stdin_as_file(paths: Sequence[str]):
    """``paths`` with ``-`` standing for standard input, saved as a temporary ``stdin.txt``."""
    if "-" not in paths:
        yield list(paths)
        return
    import tempfile
    from pathlib import Path

    with tempfile.TemporaryDirectory(prefix="aipg-") as tmp:
        path = Path(tmp) / "stdin.txt"
        path.write_bytes(click.get_binary_stream("stdin").read())
        yield [str(path) if p == "-" else p for p in paths]


def _store_flag(store: str | None) -> str:
    import shlex

    return f" --store {shlex.quote(store)}" if store else ""


# --------------------------------------------------------------------------- one renderer
def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        if abs(value) >= 1e5:  # a large number is money or a count: never "4e+09"
            from aipg.graph.money import format_money

            return format_money(value)
        return f"{value:.4g}"
    if isinstance(value, (list, tuple, dict)):
        return json.dumps(value, ensure_ascii=False, default=str)
    return str(value)


def _table_cell(value: Any) -> str:
    """A cell of the aligned table: one line, control characters from documents shown, not run."""
    from aipg.graph.text import terminal_safe

    return terminal_safe(" ".join(_cell(value).split()))


def _markdown_cell(value: Any) -> str:
    """A cell of a Markdown table: shown as text, never run (HTML and Markdown marks escaped)."""
    from aipg.graph.text import md_escape

    return md_escape(_cell(value))


def render(columns: Sequence[str], rows: Iterable[Sequence[Any]], fmt: str = "table", title: str | None = None) -> None:
    """Print rows as an aligned table, a JSON list of objects, CSV or a Markdown table."""
    rows = [list(r) for r in rows]
    if fmt != "json":  # people read tables and CSV: money in words, exact numbers stay in JSON
        from aipg.graph.money import readable_rows

        rows = readable_rows(columns, rows)
    if fmt == "json":
        click.echo(json.dumps([dict(zip(columns, r)) for r in rows], ensure_ascii=False, indent=2, default=str))
        return
    if fmt == "markdown":
        if title:
            click.echo(f"{title.strip()}\n")
        click.echo("| " + " | ".join(columns) + " |")
        click.echo("|" + " --- |" * len(columns))
        for r in rows:
            click.echo("| " + " | ".join(_markdown_cell(v) for v in r) + " |")
        return
    if fmt == "csv":
        from aipg.graph.text import spreadsheet_safe  # a name like "=HYPERLINK(...)" stays text

        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\n")
        w.writerow(columns)
        for r in rows:
            w.writerow([spreadsheet_safe(_cell(v)) if isinstance(v, (str, list, tuple, dict)) else _cell(v) for v in r])
        click.echo(buf.getvalue(), nl=False)
        return
    if title:
        click.echo(title)
    cells = [[_table_cell(v) for v in r] for r in rows]
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
class CommandError(click.ClickException):
    """A library error as click shows it: one line on stderr, the library's exit code."""

    def __init__(self, message: str, exit_code: int):
        super().__init__(message)
        self.exit_code = exit_code

    def show(self, file=None) -> None:
        click.echo(f"aipg: {self.format_message()}", err=True)


class AipgGroup(click.Group):
    """The one error boundary: library errors become one line and exit 1 (usage errors 2)."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except AipgError as e:
            raise CommandError(str(e), e.exit_code) from None


def _environment_help() -> str:
    width = max(len(name) for name, _ in ENVIRONMENT)
    return "\b\nEnvironment variables:\n" + "\n".join(f"  {n.ljust(width)}  {what}" for n, what in ENVIRONMENT)


@click.group(cls=AipgGroup, context_settings={"help_option_names": ["-h", "--help"]}, epilog=_environment_help())
@click.version_option(package_name="aipg")
def cli() -> None:
    """Turn news about AI partnerships into an evidenced graph database.

    Start with `aipg build examples/corpus`, then `aipg show NAME` for one
    organization's dossier or `aipg html` for the network view.
    """


# ---- commands are added below, one section per concern ----


# ---- knowledge base: kb check (the curated organizations in loaders/kb/)
@cli.group()
def kb() -> None:
    """The curated knowledge base of organizations (loaders/kb/*.yaml)."""


@kb.command("check")
@click.option("--kb-dir", "kb_dir", type=click.Path(exists=True, file_okay=False), default=None,
              help="Directory of KB *.yaml files (default: the shipped loaders/kb/).")
@kb_option
@report_format_option
@click.pass_context
def kb_check(ctx: click.Context, kb_dir: str | None, kb: tuple[str, ...], fmt: str, as_json: bool) -> None:
    """Validate the KB; print entries by label and country, or every problem as FILE:LINE: problem: fix.

    With --kb (or $AIPG_KB), your own files are checked with the shipped ones, as `build` reads them.
    """
    from pathlib import Path

    from aipg.loaders.kb import InvalidKnowledgeBase, check_kb

    try:
        report = check_kb([Path(kb_dir)] if kb_dir else None, extra=settings_from(kb=kb).kb)
    except InvalidKnowledgeBase as e:
        for problem in e.problems:
            click.echo(problem, err=True)
        click.echo(f"aipg: knowledge base invalid: {len(e.problems)} problem(s)", err=True)
        ctx.exit(1)
    if fmt == "json" or as_json:
        render_json(report.to_dict())
        return
    click.echo(f"{report.entries} entries, {report.aliases} aliases, {report.actor_aliases} actor aliases, "
               f"{report.non_organizations} non-organization surfaces in {len(report.files)} files")
    render(["label", "entries"], report.by_label.items())
    render(["country", "entries"], list(report.by_country.items())[:15], title="\nTop countries ('-' = international)")


@kb.command("gaps")
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option("--top", type=click.IntRange(1), default=50, show_default=True, help="How many names to list.")
@kb_option
@format_option
def kb_gaps(paths: tuple[str, ...], top: int, kb: tuple[str, ...], fmt: str) -> None:
    """List organization-like names in documents that the KB does not know, most frequent first.

    Example: aipg kb gaps ../shared/corpus/dev
    """
    from aipg.loaders.gaps import kb_gaps as find_gaps

    _load_language_model()
    gaps, failures = find_gaps(paths, settings=settings_from(kb=kb))
    for path, reason in failures:
        click.echo(f"aipg: skipped {path}: {reason}", err=True)
    render(["name", "label", "mentions", "documents", "example"],
           [(g.name, g.label, g.mentions, g.documents, f"[{g.example_document}] {g.example}") for g in gaps[:top]], fmt)


# ---- one organization: show
@cli.command()
@click.argument("name")
@store_option
@format_option
def show(name: str, store: str | None, fmt: str) -> None:
    """The dossier of one organization: who it is, and every relation in and out with
    its status, amount, dates, number of documents and each backing sentence with its
    article's title, date and URL. NAME is a name, alias, id or close spelling.

    Example: aipg show "mistral" --format markdown > mistral.md
    """
    from aipg.graph.dossier import ROW_COLUMNS, dossier, to_markdown, to_rows, to_text
    from aipg.graph.stores import open_store

    with open_store(settings_from(store=store), read_only=True) as st:
        found = dossier(st, name)
    if fmt == "json":
        render_json(found.to_dict())
    elif fmt == "csv":
        render(ROW_COLUMNS, to_rows(found), fmt)
    else:
        click.echo(to_markdown(found) if fmt == "markdown" else to_text(found), nl=fmt != "markdown")


# ---- analysis, exports and the HTML view: centrality, communities, neighbors, path, export, html
def filter_options(f):
    """--label, --type, --status, --min-confidence, --since, --until (graph.analysis.subgraph's filters)."""
    from aipg.graph.schema import LABELS, REL_TYPES, STATUSES

    options = (
        click.option("--label", "labels", multiple=True, type=click.Choice(LABELS),
                     help="Keep entities with this label (repeatable)."),
        click.option("--type", "types", multiple=True, type=click.Choice(REL_TYPES),
                     help="Keep edges of this relation type (repeatable)."),
        click.option("--status", type=click.Choice(STATUSES), default=None, help="Keep edges with this status."),
        click.option("--min-confidence", type=click.FloatRange(0, 1), default=None,
                     help="Keep edges whose confidence is at least this."),
        click.option("--since", metavar="DATE", default=None,
                     help="Keep edges last seen on or after DATE (YYYY, YYYY-MM or YYYY-MM-DD); undated edges stay."),
        click.option("--until", metavar="DATE", default=None,
                     help="The network as of DATE: edges first seen on or before it; undated edges stay."),
    )
    for option in reversed(options):
        f = option(f)
    return f


def _filters(labels=(), types=(), **rest: Any) -> dict[str, Any]:
    return {"labels": list(labels) or None, "types": list(types) or None, **rest}


def _read_graph(store: str | None, *, documents: bool = False, claims: bool = False):
    """(mirror, documents, claims) read from the store; the lists are empty unless asked for."""
    from aipg.graph.mirror import mirror
    from aipg.graph.stores import open_store

    with open_store(settings_from(store=store), read_only=True) as st:
        return mirror(st), (st.documents() if documents else []), (st.claims() if claims else [])


def _large_graph(store: str | None):
    """graph.fast.Columns of a store with at least graph.fast.FAST_NODES entities (analysed on
    igraph, with no NetworkX mirror), else None."""
    from aipg.graph import fast
    from aipg.graph.stores import open_store

    with open_store(settings_from(store=store), read_only=True) as st:
        if not hasattr(st, "entity_columns") or sum(st.stats().entities_by_label.values()) < fast.FAST_NODES:
            return None
        return fast.columns(st)


def _fast_rank(columns, metric: str, **options: Any) -> list[dict]:
    from aipg.graph import fast

    if metric == "betweenness":
        click.echo(f"aipg: betweenness estimated from {fast.analysis.BETWEENNESS_SAMPLES} sampled sources "
                   f"({columns.size} entities: exact is too slow)", err=True)
    return fast.rank(columns, metric, **options)


@cli.command()
@click.option("--metric", type=click.Choice(["degree", "pagerank", "betweenness", "eigenvector"]),
              default="degree", show_default=True, help="Which centrality to rank by.")
@click.option("--top", type=click.IntRange(min=1), default=20, show_default=True, help="How many entities to list.")
@filter_options
@store_option
@format_option
def centrality(metric: str, top: int, store: str | None, fmt: str, labels: tuple[str, ...], **filters: Any) -> None:
    """Rank entities by centrality. --label limits the rows listed; the metric runs on the whole
    network (narrowed by the edge filters).

    Example: aipg centrality --metric pagerank --top 10 --label Company
    """
    from aipg.graph.analysis import rank

    large = _large_graph(store) if metric in ("degree", "pagerank", "betweenness") else None
    if large is not None:
        rows = _fast_rank(large, metric, top=top, show=list(labels) or None, **_filters(**filters))
    else:
        g, _, _ = _read_graph(store)
        rows = rank(g, metric, top=top, show=list(labels) or None, **_filters(**filters))
    extra = {"degree": ["in", "out", "weighted"], "eigenvector": ["component"]}.get(metric, [])
    columns = ["id", "name", "label", metric] + extra
    keys = ["id", "name", "label", "score"] + columns[4:]
    render(columns, ([r[k] for k in keys] for r in rows), fmt)


@cli.command()
@click.option("--seed", type=int, default=0, show_default=True, help="Louvain's random seed.")
@filter_options
@store_option
@format_option
def communities(seed: int, store: str | None, fmt: str, **filters: Any) -> None:
    """Louvain communities of the partnership network, largest first.

    Example: aipg communities --since 2024 --format json
    """
    from aipg.graph.analysis import communities as louvain

    large = _large_graph(store)
    if large is not None:
        from aipg.graph.fast import communities as multilevel

        parts = multilevel(large, seed=seed, **_filters(**filters))
        name = dict(zip(large.ids, large.names))
    else:
        g, _, _ = _read_graph(store)
        parts = louvain(g, seed=seed, **_filters(**filters))
        name = {n: g.nodes[n].get("name") for n in g}
    render(["community", "size", "members"],
           ([i + 1, len(p), [name.get(n) or n for n in p]] for i, p in enumerate(parts)), fmt)


@cli.command()
@click.argument("name")
@click.option("--depth", type=click.IntRange(min=1), default=1, show_default=True, help="How many hops out.")
@filter_options
@store_option
@format_option
def neighbors(name: str, depth: int, store: str | None, fmt: str, **filters: Any) -> None:
    """Entities within --depth hops of NAME (a name, alias or id), with the relations on the way.

    Example: aipg neighbors "AI Alliance" --depth 2
    """
    from aipg.graph.analysis import neighbors as around
    from aipg.graph.lookup import resolve

    g, _, _ = _read_graph(store)
    rows = around(g, resolve(g, name), depth=depth, **_filters(**filters))
    render(["id", "name", "label", "distance", "via"],
           ([r["id"], r["name"], r["label"], r["distance"], "; ".join(r["via"])] for r in rows), fmt)


@cli.command()
@click.argument("source")
@click.argument("target")
@filter_options
@store_option
@format_option
def path(source: str, target: str, store: str | None, fmt: str, **filters: Any) -> None:
    """Shortest paths between two entities (names, aliases or ids), hop by hop with evidence.

    Example: aipg path IBM "Keio University"
    """
    from aipg.graph.analysis import path_steps, shortest_paths, step_label
    from aipg.graph.lookup import resolve

    g, _, _ = _read_graph(store)
    a, b = resolve(g, source), resolve(g, target)
    rows = [[i + 1, s["from"], step_label(s), s["to"], "negative" if s["negative"] else s["status"],
             " ".join(s["evidence"])]
            for i, p in enumerate(shortest_paths(g, a, b, **_filters(**filters))) for s in path_steps(g, p)]
    if not rows and fmt == "table":
        click.echo(f"no path between {a} and {b} with these filters")
        return
    render(["path", "from", "relation", "to", "status", "evidence"], rows, fmt)


@cli.command("export")
@click.option("--format", "fmt", type=click.Choice(["graphml", "gexf", "json", "csv", "gephi-csv", "cypher"]),
              required=True,
              help="graphml / gexf for Gephi, json (node-link), csv (neo4j-admin import folder), gephi-csv "
                   "(Gephi spreadsheet import: two files), cypher (MERGE script).")
@click.option("-o", "--output", type=click.Path(allow_dash=True), required=True,
              help="File to write ('-': standard output; a directory for --format csv and gephi-csv).")
@click.option("--size-by", type=click.Choice(["degree", "pagerank", "betweenness", "eigenvector"]),
              default="pagerank", show_default=True, help="Centrality that sets node size (gexf, gephi-csv).")
@filter_options
@store_option
def export_(fmt: str, output: str, size_by: str, store: str | None, **filters: Any) -> None:
    """Export the graph for Gephi (gexf, graphml, gephi-csv), networkx (json), neo4j-admin
    import (csv) or Neo4j Browser / cypher-shell (cypher).

    Example: aipg export --format gexf -o out/aipg.gexf
    """
    from aipg.graph.analysis import subgraph
    from aipg.graph.errors import UsageError
    from aipg.graph.export import export

    if output == "-" and fmt in ("csv", "gephi-csv"):
        raise UsageError(f"--format {fmt} writes a folder of files: give -o FOLDER, not -")
    g, _, claims = _read_graph(store, claims=fmt in ("csv", "cypher"))
    with _output_file(output, f"aipg.{fmt}") as path:
        written = export(subgraph(g, **_filters(**filters)), fmt, path, claims, size_by=size_by)
    if output != "-":
        for path in written.files:
            click.echo(f"wrote {path}")
    for note in written.notes:
        click.echo(f"note: {note}", err=True)


@cli.command()
@click.option("-o", "--output", type=click.Path(dir_okay=False, allow_dash=True), default="aipg.html",
              show_default=True, help="The HTML file to write (self-contained, works offline; '-': standard output).")
@click.option("--focus", metavar="NAME", default=None, help="Show only this entity's neighbourhood.")
@click.option("--depth", type=click.IntRange(min=1), default=1, show_default=True, help="Hops around --focus.")
@click.option("--min-weight", type=click.IntRange(min=1), default=None, help="Keep edges seen in at least W documents.")
@click.option("--size-by", type=click.Choice(["degree", "pagerank", "betweenness", "eigenvector"]),
              default="pagerank", show_default=True, help="Centrality that sets node size.")
@click.option("--max-nodes", type=click.IntRange(min=1), default=2000, show_default=True,
              help="Draw at most this many entities: the most central (or, with --focus, the nearest).")
@filter_options
@store_option
def html(output: str, focus: str | None, depth: int, min_weight: int | None, size_by: str, max_nodes: int,
         store: str | None, **filters: Any) -> None:
    """Write the interactive network view: one self-contained HTML file that works offline.

    Example: aipg html -o aipg.html --focus OpenAI --depth 2
    """
    from aipg.graph import selection
    from aipg.graph.html import document_index, write_html
    from aipg.graph.lookup import resolve
    from aipg.graph.stores import open_store

    with open_store(settings_from(store=store), read_only=True) as st, _output_file(output, "aipg.html") as path:
        # the network as arrays: only the drawn part becomes a NetworkX graph (graph.selection)
        net = selection.from_store(st)
        # only the claims behind the drawn relations are read, document by document
        drawn = write_html(net, path, documents=document_index(st.documents()),
                           claims=lambda ids: [c for d in ids for c in st.claims(d)],
                           focus=resolve(st.entities(), focus) if focus else None, depth=depth, size_by=size_by,
                           max_nodes=max_nodes, min_weight=min_weight, **_filters(**filters))
    if drawn.notice:
        click.echo(f"note: drew {drawn.nodes:,} of {drawn.total_nodes:,} entities (--max-nodes {max_nodes})", err=True)
    if not drawn.nodes:
        click.echo("note: nothing matches these filters: the page says so", err=True)
    if output != "-":
        click.echo(f"wrote {drawn.path}")
        next_step(f"open {drawn.path.resolve().as_uri()} in a browser (it works offline)")


# ---- extraction: build, extract, eval
def _stderr():
    from rich.console import Console

    return Console(stderr=True)


def _progress(total: int, label: str):
    """A rich progress bar on stderr (nothing when stderr is not a terminal)."""
    from rich.progress import Progress

    console = _stderr()
    bar = Progress(transient=True, console=console, disable=total < 1 or not console.is_terminal)
    task = bar.add_task(label, total=total)
    bar.start()
    return bar, (lambda n: bar.advance(task, n))


def _load_language_model() -> None:
    """Load the French spaCy model now, with a spinner on stderr in a terminal: it takes seconds."""
    from aipg.loaders import nlp

    console = _stderr()
    if not console.is_terminal:
        nlp.pipeline("fr")
        return
    with console.status(f"loading the French language model ({nlp.FRENCH_MODEL})..."):
        nlp.pipeline("fr")


def max_bytes_option(f):
    """--max-bytes N and --max-chars N on the commands that read articles (env: AIPG_MAX_BYTES, AIPG_MAX_CHARS)."""
    f = click.option(
        "--max-chars", "max_chars", type=click.IntRange(min=1), default=None, metavar="N",
        help="Refuse articles whose text (markup removed) is longer than N characters "
             "(default 1000000, or $AIPG_MAX_CHARS).",
    )(f)
    return click.option(
        "--max-bytes", "max_bytes", type=click.IntRange(min=1), default=None, metavar="N",
        help="Refuse article files larger than N bytes, unread (default 5000000, or $AIPG_MAX_BYTES).",
    )(f)


def _exit_on_failures(failed: int, done: int) -> None:
    """Exit status 1 when any document failed (they are listed above): 0 means all went in."""
    if failed and not done:
        raise CommandError(f"no document could be ingested ({failed} failed)", 1)
    if failed:
        raise CommandError(f"{failed} document(s) failed, listed above; the {done} other(s) went through", 1)


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@store_option
@kb_option
@click.option("--force", is_flag=True,
              help="Extract every document again, even unchanged ones (after a knowledge-base or aipg change).")
@click.option("--language", type=click.Choice(["fr", "en"]), default=None, help="Force the language instead of detecting it.")
@click.option("--compact/--no-compact", "compact_after", default=True, show_default=True,
              help="Compact the store at the end when the claims replaced since its last compaction reach half "
                   "of those it holds (as `aipg store compact`: the file would otherwise keep their space).")
@report_format_option
@max_bytes_option
@scorer_option
def build(paths: tuple[str, ...], store: str | None, kb: tuple[str, ...], force: bool, language: str | None,
          compact_after: bool, fmt: str, as_json: bool, max_bytes: int | None, max_chars: int | None,
          use_scorer: bool | None) -> None:
    """Extract documents (files or folders) and ingest them into the store.

    Unchanged documents are skipped (--force extracts them again); a changed one has its claims replaced,
    and once replacements leave much dead space the store is compacted (--no-compact: never).
    Exit status 1 when any document failed (they are listed).
    Example: aipg build examples/corpus
    """
    from aipg.graph.stores import open_store
    from aipg.graph.stores.compact import after_build, pays
    from aipg.loaders.pipeline import build as run_build

    settings = settings_from(store=store, kb=kb, max_bytes=max_bytes, max_chars=max_chars,
                             scorer=use_scorer)
    if not any(os.path.exists(p) for p in paths):  # nothing to read: do not create an empty store
        raise CommandError(f"no such file or folder: {', '.join(paths)}: give files or folders of articles", 1)
    bars = []

    def start(total: int) -> None:
        if total:
            _load_language_model()
        bars.append(_progress(total, "extracting"))

    with open_store(settings, create=True) as st:
        try:
            report = run_build(paths, st, settings=settings, language=language, on_start=start, force=force,
                               progress=lambda n: bars[-1][1](n) if bars else None)
        finally:
            for bar, _ in bars:
                bar.stop()
        stats = st.stats()
        due = compact_after and pays(st, stats.claims)
    compaction = after_build(settings.store, f"aipg store compact{_store_flag(store)}") if due else None
    if fmt == "json" or as_json:
        render_json({"build": report.to_dict(), "store": stats.to_dict(), "compaction": compaction})
    else:
        _render_build(report, stats, settings.store)
        if compaction and "error" in compaction:
            click.echo(f"  not compacted: {compaction['error']}")
        elif compaction and compaction["after"] >= compaction["before"]:
            click.echo(f"  not compacted: a copy would not be smaller than {compaction['before'] / 1e6:.1f} MB")
        elif compaction:
            click.echo(f"  compacted: {compaction['before'] / 1e6:.1f} MB -> {compaction['after'] / 1e6:.1f} MB "
                       f"in {compaction['seconds']:.1f} s (replaced claims had reached half of those held)")
        if report.outdated:
            click.echo(f"  outdated: {report.outdated} unchanged document(s) were extracted by another aipg version "
                       f"or knowledge base; `aipg build --force` extracts them again")
        if stats.documents:
            where = _store_flag(store)
            next_step(f"`aipg show NAME{where}` for one organization's dossier, "
                      f"`aipg html{where}` for the network view")
    _exit_on_failures(len(report.failed), report.added + report.replaced + report.unchanged)


def _render_build(report, stats, where: str) -> None:
    click.echo(f"store: {where}")
    click.echo(f"documents: {report.read} read, {report.added} added, {report.unchanged} unchanged, "
               f"{report.replaced} replaced, {len(report.failed)} failed")
    for path, reason in report.failed:
        click.echo(f"  failed: {path}: {reason}")
    for reason, n in sorted(report.dropped.items()):
        click.echo(f"  dropped by the schema: {n} claim(s): {reason}")
    ents = ", ".join(f"{k} {v}" for k, v in sorted(stats.entities_by_label.items())) or "none"
    edges = ", ".join(f"{k} {v}" for k, v in sorted(stats.edges_by_type.items())) or "none"
    click.echo(f"entities: {ents}")
    click.echo(f"edges: {edges}")
    click.echo(f"claims: {stats.claims}")


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True, allow_dash=True), default=None,
              help="Write the JSON here ('-' or nothing: standard output).")
@click.option("--min-confidence", type=click.FloatRange(0, 1), default=0.0, show_default=True,
              help="Drop claims whose rule confidence is below this.")
@click.option("--language", type=click.Choice(["fr", "en"]), default=None, help="Force the language.")
@kb_option
@max_bytes_option
@click.option("--engine", type=click.Choice(["local", "dask"]), default="local", show_default=True,
              help="local: one process, JSON out; dask: a Dask cluster, Parquet shards into the -o folder.")
@click.option("--scheduler", metavar="tcp://HOST:8786", default=None,
              help="With --engine dask: the scheduler to use (default: start a local cluster).")
@click.option("--workers", type=click.IntRange(min=1), default=2, show_default=True,
              help="With --engine dask and no --scheduler: worker processes of the local cluster.")
@scorer_option
def extract(paths: tuple[str, ...], output: str | None, min_confidence: float, language: str | None,
            kb: tuple[str, ...], max_bytes: int | None, max_chars: int | None, engine: str, scheduler: str | None,
            workers: int, use_scorer: bool | None) -> None:
    """Extract entities and relations without a store, as a gold-shaped JSON file (or, with
    --engine dask, as Parquet shards for `aipg load`).

    PATH `-` reads one article (text or Markdown, front matter allowed) from standard input, as document `stdin`.
    Exit status 1 when any document could not be read (they are listed on stderr).
    Example: aipg extract ../shared/corpus/seeds -o out.json
    """
    from aipg.loaders.evaluate import to_gold

    settings = settings_from(kb=kb, max_bytes=max_bytes, max_chars=max_chars, scorer=use_scorer)
    if engine == "dask" or scheduler:
        _extract_dask(paths, output, min_confidence, language, scheduler, workers, settings)
        return
    from aipg.loaders.pipeline import extract_paths

    _load_language_model()
    with _stdin_as_file(paths) as readable:
        extractions, failures = extract_paths(readable, min_confidence=min_confidence, language=language,
                                              settings=settings)
    failures = [(p if p in paths else "-", reason) for p, reason in failures]  # the temporary file was stdin
    text = json.dumps(to_gold(extractions), ensure_ascii=False, indent=2)
    if output and output != "-":
        with open(output, "w", encoding="utf-8") as fh:
            fh.write(text + "\n")
        click.echo(f"wrote {len(extractions)} document(s) to {output}", err=True)
    else:
        click.echo(text)
    for path, reason in failures:
        click.echo(f"aipg: skipped {path}: {reason}", err=True)
    if failures and not extractions:
        raise CommandError("no document could be read", 1)
    _exit_on_failures(len(failures), len(extractions))


def _extract_dask(paths, output, min_confidence, language, scheduler, workers, settings) -> None:
    from aipg.graph.errors import UsageError
    from aipg.loaders.distributed import extract_to_shards

    if not output:
        raise UsageError("--engine dask writes Parquet shards: give their folder with -o, e.g. -o shards/")
    report = extract_to_shards(paths, output, scheduler=scheduler, workers=workers, settings=settings,
                               language=language, min_confidence=min_confidence)
    click.echo(f"wrote {report.documents} document(s) in {len(report.shards)} shard(s) to {output} "
               f"with {report.workers} worker(s)", err=True)
    for path, reason in report.failed:
        click.echo(f"aipg: skipped {path}: {reason}", err=True)
    if report.failed and not report.documents:
        raise CommandError("no document could be read", 1)
    _exit_on_failures(len(report.failed), report.documents)


@cli.command("load")
@click.argument("shards", nargs=-1, required=True, type=click.Path())
@store_option
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
def load(shards: tuple[str, ...], store: str | None, as_json: bool) -> None:
    """Write Parquet shards from `aipg extract --engine dask` into the store (LadybugDB or Neo4j).

    An empty LadybugDB store gets them by one bulk COPY; otherwise each document is ingested.
    Example: aipg load shards/ --store aipg.lbug
    """
    from aipg.graph.shards import shard_files
    from aipg.graph.stores import open_store
    from aipg.graph.stores.bulk import load_shards

    settings = settings_from(store=store)
    shard_files(shards)  # a missing or empty folder fails before a store is created
    with open_store(settings, create=True) as st:
        report = load_shards(shards, st)
        stats = st.stats()
    if as_json:
        render_json({"load": report.to_dict(), "store": stats.to_dict()})
        _exit_on_failures(len(report.failed), report.added + report.replaced + report.unchanged)
        return
    click.echo(f"store: {settings.store}{' (bulk copy)' if report.copied else ''}")
    click.echo(f"documents: {report.documents} loaded, {report.added} added, {report.unchanged} unchanged, "
               f"{report.replaced} replaced, {len(report.failed)} failed")
    for document, reason in report.failed:
        click.echo(f"  failed: {document}: {reason}")
    click.echo(f"claims: {stats.claims}")
    _exit_on_failures(len(report.failed), report.added + report.replaced + report.unchanged)


@cli.command("eval")
@click.argument("gold", type=click.Path())
@click.option("--docs", type=click.Path(file_okay=False), default=None,
              help="Folder of the gold file's documents (default: a corpus/ folder beside it).")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="table", show_default=True,
              help="Output format (json: the scores and, with --explain, the relations missed and spurious).")
@click.option("--json", "as_json", is_flag=True, hidden=True, help="Same as --format json.")
@click.option("--explain", is_flag=True, help="List missed and spurious relations with their sentences; under each "
              "missed one, the rules that matched its sentence and the claims each made or the stage that stopped it.")
@click.option("--min-confidence", type=click.FloatRange(0, 1), default=0.0, show_default=True,
              help="Score only claims whose rule confidence is at least this.")
@kb_option
@scorer_option
def eval_(gold: str, docs: str | None, fmt: str, as_json: bool, explain: bool, min_confidence: float,
          kb: tuple[str, ...], use_scorer: bool | None) -> None:
    """Extract a gold file's documents and score them (precision / recall / F1).

    Example: aipg eval ../shared/gold/dev.json --docs ../shared/corpus/dev
    """
    from aipg.graph.money import format_money
    from aipg.loaders.evaluate import evaluate, format_amounts, format_scores
    from aipg.loaders.scorer import describe

    _load_language_model()
    settings = settings_from(kb=kb, scorer=use_scorer)
    scores = evaluate(gold, docs, settings=settings, min_confidence=min_confidence, explain=explain)
    if fmt == "json" or as_json:
        render_json({**scores.to_dict(explain=explain), "scorer": describe(settings.scorer)})
        return
    if explain:
        for kind, rows in (("missed", scores.missed), ("spurious", scores.spurious)):
            for r in rows:
                click.echo(f"{kind}: [{r['document']}] {r['source']} -{r['type']}-> {r['target']}"
                           f"{'  (' + r['rule'] + ')' if r.get('rule') else ''}\n    {r.get('evidence') or ''}")
                for line in r.get("firings", ()):  # (missed only: what the rules did with its sentence)
                    click.echo(f"      matched {line}")
        for r in scores.amounts.wrong:
            gold_money = format_money(r["gold_amount"], r["gold_currency"]) or "none"
            click.echo(f"amount {r['problem']}: [{r['document']}] {r['source']} -FUNDS-> {r['target']}: "
                       f"{format_money(r['amount'], r['currency']) or 'none'} (gold {gold_money})\n"
                       f"    {r.get('evidence') or ''}")
    render(["scope", "what", "precision", "recall", "f1", "tp", "fp", "fn"], format_scores(scores), fmt)
    click.echo()
    render(["amounts", "count", "share"], format_amounts(scores.amounts), fmt)
    used = describe(settings.scorer)
    click.echo(f"\nscorer: {used['file']}, threshold {used['threshold']}" if used["used"]
               else f"\nscorer: {used['why']}")


# ---- the store: stats
@cli.command()
@store_option
@format_option
def stats(store: str | None, fmt: str) -> None:
    """Count the store's documents, claims, entities by label and summary edges by type.

    Example: aipg stats --store aipg.lbug
    """
    from aipg.graph.stores import open_store

    with open_store(settings_from(store=store), read_only=True) as st:
        counts = st.stats()
    if fmt == "json":
        render_json(counts.to_dict())
        return
    rows = [("documents", "Document", counts.documents), ("claims", "Claim", counts.claims)]
    rows += [("entities", label, n) for label, n in counts.entities_by_label.items()]
    rows += [("edges", rel_type, n) for rel_type, n in counts.edges_by_type.items()]
    render(["kind", "name", "count"], rows, fmt)


# ---- the store itself: store check, store migrate, store compact
@cli.group("store")
def store_group() -> None:
    """Check a store (versions, interrupted saves, counts), migrate an older one, compact one."""


@store_group.command("check")
@click.option("--recover", is_flag=True,
              help="First open the store read-write once, to finish a save a killed run left pending.")
@store_option
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
def store_check(recover: bool, store: str | None, as_json: bool) -> None:
    """Report the store's schema, extractor and KB versions and any pending recovery, and verify
    its counts (documents, claims, summary edges recomputed from claims). Exit 1 on any problem.

    Example: aipg store check --store aipg.lbug
    """
    from aipg.graph.stores.check import check_store

    report = check_store(settings_from(store=store), recover=recover)
    if as_json:
        render_json(report.to_dict())
    else:
        for key, value in report.to_dict().items():
            if key != "problems":
                click.echo(f"{key}: {'-' if value is None else value}")
        for problem in report.problems:
            click.echo(f"  problem: {problem}")
    if report.problems:
        raise CommandError(f"store {report.store} has {len(report.problems)} problem(s), listed above", 1)


@store_group.command("compact")
@store_option
def store_compact(store: str | None) -> None:
    """Give an embedded store back the space of the rows it no longer holds (LadybugDB keeps the
    pages of deleted rows: replacing changed articles grows the file). Rewrites the file with
    what it holds, by bulk copy, and swaps it in once its counts match.

    Example: aipg store compact --store aipg.lbug
    """
    from aipg.graph.errors import UsageError
    from aipg.graph.stores.compact import compact

    settings = settings_from(store=store)
    if settings.is_server:
        raise UsageError(f"{settings.store} is a Neo4j server: `aipg store compact` is for embedded stores")
    before, after = compact(settings.store)
    click.echo(f"store {settings.store}: {before / 1e6:.1f} MB -> {after / 1e6:.1f} MB")


@store_group.command("migrate")
@store_option
def store_migrate(store: str | None) -> None:
    """Upgrade a store made by an older aipg in place: add the tables and columns this version
    writes, and record its schema version. Refuses (naming the fix) what cannot be migrated.

    Example: aipg store migrate --store old.lbug
    """
    from aipg.graph.stores import open_store

    settings = settings_from(store=store)
    with open_store(settings, create=False, migrate=True) as st:
        meta = st.meta()
    click.echo(f"store {settings.store}: schema version {meta.get('schema_version')}")


# ---- Neo4j and the query library: query, push
@cli.command()
@click.argument("query", required=False, metavar="NAME|CYPHER")
@click.option("--param", "params", multiple=True, metavar="NAME=VALUE",
              help="A query parameter (repeatable); numbers are passed as numbers.")
@click.option("--list", "list_", is_flag=True, help="List the named queries and their parameters.")
@click.option("--limit", "limit", default="1000", show_default=True, metavar="N",
              help="Show the first N rows in the query's order (the store stops there); 0 for every row.")
@store_option
@format_option
def query(query: str | None, params: tuple[str, ...], list_: bool, limit: str, store: str | None, fmt: str) -> None:
    """Run a named query from the library, or a read-only Cypher statement, on either store.

    Shows the first 1,000 rows unless --limit says otherwise, and says so when rows were left.

    Example: aipg query program-members --param program="AI Alliance"
    """
    from aipg.graph import queries
    from aipg.graph.errors import UsageError
    from aipg.graph.stores import open_store

    if list_:
        render(["name", "answers", "parameters"], queries.listing(), fmt)
        return
    if not query:
        raise UsageError("give a query name or a Cypher statement: see `aipg query --list`")
    values = queries.parse_params(params)
    queries.check(query, values)
    rows = queries.parse_limit(limit)
    with open_store(settings_from(store=store), read_only=True) as st:
        result = queries.run(st, query, values, limit=rows)
    render(result.columns, result.rows, fmt)
    if result.cut:  # beside the rows in a table; on stderr for json/csv, so piped output stays data
        click.echo(f"note: showing the first {rows:,} rows; the query has more: --limit 0 for all of them, "
                   f"or --limit N", err=fmt in ("json", "csv"))


@cli.command()
@click.option("--to", "to", default=None, metavar="URI", help="Target store: bolt:// or neo4j:// URI (default $NEO4J_URI).")
@click.option("--from", "source", default=None, metavar="PATH",
              help="Embedded store to copy (default ./aipg.lbug, or $AIPG_STORE).")
@report_format_option
def push(to: str | None, source: str | None, fmt: str, as_json: bool) -> None:
    """Copy a built embedded store into Neo4j, one transaction per document; pushing again changes nothing.

    Example: aipg push --to bolt://127.0.0.1:7687 --from aipg.lbug
    """
    from dataclasses import replace

    from aipg.graph.config import DEFAULT_STORE
    from aipg.graph.errors import UsageError
    from aipg.graph.stores import open_store
    from aipg.graph.stores.push import push as copy

    settings = settings_from()
    target = to or (settings.store if settings.is_server else None)
    if not target:
        raise UsageError("give the target with --to bolt://HOST:7687, or set NEO4J_URI")
    origin = source or (DEFAULT_STORE if settings.is_server else settings.store)
    with open_store(replace(settings, store=origin), read_only=True) as src, \
            open_store(replace(settings, store=target)) as dst:  # fmt: skip
        report = copy(src, dst)
    if fmt == "json" or as_json:
        render_json({"from": origin, "to": target, **report.to_dict()})
        return
    counts = report.to_dict()
    click.echo(f"pushed {origin} to {target}: {report.documents} document(s), {counts['added']} added, "
               f"{counts['replaced']} replaced, {counts['unchanged']} unchanged, {report.claims} claim(s)")


def main(argv: Sequence[str] | None = None) -> None:
    """Entry point of the ``aipg`` console script."""
    cli.main(args=argv, prog_name="aipg")


if __name__ == "__main__":
    main()
