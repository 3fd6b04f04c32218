"""Successions: "X takes over from Y", "X succeeds Y", "X replaces Y".

The sentence names two people but rarely the team or title that changes hands; the rest
of the report says what the successor holds. The predecessor held the same team (or the
same new title) until the handover: the date of the succession sentence if it has one,
else the predecessor's departure date (applied later), else the successor's start.
"""

from __future__ import annotations

from orgraph.loaders.news.relations import Draft


def resolve_successions(drafts: list[Draft]) -> list[Draft]:
    """Complete predecessor drafts from their successor's facts; drop what stays unknown."""
    out: list[Draft] = []
    added: list[Draft] = []
    for draft in drafts:
        successor = draft.extra.get("successor")
        if successor is None or draft.method != "succession":
            out.append(draft)
            continue
        if draft.type == "ROLE":
            draft.org = draft.org or _org_of(drafts, successor)
            draft.until = draft.until or _new_title_start(drafts, successor)
            out.append(draft)
            continue
        _hint_departure(drafts, draft.person, _org_of(drafts, successor))
        lead = _new_lead(drafts, successor, draft.sentence)
        if lead is not None:
            draft.team, draft.org, draft.team_size = lead.team, lead.org, lead.team_size
            draft.extra["handover"] = lead.since or ""
            lead.since = lead.since or draft.until
            out.append(draft)
        elif not _has_title_here(drafts, draft):
            inherited = _inherited_titles(drafts, draft, successor)
            added += inherited or _handed_over_titles(drafts, draft, successor)
    return out + added


def _org_of(drafts: list[Draft], person: str) -> str | None:
    """Where a successor now works: their newest move, else a title or team."""
    for kind in ("JOINED", "ROLE", "LEADS"):
        for draft in drafts:
            derived = draft.method == "succession" or draft.method.startswith("duration")
            if draft.person == person and draft.type == kind and draft.org and not derived:
                return draft.org
    return None


def _new_lead(drafts: list[Draft], person: str, sentence: object) -> Draft | None:
    """The successor's current leadership of a named team (one in the succession's own
    sentence first), if the report gives one; teams they led before do not count."""
    org = _org_of(drafts, person)
    leads = [
        d for d in drafts
        if d.person == person and d.type == "LEADS" and d.team and d.method != "succession"
        and d.until is None and (org is None or d.org == org)
    ]  # fmt: skip
    leads.sort(key=lambda d: d.sentence != sentence)
    return leads[0] if leads else None


def _new_title_start(drafts: list[Draft], person: str) -> str | None:
    """When the successor's newly taken title starts, if the report says."""
    starts = [d.since for d in drafts if d.person == person and d.type == "ROLE" and d.since]
    return min(starts) if starts else None


def _has_title_here(drafts: list[Draft], succession: Draft) -> bool:
    """Tell whether the succession sentence already named the predecessor's title."""
    return any(
        d.type == "ROLE" and d.person == succession.person and d.sentence == succession.sentence
        and d.method == "succession"
        for d in drafts
    )  # fmt: skip


def _inherited_titles(drafts: list[Draft], succession: Draft, successor: str) -> list[Draft]:
    """ROLE(predecessor, title, until) for the title the successor newly took."""
    out = []
    for draft in drafts:
        if draft.person == successor and draft.type == "ROLE" and draft.since and draft.method != "succession":
            until = succession.until or draft.since
            out.append(Draft("ROLE", succession.person, succession.sentence, "succession", 0.7,
                             org=draft.org, title=draft.title, until=until))  # fmt: skip
            break
    return out


def _handed_over_titles(drafts: list[Draft], succession: Draft, successor: str) -> list[Draft]:
    """ROLE(successor, title, since) for each title the predecessor held when the report
    names none for the successor ("CEO Hale will be succeeded by Wu"); the predecessor's
    title ends at the handover."""
    out = []
    for held in drafts:
        if held.person != succession.person or held.type != "ROLE" or held.until or held.method == "succession":
            continue
        if succession.until:
            held.until = succession.until
        out.append(Draft("ROLE", successor, succession.sentence, "succession_handover", 0.65,
                         org=held.org, title=held.title, since=succession.until))  # fmt: skip
    return out


def _hint_departure(drafts: list[Draft], person: str, org: str | None) -> None:
    """A predecessor who left, at a company the report does not name, left the
    successor's company ("He replaces Clarke, who retired in June")."""
    for draft in drafts:
        if draft.person == person and draft.type == "LEFT" and draft.needs_org and not draft.context_org:
            draft.context_org = org


def close_handovers(drafts: list[Draft]) -> None:
    """A predecessor's team still open after departures ends when the successor starts."""
    for draft in drafts:
        if draft.method == "succession" and draft.type == "LEADS" and draft.until is None:
            draft.until = draft.extra.get("handover") or None
