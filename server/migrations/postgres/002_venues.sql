-- Venues added by an admin (a stage, a bookshop, a courtyard): places that are not heritage places of
-- geodata/layers/. Position is WGS84; gcj02 (JSON [lon, lat]) is the point as typed when it was converted.
-- sources is a JSON array of { title, url }. A retired venue is kept (events and the audit log name it).
CREATE TABLE venues (
  id TEXT PRIMARY KEY,
  name_zh TEXT NOT NULL,
  name_en TEXT NOT NULL,
  lon DOUBLE PRECISION NOT NULL,
  lat DOUBLE PRECISION NOT NULL,
  area TEXT NOT NULL,
  address_zh TEXT,
  address_en TEXT,
  access_zh TEXT,
  access_en TEXT,
  sources TEXT NOT NULL,
  confidence TEXT NOT NULL CHECK (confidence IN ('high', 'medium', 'low')),
  gcj02 TEXT,
  retired INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL,
  created_by INTEGER REFERENCES users (id),
  updated_at TEXT NOT NULL,
  updated_by INTEGER REFERENCES users (id)
);
