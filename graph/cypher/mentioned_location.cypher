// Provenance rows are created, not merged: a document being written has
// none (it is new, or its old contribution was retracted first).
UNWIND $rows AS row
MATCH (d:Document {id: row.doc})
MATCH (n:Location {id: row.node})
CREATE (n)-[:MENTIONED_IN {evidence: row.evidence, start: row.start, end: row.end}]->(d)
