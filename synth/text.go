package synth

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/attache-project/attache"
)

// outlets are invented publications; the slug makes the article's URL.
// Slavic is the romanisation of the Slavic family names' ending "-sky"
// in the outlet's house style ("skiy", "skyy"), empty for "-sky": an
// article writes a name one way throughout, headline included, and
// another outlet's article writes it another way.
var outlets = []struct{ Name, Slug, Slavic string }{
	{"Attaché Sample Wire", "sample-wire", ""},
	{"Global Affairs Daily", "global-affairs-daily", ""},
	{"The Capital Observer", "capital-observer", "skiy"},
	{"Continental Post", "continental-post", ""},
	{"Harbor Times", "harbor-times", ""},
	{"Meridian Wire Service", "meridian-wire", ""},
	{"Northern Star Review", "northern-star", "skyy"},
	{"Atlas News Agency", "atlas-news", ""},
	{"Equator Herald", "equator-herald", ""},
	{"Summit Ledger", "summit-ledger", ""},
}

// apMonths are the month names of a news dateline.
var apMonths = [...]string{"Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."}

// article writes article j of the plan. It draws on its own random stream,
// seeded by the corpus seed and j, so that any article can be written
// without the ones before it.
func (p *plan) article(j int) (attache.Article, Gold) {
	m := &p.meetings[p.artMeeting[j]]
	r := m.Reports[p.artReport[j]]
	w := &writer{
		rng:       rand.New(rand.NewPCG(uint64(p.cfg.Seed)^0x9e3779b97f4a7c15, uint64(j))),
		p:         p,
		m:         m,
		status:    r.status(m),
		pub:       m.Date.AddDate(0, 0, r.Offset),
		mentioned: map[int]bool{},
		written:   map[int]string{},
	}
	// One report in eight of a held or scheduled engagement leaves it
	// undated ("met in Lima"), as follow-ups do.
	w.undated = w.status != attache.StatusCancelled && w.rng.IntN(8) == 0
	outlet := outlets[w.rng.IntN(len(outlets))]
	w.slavic = outlet.Slavic
	id := articleID(j)
	a := attache.Article{
		ID:        id,
		Title:     w.headline(),
		URL:       fmt.Sprintf("https://%s.example/%s/%s", outlet.Slug, w.pub.Format("2006/01/02"), id),
		Outlet:    outlet.Name,
		Published: day(w.pub),
		Text:      w.body(outlet.Name),
	}
	return a, w.gold(id)
}

// writer holds what one article needs while it is written.
type writer struct {
	rng       *rand.Rand
	p         *plan
	m         *meeting
	status    attache.MeetingStatus
	pub       time.Time
	mentioned map[int]bool
	// written is the form of each official's name the article used at the
	// first mention, when it is not the official's own; undated says the
	// article does not date the engagement.
	written map[int]string
	undated bool
	// slavic is the outlet's romanisation of the family names' ending
	// "-sky" (see outlets).
	slavic string
	// extra records the states the text names besides those taking part:
	// a venue state written in the dateline, a state named as background.
	extra []int
}

func (w *writer) choose(options ...string) string { return options[w.rng.IntN(len(options))] }

// family is an official's family name as the article writes it: in the
// outlet's romanisation of the ending "-sky".
func (w *writer) family(f *official) string {
	if stem, ok := strings.CutSuffix(f.Family, slavicEnding); ok && w.slavic != "" {
		return stem + w.slavic
	}
	return f.Family
}

func (w *writer) off(o int) *official { return &w.p.officials[o] }

func (w *writer) ctry(o int) *country { return &countries[w.off(o).Country] }

