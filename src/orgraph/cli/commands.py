"""The everyday commands: load, extract, reports-to, after-departure, stats, sources, retract, demo."""

from __future__ import annotations

import json
import shutil
import sys
from datetime import date, timedelta
from pathlib import Path
from typing import Annotated, Any

import typer

from orgraph.api import OrgGraph
from orgraph.cli import app
from orgraph.cli.output import Format, render, terminal_safe
from orgraph.config import Settings
from orgraph.export import DEFAULT_WINDOW
from orgraph.graph.ingest import LoadResult
from orgraph.graph.model import format_date

StoreOpt = Annotated[
    Path | None,
    typer.Option("--store", help="Embedded store folder (default: $ORGRAPH_STORE or ./.orgraph).", show_default=False),
]
Neo4jOpt = Annotated[
    str | None,
    typer.Option(
        "--neo4j",
        help="Bolt URI of a Neo4j server (default: $NEO4J_URI); credentials from NEO4J_USERNAME/NEO4J_PASSWORD.",
        show_default=False,
    ),
]
FormatOpt = Annotated[Format, typer.Option("--format", "-f", help="Output format.")]


def parse_day(text: str | None, option: str | None) -> date | None:
    """A ``YYYY-MM-DD`` option value, or a usage error naming the option (``None``: the
    option being parsed, when called from its callback)."""
    if text is None:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise typer.BadParameter(f"{text!r} is not a date YYYY-MM-DD", param_hint=option) from None


def _checked_day(value: str | None) -> str | None:
    """Option callback: a date option is checked while the command line is parsed, so a
    mistyped date is reported before any store is opened (and before any other error)."""
    parse_day(value, None)  # the parser names the option itself
    return value


AsOfOpt = Annotated[
    str | None,
    typer.Option(
        "--as-of", help="Date to answer for, YYYY-MM-DD (default: today).", show_default=False, callback=_checked_day
    ),
]
LLMOpt = Annotated[
    bool,
    typer.Option("--llm", help="Extract news facts with the LLM endpoint in ORGRAPH_LLM_URL/ORGRAPH_LLM_MODEL."),
]
SpacyOpt = Annotated[
    str | None,
    typer.Option(
        "--spacy-model",
        help="Add the people an installed spaCy model finds (e.g. en_core_web_sm) to the news rules' own "
        "(default: ORGRAPH_SPACY_MODEL).",
        show_default=False,
    ),
]
PublishedOpt = Annotated[
    str | None,
    typer.Option(
        "--published",
        help="Publication date YYYY-MM-DD for reports that do not state one.",
        show_default=False,
        callback=_checked_day,
    ),
]


def open_graph(store: Path | None, neo4j: str | None, *, read_only: bool = False, create: bool = False) -> OrgGraph:
    """The graph the common options name. Only commands that load reports create a store:
    any other command on a missing one says so instead of leaving an empty store behind."""
    settings = Settings.from_env(store_dir=store, neo4j_uri=neo4j)
    return OrgGraph.from_settings(settings, read_only=read_only, create=create)


def _new_store_folder(store: Path | None, neo4j: str | None) -> Path | None:
    """The embedded store folder these options name, if it does not exist yet (else None)."""
    settings = Settings.from_env(store_dir=store, neo4j_uri=neo4j)
    return None if settings.neo4j_uri or settings.store_dir.exists() else settings.store_dir


def echo_rows(rows: list[dict[str, Any]], fmt: Format, columns: list[str] | None = None) -> None:
    """Print rows in the chosen format.

    csv and json carry report text exactly (click would otherwise drop ANSI sequences from
    piped output, changing the data); csv shown on a terminal has its control characters
    made visible instead, so report text cannot act on the terminal.
    """
    text = render(rows, fmt, columns)
    if fmt is Format.csv and sys.stdout.isatty():
        text = "\n".join(terminal_safe(line) for line in text.split("\n"))
    typer.echo(text, color=True)


def _load_line(result: LoadResult) -> str:
    return (
        f"{result.status:9} {terminal_safe(result.path or result.source_id)}  "
        f"(+{result.edges_added} edges, {result.edges_updated} updated, {result.edges_unchanged} unchanged, "
        f"+{result.nodes_added} nodes)"
    )


