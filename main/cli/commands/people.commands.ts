import { CALLS } from '../../../shared/api/contract.ts';
import { UsageError, writeJsonLine, type CliCommand } from '../cli-command.ts';
import { reportFailure, VAULT_OPTIONS, withUnlockedVault } from '../cli-vault.ts';

const add: CliCommand = {
  name: 'people add',
  summary: 'Add a family member to the vault.',
  usage:
    'carebinder people add NAME [--birth-date YYYY-MM-DD] [--relationship TEXT] [--vault DIR] [--passphrase-file FILE] [--json]',
  options: { ...VAULT_OPTIONS, 'birth-date': { type: 'string' }, relationship: { type: 'string' } },
  async run(ctx) {
    const name = ctx.positionals.join(' ').trim();
    if (!name) throw new UsageError('give the person’s name.');
    try {
      const person = await withUnlockedVault(ctx, (call) =>
        call(CALLS.peopleAdd, {
          name,
          birthDate: (ctx.values['birth-date'] as string | undefined) ?? null,
          relationship: (ctx.values.relationship as string | undefined) ?? null,
        }),
      );
      if (ctx.values.json) writeJsonLine(ctx.io, person);
      else ctx.io.stdout(`Added ${person.name}.\n`);
      return 0;
    } catch (error) {
      return reportFailure(ctx, 'people add', error);
    }
  },
};

const list: CliCommand = {
  name: 'people list',
  summary: 'List the family members in the vault.',
  usage: 'carebinder people list [--all] [--vault DIR] [--passphrase-file FILE] [--json]',
  options: { ...VAULT_OPTIONS, all: { type: 'boolean' } },
  async run(ctx) {
    try {
      const people = await withUnlockedVault(ctx, (call) =>
        call(CALLS.peopleList, { includeArchived: Boolean(ctx.values.all) }),
      );
      if (ctx.values.json) writeJsonLine(ctx.io, people);
      else if (people.length === 0)
        ctx.io.stdout('No family members yet. Add one with: carebinder people add NAME\n');
      else {
        for (const p of people) {
          const details = [p.birthDate && `born ${p.birthDate}`, p.relationship, p.archived && 'archived']
            .filter(Boolean)
            .join(', ');
          ctx.io.stdout(`${p.name}${details ? ` (${details})` : ''}\n`);
        }
      }
      return 0;
    } catch (error) {
      return reportFailure(ctx, 'people list', error);
    }
  },
};

export const peopleCommands: CliCommand[] = [add, list];
