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

# "is leaving for Meta": the move is under way as the report appears, so it is dated at
# the publication month when nothing else in the report dates it.
_IN_PROGRESS = re.compile(
    r"\b(?:is|are)\s+(?:\w+\s+)?(?:leaving|departing|exiting|quitting|joining|moving|heading)\b", re.I
)
_SUCCESSION = re.compile(r"\b(?:will|now|new|taken\s+over|take[sn]?\s+over|took\s+over)\b", re.I)
_TO_ORG = re.compile(
    r"^(?:[^;.⟨]|⟨[DU]\d+⟩){0,50}?\b(?:for|to\s+join|to|and\s+(?:has\s+|will\s+)?join(?:ed|s)?|"
    r"joining|and\s+(?:is\s+|has\s+been\s+)?now\s+(?:at|with)|(?P<found>to\s+(?:co-?found|found|launch|start)))"
    r"\s+(?:the\s+)?(⟨O\d+⟩)(?:'s\s+(?:[\w-]+\s+){0,3}(⟨T\d+⟩))?"
)
# "will leave at the end of October to become chief executive of Swiss biotech Calder Bio".
_BECOME = re.compile(
    r"^(?:[^;.⟨]|⟨[DU]\d+⟩){0,50}?\bto\s+become\s+(?:the\s+|its\s+|an?\s+)?(?:new\s+)?(⟨R\d+⟩)\s+(?:of|at)\s+"
    r"(?:the\s+)?(?:[\w-]+\s+){0,2}?(⟨O\d+⟩)"
)
_APPOINT = re.compile(r"(?:named|names|appointed|appoints|tapped|taps|promoted|promotes)$", re.I)
# "was hired by Nvidia in October to lead its speech AI team": the team the hire is for.
_HIRED_TO_LEAD = re.compile(
    r"^(?:(?!⟨P)[^;.]){0,50}?\bto\s+(?:lead|run|head|oversee|manage)\s+(?:the\s+|its\s+|their\s+)?"
    r"(?:⟨O\d+⟩(?:'s)?\s+)?(?:[\w-]+\s+){0,2}?(⟨[TO]\d+⟩)"
)
_FROM_ORG = re.compile(r"^(?:[^;.⟨]|⟨[DUR]\d+⟩){0,40}?\bfrom\s+(?:the\s+)?(⟨O\d+⟩)")
_ORG_TEAM = re.compile(r"^'s\s+(?:[\w-]+\s+){0,3}(⟨T\d+⟩)")
_AS_ROLE = re.compile(r"^(?:(?!⟨P)[^;.]){0,60}?\bas\s+(?:the\s+|its\s+|a\s+|an\s+)?(?:new\s+)?(?:⟨O\d+⟩'s\s+)?(⟨R\d+⟩)")
# "Acme named Jane Doe CTO": a title as the second object of an appointing verb.
_NAMED_ROLE = re.compile(r"^\s*,?\s*(?:its\s+|the\s+|a\s+|an\s+)?(?:new\s+)?(?:⟨O\d+⟩'s\s+)?(⟨R\d+⟩)")
_YEARS_AT = re.compile(r"(⟨U\d+⟩)\s+(?:at|with)\s+(⟨O\d+⟩)")
_LEAD_TITLE = re.compile(r"^(?:(?:interim|acting)\s+)?(?:head|lead|leader|team lead|chief)\s+(?:of|for)\b", re.I)


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
        # A question ("Is CEO Omar Said leaving too?") states no event, but the titles it
        # takes for granted still hold.
        question = _is_question(sentence.text)
        for clause in [] if question else clauses(rendered):
            if not is_hedged(_words(clause.text)):
                drafts.extend(_apply(ctx, clause, CLAUSE_RULES))
        rules = [r for r in SENTENCE_RULES if r.type == "ROLE"] if question else SENTENCE_RULES
        drafts.extend(_apply(ctx, Clause(rendered), rules, check_hedge=not question))
    return drafts


def _is_question(text: str) -> bool:
    """A question ("Is Said leaving too?") asks; it states nothing."""
    return text.rstrip(" *_\"'\u201d").endswith("?")


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


# "the company said on Tuesday" dates the statement, not the event it reports.
_SAID_BEFORE = re.compile(
    r"\b(?:said|says|confirmed|confirms|announced|announces|told|reported|wrote|disclosed|"
    r"declined\s+to\s+comment|commented)(?:\s+(?!⟨)[\w'-]+){0,3}\s+(?:on\s+|in\s+)?$",
    re.I,
)


# "... to join Microsoft AI, the division that Microsoft set up last month": a date
# inside a relative clause dates that clause's verb.
_RELATIVE_WORD = re.compile(r"\b(?:that|which|who|whose|where)\b")


