// One report per (event, document) with that document's own figures, so
// conflicting fatalities and quantities stay side by side.
UNWIND $rows AS row
MATCH (d:Document {id: row.doc})
MATCH (e:Event {id: row.node})
CREATE (e)-[:REPORTED_IN {evidence: row.evidence, start: row.start, end: row.end,
                          local_id: row.local_id, mode: row.mode, date: row.date,
                          quantity: row.quantity, fatalities: row.fatalities,
                          trigger: row.trigger}]->(d)
