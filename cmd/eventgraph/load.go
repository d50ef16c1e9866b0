package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"strings"
	"sync"
	"text/tabwriter"
	"time"

	"github.com/spf13/cobra"

	"github.com/eventgraph/eventgraph"
	"github.com/eventgraph/eventgraph/graph"
)

func init() { extraCommands = append(extraCommands, newLoadCmd) }

func newLoadCmd(a *app) *cobra.Command {
	var (
		from      string
		batchSize int
	)
	cmd := &cobra.Command{
		Use:   "load PATH... | load --from FILE",
		Short: "Extract documents and write them into Neo4j (or load saved extractions)",
		Long: `Extract documents (the same inputs as "eventgraph extract") and write
them into Neo4j, or with --from load extraction JSON Lines saved earlier by
"eventgraph extract".

Loading is idempotent and incremental: a document already loaded with the
same content and the same extraction is skipped; a changed one (same id,
new content, or the same content read differently by a newer extractor)
replaces what it contributed, keeping what other documents support. One real-world thing
is one node across documents (docs/graph-model.md). The schema is applied
first. Documents are written load.batch_size at a time, each batch in its
own transaction: after an interruption, what was committed stays, and
running the command again completes the job.

Progress goes to standard error, the closing summary to standard output.
The exit code is 2 when any input failed (each reported on standard error);
the rest are still loaded.`,
		Example: `  eventgraph load seeds/
  eventgraph extract corpus.jsonl > out.jsonl && eventgraph load --from out.jsonl
  eventgraph load --batch-size 1000 'articles/*.html'`,
		Args: func(cmd *cobra.Command, args []string) error {
			switch {
			case from == "" && len(args) == 0:
				return errors.New("load: give the documents to load (PATH...) or --from FILE")
			case from != "" && len(args) > 0:
				return fmt.Errorf("load: give either PATH... or --from FILE, not both (got %s)", strings.Join(args, " "))
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) (err error) {
			if cmd.Flags().Changed("batch-size") {
				if batchSize < 1 {
					return fmt.Errorf("load: --batch-size %d: want at least 1", batchSize)
				}
				a.cfg.Load.BatchSize = batchSize
			}
			if a.cfg.Load.BatchSize < 1 {
				a.cfg.Load.BatchSize = graph.DefaultBatchSize
			}
			ctx, stop := signal.NotifyContext(cmd.Context(), os.Interrupt)
			defer stop()
			store, err := a.openStore(ctx)
			if err != nil {
				return err
			}
			defer func() { err = errors.Join(err, store.Close(ctx)) }()
			if _, err := store.ApplySchema(ctx); err != nil {
				return err
			}

			errw := cmd.ErrOrStderr()
			start := time.Now()
			l := newLoadRun(ctx, store, a.cfg.Load.BatchSize, newProgress(errw, isTerminal(errw)))
			var read, failed int
			if from != "" {
				read, failed, err = l.fromFile(from, cmd.InOrStdin(), errw)
			} else {
				read, failed, err = a.forEachExtraction(args, l.add)
			}
			res, werr := l.close()
			if err == nil {
				err = werr
			}
			l.prog.finish()
			var serr error
			if err == nil || read > 0 || failed > 0 {
				serr = writeLoadSummary(cmd.OutOrStdout(), read, failed, res, time.Since(start))
			}
			switch {
			case err != nil && ctx.Err() != nil:
				return fmt.Errorf("load interrupted: %d documents committed; run it again to finish", res.Written+res.Skipped)
			case err != nil:
				return fmt.Errorf("load: %w", err)
			case serr != nil:
				return fmt.Errorf("load: %w", serr)
			case failed > 0:
				return &exitError{code: 2}
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&from, "from", "", `load saved extraction JSON Lines from FILE ("-" for standard input) instead of extracting`)
	cmd.Flags().IntVar(&batchSize, "batch-size", graph.DefaultBatchSize, "documents per write transaction (load.batch_size)")
	return cmd
}

// loadRun batches extractions into the store and keeps the counts. One
// batch is written while the next is being read and extracted.
type loadRun struct {
	ctx     context.Context
	store   *graph.Store
	size    int
	pending []eventgraph.Extraction
	batches chan []eventgraph.Extraction
	written chan struct{} // closed when the writer is done

	mu   sync.Mutex // guards what follows, shared with the writer
	res  graph.LoadResult
	err  error // the first write error; later batches are not written
	prog *progress
}

func newLoadRun(ctx context.Context, store *graph.Store, size int, prog *progress) *loadRun {
	l := &loadRun{ctx: ctx, store: store, size: size, prog: prog,
		batches: make(chan []eventgraph.Extraction, 1), written: make(chan struct{})}
	go l.write()
	return l
}

func (l *loadRun) write() {
	defer close(l.written)
	for batch := range l.batches {
		l.mu.Lock()
		failed := l.err != nil
		l.mu.Unlock()
		if failed {
			continue
		}
		r, err := l.store.Load(l.ctx, batch)
		l.mu.Lock()
		l.res.Add(r)
		if err != nil {
			l.err = err
		}
		l.prog.res = l.res
		l.prog.draw(true)
		l.mu.Unlock()
	}
}

// add queues one extraction; it returns the first write error, after
// which nothing more is written.
func (l *loadRun) add(x eventgraph.Extraction) error {
	l.mu.Lock()
	err := l.err
	l.prog.read++
	l.prog.draw(false)
	l.mu.Unlock()
	if err != nil {
		return err
	}
	l.pending = append(l.pending, x)
	if len(l.pending) >= l.size {
		l.batches <- l.pending
		l.pending = make([]eventgraph.Extraction, 0, l.size)
	}
	return nil
}

// close writes what is pending, waits for the writer and returns the
// counts and the first write error.
func (l *loadRun) close() (graph.LoadResult, error) {
	if len(l.pending) > 0 {
		l.batches <- l.pending
		l.pending = nil
	}
	close(l.batches)
	<-l.written
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.res, l.err
}

// fromFile reads extraction JSON Lines. A line that is not an extraction is
// reported on errw, counted as failed, and skipped.
func (l *loadRun) fromFile(name string, stdin io.Reader, errw io.Writer) (read, failed int, err error) {
	r := stdin
	if name != "-" {
		f, err := os.Open(name)
		if err != nil {
			return 0, 0, err
		}
		defer func() { err = errors.Join(err, f.Close()) }()
		total, err := countLines(f)
		if err != nil {
			return 0, 0, fmt.Errorf("read %s: %w", name, err)
		}
		l.mu.Lock()
		l.prog.total = total
		l.mu.Unlock()
		if _, err := f.Seek(0, io.SeekStart); err != nil {
			return 0, 0, fmt.Errorf("read %s: %w", name, err)
		}
		r = f
	}
	br := bufio.NewReaderSize(r, 1<<20)
	for line := 1; ; line++ {
		b, rerr := br.ReadBytes('\n')
		if len(bytes.TrimSpace(b)) > 0 {
			var x eventgraph.Extraction
			switch err := json.Unmarshal(b, &x); {
			case err != nil:
				failed++
				l.report(errw, "eventgraph: %s:%d: not an extraction: %v", name, line, err)
			case strings.TrimSpace(x.Document.ID) == "":
				failed++
				l.report(errw, "eventgraph: %s:%d: not an extraction: no document id", name, line)
			default:
				read++
				if err := l.add(x); err != nil {
					return read, failed, err
				}
			}
		}
		if rerr == io.EOF {
			return read, failed, nil
		}
		if rerr != nil {
			return read, failed, fmt.Errorf("read %s: %w", name, rerr)
		}
	}
}

func (l *loadRun) report(w io.Writer, format string, args ...any) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.prog.report(w, format, args...)
}

// countLines counts lines, for the progress bar's total.
func countLines(r io.Reader) (int, error) {
	buf := make([]byte, 1<<20)
	n, last := 0, byte('\n')
	for {
		k, err := r.Read(buf)
		if k > 0 {
			n += bytes.Count(buf[:k], []byte{'\n'})
			last = buf[k-1]
		}
		if err == io.EOF {
			if last != '\n' {
				n++
			}
			return n, nil
		}
		if err != nil {
			return n, err
		}
	}
}

func writeLoadSummary(w io.Writer, read, failed int, r graph.LoadResult, took time.Duration) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	rate := ""
	if s := took.Seconds(); s > 0 && read > 0 {
		rate = fmt.Sprintf(" (%.0f documents/s)", float64(read)/s)
	}
	fmt.Fprintf(tw, "documents read\t%d\n", read)
	fmt.Fprintf(tw, "  written\t%d (%d replacing a changed document)\n", r.Written, r.Replaced)
	fmt.Fprintf(tw, "  skipped\t%d (unchanged since the last load)\n", r.Skipped)
	fmt.Fprintf(tw, "  failed\t%d\n", failed)
	fmt.Fprintf(tw, "nodes\t%d created, %d deleted\n", r.NodesCreated, r.NodesDeleted)
	fmt.Fprintf(tw, "relationships\t%d created, %d deleted\n", r.RelationshipsCreated, r.RelationshipsDeleted)
	fmt.Fprintf(tw, "took\t%s%s\n", took.Round(time.Millisecond), rate)
	return tw.Flush()
}

// progress shows loading progress on standard error: a bar redrawn in
// place on a terminal, a plain line per committed batch otherwise.
type progress struct {
	w     io.Writer
	tty   bool
	total int // documents expected, 0 when unknown
	read  int
	res   graph.LoadResult
	start time.Time
	last  time.Time
	drawn bool
}

func newProgress(w io.Writer, tty bool) *progress {
	return &progress{w: w, tty: tty, start: time.Now()}
}

// draw updates the display; committed says a batch was just written.
func (p *progress) draw(committed bool) {
	now := time.Now()
	if !p.tty {
		if committed {
			fmt.Fprintf(p.w, "load: %s\n", p.status(now))
		}
		return
	}
	if !committed && now.Sub(p.last) < 100*time.Millisecond {
		return
	}
	p.last = now
	bar := ""
	if p.total > 0 {
		// The bar shows committed documents; reading runs a batch ahead.
		const width = 30
		committed := min(p.total, p.res.Written+p.res.Skipped)
		done := committed * width / p.total
		bar = fmt.Sprintf("[%s%s] %3d%% ", strings.Repeat("=", done), strings.Repeat(" ", width-done), committed*100/p.total)
	}
	fmt.Fprintf(p.w, "\r\x1b[K%s%s", bar, p.status(now))
	p.drawn = true
}

func (p *progress) status(now time.Time) string {
	s := fmt.Sprintf("%d documents read, %d written, %d skipped", p.read, p.res.Written, p.res.Skipped)
	if p.total > 0 {
		s = fmt.Sprintf("%d/%d documents read, %d written, %d skipped", p.read, p.total, p.res.Written, p.res.Skipped)
	}
	if secs := now.Sub(p.start).Seconds(); secs >= 1 {
		s += fmt.Sprintf(" (%.0f/s)", float64(p.res.Written+p.res.Skipped)/secs)
	}
	return s
}

// report prints a line without mangling the bar.
func (p *progress) report(w io.Writer, format string, args ...any) {
	if p.tty && p.drawn {
		fmt.Fprint(p.w, "\r\x1b[K")
		p.drawn = false
	}
	fmt.Fprintf(w, format+"\n", args...)
}

// finish clears the bar; the summary follows on standard output.
func (p *progress) finish() {
	if p.tty && p.drawn {
		fmt.Fprint(p.w, "\r\x1b[K")
	}
}

// isTerminal reports whether w is a character device (a terminal).
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}
