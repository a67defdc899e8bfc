-- storygraph knowledge base (SQLite). One row per article, actor, mention, description, quote and time;
-- `entities` are the cross-article identities actors resolve to. Opens as is in Datasette and DuckDB.
PRAGMA journal_mode = WAL;

CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT);

CREATE TABLE IF NOT EXISTS articles (
  id TEXT PRIMARY KEY,          -- the Story id
  url TEXT, title TEXT,
  date TEXT,                    -- ISO prefix as given: 2023-09 or 2023-09-12
  lang TEXT, source TEXT,
  text TEXT NOT NULL,           -- every offset in the other tables indexes this text
  content_hash TEXT NOT NULL,   -- re-ingesting the same text is a no-op
  story TEXT NOT NULL,          -- the whole Story JSON (schema storygraph/1)
  ingested_at TEXT NOT NULL
);

CREATE TABLE IF NOT EXISTS entities (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,           -- the fullest name seen
  kind TEXT NOT NULL,           -- person | organization | country | group
  iso TEXT,                     -- ISO 3166-1 alpha-2 for countries
  key TEXT NOT NULL             -- folded name used to match mentions across articles
);
CREATE INDEX IF NOT EXISTS entities_key ON entities(kind, key);
CREATE INDEX IF NOT EXISTS entities_by_key ON entities(key);

CREATE TABLE IF NOT EXISTS actors (
  article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  actor_id TEXT NOT NULL, entity_id INTEGER REFERENCES entities(id),
  name TEXT NOT NULL, kind TEXT NOT NULL, mentions INTEGER NOT NULL,
  PRIMARY KEY (article_id, actor_id)
);
CREATE INDEX IF NOT EXISTS actors_entity ON actors(entity_id);

