package loader

import (
	"strings"
	"testing"
)

// TestBuiltinDictionary: the shipped data loads, and no name, alias or
// demonym is claimed by two actors (the matcher could not tell them apart).
func TestBuiltinDictionary(t *testing.T) {
	d, err := DefaultDictionary()
	if err != nil {
		t.Fatalf("DefaultDictionary: %v", err)
	}
	if len(d.Actors) < 2000 || len(d.Places) < 20000 || len(d.Triggers) < 300 {
		t.Errorf("dictionary sizes: %d actors, %d places, %d triggers", len(d.Actors), len(d.Places), len(d.Triggers))
	}
	owner := map[string]string{}
	for _, a := range d.Actors {
		for _, n := range append(append([]string{a.Name}, a.Aliases...), a.Demonyms...) {
			k := keyOf(strings.ToLower(n))
			if o, ok := owner[k]; ok && o != a.ID {
				t.Errorf("%q is claimed by both %s and %s", n, o, a.ID)
			}
			owner[k] = a.ID
		}
	}
}
