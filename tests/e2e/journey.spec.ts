import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Locator } from '@playwright/test';
import { expect, skipWithoutChromium, test } from './fixtures/private-door.fixture.ts';
import { BinderPage } from './pages/binder.page.ts';
import { CasePage } from './pages/case.page.ts';
import { ExportPage } from './pages/export.page.ts';
import { FirstRunPage } from './pages/first-run.page.ts';
import { HomePage } from './pages/home.page.ts';
import { ImportPage } from './pages/import.page.ts';
import { RecoveryKeyPage } from './pages/recovery-key.page.ts';
import { canaryFinder, filesUnder, scanFolders } from '../helpers/canary-scan.ts';
import { JourneyCamera } from './support/journey-camera.ts';
import { JOURNEY_FILES, writeJourneyFolder } from './support/journey-records.ts';
import { checkPacketManifest } from './support/packet-manifest.ts';
import type { RecordFiles } from './support/record-files.ts';
import { dismissToasts } from './support/toasts.ts';
import { PASSPHRASE } from './support/vault-session.ts';

skipWithoutChromium();
// A control that never appears should fail its step soon, not wait for the whole test's time.
test.use({ actionTimeout: 30_000 });

// Made-up people. The patient's surname and a reference printed on her medication list and portal summary
// are canaries: after the journey neither may be found on disk anywhere but inside the (encrypted) vault.
const PATIENT = { name: 'Wilhelmina Quarrington', dob: '05/17/1959', birthDate: '1959-05-17' };
const SPOUSE = { name: 'Bartholomew Quarrington', birthDate: '1957-11-02' };
const CANARY_NAME = 'Quarrington';
const CANARY_TEXT = 'QZXCANARY58213';

let folder: RecordFiles;
let packetsDir: string;

test.beforeAll(async () => {
  folder = await writeJourneyFolder(PATIENT, CANARY_TEXT);
  // The "USB stick": outside every folder the privacy scan looks at, since a packet is meant to hold them.
  packetsDir = fs.mkdtempSync(path.join(os.tmpdir(), 'carebinder-e2e-usb-'));
});

test.afterAll(() => {
  folder.cleanup();
  fs.rmSync(packetsDir, { recursive: true, force: true });
});

/** The boxes of every element a locator matches, as drawn on the page. */
async function boxes(locator: Locator): Promise<Array<{ x: number; width: number }>> {
  const all = await Promise.all((await locator.all()).map((element) => element.boundingBox()));
  return all.filter((box) => box !== null);
}

