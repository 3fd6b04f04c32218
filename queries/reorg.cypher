// name: reports_to
// params: person, as_of: date
// returns: many
// Whom a person reports to on a date (usually one row; two if reports disagree).
// An edge holds on a date when it started on or before it (or its start is unknown)
// and had not ended by it: valid time is closed-open.
MATCH (p:Person {id: $person})-[e:REPORTS_TO]->(m:Person)
WHERE e.status = 'accepted'
  AND (e.valid_from IS NULL OR e.valid_from <= $as_of)
  AND (e.valid_to IS NULL OR e.valid_to > $as_of)
RETURN p.name AS person, m.id AS manager_id, m.name AS manager, e.role AS role,
       e.valid_from AS since, e.valid_from_precision AS since_precision, e.confidence AS confidence
ORDER BY manager

// name: reports_to
// params: person, as_of: date
// returns: many
// dialect: kuzu
// Embedded form of reports_to: the same match with a join-order HINT (start from the one
// person found by primary key, then follow their edges). Without it the engine's planner may
// scan every REPORTS_TO edge and hash-join them to the person: 13-36 ms instead of 2-3 ms on a
// 10,000-person history. Neo4j has no HINT clause and plans this from the index anyway.
MATCH (p:Person {id: $person})-[e:REPORTS_TO]->(m:Person)
WHERE e.status = 'accepted'
  AND (e.valid_from IS NULL OR e.valid_from <= $as_of)
  AND (e.valid_to IS NULL OR e.valid_to > $as_of)
HINT (p JOIN e) JOIN m
RETURN p.name AS person, m.id AS manager_id, m.name AS manager, e.role AS role,
       e.valid_from AS since, e.valid_from_precision AS since_precision, e.confidence AS confidence
ORDER BY manager

// name: departure
// params: person, as_of: date
// returns: many
// The employments a person had ended by a date: where, when, and where they went.
MATCH (p:Person {id: $person})-[w:WORKED_AT]->(c:Company)
WHERE w.status = 'accepted' AND w.valid_to IS NOT NULL AND w.valid_to <= $as_of
OPTIONAL MATCH (dest:Company {id: w.to_org})
RETURN p.name AS person, c.name AS company, w.valid_from AS joined, w.valid_from_precision AS joined_precision,
       w.valid_to AS left_on, w.valid_to_precision AS left_precision, dest.name AS destination
ORDER BY left_on DESC

// name: former_reports
// params: person, as_of: date
// returns: many
// People who reported to the person, and whom they report to on the date. A report
// whose line to the person has ended and who has no manager now is orphaned.
MATCH (r:Person)-[e:REPORTS_TO]->(p:Person {id: $person})
WHERE e.status = 'accepted'
OPTIONAL MATCH (r)-[n:REPORTS_TO]->(m:Person)
WHERE n.status = 'accepted' AND m.id <> $person
  AND (n.valid_from IS NULL OR n.valid_from <= $as_of)
  AND (n.valid_to IS NULL OR n.valid_to > $as_of)
RETURN r.id AS report_id, r.name AS report, e.valid_to AS line_ended, m.name AS now_reports_to,
       m IS NULL AS orphaned
ORDER BY report

// name: team_successors
// params: person, as_of: date
// returns: many
// Teams the person led before the date, who leads each of them on the date, and whom
// that new lead reports to.
MATCH (p:Person {id: $person})-[l:LEADS]->(t:Team)
WHERE l.status = 'accepted' AND l.valid_to IS NOT NULL AND l.valid_to <= $as_of
OPTIONAL MATCH (s:Person)-[n:LEADS]->(t)
WHERE n.status = 'accepted' AND s.id <> $person
  AND (n.valid_from IS NULL OR n.valid_from <= $as_of)
  AND (n.valid_to IS NULL OR n.valid_to > $as_of)
OPTIONAL MATCH (s)-[r:REPORTS_TO]->(boss:Person)
WHERE r.status = 'accepted'
  AND (r.valid_from IS NULL OR r.valid_from <= $as_of)
  AND (r.valid_to IS NULL OR r.valid_to > $as_of)
RETURN t.name AS team, l.valid_to AS led_until, l.headcount AS headcount, s.name AS new_lead,
       n.valid_from AS new_lead_since, boss.name AS new_lead_reports_to
ORDER BY team

