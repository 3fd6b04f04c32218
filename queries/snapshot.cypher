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

// name: edges_of
// params: ids: list, as_of: date
// returns: many
// snapshot.edges for the edges touching one of `ids` (a drawing's scope): the same rows. Each id
// is looked up by primary key and only its own edges are followed, twice per edge type (from it,
// then to it, skipping edges whose source is in `ids` too, already returned), instead of testing
// every stored edge against the list as `$everyone OR a.id IN $ids` does: about 0.3 s instead
// of 0.8 s for 1,800 people of a 10,000-person history on the embedded engine. (A bare
// `WHERE $everyone` cannot pick between the two forms there: kuzu 0.11.3 ignores a predicate that
// names no variable, so the everyone case stays a query of its own.)
UNWIND $ids AS i
MATCH (a:Person {id: i})-[e:REPORTS_TO]->(b:Person)
WHERE e.status = 'accepted'
  AND (e.valid_from IS NULL OR e.valid_from <= $as_of) AND (e.valid_to IS NULL OR e.valid_to > $as_of)
RETURN 'REPORTS_TO' AS type, e.id AS id, a.id AS src, b.id AS dst,
       e.valid_from AS valid_from, e.valid_from_precision AS valid_from_precision, e.valid_to AS valid_to, e.valid_to_precision AS valid_to_precision, e.role AS role, e.from_org AS from_org, e.to_org AS to_org, e.headcount AS headcount, e.status AS status, e.citations AS citations
UNION ALL
UNWIND $ids AS i
MATCH (a:Person)-[e:REPORTS_TO]->(b:Person {id: i})
WHERE e.status = 'accepted'
  AND (e.valid_from IS NULL OR e.valid_from <= $as_of) AND (e.valid_to IS NULL OR e.valid_to > $as_of)
WITH a, e, b
WHERE NOT a.id IN $ids
RETURN 'REPORTS_TO' AS type, e.id AS id, a.id AS src, b.id AS dst,
       e.valid_from AS valid_from, e.valid_from_precision AS valid_from_precision, e.valid_to AS valid_to, e.valid_to_precision AS valid_to_precision, e.role AS role, e.from_org AS from_org, e.to_org AS to_org, e.headcount AS headcount, e.status AS status, e.citations AS citations
UNION ALL
UNWIND $ids AS i
MATCH (a:Person {id: i})-[e:LEADS]->(b:Team)
WHERE e.status = 'accepted'
  AND (e.valid_from IS NULL OR e.valid_from <= $as_of) AND (e.valid_to IS NULL OR e.valid_to > $as_of)
RETURN 'LEADS' AS type, e.id AS id, a.id AS src, b.id AS dst,
       e.valid_from AS valid_from, e.valid_from_precision AS valid_from_precision, e.valid_to AS valid_to, e.valid_to_precision AS valid_to_precision, e.role AS role, e.from_org AS from_org, e.to_org AS to_org, e.headcount AS headcount, e.status AS status, e.citations AS citations
UNION ALL
UNWIND $ids AS i
MATCH (a:Person)-[e:LEADS]->(b:Team {id: i})
WHERE e.status = 'accepted'
  AND (e.valid_from IS NULL OR e.valid_from <= $as_of) AND (e.valid_to IS NULL OR e.valid_to > $as_of)
WITH a, e, b
WHERE NOT a.id IN $ids
RETURN 'LEADS' AS type, e.id AS id, a.id AS src, b.id AS dst,
       e.valid_from AS valid_from, e.valid_from_precision AS valid_from_precision, e.valid_to AS valid_to, e.valid_to_precision AS valid_to_precision, e.role AS role, e.from_org AS from_org, e.to_org AS to_org, e.headcount AS headcount, e.status AS status, e.citations AS citations
UNION ALL
UNWIND $ids AS i
MATCH (a:Person {id: i})-[e:MEMBER_OF]->(b:Team)
WHERE e.status = 'accepted'
  AND (e.valid_from IS NULL OR e.valid_from <= $as_of) AND (e.valid_to IS NULL OR e.valid_to > $as_of)
