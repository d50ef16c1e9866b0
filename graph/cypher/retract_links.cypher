// The same for RETALIATION_FOR, whose per-document lists run parallel to docs.
MATCH (:Document {id: $id})<-[:REPORTED_IN]-(:Event)-[r:RETALIATION_FOR]-()
WITH DISTINCT r WHERE $id IN r.docs
WITH r, [i IN range(0, size(r.docs) - 1) WHERE r.docs[i] <> $id] AS keep
SET r.docs = [i IN keep | r.docs[i]],
    r.cues = [i IN keep | r.cues[i]],
    r.evidence = [i IN keep | r.evidence[i]],
    r.asserted_by = [i IN keep | r.asserted_by[i]]
SET r.cue = head(r.cues)
WITH r WHERE size(r.docs) = 0
DELETE r
