import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, skipWithoutChromium, test } from './fixtures/browser-door.fixture.ts';
import { BinderPage } from './pages/binder.page.ts';
import { ExportPage } from './pages/export.page.ts';
import { ImportPage } from './pages/import.page.ts';
import { labScanPng, pathologyPdf, writeRecordFiles, type RecordFiles } from './support/record-files.ts';
import { checkScreen } from './support/screens.ts';
import { newVaultWithPeople } from './support/vault-session.ts';

skipWithoutChromium();

const PATIENT = { name: 'Ada Example', dob: '03/14/1958' };
let files: RecordFiles;
let desktop: string;
const revealLog = () => path.join(desktop, 'revealed.txt');

/** The folders the file manager stand-in was asked to open, once it has written them. */
async function revealed(count: number): Promise<string[]> {
  await expect
    .poll(() =>
      fs.existsSync(revealLog()) ? fs.readFileSync(revealLog(), 'utf8').split('\n').filter(Boolean) : [],
    )
    .toHaveLength(count);
  return fs.readFileSync(revealLog(), 'utf8').split('\n').filter(Boolean);
}

test.beforeAll(async () => {
  files = writeRecordFiles({
    'pathology.pdf': await pathologyPdf(PATIENT),
    'lab-scan.png': await labScanPng(),
  });
  // A stub of the desktop environment, not of CareBinder: this machine has no file manager, so the server
  // (started by the door fixture with this environment) runs a script that records the folder it was
  // asked to show. Our own code — the call, the exported-files check, the spawn — runs for real.
  desktop = fs.mkdtempSync(path.join(os.tmpdir(), 'cb-e2e-desktop-'));
  const recorder = path.join(desktop, 'file-manager.sh');
  fs.writeFileSync(recorder, `#!/bin/sh\nprintf '%s\\n' "$@" >> '${revealLog()}'\n`, { mode: 0o755 });
  process.env.CAREBINDER_REVEAL_COMMAND = recorder;
});

test.afterAll(() => {
  files.cleanup();
  delete process.env.CAREBINDER_REVEAL_COMMAND;
  fs.rmSync(desktop, { recursive: true, force: true });
});

