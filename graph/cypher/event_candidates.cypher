// Existing events that incoming reports may describe: same type, agent and
// target (the event_identity index), dated within the window of the
// incoming dates for that key, or undated when some incoming report is.
UNWIND $keys AS k
MATCH (e:Event {type: k.type, agent_key: k.agent, target_key: k.target})
WHERE (k.undated AND e.date IS NULL) OR (e.date >= k.from AND e.date <= k.to)
RETURN e.id AS id, e.type AS type, e.agent_key AS agent, e.target_key AS target,
       coalesce(e.mode, '') AS mode, e.date AS date
