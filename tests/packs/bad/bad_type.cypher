// name: since
// params: day: datetime
// returns: many
MATCH (p:Person) WHERE $day IS NOT NULL RETURN p.name AS name
