// name: escalation
// summary: Events counted per day, week or month and by type, optionally only one actor's.
// param: by day|week|month = day   the period counted; weeks start on Monday
// param: actor string = null   only events this actor (any alias, or a part of it) performed
// param: type string = null   only events of this type (PLOVER root), such as ASSAULT
// param: since date = null   only events on or after this day
// param: until date = null   only events on or before this day
//
// Undated events are left out. Fatalities add up each event's highest
// reported figure.
MATCH (e:Event)
WHERE e.date IS NOT NULL
  AND ($type IS NULL OR e.type = toUpper(trim($type)))
  AND ($since IS NULL OR e.date >= date($since))
  AND ($until IS NULL OR e.date <= date($until))
  AND ($actor IS NULL OR EXISTS {
        MATCH (e)<-[:PERFORMED]-(:Actor)-[:PART_OF*0..5]->(a:Actor)
        WHERE toLower(trim($actor)) IN a.names_lc
      })
WITH e, CASE $by
          WHEN 'week' THEN date.truncate('week', e.date)
          WHEN 'month' THEN date.truncate('month', e.date)
          ELSE e.date
        END AS period
ORDER BY e.mode
WITH period, e.type AS type, count(e) AS events, sum(e.fatalities) AS fatalities,
     collect(DISTINCT e.mode) AS modes
RETURN period, type, events, fatalities, [m IN modes WHERE m IS NOT NULL] AS modes
ORDER BY period, events DESC, type
