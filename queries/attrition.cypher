// Attrition: who left, how many, from where to where, in what clusters, and who came back.
// A test on parameters alone ($team = '') sits in a WITH ... WHERE, never in a MATCH's WHERE:
// the embedded engine silently drops a MATCH predicate that names no variable.
// Exits are WORKED_AT edges that ended; where someone went is the edge's `to_org`, or else a
// later employment that names this company as `from_org`. Periods are closed-open
// [since, until). Tenure is returned as its two ends (joined, left_on) with their precisions:
// the engines do date arithmetic differently, and the Python API adds `tenure_years`.

// name: departures
// params: company, team, since: date, until: date
// returns: many
// Who left a company (`company` id; '' for every company) or one of its teams (`team` id;
// '' for any) in [since, until): their teams at exit, role, when they joined and left, and
// where they went (destination empty when unknown).
// A person's team at exit is a team of that company whose lead or membership held up to the
// exit: it started before the exit and ended on or after it (or is open).
MATCH (p:Person)-[w:WORKED_AT]->(c:Company)
WHERE w.status = 'accepted' AND w.valid_to IS NOT NULL AND w.valid_to >= $since AND w.valid_to < $until
  AND ($company = '' OR c.id = $company)
  AND ($team = '' OR EXISTS {
        MATCH (p)-[x0:LEADS|MEMBER_OF]->(t0:Team)
        WHERE t0.id = $team AND t0.company = c.id AND x0.status = 'accepted' AND (x0.valid_from IS NULL OR x0.valid_from < w.valid_to)
  AND (x0.valid_to IS NULL OR x0.valid_to >= w.valid_to) })
OPTIONAL MATCH (p)-[x:LEADS|MEMBER_OF]->(t:Team)
WHERE t.company = c.id AND x.status = 'accepted' AND (x.valid_from IS NULL OR x.valid_from < w.valid_to)
  AND (x.valid_to IS NULL OR x.valid_to >= w.valid_to)
OPTIONAL MATCH (dest:Company {id: w.to_org})
OPTIONAL MATCH (p)-[n:WORKED_AT]->(nxt:Company)
WHERE n.status = 'accepted' AND n.from_org = c.id AND nxt.id <> c.id
  AND (n.valid_to IS NULL OR n.valid_to > w.valid_to)
RETURN p.id AS person_id, p.name AS person, c.id AS company_id, c.name AS company,
       coalesce(collect(DISTINCT t.name), []) AS teams, w.role AS role,
       w.valid_from AS joined, w.valid_from_precision AS joined_precision,
       w.valid_to AS left_on, w.valid_to_precision AS left_precision,
       coalesce(dest.id, nxt.id) AS destination_id, coalesce(dest.name, nxt.name) AS destination
ORDER BY left_on, person

// name: tenure_at_exit
// params: company, team, since: date, until: date
// returns: many
// Tenure of the people who left in [since, until) and whose start is known: both ends with
// their precisions, longest-serving first (earliest joined). The API and CLI add
// `tenure_years`; a year- or month-precise end makes it approximate to that precision.
// A person's team at exit is a team of that company whose lead or membership held up to the
// exit: it started before the exit and ended on or after it (or is open).
MATCH (p:Person)-[w:WORKED_AT]->(c:Company)
WHERE w.status = 'accepted' AND w.valid_to IS NOT NULL AND w.valid_to >= $since AND w.valid_to < $until
  AND w.valid_from IS NOT NULL
  AND ($company = '' OR c.id = $company)
  AND ($team = '' OR EXISTS {
        MATCH (p)-[x0:LEADS|MEMBER_OF]->(t0:Team)
        WHERE t0.id = $team AND t0.company = c.id AND x0.status = 'accepted' AND (x0.valid_from IS NULL OR x0.valid_from < w.valid_to)
  AND (x0.valid_to IS NULL OR x0.valid_to >= w.valid_to) })
OPTIONAL MATCH (p)-[x:LEADS|MEMBER_OF]->(t:Team)
WHERE t.company = c.id AND x.status = 'accepted' AND (x.valid_from IS NULL OR x.valid_from < w.valid_to)
  AND (x.valid_to IS NULL OR x.valid_to >= w.valid_to)
