"""How an org drawing looks: colours, node and edge styles, vis options and the legend.

Kept apart from :mod:`orgraph.draw` (which builds the page and keeps it safe) so the look can
change without touching the escaping. Every text placed in the legend is escaped here.
"""

from __future__ import annotations

import html
from typing import Any
from unicodedata import east_asian_width

import networkx as nx

from orgraph.layout import Size

#: Company colours, assigned in order of company id so a drawing is the same every time.
PALETTE = ("#4e79a7", "#f28e2b", "#59a14f", "#b07aa1", "#76b7b2", "#edc948", "#9c755f", "#ff9da7", "#bab0ac")
LEFT_COLOUR = "#d9d9d9"
#: Diff view: what happened to a person between the two dates.
CHANGE_COLOURS = {"joined": "#2ca02c", "left": "#d62728", "moved": "#ff7f0e", "new lead": "#9467bd"}
#: Diff view: edges that started or ended between the two dates.
EDGE_CHANGE_COLOURS = {"added": "#2ca02c", "ended": "#d62728"}
UNCHANGED = "#c7c7c7"
EDGE_COLOURS = {
    "REPORTS_TO": "#333333",
    "LEADS": "#6a3d9a",
    "MEMBER_OF": "#9e9e9e",
    "WORKED_AT": "#9e9e9e",
    "PART_OF": "#bdbdbd",
}
#: Above this many nodes edges are drawn straight (cheaper to draw, and calmer at a distance).
LARGE = 400


def company_colours(graph: nx.MultiDiGraph) -> dict[str, str]:
    """A colour per company id seen in the graph (nodes, teams' companies, people's companies)."""
    ids = {str(d["company"]) for _, d in graph.nodes(data=True) if d.get("company")}
    ids |= {str(d["left"]) for _, d in graph.nodes(data=True) if d.get("left")}
    return {cid: PALETTE[i % len(PALETTE)] for i, cid in enumerate(sorted(ids))}


def node_style(data: dict[str, Any], colours: dict[str, str], is_diff: bool) -> dict[str, Any]:
    """vis node options: companies as large boxes, teams as boxes, people as rounded dots.

    Colour is the company's; a person who left is grey with a dashed border in their old
    company's colour. In a diff, people are coloured by what changed and the rest fade.
    """
    kind = data["kind"]
    base = colours.get(str(data.get("company") or data.get("left") or ""), "#8c8c8c")
    style: dict[str, Any] = {"borderWidth": 1}
    if kind == "Company":
        style.update(shape="box", font={"size": 22, "color": "#ffffff", "face": "system-ui"}, margin=12)
    elif kind == "Team":
        style.update(shape="box", font={"size": 15, "color": "#111111"}, margin=8)
    else:
        style.update(shape="dot", size=12, font={"size": 14})
    background = base if kind != "Team" else _tint(base)
    if kind == "Person" and data.get("left") and not data.get("company"):
        background = LEFT_COLOUR
        style.update(shapeProperties={"borderDashes": [4, 3]}, borderWidth=3)
    elif kind == "Person" and data.get("left"):
        style.update(shapeProperties={"borderDashes": [4, 3]}, borderWidth=3)
    border = colours.get(str(data.get("left") or ""), base)
    if is_diff:
        change = data.get("change")
        background = CHANGE_COLOURS.get(change or "", UNCHANGED if kind == "Person" else background)
        border = background if change else border
        if change:
            style.update(borderWidth=3, size=16)
    style["color"] = {
        "background": background,
        "border": border,
        "highlight": {"background": background, "border": "#000000"},
    }
    return style


def node_size(style: dict[str, Any], label: str) -> Size:
    """The footprint vis will draw a node in, from its style and label (an estimate: about
    0.6 em per character, a full-width CJK one about 1 em), for the layout to keep neighbours apart."""
    lines = label.split("\n")
    font = float(style.get("font", {}).get("size", 14))
    text_width = max(sum(1.7 if east_asian_width(c) in "WF" else 1.0 for c in line) for line in lines) * font * 0.6
    text_height = len(lines) * font * 1.25
    if style.get("shape") == "dot":
        radius = float(style.get("size", 12)) + float(style.get("borderWidth", 1))
        return Size(max(2 * radius, text_width), radius, radius + 4 + text_height)
    margin = float(style.get("margin", 5))
    half = text_height / 2 + margin
    return Size(text_width + 2 * margin + 2, half, half)