// ref names an official: the full name with title and state at the first
// mention, in one of several forms, and the family name after that. inList
// avoids the appositive forms, whose commas would blur a list.
func (w *writer) ref(o int, inList bool) string {
	f := w.off(o)
	if w.mentioned[o] {
		return w.family(f)
	}
	w.mentioned[o] = true
	c := w.ctry(o)
	name := w.nameForm(f)
	if name != f.Name {
		w.written[o] = name
	}
	forms := []string{
		f.Title.Pre + " " + name + " of " + c.NameIn,
	}
	if c.Demonym != "" {
		forms = append(forms, c.Demonym+" "+f.Title.Pre+" "+name, c.Demonym+" "+f.Title.Pre+" "+name)
	}
	if !inList {
		forms = append(forms, c.Poss+" "+f.Title.Lower+", "+name+",", name+", "+c.Poss+" "+f.Title.Lower+",")
	}
	return forms[w.rng.IntN(len(forms))]
}

// nameForm is how the article writes an official's full name: mostly as
// it is, sometimes with the family name first in capitals ("VELOR Ana",
// as some states' own releases do), with a middle initial, or with the
// familiar form of the given name ("Bill" for "William") or another
// romanisation of it ("Sergei" for "Sergey"); the family name as the
// outlet romanises it (family).
func (w *writer) nameForm(f *official) string {
	given := strings.TrimSuffix(f.Name, " "+f.Family)
	family := w.family(f)
	switch w.rng.IntN(10) {
	case 0:
		return strings.ToUpper(family) + " " + given
	case 1:
		return given + " " + string(rune('A'+w.rng.IntN(26))) + ". " + family
	case 2, 3:
		if short, ok := familiarForms[given]; ok {
			return short + " " + family
		}
		if other := romanisations[given]; len(other) > 0 {
			return other[w.rng.IntN(len(other))] + " " + family
		}
	}
	return given + " " + family
}

func (w *writer) refs(os []int) string {
	parts := make([]string, len(os))
	for i, o := range os {
		parts[i] = w.ref(o, true)
	}
	return joinAnd(parts)
}

func joinAnd(parts []string) string {
	switch len(parts) {
	case 0:
		return ""
	case 1:
		return parts[0]
	}
	return strings.Join(parts[:len(parts)-1], ", ") + " and " + parts[len(parts)-1]
}

func (w *writer) countryList(cs []int) string {
	parts := make([]string, len(cs))
	for i, ci := range cs {
		parts[i] = countries[ci].NameIn
	}
	return joinAnd(parts)
}

// daysBetween is the number of whole days from one date to another.
func daysBetween(from, to time.Time) int { return int(to.Sub(from).Hours() / 24) }

func monthDay(t time.Time) string { return fmt.Sprintf("%s %d", apMonths[t.Month()-1], t.Day()) }

// when says when the engagement is, relative to the article's date, as a
// reporter would: "today", "on Tuesday", "yesterday", "on Aug. 18".
func (w *writer) when() string {
	if w.undated {
		return ""
	}
	return w.whenDate(w.m.Date)
}

func (w *writer) whenDate(d time.Time) string {
	abs := "on " + monthDay(d)
	if d.Year() != w.pub.Year() {
		abs += fmt.Sprintf(", %d", d.Year())
	}
	wd := "on " + d.Weekday().String()
	switch n := daysBetween(d, w.pub); {
	case n == 0:
		return w.choose("today", abs)
	case n == 1:
		return w.choose("yesterday", wd, abs)
	case n == -1:
		return w.choose("tomorrow", wd, abs)
	case n > -7 && n < 7:
		return w.choose(wd, abs)
	default:
		return abs
	}
}

func (w *writer) dateline(outlet string) string {
	city := w.m.City
	ci := w.m.VenueCountry
	if ci < 0 {
		ci = w.off(w.m.Participants[0]).Country
		city = countries[ci].Capital
	}
	up := strings.ToUpper(city)
	full := fmt.Sprintf("%s, %d", monthDay(w.pub), w.pub.Year())
	place := up + ", " + countries[ci].Name
	if countries[ci].Code == "US" {
		place = up
	}
	switch w.rng.IntN(5) {
	case 0, 1:
		if countries[ci].Code != "US" {
			w.extra = append(w.extra, ci)
		}
		return place + ", " + full + " — "
	case 2:
		return up + " — "
	case 3:
		return fmt.Sprintf("%s, %s (%s) — ", up, monthDay(w.pub), outlet)
	default:
		return ""
	}
}

