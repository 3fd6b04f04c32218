"""Scale benchmark (issue 6): orgraph on a synthetic HR history against a pandas + networkx baseline.

For each size it generates (once, cached under ``--cache``) the seeded export of
``benchmarks/synth.py``, then times, in a child process that does nothing else (so its peak
RSS is orgraph's: the Python runtime, the loader and the embedded engine):

* ``load``: :func:`orgraph.graph.bulk.load_hr` into a fresh embedded store (validation included);
* ``reload``: the same file again, which must change nothing;
* ``org_at``: ``reorg.org_at`` for the whole company on a date;
* ``reports_to``: ``reorg.reports_to`` for one person (median of 5 runs);
* ``chains``: the chain of command of 1,000 random people, batched in one query
  (``reorg.chains_of_command``); the one-person ``reorg.chain_of_command`` is also timed on
  100 of them and reported per person;
* ``attrition``: per team and company per quarter over ten years, in one query
  (``attrition.attrition_by_period``; ``attrition_rate`` would need one query per quarter);
* ``org_diff``: ``reorg.org_diff`` between two dates a year apart;
* ``draw``: the reporting subtree of about 2,000 people under one manager: ``reorg.reports_under``,
  the drawing snapshot of those people, and :func:`orgraph.draw.draw`'s HTML page.

The parent process answers the same questions with ``benchmarks/baseline.py`` (its draw is a
bare pyvis page of the same subtree), checks every answer agrees (exit status 1 if not), and
prints baseline/orgraph ratios (above 1: orgraph is faster).

Usage::

    python benchmarks/run.py [--sizes 10000,100000] [--json] [--seed 7]

``--json`` prints, per size, one JSON object on its own line after the table (so with one size
the last line is that object): size, load_s, reload_s, peak_rss_mb, baseline_build_s, and for
each query ``<query>_s``, ``baseline_<query>_s`` and ``<query>_ratio``, plus ``agree`` and notes.
"""

from __future__ import annotations

import argparse
import json
import pickle
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))

import baseline  # noqa: E402
import engine_check as packs  # noqa: E402

AS_OF = date(2024, 6, 15)
DIFF_FROM = date(2023, 6, 15)
CHAINS, CHAIN_LOOP, SUBTREE = 1000, 100, 2000
QUARTERS = baseline.quarters(date(2015, 1, 1), 40)
QUERIES = ("org_at", "reports_to", "chains", "attrition", "org_diff", "draw")


def _timed(fn: Callable[[], Any]) -> tuple[float, Any]:
    started = time.perf_counter()
    out = fn()
    return time.perf_counter() - started, out


def _peak_mb() -> float:
    # ru_maxrss is in KiB on Linux.
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


# -- the orgraph side (child process) ---------------------------------------------------------


def orgraph_draw(store: Any, root: str, day: date) -> tuple[set[tuple[str, str]], int]:
    """Draw ``root``'s reporting subtree; return its current reporting lines and the page size."""
    from orgraph.draw import draw
    from orgraph.export import DEFAULT_WINDOW, _build, _edges_of  # no public scope for "these people" yet

    ids = packs.pack_reports_under(store, root, day) | {root}
    current, ended = _edges_of(store, ids, day, day - DEFAULT_WINDOW)
    graph = _build(store, ids, current, ended, day)
    page = draw(graph)
    lines = {(s, d) for s, d, a in graph.edges(data=True) if a["type"] == "REPORTS_TO" and a["current"] and s in ids}
    return lines, len(page.html)


