package browser

import (
	"bytes"
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"encoding/json"
	"net/http"
	"net/url"
	"os"
	"path"
	"strings"
	"time"
)

//go:generate go run gen.go

// FS holds the files Handler serves: style.grass and guide.html.
//
//go:embed style.grass guide.html
var FS embed.FS

// StylePath and GuidePath are the paths Handler serves the style and the
// guide at; InfoPath answers with Info.
const (
	StylePath = "/style.grass"
	GuidePath = "/guide.html"
	InfoPath  = "/eventgraph.json"
)

// DefaultAddr is the address "eventgraph browser" listens on by default.
const DefaultAddr = "127.0.0.1:7475"

// Setting is one neo4j.conf setting.
type Setting struct {
	Key, Value string
}

// Settings returns the neo4j.conf settings that make Browser apply the style
// and open the guide served at base (such as "http://127.0.0.1:7475") each
// time it connects. Browser fetches both itself, from the user's machine, so
// base must be reachable from there, and its host must be allowed for remote
// content; the default hosts stay allowed. The last setting turns off
// Browser's product analytics: the banner asking about them would cover the
// first look, and the analytics servers are out of reach offline.
func Settings(base string) []Setting {
	base = strings.TrimSuffix(base, "/")
	var allow []string
	if u, err := url.Parse(base); err == nil && u.Hostname() != "" {
		allow = append(allow, u.Hostname())
	}
	for _, h := range []string{"localhost", "127.0.0.1", "guides.neo4j.com"} {
		if len(allow) == 0 || h != allow[0] {
			allow = append(allow, h)
		}
	}
	return []Setting{
		{"browser.post_connect_cmd", "style " + base + StylePath + "; play " + base + GuidePath},
		{"browser.remote_content_hostname_whitelist", strings.Join(allow, ",")},
		{"client.allow_telemetry", "false"},
	}
}

// Version identifies the files in FS: the first 12 hex digits of a SHA-256
// over their names and contents.
func Version() string {
	h := sha256.New()
	for _, name := range []string{StylePath, GuidePath} {
		b, err := FS.ReadFile(strings.TrimPrefix(name, "/"))
		if err != nil {
			panic(err) // embedded above: cannot be missing
		}
		h.Write([]byte(name + "\x00"))
		h.Write(b)
	}
	return hex.EncodeToString(h.Sum(nil))[:12]
}

// Info is what a running server says about itself at InfoPath.
type Info struct {
	Server  string `json:"server"` // always "eventgraph browser"
	Version string `json:"version"`
	PID     int    `json:"pid"`
}

// ServerName is Info.Server.
const ServerName = "eventgraph browser"

// Handler serves the style, the guide and Info, with the CORS headers
// Browser needs to fetch them from another origin (its own page is on the
// Neo4j HTTP port): any origin may read them, a preflight for the guide's
// no-cache request headers is answered, and so is Chrome's private network
// access check. Responses are never cached, so edits show on the next
// connect. Only GET, HEAD and OPTIONS are accepted.
func Handler() http.Handler {
	version := Version()
	files := map[string]string{
		StylePath: "text/plain; charset=utf-8",
		GuidePath: "text/html; charset=utf-8",
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h.Set("Access-Control-Allow-Origin", "*")
		h.Set("Cache-Control", "no-cache")
		h.Set("X-Content-Type-Options", "nosniff")
		p := path.Clean("/" + r.URL.Path)
		ctype, isFile := files[p]
		if !isFile && p != InfoPath {
			http.Error(w, "not found: this server has "+StylePath+", "+GuidePath+" and "+InfoPath, http.StatusNotFound)
			return
		}
		switch r.Method {
		case http.MethodOptions:
			h.Set("Access-Control-Allow-Methods", "GET, HEAD, OPTIONS")
			if req := r.Header.Get("Access-Control-Request-Headers"); req != "" {
				h.Set("Access-Control-Allow-Headers", req)
			}
			if r.Header.Get("Access-Control-Request-Private-Network") == "true" {
				h.Set("Access-Control-Allow-Private-Network", "true")
			}
			h.Set("Access-Control-Max-Age", "600")
			w.WriteHeader(http.StatusNoContent)
			return
		case http.MethodGet, http.MethodHead:
		default:
			h.Set("Allow", "GET, HEAD, OPTIONS")
			http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
			return
		}
		if p == InfoPath {
			b, err := json.Marshal(Info{Server: ServerName, Version: version, PID: os.Getpid()})
			if err != nil {
				http.Error(w, err.Error(), http.StatusInternalServerError)
				return
			}
			h.Set("Content-Type", "application/json")
			w.Write(append(b, '\n'))
			return
		}
		b, err := FS.ReadFile(strings.TrimPrefix(p, "/"))
		if err != nil {
			http.Error(w, err.Error(), http.StatusInternalServerError)
			return
		}
		h.Set("Content-Type", ctype)
		h.Set("ETag", `"`+version+`"`)
		http.ServeContent(w, r, p, time.Time{}, bytes.NewReader(b))
	})
}
