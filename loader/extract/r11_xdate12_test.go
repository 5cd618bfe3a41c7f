package extract

import (
	"testing"

	"github.com/attache-project/attache"
)

// TestR11TextDateWithoutPage: when the page gives no publication date, the
// text's own header is the day its relative dates count from: a date
// line written before its place ("June 4, 2015, The Kremlin, Moscow"),
// and a line that is only a date under a menu long enough to pass for
// prose (which starts the body above it). Invented transcripts in a
// presidential site's and a prime minister's site's styles; no
// publication date.
func TestR11TextDateWithoutPage(t *testing.T) {
	tests := []struct {
		name, outlet, text string
		want               []string
	}{
		{"a date line before its place", "President of Ruritania (official website)",
			"Beginning of talks with the Prime Minister of Ghana\nJune 4, 2015, The Kremlin, Moscow\n\nPresident Ivan Petrov met Prime Minister Kofi Mensah of Ghana today to discuss trade.",
			[]string{"meeting held 2015-06-04"}},
		{"a date-only line under a long menu", "Prime Minister of Australia, transcript",
			"Home | Media | Transcripts | Media Releases | Speeches | Contact\n\nPress conference - Suva, Fiji\n\nTuesday 14 March 2017\n\nPrime Minister Jane Birch of Australia met Prime Minister Tomasi Rabuka of Fiji yesterday to discuss climate finance.",
			[]string{"meeting held 2017-03-13"}},
		// Once the menu is dropped by its shape (clean.go), the date line is
		// the transcript's dateline, and GUIDELINES resolves "yesterday"
		// against the dateline before the page's publication date.
		{"a dateline under a dropped menu wins over the page date", "Prime Minister of Australia, transcript",
			"Home | Media | Transcripts | Media Releases | Speeches | Contact\n\nPress conference - Suva, Fiji\n\nTuesday 14 March 2017\n\nPrime Minister Jane Birch of Australia met Prime Minister Tomasi Rabuka of Fiji yesterday to discuss climate finance.",
			[]string{"meeting held 2017-03-13"}},
	}
	for i, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			x := newExtractor(t)
			a := attache.Article{ID: "t", Outlet: tc.outlet, Text: tc.text}
			if i == 2 {
				a.Published = "2017-03-16"
			}
			e := extractText(t, x, a)
			wantSummary(t, e, tc.text, tc.want)
		})
	}
}

// TestR11StopToldJustBefore: a meeting with no day of its own, told in
// the sentence right after one stop of a tour ("On 14 May I will travel
// to A. I will meet the Prime Minister, N."), happens during that stop
// and takes its day, not the tour's first stop's (whose state is not the
// meeting's, so only the month was left). Invented first-person release
// in an Australian minister's style; publication day 2018-05-07.
func TestR11StopToldJustBefore(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"the stop told just before the meeting",
			"MINISTER FOR FOREIGN AFFAIRS\nJANE BIRCH\n\nVisit to Fiji and Tonga\n\nI will visit Fiji from 12 to 13 May and Tonga on 14 May.\n\nIn Suva on 12 May I will co-chair the annual ministerial forum with Fiji's Minister for Foreign Affairs, Tomasi Rabuka.\n\nOn 14 May I will travel to Nuku'alofa to open a new police training centre. I will meet the Prime Minister of Tonga, Sione Hufanga, to discuss climate finance.",
			[]string{"meeting scheduled 2018-05-14", "summit scheduled 2018-05-12"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			x := newExtractor(t)
			e := extractText(t, x, attache.Article{ID: "t", Outlet: "Australian Minister for Foreign Affairs", Published: "2018-05-07", Text: tc.text})
			wantSummary(t, e, tc.text, tc.want)
		})
	}
}

// TestR11ContractedWill: the tokenizer keeps "I'll" and "he'll" one word,
// so the future's auxiliary contracted onto its subject must be read off
// the word's end: "I'll have a meeting with N on Sunday" tells the Sunday
// to come, not the one before. Invented transcripts; publication day
// Friday 2023-03-10.
func TestR11ContractedWill(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"a contracted will before the weekday",
			"Prime Minister Jane Birch of Australia flies to Suva tonight, and she'll have a bilateral meeting with Prime Minister Tomasi Rabuka of Fiji on Sunday.",
			[]string{"meeting scheduled 2023-03-12"}},
		{"must not fire: a past verb before the weekday",
			"Prime Minister Jane Birch of Australia said she had a bilateral meeting with Prime Minister Tomasi Rabuka of Fiji on Sunday.",
			[]string{"meeting held 2023-03-05"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			x := newExtractor(t)
			e := extractText(t, x, attache.Article{ID: "t", Outlet: "Example Wire", Published: "2023-03-10", Text: tc.text})
			wantSummary(t, e, tc.text, tc.want)
		})
	}
}

func TestR11WillAux(t *testing.T) {
	for w, want := range map[string]bool{"will": true, "'ll": true, "i'll": true, "she’ll": true, "we'll": true, "ill": false, "bill": false, "'s": false} {
		if got := willAux(w); got != want {
			t.Errorf("willAux(%q) = %v, want %v", w, got, want)
		}
	}
}

// TestR11YearlessFutureClause: a month and day without a year in a
// sentence told in the past moves to last year when it lies after the
// article's day ("met on July 25" in a February article), but not when
// its own clause is to come ("discussed the summit, which is to take
// place in Paris on December 9", "will return in September"): the past
// verb belongs to another clause. Invented readouts; publication day
// 2019-11-15.
func TestR11YearlessFutureClause(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"a relative clause to come",
			"President Ivan Petrov of Russia and Chancellor Anna Weber of Germany discussed the preparation of the summit of the four leaders, which is to take place in Paris on December 9.",
			[]string{"summit scheduled 2019-12-09"}},
		{"must not fire: the date's own clause is past",
			"President Ivan Petrov of Russia met Chancellor Anna Weber of Germany in Berlin on December 9.",
			[]string{"meeting held 2018-12-09"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			x := newExtractor(t)
			e := extractText(t, x, attache.Article{ID: "t", Outlet: "Example Wire", Published: "2019-11-15", Text: tc.text})
			wantSummary(t, e, tc.text, tc.want)
		})
	}
}
