// name: claims-by
// summary: What a speaker claimed, said or announced, with the events it concerns and its sources.
// param: speaker string   the speaker's name or any alias (case-insensitive); people and units that are PART_OF it count too
// param: limit int = 100
MATCH (a:Actor)
WHERE toLower(trim($speaker)) IN a.names_lc
MATCH (s:Actor)-[:PART_OF*0..5]->(a)
MATCH (s)-[:CLAIMED]->(c:Claim)
WITH DISTINCT s, c
WITH s, c, COLLECT { MATCH (c)-[:REPORTED_IN]->(d:Document) RETURN d ORDER BY d.id } AS ds
RETURN coalesce(c.date, [d IN ds WHERE d.published IS NOT NULL | d.published][0]) AS date,
       s.name AS speaker, c.verb AS verb, c.text AS claim,
       COLLECT { MATCH (c)-[:ABOUT]->(e:Event) RETURN coalesce(e.label, e.type) ORDER BY e.date } AS about,
       [d IN ds | d.id] AS docs, [d IN ds | d.source] AS sources
ORDER BY date, speaker, claim
LIMIT $limit
