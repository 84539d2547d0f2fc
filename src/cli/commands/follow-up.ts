/** `angio follow-up ID`: starts the one-year follow-up of a P or FP hospitalisation, as `f` does in the table. */
import type { Command } from 'commander';
import { say } from '../../messages.js';
import type { Lang } from '../../registry/index.js';
import { UsageError, withSession, type GlobalOptions } from '../context.js';
import { registrationId } from '../format.js';

export function registerFollowUp(program: Command, lang: Lang) {
  program
    .command('follow-up <id>')
    .description(say(lang, 'help.follow-up'))
    .option('--json', say(lang, 'help.--json'))
    .action(async (idText: string, o: { json?: boolean }, cmd: Command) => {
      const parentId = registrationId(idText, lang);
      await withSession(cmd.optsWithGlobals<GlobalOptions>(), {}, (s) => {
        if (!s.core.store.get(parentId)) throw new UsageError(say(lang, 'cli.noRegistration', { id: parentId }));
        const fu = s.ops.createFollowUp(s.user, { parentId });
        if (o.json) console.log(JSON.stringify({ id: fu.id, type: fu.type, parentId: fu.parentId, status: fu.status }));
        else console.log(say(lang, 'cli.followUp.created', { id: fu.id, parent: parentId }));
      });
    });
}