// sentence tidies a sentence built from parts: appositive commas before a
// full stop or another comma, doubled spaces, and a lowercase start.
func sentence(s string) string {
	for _, fix := range [][2]string{{",.", "."}, {",,", ","}, {", ,", ","}, {"  ", " "}, {",;", ";"}, {" .", "."}, {" ,", ","}} {
		s = strings.ReplaceAll(s, fix[0], fix[1])
	}
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + s[n:]
}

func (w *writer) body(outlet string) string {
	var paras []string
	if w.rng.IntN(4) == 0 {
		paras = append(paras, "By "+w.p.reporters[w.rng.IntN(len(w.p.reporters))]+", "+outlet)
	}
	lead := w.lead()
	paras = append(paras, w.dateline(outlet)+lead[0])
	paras = append(paras, lead[1:]...)
	paras = append(paras, w.issueSentences())
	paras = append(paras, w.background())
	if s := w.colour(); s != "" {
		paras = append(paras, s)
	}
	return strings.Join(paras, "\n\n") + "\n"
}

// lead returns the opening sentence and the paragraphs that introduce the
// remaining participants. Each kind of engagement has its own wording, so
// each is written by its own step; the date phrase is drawn first, before
// any of them, because every later draw of the article's random stream
// depends on the order of the draws before it.
func (w *writer) lead() []string {
	d := w.when()
	var out leadSentences
	switch w.m.Kind {
	case attache.KindMeeting:
		w.leadMeeting(&out, d)
	case attache.KindVisit:
		w.leadVisit(&out, d)
	case attache.KindCall:
		w.leadCall(&out, d)
	case attache.KindSummit:
		w.leadSummit(&out, d)
	case attache.KindTalks:
		w.leadTalks(&out, d)
	}
	lines := []string(out)
	w.companion(&lines)
	return lines
}

// leadSentences collects the lead's sentences in the order they are written.
type leadSentences []string

// add formats one sentence and tidies it (see sentence).
func (s *leadSentences) add(format string, args ...any) {
	*s = append(*s, sentence(fmt.Sprintf(format, args...)))
}

// leadMeeting opens the report of a meeting between two officials (and,
// sometimes, a third of the host state), in the tense of the article.
func (w *writer) leadMeeting(out *leadSentences, d string) {
	switch w.status {
	case attache.StatusHeld:
		w.meetingHeld(out, d)
	case attache.StatusScheduled:
		w.meetingScheduled(out, d)
	default:
		w.meetingCalledOff(out, d)
	}
}

// meetingHeld reports a meeting that took place. Some forms name the host
// first ("received", "hosted"): the guest is still P[0] in the truth, and
// the order of the ref calls decides who is introduced in full.
func (w *writer) meetingHeld(out *leadSentences, d string) {
	P, city := w.m.Participants, w.m.City
	a, b := P[0], P[1]
	switch w.rng.IntN(6) {
	case 0:
		out.add("%s met %s in %s %s.", w.ref(a, false), w.ref(b, false), city, d)
	case 1:
		out.add("%s received %s in %s %s.", w.ref(b, false), w.ref(a, false), city, d)
	case 2:
		out.add("%s and %s held talks in %s %s.", w.ref(a, false), w.ref(b, false), city, d)
	case 3:
		out.add("%s sat down with %s %s in %s.", w.ref(a, false), w.ref(b, false), d, city)
	case 4:
		out.add("%s hosted %s for talks in %s %s.", w.ref(b, false), w.ref(a, false), city, d)
	default:
		out.add("In %s %s, %s met %s.", city, d, w.ref(a, false), w.ref(b, false))
	}
	if len(P) > 2 {
		out.add(w.choose("%s also joined the talks.", "The two were joined by %s.", "%s took part in the session as well."), w.ref(P[2], false))
	}
}

