package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"strings"
	"syscall"
	"time"

	"github.com/spf13/cobra"

	"github.com/eventgraph/eventgraph/docs/browser"
)

func init() { extraCommands = append(extraCommands, newBrowserCmd) }

type browserOpts struct {
	addr       string
	conf, env  bool
	detach     bool
	stop       bool
	logFile    string
	background bool // set on the copy --detach starts
}

func newBrowserCmd(_ *app) *cobra.Command {
	var o browserOpts
	cmd := &cobra.Command{
		Use:   "browser",
		Short: "Serve the Neo4j Browser style and guide that open on connect",
		Long: `Serve the graph style (style.grass) and the guide (guide.html) that make
Neo4j Browser ready for this graph, on 127.0.0.1:7475 by default, with the
CORS headers Browser needs to fetch them.

Browser fetches and applies them each time it connects when neo4j.conf has
the lines "eventgraph browser --conf" prints ("make neo4j" passes them to
scripts/neo4j, and docker-compose.yml sets them as NEO4J_browser_* variables).
Browser fetches from the machine it runs on, so the server must run there.

  eventgraph browser            # serve in the foreground until Ctrl-C
  eventgraph browser --detach   # start in the background (or keep the one running) and return
  eventgraph browser --stop     # stop the background server
  eventgraph browser --conf     # print the neo4j.conf lines
  eventgraph browser --env      # print them as Neo4j Docker environment variables`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return runBrowser(cmd.Context(), o, cmd.OutOrStdout(), cmd.ErrOrStderr())
		},
	}
	f := cmd.Flags()
	f.StringVar(&o.addr, "addr", browser.DefaultAddr, "host:port to serve on; Browser fetches from http://ADDR")
	f.BoolVar(&o.conf, "conf", false, "print the neo4j.conf lines that apply the style and open the guide on connect, and exit")
	f.BoolVar(&o.env, "env", false, "print the same settings as Neo4j Docker environment variables, and exit")
	f.BoolVar(&o.detach, "detach", false, "serve from a background process and return once it answers; keeps one already serving these files")
	f.BoolVar(&o.stop, "stop", false, "stop the server running on --addr, and exit")
	f.StringVar(&o.logFile, "log", "", "log file of the --detach server (default: eventgraph-browser-PORT.log in the temporary folder)")
	f.BoolVar(&o.background, "background", false, "")
	if err := f.MarkHidden("background"); err != nil {
		panic(err) // the flag is defined just above
	}
	cmd.MarkFlagsMutuallyExclusive("conf", "env", "detach", "stop")
	return cmd
}

func runBrowser(ctx context.Context, o browserOpts, stdout, stderr io.Writer) error {
	host, port, err := net.SplitHostPort(o.addr)
	if err != nil || port == "" {
		return fmt.Errorf("browser: --addr %q: want host:port, such as %s", o.addr, browser.DefaultAddr)
	}
	if host == "" || host == "0.0.0.0" || host == "::" {
		host = "127.0.0.1"
	}
	base := "http://" + net.JoinHostPort(host, port)
	switch {
	case o.conf:
		for _, s := range browser.Settings(base) {
			fmt.Fprintf(stdout, "%s=%s\n", s.Key, s.Value)
		}
		return nil
	case o.env:
		for _, s := range browser.Settings(base) {
			fmt.Fprintf(stdout, "%s=%s\n", dockerEnvName(s.Key), s.Value)
		}
		return nil
	case o.stop:
		return stopBrowserServer(base, stdout)
	case o.detach:
		return detachBrowserServer(o, base, port, stdout)
	}
	return serveBrowser(ctx, o, base, stderr)
}

// dockerEnvName turns a neo4j.conf key into the environment variable the
// Neo4j Docker image reads it from: "_" doubles, "." becomes "_".
func dockerEnvName(key string) string {
	return "NEO4J_" + strings.ReplaceAll(strings.ReplaceAll(key, "_", "__"), ".", "_")
}

func serveBrowser(ctx context.Context, o browserOpts, base string, stderr io.Writer) error {
	ln, err := net.Listen("tcp", o.addr)
	if err != nil {
		if info, perr := probeBrowserServer(base); perr == nil {
			return fmt.Errorf("browser: %s is already served by pid %d (version %s); stop it with \"eventgraph browser --stop\"", base, info.PID, info.Version)
		}
		return fmt.Errorf("browser: %w", err)
	}
	signals := []os.Signal{os.Interrupt, syscall.SIGTERM}
	if o.background {
		// Outlive the terminal and the make run that started it, like nohup;
		// --stop sends SIGTERM.
		signal.Ignore(syscall.SIGHUP, os.Interrupt)
		signals = []os.Signal{syscall.SIGTERM}
	}
	ctx, cancel := signal.NotifyContext(ctx, signals...)
	defer cancel()
	srv := &http.Server{Handler: browser.Handler(), ReadHeaderTimeout: 10 * time.Second}
	go func() {
		<-ctx.Done()
		sctx, scancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer scancel()
		if err := srv.Shutdown(sctx); err != nil {
			fmt.Fprintf(stderr, "eventgraph browser: shutdown: %v\n", err)
		}
	}()
	fmt.Fprintf(stderr, "eventgraph browser: serving %s%s and %s%s (version %s, pid %d)\n",
		base, browser.StylePath, base, browser.GuidePath, browser.Version(), os.Getpid())
	fmt.Fprintf(stderr, "eventgraph browser: Neo4j Browser applies them on connect with these neo4j.conf lines:\n")
	for _, s := range browser.Settings(base) {
		fmt.Fprintf(stderr, "  %s=%s\n", s.Key, s.Value)
	}
	if err := srv.Serve(ln); !errors.Is(err, http.ErrServerClosed) {
		return fmt.Errorf("browser: %w", err)
	}
	fmt.Fprintf(stderr, "eventgraph browser: stopped\n")
	return nil
}

