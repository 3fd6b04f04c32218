// name: create
// params:
// returns: none
// dialect: kuzu
// The embedded engine needs a typed schema before anything is stored. Bounds are named
// valid_from/valid_to because `end` is reserved in this dialect. Citations are a JSON
// text (a list of objects) because Neo4j cannot store maps as properties; source_ids
// repeats their report ids as a list so queries can filter on provenance.
CREATE NODE TABLE IF NOT EXISTS Person(id STRING, name STRING, aliases STRING[], keys STRING[], source_ids STRING[], PRIMARY KEY(id));
CREATE NODE TABLE IF NOT EXISTS Team(id STRING, name STRING, aliases STRING[], keys STRING[], company STRING, source_ids STRING[], PRIMARY KEY(id));
CREATE NODE TABLE IF NOT EXISTS Company(id STRING, name STRING, aliases STRING[], keys STRING[], source_ids STRING[], PRIMARY KEY(id));
CREATE NODE TABLE IF NOT EXISTS Source(id STRING, kind STRING, path STRING, url STRING, title STRING, publisher STRING, published DATE, loaded_at STRING, PRIMARY KEY(id));
CREATE NODE TABLE IF NOT EXISTS Merge(id STRING, kind STRING, kept STRING, merged STRING, payload STRING, recorded_at STRING, PRIMARY KEY(id));
CREATE NODE TABLE IF NOT EXISTS Meta(key STRING, value STRING, PRIMARY KEY(key));
CREATE REL TABLE IF NOT EXISTS REPORTS_TO(FROM Person TO Person, id STRING, valid_from DATE, valid_from_precision STRING, valid_to DATE, valid_to_precision STRING, announced_at DATE, recorded_at STRING, role STRING, from_org STRING, to_org STRING, headcount INT64, status STRING, closed_by STRING, confidence DOUBLE, source_ids STRING[], citations STRING);
CREATE REL TABLE IF NOT EXISTS LEADS(FROM Person TO Team, id STRING, valid_from DATE, valid_from_precision STRING, valid_to DATE, valid_to_precision STRING, announced_at DATE, recorded_at STRING, role STRING, from_org STRING, to_org STRING, headcount INT64, status STRING, closed_by STRING, confidence DOUBLE, source_ids STRING[], citations STRING);
CREATE REL TABLE IF NOT EXISTS MEMBER_OF(FROM Person TO Team, id STRING, valid_from DATE, valid_from_precision STRING, valid_to DATE, valid_to_precision STRING, announced_at DATE, recorded_at STRING, role STRING, from_org STRING, to_org STRING, headcount INT64, status STRING, closed_by STRING, confidence DOUBLE, source_ids STRING[], citations STRING);
CREATE REL TABLE IF NOT EXISTS WORKED_AT(FROM Person TO Company, id STRING, valid_from DATE, valid_from_precision STRING, valid_to DATE, valid_to_precision STRING, announced_at DATE, recorded_at STRING, role STRING, from_org STRING, to_org STRING, headcount INT64, status STRING, closed_by STRING, confidence DOUBLE, source_ids STRING[], citations STRING);
CREATE REL TABLE IF NOT EXISTS PART_OF(FROM Team TO Company, id STRING, valid_from DATE, valid_from_precision STRING, valid_to DATE, valid_to_precision STRING, announced_at DATE, recorded_at STRING, role STRING, from_org STRING, to_org STRING, headcount INT64, status STRING, closed_by STRING, confidence DOUBLE, source_ids STRING[], citations STRING);

// name: create
// params:
// returns: none
// dialect: neo4j
// Neo4j is schema-free; uniqueness constraints make MERGE on id safe and fast, and the
// relationship id indexes keep edge upserts from scanning every edge of a type.
CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT team_id IF NOT EXISTS FOR (n:Team) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT company_id IF NOT EXISTS FOR (n:Company) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT source_id IF NOT EXISTS FOR (n:Source) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT merge_id IF NOT EXISTS FOR (n:Merge) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT meta_key IF NOT EXISTS FOR (n:Meta) REQUIRE n.key IS UNIQUE;
CREATE INDEX reports_to_id IF NOT EXISTS FOR ()-[e:REPORTS_TO]-() ON (e.id);
CREATE INDEX leads_id IF NOT EXISTS FOR ()-[e:LEADS]-() ON (e.id);
CREATE INDEX member_of_id IF NOT EXISTS FOR ()-[e:MEMBER_OF]-() ON (e.id);
CREATE INDEX worked_at_id IF NOT EXISTS FOR ()-[e:WORKED_AT]-() ON (e.id);
CREATE INDEX part_of_id IF NOT EXISTS FOR ()-[e:PART_OF]-() ON (e.id);

// name: version
// params:
// returns: scalar
// The schema version this store was created with; a mismatch means an incompatible store.
MATCH (m:Meta {key: 'schema_version'}) RETURN m.value AS version

// name: set_version
// params: version
// returns: none
MERGE (m:Meta {key: 'schema_version'}) SET m.value = $version
