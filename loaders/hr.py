"""HR exports (CSV or Parquet): a people system's timed history of who worked where, in which team,
under which manager.

One row is one record of the export, in our column names (a ``--map`` file renames yours)::

    person_id,name,manager_id,team,company,valid_from,valid_to,event,exit_reason
    e1,Ana Ruiz,,Platform,Acme,2016-01-04,,hire,
    e2,Bo Chen,e1,Platform,Acme,2017-03-01,2019-06-01,hire,
    e2,Bo Chen,e3,Search,Acme,2019-06-01,,transfer,
    e2,Bo Chen,,,Acme,2021-02-15,,exit,resigned

* ``hire``, ``transfer`` and ``manager_change`` rows say that from ``valid_from`` the person
  works at ``company``, in ``team`` (optional) under ``manager_id`` (optional, a person_id of
  this file). The row holds until its ``valid_to`` (exclusive) or, when that is empty, until
  the person's next row; the person's last row without ``valid_to`` still holds.
* An ``exit`` row says the person left on ``valid_from`` (the first day no longer employed);
  it ends the row before it and has no ``valid_to``. ``exit_reason`` is kept in its citation.
* Dates are ``YYYY-MM-DD`` unless the map names another ``date_format``. Required columns:
  person_id, name, company, valid_from, event; the others may be absent or empty.

The rows become the model's timed edges: one WORKED_AT per unbroken stint at a company, one
REPORTS_TO per unbroken run under the same manager, one MEMBER_OF per run in the same team,
and PART_OF team → company. Every edge cites the file (method ``hr-export``, confidence
1.0) with the CSV line that starts it as its quote (plus the exit line for a stint that
ended). Person ids are the slugs of the HR system's ids; teams are ``<company>--<team>``.

A map file (YAML) names your columns and formats; everything in it is optional::

    columns:              # our column: your column header
      person_id: Employee ID
      manager_id: Manager ID
      team: Department
      company: Legal Entity
      valid_from: Effective Date
      valid_to: End Date
      event: Action
      exit_reason: Termination Reason
    date_format: "%d/%m/%Y"    # strftime codes; default %Y-%m-%d
    delimiter: ";"             # default ","
    events:                    # your event values: ours
      Hire: hire
      Termination: exit

A Parquet file (``.parquet``) holds the same columns, under the same map; date and timestamp
columns may be typed (they are read through ``date_format``), other typed columns are read as
text. Its rows have no lines: errors name ``row N`` (1 = the first row) and a citation quotes
the row's cells joined by commas.

Validation is vectorised over the whole file; the first bad row (in file order) is reported
as ``file:line: reason`` (``file:row N: reason`` for Parquet) and nothing is loaded.
"""

from __future__ import annotations

import csv
import hashlib
import io
import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.csv as pacsv
import pyarrow.parquet as pq

from orgraph.errors import InputError, first_line
from orgraph.graph.model import Citation, Claim, Node, Report, Source, slugify
from orgraph.loaders.files import decode_text
from orgraph.loaders.safe_yaml import load_yaml

COLUMNS = ("person_id", "name", "manager_id", "team", "company", "valid_from", "valid_to", "event", "exit_reason")
REQUIRED = ("person_id", "name", "company", "valid_from", "event")
EVENTS = ("hire", "transfer", "manager_change", "exit")
METHOD = "hr-export"

#: HR exports are large; this only stops a wrong file (a disk image, say) from filling memory.
MAX_BYTES = 2 * 1024**3
_SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
#: Text columns are Arrow-backed: string kernels run in C++ over whole columns.
TEXT = pd.StringDtype("pyarrow", na_value=np.nan)


@dataclass(frozen=True)
class ColumnMap:
    """How an HR system's export names our columns, dates and events."""

    columns: dict[str, str] = field(default_factory=dict)
    date_format: str = "%Y-%m-%d"
    delimiter: str = ","
    events: dict[str, str] = field(default_factory=dict)

    def header_for(self, ours: str) -> str:
        """The export's header for one of our columns."""
        return self.columns.get(ours, ours)


