import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { classifyCommand } from '../../../main/cli/commands/classify.command.ts';
import { makeTextPdf } from '../../helpers/make-fixtures.ts';
import { UsageError, type CliContext } from '../../../main/cli/cli-command.ts';
import { FIXTURES } from './category-fixtures.ts';

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'carebinder-classify-'));
  await writeFile(path.join(dir, 'path.txt'), FIXTURES.pathology);
  await writeFile(path.join(dir, 'scan.pdf'), '%PDF-1.7');
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

function context(positionals: string[], json = true): { ctx: CliContext; out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  const ctx: CliContext = {
    positionals,
    values: { json },
    io: { stdout: (t) => out.push(t), stderr: (t) => err.push(t) },
    env: {},
  };
  return { ctx, out, err };
}

describe('carebinder classify', () => {
  it('prints one JSON line per file with category, evidence and key facts', async () => {
    const file = path.join(dir, 'path.txt');
    const { ctx, out } = context([file]);
    expect(await classifyCommand.run(ctx)).toBe(0);
    expect(out).toHaveLength(1);
    const line = JSON.parse(out[0] as string);
    expect(line).toMatchObject({
      file,
      category: 'pathology',
      date: '2026-02-03',
      patient: { name: 'Anna Tester', birthDate: '1968-07-19' },
      facility: 'NORTHFIELD REGIONAL HOSPITAL',
    });
    expect(typeof line.confidence).toBe('number');
    expect(typeof line.needsReview).toBe('boolean');
    expect(Object.keys(line.scores)).toHaveLength(11);
    expect(line.evidence.length).toBeGreaterThan(0);
  });

  it('reports refused and missing files as errors and exits 1', async () => {
    const { ctx, out } = context([
      path.join(dir, 'path.txt'),
      path.join(dir, 'scan.pdf'),
      path.join(dir, 'gone.txt'),
    ]);
    expect(await classifyCommand.run(ctx)).toBe(1);
    const lines = out.map((l) => JSON.parse(l));
    expect(lines[0].category).toBe('pathology');
    expect(lines[1].error.code).toBe('FILE_REFUSED');
    expect(lines[2].error.code).toBe('NOT_FOUND');
  });

  it('reads a digital PDF through its text layer, as an import does', async () => {
    const file = path.join(dir, 'ct.pdf');
    await writeFile(file, await makeTextPdf([FIXTURES.imaging.split('\n').slice(0, 40)]));
    const { ctx, out } = context([file]);
    expect(await classifyCommand.run(ctx)).toBe(0);
    expect(JSON.parse(out[0] as string).category).toBe('imaging');
  });

  it('prints a readable summary without --json', async () => {
    const { ctx, out } = context([path.join(dir, 'path.txt')], false);
    expect(await classifyCommand.run(ctx)).toBe(0);
    expect(out.join('')).toContain('Pathology reports');
  });

  it('asks for at least one file', async () => {
    await expect(classifyCommand.run(context([]).ctx)).rejects.toBeInstanceOf(UsageError);
  });
});