RETURN 'MEMBER_OF' AS type, e.id AS id, a.id AS src, b.id AS dst,
       e.valid_from AS valid_from, e.valid_from_precision AS valid_from_precision, e.valid_to AS valid_to, e.valid_to_precision AS valid_to_precision, e.role AS role, e.from_org AS from_org, e.to_org AS to_org, e.headcount AS headcount, e.status AS status, e.citations AS citations
UNION ALL
UNWIND $ids AS i
MATCH (a:Person)-[e:MEMBER_OF]->(b:Team {id: i})
WHERE e.status = 'accepted'
  AND (e.valid_from IS NULL OR e.valid_from <= $as_of) AND (e.valid_to IS NULL OR e.valid_to > $as_of)
WITH a, e, b
WHERE NOT a.id IN $ids
RETURN 'MEMBER_OF' AS type, e.id AS id, a.id AS src, b.id AS dst,
       e.valid_from AS valid_from, e.valid_from_precision AS valid_from_precision, e.valid_to AS valid_to, e.valid_to_precision AS valid_to_precision, e.role AS role, e.from_org AS from_org, e.to_org AS to_org, e.headcount AS headcount, e.status AS status, e.citations AS citations
UNION ALL
UNWIND $ids AS i
MATCH (a:Person {id: i})-[e:WORKED_AT]->(b:Company)
WHERE e.status = 'accepted'
  AND (e.valid_from IS NULL OR e.valid_from <= $as_of) AND (e.valid_to IS NULL OR e.valid_to > $as_of)
RETURN 'WORKED_AT' AS type, e.id AS id, a.id AS src, b.id AS dst,
       e.valid_from AS valid_from, e.valid_from_precision AS valid_from_precision, e.valid_to AS valid_to, e.valid_to_precision AS valid_to_precision, e.role AS role, e.from_org AS from_org, e.to_org AS to_org, e.headcount AS headcount, e.status AS status, e.citations AS citations
UNION ALL
UNWIND $ids AS i
MATCH (a:Person)-[e:WORKED_AT]->(b:Company {id: i})
WHERE e.status = 'accepted'
  AND (e.valid_from IS NULL OR e.valid_from <= $as_of) AND (e.valid_to IS NULL OR e.valid_to > $as_of)
WITH a, e, b
WHERE NOT a.id IN $ids
RETURN 'WORKED_AT' AS type, e.id AS id, a.id AS src, b.id AS dst,
       e.valid_from AS valid_from, e.valid_from_precision AS valid_from_precision, e.valid_to AS valid_to, e.valid_to_precision AS valid_to_precision, e.role AS role, e.from_org AS from_org, e.to_org AS to_org, e.headcount AS headcount, e.status AS status, e.citations AS citations
UNION ALL
UNWIND $ids AS i
MATCH (a:Team {id: i})-[e:PART_OF]->(b:Company)
WHERE e.status = 'accepted'
  AND (e.valid_from IS NULL OR e.valid_from <= $as_of) AND (e.valid_to IS NULL OR e.valid_to > $as_of)
RETURN 'PART_OF' AS type, e.id AS id, a.id AS src, b.id AS dst,
       e.valid_from AS valid_from, e.valid_from_precision AS valid_from_precision, e.valid_to AS valid_to, e.valid_to_precision AS valid_to_precision, e.role AS role, e.from_org AS from_org, e.to_org AS to_org, e.headcount AS headcount, e.status AS status, e.citations AS citations
UNION ALL
UNWIND $ids AS i
MATCH (a:Team)-[e:PART_OF]->(b:Company {id: i})
WHERE e.status = 'accepted'
  AND (e.valid_from IS NULL OR e.valid_from <= $as_of) AND (e.valid_to IS NULL OR e.valid_to > $as_of)
