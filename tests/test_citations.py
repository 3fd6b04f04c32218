"""The stored form of citations: compact text that reads back to every field, fast or slow."""

from __future__ import annotations

import json
from datetime import date

from orgraph.graph.citations import decode, decode_dicts, encode
from orgraph.graph.model import Citation

CITATIONS = [
    Citation(source_id="hr", quote="e1,Ann Lee,e0,core,acme,2021-01-01,,hire", method="hr-export"),
    Citation(
        source_id="news",
        quote="Ann Lee now runs <core>.",
        start=10,
        end=34,
        confidence=0.8,
        method="rule:runs",
        publisher="Wire",
        published=date(2025, 7, 8),
        title="Moves",
        url="https://example.org/a",
    ),
    Citation(source_id="facts", quote="", confidence=1.0),
]


def test_defaults_are_left_out_and_come_back() -> None:
    text = encode(CITATIONS)
    assert json.loads(text)[0] == {"source_id": "hr", "quote": CITATIONS[0].quote, "method": "hr-export"}
    assert decode(text) == CITATIONS


def test_plain_dicts_equal_the_models_dumps_key_for_key() -> None:
    """decode_dicts skips the models for speed; it must give exactly what they would."""
    expected = [c.model_dump(mode="json") for c in CITATIONS]
    for text in (encode(CITATIONS), json.dumps(expected), json.dumps([{**expected[2], "confidence": 1}])):
        got = decode_dicts(text)
        wanted = expected if len(got) == len(expected) else [expected[2]]
        assert got == wanted
        assert [list(d) for d in got] == [list(d) for d in wanted]  # same key order
        assert all(isinstance(d["confidence"], float) for d in got)
    assert decode_dicts(None) == []
