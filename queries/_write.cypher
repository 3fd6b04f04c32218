// name: upsert_persons
// params: rows
// returns: none
UNWIND $rows AS r
MERGE (n:Person {id: r.id})
SET n.name = r.name, n.aliases = r.aliases, n.keys = r.keys, n.source_ids = r.source_ids

// name: upsert_teams
// params: rows
// returns: none
UNWIND $rows AS r
MERGE (n:Team {id: r.id})
SET n.name = r.name, n.aliases = r.aliases, n.keys = r.keys, n.source_ids = r.source_ids, n.company = r.company

// name: upsert_companies
// params: rows
// returns: none
UNWIND $rows AS r
MERGE (n:Company {id: r.id})
SET n.name = r.name, n.aliases = r.aliases, n.keys = r.keys, n.source_ids = r.source_ids

// name: upsert_source
// params: rows
// returns: none
// Dates travel as ISO text and are converted here: the embedded engine cannot type a
// parameter column that is null in every row.
UNWIND $rows AS r
MERGE (s:Source {id: r.id})
SET s.kind = r.kind, s.path = r.path, s.url = r.url, s.title = r.title,
    s.publisher = r.publisher, s.published = date(r.published), s.loaded_at = r.loaded_at

// name: upsert_reports_to
// params: rows
// returns: none
UNWIND $rows AS r
MATCH (a:Person {id: r.src}), (b:Person {id: r.dst})
MERGE (a)-[e:REPORTS_TO {id: r.id}]->(b)
SET e.valid_from = date(r.valid_from), e.valid_from_precision = r.valid_from_precision,
    e.valid_to = date(r.valid_to), e.valid_to_precision = r.valid_to_precision,
    e.announced_at = date(r.announced_at), e.recorded_at = r.recorded_at, e.role = r.role,
    e.from_org = r.from_org, e.to_org = r.to_org, e.status = r.status, e.closed_by = r.closed_by,
    e.confidence = r.confidence, e.source_ids = r.source_ids, e.citations = r.citations

// name: set_headcount_reports_to
// params: rows
// returns: none
// Kept apart from the upsert: rows are only sent when a headcount is known, because the
// embedded engine cannot type a column that is null in every row.
UNWIND $rows AS r
MATCH (:Person)-[e:REPORTS_TO {id: r.id}]->(:Person)
SET e.headcount = r.headcount

// name: delete_reports_to
// params: ids
// returns: none
UNWIND $ids AS edge_id
MATCH (:Person)-[e:REPORTS_TO {id: edge_id}]->(:Person)
DELETE e

// name: upsert_leads
// params: rows
// returns: none
UNWIND $rows AS r
MATCH (a:Person {id: r.src}), (b:Team {id: r.dst})
MERGE (a)-[e:LEADS {id: r.id}]->(b)
SET e.valid_from = date(r.valid_from), e.valid_from_precision = r.valid_from_precision,
    e.valid_to = date(r.valid_to), e.valid_to_precision = r.valid_to_precision,
    e.announced_at = date(r.announced_at), e.recorded_at = r.recorded_at, e.role = r.role,
    e.from_org = r.from_org, e.to_org = r.to_org, e.status = r.status, e.closed_by = r.closed_by,
    e.confidence = r.confidence, e.source_ids = r.source_ids, e.citations = r.citations

// name: set_headcount_leads
// params: rows
// returns: none
// Kept apart from the upsert: rows are only sent when a headcount is known, because the
// embedded engine cannot type a column that is null in every row.
UNWIND $rows AS r
MATCH (:Person)-[e:LEADS {id: r.id}]->(:Team)
SET e.headcount = r.headcount

// name: delete_leads
// params: ids
// returns: none
UNWIND $ids AS edge_id
MATCH (:Person)-[e:LEADS {id: edge_id}]->(:Team)
DELETE e

// name: upsert_member_of
// params: rows
// returns: none
UNWIND $rows AS r
MATCH (a:Person {id: r.src}), (b:Team {id: r.dst})
MERGE (a)-[e:MEMBER_OF {id: r.id}]->(b)
SET e.valid_from = date(r.valid_from), e.valid_from_precision = r.valid_from_precision,
    e.valid_to = date(r.valid_to), e.valid_to_precision = r.valid_to_precision,
    e.announced_at = date(r.announced_at), e.recorded_at = r.recorded_at, e.role = r.role,
    e.from_org = r.from_org, e.to_org = r.to_org, e.status = r.status, e.closed_by = r.closed_by,
    e.confidence = r.confidence, e.source_ids = r.source_ids, e.citations = r.citations

