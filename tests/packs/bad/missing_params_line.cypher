// name: everyone
// returns: many
MATCH (p:Person) RETURN p.name AS name