def worker(csv: Path, inputs: Path, out: Path) -> None:
    """Time every orgraph figure on one export; pickle timings and answers to ``out``."""
    from orgraph.graph.bulk import load_hr
    from orgraph.graph.kuzu_store import KuzuStore

    given = json.loads(inputs.read_text())
    people, person, root = given["people"], given["person"], given["root"]
    t: dict[str, float] = {}
    answers: dict[str, Any] = {}
    with tempfile.TemporaryDirectory() as tmp:
        store = KuzuStore(Path(tmp) / "store")
        t["load"], loaded = _timed(lambda: load_hr(store, csv))
        t["reload"], again = _timed(lambda: load_hr(store, csv))
        answers["reload_noop"] = (again.nodes_added, again.edges_added, again.edges_updated) == (0, 0, 0)
        answers["loaded"] = (loaded.nodes_added, loaded.edges_added)
        t["org_at"], answers["org_at"] = _timed(lambda: packs.pack_org_at(store, AS_OF))
        runs = [_timed(lambda: packs.pack_reports_to(store, person, AS_OF)) for _ in range(5)]
        t["reports_to"], answers["reports_to"] = statistics.median(r[0] for r in runs), runs[0][1]
        t["chains"], answers["chains"] = _timed(lambda: packs.pack_chains_batch(store, people, AS_OF))
        loop_s, looped = _timed(lambda: packs.pack_chains_loop(store, people[:CHAIN_LOOP], AS_OF))
        t["chain_loop_per_person"] = loop_s / CHAIN_LOOP
        answers["chain_loop"] = looped
        t["attrition"], answers["attrition"] = _timed(lambda: packs.pack_attrition_batch(store, QUARTERS))
        t["org_diff"], answers["org_diff"] = _timed(lambda: packs.pack_org_diff(store, DIFF_FROM, AS_OF))
        t["draw"], (answers["draw"], answers["page_bytes"]) = _timed(lambda: orgraph_draw(store, root, AS_OF))
        store.close()
    t["peak_rss_mb"] = _peak_mb()
    out.write_bytes(pickle.dumps({"times": t, "answers": answers}))


# -- the baseline side and the report (parent process) ----------------------------------------


def baseline_draw(tables: baseline.Tables, root: str, day: date) -> tuple[set[tuple[str, str]], int]:
    """The same subtree from the interval tables, drawn as a bare pyvis page."""
    from pyvis.network import Network

    graph = baseline.reporting_graph(tables, day)
    ids = baseline.subtree(graph, root) | {root}
    net = Network(directed=True, cdn_resources="in_line")
    lines = {(p, m) for p, m in graph.edges if p in ids}
    for node in ids | {m for _, m in lines}:
        net.add_node(node, label=tables.names.get(node, node))
    for p, m in lines:
        net.add_edge(p, m)
    return lines, len(net.generate_html())


def pick_inputs(tables: baseline.Tables, seed: int) -> dict[str, Any]:
    """The 1,000 people, the one person, and the manager whose subtree is nearest 2,000 (untimed)."""
    rng = random.Random(seed)
    staff = sorted(baseline.present(tables, packs.COMPANY, AS_OF))
    graph = baseline.reporting_graph(tables, AS_OF)
    sizes = {m: len(baseline.subtree(graph, m)) for m in {m for _, m in graph.edges}}
    root = min(sizes, key=lambda m: (abs(sizes[m] - SUBTREE), m))
    return {
        "people": sorted(rng.sample(staff, min(CHAINS, len(staff)))),
        "person": rng.choice(staff),
        "root": root,
        "subtree": sizes[root],
    }


def baseline_answers(tables: baseline.Tables, given: dict[str, Any]) -> tuple[dict[str, float], dict[str, Any]]:
    """Time the baseline on the same questions."""
    t: dict[str, float] = {}
    a: dict[str, Any] = {}
    t["org_at"], a["org_at"] = _timed(lambda: baseline.org_at(tables, packs.COMPANY, AS_OF))
    runs = [_timed(lambda: baseline.reports_to(tables, given["person"], AS_OF)) for _ in range(5)]
    t["reports_to"], a["reports_to"] = statistics.median(r[0] for r in runs), runs[0][1]
    t["chains"], a["chains"] = _timed(lambda: baseline.chains(baseline.reporting_graph(tables, AS_OF), given["people"]))
    t["attrition"], a["attrition"] = _timed(lambda: baseline.attrition(tables, packs.COMPANY, QUARTERS))
    t["org_diff"], a["org_diff"] = _timed(lambda: baseline.org_diff(tables, packs.COMPANY, DIFF_FROM, AS_OF))
    t["draw"], (a["draw"], _) = _timed(lambda: baseline_draw(tables, given["root"], AS_OF))
    return t, a


