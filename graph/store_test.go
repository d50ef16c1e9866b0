package graph

import (
	"context"
	"errors"
	"net"
	"strings"
	"testing"
	"time"

	"github.com/eventgraph/eventgraph"
	"github.com/eventgraph/eventgraph/internal/neo4jtest"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// testConfig is the Neo4j the integration tests use (neo4jtest.Get).
func testConfig(t testing.TB) Config {
	t.Helper()
	srv := neo4jtest.Get(t)
	return Config{URI: srv.URI, User: srv.User, Password: srv.Password, Database: srv.Database}
}

// openTest opens the test store with the schema applied. Outside CI an
// unreachable server skips the test; in CI it fails it.
func openTest(t testing.TB) *Store {
	t.Helper()
	cfg := testConfig(t)
	ctx := context.Background()
	s, err := Open(ctx, cfg)
	if err != nil {
		neo4jtest.CannotOpen(t, err)
	}
	t.Cleanup(func() {
		if err := s.Close(ctx); err != nil {
			t.Errorf("Close: %v", err)
		}
	})
	if _, err := s.ApplySchema(ctx); err != nil {
		t.Fatalf("ApplySchema: %v", err)
	}
	return s
}

// cleanPrefix deletes, before and after the test, every document, actor
// and location whose id starts with prefix, and every event and claim such
// a document reports. Test data must use prefixed ids (or, for actors known
// only by name, prefixed names) so that nothing else is touched.
func cleanPrefix(t testing.TB, s *Store, prefix string) {
	t.Helper()
	clean := func() {
		if err := deletePrefix(context.Background(), s, prefix); err != nil {
			t.Errorf("clean %s: %v", prefix, err)
		}
	}
	clean()
	t.Cleanup(clean)
}

func deletePrefix(ctx context.Context, s *Store, prefix string) (err error) {
	session := s.writeSession(ctx)
	defer func() { err = errors.Join(err, session.Close(ctx)) }()
	steps := []string{`
MATCH (d:Document) WHERE d.id STARTS WITH $prefix
WITH d LIMIT 500
OPTIONAL MATCH (d)<-[:REPORTED_IN]-(x)
WITH collect(DISTINCT d) AS ds, collect(DISTINCT x) AS xs
FOREACH (x IN xs | DETACH DELETE x)
FOREACH (d IN ds | DETACH DELETE d)
RETURN size(ds) AS n`, `
MATCH (a:Actor) WHERE a.id STARTS WITH $prefix OR a.id STARTS WITH 'name:' + $prefix
WITH a LIMIT 2000
DETACH DELETE a
RETURN count(*) AS n`, `
MATCH (l:Location) WHERE l.id STARTS WITH $prefix OR l.id STARTS WITH 'place:' + $prefix
WITH l LIMIT 2000
DETACH DELETE l
RETURN count(*) AS n`}
	for _, cypher := range steps {
		for {
			n, err := neo4j.ExecuteWrite(ctx, session, func(tx neo4j.ManagedTransaction) (int64, error) {
				r, err := tx.Run(ctx, cypher, map[string]any{"prefix": prefix})
				if err != nil {
					return 0, err
				}
				rec, err := r.Single(ctx)
				if err != nil {
					return 0, err
				}
				n, _, err := neo4j.GetRecordValue[int64](rec, "n")
				return n, err
			})
			if err != nil {
				return err
			}
			if n == 0 {
				break
			}
		}
	}
	return nil
}

// closedPort returns a local address nothing listens on.
func closedPort(t *testing.T) string {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := l.Addr().String()
	if err := l.Close(); err != nil {
		t.Fatal(err)
	}
	return addr
}

func TestOpenUnreachable(t *testing.T) {
	for _, scheme := range []string{"neo4j", "bolt"} {
		t.Run(scheme, func(t *testing.T) {
			uri := scheme + "://" + closedPort(t)
			ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
			defer cancel()
			s, err := Open(ctx, Config{URI: uri, User: "neo4j", Password: "x"})
			if err == nil {
				t.Fatalf("Open(%s) succeeded, want an error (close: %v)", uri, s.Close(ctx))
			}
			if !errors.Is(err, eventgraph.ErrUnavailable) {
				t.Errorf("Open(%s) = %v, want ErrUnavailable", uri, err)
			}
			t.Log(err)
			msg := err.Error()
			for _, want := range []string{uri, "connection refused", `"make neo4j"`} {
				if !strings.Contains(msg, want) {
					t.Errorf("Open(%s) error %q does not mention %q", uri, msg, want)
				}
			}
			if strings.Contains(msg, "\n") {
				t.Errorf("Open(%s) error is not one line: %q", uri, msg)
			}
		})
	}
}

func TestOpenInvalidURI(t *testing.T) {
	_, err := Open(context.Background(), Config{URI: "http//nowhere", User: "neo4j", Password: "x"})
	if !errors.Is(err, eventgraph.ErrInvalid) || !strings.Contains(err.Error(), "EVENTGRAPH_NEO4J_URI") {
		t.Errorf("Open(bad URI) = %v, want ErrInvalid naming EVENTGRAPH_NEO4J_URI", err)
	}
}

func TestOpenWrongPassword(t *testing.T) {
	cfg := testConfig(t)
	openTest(t) // skips or fails when there is no server
	cfg.Password = "not-the-password"
	_, err := Open(context.Background(), cfg)
	if !errors.Is(err, eventgraph.ErrUnavailable) {
		t.Fatalf("Open(wrong password) = %v, want ErrUnavailable", err)
	}
	t.Log(err)
	for _, want := range []string{cfg.URI, "password", "EVENTGRAPH_NEO4J_PASSWORD"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("Open(wrong password) error %q does not mention %q", err, want)
		}
	}
}

func TestOpenUnknownDatabase(t *testing.T) {
	cfg := testConfig(t)
	openTest(t)
	cfg.Database = "nosuchdb"
	_, err := Open(context.Background(), cfg)
	if !errors.Is(err, eventgraph.ErrNotFound) || !strings.Contains(err.Error(), "EVENTGRAPH_NEO4J_DATABASE") {
		t.Errorf("Open(database nosuchdb) = %v, want ErrNotFound naming EVENTGRAPH_NEO4J_DATABASE", err)
	}
}
