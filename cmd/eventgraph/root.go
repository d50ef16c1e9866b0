package main

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"
	"github.com/spf13/viper"
)

// Config is the effective configuration after defaults, the config file,
// EVENTGRAPH_* environment variables and flags have been merged.
type Config struct {
	Neo4j   Neo4jConfig   `mapstructure:"neo4j"`
	Extract ExtractConfig `mapstructure:"extract"`
	Load    LoadConfig    `mapstructure:"load"`
	Queries QueriesConfig `mapstructure:"queries"`
}

// Neo4jConfig says where the graph lives.
type Neo4jConfig struct {
	URI      string `mapstructure:"uri"`
	User     string `mapstructure:"user"`
	Password string `mapstructure:"password"`
	Database string `mapstructure:"database"`
}

// ExtractConfig tunes reading and extraction.
type ExtractConfig struct {
	MaxBytes     int64  `mapstructure:"max_bytes"`
	Dictionaries string `mapstructure:"dictionaries"`
	TextField    string `mapstructure:"text_field"`
	TitleField   string `mapstructure:"title_field"`
	DateField    string `mapstructure:"date_field"`
	IDField      string `mapstructure:"id_field"`
	URLField     string `mapstructure:"url_field"`
}

// LoadConfig tunes writing to Neo4j.
type LoadConfig struct {
	BatchSize int `mapstructure:"batch_size"`
}

// QueriesConfig names a user folder of extra stored queries.
type QueriesConfig struct {
	Dir string `mapstructure:"dir"`
}

// defaults lists every key with its default; env-only keys are otherwise
// ignored by Unmarshal.
var defaults = map[string]any{
	"neo4j.uri":            "neo4j://127.0.0.1:7687",
	"neo4j.user":           "neo4j",
	"neo4j.password":       "eventgraph",
	"neo4j.database":       "neo4j",
	"extract.max_bytes":    int64(10 << 20),
	"extract.dictionaries": "",
	"extract.text_field":   "text",
	"extract.title_field":  "title",
	"extract.date_field":   "date,published",
	"extract.id_field":     "id",
	"extract.url_field":    "url",
	"load.batch_size":      500,
	"queries.dir":          "",
}

// app holds what every subcommand needs.
type app struct {
	v          *viper.Viper
	configFile string
	cfg        Config
	// used records where the config file came from, for `config`.
	used string
}

func newRootCmd() *cobra.Command {
	a := &app{v: viper.New()}
	root := &cobra.Command{
		Use:   "eventgraph",
		Short: "Turn news documents into a Neo4j graph of who did what to whom",
		Long: `eventgraph reads news articles and builds a knowledge graph of actors,
events, places and claims in Neo4j, every fact traced to the sentence that
supports it.

  eventgraph extract seeds/            # text in, JSON Lines out (no database)
  eventgraph schema                    # create constraints and indexes
  eventgraph load seeds/               # extract and write into Neo4j
  eventgraph query list                # the stored analyst queries
  eventgraph query retaliation-chains  # run one

Configuration, lowest to highest precedence: built-in defaults, the file
eventgraph.yaml (current directory, then the user config directory, or
--config FILE), EVENTGRAPH_* environment variables (EVENTGRAPH_NEO4J_URI for
neo4j.uri), then flags. "eventgraph config" prints the effective settings.`,
		SilenceUsage:  true,
		SilenceErrors: true,
		PersistentPreRunE: func(cmd *cobra.Command, _ []string) error {
			return a.loadConfig(cmd)
		},
	}
	pf := root.PersistentFlags()
	pf.StringVar(&a.configFile, "config", "", "configuration file (default: ./eventgraph.yaml, then $XDG_CONFIG_HOME/eventgraph/eventgraph.yaml)")
	pf.String("neo4j-uri", "", "Neo4j Bolt URI (neo4j.uri)")
	pf.String("neo4j-user", "", "Neo4j user (neo4j.user)")
	pf.String("neo4j-password", "", "Neo4j password (neo4j.password)")
	pf.String("neo4j-database", "", "Neo4j database (neo4j.database)")
	for _, k := range []string{"uri", "user", "password", "database"} {
		_ = a.v.BindPFlag("neo4j."+k, pf.Lookup("neo4j-"+k)) // flag names are static: cannot fail
	}
	root.AddCommand(newConfigCmd(a), newExtractCmd(a))
	for _, add := range extraCommands {
		root.AddCommand(add(a))
	}
	return root
}

// extraCommands lets each subcommand file register itself without editing
// the root (load.go, query.go, ...).
var extraCommands []func(*app) *cobra.Command

func (a *app) loadConfig(cmd *cobra.Command) error {
	v := a.v
	for k, val := range defaults {
		v.SetDefault(k, val)
	}
	v.SetEnvPrefix("EVENTGRAPH")
	v.SetEnvKeyReplacer(strings.NewReplacer(".", "_"))
	v.AutomaticEnv()
	if a.configFile != "" {
		v.SetConfigFile(a.configFile)
		if err := v.ReadInConfig(); err != nil {
			return fmt.Errorf("read config %s: %w", a.configFile, err)
		}
		a.used = a.configFile
	} else {
		v.SetConfigName("eventgraph")
		v.SetConfigType("yaml")
		v.AddConfigPath(".")
		if dir, err := os.UserConfigDir(); err == nil {
			v.AddConfigPath(filepath.Join(dir, "eventgraph"))
		}
		if err := v.ReadInConfig(); err != nil {
			var nf viper.ConfigFileNotFoundError
			if !errors.As(err, &nf) {
				return fmt.Errorf("read config: %w", err)
			}
		} else {
			a.used = v.ConfigFileUsed()
		}
	}
	if err := v.Unmarshal(&a.cfg); err != nil {
		return fmt.Errorf("config: %w", err)
	}
	return nil
}
