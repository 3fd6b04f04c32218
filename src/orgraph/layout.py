"""Tidy tree positions for org drawings, computed in Python and handed to vis as fixed x/y.

vis-network's own hierarchical layout packs wide levels to the left and does not centre a
manager over a big team, so a large org comes out as a thin, unreadable strip. Here:

- :func:`org_forest` decides, for a snapshot graph (see :mod:`orgraph.export`), which node hangs
  under which: a team under its lead, a person under the team their manager leads (else under
  their manager, their team, their company), a lead-less team under its company. People who left
  hang under their new company (or, with none known, in an invisible "departed" group), so they
  sit in a side area next to the company they left.
- :func:`tidy_layout` places that forest: every subtree is a rectangle, siblings' rectangles
  are packed side by side without overlap, and each parent is centred over its children, one
  level below it. When a row of children would be wider than :attr:`Spacing.wrap_width`, the
  children are wrapped into several centred rows, with as many per row as brings the block
  closest to :attr:`Spacing.aspect` (so 60 direct reports become a grid, and a company of
  thousands keeps a shape a screen can show).

Everything is deterministic: children keep the order given, and :func:`org_forest` orders them
by kind, name and id.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import networkx as nx

#: Prefix of the invisible group nodes :func:`org_forest` adds (ids are slugs, never start so).
VIRTUAL = "\x00"
_DIGITS = re.compile(r"([0-9]+)")


@dataclass(frozen=True)
class Size:
    """A node's footprint around its anchor (the x/y handed to vis): width, and how far it
    reaches above and below the anchor (a dot's label hangs below it)."""

    width: float
    above: float
    below: float


@dataclass(frozen=True)
class Spacing:
    """Gaps (pixels) and when to wrap a row of children."""

    sibling: float = 40.0  #: between neighbouring subtrees under one parent
    tree: float = 160.0  #: between separate trees (companies, the departed)
    level: float = 70.0  #: from a parent's bottom to its children's tops
    row: float = 60.0  #: between wrapped rows of children
    wrap_width: float = 2000.0  #: rows of children wider than this are wrapped
    aspect: float = 2.0  #: width / height a wrapped block aims for
    leaf_row: int = 6  #: more children than this, all without children of their own, make a grid
    leaf_aspect: float = 1.2  #: width / height such a grid aims for


@dataclass
class _Block:
    """A laid-out subtree relative to its root's anchor: extents and the children's offsets."""

    left: float
    right: float
    above: float
    bottom: float
    offsets: list[tuple[str, float, float]] = field(default_factory=list)


def tidy_layout(
    roots: Sequence[str],
    children: Mapping[str, Sequence[str]],
    sizes: Mapping[str, Size],
    spacing: Spacing | None = None,
) -> dict[str, tuple[float, float]]:
    """Positions (x, y; y grows downwards) for every node of a forest.

    Args:
        roots: the trees' roots, placed left to right (wrapped like any wide row).
        children: each node's children, in drawing order; a node must appear once in the forest.
        sizes: every node's footprint.
        spacing: gaps and wrapping; defaults to :class:`Spacing`.

    Raises:
        ValueError: a node is reached twice (the input is not a forest).
    """
    spacing = spacing or Spacing()
    order = _post_order(roots, children)
    blocks: dict[str, _Block] = {}
    for node in order:
        blocks[node] = _place_children(sizes[node], list(children.get(node, ())), blocks, spacing, spacing.sibling)
    top = _place_children(Size(0.0, 0.0, 0.0), list(roots), blocks, spacing, spacing.tree, level=0.0)
    positions: dict[str, tuple[float, float]] = {}
    stack = [(root, dx, dy) for root, dx, dy in top.offsets]
    while stack:
        node, x, y = stack.pop()
        positions[node] = (round(x, 1), round(y, 1))
        stack.extend((child, x + dx, y + dy) for child, dx, dy in blocks[node].offsets)
    return positions


def _post_order(roots: Sequence[str], children: Mapping[str, Sequence[str]]) -> list[str]:
    """Children before parents, without recursion (reporting chains can be long)."""
    seen: set[str] = set()
    out: list[str] = []
    for root in roots:
        stack: list[tuple[str, bool]] = [(root, False)]
        while stack:
            node, done = stack.pop()
            if done:
                out.append(node)
                continue
            if node in seen:
                raise ValueError(f"{node!r} appears twice in the forest")
            seen.add(node)
            stack.append((node, True))
            stack.extend((child, False) for child in reversed(children.get(node, ())))
    return out


def _place_children(
    size: Size, kids: list[str], blocks: Mapping[str, _Block], spacing: Spacing, gap: float, level: float | None = None
) -> _Block:
    """The block of a node of ``size`` whose children (already laid out) are ``kids``."""
    block = _Block(left=-size.width / 2, right=size.width / 2, above=size.above, bottom=size.below)
    if not kids:
        return block
    level = spacing.level if level is None else level
    widths = [blocks[k].right - blocks[k].left for k in kids]
    per_row = len(kids)
    if len(kids) > spacing.leaf_row and not any(blocks[k].offsets for k in kids):
        per_row = _best_row_length(size, kids, widths, blocks, spacing, gap, level, spacing.leaf_aspect)
    elif sum(widths) + gap * (len(kids) - 1) > spacing.wrap_width and len(kids) > 2:
        per_row = _best_row_length(size, kids, widths, blocks, spacing, gap, level, spacing.aspect)
    top = size.below + level
    phase = len(kids[:per_row]) % 2  # 1: the row above has a child straight under the parent
    spine = bool(phase)  # some row has a child straight under the parent
    for number, start in enumerate(range(0, len(kids), per_row)):
        row = kids[start : start + per_row]
        above = max(blocks[k].above for k in row)
        xs, x = [], 0.0
        for kid in row:  # pack left to right, then centre the row's anchors under the parent
            x -= blocks[kid].left
            xs.append(x)
            x += blocks[kid].right + gap
        shift = (xs[0] + xs[-1]) / 2
        if number:  # a wrapped row: set its children under the gaps of the row above, and never
            # a second one straight under the parent (its line would run down the first's spine)
            want = 0 if spine else 1 - phase
            if len(row) % 2 != want:
                slot = (xs[-1] - xs[0]) / (len(row) - 1) if len(row) > 1 else widths[start] + gap
                shift += slot / 2 if number % 2 else -slot / 2
            phase, spine = want, spine or bool(want)
        y = top + above
        for kid, kx in zip(row, xs, strict=True):
            child = blocks[kid]
            block.offsets.append((kid, kx - shift, y))
            block.left = min(block.left, kx - shift + child.left)
            block.right = max(block.right, kx - shift + child.right)
            block.bottom = max(block.bottom, y + child.bottom)
        top = block.bottom + spacing.row
    return block


def _best_row_length(
    size: Size,
    kids: list[str],
    widths: list[float],
    blocks: Mapping[str, _Block],
    spacing: Spacing,
    gap: float,
    level: float,
    aspect: float,
) -> int:
    """How many children per row bring the wrapped block's width/height closest to the aim."""
    heights = [blocks[k].above + blocks[k].bottom for k in kids]
    best, best_score = len(kids), math.inf
    candidates = sorted({math.ceil(len(kids) / rows) for rows in range(1, len(kids) + 1)}, reverse=True)
    for per_row in candidates:
        width = height = 0.0
        for start in range(0, len(kids), per_row):
            row = slice(start, start + per_row)
            width = max(width, sum(widths[row]) + gap * (len(widths[row]) - 1))
            height += max(heights[row]) + spacing.row
        height += size.above + size.below + level - spacing.row
        score = abs(math.log(max(width, size.width) / max(height, 1.0)) - math.log(aspect))
        if score < best_score - 1e-9:
            best, best_score = per_row, score
    return best


def org_forest(graph: nx.MultiDiGraph, shown: set[str]) -> tuple[list[str], dict[str, list[str]]]:
    """Roots and children of the drawing's tree, over the ``shown`` nodes of a snapshot.

    The scope's company comes first, then other companies (largest first), then the departed
    groups (invisible nodes whose ids start with :data:`VIRTUAL`); under every node come people
    and teams by name. A reporting cycle is cut where it is found, so the result is a forest.
    """
    parent = {node: _parent(graph, node, shown) for node in sorted(shown)}
    for start in sorted(shown):  # cut cycles (bad data: A reports to B reports to A)
        path: set[str] = set()
        node: str | None = start
        while node is not None and node not in path:
            path.add(node)
            node = parent.get(node)
        if node is not None:
            parent[node] = _fallback(graph, node, shown)
    for node in [p for p in parent.values() if p is not None and p.startswith(VIRTUAL)]:
        parent[node] = None
    children: dict[str, list[str]] = {}
    for node, up in parent.items():
        if up is not None:
            children.setdefault(up, []).append(node)
    size = _subtree_sizes(parent)
    for kids in children.values():
        kids.sort(key=lambda n: _order(graph, n))
    scope = (graph.graph.get("scope") or {}).get("id")
    roots = sorted(
        (n for n, up in parent.items() if up is None),
        key=lambda n: (
            n != scope,
            n.startswith(VIRTUAL),
            _kind(graph, n) != "Company",
            -size.get(n, 1),
            _order(graph, n),
        ),
    )
    return roots, children


def _kind(graph: nx.MultiDiGraph, node: str) -> str:
    return str(graph.nodes[node]["kind"]) if node in graph else "Group"


def _order(graph: nx.MultiDiGraph, node: str) -> tuple[int, tuple[tuple[int, str], ...], str]:
    """Leaders before teams without a lead, then by name (numbers in order: 9 before 10); the
    id breaks ties."""
    kind = _kind(graph, node)
    name = str(graph.nodes[node]["name"]).casefold() if node in graph else node
    parts = tuple((int(p), "") if p.isascii() and p.isdigit() else (-1, p) for p in _DIGITS.split(name) if p)
    return ({"Company": 0, "Person": 1, "Team": 2}.get(kind, 3), parts, node)


def _subtree_sizes(parent: Mapping[str, str | None]) -> dict[str, int]:
    size: dict[str, int] = {}
    for node in parent:
        up: str | None = node
        while up is not None:
            size[up] = size.get(up, 0) + 1
            up = parent.get(up)
    return size


def _current(graph: nx.MultiDiGraph, node: str, kind: str, incoming: bool = False) -> list[str]:
    """Ends of ``node``'s current edges of one type, sorted."""
    edges = graph.in_edges(node, data=True) if incoming else graph.out_edges(node, data=True)
    return sorted({(s if incoming else d) for s, d, a in edges if a["type"] == kind and a["current"]})


def _parent(graph: nx.MultiDiGraph, node: str, shown: set[str]) -> str | None:
    """Where ``node`` hangs in the drawing (None: it is a root)."""
    data: dict[str, Any] = graph.nodes[node]
    if data["kind"] == "Company":
        return None
    if data["kind"] == "Team":
        leads = [p for p in _current(graph, node, "LEADS", incoming=True) if p in shown]
        if leads:
            return leads[0]
        return _fallback(graph, node, shown)
    company = data.get("company")
    if data.get("left") and data.get("destination") in shown and data["destination"] != data["left"]:
        return str(data["destination"])  # where they went: the tie a leaver is drawn by

    def same_company(other: str) -> bool:  # ignore ties into the company a person left
        theirs = graph.nodes[other].get("company")
        return company is None or theirs is None or theirs == company

    own = set(_current(graph, node, "LEADS"))
    teams = [t for t in _current(graph, node, "MEMBER_OF") if t in shown and t not in own and same_company(t)]
    manager = data.get("manager")
    if manager in shown and manager != node and same_company(manager):
        led = set(_current(graph, manager, "LEADS"))
        return next((t for t in teams if t in led), manager)
    if teams:
        return teams[0]
    return _fallback(graph, node, shown)


def _fallback(graph: nx.MultiDiGraph, node: str, shown: set[str]) -> str | None:
    """Where a node goes with no usable manager or team: its company, or the departed group."""
    data = graph.nodes[node]
    if data["kind"] == "Company":
        return None
    if data.get("company") in shown and data.get("company") != node:
        return str(data["company"])
    if data.get("left"):
        return f"{VIRTUAL}departed:{data['left']}"
    return None
