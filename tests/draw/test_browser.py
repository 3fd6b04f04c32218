"""Drawings opened in a real headless Chromium with the network off.

Each page must load from disk with no request leaving it, log no error, hold the expected
nodes and lines in its vis network, and leave a screenshot. The hostile org proves that text
from reports is shown as text and never runs.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest

from orgraph.api import OrgGraph
from orgraph.draw_style import CHANGE_COLOURS

from .browser import Page, open_drawing
from .payloads import PERSON, QUOTE, ROLE, hostile_report

JUNE, AUGUST = date(2025, 6, 1), date(2025, 8, 1)
SCREENSHOTS = Path(__file__).resolve().parents[2] / "out" / "screenshots"


def _open(browser: Any, graph: OrgGraph, path: Path, **draw: Any) -> tuple[Page, Any]:
    drawing = graph.draw(out=path, **draw)
    page = open_drawing(browser, path)
    assert page.requests == [path.resolve().as_uri()], "only the file itself may be requested"
    assert page.errors() == []
    assert page.js("return [network.body.data.nodes.length, network.body.data.edges.length]") == [
        drawing.nodes,
        drawing.edges,
    ]
    assert page.js("return document.querySelectorAll('[src],[href]').length") == 0
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    shot = SCREENSHOTS / f"{path.stem}.png"
    assert browser.save_screenshot(str(shot))
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and shot.stat().st_size > 10_000
    return page, drawing


def _lines_into(page: Page, node: str) -> list[dict[str, Any]]:
    script = (
        "return network.body.data.edges.get().filter(e => e.to === arguments[0])"
        ".map(e => ({from: e.from, dashes: !!e.dashes}))"
    )
    return list(page.js(script, node))


@pytest.fixture
def example(tmp_path: Path) -> OrgGraph:
    from orgraph.graph.kuzu_store import KuzuStore
    from tests.conftest import EXAMPLES

    graph = OrgGraph(KuzuStore(tmp_path / "store"))
    graph.load([EXAMPLES])
    return graph


def test_apple_before_and_after_pang_left(browser: Any, example: OrgGraph, tmp_path: Path) -> None:
    june, drawing = _open(browser, example, tmp_path / "apple-2025-06-01.html", as_of=JUNE, company="Apple")
    # Apple, its 4 teams and 5 people; lines follow the drawn tree: 5 jobs (everyone hangs under
    # Apple), 3 leads, and MLX (no lead) part of Apple; the led teams' ties to Apple are implied.
    assert (drawing.nodes, drawing.edges) == (10, 9)
    assert _lines_into(june, "apple--afm") == [{"from": "ruoming-pang", "dashes": False}]

    august, drawing = _open(browser, example, tmp_path / "apple-2025-08-01.html", as_of=AUGUST, company="Apple")
    assert (drawing.nodes, drawing.edges) == (12, 12)  # + Meta and its team; Pang's and Gunter's former ties
    into_afm = _lines_into(august, "apple--afm")
    assert {"from": "zhifeng-chen", "dashes": False} in into_afm
    assert {"from": "ruoming-pang", "dashes": True} in into_afm  # former lead, dashed
    assert august.js("return nodes.get('ruoming-pang').label") == "Ruoming Pang\n(left Apple → Meta)"
    assert {"from": "ruoming-pang", "dashes": False} in _lines_into(august, "meta")
    tip = august.js("return nodes.get('ruoming-pang').title.textContent")
    assert "Left Apple in 2025-07, for Meta" in tip and "News report citing Bloomberg" in tip


def test_diff_colours_what_changed(browser: Any, example: OrgGraph, tmp_path: Path) -> None:
    page, drawing = _open(browser, example, tmp_path / "apple-changes.html", company="Apple", diff=(JUNE, AUGUST))
    colour = "return nodes.get(arguments[0]).color.background"
    assert page.js(colour, "ruoming-pang") == CHANGE_COLOURS["left"]
    assert page.js(colour, "tom-gunter") == CHANGE_COLOURS["left"]
    assert page.js(colour, "zhifeng-chen") == CHANGE_COLOURS["new lead"]
    legend = page.js("return document.getElementById('og-legend').textContent")
    assert all(f"person {change}" in legend for change in CHANGE_COLOURS)
    assert "changes 2025-06-01 → 2025-08-01" in drawing.title


def test_hostile_text_shows_as_text_and_never_runs(browser: Any, embedded: OrgGraph, tmp_path: Path) -> None:
    from selenium.webdriver.common.action_chains import ActionChains

    embedded.load_reports([hostile_report()])
    page, _ = _open(browser, embedded, tmp_path / "hostile.html", as_of=AUGUST)
    person = page.js("return nodes.get().find(n => n.label === arguments[0]).id", PERSON)
    # Hover the person for real and read the tooltip vis shows.
    x, y = page.js(
        "const p = network.canvasToDOM(network.getPositions([arguments[0]])[arguments[0]]); return [p.x, p.y]", person
    )
    canvas = browser.find_element("css selector", "#mynetwork canvas")
    ActionChains(browser).move_to_element_with_offset(canvas, 0, 0).perform()
    ActionChains(browser).move_to_element_with_offset(
        canvas, int(x - canvas.size["width"] / 2), int(y - canvas.size["height"] / 2)
    ).perform()
    page.js("return null")
    shown = _wait(
        page,
        "const t = document.querySelector('.vis-tooltip');"
        "return t && t.style.visibility === 'visible' ? t.textContent : null",
    )
    assert PERSON in shown and ROLE in shown and QUOTE in shown
    browser.save_screenshot(str(SCREENSHOTS / "hostile-tooltip.png"))
    for node in page.js("return nodes.get().map(n => n.id)"):  # every tooltip, not just the hovered one
        page.js("const t = nodes.get(arguments[0]).title; document.body.appendChild(t.cloneNode(true))", node)
    assert page.js("return window.__pwned") is None
    live = "img, svg, iframe, a, [onerror], [onload], [onmouseover]"
    assert page.js("return document.querySelectorAll(arguments[0]).length", live) == 0
    assert page.errors() == [] and browser.get_log("browser") == []


def test_reporting_lines_run_top_down(browser: Any, embedded: OrgGraph, tmp_path: Path) -> None:
    embedded.load_reports([hostile_report()])
    page, _ = _open(browser, embedded, tmp_path / "levels.html", as_of=AUGUST)
    ys = page.js(
        "const p = network.getPositions(); return Object.fromEntries(Object.entries(p).map(([k, v]) => [k, v.y]))"
    )
    boss, team = "boss-o-hara", next(n for n in ys if "--" in n)
    person = next(n for n in ys if n.startswith("img-src"))
    company = next(n for n in ys if n not in (boss, team, person))
    assert ys[company] < ys[boss] < ys[team] < ys[person]  # company, manager, the team they lead, its member


def test_inline_notebook_view_draws_inside_its_iframe(browser: Any, example: OrgGraph, tmp_path: Path) -> None:
    """What Jupyter shows: the Drawing's _repr_html_ (an iframe) inside another page."""
    host = tmp_path / "notebook-cell.html"
    drawing = example.draw(AUGUST, company="Apple")
    host.write_text(f"<!DOCTYPE html><html><body>{drawing._repr_html_()}</body></html>", encoding="utf-8")
    browser.get(host.as_uri())
    browser.switch_to.frame(browser.find_element("tag name", "iframe"))
    try:
        _wait(Page(browser), "return window.orgraphDrawn === true || null")
        assert Page(browser).js("return network.body.data.nodes.length") == drawing.nodes
    finally:
        browser.switch_to.default_content()
    browser.save_screenshot(str(SCREENSHOTS / "notebook-cell.png"))
    assert [e for e in browser.get_log("browser") if e["level"] == "SEVERE"] == []


def _wait(page: Page, script: str, timeout: float = 10.0) -> Any:
    import time

    deadline = time.monotonic() + timeout
    while (value := page.js(script)) is None:
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for: {script}")
        time.sleep(0.05)
    return value