// meetingScheduled announces a meeting still to come.
func (w *writer) meetingScheduled(out *leadSentences, d string) {
	P, city := w.m.Participants, w.m.City
	a, b := P[0], P[1]
	switch w.rng.IntN(4) {
	case 0:
		out.add("%s is scheduled to meet %s in %s %s.", w.ref(a, false), w.ref(b, false), city, d)
	case 1:
		out.add("%s will hold talks with %s in %s %s, officials said.", w.ref(a, false), w.ref(b, false), city, d)
	case 2:
		out.add("%s is slated to meet %s %s during a stop in %s.", w.ref(a, false), w.ref(b, false), d, city)
	default:
		out.add("%s is to receive %s in %s %s.", w.ref(b, false), w.ref(a, false), city, d)
	}
	if len(P) > 2 {
		out.add("%s is also expected to attend.", w.ref(P[2], false))
	}
}

// meetingCalledOff reports a meeting cancelled or postponed. The first form
// names both sides inside a noun phrase, so it uses the list forms of ref
// (no appositive commas).
func (w *writer) meetingCalledOff(out *leadSentences, d string) {
	P, city := w.m.Participants, w.m.City
	a, b := P[0], P[1]
	switch w.rng.IntN(3) {
	case 0:
		out.add("A meeting between %s and %s planned in %s %s has been called off, officials said.", w.ref(a, true), w.ref(b, true), city, d)
	case 1:
		out.add("%s has postponed talks with %s that were to take place in %s %s.", w.ref(a, false), w.ref(b, false), city, d)
	default:
		out.add("%s cancelled a planned meeting with %s in %s that had been set for %s.", w.ref(a, false), w.ref(b, false), city, strings.TrimPrefix(d, "on "))
	}
	if len(P) > 2 {
		out.add("%s had also been due to attend.", w.ref(P[2], false))
	}
}

// leadVisit opens the report of an official visit; the visited state is
// the engagement's second.
func (w *writer) leadVisit(out *leadSentences, d string) {
	m := w.m
	a, city := m.Participants[0], m.City
	v := countries[m.Countries[1]].NameIn
	switch w.status {
	case attache.StatusHeld:
		out.add(w.choose(
			"%[1]s arrived in %[3]s %[4]s for an official visit to %[2]s.",
			"%[1]s paid an official visit to %[2]s %[4]s, holding talks with senior officials in %[3]s.",
			"%[1]s was in %[3]s %[4]s on an official visit to %[2]s, the first in several years by an official of that rank.",
		), w.ref(a, false), v, city, d)
	case attache.StatusScheduled:
		out.add(w.choose(
			"%[1]s will travel to %[2]s %[4]s for an official visit, with talks planned in %[3]s.",
			"%[1]s is expected in %[3]s %[4]s for a visit to %[2]s, officials said.",
			"%[1]s is due to visit %[2]s %[4]s, stopping in %[3]s.",
		), w.ref(a, false), v, city, d)
	default:
		out.add(w.choose(
			"%[1]s has cancelled a visit to %[2]s that was to begin in %[3]s %[4]s.",
			"%[1]s postponed a trip to %[2]s planned %[4]s, officials in %[3]s said.",
		), w.ref(a, false), v, city, d)
	}
}

// leadCall opens the report of a telephone or video call, which has no
// place.
func (w *writer) leadCall(out *leadSentences, d string) {
	a, b := w.m.Participants[0], w.m.Participants[1]
	switch w.status {
	case attache.StatusHeld:
		out.add(w.choose(
			"%[1]s spoke by telephone %[3]s with %[2]s.",
			"%[1]s and %[2]s held a phone call %[3]s.",
			"In a telephone conversation %[3]s, %[1]s and %[2]s reviewed relations between their countries.",
			"%[1]s called %[2]s %[3]s, according to a readout of the call.",
		), w.ref(a, false), w.ref(b, false), d)
	case attache.StatusScheduled:
		out.add(w.choose(
			"%[1]s is expected to speak by phone with %[2]s %[3]s, officials said.",
			"%[1]s will hold a video call with %[2]s %[3]s.",
		), w.ref(a, false), w.ref(b, false), d)
	default:
		out.add("A phone call between %s and %s planned %s was called off.", w.ref(a, true), w.ref(b, true), d)
	}
}

