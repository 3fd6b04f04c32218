"""The benchmark questions answered with plain pandas + networkx, straight from the HR CSV.

This is the yardstick of ``benchmarks/run.py`` and the independent reference of the engine
checks (``benchmarks/engine_check.py``, ``tests/hr/test_reference_check.py``): it shares no
code with the loader or the query packs. It reads the export's rows, rebuilds the timed
intervals (one WORKED_AT per unbroken stint, one REPORTS_TO per run under one manager, one
MEMBER_OF per run in one team: the export format of ``orgraph.loaders.hr``), and answers each
question with the packs' documented semantics: valid time is closed-open, "as of D" means
``start <= D < stop`` (an open stop holds forever).

Every answer is a *canonical* value (sorted tuples of plain Python values, dates as
``datetime.date``, missing as ``None``) so it can be compared with ``==`` against the packs'
rows put in the same form (see ``engine_check.py``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from itertools import pairwise
from pathlib import Path
from typing import Any

import networkx as nx
import pandas as pd

Period = tuple[date, date]


def slug(text: str) -> str:
    """An id as the export's text becomes one: lower case, runs of other characters → '-'."""
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


@dataclass
class Tables:
    """The export as interval tables (``start``/``stop`` are Timestamps; NaT stop = open)."""

    names: dict[str, str]  # person id → name (their latest row's)
    team_names: dict[str, str]  # team id → name
    team_company: dict[str, str]  # team id → company id
    company_names: dict[str, str]
    worked: pd.DataFrame  # person, company, start, stop
    reports: pd.DataFrame  # person, manager, start, stop
    member: pd.DataFrame  # person, team, start, stop


def build(path: Path) -> Tables:
    """Read the CSV and rebuild its intervals."""
    raw = pd.read_csv(path, dtype=str, keep_default_na=False)
    rows = pd.DataFrame(
        {
            "person": raw["person_id"].map(slug),
            "name": raw["name"].str.strip(),
            "manager": raw["manager_id"].map(lambda m: slug(m) if m.strip() else ""),
            "company": raw["company"].map(slug),
            "team": [
                f"{slug(c)}--{slug(t)}" if t.strip() else "" for c, t in zip(raw["company"], raw["team"], strict=True)
            ],
            "team_name": raw["team"].str.strip(),
            "company_name": raw["company"].str.strip(),
            "start": pd.to_datetime(raw["valid_from"]),
            "end": pd.to_datetime(raw["valid_to"].where(raw["valid_to"].str.strip() != "", None)),
            "exit": raw["event"].str.strip().str.lower() == "exit",
            "order": range(len(raw)),
        }
    )
    rows = rows.sort_values(["person", "start", "order"], kind="stable").reset_index(drop=True)
    same_next = rows["person"].eq(rows["person"].shift(-1))
    rows["stop"] = rows["end"].fillna(rows["start"].shift(-1).where(same_next))
    after_exit = rows["exit"].shift(fill_value=False) & rows["person"].eq(rows["person"].shift())
    state = rows[~rows["exit"]].copy()
    state["after_exit"] = after_exit[~rows["exit"]]
    fresh = (
        state["person"].ne(state["person"].shift())
        | state["stop"].shift().ne(state["start"])
        | state["after_exit"]
        | state["company"].ne(state["company"].shift())
    )
    state["stint"] = fresh.cumsum()
    teams = rows[rows["team"] != ""].drop_duplicates("team")
    latest = rows.drop_duplicates("person", keep="last")
    return Tables(
        names=dict(zip(latest["person"], latest["name"], strict=True)),
        team_names=dict(zip(teams["team"], teams["team_name"], strict=True)),
        team_company=dict(zip(teams["team"], teams["company"], strict=True)),
        company_names=dict(
            zip(
                rows.drop_duplicates("company")["company"], rows.drop_duplicates("company")["company_name"], strict=True
            )
        ),
        worked=_runs(state, "company"),
        reports=_runs(state, "manager"),
        member=_runs(state, "team"),
    )


def _runs(state: pd.DataFrame, key: str) -> pd.DataFrame:
    """Unbroken runs of one non-empty ``key`` value inside a stint, as intervals."""
    value = state[key]
    run = ((state["stint"] != state["stint"].shift()) | (value != value.shift())).cumsum()
    kept = state[value != ""].assign(run=run[value != ""]).groupby("run", sort=False)
    return pd.DataFrame(
        {
            "person": kept["person"].first(),
            key: kept[key].first(),
            "start": kept["start"].first(),
            "stop": kept["stop"].last(skipna=False),
        }
    ).reset_index(drop=True)


