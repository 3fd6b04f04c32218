"""Cross-check the graph engine against an independent reference, before any engine upgrade.

Why: the embedded engine runs the query packs itself, and a fork of it was seen to return a
silently wrong count (issue 2). This loads a synthetic HR history (``benchmarks/synth.py``)
through the normal bulk path, asks the packs the everyday questions on many dates and people,
and compares every answer with ``benchmarks/baseline.py`` (pandas + networkx on the CSV, no
shared code). Any difference is printed and the exit status is 1.

Questions: ``reorg.org_at`` (whole company), ``reorg.reports_to``, ``reorg.chain_of_command``
and ``reorg.chains_of_command``, ``reorg.reports_under``, ``reorg.org_diff``,
``attrition.attrition_rate`` and ``attrition.attrition_by_period``.

Usage::

    python benchmarks/engine_check.py [--size 20000] [--dates 6] [--people 300] [--seed 7]

Checking another engine build: the store talks to the ``kuzu`` module, so run this script with
a Python that has the candidate installed, for example::

    python3 -m venv /tmp/next && /tmp/next/bin/pip install -e '.[test]' kuzu==<candidate>
    /tmp/next/bin/python benchmarks/engine_check.py --size 100000

``--engine MODULE`` loads a drop-in fork under the name ``kuzu`` instead, for example ladybug
(same API) from a throwaway venv, without adding it to the project::

    python3 -m venv /tmp/lb && /tmp/lb/bin/pip install ladybug==0.22.0
    mkdir -p /tmp/lbonly && ln -s /tmp/lb/lib/python3.11/site-packages/ladybug /tmp/lbonly/
    PYTHONPATH=/tmp/lbonly python benchmarks/engine_check.py --engine ladybug --size 2000
"""

from __future__ import annotations

import argparse
import importlib
import random
import sys
import tempfile
import time
from collections.abc import Callable, Iterable
from datetime import date
from pathlib import Path
from typing import Any

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))  # baseline.py and synth.py sit beside this file

import baseline  # noqa: E402

COMPANY = "acme"


def use_engine(module: str) -> None:
    """Make ``import kuzu`` give ``module`` (a drop-in fork), before the store is imported."""
    sys.modules["kuzu"] = importlib.import_module(module)


def synth_csv(size: int, seed: int, folder: Path) -> Path:
    """The synthetic export of ``size`` people, generated once per (size, seed) into ``folder``."""
    import synth

    path = folder / f"synth-{size}-seed{seed}.csv"
    if not path.exists():
        folder.mkdir(parents=True, exist_ok=True)
        partial = path.with_suffix(".part")
        synth.write(size, partial, seed)
        partial.replace(path)
    return path


# -- the packs' answers, in the baseline's canonical forms ------------------------------------


def _s(value: Any) -> str:
    return "" if value is None else str(value)


def pack_org_at(store: Any, day: date) -> list[tuple[str, str, bool, str]]:
    """``reorg.org_at`` for the whole company, as (person, team, leads, manager)."""
    rows = store.read("reorg.org_at", company=COMPANY, team="", as_of=day)
    return sorted((r["person_id"], _s(r["team_id"]), bool(r["leads"]), _s(r["manager_id"])) for r in rows)


def pack_reports_to(store: Any, person: str, day: date) -> list[str]:
    """``reorg.reports_to``: the manager ids."""
    return sorted(r["manager_id"] for r in store.read("reorg.reports_to", person=person, as_of=day))


def pack_chains_loop(store: Any, people: Iterable[str], day: date) -> dict[str, list[tuple[int, str]]]:
    """``reorg.chain_of_command`` once per person."""
    return {
        p: sorted((int(r["level"]), r["manager_id"]) for r in store.read("reorg.chain_of_command", person=p, as_of=day))
        for p in people
    }


def pack_chains_batch(store: Any, people: list[str], day: date) -> dict[str, list[tuple[int, str]]]:
    """``reorg.chains_of_command``: every person in one query."""
    out: dict[str, list[tuple[int, str]]] = {p: [] for p in people}
    for r in store.read("reorg.chains_of_command", persons=people, as_of=day):
        out[r["person_id"]].append((int(r["level"]), r["manager_id"]))
    return {p: sorted(v) for p, v in out.items()}