OPTIONAL MATCH (dest:Company {id: w.to_org})
OPTIONAL MATCH (p)-[n:WORKED_AT]->(nxt:Company)
WHERE n.status = 'accepted' AND n.from_org = c.id AND nxt.id <> c.id
  AND (n.valid_to IS NULL OR n.valid_to > w.valid_to)
RETURN p.id AS person_id, p.name AS person, c.id AS company_id, c.name AS company,
       coalesce(collect(DISTINCT t.name), []) AS teams, w.role AS role,
       w.valid_from AS joined, w.valid_from_precision AS joined_precision,
       w.valid_to AS left_on, w.valid_to_precision AS left_precision,
       coalesce(dest.id, nxt.id) AS destination_id, coalesce(dest.name, nxt.name) AS destination
ORDER BY joined, person

// name: attrition_rate
// params: company, team, since: date, until: date, count_named: bool
// returns: many
// Separations in [since, until) divided by average headcount, per team of a company (and one
// row per company when no team is asked for). The denominator is, in order: the team size
// stated in reports (LEADS or PART_OF `headcount` on edges overlapping the period, averaged;
// basis 'stated'); else, when `count_named` is true, the average of the people named on the
// team (or at the company) at `since` and at `until` (basis 'named': right for complete HR
// exports, an undercount for news); else none: `no_denominator` is true, `rate` is null and
// the separations count stands alone.
// A team's separations are people who left the company from it (see departures). The stated
// size is spelled out as coalesce(led_size, part_size) at each use: the embedded engine fails
// ("Cannot evaluate expression with type PROPERTY") when a WITH alias of it is used twice.
MATCH (t:Team)
WHERE ($company = '' OR t.company = $company) AND ($team = '' OR t.id = $team)
OPTIONAL MATCH (p:Person)-[x:LEADS|MEMBER_OF]->(t), (p)-[w:WORKED_AT]->(c:Company)
WHERE c.id = t.company AND w.status = 'accepted' AND w.valid_to IS NOT NULL AND w.valid_to >= $since AND w.valid_to < $until
  AND x.status = 'accepted' AND (x.valid_from IS NULL OR x.valid_from < w.valid_to)
  AND (x.valid_to IS NULL OR x.valid_to >= w.valid_to)
WITH t, count(DISTINCT p) AS separations
OPTIONAL MATCH (a:Person)-[xa:LEADS|MEMBER_OF]->(t)
WHERE xa.status = 'accepted' AND (xa.valid_from IS NULL OR xa.valid_from <= $since) AND (xa.valid_to IS NULL OR xa.valid_to > $since)
WITH t, separations, count(DISTINCT a) AS named_start
OPTIONAL MATCH (b:Person)-[xb:LEADS|MEMBER_OF]->(t)
WHERE xb.status = 'accepted' AND (xb.valid_from IS NULL OR xb.valid_from <= $until) AND (xb.valid_to IS NULL OR xb.valid_to > $until)
WITH t, separations, named_start, count(DISTINCT b) AS named_end
OPTIONAL MATCH (:Person)-[l:LEADS]->(t)
WHERE l.status = 'accepted' AND l.headcount IS NOT NULL
  AND (l.valid_from IS NULL OR l.valid_from < $until) AND (l.valid_to IS NULL OR l.valid_to > $since)
WITH t, separations, named_start, named_end, avg(l.headcount) AS led_size
OPTIONAL MATCH (t)-[s:PART_OF]->(:Company)
WHERE s.status = 'accepted' AND s.headcount IS NOT NULL
  AND (s.valid_from IS NULL OR s.valid_from < $until) AND (s.valid_to IS NULL OR s.valid_to > $since)
WITH t, separations, named_start, named_end, led_size, avg(s.headcount) AS part_size
RETURN 'team' AS unit_kind, t.id AS unit_id, t.name AS unit, separations AS separations,
       named_start AS named_start, named_end AS named_end, coalesce(led_size, part_size) AS stated_headcount,
       CASE WHEN coalesce(led_size, part_size, 0) > 0 THEN 'stated'
            WHEN $count_named AND named_start + named_end > 0 THEN 'named' ELSE 'none' END AS basis,
       CASE WHEN coalesce(led_size, part_size, 0) > 0 THEN 1.0 * separations / coalesce(led_size, part_size)
            WHEN $count_named AND named_start + named_end > 0 THEN 2.0 * separations / (named_start + named_end)
       END AS rate,
       NOT (coalesce(led_size, part_size, 0) > 0 OR ($count_named AND named_start + named_end > 0)) AS no_denominator