def read_map(path: Path) -> ColumnMap:
    """Read a ``--map`` YAML file (format in this module's docstring).

    Raises:
        InputError: unreadable, or names an unknown column or event.
    """
    from orgraph.loaders.files import read_bytes

    raw = load_yaml(path, decode_text(path, read_bytes(path)))
    if not isinstance(raw, dict):
        raise InputError(path, "a map file must be a mapping with 'columns' (and optionally 'date_format')")
    unknown = set(raw) - {"columns", "date_format", "delimiter", "events"}
    if unknown:
        raise InputError(path, f"unknown key {sorted(unknown)[0]!r}; expected columns, date_format, delimiter, events")
    columns = raw.get("columns") or {}
    events = raw.get("events") or {}
    if not isinstance(columns, dict) or not all(isinstance(v, str) and v for v in columns.values()):
        raise InputError(path, "'columns' must map our column names to your column headers (text)", "columns")
    for ours in columns:
        if ours not in COLUMNS:
            raise InputError(path, f"unknown column {ours!r}; ours are {', '.join(COLUMNS)}", f"columns.{ours}")
    if not isinstance(events, dict):
        raise InputError(path, "'events' must map your event values to ours", "events")
    for theirs, ours in events.items():
        if ours not in EVENTS:
            raise InputError(path, f"event {ours!r} is not one of {', '.join(EVENTS)}", f"events.{theirs}")
    date_format = raw.get("date_format", "%Y-%m-%d")
    delimiter = raw.get("delimiter", ",")
    if not isinstance(date_format, str) or "%" not in date_format:
        raise InputError(path, "date_format must be strftime codes such as %d/%m/%Y", "date_format")
    if not isinstance(delimiter, str) or len(delimiter) != 1:
        raise InputError(path, "delimiter must be one character", "delimiter")
    return ColumnMap(
        {str(k): str(v) for k, v in columns.items()}, date_format, delimiter, {str(k): v for k, v in events.items()}
    )


def source_id_of(path: Path) -> str:
    """The source id (content hash) of a file, streamed: cheap enough to check before parsing."""
    if not path.is_file():  # a pipe or /dev/zero would never end
        raise InputError(path, "no such file" if not path.exists() else "is not a regular file")
    digest = hashlib.sha256()
    try:
        with path.open("rb") as handle:
            while chunk := handle.read(1 << 22):
                digest.update(chunk)
    except OSError as err:
        raise InputError(path, f"cannot read file ({err.strerror or err})") from err
    return digest.hexdigest()[:16]


@dataclass
class HRTable:
    """A validated HR export, as tables ready for the bulk path or for claims.

    ``persons``: id, name, aliases (list); ``edges``: type, src, dst, valid_from,
    valid_to (datetime64, NaT = open), quote. Teams and companies are few, so they are nodes.
    """

    source: Source
    persons: pd.DataFrame
    teams: list[Node]
    companies: list[Node]
    edges: pd.DataFrame
    part_of_quotes: dict[str, str]
    rows: int

    def citation(self, quote: str) -> Citation:
        """The citation every HR fact carries."""
        return Citation(source_id=self.source.id, quote=quote, confidence=1.0, method=METHOD)

    def part_of_claims(self) -> list[Claim]:
        """PART_OF team → company, one per team (unbounded: the export says the team is the company's)."""
        return [
            Claim(type="PART_OF", src=t.id, dst=t.company or "", citation=self.citation(self.part_of_quotes[t.id]))
            for t in self.teams
        ]

    def to_report(self) -> Report:
        """The whole file as a Report, for the normal merge path (small files)."""
        nodes = [
            Node(kind="Person", id=pid, name=name, aliases=list(aliases))
            for pid, name, aliases in self.persons[["id", "name", "aliases"]].itertuples(index=False)
        ]
        claims = [
            Claim(
                type=kind,
                src=src,
                dst=dst,
                valid_from=_day(start),
                valid_to=_day(end),
                citation=self.citation(quote),
            )
            for kind, src, dst, start, end, quote in self.edges.itertuples(index=False)
        ]
        return Report(
            source=self.source, nodes=[*self.companies, *self.teams, *nodes], claims=[*self.part_of_claims(), *claims]
        )


