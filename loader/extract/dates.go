package extract

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/attache-project/attache"
)

// date is a calendar date known to a precision: year only (m == 0), month
// (d == 0) or day. The zero date is unknown.
type date struct{ y, m, d int }

func (t date) known() bool { return t.y > 0 }

// asDate is the date as the domain writes it ("2005-08-18", "2005-08",
// "2005" or empty), so the rules of attache.Date apply to it.
func (t date) asDate() attache.Date { return attache.Date(t.String()) }

// overlaps says whether two dates may name the same day; an unknown date may
// name any (attache.Date.Overlaps, the rule the store merges by).
func (t date) overlaps(o date) bool { return t.asDate().Overlaps(o.asDate()) }

func (t date) String() string {
	switch {
	case t.y <= 0:
		return ""
	case t.m == 0:
		return fmt.Sprintf("%04d", t.y)
	case t.d == 0:
		return fmt.Sprintf("%04d-%02d", t.y, t.m)
	}
	return fmt.Sprintf("%04d-%02d-%02d", t.y, t.m, t.d)
}

func (t date) precision() attache.DatePrecision {
	switch {
	case t.y <= 0:
		return attache.DateNone
	case t.m == 0:
		return attache.DateYear
	case t.d == 0:
		return attache.DateMonth
	}
	return attache.DateDay
}

func (t date) time() time.Time { return time.Date(t.y, time.Month(t.m), t.d, 0, 0, 0, 0, time.UTC) }

// addDays moves a full date by n days.
func (t date) addDays(n int) date { return fromTime(t.time().AddDate(0, 0, n)) }

func fromTime(tm time.Time) date { return date{tm.Year(), int(tm.Month()), tm.Day()} }

// before reports whether t is certainly before u (both known to the day or
// to the coarser of their precisions).
func (t date) after(u date) bool {
	if t.y != u.y {
		return t.y > u.y
	}
	if t.m == 0 || u.m == 0 || t.m != u.m {
		return t.m > u.m && u.m != 0
	}
	return t.d > u.d && u.d != 0
}

func parseISODate(s string) date {
	s = strings.TrimSpace(s)
	for _, layout := range []string{"2006-01-02", "2006-01", "2006"} {
		if tm, err := time.Parse(layout, s); err == nil {
			switch layout {
			case "2006-01-02":
				return fromTime(tm)
			case "2006-01":
				return date{tm.Year(), int(tm.Month()), 0}
			default:
				return date{tm.Year(), 0, 0}
			}
		}
	}
	return date{}
}

// dateParser holds the month and weekday names; it is built once by New.
type dateParser struct {
	months   map[string]int
	weekdays map[string]time.Weekday
}

func newDateParser() *dateParser {
	p := &dateParser{months: map[string]int{}, weekdays: map[string]time.Weekday{}}
	names := []string{"january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"}
	for i, n := range names {
		p.months[n] = i + 1
		p.months[n[:3]] = i + 1
		p.months[n[:3]+"."] = i + 1
	}
	p.months["sept."] = 9
	p.months["sept"] = 9
	delete(p.months, "may.")
	for i, n := range []string{"sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"} {
		p.weekdays[n] = time.Weekday(i)
	}
	return p
}

// month returns the month a capitalised token names ("Aug.", "August").
// "May" and "March" count only capitalised, which the caller checks.
func (p *dateParser) month(tok string) int {
	if tok == "" || !unicode.IsUpper([]rune(tok)[0]) {
		return 0
	}
	return p.months[strings.ToLower(tok)]
}

func atoiRange(s string, lo, hi int) (int, bool) {
	if len(s) == 0 || len(s) > 4 {
		return 0, false
	}
	n, err := strconv.Atoi(s)
	if err != nil || n < lo || n > hi {
		return 0, false
	}
	return n, true
}

// stripOrdinal turns "6th" into "6".
func stripOrdinal(s string) string {
	for _, suf := range []string{"st", "nd", "rd", "th"} {
		if strings.HasSuffix(s, suf) && len(s) > len(suf) {
			return s[:len(s)-len(suf)]
		}
	}
	return s
}

// leadDateLine reads a line that is only a date: "Wednesday, July 10, 2019",
// "December 2004", "Aug. 18, 2005".
// Besides the date alone it reads a header's forms: a label ("Published
// 3 March 2011", "Release date: 03 Mar 2011"), brackets ("(3 March
// 2011)") and the wire's "DATE=12/9/98".
func (p *dateParser) leadDateLine(line string) (date, bool) {
	line = strings.TrimSpace(line)
	if inner, ok := strings.CutPrefix(line, "("); ok && strings.HasSuffix(inner, ")") {
		line = inner[:len(inner)-1]
	}
	if dt, ok := wireDateLabel(line); ok {
		return dt, true
	}
	return p.bareDateLine(line)
}

// placedDateLine reads a header line that gives a place before the date
// ("Tokyo, 3 March 2011", "Washington, D.C., March 3, 2011"): the date,
// with its day. Such a line is left as the headline, whose place names
// the issuer's state.
func (p *dateParser) placedDateLine(line string) (date, bool) {
	if !strings.ContainsFunc(line, unicode.IsDigit) || !strings.Contains(line, ",") {
		return date{}, false // most headlines: no day to read
	}
	parts := strings.Split(line, ",")
	if dt, ok := p.dateBeforePlace(parts); ok {
		return dt, true
	}
	city := strings.TrimSpace(parts[0])
	if !isPlaceName(city) || p.month(city) > 0 || p.isWeekdayWord(city) {
		return date{}, false
	}
	pd, ok := p.dateAfterPlace(parts[1:], 1)
	if !ok || pd.date.y == 0 || pd.date.d == 0 {
		return date{}, false
	}
	return pd.date, true
}

// dateBeforePlace reads the other order of a header's place and date, the
// date first ("November 12, 2003, The Kremlin, Moscow"): a full date with
// its day in the leading parts, then only places (capitalised words, no
// digit, up to three parts). The page states when and where the text was
// given, which is the day its relative dates count from.
func (p *dateParser) dateBeforePlace(parts []string) (date, bool) {
	for k := 1; k < len(parts) && k <= 3; k++ {
		dt, ok := p.bareDateLine(strings.Join(parts[:k], ","))
		if !ok || dt.y == 0 || dt.d == 0 {
			continue
		}
		rest := parts[k:]
		if len(rest) > 3 {
			return date{}, false
		}
		for _, r := range rest {
			if !isPlaceName(strings.TrimSpace(r)) {
				return date{}, false
			}
		}
		return dt, true
	}
	return date{}, false
}

// placeDate is what follows the city of a "place, date" line: the region
// or country written between them ("D.C.", "Ecuador") and the date.
type placeDate struct {
	region string
	date   date
}

// dateAfterPlace is the one reader of "place, date" lines, for the
// headline's placed date and the body's dateline alike. rest holds the
// comma-separated parts after the city; up to maxRegions of them may name
// a region or country before the date ("Washington, D.C., March 3,
// 2011"). A part with a digit is no region, so the date is the first run
// of parts that reads as one; an agency's mark after it ("(AFPS)") is
// dropped. Only the last part may be a day and month without a year
// ("Aug. 18"), which the caller's publication date completes.
func (p *dateParser) dateAfterPlace(rest []string, maxRegions int) (placeDate, bool) {
	for k := 0; k < len(rest) && k <= maxRegions; k++ {
		if k > 0 && !isRegionPart(rest[k-1]) {
			break
		}
		cand := strings.TrimSpace(strings.Join(rest[k:], ","))
		if i := strings.Index(cand, "("); i > 0 {
			cand = strings.TrimSpace(cand[:i])
		}
		region := strings.TrimSpace(strings.Join(rest[:k], ","))
		if dt, ok := p.bareDateLine(cand); ok {
			return placeDate{region, dt}, true
		}
		if k == len(rest)-1 {
			if dt, ok := p.yearlessDay(cand); ok {
				return placeDate{region, dt}, true
			}
		}
	}
	return placeDate{}, false
}

// isRegionPart: a part of a header's place, a region or country between
// the city and the date: letters and no digit.
func isRegionPart(s string) bool {
	return strings.ContainsFunc(s, unicode.IsLetter) && !strings.ContainsFunc(s, unicode.IsDigit)
}

// yearlessDay reads "Aug. 18": a month and its day, the year left 0.
func (p *dateParser) yearlessDay(s string) (date, bool) {
	f := strings.Fields(s)
	if len(f) != 2 {
		return date{}, false
	}
	m := p.month(f[0])
	d, ok := atoiRange(stripOrdinal(f[1]), 1, 31)
	if m == 0 || !ok {
		return date{}, false
	}
	return date{0, m, d}, true
}

// isPlaceName: a short run of capitalised words with no digit, as a
// header's place is ("Tokyo", "Washington", "D.C.", "New Delhi").
func isPlaceName(s string) bool {
	f := strings.Fields(s)
	if len(f) == 0 || len(f) > 3 || strings.ContainsFunc(s, unicode.IsDigit) {
		return false
	}
	for _, w := range f {
		if !unicode.IsUpper([]rune(w)[0]) {
			return false
		}
	}
	return true
}

// wireDateLabel reads the date of a wire service's header field,
// "DATE=12/9/98": month first (the US agencies' order), a two-digit year
// in the century nearest to ours.
func wireDateLabel(line string) (date, bool) {
	if len(line) < len("DATE=") || !strings.EqualFold(line[:len("DATE=")], "DATE=") {
		return date{}, false
	}
	field, _, _ := strings.Cut(line[len("DATE="):], " ")
	parts := strings.Split(field, "/")
	if len(parts) != 3 {
		return date{}, false
	}
	m, okM := atoiRange(parts[0], 1, 12)
	d, okD := atoiRange(parts[1], 1, 31)
	y, okY := atoiRange(parts[2], 0, 2200)
	if !okM || !okD || !okY || len(parts[2]) != 2 && len(parts[2]) != 4 {
		return date{}, false
	}
	if len(parts[2]) == 2 {
		y += 1900
		if y < 1950 {
			y += 100
		}
	}
	return date{y, m, d}, true
}

// bareDateLine reads a line that is only a date, after a label or before
// a clock time.
func (p *dateParser) bareDateLine(line string) (date, bool) {
	f := strings.Fields(strings.NewReplacer(",", " ").Replace(line))
	f = trimDateLineLabels(f)
	if len(f) == 0 || len(f) > 4 {
		return date{}, false
	}
	if p.isWeekdayWord(f[0]) {
		f = f[1:]
	}
	switch len(f) {
	case 1: // 06.12.2019, 2019-12-06, 21/07/1999
		return numericDateWord(f[0])
	case 2: // Month Year
		if m := p.month(f[0]); m > 0 {
			if y, ok := atoiRange(f[1], 1800, 2200); ok {
				return date{y, m, 0}, true
			}
		}
	case 3: // Month Day Year | Day Month Year
		if m := p.month(f[0]); m > 0 {
			d, ok1 := atoiRange(stripOrdinal(f[1]), 1, 31)
			y, ok2 := atoiRange(f[2], 1800, 2200)
			if ok1 && ok2 {
				return date{y, m, d}, true
			}
		}
		if m := p.month(f[1]); m > 0 {
			d, ok1 := atoiRange(stripOrdinal(f[0]), 1, 31)
			y, ok2 := atoiRange(f[2], 1800, 2200)
			if ok1 && ok2 {
				return date{y, m, d}, true
			}
		}
	}
	return date{}, false
}

// mixedCaseDateline reads "Moscow, 29 May 2000 -", "Washington, D.C.,
// June 3, 2021 —": a short capitalised city, then (after an optional
// region) a date with its year and day.
func (p *dateParser) mixedCaseDateline(city string, rest []string, end int) (dateline, int, bool) {
	if len(strings.Fields(city)) > 3 || !unicode.IsUpper([]rune(city)[0]) || len(rest) == 0 {
		return dateline{}, 0, false
	}
	pd, ok := p.dateAfterPlace(rest, 1)
	if !ok || pd.date.y == 0 || pd.date.d == 0 {
		return dateline{}, 0, false
	}
	return dateline{cityRaw: city, city: city, country: pd.region, date: pd.date}, end, true
}

// dateLabelWords label a page's date with no colon.
var dateLabelWords = map[string]bool{"published": true, "updated": true, "posted": true, "issued": true, "released": true, "dated": true, "date": true}

// trimDateLineLabels drops what stands around the date of a date line: a
// label ("Published:") before it, a clock time ("12:40 AM", "- 00:00")
// after it.
func trimDateLineLabels(f []string) []string {
	for k := 0; k < len(f) && k < 3; k++ { // "Release date:", "Date of issue:"
		if strings.HasSuffix(f[k], ":") && !strings.ContainsFunc(strings.Join(f[:k+1], " "), unicode.IsDigit) {
			f = f[k+1:]
			break
		}
	}
	if len(f) > 1 && dateLabelWords[strings.ToLower(f[0])] {
		f = f[1:] // "Published 3 March 2011", "Updated on 4 May 2020"
		if len(f) > 1 && strings.ToLower(f[0]) == "on" {
			f = f[1:]
		}
	}
	for len(f) > 1 {
		last := strings.ToLower(f[len(f)-1])
		if last == "am" || last == "pm" || last == "a.m." || last == "p.m." || last == "-" || last == "gmt" || last == "utc" || strings.Contains(last, ":") && strings.ContainsFunc(last, unicode.IsDigit) {
			f = f[:len(f)-1]
			continue
		}
		break
	}
	return f
}

