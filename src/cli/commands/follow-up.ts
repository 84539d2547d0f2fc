/** `angio follow-up ID`: starts the one-year follow-up of a P or FP hospitalisation, as `f` does in the table. */
import type { Command } from 'commander';
import { UsageError, withSession, type GlobalOptions } from '../context.js';
import { registrationId } from '../format.js';

export function registerFollowUp(program: Command) {
  program
    .command('follow-up <id>')
    .description('start the follow-up (FU) of a P or FP hospitalisation, linked to it, with its patient answers')
    .option('--json', 'print JSON')
    .action(async (idText: string, o: { json?: boolean }, cmd: Command) => {
      const parentId = registrationId(idText);
      await withSession(cmd.optsWithGlobals<GlobalOptions>(), {}, (s) => {
        if (!s.core.store.get(parentId)) throw new UsageError(`There is no registration ${parentId}.`);
        const fu = s.ops.createFollowUp(s.user, { parentId });
        if (o.json) console.log(JSON.stringify({ id: fu.id, type: fu.type, parentId: fu.parentId, status: fu.status }));
        else console.log(`Follow-up #${fu.id} created for #${parentId}; open it with "angio" or fill it with "angio import".`);
      });
    });
}
