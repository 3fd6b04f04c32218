"""Interactive org drawings: a snapshot graph (see :mod:`orgraph.export`) as one HTML page.

The page is built with pyvis and made safe and self-contained afterwards:

- Everything read from reports (names, roles, quotes, publishers) is untrusted. Node labels are
  drawn on a canvas (plain text). Tooltips are HTML built here with every value passed through
  :func:`html.escape`; they travel under a private key (``tip``) that pyvis never inspects (its
  template switches to ``innerHTML`` popups when a title contains "href") and become DOM
  elements only in our own script. The heading pyvis would render unescaped is left empty.
- vis-network is inlined (``cdn_resources="in_line"``); the remote bootstrap tags the pyvis
  template always adds are removed, and a Content-Security-Policy allows only the page's own
  inline scripts (by hash: injected handlers such as ``onerror=`` cannot run) and no network
  request at all. :func:`remote_references` finds anything that would still reach out.
- Reporting lines are laid out top-down by :mod:`orgraph.layout` (a tidy tree: company, then
  each manager centred above the team they lead, above its members; wide rows wrapped); the
  positions are fixed and physics is off, so the page is still and vis only fits the view.
"""

from __future__ import annotations

import base64
import hashlib
import html
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import networkx as nx
from pyvis.network import Network

from orgraph.draw_style import (
    CHANGE_COLOURS,
    EDGE_CHANGE_COLOURS,
    LARGE,
    LEFT_COLOUR,
    company_colours,
    edge_style,
    legend_html,
    node_size,
    node_style,
    vis_options,
)
from orgraph.graph.model import format_date
from orgraph.layout import Size, org_forest, tidy_layout

#: Citations shown per tooltip; the rest are counted.
MAX_CITATIONS = 3

_REMOTE = re.compile(r"""(?:\bsrc|\bhref|@import|url\()\s*=?\s*["']?\s*(?:https?:)?//""", re.I)
_SCRIPT = re.compile(r"<script(?:\s[^>]*)?>(.*?)</script>", re.S | re.I)


@dataclass(frozen=True)
class Drawing:
    """One self-contained HTML org drawing; shows itself inline in Jupyter."""

    html: str
    title: str
    nodes: int
    edges: int
    height: int = 720
    folded: int = 0

    def save(self, path: str | Path) -> Path:
        """Write the page (UTF-8) to ``path``, creating its folder; returns the path."""
        out = Path(path)
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(self.html, encoding="utf-8")
        return out

    def _repr_html_(self) -> str:
        # A sandboxed iframe: the page's scripts run, isolated from the notebook's own origin.
        return (
            f'<iframe srcdoc="{html.escape(self.html, quote=True)}" sandbox="allow-scripts" '
            f'style="width:100%;height:{self.height + 90}px;border:0" title="{html.escape(self.title)}"></iframe>'
        )


def draw(graph: nx.MultiDiGraph, title: str | None = None, height: int = 720, fold: bool | None = None) -> Drawing:
    """Draw a snapshot (or a :func:`orgraph.export.diff` of two) as an interactive page.

    Args:
        graph: from :func:`orgraph.export.to_networkx` or :func:`orgraph.export.diff`.
        title: heading shown above the drawing (default: scope and date(s)).
        height: pixel height of the drawing area.
        fold: fold plain team members (no reports, no team to lead, nothing changed) into their
            team's box, listed in its tooltip; default: when the graph has more than
            :data:`~orgraph.draw_style.LARGE` nodes, so a big org stays readable.
    """
    is_diff = "since" in graph.graph and any("change" in d for _, d in graph.nodes(data=True))
    title = title or default_title(graph, is_diff)
    colours = company_colours(graph)
    folded = _foldable(graph) if (graph.number_of_nodes() > LARGE if fold is None else fold) else {}
    large = graph.number_of_nodes() - len(folded) > LARGE
    net = Network(height=f"{height}px", width="100%", directed=True, cdn_resources="in_line", heading="")
    net.options = vis_options(graph.number_of_nodes() - len(folded))
    nodes = _node_options(graph, folded, colours, is_diff)
    parent = _place(graph, nodes)
    for node, options in nodes.items():
        net.add_node(node, **options)
    shown = 0
    for src, dst, key, data in graph.edges(keys=True, data=True):
        if src in folded or dst in folded or (_implied(parent, src, dst, data) and not data.get("change")):
            continue  # folded away, or already shown by the person's team
        if large and _left_job_shown_otherwise(graph, src, dst, data):
            continue
        net.add_edge(src, dst, id=key, tip=_edge_tip(graph, data), **edge_style(data, is_diff, graph, large))
        shown += 1
    for src, dst in _moves(graph):
        tip = html.escape("went to")
        net.add_edge(src, dst, id=f"moved:{src}:{dst}", tip=tip, **edge_style(None, is_diff, graph, large))
        shown += 1
    page = finish_page(net.generate_html(), title, legend_html(graph, colours, is_diff), height)
    return Drawing(html=page, title=title, nodes=len(nodes), edges=shown, height=height, folded=len(folded))


