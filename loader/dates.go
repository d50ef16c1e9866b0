package loader

import (
	"strconv"
	"strings"
	"time"
)

// resolveDates finds the day a sentence speaks of: an absolute date ("27
// October 2023", "Oct. 27", "2023-10-07"), a weekday or a relative word
// resolved against the publication date. A sentence with no date of its own
// inherits the last day mentioned before it; one that names only a month,
// a year or a vague past ("in May", "last year") stops that inheritance.
func (st *docState) resolveDates(s *sent) {
	day, kind := st.sentenceDate(s)
	switch kind {
	case 1:
		st.curDate = day
	case 2:
		st.curDate = nil
	}
	s.date, s.dateKind = st.curDate, kind
	if kind == 2 {
		s.date = nil
	}
}

func (st *docState) sentenceDate(s *sent) (*string, int) {
	g := &st.d.gram
	toks := s.toks
	kind := 0
	var possessive *string // "Tuesday's attack"
	st.sentYear = 0
	if len(toks) > 0 && (toks[0].Lower == "separately" || toks[0].Lower == "elsewhere") {
		// "Separately, the Arakan Army said it had captured ...": another
		// story, not the day told before
		kind = 2
	}
	for i, t := range toks {
		// ISO date
		if t.Num || len(t.Text) == 10 && t.Text[4] == '-' {
			if d := normDate(t.Text); d != "" && len(t.Text) == 10 {
				return &d, 1
			}
		}
		if g.is(t, gMonth) && (t.Cap || len(t.Text) > 3) && s.at[i] < 0 {
			// (a month inside a name is no date: "the March 23 Movement")
			m := g.months[strings.TrimSuffix(t.Lower, ".")]
			if m == 0 {
				continue
			}
			if t.Lower == "may" && !t.Cap {
				continue
			}
			day, year := 0, 0
			// "27 October", "October 27", "October 27, 2023", "27 October 2023"
			if i > 0 && toks[i-1].Num {
				day = atoiSafe(toks[i-1].Text)
			}
			if i+1 < len(toks) && toks[i+1].Num {
				v := atoiSafe(toks[i+1].Text)
				if v >= 1 && v <= 31 && day == 0 {
					day = v
					if i+3 < len(toks) && toks[i+2].Text == "," && toks[i+3].Num {
						year = atoiSafe(toks[i+3].Text)
					} else if i+2 < len(toks) && toks[i+2].Num {
						year = atoiSafe(toks[i+2].Text)
					}
				} else if v >= 1900 && v <= 2100 {
					// "in October 2023": no day, but the year the text
					// is in for the dates without one that follow
					year = v
					st.lastYear, st.sentYear = v, v
				}
			}
			if day >= 1 && day <= 31 {
				if year == 0 && i+1 < len(toks) && toks[i+1].Num {
					if v := atoiSafe(toks[i+1].Text); v >= 1900 {
						year = v
					}
				}
				if d, ok := st.absolute(year, m, day); ok {
					return &d, 1
				}
			}
			kind = 2
			continue
		}
		if rest, ok := strings.CutPrefix(t.Lower, "mid-"); ok && g.months[rest] > 0 {
			// "by mid-March 2025": a month, no day
			if i+1 < len(toks) && toks[i+1].Num {
				if v := atoiSafe(toks[i+1].Text); v >= 1900 && v <= 2100 {
					st.lastYear, st.sentYear = v, v
				}
			}
			kind = 2
			continue
		}
		if g.is(t, gWeekday) && t.Cap {
			if d, ok := st.weekday(t.Lower); ok {
				if i+1 < len(toks) && (toks[i+1].Text == "'s" || toks[i+1].Text == "’s") {
					// "Tuesday's attack ... rejected Thursday": the
					// possessive dates its noun; another day named in the
					// sentence dates the clause
					if possessive == nil {
						possessive = &d
					}
					continue
				}
				return &d, 1
			}
			continue
		}
		switch t.Lower {
		case "yesterday":
			if d, ok := st.offset(-1); ok {
				return &d, 1
			}
		case "today", "tonight":
			if d, ok := st.offset(0); ok {
				return &d, 1
			}
		case "year", "years", "month", "months", "week", "decade", "decades":
			if i > 0 && (toks[i-1].Lower == "last" || toks[i-1].Lower == "this" || toks[i-1].Lower == "past" || toks[i-1].Lower == "previous" || toks[i-1].Num || toks[i-1].Lower == "a") {
				kind = 2
			}
		}
		if t.Num && len(t.Text) == 4 && (t.Text[0] == '1' || t.Text[0] == '2') && i > 0 && (toks[i-1].Lower == "in" || toks[i-1].Lower == "since") {
			kind = 2
		}
	}
	if possessive != nil {
		return possessive, 1
	}
	return nil, kind
}

