package extract

import "testing"

// TestClosingDayOfAGathering: a gathering told at its close ("ended a
// two-day summit on Monday", "after three days of talks") is dated by its
// first day, counted back by the length the text gives; without a length
// a gathering's closing day may be its only day and stays. Invented
// sentences in the styles of wire stories and of European, Kremlin and
// Japanese releases; the reference day 2019-07-10 is a Wednesday.
func TestClosingDayOfAGathering(t *testing.T) {
	p := newDateParser()
	ref := date{2019, 7, 10}
	tests := []dateCase{
		// wire: the place's apposition commas do not cut the clause
		{"Heads of state of the bloc ended a two-day summit in Lome, Togo, on Monday with a communique on transit fees.", []string{"2019-07-07"}},
		{"Leaders of the bloc ended a two-day summit in Lome on Monday.", []string{"2019-07-07"}},
		// wire: the length told as days of talks
		{"The talks concluded late last night after three days of talks in Geneva.", []string{"2019-07-07"}},
		{"The ministers agreed on a roadmap on Tuesday after three days of intensive negotiations.", []string{"2019-07-07"}},
		// wire: the length in a clause after the day's comma
		{"West African heads of state closed their annual summit in Accra, Ghana, on Friday, after three days of talks on the currency union.", []string{"2019-07-03"}},
		// must not fire: "after" a background event, not days of talks
		{"The summit ended on Friday, after a storm closed the airport.", []string{"2019-07-05"}},
		// EU: a written length after the closing verb
		{"The EU-Niger ministerial meeting closed on 9 July after a two-day session in Brussels.", []string{"2019-07-08"}},
		// Kremlin: the noun before the verb
		{"The two-day session of the intergovernmental commission ended on 9 July.", []string{"2019-07-08"}},
		// must not fire: a gathering with no length keeps its day
		{"The summit ended on Monday without agreement.", []string{"2019-07-08"}},
		{"Foreign Minister Ali Sani of Niger and Foreign Minister Femi Tano of Benin concluded their meeting on Monday.", []string{"2019-07-08"}},
		// must not fire: a closing still to come keeps its day
		{"The three-day conference in Accra ends on Friday.", []string{"2019-07-12"}},
		// must not fire: an act that closed the stay is dated by its own day
		{"Foreign Minister Sato Taro wrapped up a three-day tour of Benin on Monday with talks with President Femi Tano.", []string{"2019-07-08"}},
		{"They met on Monday, three days after the summit in Lome, Togo.", []string{"2019-07-08"}},
		// the closing verb of an agreement is not of a gathering
		{"They concluded an agreement on Monday after a long day of talks.", []string{"2019-07-08"}},
	}
	checkFindDates(t, p, ref, tests)
}