// leadSummit opens the report of a summit: one sentence for the host and
// the states, a second listing the other leaders.
func (w *writer) leadSummit(out *leadSentences, d string) {
	m := w.m
	host, rest := m.Participants[0], m.Participants[1:]
	city := m.City
	cl := w.countryList(m.Countries)
	switch w.status {
	case attache.StatusHeld:
		if w.rng.IntN(2) == 0 {
			out.add("Leaders of %s gathered in %s %s for a summit hosted by %s.", cl, city, d, w.ref(host, true))
			out.add("Attending were %s.", w.refs(rest))
		} else {
			out.add("%s opened a summit of %s in %s %s.", w.ref(host, false), cl, city, d)
			out.add("%s were among the leaders at the table.", w.refs(rest))
		}
	case attache.StatusScheduled:
		if w.rng.IntN(2) == 0 {
			out.add("%s will host leaders of %s at a summit in %s %s.", w.ref(host, false), cl, city, d)
			out.add("%s are expected to attend.", w.refs(rest))
		} else {
			out.add("A summit of %s is scheduled to open in %s %s, with %s as host.", cl, city, d, w.ref(host, true))
			out.add("%s have confirmed their attendance.", w.refs(rest))
		}
	default:
		out.add("A summit of leaders from %s that %s was to host in %s %s has been postponed.", cl, w.ref(host, true), city, d)
		out.add("%s had been expected to attend.", w.refs(rest))
	}
}

// leadTalks opens the report of a round of talks between delegations: the
// states first, then the officials leading each delegation.
func (w *writer) leadTalks(out *leadSentences, d string) {
	m := w.m
	P, city := m.Participants, m.City
	cl := w.countryList(m.Countries)
	switch w.status {
	case attache.StatusHeld:
		out.add(w.choose(
			"Delegations from %[1]s held a round of talks in %[2]s %[3]s.",
			"Negotiators from %[1]s concluded a round of talks in %[2]s %[3]s.",
		), cl, city, d)
		out.add("The delegations were led by %s.", w.refs(P))
		out.add("In a joint statement issued at the end of the round, the %d governments said the discussions had been constructive.", len(m.Countries))
	case attache.StatusScheduled:
		out.add(w.choose(
			"Negotiators from %[1]s will meet in %[2]s %[3]s for a new round of talks.",
			"A new round of talks between %[1]s is set to open in %[2]s %[3]s.",
		), cl, city, d)
		out.add("%s are to lead their delegations.", w.refs(P))
	default:
		out.add("A round of talks between %s due to open in %s %s has been postponed.", cl, city, d)
		out.add("%s had been due to lead the delegations.", w.refs(P))
	}
}

// issueSentences names every issue of the engagement, in the tense of the
// article's status.
func (w *writer) issueSentences() string {
	var phrases []string
	for _, ii := range w.m.Issues {
		ps := issues[ii].Phrases
		phrases = append(phrases, ps[w.rng.IntN(len(ps))])
	}
	list := joinAnd(phrases)
	lead := w.family(w.off(w.m.Participants[0]))
	sides := "the two sides"
	if len(w.m.Countries) > 2 {
		sides = "the participants"
	}
	var s string
	switch w.status {
	case attache.StatusHeld:
		s = fmt.Sprintf(w.choose(
			"The discussions covered %[1]s.",
			"Talks focused on %[1]s.",
			"Officials said %[3]s discussed %[1]s.",
			"%[2]s said the agenda included %[1]s.",
		), list, lead, sides)
	case attache.StatusScheduled:
		s = fmt.Sprintf(w.choose(
			"The agenda is expected to include %[1]s.",
			"Officials said %[1]s would top the agenda.",
			"%[2]s is expected to raise %[1]s.",
		), list, lead)
	default:
		s = fmt.Sprintf(w.choose(
			"The talks had been expected to focus on %[1]s.",
			"%[1]s had been on the agenda, officials said.",
		), list, lead)
	}
	return sentence(s)
}

