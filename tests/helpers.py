"""Small builders for tests: reports written in code, so each test states its own facts."""

from __future__ import annotations

from datetime import date

from orgraph.graph.model import Citation, Claim, EdgeType, Node, NodeKind, Precision, Report, Source, slugify


def node(kind: NodeKind, name: str, company: str | None = None) -> Node:
    """A node whose id is the slug of its name."""
    return Node(kind=kind, id=slugify(name), name=name, company=company)


def claim(
    edge_type: EdgeType,
    src: str,
    dst: str,
    source: str,
    start: date | None = None,
    end: date | None = None,
    precision: Precision = "day",
    quote: str = "stated",
    published: date | None = None,
    **extra: object,
) -> Claim:
    """A claim cited to ``source`` (a source id)."""
    return Claim(
        type=edge_type,
        src=src,
        dst=dst,
        valid_from=start,
        valid_from_precision=precision if start else None,
        valid_to=end,
        valid_to_precision=precision if end else None,
        citation=Citation(source_id=source, quote=quote, published=published),
        **extra,  # type: ignore[arg-type]
    )


def report(source_id: str, nodes: list[Node], claims: list[Claim], published: date | None = None) -> Report:
    """A news-kind report with the given id."""
    return Report(
        source=Source(id=source_id, kind="news", path=f"{source_id}.md", published=published),
        nodes=nodes,
        claims=claims,
    )
