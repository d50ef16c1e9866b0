// The documents being written are in no docs list yet: unchanged ones are
// skipped and changed ones retracted before writing.
UNWIND $rows AS row
MATCH (a:Event {id: row.from})
MATCH (b:Location {id: row.to})
MERGE (a)-[r:LAUNCHED_FROM]->(b)
SET r.docs = coalesce(r.docs, []) + row.docs
