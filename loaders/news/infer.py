"""Document-level inference over draft facts.

One sentence rarely says everything: "is leaving for Meta" does not repeat which company
is left, "will now be run by Chen" ends the predecessor's leadership, and "after eight
years" dates a join nobody reported. These steps fill such gaps from the rest of the report.
"""

from __future__ import annotations

from orgraph.loaders.news.analyze import Analysis
from orgraph.loaders.news.dates import month_of
from orgraph.loaders.news.moves import complete_moves
from orgraph.loaders.news.posts import destinations_from_present_posts, moves_from_new_posts, origin_elsewhere
from orgraph.loaders.news.relations import Draft
from orgraph.loaders.news.succession import close_handovers, resolve_successions
from orgraph.loaders.news.tenure import Tenure, date_leaderships, derived_joins, find_tenures

DEFAULT_DATE_PENALTY = 0.15


def infer(drafts: list[Draft], analysis: Analysis) -> list[Draft]:
    """Fill unnamed companies, default dates, end dates, derived joins and team names."""
    drafts = resolve_successions(drafts)
    _fill_companies(drafts, analysis)
    _predecessor_titles(drafts)
    drafts = _name_unnamed_teams(drafts, analysis)
    tenures = find_tenures(analysis)
    _origin_from_affiliation(drafts, tenures)
    drafts += moves_from_new_posts(drafts, tenures)
    destinations_from_present_posts(drafts)
    drafts = complete_moves(drafts)
    _start_posts_with_hire(drafts)
    # After the moves: a manager's company is where the person reporting to them is going.
    _managers_company(drafts)
    _fill_default_dates(drafts, analysis)
    drafts = complete_moves(drafts)
    drafts += derived_joins(drafts, analysis)
    _end_predecessors(drafts, analysis)
    drafts = _former_titles_of_departures(drafts)
    _end_leadership_on_departure(drafts)
    close_handovers(drafts)
    _handover_at_successor_start(drafts)
    date_leaderships(drafts, analysis)
    return drafts


def _start_posts_with_hire(drafts: list[Draft]) -> None:
    """A title or team taken on with a hire ("hired X to lead its Y") starts when the hire
    does, once another sentence of the report dates the arrival."""
    for post in drafts:
        if not post.extra.get("with_hire") or post.since or post.until:
            continue
        dates = {d.date for d in drafts if d.type == "JOINED" and d.person == post.person
                 and d.org == post.org and d.sentence == post.sentence and d.date}  # fmt: skip
        if len(dates) == 1:
            post.since = dates.pop()


def _handover_at_successor_start(drafts: list[Draft]) -> None:
    """A team handed over on no stated day ("takes the reins of X from P") passes when the
    successor's leadership of it starts, once another sentence dates that start."""
    for old in drafts:
        successor = old.extra.get("successor")
        if old.method != "succession" or old.type != "LEADS" or old.until or not successor or not old.team:
            continue
        starts = {d.since for d in drafts if d.person == successor and d.type == "LEADS"
                  and d.team == old.team and d.since and d.method != "succession"}  # fmt: skip
        if len(starts) == 1:
            old.until = starts.pop()


def _predecessor_titles(drafts: list[Draft]) -> None:
    """ "Kumar's predecessor as CTO, Park, ...": Park's title was at Kumar's company."""
    for held in drafts:
        successor = held.extra.get("title_of")
        if not successor:
            continue
        orgs = {d.org for d in drafts if d.person == successor and d.type in ("ROLE", "LEADS") and d.org}
        if len(orgs) == 1:
            held.org = orgs.pop()
            held.extra.pop("org_guess", None)


