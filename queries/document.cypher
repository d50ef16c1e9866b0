// name: document
// summary: Everything extracted from one document, in text order, each with its evidence sentence.
// param: id string   the document id (its file name without extension), such as 000_4cb50af706a89a73
//
// "start" and "end" are byte offsets of the evidence in the document body.
// Retaliation links come last, each with this document's cue, speaker and
// sentence.
MATCH (d:Document {id: $id})
CALL (d) {
  RETURN 'document' AS kind, d.title AS item,
         [x IN [toString(d.published), d.source] WHERE x IS NOT NULL] AS detail,
         null AS evidence, null AS start, null AS `end`
  UNION ALL
  MATCH (a:Actor)-[m:MENTIONED_IN]->(d)
  RETURN 'actor' AS kind, a.name AS item,
         [x IN [a.kind, a.role, a.country, a.id] WHERE x IS NOT NULL]
           + COLLECT { MATCH (a)-[:PART_OF]->(p:Actor) RETURN 'part of ' + p.name } AS detail,
         m.evidence AS evidence, m.start AS start, m.end AS `end`
  UNION ALL
  MATCH (l:Location)-[m:MENTIONED_IN]->(d)
  RETURN 'place' AS kind, l.name AS item,
         [x IN [l.kind, l.country, l.parent, l.id] WHERE x IS NOT NULL] AS detail,
         m.evidence AS evidence, m.start AS start, m.end AS `end`
  UNION ALL
  MATCH (e:Event)-[m:REPORTED_IN]->(d)
  RETURN 'event' AS kind, coalesce(e.label, e.type) AS item,
         [x IN [e.type, e.mode, toString(coalesce(m.date, e.date))] WHERE x IS NOT NULL]
           + COLLECT { MATCH (x:Actor)-[:PERFORMED]->(e) RETURN 'by ' + x.name ORDER BY x.name }
           + COLLECT { MATCH (e)-[:TARGETED]->(x) RETURN 'on ' + x.name ORDER BY x.name }
           + COLLECT { MATCH (e)-[:OCCURRED_AT]->(x) RETURN 'at ' + x.name ORDER BY x.name }
           + COLLECT { MATCH (e)-[:LAUNCHED_FROM]->(x) RETURN 'from ' + x.name ORDER BY x.name }
           + [x IN ['fatalities ' + toString(m.fatalities), 'quantity ' + toString(m.quantity), m.local_id] WHERE x IS NOT NULL] AS detail,
         m.evidence AS evidence, m.start AS start, m.end AS `end`
  UNION ALL
  MATCH (c:Claim)-[m:REPORTED_IN]->(d)
  RETURN 'claim' AS kind, c.text AS item,
         COLLECT { MATCH (s:Actor)-[:CLAIMED]->(c) RETURN 'by ' + s.name ORDER BY s.name }
           + [x IN [c.verb, toString(c.date)] WHERE x IS NOT NULL]
           + COLLECT { MATCH (c)-[:ABOUT]->(e:Event) RETURN 'about ' + coalesce(e.label, e.type) } AS detail,
         m.evidence AS evidence, m.start AS start, m.end AS `end`
  UNION ALL
  MATCH (x:Event)-[:REPORTED_IN]->(d)
  MATCH (x)-[r:RETALIATION_FOR]->(y:Event)
  WHERE d.id IN r.docs
  WITH x, y, r, [i IN range(0, size(r.docs) - 1) WHERE r.docs[i] = d.id][0] AS i
  RETURN 'link' AS kind,
         coalesce(x.label, x.type) + ' -> ' + coalesce(y.label, y.type) AS item,
         [z IN [coalesce(r.cues[i], r.cue)] WHERE z IS NOT NULL]
           + [z IN [r.asserted_by[i]] WHERE z <> '' | 'asserted by ' + z] AS detail,
         coalesce(r.evidence[i], r.evidence) AS evidence, null AS start, null AS `end`
}
RETURN kind, item, detail, evidence, start, `end`
ORDER BY kind = 'document' DESC, start, kind, item
