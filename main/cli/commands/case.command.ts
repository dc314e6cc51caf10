import { CALLS } from '../../../shared/api/contract.ts';
import type { Checklist, ChecklistItem } from '../../../shared/schemas/case.schema.ts';
import { activeCase } from '../../core/cases/cases.repo.ts';
import { personChecklist } from '../../core/cases/cases.service.ts';
import { findPersonByName } from '../../core/people/people.service.ts';
import { UsageError, writeJsonLine, type CliCommand, type CliContext } from '../cli-command.ts';
import { openCliApp, passphraseFrom, reportFailure, VAULT_OPTIONS } from '../cli-vault.ts';

const MARKS: Record<ChecklistItem['status'], string> = {
  present: '[x]',
  missing: '[ ]',
  not_applicable: '[-]',
};

function describe(item: ChecklistItem): string[] {
  const state =
    item.status === 'not_applicable'
      ? `not applicable${item.reason ? `: ${item.reason}` : ''}`
      : item.status === 'present'
        ? (item.detail ?? 'ready')
        : 'missing';
  const lines = [`${MARKS[item.status]} ${item.label} — ${state}`];
  for (const doc of item.documents) lines.push(`      ${doc.date ?? 'undated'}  ${doc.title}`);
  if (item.next) lines.push(`      Next: ${item.next}`);
  return lines;
}

/** The --json shape: readiness and the items, document items named by their category ids. */
function toJson(person: string, checklist: Checklist) {
  return {
    person,
    caseId: checklist.caseId,
    ready: checklist.readiness.ready,
    total: checklist.readiness.total,
    items: checklist.items.map((item) => ({
      id: item.id,
      kind: item.kind,
      label: item.label,
      status: item.status,
      documents: item.documents.map(({ id, title, date }) => ({ id, title, date })),
      reason: item.reason,
      next: item.next,
    })),
  };
}

/** Opens the vault, reads the person's checklist (derived live), and always locks again. */
async function loadChecklist(ctx: CliContext, name: string) {
  const { app, call } = openCliApp(ctx);
  try {
    await call(CALLS.vaultUnlock, { passphrase: await passphraseFrom(ctx) });
    const session = app.session();
    const person = findPersonByName(session, name);
    return {
      person,
      checklist: personChecklist(session, person.id),
      kase: activeCase(session.db, person.id),
    };
  } finally {
    app.lock('user');
  }
}

/** `carebinder case show`: the checklist of a person's active second-opinion case (or of their records). */
export const caseShowCommand: CliCommand = {
  name: 'case show',
  summary:
    'Show what a second-opinion doctor needs: what is in the binder, what is missing, what to do next.',
  usage: 'carebinder case show --person NAME [--vault DIR] [--passphrase-file FILE] [--json]',
  options: { ...VAULT_OPTIONS, person: { type: 'string' } },
  async run(ctx) {
    const name = ctx.values.person as string | undefined;
    if (!name) throw new UsageError('say whose case to show with --person NAME.');
    try {
      const { person, checklist, kase } = await loadChecklist(ctx, name);
      if (ctx.values.json) {
        writeJsonLine(ctx.io, toJson(person.name, checklist));
        return 0;
      }
      const about = kase
        ? `second-opinion case${kase.diagnosis ? `: ${kase.diagnosis}` : ''}${
            kase.appointmentDate ? ` (appointment ${kase.appointmentDate})` : ''
          }`
        : 'records only (no second-opinion case yet)';
      const out = [`${person.name} — ${about}`, checklist.readiness.text, ''];
      for (const item of checklist.items) out.push(...describe(item));
      ctx.io.stdout(out.join('\n') + '\n');
      return 0;
    } catch (error) {
      return reportFailure(ctx, 'case show', error);
    }
  },
};