WITH a, e, b
WHERE NOT a.id IN $ids
RETURN 'PART_OF' AS type, e.id AS id, a.id AS src, b.id AS dst,
       e.valid_from AS valid_from, e.valid_from_precision AS valid_from_precision, e.valid_to AS valid_to, e.valid_to_precision AS valid_to_precision, e.role AS role, e.from_org AS from_org, e.to_org AS to_org, e.headcount AS headcount, e.status AS status, e.citations AS citations

// name: edges_of
// params: ids: list, as_of: date
// returns: many
// dialect: kuzu
// Embedded form of edges_of: the same rows from three branches instead of ten, one per side
// with every edge type at once (`label(e)` names the type; Neo4j spells it `type(e)`). The engine
// answers each branch by scanning the edge tables it names and joining them to the ids, so
// fewer branches read each table fewer times: about a quarter faster on a 10,000-person history.
UNWIND $ids AS i
MATCH (a:Person {id: i})-[e:REPORTS_TO|LEADS|MEMBER_OF|WORKED_AT]->(b)
WHERE e.status = 'accepted'
  AND (e.valid_from IS NULL OR e.valid_from <= $as_of) AND (e.valid_to IS NULL OR e.valid_to > $as_of)
RETURN label(e) AS type, e.id AS id, a.id AS src, b.id AS dst,
       e.valid_from AS valid_from, e.valid_from_precision AS valid_from_precision, e.valid_to AS valid_to, e.valid_to_precision AS valid_to_precision, e.role AS role, e.from_org AS from_org, e.to_org AS to_org, e.headcount AS headcount, e.status AS status, e.citations AS citations
UNION ALL
UNWIND $ids AS i
MATCH (a:Team {id: i})-[e:PART_OF]->(b:Company)
WHERE e.status = 'accepted'
  AND (e.valid_from IS NULL OR e.valid_from <= $as_of) AND (e.valid_to IS NULL OR e.valid_to > $as_of)
RETURN label(e) AS type, e.id AS id, a.id AS src, b.id AS dst,
       e.valid_from AS valid_from, e.valid_from_precision AS valid_from_precision, e.valid_to AS valid_to, e.valid_to_precision AS valid_to_precision, e.role AS role, e.from_org AS from_org, e.to_org AS to_org, e.headcount AS headcount, e.status AS status, e.citations AS citations
UNION ALL
UNWIND $ids AS i
MATCH (a)-[e:REPORTS_TO|LEADS|MEMBER_OF|WORKED_AT|PART_OF]->(b {id: i})
WHERE e.status = 'accepted'
  AND (e.valid_from IS NULL OR e.valid_from <= $as_of) AND (e.valid_to IS NULL OR e.valid_to > $as_of)
WITH a, e, b
WHERE NOT a.id IN $ids
RETURN label(e) AS type, e.id AS id, a.id AS src, b.id AS dst,
       e.valid_from AS valid_from, e.valid_from_precision AS valid_from_precision, e.valid_to AS valid_to, e.valid_to_precision AS valid_to_precision, e.role AS role, e.from_org AS from_org, e.to_org AS to_org, e.headcount AS headcount, e.status AS status, e.citations AS citations

// name: ended_of
// params: ids: list, as_of: date, since: date
// returns: many
// snapshot.ended for the people among `ids`: the same rows, found from each id by primary key
// (see edges_of for why).
UNWIND $ids AS i
MATCH (a:Person {id: i})-[e:REPORTS_TO]->(b:Person)
WHERE e.status = 'accepted'
  AND e.valid_to IS NOT NULL AND e.valid_to > $since AND e.valid_to <= $as_of
RETURN 'REPORTS_TO' AS type, e.id AS id, a.id AS src, b.id AS dst,
       e.valid_from AS valid_from, e.valid_from_precision AS valid_from_precision, e.valid_to AS valid_to, e.valid_to_precision AS valid_to_precision, e.role AS role, e.from_org AS from_org, e.to_org AS to_org, e.headcount AS headcount, e.status AS status, e.citations AS citations
