"""Turning rule matches into draft facts, clause by clause.

Drafts hold what one sentence says; :mod:`infer` then fills what needs the whole report
(a company left unnamed, a default date, a predecessor's end date).
"""

from __future__ import annotations

import re

from orgraph.loaders.news.analyze import Analysis
from orgraph.loaders.news.clauses import PLACEHOLDER, Clause, clauses, placeholders, render
from orgraph.loaders.news.drafts import Ctx, Draft, date_near, group, make_draft, target
from orgraph.loaders.news.hedging import is_hedged
from orgraph.loaders.news.mentions import Mention
from orgraph.loaders.news.roles import LEAD_TITLE, role_facts, title_facts
from orgraph.loaders.news.rules import CLAUSE_RULES, SENTENCE_RULES, Rule

__all__ = ["Draft", "extract_drafts"]

# "is leaving for Meta": the move is under way as the report appears, so it is dated at
# the publication month when nothing else in the report dates it.
_IN_PROGRESS = re.compile(
    r"\b(?:is|are)\s+(?:\w+\s+)?(?:leaving|departing|exiting|quitting|joining|moving|heading|parting)\b", re.I
)
_SUCCESSION = re.compile(r"\b(?:will|now|new|taken\s+over|take[sn]?\s+over|took\s+over)\b", re.I)
_TO_ORG = re.compile(
    r"^(?:[^;.⟨]|⟨[DU]\d+⟩){0,50}?\b(?:for|to\s+join|to|and\s+(?:has\s+|will\s+)?join(?:ed|s)?|"
    r"joining|and\s+(?:is\s+|has\s+been\s+)?now\s+(?:(?:an?|the)\s+)?(?:(?P<nowrole>⟨R\d+⟩)\s+)?(?:at|with|of)|"
    r"(?P<found>to\s+(?:co-?found|found|launch|start)))"
    r"\s+(?:the\s+)?(?P<org>⟨O\d+⟩)(?:'s\s+(?:[\w-]+\s+){0,3}(?P<team>⟨T\d+⟩))?"
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
    r"(?:⟨O\d+⟩(?:'s)?\s+)?(?:[\w'-]+\s+){0,2}?(⟨[TO]\d+⟩)"
)
_FROM_ORG = re.compile(r"^(?:[^;.⟨]|⟨[DUR]\d+⟩){0,40}?\bfrom\s+(?:the\s+)?(⟨O\d+⟩)")
_ORG_TEAM = re.compile(r"^'s\s+(?:[\w-]+\s+){0,3}(⟨T\d+⟩)")
# "joins X as CTO", "hired away from Y to be its CFO", "poached to become chief scientist".
_AS_ROLE = re.compile(
    r"^(?:(?!⟨P)[^;.]){0,60}?\b(?:as|to\s+be(?:come)?)\s+(?:the\s+|its\s+|their\s+|a\s+|an\s+)?(?:new\s+)?"
    r"(?:⟨O\d+⟩'s\s+)?(⟨R\d+⟩)"
)
# "Acme named Jane Doe CTO": a title as the second object of an appointing verb.
_NAMED_ROLE = re.compile(r"^\s*,?\s*(?:its\s+|the\s+|a\s+|an\s+)?(?:new\s+)?(?:⟨O\d+⟩'s\s+)?(⟨R\d+⟩)")
_YEARS_AT = re.compile(r"(⟨U\d+⟩)\s+(?:at|with)\s+(⟨O\d+⟩)")


def extract_drafts(analysis: Analysis) -> list[Draft]:
    """Apply every rule to every sentence of an analysed document."""
    drafts: list[Draft] = []
    for sentence in analysis.sentences:
        mentions = analysis.in_sentence(sentence)
        if not any(m.kind == "PER" for m in mentions):
            continue
        ctx = Ctx(analysis, sentence, mentions)
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


def _apply(ctx: Ctx, clause: Clause, rules: list[Rule], check_hedge: bool = False) -> list[Draft]:
    """Run rules over one clause and convert their matches."""
    out: list[Draft] = []
    for rule in rules:
        for match in rule.pattern.finditer(clause.text):
            if check_hedge and is_hedged(_words(match.group(0))):
                continue
            for person in _subjects(ctx, clause, match):
                out.extend(_HANDLERS[rule.type](ctx, clause, rule, match, person))
    return out


_PREPOSITION_END = re.compile(r"\b(?:to|from|with|under|by|for|of|about|at|like)\s*$", re.I)