// colour adds sentences that a reader expects and an extractor must not
// mistake for facts: vague intent, a news conference, a domestic briefing,
// a state mentioned only as background.
func (w *writer) colour() string {
	lead := w.m.Participants[0]
	fam := w.family(w.off(lead))
	var out []string
	if w.status == attache.StatusHeld {
		options := []string{
			"Officials described the atmosphere as frank and constructive.",
			"No agreements were signed.",
			"The governments involved said they would stay in close contact.",
			fam + " told reporters afterwards that there would be more such meetings.",
			fam + " later briefed members of " + w.ctry(lead).Poss + " cabinet on the discussions.",
		}
		if w.m.Kind == attache.KindMeeting || w.m.Kind == attache.KindVisit {
			// the lead participant is the one who travelled
			options = append(options, "Before leaving, "+fam+" held a news conference.")
		}
		out = append(out, w.choose(options...))
	}
	if w.rng.IntN(3) == 0 {
		other := w.rng.IntN(len(countries))
		if !contains(w.m.Countries, other) && other != w.m.VenueCountry {
			w.extra = append(w.extra, other)
			out = append(out, w.choose(
				"The contacts came as "+countries[other].NameIn+" prepared for elections.",
				"Diplomats said events in "+countries[other].NameIn+" were also on the minds of those involved.",
			))
		}
	}
	for _, ii := range w.m.Issues {
		if issues[ii].ID == "military-modernization" && w.rng.IntN(2) == 0 {
			out = append(out, "Much of the equipment in question is Soviet-era.")
		}
	}
	for i := range out {
		out[i] = sentence(out[i])
	}
	return strings.Join(out, " ")
}

// headline writes the article's title, varied by kind and status.
func (w *writer) headline() string {
	m := w.m
	a := w.off(m.Participants[0])
	city := m.City
	if m.VenueCountry < 0 {
		city = countries[a.Country].Capital
	}
	label := issues[m.Issues[0]].Label
	var b *official
	if len(m.Participants) > 1 {
		b = w.off(m.Participants[1])
	}
	switch m.Kind {
	case attache.KindMeeting:
		switch w.status {
		case attache.StatusHeld:
			return w.choose(w.family(a)+", "+w.family(b)+" Discuss "+label, w.family(a)+" Holds Talks in "+city, countries[a.Country].Name+" and "+countries[b.Country].Name+" Pledge Closer Ties on "+label)
		case attache.StatusScheduled:
			return w.choose(w.family(a)+" to Meet "+w.family(b)+" in "+city, w.family(a)+" Heads to "+city+" for Talks")
		default:
			return w.choose(w.family(a)+"-"+w.family(b)+" Meeting Called Off", "Talks in "+city+" Postponed")
		}
	case attache.KindVisit:
		v := countries[m.Countries[1]].Name
		switch w.status {
		case attache.StatusHeld:
			return w.choose(w.family(a)+" Visits "+v, w.family(a)+" in "+v+" for Official Visit")
		case attache.StatusScheduled:
			return w.family(a) + " to Visit " + v
		default:
			return w.family(a) + " Calls Off " + v + " Trip"
		}
	case attache.KindCall:
		switch w.status {
		case attache.StatusHeld:
			return w.choose(w.family(a)+" and "+w.family(b)+" Speak by Phone", "Readout of "+a.Title.Pre+" "+w.family(a)+"'s Call With "+b.Title.Pre+" "+w.family(b))
		case attache.StatusScheduled:
			return w.family(a) + " to Call " + w.family(b)
		default:
			return w.family(a) + "-" + w.family(b) + " Call Scrapped"
		}
	case attache.KindSummit:
		n := fmt.Sprintf("%d-Nation", len(m.Countries))
		switch w.status {
		case attache.StatusHeld:
			return w.choose(n+" Summit Opens in "+city, "Leaders Meet in "+city)
		case attache.StatusScheduled:
			return city + " to Host " + n + " Summit"
		default:
			return city + " Summit Postponed"
		}
	default:
		switch w.status {
		case attache.StatusHeld:
			return w.choose("New Round of Talks in "+city, countries[a.Country].Name+", "+countries[b.Country].Name+" Hold Talks on "+label)
		case attache.StatusScheduled:
			return "Talks to Resume in " + city
		default:
			return city + " Talks Postponed"
		}
	}
}

