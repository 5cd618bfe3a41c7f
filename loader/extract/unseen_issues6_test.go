package extract

import (
	"slices"
	"testing"
)

// TestIssueContestedSeaByItsPlace: contested islets named by their place
// (Dokdo, Takeshima, as Senkaku and the Kurils already are), and a
// contested sea named only by its place is (besides a maritime matter)
// the claims over it ("concerns about the South China Sea", "disputes in
// the East China Sea"), unless the sentence names it only as
// where ships pass or maritime security is kept. Invented sentences in
// several governments' styles.
func TestIssueContestedSeaByItsPlace(t *testing.T) {
	x := newExtractor(t)
	tests := []struct {
		name, text string
		want       []string
	}{
		{"concerns about, first person", "Tomorrow I will raise our concerns about the South China Sea with the Premier.", []string{"maritime-security", "territorial-dispute"}},
		{"disputes in, joint press release", "The two presidents agreed that disputes in the South China Sea should be settled peacefully.", []string{"maritime-security", "territorial-dispute"}},
		{"the situation in, ministerial consultations", "The ministers expressed serious concern about the situation in the East China Sea.", []string{"maritime-security", "regional-security", "territorial-dispute"}},
		{"coercion in, readout", "They also discussed deterring coercion in the East China Sea.", []string{"maritime-security", "territorial-dispute"}},
		{"islets named by their place, Korean style", "The President raised history textbooks and the Dokdo islets.", []string{"territorial-dispute"}},
		{"islands named by their place, Japanese style", "Minister Sato conveyed Japan's position on Takeshima.", []string{"territorial-dispute"}},
		{"freedom of navigation in: passage only", "She stressed freedom of navigation in the South China Sea.", []string{"maritime-security"}},
		{"maritime security in: passage only", "We discussed maritime security in the South China Sea.", []string{"maritime-security"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := issuesOf(x, tc.text); !slices.Equal(got, tc.want) {
				t.Errorf("%q: issues %v, want %v", tc.text, got, tc.want)
			}
		})
	}
}
