import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, skipWithoutChromium, test } from './fixtures/browser-door.fixture.ts';
import { BinderPage } from './pages/binder.page.ts';
import { CasePage } from './pages/case.page.ts';
import { ExportPage } from './pages/export.page.ts';
import { FirstRunPage } from './pages/first-run.page.ts';
import { HomePage } from './pages/home.page.ts';
import { ImportPage } from './pages/import.page.ts';
import { RecoveryKeyPage } from './pages/recovery-key.page.ts';
import { JourneyCamera } from './support/journey-camera.ts';
import { JOURNEY_FILES, writeJourneyFolder } from './support/journey-records.ts';
import { activate, countPointerPresses, pointerPresses, tabTo, typeInto } from './support/keyboard.ts';
import { checkPacketManifest } from './support/packet-manifest.ts';
import type { RecordFiles } from './support/record-files.ts';
import { PASSPHRASE } from './support/vault-session.ts';

skipWithoutChromium();
test.use({ actionTimeout: 30_000 });

const PATIENT = { name: 'Odile Fenwick', dob: '08/30/1948' };
const DAUGHTER = 'Maren Fenwick';
let folder: RecordFiles;
let packetsDir: string;

test.beforeAll(async () => {
  folder = await writeJourneyFolder(PATIENT, 'KEYBOARD-ONLY');
  packetsDir = fs.mkdtempSync(path.join(os.tmpdir(), 'carebinder-e2e-usb-'));
});

test.afterAll(() => {
  folder.cleanup();
  fs.rmSync(packetsDir, { recursive: true, force: true });
});

