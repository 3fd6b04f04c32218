"""Reading a news report from disk into a :class:`NewsDocument`.

Plain text and Markdown may start with YAML front matter (``title``, ``url``, ``publisher``,
``published``, ``author``); HTML goes through trafilatura, which finds the article body and its metadata.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from pathlib import Path
from typing import Any

from orgraph.errors import InputError
from orgraph.loaders.news.models import NewsDocument
from orgraph.loaders.safe_yaml import load_yaml

TEXT_SUFFIXES = {".txt", ".md", ".markdown", ""}
HTML_SUFFIXES = {".html", ".htm"}
NO_DATE = "no publication date found; pass --published YYYY-MM-DD"

_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", re.DOTALL)
# A "Published: July 8, 2025" style line near the top of a plain-text report.
_DATE_LINE = re.compile(r"^(?:published|date|posted)\s*:\s*(.+)$", re.IGNORECASE | re.MULTILINE)


def read_document(path: Path, published: date | None = None) -> NewsDocument:
    """Read a report from a ``.txt``/``.md`` or ``.html``/``.htm`` file.

    Args:
        path: The file to read.
        published: Publication date to use; overrides any date found in the file.

    Returns:
        The document, whose ``text`` is the body that evidence offsets refer to.

    Raises:
        InputError: The file is missing, empty, binary, not UTF-8, of an unknown kind, or has
            no publication date and none was given.
    """
    path = Path(path)
    raw = _read_text(path)
    suffix = path.suffix.lower()
    if suffix in HTML_SUFFIXES:
        fields = _read_html(path, raw)
    elif suffix in TEXT_SUFFIXES:
        fields = _read_plain(path, raw)
    else:
        raise InputError(path, f"unsupported file type {suffix!r}; use .txt, .md, .html or .htm")
    if not fields["text"].strip():
        raise InputError(path, "no article text found")
    when = published or fields.pop("published", None)
    fields.pop("published", None)
    if when is None:
        raise InputError(path, NO_DATE)
    return NewsDocument(path=path, published=when, **fields)


def _read_text(path: Path) -> str:
    """Return the file's text, refusing missing, empty, binary and non-UTF-8 files."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputError(path, "file not found") from None
    except IsADirectoryError:
        raise InputError(path, "is a directory, not a file") from None
    except OSError as exc:
        raise InputError(path, f"cannot read file: {exc.strerror or exc}") from None
    if not data.strip():
        raise InputError(path, "file is empty")
    if b"\x00" in data:
        raise InputError(path, "file is binary (contains NUL bytes), not a text report")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(path, f"file is not valid UTF-8 (byte {exc.start})") from None
    # Normalise line endings so offsets are stable across platforms.
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _read_plain(path: Path, raw: str) -> dict[str, Any]:
    """Split optional YAML front matter from the body of a text or Markdown report."""
    meta: dict[str, Any] = {}
    body = raw
    match = _FRONT_MATTER.match(raw)
    if match:
        # The safe loader refuses aliases (billion laughs), deep nesting and impossible dates.
        try:
            loaded = load_yaml(path, match.group(1))
        except InputError as exc:
            line = exc.place + 1 if isinstance(exc.place, int) else 1  # the block starts on line 2
            raise InputError(path, f"invalid YAML front matter: {exc.reason}", place=line) from None
        if loaded is not None and not isinstance(loaded, dict):
            raise InputError(path, "front matter must be a mapping of keys to values", place=1)
        meta = loaded or {}
        body = raw[match.end() :]
    when = _to_date(path, meta.get("published", meta.get("date")))
    if when is None:
        when = _date_from_header(body)
    return {
        "title": _opt_str(meta.get("title")),
        "url": _opt_str(meta.get("url")),
        "publisher": _opt_str(meta.get("publisher")),
        "author": _opt_str(meta.get("author")),
        "published": when,
        "text": body,
        "kind": "text",
    }


def _read_html(path: Path, raw: str) -> dict[str, Any]:
    """Extract the main text and metadata of an HTML page with trafilatura."""
    try:
        import trafilatura
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise InputError(path, f"cannot read HTML: trafilatura unavailable ({exc})") from None
    doc = trafilatura.bare_extraction(raw, with_metadata=True, include_comments=False, include_tables=False)
    if doc is None:
        raise InputError(path, "no article text found in the HTML")
    get = doc.get if isinstance(doc, dict) else lambda key: getattr(doc, key, None)
    text = get("text") or ""
    return {
        "title": _opt_str(get("title")),
        "url": _opt_str(get("url")),
        "publisher": _opt_str(get("sitename")),
        "author": _opt_str(get("author")),
        "published": _to_date(path, get("date")),
        "text": text.replace("\r\n", "\n"),
        "kind": "html",
    }


def _to_date(path: Path, value: object) -> date | None:
    """Turn a front-matter or metadata date (date, datetime or ISO string) into a date."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value).strip()[:10])
    except ValueError:
        raise InputError(path, f"published date {value!r} is not YYYY-MM-DD") from None


def _date_from_header(body: str) -> date | None:
    """Find a ``Published: <date>`` line in the first lines of a plain report."""
    from orgraph.loaders.news.dates import parse_absolute

    head = "\n".join(body.splitlines()[:6])
    match = _DATE_LINE.search(head)
    return parse_absolute(match.group(1)) if match else None


def _opt_str(value: object) -> str | None:
    """Return a stripped string, or None for missing or blank values."""
    if value is None:
        return None
    text = str(value).strip()
    return text or None
