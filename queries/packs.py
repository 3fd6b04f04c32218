"""Cypher query packs: ``.cypher`` files holding named, parameterised queries.

A pack is one file; each query in it starts with a header of ``//`` lines::

    // name: reports_to
    // params: person, as_of: date
    // returns: many
    // dialect: neo4j          (optional: a variant of the same-named query for one engine)
    // Free doc lines say what the query answers and why it is written that way.
    MATCH ...

A param may name its type (``date``, ``int``, ``float``, ``bool``, ``str``, ``list``; default
``str``) so text from the command line or a notebook is converted before it reaches the
engine. The loader checks what a hand-written file gets wrong: names are unique, the declared
params are exactly the ``$params`` the text uses, and every returned column is aliased
with ``AS`` (so rows have stable keys on every engine). Errors name ``file:line``.
Files whose name starts with ``_`` are internal packs the stores use (schema, writes).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import Any, Literal, cast

from orgraph.errors import QueryError, QueryPackError

Returns = Literal["many", "one", "scalar", "none"]
Dialect = Literal["kuzu", "neo4j"]

PARAM_TYPES = ("str", "date", "int", "float", "bool", "list")
PACK_DIR = Path(__file__).resolve().parent
_HEADER = re.compile(r"^//\s*(name|params|returns|dialect):\s*(.*?)\s*$")
_PARAM = re.compile(r"\$([A-Za-z_][A-Za-z0-9_]*)")
_IDENT = re.compile(r"^[a-z][a-z0-9_]*$")
_WRITE_WORDS = re.compile(
    r"\b(CREATE|MERGE|SET|DELETE|DETACH|REMOVE|DROP|COPY|ALTER|INSTALL|LOAD|IMPORT|ATTACH)\b", re.I
)
_RETURN_END = re.compile(r"\b(ORDER\s+BY|SKIP|LIMIT|UNION)\b", re.I)


@dataclass(frozen=True)
class Query:
    """One named query of a pack, as written in its file."""

    pack: str
    name: str
    params: tuple[str, ...]
    param_types: dict[str, str]
    returns: Returns
    doc: str
    text: str
    path: Path
    line: int
    text_line: int
    dialect: Dialect | None = None

    @property
    def full_name(self) -> str:
        """``pack.name``, the name users ask for."""
        return f"{self.pack}.{self.name}"

    @property
    def writes(self) -> bool:
        """Whether the text contains a clause that changes the graph."""
        return bool(_WRITE_WORDS.search(strip_literals(self.text)))


@dataclass
class Catalog:
    """Every query of a set of packs, looked up by ``pack.name`` and dialect."""

    queries: dict[tuple[str, Dialect | None], Query] = field(default_factory=dict)

    def get(self, full_name: str, dialect: Dialect) -> Query:
        """The query to run on ``dialect``: its variant if it has one, else the common text."""
        found = self.queries.get((full_name, dialect)) or self.queries.get((full_name, None))
        if found is None:
            raise QueryError(f"unknown query {full_name!r}; see 'orgraph query list'")
        return found

    def public(self) -> list[Query]:
        """Queries meant for users (not internal packs), one per name, sorted."""
        seen: dict[str, Query] = {}
        for query in self.queries.values():
            if not query.pack.startswith("_") and (query.full_name not in seen or query.dialect is None):
                seen[query.full_name] = query  # the common text documents the query, not a variant
        return [seen[name] for name in sorted(seen)]

    def add(self, query: Query) -> None:
        """Add a query, refusing a second one with the same name and dialect."""
        key = (query.full_name, query.dialect)
        if key in self.queries:
            first = self.queries[key]
            raise QueryPackError(
                f"{query.path}:{query.line}: query {query.name!r} already defined at line {first.line}"
            )
        self.queries[key] = query


def strip_literals(text: str) -> str:
    """Blank out string literals and ``//`` comments so keyword and param scans see only code."""
    out: list[str] = []
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch in "'\"`":
            j = i + 1
            while j < n and text[j] != ch:
                j += 2 if text[j] == "\\" else 1
            out.append(" " * (min(j, n - 1) - i + 1))
            i = j + 1
        elif text.startswith("//", i):
            j = text.find("\n", i)
            j = n if j == -1 else j
            out.append(" " * (j - i))
            i = j
        else:
            out.append(ch)
            i += 1
    return "".join(out)


def _split_top_level(text: str) -> list[str]:
    """Split a RETURN item list on commas that are not inside brackets."""
    parts, depth, start = [], 0, 0
    for i, ch in enumerate(text):
        if ch in "([{":
            depth += 1
        elif ch in ")]}":
            depth -= 1
        elif ch == "," and depth == 0:
            parts.append(text[start:i])
            start = i + 1
    parts.append(text[start:])
    return [p.strip() for p in parts if p.strip()]


def _unaliased_returns(code: str) -> list[str]:
    """Returned expressions lacking ``AS alias`` in any RETURN clause of ``code``."""
    missing = []
    for match in re.finditer(r"\bRETURN\b(\s+DISTINCT\b)?", code, re.I):
        rest = code[match.end() :]
        end = _RETURN_END.search(rest)
        items = rest[: end.start()] if end else rest
        missing += [
            item for item in _split_top_level(items.rstrip("; \n")) if not re.search(r"\bAS\s+\w+\s*$", item, re.I)
        ]
    return missing