@app.command()
def load(
    paths: Annotated[list[Path], typer.Argument(help="Report files or folders of them.", show_default=False)],
    published: PublishedOpt = None,
    llm: LLMOpt = False,
    spacy_model: SpacyOpt = None,
    store: StoreOpt = None,
    neo4j: Neo4jOpt = None,
    map_file: Annotated[
        Path | None,
        typer.Option("--map", help="HR exports: YAML naming your columns and date format.", show_default=False),
    ] = None,
) -> None:
    """Load reports (news .txt/.md/.html, facts .yaml/.json, HR .csv/.parquet) into the graph.

    Every file is read and checked before anything is written; each report then loads
    whole or not at all, and loading the same report again changes nothing. HR exports use
    the bulk path when the store does not know their people yet (see orgraph.loaders.hr).

    Example: orgraph load examples/ --store ./.orgraph
    """
    from orgraph.graph.bulk import finish_hr, prepare_hr
    from orgraph.loaders import ALL_SUFFIXES, HR_SUFFIXES
    from orgraph.loaders.files import expand_paths
    from orgraph.loaders.hr import read_map

    extractor = Settings.from_env(spacy_model=spacy_model).news_extractor(llm=llm)
    mapping = read_map(map_file) if map_file else None
    files = list(expand_paths(paths, ALL_SUFFIXES))
    hr_files = [f for f in files if f.suffix.lower() in HR_SUFFIXES]
    day = parse_day(published, "--published")
    new_folder = _new_store_folder(store, neo4j)
    writing = False
    try:
        with open_graph(store, neo4j, create=True) as graph:
            hr = prepare_hr(graph.store, hr_files, mapping)
            reports = graph.read([f for f in files if f not in hr_files], day, extractor)
            writing = True
            if len(reports) > 3:
                with typer.progressbar(reports, label="loading", file=None) as bar:
                    results = [graph.load_reports([r])[0] for r in bar]
            else:
                results = graph.load_reports(reports)
            results += [finish_hr(graph.store, item) for item in hr]
    except BaseException:
        if new_folder is not None and not writing:
            # A bad file found before any write leaves no trace, not even the empty store this call made.
            shutil.rmtree(new_folder, ignore_errors=True)
        raise
    for result in results:
        typer.echo(_load_line(result))
    added = sum(r.status != "unchanged" for r in results)
    typer.echo(f"{len(results)} report(s): {added} changed the graph, {len(results) - added} unchanged")


@app.command()
def extract(
    path: Annotated[Path, typer.Argument(help="A news report (.txt, .md or .html).", show_default=False)],
    published: PublishedOpt = None,
    llm: LLMOpt = False,
    spacy_model: SpacyOpt = None,
    fmt: FormatOpt = Format.json,
) -> None:
    """Print the facts a news report states, without writing anything.

    The JSON form is stable and documented in the README ('Extract format').

    Example: orgraph extract report.html --published 2025-07-08 --format json
    """
    from orgraph.loaders.news import extract_facts, fact_to_json, read_document

    extractor = Settings.from_env(spacy_model=spacy_model).news_extractor(llm=llm) or extract_facts
    facts = [fact_to_json(f) for f in extractor(read_document(path, published=parse_day(published, "--published")))]
    if fmt is Format.json:
        typer.echo(json.dumps(facts, ensure_ascii=False, indent=2))
    else:
        flat = [{**{k: v for k, v in f.items() if k != "evidence"}, "quote": f["evidence"]["quote"]} for f in facts]
        echo_rows(flat, fmt)


@app.command("reports-to")
def reports_to(
    person: Annotated[str, typer.Argument(help="Full name, alias or id.", show_default=False)],
    as_of: AsOfOpt = None,
    fmt: FormatOpt = Format.table,
    store: StoreOpt = None,
    neo4j: Neo4jOpt = None,
) -> None:
    """Whom a person reports to on a date.

    Example: orgraph reports-to 'Zhifeng Chen' --as-of 2025-08-01 --format json
    """
    with open_graph(store, neo4j, read_only=True) as graph:
        echo_rows(graph.reports_to(person, parse_day(as_of, "--as-of")), fmt)


@app.command("after-departure")
def after_departure(
    person: Annotated[str, typer.Argument(help="Full name, alias or id of the person who left.", show_default=False)],
    as_of: AsOfOpt = None,
    fmt: FormatOpt = Format.table,
    store: StoreOpt = None,
    neo4j: Neo4jOpt = None,
) -> None:
    """Who reports to whom after a person left: their exit, former reports and teams' new leads.

    Example: orgraph after-departure 'Ruoming Pang' --as-of 2025-08-01
    """
    with open_graph(store, neo4j, read_only=True) as graph:
        day = parse_day(as_of, "--as-of") or date.today()
        sections = graph.after_departure(person, day)
        name = graph.rows("people.find", key=graph.person_id(person))[0]["name"]
    if fmt is not Format.table:
        flat = [{"section": section, **row} for section, rows in sections.items() for row in rows]
        echo_rows(flat, fmt)
        return
    typer.echo(describe_departure(str(name), sections, day))