def _subjects(ctx: Ctx, clause: Clause, match: re.Match[str]) -> list[str]:
    """People of a match's subject group. A list that opens right after a preposition
    ("Reporting to Dana Whitfield, Luis Ortega will oversee ...") begins with the
    preposition's object, which the comma separates from the real subject."""
    subj = group(match, "subj")
    if subj is None:
        return ctx.people(group(match, "subj2") or "")
    people = ctx.people(subj)
    if len(people) > 1 and "," in subj and _PREPOSITION_END.search(clause.text[: match.start("subj")]):
        return people[1:]
    return people


def _years(ctx: Ctx, clause: str) -> int | None:
    """Years of a duration ("after eight years") in the clause, if any."""
    found = placeholders(clause, "U")
    mention = ctx.get(found[0]) if found else None
    return mention.size if mention else None


# ", and she starts at X": a coordinated clause with its own subject, which the clause
# splitter keeps together with the one before it.
_COORDINATED_SUBJECT = re.compile(r",\s+(?:and|but|while)\s+$")


def _own_part(clause: str, match: re.Match[str]) -> str:
    """The clause with the dates of an earlier coordinated clause hidden ("exited X in June,
    and she starts at Y next month": June dates the exit, not the start). Offsets are kept."""
    before = clause[: match.start()]
    if not _COORDINATED_SUBJECT.search(before):
        return clause
    return re.sub(r"⟨D(\d+)⟩", r"⟨-\1⟩", before) + clause[match.start() :]


def _move_date(ctx: Ctx, clause: Clause, match: re.Match[str]) -> dict[str, object]:
    """Date fields of a move: an explicit date, else a default for present-tense reports."""
    date = date_near(ctx, _own_part(clause.text, match), match.start(_verb_group(match)))
    if date is not None:
        return {"date": date.value, "precision": date.precision}
    verb_zone = clause.text[match.start() : match.end()]
    return {"default_date": bool(_IN_PROGRESS.search(verb_zone))}


def _verb_group(match: re.Match[str]) -> int | str:
    """Group to measure date distance from: the verb when the rule has one."""
    return "verb" if group(match, "verb") else 0


def _joined(ctx: Ctx, clause: Clause, rule: Rule, match: re.Match[str], person: str) -> list[Draft]:
    """JOINED (and LEFT of a source company, ROLE "as ...") from a hiring match."""
    org, team, _size = target(ctx.get(group(match, "obj")))
    tail = clause.text[match.end() :]
    if rule.name == "joined_from":
        tail = clause.text[match.start("frm") - 5 :]
        org = _other_org(ctx, clause, match.group("frm"))
        if org is None and re.search(r"\b(?:join\w*|c[oa]me\w*)\s+us\b", match.group(0), re.I):
            org = ctx.analysis.focus_org  # "joined us from X": the company speaking
    frm = _FROM_ORG.match(tail)
    team_match = _ORG_TEAM.match(tail)
    if team_match and not team:
        team = (ctx.get(team_match.group(1)) or Mention("TEAM", 0, 0, None)).value
    from_org = (ctx.get(frm.group(1)) or Mention("ORG", 0, 0, None)).value if frm else None
    if rule.name in ("arrow_move", "from_to_move", "noun_move", "inverted_join"):
        from_org = target(ctx.get(match.group("frm")))[0]
    dating = _move_date(ctx, clause, match)
    out = [make_draft(ctx, rule, "JOINED", person, org=org, team=team, from_org=from_org, **dating)]
    if re.match(r"co-?found", group(match, "found") or group(match, "verb") or "", re.I):
        since = {"since": dating["date"]} if dating.get("date") else {}
        out.append(make_draft(ctx, rule, "ROLE", person, org=org, title="co-founder", **since))
    if rule.name == "org_hires" and _APPOINT.match(group(match, "verb") or "") and not from_org:
        # "Meta named Bose to lead its lab" may be an internal move: no JOINED on its own.
        out[0].extra["appointed_only"] = "1"
    if from_org and rule.name in ("org_hires", "joined_from", "inverted_join"):
        out.append(make_draft(ctx, rule, "LEFT", person, org=from_org, to_org=org, **dating))
    taken = len(out)
    role = _AS_ROLE.match(tail) or (_NAMED_ROLE.match(tail) if rule.name == "org_hires" else None)
    if role and (title := ctx.get(role.group(1))) and not title.former:
        since = {"since": dating["date"]} if dating.get("date") else {}
        out.extend(title_facts(ctx, rule, person, title, org, since))
    lead = _HIRED_TO_LEAD.match(tail)
    if lead and (led := ctx.get(lead.group(1))) is not None and led.value:
        led_org, led_team, _ = target(led)
        since = {"since": dating["date"]} if dating.get("date") else {}
        if led_team:
            out.append(make_draft(ctx, rule, "LEADS", person, org=org or led_org, team=led_team, **since))
    for post in out[taken:]:
        # A title or team taken with the hire starts with it, even when only a later
        # sentence dates the arrival ("He will take up the post on Oct. 20").
        post.extra["with_hire"] = "1"
    years_at = _YEARS_AT.search(clause.text)
    left_org = (ctx.get(years_at.group(2)) or Mention("ORG", 0, 0, None)).value if years_at else None
    # "joined Rivian after six years at the carmaker": "the carmaker" read as the company joined is no departure.
    if years_at and left_org != org:
        years = (ctx.get(years_at.group(1)) or Mention("DUR", 0, 0, None)).size
        out.append(make_draft(ctx, rule, "LEFT", person, org=left_org, to_org=org,
                          years_before=years, **dating))  # fmt: skip
    return out


