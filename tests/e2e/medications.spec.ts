import { expect, skipWithoutChromium, test } from './fixtures/browser-door.fixture.ts';
import { BinderPage } from './pages/binder.page.ts';
import { ImportPage } from './pages/import.page.ts';
import { MEDICATION_LIST, writeRecordFiles, type RecordFiles } from './support/record-files.ts';
import { checkScreen } from './support/screens.ts';
import { newVaultWithPeople } from './support/vault-session.ts';

skipWithoutChromium();

let files: RecordFiles;

test.beforeAll(() => {
  files = writeRecordFiles({ 'pharmacy-list.txt': MEDICATION_LIST });
});

test.afterAll(() => files.cleanup());

test('accept medicines found in a list, add one by hand with autocomplete, record a dose change', async ({
  page,
  door,
}) => {
  const home = await newVaultWithPeople(page, door, [{ name: 'Ann Example', birthDate: '1962-09-14' }]);
  await home.card('Ann Example').getByRole('button', { name: 'Open binder of Ann Example' }).click();
  const binder = new BinderPage(page);
  await binder.importButton.click();
  const importing = new ImportPage(page);
  await importing.importFiles([files.path('pharmacy-list.txt')]);
  await importing.waitUntilDone(1);
  await page.getByRole('button', { name: 'Go to the binder' }).click();
  await binder.openTab('Medications');

  const suggestions = page.getByRole('list', { name: 'Suggested medicines' });
  await expect(suggestions.getByRole('listitem')).toHaveCount(2);
  await expect(suggestions).toContainText('Tamoxifen 20 mg tablet | 20 mg | 1 tab by mouth daily');
  await expect(suggestions).toContainText(/From “Medication list.*”, page 1/);
  await checkScreen(page, '40-medication-suggestions');

  await page.getByRole('button', { name: 'Accept Tamoxifen', exact: true }).click();
  await expect(binder.toast.filter({ hasText: 'Tamoxifen was added to the medication list.' })).toBeVisible();
  await page.getByRole('button', { name: 'Edit and accept Docusate' }).click();
  const dialog = page.getByRole('dialog', { name: 'Check and accept' });
  await expect(dialog.getByRole('combobox', { name: 'Medicine name' })).toHaveValue('Docusate');
  await dialog.getByLabel(/^How often/).fill('twice a day');
  await dialog.getByRole('button', { name: 'Accept' }).click();
  await expect(dialog).toBeHidden();
  await expect(suggestions).toHaveCount(0);

  const timeline = page.locator('.timeline__svg');
  await expect(timeline.locator('.timeline__label')).toHaveText(['Tamoxifen', 'Docusate']);
  await expect(timeline.locator('.timeline__bar')).toHaveCount(2);

  // Add by hand: an unknown spelling gets a gentle note; the list offers "Zofran (ondansetron)".
  await page.getByRole('button', { name: 'Add a medicine' }).click();
  const add = page.getByRole('dialog', { name: 'Add a medicine' });
  const name = add.getByRole('combobox', { name: 'Medicine name' });
  await name.fill('Zofrann');
  await expect(
    add.getByText('“Zofrann” is not in CareBinder’s list of medicines — check the spelling.'),
  ).toBeVisible();
  await name.fill('Zof');
  const option = add.getByRole('option', { name: 'Zofran (ondansetron)' });
  await expect(option).toBeVisible();
  await checkScreen(page, '41-add-medicine-autocomplete');
  await name.press('ArrowDown');
  await expect(option).toHaveAttribute('aria-selected', 'true');
  await name.press('Enter');
  await expect(name).toHaveValue('Zofran');
  await add.getByLabel(/^Dose/).fill('8 mg');
  await add.getByLabel(/^How often/).fill('every 8 hours');
  await add.getByLabel(/^Started/).fill('2025-03');
  await add.getByLabel(/^What it is for/).fill('nausea');
  await add.getByRole('button', { name: 'Add medicine' }).click();
  await expect(add).toBeHidden();
  const current = page.getByRole('region', { name: 'Taking now' });
  await expect(current).toContainText('Zofran (ondansetron)');
  await expect(current).toContainText('8 mg · every 8 hours · since March 2025');

  // A dose change is recorded with its date and reason and marked on the timeline.
  await page.getByRole('button', { name: 'Record a change to Zofran' }).click();
  const change = page.getByRole('dialog', { name: 'Record a change to Zofran' });
  await change.getByLabel('What happened').selectOption({ label: 'The dose or schedule changed' });
  await change.getByLabel('When', { exact: true }).fill('2025-06');
  await change.getByLabel(/^New dose/).fill('4 mg');
  await change.getByLabel(/^Why/).fill('less nausea');
  await checkScreen(page, '42-record-change');
  await change.getByRole('button', { name: 'Save' }).click();
  await expect(change).toBeHidden();
  await expect(current).toContainText('4 mg');
  const history = page.getByRole('region', { name: 'Full medication history' });
  await expect(history.getByRole('row').filter({ hasText: 'Dose changed' })).toContainText('less nausea');
  await expect(timeline.locator('.timeline__change')).toHaveCount(1);
  await page.getByText('Show the timeline as a table').click();
  await checkScreen(page, '43-medications');
});
