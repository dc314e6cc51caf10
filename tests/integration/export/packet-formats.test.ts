import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listDocumentsOf } from '../../../main/core/documents/documents.repo.ts';
import { runExport } from '../../../main/core/export/export.service.ts';
import { verifyFolder } from '../../../main/core/export/manifest.ts';
import { parsePortalExport } from '../../../main/core/portal/portal-export.ts';
import { snapshotFiles } from '../../helpers/temp-dir.ts';
import { fhirDocumentBundle } from './fhir-r4-shapes.ts';
import { buildPacketVault, CANARY, hasGps, type PacketVault } from './packet-fixture.ts';

let root: string;
let vault: PacketVault;
const control = () => ({ report: () => undefined, signal: new AbortController().signal });
const exportAs = (format: 'pdf' | 'folder' | 'zip' | 'fhir', out: string, extra: object = {}) =>
  runExport(vault.session, { personId: vault.ada.id, format, out, ...extra }, control());

beforeAll(async () => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'cb-export-formats-'));
  vault = await buildPacketVault(root);
});
afterAll(() => {
  vault?.session.close();
  fs.rmSync(root, { recursive: true, force: true });
});

describe('USB folder export', () => {
  it('writes the tree with an offline index and a manifest sha256sum accepts, and reports damage', async () => {
    const dir = path.join(root, 'usb', 'Packet Ada');
    const result = await exportAs('folder', dir);
    expect(result.verification).toMatchObject({ ok: true, missing: [], corrupted: [] });
    const files = [...snapshotFiles(dir).keys()].sort();
    expect(files).toContain('00-Summary.pdf');
    expect(files).toContain('index.html');
    expect(files).toContain('MANIFEST.sha256');
    const pathology = files.find((f) => f.startsWith('01 Pathology reports/'));
    expect(pathology).toMatch(/^01 Pathology reports\/2026-02-03 pathology [A-Za-z0-9 ._()-]+\.pdf$/);
    for (const file of files) expect(file).toMatch(/^[A-Za-z0-9 ._()/-]+$/);

    const html = fs.readFileSync(path.join(dir, 'index.html'), 'utf8');
    expect(html).not.toMatch(/<script|https?:\/\/(?!www\.w3\.org)/i);
    for (const href of html.matchAll(/href="([^"]+)"/g))
      expect(fs.existsSync(path.join(dir, decodeURIComponent(href[1]!)))).toBe(true);

    const check = spawnSync('sha256sum', ['-c', '--strict', 'MANIFEST.sha256'], {
      cwd: dir,
      encoding: 'utf8',
    });
    expect(check.status, check.stdout + check.stderr).toBe(0);
    expect(check.stdout.trim().split('\n')).toHaveLength(files.length - 1);

    // Photos leave without EXIF (no GPS); PDFs without author or producer.
    const photo = files.find((f) => f.endsWith('.jpg'))!;
    const jpeg = fs.readFileSync(path.join(dir, photo));
    expect(await hasGps(jpeg)).toBe(false);
    expect((await sharp(jpeg).metadata()).exif).toBeUndefined();
    const info = execFileSync('pdfinfo', [path.join(dir, pathology!)], { encoding: 'utf8' });
    expect(info).not.toMatch(/^(Author|Producer|Creator):/m);

    fs.appendFileSync(path.join(dir, pathology!), 'x');
    fs.rmSync(path.join(dir, 'index.html'));
    expect(verifyFolder(dir)).toMatchObject({
      ok: false,
      corrupted: [pathology],
      missing: ['index.html'],
    });
    await expect(exportAs('folder', dir)).rejects.toMatchObject({ code: 'INVALID_INPUT' });
  });

  it('the imported photo really carried GPS before export (the check above means something)', async () => {
    const photo = listDocumentsOf(vault.session.db, vault.ada.id).find((d) => d.kind === 'jpeg')!;
    expect(await hasGps(vault.session.store.get(photo.fileId))).toBe(true);
  });
});