// background adds the paragraph of context a news article carries: no new
// people, no engagement, no issue vocabulary, only the states already taking
// part, so the truth stays what the lead says while the text reaches a
// realistic length.
func (w *writer) background() string {
	first := countries[w.m.Countries[0]]
	second := countries[w.m.Countries[1]]
	fam := w.family(w.off(w.m.Participants[len(w.m.Participants)-1]))
	pool := []string{
		"Relations between " + first.NameIn + " and " + second.NameIn + " have broadened in recent years.",
		first.Poss + " government has made closer ties with its partners a priority.",
		"A senior official, who asked not to be named, said expectations were modest.",
		"Analysts said the contacts reflected a wider effort to diversify diplomatic partnerships.",
		"Opposition politicians in " + first.NameIn + " have questioned the cost of official travel.",
		"Officials on both sides declined to give details of the preparations.",
		"The foreign ministry in " + second.Capital + " issued a brief statement.",
		"Local newspapers gave the contacts prominent coverage.",
		"Diplomats noted that the governments involved have not always seen eye to eye.",
		"The exchange was the latest in a series of contacts at different levels of government.",
		"\u201cThere is a great deal of work ahead of us,\u201d " + fam + " said.",
		"\u201cOur countries share more interests than differences,\u201d " + fam + " said.",
		"\u201cWe are looking for practical results,\u201d " + fam + " told reporters.",
		"Neither government published a detailed programme in advance.",
		"Protocol officials spent days arranging the schedule.",
		"The contacts drew little attention outside the region.",
		"Commentators in " + second.NameIn + " were cautious about what could be achieved.",
	}
	order := w.rng.Perm(len(pool))
	var paras []string
	for p := 1 + w.rng.IntN(2); p > 0; p-- {
		n := 2 + w.rng.IntN(3)
		var out []string
		for _, k := range order[:n] {
			out = append(out, sentence(pool[k]))
		}
		order = order[n:]
		paras = append(paras, strings.Join(out, " "))
	}
	return strings.Join(paras, "\n\n")
}

// companionStatus is how the article sees the earlier stop of the trip.
func (w *writer) companionStatus(c *meeting) attache.MeetingStatus {
	if daysBetween(c.Date, w.pub) < 0 {
		return attache.StatusScheduled
	}
	return attache.StatusHeld
}

// companion appends the sentence about the meeting the traveller holds a
// few days before this one, when there is one.
func (w *writer) companion(out *[]string) {
	if w.m.Companion < 0 {
		return
	}
	c := &w.p.meetings[w.m.Companion]
	fam := w.family(w.off(c.Participants[0]))
	host := w.ref(c.Participants[1], false)
	phrases := issues[c.Issues[0]].Phrases
	topic := phrases[w.rng.IntN(len(phrases))]
	when := w.whenDate(c.Date)
	var s string
	if w.companionStatus(c) == attache.StatusHeld {
		s = fmt.Sprintf(w.choose(
			"On the same trip, %[1]s met %[2]s in %[3]s %[4]s, and the two discussed %[5]s.",
			"Earlier in the trip, %[1]s held talks with %[2]s in %[3]s %[4]s that touched on %[5]s.",
		), fam, host, c.City, when, topic)
	} else {
		s = fmt.Sprintf(w.choose(
			"On the same trip, %[1]s is due to meet %[2]s in %[3]s %[4]s to discuss %[5]s.",
			"First, %[1]s will stop in %[3]s %[4]s for talks with %[2]s on %[5]s.",
		), fam, host, c.City, when, topic)
	}
	*out = append(*out, sentence(s))
}
