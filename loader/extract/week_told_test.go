package extract

import (
	"testing"

	"github.com/attache-project/attache"
)

// TestWeekToldByTheLede: a story whose lede tells of last week or next
// week as a whole dates its bare weekdays in that week; a week told in a
// relative or subordinate clause of the lede frames nothing. Invented
// releases and wire stories; the pages' dates are given per case.
func TestWeekToldByTheLede(t *testing.T) {
	tests := []struct {
		name, outlet, published, text string
		want                          []string
	}{
		{"EU: a week in review, Monday and the following day", "European External Action Service", "2019-07-08",
			"Week in review\n\nThe High Representative held talks with Sahel ministers and made several calls last week.\n\nOn Monday the High Representative presided over a council of ministers in Brussels.\n\nThe following day the High Representative received the foreign ministers of Niger, Mali and Chad in Brussels for the annual EU-Sahel ministerial meeting.",
			[]string{"summit held 2019-07-02"}},
		{"UK: the week ahead", "Foreign, Commonwealth & Development Office", "2019-07-08",
			"British Foreign Secretary Jane Hill will travel to Ghana and Togo next week.\n\nOn Tuesday she will meet President Kwesi Mensa of Ghana in Accra.",
			[]string{"meeting scheduled 2019-07-16", "visit scheduled 2019-07"}},
		{"must not fire: the week in a relative clause of the lede", "Voice of America", "2019-07-08",
			"Niger has postponed talks with Benin that were to open next week.\n\nThe envoy of Mali, Foreign Minister Moussa Traore, will meet Foreign Minister Femi Tano of Benin in Cotonou on Tuesday.",
			[]string{"meeting scheduled 2019-07-09", "talks cancelled 2019-07"}},
		{"must not fire: the week in a subordinate clause of the lede", "Korea.net", "2019-07-10",
			"After a tour of West Africa last week, South Korean Foreign Minister Kim Min-ho is back in Seoul.\n\nOn Monday he met Foreign Minister Femi Tano of Benin.",
			[]string{"meeting held 2019-07-08"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			x := newExtractor(t)
			e := extractText(t, x, attache.Article{ID: "t", Outlet: tc.outlet, Published: attache.Date(tc.published), Text: tc.text})
			wantSummary(t, e, tc.text, tc.want)
		})
	}
}

// TestFollowingDayAcrossParagraphs: "The following day" counts from the
// day told just before even when a paragraph break stands between, and
// anchors a meeting named with "the"; with no step told, a new paragraph
// does not take the day before. Invented releases of several governments;
// the page's date is 2019-07-12, a Friday.
func TestFollowingDayAcrossParagraphs(t *testing.T) {
	tests := []struct {
		name, outlet, text string
		want               []string
	}{
		{"EU: the following day, the annual ministerial meeting", "European Commission",
			"Commissioner Anna Berg met Foreign Minister Ali Sani of Niger in Niamey on Monday.\n\nThe following day the Commissioner received the foreign ministers of Mali, Chad and Burkina Faso in Niamey for the annual EU-Sahel ministerial meeting.",
			[]string{"meeting held 2019-07-08", "summit held 2019-07-09"}},
		{"Kremlin: the next day, talks", "Official website of the President of Russia",
			"Russian President Ivan Sokolov met President Nurlan Abenov of Kazakhstan in Astana on Tuesday.\n\nThe next day Ivan Sokolov held talks with President Aibek Nurlanov of Kyrgyzstan in Bishkek.",
			[]string{"meeting held 2019-07-09", "meeting held 2019-07-10"}},
		{"must not fire: no step, a new paragraph", "Ministry of Foreign Affairs of Japan",
			"Foreign Minister Sato Taro met Foreign Minister Ali Sani of Niger in Tokyo on Monday.\n\nIn March, Foreign Minister Sato Taro held talks with Foreign Minister Femi Tano of Benin in Cotonou.",
			[]string{"meeting held 2019-03", "meeting held 2019-07-08"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			x := newExtractor(t)
			e := extractText(t, x, attache.Article{ID: "t", Outlet: tc.outlet, Published: "2019-07-12", Text: tc.text})
			wantSummary(t, e, tc.text, tc.want)
		})
	}
}

// TestOpeningWeekdayBeforeAPastVerb: "On Monday X chaired ..." is a past
// weekday though a relative clause after it tells of what is to come; a
// participle after a determiner is no past verb. The reference day
// 2019-07-10 is a Wednesday.
func TestOpeningWeekdayBeforeAPastVerb(t *testing.T) {
	p := newDateParser()
	ref := date{2019, 7, 10}
	checkFindDates(t, p, ref, []dateCase{
		{"On Monday Ali Sani chaired the council, which will meet again next month.", []string{"2019-07-08", "2019-08"}},
		{"On Monday she hosted a dinner for the ministers who will attend the summit.", []string{"2019-07-08"}},
		{"On Monday the newly appointed minister will meet the envoy.", []string{"2019-07-15"}},
		{"On Monday Ali Sani is expected to meet the envoy.", []string{"2019-07-15"}},
	})
}

// TestWeekdayOfAnArrivalsPurpose: the weekday that dates what a journey is
// for ("arrived for talks Sunday") is the nearest one, before or after
// the page's day, whatever the tense of the verb; a weekday of the journey
// itself keeps the verb's tense. The reference day 2019-07-12 is a
// Friday.
func TestWeekdayOfAnArrivalsPurpose(t *testing.T) {
	p := newDateParser()
	checkFindDates(t, p, date{2019, 7, 12}, []dateCase{
		// wire: the talks are tomorrow
		{"The envoy arrived in Accra for talks Sunday with the Foreign Minister.", []string{"2019-07-14"}},
		// UK: a meeting on a weekday after "flew to"
		{"The Foreign Secretary flew to Accra for a meeting on Sunday with President Kwesi Mensa.", []string{"2019-07-14"}},
		// Japan: the nearest is the day before
		{"Foreign Minister Sato Taro arrived in Hanoi for talks Thursday with his counterpart.", []string{"2019-07-11"}},
		// must not fire: the weekday dates the arrival
		{"The envoy arrived in Seoul on Saturday for talks with the Foreign Minister.", []string{"2019-07-06"}},
		// must not fire: no journey
		{"The ministers met for talks Saturday in Seoul.", []string{"2019-07-06"}},
	})
}
