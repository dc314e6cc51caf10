import type { Page } from '@playwright/test';
import { expect, skipWithoutChromium, test } from './fixtures/browser-door.fixture.ts';
import { BinderPage } from './pages/binder.page.ts';
import { CasePage } from './pages/case.page.ts';
import { FirstRunPage } from './pages/first-run.page.ts';
import { HomePage } from './pages/home.page.ts';
import { RecoveryKeyPage } from './pages/recovery-key.page.ts';
import { SettingsPage } from './pages/settings.page.ts';
import { UnlockPage } from './pages/unlock.page.ts';
import { checkScreen, saveScreen } from './support/screens.ts';
import { seedVault } from './support/seed-vault.ts';

skipWithoutChromium();

const PASSPHRASE = 'quiet harbour lanterns at dusk';
const PERSON = { name: 'Margaret Ellis-Hawthorne', birthDate: '1951-04-12' };

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

/** The root font size in px: 18 at 100% (base.css), twice that at 200%. */
const rootFontPx = (page: Page) =>
  page.evaluate<number>('parseFloat(getComputedStyle(document.documentElement).fontSize)');

/**
 * Axe (light and dark) on the screen, and at large text sizes also the reflow rule (WCAG 1.4.10): nothing
 * is wider than the 1280 px window, so no one has to scroll sideways.
 */
async function checkMainScreen(page: Page, name: string, large: boolean): Promise<void> {
  await checkScreen(page, large ? `${name}-200` : name);
  if (!large) return;
  const widths = await page.evaluate<{ page: number; window: number }>(
    '({ page: document.documentElement.scrollWidth, window: document.documentElement.clientWidth })',
  );
  expect(widths.page, `"${name}" scrolls sideways at 200% text`).toBeLessThanOrEqual(widths.window);
}

/** Walks through every main screen of an unlocked vault with documents, checking each one. */
async function checkMainScreens(page: Page, large: boolean): Promise<void> {
  const home = new HomePage(page);
  const binder = new BinderPage(page);
  const main = page.getByRole('main');
  const nav = page.getByRole('navigation', { name: 'Main' });

  await nav.getByRole('button', { name: 'Family' }).click();
  await home.expectVisible();
  await checkMainScreen(page, '14-main-home', large);

  await home
    .card(PERSON.name)
    .getByRole('button', { name: /^Open binder/ })
    .click();
  await binder.expectOpen(PERSON.name);
  await expect(binder.documents.getByRole('listitem').first()).toBeVisible();
  await checkMainScreen(page, '14-main-binder', large);
  for (const [tab, ready] of [
    ['Review', binder.reviewList],
    ['Medications', main.getByRole('heading', { level: 2, name: 'Medicines', exact: true })],
    ['Health record', main.getByText('Nothing from a patient portal yet')],
    ['Trash', main.getByRole('heading', { level: 2, name: 'Trash', exact: true })],
  ] as const) {
    await binder.openTab(tab);
    await expect(ready).toBeVisible();
    await checkMainScreen(page, `14-main-binder-${tab.toLowerCase().replace(' ', '-')}`, large);
  }

  await binder.openTab('Documents');
  await binder.documents.getByRole('button').first().click();
  await expect(page.getByRole('heading', { name: 'Text of page 1' })).toBeVisible();
  await checkMainScreen(page, '14-main-document', large);
  await main.getByRole('button', { name: 'Back to the binder' }).click();

  await binder.importButton.click();
  await expect(main.getByRole('heading', { name: 'Choose what to import' })).toBeVisible();
  await checkMainScreen(page, '14-main-import', large);
  await main.getByRole('button', { name: 'Back to the binder' }).click();

  const search = page.getByRole('searchbox', { name: `Search ${PERSON.name}’s binder` });
  await search.fill('biopsy');
  await search.press('Enter');
  await expect(page.getByRole('list', { name: 'Results' })).toBeVisible();
  await checkMainScreen(page, '14-main-search', large);
  await main.getByRole('button', { name: 'Back to the binder' }).click();

  await main.getByRole('button', { name: 'Second opinion', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: /’s second opinion$/ })).toBeVisible();
  await expect(page.getByRole('tab').first()).toBeVisible();
  await checkMainScreen(page, '14-main-case', large);

  await nav.getByRole('button', { name: 'Family' }).click();
  await home
    .card(PERSON.name)
    .getByRole('button', { name: /^Open binder/ })
    .click();
  await main.getByRole('button', { name: 'Export a packet for the doctor' }).click();
  await expect(page.getByRole('complementary', { name: 'Packet preview' })).toContainText('24 documents');
  await checkMainScreen(page, '14-main-export', large);

  await nav.getByRole('button', { name: 'Settings' }).click();
  await new SettingsPage(page).expectVisible();
  await checkMainScreen(page, '14-main-settings', large);

  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('?');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
  await checkMainScreen(page, '14-main-shortcuts', large);
  await page.keyboard.press('Escape');
}

/**
 * Every main screen of a vault with documents, at the normal text size and at 200% (chosen in Settings,
 * kept on this computer, so the unlock screen uses it too): axe finds no serious or critical problem in
 * either theme, and at 200% nothing needs sideways scrolling.
 */
test('every main screen passes axe in light and dark, at normal and 200% text', async ({ page, door }) => {
  test.setTimeout(300_000);
  await seedVault({ vaultDir: door.vaultDir, passphrase: PASSPHRASE, person: PERSON, count: 24 });
  await page.goto(door.url);
  const unlock = new UnlockPage(page);
  await unlock.unlockWith(PASSPHRASE);
  const home = new HomePage(page);
  await home.expectVisible();
  // Starting the case once, so both passes see the case workspace.
  await home
    .card(PERSON.name)
    .getByRole('button', { name: /^Second opinion/ })
    .click();
  await page.getByRole('button', { name: 'Start preparing for a second opinion' }).click();
  const kase = new CasePage(page);
  await kase.fillDetails({ diagnosis: 'Colon cancer, stage 2', secondDoctor: 'Dr. Rosa Imani' });
  await kase.saveDetails();

  expect(await rootFontPx(page)).toBe(18);
  await checkMainScreens(page, false);

  // The text size applies at once, everywhere, and is kept across a reload and a lock.
  await home.openSettings();
  const textSize = page.getByRole('group', { name: 'Show all text at this size' });
  await expect(textSize.getByRole('radio', { name: '100% (normal)' })).toBeChecked();
  await textSize.getByRole('radio', { name: '200%' }).check();
  await expect(page.getByText('This sentence is at 200%')).toBeVisible();
  expect(await rootFontPx(page)).toBe(36);
  await page.reload();
  await home.expectVisible();
  await expect.poll(() => rootFontPx(page)).toBe(36);

  await checkMainScreens(page, true);

  await home.lock.click();
  await unlock.expectVisible();
  expect(await rootFontPx(page)).toBe(36);
  await checkMainScreen(page, '14-main-unlock', true);
});
