// name: contested-figures
// summary: Events whose fatalities or quantities differ between documents, each document's figure side by side.
// param: limit int = 50
//
// One row per event and figure; "reports" lists "document: figure" for
// every document that gives one.
MATCH (e:Event)-[r:REPORTED_IN]->(d:Document)
WHERE r.fatalities IS NOT NULL OR r.quantity IS NOT NULL
WITH e, d, r ORDER BY d.id
WITH e, collect({doc: d.id, fatalities: r.fatalities, quantity: r.quantity}) AS reports
UNWIND ['fatalities', 'quantity'] AS figure
WITH e, figure, [x IN reports WHERE x[figure] IS NOT NULL] AS given
WITH e, figure, given, [x IN given | x[figure]] AS values
WHERE size(given) > 1 AND any(v IN values WHERE v <> values[0])
RETURN e.date AS date,
       COLLECT { MATCH (x:Actor)-[:PERFORMED]->(e) RETURN x.name ORDER BY x.name } AS agents,
       e.label AS event, e.type AS type, figure,
       reduce(m = values[0], v IN values | CASE WHEN v < m THEN v ELSE m END) AS low,
       reduce(m = values[0], v IN values | CASE WHEN v > m THEN v ELSE m END) AS high,
       [x IN given | x.doc + ': ' + toString(x[figure])] AS reports,
       e.id AS id
ORDER BY date, id, figure
LIMIT $limit
