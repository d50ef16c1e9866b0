package graph

import (
	"context"
	"errors"
	"fmt"
	"net"
	"strings"
	"syscall"

	"github.com/eventgraph/eventgraph"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// storeError is a driver error translated into one of the eventgraph
// sentinels, with a message that is one line a user can act on.
type storeError struct {
	kind  error // eventgraph.ErrUnavailable, ErrInvalid, ErrNotFound or nil
	msg   string
	cause error
}

func (e *storeError) Error() string { return e.msg }
func (e *storeError) Unwrap() []error {
	if e.kind == nil {
		return []error{e.cause}
	}
	return []error{e.kind, e.cause}
}

// translate is the one place that inspects driver errors. op names the
// operation for errors that need no advice ("load", "stats").
func translate(cfg Config, op string, err error) error {
	if err == nil {
		return nil
	}
	var se *storeError
	if errors.As(err, &se) || errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) {
		return err
	}
	// A retried transaction that ran out of time or attempts reports its
	// attempts' errors without wrapping them: the last one says why.
	var limit *neo4j.TransactionExecutionLimit
	if errors.As(err, &limit) && len(limit.Errors) > 0 {
		if t := translate(cfg, op, limit.Errors[len(limit.Errors)-1]); errors.As(t, &se) {
			return &storeError{kind: se.kind, msg: se.msg, cause: err}
		}
	}
	uri := cfg.URI
	fail := func(kind error, format string, args ...any) error {
		return &storeError{kind: kind, msg: fmt.Sprintf(format, args...), cause: err}
	}

	var n4j *neo4j.Neo4jError
	var auth *neo4j.InvalidAuthenticationError
	var usage *neo4j.UsageError
	var conn *neo4j.ConnectivityError
	var expired *neo4j.TokenExpiredError
	switch {
	case errors.As(err, &n4j) && strings.HasPrefix(n4j.Code, "Neo.ClientError.Security.AuthenticationRateLimit"):
		return fail(eventgraph.ErrUnavailable,
			"Neo4j at %s is refusing logins after too many failures; wait a few seconds, then check EVENTGRAPH_NEO4J_PASSWORD", uri)
	case errors.As(err, &n4j) && n4j.Code == "Neo.ClientError.Security.Unauthorized",
		errors.As(err, &auth), errors.As(err, &expired):
		return fail(eventgraph.ErrUnavailable,
			"Neo4j at %s rejected user %q: wrong user or password; set EVENTGRAPH_NEO4J_PASSWORD (or neo4j.password in eventgraph.yaml)", uri, cfg.User)
	case errors.As(err, &n4j) && n4j.Code == "Neo.ClientError.Security.CredentialsExpired":
		return fail(eventgraph.ErrUnavailable,
			"Neo4j at %s wants the password of user %q changed before use; change it in Neo4j Browser, then set EVENTGRAPH_NEO4J_PASSWORD", uri, cfg.User)
	case errors.As(err, &n4j) && n4j.Code == "Neo.ClientError.Database.DatabaseNotFound":
		return fail(eventgraph.ErrNotFound,
			"Neo4j at %s has no database %q; set EVENTGRAPH_NEO4J_DATABASE (Community edition has only \"neo4j\")", uri, cfg.Database)
	case errors.As(err, &n4j) && strings.HasPrefix(n4j.Code, "Neo.ClientError.Statement."):
		return fail(eventgraph.ErrInvalid, "%s: %s", op, firstLine(n4j.Msg))
	case errors.As(err, &n4j):
		return fail(nil, "%s: Neo4j at %s: %s (%s)", op, uri, firstLine(n4j.Msg), n4j.Code)
	case errors.As(err, &conn), isNetError(err):
		return fail(eventgraph.ErrUnavailable,
			"cannot reach Neo4j at %s: %s; start it with \"make neo4j\" or set EVENTGRAPH_NEO4J_URI", uri, reachReason(err))
	case errors.As(err, &usage) && op == "open":
		return fail(eventgraph.ErrInvalid,
			"invalid Neo4j URI %q: %s; set EVENTGRAPH_NEO4J_URI (for example neo4j://127.0.0.1:7687)", uri, firstLine(usage.Message))
	}
	return fmt.Errorf("%s: %w", op, err)
}

func isNetError(err error) bool {
	var ne net.Error
	return errors.As(err, &ne)
}

// reachReason says in a few words why a connection failed. The driver wraps
// network errors in types that do not all unwrap, so the text is the last
// resort.
func reachReason(err error) string {
	var dns *net.DNSError
	msg := err.Error()
	switch {
	case errors.Is(err, syscall.ECONNREFUSED), strings.Contains(msg, "connection refused"):
		return "connection refused"
	case errors.As(err, &dns), strings.Contains(msg, "no such host"):
		return "unknown host"
	case strings.Contains(msg, "i/o timeout"), strings.Contains(msg, "Timeout"), strings.Contains(msg, "timeout"):
		return "timed out"
	case strings.Contains(msg, "connection reset"), strings.Contains(msg, "EOF"), strings.Contains(msg, "broken pipe"):
		return "connection closed by the server (is it a Bolt port?)"
	case strings.Contains(msg, "tls"), strings.Contains(msg, "TLS"), strings.Contains(msg, "certificate"):
		return "TLS handshake failed (neo4j:// for plain, neo4j+s:// for TLS)"
	}
	return firstLine(msg)
}

func firstLine(s string) string {
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		s = s[:i]
	}
	return strings.TrimSpace(s)
}
