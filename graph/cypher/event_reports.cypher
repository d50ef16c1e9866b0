// The events a document reports, before it is retracted: their summaries
// are recomputed afterwards.
MATCH (:Document {id: $id})<-[:REPORTED_IN]-(e:Event)
RETURN e.id AS id
