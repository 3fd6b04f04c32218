"""Printing rows for people and programs: ``table``, ``json`` or ``csv``.

Text in rows comes from untrusted reports, so the table form neutralises control
characters (an ANSI escape in a name must not repaint the user's terminal); json and
csv are escaped by their own encoders.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Sequence
from datetime import date, datetime
from enum import StrEnum
from typing import Any

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
MAX_CELL = 80


class Format(StrEnum):
    """Output formats every row-printing command takes."""

    table = "table"
    json = "json"
    csv = "csv"


def plain(value: Any) -> Any:
    """A JSON-friendly value: dates as ISO text, everything else as is."""
    if isinstance(value, date | datetime):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return [plain(v) for v in value]
    return value


def terminal_safe(text: str) -> str:
    """Text with control and direction-override characters shown as ``\\uXXXX``."""
    return _CONTROL.sub(lambda m: f"\\u{ord(m.group()):04x}", text.replace("\n", " ").replace("\t", " "))


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        value = ", ".join(str(plain(v)) for v in value)
    text = terminal_safe(str(plain(value)))
    return text if len(text) <= MAX_CELL else text[: MAX_CELL - 1] + "…"


def render(rows: Sequence[dict[str, Any]], fmt: Format, columns: Sequence[str] | None = None) -> str:
    """Rows as text in ``fmt``; ``columns`` orders (and names, for no rows) the columns."""
    cols = list(columns or dict.fromkeys(key for row in rows for key in row))
    if fmt is Format.json:
        return json.dumps([{c: plain(r.get(c)) for c in cols} for r in rows], ensure_ascii=False, indent=2)
    if fmt is Format.csv:
        buffer = io.StringIO()
        # RFC 4180 line ends: with "\n" alone the writer would leave a bare "\r" in a cell
        # unquoted, and readers would split the row there.
        writer = csv.writer(buffer, lineterminator="\r\n")
        writer.writerow(cols)
        for row in rows:
            writer.writerow([_csv_cell(row.get(c)) for c in cols])
        return buffer.getvalue().removesuffix("\r\n")
    if not rows:
        return "(no rows)"
    cells = [[_cell(r.get(c)) for c in cols] for r in rows]
    widths = [max(len(c), *(len(row[i]) for row in cells)) for i, c in enumerate(cols)]
    lines = ["  ".join(c.ljust(w) for c, w in zip(cols, widths, strict=True)).rstrip()]
    lines.append("  ".join("-" * w for w in widths))
    lines += ["  ".join(v.ljust(w) for v, w in zip(row, widths, strict=True)).rstrip() for row in cells]
    return "\n".join(lines)


def _csv_cell(value: Any) -> str:
    if value is None:
        return ""
    text = "; ".join(str(plain(v)) for v in value) if isinstance(value, list) else str(plain(value))
    # A cell starting with = + - @ (or tab, CR) is a formula to spreadsheet programs: quote it
    # as text with a leading '. A cell that itself starts with ' gets one too, so the rule
    # "drop one leading '" always gives back the exact value.
    return "'" + text if text[:1] in _FORMULA_STARTS else text


_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "'")