ORDER BY unit
UNION ALL
MATCH (c:Company)
WHERE $company = '' OR c.id = $company
WITH c
WHERE $team = ''
OPTIONAL MATCH (p:Person)-[w:WORKED_AT]->(c)
WHERE w.status = 'accepted' AND w.valid_to IS NOT NULL AND w.valid_to >= $since AND w.valid_to < $until
WITH c, count(DISTINCT p) AS separations
OPTIONAL MATCH (a:Person)-[wa:WORKED_AT]->(c)
WHERE wa.status = 'accepted' AND (wa.valid_from IS NULL OR wa.valid_from <= $since) AND (wa.valid_to IS NULL OR wa.valid_to > $since)
WITH c, separations, count(DISTINCT a) AS named_start
OPTIONAL MATCH (b:Person)-[wb:WORKED_AT]->(c)
WHERE wb.status = 'accepted' AND (wb.valid_from IS NULL OR wb.valid_from <= $until) AND (wb.valid_to IS NULL OR wb.valid_to > $until)
WITH c, separations, named_start, count(DISTINCT b) AS named_end
RETURN 'company' AS unit_kind, c.id AS unit_id, c.name AS unit, separations AS separations,
       named_start AS named_start, named_end AS named_end, CASE WHEN false THEN 0.0 END AS stated_headcount,
       CASE WHEN $count_named AND named_start + named_end > 0 THEN 'named' ELSE 'none' END AS basis,
       CASE WHEN $count_named AND named_start + named_end > 0 THEN 2.0 * separations / (named_start + named_end)
       END AS rate,
       NOT ($count_named AND named_start + named_end > 0) AS no_denominator
ORDER BY unit

// name: talent_flow
// params: company, since: date, until: date
// returns: many
// The company-to-company matrix of moves in [since, until), one row per (from, to) pair with
// how many people moved and who. A move is stated either on the employment that ended
// (`to_org`) or on the one that began (`from_org`); a person's move stated both ways counts
// once. `company` ('' for all) keeps moves into or out of that company.
MATCH (p:Person)-[w:WORKED_AT]->(c:Company)
WHERE w.status = 'accepted'
UNWIND [1, 2] AS side
WITH p, CASE side WHEN 1 THEN c.id ELSE w.from_org END AS src,
     CASE side WHEN 1 THEN w.to_org ELSE c.id END AS dst,
     CASE side WHEN 1 THEN w.valid_to ELSE w.valid_from END AS moved_on
WHERE src IS NOT NULL AND dst IS NOT NULL AND moved_on IS NOT NULL AND src <> dst
  AND moved_on >= $since AND moved_on < $until
  AND ($company = '' OR src = $company OR dst = $company)
WITH DISTINCT p, src, dst
MATCH (a:Company {id: src}), (b:Company {id: dst})
RETURN a.id AS from_id, a.name AS from_company, b.id AS to_id, b.name AS to_company,
       count(p) AS moves, collect(p.name) AS people
ORDER BY moves DESC, from_company, to_company

// name: exit_clusters
// params: company, team, min_exits: int, within_days: int, since: date, until: date
// returns: many
// Strings of exits: `min_exits` or more people leaving one team within `within_days` days, in
// [since, until). A cluster is counted from its first exit (one with no exit from the same
// team in the `within_days` days before it) over the `within_days` days that follow; it
// lists the people and the first and last exit dates. Team at exit as in departures.
// max() comes before the DISTINCT aggregates: the embedded engine returns null for a plain
// aggregate that follows a DISTINCT one in the same WITH.
// Adding days to a date is written differently by each engine (here: `to_days`); the
// Neo4j variant below uses `duration`.
MATCH (p:Person)-[x:LEADS|MEMBER_OF]->(t:Team), (p)-[w:WORKED_AT]->(c:Company)
WHERE c.id = t.company AND ($company = '' OR c.id = $company) AND ($team = '' OR t.id = $team)
  AND w.status = 'accepted' AND w.valid_to IS NOT NULL AND w.valid_to >= $since AND w.valid_to < $until
  AND x.status = 'accepted' AND (x.valid_from IS NULL OR x.valid_from < w.valid_to)
  AND (x.valid_to IS NULL OR x.valid_to >= w.valid_to)
  AND NOT EXISTS {
        MATCH (p0:Person)-[x0:LEADS|MEMBER_OF]->(t), (p0)-[w0:WORKED_AT]->(c)
        WHERE w0.status = 'accepted' AND w0.valid_to IS NOT NULL AND w0.valid_to < w.valid_to
          AND w0.valid_to + to_days($within_days) > w.valid_to
          AND x0.status = 'accepted' AND (x0.valid_from IS NULL OR x0.valid_from < w0.valid_to)
  AND (x0.valid_to IS NULL OR x0.valid_to >= w0.valid_to) }
