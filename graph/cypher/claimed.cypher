UNWIND $rows AS row
MATCH (a:Actor {id: row.from})
MATCH (b:Claim {id: row.to})
MERGE (a)-[r:CLAIMED]->(b)
SET r.docs = coalesce(r.docs, []) + [d IN row.docs WHERE NOT d IN coalesce(r.docs, [])]
