package extract

import "testing"

// TestTopicOfOffice: an office's topic may hold a capitalised region and
// lower-case words joined by "and" ("special envoy for Pacific affairs, N",
// "secretary for foreign affairs and national security N"); the holder's
// name after it is read as after a topic in lower case. Invented names.
func TestTopicOfOffice(t *testing.T) {
	checkOfficeCases(t, []officeCase{
		{name: "wire: a region inside a lower-case topic before the comma",
			outlet: "Wikinews",
			text:   "The United States was represented by Assistant Secretary of State Tom Hale, and China by its special envoy for Pacific affairs, Li Qiang. Japan also sent delegations.",
			want:   map[string]bool{"Li Qiang": true, "Tom Hale": true}},
		{name: "Korean wire: two topics joined by and, then the name",
			outlet: "Yonhap",
			text:   "\"We will seek their support,\" senior presidential secretary for foreign affairs and national security Kim Min-jun told reporters Sunday.",
			want:   map[string]bool{"Kim Min-jun": true}},
		{name: "the lower-case topic as before",
			outlet: "Yonhap",
			text:   "\"We will seek their support,\" senior presidential secretary for foreign affairs Kim Min-jun told reporters Sunday.",
			want:   map[string]bool{"Kim Min-jun": true}},
		{name: "a topic closed by its comma",
			outlet: "Wikinews",
			text:   "China sent its special envoy for climate change, Li Qiang, to the talks in Bonn.",
			want:   map[string]bool{"Li Qiang": true}},
		{name: "a topic that ends in glue names no one",
			outlet: "Wikinews",
			text:   "The special envoy for trade and, Li said, for more, will travel on Monday.",
			want:   map[string]bool{"Li": false}},
	})
}
