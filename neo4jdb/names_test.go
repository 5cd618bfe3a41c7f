package neo4jdb

import "testing"

func ptr(s string) *string { return &s }

func TestOfficialKey(t *testing.T) {
	tests := []struct {
		prefix, name, want string
	}{
		{"US", "Antony J. Blinken", "US:antony blinken"},
		{"US", "Antony Blinken", "US:antony blinken"},
		{"US", "Secretary Blinken", "US:blinken"},
		{"US", "Secretary of State Antony Blinken", "US:antony blinken"},
		{"US", "Mr. Blinken", "US:blinken"},
		{"ES", "Pedro Sánchez", "ES:pedro sanchez"},
		{"ES", "PEDRO SANCHEZ", "ES:pedro sanchez"},
		{"IE", "Dermot O’Brien", "IE:dermot obrien"},
		{"FR", "Jean-Yves Le Drian", "FR:jean yves le drian"},
		{"US", "Martin Luther King Jr.", "US:martin luther king"},
		{"US", "H.E. Dr. Jane Q. Doe", "US:jane doe"},
		{"US", "President", "US:president"},
		{"US", "J.", "US:j"},
		{"US", "...", ""},
		{"united nations", "Secretary-General Ban", "united nations:ban"},
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
	names := []string{"Blinken", "Antony Blinken", "Antony J. Blinken", "Tony Blinken", ""}
	for _, a := range names {
		for _, b := range names {
			if a != b && betterName(a, b) == betterName(b, a) {
				t.Errorf("betterName(%q, %q) and its converse agree", a, b)
			}
		}
	}
	if !betterName("Antony J. Blinken", "Antony Blinken") || !betterName("Antony Blinken", "Blinken") {
		t.Error("the fuller name should win")
	}
}
