// name: manager
// params: person
// returns: many
MATCH (p:Person {id: $person})-[e:REPORTS_TO]->(m:Person)
WHERE e.valid_from <= $as_of
RETURN m.name AS manager
