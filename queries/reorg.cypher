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