def edge_style(
    data: dict[str, Any] | None, is_diff: bool, graph: nx.MultiDiGraph, large: bool = False
) -> dict[str, Any]:
    """vis edge options by type; ended ties dashed; in a diff, added green and ended red.

    ``data`` None is the derived "went to" edge from a leaver to their new company. On a
    ``large`` drawing ended ties carry no label and fade, so dozens of leavers stay legible.
    """
    if data is None:
        colour = EDGE_CHANGE_COLOURS["added"] if is_diff else "#555555"
        return {"color": colour, "dashes": [2, 4], "width": 2, "label": "went to", "font": {"size": 11}, "arrows": "to"}
    colour = EDGE_COLOURS[data["type"]]
    style: dict[str, Any] = {"arrows": "to", "width": 2 if data["type"] in ("LEADS", "REPORTS_TO") else 1}
    if not data["current"]:
        style.update(dashes=True)
        if not large:
            style.update(label="left" if data["type"] == "WORKED_AT" else "former", font={"size": 11})
        colour = "#d0d0d0" if large else "#b0b0b0"
    if is_diff and data.get("change"):
        colour = EDGE_CHANGE_COLOURS[data["change"]]
        style["width"] = 3
    style["color"] = colour
    return style


def vis_options(nodes: int) -> dict[str, Any]:
    """vis-network options: nodes stay where :mod:`orgraph.layout` put them (no vis layout,
    physics off); edges are straight on large drawings, gently curved on small ones."""
    large = nodes > LARGE
    return {
        "layout": {"hierarchical": {"enabled": False}, "improvedLayout": False},
        "physics": {"enabled": False},
        "edges": {
            "smooth": False if large else {"type": "cubicBezier", "forceDirection": "vertical", "roundness": 0.4}
        },
        "interaction": {"hover": True, "tooltipDelay": 120, "navigationButtons": False, "keyboard": False},
        "nodes": {"font": {"face": "system-ui"}},
    }


def legend_html(graph: nx.MultiDiGraph, colours: dict[str, str], is_diff: bool) -> str:
    """The legend strip (escaped): company colours and line styles, or the diff's change colours."""
    rows = []
    if is_diff:
        rows += [_swatch(colour, f"person {change}") for change, colour in CHANGE_COLOURS.items()]
        rows.append(_swatch(UNCHANGED, "person unchanged"))
        rows += [
            _line(EDGE_CHANGE_COLOURS["added"], "tie added"),
            _line(EDGE_CHANGE_COLOURS["ended"], "tie ended", True),
        ]
    else:
        names = {n: str(d["name"]) for n, d in graph.nodes(data=True) if d["kind"] == "Company"}
        rows += [_swatch(colour, names.get(cid, cid)) for cid, colour in colours.items()]
        rows.append(_swatch(LEFT_COLOUR, "left (dashed border: old company)"))
        rows += [
            _line(EDGE_COLOURS["LEADS"], "leads team"),
            _line(EDGE_COLOURS["REPORTS_TO"], "reports to"),
            _line(EDGE_COLOURS["MEMBER_OF"], "member / works at"),
            _line("#b0b0b0", "former tie", True),
        ]
    return "<div id='og-legend'>" + "".join(f"<span>{row}</span>" for row in rows) + "</div>"


def _swatch(colour: str, text: str) -> str:
    return f"<span class='sw' style='background:{colour}'></span>{html.escape(text)}"


def _line(colour: str, text: str, dashed: bool = False) -> str:
    style = f"border-top-color:{colour}" + (";border-top-style:dashed" if dashed else "")
    return f"<span class='ln' style='{style}'></span>{html.escape(text)}"


def _tint(colour: str) -> str:
    """A lighter shade of a ``#rrggbb`` colour, for team boxes."""
    red, green, blue = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    return "#{:02x}{:02x}{:02x}".format(*(round(c + (255 - c) * 0.6) for c in (red, green, blue)))