UNION ALL
UNWIND $ids AS i
MATCH (a:Person {id: i})-[e:LEADS]->(b:Team)
WHERE e.status = 'accepted'
  AND e.valid_to IS NOT NULL AND e.valid_to > $since AND e.valid_to <= $as_of
RETURN 'LEADS' AS type, e.id AS id, a.id AS src, b.id AS dst,
       e.valid_from AS valid_from, e.valid_from_precision AS valid_from_precision, e.valid_to AS valid_to, e.valid_to_precision AS valid_to_precision, e.role AS role, e.from_org AS from_org, e.to_org AS to_org, e.headcount AS headcount, e.status AS status, e.citations AS citations
UNION ALL
UNWIND $ids AS i
MATCH (a:Person {id: i})-[e:MEMBER_OF]->(b:Team)
WHERE e.status = 'accepted'
  AND e.valid_to IS NOT NULL AND e.valid_to > $since AND e.valid_to <= $as_of
RETURN 'MEMBER_OF' AS type, e.id AS id, a.id AS src, b.id AS dst,
       e.valid_from AS valid_from, e.valid_from_precision AS valid_from_precision, e.valid_to AS valid_to, e.valid_to_precision AS valid_to_precision, e.role AS role, e.from_org AS from_org, e.to_org AS to_org, e.headcount AS headcount, e.status AS status, e.citations AS citations
UNION ALL
UNWIND $ids AS i
MATCH (a:Person {id: i})-[e:WORKED_AT]->(b:Company)
WHERE e.status = 'accepted'
  AND e.valid_to IS NOT NULL AND e.valid_to > $since AND e.valid_to <= $as_of
RETURN 'WORKED_AT' AS type, e.id AS id, a.id AS src, b.id AS dst,
       e.valid_from AS valid_from, e.valid_from_precision AS valid_from_precision, e.valid_to AS valid_to, e.valid_to_precision AS valid_to_precision, e.role AS role, e.from_org AS from_org, e.to_org AS to_org, e.headcount AS headcount, e.status AS status, e.citations AS citations

// name: ended_of
// params: ids: list, as_of: date, since: date
// returns: many
// dialect: kuzu
// Embedded form of ended_of: one branch for every edge type (see the kuzu edges_of).
UNWIND $ids AS i
MATCH (a:Person {id: i})-[e:REPORTS_TO|LEADS|MEMBER_OF|WORKED_AT]->(b)
WHERE e.status = 'accepted'
  AND e.valid_to IS NOT NULL AND e.valid_to > $since AND e.valid_to <= $as_of
RETURN label(e) AS type, e.id AS id, a.id AS src, b.id AS dst,
       e.valid_from AS valid_from, e.valid_from_precision AS valid_from_precision, e.valid_to AS valid_to, e.valid_to_precision AS valid_to_precision, e.role AS role, e.from_org AS from_org, e.to_org AS to_org, e.headcount AS headcount, e.status AS status, e.citations AS citations

// name: nodes
// params: ids: list
// returns: many
// The people, teams and companies with the given ids (a team's company id in `company`; empty
// for the other kinds, so every branch returns the same column types). Each id is looked up by
// primary key (UNWIND), not every node tested against the list: the embedded engine scans a
// whole table for `n.id IN $ids`.
UNWIND $ids AS i
WITH DISTINCT i
MATCH (n:Person {id: i})
RETURN 'Person' AS kind, n.id AS id, n.name AS name, '' AS company
UNION ALL
UNWIND $ids AS i
WITH DISTINCT i
MATCH (n:Team {id: i})
RETURN 'Team' AS kind, n.id AS id, n.name AS name, n.company AS company
UNION ALL
UNWIND $ids AS i
WITH DISTINCT i
MATCH (n:Company {id: i})
RETURN 'Company' AS kind, n.id AS id, n.name AS name, '' AS company
