package graph

import (
	"context"
	"errors"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j/config"
)

// DefaultBatchSize is the number of documents written per transaction when
// Config.BatchSize is zero.
const DefaultBatchSize = 500

// Config says where the graph lives and how to write to it.
type Config struct {
	URI      string // Bolt URI, for example neo4j://127.0.0.1:7687
	User     string
	Password string
	Database string // "" means the server's default database
	// BatchSize is the number of documents per write transaction
	// (DefaultBatchSize when zero or negative).
	BatchSize int
}

// Store is a connection to one Neo4j database. It is safe for concurrent
// use; Close it when done.
type Store struct {
	driver neo4j.DriverWithContext
	cfg    Config
}

// Open connects to Neo4j and checks that the server answers, accepts the
// credentials and has the database. Its errors are one line naming the URI
// and what to do, and match eventgraph.ErrUnavailable (server down, wrong
// password), eventgraph.ErrInvalid (malformed URI) or eventgraph.ErrNotFound
// (no such database).
func Open(ctx context.Context, cfg Config) (*Store, error) {
	if cfg.BatchSize <= 0 {
		cfg.BatchSize = DefaultBatchSize
	}
	driver, err := neo4j.NewDriverWithContext(cfg.URI,
		neo4j.BasicAuth(cfg.User, cfg.Password, ""),
		func(c *config.Config) {
			c.SocketConnectTimeout = 5 * time.Second
			c.ConnectionAcquisitionTimeout = 30 * time.Second
			c.MaxTransactionRetryTime = 30 * time.Second
			c.UserAgent = "eventgraph"
		})
	if err != nil {
		return nil, translate(cfg, "open", err)
	}
	s := &Store{driver: driver, cfg: cfg}
	if err := s.ping(ctx); err != nil {
		return nil, errors.Join(err, driver.Close(ctx))
	}
	return s, nil
}

// ping proves the server, the credentials and the database in one round
// trip.
func (s *Store) ping(ctx context.Context) (err error) {
	if err := s.driver.VerifyConnectivity(ctx); err != nil {
		return translate(s.cfg, "open", err)
	}
	session := s.readSession(ctx)
	defer func() { err = errors.Join(err, session.Close(ctx)) }()
	_, err = neo4j.ExecuteRead(ctx, session, func(tx neo4j.ManagedTransaction) (struct{}, error) {
		res, err := tx.Run(ctx, "RETURN 1", nil)
		if err != nil {
			return struct{}{}, err
		}
		_, err = res.Consume(ctx)
		return struct{}{}, err
	})
	return translate(s.cfg, "open", err)
}

// Close releases the connections.
func (s *Store) Close(ctx context.Context) error {
	return translate(s.cfg, "close", s.driver.Close(ctx))
}

// URI is where the store is connected, for messages.
func (s *Store) URI() string { return s.cfg.URI }

func (s *Store) readSession(ctx context.Context) neo4j.SessionWithContext {
	return s.driver.NewSession(ctx, neo4j.SessionConfig{
		AccessMode:   neo4j.AccessModeRead,
		DatabaseName: s.cfg.Database,
	})
}

func (s *Store) writeSession(ctx context.Context) neo4j.SessionWithContext {
	return s.driver.NewSession(ctx, neo4j.SessionConfig{
		AccessMode:   neo4j.AccessModeWrite,
		DatabaseName: s.cfg.Database,
	})
}
