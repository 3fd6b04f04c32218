"""The library's front door: :class:`OrgGraph`, for notebooks, scripts and the CLI.

It wraps a store (embedded or Neo4j) and offers loading, retracting, named pack queries
as DataFrames, and the everyday reorg questions. It holds no Cypher of its own.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import date
from itertools import chain
from pathlib import Path
from typing import TYPE_CHECKING, Any

from orgraph.config import Settings, open_neo4j
from orgraph.graph.ingest import LoadResult, load_report, retract
from orgraph.graph.merge import Plan
from orgraph.graph.model import EDGE_TYPES, NODE_KINDS, Report
from orgraph.graph.store import Row, Store
from orgraph.loaders import ALL_SUFFIXES, HR_SUFFIXES, NewsExtractor, read_report
from orgraph.loaders.files import expand_paths
from orgraph.params import find_id

if TYPE_CHECKING:
    import networkx as nx
    import pandas as pd

    from orgraph.draw import Drawing
    from orgraph.loaders.hr import ColumnMap


class OrgGraph:
    """A timed, cited org graph on one store.

    Example:
        >>> g = OrgGraph.open("./.orgraph")          # doctest: +SKIP
        >>> g.load(["examples/"])                      # doctest: +SKIP
        >>> g.query("reorg.reports_to", person="zhifeng-chen", as_of="2025-08-01")  # doctest: +SKIP
    """

    def __init__(self, store: Store) -> None:
        self.store = store

    @classmethod
    def open(cls, path: str | Path | None = None, *, read_only: bool = False) -> OrgGraph:
        """Open (creating if needed) the embedded store in ``path`` (default ``ORGRAPH_STORE`` or ``./.orgraph``)."""
        settings = Settings.from_env(store_dir=Path(path) if path else None)
        from orgraph.graph.kuzu_store import KuzuStore

        return cls(KuzuStore(settings.store_dir, read_only=read_only))

    @classmethod
    def neo4j(cls, uri: str, auth: tuple[str, str], database: str | None = None) -> OrgGraph:
        """Connect to a Neo4j server over Bolt."""
        return cls(open_neo4j(uri, auth[0], auth[1], database))

    @classmethod
    def from_settings(cls, settings: Settings, *, read_only: bool = False, create: bool = True) -> OrgGraph:
        """Open whatever store ``settings`` name (the CLI's path); see :meth:`Settings.open_store`."""
        return cls(settings.open_store(read_only=read_only, create=create))

    def close(self) -> None:
        """Close the store."""
        self.store.close()

    def __enter__(self) -> OrgGraph:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- loading -----------------------------------------------------------------------

    def read(
        self, paths: Iterable[str | Path], published: date | None = None, extractor: NewsExtractor | None = None
    ) -> list[Report]:
        """Read and validate every file first, so one bad file means nothing is written."""
        files = list(expand_paths((Path(p) for p in paths), ALL_SUFFIXES))
        return [read_report(path, published=published, extractor=extractor) for path in files]

    def load(
        self,
        paths: Iterable[str | Path],
        published: date | None = None,
        on_loaded: Callable[[LoadResult], None] | None = None,
        extractor: NewsExtractor | None = None,
        mapping: ColumnMap | None = None,
    ) -> list[LoadResult]:
        """Load files and folders of reports; each report is applied atomically.

        Every file is read and checked first. HR exports (``.csv`` or ``.parquet``, columns renamed by
        ``mapping``) take the bulk path when the store does not know their people yet, and
        are not even parsed when already loaded (see :mod:`orgraph.graph.bulk`).

        Raises:
            InputError: a file is unusable (raised before anything is written).
        """
        from orgraph.graph.bulk import finish_hr, prepare_hr

        files = list(expand_paths((Path(p) for p in paths), ALL_SUFFIXES))
        hr_files = [f for f in files if f.suffix.lower() in HR_SUFFIXES]
        hr = prepare_hr(self.store, hr_files, mapping)
        reports = self.read([f for f in files if f not in hr_files], published, extractor)
        results: list[LoadResult] = []
        writes = chain((load_report(self.store, r) for r in reports), (finish_hr(self.store, i) for i in hr))
        for result in writes:  # lazily: on_loaded hears of each as it lands
            results.append(result)
            if on_loaded:
                on_loaded(result)
        return results

    def load_reports(self, reports: Sequence[Report]) -> list[LoadResult]:
        """Load already-built reports (e.g. from your own loader)."""
        return [load_report(self.store, report) for report in reports]

    def retract(self, source_id: str) -> Plan:
        """Remove the claims only that report supported."""
        return retract(self.store, source_id)

    # -- questions ---------------------------------------------------------------------

    def rows(self, name: str, /, **params: Any) -> list[Row]:
        """Run a pack query by ``pack.name``; plain rows (dates as ``datetime.date``)."""
        return self.store.read(name, **params)

    def query(self, name: str, /, **params: Any) -> pd.DataFrame:
        """Run a pack query with friendly params and return a pandas DataFrame.

        Names stand for ids (``company="Apple"``, ``person="Pang"``, ``team="AFM"``), dates may
        be partial (``since="2025"``), optional filters may be left out and ``as_of`` defaults
        to today (see :mod:`orgraph.params`). Columns are the query's ``AS`` aliases, plus
        ``tenure_years`` where rows have ``joined`` and ``left_on``.

        Example:
            >>> g.query("attrition.departures", company="Apple", since="2025-01-01")  # doctest: +SKIP
        """
        import pandas as pd

        from orgraph.params import derive, prepare

        query = self.store.query(name)
        rows = derive(self.store.run_query(query, prepare(self.store, query, params)))
        columns = list(rows[0]) if rows else derive([dict.fromkeys(_aliases(query.text))])[0].keys()
        return pd.DataFrame(rows, columns=list(columns))

    def person_id(self, text: str) -> str:
        """The id of the person a user named by id, full name or alias.

        Raises:
            NotFoundError: nobody, or more than one person, matches.
        """
        return find_id(self.store, "person", text)

    def reports_to(self, person: str, as_of: date | None = None) -> list[Row]:
        """Whom ``person`` reports to on ``as_of`` (default today)."""
        return self.rows("reorg.reports_to", person=self.person_id(person), as_of=as_of or date.today())

    def after_departure(self, person: str, as_of: date | None = None) -> dict[str, list[Row]]:
        """For a person who left: where they went, their former reports, and their teams' new leads."""
        pid, day = self.person_id(person), as_of or date.today()
        return {
            section: self.rows(f"reorg.{section}", person=pid, as_of=day)
            for section in ("departure", "former_reports", "team_successors")
        }

    def stats(self) -> dict[str, int]:
        """Counts of nodes, edges and reports by kind."""
        counts = dict.fromkeys((*NODE_KINDS, "Source", *EDGE_TYPES), 0)  # an engine may omit empty kinds
        counts.update({str(r["kind"]): int(r["count"]) for r in self.rows("graph.counts")})
        return counts

    # -- pictures ----------------------------------------------------------------------

    def to_networkx(
        self,
        as_of: date | str | None = None,
        *,
        company: str | None = None,
        team: str | None = None,
        around: str | None = None,
        depth: int = 1,
        since: date | str | None = None,
    ) -> nx.MultiDiGraph:
        """The org on ``as_of`` (default today) as a networkx graph, in at most one scope.

        Ties that ended after ``since`` (default a year earlier) are included as former ties. See
        :func:`orgraph.export.to_networkx` for the node and edge attributes.
        """
        from orgraph.export import to_networkx

        day = as_of or date.today()
        return to_networkx(self, day, company=company, team=team, around=around, depth=depth, since=since)

    def draw(
        self,
        as_of: date | str | None = None,
        *,
        company: str | None = None,
        team: str | None = None,
        around: str | None = None,
        depth: int = 1,
        since: date | str | None = None,
        diff: tuple[date | str, date | str] | None = None,
        out: str | Path | None = None,
    ) -> Drawing:
        """An interactive org drawing (shows inline in Jupyter; ``out`` also writes the HTML file).

        With ``diff=(d1, d2)`` it draws both dates at once, coloured by what changed.
        """
        from orgraph.draw import draw
        from orgraph.export import diff as diff_graphs

        def snapshot(day: date | str | None) -> nx.MultiDiGraph:
            return self.to_networkx(day, company=company, team=team, around=around, depth=depth, since=since)

        drawing = draw(diff_graphs(snapshot(diff[0]), snapshot(diff[1])) if diff else snapshot(as_of))
        if out is not None:
            drawing.save(out)
        return drawing


def _aliases(text: str) -> list[str]:
    """Column names of a query with no rows, read from its last RETURN's AS aliases."""
    import re

    starts = [m.start() for m in re.finditer(r"\bRETURN\b", text, re.I)]  # a word: not "returned_on"
    last = text[starts[-1] :] if starts else ""
    return re.findall(r"\bAS\s+(\w+)", last.split("ORDER BY")[0], re.I)
