/** The app root: wires the store and the screen stack, nothing else. */
import { useState } from 'react';
import type { Lang } from '../registry/index.js';
import type { RegistrationStore } from '../store/index.js';
import { HelpOverlay } from './help-overlay.js';
import { RegistrationsTable } from './registrations-table.js';

export interface AppProps { store: RegistrationStore; lang: Lang; height?: number; width?: number }

export function App({ store, lang, height, width }: AppProps) {
  const [showHelp, setShowHelp] = useState(false);
  if (showHelp) return <HelpOverlay scope="table" onClose={() => setShowHelp(false)} />;
  return <RegistrationsTable store={store} lang={lang} height={height} width={width} onHelp={() => setShowHelp(true)} />;
}