def _day(value: Any) -> date | None:
    return None if pd.isna(value) else pd.Timestamp(value).date()


def read_hr_report(path: Path, mapping: ColumnMap | None = None) -> Report:
    """Read and validate an HR export into a Report (the normal path; see also orgraph.graph.bulk)."""
    return read_hr(path, mapping).to_report()


# -- reading and validating ----------------------------------------------------------------


def _read_frame(path: Path, data: bytes, mapping: ColumnMap) -> tuple[pd.DataFrame, np.ndarray, pd.Series]:
    """Parse the CSV; return our columns (text, stripped), each row's line number and raw line.

    Columns are Arrow-backed strings, so every later check is a vectorised kernel rather than
    a Python call per cell (which made a million-row file take minutes, not seconds).
    """
    text = decode_text(path, data)
    frame = _parse_fast(text, mapping.delimiter)
    if frame is None:  # a malformed file, or a quoted field holding a line break
        frame = _parse_careful(path, text, mapping.delimiter)
    ours_frame = _pick_columns(path, frame, mapping, header_place=1)
    lines, raw = _line_numbers(text, mapping.delimiter, len(frame))
    return ours_frame, lines, raw


def _pick_columns(path: Path, frame: pd.DataFrame, mapping: ColumnMap, header_place: int | None) -> pd.DataFrame:
    """Our columns, found under the map's headers; absent optional ones are empty text."""
    headers = {str(h).strip(): h for h in frame.columns}
    picked: dict[str, pd.Series] = {}
    for ours in COLUMNS:
        theirs = mapping.header_for(ours)
        if theirs in headers:
            picked[ours] = frame[headers[theirs]].astype(TEXT).str.strip()
        elif ours in REQUIRED:
            mapped = f" (mapped to {theirs!r})" if theirs != ours else ""
            raise InputError(path, f"missing column {ours!r}{mapped}; columns are {', '.join(headers)}", header_place)
        else:
            picked[ours] = pd.Series([""] * len(frame), dtype=TEXT)
    return pd.DataFrame(picked)


def _is_parquet(data: bytes) -> bool:
    """Parquet files start and end with the magic bytes ``PAR1``, whatever they are named."""
    return len(data) >= 8 and data[:4] == b"PAR1" and data[-4:] == b"PAR1"


def _read_parquet(path: Path, data: bytes, mapping: ColumnMap) -> tuple[pd.DataFrame, np.ndarray, pd.Series]:
    """A Parquet export as :func:`_read_frame` gives a CSV: every cell as text, row numbers for lines.

    Typed date and timestamp columns are written out with the map's ``date_format``, so they
    pass the same date checks as text dates; the quote of a row is its cells joined by commas.
    """
    try:
        table = pq.read_table(pa.BufferReader(data))
    except (pa.ArrowException, OSError) as err:
        raise InputError(path, f"not a readable Parquet file ({first_line(err)})") from err
    texts = {name: _as_text(table[name], mapping.date_format) for name in table.column_names}
    frame = pd.DataFrame({name: col.to_pandas().astype(TEXT) for name, col in texts.items()})
    ours = _pick_columns(path, frame, mapping, header_place=None)
    joined = pc.binary_join_element_wise(*texts.values(), ",") if texts else pa.array([], pa.string())
    raw = pd.Series(joined.to_pandas(), dtype=TEXT)
    return ours, np.arange(1, table.num_rows + 1, dtype=np.int64), raw


def _as_text(column: pa.ChunkedArray, date_format: str) -> pa.Array:
    """One Parquet column as text (nulls empty); dates and timestamps through ``date_format``."""
    array = column.combine_chunks()
    kind = array.type
    if pa.types.is_date(kind) or pa.types.is_timestamp(kind):
        array = pc.strftime(array, format=date_format)
    elif pa.types.is_dictionary(kind):
        array = array.dictionary_decode().cast(pa.string())
    elif not pa.types.is_string(kind):
        try:
            array = array.cast(pa.string())
        except (pa.ArrowNotImplementedError, pa.ArrowInvalid):  # lists, structs: text of each value
            array = pa.array([None if v is None else str(v) for v in array.to_pylist()], pa.string())
    return pc.fill_null(array.cast(pa.string()), "")