def pack_reports_under(store: Any, person: str, day: date) -> set[str]:
    """``reorg.reports_under``: the subtree's ids."""
    return {r["person_id"] for r in store.read("reorg.reports_under", person=person, as_of=day)}


def pack_org_diff(store: Any, d1: date, d2: date) -> list[baseline.DiffRow]:
    """``reorg.org_diff`` for the whole company, as (change, person, team, before, after, changed_on)."""
    rows = store.read("reorg.org_diff", company=COMPANY, team="", d1=d1, d2=d2)
    out = {(r["change"], r["person_id"], r["team"], r["before"], r["after"], r["changed_on"]) for r in rows}
    return sorted(out, key=repr)


Attrition = dict[tuple[date, str, str], tuple[int, int, int, float | None]]


def _attrition_row(r: dict[str, Any]) -> tuple[int, int, int, float | None]:
    rate = None if r["rate"] is None else round(float(r["rate"]), 9)
    return int(r["separations"]), int(r["named_start"]), int(r["named_end"]), rate


def pack_attrition_loop(store: Any, periods: list[baseline.Period]) -> Attrition:
    """``attrition.attrition_rate`` (named basis) once per period, without the all-zero rows.

    attrition_rate answers for every team; the reference, like attrition_by_period, leaves out
    a unit's period whose three counts are all zero.
    """
    out: Attrition = {}
    for since, until in periods:
        for r in store.read(
            "attrition.attrition_rate", company=COMPANY, team="", since=since, until=until, count_named=True
        ):
            out[(since, r["unit_kind"], r["unit_id"])] = _attrition_row(r)
    return baseline.counted(out)


def pack_attrition_batch(store: Any, periods: list[baseline.Period]) -> Attrition:
    """``attrition.attrition_by_period``: every period in one query."""
    asked = [{"since": a.isoformat(), "until": b.isoformat()} for a, b in periods]
    rows = store.read("attrition.attrition_by_period", company=COMPANY, periods=asked)
    return {(r["since"], r["unit_kind"], r["unit_id"]): _attrition_row(r) for r in rows}


# -- comparing ------------------------------------------------------------------------------


def differences(name: str, ours: Any, reference: Any, limit: int = 5) -> list[str]:
    """Lines describing how a pack answer differs from the reference ([] when equal)."""
    if ours == reference:
        return []
    if isinstance(ours, dict) and isinstance(reference, dict):
        keys = sorted(set(ours) | set(reference), key=repr)
        bad = [k for k in keys if ours.get(k) != reference.get(k)]
        head = f"{name}: {len(bad)} of {len(keys)} keys differ"
        return [head] + [f"  {k!r}: pack {ours.get(k)!r} != reference {reference.get(k)!r}" for k in bad[:limit]]
    if isinstance(ours, list | set) and isinstance(reference, list | set):
        extra = [x for x in ours if x not in reference]
        missing = [x for x in reference if x not in ours]
        head = f"{name}: pack {len(ours)} rows, reference {len(reference)}"
        return (
            [head]
            + [f"  only in pack: {x!r}" for x in sorted(extra, key=repr)[:limit]]
            + [f"  only in reference: {x!r}" for x in sorted(missing, key=repr)[:limit]]
        )
    return [f"{name}: pack {ours!r} != reference {reference!r}"]


