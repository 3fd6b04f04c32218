// name: persons_present
// params: ids: list
// returns: scalar
// How many of the given person ids the store already holds (primary-key look-ups, not a scan):
// the bulk path only writes people the store does not know yet.
UNWIND $ids AS person_id
MATCH (p:Person {id: person_id})
RETURN count(p) AS n

// name: persons
// params: rows, source_id
// returns: none
// dialect: kuzu
// New people straight from a table (an Arrow table parameter) with the engine's own bulk import.
// Columns: id, name, key (slug of the name); every one is cited by $source_id. Lists are built
// here because the engine cannot scan list-valued table columns.
COPY Person FROM (
  LOAD FROM $rows
  RETURN id, name, CAST([] AS STRING[]), [key], [$source_id]
)

// name: persons
// params: rows, source_id
// returns: none
// dialect: neo4j
// New people, a batch of rows per transaction (the caller batches).
UNWIND $rows AS r
CREATE (n:Person {id: r.id, name: r.name, aliases: [], keys: [r.key], source_ids: [$source_id]})

// name: reports_to
// params: rows, precision, recorded_at, status, confidence, source_id
// returns: none
// dialect: kuzu
// New REPORTS_TO edges from a table with columns src, dst, id, valid_from, valid_to (dates;
// valid_to null when open), valid_to_precision (null when open) and citations (stored text);
// the properties every row shares are params. Properties not listed stay null, as the
// normal write path leaves them.
COPY REPORTS_TO(id, valid_from, valid_from_precision, valid_to, valid_to_precision, recorded_at, status, confidence, source_ids, citations) FROM (
  LOAD FROM $rows
  RETURN src, dst, id, valid_from, $precision, valid_to, valid_to_precision, $recorded_at, $status, $confidence, [$source_id], citations
)

// name: reports_to
// params: rows, precision, recorded_at, status, confidence, source_id
// returns: none
// dialect: neo4j
// A batch of rows per transaction (dates arrive as dates, open ends as null).
UNWIND $rows AS r
MATCH (a:Person {id: r.src}), (b:Person {id: r.dst})
CREATE (a)-[:REPORTS_TO {id: r.id, valid_from: r.valid_from, valid_from_precision: $precision, valid_to: r.valid_to,
  valid_to_precision: r.valid_to_precision, recorded_at: $recorded_at, status: $status, confidence: $confidence,
  source_ids: [$source_id], citations: r.citations}]->(b)

// name: member_of
// params: rows, precision, recorded_at, status, confidence, source_id
// returns: none
// dialect: kuzu
// New MEMBER_OF edges (columns and params as for reports_to).
COPY MEMBER_OF(id, valid_from, valid_from_precision, valid_to, valid_to_precision, recorded_at, status, confidence, source_ids, citations) FROM (
  LOAD FROM $rows
  RETURN src, dst, id, valid_from, $precision, valid_to, valid_to_precision, $recorded_at, $status, $confidence, [$source_id], citations
)

// name: member_of
// params: rows, precision, recorded_at, status, confidence, source_id
// returns: none
// dialect: neo4j
// A batch of rows per transaction (dates arrive as dates, open ends as null).
UNWIND $rows AS r
MATCH (a:Person {id: r.src}), (b:Team {id: r.dst})
CREATE (a)-[:MEMBER_OF {id: r.id, valid_from: r.valid_from, valid_from_precision: $precision, valid_to: r.valid_to,
  valid_to_precision: r.valid_to_precision, recorded_at: $recorded_at, status: $status, confidence: $confidence,
  source_ids: [$source_id], citations: r.citations}]->(b)

// name: worked_at
// params: rows, precision, recorded_at, status, confidence, source_id
// returns: none
// dialect: kuzu
// New WORKED_AT edges (columns and params as for reports_to).
COPY WORKED_AT(id, valid_from, valid_from_precision, valid_to, valid_to_precision, recorded_at, status, confidence, source_ids, citations) FROM (
  LOAD FROM $rows
  RETURN src, dst, id, valid_from, $precision, valid_to, valid_to_precision, $recorded_at, $status, $confidence, [$source_id], citations
)

// name: worked_at
// params: rows, precision, recorded_at, status, confidence, source_id
// returns: none
// dialect: neo4j
// A batch of rows per transaction (dates arrive as dates, open ends as null).
UNWIND $rows AS r
MATCH (a:Person {id: r.src}), (b:Company {id: r.dst})
CREATE (a)-[:WORKED_AT {id: r.id, valid_from: r.valid_from, valid_from_precision: $precision, valid_to: r.valid_to,
  valid_to_precision: r.valid_to_precision, recorded_at: $recorded_at, status: $status, confidence: $confidence,
  source_ids: [$source_id], citations: r.citations}]->(b)