def _parse_fast(text: str, delimiter: str) -> pd.DataFrame | None:
    """Arrow's multi-threaded CSV reader, every cell as text; None when it cannot read the file."""
    try:
        header = next(csv.reader(io.StringIO(text[: text.find("\n") + 1 or len(text)]), delimiter=delimiter), [])
    except csv.Error:  # e.g. a bare carriage return inside the header: let the careful reader say where
        return None
    if not header or len(set(header)) != len(header):
        return None
    try:
        table = pacsv.read_csv(
            io.BytesIO(text.encode("utf-8")),
            parse_options=pacsv.ParseOptions(delimiter=delimiter),
            convert_options=pacsv.ConvertOptions(
                column_types=dict.fromkeys(header, pa.string()),
                strings_can_be_null=False,
                quoted_strings_can_be_null=False,
            ),
        )
    except (pa.ArrowInvalid, pa.ArrowTypeError):
        return None
    table = table.combine_chunks()  # one chunk per column: taking rows from many chunks is slow
    return pd.DataFrame({name: table[name].to_pandas().astype(TEXT) for name in table.column_names})


def _parse_careful(path: Path, text: str, delimiter: str) -> pd.DataFrame:
    """pandas' reader: slower, but it reads line breaks in quoted fields and says where a file is broken."""
    try:
        return pd.read_csv(io.StringIO(text), sep=delimiter, dtype=object, keep_default_na=False, na_filter=False)
    except (pd.errors.ParserError, ValueError) as err:
        found = re.search(r"line (\d+)", str(err))
        where = found.group(1) if found else None
        raise InputError(path, f"not a well-formed CSV file ({str(err).strip()})", where) from err
    except pd.errors.EmptyDataError as err:
        raise InputError(path, "file is empty") from err


def _line_numbers(text: str, delimiter: str, records: int) -> tuple[np.ndarray, pd.Series]:
    """The file line of each record, and its text (the citation quote)."""
    all_lines = pc.utf8_rtrim(pc.split_pattern(pa.array([text], pa.large_string()), "\n").values, "\r")
    filled = np.flatnonzero(pc.not_equal(pc.utf8_trim_whitespace(all_lines), "").to_numpy(zero_copy_only=False))
    if len(filled) - 1 == records:  # no record spans lines: line i of the file is record i
        quotes = all_lines.take(pa.array(filled[1:])).cast(pa.string())
        return filled[1:].astype(np.int64) + 1, pd.Series(quotes.to_pandas(), dtype=TEXT)
    # A quoted field holds a line break: walk the records to learn where each starts.
    reader = csv.reader(io.StringIO(text), delimiter=delimiter)
    next(reader, None)
    starts, texts, last = [], [], reader.line_num
    for record in reader:
        if any(cell.strip() for cell in record):
            starts.append(last + 1)
            texts.append(delimiter.join(record).replace("\n", " "))
        last = reader.line_num
    return np.asarray(starts[:records], dtype=np.int64), pd.Series(texts[:records], dtype=TEXT)


class _Checks:
    """Collects row failures; the one earliest in the file is raised."""

    def __init__(self, path: Path, lines: np.ndarray, rows_not_lines: bool = False) -> None:
        self.path, self.lines = path, lines
        #: What ``lines`` count: lines of a CSV file, or rows of a Parquet file (which has no lines).
        self.unit = "row" if rows_not_lines else "line"
        self.first: tuple[int, str] | None = None

    def add(self, bad: Any, reason: Any) -> None:
        """``bad``: boolean mask over the rows; ``reason(i)`` explains row ``i``."""
        hits = np.flatnonzero(np.asarray(bad, dtype=bool))
        if len(hits):
            i = int(hits[np.argmin(self.lines[hits])])
            if self.first is None or self.lines[i] < self.lines[self.first[0]]:
                self.first = (i, reason(i))

    def raise_first(self) -> None:
        if self.first is not None:
            i, reason = self.first
            place = int(self.lines[i])
            raise InputError(self.path, reason, f"row {place}" if self.unit == "row" else place)