// name: direct_reports
// params: person, as_of: date
// returns: many
// People who report to the person on the date, by a stated reporting line. A team the
// person leads may be larger than this: see span_of_control and org_at.
MATCH (r:Person)-[e:REPORTS_TO]->(m:Person {id: $person})
WHERE e.status = 'accepted'
  AND (e.valid_from IS NULL OR e.valid_from <= $as_of)
  AND (e.valid_to IS NULL OR e.valid_to > $as_of)
RETURN r.id AS report_id, r.name AS report, e.role AS role,
       e.valid_from AS since, e.valid_from_precision AS since_precision
ORDER BY report

// name: chain_of_command
// params: person, as_of: date
// returns: many
// The person's managers up to the top on the date: level 1 is the direct manager, the
// highest level is the top of the chain. Every hop must hold on the date. This text uses the
// embedded engine's per-hop filter, evaluated while walking, so past managers are never
// expanded; ACYCLIC stops a reporting loop in bad data. The engine cannot run the Neo4j form
// (a parameter inside a list predicate over relationships(p) crashes its parser), and Neo4j
// does not know this syntax: hence the Neo4j variant below.
MATCH p = (a:Person {id: $person})-[:REPORTS_TO* ACYCLIC 1..30 (e, n | WHERE e.status = 'accepted'
      AND (e.valid_from IS NULL OR e.valid_from <= $as_of)
      AND (e.valid_to IS NULL OR e.valid_to > $as_of))]->(m:Person)
RETURN length(p) AS level, m.id AS manager_id, m.name AS manager
ORDER BY level, manager

// name: chain_of_command
// params: person, as_of: date
// returns: many
// dialect: neo4j
// Neo4j form of chain_of_command: the same as-of filter on every hop, written as a predicate
// over the path's relationships (the planner applies it during expansion). Variable-length
// matches in Neo4j never reuse a relationship, and 30 hops bound a loop in bad data.
MATCH p = (a:Person {id: $person})-[:REPORTS_TO*1..30]->(m:Person)
WHERE all(e IN relationships(p) WHERE e.status = 'accepted'
      AND (e.valid_from IS NULL OR e.valid_from <= $as_of)
      AND (e.valid_to IS NULL OR e.valid_to > $as_of))
RETURN length(p) AS level, m.id AS manager_id, m.name AS manager
ORDER BY level, manager

// name: org_at
// params: company, team, as_of: date
// returns: many
// The org chart of a company on a date, or of one of its teams (`team` is a team id; '' for
// the whole company): one row per person and team they are on (team empty when on none),
// whether they lead it, their manager and role. A person is in the company when they work
// there or are on one of its teams on the date.
MATCH (p:Person)
WHERE ($team = '' AND EXISTS {
        MATCH (p)-[w:WORKED_AT]->(c:Company)
        WHERE c.id = $company AND w.status = 'accepted'
          AND (w.valid_from IS NULL OR w.valid_from <= $as_of) AND (w.valid_to IS NULL OR w.valid_to > $as_of) })
   OR EXISTS {
        MATCH (p)-[x:LEADS|MEMBER_OF]->(t:Team)
        WHERE t.company = $company AND ($team = '' OR t.id = $team) AND x.status = 'accepted'
          AND (x.valid_from IS NULL OR x.valid_from <= $as_of) AND (x.valid_to IS NULL OR x.valid_to > $as_of) }
OPTIONAL MATCH (p)-[x:LEADS|MEMBER_OF]->(t:Team)
WHERE t.company = $company AND ($team = '' OR t.id = $team) AND x.status = 'accepted'
  AND (x.valid_from IS NULL OR x.valid_from <= $as_of) AND (x.valid_to IS NULL OR x.valid_to > $as_of)
OPTIONAL MATCH (p)-[l:LEADS]->(t)
WHERE l.status = 'accepted'
  AND (l.valid_from IS NULL OR l.valid_from <= $as_of) AND (l.valid_to IS NULL OR l.valid_to > $as_of)
OPTIONAL MATCH (p)-[r:REPORTS_TO]->(m:Person)
WHERE r.status = 'accepted'
  AND (r.valid_from IS NULL OR r.valid_from <= $as_of) AND (r.valid_to IS NULL OR r.valid_to > $as_of)
OPTIONAL MATCH (p)-[w:WORKED_AT]->(c:Company {id: $company})
WHERE w.status = 'accepted'
  AND (w.valid_from IS NULL OR w.valid_from <= $as_of) AND (w.valid_to IS NULL OR w.valid_to > $as_of)
