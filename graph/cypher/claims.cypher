UNWIND $rows AS row
MERGE (c:Claim {id: row.id})
ON CREATE SET c.text = row.text, c.verb = row.verb, c.date = row.date
