package graph

import (
	"errors"
	"net"
	"os"
	"strings"
	"syscall"
	"testing"

	"github.com/eventgraph/eventgraph"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

func TestTranslate(t *testing.T) {
	cfg := Config{URI: "neo4j://db.example:7687", User: "neo4j", Database: "news"}
	refused := &neo4j.ConnectivityError{Inner: &net.OpError{Op: "dial", Net: "tcp",
		Err: &os.SyscallError{Syscall: "connect", Err: syscall.ECONNREFUSED}}}
	tests := []struct {
		name string
		err  error
		kind error    // nil: no sentinel
		want []string // substrings of the message
	}{
		{"refused", refused, eventgraph.ErrUnavailable,
			[]string{"cannot reach Neo4j at neo4j://db.example:7687: connection refused", `"make neo4j"`}},
		{"refused after retries", &neo4j.TransactionExecutionLimit{Cause: "timeout", Errors: []error{refused, refused}},
			eventgraph.ErrUnavailable, []string{"cannot reach Neo4j", "connection refused"}},
		{"unknown host", &neo4j.ConnectivityError{Inner: &net.DNSError{Err: "no such host", Name: "db.example"}},
			eventgraph.ErrUnavailable, []string{"unknown host"}},
		{"wrong password", &neo4j.Neo4jError{Code: "Neo.ClientError.Security.Unauthorized", Msg: "The client is unauthorized"},
			eventgraph.ErrUnavailable, []string{`rejected user "neo4j"`, "EVENTGRAPH_NEO4J_PASSWORD"}},
		{"rate limited", &neo4j.Neo4jError{Code: "Neo.ClientError.Security.AuthenticationRateLimit"},
			eventgraph.ErrUnavailable, []string{"too many failures"}},
		{"no database", &neo4j.Neo4jError{Code: "Neo.ClientError.Database.DatabaseNotFound"},
			eventgraph.ErrNotFound, []string{`no database "news"`, "EVENTGRAPH_NEO4J_DATABASE"}},
		{"syntax", &neo4j.Neo4jError{Code: "Neo.ClientError.Statement.SyntaxError", Msg: "Invalid input 'x'\n  ^"},
			eventgraph.ErrInvalid, []string{"query: Invalid input 'x'"}},
		{"other server error", &neo4j.Neo4jError{Code: "Neo.DatabaseError.General.UnknownError", Msg: "boom"},
			nil, []string{"query: Neo4j at neo4j://db.example:7687: boom"}},
		{"plain", errors.New("odd"), nil, []string{"query: odd"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := translate(cfg, "query", tt.err)
			if tt.kind != nil && !errors.Is(got, tt.kind) {
				t.Errorf("translate(%v) = %v, want %v", tt.err, got, tt.kind)
			}
			for _, w := range tt.want {
				if !strings.Contains(got.Error(), w) {
					t.Errorf("translate(%v) = %q, want it to contain %q", tt.err, got, w)
				}
			}
			if strings.Contains(got.Error(), "\n") {
				t.Errorf("translate(%v) = %q: not one line", tt.err, got)
			}
			if !errors.Is(got, tt.err) {
				t.Errorf("translate(%v) lost the driver error", tt.err)
			}
		})
	}
	if translate(cfg, "query", nil) != nil {
		t.Error("translate(nil) != nil")
	}
}