// isWeekdayWord: "Wednesday", "Wed", "Wed.".
func (p *dateParser) isWeekdayWord(w string) bool {
	w = strings.TrimSuffix(strings.ToLower(w), ".")
	for name := range p.weekdays {
		if w == name || len(w) == 3 && strings.HasPrefix(name, w) {
			return true
		}
	}
	return false
}

// numericDateWord reads a date written in numbers only: ISO "2019-12-06",
// dotted "06.12.2019" (day first), and a slashed one only when its order
// does not matter or shows ("21/07/1999", "02/02/2015"): day first or
// month first differ by country.
func numericDateWord(w string) (date, bool) {
	if parts := strings.Split(w, "-"); len(parts) == 3 && len(parts[0]) == 4 {
		y, okY := atoiRange(parts[0], 1800, 2200)
		m, okM := atoiRange(parts[1], 1, 12)
		d, okD := atoiRange(parts[2], 1, 31)
		return date{y, m, d}, okY && okM && okD
	}
	for _, sep := range []string{".", "/"} {
		parts := strings.Split(w, sep)
		if len(parts) != 3 || len(parts[2]) != 4 {
			continue
		}
		a, okA := atoiRange(parts[0], 1, 31)
		b, okB := atoiRange(parts[1], 1, 31)
		y, okY := atoiRange(parts[2], 1800, 2200)
		if !okA || !okB || !okY {
			return date{}, false
		}
		switch {
		case sep == "." && b <= 12, a == b, b <= 12 && a > 12:
			return date{y, b, a}, true
		case a <= 12 && b > 12:
			return date{y, a, b}, true
		}
		return date{}, false
	}
	return date{}, false
}

// parseDateline reads "NIAMEY, Niger, May 3, 2005 – " or "WASHINGTON —" at
// the start of the body. It returns the dateline and its length in bytes.
func (p *dateParser) parseDateline(body string) (dateline, int, bool) {
	limit := body
	if len(limit) > 160 {
		limit = limit[:160]
	}
	dash := -1
	dashLen := 0
	for _, d := range []string{" – ", " — ", " -- ", " - ", "—", "–"} {
		if i := strings.Index(limit, d); i > 0 && (dash < 0 || i < dash) {
			dash, dashLen = i, len(d)
		}
	}
	if dash < 0 {
		return dateline{}, 0, false
	}
	head := strings.TrimSpace(limit[:dash])
	if strings.Contains(head, ". ") && !containsMonthAbbrev(head) {
		return dateline{}, 0, false
	}
	parts := strings.Split(head, ",")
	cityRaw := strings.TrimSpace(parts[0])
	// "PARIS (Wire) —": the agency's mark is no part of the city.
	if i := strings.Index(cityRaw, " ("); i > 0 && strings.HasSuffix(cityRaw, ")") {
		cityRaw = cityRaw[:i]
	}
	if cityRaw == "" || !strings.ContainsFunc(cityRaw, unicode.IsLetter) {
		return dateline{}, 0, false
	}
	if strings.ToUpper(cityRaw) != cityRaw {
		// "Moscow, 29 May 2000 -": a city in mixed case opens a dateline
		// only when a full date follows it.
		return p.mixedCaseDateline(cityRaw, parts[1:], dash+dashLen)
	}
	dl := dateline{cityRaw: cityRaw, city: titleCase(cityRaw)}
	rest := parts[1:]
	if pd, ok := p.dateAfterPlace(rest, len(rest)); ok {
		dl.country, dl.date = pd.region, pd.date
		return dl, dash + dashLen, true
	}
	if joined := strings.TrimSpace(strings.Join(rest, ",")); len(strings.Fields(joined)) <= 4 {
		dl.country = joined // "NEW DELHI, India —": a place with no date
	}
	return dl, dash + dashLen, true
}

func containsMonthAbbrev(s string) bool {
	for _, m := range []string{"Jan.", "Feb.", "Aug.", "Sept.", "Sep.", "Oct.", "Nov.", "Dec."} {
		if strings.Contains(s, m) {
			return true
		}
	}
	return false
}

// titleCase turns "NEW DELHI" into "New Delhi".
func titleCase(s string) string {
	words := strings.Fields(strings.ToLower(s))
	for i, w := range words {
		r := []rune(w)
		r[0] = unicode.ToUpper(r[0])
		words[i] = string(r)
	}
	return strings.Join(words, " ")
}

// dateMention is a date expression found in a sentence, resolved against
// the article's reference date.
type dateMention struct {
	tok   int // index of the first token in the sentence
	end   int // one past the last token
	value date
	// relative is set for "today", weekdays and the like, which need a
	// reference date; explicit dates do not.
	relative bool
	// lastDay is the last day of a range of days ("9-13 March": 13), 0
	// for a single day; value holds the first.
	lastDay int
}

// findDates finds date expressions among a sentence's tokens and resolves
// them against ref (the dateline's or publication date; may be unknown).
// Each reader below tries one kind of expression at a token; the first that
// reads one wins.
func (p *dateParser) findDates(toks []token, ref date) []dateMention {
	sc := dateScan{p: p, toks: toks, ref: ref}
	readers := []func(i int) (int, bool){sc.relativeDay, sc.relativeYear, sc.relativeMonth, sc.relativeWeek, sc.partOfPeriod, sc.partInPeriod, sc.weekend, sc.comingWeeks, sc.spanFromNow, sc.season, sc.weekday, sc.monthFirst, sc.numericDate, sc.ordinalDay, sc.numberFirst, sc.justNow}
	for i := 0; i < len(toks); i++ {
		for _, read := range readers {
			if next, ok := read(i); ok {
				i = next - 1
				break
			}
		}
	}
	sc.weekOf()
	sc.closingDays()
	return sc.dropStatementOpening()
}

// closingVerbs end an engagement that lasts days.
var closingVerbs = map[string]bool{
	"concluded": true, "concludes": true, "concluding": true, "ended": true, "ends": true, "ending": true,
	"completed": true, "completes": true, "completing": true, "finished": true, "wrapped": true,
	"wraps": true, "wrapping": true, "wound": true, "winds": true,
}

// multiDayNouns name engagements of several days, whose closing day is
// not their first.
var multiDayNouns = map[string]bool{"visit": true, "trip": true, "tour": true, "stay": true, "mission": true, "participation": true}

// gatheringNouns name meetings that may last one day or several: their
// closing day is their first unless the text gives their length ("ended a
// two-day summit", "after three days of talks").
var gatheringNouns = map[string]bool{
	"summit": true, "talks": true, "conference": true, "session": true, "meeting": true, "meetings": true,
	"negotiations": true, "consultations": true, "forum": true, "dialogue": true, "discussions": true,
}

