import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CALLS } from '../../../shared/api/contract.ts';
import type { Result } from '../../../shared/errors.ts';
import { vaultFile } from '../../../main/core/vault/vault-paths.ts';
import { startBrowserServer } from '../../../main/server/browser-server.ts';
import { importThroughApi, openApp } from '../../helpers/api-harness.ts';
import { STRONG_PASSPHRASE, tempDir } from '../../helpers/temp-dir.ts';
import { callOverHttp, flipped } from './tamper-fixtures.ts';

const PAGE = 4096; // SQLCipher v4 page size: every page carries its own HMAC

/** A vault with enough records that the documents table and the search index span several pages. */
async function vaultWithRecords() {
  const app = await openApp();
  const person = await app.call(CALLS.peopleAdd, { name: 'Dee Example' });
  const inbox = tempDir();
  const files = Array.from({ length: 40 }, (_, i) => {
    const file = path.join(inbox, `visit-note-${String(i).padStart(2, '0')}.txt`);
    const drug = i === 7 ? 'trastuzumab' : 'acetaminophen';
    fs.writeFileSync(file, `Clinic visit note ${i}. Reviewed ${drug}. `.repeat(20) + `Plan ${i * 7919}.\n`);
    return file;
  });
  const outcomes = await importThroughApi(app, person.id, files);
  expect(outcomes.filter((o) => o.error)).toEqual([]);
  const reads: Record<string, () => Promise<Result<unknown>>> = {
    documents: () => app.dispatch(CALLS.documentsList, { personId: person.id }),
    search: () => app.dispatch(CALLS.searchPages, { personId: person.id, query: 'trastuzumab' }),
    people: () => app.dispatch(CALLS.peopleList, {}),
  };
  const baseline = new Map<string, string>();
  for (const [name, read] of Object.entries(reads)) baseline.set(name, JSON.stringify(await read()));
  expect(JSON.parse(baseline.get('search')!)).toMatchObject({ ok: true, value: [expect.anything()] });
  // Which object owns which page (SQLite's dbstat view), so each change lands where the case says.
  const owners = app.ctx.session().db.prepare('SELECT name, pageno FROM dbstat').all() as {
    name: string;
    pageno: number;
  }[];
  await app.call(CALLS.vaultLock, {});
  const file = vaultFile(app.ctx.vaultDir, 'database');
  // Locking folds the write-ahead log back in: the main file alone holds every record.
  expect(fs.existsSync(`${file}-wal`)).toBe(false);
  const pagesOf = (name: string) => owners.filter((o) => o.name === name).map((o) => o.pageno - 1);
  return { app, file, reads, baseline, pagesOf, original: fs.readFileSync(file) };
}

type Vault = Awaited<ReturnType<typeof vaultWithRecords>>;

/**
 * Unlocks the damaged vault through the router and runs the reads the screens use. Returns every error
 * code met (where) and every read that answered but differed from before the damage.
 */
async function attempt(vault: Vault) {
  const errors: string[] = [];
  const changed: string[] = [];
  const unlock = await vault.app.dispatch(CALLS.vaultUnlock, { passphrase: STRONG_PASSPHRASE });
  if (!unlock.ok) return { errors: [`unlock:${unlock.error.code}`], changed };
  for (const [name, read] of Object.entries(vault.reads)) {
    const result = await read();
    if (!result.ok) errors.push(`${name}:${result.error.code}`);
    else if (JSON.stringify(result) !== vault.baseline.get(name)) changed.push(name);
  }
  await vault.app.call(CALLS.vaultLock, {});
  return { errors, changed };
}

