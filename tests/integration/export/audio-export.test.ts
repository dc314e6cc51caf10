import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importFiles } from '../../../main/core/documents/import.service.ts';
import { runExport } from '../../../main/core/export/export.service.ts';
import { createTesseractOcrService } from '../../../main/core/ocr/tesseract-ocr.service.ts';
import { addPerson } from '../../../main/core/people/people.service.ts';
import { createVault } from '../../../main/core/vault/vault.service.ts';
import type { VaultSession } from '../../../main/core/vault/vault-session.ts';
import { parsePortalExport } from '../../../main/core/portal/portal-export.ts';
import { wavFile } from '../../helpers/make-audio.ts';
import { makeTextPdf } from '../../helpers/make-fixtures.ts';
import { snapshotFiles, STRONG_PASSPHRASE } from '../../helpers/temp-dir.ts';

const control = () => ({ report: () => undefined, signal: new AbortController().signal });
const wav = wavFile(61, { recordedOn: '2026-03-09' });
let session: VaultSession;
let personId: string;
let root: string;

beforeAll(async () => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'cb-audio-export-'));
  const inbox = path.join(root, 'inbox');
  fs.mkdirSync(inbox);
  fs.writeFileSync(path.join(inbox, 'visit.wav'), wav);
  fs.writeFileSync(
    path.join(inbox, 'consult.pdf'),
    await makeTextPdf([
      [
        'ONCOLOGY CONSULTATION NOTE',
        'Date of visit: 03/09/2026',
        'History of present illness: referred for a second opinion.',
        'Assessment and plan: discussed the options. Follow up in two weeks.',
      ],
    ]),
  );
  ({ session } = await createVault(path.join(root, 'vault'), STRONG_PASSPHRASE));
  personId = addPerson(session, { name: 'Vera Export', birthDate: '1950-01-01' }).id;
  const ocr = createTesseractOcrService();
  try {
    const files = fs.readdirSync(inbox).map((f) => path.join(inbox, f));
    await importFiles(session, personId, files.sort(), { ocr });
  } finally {
    await ocr.close();
  }
});
afterAll(() => {
  session?.close();
  fs.rmSync(root, { recursive: true, force: true });
});

describe('exporting a binder with an audio recording', () => {
  it('puts the original recording in the folder under visit notes, and the index says it is not in the PDF', async () => {
    const out = path.join(root, 'usb', 'Packet');
    const result = await runExport(session, { personId, format: 'folder', out }, control());
    expect(result.verification.ok).toBe(true);
    expect(result.documents).toBe(2);
    const files = [...snapshotFiles(out).keys()];
    const recording = files.find((f) => f.endsWith('.wav'));
    expect(recording).toMatch(
      /^09 Visit and consult notes\/2026-03-09 visit_notes Audio recording 1 min\.wav$/,
    );
    expect(fs.readFileSync(path.join(out, recording!)).equals(wav)).toBe(true);

    const html = fs.readFileSync(path.join(out, 'index.html'), 'utf8');
    const row = html.split('\n').find((line) => line.includes('Audio recording, 1 min'));
    expect(row).toContain('audio recording, not included in the PDF');
    expect(row).toContain(`href="${recording!.split('/').map(encodeURIComponent).join('/')}"`);

    // The summary PDF holds the written note only: no page, index line or bookmark for the recording.
    const pdf = path.join(out, '00-Summary.pdf');
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    expect(text).toContain('ONCOLOGY CONSULTATION NOTE');
    expect(text).not.toContain('Audio recording');
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))?.[1]);
    expect(pages).toBe(result.pages);
  });

  it('carries the recording in the FHIR bundle as an audio attachment', async () => {
    const out = path.join(root, 'packet.json');
    const result = await runExport(session, { personId, format: 'fhir', out }, control());
    expect(result.verification.ok).toBe(true);
    const parsed = parsePortalExport(fs.readFileSync(out), 'packet.json');
    const audio = parsed.documents.find((d) => d.mime === 'audio/wav');
    expect(audio?.bytes && Buffer.from(audio.bytes).equals(wav)).toBe(true);
  });
});
