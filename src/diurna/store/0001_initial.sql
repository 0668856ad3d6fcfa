-- diurna store, schema version 1: coded articles, their events and quotes, inputs that were
-- skipped, merged events (one row per real-world happening) and a full-text index.
-- Dates are TEXT 'YYYY-MM-DD', times TEXT 'YYYY-MM-DDTHH:MM:SSZ' (UTC), booleans INTEGER 0/1,
-- character offsets INTEGER into articles.text. Applied by diurna.store.schema in one transaction.

CREATE TABLE articles (
    id            TEXT PRIMARY KEY,      -- given id or content hash of the input
    origin        TEXT NOT NULL,         -- where the input came from ("file.jsonl:12")
    title         TEXT,
    date          TEXT,                  -- publication date
    source        TEXT,                  -- outlet
    url           TEXT,
    text          TEXT NOT NULL,         -- the coded text; all offsets point into it
    text_complete INTEGER NOT NULL,      -- 0: only the coded sentences, placed at their offsets
    text_changed  INTEGER NOT NULL,      -- 1: cleaning changed the input text (HTML)
    num_events    INTEGER NOT NULL,
    num_quotes    INTEGER NOT NULL,
    simhash       INTEGER,               -- 64-bit simhash of the text (signed), set by merge
    duplicate_of  TEXT,                  -- earliest near-duplicate article (same wire story)
    stored_at     TEXT NOT NULL
);
-- No index on articles.date or .source: queries select events (by the event date) and fetch
-- their article by id; an index no query uses only slows every write.

CREATE TABLE events (
    event_id       TEXT NOT NULL,        -- content hash (article, sentence, trigger, dyad, code)
    article_id     TEXT NOT NULL REFERENCES articles (id),
    event_index    INTEGER NOT NULL,     -- position among the article's events
    date           TEXT,                 -- day of the event; NULL when the text pins none
    date_precision TEXT,
    source_code    TEXT NOT NULL,
    source_country TEXT,                 -- country part of source_code (NULL for IGO/NGO)
    source_text    TEXT NOT NULL,
    source_start   INTEGER NOT NULL,
    source_end     INTEGER NOT NULL,
    target_code    TEXT,
    target_country TEXT,
    target_text    TEXT,
    target_start   INTEGER,
    target_end     INTEGER,
    cameo          TEXT NOT NULL,
    base_code      TEXT NOT NULL,        -- first three digits of cameo
    root           TEXT NOT NULL,
    quad_class     INTEGER NOT NULL,
    goldstein      REAL NOT NULL,
    plover         TEXT,
    sentence_index INTEGER NOT NULL,
    sentence_start INTEGER NOT NULL,
    sentence_end   INTEGER NOT NULL,
    sentence_text  TEXT NOT NULL,
    trigger_text   TEXT NOT NULL,
    trigger_start  INTEGER NOT NULL,
    trigger_end    INTEGER NOT NULL,
    place          TEXT,                 -- where the event happened
    country        TEXT,                 -- ISO 3166-1 alpha-3 of the place
    lat            REAL,
    lon            REAL,
    geonames_id    INTEGER,              -- GeoNames id of the place
    negated        INTEGER NOT NULL,
    confidence     REAL NOT NULL,
    rule           TEXT NOT NULL,        -- the lexicon line that fired
    quote_index    INTEGER               -- the article's quote the event was coded from
);
-- event_id is unique through an index rather than a PRIMARY KEY so that a bulk load can
-- drop it and build it once at the end (diurna.store.sqlite, Store.bulk).
CREATE UNIQUE INDEX events_event_id ON events (event_id);
CREATE INDEX events_article ON events (article_id);
CREATE INDEX events_date ON events (date);
CREATE INDEX events_source ON events (source_code, date);
CREATE INDEX events_target ON events (target_code, date) WHERE target_code IS NOT NULL;
CREATE INDEX events_cameo ON events (cameo, date);
CREATE INDEX events_country ON events (country, root, date) WHERE country IS NOT NULL;
CREATE INDEX events_place ON events (lat, lon) WHERE lat IS NOT NULL;

CREATE TABLE quotes (
    quote_id      TEXT NOT NULL,         -- hash of article id and offsets
    article_id    TEXT NOT NULL REFERENCES articles (id),
    quote_index   INTEGER NOT NULL,
    speaker_code  TEXT,
    speaker_text  TEXT,
    speaker_start INTEGER,
    speaker_end   INTEGER,
    text          TEXT NOT NULL,         -- the quoted words, without quote marks
    quote_start   INTEGER NOT NULL,
    quote_end     INTEGER NOT NULL,
    direct        INTEGER NOT NULL
);
CREATE UNIQUE INDEX quotes_quote_id ON quotes (quote_id);
CREATE INDEX quotes_article ON quotes (article_id);

