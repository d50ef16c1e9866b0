package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"runtime"
	"sync"

	"github.com/spf13/cobra"

	"github.com/eventgraph/eventgraph"
	"github.com/eventgraph/eventgraph/loader"
)

func newExtractCmd(a *app) *cobra.Command {
	var out string
	cmd := &cobra.Command{
		Use:   "extract PATH...",
		Short: "Extract actors, places, events, claims and links as JSON Lines (no database)",
		Long: `Read documents and write one JSON object per document (FORMAT.md) to
standard output, or to --out FILE.

PATH may be a file, a folder (read recursively), a glob, or "-" for
standard input. Plain text and Markdown, HTML (visible text), and JSON Lines
corpora (one article per line: text, title, date/published, url, id; field
names set by extract.*_field) are read. A first line " date 2023-10-07
Title", a "Title:" line or YAML front matter give the title and the
publication date, which anchors relative dates ("on Saturday").

Bad files (empty, binary, invalid UTF-8, larger than extract.max_bytes) are
reported one line each on standard error and the run goes on; the exit
code is 2 when any file failed.`,
		Example: `  eventgraph extract seeds/ > out.jsonl
  eventgraph extract --out out.jsonl 'articles/*.html'
  cat story.txt | eventgraph extract -`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) (err error) {
			w := cmd.OutOrStdout()
			if out != "" {
				f, err := os.Create(out)
				if err != nil {
					return fmt.Errorf("extract: %w", err)
				}
				defer func() {
					if cerr := f.Close(); cerr != nil && err == nil {
						err = fmt.Errorf("extract: %w", cerr)
					}
				}()
				w = f
			}
			bw := bufio.NewWriterSize(w, 1<<16)
			enc := json.NewEncoder(bw)
			enc.SetEscapeHTML(false)
			read, failed, err := a.forEachExtraction(args, func(ex eventgraph.Extraction) error {
				return enc.Encode(ex)
			})
			if ferr := bw.Flush(); err == nil {
				err = ferr
			}
			if err != nil {
				return err
			}
			fmt.Fprintf(cmd.ErrOrStderr(), "extracted %d documents, %d failed\n", read, failed)
			if failed > 0 {
				return &exitError{code: 2}
			}
			return nil
		},
	}
	cmd.Flags().StringVarP(&out, "out", "o", "", "write JSON Lines to FILE instead of standard output")
	return cmd
}

func (a *app) loaderOptions() loader.Options {
	c := a.cfg.Extract
	return loader.Options{MaxBytes: c.MaxBytes, DictDir: c.Dictionaries,
		Fields: loader.Fields{Text: c.TextField, Title: c.TitleField, Date: c.DateField, ID: c.IDField, URL: c.URLField}}
}

// forEachExtraction reads paths, extracts each document on all cores and
// calls fn with the extractions in input order. It prints one line per
// failed file to stderr and returns how many documents were read and how
// many inputs failed; err is a fatal problem (dictionary, fn's error).
func (a *app) forEachExtraction(paths []string, fn func(eventgraph.Extraction) error) (read, failed int, err error) {
	opts := a.loaderOptions()
	x, err := loader.NewExtractor(opts)
	if err != nil {
		return 0, 0, fmt.Errorf("load dictionaries: %w", err)
	}
	return extractParallel(x, paths, opts, os.Stderr, fn)
}

type job struct {
	doc eventgraph.Document
	out chan eventgraph.Extraction
}

func extractParallel(x *loader.Extractor, paths []string, opts loader.Options, errw io.Writer, fn func(eventgraph.Extraction) error) (read, failed int, err error) {
	workers := runtime.GOMAXPROCS(0)
	jobs := make(chan job, workers*4)
	order := make(chan chan eventgraph.Extraction, workers*4)
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				j.out <- x.Extract(j.doc)
			}
		}()
	}
	done := make(chan error, 1)
	go func() {
		var ferr error
		for ch := range order {
			ex := <-ch
			if ferr == nil {
				ferr = fn(ex)
			}
		}
		done <- ferr
	}()
	walkErr := loader.Walk(paths, opts, func(doc eventgraph.Document, rerr error) error {
		if rerr != nil {
			failed++
			fmt.Fprintf(errw, "eventgraph: %v\n", rerr)
			return nil
		}
		read++
		ch := make(chan eventgraph.Extraction, 1)
		order <- ch
		jobs <- job{doc: doc, out: ch}
		return nil
	})
	close(jobs)
	wg.Wait()
	close(order)
	if ferr := <-done; ferr != nil {
		return read, failed, ferr
	}
	return read, failed, walkErr
}
