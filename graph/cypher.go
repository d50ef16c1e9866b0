package graph

import _ "embed" // the statements below

// The Cypher statements, one file each under cypher/ so that they can be
// read, and run, as Cypher. A missing file fails the build.
var (
	//go:embed cypher/about.cypher
	cypherAbout string
	//go:embed cypher/actors.cypher
	cypherActors string
	//go:embed cypher/claimed.cypher
	cypherClaimed string
	//go:embed cypher/claims.cypher
	cypherClaims string
	//go:embed cypher/delete_document.cypher
	cypherDeleteDocument string
	//go:embed cypher/document_digests.cypher
	cypherDocumentDigests string
	//go:embed cypher/documents.cypher
	cypherDocuments string
	//go:embed cypher/event_candidates.cypher
	cypherEventCandidates string
	//go:embed cypher/event_reports.cypher
	cypherEventReports string
	//go:embed cypher/events.cypher
	cypherEvents string
	//go:embed cypher/launched_from.cypher
	cypherLaunchedFrom string
	//go:embed cypher/locations.cypher
	cypherLocations string
	//go:embed cypher/mentioned_actor.cypher
	cypherMentionedActor string
	//go:embed cypher/mentioned_location.cypher
	cypherMentionedLocation string
	//go:embed cypher/occurred_at.cypher
	cypherOccurredAt string
	//go:embed cypher/part_of.cypher
	cypherPartOf string
	//go:embed cypher/performed.cypher
	cypherPerformed string
	//go:embed cypher/refresh_events.cypher
	cypherRefreshEvents string
	//go:embed cypher/reported_claim.cypher
	cypherReportedClaim string
	//go:embed cypher/reported_event.cypher
	cypherReportedEvent string
	//go:embed cypher/retaliation_for.cypher
	cypherRetaliationFor string
	//go:embed cypher/retract_links.cypher
	cypherRetractLinks string
	//go:embed cypher/retract_provenance.cypher
	cypherRetractProvenance string
	//go:embed cypher/retract_relationships.cypher
	cypherRetractRelationships string
	//go:embed cypher/stats.cypher
	cypherStats string
	//go:embed cypher/targeted_actor.cypher
	cypherTargetedActor string
	//go:embed cypher/targeted_location.cypher
	cypherTargetedLocation string
)
