package loader

import (
	"strconv"
	"strings"
)

// number reads a numeral at toks[i]: digits ("5,000", "1.2"), words
// ("three", "a dozen") and scale words ("2 million"). It returns the value
// and the index after it, or ok=false.
func (st *docState) number(s *sent, i int) (int64, int, bool) {
	g := &st.d.gram
	if i >= len(s.toks) {
		return 0, i, false
	}
	t := s.toks[i]
	var v float64
	j := i + 1
	switch {
	case t.Num:
		f, err := strconv.ParseFloat(strings.ReplaceAll(t.Text, ",", ""), 64)
		if err != nil {
			return 0, i, false
		}
		v = f
	default:
		n, ok := g.nums[t.Lower]
		if !ok {
			if (t.Lower == "a" || t.Lower == "an") && j < len(s.toks) {
				if n2, ok2 := g.nums[s.toks[j].Lower]; ok2 && (n2 == 12 || n2 == 100 || n2 == 1000) {
					return n2, j + 1, true
				}
			}
			return 0, i, false
		}
		v = float64(n)
		// "twenty-five" is one token; "twenty five" two
		if j < len(s.toks) && v >= 20 && v < 100 {
			if n2, ok2 := g.nums[s.toks[j].Lower]; ok2 && n2 < 10 {
				v += float64(n2)
				j++
			}
		}
		if strings.Contains(t.Lower, "-") {
			parts := strings.SplitN(t.Lower, "-", 2)
			a, ok1 := g.nums[parts[0]]
			b, ok2 := g.nums[parts[1]]
			if ok1 && ok2 {
				v = float64(a + b)
			}
		}
	}
	if j < len(s.toks) {
		switch s.toks[j].Lower {
		case "hundred":
			v *= 100
			j++
		case "thousand":
			v *= 1000
			j++
		case "million":
			v *= 1e6
			j++
		}
	}
	if v > 1e9 {
		return 0, i, false
	}
	return int64(v), j, true
}

// quantity: a number right before the trigger noun or a weapon word near it
// ("5,000 rockets", "about 30 launches", "a barrage of 20 missiles").
func (st *docState) quantity(s *sent, th *trigHit) *int64 {
	cands := []int{th.i}
	for _, w := range s.weap {
		if w.i >= th.i-8 && w.i <= th.j+8 {
			cands = append(cands, w.i)
		}
	}
	for _, k := range cands {
		for back := 1; back <= 3 && k-back >= 0; back++ {
			i := k - back
			if v, end, ok := st.number(s, i); ok && end <= k && !isYear(s, i) {
				// only modifiers between the number and the noun
				clean := true
				for x := end; x < k; x++ {
					if s.toks[x].Punct || s.at[x] >= 0 && !s.ments[s.at[x]].demonym {
						clean = false
					}
				}
				if clean && v > 0 {
					return &v
				}
			}
		}
	}
	return nil
}

func isYear(s *sent, i int) bool {
	t := s.toks[i]
	return t.Num && len(t.Text) == 4 && !strings.Contains(t.Text, ",") && (t.Text[0] == '1' || t.Text[0] == '2')
}