// dayCounts are the lengths of a stay written as words ("a three-day
// visit").
var dayCounts = map[string]int{"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}

// closingDays: a day that its clause gives as the end of a stay ("today
// concluded his visit to Benin", "the trip ended on Friday") is not the
// stay's first day, which an engagement of days is dated by. With the
// stay's length written ("a three-day visit") the first day is counted
// back; else only the month is certain (GUIDELINES: only the closing day
// is known). A gathering that may last a single day ("the summit ended on
// Monday") keeps the day unless its length is written.
func (sc *dateScan) closingDays() {
	for n := range sc.out {
		dm := &sc.out[n]
		if dm.value.d == 0 || sc.ref.d > 0 && dm.value.after(sc.ref) {
			// A closing day still to come keeps its day: the status of
			// what is told (a stay not over) is read from it.
			continue
		}
		from, to := sc.clauseAround(dm.tok)
		from = sc.overPlaceApposition(from)
		if days, ok := sc.afterDaysOf(from, sc.withAfterClause(to)); ok {
			dm.value = dm.value.addDays(1 - days)
			continue
		}
		noun, ok := sc.closedStay(from, to)
		if !ok || sc.closingAct(max(noun, dm.tok), to) {
			continue
		}
		days := sc.stayLength(noun)
		switch {
		case days > 1:
			dm.value = dm.value.addDays(1 - days)
		case !gatheringNouns[sc.lower(noun)]:
			dm.value.d = 0
		}
	}
}

// overPlaceApposition widens a clause that starts after a place written
// with its region or state ("ended the summit in Lome, Togo, on Monday"):
// the commas of the apposition do not end the clause the day belongs to.
func (sc *dateScan) overPlaceApposition(from int) int {
	for from >= 2 && sc.lower(from-1) == "," {
		k := from - 2
		for k >= 0 && k > from-5 && sc.toks[k].kind == tokWord && sc.toks[k].upper {
			k--
		}
		if k == from-2 || k < 0 {
			return from
		}
		switch sc.lower(k) {
		case ",":
			from = k + 1 // "Lome, Togo," : one more name before
			continue
		case "in", "at":
			f, _ := sc.clauseAround(k)
			return f
		}
		return from
	}
	return from
}

// afterDaysOf reads a gathering's length told before its closing day in
// the clause: "after three days of talks", "at the end of two days of
// negotiations", "after a two-day meeting".
func (sc *dateScan) afterDaysOf(from, to int) (int, bool) {
	for k := from; k+2 < to; k++ {
		if sc.lower(k) == "days" && sc.lower(k+1) == "of" && sc.gatheringWithin(k+2, to) {
			if n, ok := sc.countAt(k - 1); ok {
				return n, true
			}
		}
		if sc.lower(k) != "after" {
			continue
		}
		for g := k + 2; g < to && g <= k+6; g++ {
			if n := sc.stayLength(g); n > 1 && gatheringNouns[sc.lower(g)] {
				return n, true
			}
		}
	}
	return 0, false
}

// withAfterClause widens a clause that ends at token to by the clause
// after its comma when that one opens with "after" ("concluded the summit
// on Friday, after three days of talks").
func (sc *dateScan) withAfterClause(to int) int {
	if sc.lower(to) != "," || sc.lower(to+1) != "after" {
		return to
	}
	_, end := sc.clauseAround(to + 1)
	return end
}

// gatheringWithin: a gathering noun comes within two words of token k
// ("of talks", "of intensive negotiations").
func (sc *dateScan) gatheringWithin(k, to int) bool {
	for j := k; j < to && j < k+2; j++ {
		if gatheringNouns[sc.lower(j)] {
			return true
		}
	}
	return false
}

// countAt reads a small count of days at token k: "three" or "3".
func (sc *dateScan) countAt(k int) (int, bool) {
	if n, ok := dayCounts[sc.lower(k)]; ok {
		return n, true
	}
	return sc.num(k, 2, 14)
}

// clauseAround is the run of tokens around token i that no punctuation
// but a hyphen breaks.
func (sc *dateScan) clauseAround(i int) (int, int) {
	from, to := i, i
	for from > 0 && !sc.breaksClause(from-1) {
		from--
	}
	for to < len(sc.toks) && !sc.breaksClause(to) {
		to++
	}
	return from, to
}

// breaksClause: token k is punctuation other than a hyphen.
func (sc *dateScan) breaksClause(k int) bool {
	return sc.toks[k].kind == tokPunct && sc.toks[k].text != "-"
}

// closedStay finds in tokens [from, to) a closing verb with the stay it
// ends, after it ("concluded his state visit") or before it ("the visit
// to Benin ended"), and returns the stay noun's token.
func (sc *dateScan) closedStay(from, to int) (int, bool) {
	for v := from; v < to; v++ {
		if !closingVerbs[sc.lower(v)] {
			continue
		}
		for k := v + 1; k < to && k <= v+6; k++ {
			if multiDayNouns[sc.lower(k)] || gatheringNouns[sc.lower(k)] {
				return k, true
			}
		}
		for k := v - 1; k >= from && k >= v-maxClauseWords; k-- {
			if multiDayNouns[sc.lower(k)] || gatheringNouns[sc.lower(k)] {
				return k, true
			}
		}
	}
	return 0, false
}

// closingAct: the clause goes on to tell the act that closed the stay
// ("wrapped up the tour on Monday with talks with the President"), which
// happened on the closing day itself. What closed a gathering without
// being an encounter ("ended the summit with a joint declaration") leaves
// the day the gathering's last.
func (sc *dateScan) closingAct(from, to int) bool {
	for k := from + 1; k < to; k++ {
		if sc.lower(k) != "with" && sc.lower(k) != "by" {
			continue
		}
		for j := k + 1; j < to && j <= k+3; j++ {
			if encounterNouns[sc.lower(j)] || gatheringNouns[sc.lower(j)] || sc.toks[j].kind == tokWord && sc.toks[j].upper {
				return true
			}
		}
	}
	return false
}

// encounterNouns name acts between officials that can close a stay on its
// last day ("with a call on the King", "by meeting the President").
var encounterNouns = map[string]bool{
	"call": true, "audience": true, "visit": true, "dinner": true, "lunch": true, "luncheon": true,
	"breakfast": true, "meeting": true, "meets": true, "calling": true, "visiting": true, "signing": true,
}

// stayLength reads "three-day" or "3-day" among the words before the
// stay noun at token k ("a three-day official visit"), or 0.
func (sc *dateScan) stayLength(k int) int {
	for j := k - 1; j >= 2 && j >= k-3; j-- {
		if sc.lower(j) != "day" || sc.lower(j-1) != "-" {
			continue
		}
		if n, ok := dayCounts[sc.lower(j-2)]; ok {
			return n
		}
		if n, ok := sc.num(j-2, 2, 14); ok {
			return n
		}
	}
	return 0
}

// weekOf: "during the week of July 8" names the working week that starts
// on the day, not the day: the month of its Monday to Friday, else the
// year.
func (sc *dateScan) weekOf() {
	for n := range sc.out {
		dm := &sc.out[n]
		if dm.value.d == 0 || dm.tok < 2 || sc.lower(dm.tok-1) != "of" || sc.lower(dm.tok-2) != "week" {
			continue
		}
		from := dm.value.time()
		dm.value = spanDate(from, from.AddDate(0, 0, 4))
	}
}

// statementVerbs tell a statement: a date that opens a sentence whose
// verb is one of them dates the statement, not what it reports.
var statementVerbs = map[string]bool{
	"announced": true, "said": true, "says": true, "confirmed": true, "stated": true, "declared": true,
	"reported": true, "disclosed": true, "revealed": true, "told": true, "announces": true, "confirms": true,
}

// dropStatementOpening leaves out a relative date that opens a sentence
// told as a statement ("On Monday, the presidency announced that the
// President will visit Ghana"): it is the announcement's day, never the
// visit's. A date written out in full stays, for the text's running month
// and year.
func (sc *dateScan) dropStatementOpening() []dateMention {
	if len(sc.out) == 0 {
		return sc.out
	}
	dm := sc.out[0]
	start := 0
	if sc.lower(0) == "on" {
		start = 1
	}
	if dm.tok != start || !dm.relative || sc.lower(dm.end) != "," {
		return sc.out
	}
	for k := dm.end + 1; k < len(sc.toks) && k <= dm.end+maxClauseWords; k++ {
		w := sc.toks[k]
		if w.kind == tokPunct || pastMarkers[w.lower] && !statementVerbs[w.lower] || presentVerbs[w.lower] {
			return sc.out
		}
		if statementVerbs[w.lower] {
			return sc.out[1:]
		}
	}
	return sc.out
}

// dateScan reads the dates of one sentence.
type dateScan struct {
	p    *dateParser
	toks []token
	ref  date
	out  []dateMention
	// anchor is the day a weekday written with its date named earlier in
	// the sentence ("arrives on Friday, October 17, and meets X on
	// Saturday"): a bare weekday after it is read near it.
	anchor date
}

func (sc *dateScan) lower(i int) string {
	if i < 0 || i >= len(sc.toks) {
		return ""
	}
	return sc.toks[i].lower
}

func (sc *dateScan) num(i, lo, hi int) (int, bool) {
	if i < 0 || i >= len(sc.toks) || sc.toks[i].kind != tokNumber {
		return 0, false
	}
	return atoiRange(stripOrdinal(sc.toks[i].text), lo, hi)
}

// Each reader returns the token after what it read and whether it read a
// date expression at token i.

// justNow reads "have just concluded", "has just met": the present
// perfect with "just" tells an encounter of the speaker's day, as a
// transcript or a same-day release has it. Only verbs of meeting or of
// closing one: "has just returned from a tour" tells when the tour ended,
// not when it was made.
func (sc *dateScan) justNow(i int) (int, bool) {
	if sc.lower(i) != "just" || sc.ref.d == 0 || !justVerbs[sc.lower(i+1)] {
		return i, false
	}
	p := strings.ReplaceAll(sc.lower(i-1), "’", "'")
	if p != "have" && p != "has" && !strings.HasSuffix(p, "'ve") && !strings.HasSuffix(p, "'s") {
		return i, false // "I've just had", "she's just met"
	}
	sc.out = append(sc.out, dateMention{tok: i, end: i + 1, value: sc.ref, relative: true})
	return i + 1, true
}

// justVerbs tell, after "have just", an encounter held or closed.
var justVerbs = map[string]bool{
	"met": true, "held": true, "had": true, "concluded": true, "finished": true, "completed": true,
	"ended": true, "wrapped": true, "spoken": true, "signed": true, "hosted": true, "received": true,
}

// relativeDay reads "today", "this morning", "yesterday", "tomorrow".
func (sc *dateScan) relativeDay(i int) (int, bool) {
	w := sc.lower(i)
	switch {
	case w == "today" || w == "tonight" || w == "this morning" || (w == "this" && (sc.lower(i+1) == "morning" || sc.lower(i+1) == "afternoon" || sc.lower(i+1) == "evening")):
		dm := dateMention{tok: i, end: i + 1, relative: true}
		if sc.ref.d > 0 {
			dm.value = sc.ref
		}
		sc.out = append(sc.out, dm)
		return i + 1, true
	case w == "last" && (sc.lower(i+1) == "night" || sc.lower(i+1) == "evening") && !determiners[sc.lower(i-1)]: // not "the last night of the summit"
		dm := dateMention{tok: i, end: i + 2, relative: true}
		if sc.ref.d > 0 {
			dm.value = sc.ref.addDays(-1) // the evening before the day of writing
		}
		sc.out = append(sc.out, dm)
		return i + 2, true
	case w == "yesterday" || w == "tomorrow":
		dm := dateMention{tok: i, end: i + 1, relative: true}
		if sc.ref.d > 0 {
			delta := -1
			if sc.lower(i-1) == "before" && sc.lower(i-2) == "day" {
				delta = -2 // "the day before yesterday"
			}
			if w == "tomorrow" {
				delta = 1
				if sc.lower(i-1) == "after" && sc.lower(i-2) == "day" {
					delta = 2 // "the day after tomorrow"
				}
			}
			dm.value = fromTime(sc.ref.time().AddDate(0, 0, delta))
		}
		sc.out = append(sc.out, dm)
		return i + 1, true
	}
	return i, false
}

// determiners before "last" make it an ordinal, not a relative date.
var determiners = map[string]bool{"the": true, "a": true, "its": true, "his": true, "her": true, "their": true, "that": true, "this": true}

// relativeYear reads "next year", "this year", "last year".
func (sc *dateScan) relativeYear(i int) (int, bool) {
	w := sc.lower(i)
	if !(w == "next" || w == "this" || w == "last") || sc.lower(i+1) != "year" {
		return i, false
	}
	dm := dateMention{tok: i, end: i + 2, relative: true}
	if sc.ref.y > 0 {
		y := sc.ref.y
		if w == "next" {
			y++
		} else if w == "last" {
			y--
		}
		dm.value = date{y, 0, 0}
		if w == "this" && sc.ref.d > 0 {
			ref := sc.ref.time()
			dm.value = sc.partBeforeOrAfter(i, ref, time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(y, 12, 31, 0, 0, 0, 0, time.UTC), dm.value)
		}
	}
	sc.out = append(sc.out, dm)
	return i + 2, true
}

// partBeforeOrAfter: "later this year|week" runs from the reference day
// to the period's end, "earlier this year|week" from its start to the
// reference day: the finest unit certain for that part ("later this
// year" in December is December). Without either word, whole.
func (sc *dateScan) partBeforeOrAfter(i int, ref, start, end time.Time, whole date) date {
	switch sc.lower(i - 1) {
	case "later":
		return spanDate(ref, end)
	case "earlier":
		return spanDate(start, ref)
	}
	return whole
}

// weekday reads "Tuesday", "next Tuesday": the day nearest before the
// reference date, or after it when "next" or "coming" says so.
func (sc *dateScan) weekday(i int) (int, bool) {
	t := sc.toks[i]
	if !sc.p.isWeekday(t) {
		return i, false
	}
	if j, ok := sc.explicitDateAfter(i); ok {
		if i > 3 { // inside the clause, not a dateline's or the sentence's opening
			sc.anchor = sc.out[len(sc.out)-1].value
		}
		return j, true // "Monday, Aug. 18": the explicit date names the day
	}
	wd := sc.p.weekdays[strings.ToLower(t.text)]
	if j, ok := sc.weekdayOfWeek(i, wd); ok {
		return j, true
	}
	dm := dateMention{tok: i, end: i + 1, relative: true}
	if sc.anchor.d > 0 {
		// The writer counts from the day just named, not from the page's:
		// a plan goes on from it, an account the nearest way.
		dm.value = nearestWeekday(sc.anchor, wd)
		if sc.presentTenseBefore(i) || sc.plannedBefore(i) || sc.futureBefore(i) {
			dm.value = weekdayNear(sc.anchor.addDays(-1), wd, true)
		}
		sc.out = append(sc.out, dm)
		return i + 1, true
	}
	if sc.ref.d > 0 {
		switch {
		case sc.lower(i-1) == "next" || sc.lower(i-1) == "coming":
			dm.value = weekdayNear(sc.ref, wd, true)
		case sc.lower(i-1) == "last" || sc.thisPast(i-1) == "last":
			dm.value = weekdayNear(sc.ref.addDays(-1), wd, false)
		case sc.purposeOfArrival(i):
			dm.value = nearestWeekday(sc.ref, wd)
		case sc.presentTenseBefore(i) || sc.plannedBefore(i) || sc.futureBefore(i) || sc.opensFutureSentence(i):
			dm.value = weekdayNear(sc.ref.addDays(-1), wd, true) // the day itself or the one to come
		default:
			dm.value = weekdayNear(sc.ref, wd, false)
		}
	}
	sc.out = append(sc.out, dm)
	return i + 1, true
}

// purposeOfArrival: the weekday at token i dates what a journey is for
// ("arrived in Accra for talks Sunday", "flew to Lome for a meeting on
// Friday"): the talks follow the arrival, which news tells near its day,
// so the weekday is the nearest one, whichever the tense of the verb.
func (sc *dateScan) purposeOfArrival(i int) bool {
	k := i - 1
	if sc.lower(k) == "on" {
		k--
	}
	if !gatheringNouns[sc.lower(k)] {
		return false
	}
	for k--; k >= 0 && k >= i-5 && sc.lower(k) != "for"; k-- {
		if sc.toks[k].kind == tokPunct {
			return false
		}
	}
	if sc.lower(k) != "for" {
		return false
	}
	for j := k - 1; j >= 0 && j >= k-8; j-- {
		if sc.toks[j].kind == tokPunct {
			return false
		}
		if arrivalVerbs[sc.lower(j)] {
			return true
		}
	}
	return false
}

// arrivalVerbs tell a journey's end or start, whose purpose comes after.
var arrivalVerbs = map[string]bool{
	"arrived": true, "arrives": true, "arriving": true, "came": true, "comes": true, "flew": true, "flies": true,
	"travelled": true, "traveled": true, "travels": true, "headed": true, "heads": true, "left": true, "leaves": true,
	"landed": true, "lands": true, "departed": true, "departs": true,
}

// nearestWeekday is the day named wd nearest ref, before or after it (the
// earlier one when both are as near; ref itself when it is that day).
func nearestWeekday(ref date, wd time.Weekday) date {
	back, ahead := weekdayNear(ref, wd, false), weekdayNear(ref, wd, true)
	if ahead.time().Sub(ref.time()) < ref.time().Sub(back.time()) {
		return ahead
	}
	return back
}

// weekdayOfWeek reads "Wednesday of last week", "Friday of next week",
// "Monday this week", "Tuesday next week": the day in the week named,
// whatever the tense.
func (sc *dateScan) weekdayOfWeek(i int, wd time.Weekday) (int, bool) {
	j := i + 1
	if sc.lower(j) == "of" {
		j++
	}
	shift, ok := map[string]int{"last": -1, "this": 0, "next": 1}[sc.lower(j)]
	if !ok || sc.lower(j+1) != "week" {
		return i, false
	}
	dm := dateMention{tok: i, end: j + 2, relative: true}
	if sc.ref.d > 0 {
		ref := sc.ref.time()
		monday := ref.AddDate(0, 0, 7*shift-(int(ref.Weekday())+6)%7)
		dm.value = fromTime(monday.AddDate(0, 0, (int(wd)+6)%7))
	}
	sc.out = append(sc.out, dm)
	return j + 2, true
}

// explicitDateAfter reads the month and day that follow the weekday at
// token i, after an optional comma ("Monday, Aug. 18", "Monday 18
// August"), as one date starting at the weekday; it returns where the
// date ends, and false when none follows.
func (sc *dateScan) explicitDateAfter(i int) (int, bool) {
	j := i + 1
	if sc.lower(j) == "," {
		j++
	}
	if j+1 >= len(sc.toks) {
		return i, false
	}
	read := sc.numberFirst
	if sc.toks[j].kind == tokWord && sc.p.month(sc.toks[j].text) > 0 {
		read = sc.monthFirst
	}
	n := len(sc.out)
	end, _ := read(j)
	if len(sc.out) == n || sc.out[n].value.d == 0 {
		sc.out = sc.out[:n]
		return i, false
	}
	sc.out[n].tok = i
	return end, true
}

// presentVerbs in the present tense tell news of the day or plans: a
// weekday they govern is the coming one ("the summit gets under way
// Saturday", "the minister arrives in Niamey on Monday", "the two leaders
// hold talks in Accra Saturday"). Not "visit" nor "travel": mostly nouns.
var presentVerbs = map[string]bool{
	"begins": true, "opens": true, "starts": true, "gets": true, "kicks": true, "convenes": true,
	"meets": true, "arrives": true, "departs": true, "leaves": true, "heads": true, "travels": true,
	"flies": true, "returns": true, "resumes": true, "continues": true, "ends": true, "closes": true,
	"concludes": true, "holds": true, "hosts": true, "visits": true, "begin": true, "open": true,
	"start": true, "get": true, "convene": true, "arrive": true, "resume": true, "continue": true,
	"meet": true, "hold": true,
}

// willAux: the future's auxiliary, also contracted onto its subject: the
// tokenizer keeps "I'll", "she'll", "we’ll" one word, so a bare "'ll"
// never stands alone as the auxiliary it is ("I'll meet him on Sunday"
// tells a Sunday to come).
func willAux(w string) bool {
	switch w {
	case "will", "shall", "'ll", "’ll":
		return true
	}
	return len(w) > 3 && (strings.HasSuffix(w, "'ll") || strings.HasSuffix(w, "’ll"))
}

// pastMarkers tell a clause in the past: a weekday after them is the one
// before, whatever verb stands further back ("holds talks with the envoy
// who arrived Saturday").
var pastMarkers = map[string]bool{
	"was": true, "were": true, "had": true, "did": true, "met": true, "held": true, "said": true,
	"hosted": true, "visited": true, "arrived": true, "began": true, "opened": true, "started": true,
	"ended": true, "welcomed": true, "received": true, "returned": true, "left": true, "spoke": true,
	"paid": true, "made": true, "went": true, "came": true, "attended": true, "signed": true,
}

// maxClauseWords bounds how far back the verb of a weekday's clause is
// looked for.
const maxClauseWords = 16

// presentTenseBefore: the verb of the weekday's clause, the nearest one
// before it with no comma or past form between, is in the present tense.
func (sc *dateScan) presentTenseBefore(i int) bool {
	for k := i - 1; k >= 0 && k >= i-maxClauseWords; k-- {
		t := sc.toks[k]
		if t.kind == tokPunct && t.text != "-" || pastMarkers[t.lower] {
			return false
		}
		if presentVerbs[t.lower] || sc.arrangedPresentAt(k) {
			return true // "the talks begin", "will begin", "to begin": not past
		}
	}
	return false
}

// presentBe are the present forms of "be" that make the present
// progressive.
var presentBe = map[string]bool{"is": true, "are": true, "am": true, "'re": true, "'s": true}

// notParticiples end in "-ing" but are no verb's participle ("is
// something", "are in talks during").
var notParticiples = map[string]bool{"during": true, "nothing": true, "something": true, "anything": true, "everything": true, "morning": true, "evening": true, "king": true, "thing": true, "ring": true, "wing": true, "spring": true, "bring": true, "sing": true}

// arrangedPresentAt: the verb at token k tells an arrangement in the
// present, which before a day names the day to come: the present
// progressive ("are meeting", "is also visiting", "'re holding") and
// "take(s) place". English puts an arranged future in these forms; the
// progressive never tells a finished past.
func (sc *dateScan) arrangedPresentAt(k int) bool {
	w := sc.lower(k)
	if (w == "takes" || w == "take") && sc.lower(k+1) == "place" {
		return true
	}
	if len(w) < 5 || !strings.HasSuffix(w, "ing") || notParticiples[w] || sc.toks[k].kind != tokWord {
		return false
	}
	be := k - 1
	if strings.HasSuffix(sc.lower(be), "ly") || sc.lower(be) == "also" || sc.lower(be) == "now" || sc.lower(be) == "still" {
		be-- // "is also visiting", "are currently meeting"
	}
	return presentBe[sc.lower(be)]
}

// futureBefore: "will host the minister, N, in Wellington on Monday": a
// "will" or "shall" before the weekday, across the commas of an
// apposition, with no verb in the past between, tells the coming day.
func (sc *dateScan) futureBefore(i int) bool {
	for k := i - 1; k >= 0 && k >= i-maxClauseWords; k-- {
		t := sc.toks[k]
		switch {
		case t.text == ";" || t.text == "." || pastMarkers[t.lower] || t.lower == "said" || t.lower == "says":
			return false
		case willAux(t.lower):
			return true
		}
	}
	return false
}

// plannedBefore: the weekday's clause tells a plan ("talks that were to
// take place on Friday", "a trip planned for Wednesday", "is due on
// Monday"): the day is the coming one, also when the plan was called off.
// Like a "will", the plan reaches across an apposition's commas ("is
// slated to meet N, Benin's foreign minister, on Thursday"), not across a
// statement ("said").
func (sc *dateScan) plannedBefore(i int) bool {
	for k := i - 1; k >= 0 && k >= i-maxClauseWords; k-- {
		t := sc.toks[k]
		if t.kind == tokPunct && t.text != "-" && t.text != "," || t.lower == "said" || t.lower == "says" {
			return false
		}
		switch t.lower {
		case "planned", "scheduled", "slated", "due":
			return true
		case "set":
			if sc.lower(k+1) == "for" { // "had been set for Friday"
				return true
			}
		case "was", "were":
			if sc.lower(k+1) == "to" {
				return true
			}
		}
		if pastMarkers[t.lower] || t.lower == "took" {
			return false
		}
	}
	return false
}

// monthFirst reads "Aug. 18[-19][, 2005]", "March or April of 2005",
// "June 2005" and a bare "June".
func (sc *dateScan) monthFirst(i int) (int, bool) {
	t := sc.toks[i]
	if !(t.kind == tokWord && sc.p.month(t.text) > 0 && !(t.text == "May" && !isDateContext(sc.toks, i)) && !(t.text == "March" && !isDateContext(sc.toks, i))) {
		return i, false
	}
	m := sc.p.month(t.text)
	// Month Day[-Day][, Year]
	if d, ok := sc.num(i+1, 1, 31); ok {
		from := sc.skipWeekdayNote(i + 2)
		j := sc.skipWeekdayNote(sc.skipMonthDayList(sc.skipRange(from), d))
		y := 0
		if sc.lower(j) == "," {
			if yy, ok := sc.num(j+1, 1800, 2200); ok {
				y, j = yy, j+2
			}
		} else if yy, ok := sc.num(j, 1800, 2200); ok {
			y, j = yy, j+1
		}
		if y == 0 {
			y, j = sc.yearAfter(j)
		}
		sc.out = append(sc.out, dateMention{tok: i, end: j, value: resolveYear(date{y, m, d}, sc.ref), relative: y == 0, lastDay: sc.monthDaysLast(from, d)})
		return j, true
	}
	// Day[-Day] Month [Year] was handled at the number.
	// "March or April of 2005": only the year is sure.
	if (sc.lower(i+1) == "or" || sc.lower(i+1) == "and" || sc.lower(i+1) == "-") && i+2 < len(sc.toks) && sc.p.month(sc.toks[i+2].text) > 0 {
		j := i + 3
		if sc.lower(j) == "of" || sc.lower(j) == "," {
			j++
		}
		if yy, ok := sc.num(j, 1800, 2200); ok {
			sc.out = append(sc.out, dateMention{tok: i, end: j + 1, value: date{yy, 0, 0}})
			return j + 1, true
		}
	}
	// Month [of] Year
	j := i + 1
	if sc.lower(j) == "of" || sc.lower(j) == "," {
		j++
	}
	if yy, ok := sc.num(j, 1800, 2200); ok {
		sc.out = append(sc.out, dateMention{tok: i, end: j + 1, value: date{yy, m, 0}})
		return j + 1, true
	}
	// A bare month: "in June", "the June visit"; not a short form without
	// its period, which is a name ("Jan Peter").
	if !fullMonthNames[t.lower] && !strings.HasSuffix(t.text, ".") {
		return i, false
	}
	value, end := sc.monthOfYearTold(i, m)
	sc.out = append(sc.out, dateMention{tok: i, end: end, value: value, relative: true})
	return end, true
}

// monthOfYearTold resolves the bare month m at token i by the year the
// words around it tell: "April last year", "April of next year" (the year
// named: one mention, not a month of this year beside a year), "last
// October", "this past October" (the latest October before the reference
// month, which may be last year's), "next March" (the first one after
// it); else the nearest such month (resolveYear). It returns the date and
// the token after the mention.
func (sc *dateScan) monthOfYearTold(i, m int) (date, int) {
	k := i + 1
	if sc.lower(k) == "of" {
		k++
	}
	if y, j := sc.yearAfter(k); y > 0 {
		return date{y, m, 0}, j
	}
	if sc.ref.y > 0 && sc.ref.m > 0 {
		switch sc.thisPast(i - 1) {
		case "last":
			if m < sc.ref.m {
				return date{sc.ref.y, m, 0}, i + 1
			}
			return date{sc.ref.y - 1, m, 0}, i + 1
		case "next":
			if m > sc.ref.m {
				return date{sc.ref.y, m, 0}, i + 1
			}
			return date{sc.ref.y + 1, m, 0}, i + 1
		}
	}
	return resolveYear(date{0, m, 0}, sc.ref), i + 1
}

// yearAfter reads "last year", "this year", "next year" after a day
// ("March 20 last year"): the year, and the token after it; 0 and j when
// none follows or the reference date is unknown.
func (sc *dateScan) yearAfter(j int) (int, int) {
	if sc.ref.y <= 0 || sc.lower(j+1) != "year" {
		return 0, j
	}
	switch sc.lower(j) {
	case "last":
		return sc.ref.y - 1, j + 2
	case "this":
		return sc.ref.y, j + 2
	case "next":
		return sc.ref.y + 1, j + 2
	}
	return 0, j
}

// relativeMonth reads "this month", "next month", "last month" ("later
// this month"): the month.
func (sc *dateScan) relativeMonth(i int) (int, bool) {
	w := sc.lower(i)
	if !(w == "next" || w == "this" || w == "last") || sc.lower(i+1) != "month" {
		return i, false
	}
	dm := dateMention{tok: i, end: i + 2, relative: true}
	if sc.ref.m > 0 {
		shift := map[string]int{"last": -1, "this": 0, "next": 1}[w]
		t := time.Date(sc.ref.y, time.Month(sc.ref.m)+time.Month(shift), 1, 0, 0, 0, 0, time.UTC)
		dm.value = date{t.Year(), int(t.Month()), 0}
	}
	sc.out = append(sc.out, dm)
	return i + 2, true
}

// relativeWeek reads "this week", "next week", "last week": the month when
// the whole week (Monday to Sunday) lies in one, else the year when it
// lies in one.
func (sc *dateScan) relativeWeek(i int) (int, bool) {
	w := sc.thisPast(i)
	if !(w == "next" || w == "this" || w == "last") || sc.lower(i+1) != "week" || sc.lower(i+2) == "of" {
		return i, false // "the last week of June" is June's, read at the month
	}
	dm := dateMention{tok: i, end: i + 2, relative: true}
	if sc.ref.d > 0 {
		ref := sc.ref.time()
		monday := ref.AddDate(0, 0, -((int(ref.Weekday()) + 6) % 7))
		monday = monday.AddDate(0, 0, 7*map[string]int{"last": -1, "this": 0, "next": 1}[w])
		// Governments meet on working days: the week's Monday to Friday
		// decide its month ("last week" on Monday 2 February is January).
		dm.value = spanDate(monday, monday.AddDate(0, 0, 4))
		if w == "this" {
			dm.value = sc.partBeforeOrAfter(i, ref, monday, monday.AddDate(0, 0, 4), dm.value)
		}
	}
	sc.out = append(sc.out, dm)
	return i + 2, true
}

// periodParts name a stretch inside a month, year or week ("the end of
// the month", "the beginning of the year"): it lies in the period, so the
// period is its finest certain unit. Not "turn", which straddles two.
var periodParts = map[string]bool{"end": true, "start": true, "beginning": true, "middle": true, "close": true}

// partOfPeriod reads "the end of the month", "the start of the year",
// "the middle of the week": the reference date's month, year, or the
// month of its working week when the week lies in one. "The end of next
// month" is read by relativeMonth at "next".
func (sc *dateScan) partOfPeriod(i int) (int, bool) {
	if !periodParts[sc.lower(i)] || sc.lower(i+1) != "of" || sc.lower(i+2) != "the" {
		return i, false
	}
	unit := sc.lower(i + 3)
	if unit != "month" && unit != "year" && unit != "week" {
		return i, false
	}
	sc.out = append(sc.out, sc.wholePeriod(i, unit))
	return i + 4, true
}

// partInPeriod reads "earlier in the week", "later in the month", "early
// in the year": a part of the period the story is in, which may be the
// week of a trip told ahead rather than the reference date's own, so it
// gives the whole period's finest certain unit, not the part's — the
// month of the working week when it lies in one, the month, the year.
// "Earlier in the day" is the occasion's day and is read elsewhere.
func (sc *dateScan) partInPeriod(i int) (int, bool) {
	switch sc.lower(i) {
	case "earlier", "later", "early", "late":
	default:
		return i, false
	}
	if sc.lower(i+1) != "in" || sc.lower(i+2) != "the" {
		return i, false
	}
	unit := sc.lower(i + 3)
	if unit != "week" && unit != "month" && unit != "year" {
		return i, false
	}
	sc.out = append(sc.out, sc.wholePeriod(i, unit))
	return i + 4, true
}

// wholePeriod is the four-token mention at i of the reference date's
// period, to its finest certain unit: the year, the month, or the month of
// its working week when the week lies in one (a part of a period lies in
// it, so the period is what is certain).
func (sc *dateScan) wholePeriod(i int, unit string) dateMention {
	dm := dateMention{tok: i, end: i + 4, relative: true}
	if sc.ref.d == 0 {
		return dm
	}
	switch unit {
	case "year":
		dm.value = date{sc.ref.y, 0, 0}
	case "month":
		dm.value = date{sc.ref.y, sc.ref.m, 0}
	default:
		ref := sc.ref.time()
		monday := ref.AddDate(0, 0, -((int(ref.Weekday()) + 6) % 7))
		dm.value = spanDate(monday, monday.AddDate(0, 0, 4))
	}
	return dm
}

// opensFutureSentence: the weekday at token i opens the sentence ("On
// Friday, the minister will meet ...", "Friday, the ministers are
// meeting ...") and the first verb form after it tells a plan or the
// present: nothing before it can.
func (sc *dateScan) opensFutureSentence(i int) bool {
	if i > 1 || i == 1 && sc.lower(0) != "on" {
		return false
	}
	for k := i + 1; k < len(sc.toks); k++ {
		w := sc.lower(k)
		switch {
		case w == "." || w == ";" || pastMarkers[w] || statementVerbs[w] || sc.pastVerbOfSubject(k):
			return false // "On Monday, the ministry announced that ...": the statement's day
		case willAux(w) || w == "due" || w == "scheduled" || w == "set" && sc.lower(k+1) == "to" || presentVerbs[w] || sc.arrangedPresentAt(k):
			return true
		}
	}
	return false
}

// pastVerbOfSubject: token k is a past form ("-ed") right after a name or
// a personal pronoun, its subject ("On Monday Ali Sani chaired the
// council"), not a participle after a determiner ("the newly appointed
// minister").
func (sc *dateScan) pastVerbOfSubject(k int) bool {
	w := sc.toks[k]
	if k == 0 || w.upper || len(w.lower) < 5 || !strings.HasSuffix(w.lower, "ed") || expectationWords[w.lower] {
		return false
	}
	prev := sc.toks[k-1]
	return prev.kind == tokWord && prev.upper && k-1 > 1 || personalPronouns[prev.lower]
}

// expectationWords end in "-ed" but tell what is to come ("is expected
// to", "scheduled", "planned").
var expectationWords = map[string]bool{"expected": true, "scheduled": true, "planned": true, "slated": true, "invited": true, "supposed": true, "proposed": true}

// personalPronouns stand for a subject of a clause.
var personalPronouns = map[string]bool{"he": true, "she": true, "they": true, "we": true, "i": true}

// pastAfter: the first verb form after token j in its sentence is a
// past one, for a time phrase that opens the sentence.
func (sc *dateScan) pastAfter(j int) bool {
	for k := j; k < len(sc.toks); k++ {
		w := sc.lower(k)
		switch {
		case w == "." || w == ";" || w == "will" || w == "shall" || w == "to" || presentVerbs[w]:
			return false
		case pastMarkers[w]:
			return true
		}
	}
	return false
}

// thisPast is the word at token i, "last" for the "past" of "this past
// week|weekend|Friday" (American for the one just gone).
func (sc *dateScan) thisPast(i int) string {
	if sc.lower(i) == "past" && sc.lower(i-1) == "this" {
		return "last"
	}
	return sc.lower(i)
}

// weekend reads "this weekend", "next weekend", "last weekend": its
// Saturday (an engagement over days is dated by its first).
func (sc *dateScan) weekend(i int) (int, bool) {
	w := sc.thisPast(i)
	if (w == "over" || w == "during" || w == "at" || w == "on") && sc.lower(i+1) == "the" && sc.lower(i+2) == "weekend" && sc.lower(i+3) != "of" {
		// "met over the weekend" (British "at the weekend", Australian
		// "on the weekend"): the one before when told in the past, else
		// the coming one.
		w = "this"
		if sc.pastTenseBefore(i) || i == 0 && sc.pastAfter(i+3) {
			w = "last" // "At the weekend, the minister met ..."
		}
		i++
	} else if !(w == "next" || w == "this" || w == "last") || sc.lower(i+1) != "weekend" || sc.lower(i+2) == "of" {
		return i, false
	}
	dm := dateMention{tok: i, end: i + 2, relative: true}
	if sc.ref.d > 0 {
		ref := sc.ref.time()
		// This week's Saturday; on a Sunday, the day before.
		sat := ref.AddDate(0, 0, int(time.Saturday-ref.Weekday()))
		if ref.Weekday() == time.Sunday {
			sat = ref.AddDate(0, 0, -1)
		}
		sat = sat.AddDate(0, 0, 7*map[string]int{"last": -1, "this": 0, "next": 1}[w])
		dm.value = fromTime(sat)
	}
	sc.out = append(sc.out, dm)
	return i + 2, true
}

// comingWeeks reads "in the coming weeks" (up to four weeks after the
// reference date) and "in the coming days" (up to a week).
func (sc *dateScan) comingWeeks(i int) (int, bool) {
	if sc.lower(i) != "coming" || sc.lower(i-1) != "the" {
		return i, false
	}
	days := map[string]int{"weeks": 28, "days": 7}[sc.lower(i+1)]
	if days == 0 {
		return i, false
	}
	dm := dateMention{tok: i, end: i + 2, relative: true}
	if sc.ref.d > 0 {
		ref := sc.ref.time()
		dm.value = spanDate(ref, ref.AddDate(0, 0, days))
	}
	sc.out = append(sc.out, dm)
	return i + 2, true
}

// seasonMonths are the months of the northern seasons; winter spans two
// years and is left out.
var seasonMonths = map[string][2]int{"spring": {3, 5}, "summer": {6, 8}, "fall": {9, 11}, "autumn": {9, 11}}

// season reads "this fall", "next spring", "last summer": the year;
// and a season with no determiner ("in late summer", "in the spring").
func (sc *dateScan) season(i int) (int, bool) {
	w := sc.lower(i)
	span, ok := seasonMonths[sc.lower(i+1)]
	if !ok || !(w == "next" || w == "this" || w == "last") {
		return sc.bareSeason(i)
	}
	dm := dateMention{tok: i, end: i + 2, relative: true}
	if sc.ref.m > 0 {
		y := sc.ref.y
		switch {
		case w == "next" && sc.ref.m >= span[0]:
			y++
		case w == "last" && sc.ref.m <= span[1]:
			y--
		}
		dm.value = date{y, 0, 0}
	}
	sc.out = append(sc.out, dm)
	return i + 2, true
}

// bareSeason reads a season after "in" ("in summer", "in the autumn",
// "in early spring"): told in the past, the latest that has begun; else
// the next that has not ended. Its year is certain, not its month.
func (sc *dateScan) bareSeason(i int) (int, bool) {
	span, ok := seasonMonths[sc.lower(i)]
	if !ok {
		return i, false
	}
	k := i - 1
	if w := sc.lower(k); w == "early" || w == "late" || w == "mid" || w == "-" && sc.lower(k-1) == "mid" {
		k -= 1 + btoi(w == "-")
	}
	if sc.lower(k) == "the" {
		k--
	}
	// "postponed to the autumn", "put off until the spring": the goal of
	// a move is a time to come.
	moved := rescheduledTo(sc.toks, k+1)
	if sc.lower(k) != "in" && !moved {
		return i, false
	}
	dm := dateMention{tok: i, end: i + 1, relative: true}
	if sc.ref.m > 0 {
		y := sc.ref.y
		past := !moved && sc.toldAsPast(k)
		switch {
		case past && sc.ref.m < span[0]:
			y--
		case !past && sc.ref.m > span[1]:
			y++
		}
		dm.value = date{y, 0, 0}
	}
	sc.out = append(sc.out, dm)
	return i + 1, true
}

// toldAsPast: the nearest verb form before token i in its clause is a
// past one ("visited Benin in the autumn"), not a plan ("is expected to
// visit", "will travel").
func (sc *dateScan) toldAsPast(i int) bool {
	for k := i - 1; k >= 0 && k >= i-maxClauseWords; k-- {
		t := sc.toks[k]
		switch {
		case t.kind == tokPunct && t.text != "-":
			return false
		case t.lower == "to" || willAux(t.lower) || presentVerbs[t.lower]:
			return false
		case pastMarkers[t.lower]:
			// "to be held", "will be signed": a participle after "be"
			// is a plan in the passive, not the past.
			return sc.lower(k-1) != "be"
		}
	}
	return false
}

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}

