/** `angio reflist`: the reference lists (physicians, INAMI device lists, postal codes). */
import type { Command } from 'commander';
import { basename } from 'node:path';
import { FileProblem } from '../../exchange/csv-header.js';
import { LIST_COLUMNS, LIST_IDS, type ListName } from '../../exchange/reflist-lists.js';
import { AccessDenied } from '../../store/index.js';
import { checkFileToRead, UsageError, withSession, type GlobalOptions } from '../context.js';
import { dmy, table } from '../format.js';

const listName = (l: string): ListName => {
  const k = l.toLowerCase();
  if (!(k in LIST_IDS)) throw new UsageError(`Unknown list "${l}": use ${Object.keys(LIST_IDS).join(', ')}.`);
  return k as ListName;
};

export function registerReflist(program: Command) {
  const reflist = program
    .command('reflist')
    .description('reference lists: hpin (physicians), bms, des, bvs, deb (INAMI nominative lists), postal');
  reflist
    .command('import <file>')
    .description('load a list from a ";" CSV file (see the README for the columns); "-" reads standard input')
    .requiredOption('--list <list>', Object.keys(LIST_IDS).join(', '))
    .option('--merge', 'add to and update the list (default: replace it)')
    .action(async (file: string, o: { list: string; merge?: boolean }, cmd: Command) => {
      const { readListFile } = await import('../../exchange/reflist-file.js');
      const list = listName(o.list);
      const g = cmd.optsWithGlobals<GlobalOptions>();
      checkFileToRead(g, file);
      await withSession(g, {}, async (s) => {
        // A refused user learns it before the file is read (the operation checks again).
        const denied = s.ops.whyNot(s.user, 'loadReferenceList');
        if (denied) throw new AccessDenied(denied);
        let entries;
        try {
          entries = readListFile(list, file);
        } catch (e) {
          if (e instanceof FileProblem) throw new UsageError(`${file}: ${e.message}`);
          throw e;
        }
        const info = s.ops.loadReferenceList(s.user, {
          list: LIST_IDS[list],
          entries,
          replace: !o.merge,
          source: file === '-' ? 'standard input' : basename(file),
        });
        console.log(
          `${list}: ${entries.length} entr${entries.length === 1 ? 'y' : 'ies'} ${o.merge ? 'merged' : 'loaded'}; the list now has ${info.entries}.`,
        );
      });
    });
  reflist
    .command('list')
    .description('the lists with their source and load date')
    .option('--json', 'print JSON')
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
            ['list', 'id', 'entries', 'source', 'loaded', 'by', 'columns'],
            ...rows.map((r) => [
              r.name,
              r.id,
              String(r.info?.entries ?? 0),
              r.info?.source ?? '—',
              r.info ? dmy(r.info.loadedAt.slice(0, 10)) : '—',
              r.info?.loadedBy ?? '—',
              LIST_COLUMNS[r.name].join(';'),
            ]),
          ]),
        );
      });
    });
  reflist
    .command('show <list>')
    .description('the entries of a list')
    .option('--search <text>', 'code prefix, or part of a name')
    .option('--json', 'print JSON')
    .action(async (l: string, o: { search?: string; json?: boolean }, cmd: Command) => {
      const list = listName(l);
      await withSession(cmd.optsWithGlobals<GlobalOptions>(), {}, async (s) => {
        const entries = s.core.store.lists.search(LIST_IDS[list], o.search ?? '', 10_000);
        if (o.json) {
          console.log(JSON.stringify(entries, null, 1));
          return;
        }
        if (!entries.length) {
          console.log(
            o.search ? 'No entry matches.' : `The ${list} list is empty: load it with "angio reflist import FILE --list ${list}".`,
          );
          return;
        }
        console.log(
          table([
            ['code', 'name', 'detail', 'valid from', 'valid to'],
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
