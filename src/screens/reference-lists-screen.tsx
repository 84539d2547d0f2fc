/** Browse the reference lists: which are loaded, from what source and when, and their entries (type to search). */
import { useState } from 'react';
import type { ReferenceLists } from '../store/index.js';
import { listSourceText } from '../session/index.js';
import { ChoiceList } from './choice-list.js';
import { say, type MessageId } from '../messages.js';
import { dayText } from '../registry/index.js';
import { dmy, fit } from './format.js';
import { useServices } from './services.js';

/** The lists angio knows, by their id, with the message of their name. */
const NAMES: Record<string, MessageId> = {
  HPIN: 'lists.HPIN',
  QERMID_IMPLT_32401: 'lists.BMS',
  QERMID_IMPLT_32402: 'lists.DES',
  QERMID_IMPLT_32403: 'lists.BVS',
  QERMID_IMPLT_32404: 'lists.DEB',
  PLACE_OF_RESIDENCE: 'lists.POSTAL',
};

export function ReferenceListsScreen({
  lists,
  isActive,
  onBack,
  onHelp,
}: {
  lists: ReferenceLists;
  isActive: boolean;
  onBack: () => void;
  onHelp: () => void;
}) {
  const { store, lang } = useServices();
  const [list, setList] = useState<string | undefined>();
  const [search, setSearch] = useState('');
  if (!list) {
    const loaded = new Map(lists.lists().map((l) => [l.list, l]));
    return (
      <ChoiceList
        title={say(lang, 'lists.title')}
        subtitle={say(lang, 'lists.subtitle')}
        isActive={isActive}
        choices={Object.entries(NAMES).map(([id, name]) => {
          const info = loaded.get(id);
          return {
            key: id,
            text: `${fit(say(lang, name), 34)} ${say(lang, 'lists.entries', { n: String(info?.entries ?? 0).padStart(6) })}`,
            detail: info
              ? say(lang, 'lists.loaded', { source: listSourceText(lang, info.source), date: dayText(info.loadedAt), user: info.loadedBy })
              : say(lang, 'lists.notLoaded'),
          };
        })}
        onChoose={(c) => {
          setList(c.key);
          setSearch('');
        }}
        onBack={onBack}
        onHelp={onHelp}
      />
    );
  }
  const entries = store.lists.search(list, search, 500);
  return (
    <ChoiceList
      title={say(lang, 'lists.searchTitle', { list: say(lang, NAMES[list]!) })}
      isActive={isActive}
      search={{ value: search, onChange: setSearch }}
      empty={say(lang, search ? 'lists.noMatch' : 'lists.empty')}
      choices={entries.map((e) => ({
        key: e.code,
        text: `${e.code.padEnd(12)} ${e.name}${e.detail ? ` — ${e.detail}` : ''}${e.validFrom || e.validTo ? `  (${e.validFrom ? dmy(e.validFrom) : '…'} – ${e.validTo ? dmy(e.validTo) : '…'})` : ''}`,
      }))}
      onChoose={() => undefined}
      onBack={() => setList(undefined)}
      onHelp={onHelp}
    />
  );
}
