// New events only carry their identity here; refresh_events.cypher derives
// mode, date, figures and label from the reports.
UNWIND $rows AS row
MERGE (e:Event {id: row.id})
ON CREATE SET e.type = row.type, e.agent_key = row.agent_key, e.target_key = row.target_key,
              e.mode = row.mode, e.date = row.date