// probeBrowserServer asks base for its browser.Info; an error means no
// eventgraph browser server answers there.
func probeBrowserServer(base string) (browser.Info, error) {
	var info browser.Info
	client := &http.Client{Timeout: 2 * time.Second}
	resp, err := client.Get(base + browser.InfoPath)
	if err != nil {
		return info, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return info, fmt.Errorf("%s%s: %s", base, browser.InfoPath, resp.Status)
	}
	if err := json.NewDecoder(io.LimitReader(resp.Body, 1<<16)).Decode(&info); err != nil {
		return info, fmt.Errorf("%s%s: %w", base, browser.InfoPath, err)
	}
	if info.Server != browser.ServerName || info.PID <= 0 {
		return info, fmt.Errorf("%s is not an eventgraph browser server", base)
	}
	return info, nil
}

func stopBrowserServer(base string, stdout io.Writer) error {
	info, err := probeBrowserServer(base)
	if err != nil {
		fmt.Fprintf(stdout, "eventgraph browser: no server answers on %s; nothing to stop\n", base)
		return nil
	}
	if err := terminate(info, base); err != nil {
		return err
	}
	fmt.Fprintf(stdout, "eventgraph browser: stopped pid %d on %s\n", info.PID, base)
	return nil
}

// terminate sends SIGTERM to the server described by info and waits until
// base no longer answers.
func terminate(info browser.Info, base string) error {
	p, err := os.FindProcess(info.PID)
	if err == nil {
		err = p.Signal(syscall.SIGTERM)
	}
	if err != nil {
		return fmt.Errorf("browser: stop pid %d serving %s: %w", info.PID, base, err)
	}
	for deadline := time.Now().Add(10 * time.Second); time.Now().Before(deadline); time.Sleep(100 * time.Millisecond) {
		if _, err := probeBrowserServer(base); err != nil {
			return nil
		}
	}
	return fmt.Errorf("browser: pid %d still serves %s 10 s after SIGTERM", info.PID, base)
}

func detachBrowserServer(o browserOpts, base, port string, stdout io.Writer) error {
	version := browser.Version()
	if info, err := probeBrowserServer(base); err == nil {
		if info.Version == version {
			fmt.Fprintf(stdout, "eventgraph browser: already serving %s (pid %d, version %s)\n", base, info.PID, version)
			return nil
		}
		fmt.Fprintf(stdout, "eventgraph browser: replacing pid %d on %s (version %s, this binary has %s)\n", info.PID, base, info.Version, version)
		if err := terminate(info, base); err != nil {
			return err
		}
	}
	exe, err := os.Executable()
	if err != nil {
		return fmt.Errorf("browser: find own binary: %w", err)
	}
	logPath := o.logFile
	if logPath == "" {
		logPath = filepath.Join(os.TempDir(), "eventgraph-browser-"+port+".log")
	}
	logf, err := os.OpenFile(logPath, os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o644)
	if err != nil {
		return fmt.Errorf("browser: %w", err)
	}
	defer logf.Close()
	child := exec.Command(exe, "browser", "--addr", o.addr, "--background")
	child.Stdout, child.Stderr = logf, logf
	if err := child.Start(); err != nil {
		return fmt.Errorf("browser: start %s: %w", exe, err)
	}
	exited := make(chan error, 1)
	go func() { exited <- child.Wait() }()
	deadline := time.After(15 * time.Second)
	for {
		select {
		case err := <-exited:
			return fmt.Errorf("browser: the background server exited (%v); its log %s ends:\n%s", err, logPath, tail(logPath, 10))
		case <-deadline:
			return fmt.Errorf("browser: the background server (pid %d) did not answer on %s within 15 s; see %s", child.Process.Pid, base, logPath)
		case <-time.After(100 * time.Millisecond):
		}
		if info, err := probeBrowserServer(base); err == nil && info.PID == child.Process.Pid {
			fmt.Fprintf(stdout, "eventgraph browser: serving %s in the background (pid %d, version %s, log %s)\n", base, info.PID, version, logPath)
			return nil
		}
	}
}

// tail returns the last n lines of a small log file, for error messages.
func tail(path string, n int) string {
	b, err := os.ReadFile(path)
	if err != nil {
		return err.Error()
	}
	lines := strings.Split(strings.TrimRight(string(b), "\n"), "\n")
	if len(lines) > n {
		lines = lines[len(lines)-n:]
	}
	return strings.Join(lines, "\n")
}
