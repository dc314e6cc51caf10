import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UsageError } from '../../../main/cli/cli-command.ts';
import { inspectCommand } from '../../../main/cli/commands/inspect.command.ts';

let dir = '';

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'carebinder-inspect-'));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function run(args: string[], json: boolean): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await inspectCommand.run({
    positionals: args,
    values: { json },
    io: { stdout: (t) => (out += t), stderr: (t) => (err += t) },
    env: {},
  });
  return { code, out, err };
}

const bundle = {
  resourceType: 'Bundle',
  type: 'collection',
  entry: [
    {
      resource: {
        resourceType: 'Patient',
        name: [{ use: 'official', given: ['Ida'], family: 'Sample' }],
        birthDate: '1948-01-31',
      },
    },
    {
      resource: {
        resourceType: 'MedicationStatement',
        medicationCodeableConcept: { text: 'Anastrozole 1 mg' },
      },
    },
    {
      resource: {
        resourceType: 'Observation',
        code: { text: 'CA 15-3' },
        valueQuantity: { value: 22, unit: 'U/mL' },
      },
    },
  ],
};

describe('carebinder inspect', () => {
  it('prints one JSON line with format, type, category, patient and counts', async () => {
    const file = join(dir, 'export.json');
    await writeFile(file, JSON.stringify(bundle));
    const { code, out } = await run([file], true);
    expect(code).toBe(0);
    expect(out.endsWith('\n')).toBe(true);
    expect(JSON.parse(out)).toEqual({
      file,
      format: 'fhir',
      documentType: 'FHIR R4 collection bundle',
      category: 'visit_notes',
      patient: { name: 'Ida Sample', birthDate: '1948-01-31' },
      counts: { medications: 1, problems: 0, results: 1, allergies: 0, documents: 0 },
    });
  });

  it('prints a readable summary without --json', async () => {
    const file = join(dir, 'summary.json');
    await writeFile(file, JSON.stringify(bundle));
    const { code, out } = await run([file], false);
    expect(code).toBe(0);
    expect(out).toContain('FHIR R4 (JSON)');
    expect(out).toMatch(/Patient:\s+Ida Sample, born 1948-01-31/);
    expect(out).toMatch(/Medications:\s+1/);
  });

  it('reports a refused file as a JSON error and exit code 1', async () => {
    const file = join(dir, 'bomb.xml');
    await writeFile(file, '<!DOCTYPE x [<!ENTITY a "aaaa">]><ClinicalDocument>&a;</ClinicalDocument>');
    const { code, out } = await run([file], true);
    expect(code).toBe(1);
    expect(JSON.parse(out)).toEqual({ file, error: { code: 'FILE_REFUSED', message: expect.any(String) } });
  });

  it('reports a missing file in plain words', async () => {
    const { code, err } = await run([join(dir, 'nope.xml')], false);
    expect(code).toBe(1);
    expect(err).toMatch(/could not be found/);
  });

  it('treats a missing or extra argument as a usage error', async () => {
    await expect(run([], true)).rejects.toBeInstanceOf(UsageError);
    await expect(run(['a', 'b'], true)).rejects.toBeInstanceOf(UsageError);
  });
});
