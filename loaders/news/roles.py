"""Titles and roles: ROLE facts from a title next to a name, and "head of X" as LEADS.

Split from :mod:`relations` so that title handling (company from context, coordinated
titles, dates of a title change) can grow in one place.
"""

from __future__ import annotations

import re

from orgraph.loaders.news.clauses import Clause, placeholders
from orgraph.loaders.news.drafts import Ctx, Draft, date_near, group, make_draft, target
from orgraph.loaders.news.mentions import Mention
from orgraph.loaders.news.rules import Rule

LEAD_TITLE = re.compile(r"^(?:(?:interim|acting)\s+)?(?:head|lead|leader|team lead|chief)\s+(?:of|for)\b", re.I)


def role_facts(ctx: Ctx, clause: Clause, rule: Rule, match: re.Match[str], person: str) -> list[Draft]:
    """ROLE from a title next to a name; a "head of X" title also LEADS team X."""
    if rule.name == "hand_over":
        return _hand_over(ctx, clause, rule, match, person)
    title = ctx.get(match.group("role"))
    if title is None:
        return []
    orgs = [group(match, g) for g in ("obj", "obj2", "obj3")]
    org_mention = next((ctx.get(o) for o in orgs if o), None)
    org = target(org_mention)[0] if org_mention else title.org or _sentence_org(ctx)
    dates = _role_dates(ctx, clause, rule, match)
    facts = title_facts(ctx, rule, person, title, org, dates)
    for partner in _coordinated(ctx, clause.text, match.group("role")):
        facts += title_facts(ctx, rule, person, partner, org or partner.org, dates)
    successor = ctx.get(group(match, "succ"))
    for draft in facts:
        if title.former or rule.name.startswith("former"):
            # "formerly CFO at Acme": kept only if the report says the person left Acme (see infer).
            draft.extra["former"] = "1"
        if successor is not None and successor.value:
            draft.extra["title_of"] = successor.value  # held at the successor's company
        if org_mention is None and title.org is None:
            draft.extra["org_guess"] = "1"  # the text does not tie the title to a company
            if org is not None:
                draft.extra["org_from"] = "sentence"
    return facts


def _coordinated(ctx: Ctx, clause: str, role: str) -> list[Mention]:
    """Titles joined to ``role`` by "and" ("President and CEO", "founder and CEO")."""
    pattern = rf"(⟨R\d+⟩)\s+and\s+{re.escape(role)}|{re.escape(role)}\s+and\s+(⟨R\d+⟩)"
    found = [ctx.get(m.group(1) or m.group(2)) for m in re.finditer(pattern, clause)]
    return [t for t in found if t is not None and t.value and not t.former]


def title_facts(
    ctx: Ctx, rule: Rule, person: str, title: Mention, org: str | None, dates: dict[str, object]
) -> list[Draft]:
    """ROLE for a formal title; LEADS (not ROLE) for "head of X" / "lead of X", which
    names a team its holder runs rather than a rank."""
    if title.team and LEAD_TITLE.match(title.value or ""):
        lead = make_draft(ctx, rule, "LEADS", person, org=org, team=title.team, **dates)
        lead.method = f"{rule.name}+title"
        return [lead]
    # A title's area stays in the title; the ROLE fact itself names no team.
    return [make_draft(ctx, rule, "ROLE", person, org=org, title=title.value, **dates)]


_TITLE_CHANGE = re.compile(
    r"\b(?:become|becomes|became|named|appoint(?:ed|ment)|promoted|effective|elevated|step(?:s|ped)?\s+(?:up|in)|take[sn]?\s+over|took\s+over|"
    r"(?:re)?join(?:s|ed)?|start(?:s|ed)?|remain(?:s|ed)?|stay(?:s|ed)?|move[sd]?|return(?:s|ed)?)\b",
    re.I,
)


def _role_dates(ctx: Ctx, clause: Clause, rule: Rule, match: re.Match[str]) -> dict[str, object]:
    """since/until of a title from a date in its own clause, when the clause changes it.

    "will become CEO on September 16" starts the title then; "steps down as CFO on
    September 30" ends it; "is CTO" (a state) takes no date.
    """
    date = date_near(ctx, clause.text, match.start("role"))
    if date is None or rule.name == "most_recently_as":
        return {}
    if rule.name in ("step_down_as", "left_post_as"):
        return {"until": date.value}
    # A date bound to the title by its own preposition dates the title even in a state
    # clause: "has been CFO since 2021", "served as CFO until March".
    text = ctx.analysis.doc.text
    bound = (text[max(0, date.start - 8) : date.start] + text[date.start : date.end]).lower()
    if re.search(r"\bsince\s", bound):
        return {"since": date.value}
    if re.search(r"\b(?:until|till|through)\s", bound):
        return {"until": date.value}
    # The changing word may precede the name: "announced the appointment of X as CTO".
    if _TITLE_CHANGE.search(clause.text[max(0, match.start() - 30) : match.start("role")]):
        return {"since": date.value}
    return {}


def _sentence_org(ctx: Ctx) -> str | None:
    """The only company a sentence names, if it names exactly one."""
    names = {m.value for m in ctx.mentions if m.kind == "ORG" and m.value}
    return names.pop() if len(names) == 1 else None


def _hand_over(ctx: Ctx, clause: Clause, rule: Rule, match: re.Match[str], person: str) -> list[Draft]:
    """ "Park, the CTO, hands that role to Lee on May 1": Park's title ends and Lee's
    starts on the handover date. The title is the one named, else the holder's appositive."""
    successor = ctx.get(match.group("mgr"))
    described = placeholders(clause.appositive or "", "R")
    title = ctx.get(group(match, "role") or (described[0] if described else None))
    if successor is None or not successor.value or title is None or not title.value or title.former:
        return []
    org_mention = ctx.get(group(match, "obj"))
    appositive_orgs = placeholders(clause.appositive or "", "O")
    if org_mention is None and appositive_orgs:
        org_mention = ctx.get(appositive_orgs[0])
    org = target(org_mention)[0] if org_mention else title.org or _sentence_org(ctx)
    date = date_near(ctx, clause.text, match.start("verb"))
    when = date.value if date is not None else None
    facts = title_facts(ctx, rule, person, title, org, {"until": when} if when else {})
    facts += title_facts(ctx, rule, successor.value, title, org, {"since": when} if when else {})
    return facts