test('a caregiver’s whole journey: vault, family, a mixed folder, review, medicines, case and a checked packet — and nothing leaves the computer', async ({
  page,
  door,
  privacy,
}) => {
  test.setTimeout(420_000);
  const camera = new JourneyCamera(page, 'journey');
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  const home = new HomePage(page);
  const binder = new BinderPage(page);
  const importing = new ImportPage(page);
  const kase = new CasePage(page);
  const exporting = new ExportPage(page);

  await test.step('Create a vault: choose a passphrase and keep the recovery key', async () => {
    await page.goto(door.url);
    const firstRun = new FirstRunPage(page);
    await firstRun.expectVisible();
    await firstRun.passphrase.fill(PASSPHRASE);
    await firstRun.confirm.fill(PASSPHRASE);
    await expect(firstRun.strength).not.toBeEmpty();
    await camera.snap('first-run-passphrase');
    await firstRun.create.click();

    const recovery = new RecoveryKeyPage(page);
    await recovery.expectVisible();
    expect(await recovery.readKey()).toMatch(/^\w+(-\w+)+$/);
    await recovery.confirmation.check();
    await camera.snap('recovery-key-confirmed');
    await recovery.continue.click();
    await home.expectVisible();
    await camera.snap('family-empty');
  });

  await test.step('Add two family members', async () => {
    await home.add({ name: PATIENT.name, birthDate: PATIENT.birthDate, relationship: 'Mother' });
    await home.add({ name: SPOUSE.name, birthDate: SPOUSE.birthDate, relationship: 'Father' });
    await expect(home.card(PATIENT.name)).toBeVisible();
    await expect(home.card(SPOUSE.name)).toBeVisible();
    await expect(home.toast.filter({ hasText: `${SPOUSE.name} was added.` })).toBeVisible();
    await dismissToasts(page);
    await camera.snap('family-two-people');
  });

  await test.step(`Import a mixed folder into ${PATIENT.name}’s binder and watch it finish`, async () => {
    await home
      .card(PATIENT.name)
      .getByRole('button', { name: `Open binder of ${PATIENT.name}` })
      .click();
    await binder.expectOpen(PATIENT.name);
    await binder.importButton.click();
    await expect(importing.heading).toBeVisible();
    await camera.snap('import-choose');

    await importing.importFolder(folder.dir);
    await expect(page.getByRole('heading', { name: 'Importing…' })).toBeVisible();
    // Listed in name order, as a file manager shows the folder.
    await expect(importing.files.locator('.import-file__name')).toHaveText(
      Object.values(JOURNEY_FILES).sort((a, b) => a.localeCompare(b)),
    );
    await camera.snap('import-running');
    const seen = await importing.followProgress();
    expect(seen, 'progress only goes forward').toEqual([...seen].sort((a, b) => a - b));
    await expect(importing.summary).toHaveText('All 6 files done. 5 imported, 1 needing a look.');
    await expect(importing.file(JOURNEY_FILES.pathologyScan)).toContainText(
      'Imported into Pathology reports',
    );
    await expect(importing.file(JOURNEY_FILES.labScan)).toContainText('Imported into Lab results');
    await expect(importing.file(JOURNEY_FILES.phonePhoto)).toContainText('Imported into Imaging reports');
    await expect(importing.file(JOURNEY_FILES.medicationPdf)).toContainText('Imported into Medication lists');
    await expect(importing.file(JOURNEY_FILES.portalCcda)).toContainText('Imported into');
    await expect(importing.file(JOURNEY_FILES.reminderScan)).toContainText('needs a look');
    await camera.snap('import-done');
  });

  await test.step('Open the review queue and correct the category CareBinder was unsure of', async () => {
    await page.getByRole('button', { name: 'Review the document that needs a look' }).click();
    await binder.expectOpen(PATIENT.name);
    await expect(page.getByRole('tab', { name: 'Review (1)' })).toHaveAttribute('aria-selected', 'true');
    const reminder = binder.reviewItem(/^Insurance document/);
    await expect(reminder).toContainText('CareBinder is not sure what kind of record this is.');
    await expect(reminder.getByRole('button', { name: 'File as Insurance & paperwork' })).toBeVisible();
    await camera.snap('review-queue');

    // It is an appointment reminder, not insurance paperwork: file it under Other.
    await reminder.getByRole('button', { name: 'Choose another category' }).click();
    const choose = page.getByRole('dialog', { name: 'Choose a category' });
    await choose.getByRole('radio', { name: 'Other' }).check();
    await camera.snap('review-choose-category');
    await choose.getByRole('button', { name: 'File it here' }).click();
    await expect(choose).toBeHidden();
    await expect(binder.toast.filter({ hasText: /was filed under Other/ })).toBeVisible();
    await expect(page.getByText('Nothing to look at')).toBeVisible();
    await expect(page.getByText('CareBinder has learned from 1 of your choices.')).toBeVisible();
    await expect(binder.category('Other')).toContainText('1 document');
    await dismissToasts(page);
    await camera.snap('review-done');
  });

  await test.step('Accept the medicines CareBinder found in the records', async () => {
    await binder.openTab('Medications');
    const suggestions = page.getByRole('list', { name: 'Suggested medicines' });
    await expect(suggestions.getByRole('listitem')).toHaveCount(3);
    await expect(suggestions).toContainText('Capecitabine');
    await expect(suggestions).toContainText('Loperamide');
    await expect(suggestions).toContainText('Ondansetron');
    await expect(suggestions).toContainText('From “');
    await camera.snap('medication-suggestions');

    for (const left of [2, 1, 0]) {
      await suggestions
        .getByRole('button', { name: /^Accept / })
        .first()
        .click();
      await expect(suggestions.getByRole('listitem')).toHaveCount(left);
    }
    const current = page.getByRole('region', { name: 'Taking now' });
    for (const drug of ['Capecitabine', 'Loperamide', 'Ondansetron'])
      await expect(current).toContainText(drug);
    const bars = page.locator('.timeline__svg .timeline__bar');
    await expect(bars).toHaveCount(3);
    // Each name on the timeline ends before the bars begin (a long one is shortened with "…").
    const barsStart = Math.min(...(await boxes(bars)).map((box) => box.x));
    for (const label of await boxes(page.locator('.timeline__label')))
      expect(label.x + label.width).toBeLessThan(barsStart);
    await expect(binder.toast.filter({ hasText: 'was added to the medication list.' }).last()).toBeVisible();
    await dismissToasts(page);
    await camera.snap('medications-accepted');
  });

  await test.step('Start the second-opinion case and see what is still missing', async () => {
    await binder.secondOpinion.click();
    await kase.expectOpen(PATIENT.name);
    await expect(
      page.getByText(/binder so far: \d+ of \d+ kinds of records — missing: operative report/),
    ).toBeVisible();
    await camera.snap('case-intro');

    await page.getByRole('button', { name: 'Start preparing for a second opinion' }).click();
    await expect(kase.dialog).toBeVisible();
    await kase.fillDetails({
      diagnosis: 'Colon cancer, stage 2',
      diagnosisDate: '2026-02-03',
      secondDoctor: 'Dr. Rosa Imani',
      secondFacility: 'Harbor University Cancer Center',
    });
    await camera.snap('case-details');
    await kase.saveDetails();

    await expect(kase.readiness).toContainText(/\d+ of \d+ ready/);
    await expect(kase.readiness).toContainText(
      'Still missing: operative report, discharge summary, treatment plan',
    );
    await expect(kase.item('Pathology reports')).toContainText('Ready');
    await expect(kase.item('Operative & procedure reports')).toContainText('What to do next');
    await expect(kase.toast.filter({ hasText: 'The details were saved.' })).toBeVisible();
    await dismissToasts(page);
    await camera.snap('case-gaps');
  });

  await test.step('Export a packet folder for a USB stick and check it', async () => {
    await page.getByRole('button', { name: `${PATIENT.name}’s binder` }).click();
    await binder.exportPacket.click();
    await exporting.expectOpen();
    await exporting.chooseFormat('A folder for a USB stick');
    await exporting.folder.fill(packetsDir);
    await expect(exporting.summary).toContainText('6 documents');
    await expect(exporting.summary).toContainText('3 medicines');
    await camera.snap('export-choose');
    await exporting.make.click();
    await expect(exporting.result).toBeVisible({ timeout: 90_000 });
    await expect(exporting.result).toContainText('All files checked — they match.');
    await page.getByRole('button', { name: 'Check the folder again' }).click();
    await expect(exporting.result.getByRole('status').filter({ hasText: 'All files checked' })).toHaveCount(
      2,
    );
    await camera.snap('export-checked');

    // Checked again here, independently of the app: every file's SHA-256 against the manifest.
    const packet = (await exporting.resultPath.textContent()) ?? '';
    const summaryPdf = path.join(packet, '00-Summary.pdf');
    expect(fs.readFileSync(summaryPdf).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const manifest = checkPacketManifest(packet);
    expect(manifest.listed).toContain('00-Summary.pdf');
    expect(manifest.malformed, 'manifest lines that are not "<sha256>  <path>"').toEqual([]);
    expect(manifest.mismatched, 'files missing or whose checksum does not match').toEqual([]);
    expect(manifest.unlisted, 'files the manifest does not list').toEqual([]);
  });

  await test.step('Lock CareBinder', async () => {
    await home.lock.click();
    await expect(page.getByRole('heading', { level: 1, name: 'Unlock CareBinder' })).toBeVisible();
    await expect(page.getByText(PATIENT.name)).toHaveCount(0);
    await camera.snap('locked');
  });

  expect(pageErrors, 'the page raised no errors').toEqual([]);

  await test.step('Nothing left the computer, and nothing readable was left outside the vault', async () => {
    // The page spoke only to the door on this computer (and did speak to it: calls and the event stream).
    expect(privacy.requests).toContain(`${door.origin}/api/call`);
    expect(privacy.requests).toContain(`${door.origin}/api/events`);
    const elsewhere = privacy.requests.filter(
      (url) => !url.startsWith('data:') && new URL(url).origin !== door.origin,
    );
    expect(elsewhere, 'requests to anywhere but the door').toEqual([]);
    expect(privacy.refused).toEqual([]);
    // The server ran cut off from the network, in its main thread and in the threads that read files,
    // and never tried to reach it.
    expect(privacy.guardedThreads()).toContain(0);
    expect(privacy.guardedThreads().length, 'worker threads guarded too').toBeGreaterThan(1);
    expect(privacy.serverAttempts(), 'network attempts by the server').toEqual([]);

    // Closing the browser writes its profile out; then look for the canaries on disk.
    await page.context().close();
    // The scan does see them where they are meant to be in plain form: the files brought in, the packet.
    const find = canaryFinder([CANARY_NAME, CANARY_TEXT]);
    const seen = (dirs: string[]) => new Set(scanFolders(dirs, find).map((h) => h.part));
    expect([...seen([folder.dir])].sort()).toEqual([CANARY_TEXT, CANARY_NAME].sort());
    expect(seen([packetsDir]).has(CANARY_NAME)).toBe(true);
    // Nowhere else: not the browser's profile or temp folder, not the server's temp folder or home.
    expect(filesUnder(privacy.profileDir).length, 'the browser profile was written').toBeGreaterThan(10);
    const leaks = scanFolders(
      [privacy.profileDir, privacy.browserTmp, privacy.serverTmp, door.homeDir],
      find,
    );
    expect(leaks, 'canaries outside the vault').toEqual([]);
    // And inside the vault only as ciphertext.
    expect(scanFolders([door.vaultDir], find), 'plaintext in the vault').toEqual([]);

    const scanned = [privacy.profileDir, privacy.browserTmp, privacy.serverTmp, door.homeDir, door.vaultDir];
    test.info().annotations.push({
      type: 'privacy',
      description:
        `${privacy.requests.length} requests, all to ${door.origin}; server guarded in ` +
        `${privacy.guardedThreads().length} threads, 0 network attempts; ` +
        `${scanned.flatMap(filesUnder).length} files scanned for the canaries, none found`,
    });
  });
});