// spanDate is the finest date certain for a stretch of days: its month,
// else its year, else none.
func spanDate(from, to time.Time) date {
	switch {
	case from.Year() != to.Year():
		return date{}
	case from.Month() != to.Month():
		return date{from.Year(), 0, 0}
	}
	return date{from.Year(), int(from.Month()), 0}
}

// skipRange steps over "-19" in "18-19" from token j.
func (sc *dateScan) skipRange(j int) int {
	// "11-16", "11 to 16", "between 11 and 16", "from 11 until 16"
	if w := sc.lower(j); w == "-" || w == "–" || w == "to" || w == "until" || w == "and" && sc.lower(j-2) == "between" {
		if _, ok := sc.num(j+1, 1, 31); ok {
			return j + 2
		}
	}
	return sc.skipDayList(j)
}

// skipDayList steps over the further days of a list that one month
// closes ("1 and 2 July", "3, 4 and 5 July", "the 1st and 2nd of July"):
// an engagement over days is dated by its first, and the days are the
// engagement's only when the month follows the last of them. It returns
// j when none is there.
func (sc *dateScan) skipDayList(j int) int {
	k := j
	for sc.lower(k) == "," {
		if _, ok := sc.num(k+1, 1, 31); !ok {
			return j
		}
		k += 2
	}
	if w := sc.lower(k); w != "and" && w != "&" {
		return j
	}
	if _, ok := sc.num(k+1, 1, 31); !ok {
		return j
	}
	m := k + 2
	if sc.lower(m) == "of" {
		m++
	}
	if m >= len(sc.toks) || sc.toks[m].kind != tokWord || sc.p.month(sc.toks[m].text) == 0 {
		return j
	}
	return k + 2
}