def _node_options(
    graph: nx.MultiDiGraph, folded: dict[str, str], colours: dict[str, str], is_diff: bool
) -> dict[str, dict[str, Any]]:
    """vis options (label, escaped tooltip, style) of every node not folded into a team box."""
    members: dict[str, list[str]] = {}
    for person, team in folded.items():
        members.setdefault(team, []).append(str(graph.nodes[person]["name"]))
    nodes: dict[str, dict[str, Any]] = {}
    for node, data in graph.nodes(data=True):
        if node in folded:
            continue
        label, tip = _label(graph, data), _node_tip(graph, node, data)
        if node in members:
            count = len(members[node])
            label += f"\n{count} member{'s' if count != 1 else ''}"
            tip = tip[: -len("</div>")] + _member_list(members[node]) + "</div>"
        nodes[node] = {"label": label, "tip": tip, **node_style(data, colours, is_diff)}
    return nodes


def _place(graph: nx.MultiDiGraph, nodes: dict[str, dict[str, Any]]) -> dict[str, str]:
    """Set each node's fixed ``x``/``y`` from the tidy tree layout; returns the tree's parents."""
    roots, children = org_forest(graph, set(nodes))
    sizes = {node: node_size(options, options["label"]) for node, options in nodes.items()}
    for node in roots:  # an invisible departed group: a company's height, so its people line up
        if node not in nodes:
            company = sizes.get(node.split(":", 1)[-1], Size(0.0, 26.0, 26.0))
            sizes[node] = Size(0.0, company.above, company.below)
    for node, (x, y) in tidy_layout(roots, children, sizes).items():
        if node in nodes:
            nodes[node].update(x=x, y=y)
    return {child: up for up, kids in children.items() for child in kids}


def default_title(graph: nx.MultiDiGraph, is_diff: bool = False) -> str:
    """``Apple as of 2025-08-01`` / ``Team AFM: changes 2025-06-01 → 2025-08-01`` and so on."""
    scope = graph.graph.get("scope") or {}
    node = scope.get("id")
    name = graph.nodes[node]["name"] if node in graph else "Whole graph"
    kind = str(scope.get("kind"))
    where = {"Team": f"Team {name}", "Person": f"Around {name} ({scope.get('depth')} hops)"}.get(kind, name)
    if is_diff:
        return f"{where}: changes {graph.graph['since']} → {graph.graph['as_of']}"
    return f"{where} as of {graph.graph['as_of']}"


def remote_references(page: str) -> list[str]:
    """Every place in ``page`` that would load something from the network (should be none)."""
    return [page[max(0, m.start() - 40) : m.end() + 40] for m in _REMOTE.finditer(page)]


def _name(graph: nx.MultiDiGraph, node: str | None) -> str:
    if node is None:
        return ""
    return str(graph.nodes[node]["name"]) if node in graph else node


def _label(graph: nx.MultiDiGraph, data: dict[str, Any]) -> str:
    """Canvas label (plain text, never HTML): the name, and where a leaver went."""
    if data["kind"] != "Person" or not data.get("left"):
        return str(data["name"])
    went = f" → {_name(graph, data['destination'])}" if data.get("destination") else ""
    return f"{data['name']}\n(left {_name(graph, data['left'])}{went})"