// fatalities finds death tolls in a sentence and gives each to the
// nearest preceding ASSAULT event of the sentence: "killing three children
// and their grandmother" (4), "at least 40 people have been killed",
// "claiming the life of a civilian" (1), "the deaths of 34 Palestinians and
// one Israeli" (35).
func (st *docState) fatalities(s *sent) {
	g := &st.d.gram
	var evs []*frame
	for _, th := range s.trigs {
		if th.ev != nil && th.ev.Type == "ASSAULT" && th.ev.sent == s {
			evs = append(evs, th.ev)
		}
	}
	if len(evs) == 0 {
		return
	}
	toks := s.toks
	for i := 0; i < len(toks); i++ {
		if !g.is(toks[i], gFatal) {
			continue
		}
		var total int64
		found := false
		w := toks[i].Lower
		// after: "killing three children", "deaths of 34 Palestinians",
		// "the life of a civilian"
		if w == "killing" || w == "killed" && !st.passiveKilled(s, i) || w == "kills" || w == "kill" || w == "deaths" || w == "death" || w == "lives" || w == "life" {
			k := i + 1
			for k < len(toks) && (toks[k].Lower == "of" || toks[k].Lower == "the" || toks[k].Lower == "at" || toks[k].Lower == "least" || toks[k].Lower == "some" || toks[k].Lower == "about" || toks[k].Lower == "nearly" || toks[k].Lower == "around" || toks[k].Lower == "more" || toks[k].Lower == "than" || toks[k].Lower == "over" || toks[k].Lower == "an" || toks[k].Lower == "estimated" || toks[k].Lower == "approximately") {
				k++
			}
			total, found = st.countPeople(s, k)
		}
		// before: "40 people were killed", "three soldiers dead"
		if !found {
			for k := i - 1; k >= 0 && k >= i-7; k-- {
				if v, end, ok := st.number(s, k); ok && !isYear(s, k) && end <= i {
					if tot, ok2 := st.countPeople(s, k); ok2 {
						total, found = tot, true
					} else {
						total, found = v, true
					}
					break
				}
				if toks[k].Punct && toks[k].Text != "," {
					break
				}
			}
		}
		if !found || total <= 0 {
			continue
		}
		var best *frame
		for _, f := range evs {
			if f.trig.i <= i && (best == nil || f.trig.i > best.trig.i) {
				best = f
			}
		}
		if best == nil {
			best = evs[0]
		}
		if best.Fatalities == nil {
			v := total
			best.Fatalities = &v
		}
	}
}

func (st *docState) passiveKilled(s *sent, i int) bool {
	return i > 0 && st.d.gram.is(s.toks[i-1], gBe)
}

// countPeople reads "three children and their grandmother", "34
// Palestinians and one Israeli", "a civilian": numbers, or 1 for a
// singular person noun, summed over "and".
func (st *docState) countPeople(s *sent, k int) (int64, bool) {
	g := &st.d.gram
	var total int64
	found := false
	for k < len(s.toks) {
		if v, end, ok := st.number(s, k); ok && !isYear(s, k) {
			total += v
			found = true
			k = end
		} else {
			// "their grandmother", "a civilian": a singular noun counts 1
			j := k
			for j < len(s.toks) && (s.toks[j].Lower == "a" || s.toks[j].Lower == "an" || s.toks[j].Lower == "their" || s.toks[j].Lower == "his" || s.toks[j].Lower == "her" || s.toks[j].Lower == "the") {
				j++
			}
			if j == k || j >= len(s.toks) || s.toks[j].Punct {
				break
			}
			n := s.toks[j]
			if n.Num || strings.HasSuffix(n.Lower, "s") && !strings.HasSuffix(n.Lower, "ss") {
				break
			}
			if !g.is(n, gPersonNoun) && !isKin(n.Lower) && !(s.at[j] >= 0 && s.ments[s.at[j]].demonym) {
				break
			}
			total++
			found = true
			k = j + 1
		}
		// skip the noun phrase up to "and"
		for k < len(s.toks) && !s.toks[k].Punct && s.toks[k].Lower != "and" && !st.d.gram.is(s.toks[k], gPrep|gBe) {
			k++
		}
		if k < len(s.toks) && s.toks[k].Lower == "and" {
			k++
			continue
		}
		break
	}
	return total, found
}

func isKin(w string) bool {
	switch w {
	case "grandmother", "grandfather", "mother", "father", "wife", "husband", "son", "daughter", "brother", "sister",
		"baby", "infant", "girl", "boy", "teenager", "cousin", "uncle", "aunt", "nephew", "niece", "grandson", "granddaughter":
		return true
	}
	return false
}
