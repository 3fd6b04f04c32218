// name: everyone
// params:
// returns: lots
MATCH (p:Person) RETURN p.name AS name