// skipWeekdayNote steps over a weekday in parentheses after a day ("June
// 20 (Sat)", "October 5 (Wed.)", as Japanese and Korean releases write
// it): it belongs to the date, so that the comma or range after it is the
// date's ("On June 20 (Sat), the minister held" opens the sentence).
func (sc *dateScan) skipWeekdayNote(j int) int {
	k := j + 1
	if sc.lower(j) != "(" || k >= len(sc.toks) || !sc.p.isWeekdayWord(sc.toks[k].text) {
		return j
	}
	if sc.lower(k+1) == "." {
		k++
	}
	if sc.lower(k+1) != ")" {
		return j
	}
	return k + 2
}

// skipMonthDayList steps over the further days of a list that one month
// heads ("July 7 and 8", "May 3, 4 and 5"): an engagement over days is
// dated by its first. The days must follow the first one closely and end
// the phrase (a comma, a full stop, a year or a preposition after them),
// so that "on May 5 and 3 other days" or "June 2 and 30 ministers" stay
// one day. It returns j when none is there.
func (sc *dateScan) skipMonthDayList(j, first int) int {
	k, prev := j, first
	for sc.lower(k) == "," || sc.lower(k) == "and" || sc.lower(k) == "&" {
		d, ok := sc.num(k+1, 1, 31)
		if !ok || d <= prev || d > prev+3 {
			return j
		}
		last := sc.lower(k) != ","
		k, prev = k+2, d
		if last {
			if next := sc.lower(k); next != "" && !ordinalDayEnds[next] && next != "(" {
				if _, year := sc.num(k, 1800, 2200); !year {
					return j
				}
			}
			return k
		}
	}
	return j
}

// monthDaysLast is the last day of the range or list of days after a
// month's first day d, reading from token j; 0 when there is none.
func (sc *dateScan) monthDaysLast(j, d int) int {
	if last := sc.rangeLast(j); last > 0 {
		return last
	}
	end := sc.skipMonthDayList(j, d)
	if end == j {
		return 0
	}
	last, _ := sc.num(end-1, 1, 31)
	return last
}

// rangeLast is the last day of a range of days whose dash or "to" may
// stand at token j ("18-19": 19), or 0 when none does.
func (sc *dateScan) rangeLast(j int) int {
	end := sc.skipRange(j)
	if end == j {
		return 0
	}
	d, _ := sc.num(end-1, 1, 31) // the list's last day
	return d
}

// ordinalDayEnds may follow "on the 15th" when it names a day: the end of
// the clause or a word that starts another phrase, not a noun the ordinal
// counts ("the 15th round", "the 15th anniversary").
var ordinalDayEnds = map[string]bool{
	"": true, ".": true, ",": true, ";": true, ")": true, "in": true, "at": true, "and": true, "when": true,
	"to": true, "for": true, "with": true, "before": true, "after": true, "during": true, "as": true,
}

