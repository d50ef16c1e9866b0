// An event's mode, date, figures and label summarise its reports: the most
// reported mode, the earliest date, the highest quantity and fatalities.
UNWIND $ids AS id
MATCH (e:Event {id: id})
WITH e, COLLECT { MATCH (e)-[r:REPORTED_IN]->() RETURN r } AS rs
WITH e, rs,
     head(COLLECT { UNWIND rs AS r WITH r.mode AS m WHERE m IS NOT NULL
                    WITH m, count(*) AS n ORDER BY n DESC, m LIMIT 1 RETURN m }) AS mode,
     head(COLLECT { UNWIND rs AS r WITH r.date AS d WHERE d IS NOT NULL
                    RETURN d ORDER BY d LIMIT 1 }) AS date,
     head(COLLECT { UNWIND rs AS r WITH r.quantity AS q WHERE q IS NOT NULL
                    RETURN q ORDER BY q DESC LIMIT 1 }) AS quantity,
     head(COLLECT { UNWIND rs AS r WITH r.fatalities AS f WHERE f IS NOT NULL
                    RETURN f ORDER BY f DESC LIMIT 1 }) AS fatalities
SET e.mode = mode, e.date = date, e.quantity = quantity, e.fatalities = fatalities,
    e.label = coalesce(mode, toLower(e.type)) + CASE WHEN date IS NULL THEN '' ELSE ' ' + toString(date) END
