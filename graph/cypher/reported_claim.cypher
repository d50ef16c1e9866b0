UNWIND $rows AS row
MATCH (d:Document {id: row.doc})
MATCH (c:Claim {id: row.node})
CREATE (c)-[:REPORTED_IN {evidence: row.evidence, start: row.start, end: row.end}]->(d)
