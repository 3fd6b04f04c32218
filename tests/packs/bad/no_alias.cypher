// name: everyone
// params:
// returns: many
MATCH (p:Person) RETURN p.name, p.id AS id