test('the same journey with the keyboard alone: Tab, Shift+Tab, Enter, Space, arrows and the shortcuts', async ({
  page,
  door,
}) => {
  test.setTimeout(300_000);
  const camera = new JourneyCamera(page, 'journey-keyboard');
  const home = new HomePage(page);
  const binder = new BinderPage(page);
  const importing = new ImportPage(page);
  const kase = new CasePage(page);
  const exporting = new ExportPage(page);
  const keys = page.keyboard;
  await countPointerPresses(page);

  await test.step('Create a vault: type the passphrase twice, tick the recovery-key box with Space', async () => {
    await page.goto(door.url);
    const firstRun = new FirstRunPage(page);
    await firstRun.expectVisible();
    await typeInto(page, firstRun.passphrase, PASSPHRASE);
    await typeInto(page, firstRun.confirm, PASSPHRASE);
    await camera.snap('first-run');
    await keys.press('Enter');

    const recovery = new RecoveryKeyPage(page);
    await recovery.expectVisible();
    await tabTo(page, recovery.confirmation);
    await keys.press('Space');
    await expect(recovery.confirmation).toBeChecked();
    await camera.snap('recovery-key');
    await activate(page, recovery.continue);
    await home.expectVisible();
  });

  await test.step('Add two family members through the person dialog', async () => {
    for (const person of [
      { name: PATIENT.name, birthDigits: '08301948', relationship: 'Mother' },
      { name: DAUGHTER, birthDigits: '02141979', relationship: 'Me' },
    ]) {
      await activate(page, home.addPerson.first());
      await expect(home.dialog).toBeVisible();
      const name = home.dialog.getByLabel('Name', { exact: true });
      await expect(name, 'the dialog starts at its first field').toBeFocused();
      await keys.type(person.name);
      await tabTo(page, home.dialog.getByLabel(/^Date of birth/));
      await keys.type(person.birthDigits);
      await typeInto(page, home.dialog.getByLabel(/^Relationship to you/), person.relationship);
      await activate(page, home.dialog.getByRole('button', { name: 'Add person' }));
      await expect(home.dialog).toBeHidden();
    }
    await expect(home.card(PATIENT.name)).toContainText('Born August 30, 1948');
    await expect(home.card(DAUGHTER)).toBeVisible();
    await camera.snap('family');
  });

  await test.step('Open the binder, press "i" and choose files with Enter', async () => {
    await activate(
      page,
      home.card(PATIENT.name).getByRole('button', { name: `Open binder of ${PATIENT.name}` }),
    );
    await binder.expectOpen(PATIENT.name);
    await keys.press('i');
    await expect(importing.heading).toBeVisible();
    await tabTo(page, importing.chooseFiles);
    const chooser = page.waitForEvent('filechooser');
    await keys.press('Enter');
    await (
      await chooser
    ).setFiles(
      [JOURNEY_FILES.medicationPdf, JOURNEY_FILES.portalCcda, JOURNEY_FILES.reminderScan].map(folder.path),
    );
    await importing.followProgress();
    await expect(importing.summary).toHaveText('All 3 files done. 2 imported, 1 needing a look.');
    await camera.snap('import-done');
  });

  await test.step('Review: choose another category with the arrow keys', async () => {
    await activate(page, page.getByRole('button', { name: 'Review the document that needs a look' }));
    await expect(page.getByRole('tab', { name: 'Review (1)' })).toHaveAttribute('aria-selected', 'true');
    const item = binder.reviewItem(/^Insurance document/);
    await activate(page, item.getByRole('button', { name: 'Choose another category' }));
    const choose = page.getByRole('dialog', { name: 'Choose a category' });
    await expect(choose.getByRole('radio').first()).toBeFocused();
    // From the first choice, the Up arrow wraps round to the last one, "Other".
    await keys.press('ArrowUp');
    await expect(choose.getByRole('radio', { name: 'Other' })).toBeChecked();
    await camera.snap('review-choose-category');
    await activate(page, choose.getByRole('button', { name: 'File it here' }));
    await expect(choose).toBeHidden();
    await expect(page.getByText('Nothing to look at')).toBeVisible();
    // The filed document has left the queue; focus carries on from the queue's heading.
    await expect(page.getByRole('heading', { name: 'Documents that need a look' })).toBeFocused();
  });

  await test.step('Medicines: move along the tabs with the arrows, accept each suggestion with Enter', async () => {
    await tabTo(page, page.getByRole('tab', { name: 'Review', exact: true }), { backwards: true });
    await keys.press('ArrowRight');
    await expect(page.getByRole('tab', { name: 'Medications' })).toBeFocused();
    await expect(page.getByRole('tab', { name: 'Medications' })).toHaveAttribute('aria-selected', 'true');
    const suggestions = page.getByRole('list', { name: 'Suggested medicines' });
    await expect(suggestions.getByRole('listitem')).toHaveCount(3);
    const found = page.getByRole('heading', { name: 'Found in your documents' });
    for (const left of [2, 1, 0]) {
      await activate(page, suggestions.getByRole('button', { name: /^Accept / }).first());
      await expect(suggestions.getByRole('listitem')).toHaveCount(left);
      // The accepted suggestion has gone; focus waits on the suggestions' heading, one Tab from the next.
      await expect(left > 0 ? found : page.getByRole('heading', { name: 'Medicines' })).toBeFocused();
    }
    await expect(page.getByRole('region', { name: 'Taking now' })).toContainText('Capecitabine');
    await camera.snap('medications');
  });

  await test.step('Shortcuts: "?" lists them, "/" searches the binder, Enter opens the page found', async () => {
    await keys.press('?');
    const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await expect(help).toBeVisible();
    await camera.snap('shortcuts');
    await keys.press('Escape');
    await expect(help).toBeHidden();

    await keys.press('/');
    const search = page.getByRole('searchbox', { name: `Search ${PATIENT.name}’s binder` });
    await expect(search).toBeFocused();
    await keys.type('Loperamide');
    await keys.press('Enter');
    const results = page.getByRole('list', { name: 'Results' });
    await expect(results.getByRole('listitem')).toHaveCount(1);
    await activate(page, results.getByRole('button').first());
    await expect(page.locator('.page-text')).toContainText('Loperamide');
    await expect(page.getByRole('heading', { level: 1 }), 'the viewer starts at its heading').toBeFocused();
    await camera.snap('search-result-opened');
  });

  await test.step('Second opinion: start the case, type the details, see what is missing', async () => {
    await activate(page, page.getByRole('button', { name: 'Back to the binder' }));
    await activate(page, binder.secondOpinion);
    await kase.expectOpen(PATIENT.name);
    await activate(page, page.getByRole('button', { name: 'Start preparing for a second opinion' }));
    await expect(kase.dialog.getByLabel(/^Diagnosis, as you know it/)).toBeFocused();
    await keys.type('Colon cancer, stage 2');
    await typeInto(page, kase.dialog.getByLabel(/^Second-opinion doctor/), 'Dr. Rosa Imani');
    await activate(page, kase.dialog.getByRole('button', { name: 'Save details' }));
    await expect(kase.dialog).toBeHidden();
    // The button that started the case is gone; focus returns to the screen's heading, not to the page.
    await expect(kase.heading).toBeFocused();
    await expect(kase.readiness).toContainText('Still missing: pathology report, operative report');
    await camera.snap('case-gaps');
  });

  await test.step('Export a packet folder and check it again', async () => {
    await activate(page, page.getByRole('button', { name: `${PATIENT.name}’s binder` }));
    await activate(page, binder.exportPacket);
    await exporting.expectOpen();
    // A radio group is one Tab stop; the arrows move the choice.
    await tabTo(page, page.getByRole('radio', { name: /^A PDF to print or send/ }));
    await keys.press('ArrowDown');
    await expect(page.getByRole('radio', { name: /^A folder for a USB stick/ })).toBeChecked();
    await typeInto(page, exporting.folder, packetsDir);
    await activate(page, exporting.make);
    await expect(exporting.result).toBeVisible({ timeout: 90_000 });
    await expect(exporting.result).toContainText('All files checked — they match.');
    await activate(page, page.getByRole('button', { name: 'Check the folder again' }));
    await expect(exporting.result.getByRole('status').filter({ hasText: 'All files checked' })).toHaveCount(
      2,
    );
    await camera.snap('export-checked');
    const packet = (await exporting.resultPath.textContent()) ?? '';
    const manifest = checkPacketManifest(packet);
    expect(manifest.listed).toContain('00-Summary.pdf');
    expect([...manifest.malformed, ...manifest.mismatched, ...manifest.unlisted]).toEqual([]);
  });

  await test.step('Lock CareBinder from the header', async () => {
    await tabTo(page, home.lock, { backwards: true });
    await keys.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: 'Unlock CareBinder' })).toBeVisible();
    await camera.snap('locked');
  });

  expect(await pointerPresses(page), 'pointer presses during the journey').toBe(0);
});
