import { describe, expect, it } from 'vitest';
import { CALLS } from '../../../shared/api/contract.ts';
import { caseShowCommand } from '../../../main/cli/commands/case.command.ts';
import { UsageError, type CliContext } from '../../../main/cli/cli-command.ts';
import { STRONG_PASSPHRASE } from '../../helpers/temp-dir.ts';
import { caseCall, importFixture, openCaseApp } from './case-harness.ts';

function context(values: CliContext['values']) {
  const out: string[] = [];
  const err: string[] = [];
  const ctx: CliContext = {
    positionals: [],
    values,
    io: { stdout: (t) => out.push(t), stderr: (t) => err.push(t) },
    env: { CAREBINDER_PASSPHRASE: STRONG_PASSPHRASE },
  };
  return { ctx, out, err };
}

describe('carebinder case show', () => {
  it('prints the checklist of the records, then of the active case, as JSON and as text', async () => {
    const app = await openCaseApp();
    const person = await app.call(CALLS.peopleAdd, { name: 'Anna Tester' });
    const docId = await importFixture(app, person.id, 'pathology');
    const vault = app.ctx.vaultDir;
    app.ctx.lock('user');

    const before = context({ vault, person: 'anna tester', json: true });
    expect(await caseShowCommand.run(before.ctx)).toBe(0);
    const records = JSON.parse(before.out.join(''));
    expect(records).toMatchObject({ person: 'Anna Tester', caseId: null, ready: 1, total: 9 });
    expect(records.items[0]).toEqual({
      id: 'pathology',
      kind: 'document',
      label: 'Pathology reports',
      status: 'present',
      documents: [{ id: docId, title: expect.any(String), date: expect.any(String) }],
      reason: null,
      next: null,
    });
    expect(records.items[1]).toMatchObject({ id: 'operative', status: 'missing', documents: [] });
    expect(records.items[1].next).toMatch(/operative report/);

    await app.call(CALLS.vaultUnlock, { passphrase: STRONG_PASSPHRASE });
    const { case: kase } = await caseCall(app.ctx, 'cases:create', {
      personId: person.id,
      diagnosis: 'Breast cancer',
    });
    await caseCall(app.ctx, 'cases:setItem', {
      caseId: kase.id,
      itemId: 'operative',
      state: 'not_applicable',
      reason: 'No surgery yet',
    });
    app.ctx.lock('user');

    const after = context({ vault, person: 'Anna Tester', json: true });
    expect(await caseShowCommand.run(after.ctx)).toBe(0);
    const withCase = JSON.parse(after.out.join(''));
    expect(withCase).toMatchObject({ caseId: kase.id, ready: 1, total: 14 });
    expect(withCase.items.find((i: { id: string }) => i.id === 'operative')).toMatchObject({
      status: 'not_applicable',
      reason: 'No surgery yet',
    });
    expect(withCase.items.map((i: { id: string }) => i.id)).toContain('receipt_confirmed');

    const text = context({ vault, person: 'Anna Tester' });
    expect(await caseShowCommand.run(text.ctx)).toBe(0);
    const printed = text.out.join('');
    expect(printed).toContain('Anna Tester — second-opinion case: Breast cancer');
    expect(printed).toContain('1 of 14 ready — missing: discharge summary, treatment plan');
    expect(printed).toContain('[x] Pathology reports — 1 document');
    expect(printed).toContain('[-] Operative & procedure reports — not applicable: No surgery yet');
    expect(printed).toMatch(/\[ \] Imaging reports — missing\n\s+Next: Ask the radiology department/);
  });

  it('asks for --person, and reports an unknown person plainly', async () => {
    const app = await openCaseApp();
    const vault = app.ctx.vaultDir;
    app.ctx.lock('user');
    await expect(caseShowCommand.run(context({ vault }).ctx)).rejects.toBeInstanceOf(UsageError);
    const unknown = context({ vault, person: 'Nobody' });
    expect(await caseShowCommand.run(unknown.ctx)).toBe(1);
    expect(unknown.err.join('')).toMatch(/no family member called “Nobody”/);
  });
});
