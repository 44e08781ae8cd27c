// For ids not stored yet (the caller looked them up): CREATE avoids the table scan of UNWIND ... MERGE.
UNWIND $rows AS r
CREATE (n:{label} {id: r.id, name: r.name, aliases: r.aliases, kind: r.kind, country: r.country});