def _check(query: Query) -> None:
    """Raise QueryPackError for a query whose header and text disagree."""
    where = f"{query.path}:{query.line}"
    if not _IDENT.match(query.name):
        raise QueryPackError(f"{where}: query name {query.name!r} is not snake_case")
    if not query.text.strip():
        raise QueryPackError(f"{where}: query {query.name!r} has no Cypher text")
    code = strip_literals(query.text)
    used = list(dict.fromkeys(_PARAM.findall(code)))
    for param in used:
        if param not in query.params:
            line = query.text_line + query.text.count("\n", 0, code.index("$" + param))
            raise QueryPackError(f"{query.path}:{line}: param ${param} used but not declared")
    for param in query.params:
        if param not in used:
            raise QueryPackError(f"{where}: param {param} declared but not used in {query.name!r}")
    if query.returns != "none":
        missing = _unaliased_returns(code)
        if missing:
            raise QueryPackError(f"{where}: returned column {missing[0]!r} has no AS alias")


def _is_name_header(line: str) -> bool:
    match = _HEADER.match(line)
    return bool(match and match.group(1) == "name")


def _parse_header(path: Path, line_no: int, fields: dict[str, str], doc: list[str]) -> Query:
    """Build a Query (text still empty) from its header lines, checking each field."""
    where = f"{path}:{line_no}"
    for required in ("params", "returns"):
        if required not in fields:
            raise QueryPackError(f"{where}: query {fields['name']!r} has no '// {required}:' line")
    returns = fields["returns"]
    if returns not in ("many", "one", "scalar", "none"):
        raise QueryPackError(f"{where}: returns must be many|one|scalar|none, not {returns!r}")
    dialect = fields.get("dialect")
    if dialect not in (None, "kuzu", "neo4j"):
        raise QueryPackError(f"{where}: dialect must be kuzu or neo4j, not {dialect!r}")
    types: dict[str, str] = {}
    for item in (p.strip() for p in fields["params"].split(",") if p.strip()):
        name, _, kind = (part.strip() for part in item.partition(":"))
        if name in types:
            raise QueryPackError(f"{where}: param {name} is declared twice in {fields['name']!r}")
        if (kind or "str") not in PARAM_TYPES:
            raise QueryPackError(f"{where}: param {name} has unknown type {kind!r} ({', '.join(PARAM_TYPES)})")
        types[name] = kind or "str"
    return Query(
        pack=path.stem,
        name=fields["name"],
        params=tuple(types),
        param_types=types,
        returns=cast(Returns, returns),
        doc="\n".join(doc),
        text="",
        path=path,
        line=line_no,
        text_line=line_no,
        dialect=cast(Dialect | None, dialect),
    )


def parse_pack(path: Path) -> list[Query]:
    """Parse and check one pack file.

    Raises:
        QueryPackError: the file is unreadable or a query in it is malformed.
    """
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as err:
        raise QueryPackError(f"{path}: cannot read query pack ({err})") from err
    queries: list[Query] = []
    i = 0
    while i < len(lines):
        header = _HEADER.match(lines[i])
        if not header:
            if lines[i].strip() and not lines[i].lstrip().startswith("//") and not queries:
                raise QueryPackError(f"{path}:{i + 1}: Cypher text before the first '// name:' header")
            i += 1
            continue
        if header.group(1) != "name":
            raise QueryPackError(f"{path}:{i + 1}: a query must start with '// name:', not '// {header.group(1)}:'")
        start, fields, doc = i + 1, {"name": header.group(2)}, []
        i += 1
        while i < len(lines) and (m := _HEADER.match(lines[i])) and m.group(1) != "name":
            fields[m.group(1)] = m.group(2)
            i += 1
        while i < len(lines) and lines[i].startswith("//") and not _HEADER.match(lines[i]):
            doc.append(lines[i][2:].strip())
            i += 1
        body_start = i
        while i < len(lines) and not _is_name_header(lines[i]):
            i += 1
        while body_start < i and not lines[body_start].strip():
            body_start += 1
        query = _parse_header(path, start, fields, doc)
        query = replace(query, text="\n".join(lines[body_start:i]).strip(), text_line=body_start + 1)
        _check(query)
        queries.append(query)
    return queries


def load_catalog(*dirs_or_files: Path) -> Catalog:
    """Load every ``*.cypher`` pack from the given folders/files (default: the shipped packs)."""
    catalog = Catalog()
    for item in dirs_or_files or (PACK_DIR,):
        paths = sorted(item.glob("*.cypher")) if item.is_dir() else [item]
        for path in paths:
            for query in parse_pack(path):
                catalog.add(query)
    return catalog


def _coerce(kind: str, value: Any) -> Any:
    if not isinstance(value, str):
        return value
    if kind == "date":
        return date.fromisoformat(value)
    if kind == "int":
        return int(value)
    if kind == "float":
        return float(value)
    if kind == "bool":
        if value.lower() not in ("true", "false", "1", "0", "yes", "no"):
            raise ValueError(f"{value!r} is not true or false")
        return value.lower() in ("true", "1", "yes")
    if kind == "list":
        return [item.strip() for item in value.split(",") if item.strip()]
    return value


def coerce_params(query: Query, params: Mapping[str, Any]) -> dict[str, Any]:
    """Check ``params`` against the declaration and convert text to the declared types.

    Raises:
        QueryError: a param is missing, unknown, or its text is not of its type.
    """
    missing = [p for p in query.params if p not in params]
    if missing:
        raise QueryError(f"{query.full_name}: missing param {missing[0]!r} (needs {', '.join(query.params)})")
    unknown = [p for p in params if p not in query.params]
    if unknown:
        raise QueryError(f"{query.full_name}: unknown param {unknown[0]!r} (takes {', '.join(query.params) or 'none'})")
    out = {}
    for name, value in params.items():
        kind = query.param_types[name]
        try:
            out[name] = _coerce(kind, value)
        except ValueError as err:
            raise QueryError(f"{query.full_name}: param {name} must be a {kind}: {err}") from err
    return out
