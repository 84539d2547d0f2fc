/** `angio reflist`: the reference lists (physicians, INAMI device lists, postal codes). */
import type { Command } from 'commander';
import { basename } from 'node:path';
import { LIST_COLUMNS, LIST_IDS, type ListName } from '../../exchange/reflist-lists.js';
import { labelled, say } from '../../messages.js';
import { listFileSentence, listSourceText } from '../../session/index.js';
import { STANDARD_INPUT_SOURCE } from '../../store/index.js';
import { OPERATION_RIGHTS } from '../../operations/index.js';
import { dayText, type Lang } from '../../registry/index.js';
import { checkFileToRead, UsageError, withSession, type GlobalOptions } from '../context.js';
import { columns, dmy, table } from '../format.js';

const listName = (l: string, lang: Lang): ListName => {
  const k = l.toLowerCase();
  if (!(k in LIST_IDS)) throw new UsageError(say(lang, 'cli.reflist.unknown', { list: l, lists: Object.keys(LIST_IDS).join(', ') }));
  return k as ListName;
};

export function registerReflist(program: Command, lang: Lang) {
  const reflist = program.command('reflist').description(say(lang, 'help.reflist'));
  reflist
    .command('import <file>')
    .description(say(lang, 'help.reflist.import'))
    .requiredOption('--list <list>', Object.keys(LIST_IDS).join(', '))
    .option('--merge', say(lang, 'help.reflist.import.--merge'))
    .action(async (file: string, o: { list: string; merge?: boolean }, cmd: Command) => {
      const { readListFile, ListFileError } = await import('../../exchange/reflist-file.js');
      const list = listName(o.list, lang);
      const g = cmd.optsWithGlobals<GlobalOptions>();
      checkFileToRead(g, file);
      await withSession(g, {}, async (s) => {
        // A refused user learns it before the file is read (the operation checks again).
        s.core.access.assert(s.user, OPERATION_RIGHTS.loadReferenceList);
        let entries;
        try {
          entries = readListFile(list, file);
        } catch (e) {
          if (e instanceof ListFileError) throw new UsageError(labelled(lang, file, listFileSentence(lang, e)));
          throw e;
        }
        const info = s.ops.loadReferenceList(s.user, {
          list: LIST_IDS[list],
          entries,
          replace: !o.merge,
          source: file === '-' ? STANDARD_INPUT_SOURCE : basename(file),
        });
        const one = entries.length === 1;
        const said = o.merge
          ? one
            ? 'cli.reflist.mergedOne'
            : 'cli.reflist.merged'
          : one
            ? 'cli.reflist.loadedOne'
            : 'cli.reflist.loaded';
        console.log(say(lang, said, { list, n: entries.length, total: info.entries }));
      });
    });
  reflist
    .command('list')
    .description(say(lang, 'help.reflist.list'))
    .option('--json', say(lang, 'help.--json'))
    .action(async (o: { json?: boolean }, cmd: Command) => {
      await withSession(cmd.optsWithGlobals<GlobalOptions>(), {}, async (s) => {
        const lists = s.core.referenceLists.lists();
        const byId = new Map(lists.map((l) => [l.list, l]));
        const rows = (Object.keys(LIST_IDS) as ListName[]).map((name) => ({ name, id: LIST_IDS[name], info: byId.get(LIST_IDS[name]) }));
        if (o.json) {
          console.log(JSON.stringify(rows, null, 1));
          return;
        }
        console.log(
          table([
            columns(lang, 'cli.reflist.columns'),
            ...rows.map((r) => [
              r.name,
              r.id,
              String(r.info?.entries ?? 0),
              r.info ? listSourceText(lang, r.info.source) : '—',
              dayText(r.info?.loadedAt),
              r.info?.loadedBy ?? '—',
              LIST_COLUMNS[r.name].join(';'),
            ]),
          ]),
        );
      });
    });
  reflist
    .command('show <list>')
    .description(say(lang, 'help.reflist.show'))
    .option('--search <text>', say(lang, 'help.reflist.show.--search'))
    .option('--json', say(lang, 'help.--json'))
    .action(async (l: string, o: { search?: string; json?: boolean }, cmd: Command) => {
      const list = listName(l, lang);
      await withSession(cmd.optsWithGlobals<GlobalOptions>(), {}, async (s) => {
        const entries = s.core.store.lists.search(LIST_IDS[list], o.search ?? '', 10_000);
        if (o.json) {
          console.log(JSON.stringify(entries, null, 1));
          return;
        }
        if (!entries.length) {
          console.log(o.search ? say(lang, 'cli.reflist.noMatch') : say(lang, 'cli.reflist.empty', { list }));
          return;
        }
        console.log(
          table([
            columns(lang, 'cli.reflist.entryColumns'),
            ...entries.map((e) => [
              e.code,
              e.name,
              e.detail || '—',
              e.validFrom ? dmy(e.validFrom) : '—',
              e.validTo ? dmy(e.validTo) : '—',
            ]),
          ]),
        );
      });
    });
}
