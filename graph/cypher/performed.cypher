UNWIND $rows AS row
MATCH (a:Actor {id: row.from})
MATCH (b:Event {id: row.to})
MERGE (a)-[r:PERFORMED]->(b)
SET r.docs = coalesce(r.docs, []) + [d IN row.docs WHERE NOT d IN coalesce(r.docs, [])]
