// Delete document $id's evidence links, then what nothing supports any
// more: events and claims no document reports, actors and places with no
// relationship left at all.
MATCH (:Document {id: $id})<-[p:REPORTED_IN|MENTIONED_IN]-(n)
WITH collect(p) AS ps, collect(DISTINCT n) AS ns
FOREACH (p IN ps | DELETE p)
WITH ns
UNWIND ns AS n
WITH n
WHERE ((n:Event OR n:Claim) AND NOT EXISTS { (n)-[:REPORTED_IN]->() })
   OR ((n:Actor OR n:Location) AND NOT EXISTS { (n)--() })
DETACH DELETE n
