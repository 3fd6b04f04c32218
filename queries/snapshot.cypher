// name: company_scope
// params: company, as_of: date, since: date
// returns: many
// Ids of what a drawing of one company shows on a date: the company, its teams, the people who
// work there or in its teams, and the people whose time there ended after `since` (so recent
// leavers are drawn too). Valid time is closed-open; only accepted edges count.
MATCH (c:Company {id: $company})
RETURN c.id AS id
UNION
MATCH (t:Team)
WHERE t.company = $company
RETURN t.id AS id
UNION
MATCH (p:Person)-[w:WORKED_AT]->(:Company {id: $company})
WHERE w.status = 'accepted'
  AND (w.valid_from IS NULL OR w.valid_from <= $as_of)
  AND (w.valid_to IS NULL OR w.valid_to > $since)
RETURN p.id AS id
UNION
MATCH (p:Person)-[e:LEADS|MEMBER_OF]->(t:Team)
WHERE t.company = $company AND e.status = 'accepted'
  AND (e.valid_from IS NULL OR e.valid_from <= $as_of)
  AND (e.valid_to IS NULL OR e.valid_to > $since)
RETURN p.id AS id

// name: team_scope
// params: team, as_of: date, since: date
// returns: many
// Ids of what a drawing of one team shows on a date: the team and the people who lead it or are
// in it, including those whose lead or membership ended after `since`.
MATCH (t:Team {id: $team})
RETURN t.id AS id
UNION
MATCH (p:Person)-[e:LEADS|MEMBER_OF]->(:Team {id: $team})
WHERE e.status = 'accepted'
  AND (e.valid_from IS NULL OR e.valid_from <= $as_of)
  AND (e.valid_to IS NULL OR e.valid_to > $since)
RETURN p.id AS id

// name: edges
// params: ids: list, everyone: bool, as_of: date
// returns: many
// Accepted edges that hold on a date and touch one of `ids` (every such edge when `everyone` is true):
// the lines an org drawing shows. Citations come back as JSON text.
MATCH (a:Person)-[e:REPORTS_TO]->(b:Person)
WHERE ($everyone OR a.id IN $ids OR b.id IN $ids) AND e.status = 'accepted'
  AND (e.valid_from IS NULL OR e.valid_from <= $as_of) AND (e.valid_to IS NULL OR e.valid_to > $as_of)
RETURN 'REPORTS_TO' AS type, e.id AS id, a.id AS src, b.id AS dst,
       e.valid_from AS valid_from, e.valid_from_precision AS valid_from_precision, e.valid_to AS valid_to, e.valid_to_precision AS valid_to_precision, e.role AS role, e.from_org AS from_org, e.to_org AS to_org, e.headcount AS headcount, e.status AS status, e.citations AS citations
UNION ALL
MATCH (a:Person)-[e:LEADS]->(b:Team)
WHERE ($everyone OR a.id IN $ids OR b.id IN $ids) AND e.status = 'accepted'
  AND (e.valid_from IS NULL OR e.valid_from <= $as_of) AND (e.valid_to IS NULL OR e.valid_to > $as_of)
RETURN 'LEADS' AS type, e.id AS id, a.id AS src, b.id AS dst,
       e.valid_from AS valid_from, e.valid_from_precision AS valid_from_precision, e.valid_to AS valid_to, e.valid_to_precision AS valid_to_precision, e.role AS role, e.from_org AS from_org, e.to_org AS to_org, e.headcount AS headcount, e.status AS status, e.citations AS citations
UNION ALL
MATCH (a:Person)-[e:MEMBER_OF]->(b:Team)
WHERE ($everyone OR a.id IN $ids OR b.id IN $ids) AND e.status = 'accepted'
  AND (e.valid_from IS NULL OR e.valid_from <= $as_of) AND (e.valid_to IS NULL OR e.valid_to > $as_of)
RETURN 'MEMBER_OF' AS type, e.id AS id, a.id AS src, b.id AS dst,
       e.valid_from AS valid_from, e.valid_from_precision AS valid_from_precision, e.valid_to AS valid_to, e.valid_to_precision AS valid_to_precision, e.role AS role, e.from_org AS from_org, e.to_org AS to_org, e.headcount AS headcount, e.status AS status, e.citations AS citations
UNION ALL
MATCH (a:Person)-[e:WORKED_AT]->(b:Company)
WHERE ($everyone OR a.id IN $ids OR b.id IN $ids) AND e.status = 'accepted'
  AND (e.valid_from IS NULL OR e.valid_from <= $as_of) AND (e.valid_to IS NULL OR e.valid_to > $as_of)
