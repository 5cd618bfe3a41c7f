package extract

import (
	"testing"

	"github.com/attache-project/attache"
)

// In a government's own release, "the Prime Minister" (or "the
// President", "the Foreign Minister") named without a person is that
// government's own holder, even when the only holder of that office the
// release names is the foreign counterpart: the engagement then has the
// release's state as a party. Where the release names its own holder, or
// the office is the foreign one's by its state, nothing changes.
func TestR9OwnUnnamedOfficeIsReleaseState(t *testing.T) {
	x := newExtractor(t)
	tests := []struct {
		name, outlet, text string
		want               []string // meetingKeys
	}{
		{"UK readout: the Prime Minister spoke to a foreign prime minister",
			"UK Prime Minister's Office, 10 Downing Street",
			"PM call with Prime Minister Lenn of Fiji\n\nThe Prime Minister spoke to Prime Minister Ivo Lenn of Fiji this morning. The leaders discussed climate finance and agreed to stay in close contact.",
			[]string{"Ivo Lenn|FJ-GB"}},
		{"Australian release: the Prime Minister met a foreign prime minister",
			"Prime Minister of Australia (media release)",
			"Meeting with Prime Minister of Tonga\n\nThe Prime Minister met Prime Minister Sione Vake of Tonga in Canberra today. They discussed labour mobility and maritime surveillance.",
			[]string{"Sione Vake|AU-TO"}},
		{"Kremlin: the President received a foreign president",
			"President of Russia (Kremlin, official website)",
			"Meeting with President of Mali\n\nThe President held talks with President Musa Keita of Mali in the Kremlin. The two presidents discussed trade and security in the Sahel.",
			[]string{"Musa Keita|ML-RU"}},
		{"UK readout naming its own head: the Prime Minister stays hers",
			"UK Prime Minister's Office, 10 Downing Street",
			"Prime Minister Ana Lu of the United Kingdom spoke to Prime Minister Ivo Lenn of Fiji this morning. The Prime Minister thanked him for his leadership on climate.",
			[]string{"Ana Lu+Ivo Lenn|FJ-GB"}},
		{"wire story: no release of its own, the prime minister is the one named",
			"",
			"Prime Minister Ivo Lenn of Fiji met President Rui Paz of Ecuador in Quito on Monday. The Prime Minister later visited a port.",
			[]string{"Ivo Lenn+Rui Paz|EC-FJ"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			e := extractText(t, x, attache.Article{ID: "t", Published: "2021-06-02", Outlet: tc.outlet, Text: tc.text})
			wantAmongMeetingKeys(t, e, tc.want)
		})
	}
}
