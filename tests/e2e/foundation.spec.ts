import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, skipWithoutChromium, test, type BrowserDoor } from './fixtures/browser-door.fixture.ts';
import { FirstRunPage } from './pages/first-run.page.ts';
import { HomePage } from './pages/home.page.ts';
import { RecoveryKeyPage } from './pages/recovery-key.page.ts';
import { SettingsPage } from './pages/settings.page.ts';
import { UnlockPage } from './pages/unlock.page.ts';
import { saveScreen } from './support/screens.ts';

skipWithoutChromium();

const PASSPHRASE = 'quiet harbour lanterns at dusk';
const NEW_PASSPHRASE = 'seven orange kites over the bay';

/** Native print dialogs cannot be driven; count the calls instead (DESIGN.md §8.11). */
async function stubPrint(page: Page): Promise<void> {
  await page.addInitScript(() => {
    // Runs in the page; typed loosely because this file is compiled without the DOM library.
    const win = globalThis as unknown as { printCalls: number; print: () => void };
    win.printCalls = 0;
    win.print = () => {
      win.printCalls += 1;
    };
  });
}

/** Opens the door and creates a vault through the UI; returns the recovery key that was shown. */
async function createVault(page: Page, door: BrowserDoor): Promise<string> {
  await page.goto(door.url);
  const firstRun = new FirstRunPage(page);
  await firstRun.expectVisible();
  await firstRun.createVault(PASSPHRASE);
  const recovery = new RecoveryKeyPage(page);
  await recovery.expectVisible();
  const key = await recovery.readKey();
  await recovery.confirmAndContinue();
  await new HomePage(page).expectVisible();
  return key;
}

