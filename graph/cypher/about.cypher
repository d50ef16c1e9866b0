// The documents being written are in no docs list yet: unchanged ones are
// skipped and changed ones retracted before writing.
UNWIND $rows AS row
MATCH (a:Claim {id: row.from})
MATCH (b:Event {id: row.to})
MERGE (a)-[r:ABOUT]->(b)
SET r.docs = coalesce(r.docs, []) + row.docs
