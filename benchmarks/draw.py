"""How long drawing a large org takes: snapshot query, HTML generation, and browser load.

Why this exists: issue 5 asks that drawing a 2,000-person org stay usable. This builds a
synthetic company of that size in a fresh embedded store (a CEO, a reporting tree four levels
deep, one team per manager, and a batch of recent leavers who went to a rival), then times:

* ``snapshot``: :func:`orgraph.export.to_networkx` for the company on a date;
* ``html``: :func:`orgraph.draw.draw` (pyvis page, escaping, policy);
* ``browser``: Debian's headless Chromium opening the file offline until vis has laid out
  and drawn the network (``window.orgraphDrawn``), when chromium is installed.

Usage::

    python benchmarks/draw.py [--people 2000] [--keep out/bench-org.html] [--screenshot out/bench.png]

With ``--screenshot`` each view is saved whole (``bench-folded.png``) and as a legible close-up
of the top of the org (``bench-folded-top.png``).

The numbers are printed, never asserted: tests check correctness on small orgs only.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))  # for tests.draw.browser, the one Chromium harness

from orgraph.api import OrgGraph  # noqa: E402
from orgraph.draw import draw  # noqa: E402
from orgraph.export import to_networkx  # noqa: E402
from orgraph.graph.kuzu_store import KuzuStore  # noqa: E402
from orgraph.graph.model import Citation, Claim, Node, Report, Source  # noqa: E402

AS_OF = date(2025, 8, 1)
LEFT = date(2025, 7, 1)  # when the recent leavers left
FANOUT = (8, 5, 5)  # VPs under the CEO, directors per VP, managers per director; the rest are ICs


def synthetic_org(people: int, leavers: int) -> Report:
    """One report describing a ``people``-person company and ``leavers`` recent departures."""
    source = Source(id="bench0000000000001", kind="hr", path="synthetic.csv", publisher="HR export")
    cite = Citation(source_id=source.id, quote="row", publisher="HR export", published=date(2025, 7, 15))
    nodes = [Node(kind="Company", id="acme", name="Acme"), Node(kind="Company", id="rival", name="Rival")]
    claims: list[Claim] = []

    def fact(kind: str, src: str, dst: str, **extra: object) -> None:
        claims.append(Claim(type=kind, src=src, dst=dst, citation=cite, **extra))  # type: ignore[arg-type]

    ids = [f"p{i:05d}" for i in range(people)]
    gone = set(ids[people - leavers :])  # recent leavers: left last month, now at the rival
    # Leaving ends a leaver's reporting line and team membership too (as an HR export says).
    ended: dict[str, object] = {"valid_to": LEFT}
    nodes += [Node(kind="Person", id=pid, name=f"Person {i}") for i, pid in enumerate(ids)]
    managers, level, cursor = [ids[0]], [ids[0]], 1
    for width in FANOUT:  # build the upper layers of the tree breadth-first
        nxt = []
        for boss in level:
            for pid in ids[cursor : cursor + width]:
                fact("REPORTS_TO", pid, boss, **(ended if pid in gone else {}))
                nxt.append(pid)
            cursor += width
        managers += nxt
        level = nxt
    for i, pid in enumerate(ids[cursor:]):  # individual contributors spread over the lowest managers
        fact("REPORTS_TO", pid, level[i % len(level)], **(ended if pid in gone else {}))
    for boss in managers:
        team = f"acme--team-{boss}"
        nodes.append(Node(kind="Team", id=team, name=f"Team {boss}", company="acme"))
        fact("LEADS", boss, team, valid_from=date(2020, 1, 1))
        fact("PART_OF", team, "acme")
    lead_of = {c.src: c.dst for c in claims if c.type == "LEADS"}
    for c in [c for c in claims if c.type == "REPORTS_TO"]:
        fact("MEMBER_OF", c.src, lead_of[c.dst], **(ended if c.src in gone else {}))
    for pid in ids:
        if pid in gone:
            fact("WORKED_AT", pid, "acme", valid_from=date(2019, 1, 1), valid_to=LEFT, to_org="rival")
            fact("WORKED_AT", pid, "rival", valid_from=LEFT)
        else:
            fact("WORKED_AT", pid, "acme", valid_from=date(2019, 1, 1))
    return Report(source=source, nodes=nodes, claims=claims)


def main() -> None:
    """Build, time and print."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--people", type=int, default=2000)
    parser.add_argument("--leavers", type=int, default=40)
    parser.add_argument("--keep", type=Path, help="also write the page here")
    parser.add_argument("--screenshot", type=Path, help="save a PNG of the whole drawing here")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp, OrgGraph(KuzuStore(Path(tmp) / "store")) as graph:
        started = time.perf_counter()
        graph.load_reports([synthetic_org(args.people, args.leavers)])
        print(f"setup: loaded {args.people} people in {time.perf_counter() - started:.1f}s (not part of drawing)")

        started = time.perf_counter()
        snapshot = to_networkx(graph, AS_OF, company="Acme")
        took_snapshot = time.perf_counter() - started
        nodes, edges = snapshot.number_of_nodes(), snapshot.number_of_edges()
        print(f"snapshot: {nodes} nodes, {edges} edges in {took_snapshot:.2f}s")
        for fold, name in ((None, "folded"), (False, "unfolded")):
            started = time.perf_counter()
            drawing = draw(snapshot, fold=fold)
            took_html = time.perf_counter() - started
            keep = args.keep.with_stem(f"{args.keep.stem}-{name}") if args.keep else Path(tmp) / f"{name}.html"
            page = drawing.save(keep)
            size = len(drawing.html) / 1e6
            print(
                f"{name}: html {drawing.nodes} nodes ({drawing.folded} folded into teams), {drawing.edges} lines, "
                f"{size:.1f} MB in {took_html:.2f}s"
            )
            shot = args.screenshot.with_stem(f"{args.screenshot.stem}-{name}") if args.screenshot else None
            _browser(page, shot, name)


def _browser(page: Path, screenshot: Path | None, name: str) -> None:
    from tests.draw.browser import chromium, open_drawing, unavailable

    reason = unavailable()
    if reason:
        print(f"{name}: browser skipped ({reason})")
        return
    with chromium() as driver:
        opened = open_drawing(driver, page, timeout=600)
        errors = len(opened.errors())
        print(f"{name}: browser drew it {opened.load_seconds:.2f}s after load started ({errors} console errors)")
        started = time.perf_counter()
        driver.execute_script("network.moveTo({scale: 1.0}); network.redraw();")
        print(f"{name}: redraw at 100% zoom {time.perf_counter() - started:.2f}s")
        if screenshot:
            driver.execute_script("network.fit();")
            driver.save_screenshot(str(screenshot))
            print(f"{name}: screenshot {screenshot}")
            close = screenshot.with_stem(f"{screenshot.stem}-top")
            driver.execute_script(_TOP)
            driver.save_screenshot(str(close))
            print(f"{name}: close-up of the top of the org {close}")


# Centre the view just below the topmost node (the company) at a size where labels are legible.
_TOP = """
const pos = Object.values(network.getPositions());
const top = pos.reduce((a, b) => (b.y < a.y ? b : a));
network.moveTo({position: {x: top.x, y: top.y + 320}, scale: 0.8});
network.redraw();
"""


if __name__ == "__main__":
    main()