test('create a vault, look after two people, lock and unlock, change settings and back up', async ({
  page,
  door,
}) => {
  await stubPrint(page);
  await page.goto(door.url);
  await expect(page).toHaveTitle('CareBinder');
  // The token leaves the address bar as soon as the page has read it.
  await expect.poll(() => page.url()).not.toContain('token=');

  // First run: the strength meter reacts to what is typed, and weak passphrases are refused in words.
  const firstRun = new FirstRunPage(page);
  await firstRun.expectVisible();
  await expect(firstRun.strength).toHaveText('Strength: not entered yet');
  await firstRun.passphrase.fill('password1');
  await expect(firstRun.strength).toContainText('Strength: Very weak.');
  await expect(firstRun.strength).toContainText('Use at least 10 characters.');
  await firstRun.confirm.fill('password1');
  await firstRun.create.click();
  await expect(page.getByText('This passphrase is too easy to guess.')).toBeVisible();
  await expect(firstRun.passphrase).toBeFocused();
  await firstRun.passphrase.fill(PASSPHRASE);
  await expect(firstRun.strength).toContainText(/Strength: (Strong|Very strong)\./);
  await firstRun.confirm.fill('quiet harbour lanterns at dawn');
  await firstRun.create.click();
  await expect(page.getByText('The two passphrases are not the same.')).toBeVisible();
  await firstRun.confirm.fill(PASSPHRASE);
  await firstRun.create.click();

  // The recovery key: shown once, printable, and continuing needs the confirmation tick.
  const recovery = new RecoveryKeyPage(page);
  await recovery.expectVisible();
  const key = await recovery.readKey();
  expect(key).toMatch(/^([0-9A-Z]{4}-){7}[0-9A-Z]{4}$/);
  await recovery.print.click();
  expect(await page.evaluate(() => (globalThis as unknown as { printCalls: number }).printCalls)).toBe(1);
  await recovery.continue.click();
  await expect(
    page.getByText('Please tick the box once your recovery key is written down or printed.'),
  ).toBeVisible();
  await expect(recovery.confirmation).toBeFocused();
  await recovery.confirmAndContinue();

  // Home starts empty and says what to do next.
  const home = new HomePage(page);
  await home.expectVisible();
  await expect(page.getByRole('heading', { name: 'No one here yet' })).toBeVisible();
  await expect(home.lock).toBeVisible();

  // Add two people; a future birth date is refused with a plain message.
  await home.addPerson.first().click();
  await home.fillPerson({ name: 'Margaret Ellis', birthDate: '2999-01-01', relationship: 'Mother' });
  await home.dialog.getByRole('button', { name: 'Add person' }).click();
  await expect(home.dialog.getByText('The date of birth cannot be in the future.')).toBeVisible();
  await home.fillPerson({ birthDate: '1951-04-12' });
  await home.dialog.getByRole('button', { name: 'Add person' }).click();
  await expect(home.dialog).toBeHidden();
  await home.add({ name: 'Tom Ellis', relationship: 'Husband', notes: 'Oncologist: Dr. Rivera' });

  const margaret = home.card('Margaret Ellis');
  await expect(margaret).toContainText('Mother ·');
  await expect(margaret).toContainText(/\d+ years old/);
  await expect(margaret).toContainText('Born April 12, 1951');
  await expect(margaret.getByRole('heading', { name: 'No documents yet' })).toBeVisible();
  await expect(margaret.locator('.binder__item')).toHaveCount(11);
  await expect(margaret).toContainText('Pathology reports');
  await expect(margaret).toContainText('Genetic & biomarker tests');
  await expect(home.card('Tom Ellis')).toContainText('Husband');
  // Each card says how ready the second-opinion checklist is; nothing is in the binder yet.
  await expect(margaret.getByRole('region', { name: 'Second opinion' })).toContainText('0 of 9 ready');

  // The walkthrough has done its first two steps and offers the next one: the first papers.
  const walkthrough = page.getByRole('region', { name: /^Getting started/ });
  await expect(walkthrough).toContainText('step 3 of 4');
  await expect(walkthrough.getByRole('button', { name: 'Import papers for Margaret Ellis' })).toBeVisible();
  await saveScreen(page, '07-home-getting-started');

  // Edit one.
  await home.edit('Tom Ellis', { name: 'Thomas Ellis', relationship: 'Partner' });
  await expect(home.card('Thomas Ellis')).toContainText('Partner');
  await expect(home.card('Tom Ellis')).toHaveCount(0);

  // Archive with confirmation, then Undo from the toast (focus is on it, so Enter works).
  await home.archive('Margaret Ellis');
  await expect(home.card('Margaret Ellis')).toHaveCount(0);
  const toast = home.toast.filter({ hasText: 'Margaret Ellis was archived.' });
  await expect(toast).toBeVisible();
  const undo = toast.getByRole('button', { name: 'Undo' });
  await expect(undo).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(home.card('Margaret Ellis')).toBeVisible();

  // Lock: the unlock screen appears and no record data remains on the page.
  await home.lock.click();
  const unlock = new UnlockPage(page);
  await unlock.expectVisible();
  await expect(page.locator('body')).not.toContainText('Margaret');
  await expect(page.locator('body')).not.toContainText('Thomas');
  await expect(page).toHaveTitle('CareBinder');

  // A wrong passphrase gets the core's plain message; the right one opens the vault again.
  await unlock.unlockWith('not my passphrase at all');
  await expect(page.locator('.field__error')).toContainText(/passphrase/i);
  await expect(unlock.passphrase).toHaveAttribute('aria-invalid', 'true');
  await unlock.unlockWith(PASSPHRASE);
  await home.expectVisible();
  await expect(home.card('Margaret Ellis')).toBeVisible();
  await expect(home.card('Thomas Ellis')).toBeVisible();

  // Settings: auto-lock is saved and kept.
  await home.openSettings();
  const settings = new SettingsPage(page);
  await settings.expectVisible();
  await settings.setAutoLock('15 minutes');
  await expect(
    page.getByText('Saved. CareBinder now locks after 15 minutes without activity.'),
  ).toBeVisible();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Family' }).click();
  await home.openSettings();
  await expect(settings.autoLock).toHaveValue('15');
  await expect(page.getByTestId('vault-dir')).toHaveText(door.vaultDir);

  // A backup is made where the screen says, with the size shown.
  const backupPath = await settings.backUp();
  expect(path.isAbsolute(backupPath)).toBe(true);
  expect(backupPath.startsWith(door.homeDir)).toBe(true);
  expect(fs.statSync(backupPath).size).toBeGreaterThan(0);
  await expect(page.getByText(/^Size: \d/)).toBeVisible();
  await saveScreen(page, 'journey-settings-after-backup');

  // Restoring makes a new vault in a new folder and leaves this one alone.
  const restoredDir = path.join(door.homeDir, 'restored vault');
  const restore = page.getByRole('region', { name: 'Restore from a backup' });
  await restore.getByLabel('Backup file').fill(backupPath);
  await restore.getByLabel('New folder for the restored vault').fill(restoredDir);
  await restore.getByLabel('The backup’s passphrase').fill(PASSPHRASE);
  await restore.getByRole('button', { name: 'Restore into the new folder' }).click();
  await expect(restore.getByText('The backup was restored.')).toBeVisible();
  await expect(restore.locator('code')).toHaveText(restoredDir);
  expect(fs.readdirSync(restoredDir).length).toBeGreaterThan(0);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Family' }).click();
  await expect(home.card('Thomas Ellis')).toBeVisible();
});

