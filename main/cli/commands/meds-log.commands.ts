import { CALLS } from '../../../shared/api/contract.ts';
import type { Medication } from '../../../shared/schemas/meds.schema.ts';
import { AppError } from '../../core/errors.ts';
import { findPersonByName } from '../../core/people/people.service.ts';
import { UsageError, writeJsonLine, type CliCommand, type CliContext } from '../cli-command.ts';
import { openCliApp, passphraseFrom, reportFailure, VAULT_OPTIONS } from '../cli-vault.ts';

const PERSON = { ...VAULT_OPTIONS, person: { type: 'string' } } as const;

/** Opens the vault, finds --person, runs `work`, and always locks again. */
async function withPerson<T>(
  ctx: CliContext,
  work: (call: ReturnType<typeof openCliApp>['call'], personId: string) => Promise<T>,
): Promise<T> {
  const name = ctx.values.person as string | undefined;
  if (!name) throw new UsageError('say whose medicines these are with --person NAME.');
  const { app, call } = openCliApp(ctx);
  try {
    await call(CALLS.vaultUnlock, { passphrase: await passphraseFrom(ctx) });
    return await work(call, findPersonByName(app.session(), name).id);
  } finally {
    app.lock('user');
  }
}

function describe(med: Medication): string {
  const last = med.periods.at(-1);
  const dose = [last?.dose, last?.frequency].filter(Boolean).join(', ');
  const span = `${med.periods[0]?.from ?? 'start date unknown'} – ${med.current ? 'now' : (last?.to ?? 'stopped')}`;
  const name =
    med.generic && med.generic !== med.name.toLowerCase() ? `${med.name} (${med.generic})` : med.name;
  return `${name}${dose ? `: ${dose}` : ''}  [${span}]${med.known ? '' : '  (not in the drug list)'}`;
}

const list: CliCommand = {
  name: 'meds list',
  summary: 'Show a family member’s medication history (current medicines first).',
  usage: 'carebinder meds list --person NAME [--vault DIR] [--passphrase-file FILE] [--json]',
  options: PERSON,
  async run(ctx) {
    try {
      const meds = await withPerson(ctx, (call, personId) => call(CALLS.medsList, { personId }));
      const ordered = [...meds].sort((a, b) => Number(b.current) - Number(a.current));
      if (ctx.values.json) for (const med of ordered) writeJsonLine(ctx.io, med);
      else if (ordered.length === 0) ctx.io.stdout('No medicines recorded yet.\n');
      else for (const med of ordered) ctx.io.stdout(describe(med) + '\n');
      return 0;
    } catch (error) {
      return reportFailure(ctx, 'meds list', error);
    }
  },
};

const add: CliCommand = {
  name: 'meds add',
  summary: 'Add a medicine to a family member’s log.',
  usage:
    'carebinder meds add NAME --person NAME [--strength S] [--dose D] [--route R] [--frequency F] [--start DATE] [--stop DATE] [--reason TEXT] [--json]\n' +
    '  (dates: 2025, 2025-03 or 2025-03-04)',
  options: {
    ...PERSON,
    strength: { type: 'string' },
    dose: { type: 'string' },
    route: { type: 'string' },
    frequency: { type: 'string' },
    start: { type: 'string' },
    stop: { type: 'string' },
    reason: { type: 'string' },
  },
  async run(ctx) {
    const name = ctx.positionals.join(' ').trim();
    if (!name) throw new UsageError('give the medicine’s name.');
    const text = (key: string) => (ctx.values[key] as string | undefined) ?? null;
    try {
      const med = await withPerson(ctx, (call, personId) =>
        call(CALLS.medsAdd, {
          personId,
          name,
          strength: text('strength'),
          dose: text('dose'),
          route: text('route'),
          frequency: text('frequency'),
          start: text('start'),
          stop: text('stop'),
          reason: text('reason'),
        }),
      );
      if (ctx.values.json) writeJsonLine(ctx.io, med);
      else ctx.io.stdout(`Added ${describe(med)}\n`);
      return 0;
    } catch (error) {
      return reportFailure(ctx, 'meds add', error);
    }
  },
};

const stop: CliCommand = {
  name: 'meds stop',
  summary: 'Record that a medicine was stopped (its history is kept).',
  usage: 'carebinder meds stop NAME --person NAME [--date DATE] [--reason TEXT] [--json]',
  options: { ...PERSON, date: { type: 'string' }, reason: { type: 'string' } },
  async run(ctx) {
    const name = ctx.positionals.join(' ').trim().toLowerCase();
    if (!name) throw new UsageError('give the medicine’s name.');
    try {
      const med = await withPerson(ctx, async (call, personId) => {
        const meds = await call(CALLS.medsList, { personId });
        const match = meds.find(
          (m) =>
            m.current &&
            (m.name.toLowerCase() === name || m.generic === name || m.brand?.toLowerCase() === name),
        );
        if (!match) throw new AppError('NOT_FOUND', `No medicine called “${name}” is being taken now.`);
        return call(CALLS.medsRecordEvent, {
          medicationId: match.id,
          kind: 'stop',
          date: (ctx.values.date as string | undefined) ?? new Date().toISOString().slice(0, 10),
          reason: (ctx.values.reason as string | undefined) ?? null,
        });
      });
      if (ctx.values.json) writeJsonLine(ctx.io, med);
      else ctx.io.stdout(`Stopped: ${describe(med)}\n`);
      return 0;
    } catch (error) {
      return reportFailure(ctx, 'meds stop', error);
    }
  },
};

export const medsLogCommands: CliCommand[] = [list, add, stop];
