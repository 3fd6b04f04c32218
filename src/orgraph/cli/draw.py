"""``orgraph draw``: an interactive HTML org drawing of one scope on a date, or of what changed."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Annotated

import typer

from orgraph.cli import app
from orgraph.cli.commands import AsOfOpt, Neo4jOpt, StoreOpt, open_graph, parse_day
from orgraph.cli.output import terminal_safe
from orgraph.errors import QueryError


@app.command()
def draw(
    as_of: AsOfOpt = None,
    company: Annotated[
        str | None, typer.Option("--company", help="Draw one company: its teams, people and recent leavers.")
    ] = None,
    team: Annotated[str | None, typer.Option("--team", help="Draw one team: its leads and members.")] = None,
    around: Annotated[str | None, typer.Option("--around", help="Draw the people and teams around one person.")] = None,
    depth: Annotated[int, typer.Option("--depth", min=1, help="Hops from --around.")] = 1,
    diff: Annotated[
        tuple[str, str] | None,
        typer.Option(
            "--diff", metavar="D1 D2", help="Instead of --as-of: draw both dates at once, coloured by what changed."
        ),
    ] = None,
    out: Annotated[Path, typer.Option("--out", "-o", help="HTML file to write.")] = Path("org.html"),
    store: StoreOpt = None,
    neo4j: Neo4jOpt = None,
) -> None:
    """Draw the org as an interactive, self-contained HTML page (open it in any browser, offline).

    Reporting lines run top-down, companies are coloured, people who left are drawn dashed with
    a line to where they went; hover for roles, dates and the sentences each line is cited from.

    Example: orgraph draw --company Apple --as-of 2025-08-01 --out apple.html

    Example: orgraph draw --company Apple --diff 2025-06-01 2025-08-01 --out changes.html
    """
    if sum(x is not None for x in (company, team, around)) > 1:
        raise QueryError("choose one of --company, --team or --around")
    days: tuple[date, date] | None = None
    if diff is not None and as_of is not None:
        raise typer.BadParameter("give --diff D1 D2 or --as-of, not both", param_hint="--diff")
    if diff is not None:
        first, second = parse_day(diff[0], "--diff"), parse_day(diff[1], "--diff")
        assert first is not None and second is not None  # parse_day returns a date for text
        if second <= first:
            raise typer.BadParameter("the second date must come after the first", param_hint="--diff")
        days = (first, second)
    with open_graph(store, neo4j, read_only=True) as graph:
        drawing = graph.draw(
            parse_day(as_of, "--as-of"), company=company, team=team, around=around, depth=depth, diff=days, out=out
        )
    summary = f"{drawing.title} ({drawing.nodes} nodes, {drawing.edges} lines)"
    typer.echo(f"wrote {terminal_safe(str(out))}: {terminal_safe(summary)}")