RETURN DISTINCT p.id AS person_id, p.name AS person, coalesce(l.role, w.role) AS role, t.id AS team_id,
       t.name AS team, l IS NOT NULL AS leads, m.id AS manager_id, m.name AS manager
ORDER BY team, leads DESC, person

// name: after_departure
// params: person, as_of: date
// returns: many
// What a person's departure left behind, on a date; one row per tie, by `relation`:
//   left    - the company they left (`name`) on `ended`, and where they went (`now`);
//   manager - whom they reported to (`name`), until `ended`;
//   report  - who reported to them (`name`) and whom that person reports to on the date
//             (`now`, since `now_since`); `orphaned` when no new manager is known (people who
//             have since left their employer are never orphaned);
//   team    - a team they led until `ended` (`name`, stated `headcount`), who leads it on the
//             date (`now`, since `now_since`) and whom that lead reports to (`now_reports_to`).
// A column that means nothing for a relation is a typed null (CASE WHEN false ...): every
// branch of a UNION must return the same types, and the embedded engine cannot type NULL.
MATCH (p:Person {id: $person})-[w:WORKED_AT]->(c:Company)
WHERE w.status = 'accepted' AND w.valid_to IS NOT NULL AND w.valid_to <= $as_of
OPTIONAL MATCH (dest:Company {id: w.to_org})
RETURN 'left' AS relation, c.id AS id, c.name AS name, w.valid_to AS ended, w.valid_to_precision AS ended_precision,
       dest.id AS now_id, dest.name AS now, CASE WHEN false THEN $as_of END AS now_since,
       CASE WHEN false THEN '' END AS now_reports_to, false AS orphaned, w.headcount AS headcount
UNION ALL
MATCH (p:Person {id: $person})-[e:REPORTS_TO]->(m:Person)
WHERE e.status = 'accepted' AND (e.valid_from IS NULL OR e.valid_from <= $as_of)
RETURN 'manager' AS relation, m.id AS id, m.name AS name, e.valid_to AS ended, e.valid_to_precision AS ended_precision,
       CASE WHEN false THEN '' END AS now_id, CASE WHEN false THEN '' END AS now, CASE WHEN false THEN $as_of END AS now_since,
       CASE WHEN false THEN '' END AS now_reports_to, false AS orphaned, e.headcount AS headcount
UNION ALL
MATCH (r:Person)-[e:REPORTS_TO]->(p:Person {id: $person})
WHERE e.status = 'accepted' AND (e.valid_from IS NULL OR e.valid_from <= $as_of)
OPTIONAL MATCH (r)-[n:REPORTS_TO]->(m:Person)
WHERE n.status = 'accepted' AND m.id <> $person
  AND (n.valid_from IS NULL OR n.valid_from <= $as_of) AND (n.valid_to IS NULL OR n.valid_to > $as_of)
WITH r, e, n, m,
     EXISTS { MATCH (r)-[gone:WORKED_AT]->(:Company)
              WHERE gone.status = 'accepted' AND gone.valid_to IS NOT NULL AND gone.valid_to <= $as_of }
     AND NOT EXISTS { MATCH (r)-[still:WORKED_AT]->(:Company)
              WHERE still.status = 'accepted'
                AND (still.valid_from IS NULL OR still.valid_from <= $as_of)
                AND (still.valid_to IS NULL OR still.valid_to > $as_of) } AS report_left
RETURN 'report' AS relation, r.id AS id, r.name AS name, e.valid_to AS ended, e.valid_to_precision AS ended_precision,
       m.id AS now_id, m.name AS now, n.valid_from AS now_since, CASE WHEN false THEN '' END AS now_reports_to,
       m IS NULL AND NOT report_left AS orphaned, e.headcount AS headcount
UNION ALL
MATCH (p:Person {id: $person})-[l:LEADS]->(t:Team)
WHERE l.status = 'accepted' AND l.valid_to IS NOT NULL AND l.valid_to <= $as_of
OPTIONAL MATCH (s:Person)-[n:LEADS]->(t)
WHERE n.status = 'accepted' AND s.id <> $person
  AND (n.valid_from IS NULL OR n.valid_from <= $as_of) AND (n.valid_to IS NULL OR n.valid_to > $as_of)
