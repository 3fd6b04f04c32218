// name: nodes
// params:
// returns: many
// Every node with every stored property, for comparing whole stores in tests.
MATCH (n:Person) RETURN 'Person' AS kind, n.id AS id, n.name AS name, n.aliases AS aliases, n.keys AS keys, n.source_ids AS source_ids, '' AS company
UNION ALL
MATCH (n:Team) RETURN 'Team' AS kind, n.id AS id, n.name AS name, n.aliases AS aliases, n.keys AS keys, n.source_ids AS source_ids, n.company AS company
UNION ALL
MATCH (n:Company) RETURN 'Company' AS kind, n.id AS id, n.name AS name, n.aliases AS aliases, n.keys AS keys, n.source_ids AS source_ids, '' AS company

// name: edges
// params:
// returns: many
// Every edge with every stored property.
MATCH (a)-[e]->(b)
RETURN label(e) AS type, a.id AS src, b.id AS dst, e.id AS id, e.valid_from AS valid_from,
       e.valid_from_precision AS valid_from_precision, e.valid_to AS valid_to, e.valid_to_precision AS valid_to_precision,
       e.announced_at AS announced_at, e.recorded_at AS recorded_at, e.role AS role, e.from_org AS from_org,
       e.to_org AS to_org, e.headcount AS headcount, e.status AS status, e.closed_by AS closed_by,
       e.confidence AS confidence, e.source_ids AS source_ids, e.citations AS citations

// name: sources
// params:
// returns: many
// Every loaded report.
MATCH (s:Source)
RETURN s.id AS id, s.kind AS kind, s.path AS path, s.url AS url, s.title AS title, s.publisher AS publisher,
       s.published AS published, s.loaded_at AS loaded_at

// name: meta
// params:
// returns: many
MATCH (m:Meta) RETURN m.key AS key, m.value AS value