RETURN 'WORKED_AT' AS type, e.id AS id, a.id AS src, b.id AS dst,
       e.valid_from AS valid_from, e.valid_from_precision AS valid_from_precision, e.valid_to AS valid_to, e.valid_to_precision AS valid_to_precision, e.role AS role, e.from_org AS from_org, e.to_org AS to_org, e.headcount AS headcount, e.status AS status, e.citations AS citations
UNION ALL
MATCH (a:Team)-[e:PART_OF]->(b:Company)
WHERE ($everyone OR a.id IN $ids OR b.id IN $ids) AND e.status = 'accepted'
  AND (e.valid_from IS NULL OR e.valid_from <= $as_of) AND (e.valid_to IS NULL OR e.valid_to > $as_of)
RETURN 'PART_OF' AS type, e.id AS id, a.id AS src, b.id AS dst,
       e.valid_from AS valid_from, e.valid_from_precision AS valid_from_precision, e.valid_to AS valid_to, e.valid_to_precision AS valid_to_precision, e.role AS role, e.from_org AS from_org, e.to_org AS to_org, e.headcount AS headcount, e.status AS status, e.citations AS citations

// name: ended
// params: ids: list, everyone: bool, as_of: date, since: date
// returns: many
// A person's accepted edges that ended in (since, as_of], for people among `ids` (everyone when
// `everyone` is true): who left a company, stopped leading a team or changed manager recently, so a
// drawing can show former ties beside current ones.
MATCH (a:Person)-[e:REPORTS_TO]->(b:Person)
WHERE ($everyone OR a.id IN $ids) AND e.status = 'accepted'
  AND e.valid_to IS NOT NULL AND e.valid_to > $since AND e.valid_to <= $as_of
RETURN 'REPORTS_TO' AS type, e.id AS id, a.id AS src, b.id AS dst,
       e.valid_from AS valid_from, e.valid_from_precision AS valid_from_precision, e.valid_to AS valid_to, e.valid_to_precision AS valid_to_precision, e.role AS role, e.from_org AS from_org, e.to_org AS to_org, e.headcount AS headcount, e.status AS status, e.citations AS citations
UNION ALL
MATCH (a:Person)-[e:LEADS]->(b:Team)
WHERE ($everyone OR a.id IN $ids) AND e.status = 'accepted'
  AND e.valid_to IS NOT NULL AND e.valid_to > $since AND e.valid_to <= $as_of
RETURN 'LEADS' AS type, e.id AS id, a.id AS src, b.id AS dst,
       e.valid_from AS valid_from, e.valid_from_precision AS valid_from_precision, e.valid_to AS valid_to, e.valid_to_precision AS valid_to_precision, e.role AS role, e.from_org AS from_org, e.to_org AS to_org, e.headcount AS headcount, e.status AS status, e.citations AS citations
UNION ALL
MATCH (a:Person)-[e:MEMBER_OF]->(b:Team)
WHERE ($everyone OR a.id IN $ids) AND e.status = 'accepted'
  AND e.valid_to IS NOT NULL AND e.valid_to > $since AND e.valid_to <= $as_of
RETURN 'MEMBER_OF' AS type, e.id AS id, a.id AS src, b.id AS dst,
       e.valid_from AS valid_from, e.valid_from_precision AS valid_from_precision, e.valid_to AS valid_to, e.valid_to_precision AS valid_to_precision, e.role AS role, e.from_org AS from_org, e.to_org AS to_org, e.headcount AS headcount, e.status AS status, e.citations AS citations
UNION ALL
MATCH (a:Person)-[e:WORKED_AT]->(b:Company)
WHERE ($everyone OR a.id IN $ids) AND e.status = 'accepted'
  AND e.valid_to IS NOT NULL AND e.valid_to > $since AND e.valid_to <= $as_of
RETURN 'WORKED_AT' AS type, e.id AS id, a.id AS src, b.id AS dst,
       e.valid_from AS valid_from, e.valid_from_precision AS valid_from_precision, e.valid_to AS valid_to, e.valid_to_precision AS valid_to_precision, e.role AS role, e.from_org AS from_org, e.to_org AS to_org, e.headcount AS headcount, e.status AS status, e.citations AS citations

// name: nodes
// params: ids: list
// returns: many
// The people, teams and companies with the given ids (a team's company id in `company`; empty
// for the other kinds, so every branch returns the same column types).
MATCH (n:Person)
WHERE n.id IN $ids
RETURN 'Person' AS kind, n.id AS id, n.name AS name, '' AS company
UNION ALL
MATCH (n:Team)
WHERE n.id IN $ids
RETURN 'Team' AS kind, n.id AS id, n.name AS name, n.company AS company
UNION ALL
MATCH (n:Company)
WHERE n.id IN $ids
RETURN 'Company' AS kind, n.id AS id, n.name AS name, '' AS company
