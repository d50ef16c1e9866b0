UNWIND $rows AS row
MATCH (a:Event {id: row.from})
MATCH (b:Location {id: row.to})
MERGE (a)-[r:LAUNCHED_FROM]->(b)
SET r.docs = coalesce(r.docs, []) + [d IN row.docs WHERE NOT d IN coalesce(r.docs, [])]