def _in_other_clause(clause: str, pos: int, date_pos: int) -> bool:
    """Tell whether a relative pronoun stands between the verb at ``pos`` and a date."""
    return date_pos > pos and bool(_RELATIVE_WORD.search(clause[pos:date_pos]))


def _date_near(ctx: _Ctx, clause: str, pos: int) -> Mention | None:
    """The date mention of a clause closest to character ``pos``, ignoring the dates of
    reporting verbs ("..., the firm confirmed on Thursday")."""
    dates = [
        (abs(m.start() - pos), m.group(0))
        for m in re.finditer(r"⟨D\d+⟩", clause)
        if not _SAID_BEFORE.search(clause[: m.start()]) and not _in_other_clause(clause, pos, m.start())
    ]
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
    return {"default_date": bool(_IN_PROGRESS.search(verb_zone))}


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
    if rule.name in ("arrow_move", "from_to_move"):
        from_org = _target(ctx.get(match.group("frm")))[0]
    dating = _move_date(ctx, clause, match)
    out = [_draft(ctx, rule, "JOINED", person, org=org, team=team, from_org=from_org, **dating)]
    if re.match(r"co-?found", _group(match, "verb") or "", re.I):
        since = {"since": dating["date"]} if dating.get("date") else {}
        out.append(_draft(ctx, rule, "ROLE", person, org=org, title="co-founder", **since))
    if rule.name == "org_hires" and _APPOINT.match(_group(match, "verb") or "") and not from_org:
        # "Meta named Bose to lead its lab" may be an internal move: no JOINED on its own.
        out[0].extra["appointed_only"] = "1"
    if from_org and rule.name in ("org_hires", "joined_from"):
        out.append(_draft(ctx, rule, "LEFT", person, org=from_org, to_org=org, **dating))
    role = _AS_ROLE.match(tail) or (_NAMED_ROLE.match(tail) if rule.name == "org_hires" else None)
    if role and (title := ctx.get(role.group(1))) and not title.former:
        since = {"since": dating["date"]} if dating.get("date") else {}
        out.extend(title_facts(ctx, rule, person, title, org, since))
    lead = _HIRED_TO_LEAD.match(tail)
    if lead and (led := ctx.get(lead.group(1))) is not None and led.value:
        led_org, led_team, _ = _target(led)
        since = {"since": dating["date"]} if dating.get("date") else {}
        if led_team:
            out.append(_draft(ctx, rule, "LEADS", person, org=org or led_org, team=led_team, **since))
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
    to_org = (ctx.get(dest.group(2)) or Mention("ORG", 0, 0, None)).value if dest else None
    to_team = (ctx.get(dest.group(3)) or Mention("TEAM", 0, 0, None)).value if dest and dest.group(3) else None
    become = _BECOME.match(tail) if not dest else None
    to_org = (ctx.get(become.group(2)) or Mention("ORG", 0, 0, None)).value if become else to_org
    dating: dict[str, object] = {}
    if not rule.name.startswith("former"):  # a past employer, left at an unstated time
        dating = _move_date(ctx, clause, match)
    if rule.name == "latest_to_leave" and "date" not in dating:
        dating = {"default_date": True}
    context = _appositive_org(ctx, clause)
    draft = _draft(ctx, rule, "LEFT", person, org=org, team=team, to_org=to_org,
                   needs_org=org is None, context_org=context, **dating)  # fmt: skip
    out = [draft]
    if to_org:
        out.append(_draft(ctx, rule, "JOINED", person, org=to_org, team=to_team, from_org=org,
                          needs_org=False, context_org=context, **dating))  # fmt: skip
        out[-1].extra["from_needs_org"] = "1" if org is None else ""
    since = {"since": dating["date"]} if dating.get("date") else {}
    if dest and dest.group("found"):
        out.append(_draft(ctx, rule, "ROLE", person, org=to_org, title="co-founder", **since))
    if become and (title := ctx.get(become.group(1))) is not None:
        out.extend(title_facts(ctx, rule, person, title, to_org, since))
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


def _succession(ctx: _Ctx, clause: Clause, rule: Rule, match: re.Match[str], person: str) -> list[Draft]:
    """A predecessor's draft, completed by :mod:`succession` from what the successor holds.

    Titles named in the sentence are settled here: "replaces interim CTO Whitaker" ends
    Whitaker's title, "succeeds Hale as CEO" ends Hale's and starts the successor's.
    """
    old = ctx.get(match.group("mgr"))
    if old is None or not old.value or old.value == person:
        return []
    date = _date_near(ctx, clause.text, match.start("verb"))
    when = date.value if date is not None else None
    out = [_draft(ctx, rule, "LEADS", old.value, until=when, extra={"successor": person})]
    for group, holder in (("role0", old.value), ("role", old.value), ("role", person)):
        title = ctx.get(_group(match, group))
        if title is not None and title.value and not title.former:
            dates = {"until": when} if holder == old.value else {"since": when}
            out.append(_draft(ctx, rule, "ROLE", holder, title=title.value, org=title.org, **dates))
            out[-1].extra["successor" if holder == old.value else "predecessor"] = (
                person if holder == old.value else old.value
            )
    return out


