// name: persons_present
// params: ids: list
// returns: scalar
// How many of the given person ids the store already holds (primary-key look-ups, not a scan):
// the bulk path only writes people the store does not know yet.
UNWIND $ids AS person_id
MATCH (p:Person {id: person_id})
RETURN count(p) AS n

// name: persons
// params: rows
// returns: none
// dialect: kuzu
// New people straight from a table (a DataFrame parameter) with the engine's own bulk import.
// Columns: id, name, key (slug of the name), source_id. Lists are built here because the
// engine cannot scan list-valued DataFrame columns.
COPY Person FROM (
  LOAD FROM $rows
  RETURN id, name, CAST([] AS STRING[]), [key], [source_id]
)

// name: persons
// params: rows
// returns: none
// dialect: neo4j
// New people, a batch of rows per transaction (the caller batches).
UNWIND $rows AS r
CREATE (n:Person {id: r.id, name: r.name, aliases: [], keys: [r.key], source_ids: [r.source_id]})

// name: reports_to
// params: rows
// returns: none
// dialect: kuzu
// New REPORTS_TO edges from a table with columns id, src, dst, valid_from, valid_from_precision,
// valid_to, valid_to_precision, recorded_at, status, confidence, source_id, citations (dates as
// ISO text). An open end is '' rather than null: the engine's DataFrame scan crashes on text
// columns mixing None and strings (kuzu 0.11.3). Properties not listed stay null, as the normal
// write path leaves them.
COPY REPORTS_TO(id, valid_from, valid_from_precision, valid_to, valid_to_precision, recorded_at, status, confidence, source_ids, citations) FROM (
  LOAD FROM $rows
  RETURN src, dst, id, date(valid_from), valid_from_precision, date(nullif(valid_to, '')), nullif(valid_to_precision, ''),
         recorded_at, status, confidence, [source_id], citations
)

// name: reports_to
// params: rows
// returns: none
// dialect: neo4j
UNWIND $rows AS r
MATCH (a:Person {id: r.src}), (b:Person {id: r.dst})
CREATE (a)-[:REPORTS_TO {id: r.id, valid_from: date(r.valid_from), valid_from_precision: r.valid_from_precision,
  valid_to: CASE WHEN r.valid_to = '' THEN null ELSE date(r.valid_to) END,
  valid_to_precision: CASE WHEN r.valid_to_precision = '' THEN null ELSE r.valid_to_precision END, recorded_at: r.recorded_at,
  status: r.status, confidence: r.confidence, source_ids: [r.source_id], citations: r.citations}]->(b)

// name: member_of
// params: rows
// returns: none
// dialect: kuzu
// New MEMBER_OF edges (columns as for reports_to).
COPY MEMBER_OF(id, valid_from, valid_from_precision, valid_to, valid_to_precision, recorded_at, status, confidence, source_ids, citations) FROM (
  LOAD FROM $rows
  RETURN src, dst, id, date(valid_from), valid_from_precision, date(nullif(valid_to, '')), nullif(valid_to_precision, ''),
         recorded_at, status, confidence, [source_id], citations
)

// name: member_of
// params: rows
// returns: none
// dialect: neo4j
UNWIND $rows AS r
MATCH (a:Person {id: r.src}), (b:Team {id: r.dst})
CREATE (a)-[:MEMBER_OF {id: r.id, valid_from: date(r.valid_from), valid_from_precision: r.valid_from_precision,
  valid_to: CASE WHEN r.valid_to = '' THEN null ELSE date(r.valid_to) END,
  valid_to_precision: CASE WHEN r.valid_to_precision = '' THEN null ELSE r.valid_to_precision END, recorded_at: r.recorded_at,
  status: r.status, confidence: r.confidence, source_ids: [r.source_id], citations: r.citations}]->(b)

// name: worked_at
// params: rows
// returns: none
// dialect: kuzu
// New WORKED_AT edges (columns as for reports_to).
COPY WORKED_AT(id, valid_from, valid_from_precision, valid_to, valid_to_precision, recorded_at, status, confidence, source_ids, citations) FROM (
  LOAD FROM $rows
  RETURN src, dst, id, date(valid_from), valid_from_precision, date(nullif(valid_to, '')), nullif(valid_to_precision, ''),
         recorded_at, status, confidence, [source_id], citations
)

// name: worked_at
// params: rows
// returns: none
// dialect: neo4j
UNWIND $rows AS r
MATCH (a:Person {id: r.src}), (b:Company {id: r.dst})
CREATE (a)-[:WORKED_AT {id: r.id, valid_from: date(r.valid_from), valid_from_precision: r.valid_from_precision,
  valid_to: CASE WHEN r.valid_to = '' THEN null ELSE date(r.valid_to) END,
  valid_to_precision: CASE WHEN r.valid_to_precision = '' THEN null ELSE r.valid_to_precision END, recorded_at: r.recorded_at,
  status: r.status, confidence: r.confidence, source_ids: [r.source_id], citations: r.citations}]->(b)
