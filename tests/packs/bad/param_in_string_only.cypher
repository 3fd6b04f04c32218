// name: literal
// params: person
// returns: many
// A '$person' inside a string literal is text, not a parameter.
MATCH (p:Person) WHERE p.name = '$person' RETURN p.name AS name
