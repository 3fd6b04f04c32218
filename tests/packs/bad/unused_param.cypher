// name: manager
// params: person, as_of: date
// returns: many
MATCH (p:Person {id: $person})-[e:REPORTS_TO]->(m:Person)
RETURN m.name AS manager
