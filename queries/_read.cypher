// name: edges_touching
// params: ids
// returns: many
// Every edge that starts or ends at one of the given nodes: the scope a report's claims
// can merge with or supersede.
MATCH (a:Person)-[e:REPORTS_TO]->(b:Person)
WHERE a.id IN $ids OR b.id IN $ids
RETURN 'REPORTS_TO' AS type, e.id AS id, a.id AS src, b.id AS dst,
       e.valid_from AS valid_from, e.valid_from_precision AS valid_from_precision, e.valid_to AS valid_to, e.valid_to_precision AS valid_to_precision, e.announced_at AS announced_at, e.recorded_at AS recorded_at, e.role AS role, e.from_org AS from_org, e.to_org AS to_org, e.headcount AS headcount, e.status AS status, e.closed_by AS closed_by, e.confidence AS confidence, e.source_ids AS source_ids, e.citations AS citations
UNION ALL
MATCH (a:Person)-[e:LEADS]->(b:Team)
WHERE a.id IN $ids OR b.id IN $ids
RETURN 'LEADS' AS type, e.id AS id, a.id AS src, b.id AS dst,
       e.valid_from AS valid_from, e.valid_from_precision AS valid_from_precision, e.valid_to AS valid_to, e.valid_to_precision AS valid_to_precision, e.announced_at AS announced_at, e.recorded_at AS recorded_at, e.role AS role, e.from_org AS from_org, e.to_org AS to_org, e.headcount AS headcount, e.status AS status, e.closed_by AS closed_by, e.confidence AS confidence, e.source_ids AS source_ids, e.citations AS citations
UNION ALL
MATCH (a:Person)-[e:MEMBER_OF]->(b:Team)
WHERE a.id IN $ids OR b.id IN $ids
RETURN 'MEMBER_OF' AS type, e.id AS id, a.id AS src, b.id AS dst,
       e.valid_from AS valid_from, e.valid_from_precision AS valid_from_precision, e.valid_to AS valid_to, e.valid_to_precision AS valid_to_precision, e.announced_at AS announced_at, e.recorded_at AS recorded_at, e.role AS role, e.from_org AS from_org, e.to_org AS to_org, e.headcount AS headcount, e.status AS status, e.closed_by AS closed_by, e.confidence AS confidence, e.source_ids AS source_ids, e.citations AS citations
UNION ALL
MATCH (a:Person)-[e:WORKED_AT]->(b:Company)
WHERE a.id IN $ids OR b.id IN $ids
RETURN 'WORKED_AT' AS type, e.id AS id, a.id AS src, b.id AS dst,
       e.valid_from AS valid_from, e.valid_from_precision AS valid_from_precision, e.valid_to AS valid_to, e.valid_to_precision AS valid_to_precision, e.announced_at AS announced_at, e.recorded_at AS recorded_at, e.role AS role, e.from_org AS from_org, e.to_org AS to_org, e.headcount AS headcount, e.status AS status, e.closed_by AS closed_by, e.confidence AS confidence, e.source_ids AS source_ids, e.citations AS citations
UNION ALL
MATCH (a:Team)-[e:PART_OF]->(b:Company)
WHERE a.id IN $ids OR b.id IN $ids
RETURN 'PART_OF' AS type, e.id AS id, a.id AS src, b.id AS dst,
       e.valid_from AS valid_from, e.valid_from_precision AS valid_from_precision, e.valid_to AS valid_to, e.valid_to_precision AS valid_to_precision, e.announced_at AS announced_at, e.recorded_at AS recorded_at, e.role AS role, e.from_org AS from_org, e.to_org AS to_org, e.headcount AS headcount, e.status AS status, e.closed_by AS closed_by, e.confidence AS confidence, e.source_ids AS source_ids, e.citations AS citations

// name: edges_citing
// params: source_id
// returns: many
// Every edge one report supports, for retracting that report.
MATCH (a:Person)-[e:REPORTS_TO]->(b:Person)
WHERE $source_id IN e.source_ids
RETURN 'REPORTS_TO' AS type, e.id AS id, a.id AS src, b.id AS dst,
       e.valid_from AS valid_from, e.valid_from_precision AS valid_from_precision, e.valid_to AS valid_to, e.valid_to_precision AS valid_to_precision, e.announced_at AS announced_at, e.recorded_at AS recorded_at, e.role AS role, e.from_org AS from_org, e.to_org AS to_org, e.headcount AS headcount, e.status AS status, e.closed_by AS closed_by, e.confidence AS confidence, e.source_ids AS source_ids, e.citations AS citations
UNION ALL
MATCH (a:Person)-[e:LEADS]->(b:Team)
WHERE $source_id IN e.source_ids
RETURN 'LEADS' AS type, e.id AS id, a.id AS src, b.id AS dst,
       e.valid_from AS valid_from, e.valid_from_precision AS valid_from_precision, e.valid_to AS valid_to, e.valid_to_precision AS valid_to_precision, e.announced_at AS announced_at, e.recorded_at AS recorded_at, e.role AS role, e.from_org AS from_org, e.to_org AS to_org, e.headcount AS headcount, e.status AS status, e.closed_by AS closed_by, e.confidence AS confidence, e.source_ids AS source_ids, e.citations AS citations
