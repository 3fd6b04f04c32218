"""Offline rule-based extraction of org-chart facts from news reports.

Public API: :func:`read_document`, :func:`extract_facts`, :func:`extract_json`, and the
models :class:`NewsDocument`, :class:`ExtractedFact`, :class:`Evidence`. Companies come
from ``companies.yaml`` plus files named by the ``ORGRAPH_COMPANIES`` environment variable.
"""

from orgraph.loaders.news.gazetteer import Gazetteer
from orgraph.loaders.news.models import Evidence, ExtractedFact, NewsDocument
from orgraph.loaders.news.pipeline import JSON_FIELDS, extract_facts, extract_json, fact_to_json
from orgraph.loaders.news.reader import read_document

__all__ = [
    "JSON_FIELDS",
    "Evidence",
    "ExtractedFact",
    "Gazetteer",
    "NewsDocument",
    "extract_facts",
    "extract_json",
    "fact_to_json",
    "read_document",
]