def holds(frame: pd.DataFrame, day: date) -> pd.DataFrame:
    """The intervals of ``frame`` that hold on ``day``."""
    when = pd.Timestamp(day)
    return frame[(frame["start"] <= when) & (frame["stop"].isna() | (frame["stop"] > when))]


def _day(value: Any) -> date | None:
    return None if pd.isna(value) else pd.Timestamp(value).date()


def present(t: Tables, company: str, day: date) -> set[str]:
    """People in the company on ``day``: working there, or on one of its teams."""
    team_ids = {k for k, c in t.team_company.items() if c == company}
    worked = holds(t.worked, day)
    member = holds(t.member, day)
    return set(worked.loc[worked["company"] == company, "person"]) | set(
        member.loc[member["team"].isin(team_ids), "person"]
    )


def org_at(t: Tables, company: str, day: date) -> list[tuple[str, str, bool, str]]:
    """(person, team, leads, manager) per person and team on the date ('' = none); HR exports state no leads."""
    people = present(t, company, day)
    member = holds(t.member, day)
    member = member[member["person"].isin(people) & member["team"].map(t.team_company).eq(company)]
    teams = member.groupby("person")["team"].agg(list).to_dict()
    reports = holds(t.reports, day)
    managers = reports[reports["person"].isin(people)].groupby("person")["manager"].agg(list).to_dict()
    return sorted(
        (p, team, False, manager) for p in people for team in teams.get(p, [""]) for manager in managers.get(p, [""])
    )


def reports_to(t: Tables, person: str, day: date) -> list[str]:
    """Managers of ``person`` on ``day``."""
    reports = holds(t.reports, day)
    return sorted(reports.loc[reports["person"] == person, "manager"])


def reporting_graph(t: Tables, day: date) -> nx.DiGraph:
    """person → manager lines that hold on ``day``."""
    reports = holds(t.reports, day)
    graph = nx.DiGraph()
    graph.add_edges_from(zip(reports["person"], reports["manager"], strict=True))
    return graph


def chains(graph: nx.DiGraph, people: Sequence[str], max_hops: int = 30) -> dict[str, list[tuple[int, str]]]:
    """Each person's managers up the chain as (level, manager), over loop-free paths."""
    out = {}
    for person in people:
        found: set[tuple[int, str]] = set()
        stack = [(person, (person,))]
        while stack:
            node, path = stack.pop()
            if len(path) > max_hops or node not in graph:
                continue
            for boss in graph.successors(node):
                if boss not in path:
                    found.add((len(path), boss))
                    stack.append((boss, (*path, boss)))
        out[person] = sorted(found)
    return out


def subtree(graph: nx.DiGraph, root: str) -> set[str]:
    """Everyone under ``root`` by reporting lines (not ``root``)."""
    return set(nx.ancestors(graph, root)) if root in graph else set()


