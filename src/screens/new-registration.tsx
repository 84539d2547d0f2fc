/**
 * A new registration: the type (one line each on when to choose it), then the form version
 * (latest preselected, Enter accepts), and for a follow-up its P/FP hospitalisation (searchable),
 * which prefills the patient and links the two.
 */
import { useState } from 'react';
import { registrationTypes, TYPE_CODES, versionsOf, type TypeCode } from '../registry/index.js';
import { say } from '../messages.js';
import { fit, patientLabel, dmy } from './format.js';
import { ChoiceList } from './choice-list.js';
import { useServices } from './services.js';

export interface NewRegistrationProps {
  isActive: boolean;
  onCreate: (type: TypeCode, version: string, parentId?: number) => void;
  onBack: () => void;
  onHelp: () => void;
}

export function NewRegistration({ isActive, onCreate, onBack, onHelp }: NewRegistrationProps) {
  const { lang } = useServices();
  const [type, setType] = useState<TypeCode | undefined>();
  const [version, setVersion] = useState<string | undefined>();
  if (!type) {
    return (
      <ChoiceList
        title={say(lang, 'new.title')}
        subtitle={say(lang, 'new.subtitle')}
        isActive={isActive}
        choices={TYPE_CODES.map((t) => ({
          key: t,
          text: `${t.padEnd(3)} ${registrationTypes[t].name[lang]}`,
          detail: registrationTypes[t].whenToChoose[lang],
        }))}
        onChoose={(c) => setType(c.key as TypeCode)}
        onBack={onBack}
        onHelp={onHelp}
      />
    );
  }
  const versions = versionsOf(type);
  if (!version) {
    return (
      <ChoiceList
        title={say(lang, 'new.versionTitle', { type: registrationTypes[type].name[lang] })}
        subtitle={say(lang, 'new.versionSubtitle')}
        isActive={isActive}
        initial={versions.length - 1}
        choices={versions.map((v) => ({
          key: v.version,
          text: `${say(lang, 'new.version', { version: v.version, date: v.date })}${v.current ? ` ${say(lang, 'new.current')}` : ''}`,
        }))}
        onChoose={(c) => (type === 'FU' ? setVersion(c.key) : onCreate(type, c.key))}
        onBack={() => setType(undefined)}
        onHelp={onHelp}
      />
    );
  }
  return (
    <ParentPicker isActive={isActive} onChoose={(id) => onCreate(type, version, id)} onBack={() => setVersion(undefined)} onHelp={onHelp} />
  );
}

/** Follow-ups start from their hospitalisation: the P/FP registrations whose follow-up is not registered yet. */
export function ParentPicker({
  isActive,
  onChoose,
  onBack,
  onHelp,
  title,
}: {
  isActive: boolean;
  onChoose: (id: number) => void;
  onBack: () => void;
  onHelp: () => void;
  title?: string;
}) {
  const { store, lang } = useServices();
  const [search, setSearch] = useState('');
  const now = store.clock.today();
  const due = store.followUpsDue({ search, limit: 200 });
  return (
    <ChoiceList
      title={title ?? say(lang, 'new.parentTitle')}
      isActive={isActive}
      search={{ value: search, onChange: setSearch }}
      empty={say(lang, 'new.noParent')}
      choices={due.map((d) => ({
        key: String(d.id),
        tone: d.dueDate < now ? 'warn' : undefined,
        text: [
          fit(d.registrationCode ?? `#${d.id}`, 14),
          fit(d.type, 2),
          fit(patientLabel(d.patientKey), 15),
          say(lang, 'new.lastPci', { date: dmy(d.lastPciDate) }),
          say(lang, 'new.due', { date: dmy(d.dueDate) }),
          ...(d.dueDate < now ? [say(lang, 'new.overdue')] : []),
        ].join(' '),
      }))}
      onChoose={(c) => onChoose(Number(c.key))}
      onBack={onBack}
      onHelp={onHelp}
    />
  );
}