WITH DISTINCT t, c, w.valid_to AS first_exit
MATCH (q:Person)-[xq:LEADS|MEMBER_OF]->(t), (q)-[wq:WORKED_AT]->(c)
WHERE wq.status = 'accepted' AND wq.valid_to IS NOT NULL AND wq.valid_to >= first_exit
  AND wq.valid_to < first_exit + to_days($within_days)
  AND xq.status = 'accepted' AND (xq.valid_from IS NULL OR xq.valid_from < wq.valid_to)
  AND (xq.valid_to IS NULL OR xq.valid_to >= wq.valid_to)
WITH t, first_exit, max(wq.valid_to) AS last_exit, count(DISTINCT q) AS exits, collect(DISTINCT q.name) AS people
WHERE exits >= $min_exits
RETURN t.id AS team_id, t.name AS team, t.company AS company_id, first_exit AS first_exit, last_exit AS last_exit,
       exits AS exits, people AS people
ORDER BY first_exit, team

// name: exit_clusters
// params: company, team, min_exits: int, within_days: int, since: date, until: date
// returns: many
// dialect: neo4j
// Neo4j form of exit_clusters: the same query with `duration({days: n})` for adding days to
// a date, which the embedded engine does not have (it has `to_days`, which Neo4j lacks).
MATCH (p:Person)-[x:LEADS|MEMBER_OF]->(t:Team), (p)-[w:WORKED_AT]->(c:Company)
WHERE c.id = t.company AND ($company = '' OR c.id = $company) AND ($team = '' OR t.id = $team)
  AND w.status = 'accepted' AND w.valid_to IS NOT NULL AND w.valid_to >= $since AND w.valid_to < $until
  AND x.status = 'accepted' AND (x.valid_from IS NULL OR x.valid_from < w.valid_to)
  AND (x.valid_to IS NULL OR x.valid_to >= w.valid_to)
  AND NOT EXISTS {
        MATCH (p0:Person)-[x0:LEADS|MEMBER_OF]->(t), (p0)-[w0:WORKED_AT]->(c)
        WHERE w0.status = 'accepted' AND w0.valid_to IS NOT NULL AND w0.valid_to < w.valid_to
          AND w0.valid_to + duration({days: $within_days}) > w.valid_to
          AND x0.status = 'accepted' AND (x0.valid_from IS NULL OR x0.valid_from < w0.valid_to)
  AND (x0.valid_to IS NULL OR x0.valid_to >= w0.valid_to) }
WITH DISTINCT t, c, w.valid_to AS first_exit
MATCH (q:Person)-[xq:LEADS|MEMBER_OF]->(t), (q)-[wq:WORKED_AT]->(c)
WHERE wq.status = 'accepted' AND wq.valid_to IS NOT NULL AND wq.valid_to >= first_exit
  AND wq.valid_to < first_exit + duration({days: $within_days})
  AND xq.status = 'accepted' AND (xq.valid_from IS NULL OR xq.valid_from < wq.valid_to)
  AND (xq.valid_to IS NULL OR xq.valid_to >= wq.valid_to)
WITH t, first_exit, max(wq.valid_to) AS last_exit, count(DISTINCT q) AS exits, collect(DISTINCT q.name) AS people
WHERE exits >= $min_exits
RETURN t.id AS team_id, t.name AS team, t.company AS company_id, first_exit AS first_exit, last_exit AS last_exit,
       exits AS exits, people AS people
