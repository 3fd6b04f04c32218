"""Document-level inference over draft facts.

One sentence rarely says everything: "is leaving for Meta" does not repeat which company
is left, "will now be run by Chen" ends the predecessor's leadership, and "after eight
years" dates a join nobody reported. These steps fill such gaps from the rest of the report.
"""

from __future__ import annotations

from orgraph.loaders.news.analyze import Analysis
from orgraph.loaders.news.dates import month_of
from orgraph.loaders.news.relations import Draft

DEFAULT_DATE_PENALTY = 0.15


def infer(drafts: list[Draft], analysis: Analysis) -> list[Draft]:
    """Fill unnamed companies, default dates, end dates, derived joins and team names."""
    _fill_companies(drafts, analysis)
    _fill_default_dates(drafts, analysis)
    drafts = _name_unnamed_teams(drafts, analysis)
    drafts += _derived_joins(drafts)
    _end_predecessors(drafts, analysis)
    _end_leadership_on_departure(drafts)
    return drafts


def _fill_companies(drafts: list[Draft], analysis: Analysis) -> None:
    """Give a departure with no company named the company the person is tied to."""
    for draft in drafts:
        if draft.type == "LEFT" and draft.needs_org and draft.org is None:
            draft.org = draft.context_org or _known_org(drafts, draft) or _focus(analysis, draft)
            draft.confidence -= 0.1
            if draft.to_org == draft.org:
                draft.to_org = None
    for draft in drafts:
        if draft.type == "JOINED" and draft.extra.get("from_needs_org"):
            sources = [d for d in drafts if d.type == "LEFT" and d.person == draft.person
                       and d.to_org == draft.org and d.sentence == draft.sentence]  # fmt: skip
            draft.from_org = sources[0].org if sources else None


def _known_org(drafts: list[Draft], target: Draft) -> str | None:
    """A company another fact ties the same person to (not the one they went to)."""
    for draft in drafts:
        if draft.person != target.person or draft is target:
            continue
        if draft.type in ("ROLE", "LEADS") and draft.org and draft.org != target.to_org:
            return draft.org
        if draft.type == "JOINED" and draft.org and draft.org != target.to_org:
            return draft.org
    return None


def _focus(analysis: Analysis, draft: Draft) -> str | None:
    """The report's main company, unless it is where the person went."""
    return analysis.focus_org if analysis.focus_org != draft.to_org else None


def _fill_default_dates(drafts: list[Draft], analysis: Analysis) -> None:
    """Date undated present-tense moves ("is leaving") at the publication month."""
    month = month_of(analysis.doc.published)
    for draft in drafts:
        if draft.default_date and draft.date is None:
            draft.date, draft.precision = month, "month"
            draft.confidence -= DEFAULT_DATE_PENALTY
        if draft.type == "LEADS" and draft.succession and draft.since is None:
            draft.since = month


def _name_unnamed_teams(drafts: list[Draft], analysis: Analysis) -> list[Draft]:
    """Name "a 100-person team" after the one named team of that company the person is
    mentioned with; drop it when no such team exists."""
    kept = []
    for draft in drafts:
        if draft.type == "LEADS" and draft.team is None:
            draft.team = _team_with_person(analysis, draft.person, draft.org)
            if draft.team is None:
                continue
            draft.confidence -= 0.1
        kept.append(draft)
    return kept


def _team_with_person(analysis: Analysis, person: str, org: str | None) -> str | None:
    """The single named team of ``org`` that shares a sentence with ``person``."""
    names: list[str] = []
    for sentence in analysis.sentences:
        mentions = analysis.in_sentence(sentence)
        if not any(m.kind == "PER" and m.value == person for m in mentions):
            continue
        for m in mentions:
            if m.kind == "TEAM" and m.value and m.org == org and m.value not in names:
                names.append(m.value)
    return names[0] if len(names) == 1 else None


def _derived_joins(drafts: list[Draft]) -> list[Draft]:
    """A departure "after eight years" implies a join eight years before it."""
    out = []
    for draft in drafts:
        if draft.type != "LEFT" or not draft.years_before or not draft.org or not draft.date:
            continue
        year = int(draft.date[:4]) - draft.years_before
        joined = Draft("JOINED", draft.person, draft.sentence, "duration_before_leaving", 0.6,
                       org=draft.org, date=str(year), precision="year")  # fmt: skip
        out.append(joined)
    return out


def _end_predecessors(drafts: list[Draft], analysis: Analysis) -> None:
    """When a team gets a new leader, end the earlier leader's LEADS at that date."""
    for new in drafts:
        if new.type != "LEADS" or not new.succession or not new.since:
            continue
        for old in drafts:
            if (old.type == "LEADS" and old.team == new.team and old.person != new.person
                    and old.until is None and not old.succession):  # fmt: skip
                old.until = new.since


def _end_leadership_on_departure(drafts: list[Draft]) -> None:
    """A person who left a company no longer leads its teams."""
    for left in drafts:
        if left.type != "LEFT" or not left.date or not left.org:
            continue
        for lead in drafts:
            if (lead.type == "LEADS" and lead.person == left.person and lead.org == left.org
                    and lead.until is None):  # fmt: skip
                lead.until = left.date