// ordinalDay reads a day written as an ordinal with no month: "on the
// 15th", "on the 3rd of next month". The month is the reference date's
// (or the one "of this|next|last month" names); a day still to come that
// is told as past is last month's, a day gone told as future next month's.
func (sc *dateScan) ordinalDay(i int) (int, bool) {
	t := sc.toks[i]
	if t.kind != tokNumber || stripOrdinal(t.text) == t.text || sc.lower(i-1) != "the" || sc.lower(i-2) != "on" {
		return i, false
	}
	d, ok := sc.num(i, 1, 31)
	if !ok || sc.skipRange(i+1) != i+1 || sc.lower(i+1) == "of" && i+2 < len(sc.toks) && sc.p.month(sc.toks[i+2].text) > 0 {
		return i, false // "the 3rd and 4th of June", "the 3rd of June": numberFirst's
	}
	end, shift := i+1, 0
	if sc.lower(end) == "of" && sc.lower(end+2) == "month" {
		s, known := map[string]int{"this": 0, "next": 1, "last": -1}[sc.lower(end+1)]
		if !known {
			return i, false
		}
		end, shift = end+3, s
	} else if !ordinalDayEnds[sc.lower(end)] {
		return i, false
	}
	dm := dateMention{tok: i - 2, end: end, relative: true}
	if sc.ref.d > 0 {
		switch {
		case end > i+1:
		case d < sc.ref.d && (sc.futureBefore(i) || sc.presentTenseBefore(i) || sc.plannedBefore(i)):
			shift = 1
		case d > sc.ref.d && sc.pastTenseBefore(i):
			shift = -1
		}
		first := time.Date(sc.ref.y, time.Month(sc.ref.m)+time.Month(shift), 1, 0, 0, 0, 0, time.UTC)
		if day := first.AddDate(0, 0, d-1); day.Month() == first.Month() {
			dm.value = fromTime(day)
		}
	}
	sc.out = append(sc.out, dm)
	return end, true
}

// numberFirst reads "7-9 December", "24 May 2022", "6 January, 2025" and a
// year ("in 2023"; "by 2022" is a deadline, "since 2001" background).
func (sc *dateScan) numberFirst(i int) (int, bool) {
	if sc.toks[i].kind != tokNumber {
		return i, false
	}
	if d, ok := sc.num(i, 1, 31); ok {
		j := sc.skipRange(i + 1)
		if sc.lower(j) == "of" && j+1 < len(sc.toks) && sc.p.month(sc.toks[j+1].text) > 0 {
			j++ // "the 3rd of March"
		}
		if j < len(sc.toks) && sc.toks[j].kind == tokWord && sc.p.month(sc.toks[j].text) > 0 {
			m := sc.p.month(sc.toks[j].text)
			k := j + 1
			if sc.lower(k) == "," {
				k++
			}
			y := 0
			if yy, ok := sc.num(k, 1800, 2200); ok {
				y = yy
				k++
			} else {
				// "14 November last year" names its year in words.
				y, k = sc.yearAfter(j + 1)
			}
			sc.out = append(sc.out, dateMention{tok: i, end: k, value: resolveYear(date{y, m, d}, sc.ref), relative: y == 0, lastDay: sc.rangeLast(i + 1)})
			return k, true
		}
	}
	if y, ok := sc.num(i, 1900, 2100); ok && len(sc.toks[i].text) == 4 {
		prev := sc.lower(i - 1)
		if prev == "by" || prev == "since" || prev == "until" || sc.lower(i+1) == "-" || strings.HasPrefix(sc.lower(i+1), "era") {
			return i + 1, true
		}
		sc.out = append(sc.out, dateMention{tok: i, end: i + 1, value: date{y, 0, 0}})
	}
	return i + 1, true
}

func (p *dateParser) isWeekday(t token) bool {
	if t.kind != tokWord || !t.upper {
		return false
	}
	_, ok := p.weekdays[strings.ToLower(t.text)]
	return ok
}

// isDateContext tells a month named like a word ("May", "March") from the
// word: a number or "in"/"of"/"since"/"last"/"next" must be next to it.
func isDateContext(toks []token, i int) bool {
	if i+1 < len(toks) && toks[i+1].kind == tokNumber {
		return true
	}
	if i > 0 {
		switch toks[i-1].lower {
		case "in", "of", "since", "last", "next", "early", "late", "mid", "until", "by", "this":
			return true
		}
		if toks[i-1].kind == tokNumber {
			return true
		}
		// "mid-March", "early-May"
		if toks[i-1].text == "-" && i > 1 {
			switch toks[i-2].lower {
			case "mid", "early", "late":
				return true
			}
		}
	}
	return false
}

// weekdayNear returns the day with weekday wd nearest before ref (or ref
// itself), or after it when future is set.
func weekdayNear(ref date, wd time.Weekday, future bool) date {
	t := ref.time()
	if future {
		for i := 1; i <= 7; i++ {
			if c := t.AddDate(0, 0, i); c.Weekday() == wd {
				return fromTime(c)
			}
		}
	}
	for i := 0; i < 7; i++ {
		if c := t.AddDate(0, 0, -i); c.Weekday() == wd {
			return fromTime(c)
		}
	}
	return date{}
}

// resolveYear fills a missing year from the reference date: the same year,
// or the year before when the date would fall well after the reference (an
// article published in January writing of "December").
func resolveYear(t date, ref date) date {
	if t.y > 0 {
		return t
	}
	if ref.y <= 0 {
		return date{}
	}
	t.y = ref.y
	if ref.m > 0 && t.m > 0 && t.m-ref.m > 6 {
		t.y--
	} else if ref.m > 0 && t.m > 0 && ref.m-t.m > 6 {
		t.y++
	}
	return t
}

// spanFromNow reads "three days ago", "two weeks ago", "a month ago" and
// "in two weeks": the month the span surely ends in, else no date. Even a
// count of days gives only the month: such spans mostly date another
// event of the clause ("was sworn in two days ago"), and a month does not
// override the day an engagement is given elsewhere.
func (sc *dateScan) spanFromNow(i int) (int, bool) {
	n, unit, end, ok := sc.spanAt(i)
	if !ok {
		return i, false
	}
	sign, start := 0, i
	switch {
	case sc.lower(end) == "ago":
		sign, end = -1, end+1
	case sc.lower(i-1) == "in" && sc.lower(end) != "of":
		sign, start = 1, i-1 // "in two weeks", not "in two days of talks"
	default:
		return i, false
	}
	dm := dateMention{tok: start, end: end, relative: true}
	if sc.ref.d > 0 {
		dm.value = coarseDay(sc.ref, -sign*n*spanUnits[unit])
	}
	sc.out = append(sc.out, dm)
	return end, true
}

// spanAt reads a count and a unit at i: "three days", "a week", "2 weeks".
func (sc *dateScan) spanAt(i int) (n int, unit string, end int, ok bool) {
	if sc.toks[i].kind == tokNumber {
		n, ok = sc.num(i, 1, 60)
	} else {
		n, ok = spanCounts[sc.lower(i)]
	}
	unit = sc.lower(i + 1)
	if !ok || spanUnits[unit] == 0 {
		return 0, "", i, false
	}
	return n, unit, i + 2, true
}

// numericDate reads the all-number forms whose order is unambiguous: ISO
// "2019-12-06", the European "06.12.2019" (day, month, year with dots),
// and a slash form only when its order shows ("7/15/2019", "15/07/2019":
// a part over 12 is the day; "3/4/2019" differs by country and is left).
func (sc *dateScan) numericDate(i int) (int, bool) {
	t := sc.toks[i]
	if t.kind != tokNumber {
		return i, false
	}
	if parts := strings.Split(t.text, "."); len(parts) == 3 && len(parts[2]) == 4 {
		d, okD := atoiRange(parts[0], 1, 31)
		m, okM := atoiRange(parts[1], 1, 12)
		y, okY := atoiRange(parts[2], 1800, 2200)
		if okD && okM && okY {
			sc.out = append(sc.out, dateMention{tok: i, end: i + 1, value: date{y, m, d}})
			return i + 1, true
		}
	}
	if sc.lower(i+1) == "/" && sc.lower(i+3) == "/" && i+4 < len(sc.toks) {
		// "7/15/2019", "15/07/2019": read only when the order shows.
		if dt, ok := numericDateWord(t.text + "/" + sc.toks[i+2].text + "/" + sc.toks[i+4].text); ok {
			sc.out = append(sc.out, dateMention{tok: i, end: i + 5, value: dt})
			return i + 5, true
		}
		return i, false
	}
	if len(t.text) != 4 || sc.lower(i+1) != "-" || sc.lower(i+3) != "-" || len(sc.lower(i+2)) != 2 || len(sc.lower(i+4)) != 2 {
		return i, false
	}
	y, okY := sc.num(i, 1800, 2200)
	m, okM := sc.num(i+2, 1, 12)
	d, okD := sc.num(i+4, 1, 31)
	if !okY || !okM || !okD {
		return i, false
	}
	sc.out = append(sc.out, dateMention{tok: i, end: i + 5, value: date{y, m, d}})
	return i + 5, true
}

// pastTenseBefore: the verb of the clause before token i is in the past
// tense ("met over the weekend"), read back to the clause's start.
func (sc *dateScan) pastTenseBefore(i int) bool {
	for k := i - 1; k >= 0 && k >= i-maxClauseWords; k-- {
		t := sc.toks[k]
		if t.kind == tokPunct && t.text != "-" || presentVerbs[t.lower] || t.lower == "will" {
			return false
		}
		if pastMarkers[t.lower] || !t.upper && len(t.lower) > 4 && strings.HasSuffix(t.lower, "ed") {
			return true
		}
	}
	return false
}

// sittingNouns name a gathering that a later sentence of a release can
// point back at by "after", "before" or "following": one sitting, held on
// one day. A visit or a trip spans days and is left out.
var sittingNouns = map[string]bool{
	"call": true, "meeting": true, "talks": true, "summit": true, "dinner": true, "lunch": true,
	"luncheon": true, "breakfast": true, "conversation": true, "session": true, "discussion": true,
	"discussions": true, "consultations": true, "ceremony": true, "conference": true, "reception": true,
	"videoconference": true, "audience": true,
}

// occasionPrepositions tell an act just before or after the gathering
// named next ("Following the call", "Ahead of the dinner", "Prior to
// the meeting").
var occasionPrepositions = map[string]int{"following": 1, "after": 1, "before": 1, "ahead": 2, "prior": 2}

// opensAtOccasion: the sentence opens, after a list number and an adverb
// of closeness ("(2)", "Shortly", "Immediately"), with a preposition of
// time before or after a determined gathering: "Following the call",
// "Immediately after their talks", "Prior to the bilateral meeting".
func opensAtOccasion(toks []token) bool {
	k := 0
	for k < len(toks) && (toks[k].kind == tokPunct || toks[k].kind == tokNumber) {
		k++
	}
	if w := lowerAt(toks, k); w == "shortly" || w == "immediately" || w == "just" || w == "soon" {
		k++
	}
	n, ok := occasionPrepositions[lowerAt(toks, k)]
	if !ok || n == 2 && lowerAt(toks, k+1) != "of" && lowerAt(toks, k+1) != "to" {
		return false
	}
	k += n
	switch lowerAt(toks, k) {
	case "the", "this", "that", "their", "his", "her", "its":
	default:
		return false
	}
	// One modifier may stand before the noun: "the bilateral meeting".
	return sittingNouns[lowerAt(toks, k+1)] || sittingNouns[lowerAt(toks, k+2)] && toks[k+1].kind == tokWord
}

func lowerAt(toks []token, i int) string {
	if i < 0 || i >= len(toks) {
		return ""
	}
	return toks[i].lower
}

// dayOfOccasionBefore: "Earlier in the day, A and B held talks",
// "Following the call, A spoke separately with C": a held engagement with
// no date of its own, whose sentence points back at the day or opens at
// the gathering just told, happens on that gathering's day. It runs on the
// settled engagements, so that a day a readout's opening engagement took
// from the publication date is lent too (sameDayAsBefore lends only days
// the text wrote).
func dayOfOccasionBefore(sents []sentence, engs []candidate) {
	for i := range engs {
		c := &engs[i]
		if c.hasDate || c.status != "held" || len(c.sents) == 0 || c.sents[0] >= len(sents) {
			continue
		}
		toks := sents[c.sents[0]].toks
		var day date
		var ok bool
		switch {
		case opensAtOccasion(toks):
			day, ok = occasionDay(engs, i)
		case pointsBackToDay(toks):
			day, ok = latestHeldDayBefore(engs, c.sents[0])
		}
		if ok {
			c.hasDate, c.date = true, day
			c.rules = append(c.rules, "day-of-occasion-before")
		}
	}
}

// opensBesideToldOccasion: the sentence opens, after a list number, at
// the edge of a gathering the reader already knows: "On the margins of
// the meeting,", "On the sidelines of these talks", "In the margins of
// the Council" (a determiner, not a name: the gathering was told before).
func opensBesideToldOccasion(toks []token) bool {
	k := 0
	for k < len(toks) && (toks[k].kind == tokPunct || toks[k].kind == tokNumber) {
		k++
	}
	if k+4 >= len(toks) || !occasionPhraseAt(toks, k) || toks[k+2].lower == "occasion" || toks[k+3].lower != "of" {
		return false
	}
	switch toks[k+4].lower {
	case "the", "this", "that", "these", "those":
		return true
	}
	return false
}

// dayBesideOccasionBefore: "On Thursday she attended the Ministers
// Meeting. On the margins of the meeting, she met separately with A and
// with B": an engagement whose sentence opens at the edge of a gathering
// told before is held (or planned) on that gathering's day, the day of
// the latest gathering of its status told before with a day the text
// wrote. It replaces the publication day a readout's engagement fell back
// on, since the text gives the day by reference. sidelinesOfToldGathering
// (settle.go) ran before it on held encounters beside gatherings of three
// states; this one reads the gathering from its noun and a plan too.
func dayBesideOccasionBefore(sents []sentence, engs []candidate) {
	for i := range engs {
		c := &engs[i]
		if c.hasDate && !datedByPublication(c) || len(c.sents) == 0 || c.sents[0] >= len(sents) || !opensBesideToldOccasion(sents[c.sents[0]].toks) {
			continue
		}
		if day, ok := latestGatheringDayBefore(engs, c.sents[0], c.status); ok {
			c.hasDate, c.date = true, day
			c.rules = append(c.rules, "day-beside-occasion-before")
		}
	}
}