ORDER BY first_exit, team

// name: boomerangs
// params: company
// returns: many
// People who left a company and later came back (`company` id; '' for any): when they left,
// where they went (if known) and when they returned. Each return is paired with the stint
// just before it.
MATCH (p:Person)-[a:WORKED_AT]->(c:Company), (p)-[b:WORKED_AT]->(c)
WHERE ($company = '' OR c.id = $company) AND a.status = 'accepted' AND b.status = 'accepted'
  AND a.id <> b.id AND a.valid_to IS NOT NULL AND b.valid_from IS NOT NULL AND b.valid_from >= a.valid_to
  AND NOT EXISTS {
        MATCH (p)-[m:WORKED_AT]->(c)
        WHERE m.status = 'accepted' AND m.id <> a.id AND m.valid_from IS NOT NULL
          AND m.valid_from >= a.valid_to AND m.valid_from < b.valid_from }
OPTIONAL MATCH (went:Company {id: a.to_org})
RETURN p.id AS person_id, p.name AS person, c.id AS company_id, c.name AS company,
       a.valid_to AS left_on, a.valid_to_precision AS left_precision, went.name AS went_to,
       b.valid_from AS returned_on, b.valid_from_precision AS returned_precision
ORDER BY returned_on, person

// name: inflows
// params: company, team, since: date, until: date
// returns: many
// Who joined a company (`company` id; '' for any) in [since, until) and where they came from
// (`from_company`: the employment's `from_org`, or an earlier employment whose `to_org` names
// this company). With `team` set to a team id: who joined that team, from which other team of
// the company (`from_team`: their latest team tie that ended by then) or from which company.
MATCH (p:Person)-[w:WORKED_AT]->(c:Company)
WHERE ($company = '' OR c.id = $company) AND w.status = 'accepted'
  AND w.valid_from IS NOT NULL AND w.valid_from >= $since AND w.valid_from < $until
WITH p, w, c
WHERE $team = ''
OPTIONAL MATCH (src:Company {id: w.from_org})
OPTIONAL MATCH (p)-[w0:WORKED_AT]->(prev:Company)
WHERE w0.status = 'accepted' AND w0.to_org = c.id AND prev.id <> c.id
RETURN DISTINCT p.id AS person_id, p.name AS person, c.name AS joined, w.valid_from AS joined_on,
       w.valid_from_precision AS joined_precision, coalesce(src.name, prev.name) AS from_company,
       CASE WHEN false THEN '' END AS from_team
ORDER BY joined_on, person
UNION ALL
MATCH (p:Person)-[x:LEADS|MEMBER_OF]->(t:Team)
WHERE t.id = $team AND x.status = 'accepted'
  AND x.valid_from IS NOT NULL AND x.valid_from >= $since AND x.valid_from < $until
OPTIONAL MATCH (p)-[y:LEADS|MEMBER_OF]->(u:Team)
WHERE u.id <> t.id AND u.company = t.company AND y.status = 'accepted'
  AND y.valid_to IS NOT NULL AND y.valid_to <= x.valid_from
  AND NOT EXISTS {
        MATCH (p)-[y2:LEADS|MEMBER_OF]->(u2:Team)
        WHERE u2.id <> t.id AND u2.company = t.company AND y2.status = 'accepted'
          AND y2.valid_to IS NOT NULL AND y2.valid_to > y.valid_to AND y2.valid_to <= x.valid_from }
OPTIONAL MATCH (p)-[w:WORKED_AT]->(c:Company)
WHERE c.id = t.company AND w.status = 'accepted' AND w.valid_from = x.valid_from
OPTIONAL MATCH (src:Company {id: w.from_org})
RETURN DISTINCT p.id AS person_id, p.name AS person, t.name AS joined, x.valid_from AS joined_on,
       x.valid_from_precision AS joined_precision, src.name AS from_company, u.name AS from_team
ORDER BY joined_on, person

