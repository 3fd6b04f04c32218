"""Structured facts files (YAML or JSON): the model written down by hand.

The schema maps one to one onto :mod:`orgraph.graph.model`::

    version: 1
    cites:                        # reports the facts are attributed to (optional)
      - key: bloomberg
        title: ...
        publisher: Bloomberg
        published: 2025-07-07
        url: https://...
    people:    [{name: Ruoming Pang, aliases: [Pang]}]
    companies: [{name: Apple}, {name: Meta, aliases: [Meta Platforms]}]
    teams:     [{name: AFM, company: Apple, aliases: [Apple Foundation Models]}]
    facts:
      - type: WORKED_AT             # REPORTS_TO | LEADS | MEMBER_OF | WORKED_AT | PART_OF
        person: Ruoming Pang        # REPORTS_TO/LEADS/MEMBER_OF/WORKED_AT: who
        company: Apple              # WORKED_AT/PART_OF: which company
        valid_from: "2021"          # YYYY, YYYY-MM or YYYY-MM-DD; omitted = unknown
        valid_to: 2025-07           # omitted = still holds
        from_org: Google            # WORKED_AT: where they came from
        to_org: Meta                # WORKED_AT: where they went
        cite: bloomberg             # key of an entry in cites
        quote: "..."                # the statement, in the facts author's words or quoted

LEADS and MEMBER_OF name a ``team``; REPORTS_TO names a ``manager``; PART_OF names a
``team`` and a ``company``. Optional on every fact: ``role``, ``headcount``,
``announced_at``, ``confidence`` (0..1). Every name must be declared in people,
companies or teams, so a typo is an error rather than a new person.

The file itself is the report (its content hash is the source id); ``cite`` records which
publication it attributes each fact to.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from orgraph.errors import InputError
from orgraph.graph.model import (
    Citation,
    Claim,
    EdgeType,
    Node,
    Precision,
    Report,
    Source,
    parse_partial_date,
    slugify,
    team_id,
)
from orgraph.loaders.files import decode_text, read_bytes
from orgraph.loaders.safe_yaml import load_json, load_yaml

SUFFIXES = (".yaml", ".yml", ".json")


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)


class CiteEntry(_Strict):
    """A publication the facts are attributed to."""

    key: str = Field(min_length=1, description="Handle used by facts' 'cite'.")
    title: str | None = Field(default=None, description="Headline of the publication.")
    publisher: str | None = Field(default=None, description="Outlet that published it.")
    published: date | None = Field(default=None, description="Publication date.")
    url: str | None = Field(default=None, description="Where it can be read.")


class NamedEntry(_Strict):
    """A person or company declaration."""

    name: str = Field(min_length=1, description="Display name; its slug is the id.")
    aliases: list[str] = Field(default_factory=list, description="Other names for the same node.")


class TeamEntry(NamedEntry):
    """A team declaration: teams belong to a company."""

    company: str | None = Field(default=None, description="Name of the company the team is part of.")


class FactEntry(_Strict):
    """One timed edge."""

    type: EdgeType = Field(description="Edge type.")
    person: str | None = Field(default=None, description="Who (all types but PART_OF).")
    manager: str | None = Field(default=None, description="REPORTS_TO: the manager.")
    team: str | None = Field(default=None, description="LEADS/MEMBER_OF/PART_OF: the team.")
    company: str | None = Field(default=None, description="WORKED_AT/PART_OF: the company.")
    valid_from: str | None = Field(default=None, description="Start, YYYY[-MM[-DD]].")
    valid_to: str | None = Field(default=None, description="End (exclusive), YYYY[-MM[-DD]].")
    announced_at: date | None = Field(default=None, description="When it was announced.")
    role: str | None = Field(default=None, description="Title held.")
    from_org: str | None = Field(default=None, description="WORKED_AT: previous employer.")
    to_org: str | None = Field(default=None, description="WORKED_AT: next employer.")
    headcount: int | None = Field(default=None, ge=0, description="Team size stated.")
    cite: str | None = Field(default=None, description="Key of the cites entry this fact comes from.")
    quote: str | None = Field(default=None, description="The statement behind the fact.")
    confidence: float = Field(default=1.0, ge=0, le=1, description="How sure, 0..1.")

    @field_validator("valid_from", "valid_to", mode="before")
    @classmethod
    def _dates_as_text(cls, value: Any) -> Any:
        # YAML reads 2025-07-01 as a date but 2021 as an int; both mean a partial date here.
        return value.isoformat() if isinstance(value, date) else (str(value) if isinstance(value, int) else value)


class FactsFile(_Strict):
    """The whole file."""

    version: Literal[1] = Field(default=1, description="Schema version of the file.")
    title: str | None = Field(default=None, description="Title of this facts file.")
    cites: list[CiteEntry] = Field(default_factory=list, description="Publications facts cite.")
    people: list[NamedEntry] = Field(default_factory=list, description="People.")
    companies: list[NamedEntry] = Field(default_factory=list, description="Companies.")
    teams: list[TeamEntry] = Field(default_factory=list, description="Teams.")
    facts: list[FactEntry] = Field(default_factory=list, description="Timed edges.")


#: Which fact keys name the edge's two ends, per type.
_ENDS: dict[EdgeType, tuple[tuple[str, str], tuple[str, str]]] = {
    "REPORTS_TO": (("person", "Person"), ("manager", "Person")),
    "LEADS": (("person", "Person"), ("team", "Team")),
    "MEMBER_OF": (("person", "Person"), ("team", "Team")),
    "WORKED_AT": (("person", "Person"), ("company", "Company")),
    "PART_OF": (("team", "Team"), ("company", "Company")),
}


_SECTION = {"Person": "people", "Company": "companies", "Team": "teams"}


def _place(loc: tuple[str | int, ...]) -> str:
    return "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in loc).lstrip(".")


class _Names:
    """Name → id lookup for declared nodes, by name and alias, case-insensitively."""

    def __init__(self, path: Path, doc: FactsFile) -> None:
        self.path = path
        self.nodes: list[Node] = []
        self._ids: dict[tuple[str, str], str] = {}
        for entry in doc.companies:
            self._add(Node(kind="Company", id=slugify(entry.name), name=entry.name, aliases=entry.aliases))
        for entry in doc.people:
            self._add(Node(kind="Person", id=slugify(entry.name), name=entry.name, aliases=entry.aliases))
        for i, team in enumerate(doc.teams):
            company = self.lookup("Company", team.company, f"teams[{i}].company") if team.company else None
            self._add(
                Node(kind="Team", id=team_id(company, team.name), name=team.name, aliases=team.aliases, company=company)
            )

    def _add(self, node: Node) -> None:
        self.nodes.append(node)
        for name in (node.name, *node.aliases):
            self._ids[(node.kind, name.casefold())] = node.id

    def lookup(self, kind: str, name: str, place: str) -> str:
        found = self._ids.get((kind, name.casefold()))
        if found is None:
            raise InputError(self.path, f"unknown {kind.lower()} {name!r} (declare it under '{_SECTION[kind]}')", place)
        return found


def _partial(path: Path, text: str | None, place: str) -> tuple[date | None, Precision | None]:
    if text is None:
        return None, None
    try:
        return parse_partial_date(text)
    except ValueError as err:
        raise InputError(path, str(err), place) from err


def _claim(path: Path, names: _Names, source: Source, cites: dict[str, CiteEntry], i: int, fact: FactEntry) -> Claim:
    where = f"facts[{i}]"
    ends = []
    for key, kind in _ENDS[fact.type]:
        value = getattr(fact, key)
        if not value:
            raise InputError(path, f"{fact.type} needs '{key}'", where)
        ends.append(names.lookup(kind, value, f"{where}.{key}"))
    cite = cites.get(fact.cite) if fact.cite else None
    if fact.cite and cite is None:
        raise InputError(path, f"cite {fact.cite!r} is not a key under 'cites'", f"{where}.cite")
    valid_from, from_precision = _partial(path, fact.valid_from, f"{where}.valid_from")
    valid_to, to_precision = _partial(path, fact.valid_to, f"{where}.valid_to")
    citation = Citation(
        source_id=source.id,
        quote=fact.quote or _describe(fact),
        confidence=fact.confidence,
        method="facts-file",
        publisher=cite.publisher if cite else source.publisher,
        published=cite.published if cite else source.published,
        title=cite.title if cite else source.title,
        url=cite.url if cite else source.url,
    )
    orgs = {
        k: names.lookup("Company", v, f"{where}.{k}") if v else None
        for k, v in (("from_org", fact.from_org), ("to_org", fact.to_org))
    }
    try:
        return Claim(
            type=fact.type,
            src=ends[0],
            dst=ends[1],
            valid_from=valid_from,
            valid_from_precision=from_precision,
            valid_to=valid_to,
            valid_to_precision=to_precision,
            announced_at=fact.announced_at,
            role=fact.role,
            headcount=fact.headcount,
            citation=citation,
            **orgs,
        )
    except ValidationError as err:
        first = err.errors()[0]
        place = f"{where}.{_place(first['loc'])}" if first["loc"] else where
        raise InputError(path, first["msg"].removeprefix("Value error, "), place) from err


def _describe(fact: FactEntry) -> str:
    """A readable statement for a fact given without a quote."""
    parts = [
        fact.person or fact.team,
        fact.type,
        fact.manager or fact.team if fact.type != "PART_OF" else fact.company,
        fact.company if fact.type == "WORKED_AT" else None,
    ]
    return " ".join(p for p in parts if p)


def read_facts_file(path: Path) -> Report:
    """Parse and validate a facts file into a Report.

    Raises:
        InputError: the file is unreadable, malformed, or names something undeclared.
    """
    data = read_bytes(path)
    text = decode_text(path, data)
    raw = load_json(path, text) if path.suffix.lower() == ".json" else load_yaml(path, text)
    if not isinstance(raw, dict):
        raise InputError(path, "a facts file must be a mapping with 'people', 'companies', 'teams' and 'facts'")
    try:
        doc = FactsFile.model_validate(raw)
    except ValidationError as err:
        first = err.errors()[0]
        raise InputError(path, first["msg"], _place(first["loc"])) from err
    source = Source(id=Source.hash_bytes(data), kind="facts", path=str(path), title=doc.title)
    names = _Names(path, doc)
    cites = {c.key: c for c in doc.cites}
    claims = [_claim(path, names, source, cites, i, fact) for i, fact in enumerate(doc.facts)]
    for team in (n for n in names.nodes if n.kind == "Team" and n.company):
        claims.append(
            Claim(
                type="PART_OF",
                src=team.id,
                dst=team.company or "",
                citation=Citation(
                    source_id=source.id, quote=f"{team.name} is a team of {team.company}", method="facts-file:team"
                ),
            )
        )
    return Report(source=source, nodes=names.nodes, claims=claims)
