package extract

import "testing"

// TestEnvoyForNamedRegion: an envoy or special representative sent to a
// region the lexicon does not know, named by capitalised words with or
// without "region" after them, is the office of the name set off after
// the comma; a private body's envoy is not.
func TestEnvoyForNamedRegion(t *testing.T) {
	checkOfficeCases(t, []officeCase{
		{name: "wire: a UN envoy for a region, wire spelling of UN",
			outlet: "Voice of America",
			text:   "The U-N special envoy for the Great Lakes region, Amadou Keita, said in New York on Monday that the region faced a war of many armies.",
			want:   map[string]bool{"Amadou Keita": true}},
		{name: "US: a state's envoy to a basin",
			outlet: "U.S. Department of State",
			text:   "Washington's envoy to the Lake Chad Basin, Tom Reed, met President Ali Sani of Niger in Niamey on Tuesday.",
			want:   map[string]bool{"Tom Reed": true, "Ali Sani": true}},
		{name: "EU: a special representative for a region",
			outlet: "European External Action Service",
			text:   "The EU Special Representative for the Horn region, Ana Vell, met Foreign Minister Peter Otieno of Kenya in Nairobi on Friday.",
			want:   map[string]bool{"Ana Vell": true, "Peter Otieno": true}},
		{name: "wire: a firm's envoy for a region is no official",
			outlet: "Reuters",
			text:   "The envoy for the Great Lakes Shipping Company, Paul Hale, said catches had fallen. Foreign Minister Peter Otieno of Kenya met Foreign Minister Ali Sani of Niger on Monday.",
			want:   map[string]bool{"Paul Hale": false, "Peter Otieno": true}},
	})
}
