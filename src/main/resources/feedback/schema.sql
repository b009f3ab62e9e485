-- The feedback database: what listeners asked, what they were answered, what it cited and how
-- they rated it. Times are milliseconds since 1970 (UTC). No addresses, user ids or names.
CREATE TABLE IF NOT EXISTS answers (
  id TEXT PRIMARY KEY,
  asked_at INTEGER NOT NULL,
  channel TEXT NOT NULL,
  question TEXT NOT NULL,
  answered INTEGER NOT NULL,
  mode TEXT NOT NULL,
  answer TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS answers_asked_at ON answers (asked_at);
CREATE TABLE IF NOT EXISTS citations (
  answer_id TEXT NOT NULL REFERENCES answers (id) ON DELETE CASCADE,
  n INTEGER NOT NULL,
  episode_id TEXT NOT NULL,
  episode_title TEXT NOT NULL,
  start_seconds INTEGER,
  chapter TEXT,
  PRIMARY KEY (answer_id, n)
);
CREATE TABLE IF NOT EXISTS thumbs (
  answer_id TEXT NOT NULL REFERENCES answers (id) ON DELETE CASCADE,
  rated_at INTEGER NOT NULL,
  channel TEXT NOT NULL,
  rating TEXT NOT NULL,
  comment TEXT
);
CREATE INDEX IF NOT EXISTS thumbs_answer ON thumbs (answer_id);
CREATE INDEX IF NOT EXISTS thumbs_rated_at ON thumbs (rated_at);
