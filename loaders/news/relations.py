"""Turning rule matches into draft facts, clause by clause.

Drafts hold what one sentence says; :mod:`infer` then fills what needs the whole report
(a company left unnamed, a default date, a predecessor's end date).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from orgraph.loaders.news.analyze import Analysis
from orgraph.loaders.news.clauses import PLACEHOLDER, Clause, clauses, index_of, placeholders, render
from orgraph.loaders.news.hedging import is_hedged
from orgraph.loaders.news.mentions import Mention
from orgraph.loaders.news.models import FactType
from orgraph.loaders.news.rules import CLAUSE_RULES, SENTENCE_RULES, Rule
from orgraph.loaders.news.segment import Sentence

_PAST_SIMPLE = re.compile(r"^(?:joined|left|quit|departed|exited|resigned|moved|defected|went)\b")
_PRESENTISH = re.compile(r"\b(?:has|have|is|are|will|joins|leaves|joining|leaving|exits|quits)\b")
_SUCCESSION = re.compile(r"\b(?:will|now|new|taken\s+over|take[sn]?\s+over|took\s+over)\b", re.I)
_TO_ORG = re.compile(
    r"^(?:(?!⟨P)[^;.⟨]){0,50}?\b(?:for|to\s+join|to|and\s+(?:has\s+|will\s+)?join(?:ed|s)?|"
    r"joining)\s+(?:the\s+)?(⟨O\d+⟩)(?:'s\s+(?:[\w-]+\s+){0,3}(⟨T\d+⟩))?"
)
_FROM_ORG = re.compile(r"^(?:(?!⟨P)[^;.⟨]){0,40}?\bfrom\s+(?:the\s+)?(⟨O\d+⟩)")
_ORG_TEAM = re.compile(r"^'s\s+(?:[\w-]+\s+){0,3}(⟨T\d+⟩)")
_AS_ROLE = re.compile(r"^(?:(?!⟨P)[^;.]){0,60}?\bas\s+(?:the\s+|its\s+|a\s+|an\s+)?(?:new\s+)?(?:⟨O\d+⟩'s\s+)?(⟨R\d+⟩)")
_YEARS_AT = re.compile(r"(⟨U\d+⟩)\s+(?:at|with)\s+(⟨O\d+⟩)")
_LEAD_TITLE = re.compile(r"^(?:(?:interim|acting)\s+)?(?:head|lead|leader|team lead)\s+of\b", re.I)


@dataclass
class Draft:
    """A fact as one sentence states it, before document-level inference."""

    type: FactType
    person: str
    sentence: Sentence
    method: str
    confidence: float
    org: str | None = None
    team: str | None = None
    manager: str | None = None
    title: str | None = None
    date: str | None = None
    precision: str | None = None
    since: str | None = None
    until: str | None = None
    from_org: str | None = None
    to_org: str | None = None
    team_size: int | None = None
    needs_org: bool = False
    default_date: bool = False
    succession: bool = False
    years_before: int | None = None
    context_org: str | None = None
    extra: dict[str, str] = field(default_factory=dict)


@dataclass
class _Ctx:
    """What a handler needs about the sentence it works on."""

    analysis: Analysis
    sentence: Sentence
    mentions: list[Mention]

    def get(self, placeholder: str | None) -> Mention | None:
        """The mention a placeholder stands for."""
        return self.mentions[index_of(placeholder)] if placeholder else None

    def people(self, subject: str) -> list[str]:
        """Person names in a subject group such as "⟨P0⟩ and ⟨P3⟩"."""
        found = [self.mentions[index_of(p)].value for p in placeholders(subject, "P")]
        return [name for name in found if name]


def extract_drafts(analysis: Analysis) -> list[Draft]:
    """Apply every rule to every sentence of an analysed document."""
    drafts: list[Draft] = []
    for sentence in analysis.sentences:
        mentions = analysis.in_sentence(sentence)
        if not any(m.kind == "PER" for m in mentions):
            continue
        ctx = _Ctx(analysis, sentence, mentions)
        rendered = render(analysis.doc.text, sentence, mentions)
        for clause in clauses(rendered):
            if not is_hedged(_words(clause.text)):
                drafts.extend(_apply(ctx, clause, CLAUSE_RULES))
        drafts.extend(_apply(ctx, Clause(rendered), SENTENCE_RULES, check_hedge=True))
    return drafts


def _words(text: str) -> str:
    """Clause text without placeholders, for hedge detection."""
    return PLACEHOLDER.sub(" ", text)


def _apply(ctx: _Ctx, clause: Clause, rules: list[Rule], check_hedge: bool = False) -> list[Draft]:
    """Run rules over one clause and convert their matches."""
    out: list[Draft] = []
    for rule in rules:
        for match in rule.pattern.finditer(clause.text):
            if check_hedge and is_hedged(_words(match.group(0))):
                continue
            for person in ctx.people(match.group("subj")):
                out.extend(_HANDLERS[rule.type](ctx, clause, rule, match, person))
    return out


def _draft(ctx: _Ctx, rule: Rule, type_: FactType, person: str, **values: object) -> Draft:
    """A draft of ``type_`` for ``person`` from the current sentence."""
    draft = Draft(type_, person, ctx.sentence, rule.name, rule.confidence)
    for key, value in values.items():
        setattr(draft, key, value)
    return draft


def _date_near(ctx: _Ctx, clause: str, pos: int) -> Mention | None:
    """The date mention of a clause closest to character ``pos``."""
    dates = [(abs(m.start() - pos), m.group(0)) for m in re.finditer(r"⟨D\d+⟩", clause)]
    return ctx.get(min(dates)[1]) if dates else None


def _years(ctx: _Ctx, clause: str) -> int | None:
    """Years of a duration ("after eight years") in the clause, if any."""
    found = placeholders(clause, "U")
    mention = ctx.get(found[0]) if found else None
    return mention.size if mention else None


def _target(mention: Mention | None) -> tuple[str | None, str | None, int | None]:
    """(org, team, size) named by a company or team mention."""
    if mention is None:
        return None, None, None
    if mention.kind == "TEAM":
        return mention.org, mention.value, mention.size
    return mention.value, mention.team, None


def _group(match: re.Match[str], name: str) -> str | None:
    """A named group of a match, or None when the pattern lacks it or it did not match."""
    return match.groupdict().get(name)


def _move_date(ctx: _Ctx, clause: Clause, match: re.Match[str]) -> dict[str, object]:
    """Date fields of a move: an explicit date, else a default for present-tense reports."""
    date = _date_near(ctx, clause.text, match.start(_verb_group(match)))
    if date is not None:
        return {"date": date.value, "precision": date.precision}
    verb_zone = clause.text[match.start() : match.end()]
    verb = _group(match, "verb") or ""
    past_only = _PAST_SIMPLE.match(verb) and not _PRESENTISH.search(verb_zone)
    return {"default_date": not past_only}


def _verb_group(match: re.Match[str]) -> int | str:
    """Group to measure date distance from: the verb when the rule has one."""
    return "verb" if _group(match, "verb") else 0


def _joined(ctx: _Ctx, clause: Clause, rule: Rule, match: re.Match[str], person: str) -> list[Draft]:
    """JOINED (and LEFT of a source company, ROLE "as ...") from a hiring match."""
    org, team, _size = _target(ctx.get(_group(match, "obj")))
    tail = clause.text[match.end() :]
    if rule.name == "joined_from":
        tail = clause.text[match.start("frm") - 5 :]
        org = _other_org(ctx, clause, match.group("frm"))
    frm = _FROM_ORG.match(tail)
    team_match = _ORG_TEAM.match(tail)
    if team_match and not team:
        team = (ctx.get(team_match.group(1)) or Mention("TEAM", 0, 0, None)).value
    from_org = (ctx.get(frm.group(1)) or Mention("ORG", 0, 0, None)).value if frm else None
    dating = _move_date(ctx, clause, match)
    out = [_draft(ctx, rule, "JOINED", person, org=org, team=team, from_org=from_org, **dating)]
    if from_org and rule.name in ("org_hires", "joined_from"):
        out.append(_draft(ctx, rule, "LEFT", person, org=from_org, to_org=org, **dating))
    role = _AS_ROLE.match(tail)
    if role and (title := ctx.get(role.group(1))) and not title.former:
        since = dating.get("date")
        out.append(_draft(ctx, rule, "ROLE", person, org=org, title=title.value,
                          since=since, precision=dating.get("precision")))  # fmt: skip
    years_at = _YEARS_AT.search(clause.text)
    if years_at:
        left_org = (ctx.get(years_at.group(2)) or Mention("ORG", 0, 0, None)).value
        years = (ctx.get(years_at.group(1)) or Mention("DUR", 0, 0, None)).size
        out.append(_draft(ctx, rule, "LEFT", person, org=left_org, to_org=org,
                          years_before=years, **dating))  # fmt: skip
    return out


def _left(ctx: _Ctx, clause: Clause, rule: Rule, match: re.Match[str], person: str) -> list[Draft]:
    """LEFT, plus JOINED of the destination when the report names one."""
    org, team, _size = _target(ctx.get(_group(match, "obj")))
    tail = clause.text[match.end() :]
    dest = _TO_ORG.match(tail)
    to_org = (ctx.get(dest.group(1)) or Mention("ORG", 0, 0, None)).value if dest else None
    to_team = (ctx.get(dest.group(2)) or Mention("TEAM", 0, 0, None)).value if dest and dest.group(2) else None
    dating: dict[str, object] = {}
    if not rule.name.startswith("former"):
        dating = _move_date(ctx, clause, match)
    if rule.name == "latest_to_leave" and "date" not in dating:
        dating = {"default_date": True}
    context = _appositive_org(ctx, clause)
    draft = _draft(ctx, rule, "LEFT", person, org=org, team=team, to_org=to_org,
                   needs_org=org is None, context_org=context, years_before=_years(ctx, clause.text),
                   **dating)  # fmt: skip
    out = [draft]
    if to_org:
        out.append(_draft(ctx, rule, "JOINED", person, org=to_org, team=to_team, from_org=org,
                          needs_org=False, context_org=context, **dating))  # fmt: skip
        out[-1].extra["from_needs_org"] = "1" if org is None else ""
    return out


def _other_org(ctx: _Ctx, clause: Clause, excluded: str) -> str | None:
    """The one company of the sentence other than ``excluded`` ("at Apple ..., joined from X")."""
    skip = ctx.get(excluded)
    names = {m.value for m in ctx.mentions if m.kind == "ORG" and m.value and m is not skip}
    if skip is not None:
        names.discard(skip.value)
    return names.pop() if len(names) == 1 else None


def _appositive_org(ctx: _Ctx, clause: Clause) -> str | None:
    """Company an appositive ties the subject to ("Pang, Apple's top executive, ...")."""
    if not clause.appositive:
        return None
    found = placeholders(clause.appositive, "O")
    mention = ctx.get(found[0]) if found else None
    return mention.value if mention else None


def _leads(ctx: _Ctx, clause: Clause, rule: Rule, match: re.Match[str], person: str) -> list[Draft]:
    """LEADS of a team; "will now be run by X" is a succession dated at publication."""
    team = ctx.get(match.group("team"))
    if team is None:
        return []
    zone = (_group(match, "aux") or "") + " " + (_group(match, "verb") or "")
    succession = bool(_SUCCESSION.search(zone))
    date = _date_near(ctx, clause.text, match.start())
    since = date.value if date is not None else None
    return [_draft(ctx, rule, "LEADS", person, org=team.org, team=team.value,
                   team_size=team.size, since=since, succession=succession)]  # fmt: skip


def _reports(ctx: _Ctx, clause: Clause, rule: Rule, match: re.Match[str], person: str) -> list[Draft]:
    """REPORTS_TO between two named people."""
    manager = ctx.get(match.group("mgr"))
    if manager is None or manager.value == person:
        return []
    return [_draft(ctx, rule, "REPORTS_TO", person, manager=manager.value)]


def _role(ctx: _Ctx, clause: Clause, rule: Rule, match: re.Match[str], person: str) -> list[Draft]:
    """ROLE from a title next to a name; a "head of X" title also LEADS team X."""
    title = ctx.get(match.group("role"))
    if title is None or title.former:
        return []
    orgs = [_group(match, g) for g in ("obj", "obj2", "obj3")]
    org_mention = next((ctx.get(o) for o in orgs if o), None)
    org = _target(org_mention)[0] if org_mention else title.org or _sentence_org(ctx)
    # A title's area stays in the title; the ROLE fact itself names no team.
    out = [_draft(ctx, rule, "ROLE", person, org=org, title=title.value)]
    if title.team and _LEAD_TITLE.match(title.value or ""):
        out.append(_draft(ctx, rule, "LEADS", person, org=org, team=title.team))
        out[-1].method = f"{rule.name}+title"
    return out


def _sentence_org(ctx: _Ctx) -> str | None:
    """The only company a sentence names, if it names exactly one."""
    names = {m.value for m in ctx.mentions if m.kind == "ORG" and m.value}
    return names.pop() if len(names) == 1 else None


_HANDLERS = {
    "JOINED": _joined,
    "LEFT": _left,
    "LEADS": _leads,
    "REPORTS_TO": _reports,
    "ROLE": _role,
}