// name: set_headcount_member_of
// params: rows
// returns: none
// Kept apart from the upsert: rows are only sent when a headcount is known, because the
// embedded engine cannot type a column that is null in every row.
UNWIND $rows AS r
MATCH (:Person)-[e:MEMBER_OF {id: r.id}]->(:Team)
SET e.headcount = r.headcount

// name: delete_member_of
// params: ids
// returns: none
UNWIND $ids AS edge_id
MATCH (:Person)-[e:MEMBER_OF {id: edge_id}]->(:Team)
DELETE e

// name: upsert_worked_at
// params: rows
// returns: none
UNWIND $rows AS r
MATCH (a:Person {id: r.src}), (b:Company {id: r.dst})
MERGE (a)-[e:WORKED_AT {id: r.id}]->(b)
SET e.valid_from = date(r.valid_from), e.valid_from_precision = r.valid_from_precision,
    e.valid_to = date(r.valid_to), e.valid_to_precision = r.valid_to_precision,
    e.announced_at = date(r.announced_at), e.recorded_at = r.recorded_at, e.role = r.role,
    e.from_org = r.from_org, e.to_org = r.to_org, e.status = r.status, e.closed_by = r.closed_by,
    e.confidence = r.confidence, e.source_ids = r.source_ids, e.citations = r.citations

// name: set_headcount_worked_at
// params: rows
// returns: none
// Kept apart from the upsert: rows are only sent when a headcount is known, because the
// embedded engine cannot type a column that is null in every row.
UNWIND $rows AS r
MATCH (:Person)-[e:WORKED_AT {id: r.id}]->(:Company)
SET e.headcount = r.headcount

// name: delete_worked_at
// params: ids
// returns: none
UNWIND $ids AS edge_id
MATCH (:Person)-[e:WORKED_AT {id: edge_id}]->(:Company)
DELETE e

// name: upsert_part_of
// params: rows
// returns: none
UNWIND $rows AS r
MATCH (a:Team {id: r.src}), (b:Company {id: r.dst})
MERGE (a)-[e:PART_OF {id: r.id}]->(b)
SET e.valid_from = date(r.valid_from), e.valid_from_precision = r.valid_from_precision,
    e.valid_to = date(r.valid_to), e.valid_to_precision = r.valid_to_precision,
    e.announced_at = date(r.announced_at), e.recorded_at = r.recorded_at, e.role = r.role,
    e.from_org = r.from_org, e.to_org = r.to_org, e.status = r.status, e.closed_by = r.closed_by,
    e.confidence = r.confidence, e.source_ids = r.source_ids, e.citations = r.citations

// name: set_headcount_part_of
// params: rows
// returns: none
// Kept apart from the upsert: rows are only sent when a headcount is known, because the
// embedded engine cannot type a column that is null in every row.
UNWIND $rows AS r
MATCH (:Team)-[e:PART_OF {id: r.id}]->(:Company)
SET e.headcount = r.headcount

// name: delete_part_of
// params: ids
// returns: none
UNWIND $ids AS edge_id
MATCH (:Team)-[e:PART_OF {id: edge_id}]->(:Company)
DELETE e

// name: delete_persons
// params: ids
// returns: none
UNWIND $ids AS node_id
MATCH (n:Person {id: node_id})
DETACH DELETE n

// name: delete_teams
// params: ids
// returns: none
UNWIND $ids AS node_id
MATCH (n:Team {id: node_id})
DETACH DELETE n

// name: delete_companies
// params: ids
// returns: none
UNWIND $ids AS node_id
MATCH (n:Company {id: node_id})
DETACH DELETE n

// name: delete_sources
// params: ids
// returns: none
UNWIND $ids AS node_id
MATCH (n:Source {id: node_id})
DETACH DELETE n

// name: delete_all
// params:
// returns: none
// Empties the graph (tests against a shared Neo4j database start from nothing).
MATCH (n)
DETACH DELETE n

// name: upsert_merge
// params: rows
// returns: none
UNWIND $rows AS r
MERGE (m:Merge {id: r.id})
SET m.kind = r.kind, m.kept = r.kept, m.merged = r.merged, m.payload = r.payload, m.recorded_at = r.recorded_at

// name: delete_merge
// params: id
// returns: none
MATCH (m:Merge {id: $id})
DELETE m
