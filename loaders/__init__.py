"""Loaders: every kind of input file becomes a :class:`~orgraph.graph.model.Report`.

:func:`read_report` picks the loader by file suffix, so the CLI and the library load a
folder of mixed reports the same way.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from orgraph.errors import InputError
from orgraph.graph.model import Report

if TYPE_CHECKING:
    from orgraph.loaders.news.models import ExtractedFact, NewsDocument

#: Anything that turns a news document into facts: the offline rules, or an LLM extractor.
NewsExtractor = Callable[["NewsDocument"], "list[ExtractedFact]"]

#: News text, Markdown and HTML; structured facts; HR exports.
NEWS_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm")
FACTS_SUFFIXES = (".yaml", ".yml", ".json")
HR_SUFFIXES = (".csv", ".parquet")
ALL_SUFFIXES = NEWS_SUFFIXES + FACTS_SUFFIXES + HR_SUFFIXES


def _news(path: Path, published: date | None, extractor: NewsExtractor | None) -> Report:
    from orgraph.loaders.news_graph import read_news_report

    return read_news_report(path, published=published, extractor=extractor)


def _facts(path: Path, published: date | None, extractor: NewsExtractor | None) -> Report:
    from orgraph.loaders.facts import read_facts_file

    return read_facts_file(path)


def _hr(path: Path, published: date | None, extractor: NewsExtractor | None) -> Report:
    from orgraph.loaders.hr import read_hr_report

    return read_hr_report(path)


def _loader_for(path: Path) -> Callable[[Path, date | None, NewsExtractor | None], Report]:
    suffix = path.suffix.lower()
    if suffix in NEWS_SUFFIXES:
        return _news
    if suffix in FACTS_SUFFIXES:
        return _facts
    if suffix in HR_SUFFIXES:
        return _hr
    raise InputError(path, f"unknown file type {suffix or '(none)'!r}; expected one of {', '.join(ALL_SUFFIXES)}")


def read_report(path: Path, published: date | None = None, extractor: NewsExtractor | None = None) -> Report:
    """Read and validate one input file into a Report, choosing the loader by suffix.

    Args:
        path: the file.
        published: publication date for news files that do not state one.
        extractor: what reads facts from news text (default: the offline rules).

    Raises:
        InputError: the file cannot be used; nothing has been written anywhere.
    """
    return _loader_for(path)(path, published, extractor)
