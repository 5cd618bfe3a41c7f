package neo4jdb

import "testing"

func ptr(s string) *string { return &s }

func TestOfficialKey(t *testing.T) {
	tests := []struct {
		prefix, name, want string
	}{
		{"US", "Antonia J. Velmont", "US:antonia velmont"},
		{"US", "Antonia Velmont", "US:antonia velmont"},
		{"US", "Secretary Velmont", "US:velmont"},
		{"US", "Secretary of State Antonia Velmont", "US:antonia velmont"},
		{"US", "Mr. Velmont", "US:velmont"},
		{"ES", "Pablo Sáenz", "ES:pablo saenz"},
		{"ES", "PABLO SAENZ", "ES:pablo saenz"},
		{"IE", "Dermot O’Harran", "IE:dermot oharran"},
		{"FR", "Jean-Marc Le Bastide", "FR:bastide jeanmarc"},
		{"US", "Walter Lee Ransom Jr.", "US:ransom walter"},
		{"US", "H.E. Dr. Jane Q. Doe", "US:doe jane"},
		{"JP", "Taro Yamada", "JP:taro yamada"},
		{"JP", "YAMADA Taro", "JP:taro yamada"},
		{"US", "Joe Roe", "US:joseph roe"},
		{"US", "Joseph Robinette Roe", "US:joseph roe"},
		{"OM", "Sayyid Hamad al-Sani", "OM:alsani sayyid"},
		{"OM", "Sayyid Hamad Alsani", "OM:alsani sayyid"},
		{"US", "President", "US:president"},
		{"US", "J.", "US:j"},
		{"US", "...", ""},
		{"united nations", "Secretary-General Tanaka", "united nations:tanaka"},
	}
	for _, tt := range tests {
		if got := officialKey(tt.prefix, tt.name); got != tt.want {
			t.Errorf("officialKey(%q, %q) = %q, want %q", tt.prefix, tt.name, got, tt.want)
		}
	}
}

func TestOfficialPrefix(t *testing.T) {
	tests := []struct {
		country *string
		org     string
		want    string
	}{
		{ptr("us"), "", "US"},
		{ptr(" GB "), "NATO", "GB"},
		{nil, "United Nations", "united nations"},
		{ptr(""), "NATO", "nato"},
		{nil, "", "unknown"},
	}
	for _, tt := range tests {
		if got := officialPrefix(tt.country, tt.org); got != tt.want {
			t.Errorf("officialPrefix(%v, %q) = %q, want %q", tt.country, tt.org, got, tt.want)
		}
	}
}

func TestBetterNameIsATotalOrder(t *testing.T) {
	names := []string{"Velmont", "Antonia Velmont", "Antonia J. Velmont", "Toni Velmont", ""}
	for _, a := range names {
		for _, b := range names {
			if a != b && betterName(a, b) == betterName(b, a) {
				t.Errorf("betterName(%q, %q) and its converse agree", a, b)
			}
		}
	}
	if !betterName("Antonia J. Velmont", "Antonia Velmont") || !betterName("Antonia Velmont", "Velmont") {
		t.Error("the fuller name should win")
	}
}
