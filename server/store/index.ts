/**
 * Every read and write of the service's data, one store per resource over the one query layer
 * (db/db.ts), so the routes never hold SQL. Each change is one transaction that also writes its audit
 * entry (audit.ts).
 */
import type { Db } from '../db/db.ts';
import { AuditStore } from './audit.ts';
import { EventStore } from './events.ts';
import { PeopleStore } from './people.ts';
import { SessionStore } from './sessions.ts';
import { VenueStore } from './venues.ts';

export interface Stores {
  people: PeopleStore;
  sessions: SessionStore;
  events: EventStore;
  venues: VenueStore;
  audit: AuditStore;
}

export function openStores(db: Db): Stores {
  const sessions = new SessionStore(db);
  return {
    people: new PeopleStore(db, sessions),
    sessions,
    events: new EventStore(db),
    venues: new VenueStore(db),
    audit: new AuditStore(db),
  };
}
