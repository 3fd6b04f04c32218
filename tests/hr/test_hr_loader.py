"""HR exports: mapping files, row validation with file:line, atomicity, reload no-op, and the
bulk path writing exactly what the merge path writes."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from orgraph.errors import InputError
from orgraph.graph.bulk import load_hr, load_hr_table
from orgraph.graph.store import Row, Store
from orgraph.loaders import read_report
from orgraph.loaders.hr import HRTable, read_hr, read_map

HEADER = "person_id,name,manager_id,team,company,valid_from,valid_to,event,exit_reason\n"
ROWS = """\
e1,Ana Ruiz,,Platform,Acme,2016-01-04,,hire,
e2,Bo Chen,e1,Platform,Acme,2017-03-01,2019-06-01,hire,
e2,Bo Chen,e3,Search,Acme,2019-06-01,,transfer,
e3,"Cy Dee, Jr.",e1,Search,Acme,2018-01-01,,hire,
e2,Bo Chen,,,Acme,2021-02-15,,exit,resigned
e4,Di Eve,e3,Search,Acme,2019-01-01,,hire,
e4,Di Eve,e3,Platform,Acme,2020-01-01,,transfer,
e4,Di Eve,e1,Platform,Acme,2020-06-01,,manager_change,
"""
NOW = datetime(2025, 1, 2, 3, 4, 5, tzinfo=UTC)


def write(tmp_path: Path, text: str, name: str = "hr.csv") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def intervals(table: HRTable, kind: str, person: str) -> list[tuple[str, date, date | None]]:
    rows = table.edges[(table.edges["type"] == kind) & (table.edges["src"] == person)]
    return [
        (dst, start.date(), None if end != end else end.date())
        for dst, start, end in rows[["dst", "valid_from", "valid_to"]].itertuples(index=False)
    ]


def test_rows_become_intervals(tmp_path: Path) -> None:
    table = read_hr(write(tmp_path, HEADER + ROWS))
    # Bo: hired under Ana in Platform, moved to Search under Cy, left on 2021-02-15.
    assert intervals(table, "WORKED_AT", "e2") == [("acme", date(2017, 3, 1), date(2021, 2, 15))]
    assert intervals(table, "REPORTS_TO", "e2") == [
        ("e1", date(2017, 3, 1), date(2019, 6, 1)),
        ("e3", date(2019, 6, 1), date(2021, 2, 15)),
    ]
    # Di: a team move under the same manager keeps one REPORTS_TO run; a manager change keeps the team.
    assert intervals(table, "REPORTS_TO", "e4") == [
        ("e3", date(2019, 1, 1), date(2020, 6, 1)),
        ("e1", date(2020, 6, 1), None),
    ]
    assert intervals(table, "MEMBER_OF", "e4") == [
        ("acme--search", date(2019, 1, 1), date(2020, 1, 1)),
        ("acme--platform", date(2020, 1, 1), None),
    ]
    report = read_report(tmp_path / "hr.csv")
    assert report.source.kind == "hr"
    exit_claim = next(c for c in report.claims if c.type == "WORKED_AT" and c.src == "e2")
    assert exit_claim.citation.method == "hr-export" and exit_claim.citation.confidence == 1.0
    assert exit_claim.citation.quote.endswith("2021-02-15,,exit,resigned")
    assert {c.dst for c in report.claims if c.type == "PART_OF"} == {"acme"}


def test_mapping_file_renames_columns_dates_and_events(tmp_path: Path) -> None:
    mapping = write(
        tmp_path,
        """\
columns:
  person_id: Employee ID
  name: Full Name
  manager_id: Manager
  team: Department
  company: Entity
  valid_from: Effective
  event: Action
date_format: "%d/%m/%Y"
delimiter: ";"
events:
  Hire: hire
  Termination: exit
