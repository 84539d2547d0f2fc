/**
 * A new registration: the type (one line each on when to choose it), then the form version
 * (latest preselected, Enter accepts), and for a follow-up its P/FP hospitalisation (searchable),
 * which prefills the patient and links the two.
 */
import { useState } from 'react';
import { registrationTypes, TYPE_CODES, versionsOf, type TypeCode } from '../registry/index.js';
import { patientLabel, dmy } from './format.js';
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
        title="New registration: which type?"
        subtitle="Choose P or FP whenever at least one PCI was done."
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
        title={`${registrationTypes[type].name[lang]}: which form version?`}
        subtitle="The latest is preselected: Enter accepts it."
        isActive={isActive}
        initial={versions.length - 1}
        choices={versions.map((v) => ({ key: v.version, text: `version ${v.version} of ${v.date}${v.current ? ' (current)' : ''}` }))}
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
  const { store } = useServices();
  const [search, setSearch] = useState('');
  const now = store.clock.today();
  const due = store.followUpsDue({ search, limit: 200 });
  return (
    <ChoiceList
      title={title ?? 'Follow-up after PCI: of which hospitalisation?'}
      isActive={isActive}
      search={{ value: search, onChange: setSearch }}
      empty="No P or FP hospitalisation waits for its follow-up."
      choices={due.map((d) => ({
        key: String(d.id),
        tone: d.dueDate < now ? 'warn' : undefined,
        text: `${(d.registrationCode ?? `#${d.id}`).padEnd(16)} ${d.type.padEnd(3)} ${patientLabel(d.patientKey).padEnd(18)} last PCI ${dmy(d.lastPciDate)}  due ${dmy(d.dueDate)}${d.dueDate < now ? '  OVERDUE' : ''}`,
      }))}
      onChoose={(c) => onChoose(Number(c.key))}
      onBack={onBack}
      onHelp={onHelp}
    />
  );
}