// latestGatheringDayBefore is the day of the gathering of status told
// last before sentence si (by its latest mention there), among those the
// text dates to the day, not by the publication date a readout fell back
// on: a month-dated aside ("last visited in March") is no gathering's
// day, nor is a bilateral told only by a verb ("met N on 2 July").
func latestGatheringDayBefore(engs []candidate, si int, status string) (date, bool) {
	best, bestSent := date{}, -1
	for _, e := range engs {
		if e.status != status || !e.hasDate || e.date.d == 0 || datedByPublication(&e) || !toldAsGathering(&e) {
			continue
		}
		for _, s := range e.sents {
			if s < si && s > bestSent {
				best, bestSent = e.date, s
			}
		}
	}
	return best, bestSent >= 0
}

// toldAsGathering: the engagement is a multilateral one, or one the text
// names only by a gathering's noun ("attended the Ministers Meeting"),
// which "the meeting" can name back; a bilateral told by its verb ("met
// N on 2 July") is an encounter, not an occasion others happen beside.
func toldAsGathering(e *candidate) bool {
	if e.kind == "summit" || e.kind == "talks" {
		return true
	}
	nouns := 0
	for _, r := range e.rules {
		if trig, ok := strings.CutPrefix(r, "trigger:"); ok {
			if !toldGatheringNouns[trig] {
				return false
			}
			nouns++
		}
	}
	return nouns > 0
}

// occasionDay is the day of the gathering the sentence of engagement ci
// opens at: one told before and named again in this sentence ("Following
// the call"), else the latest told before; none when the gathering is
// new, told first in this sentence ("Before the summit with N on
// Tuesday, A met B": the talks fall on some day before it).
func occasionDay(engs []candidate, ci int) (date, bool) {
	si := engs[ci].sents[0]
	for j, e := range engs {
		if j == ci || len(e.sents) == 0 || !slices.Contains(e.sents, si) {
			continue
		}
		if slices.Min(e.sents) == si {
			return date{}, false
		}
		if e.status == "held" && e.hasDate && e.date.d > 0 {
			return e.date, true
		}
	}
	return latestHeldDayBefore(engs, si)
}

// latestHeldDayBefore is the day of the held engagement told last before
// sentence si, when that engagement is dated to the day.
func latestHeldDayBefore(engs []candidate, si int) (date, bool) {
	best, bestSent := date{}, -1
	for _, e := range engs {
		if len(e.sents) == 0 || e.status != "held" || !e.hasDate {
			continue
		}
		first := slices.Min(e.sents)
		if first < si && first > bestSent {
			best, bestSent = e.date, first
		}
	}
	return best, bestSent >= 0 && best.d > 0
}

// textDate is the day the article's text gives itself: its dateline's,
// else its lead date line's, else a header line's "Tokyo, 3 March 2011"
// (kept as the headline) or a header line's under it; unknown when the
// text gives no day.
func (x *Extractor) textDate(d *document) date {
	switch {
	case d.dateline.date.d > 0 && d.dateline.date.y > 0:
		return d.dateline.date
	case d.leadDate.d > 0:
		return d.leadDate
	}
	if dt, ok := x.dates.placedDateLine(d.headline); ok {
		return dt
	}
	// A header line of its own above the body ("The Hague, 14 November
	// 2022" under a release's title) gives the day the release was
	// written, which a page's date may not be.
	if d.placedDate.known() || d.published.known() {
		return d.placedDate
	}
	return x.bodyDateLine(d)
}

// bodyDateLine is the day of a paragraph near the top of the body that is
// only a date ("Friday 08 September 2023" under a transcript's title),
// read only when the page gives no date of its own: a menu line long
// enough to pass for prose starts the body above such a line, which the
// header's reading then never sees. Without it every relative date of the
// article ("today", "yesterday", "on Sunday") is lost.
func (x *Extractor) bodyDateLine(d *document) date {
	paras := strings.SplitN(d.text[d.bodyAt:], "\n\n", 7)
	for i, para := range paras {
		if i == 6 || len(para) > 60 {
			continue
		}
		if dt, ok := x.dates.leadDateLine(para); ok && dt.y > 0 && dt.d > 0 {
			return dt
		}
		if dt, ok := x.dates.placedDateLine(para); ok {
			return dt
		}
	}
	return date{}
}

// settleDays runs the date passes that need the settled engagements.
func (x *Extractor) settleDays(sents []sentence, cms []countryMention, engs []candidate, ref date) {
	dayBesideOccasionBefore(sents, engs)
	dayOfOccasionBefore(sents, engs)
	x.stopFirstDay(sents, cms, engs, ref)
	arrivalTakesEncounterDay(sents, engs)
}

// arrivalStayDays bounds the stay an arrival opens when the text does not
// say how long it is: an encounter more days after is another occasion.
const arrivalStayDays = 3

// arrivalTakesEncounterDay: "arrived in Hanoi yesterday ... held talks
// this morning": the arrival is told to open a stay, and an encounter of
// the visitor held during it, whose other party the text leaves to the
// place (the host is not named as a state), is the engagement the visit
// stands for (GUIDELINES: the meeting carries a visit with no separate
// visit entry). The visit, which holds the pair, takes the encounter's day.
func arrivalTakesEncounterDay(sents []sentence, engs []candidate) {
	for i := range engs {
		v := &engs[i]
		if v.kind != "visit" || v.status != "held" || !v.hasDate || v.date.d == 0 || !toldAsArrival(sents, v) {
			continue
		}
		var best date
		for j := range engs {
			e := &engs[j]
			if j == i || e.kind == "visit" || e.status != "held" || !e.hasDate || e.date.d == 0 || len(e.countries) == 0 {
				continue
			}
			if !e.date.after(v.date) || e.date.after(v.date.addDays(arrivalStayDays-1)) || !subsetOf(e.countries, v.countries) {
				continue
			}
			if !best.known() || best.after(e.date) {
				best = e.date
			}
		}
		if best.known() {
			v.date = best
			v.rules = append(v.rules, "arrival-takes-encounter-day")
		}
	}
}

// toldAsArrival: the visit's first sentence tells the visitor arriving
// ("arrived in Seoul on Wednesday for a four-day state visit").
func toldAsArrival(sents []sentence, v *candidate) bool {
	if len(v.sents) == 0 || v.sents[0] >= len(sents) {
		return false
	}
	for _, t := range sents[v.sents[0]].toks {
		if t.lower == "arrived" {
			return true
		}
	}
	return false
}

// subsetOf: every state of a is in b.
func subsetOf(a, b []string) bool {
	for _, c := range a {
		if !slices.Contains(b, c) {
			return false
		}
	}
	return true
}

// stayNouns name the part of a tour spent in one place: "the Accra leg,
// 14-16 July".
var stayNouns = map[string]bool{"leg": true, "stop": true, "stopover": true, "stay": true, "segment": true, "portion": true}

// stopFirstDay: a stop of a tour that only the tour's month dates takes
// the first day of the stay the text gives its place (the visited state,
// its capital or the visit's city): "will be in Lomé July 17-18", "The
// Accra leg, 14-16 July", "She will be in Abuja on 16 July", "will travel
// to Accra on Thursday and on to Lomé on Saturday". So does an encounter
// held at that stop with no day of its own ("In Lomé she will meet the
// President"): GUIDELINES, a meeting during a stay takes the stay's first
// day when the text gives it. A stay in another month is another trip.
func (x *Extractor) stopFirstDay(sents []sentence, cms []countryMention, engs []candidate, ref date) {
	for i := range engs {
		v := &engs[i]
		undated := v.kind == "visit" && !v.hasDate && v.status != "cancelled"
		if !undated && (!v.hasDate || v.date.d != 0 || v.date.m == 0) || v.locCode == "" {
			continue
		}
		// An encounter whose month is the trip's; a gathering attended
		// within a stay of several days keeps its month
		// (attendedWithinStay).
		if v.kind != "visit" && (v.kind == "call" || !slices.Contains(v.rules, "trip-date")) {
			continue
		}
		if day, ok := x.stayDay(sents, cms, v, ref); ok {
			v.date, v.hasDate = day, true
			v.rules = append(v.rules, "stop-first-day")
		}
	}
}

// stayDay finds the first day of a stay in the visit's place in its month
// (any month for a visit with no date: "travel to Accra on July 22 and on
// to Lomé on July 24" dates the stop in Lomé).
func (x *Extractor) stayDay(sents []sentence, cms []countryMention, v *candidate, ref date) (date, bool) {
	for si, s := range sents {
		for _, span := range x.placeSpans(s.toks, si, cms, v) {
			at, ok := stayDateAt(s.toks, span[0], span[1], func(k int) bool { return x.otherStateAt(s.toks, si, cms, k, v.locCode) })
			if !ok {
				continue
			}
			dms := x.dates.findDates(s.toks, ref)
			for n, dm := range dms {
				if (dm.tok == at || n == 0 && openingDay(dms, at, span[0])) && x.stayMonthDay(v, dm, ref) {
					return dm.value, true
				}
			}
		}
	}
	return date{}, false
}

// stayMonthDay: date dm is a day that can start the stay of visit v: in
// its month when it has one, on the side of the reference day its status
// tells.
func (x *Extractor) stayMonthDay(v *candidate, dm dateMention, ref date) bool {
	sameMonth := !v.hasDate || dm.value.y == v.date.y && dm.value.m == v.date.m
	return dm.value.d > 0 && sameMonth && sideOfDay(dm.value, ref, v.status)
}

// openingDay: "On Tuesday and Wednesday she stays in Lome": the
// days that open the sentence of a stay told at token place are the
// stay's, unless a date follows the stay's words (at) or another stands
// between the opening and the place.
func openingDay(dms []dateMention, at, place int) bool {
	if len(dms) == 0 || dms[0].tok > 1 {
		return false
	}
	for _, dm := range dms {
		if dm.tok == at || dm.tok < place && dm.tok > dms[0].end+3 {
			return false
		}
	}
	return dms[0].end <= place
}

// placeSpans lists where sentence si names the visit's place: its state,
// the state's capital or the visit's city, as token spans [from, to).
func (x *Extractor) placeSpans(toks []token, si int, cms []countryMention, v *candidate) [][2]int {
	var out [][2]int
	for _, cm := range cms {
		if cm.sent == si && cm.code == v.locCode {
			out = append(out, [2]int{cm.tok, cm.end})
		}
	}
	city := strings.ToLower(v.city)
	for k := range toks {
		// A place's name is capitalised; a name of up to three words
		// ("New Delhi", "Port Moresby") is joined only when it starts one.
		if !toks[k].upper {
			continue
		}
		phrase := toks[k].lower
		for n := 1; n <= 3 && k+n <= len(toks); n++ {
			if n > 1 {
				if !toks[k+n-1].upper {
					break
				}
				phrase += " " + toks[k+n-1].lower
			}
			if x.countries.capital[phrase] == v.locCode || phrase == city {
				out = append(out, [2]int{k, k + n})
			}
		}
	}
	return out
}

// otherStateAt: the place that starts at token k of sentence si is a state
// other than code, or another state's capital.
func (x *Extractor) otherStateAt(toks []token, si int, cms []countryMention, k int, code string) bool {
	for _, cm := range cms {
		if cm.sent == si && cm.tok == k && cm.code != code {
			return true
		}
	}
	phrase := ""
	for n := 0; n < 3 && k+n < len(toks) && toks[k+n].upper; n++ {
		if n > 0 {
			phrase += " "
		}
		phrase += toks[k+n].lower
		if c, ok := x.countries.capital[phrase]; ok && c != code {
			return true
		}
	}
	return false
}

// sideOfDay: a stay of a visit to come is not over before the reference
// day, nor does one already made start after it ("was in Lomé on 2 July"
// is an earlier trip than "will return to Togo later this month").
func sideOfDay(day, ref date, status string) bool {
	switch {
	case ref.d == 0:
		return true
	case status == "scheduled":
		return !ref.after(day)
	case status == "held":
		return !day.after(ref)
	}
	return true
}

// stayDateAt: the place at tokens [from, to) is told as a stay ("be in
// Lomé", "the Accra leg", "travel to Accra on", "arrive in Lomé on",
// "visit Ghana from", "In Lomé, where she stays from"); the token where its
// date would start, after a comma and "on" or "from", and whether it is
// told so. The first of a list of places in one state sharing one range
// ("travel to Accra and Kumasi from 3 to 6 May") starts the stay on the
// range's day; a range over places in other states (otherState) is a tour
// whose stops the text does not date (GUIDELINES: each stop gets the
// month).
func stayDateAt(toks []token, from, to int, otherState func(k int) bool) (int, bool) {
	j, ok := stayOpensAfter(toks, from, to)
	if !ok {
		return 0, false
	}
	if lowerAt(toks, j) == "and" && j+1 < len(toks) && toks[j+1].upper {
		if otherState(j + 1) {
			return 0, false
		}
		j += 2 // "Accra and Kumasi from ...": the list's first place
		for j < len(toks) && toks[j].upper {
			j++
		}
	}
	if lowerAt(toks, j) == "," {
		j++
	}
	if w := lowerAt(toks, j); w == "on" || w == "from" {
		j++
	}
	return j, true
}