def _left(ctx: Ctx, clause: Clause, rule: Rule, match: re.Match[str], person: str) -> list[Draft]:
    """LEFT, plus JOINED of the destination when the report names one."""
    org, team, _size = target(ctx.get(group(match, "obj")))
    tail = clause.text[match.end() :]
    dest = _TO_ORG.match(tail)
    to_org = (ctx.get(dest.group("org")) or Mention("ORG", 0, 0, None)).value if dest else None
    team_mention = ctx.get(dest.group("team")) if dest else None
    to_team = team_mention.value if team_mention else None
    become = _BECOME.match(tail) if not dest else None
    to_org = (ctx.get(become.group(2)) or Mention("ORG", 0, 0, None)).value if become else to_org
    dating: dict[str, object] = {}
    if not rule.name.startswith("former"):  # a past employer, left at an unstated time
        dating = _move_date(ctx, clause, match)
    if rule.name == "latest_to_leave" and "date" not in dating:
        dating = {"default_date": True}
    context = _appositive_org(ctx, clause)
    draft = make_draft(ctx, rule, "LEFT", person, org=org, team=team, to_org=to_org,
                   needs_org=org is None, context_org=context, **dating)  # fmt: skip
    out = [draft]
    if to_org:
        out.append(make_draft(ctx, rule, "JOINED", person, org=to_org, team=to_team, from_org=org,
                          needs_org=False, context_org=context, **dating))  # fmt: skip
        out[-1].extra["from_needs_org"] = "1" if org is None else ""
    since = {"since": dating["date"]} if dating.get("date") else {}
    if dest and dest.group("found"):
        out.append(make_draft(ctx, rule, "ROLE", person, org=to_org, title="co-founder", **since))
    # "will leave Adyen to join Stripe as CFO in August": the title taken at the destination.
    role = _AS_ROLE.match(tail[dest.end() :]) if dest and to_org else None
    if role and (title := ctx.get(role.group(1))) is not None and not title.former:
        out.extend(title_facts(ctx, rule, person, title, to_org, since))
    if become and (title := ctx.get(become.group(1))) is not None:
        out.extend(title_facts(ctx, rule, person, title, to_org, since))
    # "left X and is now CTO at Y": a present state, so the title takes no date.
    if dest and (title := ctx.get(dest.group("nowrole"))) is not None and not title.former:
        out.extend(title_facts(ctx, rule, person, title, to_org, {}))
    return out


def _other_org(ctx: Ctx, clause: Clause, excluded: str) -> str | None:
    """The one company of the sentence other than ``excluded`` ("at Apple ..., joined from X")."""
    skip = ctx.get(excluded)
    names = {m.value for m in ctx.mentions if m.kind == "ORG" and m.value and m is not skip}
    if skip is not None:
        names.discard(skip.value)
    return names.pop() if len(names) == 1 else None


def _appositive_org(ctx: Ctx, clause: Clause) -> str | None:
    """Company an appositive ties the subject to ("Pang, Apple's top executive, ...")."""
    if not clause.appositive:
        return None
    found = placeholders(clause.appositive, "O")
    mention = ctx.get(found[0]) if found else None
    return mention.value if mention else None


