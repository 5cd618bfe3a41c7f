package identity

import "strings"

// Transliteration variants. A name written in another script reaches
// English text through several romanisations: Russian Сергей is "Sergey"
// (BGN/PCGN), "Sergei" (most English-language press), "Sergej" (ISO 9,
// German, Czech and Scandinavian usage) and "Serguei" (French); Arabic
// محمد is "Mohammed" (British usage), "Muhammad" (scholarly), "Mohamed"
// (Egyptian and French usage) and "Mohammad" (Levantine and Persian
// usage). Each group below holds spellings of ONE name in ONE language,
// its first element the form a key uses; forms that are other names
// (Ivana, Alexandra, Mario), other languages' names of the same origin
// (Ukrainian Serhiy beside Russian Sergey, Turkish Mehmet beside
// Mohammed, Greek Dimitri beside Dmitry) and forms of several names are
// left out, so that two people are never made one by a spelling. Korean
// given-name syllables are left out on purpose: "Jong" and "Jung" are
// different syllables in Revised Romanization (종, 정), while North Korean
// usage writes 정 as "Jong", so no rule folds them without joining
// different people.
var spellingGroups = [][]string{
	// Russian: й as y/i/j, -ий as -y/-i/-iy/-ii/-ij, е as e/ye, х as kh/h.
	{"sergey", "sergei", "sergej", "serguei"},
	{"dmitry", "dmitri", "dmitriy", "dmitrii", "dmitrij"},
	{"yury", "yuri", "yuriy", "yurii", "iurii", "jurij"},
	{"alexey", "alexei", "aleksey", "aleksei", "alexej", "aleksej"},
	{"andrey", "andrei", "andrej"},
	{"nikolay", "nikolai", "nikolaj"},
	{"yevgeny", "evgeny", "yevgeni", "evgeni", "yevgeniy", "evgeniy", "evgenii", "jewgeni"},
	{"vasily", "vasili", "vasiliy", "vasilii", "vassily"},
	{"anatoly", "anatoli", "anatoliy", "anatolii"},
	{"vitaly", "vitali", "vitaliy", "vitalii"},
	{"valery", "valeri", "valeriy", "valerii"},
	{"gennady", "gennadi", "gennadiy", "gennadii"},
	{"grigory", "grigori", "grigoriy", "grigorii"},
	{"georgy", "georgiy", "georgii"},
	{"arkady", "arkadi", "arkadiy", "arkadii"},
	{"aleksandr", "alexandr"},
	{"maxim", "maksim"},
	{"pyotr", "petr"},
	{"fyodor", "fedor", "feodor"},
	{"artyom", "artem", "artiom"},
	{"yegor", "egor"},
	{"yelena", "elena"},
	{"yekaterina", "ekaterina"},
	{"tatyana", "tatiana", "tatjana"},
	{"natalya", "natalia", "natalja"},
	{"yuliya", "yulia", "iuliia"},
	{"mariya", "maria"},
	// Ukrainian: и as y, ій as -iy/-ii/-iy/-ij (the national system of 2010
	// writes -ii, older usage -iy).
	{"serhiy", "serhii", "serhij"},
	{"oleksiy", "oleksii", "oleksij"},
	{"andriy", "andrii", "andrij"},
	{"heorhiy", "heorhii"},
	{"hennadiy", "hennadii"},
	// Arabic: vowels written u/o and a/e, doubled consonants written once,
	// ج written g in Egyptian usage.
	{"mohammed", "muhammad", "mohammad", "mohamed", "muhammed", "mohamad", "muhamad"},
	{"ahmed", "ahmad"},
	{"mahmoud", "mahmud", "mahmood"},
	{"hussein", "husain", "hussain", "husayn"},
	{"hassan", "hasan"},
	{"youssef", "yousef", "yusuf", "youssouf", "yousif"},
	{"omar", "umar"},
	{"osama", "usama"},
	{"khaled", "khalid"},
	{"faisal", "faysal", "feisal"},
	{"walid", "waleed"},
	{"jamal", "gamal"},
}

// spellings maps each variant spelling of a name to the first spelling of
// its group.
var spellings = func() map[string]string {
	m := map[string]string{}
	for _, group := range spellingGroups {
		for _, v := range group[1:] {
			if v != group[0] {
				m[v] = group[0]
			}
		}
	}
	return m
}()

// abdPrefixes are the romanisations of Arabic 'Abd al- ("servant of"),
// the first part of many names: "Abdel Aziz", "Abd el-Aziz", "Abdulaziz",
// "Abdolreza" (Persian usage). The joined word is written with "abdul".
var abdPrefixes = []string{"abdel", "abdal", "abdol", "abdoul"}

// slavicEndings are the romanisations of the Russian and Ukrainian
// adjectival surname ending -ский / -ський: "-sky" (English press),
// "-skiy" (BGN/PCGN), "-skii" (Library of Congress), "-skij" (ISO 9,
// German and Czech usage), "-skyi" (Ukrainian national system) and
// "-skyy" (a doubled final y, common Ukrainian usage). They are written
// "-sky". The Polish ending "-ski" is a spelling of its own, and is kept.
var slavicEndings = []string{"skiy", "skii", "skij", "skyi", "skyy"}

// Spelling is the form a person key uses for one folded word of a name:
// a variant romanisation of a given name in its group's form ("sergei" is
// "sergey", "muhammad" is "mohammed"), the Slavic surname endings as
// "-sky" ("ostrovskiy" is "ostrovsky"), a doubled final y once, and the
// Arabic 'Abd al- as "abdul" ("abdelaziz" is "abdulaziz"). Any other word
// is returned as it is.
func Spelling(word string) string {
	if s, ok := spellings[word]; ok {
		return s
	}
	for _, p := range abdPrefixes {
		if rest, ok := strings.CutPrefix(word, p); ok && rest != "" {
			return "abdul" + rest
		}
	}
	for _, e := range slavicEndings {
		if stem, ok := strings.CutSuffix(word, e); ok && len(stem) >= 2 {
			return stem + "sky"
		}
	}
	if strings.HasSuffix(word, "yy") && len(word) > 3 {
		return word[:len(word)-1]
	}
	return word
}
