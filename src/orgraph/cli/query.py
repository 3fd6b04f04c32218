"""Query-pack commands: ``query list``, ``query run``, and the shortcuts ``org-diff`` and ``attrition``.

``query run`` opens the store read-only and runs the query in a read transaction, so a pack
query cannot change the graph; a user's own ``--pack`` file whose query writes is refused
unless ``--write`` is given (and then the store is opened for writing).
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer

from orgraph.api import OrgGraph
from orgraph.cli import app
from orgraph.cli.commands import FormatOpt, Neo4jOpt, StoreOpt, echo_rows, open_graph
from orgraph.cli.output import Format, render, terminal_safe
from orgraph.errors import QueryError
from orgraph.params import default_text, derive, prepare
from orgraph.queries.packs import Catalog, Dialect, Query, load_catalog

query_app = typer.Typer(
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode=None,
    help="List and run the Cypher query packs.\n\nExample: orgraph query run attrition.departures -p company=Apple",
)
app.add_typer(query_app, name="query")

PackOpt = Annotated[
    Path | None,
    typer.Option("--pack", help="Your own .cypher pack file (format: see 'orgraph query list').", show_default=False),
]


def _catalog(pack: Path | None) -> Catalog:
    """The shipped packs, or only the user's pack file when one is given."""
    if pack is None:
        return load_catalog()
    if not pack.is_file():
        raise QueryError(f"{pack}: no such query pack file")
    return load_catalog(pack)


def _lookup(catalog: Catalog, name: str, pack: Path | None, dialect: Dialect) -> Query:
    """The query NAME names; in a user pack the ``pack.`` prefix may be left out."""
    if pack is not None and "." not in name:
        name = f"{pack.stem}.{name}"
    return catalog.get(name, dialect)


def _params(items: list[str]) -> dict[str, str]:
    """``-p key=value`` options as a dict (a usage error for an item without ``=``)."""
    out = {}
    for item in items:
        key, sep, value = item.partition("=")
        if not sep or not key.strip():
            raise typer.BadParameter(f"{item!r} is not key=value", param_hint="-p")
        out[key.strip()] = value
    return out


@query_app.command("list")
def list_queries(pack: PackOpt = None, fmt: FormatOpt = Format.table) -> None:
    """List the queries: name, params (optional ones with their default), what they return, doc.

    A pack is a .cypher file of queries, each starting with '// name:', '// params:' (a param
    may be typed: 'as_of: date'), '// returns: many|one|scalar', then '//' doc lines and Cypher.

    Example: orgraph query list --format json
    """
    rows = [
        {
            "name": q.full_name,
            "params": ", ".join(default_text(q, p) for p in q.params),
            "returns": q.returns,
            "doc": q.doc if fmt is not Format.table else q.doc.split("\n")[0],
        }
        for q in _catalog(pack).public()
    ]
    echo_rows(rows, fmt)


@query_app.command("run")
def run_query(
    name: Annotated[str, typer.Argument(help="pack.name, as 'orgraph query list' shows.", show_default=False)],
    param: Annotated[
        list[str] | None, typer.Option("--param", "-p", help="key=value (repeat); names work for ids.")
    ] = None,
    fmt: FormatOpt = Format.table,
    pack: PackOpt = None,
    write: Annotated[bool, typer.Option("--write", help="Allow a --pack query that changes the graph.")] = False,
    store: StoreOpt = None,
    neo4j: Neo4jOpt = None,
) -> None:
    """Run one query with params; people, companies and teams may be given by name.

    Example: orgraph query run reorg.org_diff -p company=Apple -p d1=2025-06-01 -p d2=2025-08-01
    """
    catalog = _catalog(pack)
    values = _params(param or [])
    with open_graph(store, neo4j, read_only=not write) as graph:
        query = _lookup(catalog, name, pack, graph.store.dialect)
        if query.writes and not write:
            raise QueryError(f"{query.full_name} changes the graph; pass --write to run it")
        rows = graph.store.run_query(query, prepare(graph.store, query, values), write=write)
    echo_rows(derive(rows), fmt)


