// Package neo4jtest tells the integration tests which Neo4j to run
// against. They read EVENTGRAPH_TEST_NEO4J_* (never EVENTGRAPH_NEO4J_*), so
// that a test can never touch someone's real database by accident; "make
// test" starts a server and sets them.
//
// Outside CI a missing or unreachable server skips a test; in CI (CI set)
// it fails it, so that the integration tests cannot be skipped silently.
package neo4jtest

import (
	"errors"
	"os"
	"testing"

	"github.com/eventgraph/eventgraph"
)

// Server is the Neo4j under test.
type Server struct {
	URI, User, Password, Database string
}

// Get returns the server of EVENTGRAPH_TEST_NEO4J_URI (with _USER,
// _PASSWORD and _DATABASE; user neo4j and password eventgraph by default).
// Without a URI it skips the test, or fails it in CI.
func Get(t testing.TB) Server {
	t.Helper()
	uri := os.Getenv("EVENTGRAPH_TEST_NEO4J_URI")
	if uri == "" {
		if os.Getenv("CI") != "" {
			t.Fatal("EVENTGRAPH_TEST_NEO4J_URI is not set; in CI the Neo4j integration tests must run (make test sets it)")
		}
		t.Skip("EVENTGRAPH_TEST_NEO4J_URI is not set: no Neo4j to test against (make test starts one and sets it; by hand: scripts/neo4j start, then EVENTGRAPH_TEST_NEO4J_URI=neo4j://127.0.0.1:7687)")
	}
	return Server{
		URI:      uri,
		User:     envOr("EVENTGRAPH_TEST_NEO4J_USER", "neo4j"),
		Password: envOr("EVENTGRAPH_TEST_NEO4J_PASSWORD", "eventgraph"),
		Database: os.Getenv("EVENTGRAPH_TEST_NEO4J_DATABASE"),
	}
}

// Flags returns the command-line flags that connect eventgraph to s.
func (s Server) Flags() []string {
	flags := []string{"--neo4j-uri", s.URI, "--neo4j-user", s.User, "--neo4j-password", s.Password}
	if s.Database != "" {
		flags = append(flags, "--neo4j-database", s.Database)
	}
	return flags
}

// CannotOpen ends a test whose server could not be opened: a server that
// is down (eventgraph.ErrUnavailable) skips it outside CI; anything else,
// or anything in CI, fails it.
func CannotOpen(t testing.TB, err error) {
	t.Helper()
	if os.Getenv("CI") == "" && errors.Is(err, eventgraph.ErrUnavailable) {
		t.Skipf("no Neo4j for the integration tests: %v", err)
	}
	t.Fatalf("Neo4j for the integration tests: %v", err)
}

func envOr(key, def string) string {
	if v := os.Getenv(key); v != "" {
		return v
	}
	return def
}