def check_dates(first: date, last: date, count: int) -> list[date]:
    """``count`` mid-month dates spread over [first, last]."""
    span = (last.year - first.year) * 12 + last.month - first.month
    return [
        date(
            first.year + (first.month - 1 + span * i // max(count - 1, 1)) // 12,
            (first.month - 1 + span * i // max(count - 1, 1)) % 12 + 1,
            15,
        )
        for i in range(count)
    ]


def cross_check(
    store: Any,
    tables: baseline.Tables,
    dates: list[date],
    people: int,
    seed: int,
    log: Callable[[str], None] = print,
    quarters: int = 40,
) -> list[str]:
    """Ask the packs and the reference the same questions; return every difference found.

    Attrition is checked over ``quarters`` quarters from 2015 (four of them also one query
    each); then, on each date, the org chart, the chains of ``people`` random staff (20 of them
    also one query each, with their managers), four subtrees, and the diff from the date before.
    """
    rng = random.Random(seed)
    found: list[str] = []
    periods = baseline.quarters(date(2015, 1, 1), quarters)
    reference = baseline.attrition(tables, COMPANY, periods)
    found += differences("attrition_by_period", pack_attrition_batch(store, periods), reference)
    some = periods[:: max(len(periods) // 4, 1)][:4]
    found += differences("attrition_rate", pack_attrition_loop(store, some), baseline.attrition(tables, COMPANY, some))
    for n, day in enumerate(dates):
        started = time.perf_counter()
        found += differences(f"org_at {day}", pack_org_at(store, day), baseline.org_at(tables, COMPANY, day))
        graph = baseline.reporting_graph(tables, day)
        staff = sorted(baseline.present(tables, COMPANY, day))
        sample = sorted(rng.sample(staff, min(people, len(staff))))
        reference_chains = baseline.chains(graph, sample)
        found += differences(f"chains_of_command {day}", pack_chains_batch(store, sample, day), reference_chains)
        few = sample[:20]
        found += differences(
            f"chain_of_command {day}", pack_chains_loop(store, few, day), {p: reference_chains[p] for p in few}
        )
        for person in few:
            found += differences(
                f"reports_to {person} {day}",
                pack_reports_to(store, person, day),
                baseline.reports_to(tables, person, day),
            )
        for boss in sample[:3] + [max(graph.nodes, key=lambda p: len(baseline.subtree(graph, p)), default="")][:1]:
            found += differences(
                f"reports_under {boss} {day}", pack_reports_under(store, boss, day), baseline.subtree(graph, boss)
            )
        if n:
            before = dates[n - 1]
            found += differences(
                f"org_diff {before}..{day}",
                pack_org_diff(store, before, day),
                baseline.org_diff(tables, COMPANY, before, day),
            )
        log(f"  {day}: checked in {time.perf_counter() - started:.1f}s, {len(found)} differences so far")
    return found


def main(argv: list[str] | None = None) -> int:
    """Generate, load, cross-check; print the differences; 0 when there are none."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--size", type=int, default=20000, help="people in the synthetic org")
    parser.add_argument("--dates", type=int, default=6, help="as-of dates to check (and diffs between them)")
    parser.add_argument("--people", type=int, default=300, help="people whose chains are checked per date")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--engine", help="module to use as the engine instead of kuzu (a drop-in fork)")
    parser.add_argument("--cache", type=Path, default=Path(tempfile.gettempdir()) / "orgraph-bench")
    args = parser.parse_args(argv)
    if args.engine:
        use_engine(args.engine)
    from orgraph.graph.bulk import load_hr
    from orgraph.graph.kuzu_store import KuzuStore

    engine = sys.modules.get("kuzu") or importlib.import_module("kuzu")
    print(f"engine: {engine.__name__} {getattr(engine, '__version__', '?')}")
    csv = synth_csv(args.size, args.seed, args.cache)
    tables = baseline.build(csv)
    with tempfile.TemporaryDirectory() as tmp:
        store = KuzuStore(Path(tmp) / "store")
        try:
            started = time.perf_counter()
            load_hr(store, csv)
            print(f"loaded {csv.name} in {time.perf_counter() - started:.1f}s")
            dates = check_dates(date(2015, 3, 1), date(2024, 11, 1), args.dates)
            found = cross_check(store, tables, dates, args.people, args.seed)
        finally:
            store.close()
    for line in found:
        print(line)
    print(
        "engine check: "
        + ("OK, every answer agrees with the reference" if not found else f"{len(found)} lines of differences")
    )
    return 1 if found else 0


if __name__ == "__main__":
    raise SystemExit(main())
