"""The timed, cited org-graph model.

Three kinds of node (Person, Team, Company) and five kinds of timed edge. An edge is a
*claim*: it says something held over a valid-time interval, and it carries the citations
(report, sentence, confidence) that support it. Valid time is closed-open ``[valid_from,
valid_to)``; ``None`` means unknown/open. A bound stated at month or year precision is
stored as the first day of that period, with its precision kept beside it, so that
"left in July 2025" compares as 2025-07-01 and reads back as "2025-07".

Loaders produce :class:`Report` objects (one source plus the nodes and claims it states);
:mod:`orgraph.graph.merge` turns claims into stored :class:`Edge` objects.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from datetime import date, datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

NodeKind = Literal["Person", "Team", "Company"]
EdgeType = Literal["REPORTS_TO", "LEADS", "MEMBER_OF", "WORKED_AT", "PART_OF"]
Precision = Literal["day", "month", "year"]
Status = Literal["accepted", "conflict"]
SourceKind = Literal["news", "facts", "hr"]

NODE_KINDS: tuple[NodeKind, ...] = ("Person", "Team", "Company")
EDGE_TYPES: tuple[EdgeType, ...] = ("REPORTS_TO", "LEADS", "MEMBER_OF", "WORKED_AT", "PART_OF")

#: Larger stated team sizes are typos (and would not fit the stores' 64-bit integers).
MAX_HEADCOUNT = 10_000_000

#: The node kinds each edge type connects, (from, to).
ENDPOINTS: dict[EdgeType, tuple[NodeKind, NodeKind]] = {
    "REPORTS_TO": ("Person", "Person"),
    "LEADS": ("Person", "Team"),
    "MEMBER_OF": ("Person", "Team"),
    "WORKED_AT": ("Person", "Company"),
    "PART_OF": ("Team", "Company"),
}


def slugify(text: str) -> str:
    """Return a stable id for a name: ASCII, lower case, words joined by ``-``.

    Accents are folded so "Zoë" and "Zoe" meet on one id; everything else that is not a
    letter or digit becomes a separator.
    """
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", folded.lower()).strip("-")
    if slug:
        return slug
    # A name with no ASCII letters at all (e.g. written in Han characters) still needs an id.
    return "x-" + hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]


def team_id(company_id: str | None, team_name: str) -> str:
    """Team ids carry their company so Apple's and Meta's "infrastructure" never collide."""
    return f"{company_id}--{slugify(team_name)}" if company_id else slugify(team_name)


def floor_date(value: date, precision: Precision) -> date:
    """The first day of the period ``value`` falls in, at ``precision``."""
    if precision == "year":
        return date(value.year, 1, 1)
    if precision == "month":
        return date(value.year, value.month, 1)
    return value


def format_date(value: date | None, precision: Precision | None) -> str | None:
    """ISO text at its precision: ``2021``, ``2025-06`` or ``2025-06-30``."""
    if value is None:
        return None
    if precision == "year":
        return f"{value.year:04d}"
    if precision == "month":
        return f"{value.year:04d}-{value.month:02d}"
    return value.isoformat()


_PARTIAL_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


def parse_partial_date(text: str) -> tuple[date, Precision]:
    """Parse ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` into (first day, precision).

    Raises:
        ValueError: the text is not one of those shapes or names no real day.
    """
    match = _PARTIAL_DATE.match(text.strip())
    if not match:
        raise ValueError(f"date {text!r} is not YYYY, YYYY-MM or YYYY-MM-DD")
    year, month, day = match.groups()
    if day is not None:
        return date(int(year), int(month), int(day)), "day"
    if month is not None:
        return date(int(year), int(month), 1), "month"
    return date(int(year), 1, 1), "year"


class Source(BaseModel):
    """One report (news article, facts file, HR export) that facts are cited from."""

    model_config = ConfigDict(frozen=True)

    id: str = Field(description="Content hash of the report's bytes; the same file is the same source.")
    kind: SourceKind = Field(description="What sort of report this is.")
    path: str | None = Field(default=None, description="File path the report was loaded from.")
    url: str | None = Field(default=None, description="Where the report was published, if known.")
    title: str | None = Field(default=None, description="Headline or title of the report.")
    publisher: str | None = Field(default=None, description="Outlet or system that published it.")
    published: date | None = Field(default=None, description="Publication date; anchors relative dates.")

    @staticmethod
    def hash_bytes(data: bytes) -> str:
        """The source id for a report's raw bytes (first 16 hex digits of SHA-256)."""
        return hashlib.sha256(data).hexdigest()[:16]


class Citation(BaseModel):
    """Where a claim was read: which report, which sentence, how sure."""

    model_config = ConfigDict(frozen=True)

    source_id: str = Field(description="Id of the Source the claim came from.")
    quote: str = Field(description="The sentence (or row) that states the claim, verbatim.")
    start: int | None = Field(default=None, description="Character offset of the quote in the report text.")
    end: int | None = Field(default=None, description="Character offset just past the quote.")
    confidence: float = Field(default=1.0, ge=0.0, le=1.0, description="How sure the extractor is, 0..1.")
    method: str = Field(default="stated", description="Rule or loader that produced the claim.")
    publisher: str | None = Field(default=None, description="Who published the statement (outlet).")
    published: date | None = Field(default=None, description="When the statement was published.")
    title: str | None = Field(default=None, description="Title of the report the statement is in.")
    url: str | None = Field(default=None, description="Where that report can be read.")


class Node(BaseModel):
    """A person, team or company."""

    kind: NodeKind = Field(description="Person, Team or Company.")
    id: str = Field(description="Stable slug id, unique within its kind.")
    name: str = Field(min_length=1, description="Display name.")
    aliases: list[str] = Field(default_factory=list, description="Other names seen for this node.")
    company: str | None = Field(default=None, description="For a team: id of the company it belongs to.")


class Interval(BaseModel):
    """Valid time of a claim, closed-open, each bound with its own precision."""

    valid_from: date | None = Field(default=None, description="First day the claim holds; None = unknown.")
    valid_from_precision: Precision | None = Field(default=None, description="Precision of valid_from.")
    valid_to: date | None = Field(default=None, description="First day it no longer holds; None = open.")
    valid_to_precision: Precision | None = Field(default=None, description="Precision of valid_to.")

    @model_validator(mode="after")
    def _bounds_in_order(self) -> Interval:
        if self.valid_from is not None and self.valid_from_precision is None:
            self.valid_from_precision = "day"
        if self.valid_to is not None and self.valid_to_precision is None:
            self.valid_to_precision = "day"
        if self.valid_from and self.valid_to and self.valid_to < self.valid_from:
            raise ValueError(f"ends before it starts ({self.valid_to.isoformat()} < {self.valid_from.isoformat()})")
        return self


class EdgeFacts(Interval):
    """What an edge says, apart from where it was read: shared by claims and stored edges."""

    type: EdgeType = Field(description="Edge type.")
    src: str = Field(description="Id of the node the edge starts at (a person, or a team for PART_OF).")
    dst: str = Field(description="Id of the node the edge points to.")
    announced_at: date | None = Field(
        default=None, description="When the change was announced, if not when it took effect."
    )
    role: str | None = Field(default=None, description="Title or role held on this edge (e.g. 'CEO').")
    from_org: str | None = Field(default=None, description="WORKED_AT: company id the person came from.")
    to_org: str | None = Field(default=None, description="WORKED_AT: company id the person left for.")
    headcount: int | None = Field(
        default=None, ge=0, le=MAX_HEADCOUNT, description="LEADS/PART_OF: stated size of the team."
    )


class Claim(EdgeFacts):
    """What one report states about one edge: the loaders' output, before merging."""

    citation: Citation = Field(description="The sentence and report this claim was read from.")

    @model_validator(mode="after")
    def _not_self_loop(self) -> Claim:
        if self.type == "REPORTS_TO" and self.src == self.dst:
            raise ValueError(f"{self.src} cannot report to themselves")
        return self


class Edge(EdgeFacts):
    """A stored, merged claim: one fact with every citation that supports it."""

    id: str = Field(description="Stable id, assigned when the edge is first recorded.")
    recorded_at: datetime = Field(description="Transaction time: when orgraph first recorded the edge.")
    status: Status = Field(default="accepted", description="'conflict' when another report disagrees.")
    closed_by: str | None = Field(
        default=None, description="Id of the edge whose start implicitly closed this one (supersession)."
    )
    citations: list[Citation] = Field(description="Every citation supporting this edge, oldest first.")

    @property
    def source_ids(self) -> list[str]:
        """Ids of the reports supporting this edge, without repeats."""
        return list(dict.fromkeys(c.source_id for c in self.citations))

    @property
    def confidence(self) -> float:
        """The best confidence among the citations."""
        return max((c.confidence for c in self.citations), default=0.0)


class Report(BaseModel):
    """Everything one source states: the unit that loads whole or not at all."""

    source: Source = Field(description="The report itself.")
    nodes: list[Node] = Field(default_factory=list, description="Every node the claims refer to.")
    claims: list[Claim] = Field(default_factory=list, description="The timed facts the report states.")

    @model_validator(mode="after")
    def _endpoints_known(self) -> Report:
        kinds = {(n.kind, n.id) for n in self.nodes}
        for claim in self.claims:
            want_src, want_dst = ENDPOINTS[claim.type]
            for kind, node_id in ((want_src, claim.src), (want_dst, claim.dst)):
                if (kind, node_id) not in kinds:
                    raise ValueError(f"{claim.type} edge names unknown {kind.lower()} {node_id!r}")
        return self
