// Undo a bulk copy that failed after some of its transactions committed: the store was
// empty before it, so every node of {table} goes, with its relationships.
MATCH (n:{table})
DETACH DELETE n;
