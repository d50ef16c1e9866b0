// docs, cues, evidence and asserted_by are parallel lists: one entry per
// supporting document ("" in asserted_by: the document itself asserts it).
// The documents being written are in no list yet (see performed.cypher).
UNWIND $rows AS row
MATCH (a:Event {id: row.from})
MATCH (b:Event {id: row.to})
MERGE (a)-[r:RETALIATION_FOR]->(b)
SET r.docs = coalesce(r.docs, []) + row.docs,
    r.cues = coalesce(r.cues, []) + row.cues,
    r.evidence = coalesce(r.evidence, []) + row.evidence,
    r.asserted_by = coalesce(r.asserted_by, []) + row.asserted_by
SET r.cue = head(r.cues)