def describe_departure(name: str, sections: dict[str, list[dict[str, Any]]], day: date) -> str:
    """The after-departure answer as sentences a reader can take in at once."""
    name = terminal_safe(name)
    lines = []
    for row in sections["departure"]:
        left = format_date(row["left_on"], row["left_precision"])
        where = f" for {terminal_safe(row['destination'])}" if row["destination"] else ""
        joined = format_date(row["joined"], row["joined_precision"])
        lines.append(
            f"{name} left {terminal_safe(row['company'])} in {left}{where}"
            + (f" (joined {joined})." if joined else ".")
        )
    if not sections["departure"]:
        lines.append(f"No departure of {name} is recorded as of {day.isoformat()}.")
    for row in sections["team_successors"]:
        size = f", about {row['headcount']} people" if row["headcount"] else ""
        if row["new_lead"]:
            since = f" since {row['new_lead_since'].isoformat()[:7]}" if row["new_lead_since"] else ""
            boss = f", who reports to {terminal_safe(row['new_lead_reports_to'])}" if row["new_lead_reports_to"] else ""
            lines.append(
                f"  Team {terminal_safe(row['team'])}{size}: now led by {terminal_safe(row['new_lead'])}{since}{boss}."
            )
        else:
            lines.append(f"  Team {terminal_safe(row['team'])}{size}: no new lead is known.")
    reports = sections["former_reports"]
    for row in reports:
        now = (
            "no manager known now (orphaned)"
            if row["orphaned"]
            else f"now reports to {terminal_safe(row['now_reports_to'])}"
        )
        lines.append(f"  {terminal_safe(row['report'])} reported to {name}; {now}.")
    if not reports:
        lines.append(f"  No one is recorded by name as reporting to {name}.")
    return "\n".join(lines)


@app.command()
def stats(store: StoreOpt = None, neo4j: Neo4jOpt = None, fmt: FormatOpt = Format.table) -> None:
    """Count the nodes, edges and reports in the graph.

    Example: orgraph stats --format json
    """
    with open_graph(store, neo4j, read_only=True) as graph:
        echo_rows([{"kind": k, "count": v} for k, v in graph.stats().items()], fmt)


@app.command()
def sources(store: StoreOpt = None, neo4j: Neo4jOpt = None, fmt: FormatOpt = Format.table) -> None:
    """List the loaded reports with their source ids (what 'retract' takes).

    Example: orgraph sources --format csv
    """
    with open_graph(store, neo4j, read_only=True) as graph:
        echo_rows(graph.rows("graph.sources"), fmt)


@app.command()
def retract(
    source_id: Annotated[str, typer.Argument(help="Source id from 'orgraph sources'.", show_default=False)],
    store: StoreOpt = None,
    neo4j: Neo4jOpt = None,
) -> None:
    """Remove one report: the claims only it supported go, claims others also support stay.

    Example: orgraph retract 3f2a9c0d1e4b5a67
    """
    with open_graph(store, neo4j) as graph:
        plan = graph.retract(source_id)
    typer.echo(
        f"retracted {terminal_safe(source_id)}: {len(plan.deletes)} edges removed, "
        f"{plan.updated} edges kept with fewer citations"
    )


@app.command()
def demo(
    paths: Annotated[
        list[Path] | None, typer.Argument(help="Reports to load (default: ./examples).", show_default=False)
    ] = None,
    as_of: AsOfOpt = None,
    store: StoreOpt = None,
    draw_to: Annotated[Path, typer.Option("--draw-to", help="Where to write the org drawing.")] = Path("out/org.html"),
) -> None:
    """Load the example reports into the embedded store and answer the canonical question.

    Who reports to whom after Ruoming Pang left Apple for Meta in July 2025?

    Example: orgraph demo examples/ --store ./.orgraph
    """
    with open_graph(store, None, create=True) as graph:
        for result in graph.load(paths or [Path("examples")]):
            typer.echo(_load_line(result))
        day = parse_day(as_of, "--as-of") or date.today()
        typer.echo(f"\nAfter Ruoming Pang's departure (as of {day.isoformat()}):")
        sections = graph.after_departure("Ruoming Pang", day)
        typer.echo(describe_departure("Ruoming Pang", sections, day))
        # Draw Apple on that day, reaching back far enough to show the people who left in the story.
        left = [row["left_on"] for row in sections["departure"] if row["left_on"]]
        since = min([day - DEFAULT_WINDOW, *(d - timedelta(days=1) for d in left)])
        drawing = graph.draw(day, company="Apple", since=since, out=draw_to)
        typer.echo(f"\nDrew {drawing.title} ({drawing.nodes} nodes): open {terminal_safe(str(draw_to))} in a browser")
