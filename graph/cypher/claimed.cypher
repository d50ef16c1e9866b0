// The documents being written are in no docs list yet: unchanged ones are
// skipped and changed ones retracted before writing.
UNWIND $rows AS row
MATCH (a:Actor {id: row.from})
MATCH (b:Claim {id: row.to})
MERGE (a)-[r:CLAIMED]->(b)
SET r.docs = coalesce(r.docs, []) + row.docs
