import type { Page } from '@playwright/test';
import { expect, skipWithoutChromium, test } from './fixtures/browser-door.fixture.ts';
import { FirstRunPage } from './pages/first-run.page.ts';
import { HomePage } from './pages/home.page.ts';
import { RecoveryKeyPage } from './pages/recovery-key.page.ts';
import { SettingsPage } from './pages/settings.page.ts';
import { UnlockPage } from './pages/unlock.page.ts';
import { checkScreen, saveScreen } from './support/screens.ts';

skipWithoutChromium();

const PASSPHRASE = 'quiet harbour lanterns at dusk';

/** Every screen of the foundation, in both themes: axe finds no serious or critical problem. */
test('every screen passes axe in light and dark themes', async ({ page, door }) => {
  await page.goto(door.url);
  const firstRun = new FirstRunPage(page);
  await firstRun.expectVisible();
  await checkScreen(page, '01-first-run');

  await firstRun.passphrase.fill('sunshine12');
  await firstRun.create.click();
  await expect(page.locator('.field__error').first()).toBeVisible();
  await checkScreen(page, '02-first-run-errors');

  await firstRun.createVault(PASSPHRASE);
  const recovery = new RecoveryKeyPage(page);
  await recovery.expectVisible();
  await checkScreen(page, '03-recovery-key');
  await page.emulateMedia({ media: 'print' });
  await saveScreen(page, '03-recovery-key-print');
  await page.emulateMedia({ media: 'screen' });
  await recovery.confirmAndContinue();

  const home = new HomePage(page);
  await home.expectVisible();
  await checkScreen(page, '04-home-empty');

  await home.addPerson.first().click();
  await expect(home.dialog).toBeVisible();
  await expect(home.dialog.getByLabel('Name', { exact: true })).toBeFocused();
  await checkScreen(page, '05-person-dialog');
  await home.dialog.getByRole('button', { name: 'Add person' }).click();
  await expect(home.dialog.getByText('Please enter a name.')).toBeVisible();
  await checkScreen(page, '06-person-dialog-errors');
  // Escape closes the dialog and gives focus back to the button that opened it.
  await page.keyboard.press('Escape');
  await expect(home.dialog).toBeHidden();
  await expect(home.addPerson.first()).toBeFocused();

  await home.add({
    name: 'Margaret Ellis',
    birthDate: '1951-04-12',
    relationship: 'Mother',
    notes: 'Main hospital: St. Luke’s',
  });
  await home.add({ name: 'Tom Ellis', birthDate: '1949-09-30', relationship: 'Husband' });
  await checkScreen(page, '07-home');

  await home.card('Tom Ellis').getByRole('button', { name: 'Archive Tom Ellis' }).click();
  await expect(home.dialog.getByRole('button', { name: 'Keep' })).toBeFocused();
  await checkScreen(page, '08-archive-confirm');
  await home.dialog.getByRole('button', { name: 'Archive', exact: true }).click();
  await expect(home.toast.filter({ hasText: 'Tom Ellis was archived.' })).toBeVisible();
  await checkScreen(page, '09-home-archived-toast');

  await home.openSettings();
  const settings = new SettingsPage(page);
  await settings.expectVisible();
  await expect(settings.autoLock).toBeEnabled();
  await checkScreen(page, '10-settings');

  await home.lock.click();
  const unlock = new UnlockPage(page);
  await unlock.expectVisible();
  await checkScreen(page, '11-unlock');
  await unlock.unlockWith('this is not it');
  await expect(page.locator('.field__error')).toBeVisible();
  await checkScreen(page, '12-unlock-wrong');
  await unlock.useRecoveryKey.click();
  await checkScreen(page, '13-unlock-recovery');
});

/** Keyboard only: the whole add-a-person path works without a mouse. */
test('keyboard only: skip link, dialog and Lock work without a mouse', async ({ page, door }) => {
  await page.goto(door.url);
  await new FirstRunPage(page).createVault(PASSPHRASE);
  await new RecoveryKeyPage(page).confirmAndContinue();
  const home = new HomePage(page);
  await home.expectVisible();

  // After a page load, the first Tab lands on the skip link, which jumps past the header.
  await page.reload();
  await home.expectVisible();
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to main content' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(home.addPerson.first()).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(home.dialog.getByLabel('Name', { exact: true })).toBeFocused();
  await page.keyboard.type('Ada Brown');
  await focusByTab(page, home.dialog.getByRole('button', { name: 'Add person' }));
  await page.keyboard.press('Enter');
  await expect(home.card('Ada Brown')).toBeVisible();

  await focusByTab(page, home.lock, 'Shift+Tab');
  await page.keyboard.press('Enter');
  await new UnlockPage(page).expectVisible();
});

async function focusByTab(page: Page, target: ReturnType<Page['locator']>, key = 'Tab'): Promise<void> {
  for (let i = 0; i < 40; i++) {
    if (await target.evaluate((el) => el === el.ownerDocument.activeElement)) return;
    await page.keyboard.press(key);
  }
  throw new Error('The control could not be reached with the keyboard.');
}