OPTIONAL MATCH (s)-[r:REPORTS_TO]->(boss:Person)
WHERE r.status = 'accepted'
  AND (r.valid_from IS NULL OR r.valid_from <= $as_of) AND (r.valid_to IS NULL OR r.valid_to > $as_of)
RETURN 'team' AS relation, t.id AS id, t.name AS name, l.valid_to AS ended, l.valid_to_precision AS ended_precision,
       s.id AS now_id, s.name AS now, n.valid_from AS now_since, boss.name AS now_reports_to, false AS orphaned,
       l.headcount AS headcount

// name: successor
// params: company, team, person, as_of: date
// returns: many
// Who replaced whom as a team's lead, with dates, up to the date. A lead's successor is the
// next person to lead the team: the earliest lead edge by someone else that starts after the
// predecessor's start and outlasts their end (so a co-lead who started earlier is not one).
// Filters: `company` id, `team` id, `person` (either side); '' means any.
MATCH (prev:Person)-[a:LEADS]->(t:Team), (next:Person)-[b:LEADS]->(t)
WHERE ($company = '' OR t.company = $company) AND ($team = '' OR t.id = $team)
  AND ($person = '' OR prev.id = $person OR next.id = $person)
  AND a.status = 'accepted' AND b.status = 'accepted' AND prev.id <> next.id
  AND a.valid_to IS NOT NULL AND a.valid_to <= $as_of
  AND b.valid_from IS NOT NULL AND b.valid_from <= $as_of
  AND (a.valid_from IS NULL OR b.valid_from > a.valid_from)
  AND (b.valid_to IS NULL OR b.valid_to > a.valid_to)
  AND NOT EXISTS {
        MATCH (other:Person)-[c:LEADS]->(t)
        WHERE c.status = 'accepted' AND other.id <> prev.id AND c.valid_from IS NOT NULL
          AND c.valid_from < b.valid_from AND (a.valid_from IS NULL OR c.valid_from > a.valid_from)
          AND (c.valid_to IS NULL OR c.valid_to > a.valid_to) }
RETURN t.id AS team_id, t.name AS team, prev.id AS predecessor_id, prev.name AS predecessor,
       a.valid_to AS predecessor_until, a.valid_to_precision AS predecessor_until_precision,
       next.id AS successor_id, next.name AS successor, b.valid_from AS successor_since,
       b.valid_from_precision AS successor_since_precision
ORDER BY successor_since, team

// name: span_of_control
// params: company, person, as_of: date
// returns: many
// Managers and how many people report to them by a stated line on the date, with the teams
// they lead then. `company` keeps managers who work there or lead one of its teams; `person`
// picks one manager; '' means any.
MATCH (r:Person)-[e:REPORTS_TO]->(m:Person)
WHERE e.status = 'accepted' AND ($person = '' OR m.id = $person)
  AND (e.valid_from IS NULL OR e.valid_from <= $as_of) AND (e.valid_to IS NULL OR e.valid_to > $as_of)
  AND ($company = ''
       OR EXISTS { MATCH (m)-[w:WORKED_AT]->(c:Company)
                   WHERE c.id = $company AND w.status = 'accepted'
                     AND (w.valid_from IS NULL OR w.valid_from <= $as_of) AND (w.valid_to IS NULL OR w.valid_to > $as_of) }
       OR EXISTS { MATCH (m)-[x:LEADS]->(t:Team)
                   WHERE t.company = $company AND x.status = 'accepted'
                     AND (x.valid_from IS NULL OR x.valid_from <= $as_of) AND (x.valid_to IS NULL OR x.valid_to > $as_of) })
WITH m, count(DISTINCT r) AS reports
OPTIONAL MATCH (m)-[l:LEADS]->(t:Team)
WHERE l.status = 'accepted'
  AND (l.valid_from IS NULL OR l.valid_from <= $as_of) AND (l.valid_to IS NULL OR l.valid_to > $as_of)
RETURN m.id AS manager_id, m.name AS manager, reports AS direct_reports, coalesce(collect(t.name), []) AS teams_led
ORDER BY direct_reports DESC, manager