// stayOpensAfter: the place at tokens [from, to) is told as a stay; the
// token after the words that tell it.
func stayOpensAfter(toks []token, from, to int) (int, bool) {
	before, twoBefore := lowerAt(toks, from-1), lowerAt(toks, from-2)
	switch {
	case before == "in" && (stayVerbs[twoBefore] || arriveVerbs[twoBefore] || tripNouns[twoBefore]):
		// "will be in Lomé", "arrives in Lomé", "will conclude his
		// trip in Kuwait City on June 5"
		return to, true
	case before == "to" && travelVerbs[twoBefore], visitVerbs[before]:
		return to, true
	case stayNouns[lowerAt(toks, to)]:
		return to + 1, true
	case (before == "be" || before == "is") && (stayNouns[twoBefore] || stayNouns[lowerAt(toks, from-3)]):
		// "The final stop will be Togo, 20-22 July"
		return to, true
	case before == "in" && lowerAt(toks, to) == "," && lowerAt(toks, to+1) == "where":
		// "In Astana, where he stays from May 13 to 15, ...": the
		// relative clause's own stay.
		for k := to + 2; k < len(toks) && k <= to+5; k++ {
			if stayVerbs[toks[k].lower] {
				return k + 1, true
			}
		}
	}
	return 0, false
}

// stayVerbs tell where someone is: "will be in Lomé", "was in Accra",
// "remains in Abuja".
var stayVerbs = map[string]bool{
	"be": true, "is": true, "are": true, "was": true, "were": true,
	"remain": true, "remains": true, "stay": true, "stays": true,
}

// arriveVerbs, travelVerbs and visitVerbs tell the start of a stay: "will
// arrive in Lomé on", "will travel to Accra on", "and on to Lomé on",
// "and to Lomé on", "then to Lomé on" (the journey's "to" said again),
// "will visit Ghana from".
var (
	arriveVerbs = map[string]bool{"arrive": true, "arrives": true, "arrived": true, "arriving": true, "land": true, "lands": true, "landed": true}
	travelVerbs = map[string]bool{
		"travel": true, "travels": true, "travelled": true, "traveled": true, "travelling": true, "traveling": true,
		"fly": true, "flies": true, "flew": true, "go": true, "goes": true, "went": true, "head": true, "heads": true, "headed": true,
		"on": true, "and": true, "then": true, "proceed": true, "proceeds": true, "continue": true, "continues": true, "return": true, "returns": true,
	}
	visitVerbs = map[string]bool{"visit": true, "visits": true, "visiting": true, "visited": true}
	tripNouns  = map[string]bool{"trip": true, "tour": true, "visit": true, "journey": true, "travels": true}
)

// releaseVerbs put out a document; the day after them ("a schedule
// released by his office on Monday", "the programme published on 3 May")
// is the document's, not that of the engagement the document lists.
var releaseVerbs = map[string]bool{
	"released": true, "published": true, "issued": true, "posted": true, "circulated": true, "unveiled": true,
}

// releasedOn: the date at token k closes a reduced clause of putting out
// a document: a release verb, then perhaps its agent ("by the ministry"),
// then "on" and the date, with no comma between.
func releasedOn(toks []token, k int) bool {
	j := k - 1
	if j >= 0 && toks[j].lower == "on" {
		j--
	}
	for n := 0; j >= 0 && n < 6; j, n = j-1, n+1 {
		w := toks[j].lower
		if toks[j].kind == tokPunct {
			return false
		}
		if releaseVerbs[w] {
			next := toks[j+1].lower
			return next == "by" || next == "on" || j+1 == k
		}
	}
	return false
}

// inWhoseClause: the date stands in a relative clause opened by ", whose"
// and closed by a comma before the sentence goes on ("the presidents,
// whose countries fought a war that ended in 1995, met Tuesday"): the
// clause describes the people, and its date is of their past, unless an
// engagement is told inside it.
func (f *frame) inWhoseClause(dm dateMention) bool {
	open := -1
	for k := dm.tok - 1; k > 0; k-- {
		if f.toks[k].lower == "whose" && f.toks[k-1].text == "," {
			open = k
			break
		}
		if isClauseStop(f.toks[k].text) {
			return false
		}
	}
	if open < 0 {
		return false
	}
	for k := dm.end; k+1 < len(f.toks); k++ {
		if f.toks[k].text == "," {
			return f.toks[k+1].kind == tokWord && !f.triggerBetween(open, k)
		}
		if isClauseStop(f.toks[k].text) {
			return false
		}
	}
	return false
}

// isClauseStop: the punctuation ends any clause set off by commas.
func isClauseStop(s string) bool {
	switch s {
	case ",", ";", ".", "(", ")", "“", "”", "\"", ":":
		return true
	}
	return false
}

// moveVerbs move an engagement to another time; with a preposition of
// goal after them ("postponed to 15 December", "moved to next week",
// "rescheduled for June 3") the date is the new one (GUIDELINES:
// postponed to a stated time, it is scheduled at that time).
var moveVerbs = map[string]bool{
	"postponed": true, "rescheduled": true, "moved": true, "deferred": true, "delayed": true,
	"pushed": true, "put": true, "shifted": true, "brought": true,
}

// periodPartWords narrow a period a date mention starts after ("early
// next month", "the end of June").
var periodPartWords = map[string]bool{"early": true, "late": true, "mid": true, "the": true, "end": true, "beginning": true, "middle": true, "of": true}

// rescheduledTo: the date at token k is the goal of a move verb:
// "postponed to", "put off until", "pushed back to", "brought forward to".
func rescheduledTo(toks []token, k int) bool {
	j := k - 1
	for j > 0 && k-j <= 3 && periodPartWords[toks[j].lower] {
		j-- // "until early next month", "to the end of June"
	}
	if j < 1 {
		return false
	}
	switch toks[j].lower {
	case "to", "until", "till", "for":
	default:
		return false
	}
	j--
	particle := false
	if w := toks[j].lower; (w == "off" || w == "back" || w == "forward") && j > 0 {
		j, particle = j-1, true
	}
	w := toks[j].lower
	if w == "put" || w == "pushed" || w == "brought" {
		return particle // "put to a vote" moves nothing
	}
	return moveVerbs[w]
}

// dateTaker is the trigger that takes date dm, or -1: the nearest one, or
// when a weak trigger nearest refuses it ("met the minister last month in
// Washington to discuss trade": "discuss" takes no bare month), the
// nearest trigger on the date's other side, the engagement the weak one
// tells the purpose of. A trigger dated already takes only a new date
// that a postponement gives.
func (f *frame) dateTaker(dm dateMention, quoted map[int]bool, dp *dateParser) int {
	takes := func(ti int) bool {
		return ti >= 0 && (!f.cs[ti].hasDate || rescheduledTo(f.toks, dm.tok)) && f.canTakeDate(dm, ti, quoted, dp)
	}
	if rescheduledTo(f.toks, dm.tok) {
		if ti := f.movedBefore(dm); ti >= 0 && !f.quotedApart(quoted, dm, f.trigs[ti], dp) {
			return ti
		}
	}
	ti := f.nearest(dm.tok)
	if takes(ti) {
		return ti
	}
	if !f.cs[ti].weak {
		return -1
	}
	alt := -1
	for k := range f.trigs {
		if (f.trigs[k].tok < f.trigs[ti].tok) == (f.trigs[ti].tok > dm.tok) && !f.cs[k].weak {
			if alt < 0 || f.distance(dm.tok, f.trigs[k]) < f.distance(dm.tok, f.trigs[alt]) {
				alt = k
			}
		}
	}
	if takes(alt) {
		return alt
	}
	return -1
}

// movedBefore is the engagement a move verb's goal date belongs to ("the
// trip, which had been planned for next week, has been put off until early
// next month because of the budget session"): the subject of the verb,
// the last trigger before the date in its sentence that is no mere topic,
// however far the clause between them reaches; not a trigger after the
// date, which the goal of "until" cannot be. -1 when none.
func (f *frame) movedBefore(dm dateMention) int {
	return f.nearestTriggerBefore(dm, func(int) bool { return false })
}

// monthAhead moves a date whose year was filled in (the nearest year, which
// may lie behind) into the first year where its month is not before the
// reference's: what is still to come cannot be in a past month.
func monthAhead(t, ref date) date {
	if ref.y <= 0 || ref.m == 0 || t.m == 0 {
		return t
	}
	for t.y*12+t.m < ref.y*12+ref.m {
		t.y++
	}
	return t
}

// receptionTrigger: the weak trigger is a verb of receiving a guest
// ("host", "received", "welcomes", "arrived"); unlike "discussed" or
// "signed", whose bare month may be the topic's or the document's, the
// month or season its clause gives is the guest's stay.
func receptionTrigger(surface string) bool {
	for _, p := range []string{"host", "receiv", "welcom", "arriv"} {
		if strings.HasPrefix(surface, p) {
			return true
		}
	}
	return false
}

// openingVerbs tell a gathering's first day: "the summit opens tomorrow",
// "the talks begin on Monday", "the meeting gets under way Saturday".
var openingVerbs = map[string]bool{
	"opens": true, "open": true, "begins": true, "begin": true, "starts": true, "start": true,
	"convenes": true, "convene": true, "gets": true, "get": true, "kicks": true,
}

// openingDayOfGathering: "X arrived here today for the regional defence
// ministers' meeting. The meeting opens tomorrow.": the day of an arrival
// for a gathering is the traveller's, and the gathering's own day is the
// one a later sentence gives its opening. The gathering told with the
// arrival, in one of the two sentences before, takes that day and status.
func (st *settler) openingDayOfGathering(cands []candidate) {
	for i := range cands {
		c := &cands[i]
		if !c.definite || !c.hasDate || len(c.people) > 0 || len(c.sents) != 1 || c.sents[0] >= len(st.sents) || !opensOnDay(st.sents[c.sents[0]].toks) {
			continue
		}
		for j := i - 1; j >= 0; j-- {
			p := &cands[j]
			if len(p.sents) == 0 || p.sents[0] < c.sents[0]-2 {
				break
			}
			if p.kind == "visit" || p.weak || p.sents[0] >= c.sents[0] || !arrivedFor(st.sents[p.sents[0]].toks) {
				continue
			}
			p.date, p.hasDate, p.status = c.date, true, c.status
			p.rules = append(p.rules, "opening-day")
			break
		}
	}
}

// opensOnDay: the sentence tells a gathering's opening ("The meeting
// opens tomorrow", "The summit gets under way Saturday").
func opensOnDay(toks []token) bool {
	for k := 1; k < len(toks) && k <= 4; k++ {
		w := toks[k].lower
		if !openingVerbs[w] {
			continue
		}
		if (w == "gets" || w == "get") && lowerAt(toks, k+1) != "under" || w == "kicks" && lowerAt(toks, k+1) != "off" {
			continue
		}
		return true
	}
	return false
}

// arrivedFor: the sentence tells an arrival for something ("arrived here
// today for the summit", "arrives in Hanoi on Monday for talks").
func arrivedFor(toks []token) bool {
	for k := range toks {
		if !arriveVerbs[toks[k].lower] {
			continue
		}
		for j := k + 1; j < len(toks) && j <= k+6; j++ {
			if toks[j].lower == "for" {
				return true
			}
		}
	}
	return false
}

// tripOf is the dated trip told before engagement j that j happens
// during, or -1: a trip of one of j's people, and among several the one
// told in j's own sentence with a day the text gives ("On 17 January I
// will travel to A, where I will meet N"), else the one told in the
// sentence just before j's (`toldJustBefore`), else the first told. A trip
// told as an earlier one and dated only to its month or year ("she last
// visited A in March") is the story's background: it holds only what its
// own sentence tells.
func tripOf(merged []candidate, j int, isTrip func(*candidate) bool) int {
	m := &merged[j]
	best, bestRank := -1, -1
	for i := max(0, j-maxMergeLookBack); i < j; i++ {
		v := &merged[i]
		if !v.hasDate || len(v.people) == 0 || !isTrip(v) || !shareAny(m.people, v.people) {
			continue
		}
		own := shareAny(v.sents, m.sents)
		if v.background && v.date.d == 0 && !own {
			continue
		}
		rank := 4*btoi(own && !datedByPublication(v)) + btoi(toldJustBefore(v, m))
		if rank > bestRank {
			best, bestRank = i, rank
		}
	}
	return best
}

// toldJustBefore: trip v is told in the sentence right before m's first
// one. A tour is told stop by stop ("On 14 August I will travel to A. I
// will meet the Prime Minister, N, ..."), so a meeting with no day of its
// own falls in the stop its previous sentence tells, not the tour's
// first.
func toldJustBefore(v, m *candidate) bool {
	if len(m.sents) == 0 {
		return false
	}
	first := slices.Min(m.sents)
	return slices.Contains(v.sents, first-1)
}

// datedByPublication: the candidate's date is the publication date a
// readout falls back on, no day its text gives.
func datedByPublication(c *candidate) bool {
	return slices.Contains(c.rules, "readout-date") || slices.Contains(c.rules, "body-readout-date")
}
