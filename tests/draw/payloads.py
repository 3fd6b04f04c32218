"""A small org whose every text field is hostile markup, for the escaping tests."""

from __future__ import annotations

from datetime import date

from orgraph.graph.model import Citation, Claim, Node, Report, Source, slugify

PERSON = '<img src=x onerror="window.__pwned=1">'
COMPANY = "<script>window.__pwned=2</script>Evil & Co"
TEAM = '"><svg onload="window.__pwned=3">'
QUOTE = '</script><script>window.__pwned=4</script> see <a href="javascript:window.__pwned=5">this</a>'
PUBLISHER = "<b onmouseover=window.__pwned=6>Gazette</b>"
ROLE = "<iframe srcdoc='<script>parent.__pwned=7</script>'>"
BOSS = "Boss O'Hara"


def hostile_report() -> Report:
    """One report: the payload person works at the payload company, in its team, under a boss."""
    company, person, boss = slugify(COMPANY), slugify(PERSON), slugify(BOSS)
    team = f"{company}--{slugify(TEAM)}"
    source = Source(id="hostile0000000001", kind="news", path="hostile.md", publisher=PUBLISHER)
    cite = Citation(source_id=source.id, quote=QUOTE, publisher=PUBLISHER, published=date(2025, 5, 1))

    def fact(kind: str, src: str, dst: str, **extra: object) -> Claim:
        return Claim(type=kind, src=src, dst=dst, citation=cite, **extra)  # type: ignore[arg-type]

    return Report(
        source=source,
        nodes=[
            Node(kind="Person", id=person, name=PERSON),
            Node(kind="Person", id=boss, name=BOSS),
            Node(kind="Company", id=company, name=COMPANY),
            Node(kind="Team", id=team, name=TEAM, company=company),
        ],
        claims=[
            fact("WORKED_AT", person, company, role=ROLE),
            fact("WORKED_AT", boss, company),
            fact("MEMBER_OF", person, team),
            fact("LEADS", boss, team, headcount=3),
            fact("REPORTS_TO", person, boss),
            fact("PART_OF", team, company),
        ],
    )
