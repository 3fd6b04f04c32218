// name: counts
// params:
// returns: many
// How many nodes, edges and reports the store holds, by kind.
MATCH (n:Person) RETURN 'Person' AS kind, count(n) AS count
UNION ALL MATCH (n:Team) RETURN 'Team' AS kind, count(n) AS count
UNION ALL MATCH (n:Company) RETURN 'Company' AS kind, count(n) AS count
UNION ALL MATCH (n:Source) RETURN 'Source' AS kind, count(n) AS count
UNION ALL MATCH ()-[e:REPORTS_TO]->() RETURN 'REPORTS_TO' AS kind, count(e) AS count
UNION ALL MATCH ()-[e:LEADS]->() RETURN 'LEADS' AS kind, count(e) AS count
UNION ALL MATCH ()-[e:MEMBER_OF]->() RETURN 'MEMBER_OF' AS kind, count(e) AS count
UNION ALL MATCH ()-[e:WORKED_AT]->() RETURN 'WORKED_AT' AS kind, count(e) AS count
UNION ALL MATCH ()-[e:PART_OF]->() RETURN 'PART_OF' AS kind, count(e) AS count

// name: sources
// params:
// returns: many
// Every report loaded, newest first: the ids 'orgraph retract' takes.
MATCH (s:Source)
RETURN s.id AS id, s.kind AS kind, s.path AS path, s.title AS title, s.publisher AS publisher,
       s.published AS published, s.loaded_at AS loaded_at
ORDER BY loaded_at DESC

// name: find_company
// params: key
// returns: many
// Companies whose id, name or alias matches what a user typed (names are stored as slugs in
// `keys`): how friendly query params turn "Apple" into the company id.
MATCH (n:Company)
WHERE n.id = $key OR $key IN n.keys
RETURN n.id AS id, n.name AS name
ORDER BY id

// name: find_team
// params: key
// returns: many
// Teams whose id, name or alias matches what a user typed; the same team name may exist at
// two companies, so each comes back with its company id.
MATCH (n:Team)
WHERE n.id = $key OR $key IN n.keys
RETURN n.id AS id, n.name AS name, n.company AS company
ORDER BY id