CREATE TABLE IF NOT EXISTS mentions (
  article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  actor_id TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS mentions_article ON mentions(article_id);

CREATE TABLE IF NOT EXISTS descriptions (
  article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  actor_id TEXT NOT NULL, entity_id INTEGER,
  text TEXT NOT NULL, role TEXT, org TEXT, start INTEGER, "end" INTEGER, date TEXT
);
CREATE INDEX IF NOT EXISTS descriptions_entity ON descriptions(entity_id);

CREATE TABLE IF NOT EXISTS quotes (
  rowid INTEGER PRIMARY KEY,
  article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  quote_id TEXT NOT NULL, type TEXT NOT NULL,
  content TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
  speaker TEXT, speaker_actor_id TEXT, speaker_entity_id INTEGER, speaker_name TEXT,
  cue TEXT, cue_lemma TEXT, date TEXT,   -- when it was said: the quote's time, else the article date
  UNIQUE (article_id, quote_id)
);
CREATE INDEX IF NOT EXISTS quotes_entity ON quotes(speaker_entity_id);
CREATE INDEX IF NOT EXISTS quotes_date ON quotes(date);

CREATE TABLE IF NOT EXISTS times (
  article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  time_id TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL,
  type TEXT NOT NULL, value TEXT, earliest TEXT, latest TEXT
);
CREATE INDEX IF NOT EXISTS times_article ON times(article_id);

CREATE TABLE IF NOT EXISTS failures (
  id TEXT PRIMARY KEY, source TEXT, reason TEXT NOT NULL, at TEXT NOT NULL
);

CREATE VIRTUAL TABLE IF NOT EXISTS quotes_fts USING fts5(content, speaker_name, content='quotes', content_rowid='rowid',
                                                         tokenize='unicode61 remove_diacritics 2');
CREATE VIRTUAL TABLE IF NOT EXISTS articles_fts USING fts5(id UNINDEXED, title, text, tokenize='unicode61 remove_diacritics 2');

CREATE TRIGGER IF NOT EXISTS quotes_ai AFTER INSERT ON quotes BEGIN
  INSERT INTO quotes_fts(rowid, content, speaker_name) VALUES (new.rowid, new.content, new.speaker_name);
END;
CREATE TRIGGER IF NOT EXISTS quotes_ad AFTER DELETE ON quotes BEGIN
  INSERT INTO quotes_fts(quotes_fts, rowid, content, speaker_name) VALUES ('delete', old.rowid, old.content, old.speaker_name);
END;

-- Who did what to whom (PLOVER) and the figures claimed, each pointing back to its article's characters.
CREATE TABLE IF NOT EXISTS events (
  article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  event_id TEXT NOT NULL, type TEXT NOT NULL, quad TEXT NOT NULL, mode TEXT,
  trigger TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
  status TEXT NOT NULL,          -- asserted | future | hypothetical | negated
  date TEXT,                     -- the event's time value, else the article date
  place TEXT, quote_id TEXT, reported_by TEXT,
  PRIMARY KEY (article_id, event_id)
);
CREATE INDEX IF NOT EXISTS events_date ON events(date);

CREATE TABLE IF NOT EXISTS event_parties (
  article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  event_id TEXT NOT NULL, role TEXT NOT NULL,   -- actor | recipient
  actor_id TEXT, entity_id INTEGER, name TEXT NOT NULL, start INTEGER, "end" INTEGER
);
CREATE INDEX IF NOT EXISTS event_parties_entity ON event_parties(entity_id);
CREATE INDEX IF NOT EXISTS event_parties_event ON event_parties(article_id, event_id);

CREATE TABLE IF NOT EXISTS figures (
  article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  figure_id TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL,
  value REAL, unit TEXT, approx INTEGER NOT NULL, about TEXT, date TEXT,
  source TEXT, source_entity_id INTEGER, quote_id TEXT,
  PRIMARY KEY (article_id, figure_id)
);
CREATE INDEX IF NOT EXISTS figures_source ON figures(source_entity_id);

-- Derived after each ingest run (KnowledgeBase.settle): every name an entity goes by, calendar dates of facts
-- and the outlet of each article. Rebuilt from the tables above, never edited by hand.
CREATE TABLE IF NOT EXISTS entity_names (
  entity_id INTEGER NOT NULL, name TEXT NOT NULL,
  key TEXT NOT NULL,            -- folded, spelling-keyed words of the name
  actors INTEGER NOT NULL       -- how many actors carry this name
);
CREATE INDEX IF NOT EXISTS entity_names_entity ON entity_names(entity_id);

CREATE TABLE IF NOT EXISTS fact_dates (
  kind TEXT NOT NULL,           -- quote | event | figure
  article_id TEXT NOT NULL, fact_id TEXT NOT NULL,
  day TEXT,                     -- first calendar day the fact's date covers (YYYY-MM-DD); NULL: no calendar date at all
  day_end TEXT,                 -- last day it covers
  precision TEXT,               -- day | week | month | season | quarter | half | year | decade | century
  dated_by TEXT,                -- 'text' (the article says when) | 'article' (the article's own date stands in)
  PRIMARY KEY (kind, article_id, fact_id)
);
CREATE INDEX IF NOT EXISTS fact_dates_day ON fact_dates(kind, day);

CREATE TABLE IF NOT EXISTS article_info (
  article_id TEXT PRIMARY KEY,
  outlet TEXT,                  -- the site of the article URL (www. removed), NULL without one
  day TEXT, day_end TEXT, precision TEXT,  -- the article's date as calendar days
  fts INTEGER,                  -- its rowid in articles_fts (text search reads no article row)
  headline TEXT                 -- its title, else the opening of its text
);
CREATE INDEX IF NOT EXISTS article_info_headline ON article_info(headline);
CREATE INDEX IF NOT EXISTS article_info_fts ON article_info(fts);
CREATE INDEX IF NOT EXISTS article_info_outlet ON article_info(outlet);
CREATE INDEX IF NOT EXISTS article_info_day ON article_info(day);

CREATE TABLE IF NOT EXISTS entity_stats (
  entity_id INTEGER PRIMARY KEY,
  articles INTEGER NOT NULL, quotes INTEGER NOT NULL, events INTEGER NOT NULL,
  first_day TEXT, last_day TEXT  -- the span of the articles it appears in
);
CREATE INDEX IF NOT EXISTS entity_stats_articles ON entity_stats(articles);

-- One row per quote with what search filters, sorts and counts on, keyed by the quote's rowid (derived at settle).
CREATE TABLE IF NOT EXISTS quote_search (
  qid INTEGER PRIMARY KEY,      -- quotes.rowid
  speaker INTEGER,              -- the speaker's entity
  named INTEGER NOT NULL,       -- 1 when that entity is known across articles (a name, not a description)
  type TEXT NOT NULL, outlet TEXT,
  day TEXT, day_end TEXT, precision TEXT, dated_by TEXT, year TEXT
);
CREATE INDEX IF NOT EXISTS quote_search_day ON quote_search(day);
CREATE INDEX IF NOT EXISTS quote_search_speaker ON quote_search(speaker, day);
CREATE INDEX IF NOT EXISTS quote_search_outlet ON quote_search(outlet, day);
CREATE INDEX IF NOT EXISTS quote_search_type ON quote_search(type, day);
CREATE INDEX IF NOT EXISTS quote_search_year ON quote_search(year);

-- Quotes counted per calendar month and facet value (derived at settle): the count and facets of a search
-- filtered by dates alone are sums over months, whatever the size of the knowledge base.
CREATE TABLE IF NOT EXISTS quote_months (
  month TEXT NOT NULL,          -- YYYY-MM, or '' for quotes with no calendar date
  facet TEXT NOT NULL,          -- all | speaker | outlet | type | year
  value TEXT, count INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS quote_months_facet ON quote_months(facet, month);