// name: org_diff
// params: company, team, d1: date, d2: date
// returns: many
// What changed in a company (or, with `team` set to a team id, in one of its teams) between
// two dates, one row per change:
//   join         - in the company on d2, not on d1 (`before`: where they came from, if known);
//   leave        - in the company on d1, not on d2 (`after`: where they went, if known);
//   move         - on team `before` on d1 and on team `after` on d2, inside the company;
//   new_manager  - in the company on both dates, reporting to `after` on d2 and not on d1
//                  (`before`: the d1 manager, if any);
//   manager_gone - had a manager on d1 and none known on d2 while still in the company;
//   lead_change  - a team's lead on d2 differs from its lead on d1 (either may be empty).
// `changed_on` is when the change took effect as stated (with its precision). Being "in the
// company" means working there or being on one of its teams on that date. Columns that mean
// nothing for a change are typed nulls (the embedded engine cannot type a bare NULL in a UNION).
MATCH (p:Person)
WHERE (EXISTS { MATCH (p)-[w2:WORKED_AT]->(c2:Company) WHERE c2.id = $company AND w2.status = 'accepted' AND (w2.valid_from IS NULL OR w2.valid_from <= $d2) AND (w2.valid_to IS NULL OR w2.valid_to > $d2) }
       OR EXISTS { MATCH (p)-[x2:LEADS|MEMBER_OF]->(t2:Team) WHERE t2.company = $company AND x2.status = 'accepted' AND (x2.valid_from IS NULL OR x2.valid_from <= $d2) AND (x2.valid_to IS NULL OR x2.valid_to > $d2) })
  AND NOT (EXISTS { MATCH (p)-[w1:WORKED_AT]->(c1:Company) WHERE c1.id = $company AND w1.status = 'accepted' AND (w1.valid_from IS NULL OR w1.valid_from <= $d1) AND (w1.valid_to IS NULL OR w1.valid_to > $d1) }
       OR EXISTS { MATCH (p)-[x1:LEADS|MEMBER_OF]->(t1:Team) WHERE t1.company = $company AND x1.status = 'accepted' AND (x1.valid_from IS NULL OR x1.valid_from <= $d1) AND (x1.valid_to IS NULL OR x1.valid_to > $d1) })
  AND ($team = '' OR EXISTS { MATCH (p)-[o2:LEADS|MEMBER_OF]->(u2:Team) WHERE u2.id = $team AND o2.status = 'accepted' AND (o2.valid_from IS NULL OR o2.valid_from <= $d2) AND (o2.valid_to IS NULL OR o2.valid_to > $d2) })
OPTIONAL MATCH (p)-[w:WORKED_AT]->(c:Company {id: $company})
WHERE w.status = 'accepted' AND (w.valid_from IS NULL OR w.valid_from <= $d2) AND (w.valid_to IS NULL OR w.valid_to > $d2)
OPTIONAL MATCH (src:Company {id: w.from_org})
OPTIONAL MATCH (p)-[x:LEADS|MEMBER_OF]->(t:Team)
WHERE t.company = $company AND ($team = '' OR t.id = $team) AND x.status = 'accepted' AND (x.valid_from IS NULL OR x.valid_from <= $d2) AND (x.valid_to IS NULL OR x.valid_to > $d2)
RETURN DISTINCT 'join' AS change, p.id AS person_id, p.name AS person, t.name AS team, src.name AS before,
       c.name AS after, coalesce(w.valid_from, x.valid_from) AS changed_on,
       coalesce(w.valid_from_precision, x.valid_from_precision) AS changed_on_precision
UNION ALL
MATCH (p:Person)
WHERE (EXISTS { MATCH (p)-[w1:WORKED_AT]->(c1:Company) WHERE c1.id = $company AND w1.status = 'accepted' AND (w1.valid_from IS NULL OR w1.valid_from <= $d1) AND (w1.valid_to IS NULL OR w1.valid_to > $d1) }
       OR EXISTS { MATCH (p)-[x1:LEADS|MEMBER_OF]->(t1:Team) WHERE t1.company = $company AND x1.status = 'accepted' AND (x1.valid_from IS NULL OR x1.valid_from <= $d1) AND (x1.valid_to IS NULL OR x1.valid_to > $d1) })
  AND NOT (EXISTS { MATCH (p)-[w2:WORKED_AT]->(c2:Company) WHERE c2.id = $company AND w2.status = 'accepted' AND (w2.valid_from IS NULL OR w2.valid_from <= $d2) AND (w2.valid_to IS NULL OR w2.valid_to > $d2) }
       OR EXISTS { MATCH (p)-[x2:LEADS|MEMBER_OF]->(t2:Team) WHERE t2.company = $company AND x2.status = 'accepted' AND (x2.valid_from IS NULL OR x2.valid_from <= $d2) AND (x2.valid_to IS NULL OR x2.valid_to > $d2) })
  AND ($team = '' OR EXISTS { MATCH (p)-[o1:LEADS|MEMBER_OF]->(u1:Team) WHERE u1.id = $team AND o1.status = 'accepted' AND (o1.valid_from IS NULL OR o1.valid_from <= $d1) AND (o1.valid_to IS NULL OR o1.valid_to > $d1) })
