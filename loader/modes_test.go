package loader

import (
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"
)

// ploverRoots are the 16 root categories of PLOVER an event's type takes.
var ploverRoots = map[string]bool{
	"AGREE": true, "CONSULT": true, "SUPPORT": true, "CONCEDE": true,
	"COOPERATE": true, "AID": true, "RETREAT": true, "REQUEST": true,
	"ACCUSE": true, "REJECT": true, "THREATEN": true, "PROTEST": true,
	"SANCTION": true, "MOBILIZE": true, "COERCE": true, "ASSAULT": true,
}

// modeLiteral finds mode names the engine writes or tests in code:
// `m := "hostage_taking"`, `Mode: "demand"`, `mode = "x"`,
// `f.Type, mode = "AID", "peacekeeping"`, `Mode == "blockade"`,
// `deref(f.Mode) == "blockade"`, `Mode != "withdrawal"`.
var modeLiteral = []*regexp.Regexp{
	regexp.MustCompile(`\bm\s*:?=\s*"([a-z_]+)"`),
	regexp.MustCompile(`\b[Mm]ode\s*:\s*"([a-z_]+)"`),
	regexp.MustCompile(`\bmode\s*:?=\s*"([a-z_]+)"`),
	regexp.MustCompile(`\.Type,\s*(?:f\.)?[Mm]ode\s*=\s*"[A-Z]+",\s*"([a-z_]+)"`),
	regexp.MustCompile(`\b[Mm]ode\)?\s*[!=]=\s*"([a-z_]+)"`),
}

// tsvRows reads the data rows of a TSV file in data/: '#' lines and the
// header line are skipped.
func tsvRows(t *testing.T, name string) [][]string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("data", name))
	if err != nil {
		t.Fatal(err)
	}
	var rows [][]string
	header := true
	for _, line := range strings.Split(string(b), "\n") {
		line = strings.TrimRight(line, "\r")
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if header {
			header = false
			continue
		}
		rows = append(rows, strings.Split(line, "\t"))
	}
	return rows
}

// TestModesTable checks data/modes.tsv, the table from our modes to
// PLOVER's: every mode the extractor can emit (triggers.tsv, weapons.tsv,
// literals in the engine's code) has exactly one row, and its types are
// PLOVER roots.
func TestModesTable(t *testing.T) {
	table := map[string]bool{}
	for i, r := range tsvRows(t, "modes.tsv") {
		if len(r) != 4 {
			t.Errorf("modes.tsv row %d: %d columns, want 4 (mode, type, plover_mode, note): %q", i+1, len(r), r)
			continue
		}
		mode, types, pm := r[0], strings.Split(r[1], "|"), strings.Split(r[2], "|")
		if mode == "" || mode == "-" {
			t.Errorf("modes.tsv row %d: empty mode", i+1)
		}
		if table[mode] {
			t.Errorf("modes.tsv: duplicate row for mode %q", mode)
		}
		table[mode] = true
		for _, ty := range types {
			if !ploverRoots[ty] {
				t.Errorf("modes.tsv: mode %q has type %q, not a PLOVER root category", mode, ty)
			}
		}
		if r[2] == "" {
			t.Errorf("modes.tsv: mode %q has an empty plover_mode (use '-')", mode)
		}
		if len(pm) > 1 && len(pm) != len(types) {
			t.Errorf("modes.tsv: mode %q lists %d PLOVER modes for %d types", mode, len(pm), len(types))
		}
	}

	used := map[string]string{} // mode -> where it was first seen
	note := func(mode, where string) {
		if mode != "" && mode != "-" && used[mode] == "" {
			used[mode] = where
		}
	}
	for _, r := range tsvRows(t, "triggers.tsv") {
		if len(r) < 7 {
			t.Fatalf("triggers.tsv: short row %q", r)
		}
		note(r[3], "triggers.tsv mode of "+strings.SplitN(r[0], "|", 2)[0])
		note(r[6], "triggers.tsv default of "+strings.SplitN(r[0], "|", 2)[0])
	}
	for _, r := range tsvRows(t, "weapons.tsv") {
		if len(r) < 2 {
			t.Fatalf("weapons.tsv: short row %q", r)
		}
		note(r[1], "weapons.tsv mode of "+strings.SplitN(r[0], "|", 2)[0])
	}
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	literals := 0
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for n, line := range strings.Split(string(b), "\n") {
			if strings.HasPrefix(strings.TrimSpace(line), "//") {
				continue
			}
			for _, re := range modeLiteral {
				for _, m := range re.FindAllStringSubmatch(line, -1) {
					literals++
					note(m[1], f+":"+strconv.Itoa(n+1))
				}
			}
		}
	}
	if literals == 0 {
		t.Error("found no mode literals in the loader's code: the patterns of modeLiteral are out of date")
	}

	var missing []string
	for mode, where := range used {
		if !table[mode] {
			missing = append(missing, mode+" ("+where+")")
		}
	}
	sort.Strings(missing)
	for _, m := range missing {
		t.Errorf("mode %s has no row in data/modes.tsv", m)
	}
}