test('export a packet as a PDF, a checked USB folder and a password ZIP', async ({ page, door }) => {
  test.setTimeout(240_000);
  const home = await newVaultWithPeople(page, door, [{ name: PATIENT.name, birthDate: '1958-03-14' }]);
  await home
    .card(PATIENT.name)
    .getByRole('button', { name: `Open binder of ${PATIENT.name}` })
    .click();
  const binder = new BinderPage(page);
  await binder.importButton.click();
  const importing = new ImportPage(page);
  await importing.importFiles([files.path('pathology.pdf'), files.path('lab-scan.png')]);
  await importing.waitUntilDone(2);
  await page.getByRole('button', { name: 'Go to the binder' }).click();

  await binder.openTab('Medications');
  await page.getByRole('button', { name: 'Add a medicine' }).click();
  const add = page.getByRole('dialog', { name: 'Add a medicine' });
  await add.getByRole('combobox', { name: 'Medicine name' }).fill('Capecitabine');
  await add.getByLabel(/^Dose/).fill('1000 mg');
  await add.getByLabel(/^How often/).fill('twice a day');
  await add.getByLabel(/^Started/).fill('2026-02');
  await add.getByRole('button', { name: 'Add medicine' }).click();
  await expect(add).toBeHidden();

  await page.getByRole('button', { name: 'Export a packet for the doctor' }).click();
  const exporting = new ExportPage(page);
  await exporting.expectOpen();
  await expect(exporting.summary).toContainText(
    '2 documents, 3 pages, and a medication history with 1 medicine',
  );
  await expect(exporting.name).toHaveValue(/^CareBinder packet - Ada Example - \d{4}-\d{2}-\d{2}\.pdf$/);
  const out = path.join(door.homeDir, 'packets');
  await exporting.folder.fill(out);
  await expect(exporting.destination).toHaveText(path.join(out, await exporting.name.inputValue()));
  await checkScreen(page, '70-export-choose');

  // Leaving out a kind of document updates the preview at once.
  const pathology = page.getByRole('checkbox', { name: 'Pathology reports' });
  await pathology.uncheck();
  await expect(exporting.summary).toContainText('1 document, 1 page');
  await pathology.check();
  await expect(exporting.summary).toContainText('2 documents, 3 pages');

  // A missing folder is explained at the field, and the field is where focus goes.
  await exporting.folder.fill('');
  await exporting.make.click();
  await expect(page.getByText('Type the folder to save the packet in.')).toBeVisible();
  await expect(exporting.folder).toBeFocused();

  // 1. A PDF to print or send.
  await exporting.makeInto(out);
  await expect(exporting.result).toContainText('All files checked — they match.');
  const pdf = await exporting.resultPath.textContent();
  expect(pdf && fs.readFileSync(pdf).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  await expect(exporting.writeEmail).toBeVisible();
  await exporting.showInFolder.click();
  await expect(exporting.result.getByText('The folder is open in your file manager.')).toBeVisible();
  expect(await revealed(1)).toEqual([out]);
  await checkScreen(page, '71-export-pdf-done');

  // 2. A folder for a USB stick, read back, then checked again on request.
  await exporting.again();
  await exporting.chooseFormat('A folder for a USB stick');
  await expect(exporting.name).toHaveValue(/^CareBinder packet - Ada Example - [\d-]+$/);
  await exporting.makeInto(out);
  await expect(exporting.result).toContainText('All files checked — they match.');
  const folder = (await exporting.resultPath.textContent()) ?? '';
  expect(fs.existsSync(path.join(folder, 'MANIFEST.sha256'))).toBe(true);
  // A folder is for a USB stick: it can be shown, not emailed.
  await expect(exporting.writeEmail).toHaveCount(0);
  await exporting.showInFolder.click();
  expect(await revealed(2)).toEqual([out, out]);
  await page.getByRole('button', { name: 'Check the folder again' }).click();
  await expect(exporting.result.getByRole('status').filter({ hasText: 'All files checked' })).toHaveCount(2);
  await checkScreen(page, '72-export-folder-done');

  // 3. An email ZIP locked with a generated password, shown again with the advice to share it apart.
  await exporting.again();
  await exporting.chooseFormat('An email attachment (ZIP)');
  await page.getByRole('checkbox', { name: 'Lock the ZIP with a password' }).check();
  await page.getByRole('button', { name: 'Make a strong password for me' }).click();
  await expect(exporting.password).toHaveValue(/^[a-z2-9]{4}(-[a-z2-9]{4}){3}$/);
  const password = await exporting.password.inputValue();
  await checkScreen(page, '73-export-zip-options');
  await exporting.makeInto(out);
  await expect(exporting.result).toContainText('All files checked — they match.');
  await expect(exporting.result.getByTestId('result-password')).toHaveText(password);
  await expect(exporting.result).toContainText('never in the same email as the ZIP');
  await expect(exporting.result).toContainText('Give the doctor’s office the password another way');
  await checkScreen(page, '74-export-zip-done');

  // The draft is opened by the browser (headless Chromium has no mail app: the page stays) and the
  // folder with the ZIP to attach is shown.
  await exporting.writeEmail.click();
  await expect(exporting.result.getByText('Your email app should now show a draft.')).toBeVisible();
  expect(await revealed(3)).toEqual([out, out, out]);

  // The ZIP opens with the password in a standard tool, and not without it.
  const zip = (await exporting.resultPath.textContent()) ?? '';
  expect(execFileSync('7z', ['t', `-p${password}`, zip], { encoding: 'utf8' })).toContain('Everything is Ok');
  expect(() => execFileSync('7z', ['t', '-pwrong-password', zip], { stdio: 'pipe' })).toThrow();
});
