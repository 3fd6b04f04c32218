"""Friendly query parameters: names for ids, partial dates, defaults for optional filters.

Pack queries take exact values: ids and ISO dates. People at a prompt or in a notebook type
names ("Apple", "Ruoming Pang", "AFM"), partial dates ("2025", "2025-07") and leave filters
out. :func:`prepare` turns what they typed into what the query takes, before it runs;
:func:`derive` adds the columns the two engines would compute differently (tenure in years).

The rules, so a user can predict them:

* ``person``, ``company`` and ``team`` values are looked up by id, name or alias; no match or
  several matches is a :class:`~orgraph.errors.NotFoundError` naming the candidates. A team
  named at two companies is settled by the ``company`` given beside it.
* A text filter may be left out when the query itself treats ``''`` as "any" (its text tests
  ``$name = ''``); a team given without its company fills the company in.
* ``as_of`` defaults to today, ``since`` to the earliest date and ``until`` to the latest;
  the other defaults are in :data:`DEFAULTS`. A query's remaining params are required.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date, datetime
from typing import Any

from orgraph.errors import NotFoundError, QueryError
from orgraph.graph.model import parse_partial_date, slugify
from orgraph.graph.store import Row, Store
from orgraph.queries.packs import Query

#: Defaults of typed params; text filters default to '' only where the query accepts ''.
DEFAULTS: dict[str, Callable[[], Any]] = {
    "as_of": date.today,
    "since": lambda: date(1, 1, 1),
    "until": lambda: date(9999, 12, 31),
    "count_named": lambda: False,
    "min_exits": lambda: 3,
    "within_days": lambda: 30,
}

#: Params whose values name a node, and the pack query that finds it.
_LOOKUPS = {"person": "people.find", "company": "graph.find_company", "team": "graph.find_team"}


def optional(query: Query, name: str) -> bool:
    """Whether ``name`` may be left out of ``query`` (it has a default or the query accepts '')."""
    return name in DEFAULTS or f"${name} = ''" in query.text


def default_text(query: Query, name: str) -> str:
    """How ``orgraph query list`` shows a param: ``name``, ``name=''`` or ``name=default``."""
    if name in DEFAULTS:
        shown = {"as_of": "today", "since": "earliest", "until": "latest"}.get(name, str(DEFAULTS[name]()))
        return f"{name}={shown}"
    return f"{name}=''" if optional(query, name) else name


def _day(name: str, value: Any) -> Any:
    """A date param from a date, a datetime/Timestamp, or ISO text that may be partial."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, str) and value.strip():
        try:
            return parse_partial_date(value.strip())[0]
        except ValueError as err:
            raise QueryError(f"param {name} must be a date YYYY[-MM[-DD]]: {err}") from err
    return value


def find_id(store: Store, kind: str, text: str, company: str | None = None) -> str:
    """The id of the one person, company or team ``text`` names: the one place names become ids.

    Raises:
        NotFoundError: nothing, or more than one thing, matches.
    """
    return str(_find(store, kind, text, company)["id"])


def _find(store: Store, kind: str, text: str, company: str | None) -> Row:
    """The one node of ``kind`` that ``text`` names (exact id first, then name/alias slug)."""
    found = store.read(_LOOKUPS[kind], key=text) or store.read(_LOOKUPS[kind], key=slugify(text))
    if kind == "team" and company and len(found) > 1:
        found = [row for row in found if row["company"] == company]
    if not found:
        raise NotFoundError(f"no {kind} matches {text!r}; use a name, alias or id as in the reports")
    if len(found) > 1:
        names = ", ".join(f"{r['name']} ({r['id']})" for r in found)
        raise NotFoundError(f"{text!r} matches several: {names}; use an id")
    return found[0]


def prepare(store: Store, query: Query, params: Mapping[str, Any]) -> dict[str, Any]:
    """The exact params ``query`` takes, from what a user gave.

    Raises:
        NotFoundError: a person, company or team name matches nothing or several.
        QueryError: a date is not a date (other checks happen when the query runs).
    """
    values = {k: v for k, v in params.items() if v is not None}
    for name, kind in query.param_types.items():
        if kind == "date" and name in values:
            values[name] = _day(name, values[name])
    if values.get("company"):
        values["company"] = str(_find(store, "company", str(values["company"]), None)["id"])
    if values.get("team"):
        team = _find(store, "team", str(values["team"]), values.get("company"))
        values["team"] = str(team["id"])
        if "company" in query.params and not values.get("company") and team["company"]:
            values["company"] = str(team["company"])
    if values.get("person"):
        values["person"] = str(_find(store, "person", str(values["person"]), None)["id"])
    for name in query.params:
        if name not in values and name in DEFAULTS:
            values[name] = DEFAULTS[name]()
        elif name not in values and optional(query, name):
            values[name] = ""
    return values


def derive(rows: list[Row]) -> list[Row]:
    """Rows with ``tenure_years`` added wherever both ``joined`` and ``left_on`` are present.

    Tenure is computed here rather than in Cypher because date arithmetic is written
    differently on each engine; it is as precise as the coarser of the two dates.
    """
    out = []
    for row in rows:
        if "joined" in row and "left_on" in row:
            start, end = row["joined"], row["left_on"]
            known = isinstance(start, date) and isinstance(end, date)
            row = {**row, "tenure_years": round((end - start).days / 365.25, 1) if known else None}
        out.append(row)
    return out
