// name: find
// params: key
// returns: many
// People whose name or an alias matches what a user typed. Nodes store the slugs of
// their names as `keys`, so "pang", "Pang" and "PANG" all find Ruoming Pang.
MATCH (n:Person)
WHERE n.id = $key OR $key IN n.keys
RETURN n.id AS id, n.name AS name, n.aliases AS aliases
ORDER BY id
