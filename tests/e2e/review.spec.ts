import { expect, skipWithoutChromium, test } from './fixtures/browser-door.fixture.ts';
import { BinderPage } from './pages/binder.page.ts';
import { DocumentPage } from './pages/document.page.ts';
import { ImportPage } from './pages/import.page.ts';
import { pathologyPdf, writeRecordFiles, type RecordFiles } from './support/record-files.ts';
import { checkScreen } from './support/screens.ts';
import { newVaultWithPeople } from './support/vault-session.ts';

skipWithoutChromium();

const WARNING = 'This page names John Doe, born 1958-02-01 — you are filing it under Jane Doe.';
let files: RecordFiles;

test.beforeAll(async () => {
  files = writeRecordFiles({
    'johns-biopsy.pdf': await pathologyPdf({ name: 'John Doe', dob: '02/01/1958' }),
  });
});

test.afterAll(() => files.cleanup());

test('a page naming another family member is flagged, moved on request, then confirmed from the review queue', async ({
  page,
  door,
}) => {
  const home = await newVaultWithPeople(page, door, [
    { name: 'Jane Doe', birthDate: '1960-07-08' },
    { name: 'John Doe', birthDate: '1958-02-01' },
  ]);
  await home.card('Jane Doe').getByRole('button', { name: 'Open binder of Jane Doe' }).click();
  const binder = new BinderPage(page);
  await binder.importButton.click();
  const importing = new ImportPage(page);
  await importing.importFiles([files.path('johns-biopsy.pdf')]);
  await importing.waitUntilDone(1);
  await expect(importing.file('johns-biopsy.pdf')).toContainText('Imported — needs a look');

  // The viewer shows the warning prominently, with the family member the page matches.
  await importing
    .file('johns-biopsy.pdf')
    .getByRole('button', { name: /Take a look/ })
    .click();
  const viewer = new DocumentPage(page);
  await expect(viewer.identityWarning).toContainText(WARNING);
  await expect(viewer.identityWarning.getByRole('button', { name: 'Move to John Doe' })).toBeVisible();
  await checkScreen(page, '30-viewer-identity-warning');

  await page.getByRole('button', { name: 'Change category' }).click();
  await expect(page.getByRole('dialog', { name: 'Choose a category' })).toBeVisible();
  await checkScreen(page, '31-category-dialog');
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Move to another family member' }).click();
  await expect(page.getByRole('dialog', { name: 'Move to another family member' })).toBeVisible();
  await checkScreen(page, '32-move-dialog');
  await page.keyboard.press('Escape');

  // The review queue shows the same warning, the likeliest categories, split and merge.
  await page.getByRole('button', { name: 'Back to the binder' }).click();
  await binder.openTab('Review');
  const item = binder.reviewItem(/sigmoid colon/i);
  await expect(item).toContainText(WARNING);
  await expect(item.getByRole('button', { name: 'File as Pathology reports' })).toBeVisible();
  await expect(page.getByText('CareBinder learns from every category you confirm.')).toBeVisible();
  await checkScreen(page, '33-review-queue');

  await item.getByRole('button', { name: 'Split into parts' }).click();
  await expect(page.getByRole('dialog', { name: 'Split into parts' })).toBeVisible();
  await checkScreen(page, '34-split-dialog');
  await page.keyboard.press('Escape');
  await item.getByRole('button', { name: 'Put together with…' }).click();
  await expect(page.getByRole('dialog', { name: 'Put together with…' })).toContainText(
    'There is no other document in this binder yet.',
  );
  await checkScreen(page, '35-merge-dialog');
  await page.keyboard.press('Escape');

  await item.getByRole('button', { name: 'Move to John Doe' }).click();
  await expect(binder.toast.filter({ hasText: 'Moved to John Doe’s binder.' })).toBeVisible();
  await expect(page.getByText('Nothing to look at')).toBeVisible();

  // In John's binder the warning is gone; confirming the category takes it out of the queue.
  // The family card says so in words, and takes John's binder straight to its review queue.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Family' }).click();
  const lookAgain = home
    .card('John Doe')
    .getByRole('button', { name: '1 document needs a look in John Doe’s binder' });
  await expect(lookAgain).toBeVisible();
  await checkScreen(page, '36-home-needs-a-look');
  await lookAgain.click();
  await binder.expectOpen('John Doe');
  await expect(page.getByRole('tab', { name: 'Review (1)' })).toHaveAttribute('aria-selected', 'true');
  const moved = binder.reviewItem(/sigmoid colon/i);
  await expect(moved).toBeVisible();
  await expect(moved).not.toContainText('This page names');
  await expect(moved.getByRole('button', { name: 'File as Pathology reports' })).toBeVisible();
  // The keyboard way: `j` goes to the document, `c` files it under the suggested category.
  await page.keyboard.press('j');
  await page.keyboard.press('c');
  await expect(binder.toast.filter({ hasText: /was filed under Pathology reports/ })).toBeVisible();
  await expect(moved).toHaveCount(0);
  await expect(page.getByText('Nothing to look at')).toBeVisible();
  await expect(page.getByText('CareBinder has learned from 1 of your choices.')).toBeVisible();
  await expect(page.getByRole('tab', { name: 'Review', exact: true })).toBeVisible();
  await binder.openTab('Documents');
  await expect(binder.documents.getByRole('listitem')).toContainText('Filed');
});
