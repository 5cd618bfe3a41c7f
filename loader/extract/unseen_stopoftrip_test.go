package extract

import (
	"testing"

	"github.com/attache-project/attache"
)

// A stop of a journey that names no traveller ("A planned stop in
// Conakry on Sunday has been postponed", "A stop in Quito ... was called
// off") is a stop of the trip told before it: it takes that trip's
// travellers, not the hosts they met; a stop told with its own traveller
// keeps them.
func TestUnseenStopOfTrip(t *testing.T) {
	x := newExtractor(t)
	tests := []struct {
		name, text string
		want       []string // meetingKeys
	}{
		{"UK release: a planned stop postponed",
			"Foreign Secretary Ana Lu of the United Kingdom visited Ghana on Monday and travels on to Lome today. A planned stop in Conakry on Sunday has been postponed because of the security situation.",
			[]string{"Ana Lu|GB-GH", "Ana Lu|GB-GN", "Ana Lu|GB-TG"}},
		{"Korean release: a stop called off",
			"Prime Minister Kim Dae-ho of Korea will visit Peru and Chile next week. A stop in Quito that had been planned for May 15 was called off this week.",
			[]string{"Kim Dae-ho|CL-KR", "Kim Dae-ho|EC-KR", "Kim Dae-ho|KR-PE"}},
		{"US release: the traveller, not the host met",
			"Secretary of State Jane Roe of the United States travelled to Lima on Monday, where she met President Rui Paz of Peru. A stop in Quito is planned for Wednesday.",
			[]string{"Jane Roe+Rui Paz|PE-US", "Jane Roe|EC-US"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			e := extractText(t, x, attache.Article{ID: "t", Published: attache.Date("2021-06-02"), Text: tc.text})
			wantAmongMeetingKeys(t, e, tc.want)
		})
	}
}

// With no trip told before, a stop without a traveller stays no one's.
func TestUnseenStopWithoutTrip(t *testing.T) {
	x := newExtractor(t)
	wantMeetingKeys(t, x, "2021-06-02", "President Rui Paz of Ecuador met President Rosa Tello of Chile in Quito on Monday. A stop in Lima was called off.",
		[]string{"Rosa Tello+Rui Paz|CL-EC"})
}
