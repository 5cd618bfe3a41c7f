package extract

import "testing"

// TestOfficeNotThere: general knowledge of offices overrules a state read
// off the words around a person. A monarchy has no president, a
// presidential republic no prime minister, the US no ministers; and a
// state whose one seat of an office another person holds by the text's
// own word is not the unmarked holder's, who is then the publisher's own.
func TestOfficeNotThere(t *testing.T) {
	checkStateCases(t, []stateCase{
		{name: "a monarchy's release: the president is the guest's", outlet: "Ministry of Foreign Affairs of Japan",
			text: "Foreign Minister Taro Ando met Mr. Ramon Cruz, Secretary of Foreign Affairs of the Philippines, in Tokyo on March 3. " +
				"The two ministers reviewed maritime cooperation between Japan and the Philippines. " +
				"Secretary Cruz conveyed a message from President Elena Bautista.",
			want: map[string]string{"Taro Ando": "JP", "Ramon Cruz": "PH", "Elena Bautista": "PH"}},
		{name: "the other vice president is the publisher's", outlet: "The White House",
			text: "During the visit Vice President Tom Hale will co-chair with Ghana's Vice President Ama Owusu a meeting of the U.S.-Ghana commission in Accra.",
			want: map[string]string{"Tom Hale": "US", "Ama Owusu": "GH"}},
		{name: "the guest's foreign minister holds the seat", outlet: "Ministry of Foreign Affairs of Japan",
			text: "On May 2, Foreign Minister Ken Mori received a courtesy call from Mr. Jone Rabuka, Minister for Foreign Affairs of Fiji. " +
				"Minister Mori welcomed the visit and noted Japan's ties with Fiji.",
			want: map[string]string{"Ken Mori": "JP", "Jone Rabuka": "FJ"}},
	})
}
