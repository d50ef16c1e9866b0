// docs, cues, evidence and asserted_by are parallel lists: one entry per
// supporting document ("" in asserted_by: the document itself asserts it).
UNWIND $rows AS row
MATCH (a:Event {id: row.from})
MATCH (b:Event {id: row.to})
MERGE (a)-[r:RETALIATION_FOR]->(b)
WITH r, row, coalesce(r.docs, []) AS have
WITH r, row, [i IN range(0, size(row.docs) - 1) WHERE NOT row.docs[i] IN have] AS add
SET r.docs = coalesce(r.docs, []) + [i IN add | row.docs[i]],
    r.cues = coalesce(r.cues, []) + [i IN add | row.cues[i]],
    r.evidence = coalesce(r.evidence, []) + [i IN add | row.evidence[i]],
    r.asserted_by = coalesce(r.asserted_by, []) + [i IN add | row.asserted_by[i]]
SET r.cue = head(r.cues)