UNION ALL
MATCH (a:Person)-[e:MEMBER_OF]->(b:Team)
WHERE $source_id IN e.source_ids
RETURN 'MEMBER_OF' AS type, e.id AS id, a.id AS src, b.id AS dst,
       e.valid_from AS valid_from, e.valid_from_precision AS valid_from_precision, e.valid_to AS valid_to, e.valid_to_precision AS valid_to_precision, e.announced_at AS announced_at, e.recorded_at AS recorded_at, e.role AS role, e.from_org AS from_org, e.to_org AS to_org, e.headcount AS headcount, e.status AS status, e.closed_by AS closed_by, e.confidence AS confidence, e.source_ids AS source_ids, e.citations AS citations
UNION ALL
MATCH (a:Person)-[e:WORKED_AT]->(b:Company)
WHERE $source_id IN e.source_ids
RETURN 'WORKED_AT' AS type, e.id AS id, a.id AS src, b.id AS dst,
       e.valid_from AS valid_from, e.valid_from_precision AS valid_from_precision, e.valid_to AS valid_to, e.valid_to_precision AS valid_to_precision, e.announced_at AS announced_at, e.recorded_at AS recorded_at, e.role AS role, e.from_org AS from_org, e.to_org AS to_org, e.headcount AS headcount, e.status AS status, e.closed_by AS closed_by, e.confidence AS confidence, e.source_ids AS source_ids, e.citations AS citations
UNION ALL
MATCH (a:Team)-[e:PART_OF]->(b:Company)
WHERE $source_id IN e.source_ids
RETURN 'PART_OF' AS type, e.id AS id, a.id AS src, b.id AS dst,
       e.valid_from AS valid_from, e.valid_from_precision AS valid_from_precision, e.valid_to AS valid_to, e.valid_to_precision AS valid_to_precision, e.announced_at AS announced_at, e.recorded_at AS recorded_at, e.role AS role, e.from_org AS from_org, e.to_org AS to_org, e.headcount AS headcount, e.status AS status, e.closed_by AS closed_by, e.confidence AS confidence, e.source_ids AS source_ids, e.citations AS citations

// name: persons_by_id
// params: ids
// returns: many
MATCH (n:Person)
WHERE n.id IN $ids
RETURN 'Person' AS kind, n.id AS id, n.name AS name, n.aliases AS aliases, n.keys AS keys, n.source_ids AS source_ids

// name: teams_by_id
// params: ids
// returns: many
MATCH (n:Team)
WHERE n.id IN $ids
RETURN 'Team' AS kind, n.id AS id, n.name AS name, n.aliases AS aliases, n.keys AS keys, n.source_ids AS source_ids, n.company AS company

// name: companies_by_id
// params: ids
// returns: many
MATCH (n:Company)
WHERE n.id IN $ids
RETURN 'Company' AS kind, n.id AS id, n.name AS name, n.aliases AS aliases, n.keys AS keys, n.source_ids AS source_ids

// name: source
// params: id
// returns: one
MATCH (s:Source {id: $id})
RETURN s.id AS id, s.kind AS kind, s.path AS path, s.url AS url, s.title AS title,
       s.publisher AS publisher, s.published AS published, s.loaded_at AS loaded_at

// name: orphan_nodes
// params: ids
// returns: many
// Nodes among the given ids that no edge touches any more, for clean-up after a retract.
MATCH (n:Person) WHERE n.id IN $ids AND NOT (n)--() RETURN 'Person' AS kind, n.id AS id
UNION ALL
MATCH (n:Team) WHERE n.id IN $ids AND NOT (n)--() RETURN 'Team' AS kind, n.id AS id
UNION ALL
MATCH (n:Company) WHERE n.id IN $ids AND NOT (n)--() RETURN 'Company' AS kind, n.id AS id

// name: persons_citing
// params: source_id
// returns: many
// Every person one report mentions, for retracting that report.
MATCH (n:Person)
WHERE $source_id IN n.source_ids
RETURN 'Person' AS kind, n.id AS id, n.name AS name, n.aliases AS aliases, n.keys AS keys, n.source_ids AS source_ids

// name: teams_citing
// params: source_id
// returns: many
// Every team one report mentions, for retracting that report.
MATCH (n:Team)
WHERE $source_id IN n.source_ids
RETURN 'Team' AS kind, n.id AS id, n.name AS name, n.aliases AS aliases, n.keys AS keys, n.source_ids AS source_ids, n.company AS company

// name: companies_citing
// params: source_id
// returns: many
// Every company one report mentions, for retracting that report.
MATCH (n:Company)
WHERE $source_id IN n.source_ids
RETURN 'Company' AS kind, n.id AS id, n.name AS name, n.aliases AS aliases, n.keys AS keys, n.source_ids AS source_ids

// name: merges
// params:
// returns: many
// Every recorded entity merge, oldest first: load-time id rewriting and unmerge read them.
MATCH (m:Merge)
RETURN m.id AS id, m.kind AS kind, m.kept AS kept, m.merged AS merged, m.payload AS payload,
       m.recorded_at AS recorded_at
ORDER BY recorded_at

// name: names
// params:
// returns: many
// Every person's and company's id and name, for proposing duplicate candidates.
MATCH (n:Person) RETURN 'Person' AS kind, n.id AS id, n.name AS name
UNION ALL
MATCH (n:Company) RETURN 'Company' AS kind, n.id AS id, n.name AS name
