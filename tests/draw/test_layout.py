"""The tidy tree layout: no overlaps, parents centred over children, wide rows wrapped, stable."""

from __future__ import annotations

import itertools
from datetime import date

import networkx as nx
import pytest

from orgraph.api import OrgGraph
from orgraph.layout import VIRTUAL, Size, Spacing, org_forest, tidy_layout

JUNE, AUGUST = date(2025, 6, 1), date(2025, 8, 1)
DOT = Size(70.0, 13.0, 35.0)  # a person: a dot with a one-line name under it
BOX = Size(110.0, 18.0, 18.0)  # a team box


def org(fanout: tuple[int, ...]) -> tuple[list[str], dict[str, list[str]], dict[str, Size]]:
    """A company over a reporting tree with the given fan-out per level; managers are boxes."""
    children: dict[str, list[str]] = {}
    sizes = {"co": Size(90.0, 25.0, 25.0)}
    level = ["co"]
    for depth, width in enumerate(fanout):
        nxt = []
        for boss in level:
            children[boss] = [f"{boss}.{i}" for i in range(width)]
            nxt += children[boss]
        for node in nxt:
            sizes[node] = BOX if depth < len(fanout) - 1 else DOT
        level = nxt
    return ["co"], children, sizes


def rect(pos: tuple[float, float], size: Size) -> tuple[float, float, float, float]:
    x, y = pos
    return x - size.width / 2, y - size.above, x + size.width / 2, y + size.below


def overlapping(positions: dict[str, tuple[float, float]], sizes: dict[str, Size]) -> list[tuple[str, str]]:
    boxes = {n: rect(p, sizes[n]) for n, p in positions.items()}
    return [
        (a, b)
        for (a, ra), (b, rb) in itertools.combinations(boxes.items(), 2)
        if ra[0] < rb[2] and rb[0] < ra[2] and ra[1] < rb[3] and rb[1] < ra[3]
    ]


@pytest.mark.parametrize("fanout", [(3, 2), (8, 5, 5, 9), (1, 60), (2, 1, 1, 1), (12,)])
def test_no_overlaps_and_parents_centred_above_their_children(fanout: tuple[int, ...]) -> None:
    roots, children, sizes = org(fanout)
    positions = tidy_layout(roots, children, sizes)
    assert set(positions) == set(sizes)
    assert overlapping(positions, sizes) == []
    for parent, kids in children.items():
        first_row = min(positions[k][1] for k in kids)
        xs = [positions[k][0] for k in kids if positions[k][1] == first_row]
        assert positions[parent][0] == pytest.approx((min(xs) + max(xs)) / 2, abs=0.2)
        assert all(positions[k][1] > positions[parent][1] + sizes[parent].below for k in kids)


def test_small_rows_stay_on_one_level() -> None:
    roots, children, sizes = org((3, 4))
    positions = tidy_layout(roots, children, sizes)
    assert len({positions[n][1] for n in children["co"]}) == 1
    assert len({positions[n][1] for kids in children.values() if kids[0].count(".") == 2 for n in kids}) == 1


def test_sixty_direct_reports_become_a_grid() -> None:
    roots, children, sizes = org((1, 60))
    positions = tidy_layout(roots, children, sizes)
    rows = {positions[n][1] for n in children["co.0"]}
    xs = [positions[n][0] for n in children["co.0"]]
    width, height = max(xs) - min(xs), max(rows) - min(rows)
    assert 5 <= len(rows) <= 12 and 0.5 < width / height < 3


