package extract

import (
	"testing"

	"github.com/attache-project/attache"
)

// TestRemitStateOfOffice: a state that an office's complement reaches
// through "for" without an "of" of its own is the office's remit, not the
// holder's state ("Assistant Secretary of State for Japan and China",
// "Assistant USTR for Japan and China", a UN envoy "for Timor-Leste");
// "of <state>" after the portfolio still gives the holder's state.
func TestRemitStateOfOffice(t *testing.T) {
	x := newExtractor(t)
	tests := []struct {
		name, outlet, text string
		want               map[string]string // official -> state; "-" for no state
	}{
		{name: "US State: an assistant secretary for two states",
			outlet: "U.S. Department of State",
			text:   "The U.S. delegation to the talks in Tokyo on May 4 included Laura Vale, Assistant Secretary of State for Japan and China, and Vice Foreign Minister Taro Yamada of Japan led the other side.",
			want:   map[string]string{"Laura Vale": "US", "Taro Yamada": "JP"}},
		{name: "USTR: a delegation list with an assistant USTR",
			outlet: "Office of the United States Trade Representative",
			text:   "U.S. Delegation:\n- Dana Lee, Assistant USTR for Japan and China\n\nThe talks with Japan's Vice Minister Kenji Arata opened in Washington on June 26.",
			want:   map[string]string{"Dana Lee": "US"}},
		{name: "wire: a UN envoy for a state serves no state",
			outlet: "Voice of America",
			text:   "The deputy secretary will call on the Special Representative of the UN Secretary-General for Timor-Leste, Mr. Rajan Desai, in Dili on March 16.",
			want:   map[string]string{"Rajan Desai": "-"}},
		{name: "Japan: of <state> after the portfolio is the holder's",
			outlet: "Ministry of Foreign Affairs of Japan",
			text:   "Minister for Foreign Affairs of Japan Taro Yamada met Minister of State for Foreign Affairs of India Ravi Kumar in Tokyo on 3 March.",
			want:   map[string]string{"Taro Yamada": "JP", "Ravi Kumar": "IN"}},
	}
	for _, tc := range tests {
		e := extractText(t, x, attache.Article{ID: "x", Outlet: tc.outlet, Published: "2021-03-04", Text: tc.text})
		for name, state := range tc.want {
			o, ok := officialNamed(e, name)
			if !ok {
				t.Errorf("%s: %s not among %v", tc.name, name, officialNames(e))
				continue
			}
			got := "-"
			if o.Country != nil {
				got = *o.Country
			}
			if got != state {
				t.Errorf("%s: %s has state %s, want %s", tc.name, name, got, state)
			}
		}
	}
}