def _fill_companies(drafts: list[Draft], analysis: Analysis) -> None:
    """Give a departure with no company named the company the person is tied to."""
    tenures = find_tenures(analysis)
    for draft in drafts:
        if draft.type == "LEFT" and draft.needs_org and draft.org is None:
            stay = next((t.org for t in tenures if t.sentence == draft.sentence and t.person == draft.person
                         and t.org and t.org != draft.to_org), None)  # fmt: skip
            draft.org = draft.context_org or stay or _sentence_company(drafts, draft, analysis)
            draft.org = draft.org or _known_org(drafts, draft) or _focus(analysis, draft)
            draft.confidence -= 0.1
            if draft.to_org == draft.org:
                draft.to_org = None
    for draft in drafts:
        if draft.type == "JOINED" and draft.org is None:
            draft.org = _joined_org(drafts, draft)
    # An appointment ("named X to lead ...") is a hire only when a move is reported too.
    # ... or when the person is tied to another company ("Park spent 14 years at X").
    moved = {d.person for d in drafts if d.type in ("JOINED", "LEFT") and not d.extra.get("appointed_only")}
    moved |= {d.person for d in drafts if d.extra.get("appointed_only") and d.org
              and origin_elsewhere(drafts, tenures, d.person, d.org, d.sentence)}  # fmt: skip
    drafts[:] = [d for d in drafts if not (d.extra.get("appointed_only") and d.person not in moved)]
    for draft in drafts:
        if draft.type == "ROLE" and draft.org is None:
            draft.org = _move_org_here(drafts, draft) or _new_post_org(drafts, draft, analysis.focus_org)
            draft.org = draft.org or _known_org(drafts, draft) or analysis.focus_org
    for draft in drafts:
        if draft.type == "JOINED" and draft.extra.get("from_needs_org"):
            sources = [d for d in drafts if d.type == "LEFT" and d.person == draft.person
                       and d.to_org == draft.org and d.sentence == draft.sentence]  # fmt: skip
            draft.from_org = sources[0].org if sources else None


def _sentence_company(drafts: list[Draft], left: Draft, analysis: Analysis) -> str | None:
    """The one company a departure's sentence names other than where the person went
    ("was let go last month amid delays in Acme's update program")."""
    gone_to = {left.to_org} | {d.org for d in drafts if d.type == "JOINED" and d.person == left.person
                               and d.sentence == left.sentence}  # fmt: skip
    names = {m.value for m in analysis.in_sentence(left.sentence) if m.kind == "ORG" and m.value} - gone_to
    return names.pop() if len(names) == 1 else None


def _origin_from_affiliation(drafts: list[Draft], tenures: list[Tenure]) -> None:
    """A hire described in the same sentence as working elsewhere came from there.

    "Meta hired Jo Park, a research scientist at Google" and "hired Jo Park, who led
    Apple's vision group" both name where the person worked when hired.
    """
    for joined in drafts:
        if joined.type != "JOINED" or joined.from_org or not joined.org:
            continue
        elsewhere = {
            d.org
            for d in drafts
            if d.sentence == joined.sentence and d.person == joined.person
            and d.type in ("ROLE", "LEADS") and d.org and d.org != joined.org and d.since is None
        }  # fmt: skip
        if not elsewhere:
            # "a 17-year veteran of AWS", "had been at Ubisoft for ten years"
            elsewhere = {t.org for t in tenures if t.person == joined.person and t.org and t.org != joined.org}
        if len(elsewhere) == 1:
            joined.from_org = elsewhere.pop()


def _managers_company(drafts: list[Draft]) -> None:
    """ "Park will report to chief executive Lee": an untied title of a manager is held at
    the company where the person reporting to them works (or is going)."""
    for held in drafts:
        if held.type not in ("ROLE", "LEADS") or not held.extra.get("org_guess"):
            continue
        reporters = {d.person for d in drafts if d.type == "REPORTS_TO" and d.manager == held.person
                     and d.sentence == held.sentence}  # fmt: skip
        orgs = {org for person in reporters if (org := _workplace(drafts, person))}
        # The sentence's only company ("At Acme she will report to CEO Lee") beats a guess
        # from the reporter's record, which may still name their previous employer.
        if len(orgs) == 1 and (held.org is None or held.extra.get("org_from") != "sentence"
                               or held.org in _past_employers(drafts, reporters)):  # fmt: skip
            held.org = orgs.pop()


def _past_employers(drafts: list[Draft], people: set[str]) -> set[str]:
    """Companies ``people`` left or came from ("a veteran of Zenith, will report to ...")."""
    left = {d.org for d in drafts if d.type == "LEFT" and d.person in people and d.org}
    came = {d.from_org for d in drafts if d.type == "JOINED" and d.person in people and d.from_org}
    return left | came


def _workplace(drafts: list[Draft], person: str) -> str | None:
    """Where ``person`` works now: the company they joined, else one where a title or team
    of theirs is open."""
    joins = [d for d in drafts if d.type == "JOINED" and d.person == person and d.org
             and not d.method.startswith("duration")]  # fmt: skip
    if joins:
        return max(joins, key=lambda d: d.date or "").org
    held = [d.org for d in drafts if d.person == person and d.type in ("ROLE", "LEADS") and d.org
            and d.until is None and not d.extra.get("org_guess")]  # fmt: skip
    return held[-1] if len(set(held)) == 1 else None


