// Take document $id out of the docs list of every relationship it
// supports, and delete those no document supports any more. Every such
// relationship touches an Event or Claim the document reports, except
// PART_OF, which leaves an actor it mentions. The types are spelled out so
// that an event reported by thousands of documents is not expanded over
// all its REPORTED_IN.
MATCH (d:Document {id: $id})
CALL (d) {
  MATCH (d)<-[:REPORTED_IN]-(x)-[r:PERFORMED|TARGETED|OCCURRED_AT|LAUNCHED_FROM|CLAIMED|ABOUT]-()
  RETURN r
  UNION
  MATCH (d)<-[:MENTIONED_IN]-(:Actor)-[r:PART_OF]->()
  RETURN r
}
WITH r WHERE $id IN r.docs
SET r.docs = [x IN r.docs WHERE x <> $id]
WITH r WHERE size(r.docs) = 0
DELETE r
