// The extraction digest of each already loaded document among $ids.
UNWIND $ids AS id
MATCH (d:Document {id: id})
RETURN d.id AS id, d.digest AS digest