def _sections(graph: OrgGraph, asks: dict[str, tuple[str, dict[str, Any]]]) -> dict[str, list[dict[str, Any]]]:
    """Run several queries with friendly params; their rows by section name."""
    out = {}
    for section, (name, params) in asks.items():
        query = graph.store.query(name)
        out[section] = derive(graph.store.run_query(query, prepare(graph.store, query, params)))
    return out


def _echo_sections(sections: dict[str, list[dict[str, Any]]], fmt: Format, titles: dict[str, str]) -> None:
    """Tables under a heading each; json/csv as one list with a ``section`` column."""
    if fmt is Format.table:
        typer.echo("\n\n".join(f"{titles[s]}\n{render(rows, fmt)}" for s, rows in sections.items()))
        return
    echo_rows([{"section": s, **row} for s, rows in sections.items() for row in rows], fmt)


@app.command("org-diff")
def org_diff(
    company: Annotated[str, typer.Argument(help="Company name, alias or id.", show_default=False)],
    d1: Annotated[str, typer.Option("--from", help="First date, YYYY[-MM[-DD]].", show_default=False)],
    d2: Annotated[str, typer.Option("--to", help="Second date, YYYY[-MM[-DD]].", show_default=False)],
    team: Annotated[str | None, typer.Option("--team", help="Only this team of the company.")] = None,
    fmt: FormatOpt = Format.table,
    store: StoreOpt = None,
    neo4j: Neo4jOpt = None,
) -> None:
    """What changed in a company's org between two dates: joins, leaves, moves, new managers, new leads.

    Example: orgraph org-diff Apple --from 2025-06-01 --to 2025-08-01
    """
    with open_graph(store, neo4j, read_only=True) as graph:
        params = {"company": company, "team": team, "d1": d1, "d2": d2}
        rows = _sections(graph, {"diff": ("reorg.org_diff", params)})["diff"]
    order = ["leave", "join", "move", "lead_change", "new_manager", "manager_gone"]
    rows.sort(key=lambda r: (order.index(r["change"]), str(r["changed_on"] or ""), r["person"] or ""))
    if fmt is Format.table and not rows:
        typer.echo(f"No changes recorded in {terminal_safe(company)} between {d1} and {d2}.")
        return
    echo_rows(rows, fmt)


@app.command()
def attrition(
    company: Annotated[str, typer.Argument(help="Company name, alias or id.", show_default=False)],
    team: Annotated[str | None, typer.Option("--team", help="Only this team of the company.")] = None,
    since: Annotated[str | None, typer.Option("--since", help="From this date, YYYY[-MM[-DD]].")] = None,
    until: Annotated[str | None, typer.Option("--until", help="Before this date (exclusive).")] = None,
    count_named: Annotated[
        bool,
        typer.Option("--count-named", help="Use the people named in the graph as headcount when no size is stated."),
    ] = False,
    fmt: FormatOpt = Format.table,
    store: StoreOpt = None,
    neo4j: Neo4jOpt = None,
) -> None:
    """Who left a company (or team) in a period, where they went, tenure, and the attrition rate.

    The rate divides separations by stated team sizes where reports give them; elsewhere it is
    left empty with no_denominator=True unless --count-named is given.

    Example: orgraph attrition Apple --since 2025-01-01 --until 2026-01-01
    """
    period = {"company": company, "team": team, "since": since, "until": until}
    with open_graph(store, neo4j, read_only=True) as graph:
        sections = _sections(
            graph,
            {
                "departures": ("attrition.departures", period),
                "rate": ("attrition.attrition_rate", {**period, "count_named": count_named}),
            },
        )
    titles = {"departures": "Departures", "rate": "Attrition rate (separations / average headcount)"}
    _echo_sections(sections, fmt, titles)
