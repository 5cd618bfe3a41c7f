package extract

import (
	"strings"
	"testing"
)

// Round 8: a list of other stories under "Related content" (GOV.UK),
// "Related products" (Canada), "Related stories" or "Related news" ends
// the page below the story; set above the story (Wikinews puts its
// related news there) it is skipped and the story kept. Every text is
// invented.
func TestCleanRelatedListsR8(t *testing.T) {
	tests := []struct {
		name, raw, want, gone string
	}{
		{"GOV.UK related content below the story",
			"Foreign Secretary meets Niger's Foreign Minister\n\nThe Foreign Secretary met Foreign Minister Ali Sani of Niger in London on Monday to discuss trade.\n\nShare this page\nRelated content\nForeign Secretary statement on a ceasefire elsewhere",
			"met Foreign Minister Ali Sani", "ceasefire elsewhere"},
		{"Canadian related products below the release",
			"Minister meets Peruvian counterpart\n\nThe Minister of Foreign Affairs met Foreign Minister Rosa Tello of Peru in Ottawa on Friday to discuss mining.\n\nRelated products\nMinister announces support for a flood appeal",
			"met Foreign Minister Rosa Tello", "flood appeal"},
		{"agency related stories below the story",
			"Envoy in Nairobi\n\nThe envoy met Foreign Minister Ana Ruiz of Kenya in Nairobi on Sunday to discuss the border.\n\nRelated stories\n- Envoy urges talks on another sea",
			"met Foreign Minister Ana Ruiz", "another sea"},
		{"Wikinews related news above the story is skipped",
			"Leaders meet on border\n\nRelated news\n\nThe prime ministers of Laos and Thailand met on Tuesday in Vientiane to discuss their border.\n\nRelated news\n* Another story on the river",
			"The prime ministers of Laos and Thailand met", "Another story on the river"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := clean(tc.raw, "", "", newDateParser())
			if !strings.Contains(d.text, tc.want) {
				t.Errorf("text = %q, want it to contain %q", d.text, tc.want)
			}
			if strings.Contains(d.text, tc.gone) {
				t.Errorf("text = %q, related list %q left in", d.text, tc.gone)
			}
		})
	}
}