def _new_post_org(drafts: list[Draft], post: Draft, focus: str | None) -> str | None:
    """A post taken up ("will take over as CFO on May 1") by someone whose current job the
    sentence names elsewhere ("currently treasurer at X") is at the report's company."""
    if not post.since or focus is None:
        return None
    current = {d.org for d in drafts if d.person == post.person and d.sentence == post.sentence
               and d.type in ("ROLE", "LEADS") and d.org and d.since is None}  # fmt: skip
    return focus if current and focus not in current else None


def _move_org_here(drafts: list[Draft], target: Draft) -> str | None:
    """The company a person joins in the same sentence ("started on Monday as VP")."""
    for draft in drafts:
        if draft.type == "JOINED" and draft.person == target.person and draft.sentence == target.sentence:
            return draft.org
    return None


def _joined_org(drafts: list[Draft], target: Draft) -> str | None:
    """Where a person went, for "he starts on Monday" / "joins from X": the company of
    another report of their move."""
    for draft in drafts:
        if draft.person != target.person or draft is target:
            continue
        if draft.type == "JOINED" and draft.org and draft.org != target.from_org:
            return draft.org
        if draft.type == "LEFT" and draft.to_org and draft.to_org != target.from_org:
            return draft.to_org
    for draft in drafts:
        if draft.person == target.person and draft.type in ("ROLE", "LEADS") and draft.org != target.from_org:
            return draft.org
    return None


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
    """Date moves under way ("is leaving") at the publication month when the rest of the
    report gives no date; other facts get no date from the publication (a "will now be
    run by" successor has no known start)."""
    month = month_of(analysis.doc.published)
    for draft in drafts:
        if draft.default_date and draft.date is None:
            draft.date, draft.precision = month, "month"
            draft.confidence -= DEFAULT_DATE_PENALTY


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
    """The single named team of ``org`` that shares a sentence with ``person``.

    A team named with a team noun ("the AFM group") beats a bare area phrase ("in charge
    of its AI models"): the area says what the team works on, the noun names the team.
    """
    names: list[str] = []
    areas: list[str] = []
    for sentence in analysis.sentences:
        mentions = analysis.in_sentence(sentence)
        if not any(m.kind == "PER" and m.value == person for m in mentions):
            continue
        for m in mentions:
            if m.kind == "TEAM" and m.value and m.org == org:
                found = areas if m.extra.get("area") else names
                if m.value not in found:
                    found.append(m.value)
    names = names or areas
    return names[0] if len(names) == 1 else None


def _end_predecessors(drafts: list[Draft], analysis: Analysis) -> None:
    """When a team gets a new leader, end the earlier leader's LEADS at that date."""
    for new in drafts:
        if new.type != "LEADS" or not new.succession or not new.since:
            continue
        for old in drafts:
            if (old.type == "LEADS" and old.team == new.team and old.person != new.person
                    and old.until is None and not old.succession):  # fmt: skip
                old.until = new.since


def _former_titles_of_departures(drafts: list[Draft]) -> list[Draft]:
    """Keep a former title ("formerly CFO at Acme") only where the report has the person leave
    that company: the departure then ends it. Without one, nothing says when it ended, and an
    open-ended title would read as held today."""
    left = {(d.person, d.org) for d in drafts if d.type == "LEFT" and d.org}
    kept = [d for d in drafts if not d.extra.get("former") or (d.person, d.org) in left]
    # "joins X from Y, where she was CFO" also reads as "she was CFO" of the sentence's company:
    # the title placed at Y by its own clause replaces that guess.
    def key(d: Draft) -> tuple[object, ...]:
        return (d.person, d.type, d.title, d.team, d.sentence.start)

    placed = {key(d) for d in kept if d.method.startswith("former_where")}
    return [d for d in kept if d.method.startswith("former_where") or key(d) not in placed]


def _end_leadership_on_departure(drafts: list[Draft]) -> None:
    """A person who left a company no longer holds its titles, teams or reporting lines.

    Only ties not known to start after the departure end ("joined from X, where she was
    director" ends; "rejoined X as CTO" does not).
    """
    for left in drafts:
        if left.type != "LEFT" or not left.date or not left.org:
            continue
        for held in drafts:
            if held.person != left.person or held.until is not None:
                continue
            if held.since and held.since >= left.date:
                continue
            same_org = held.type in ("LEADS", "ROLE") and held.org == left.org
            if same_org or (held.type == "REPORTS_TO" and _works_at(drafts, held.manager, left.org)):
                held.until = left.date


def _works_at(drafts: list[Draft], person: str | None, org: str) -> bool:
    """Tell whether some fact ties ``person`` to ``org`` (a title, a team, a join)."""
    return any(d.person == person and d.org == org and d.type in ("ROLE", "LEADS", "JOINED") for d in drafts)