-- Every actor mention of an event (its source and its target), one row each.
CREATE VIEW actor_mentions AS
SELECT event_id, article_id, 'source' AS role, source_code AS code, source_country AS country,
       source_text AS text, source_start AS char_start, source_end AS char_end, date
FROM events
UNION ALL
SELECT event_id, article_id, 'target', target_code, target_country, target_text,
       target_start, target_end, date
FROM events WHERE target_code IS NOT NULL;

CREATE TABLE skipped (
    origin     TEXT PRIMARY KEY,
    article_id TEXT,
    reason     TEXT NOT NULL,
    stored_at  TEXT NOT NULL
);

CREATE TABLE merged_events (
    merged_id      TEXT PRIMARY KEY,     -- event_id of the earliest-reported member
    event_id       TEXT NOT NULL REFERENCES events (event_id),  -- representative member
    article_id     TEXT NOT NULL REFERENCES articles (id),      -- its article
    date           TEXT,                 -- earliest member date
    last_date      TEXT,                 -- latest member date
    source_code    TEXT NOT NULL,
    source_country TEXT,
    target_code    TEXT,
    target_country TEXT,
    cameo          TEXT NOT NULL,
    base_code      TEXT NOT NULL,
    root           TEXT NOT NULL,
    quad_class     INTEGER NOT NULL,
    goldstein      REAL NOT NULL,
    plover         TEXT,
    place          TEXT,
    country        TEXT,
    lat            REAL,
    lon            REAL,
    geonames_id    INTEGER,
    num_mentions   INTEGER NOT NULL,     -- member events
    num_sources    INTEGER NOT NULL,     -- independent outlets (a republished story counts once)
    num_articles   INTEGER NOT NULL,     -- distinct articles
    first_report   TEXT,                 -- earliest publication date among members
    last_report    TEXT,
    is_root_event  INTEGER NOT NULL,     -- 1 if some member is an article's first sentence
    confidence     REAL NOT NULL         -- highest member confidence
);
CREATE INDEX merged_date ON merged_events (date);
CREATE INDEX merged_source ON merged_events (source_code, date);
CREATE INDEX merged_target ON merged_events (target_code, date) WHERE target_code IS NOT NULL;
CREATE INDEX merged_cameo ON merged_events (cameo, date);
CREATE INDEX merged_country ON merged_events (country, root, date) WHERE country IS NOT NULL;
CREATE INDEX merged_place ON merged_events (lat, lon) WHERE lat IS NOT NULL;

CREATE TABLE merged_members (
    event_id   TEXT PRIMARY KEY REFERENCES events (event_id),
    merged_id  TEXT NOT NULL REFERENCES merged_events (merged_id),
    article_id TEXT NOT NULL REFERENCES articles (id)
);
CREATE INDEX merged_members_merged ON merged_members (merged_id);

CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
INSERT INTO meta (key, value) VALUES ('data_version', '0'), ('merged_version', '0');

-- Full-text index (FTS5, porter stemming) of article titles and texts, kept in step by triggers.
-- Sentences, quotes and trigger words are spans of the article text, so searching the articles
-- finds them without indexing the same words twice (an article stored without its full text
-- keeps only its coded sentences, at their offsets).
-- hashsize: terms buffered in memory before FTS5 writes a segment (its default is 1 MB). Fewer,
-- larger segments need less merging: rebuilding articles_fts for 1M benchmark events took 4-6 s
-- of CPU at 8-64 MB against 6.2-7.2 s at 1 MB (2-core VM, 2026-11-28). A transaction flushes
-- its terms when it commits, so per-article writes buffer only one article.
CREATE VIRTUAL TABLE articles_fts USING fts5 (
    title, text, content = 'articles', content_rowid = 'rowid',
    tokenize = 'porter unicode61 remove_diacritics 2'
);
INSERT INTO articles_fts (articles_fts, rank) VALUES ('hashsize', 33554432);
CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts (rowid, title, text) VALUES (new.rowid, new.title, new.text);
END;
CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts (articles_fts, rowid, title, text)
    VALUES ('delete', old.rowid, old.title, old.text);
END;
CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, text ON articles BEGIN
    INSERT INTO articles_fts (articles_fts, rowid, title, text)
    VALUES ('delete', old.rowid, old.title, old.text);
    INSERT INTO articles_fts (rowid, title, text) VALUES (new.rowid, new.title, new.text);
END;