""",
        "map.yaml",
    )
    csv = write(
        tmp_path,
        "Employee ID;Full Name;Manager;Department;Entity;Effective;Action\n"
        "A1;Ana Ruiz;;Core;Acme;04/01/2016;Hire\n"
        "B2;Bo Chen;A1;Core;Acme;01/03/2017;Hire\n"
        "B2;Bo Chen;;;Acme;15/02/2021;Termination\n",
    )
    table = read_hr(csv, read_map(mapping))
    assert intervals(table, "REPORTS_TO", "b2") == [("a1", date(2017, 3, 1), date(2021, 2, 15))]
    with pytest.raises(InputError, match=r"map.yaml:columns.persn_id: unknown column"):
        read_map(write(tmp_path, "columns: {persn_id: X}\n", "map.yaml"))


@pytest.mark.parametrize(
    ("row", "reason"),
    [
        ("e5,Ed,,Core,Acme,2020-13-01,,hire,", "valid_from '2020-13-01' is not a date"),
        ("e5,Ed,,Core,Acme,2020-01-01,2019-01-01,hire,", "valid_to 2019-01-01 is not after valid_from"),
        ("e5,Ed,,Core,Acme,2020-01-01,,promoted,", "event 'promoted' is not one of"),
        ("e5,,,Core,Acme,2020-01-01,,hire,", "name is empty"),
        ("e5,Ed,e9,Core,Acme,2020-01-01,,hire,", "manager_id 'e9' is not a person_id in this file"),
        ("e5,Ed,e5,Core,Acme,2020-01-01,,hire,", "reports to themselves"),
        ("e2,Bo Chen,e1,Core,Acme,2018-01-01,,transfer,", "starts before the row at line 3"),
        ("e5,Ed,,,Acme,2020-01-01,,exit,", "exit of 'e5', who has no earlier employment row"),
    ],
)
def test_a_bad_row_names_file_line_and_reason(tmp_path: Path, row: str, reason: str) -> None:
    # Line 3 holds Bo until 2019-06-01 by its valid_to, so a row of his starting in 2018 overlaps it.
    path = write(tmp_path, HEADER + ROWS + row + "\n")
    with pytest.raises(InputError, match=reason) as err:
        read_hr(path)
    assert str(err.value).startswith(f"{path}:10: ")


def test_missing_column_is_refused_at_the_header(tmp_path: Path) -> None:
    path = write(tmp_path, "person_id,name,company,valid_from\ne1,Ana,Acme,2020-01-01\n")
    with pytest.raises(InputError, match=r":1: missing column 'event'"):
        read_hr(path)


def dump(store: Store, table: HRTable) -> tuple[list[Row], list[Row], list[Row]]:
    ids = sorted(set(table.persons["id"]) | {n.id for n in (*table.teams, *table.companies)})
    edges = sorted(store.read("_read.edges_touching", ids=ids), key=lambda r: str(r["id"]))
    nodes = [r for k in ("persons", "teams", "companies") for r in store.read(f"_read.{k}_by_id", ids=ids)]
    return edges, sorted(nodes, key=lambda r: str(r["id"])), store.read("_read.source", id=table.source.id)


def test_bad_row_at_the_end_writes_nothing(store: Store, tmp_path: Path) -> None:
    path = write(tmp_path, HEADER + ROWS + "e9,Zed,,Core,Acme,not-a-date,,hire,\n")
    with pytest.raises(InputError, match=":10: valid_from"):
        load_hr(store, path)
    assert all(r["count"] == 0 for r in store.read("graph.counts"))


def test_reload_is_a_no_op(store: Store, tmp_path: Path) -> None:
    path = write(tmp_path, HEADER + ROWS)
    first = load_hr(store, path, now=NOW)
    before = dump(store, read_hr(path))
    again = load_hr(store, path)
    assert (first.status, again.status) == ("added", "unchanged")
    assert dump(store, read_hr(path)) == before


def test_bulk_path_writes_what_the_merge_path_writes(tmp_path: Path) -> None:
    from orgraph.graph.kuzu_store import KuzuStore

    # Quotes, commas, a rename (alias), exits (a quote with a line break), a tab and a backslash:
    # every kind of row the bulk path handles, and every escape its citation text needs.
    extra = (
        'e5,"Ed ""Eddie"" Moss",e1,Platform,Acme,2018-01-01,,hire,\n'
        "e5,Ed Moss,e1,Platform,Acme,2019-01-01,,manager_change,\n"
        "e5,Ed Moss,,,Acme,2020-01-01,,exit,moved\tabroad \\ \x0b\n"
    )
    table = read_hr(write(tmp_path, HEADER + ROWS + extra))
    dumps = []
    for bulk in (False, True):
        with KuzuStore(tmp_path / f"store-{bulk}") as store:
            result = load_hr_table(store, table, NOW, bulk=bulk)
            dumps.append((result.nodes_added, result.edges_added, dump(store, table)))
    assert dumps[0] == dumps[1]
    assert len(dumps[0][2][0]) == 20


def test_library_load_sends_hr_exports_down_the_bulk_path(tmp_path: Path) -> None:
    from orgraph.api import OrgGraph

    path = write(tmp_path, HEADER + ROWS)
    with OrgGraph.open(tmp_path / "store") as graph:
        first, again = graph.load([path])[0], graph.load([path])[0]
        assert (first.status, again.status) == ("added", "unchanged")
        assert graph.stats()["REPORTS_TO"] == 5
