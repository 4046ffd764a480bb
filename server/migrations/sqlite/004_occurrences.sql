-- Every occurrence of every approved event (derived data: rebuilt from the published revision by
-- store/occurrences.ts in the transaction that publishes it, and by the backfill at start). `start_ms` and
-- `end_ms` are UTC instants in epoch milliseconds. `events.occurrences_revision` names the published
-- revision the rows were expanded from; an event whose value differs from its `published_revision` is
-- expanded again by the backfill. Windows are found by `start_ms` (with the longest duration as the lower
-- bound: store/occurrences.ts, eventIdsInWindow).
CREATE TABLE occurrences (
  event_id TEXT NOT NULL REFERENCES events (id),
  start_ms BIGINT NOT NULL,
  end_ms BIGINT NOT NULL,
  PRIMARY KEY (event_id, start_ms)
);
CREATE INDEX occurrences_start ON occurrences (start_ms);
ALTER TABLE events ADD COLUMN occurrences_revision INTEGER;
