-- Review state of a data folder. review_event is the append-only audit trail: one line per accepted or
-- corrected value (who, when, which field, the value before, the value after, a note); nothing updates or
-- deletes it. Values are stored as report/1 JSON text (a number stays a number, null stays null).
CREATE TABLE review_event (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    item       TEXT    NOT NULL,
    sha256     TEXT    NOT NULL,
    row_index  INTEGER,
    indicator  TEXT,
    field      TEXT    NOT NULL,
    action     TEXT    NOT NULL CHECK (action IN ('accept', 'correct')),
    old_value  TEXT,
    new_value  TEXT,
    typed      TEXT,
    note       TEXT,
    user_name  TEXT    NOT NULL,
    at         TEXT    NOT NULL
);
CREATE INDEX review_event_sha ON review_event (sha256, id);
CREATE INDEX review_event_item ON review_event (item, id);
CREATE TRIGGER review_event_no_update BEFORE UPDATE ON review_event
BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
CREATE TRIGGER review_event_no_delete BEFORE DELETE ON review_event
BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;

-- Signed-in sessions: only a SHA-256 of the cookie's token is kept.
CREATE TABLE session (
    token_hash TEXT PRIMARY KEY,
    user_name  TEXT NOT NULL,
    role       TEXT NOT NULL,
    created    TEXT NOT NULL,
    expires    TEXT NOT NULL
);
