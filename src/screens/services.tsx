/** What every screen may use: the core (for reading), the operations (for every change), the user, the language, the terminal size. */
import { createContext, useContext } from 'react';
import type { Lang } from '../registry/index.js';
import type { Core, Operations } from '../operations/index.js';
import type { Outbox, RegistrationStore } from '../store/index.js';
import type { Size } from './use-terminal-size.js';

export interface Services {
  core: Core;
  ops: Operations;
  /** The core's registrations, for reading (changes go through ops). */
  store: RegistrationStore;
  /** The core's outbox, for reading. */
  outbox: Outbox;
  /** Whether a delivery endpoint is configured (else items wait in the outbox). */
  canDeliver: boolean;
  user: string;
  lang: Lang;
  size: Size;
}

export const ServicesContext = createContext<Services | undefined>(undefined);

export function useServices(): Services {
  const s = useContext(ServicesContext);
  if (!s) throw new Error('useServices outside ServicesContext');
  return s;
}
