// Attaché's Neo4j schema. Every statement is idempotent (IF NOT EXISTS), so
// the store applies this file on every start. Statements end with a
// semicolon; comment lines start with two slashes and must not hold one.

// Node keys. Each uniqueness constraint is also the index that MERGE uses.
CREATE CONSTRAINT article_id IF NOT EXISTS FOR (n:Article) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT official_id IF NOT EXISTS FOR (n:Official) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT country_code IF NOT EXISTS FOR (n:Country) REQUIRE n.code IS UNIQUE;
CREATE CONSTRAINT meeting_id IF NOT EXISTS FOR (n:Meeting) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT issue_id IF NOT EXISTS FOR (n:Issue) REQUIRE n.id IS UNIQUE;

// Write locks of the loader: a save MERGEs a Lock node by key and deletes
// it in the same statement; the constraint makes a concurrent save of the
// same key wait until the first commits. No Lock node outlives its
// transaction.
CREATE CONSTRAINT lock_key IF NOT EXISTS FOR (n:Lock) REQUIRE n.key IS UNIQUE;

// Filters and sorts of the API.
CREATE INDEX meeting_date IF NOT EXISTS FOR (n:Meeting) ON (n.date);
CREATE INDEX meeting_kind IF NOT EXISTS FOR (n:Meeting) ON (n.kind);
CREATE INDEX meeting_status IF NOT EXISTS FOR (n:Meeting) ON (n.status);
CREATE INDEX official_name IF NOT EXISTS FOR (n:Official) ON (n.name);
CREATE INDEX official_level IF NOT EXISTS FOR (n:Official) ON (n.level);
CREATE INDEX article_published IF NOT EXISTS FOR (n:Article) ON (n.published);
CREATE INDEX article_outlet IF NOT EXISTS FOR (n:Article) ON (n.outlet);
CREATE INDEX article_text_hash IF NOT EXISTS FOR (n:Article) ON (n.textHash);
CREATE INDEX country_name IF NOT EXISTS FOR (n:Country) ON (n.name);

// The loader looks for the officials of one person key under every state
// (an article may get a person's state wrong): the id after the state.
CREATE INDEX official_person_key IF NOT EXISTS FOR (n:Official) ON (n.personKey);

// The loader looks for meetings an incoming report may describe by their
// participating countries (sorted codes joined by commas).
CREATE INDEX meeting_country_key IF NOT EXISTS FOR (n:Meeting) ON (n.countryKey);

// Search box: official names, aliases and titles, country names and codes,
// issue labels, article titles.
CREATE FULLTEXT INDEX attache_search IF NOT EXISTS FOR (n:Official|Country|Issue|Article) ON EACH [n.name, n.aliases, n.title, n.label, n.code];

// The loader looks for the officials of a state whose two-word key ends
// with a given word (official.go, officialsWithWord): the state and that
// word ("US:yamada" for "US:taro yamada").
CREATE INDEX official_name_tail IF NOT EXISTS FOR (n:Official) ON (n.nameTail);
