import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CALLS } from '../../../shared/api/contract.ts';
import { importThroughApi, openApp } from '../../helpers/api-harness.ts';
import { tempDir } from '../../helpers/temp-dir.ts';

describe('medication log through the API', () => {
  it('keeps every dose as a period: start, change, pause, restart, stop', async () => {
    const app = await openApp();
    const p = await app.call(CALLS.peopleAdd, { name: 'Lee Example' });
    const added = await app.call(CALLS.medsAdd, {
      personId: p.id,
      name: 'Zofran',
      dose: '8 mg',
      frequency: 'every 8 hours as needed',
      start: '2026-01',
    });
    expect(added).toMatchObject({ generic: 'ondansetron', known: true, current: true });
    await app.call(CALLS.medsRecordEvent, {
      medicationId: added.id,
      kind: 'change',
      date: '2026-02-10',
      dose: '4 mg',
    });
    await app.call(CALLS.medsRecordEvent, {
      medicationId: added.id,
      kind: 'pause',
      date: '2026-03-01',
      reason: 'Nausea gone',
    });
    await app.call(CALLS.medsRecordEvent, { medicationId: added.id, kind: 'restart', date: '2026-03-20' });
    const stopped = await app.call(CALLS.medsRecordEvent, {
      medicationId: added.id,
      kind: 'stop',
      date: '2026-04-02',
      reason: 'Chemo finished',
    });
    expect(stopped.current).toBe(false);
    expect(stopped.periods).toEqual([
      {
        from: '2026-01',
        to: '2026-02-10',
        state: 'taking',
        dose: '8 mg',
        frequency: 'every 8 hours as needed',
      },
      {
        from: '2026-02-10',
        to: '2026-03-01',
        state: 'taking',
        dose: '4 mg',
        frequency: 'every 8 hours as needed',
      },
      {
        from: '2026-03-01',
        to: '2026-03-20',
        state: 'paused',
        dose: '4 mg',
        frequency: 'every 8 hours as needed',
      },
      {
        from: '2026-03-20',
        to: '2026-04-02',
        state: 'taking',
        dose: '4 mg',
        frequency: 'every 8 hours as needed',
      },
    ]);
    await expect(
      app.call(CALLS.medsRecordEvent, {
        medicationId: added.id,
        kind: 'change',
        date: '2026-05-01',
        dose: '2 mg',
      }),
    ).rejects.toThrow(/not being taken now/);
  });

  it('allows unknown names, flagged, and completes brand and generic names', async () => {
    const app = await openApp();
    const p = await app.call(CALLS.peopleAdd, { name: 'Max Example' });
    const unknown = await app.call(CALLS.medsAdd, { personId: p.id, name: 'Grandma’s herbal tea' });
    expect(unknown.known).toBe(false);
    const completions = await app.call(CALLS.medsAutocomplete, { prefix: 'zofr' });
    expect(completions[0]).toMatchObject({ generic: 'ondansetron' });
  });

  it('suggests medicines from an imported list; accepting two puts them in the log with their source', async () => {
    const app = await openApp();
    const p = await app.call(CALLS.peopleAdd, { name: 'Ann Example' });
    const file = path.join(tempDir(), 'meds.txt');
    fs.writeFileSync(
      file,
      'CURRENT MEDICATION LIST\nPrinted for: Ann Example\n\nMedication | Dose | Directions | Start date\nTamoxifen 20 mg tablet | 20 mg | 1 tab by mouth daily | 01/15/2026\nOndansetron 8 mg tablet | 8 mg | 1 tab PO q8h PRN nausea | 02/01/2026\nDocusate 100 mg capsule | 100 mg | 1 cap PO BID | 02/01/2026\n',
    );
    await importThroughApi(app, p.id, [file]);
    const suggestions = await app.call(CALLS.medsSuggestions, { personId: p.id });
    expect(suggestions.map((s) => s.normalized)).toEqual(
      expect.arrayContaining(['tamoxifen', 'ondansetron', 'docusate']),
    );
    const tamoxifen = suggestions.find((s) => s.normalized === 'tamoxifen')!;
    const ondansetron = suggestions.find((s) => s.normalized === 'ondansetron')!;
    expect(tamoxifen.start).toBe('2026-01-15');
    await app.call(CALLS.medsAcceptSuggestion, { id: tamoxifen.id });
    await app.call(CALLS.medsAcceptSuggestion, {
      id: ondansetron.id,
      edits: { frequency: 'every 8 hours as needed' },
    });
    const log = await app.call(CALLS.medsList, { personId: p.id });
    expect(log.map((m) => m.generic).sort()).toEqual(['ondansetron', 'tamoxifen']);
    expect(log.every((m) => m.source.kind === 'document' && m.source.documentId !== null)).toBe(true);
    expect((await app.call(CALLS.medsSuggestions, { personId: p.id })).map((s) => s.normalized)).toEqual([
      'docusate',
    ]);
  });
});
