MATCH (p:Person) RETURN p.name AS name