def _succession(ctx: Ctx, clause: Clause, rule: Rule, match: re.Match[str], person: str) -> list[Draft]:
    """A predecessor's draft, completed by :mod:`succession` from what the successor holds.

    Titles named in the sentence are settled here: "replaces interim CTO Whitaker" ends
    Whitaker's title, "succeeds Hale as CEO" ends Hale's and starts the successor's.
    """
    old = ctx.get(group(match, "mgr") or group(match, "mgr2"))
    if old is None or not old.value or old.value == person:
        # The predecessor is unresolved (or a pronoun resolved to the successor): the
        # successor still takes the title the sentence names ("will succeed him as CFO").
        title = ctx.get(group(match, "role"))
        if title is None or not title.value or title.former:
            return []
        return title_facts(ctx, rule, person, title, title.org, {})
    date = date_near(ctx, clause.text, match.start("verb" if group(match, "verb") else "verb2"))
    when = date.value if date is not None else None
    out = [make_draft(ctx, rule, "LEADS", old.value, until=when, extra={"successor": person})]
    led = ctx.get(group(match, "team"))
    if led is not None and led.value:
        # "replaces P as head of the cloud team": the successor leads the team from the handover.
        since = {"since": when} if when else {}
        out.append(make_draft(ctx, rule, "LEADS", person, org=led.org, team=led.value, **since))
        out[-1].method = "succession+team"  # the successor's own lead, which the predecessor's draft copies
    for slot, holder in (("role0", old.value), ("role", old.value), ("role", person)):
        title = ctx.get(group(match, slot))
        if title is not None and title.value and not title.former:
            dates = {"until": when} if holder == old.value else {"since": when}
            if title.team and LEAD_TITLE.match(title.value):
                # "takes over from P as head of the cloud team": a team led, not a rank held.
                if holder == person:
                    out.append(make_draft(ctx, rule, "LEADS", holder, org=title.org, team=title.team, **dates))
                    out[-1].method = "succession+team"
                continue
            out.append(make_draft(ctx, rule, "ROLE", holder, title=title.value, org=title.org, **dates))
            out[-1].extra["successor" if holder == old.value else "predecessor"] = (
                person if holder == old.value else old.value
            )
    return out


def _leads(ctx: Ctx, clause: Clause, rule: Rule, match: re.Match[str], person: str) -> list[Draft]:
    """LEADS of a team; "will now be run by X" is a succession dated at publication."""
    if rule.name == "succession":
        return _succession(ctx, clause, rule, match, person)
    if rule.name == "its_head":
        return _antecedent_lead(ctx, rule, match, person)
    others = [ctx.get(p) for p in placeholders(group(match, "teams") or "", "T")]
    team = ctx.get(group(match, "team") or group(match, "unit"))
    if team is None:
        return []
    if others:
        # Coordinated teams ("the search and ads teams ... under P"): each is led alike.
        return [d for t in [*others, team] if t is not None for d in _leads_one(ctx, clause, rule, match, person, t)]
    return _leads_one(ctx, clause, rule, match, person, team)


def _leads_one(
    ctx: Ctx, clause: Clause, rule: Rule, match: re.Match[str], person: str, team: Mention
) -> list[Draft]:
    """LEADS of one team mention (a division named as a company is a team of its parent)."""
    if team.kind == "ORG":
        # A division named as a company ("runs Google DeepMind") is a team of its parent.
        if not team.team:
            return []
        team = Mention("TEAM", team.start, team.end, team.team, org=team.value)
    owner = _holder_company(ctx, person, team)
    if owner is not None and owner != team.org:
        team = Mention("TEAM", team.start, team.end, team.value, org=owner, size=team.size)
    zone = (group(match, "aux") or "") + " " + (group(match, "verb") or "")
    succession = bool(_SUCCESSION.search(zone))
    date = date_near(ctx, clause.text, match.start())
    since = date.value if date is not None else None
    dates: dict[str, object] = {"since": since}
    if date is not None and _ENDS_AT.search(ctx.analysis.doc.text[max(0, date.start - 8) : date.end]):
        dates = {"until": since}  # "headed X until 2023" ends the leadership then
    draft = make_draft(ctx, rule, "LEADS", person, org=team.org, team=team.value,
                       team_size=team.size, succession=succession, **dates)  # fmt: skip
    if rule.name == "title_in_charge":
        draft.extra["with_hire"] = "1"  # "appointed P as VP in charge of X": starts with the post
    return [draft]