def _implied(parent: dict[str, str], src: str, dst: str, data: dict[str, Any]) -> bool:
    """A current tie the drawn tree already shows: a job, reporting line or team's company that
    is an ancestor of ``src`` in the layout, reached through other lines (a person under their
    team under its lead under the company needs no line of their own to the company or lead)."""
    if not data["current"] or data["type"] not in ("WORKED_AT", "REPORTS_TO", "PART_OF"):
        return False
    up = parent.get(src)
    if up == dst:
        return False  # the tree's own line
    while up is not None:
        if up == dst:
            return True
        up = parent.get(up)
    return False


def _left_job_shown_otherwise(graph: nx.MultiDiGraph, src: str, dst: str, data: dict[str, Any]) -> bool:
    """An ended job whose company the drawing reaches through the leaver's ended team or
    manager line (kept), and whose label says "left ...": on a large drawing, one line per
    leaver to the company root would fan across the whole page."""
    if data["current"] or data["type"] != "WORKED_AT" or graph.nodes[src].get("left") != dst:
        return False
    return any(
        not a["current"] and a["type"] in ("REPORTS_TO", "MEMBER_OF") and graph.nodes[d].get("company") == dst
        for _, d, a in graph.out_edges(src, data=True)
    )


def _foldable(graph: nx.MultiDiGraph) -> dict[str, str]:
    """People who can be folded into a team box: members with no reports, no team to lead, no
    departure and no change to show; mapped to the team they are folded into."""
    folded = {}
    for node, data in graph.nodes(data=True):
        if data["kind"] != "Person" or data.get("left") or data.get("change") or data.get("leads"):
            continue
        if any(a["type"] == "REPORTS_TO" and a["current"] for _, _, a in graph.in_edges(node, data=True)):
            continue
        teams = sorted(t for _, t, a in graph.out_edges(node, data=True) if a["type"] == "MEMBER_OF" and a["current"])
        if teams:
            folded[node] = teams[0]
    return folded


def _member_list(names: list[str], shown: int = 25) -> str:
    """Escaped list of the members folded into a team box."""
    listed = ", ".join(html.escape(n) for n in sorted(names)[:shown])
    more = f" and {len(names) - shown} more" if len(names) > shown else ""
    return f"<div class='og-src'>Members: {listed}{more}</div>"


def _moves(graph: nx.MultiDiGraph) -> list[tuple[str, str]]:
    """Leaver → destination company, where no job edge already shows the move."""
    out = []
    for node, data in graph.nodes(data=True):
        dest = data.get("destination") if data["kind"] == "Person" else None
        if dest and dest in graph and not graph.has_edge(node, dest):
            out.append((node, dest))
    return out


def _when(start: Any, start_p: Any, end: Any, end_p: Any) -> str:
    since, until = format_date(start, start_p), format_date(end, end_p)
    if since and until:
        return f"{since} until {until}"
    if since:
        return f"since {since}"
    return f"until {until}" if until else "dates not stated"


def _citations(edges: list[dict[str, Any]]) -> str:
    """Escaped list of the sources behind ``edges``: publisher, date, quoted sentence."""
    seen: dict[tuple[str, str], dict[str, Any]] = {}
    for edge in edges:
        for cite in edge["citations"]:
            seen.setdefault((str(cite.get("source_id")), str(cite.get("quote"))), cite)
    items = []
    for cite in list(seen.values())[:MAX_CITATIONS]:
        who = html.escape(str(cite.get("publisher") or cite.get("title") or "unnamed source"))
        when = html.escape(str(cite.get("published") or "undated"))
        items.append(f"<li><b>{who}</b>, {when}: <q>{html.escape(str(cite.get('quote') or ''))}</q></li>")
    more = len(seen) - MAX_CITATIONS
    if more > 0:
        items.append(f"<li>and {more} more</li>")
    return f"<div class='og-src'>Sources:<ul>{''.join(items)}</ul></div>" if items else ""


