"""The tour notebook runs top to bottom in a real kernel and answers the seed story's questions."""

from __future__ import annotations

from pathlib import Path

import nbformat
from nbclient import NotebookClient

from tests.conftest import EXAMPLES

NOTEBOOK = EXAMPLES / "orgraph-tour.ipynb"


def _outputs(nb: nbformat.NotebookNode) -> dict[str, str]:
    """Printed text of each tagged cell, by tag."""
    out = {}
    for cell in nb.cells:
        for tag in cell.get("metadata", {}).get("tags", []):
            out[tag] = "".join(o.get("text", "") for o in cell.get("outputs", []) if o.get("output_type") == "stream")
    return out


def test_tour_notebook_executes_and_answers(tmp_path: Path) -> None:
    nb = nbformat.read(NOTEBOOK, as_version=4)
    NotebookClient(nb, timeout=300, kernel_name="python3", resources={"metadata": {"path": str(EXAMPLES)}}).execute()
    out = _outputs(nb)
    assert "Pang left Apple (2025-07) for Meta." in out["after-departure"]
    assert "AFM (about 100 people) is now led by Zhifeng Chen." in out["after-departure"]
    diff = out["org-diff"]
    assert "lead_change" in diff and "Ruoming Pang" in diff and "Zhifeng Chen" in diff
    assert "Tom Gunter" in diff and diff.count("leave") == 2
    assert "Tom Gunter" in out["departures"] and "Left AFM: Ruoming Pang -> Meta" in out["departures"]
    assert "Meta" in out["flow"] and "0.01" in out["flow"]
    assert "apple--afm" in out["networkx"]
    drawing = next(c for c in nb.cells if "drawing" in c.get("metadata", {}).get("tags", []))
    html = "".join(
        o.get("data", {}).get("text/html", "") for o in drawing.outputs if o.get("output_type") == "execute_result"
    )
    assert "<iframe" in html and "sandbox=" in html, "the drawing does not show inline"
    assert "Zhifeng Chen" in html and "Ruoming Pang" in html
    nbformat.validate(nb)