def slug_column(values: pd.Series) -> pd.Series:
    """slugify() over a column: a vectorised fast path for plain ASCII, the function for the rest."""
    lowered = values.str.lower()
    fast = lowered.str.replace(r"[^a-z0-9]+", "-", regex=True).str.strip("-")
    ascii_only = pc.string_is_ascii(pa.array(values.astype(TEXT))).to_numpy(zero_copy_only=False)
    slow = ~ascii_only | ((fast == "") & (values != "")).to_numpy()
    if slow.any():  # only the rare non-ASCII (or symbol-only) values go through Python
        out = fast.to_numpy(dtype=object)
        out[slow] = [slugify(v) for v in values[slow]]
        fast = pd.Series(out, index=values.index, dtype=TEXT)
    return fast


def _dates(column: pd.Series, fmt: str) -> pd.Series:
    """Parse a date column; a file has few distinct dates, so each is parsed once."""
    codes, uniques = pd.factorize(column)
    parsed = pd.to_datetime(pd.Series(uniques, dtype=object).replace("", None), format=fmt, errors="coerce")
    values = parsed.to_numpy(dtype="datetime64[ns]")[codes]
    return pd.Series(values, index=column.index)


def _events(column: pd.Series, mapping: ColumnMap) -> pd.Series:
    """Event values in ours: the map's renames, else the value lower-cased."""
    lowered = column.str.lower()
    if not mapping.events:
        return lowered
    renamed = column.map(mapping.events)
    return lowered.where(renamed.isna(), renamed).astype(TEXT)


def read_hr(path: Path, mapping: ColumnMap | None = None) -> HRTable:
    """Read and validate an HR export (format in this module's docstring).

    Raises:
        InputError: ``file:line: reason`` for the first bad row; nothing has been written.
    """
    mapping = mapping or ColumnMap()
    data = _read_all(path)
    parquet = _is_parquet(data)
    rows, lines, raw = (_read_parquet if parquet else _read_frame)(path, data, mapping)
    if rows.empty:
        raise InputError(path, "no rows" if parquet else "no rows under the header")
    source = Source(id=hashlib.sha256(data).hexdigest()[:16], kind="hr", path=str(path))
    del data
    rows["event"] = _events(rows["event"], mapping)
    rows["line"] = lines
    rows["raw"] = raw
    start, end = _dates(rows["valid_from"], mapping.date_format), _dates(rows["valid_to"], mapping.date_format)
    checks = _Checks(path, lines, parquet)
    _check_cells(checks, rows, start, end, mapping.date_format)
    checks.raise_first()
    rows["pid"] = slug_column(rows["person_id"])
    rows["mid"] = slug_column(rows["manager_id"]).where(rows["manager_id"] != "", "")
    rows["cid"] = slug_column(rows["company"])
    rows["tid"] = (rows["cid"] + "--" + slug_column(rows["team"])).where(rows["team"] != "", "")
    rows["start"], rows["end"] = start, end
    _check_people(checks, rows)
    checks.raise_first()
    history = _History.of(rows)
    checks = _Checks(path, history.line, parquet)
    _check_history(checks, history, rows)
    checks.raise_first()
    return _tables(source, history, rows)


def isin(values: pd.Series, pool: Any) -> np.ndarray:
    """``values.isin(pool)`` as one Arrow kernel (pandas' own loops over Python strings)."""
    found = pc.is_in(pa.array(values.astype(TEXT)), value_set=pa.array(pd.Series(pool, dtype=TEXT)))
    return np.asarray(found.to_numpy(zero_copy_only=False), dtype=bool)


def _read_all(path: Path) -> bytes:
    if not path.is_file():
        raise InputError(path, "no such file" if not path.exists() else "is not a regular file")
    if path.stat().st_size > MAX_BYTES:
        raise InputError(path, f"file is over the {MAX_BYTES / 1e9:.0f} GB limit")
    try:
        data = path.read_bytes()
    except OSError as err:
        raise InputError(path, f"cannot read file ({err.strerror or err})") from err
    if not data.strip():
        raise InputError(path, "file is empty")
    return data