def _node_tip(graph: nx.MultiDiGraph, node: str, data: dict[str, Any]) -> str:
    """Escaped HTML tooltip: who/what it is, role, team, dates, what changed, and sources."""
    esc = html.escape
    lines = [f"<b>{esc(str(data['name']))}</b> <span class='og-kind'>{esc(data['kind'].lower())}</span>"]
    if data["kind"] == "Team":
        lines.append(f"Team of {esc(_name(graph, data.get('company')))}")
    if data["kind"] == "Person":
        lines += _person_lines(graph, data)
    if data.get("change"):
        lines.append(f"<span class='og-change'>Change: {esc(data['change'])}</span>")
    edges = [a for _, _, a in graph.out_edges(node, data=True) if a["type"] in ("WORKED_AT", "LEADS")]
    return "<div class='og-tip'>" + "<br>".join(lines) + _citations(edges) + "</div>"


def _person_lines(graph: nx.MultiDiGraph, data: dict[str, Any]) -> list[str]:
    esc = html.escape
    lines = []
    if data.get("role"):
        lines.append(f"Role: {esc(str(data['role']))}")
    if data.get("company"):
        joined = format_date(data.get("joined"), data.get("joined_precision"))
        lines.append(f"At {esc(_name(graph, data['company']))}" + (f" since {joined}" if joined else ""))
    if data.get("teams"):
        lines.append("Team: " + ", ".join(f"{esc(str(t))} ({esc(r)})" for t, r in data["teams"]))
    if data.get("manager"):
        lines.append(f"Reports to {esc(_name(graph, data['manager']))}")
    if data.get("left"):
        left_on = format_date(data["left_on"], data["left_precision"])
        went = f", for {esc(_name(graph, data['destination']))}" if data.get("destination") else ""
        lines.append(f"<span class='og-left'>Left {esc(_name(graph, data['left']))} in {left_on}{went}</span>")
    was = data.get("was")
    if was and data.get("change"):
        teams = ", ".join(f"{t} ({r})" for t, r in was["teams"]) or "no team"
        lines.append(f"Before: at {esc(_name(graph, was['company']) or 'no company')}; {esc(teams)}")
    return lines


_VERBS = {
    "REPORTS_TO": "reports to",
    "LEADS": "leads",
    "MEMBER_OF": "is in",
    "WORKED_AT": "works at",
    "PART_OF": "is part of",
}
_PAST = {
    "REPORTS_TO": "reported to",
    "LEADS": "led",
    "MEMBER_OF": "was in",
    "WORKED_AT": "worked at",
    "PART_OF": "was part of",
}


def _edge_tip(graph: nx.MultiDiGraph, data: dict[str, Any]) -> str:
    """Escaped HTML tooltip for one edge: the fact, its dates, and the sources behind it."""
    esc = html.escape
    verb = (_VERBS if data["current"] else _PAST)[data["type"]]
    fact = f"<b>{esc(_name(graph, data['src']))}</b> {verb} <b>{esc(_name(graph, data['dst']))}</b>"
    extra = [esc(str(data["role"]))] if data.get("role") else []
    if data.get("headcount"):
        extra.append(f"about {int(data['headcount'])} people")
    lines = [fact + (f" ({', '.join(extra)})" if extra else "")]
    lines.append(
        esc(_when(data["valid_from"], data["valid_from_precision"], data["valid_to"], data["valid_to_precision"]))
    )
    if data.get("to_org"):
        lines.append(f"Left for {esc(_name(graph, data['to_org']))}")
    if data.get("change"):
        lines.append(f"<span class='og-change'>Change: {esc(data['change'])}</span>")
    return "<div class='og-tip'>" + "<br>".join(lines) + _citations([data]) + "</div>"


