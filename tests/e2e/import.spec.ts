import { expect, skipWithoutChromium, test } from './fixtures/browser-door.fixture.ts';
import { BinderPage } from './pages/binder.page.ts';
import { DocumentPage } from './pages/document.page.ts';
import { ImportPage } from './pages/import.page.ts';
import {
  labScanPng,
  MEDICATION_LIST,
  pathologyPdf,
  portalCcda,
  programRenamedPdf,
  writeRecordFiles,
  type RecordFiles,
} from './support/record-files.ts';
import { checkScreen } from './support/screens.ts';
import { newVaultWithPeople } from './support/vault-session.ts';

skipWithoutChromium();

let files: RecordFiles;

test.beforeAll(async () => {
  files = writeRecordFiles({
    'pathology-report.pdf': await pathologyPdf({ name: 'Margaret Ellis', dob: '04/12/1951' }),
    'blood-count.png': await labScanPng(),
    'portal-summary.xml': portalCcda(),
    'medication-list.txt': MEDICATION_LIST,
    'scan-from-email.pdf': programRenamedPdf(),
  });
});

test.afterAll(() => files.cleanup());

test('import a mixed set, follow each file to its outcome, then search and open the page found', async ({
  page,
  door,
}) => {
  test.setTimeout(240_000);
  const home = await newVaultWithPeople(page, door, [{ name: 'Margaret Ellis', birthDate: '1951-04-12' }]);
  await expect(home.card('Margaret Ellis').getByText('No documents yet')).toBeVisible();
  await home.card('Margaret Ellis').getByRole('button', { name: 'Open binder of Margaret Ellis' }).click();

  const binder = new BinderPage(page);
  await binder.expectOpen('Margaret Ellis');
  await expect(binder.category('Pathology reports')).toContainText('none yet');
  await checkScreen(page, '20-binder-empty');

  // The keyboard shortcut opens the import screen.
  await page.keyboard.press('i');
  const importing = new ImportPage(page);
  await expect(importing.heading).toBeVisible();
  await checkScreen(page, '21-import-choose');

  const names = [
    'pathology-report.pdf',
    'blood-count.png',
    'portal-summary.xml',
    'medication-list.txt',
    'scan-from-email.pdf',
  ];
  await importing.importFiles(names.map(files.path));
  await expect(importing.file('pathology-report.pdf')).toBeVisible();
  await importing.waitUntilDone(names.length);

  await expect(importing.file('pathology-report.pdf')).toContainText('Imported into Pathology reports');
  await expect(importing.file('blood-count.png')).toContainText(/Imported into Lab results|needs a look/);
  await expect(importing.file('portal-summary.xml')).toContainText(/Imported|needs a look/);
  await expect(importing.file('medication-list.txt')).toContainText(
    /Imported into Medication lists|needs a look/,
  );
  // The renamed program is refused by its content, with the reason and what to do, and the rest went on.
  await expect(importing.file('scan-from-email.pdf')).toContainText(
    'Not imported: This file is not a PDF or picture',
  );
  await expect(importing.file('scan-from-email.pdf')).toContainText('looks like a program');
  await expect(importing.summary).toContainText('1 not imported');
  await checkScreen(page, '22-import-done');

  // Importing the same report again is recognised.
  await importing.importFiles([files.path('pathology-report.pdf')]);
  await importing.waitUntilDone(1);
  await expect(importing.file('pathology-report.pdf')).toContainText('Already in the binder');

  await page.getByRole('button', { name: 'Go to the binder' }).click();
  await binder.expectOpen('Margaret Ellis');
  await expect(binder.category('Pathology reports')).toContainText('1 document');
  await expect(binder.documents.getByRole('listitem')).toHaveCount(4);
  await checkScreen(page, '23-binder-documents');

  // The category filter narrows the list; j and k move between documents.
  await binder.category('Pathology reports').click();
  await expect(binder.documents.getByRole('listitem')).toHaveCount(1);
  await binder.category('Pathology reports').click();
  await expect(binder.documents.getByRole('listitem')).toHaveCount(4);
  await page.locator('body').click({ position: { x: 5, y: 400 } });
  await page.keyboard.press('j');
  await expect(binder.documents.locator('[data-nav-item]').first()).toBeFocused();
  await page.keyboard.press('j');
  await expect(binder.documents.locator('[data-nav-item]').nth(1)).toBeFocused();
  await page.keyboard.press('k');
  await expect(binder.documents.locator('[data-nav-item]').first()).toBeFocused();

  await binder.openTab('Health record');
  await expect(page.getByRole('heading', { level: 2, name: 'Lab results' })).toBeVisible();
  await checkScreen(page, '24-lab-results');

  // Search: "/" reaches the header box from anywhere; the hit shows the word marked and opens its page.
  await page.locator('body').click({ position: { x: 5, y: 400 } });
  await page.keyboard.press('/');
  const search = page.getByRole('searchbox', { name: 'Search Margaret Ellis’s binder' });
  await expect(search).toBeFocused();
  await search.fill('adenocarcinoma');
  await search.press('Enter');
  const results = page.getByRole('list', { name: 'Results' });
  await expect(results.getByRole('listitem')).toHaveCount(1);
  await expect(results.locator('mark').first()).toHaveText(/adenocarcinoma/i);
  await checkScreen(page, '25-search');
  await results.getByRole('button', { name: /, page 2$/ }).click();

  const viewer = new DocumentPage(page);
  await expect(viewer.textHeading(2)).toBeVisible();
  await expect(viewer.text).toContainText('Invasive adenocarcinoma');
  await expect(viewer.pages.getByRole('button', { name: 'Page 2' })).toHaveAttribute('aria-current', 'page');
  await expect(page.getByText('Text taken straight from the file')).toBeVisible();
  await checkScreen(page, '26-viewer-text-pdf');

  // Ctrl+K also reaches search; "?" lists the shortcuts.
  await page.locator('body').click({ position: { x: 5, y: 400 } });
  await page.keyboard.press('Control+k');
  await expect(search).toBeFocused();
  await search.blur();
  await page.keyboard.press('?');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
  await checkScreen(page, '27-shortcuts');
  await page.keyboard.press('Escape');

  // A scanned page shows its picture, zoom and how well it was read.
  await page.getByRole('button', { name: 'Back to the binder' }).click();
  await binder.documents
    .getByRole('button', { name: /blood|lab|count/i })
    .first()
    .click();
  await expect(page.getByRole('img', { name: 'Page 1 as scanned' })).toBeVisible();
  await expect(page.getByText(/Read clearly|Some words may be wrong/)).toBeVisible();
  await page.getByRole('button', { name: '200%' }).click();
  await expect(page.getByRole('button', { name: '200%' })).toHaveAttribute('aria-pressed', 'true');
  await page.getByRole('button', { name: 'Fit width' }).click();
  await checkScreen(page, '28-viewer-scan');

  // Trash with undo.
  const title = (await page.getByRole('heading', { level: 1 }).textContent()) ?? '';
  await page.getByRole('button', { name: 'Move to trash' }).click();
  await binder.expectOpen('Margaret Ellis');
  await expect(binder.documents.getByRole('listitem')).toHaveCount(3);
  await binder.toast.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();

  // The family card counts what the binder holds.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Family' }).click();
  const card = home.card('Margaret Ellis');
  await expect(card.getByText('4 documents in the binder')).toBeVisible();
  await expect(card.getByRole('listitem').filter({ hasText: 'Pathology reports' })).toContainText(
    '1 document',
  );
  await expect(card.getByRole('listitem').filter({ hasText: 'Imaging reports' })).toContainText('none yet');
  await checkScreen(page, '29-home-with-counts');
});