def _check_cells(checks: _Checks, rows: pd.DataFrame, start: pd.Series, end: pd.Series, fmt: str) -> None:
    """Row-local checks: required cells, known events, parseable and ordered dates."""
    for column in REQUIRED:
        checks.add(rows[column] == "", lambda i, c=column: f"{c} is empty")
    event = rows["event"]
    checks.add(
        (event != "") & ~event.isin(EVENTS),
        lambda i: f"event {rows['event'].iat[i]!r} is not one of {', '.join(EVENTS)} (map others under 'events')",
    )
    checks.add(
        (rows["valid_from"] != "") & start.isna(),
        lambda i: f"valid_from {rows['valid_from'].iat[i]!r} is not a date in the format {fmt}",
    )
    checks.add(
        (rows["valid_to"] != "") & end.isna(),
        lambda i: f"valid_to {rows['valid_to'].iat[i]!r} is not a date in the format {fmt}",
    )
    checks.add(
        end.notna() & start.notna() & (end <= start),
        lambda i: f"valid_to {rows['valid_to'].iat[i]} is not after valid_from {rows['valid_from'].iat[i]}",
    )
    checks.add(
        (event == "exit") & (rows["valid_to"] != ""),
        lambda i: "an exit row has no valid_to (its valid_from is the leaving date)",
    )
    checks.add(rows["name"].str.contains(r"[\x00-\x1f]", regex=True), lambda i: "name contains a control character")


def _check_people(checks: _Checks, rows: pd.DataFrame) -> None:
    """Checks across rows: ids that collide, managers that are nobody, self-management."""
    pairs = rows[["person_id", "pid"]].drop_duplicates()
    clash = pairs["pid"].duplicated(keep=False)
    if clash.any():
        firsts = pairs[clash].groupby("pid")["person_id"].first()
        checks.add(
            isin(rows["pid"], firsts.index) & ~isin(rows["person_id"], firsts.values),
            lambda i: (
                f"person_id {rows['person_id'].iat[i]!r} and {firsts.to_dict()[rows['pid'].iat[i]]!r} "
                f"become the same id {rows['pid'].iat[i]!r}"
            ),
        )
    has_manager = rows["mid"] != ""
    checks.add(has_manager & (rows["mid"] == rows["pid"]), lambda i: "person reports to themselves (manager_id)")
    checks.add(
        has_manager & ~isin(rows["mid"], pairs["pid"]),
        lambda i: f"manager_id {rows['manager_id'].iat[i]!r} is not a person_id in this file",
    )


@dataclass
class _History:
    """The validated rows as integer codes, sorted by person, start and line.

    Sorting, shifting and grouping a million rows is fast on integers and slow on text, so
    ids become codes (``-1`` for none) into ``people``, ``teams`` and ``companies``, and
    ``row`` points back at the row in file order (for quotes and messages).
    """

    row: np.ndarray
    person: np.ndarray
    manager: np.ndarray
    team: np.ndarray
    company: np.ndarray
    start: np.ndarray
    end: np.ndarray
    exit: np.ndarray
    line: np.ndarray
    people: np.ndarray
    teams: np.ndarray
    companies: np.ndarray

    @classmethod
    def of(cls, rows: pd.DataFrame) -> _History:
        """Code and sort ``rows`` (columns pid, mid, tid, cid, start, end, event, line)."""
        n = len(rows)
        ids, people = _codes(pd.concat([rows["pid"], rows["mid"]], ignore_index=True))
        team, teams = _codes(rows["tid"])
        company, companies = _codes(rows["cid"])
        start = rows["start"].to_numpy(dtype="datetime64[ns]")
        line = rows["line"].to_numpy(dtype=np.int64)
        # Person codes in id order, so people come out sorted by id as before.
        rank = np.argsort(np.argsort(people, kind="stable"), kind="stable")
        person = rank[ids[:n]]
        order = np.lexsort((line, start, person))
        manager = np.where(ids[n:] >= 0, rank[np.maximum(ids[n:], 0)], -1)
        people = np.sort(people, kind="stable")
        return cls(
            row=order,
            person=person[order],
            manager=manager[order],
            team=team[order],
            company=company[order],
            start=start[order],
            end=rows["end"].to_numpy(dtype="datetime64[ns]")[order],
            exit=(rows["event"] == "exit").to_numpy(dtype=bool)[order],
            line=line[order],
            people=people,
            teams=teams,
            companies=companies,
        )