OPTIONAL MATCH (p)-[w:WORKED_AT]->(c:Company {id: $company})
WHERE w.status = 'accepted' AND (w.valid_from IS NULL OR w.valid_from <= $d1) AND (w.valid_to IS NULL OR w.valid_to > $d1)
OPTIONAL MATCH (dest:Company {id: w.to_org})
OPTIONAL MATCH (p)-[x:LEADS|MEMBER_OF]->(t:Team)
WHERE t.company = $company AND ($team = '' OR t.id = $team) AND x.status = 'accepted' AND (x.valid_from IS NULL OR x.valid_from <= $d1) AND (x.valid_to IS NULL OR x.valid_to > $d1)
RETURN DISTINCT 'leave' AS change, p.id AS person_id, p.name AS person, t.name AS team, c.name AS before,
       dest.name AS after, coalesce(w.valid_to, x.valid_to) AS changed_on,
       coalesce(w.valid_to_precision, x.valid_to_precision) AS changed_on_precision
UNION ALL
MATCH (p:Person)-[x:LEADS|MEMBER_OF]->(a:Team), (p)-[y:LEADS|MEMBER_OF]->(b:Team)
WHERE a.company = $company AND b.company = $company AND a.id <> b.id
  AND ($team = '' OR a.id = $team OR b.id = $team)
  AND x.status = 'accepted' AND (x.valid_from IS NULL OR x.valid_from <= $d1) AND (x.valid_to IS NULL OR x.valid_to > $d1)
  AND y.status = 'accepted' AND (y.valid_from IS NULL OR y.valid_from <= $d2) AND (y.valid_to IS NULL OR y.valid_to > $d2)
  AND NOT EXISTS { MATCH (p)-[x2:LEADS|MEMBER_OF]->(b) WHERE x2.status = 'accepted' AND (x2.valid_from IS NULL OR x2.valid_from <= $d1) AND (x2.valid_to IS NULL OR x2.valid_to > $d1) }
  AND NOT EXISTS { MATCH (p)-[y2:LEADS|MEMBER_OF]->(a) WHERE y2.status = 'accepted' AND (y2.valid_from IS NULL OR y2.valid_from <= $d2) AND (y2.valid_to IS NULL OR y2.valid_to > $d2) }
RETURN DISTINCT 'move' AS change, p.id AS person_id, p.name AS person, b.name AS team, a.name AS before,
       b.name AS after, y.valid_from AS changed_on, y.valid_from_precision AS changed_on_precision
UNION ALL
MATCH (p:Person)-[r2:REPORTS_TO]->(m2:Person)
WHERE r2.status = 'accepted' AND (r2.valid_from IS NULL OR r2.valid_from <= $d2) AND (r2.valid_to IS NULL OR r2.valid_to > $d2)
  AND NOT EXISTS { MATCH (p)-[r0:REPORTS_TO]->(m2) WHERE r0.status = 'accepted' AND (r0.valid_from IS NULL OR r0.valid_from <= $d1) AND (r0.valid_to IS NULL OR r0.valid_to > $d1) }
  AND (EXISTS { MATCH (p)-[w1:WORKED_AT]->(c1:Company) WHERE c1.id = $company AND w1.status = 'accepted' AND (w1.valid_from IS NULL OR w1.valid_from <= $d1) AND (w1.valid_to IS NULL OR w1.valid_to > $d1) }
       OR EXISTS { MATCH (p)-[x1:LEADS|MEMBER_OF]->(t1:Team) WHERE t1.company = $company AND x1.status = 'accepted' AND (x1.valid_from IS NULL OR x1.valid_from <= $d1) AND (x1.valid_to IS NULL OR x1.valid_to > $d1) })
  AND (EXISTS { MATCH (p)-[w2:WORKED_AT]->(c2:Company) WHERE c2.id = $company AND w2.status = 'accepted' AND (w2.valid_from IS NULL OR w2.valid_from <= $d2) AND (w2.valid_to IS NULL OR w2.valid_to > $d2) }
       OR EXISTS { MATCH (p)-[x2:LEADS|MEMBER_OF]->(t2:Team) WHERE t2.company = $company AND x2.status = 'accepted' AND (x2.valid_from IS NULL OR x2.valid_from <= $d2) AND (x2.valid_to IS NULL OR x2.valid_to > $d2) })
  AND ($team = '' OR EXISTS { MATCH (p)-[o1:LEADS|MEMBER_OF]->(u1:Team) WHERE u1.id = $team AND o1.status = 'accepted' AND (o1.valid_from IS NULL OR o1.valid_from <= $d1) AND (o1.valid_to IS NULL OR o1.valid_to > $d1) } OR EXISTS { MATCH (p)-[o2:LEADS|MEMBER_OF]->(u2:Team) WHERE u2.id = $team AND o2.status = 'accepted' AND (o2.valid_from IS NULL OR o2.valid_from <= $d2) AND (o2.valid_to IS NULL OR o2.valid_to > $d2) })
