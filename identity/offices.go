package identity

// Offices written with a hyphen fold to one word ("Secretary-General" to
// "secretarygeneral", since Fold joins the parts of a hyphenated name),
// so they are leading words of their own. They belong in leadingWords in
// names.go; they are added here while another change to that file is
// under way, and should move there when it lands.
func init() {
	for _, w := range []string{"secretarygeneral", "undersecretary", "vicepresident", "primeminister", "viceminister"} {
		leadingWords[w] = true
	}
}
