package main

import (
	"bytes"
	"context"
	"net"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/eventgraph/eventgraph/docs/browser"
)

func TestBrowserConfAndEnv(t *testing.T) {
	var out bytes.Buffer
	if err := runBrowser(context.Background(), browserOpts{addr: "127.0.0.1:7475", conf: true}, &out, &out); err != nil {
		t.Fatal(err)
	}
	want := "browser.post_connect_cmd=style http://127.0.0.1:7475/style.grass; play http://127.0.0.1:7475/guide.html\n" +
		"browser.remote_content_hostname_whitelist=127.0.0.1,localhost,guides.neo4j.com\n" +
		"client.allow_telemetry=false\n"
	if out.String() != want {
		t.Errorf("browser --conf printed\n%s\nwant\n%s", out.String(), want)
	}

	out.Reset()
	if err := runBrowser(context.Background(), browserOpts{addr: browser.DefaultAddr, env: true}, &out, &out); err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(out.String(), "NEO4J_browser_post__connect__cmd=style http://127.0.0.1:7475/style.grass;") {
		t.Errorf("browser --env printed\n%s", out.String())
	}
	// docker-compose.yml sets the same variables for the Neo4j container.
	compose, err := os.ReadFile("../../docker-compose.yml")
	if err != nil {
		t.Fatal(err)
	}
	for _, line := range strings.Split(strings.TrimSpace(out.String()), "\n") {
		name, value, _ := strings.Cut(line, "=")
		if !strings.Contains(string(compose), name+`: "`+value+`"`) {
			t.Errorf("docker-compose.yml does not set %s: %q (the output of eventgraph browser --env)", name, value)
		}
	}

	if err := runBrowser(context.Background(), browserOpts{addr: "7475", conf: true}, &out, &out); err == nil {
		t.Errorf("browser --addr 7475 = nil error, want one asking for host:port")
	}
}

func TestDockerEnvName(t *testing.T) {
	for key, want := range map[string]string{
		"browser.post_connect_cmd":                  "NEO4J_browser_post__connect__cmd",
		"browser.remote_content_hostname_whitelist": "NEO4J_browser_remote__content__hostname__whitelist",
		"client.allow_telemetry":                    "NEO4J_client_allow__telemetry",
	} {
		if got := dockerEnvName(key); got != want {
			t.Errorf("dockerEnvName(%q) = %q, want %q", key, got, want)
		}
	}
}

// TestBrowserServeProbeStop serves in the foreground on a free port, finds
// the server with probeBrowserServer, refuses a second one on the same port,
// and stops it by cancelling its context (as SIGTERM does).
func TestBrowserServeProbeStop(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	if err := ln.Close(); err != nil {
		t.Fatal(err)
	}
	base := "http://" + addr

	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var log bytes.Buffer
	done := make(chan error, 1)
	go func() { done <- runBrowser(ctx, browserOpts{addr: addr}, &log, &log) }()

	var info browser.Info
	for deadline := time.Now().Add(5 * time.Second); ; time.Sleep(20 * time.Millisecond) {
		if info, err = probeBrowserServer(base); err == nil {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("probeBrowserServer(%s): %v", base, err)
		}
	}
	if info.PID != os.Getpid() || info.Version != browser.Version() {
		t.Errorf("probeBrowserServer = %+v, want pid %d and version %s", info, os.Getpid(), browser.Version())
	}

	var second bytes.Buffer
	if err := runBrowser(context.Background(), browserOpts{addr: addr}, &second, &second); err == nil || !strings.Contains(err.Error(), "already served") {
		t.Errorf("a second server on %s: err = %v, want \"already served\"", addr, err)
	}

	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("runBrowser after cancel = %v, want nil", err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("runBrowser did not return 10 s after its context was cancelled")
	}
	if _, err := probeBrowserServer(base); err == nil {
		t.Errorf("probeBrowserServer(%s) still answers after the server stopped", base)
	}
	if !strings.Contains(log.String(), "browser.post_connect_cmd=style "+base+"/style.grass") {
		t.Errorf("the server did not print its neo4j.conf lines; it printed:\n%s", log.String())
	}
}
