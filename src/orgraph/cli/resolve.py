"""Entity-resolution commands: merge, unmerge, merges, candidates."""

from __future__ import annotations

from typing import Annotated

import typer

from orgraph.cli import app
from orgraph.cli.commands import FormatOpt, Neo4jOpt, StoreOpt, echo_rows, open_graph
from orgraph.cli.output import Format, terminal_safe
from orgraph.graph.model import NodeKind
from orgraph.graph.resolve import candidates as resolve_candidates
from orgraph.graph.resolve import merge_nodes, unmerge

KindOpt = Annotated[str, typer.Option("--kind", help="person, company or team.")]


def _kind(text: str) -> NodeKind:
    kinds: dict[str, NodeKind] = {"person": "Person", "company": "Company", "team": "Team"}
    if text.lower() not in kinds:
        raise typer.BadParameter(f"{text!r} is not person, company or team", param_hint="--kind")
    return kinds[text.lower()]


@app.command()
def merge(
    keep: Annotated[str, typer.Argument(help="Id of the node to keep.", show_default=False)],
    drop: Annotated[str, typer.Argument(help="Id of the node to fold into it.", show_default=False)],
    kind: KindOpt = "person",
    store: StoreOpt = None,
    neo4j: Neo4jOpt = None,
) -> None:
    """Record that two nodes are the same: DROP's edges and names move onto KEEP.

    The merge is recorded and reversible ('orgraph unmerge ID'); later reports naming DROP
    land on KEEP. Use 'orgraph candidates' to find likely duplicates.

    Example: orgraph merge zhifeng-chen z-chen --kind person
    """
    with open_graph(store, neo4j) as graph:
        merge_id = merge_nodes(graph.store, _kind(kind), keep, drop)
    typer.echo(f"merged {terminal_safe(drop)} into {terminal_safe(keep)} (undo with 'orgraph unmerge {merge_id}')")


@app.command("unmerge")
def unmerge_command(
    merge_id: Annotated[str, typer.Argument(help="Merge id from 'orgraph merges'.", show_default=False)],
    store: StoreOpt = None,
    neo4j: Neo4jOpt = None,
) -> None:
    """Undo a merge: the merged node and its edges come back as they were.

    Example: orgraph unmerge 3f2a9c0d1e4b
    """
    with open_graph(store, neo4j) as graph:
        record = unmerge(graph.store, merge_id)
    typer.echo(f"unmerged {terminal_safe(str(record['merged']))} from {terminal_safe(str(record['kept']))}")


@app.command()
def merges(store: StoreOpt = None, neo4j: Neo4jOpt = None, fmt: FormatOpt = Format.table) -> None:
    """List recorded merges (what 'unmerge' takes).

    Example: orgraph merges --format json
    """
    with open_graph(store, neo4j, read_only=True) as graph:
        rows = [{k: v for k, v in r.items() if k != "payload"} for r in graph.store.read("_read.merges")]
    echo_rows(rows, fmt)


@app.command()
def candidates(
    threshold: Annotated[float, typer.Option(help="Lowest similarity score (0-100) to show.")] = 85.0,
    store: StoreOpt = None,
    neo4j: Neo4jOpt = None,
    fmt: FormatOpt = Format.table,
) -> None:
    """Propose possible duplicate people and companies by name similarity (never merges).

    Similar names are often different things ("Meta" and "Metal"), so this only lists pairs
    for you to judge; merge the real duplicates with 'orgraph merge'.

    Example: orgraph candidates --threshold 90
    """
    with open_graph(store, neo4j, read_only=True) as graph:
        found = resolve_candidates(graph.store, threshold)
    echo_rows([c.__dict__ for c in found], fmt)
