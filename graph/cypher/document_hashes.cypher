// The content hash of each already loaded document among $ids.
UNWIND $ids AS id
MATCH (d:Document {id: id})
RETURN d.id AS id, d.hash AS hash