OPTIONAL MATCH (p)-[r1:REPORTS_TO]->(m1:Person)
WHERE r1.status = 'accepted' AND (r1.valid_from IS NULL OR r1.valid_from <= $d1) AND (r1.valid_to IS NULL OR r1.valid_to > $d1)
RETURN DISTINCT 'new_manager' AS change, p.id AS person_id, p.name AS person, CASE WHEN false THEN '' END AS team, m1.name AS before,
       m2.name AS after, r2.valid_from AS changed_on, r2.valid_from_precision AS changed_on_precision
UNION ALL
MATCH (p:Person)-[r1:REPORTS_TO]->(m1:Person)
WHERE r1.status = 'accepted' AND (r1.valid_from IS NULL OR r1.valid_from <= $d1) AND (r1.valid_to IS NULL OR r1.valid_to > $d1)
  AND NOT EXISTS { MATCH (p)-[r2:REPORTS_TO]->(:Person) WHERE r2.status = 'accepted' AND (r2.valid_from IS NULL OR r2.valid_from <= $d2) AND (r2.valid_to IS NULL OR r2.valid_to > $d2) }
  AND (EXISTS { MATCH (p)-[w1:WORKED_AT]->(c1:Company) WHERE c1.id = $company AND w1.status = 'accepted' AND (w1.valid_from IS NULL OR w1.valid_from <= $d1) AND (w1.valid_to IS NULL OR w1.valid_to > $d1) }
       OR EXISTS { MATCH (p)-[x1:LEADS|MEMBER_OF]->(t1:Team) WHERE t1.company = $company AND x1.status = 'accepted' AND (x1.valid_from IS NULL OR x1.valid_from <= $d1) AND (x1.valid_to IS NULL OR x1.valid_to > $d1) })
  AND (EXISTS { MATCH (p)-[w2:WORKED_AT]->(c2:Company) WHERE c2.id = $company AND w2.status = 'accepted' AND (w2.valid_from IS NULL OR w2.valid_from <= $d2) AND (w2.valid_to IS NULL OR w2.valid_to > $d2) }
       OR EXISTS { MATCH (p)-[x2:LEADS|MEMBER_OF]->(t2:Team) WHERE t2.company = $company AND x2.status = 'accepted' AND (x2.valid_from IS NULL OR x2.valid_from <= $d2) AND (x2.valid_to IS NULL OR x2.valid_to > $d2) })
  AND ($team = '' OR EXISTS { MATCH (p)-[o1:LEADS|MEMBER_OF]->(u1:Team) WHERE u1.id = $team AND o1.status = 'accepted' AND (o1.valid_from IS NULL OR o1.valid_from <= $d1) AND (o1.valid_to IS NULL OR o1.valid_to > $d1) } OR EXISTS { MATCH (p)-[o2:LEADS|MEMBER_OF]->(u2:Team) WHERE u2.id = $team AND o2.status = 'accepted' AND (o2.valid_from IS NULL OR o2.valid_from <= $d2) AND (o2.valid_to IS NULL OR o2.valid_to > $d2) })
RETURN DISTINCT 'manager_gone' AS change, p.id AS person_id, p.name AS person, CASE WHEN false THEN '' END AS team, m1.name AS before,
       CASE WHEN false THEN '' END AS after, r1.valid_to AS changed_on, r1.valid_to_precision AS changed_on_precision