def _codes(values: pd.Series) -> tuple[np.ndarray, np.ndarray]:
    """Integer codes of a text column and its distinct values; the empty text is code -1."""
    found, distinct = pd.factorize(values)
    codes = np.asarray(found, dtype=np.int64)
    uniques = np.asarray(distinct, dtype=object)
    empty = np.flatnonzero(uniques == "")
    if len(empty):
        codes = np.where(codes == empty[0], -1, codes)
        codes = codes - (codes > empty[0])
        uniques = np.delete(uniques, empty[0])
    return codes, uniques


def _shift(values: np.ndarray, by: int, fill: Any) -> np.ndarray:
    """``values`` moved ``by`` places (1: each row sees the one before), ``fill`` at the edge."""
    out = np.empty_like(values)
    if by > 0:
        out[:by], out[by:] = fill, values[:-by]
    else:
        out[by:], out[:by] = fill, values[-by:]
    return out


def _check_history(checks: _Checks, h: _History, rows: pd.DataFrame) -> None:
    """Per-person order (rows sorted by person, start): no overlaps, no exit of nobody."""
    same = h.person == _shift(h.person, 1, -1)
    prev_line = _shift(h.line, 1, 0)
    prev_end = _shift(h.end, 1, np.datetime64("NaT"))

    def text(column: str, i: int) -> Any:
        return rows[column].iat[int(h.row[i])]

    checks.add(
        same & (h.start == _shift(h.start, 1, np.datetime64("NaT"))),
        lambda i: (
            f"second row for {text('person_id', i)!r} on {text('valid_from', i)} "
            f"(the other is {checks.unit} {prev_line[i]})"
        ),
    )
    checks.add(
        same & ~np.isnat(prev_end) & (prev_end > h.start),
        lambda i: (
            f"starts before the row at {checks.unit} {prev_line[i]} for {text('person_id', i)!r} ends "
            f"({text('valid_from', i)} < {str(prev_end[i])[:10]})"
        ),
    )
    checks.add(
        h.exit & (~same | _shift(h.exit, 1, False)),
        lambda i: f"exit of {text('person_id', i)!r}, who has no earlier employment row",
    )


# -- rows to tables -------------------------------------------------------------------------


