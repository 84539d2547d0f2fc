/** What every screen may use: the core services, the user, the language, the terminal size and the status line. */
import { createContext, useContext } from 'react';
import type { Lang } from '../registry/index.js';
import type { Outbox, RegistrationStore } from '../store/index.js';
import type { Corrector, Sender } from '../transmit/index.js';
import type { Size } from './use-terminal-size.js';

export interface Services {
  store: RegistrationStore;
  sender: Sender;
  corrector: Corrector;
  outbox: Outbox;
  /** Whether a delivery endpoint is configured (else items wait in the outbox). */
  canDeliver: boolean;
  /** Adds an entry to a reference list (a physician added from the form by an admin). */
  addListEntry: (list: string, code: string) => void;
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