test('the recovery key opens the vault and a new passphrase is required', async ({ page, door }) => {
  const key = await createVault(page, door);
  const home = new HomePage(page);
  await home.add({ name: 'June Park', relationship: 'Myself' });
  await home.lock.click();

  const unlock = new UnlockPage(page);
  await unlock.expectVisible();
  // Typed the way people copy from paper: lower case, spaces instead of dashes.
  await unlock.unlockWithRecoveryKey(key.toLowerCase().replaceAll('-', ' '));
  await expect(page.getByRole('heading', { level: 1, name: 'Choose a new passphrase' })).toBeVisible();
  await page.getByLabel('New passphrase', { exact: true }).fill(NEW_PASSPHRASE);
  await page.getByLabel('Type the new passphrase again').fill(NEW_PASSPHRASE);
  await page.getByRole('button', { name: 'Save the new passphrase' }).click();
  await home.expectVisible();
  await expect(home.card('June Park')).toBeVisible();

  // The old passphrase no longer works; the new one does.
  await home.lock.click();
  await unlock.unlockWith(PASSPHRASE);
  await expect(page.locator('.field__error')).toBeVisible();
  await unlock.unlockWith(NEW_PASSPHRASE);
  await home.expectVisible();
});

test('a reload keeps the session working without the token in the address', async ({ page, door }) => {
  await createVault(page, door);
  await page.reload();
  await new HomePage(page).expectVisible();
  await expect.poll(() => page.url()).not.toContain('token=');
});

test('locking in one window locks every open window (event stream)', async ({ page, door, context }) => {
  await createVault(page, door);
  await new HomePage(page).add({ name: 'Rosa Diaz', relationship: 'Mother' });

  const second = await context.newPage();
  await second.goto(door.url);
  const secondHome = new HomePage(second);
  await expect(secondHome.card('Rosa Diaz')).toBeVisible();
  await secondHome.lock.click();

  // The first window hears the vault:locked event and drops what it showed.
  await new UnlockPage(page).expectVisible();
  await expect(page.locator('body')).not.toContainText('Rosa');
});

test('after the chosen minutes without activity the vault locks itself and says why', async ({
  page,
  door,
}) => {
  // Waits for the real one-minute auto-lock; no time is asserted, only what the person sees.
  test.setTimeout(180_000);
  await createVault(page, door);
  const home = new HomePage(page);
  await home.add({ name: 'Sam Lee', relationship: 'Myself' });
  await home.openSettings();
  await new SettingsPage(page).setAutoLock('1 minute');
  await expect(page.getByText('Saved. CareBinder now locks after 1 minute without activity.')).toBeVisible();

  const unlock = new UnlockPage(page);
  await expect(unlock.heading).toBeVisible({ timeout: 120_000 });
  await expect(page.getByText('Locked after 1 minute without activity.')).toBeVisible();
  await expect(page.locator('body')).not.toContainText('Sam Lee');
  await saveScreen(page, 'unlock-after-auto-lock');
});
