"""From extracted news facts to graph nodes: one node per company, whatever name a report uses."""

from __future__ import annotations

from pathlib import Path

from orgraph.api import OrgGraph

FORMAL = """---
title: Memory design lead departs
published: 2025-03-10
---
Samsung Electronics Co., Ltd. said on Monday that Minji Park, who led its memory design team, left the firm for Apple.
"""

SHORT = """---
title: Foundry software hire
published: 2025-04-10
---
Samsung hired Daniel Cho from Google last month. Cho will lead the foundry software team at Samsung.
"""


def test_a_formal_company_name_and_the_short_name_are_one_node(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text(FORMAL, encoding="utf-8")
    (tmp_path / "b.md").write_text(SHORT, encoding="utf-8")
    with OrgGraph.open(tmp_path / "store") as graph:
        graph.load([tmp_path / "a.md", tmp_path / "b.md"])
        companies = {r["id"]: r["name"] for r in graph.rows("_read.names") if r["kind"] == "Company"}
        assert companies.get("samsung") == "Samsung"
        assert not [c for c in companies if c.startswith("samsung-")], companies
        found = graph.rows("graph.find_company", key="samsung-electronics")
        assert [r["id"] for r in found] == ["samsung"]  # the formal name is kept as an alias
        history = graph.query("people.history", person="Minji Park")
        moves = set(zip(history["type"], history["other_id"], history["to_org"], strict=True))
        assert ("WORKED_AT", "samsung", "apple") in moves