_PAGE_CSS = """
body{font-family:system-ui,-apple-system,Segoe UI,Roboto,sans-serif;margin:0;padding:8px;background:#fff}
#og-head{display:flex;align-items:baseline;flex-wrap:wrap;gap:4px 24px;margin:4px 8px 8px}
#og-head h1{font-size:20px;margin:0}
#og-head .og-count{color:#555;font-size:13px}
#og-wrap{position:relative}
#og-legend{display:flex;flex-wrap:wrap;gap:2px 14px;font-size:12px;color:#333;align-items:center}
#og-legend .sw{display:inline-block;width:12px;height:12px;border-radius:3px;margin-right:6px;vertical-align:-2px}
#og-legend .ln{display:inline-block;width:22px;height:0;border-top:3px solid;margin-right:6px;vertical-align:3px}
.vis-tooltip{max-width:420px;white-space:normal!important;font-size:12px!important;padding:8px!important;
 font-family:system-ui,-apple-system,Segoe UI,Roboto,sans-serif!important}
.og-tip q{font-style:italic}.og-tip ul{margin:4px 0 0 16px;padding:0}.og-kind{color:#777;font-size:11px}
.og-left{color:#b00020}.og-change{color:#6200ee;font-weight:600}
.card{border:0!important}
"""

# Runs after pyvis's drawGraph(): turns each escaped tooltip into a DOM element (vis shows a string
# title as text), then flags the page as drawn for tests and benchmarks.
_PAGE_SCRIPT = """
(function () {
  function tips(set) {
    var changes = [];
    set.forEach(function (item) {
      if (typeof item.tip === "string") {
        var box = document.createElement("div");
        box.innerHTML = item.tip;
        changes.push({id: item.id, title: box});
      }
    });
    set.update(changes);
  }
  tips(nodes);
  tips(edges);
  window.orgraphDrawn = false;
  network.once("afterDrawing", function () { window.orgraphDrawn = true; });
  network.fit();
  network.redraw();
})();
"""


def finish_page(page: str, title: str, legend: str, height: int) -> str:
    """Make pyvis's page self-contained and safe: drop remote tags and the empty pyvis heading,
    add our header, legend, tooltip script and a hash-based Content-Security-Policy.

    Raises:
        ValueError: the page still references something remote (a pyvis template change).
    """
    page = re.sub(r"<link\b[^>]*\bhref=\"https?://[^\"]*\"[^>]*>", "", page)
    page = re.sub(r"<script\b[^>]*\bsrc=\"https?://[^\"]*\"[^>]*>\s*</script>", "", page)
    page = re.sub(r"<center>\s*<h1>\s*</h1>\s*</center>", "", page)
    page = re.sub(r"<!--(?:(?!-->).)*node_modules(?:(?!-->).)*-->", "", page, flags=re.S)  # a dead example
    head = f"<div id='og-head'><h1>{html.escape(title)}</h1>{legend}</div><div id='og-wrap'>"
    page = _replace_once(
        page, '<div class="card" style="width: 100%">', head + '<div class="card" style="width: 100%">'
    )
    page = _replace_once(page, "</body>", f"</div><script>{_PAGE_SCRIPT}</script></body>")
    found = remote_references(page)
    if found:
        raise ValueError(f"drawing still references remote resources: {found[0]!r}")
    hashes = " ".join(
        "'sha256-" + base64.b64encode(hashlib.sha256(body.encode("utf-8")).digest()).decode("ascii") + "'"
        for body in _SCRIPT.findall(page)
    )
    policy = (
        f"default-src 'none'; script-src {hashes}; style-src 'unsafe-inline'; img-src data:; font-src data:; "
        "connect-src 'none'; form-action 'none'; base-uri 'none'"
    )
    top = (
        f'<!DOCTYPE html>\n<html lang="en">\n<head><meta charset="utf-8">'
        f'<meta http-equiv="Content-Security-Policy" content="{policy}">'
        f"<title>{html.escape(title)}</title><style>{_PAGE_CSS}</style>"
    )
    page = page.replace('<meta charset="utf-8">', "", 1)
    return _replace_once(_replace_once(page, "<head>", ""), "<html>", top)


def _replace_once(page: str, marker: str, replacement: str) -> str:
    if page.count(marker) < 1:
        raise ValueError(f"pyvis page has no {marker!r}; the template changed")
    return page.replace(marker, replacement, 1)


__all__ = ["CHANGE_COLOURS", "EDGE_CHANGE_COLOURS", "LEFT_COLOUR", "Drawing", "draw", "remote_references"]