def quarters(start: date, count: int) -> list[Period]:
    """``count`` consecutive quarters [since, until) from ``start``."""
    bounds = [
        date(start.year + (start.month - 1 + 3 * i) // 12, (start.month - 1 + 3 * i) % 12 + 1, 1)
        for i in range(count + 1)
    ]
    return list(pairwise(bounds))


def attrition(
    t: Tables, company: str, periods: Iterable[Period]
) -> dict[tuple[date, str, str], tuple[int, int, int, float | None]]:
    """Per period, team and company: (separations, named at since, named at until, rate).

    A team's separations are people who left the company in the period from it: their
    membership started before the exit and ended on or after it. The rate is separations over
    the average of the named headcounts (None when both are zero). As in
    ``attrition.attrition_by_period``, a unit's period with all three counts zero has no entry.
    """
    team_ids = {k for k, c in t.team_company.items() if c == company}
    left = t.worked[(t.worked["company"] == company) & t.worked["stop"].notna()]
    joined = left.merge(t.member[t.member["team"].isin(team_ids)], on="person", suffixes=("", "_m"))
    joined = joined[
        (joined["start_m"] < joined["stop"]) & (joined["stop_m"].isna() | (joined["stop_m"] >= joined["stop"]))
    ]
    member = t.member[t.member["team"].isin(team_ids)]
    worked = t.worked[t.worked["company"] == company]
    out: dict[tuple[date, str, str], tuple[int, int, int, float | None]] = {}
    for since, until in periods:
        lo, hi = pd.Timestamp(since), pd.Timestamp(until)
        seps = joined[(joined["stop"] >= lo) & (joined["stop"] < hi)].groupby("team")["person"].nunique()
        at_start = holds(member, since).groupby("team")["person"].nunique()
        at_end = holds(member, until).groupby("team")["person"].nunique()
        for team in team_ids:
            out[(since, "team", team)] = _rate(
                int(seps.get(team, 0)), int(at_start.get(team, 0)), int(at_end.get(team, 0))
            )
        gone = left[(left["stop"] >= lo) & (left["stop"] < hi)]["person"].nunique()
        out[(since, "company", company)] = _rate(
            int(gone), holds(worked, since)["person"].nunique(), holds(worked, until)["person"].nunique()
        )
    return counted(out)


def counted(rows: dict[Any, tuple[int, int, int, float | None]]) -> dict[Any, tuple[int, int, int, float | None]]:
    """The attrition rows with something counted: all-zero periods have no row (as in the pack)."""
    return {key: row for key, row in rows.items() if row[:3] != (0, 0, 0)}


def _rate(separations: int, start: int, end: int) -> tuple[int, int, int, float | None]:
    return separations, start, end, (round(2.0 * separations / (start + end), 9) if start + end else None)


DiffRow = tuple[str, str, Any, Any, Any, date | None]


def org_diff(t: Tables, company: str, d1: date, d2: date) -> list[DiffRow]:
    """(change, person, team, before, after, changed_on) as ``reorg.org_diff`` defines them (no leads in HR)."""
    cname = t.company_names[company]
    in1, in2 = present(t, company, d1), present(t, company, d2)
    company_teams = {k for k, c in t.team_company.items() if c == company}
    w1, w2 = (holds(t.worked, d)[lambda f: f["company"] == company] for d in (d1, d2))
    m1, m2 = (holds(t.member, d)[lambda f: f["team"].isin(company_teams)] for d in (d1, d2))
    r1, r2 = holds(t.reports, d1), holds(t.reports, d2)
    rows: set[DiffRow] = set()
    for who, w, m, kind in ((in2 - in1, w2, m2, "join"), (in1 - in2, w1, m1, "leave")):
        jobs = w[w["person"].isin(who)].groupby("person")
        teams = m[m["person"].isin(who)].groupby("person")
        job_of = {p: list(g.itertuples()) for p, g in jobs}
        team_of = {p: list(g.itertuples()) for p, g in teams}
        for p in who:
            for job in job_of.get(p, [None]):
                for tm in team_of.get(p, [None]):
                    bound = "start" if kind == "join" else "stop"
                    when = (
                        getattr(job, bound)
                        if job is not None and not pd.isna(getattr(job, bound))
                        else (getattr(tm, bound) if tm is not None else None)
                    )
                    team = t.team_names[tm.team] if tm is not None else None
                    there = cname if job is not None else None
                    before, after = (None, there) if kind == "join" else (there, None)
                    rows.add((kind, p, team, before, after, _day(when)))
    moves = m1.merge(m2, on="person", suffixes=("_1", "_2"))
    moves = moves[moves["team_1"] != moves["team_2"]]
    on1 = set(zip(m1["person"], m1["team"], strict=True))
    on2 = set(zip(m2["person"], m2["team"], strict=True))
    for row in moves.itertuples():
        if (row.person, row.team_2) not in on1 and (row.person, row.team_1) not in on2:
            after = t.team_names[row.team_2]
            rows.add(("move", row.person, after, t.team_names[row.team_1], after, _day(row.start_2)))
    both = in1 & in2
    had = r1.groupby("person")["manager"].agg(set).to_dict()
    for row in r2[r2["person"].isin(both)].itertuples():
        if row.manager not in had.get(row.person, set()):
            for old in sorted(had.get(row.person, set())) or [None]:
                before = t.names[old] if old else None
                rows.add(("new_manager", row.person, None, before, t.names[row.manager], _day(row.start)))
    has_now = set(r2["person"])
    for row in r1[r1["person"].isin(both) & ~r1["person"].isin(has_now)].itertuples():
        rows.add(("manager_gone", row.person, None, t.names[row.manager], None, _day(row.stop)))
    return sorted(rows, key=repr)