UNION ALL
MATCH (t:Team)
WHERE t.company = $company AND ($team = '' OR t.id = $team)
OPTIONAL MATCH (a:Person)-[x:LEADS]->(t)
WHERE x.status = 'accepted' AND (x.valid_from IS NULL OR x.valid_from <= $d1) AND (x.valid_to IS NULL OR x.valid_to > $d1)
OPTIONAL MATCH (b:Person)-[y:LEADS]->(t)
WHERE y.status = 'accepted' AND (y.valid_from IS NULL OR y.valid_from <= $d2) AND (y.valid_to IS NULL OR y.valid_to > $d2)
WITH t, a, b, x, y
WHERE (a IS NULL AND b IS NOT NULL) OR (a IS NOT NULL AND b IS NULL) OR (a IS NOT NULL AND b IS NOT NULL AND a.id <> b.id)
RETURN DISTINCT 'lead_change' AS change, coalesce(b.id, a.id) AS person_id, coalesce(b.name, a.name) AS person,
       t.name AS team, a.name AS before, b.name AS after, coalesce(y.valid_from, x.valid_to) AS changed_on,
       coalesce(y.valid_from_precision, x.valid_to_precision) AS changed_on_precision

// name: chains_of_command
// params: persons: list, as_of: date
// returns: many
// chain_of_command for many people at once (`persons`: a list of person ids): one row per
// person and manager above them on the date, level 1 being the direct manager. One query for
// a thousand people costs about what a handful of single-person queries do: the engine walks
// every start at once. Same per-hop as-of filter and loop guard as chain_of_command.
// Why `a.id IN $persons` and not UNWIND + lookup: on kuzu 0.11.3 the IN filter on the scan feeds
// the walk a mask of its start nodes; after an UNWIND the engine walks from every person and
// joins afterwards (3 s instead of 0.4 s for 1,000 people of a 10,000-person history).
MATCH (a:Person)
WHERE a.id IN $persons
MATCH p = (a)-[:REPORTS_TO* ACYCLIC 1..30 (e, n | WHERE e.status = 'accepted'
      AND (e.valid_from IS NULL OR e.valid_from <= $as_of)
      AND (e.valid_to IS NULL OR e.valid_to > $as_of))]->(m:Person)
RETURN a.id AS person_id, length(p) AS level, m.id AS manager_id, m.name AS manager
ORDER BY person_id, level, manager

// name: chains_of_command
// params: persons: list, as_of: date
// returns: many
// dialect: neo4j
// Neo4j form of chains_of_command (see chain_of_command for why the filter is written apart).
MATCH (a:Person)
WHERE a.id IN $persons
MATCH p = (a)-[:REPORTS_TO*1..30]->(m:Person)
WHERE all(e IN relationships(p) WHERE e.status = 'accepted'
      AND (e.valid_from IS NULL OR e.valid_from <= $as_of)
      AND (e.valid_to IS NULL OR e.valid_to > $as_of))
RETURN a.id AS person_id, length(p) AS level, m.id AS manager_id, m.name AS manager
ORDER BY person_id, level, manager

// name: reports_under
// params: person, as_of: date
// returns: many
// Everyone under a person by reporting lines on the date (their whole subtree, not the
// person), with how many levels down they sit (1 = direct report). Every line on the way
// must hold on the date; a reporting loop in bad data is cut (ACYCLIC, at most 30 levels).
MATCH p = (r:Person)-[:REPORTS_TO* ACYCLIC 1..30 (e, n | WHERE e.status = 'accepted'
      AND (e.valid_from IS NULL OR e.valid_from <= $as_of)
      AND (e.valid_to IS NULL OR e.valid_to > $as_of))]->(m:Person {id: $person})
RETURN r.id AS person_id, r.name AS person, min(length(p)) AS level
ORDER BY level, person

// name: reports_under
// params: person, as_of: date
// returns: many
// dialect: neo4j
// Neo4j form of reports_under (see chain_of_command for why the filter is written apart).
MATCH p = (r:Person)-[:REPORTS_TO*1..30]->(m:Person {id: $person})
WHERE all(e IN relationships(p) WHERE e.status = 'accepted'
      AND (e.valid_from IS NULL OR e.valid_from <= $as_of)
      AND (e.valid_to IS NULL OR e.valid_to > $as_of))
RETURN r.id AS person_id, r.name AS person, min(length(p)) AS level
ORDER BY level, person