func atoiSafe(s string) int {
	v, err := strconv.Atoi(strings.ReplaceAll(s, ",", ""))
	if err != nil {
		return 0
	}
	return v
}

// absolute builds a date; a missing year is the publication year (or the
// year before, when that day would fall after publication).
func (st *docState) absolute(year, month, day int) (string, bool) {
	if year != 0 {
		st.lastYear, st.sentYear = year, year
		if st.hasPub && time.Date(year, time.Month(month), day, 0, 0, 0, 0, time.UTC).After(st.pub.AddDate(0, 0, 7)) {
			// a day well after the "publication" date: the date is the
			// topic's (an encyclopedia lead), not when it was written
			st.pubStale = true
		}
	}
	switch {
	case year != 0:
	case st.sentYear > 0:
		// the year named earlier in the sentence ("in October 2023,
		// after the October 7 attack")
		year = st.sentYear
	case !st.hasPub && st.lastYear > 0:
		// no publication date: the year of the last one named ("since 7
		// October 2023 ... on 27 October")
		year = st.lastYear
	case !st.hasPub:
		return "", false
	default:
		year = st.pub.Year()
		if !st.pubStale && time.Date(year, time.Month(month), day, 0, 0, 0, 0, time.UTC).After(st.pub.AddDate(0, 0, 7)) {
			// a day after publication is last year's
			year--
		}
	}
	t := time.Date(year, time.Month(month), day, 0, 0, 0, 0, time.UTC)
	if t.Day() != day {
		return "", false
	}
	return t.Format("2006-01-02"), true
}

// weekday is the latest such day on or before publication.
func (st *docState) weekday(w string) (string, bool) {
	if !st.hasPub {
		return "", false
	}
	days := map[string]time.Weekday{"sunday": time.Sunday, "monday": time.Monday, "tuesday": time.Tuesday,
		"wednesday": time.Wednesday, "thursday": time.Thursday, "friday": time.Friday, "saturday": time.Saturday}
	wd, ok := days[w]
	if !ok {
		return "", false
	}
	back := (int(st.pub.Weekday()) - int(wd) + 7) % 7
	return st.pub.AddDate(0, 0, -back).Format("2006-01-02"), true
}

func (st *docState) offset(days int) (string, bool) {
	if !st.hasPub {
		return "", false
	}
	return st.pub.AddDate(0, 0, days).Format("2006-01-02"), true
}

// ownDate: the date an event noun names right after itself, over the
// place it names ("the Kerman bombings on 3 January", "the attack in Goma
// on Friday"), when the sentence is dated otherwise; else nil.
func (st *docState) ownDate(s *sent, th *trigHit) *string {
	if th.t.Verb {
		return nil
	}
	k := th.j
	for n := 0; k < len(s.toks) && n < 2; n++ {
		// over "in Goma", "of the city"
		if w := s.toks[k].Lower; (w == "in" || w == "at" || w == "near" || w == "of" || w == "on" || w == "against") && k+1 < len(s.toks) && s.at[k+1] >= 0 {
			k = s.ments[s.at[k+1]].j
			continue
		}
		break
	}
	if k+1 >= len(s.toks) || s.toks[k].Lower != "on" && s.toks[k].Lower != "of" {
		return nil
	}
	return st.dateAt(s, k+1)
}

// dateAt reads a date that starts at token i: "3 January (2024)",
// "January 3(, 2024)", a weekday.
func (st *docState) dateAt(s *sent, i int) *string {
	g := &st.d.gram
	toks := s.toks
	month := func(t Token) int {
		if !g.is(t, gMonth) || !t.Cap {
			return 0
		}
		return g.months[strings.TrimSuffix(t.Lower, ".")]
	}
	yearAt := func(j int) int {
		if j < len(toks) && toks[j].Num {
			if v := atoiSafe(toks[j].Text); v >= 1900 && v <= 2100 {
				return v
			}
		}
		return 0
	}
	day, m, year := 0, 0, 0
	switch {
	case i+1 < len(toks) && toks[i].Num && month(toks[i+1]) > 0:
		day, m, year = atoiSafe(toks[i].Text), month(toks[i+1]), yearAt(i+2)
	case i+1 < len(toks) && month(toks[i]) > 0 && toks[i+1].Num:
		day, m = atoiSafe(toks[i+1].Text), month(toks[i])
		if i+3 < len(toks) && toks[i+2].Text == "," {
			year = yearAt(i + 3)
		} else {
			year = yearAt(i + 2)
		}
	case g.is(toks[i], gWeekday) && toks[i].Cap:
		if d, ok := st.weekday(toks[i].Lower); ok {
			return &d
		}
		return nil
	default:
		return nil
	}
	if day < 1 || day > 31 {
		return nil
	}
	if d, ok := st.absolute(year, m, day); ok {
		return &d
	}
	return nil
}