def _segments(*keys: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """First and last index of each run of rows where every key stays the same."""
    n = len(keys[0])
    new = np.zeros(n, dtype=bool)
    new[:1] = True
    for key in keys:
        new[1:] |= key[1:] != key[:-1]
    firsts = np.flatnonzero(new)
    return firsts, np.append(firsts[1:], n) - 1


def _edge_frame(
    h: _History,
    src: np.ndarray,
    dst: np.ndarray,
    start: np.ndarray,
    stop: np.ndarray,
    quotes: pd.Series,
    firsts: np.ndarray,
    lasts: np.ndarray,
) -> pd.DataFrame:
    """Edges of runs ``firsts..lasts`` (indices into the state rows): src/dst, bounds and quote."""
    return pd.DataFrame(
        {
            "src": pd.Series(h.people[src[firsts]], dtype=TEXT),
            "dst": pd.Series(dst, dtype=TEXT),
            "valid_from": start[firsts],
            "valid_to": stop[lasts],
            "quote": quotes.reset_index(drop=True),
        }
    )


def _tables(source: Source, h: _History, rows: pd.DataFrame) -> HRTable:
    """Turn the sorted, validated history into node and edge tables."""
    same_next = h.person == _shift(h.person, -1, -1)
    nat = np.datetime64("NaT")
    stop = np.where(np.isnat(h.end), np.where(same_next, _shift(h.start, -1, nat), nat), h.end)
    # State rows (all but exits) are what the person is; an exit row only ends what came before.
    state = np.flatnonzero(~h.exit)
    s_person, s_company, s_start, s_stop = h.person[state], h.company[state], h.start[state], stop[state]
    broken = (
        (s_person != _shift(s_person, 1, -1))
        | ~(_shift(s_stop, 1, nat) == s_start)
        | _shift(h.exit, 1, False)[state]
        | (s_company != _shift(s_company, 1, -1))
    )
    stint = np.cumsum(broken)
    raw = rows["raw"]

    def quotes(at: np.ndarray) -> pd.Series:
        return raw.take(h.row[at]).reset_index(drop=True)

    # WORKED_AT: one per stint; an exit row right after a stint closes it, its line joins the quote.
    firsts, lasts = _segments(stint)
    first_q = quotes(state[firsts])
    after = state[lasts] + 1
    closed = (after < len(h.row)) & h.exit[np.minimum(after, len(h.row) - 1)] & same_next[state[lasts]]
    exit_q = pd.Series(pd.NA, index=first_q.index, dtype=TEXT)
    exit_q[closed] = quotes(after[closed]).to_numpy()
    worked_at = _edge_frame(
        h,
        s_person,
        h.companies[s_company[firsts]],
        s_start,
        s_stop,
        first_q.where(~closed, first_q + "\n" + exit_q),
        firsts,
        lasts,
    )
    tables = {"WORKED_AT": worked_at}
    for kind, key, names in (("REPORTS_TO", h.manager, h.people), ("MEMBER_OF", h.team, h.teams)):
        value = key[state]
        firsts, lasts = _segments(stint, value)
        keep = value[firsts] >= 0
        firsts, lasts = firsts[keep], lasts[keep]
        tables[kind] = _edge_frame(
            h, s_person, names[value[firsts]], s_start, s_stop, quotes(state[firsts]), firsts, lasts
        )
    edges = pd.concat([t.assign(type=k) for k, t in tables.items()], ignore_index=True)
    edges = edges[["type", "src", "dst", "valid_from", "valid_to", "quote"]]
    edges["type"] = edges["type"].astype(TEXT)
    teams, part_of_quotes = _teams(h, rows)
    return HRTable(
        source=source,
        persons=_persons(h, rows),
        teams=teams,
        companies=[
            Node(kind="Company", id=str(h.companies[c]), name=str(rows["company"].iat[int(h.row[i])]))
            for c, i in _first_of(h.company)
        ],
        edges=edges,
        part_of_quotes=part_of_quotes,
        rows=len(rows),
    )


def _first_of(codes: np.ndarray) -> list[tuple[int, int]]:
    """(code, index of its first row) for each code >= 0, in order of first appearance."""
    found, index = np.unique(codes, return_index=True)
    pairs = sorted((int(i), int(c)) for c, i in zip(found, index, strict=True) if c >= 0)
    return [(c, i) for i, c in pairs]


def _teams(h: _History, rows: pd.DataFrame) -> tuple[list[Node], dict[str, str]]:
    """Team nodes (the first name each id was written with) and the quote of each team's first row."""
    teams, quotes = [], {}
    for code, i in _first_of(h.team):
        row = int(h.row[i])
        team_id = str(h.teams[code])
        teams.append(Node(kind="Team", id=team_id, name=str(rows["team"].iat[row]), company=str(rows["cid"].iat[row])))
        quotes[team_id] = str(rows["raw"].iat[row])
    return teams, quotes


def _persons(h: _History, rows: pd.DataFrame) -> pd.DataFrame:
    """One row per person: the name on their latest row, earlier different names as aliases."""
    names, spellings = pd.factorize(rows["name"])
    name = names[h.row]
    _, lasts = _segments(h.person)
    latest = np.repeat(name[lasts], np.diff(np.append(-1, lasts)))
    aliases: dict[str, list[str]] = {}
    for person, alias in dict.fromkeys(
        zip(h.person[name != latest].tolist(), name[name != latest].tolist(), strict=True)
    ):
        aliases.setdefault(str(h.people[person]), []).append(str(spellings[alias]))
    persons = pd.DataFrame(
        {
            "id": pd.Series(h.people[h.person[lasts]], dtype=TEXT),
            "name": pd.Series(np.asarray(spellings, dtype=object)[name[lasts]], dtype=TEXT),
        }
    )
    persons["aliases"] = [aliases.get(p, []) for p in persons["id"].tolist()]
    return persons