describe('a damaged or altered database file', () => {
  it('a changed byte in page 1, a middle page or the last page is VAULT_INTEGRITY, never changed records', async () => {
    const vault = await vaultWithRecords();
    const { original } = vault;
    const pageCount = original.length / PAGE;
    expect(Number.isInteger(pageCount)).toBe(true);
    const documentPages = vault.pagesOf('documents');
    const middle = documentPages.reduce((a, b) =>
      Math.abs(b - pageCount / 2) < Math.abs(a - pageCount / 2) ? b : a,
    );
    const cases: [string, number, string[]][] = [
      // Unlocking reads page 1 (the schema) and every document row (the orphan sweep), so both stop there.
      ['page 1', 0, ['unlock:VAULT_INTEGRITY']],
      [`middle page ${middle + 1} of ${pageCount} (documents table)`, middle, ['unlock:VAULT_INTEGRITY']],
    ];
    for (const [label, page, expected] of cases) {
      for (const offset of [0, 1000, PAGE - 1]) {
        const damaged = flipped(original, page * PAGE + offset);
        fs.writeFileSync(vault.file, damaged);
        expect(await attempt(vault), `${label} +${offset}`).toEqual({ errors: expected, changed: [] });
        // A refused unlock only read: the damaged file is left for a recovery tool exactly as it was.
        expect(fs.readFileSync(vault.file).equals(damaged), label).toBe(true);
      }
    }
    // The last page belongs to whichever object grew last; wherever it fails, it fails as damage.
    for (const offset of [0, 2048, PAGE - 1]) {
      fs.writeFileSync(vault.file, flipped(original, original.length - PAGE + offset));
      const { errors, changed } = await attempt(vault);
      expect(errors.length, `last page +${offset}`).toBeGreaterThan(0);
      expect(
        errors.every((e) => e.endsWith(':VAULT_INTEGRITY')),
        errors.join(),
      ).toBe(true);
      expect(changed).toEqual([]);
    }
    fs.writeFileSync(vault.file, original);
    expect(await attempt(vault)).toEqual({ errors: [], changed: [] });
  });

  it('a damaged search-index page fails only search, with VAULT_INTEGRITY through the router and the browser door', async () => {
    const vault = await vaultWithRecords();
    const [page] = vault.pagesOf('pages_fts_data');
    fs.writeFileSync(vault.file, flipped(vault.original, page! * PAGE + 500));
    expect(await attempt(vault)).toEqual({ errors: ['search:VAULT_INTEGRITY'], changed: [] });

    await vault.app.call(CALLS.vaultUnlock, { passphrase: STRONG_PASSPHRASE });
    const renderer = tempDir();
    fs.writeFileSync(path.join(renderer, 'index.html'), '<!doctype html><title>CareBinder</title>');
    const server = await startBrowserServer({
      ctx: vault.app.ctx,
      dispatch: vault.app.dispatch,
      rendererDir: renderer,
    });
    try {
      const personId = (JSON.parse(vault.baseline.get('people')!) as { value: { id: string }[] }).value[0]!
        .id;
      const answer = await callOverHttp(server, CALLS.searchPages, { personId, query: 'trastuzumab' });
      expect(answer.type).toBe('application/json');
      // The door's protocol: every call is answered 200 with a result envelope; the error is in it.
      expect(JSON.parse(answer.body)).toEqual({
        ok: false,
        error: {
          code: 'VAULT_INTEGRITY',
          message: expect.stringMatching(/damaged.*Restore the vault from a backup/),
        },
      });
    } finally {
      await server.close();
    }
  });

  it('a file cut at a page boundary is VAULT_INTEGRITY; bytes appended after the last page are never read', async () => {
    const vault = await vaultWithRecords();
    const { original } = vault;
    for (const keep of [original.length - PAGE, Math.floor(original.length / PAGE / 2) * PAGE, PAGE]) {
      fs.writeFileSync(vault.file, original.subarray(0, keep));
      expect(await attempt(vault), `cut to ${keep / PAGE} pages`).toEqual({
        errors: ['unlock:VAULT_INTEGRITY'],
        changed: [],
      });
    }
    // Page 1 (authenticated) says how many pages the database has, so SQLite never reads past them:
    // whatever is appended — a copy of a real page, zeros, a partial page — cannot become a record.
    for (const [label, tail] of [
      ['a copy of page 2', original.subarray(PAGE, 2 * PAGE)],
      ['a page of zeros', Buffer.alloc(PAGE)],
      ['a partial page', Buffer.alloc(100, 0x5a)],
    ] as const) {
      fs.writeFileSync(vault.file, Buffer.concat([original, tail]));
      expect(await attempt(vault), label).toEqual({ errors: [], changed: [] });
    }
  });
});
