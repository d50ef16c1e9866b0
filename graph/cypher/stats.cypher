// Nodes by label and relationships by type. The model's labels and types
// (docs/graph-model.md) are read from the count store; any others, which
// need a dynamic label and hence a scan, follow.
MATCH (n:Document) RETURN 'node' AS kind, 'Document' AS name, count(n) AS count
UNION ALL
MATCH (n:Actor) RETURN 'node' AS kind, 'Actor' AS name, count(n) AS count
UNION ALL
MATCH (n:Location) RETURN 'node' AS kind, 'Location' AS name, count(n) AS count
UNION ALL
MATCH (n:Event) RETURN 'node' AS kind, 'Event' AS name, count(n) AS count
UNION ALL
MATCH (n:Claim) RETURN 'node' AS kind, 'Claim' AS name, count(n) AS count
UNION ALL
MATCH ()-[r:PERFORMED]->() RETURN 'relationship' AS kind, 'PERFORMED' AS name, count(r) AS count
UNION ALL
MATCH ()-[r:TARGETED]->() RETURN 'relationship' AS kind, 'TARGETED' AS name, count(r) AS count
UNION ALL
MATCH ()-[r:OCCURRED_AT]->() RETURN 'relationship' AS kind, 'OCCURRED_AT' AS name, count(r) AS count
UNION ALL
MATCH ()-[r:LAUNCHED_FROM]->() RETURN 'relationship' AS kind, 'LAUNCHED_FROM' AS name, count(r) AS count
UNION ALL
MATCH ()-[r:RETALIATION_FOR]->() RETURN 'relationship' AS kind, 'RETALIATION_FOR' AS name, count(r) AS count
UNION ALL
MATCH ()-[r:PART_OF]->() RETURN 'relationship' AS kind, 'PART_OF' AS name, count(r) AS count
UNION ALL
MATCH ()-[r:CLAIMED]->() RETURN 'relationship' AS kind, 'CLAIMED' AS name, count(r) AS count
UNION ALL
MATCH ()-[r:ABOUT]->() RETURN 'relationship' AS kind, 'ABOUT' AS name, count(r) AS count
UNION ALL
MATCH ()-[r:REPORTED_IN]->() RETURN 'relationship' AS kind, 'REPORTED_IN' AS name, count(r) AS count
UNION ALL
MATCH ()-[r:MENTIONED_IN]->() RETURN 'relationship' AS kind, 'MENTIONED_IN' AS name, count(r) AS count
UNION ALL
CALL db.labels() YIELD label
WITH label WHERE NOT label IN ['Document', 'Actor', 'Location', 'Event', 'Claim']
CALL (label) { MATCH (n:$(label)) RETURN count(n) AS count }
RETURN 'node' AS kind, label AS name, count
UNION ALL
CALL db.relationshipTypes() YIELD relationshipType AS type
WITH type WHERE NOT type IN ['PERFORMED', 'TARGETED', 'OCCURRED_AT', 'LAUNCHED_FROM', 'RETALIATION_FOR', 'PART_OF', 'CLAIMED', 'ABOUT', 'REPORTED_IN', 'MENTIONED_IN']
CALL (type) { MATCH ()-[r:$(type)]->() RETURN count(r) AS count }
RETURN 'relationship' AS kind, type AS name, count
