/** `angio init`: sets up a new installation and says what to do next. */
import type { Command } from 'commander';
import { initialise, type GlobalOptions } from '../../session/index.js';

const NEXT = [
  ['angio settings set hospital.inami 71000000', "the hospital's INAMI number (in billing messages)"],
  ['angio settings set hospital.name "AZ …"', 'its name'],
  ['angio settings set endpoints.healthdata URL', 'where registrations go (and endpoints.cin for billing)'],
  ['angio users add NAME --role staff', 'each colleague (physician, staff or support)'],
  ['angio token create --user NAME', 'an API token for an interface'],
  ['angio doctor', 'checks the set-up'],
] as const;

export function registerInit(program: Command) {
  program
    .command('init')
    .description('set up a new installation: the database, its pseudonymisation secret, and you as its admin')
    .option('--json', 'print JSON')
    .action((o: { json?: boolean }, cmd: Command) => {
      const r = initialise(cmd.optsWithGlobals<GlobalOptions>());
      if (o.json) {
        console.log(JSON.stringify(r));
        return;
      }
      console.log(`${r.created ? 'Created' : 'Set up'} ${r.database} (database schema ${r.schema}).`);
      if (r.secretProblem) console.log(`Warning: ${r.secretProblem}`);
      else console.log(`Pseudonymisation secret: ${r.secret} (0600). Back it up with the database: without it, nothing can be sent.`);
      console.log(`${r.admin} is its admin.\n\nNext:`);
      const width = Math.max(...NEXT.map(([c]) => c.length));
      for (const [command, what] of NEXT) console.log(`  ${command.padEnd(width)}  # ${what}`);
      console.log('\nOn a server shared by several people, docs/server.md describes the set-up.');
    });
}