def _leads(ctx: _Ctx, clause: Clause, rule: Rule, match: re.Match[str], person: str) -> list[Draft]:
    """LEADS of a team; "will now be run by X" is a succession dated at publication."""
    if rule.name == "succession":
        return _succession(ctx, clause, rule, match, person)
    team = ctx.get(_group(match, "team") or _group(match, "unit"))
    if team is None:
        return []
    if team.kind == "ORG":
        # A division named as a company ("runs Google DeepMind") is a team of its parent.
        if not team.team:
            return []
        team = Mention("TEAM", team.start, team.end, team.team, org=team.value)
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
    # A reporting line starts on a date only when its own clause sets it up ("from
    # September 1 she will report to ...", "joining X next month, reporting to ...").
    date = _date_near(ctx, clause.text, match.start("mgr"))
    since = date.value if date is not None and _LINE_STARTS.search(clause.text) else None
    return [_draft(ctx, rule, "REPORTS_TO", person, manager=manager.value, since=since)]


_LINE_STARTS = re.compile(r"\b(?:will|join(?:s|ed|ing)?|start(?:s|ed|ing)?|since|from|begin(?:s|ning)?)\b", re.I)


def _role(ctx: _Ctx, clause: Clause, rule: Rule, match: re.Match[str], person: str) -> list[Draft]:
    """ROLE from a title next to a name; a "head of X" title also LEADS team X."""
    title = ctx.get(match.group("role"))
    if title is None or title.former:
        return []
    orgs = [_group(match, g) for g in ("obj", "obj2", "obj3")]
    org_mention = next((ctx.get(o) for o in orgs if o), None)
    org = _target(org_mention)[0] if org_mention else title.org or _sentence_org(ctx)
    dates = _role_dates(ctx, clause, rule, match)
    facts = title_facts(ctx, rule, person, title, org, dates)
    for partner in _coordinated(ctx, clause.text, match.group("role")):
        facts += title_facts(ctx, rule, person, partner, org or partner.org, dates)
    for draft in facts:
        if org_mention is None and title.org is None:
            draft.extra["org_guess"] = "1"  # the text does not tie the title to a company
    return facts


def _coordinated(ctx: _Ctx, clause: str, role: str) -> list[Mention]:
    """Titles joined to ``role`` by "and" ("President and CEO", "founder and CEO")."""
    pattern = rf"(⟨R\d+⟩)\s+and\s+{re.escape(role)}|{re.escape(role)}\s+and\s+(⟨R\d+⟩)"
    found = [ctx.get(m.group(1) or m.group(2)) for m in re.finditer(pattern, clause)]
    return [t for t in found if t is not None and t.value and not t.former]


def title_facts(
    ctx: _Ctx, rule: Rule, person: str, title: Mention, org: str | None, dates: dict[str, object]
) -> list[Draft]:
    """ROLE for a formal title; LEADS (not ROLE) for "head of X" / "lead of X", which
    names a team its holder runs rather than a rank."""
    if title.team and _LEAD_TITLE.match(title.value or ""):
        lead = _draft(ctx, rule, "LEADS", person, org=org, team=title.team, **dates)
        lead.method = f"{rule.name}+title"
        return [lead]
    # A title's area stays in the title; the ROLE fact itself names no team.
    return [_draft(ctx, rule, "ROLE", person, org=org, title=title.value, **dates)]


_TITLE_CHANGE = re.compile(
    r"\b(?:become|becomes|became|named|appoint(?:ed|ment)|promoted|effective|take[sn]?\s+over|took\s+over|"
    r"(?:re)?join(?:s|ed)?|start(?:s|ed)?|remain(?:s|ed)?|stay(?:s|ed)?|move[sd]?|return(?:s|ed)?)\b",
    re.I,
)


def _role_dates(ctx: _Ctx, clause: Clause, rule: Rule, match: re.Match[str]) -> dict[str, object]:
    """since/until of a title from a date in its own clause, when the clause changes it.

    "will become CEO on September 16" starts the title then; "steps down as CFO on
    September 30" ends it; "is CTO" (a state) takes no date.
    """
    date = _date_near(ctx, clause.text, match.start("role"))
    if date is None or rule.name == "most_recently_as":
        return {}
    if rule.name == "step_down_as":
        return {"until": date.value}
    # The changing word may precede the name: "announced the appointment of X as CTO".
    if _TITLE_CHANGE.search(clause.text[max(0, match.start() - 30) : match.start("role")]):
        return {"since": date.value}
    return {}


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
