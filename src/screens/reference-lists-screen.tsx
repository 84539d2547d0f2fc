/** Browse the reference lists: which are loaded, from what source and when, and their entries (type to search). */
import { useState } from 'react';
import type { ReferenceLists } from '../store/index.js';
import { ChoiceList } from './choice-list.js';
import { dmy } from './format.js';
import { useServices } from './services.js';

const NAMES: Record<string, string> = {
  HPIN: 'Physicians (HPIN)',
  QERMID_IMPLT_32401: 'BMS (bare-metal stents)',
  QERMID_IMPLT_32402: 'DES (drug-eluting stents)',
  QERMID_IMPLT_32403: 'BVS (scaffolds)',
  QERMID_IMPLT_32404: 'DEB (drug-eluting balloons)',
  PLACE_OF_RESIDENCE: 'Postal codes',
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
  const { store } = useServices();
  const [list, setList] = useState<string | undefined>();
  const [search, setSearch] = useState('');
  if (!list) {
    const loaded = new Map(lists.lists().map((l) => [l.list, l]));
    return (
      <ChoiceList
        title="Reference lists"
        subtitle="Load or replace one with: angio reflist import FILE --list hpin|bms|des|bvs|deb|postal"
        isActive={isActive}
        choices={Object.entries(NAMES).map(([id, name]) => {
          const info = loaded.get(id);
          return {
            key: id,
            text: `${name.padEnd(30)} ${String(info?.entries ?? 0).padStart(6)} entries`,
            detail: info
              ? `source ${info.source}, loaded ${dmy(info.loadedAt.slice(0, 10))} by ${info.loadedBy}`
              : 'not loaded: answers are checked by format only',
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
      title={`${NAMES[list]}: type to search by code or name`}
      isActive={isActive}
      search={{ value: search, onChange: setSearch }}
      empty={search ? 'No entry matches.' : 'This list is empty.'}
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
