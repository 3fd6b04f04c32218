"""From extracted news facts to a graph Report.

The extractor (:mod:`orgraph.loaders.news`) speaks the stable extract format (JOINED, LEFT,
LEADS, REPORTS_TO, ROLE, PART_OF with names); this module maps those onto the model's
timed edges with ids, and cites every claim to its sentence:

* JOINED and LEFT are the two ends of one WORKED_AT interval: "joined Apple in 2021" and
  "left Apple in July 2025" merge into ``[2021, 2025-07)``; from/to companies ride along.
* LEADS names a team (LEADS edge, with the stated headcount) or only a company (a WORKED_AT
  with role "Head").
* ROLE is a WORKED_AT with that title; its "since" is not the hiring date, so it is kept
  in the quote rather than set as the employment's start.
* PART_OF ties a team to its company.

People and companies get slug ids of their full/canonical names, so the same person in
two reports is one node; a person's surname is kept as an alias for look-ups.
"""

from __future__ import annotations

import contextlib
from datetime import date
from pathlib import Path

from orgraph.graph.model import (
    Citation,
    Claim,
    Node,
    Precision,
    Report,
    Source,
    parse_partial_date,
    slugify,
    team_id,
)
from orgraph.loaders import NewsExtractor
from orgraph.loaders.files import read_bytes
from orgraph.loaders.news.gazetteer import default_gazetteer
from orgraph.loaders.news.models import ExtractedFact, NewsDocument


class _Nodes:
    """Collects the nodes a report's claims refer to, keyed by (kind, id)."""

    def __init__(self) -> None:
        self.by_key: dict[tuple[str, str], Node] = {}
        # A report may call a company by a formal long name ("Samsung Electronics"); the graph
        # keeps one node per company, so such a name becomes an alias of the canonical one.
        self.canonical = default_gazetteer().formal_names()

    def person(self, name: str) -> str:
        parts = name.split()
        aliases = [parts[-1]] if len(parts) > 1 else []
        return self._add(Node(kind="Person", id=slugify(name), name=name, aliases=aliases))

    def company(self, name: str) -> str:
        canonical = self.canonical.get(name, name)
        aliases = [name] if canonical != name else []
        return self._add(Node(kind="Company", id=slugify(canonical), name=canonical, aliases=aliases))

    def team(self, name: str, company: str | None) -> str:
        company_id = self.company(company) if company else None
        return self._add(Node(kind="Team", id=team_id(company_id, name), name=name, company=company_id))

    def _add(self, node: Node) -> str:
        self.by_key.setdefault((node.kind, node.id), node)
        return node.id


def _when(text: str | None) -> tuple[date | None, Precision | None]:
    if not text:
        return None, None
    return parse_partial_date(text)


def _claims_for(fact: ExtractedFact, nodes: _Nodes, citation: Citation) -> list[Claim]:
    """The model claims one extracted fact states (none when a needed slot is empty)."""
    person = nodes.person(fact.person) if fact.person else None
    at, at_precision = _when(fact.date)
    since, since_precision = _when(fact.since)
    until, until_precision = _when(fact.until)
    orgs = {
        "from_org": nodes.company(fact.from_org) if fact.from_org else None,
        "to_org": nodes.company(fact.to_org) if fact.to_org else None,
    }
    if fact.type == "PART_OF" and fact.team and fact.org:
        team = nodes.team(fact.team, fact.org)
        return [Claim(type="PART_OF", src=team, dst=nodes.company(fact.org), citation=citation)]
    if person is None:
        return []
    if fact.type in ("JOINED", "LEFT") and fact.org:
        bounds = (
            {"valid_from": at, "valid_from_precision": at_precision}
            if fact.type == "JOINED"
            else {"valid_to": at, "valid_to_precision": at_precision}
        )
        return [Claim(type="WORKED_AT", src=person, dst=nodes.company(fact.org), citation=citation, **bounds, **orgs)]
    if fact.type == "LEADS" and fact.team:
        team = nodes.team(fact.team, fact.org)
        return [
            Claim(
                type="LEADS",
                src=person,
                dst=team,
                valid_from=since,
                valid_from_precision=since_precision,
                valid_to=until,
                valid_to_precision=until_precision,
                headcount=fact.team_size,
                citation=citation,
            )
        ]
    if fact.type in ("LEADS", "ROLE") and fact.org:
        role = fact.title if fact.type == "ROLE" else "Head"
        return [Claim(type="WORKED_AT", src=person, dst=nodes.company(fact.org), role=role, citation=citation)]
    if fact.type == "REPORTS_TO" and fact.manager:
        return [
            Claim(
                type="REPORTS_TO",
                src=person,
                dst=nodes.person(fact.manager),
                valid_from=since,
                valid_from_precision=since_precision,
                valid_to=until,
                valid_to_precision=until_precision,
                citation=citation,
            )
        ]
    return []


def facts_to_report(doc: NewsDocument, facts: list[ExtractedFact], source_id: str) -> Report:
    """Turn one document's extracted facts into a Report citing each sentence."""
    source = Source(
        id=source_id,
        kind="news",
        path=str(doc.path),
        url=doc.url,
        title=doc.title,
        publisher=doc.publisher,
        published=doc.published,
    )
    nodes = _Nodes()
    claims: list[Claim] = []
    for fact in facts:
        citation = Citation(
            source_id=source_id,
            quote=fact.evidence.quote,
            start=fact.evidence.start,
            end=fact.evidence.end,
            confidence=fact.confidence,
            method=fact.method,
            publisher=doc.publisher,
            published=doc.published,
            title=doc.title,
            url=doc.url,
        )
        # A fact whose bounds contradict each other is an extraction slip, not a fault in
        # the file: it is left out rather than refusing the whole report.
        with contextlib.suppress(ValueError):
            claims += _claims_for(fact, nodes, citation)
    return Report(source=source, nodes=list(nodes.by_key.values()), claims=claims)


def read_news_report(path: Path, published: date | None = None, extractor: NewsExtractor | None = None) -> Report:
    """Read, extract and convert one news file.

    Args:
        path: the report.
        published: publication date, when the report does not state one.
        extractor: the fact extractor (default: the offline rules; or an LLM extractor).

    Raises:
        InputError: the file is unusable or has no publication date.
    """
    from orgraph.loaders.news import extract_facts, read_document

    # Size, type and emptiness are checked before any parsing: a huge file is refused at once.
    source_id = Source.hash_bytes(read_bytes(path))
    doc = read_document(path, published=published)
    facts = (extractor or extract_facts)(doc)
    return facts_to_report(doc, facts, source_id)
