// name: find
// params: key
// returns: many
// People whose name or an alias matches what a user typed. Nodes store the slugs of
// their names as `keys`, so "pang", "Pang" and "PANG" all find Ruoming Pang.
MATCH (n:Person)
WHERE n.id = $key OR $key IN n.keys
RETURN n.id AS id, n.name AS name, n.aliases AS aliases
ORDER BY id

// name: history
// params: person
// returns: many
// Everything recorded about one person, by kind of tie: employments (with where they came
// from and went), teams led and joined, and managers, each with its dates and status
// ('conflict' marks a report that disagrees with another).
MATCH (p:Person {id: $person})-[e:WORKED_AT]->(o:Company)
RETURN 'WORKED_AT' AS type, o.id AS other_id, o.name AS other, e.role AS role, e.valid_from AS valid_from,
       e.valid_from_precision AS valid_from_precision, e.valid_to AS valid_to, e.valid_to_precision AS valid_to_precision,
       e.from_org AS from_org, e.to_org AS to_org, e.status AS status
ORDER BY valid_from
UNION ALL
MATCH (p:Person {id: $person})-[e:LEADS]->(o:Team)
RETURN 'LEADS' AS type, o.id AS other_id, o.name AS other, e.role AS role, e.valid_from AS valid_from,
       e.valid_from_precision AS valid_from_precision, e.valid_to AS valid_to, e.valid_to_precision AS valid_to_precision,
       e.from_org AS from_org, e.to_org AS to_org, e.status AS status
ORDER BY valid_from
UNION ALL
MATCH (p:Person {id: $person})-[e:MEMBER_OF]->(o:Team)
RETURN 'MEMBER_OF' AS type, o.id AS other_id, o.name AS other, e.role AS role, e.valid_from AS valid_from,
       e.valid_from_precision AS valid_from_precision, e.valid_to AS valid_to, e.valid_to_precision AS valid_to_precision,
       e.from_org AS from_org, e.to_org AS to_org, e.status AS status
ORDER BY valid_from
UNION ALL
MATCH (p:Person {id: $person})-[e:REPORTS_TO]->(o:Person)
RETURN 'REPORTS_TO' AS type, o.id AS other_id, o.name AS other, e.role AS role, e.valid_from AS valid_from,
       e.valid_from_precision AS valid_from_precision, e.valid_to AS valid_to, e.valid_to_precision AS valid_to_precision,
       e.from_org AS from_org, e.to_org AS to_org, e.status AS status
ORDER BY valid_from