describe('email ZIP', () => {
  it('opens with the password in 7z and not without it', async () => {
    const out = path.join(root, 'packet.zip');
    const result = await exportAs('zip', out, { zipPassword: 'tulip-window-42' });
    expect(result.verification.ok).toBe(true);
    expect(result.overEmailLimit).toBe(false);
    const listing = execFileSync('7z', ['l', '-slt', '-ptulip-window-42', out], { encoding: 'utf8' });
    expect(listing).toMatch(/Method = AES-256/);

    const good = path.join(root, 'unzipped');
    const ok = spawnSync('7z', ['x', '-ptulip-window-42', `-o${good}`, out], { encoding: 'utf8' });
    expect(ok.status).toBe(0);
    const check = spawnSync('sha256sum', ['-c', 'MANIFEST.sha256'], { cwd: good, encoding: 'utf8' });
    expect(check.status, check.stdout).toBe(0);

    const wrong = spawnSync('7z', ['x', '-pwrong-password', `-o${path.join(root, 'wrong')}`, out], {
      encoding: 'utf8',
    });
    expect(wrong.status).not.toBe(0);
    const none = spawnSync('7z', ['x', '-p', `-o${path.join(root, 'none')}`, out], {
      encoding: 'utf8',
      input: '',
    });
    expect(none.status).not.toBe(0);
  });

  it('splits into complete parts under a small limit and warns when not split', async () => {
    const warned = await exportAs('zip', path.join(root, 'big.zip'), { emailLimitMb: 1 / 32 + 0.001 });
    expect(warned.overEmailLimit).toBe(true);
    expect(warned.largeItems[0]?.name).toBe('00-Summary.pdf');
    const split = await exportAs('zip', path.join(root, 'split.zip'), { emailLimitMb: 0.05, split: true });
    expect(split.files.length).toBeGreaterThan(1);
    expect(split.files[0]!.path).toMatch(/split\.part1\.zip$/);
    const merged = path.join(root, 'merged');
    for (const part of split.files)
      expect(spawnSync('7z', ['x', '-y', `-o${merged}`, part.path]).status).toBe(0);
    expect(spawnSync('sha256sum', ['-c', 'MANIFEST.sha256'], { cwd: merged }).status).toBe(0);
  });
});

describe('FHIR R4 bundle', () => {
  it('validates and round-trips through the portal importer', async () => {
    const out = path.join(root, 'packet.fhir.json');
    const result = await exportAs('fhir', out);
    expect(result.verification.ok).toBe(true);
    const bundle = JSON.parse(fs.readFileSync(out, 'utf8'));
    const valid = fhirDocumentBundle.safeParse(bundle);
    expect(valid.success, JSON.stringify(valid.error?.issues.slice(0, 3))).toBe(true);

    const docs = listDocumentsOf(vault.session.db, vault.ada.id);
    const parsed = parsePortalExport(fs.readFileSync(out));
    expect(parsed.counts.documents).toBe(docs.length);
    expect(parsed.counts.medications).toBe(2);
    expect(parsed.patient).toMatchObject({ name: 'Ada Example', birthDate: '1961-04-12' });
    expect(parsed.medications.map((m) => m.name).sort()).toEqual(['Letrozole 2.5 mg', 'Tamoxifen']);
    expect(parsed.medications.find((m) => m.name === 'Tamoxifen')).toMatchObject({
      start: '2025-01',
      stop: '2025-12-15',
      route: 'by mouth',
    });
    expect(parsed.documents.map((d) => d.category).sort()).toEqual(
      docs.map((d) => d.category ?? 'other').sort(),
    );
    const pathology = parsed.documents.find((d) => d.category === 'pathology')!;
    const original = docs.find((d) => d.category === 'pathology')!;
    expect(pathology.date).toBe(original.docDate);
    expect(pathology.bytes?.length).toBeGreaterThan(500);
  });
});

describe('only the selected person', () => {
  it('no export of Ada contains anything of Bob (canary)', async () => {
    const out = path.join(root, 'canary');
    await exportAs('pdf', path.join(out, 'a.pdf'));
    await exportAs('folder', path.join(out, 'folder'));
    await exportAs('zip', path.join(out, 'a.zip'));
    await exportAs('fhir', path.join(out, 'a.json'));
    execFileSync('7z', ['x', `-o${path.join(out, 'zip-contents')}`, path.join(out, 'a.zip')]);
    for (const [name, bytes] of snapshotFiles(out)) {
      expect(bytes.includes(CANARY), name).toBe(false);
      if (name.endsWith('.pdf')) {
        const text = execFileSync('pdftotext', [path.join(out, name), '-'], { encoding: 'utf8' });
        expect(text.includes(CANARY), name).toBe(false);
        expect(text).not.toMatch(/Bob Other|Canarymycin|arthroscopy/);
      }
    }
    const fhir = fs.readFileSync(path.join(out, 'a.json'), 'utf8');
    expect(fhir).not.toContain('Bob Other');
    // The canary is really in the vault, under Bob.
    expect(listDocumentsOf(vault.session.db, vault.bob.id)).toHaveLength(1);
  });
});
