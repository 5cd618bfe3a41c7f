package extract

import "testing"

func TestTaxonomyIsLabelled(t *testing.T) {
	tax := newExtractor(t).Taxonomy()
	if len(tax) < 10 {
		t.Fatalf("only %d issues in the taxonomy", len(tax))
	}
	seen := map[string]bool{}
	for _, is := range tax {
		if is.ID == "" || is.Label == "" || is.Description == "" || seen[is.ID] {
			t.Errorf("issue %+v: want a unique id, a label and a description", is)
		}
		seen[is.ID] = true
	}
}
