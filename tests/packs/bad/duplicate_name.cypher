// name: everyone
// params:
// returns: many
MATCH (p:Person) RETURN p.name AS name

// name: everyone
// params:
// returns: many
MATCH (p:Person) RETURN p.id AS id