def run_size(size: int, seed: int, cache: Path) -> dict[str, Any]:
    """Every figure for one size; ``agree`` says whether all answers matched."""
    csv = packs.synth_csv(size, seed, cache)
    build_s, tables = _timed(lambda: baseline.build(csv))
    given = pick_inputs(tables, seed)
    with tempfile.TemporaryDirectory() as tmp:
        inputs, out = Path(tmp) / "inputs.json", Path(tmp) / "out.pkl"
        inputs.write_text(json.dumps(given))
        subprocess.run([sys.executable, __file__, "--worker", str(csv), str(inputs), str(out)], check=True)
        child = pickle.loads(out.read_bytes())
    ours, mine = child["times"], child["answers"]
    base_t, base_a = baseline_answers(tables, given)
    problems: list[str] = [] if mine["reload_noop"] else ["reload: the second load changed the graph"]
    for name in QUERIES:
        problems += packs.differences(name, mine[name], base_a[name])
    problems += packs.differences(
        "chain_of_command (loop)", mine["chain_loop"], {p: base_a["chains"][p] for p in mine["chain_loop"]}
    )
    result: dict[str, Any] = {
        "size": size,
        "people_in_file": len(tables.names),
        "load_s": round(ours["load"], 3),
        "reload_s": round(ours["reload"], 4),
        "peak_rss_mb": round(ours["peak_rss_mb"], 1),
        "baseline_build_s": round(build_s, 3),
    }
    for name in QUERIES:
        result[f"{name}_s"] = round(ours[name], 4)
        result[f"baseline_{name}_s"] = round(base_t[name], 4)
        result[f"{name}_ratio"] = round(base_t[name] / ours[name], 3) if ours[name] else None
    result.update(
        chains_mode=f"batched: one reorg.chains_of_command query for {len(given['people'])} people",
        chain_loop_ms_per_person=round(1000 * ours["chain_loop_per_person"], 2),
        attrition_mode=f"one attrition.attrition_by_period query for {len(QUARTERS)} quarters",
        draw_people=given["subtree"] + 1,
        draw_page_mb=round(mine["page_bytes"] / 1e6, 2),
        rows={
            "org_at": len(mine["org_at"]),
            "org_diff": len(mine["org_diff"]),
            "attrition": len(mine["attrition"]),
            "chain_rows": sum(len(v) for v in mine["chains"].values()),
        },
        agree=not problems,
        problems=problems[:40],
    )
    return result


def report(r: dict[str, Any]) -> None:
    """The human-readable table for one size."""
    print(f"\n== {r['size']} positions ({r['people_in_file']} people over ten years) ==")
    print(
        f"load {r['load_s']:.2f}s   reload {r['reload_s']:.3f}s ({100 * r['reload_s'] / r['load_s']:.1f}% of load)   "
        f"peak RSS (orgraph process) {r['peak_rss_mb']:.0f} MB   baseline build {r['baseline_build_s']:.2f}s"
    )
    print(f"{'query':<12}{'orgraph s':>12}{'baseline s':>12}{'ratio':>9}")
    for name in QUERIES:
        print(f"{name:<12}{r[f'{name}_s']:>12.4f}{r[f'baseline_{name}_s']:>12.4f}{r[f'{name}_ratio'] or 0:>9.2f}")
    print(
        f"chains: {r['chains_mode']}; one-person chain_of_command in a loop: {r['chain_loop_ms_per_person']} ms/person"
    )
    print(f"attrition: {r['attrition_mode']}; draw: subtree of {r['draw_people']} people, page {r['draw_page_mb']} MB")
    print("answers agree with the baseline" if r["agree"] else "ANSWERS DIFFER:\n" + "\n".join(r["problems"]))


def main(argv: list[str] | None = None) -> int:
    """Run the sizes; 1 when any answer differs from the baseline."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="10000", help="comma-separated numbers of positions")
    parser.add_argument("--json", action="store_true", help="also print each size's figures as one JSON line")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--cache", type=Path, default=Path(tempfile.gettempdir()) / "orgraph-bench")
    parser.add_argument("--worker", nargs=3, type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.worker:
        worker(*args.worker)
        return 0
    ok = True
    for size in (int(s) for s in args.sizes.split(",") if s.strip()):
        result = run_size(size, args.seed, args.cache)
        report(result)
        ok &= result["agree"]
        if args.json:
            print(json.dumps(result, default=str))
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
