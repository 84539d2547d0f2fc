/**
 * The core a door works with: one database, one clock, and the repositories and services made
 * on them, all sharing that clock. Doors (TUI, CLI, API) get one Core and call operations on it
 * (docs/architecture.md#operations).
 */
import { systemClock, type Clock } from '../clock.js';
import type { AuthorDefaults } from '../registry/index.js';
import {
  createAccess,
  createOutbox,
  createReferenceLists,
  createRegistrationStore,
  createSiteSettings,
  type Access,
  type Db,
  type Outbox,
  type ReferenceLists,
  type RegistrationStore,
  type SiteSettings,
  type Users,
} from '../store/index.js';
import { createCorrector, createSender, type Corrector, type Hospital, type Pseudonymiser, type Sender } from '../transmit/index.js';

export interface CoreOptions {
  pseudonymiser: Pseudonymiser;
  /** Where "now" and "today" come from; the machine's clock by default. */
  clock?: Clock;
  /** Who may do what; the users and roles of the database by default. */
  access?: Access;
  /** The hospital named in billing messages. */
  hospital?: Hospital;
  /** Folder for helpdesk correction requests (none written when absent). */
  helpdeskDir?: string;
  /** Draws registration codes (demo data draws them from its seed). */
  newCode?: () => string;
  /** The author answers a user's new registrations start with. */
  authorDefaults?: (user: string) => AuthorDefaults;
}

export interface Core {
  db: Db;
  clock: Clock;
  store: RegistrationStore;
  /** Who may do what (the users' roles, unless the core was made with another rule). */
  access: Access;
  /** The users of this database, their roles and RIZIV numbers. */
  users: Users;
  outbox: Outbox;
  referenceLists: ReferenceLists;
  pseudonymiser: Pseudonymiser;
  /** The site's settings, the same for every user (the hospital, endpoints, author group). */
  siteSettings: SiteSettings;
  /** The hospital named in billing messages: as the site's settings are now, unless the core was made with one. */
  hospital: Hospital;
  sender: Sender;
  corrector: Corrector;
  authorDefaults: (user: string) => AuthorDefaults;
}

/**
 * The hospital as the site's settings say at the moment it is read: a long-running process (the
 * API, the delivery loop) names the hospital an admin set from another process a minute ago, not
 * the one of its start.
 */
function liveHospital(site: SiteSettings): Hospital {
  const value = (key: string) => site.values()[key] || undefined;
  return Object.defineProperties({} as Hospital, {
    name: { enumerable: true, get: () => value('hospital.name') },
    inami: { enumerable: true, get: () => value('hospital.inami') },
  });
}

export function createCore(db: Db, o: CoreOptions): Core {
  const clock = o.clock ?? systemClock;
  const users = createAccess(db, clock);
  const store = createRegistrationStore(db, { clock, access: o.access ?? users });
  const siteSettings = createSiteSettings(db, clock);
  const hospital = o.hospital ?? liveHospital(siteSettings);
  return {
    db,
    clock,
    store,
    access: store.access,
    users,
    outbox: createOutbox(db, { clock }),
    referenceLists: createReferenceLists(db, clock),
    pseudonymiser: o.pseudonymiser,
    siteSettings,
    hospital,
    sender: createSender(db, store, o.pseudonymiser, { hospital, ...(o.newCode ? { newCode: o.newCode } : {}) }),
    corrector: createCorrector(db, store, o.pseudonymiser, { hospital, ...(o.helpdeskDir ? { helpdeskDir: o.helpdeskDir } : {}) }),
    authorDefaults: o.authorDefaults ?? ((user: string): AuthorDefaults => ({ authorGroup: 'default', author: user, coauthor: user })),
  };
}
