UNWIND $rows AS row
MATCH (a:Claim {id: row.from})
MATCH (b:Event {id: row.to})
MERGE (a)-[r:ABOUT]->(b)
SET r.docs = coalesce(r.docs, []) + [d IN row.docs WHERE NOT d IN coalesce(r.docs, [])]
