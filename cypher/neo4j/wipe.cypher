// Empties the database: the live test suite starts from nothing. No command sends it.
// parameters: (none)
MATCH (n)
DETACH DELETE n;
