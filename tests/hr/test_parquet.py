"""HR exports as Parquet: the same history as the CSV, typed columns read through the map, bad
rows named by row number, and the file loaded whole or not at all through the CLI."""

from __future__ import annotations

import io
import json
from datetime import date
from pathlib import Path

import pyarrow as pa
import pyarrow.csv as pacsv
import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from orgraph.cli import app
from orgraph.errors import InputError
from orgraph.loaders.hr import read_hr, read_map
from tests.hr.test_hr_loader import HEADER, ROWS, write


def csv_as_table(text: str) -> pa.Table:
    """The CSV's cells as an Arrow table of text (empty cells stay empty)."""
    options = pacsv.ConvertOptions(
        strings_can_be_null=False, column_types=dict.fromkeys(HEADER.strip().split(","), pa.string())
    )
    return pacsv.read_csv(io.BytesIO(text.encode()), convert_options=options)


def to_parquet(table: pa.Table, path: Path) -> Path:
    pq.write_table(table, path)
    return path


def edges(path: Path) -> list[tuple[str, str, str, object, object]]:
    table = read_hr(path).edges
    return sorted(
        (k, s, d, a, None if b != b else b)
        for k, s, d, a, b in table[["type", "src", "dst", "valid_from", "valid_to"]].itertuples(index=False)
    )


def test_parquet_gives_the_same_history_as_the_csv(tmp_path: Path) -> None:
    csv = write(tmp_path, HEADER + ROWS)
    parquet = to_parquet(csv_as_table(HEADER + ROWS), tmp_path / "hr.parquet")
    assert edges(parquet) == edges(csv)
    assert len(edges(parquet)) == 15
    quotes = set(read_hr(parquet).edges["quote"])
    assert "e2,Bo Chen,,,Acme,2021-02-15,,exit,resigned" in {q.split("\n")[-1] for q in quotes}


def test_typed_columns_are_read_through_the_map(tmp_path: Path) -> None:
    table = pa.table(
        {
            "Employee": pa.array([101, 102, 102], pa.int64()),
            "Name": ["Ana Ruiz", "Bo Chen", "Bo Chen"],
            "Boss": pa.array([None, 101, None], pa.int64()),
            "Company": pa.array(["Acme"] * 3).dictionary_encode(),
            "Effective": pa.array([date(2016, 1, 4), date(2017, 3, 1), date(2021, 2, 15)], pa.date32()),
            "Action": ["Hire", "Hire", "Termination"],
        }
    )
    mapping = write(
        tmp_path,
        "columns: {person_id: Employee, name: Name, manager_id: Boss, company: Company, valid_from: Effective, "
        "event: Action}\ndate_format: '%d/%m/%Y'\nevents: {Hire: hire, Termination: exit}\n",
        "map.yaml",
    )
    got = read_hr(to_parquet(table, tmp_path / "typed.parquet"), read_map(mapping))
    reports = got.edges[got.edges["type"] == "REPORTS_TO"]
    assert [(s, d, a.date(), b.date()) for s, d, a, b in reports[["src", "dst", "valid_from", "valid_to"]].values] == [
        ("102", "101", date(2017, 3, 1), date(2021, 2, 15))
    ]


def test_a_bad_row_is_named_by_its_row_number(tmp_path: Path) -> None:
    bad = HEADER + ROWS + "e5,Ed,e9,Core,Acme,2020-01-01,,hire,\n"
    path = to_parquet(csv_as_table(bad), tmp_path / "bad.parquet")
    with pytest.raises(InputError, match=r"bad\.parquet:row 9: manager_id 'e9' is not a person_id in this file$"):
        read_hr(path)
    overlap = HEADER + ROWS + "e2,Bo Chen,e1,Core,Acme,2018-01-01,,transfer,\n"
    with pytest.raises(InputError, match=r":row 9: starts before the row at row 2 for 'e2'"):
        read_hr(to_parquet(csv_as_table(overlap), tmp_path / "overlap.parquet"))


def test_missing_column_and_damaged_file(tmp_path: Path) -> None:
    table = csv_as_table(HEADER + ROWS).drop(["event"])
    with pytest.raises(InputError, match=r"no_event\.parquet: missing column 'event'; columns are person_id"):
        read_hr(to_parquet(table, tmp_path / "no_event.parquet"))
    good = to_parquet(csv_as_table(HEADER + ROWS), tmp_path / "cut.parquet").read_bytes()
    cut = tmp_path / "cut.parquet"
    cut.write_bytes(good[:12] + good[-8:])  # magic bytes at both ends, nothing readable between
    with pytest.raises(InputError, match=r"cut\.parquet: not a readable Parquet file"):
        read_hr(cut)


def test_cli_loads_a_parquet_export_whole_or_not_at_all(tmp_path: Path) -> None:
    runner, store = CliRunner(), str(tmp_path / "store")
    good = to_parquet(csv_as_table(HEADER + ROWS), tmp_path / "good.parquet")
    bad = to_parquet(csv_as_table(HEADER + ROWS + "e5,Ed,,Core,Acme,2020-13-01,,hire,\n"), tmp_path / "bad.parquet")
    refused = runner.invoke(app, ["load", str(bad), "--store", store])
    assert refused.exit_code == 2
    assert "bad.parquet:row 9: valid_from '2020-13-01' is not a date" in refused.output
    loaded = runner.invoke(app, ["load", str(good), "--store", store])
    assert loaded.exit_code == 0, loaded.output
    stats = runner.invoke(app, ["stats", "--store", store, "--format", "json"])
    counts = {row["kind"]: row["count"] for row in json.loads(stats.output)}
    assert (counts["Person"], counts["REPORTS_TO"], counts["MEMBER_OF"], counts["WORKED_AT"]) == (4, 5, 6, 4)
    again = runner.invoke(app, ["load", str(good), "--store", store])
    assert "unchanged" in again.output