@pytest.mark.parametrize("fanout", [(1, 9), (1, 10), (1, 25), (1, 60), (8, 5, 5)])
def test_wrapped_rows_keep_lines_apart(fanout: tuple[int, ...]) -> None:
    """The second row sits under the gaps of the first, and only one child of a parent is ever
    straight below it (a line to a lower one would run down the upper one's own lines)."""
    roots, children, sizes = org(fanout)
    positions = tidy_layout(roots, children, sizes)
    wrapped = 0
    for parent, kids in children.items():
        rows: dict[float, list[float]] = {}
        for kid in kids:
            rows.setdefault(positions[kid][1], []).append(positions[kid][0])
        if len(rows) < 2:
            continue
        wrapped += 1
        first, second = (xs for _, xs in sorted(rows.items())[:2])
        assert min(abs(a - b) for a in first for b in second) > DOT.width / 2
        assert sum(abs(positions[k][0] - positions[parent][0]) < 1 for k in kids) <= 1
    assert wrapped


def test_a_large_org_keeps_a_screen_like_shape() -> None:
    roots, children, sizes = org((8, 5, 5, 9))  # about 2,000 people
    positions = tidy_layout(roots, children, sizes)
    xs, ys = [p[0] for p in positions.values()], [p[1] for p in positions.values()]
    aspect = (max(xs) - min(xs)) / (max(ys) - min(ys))
    assert 0.8 < aspect < 4
    unwrapped = tidy_layout(roots, children, sizes, Spacing(wrap_width=1e12, leaf_row=10**6))
    wide = [p[0] for p in unwrapped.values()]
    assert (max(wide) - min(wide)) > 10 * (max(xs) - min(xs))  # what a single row per level would need


def test_layout_is_deterministic() -> None:
    roots, children, sizes = org((4, 3, 7))
    first = tidy_layout(roots, children, sizes)
    shuffled = dict(reversed(list(sizes.items())))
    assert tidy_layout(roots, dict(reversed(list(children.items()))), shuffled) == first


def test_several_trees_sit_side_by_side() -> None:
    sizes = {"a": BOX, "b": BOX, "a1": DOT, "b1": DOT}
    positions = tidy_layout(["a", "b"], {"a": ["a1"], "b": ["b1"]}, sizes)
    assert positions["a"][1] == positions["b"][1] and positions["a"][0] < positions["b"][0]
    assert overlapping(positions, sizes) == []


def test_a_node_reached_twice_is_refused() -> None:
    with pytest.raises(ValueError, match="twice"):
        tidy_layout(["a"], {"a": ["b", "c"], "b": ["c"]}, {n: DOT for n in "abc"})


def test_the_example_org_hangs_the_way_it_reads(seeded: OrgGraph) -> None:
    june = seeded.to_networkx(JUNE, company="Apple")
    roots, children = org_forest(june, set(june))
    assert roots == ["apple"]
    assert children["ruoming-pang"] == ["apple--afm"] and "ruoming-pang" in children["apple"]
    assert children["craig-federighi"] == ["apple--software-engineering"]

    august = seeded.to_networkx(AUGUST, company="Apple")
    roots, children = org_forest(august, set(august))
    assert roots[:2] == ["apple", "meta"] and roots[2].startswith(VIRTUAL)  # leavers to the side
    assert children["zhifeng-chen"] == ["apple--afm"]
    assert "ruoming-pang" in children["meta"]  # drawn at the company he went to
    assert children[roots[2]] == ["tom-gunter"]  # left, destination unknown


def test_a_reporting_cycle_is_cut_into_a_forest() -> None:
    graph = nx.MultiDiGraph(scope={"kind": None, "id": None})
    for person in ("a", "b"):
        graph.add_node(person, kind="Person", name=person.upper(), company="co", left=None)
    graph.add_node("co", kind="Company", name="Co", company="co")
    graph.add_edge("a", "b", type="REPORTS_TO", current=True)
    graph.add_edge("b", "a", type="REPORTS_TO", current=True)
    graph.nodes["a"]["manager"], graph.nodes["b"]["manager"] = "b", "a"
    roots, children = org_forest(graph, set(graph))
    positions = tidy_layout(roots, children, {n: DOT for n in graph})
    assert set(positions) == {"a", "b", "co"} and roots == ["co"]
