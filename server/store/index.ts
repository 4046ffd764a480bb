/**
 * Every read and write of the service's data, one store per resource over the one query layer
 * (db/db.ts), so the routes never hold SQL. Each change is one transaction that also writes its audit
 * entry (audit.ts).
 */
import type { Db } from '../db/db.ts';
import { systemClock, type Clock } from '../../src/data/clock.ts';
import { AuditStore } from './audit.ts';
import { EventStore } from './events.ts';
import { PeopleStore } from './people.ts';
import { SessionStore } from './sessions.ts';
import { SignInStore } from './sign-ins.ts';
import { SIGN_IN_LIMITS } from '../base/rate-limit.ts';
import { VenueStore } from './venues.ts';

export interface Stores {
  people: PeopleStore;
  sessions: SessionStore;
  signIns: SignInStore;
  events: EventStore;
  venues: VenueStore;
  audit: AuditStore;
}

/** The stores of one database; every time they write or compare comes from `clock`. */
export function openStores(db: Db, clock: Clock = systemClock): Stores {
  const sessions = new SessionStore(db, clock);
  return {
    people: new PeopleStore(db, sessions, clock),
    sessions,
    signIns: new SignInStore(db, SIGN_IN_LIMITS.windowMs),
    events: new EventStore(db, clock),
    venues: new VenueStore(db, clock),
    audit: new AuditStore(db, clock),
  };
}
