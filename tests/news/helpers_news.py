"""Helpers for the news extractor tests."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from orgraph.loaders.news import ExtractedFact, NewsDocument, extract_facts

PUBLISHED = date(2025, 7, 8)
FIXTURES = Path(__file__).resolve().parent.parent / "extraction" / "fixtures"


def facts_of(text: str, published: date = PUBLISHED) -> list[ExtractedFact]:
    """Extract facts from an in-memory report."""
    doc = NewsDocument(path=Path("memory.txt"), published=published, text=text, kind="text")
    return extract_facts(doc)


def find(facts: list[ExtractedFact], type_: str, **values: object) -> list[ExtractedFact]:
    """Facts of ``type_`` whose fields equal ``values``."""
    return [f for f in facts if f.type == type_ and all(getattr(f, k) == v for k, v in values.items())]