// name: attrition_by_period
// params: company, periods: list
// returns: many
// attrition_rate for many periods in one query, on the named basis (complete HR exports):
// `periods` is a list of {since, until} maps of ISO dates (say the forty quarters of ten
// years). One row per period and team of the company, then one per period for the company:
// separations in [since, until) (a team's are people who left the company from it, as in
// departures), the people named on the unit at `since` and at `until`, and
// rate = separations / their average (null when both are zero). A period in which a unit had
// nobody named at either end and lost nobody (all three counts zero) has no row: ten years of
// quarters over hundreds of teams would otherwise be mostly rows for teams not yet formed or
// long dissolved. Stated team sizes are not used here: see attrition_rate for those.
// Why the shape: each membership (or employment) is read once, paired only with the periods it
// overlaps, and reduced to one row per (period, unit, person) with max() flags before the
// counting; a count(DISTINCT ...) per period over an OPTIONAL MATCH per period and team made
// the engine re-read every team's members for every period (40 s instead of 5 s for ten years
// of a 100,000-position history). A person with two memberships or stints in one unit counts
// once, as in attrition_rate.
MATCH (a:Person)-[x:LEADS|MEMBER_OF]->(t:Team)
WHERE t.company = $company AND x.status = 'accepted'
OPTIONAL MATCH (a)-[w:WORKED_AT]->(c:Company)
WHERE c.id = $company AND w.status = 'accepted' AND w.valid_to IS NOT NULL
WITH a, x, t, CASE WHEN (x.valid_from IS NULL OR x.valid_from < w.valid_to)
                     AND (x.valid_to IS NULL OR x.valid_to >= w.valid_to) THEN w.valid_to END AS left_on
UNWIND $periods AS q
WITH a, x, t, left_on, date(q.since) AS since, date(q.until) AS until
WHERE (x.valid_from IS NULL OR x.valid_from <= until) AND (x.valid_to IS NULL OR x.valid_to >= since)
WITH since, until, t, a.id AS person,
     max(CASE WHEN left_on >= since AND left_on < until THEN 1 ELSE 0 END) AS s,
     max(CASE WHEN (x.valid_from IS NULL OR x.valid_from <= since) AND (x.valid_to IS NULL OR x.valid_to > since) THEN 1 ELSE 0 END) AS n0,
     max(CASE WHEN (x.valid_from IS NULL OR x.valid_from <= until) AND (x.valid_to IS NULL OR x.valid_to > until) THEN 1 ELSE 0 END) AS n1
WITH since, until, t, count(CASE WHEN s = 1 THEN 1 END) AS separations,
     count(CASE WHEN n0 = 1 THEN 1 END) AS named_start, count(CASE WHEN n1 = 1 THEN 1 END) AS named_end
RETURN since AS since, until AS until, 'team' AS unit_kind, t.id AS unit_id, t.name AS unit,
       separations AS separations, named_start AS named_start, named_end AS named_end,
       CASE WHEN named_start + named_end > 0 THEN 2.0 * separations / (named_start + named_end) END AS rate
ORDER BY since, unit
UNION ALL
MATCH (a:Person)-[w:WORKED_AT]->(c:Company {id: $company})
WHERE w.status = 'accepted'
UNWIND $periods AS q
WITH a, w, c, date(q.since) AS since, date(q.until) AS until
WHERE (w.valid_from IS NULL OR w.valid_from <= until) AND (w.valid_to IS NULL OR w.valid_to >= since)
WITH since, until, c, a.id AS person,
     max(CASE WHEN w.valid_to >= since AND w.valid_to < until THEN 1 ELSE 0 END) AS s,
     max(CASE WHEN (w.valid_from IS NULL OR w.valid_from <= since) AND (w.valid_to IS NULL OR w.valid_to > since) THEN 1 ELSE 0 END) AS n0,
     max(CASE WHEN (w.valid_from IS NULL OR w.valid_from <= until) AND (w.valid_to IS NULL OR w.valid_to > until) THEN 1 ELSE 0 END) AS n1
WITH since, until, c, count(CASE WHEN s = 1 THEN 1 END) AS separations,
     count(CASE WHEN n0 = 1 THEN 1 END) AS named_start, count(CASE WHEN n1 = 1 THEN 1 END) AS named_end
RETURN since AS since, until AS until, 'company' AS unit_kind, c.id AS unit_id, c.name AS unit,
       separations AS separations, named_start AS named_start, named_end AS named_end,
       CASE WHEN named_start + named_end > 0 THEN 2.0 * separations / (named_start + named_end) END AS rate
ORDER BY since, unit