# "until" before the date, or opening the date's own span ("until March").
_ENDS_AT = re.compile(r"\b(?:until|till|through)\s+(?:[^\s]+\s*){0,3}$", re.I)


_OWNED_BEFORE = re.compile(r"(?:['\u2019]s|\b(?:its|their))\s+(?:[\w-]+\s+){0,2}$")
_OWNED_AFTER = re.compile(r"^\s+(?:at|of|within|inside)\s+(?:the\s+)?$")


def _holder_company(ctx: Ctx, person: str, team: Mention) -> str | None:
    """The company of "xAI's Zhang Hao, who heads the Grok voice team": a team no company
    is named for belongs to the company the leader is introduced by."""
    text = ctx.analysis.doc.text
    if _OWNED_BEFORE.search(text[max(0, team.start - 40) : team.start]):
        return None
    index = next((i for i, m in enumerate(ctx.mentions) if m is team), None)
    after = ctx.mentions[index + 1] if index is not None and index + 1 < len(ctx.mentions) else None
    if after is not None and after.kind == "ORG" and _OWNED_AFTER.match(text[team.end : after.start]):
        return None
    for i, mention in enumerate(ctx.mentions[1:], start=1):
        before = ctx.mentions[i - 1]
        if (
            mention.kind == "PER"
            and mention.value == person
            and not mention.anaphor
            and before.kind == "ORG"
            and re.fullmatch(r"['\u2019]s\s+", text[before.end : mention.start])
        ):
            return before.value
    return None


def _antecedent_lead(ctx: Ctx, rule: Rule, match: re.Match[str], person: str) -> list[Draft]:
    """ "Its head, Jo Park": LEADS of the team "its" points back to, the latest team or
    company named before it in this sentence, else in the previous one, when that is a team."""
    its = re.search(r"\b(?:its|their)\b", match.group(0), re.I)
    cut = match.start() + (its.start() if its else 0)
    here = [ctx.get(p) for p in PLACEHOLDER_ANY.findall(match.string[:cut])]
    units = [m for m in here if m is not None and m.kind in ("TEAM", "ORG")]
    # "The team is part of X's infrastructure group, and its head ...": "its" is the
    # team the sentence opened with, its subject, rather than the nearest one.
    subject = _TEAM_SUBJECT.match(match.string)
    if subject:
        units = [m for m in [ctx.get(subject.group(1))] if m is not None]
    if not units:
        index = ctx.analysis.sentences.index(ctx.sentence)
        previous = ctx.analysis.in_sentence(ctx.analysis.sentences[index - 1]) if index else []
        units = [m for m in previous if m.kind in ("TEAM", "ORG")]
    org, team, size = target(units[-1] if units else None)
    if not team:
        return []
    return [make_draft(ctx, rule, "LEADS", person, org=org, team=team, team_size=size)]


PLACEHOLDER_ANY = re.compile(r"⟨[POTRDU]\d+⟩")
_TEAM_SUBJECT = re.compile(r"^[\W_]*(?:the\s+)?(?:⟨O\d+⟩'s?\s+)?(⟨T\d+⟩)")


def _reports(ctx: Ctx, clause: Clause, rule: Rule, match: re.Match[str], person: str) -> list[Draft]:
    """REPORTS_TO between two named people."""
    names = [match.group("mgr"), *placeholders(group(match, "more") or "", "P")]
    managers = [m.value for m in map(ctx.get, names) if m is not None and m.value and m.value != person]
    # A reporting line starts on a date only when its own clause sets it up ("from
    # September 1 she will report to ...", "joining X next month, reporting to ...").
    date = date_near(ctx, clause.text, match.start("mgr"))
    # The date itself may carry the start word: "Since January, Ortega has reported to Wu".
    opens = date is not None and _LINE_STARTS.match(ctx.analysis.doc.text, date.start)
    since = date.value if date is not None and (opens or _LINE_STARTS.search(clause.text)) else None
    return [make_draft(ctx, rule, "REPORTS_TO", person, manager=name, since=since) for name in dict.fromkeys(managers)]


_LINE_STARTS = re.compile(r"\b(?:will|join(?:s|ed|ing)?|start(?:s|ed|ing)?|since|from|begin(?:s|ning)?)\b", re.I)


_HANDLERS = {
    "JOINED": _joined,
    "LEFT": _left,
    "LEADS": _leads,
    "REPORTS_TO": _reports,
    "ROLE": role_facts,
}
