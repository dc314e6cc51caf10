import { expect, skipWithoutChromium, test } from './fixtures/browser-door.fixture.ts';
import { BinderPage } from './pages/binder.page.ts';
import { ImportPage } from './pages/import.page.ts';
import {
  pathologyPdf,
  portalCcda,
  portalFhirBundle,
  writeRecordFiles,
  type RecordFiles,
} from './support/record-files.ts';
import { checkScreen } from './support/screens.ts';
import { newVaultWithPeople } from './support/vault-session.ts';

skipWithoutChromium();

const QUINTA = { name: 'Quinta Testperson', birthDate: '1961-02-14' };

let files: RecordFiles;

test.beforeAll(async () => {
  files = writeRecordFiles({
    'portal-summary.xml': portalCcda(),
    'portal-results.json': portalFhirBundle(),
    'pathology-report.pdf': await pathologyPdf({ name: 'Quinta Testperson', dob: '02/14/1961' }),
  });
});

test.afterAll(() => files.cleanup());

test('portal downloads read as pages and as a health record; the trash gives documents back; search from the family screen', async ({
  page,
  door,
}) => {
  test.setTimeout(240_000);
  const home = await newVaultWithPeople(page, door, [
    QUINTA,
    { name: 'Ann Example', birthDate: '1962-09-14' },
  ]);
  await home
    .card(QUINTA.name)
    .getByRole('button', { name: `Open binder of ${QUINTA.name}` })
    .click();
  const binder = new BinderPage(page);
  await binder.expectOpen(QUINTA.name);

  // An empty health record says where its contents come from.
  await binder.openTab('Health record');
  await expect(page.getByRole('heading', { name: 'Nothing from a patient portal yet' })).toBeVisible();
  await binder.openTab('Trash');
  await expect(page.getByRole('heading', { name: 'The trash is empty' })).toBeVisible();
  await expect(page.getByText('Nothing is ever erased from the trash.')).toBeVisible();

  await binder.importButton.click();
  const importing = new ImportPage(page);
  await importing.importFiles(
    ['portal-summary.xml', 'portal-results.json', 'pathology-report.pdf'].map(files.path),
  );
  await importing.waitUntilDone(3);
  await page.getByRole('button', { name: 'Go to the binder' }).click();

  // Conditions, allergies and procedures under plain headings; lab values say High or Low in words.
  await binder.openTab('Health record');
  const conditions = page.getByRole('region', { name: 'Conditions', exact: true });
  await expect(conditions.getByRole('rowheader')).toContainText(['Malignant neoplasm of female breast']);
  const allergies = page.getByRole('region', { name: 'Allergies', exact: true });
  await expect(allergies.getByRole('row').filter({ hasText: 'Penicillin G' })).toContainText('Hives');
  const procedures = page.getByRole('region', { name: 'Procedures', exact: true });
  await expect(procedures).toContainText('Insertion of chest port');
  const hemoglobin = page.getByRole('region', { name: /^Hemoglobin/ });
  await expect(hemoglobin.getByRole('row').filter({ hasText: '10.1' })).toContainText('Low');
  const glucose = page.getByRole('region', { name: /^Glucose/ });
  await expect(glucose.getByRole('row').filter({ hasText: '182' })).toContainText('High');
  await checkScreen(page, '50-health-record');

  // The C-CDA opens as a readable page in a frame that may run nothing.
  await binder.openTab('Documents');
  await binder.documents.getByRole('button', { name: /Health Summary/ }).click();
  const frame = page.locator('iframe[title$="the download as a readable page"]');
  await expect(frame).toBeVisible();
  await expect(frame).toHaveAttribute('sandbox', '');
  await expect(frame).toHaveAttribute('title', /^Health Summary.*: the download as a readable page$/);
  await expect(frame).toHaveAttribute('srcdoc', /<table/);
  await expect(page.frameLocator('iframe.portal__frame').locator('table').first()).toBeVisible();
  await expect(page.frameLocator('iframe.portal__frame').locator('body')).toContainText('Hemoglobin');
  await checkScreen(page, '51-viewer-portal');

  // Trash a document, find it in the Trash view and put it back.
  await page.getByRole('button', { name: 'Back to the binder' }).click();
  await binder.documents.getByRole('button', { name: /patholog/i }).click();
  const title = (await page.getByRole('heading', { level: 1 }).textContent()) ?? '';
  await page.getByRole('button', { name: 'Move to trash' }).click();
  await binder.expectOpen(QUINTA.name);
  await expect(binder.documents.getByRole('listitem')).toHaveCount(2);
  await binder.openTab('Trash');
  const trash = page.getByRole('list', { name: 'Documents in the trash' });
  await expect(trash.getByRole('listitem')).toHaveCount(1);
  await expect(trash).toContainText(title);
  await checkScreen(page, '52-trash');
  await trash.getByRole('button', { name: `Put back “${title}”` }).click();
  await expect(binder.toast.filter({ hasText: `“${title}” is back in the binder.` })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'The trash is empty' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Trash', exact: true })).toBeFocused();
  await binder.openTab('Documents');
  await expect(binder.documents.getByRole('listitem')).toHaveCount(3);

  // The family screen counts without listing; its search asks whose binder when there are several.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Family' }).click();
  await expect(home.card(QUINTA.name).getByText('3 documents in the binder')).toBeVisible();
  await page.locator('body').click({ position: { x: 5, y: 600 } });
  await page.keyboard.press('/');
  const search = page.getByRole('banner').getByRole('searchbox');
  await expect(search).toBeFocused();
  await expect(search).toHaveAccessibleName('Search a binder');
  await page.getByRole('combobox', { name: 'Whose binder to search' }).selectOption({ label: QUINTA.name });
  await expect(search).toHaveAccessibleName(`Search ${QUINTA.name}’s binder`);
  await search.fill('adenocarcinoma');
  await checkScreen(page, '53-family-search');
  await search.press('Enter');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Search results for “adenocarcinoma”' }),
  ).toBeVisible();
  await expect(page.getByText(`In ${QUINTA.name}’s binder.`)).toBeVisible();
  await expect(page.getByRole('list', { name: 'Results' }).getByRole('listitem')).toHaveCount(1);
});

test('a chemotherapy regimen: add it, record its cycles, put medicines in it', async ({ page, door }) => {
  const home = await newVaultWithPeople(page, door, [QUINTA]);

  // With one person, the header search needs no choice and Ctrl+K reaches it from the family screen.
  await page.locator('body').click({ position: { x: 5, y: 600 } });
  await page.keyboard.press('Control+k');
  await expect(page.getByRole('searchbox', { name: `Search ${QUINTA.name}’s binder` })).toBeFocused();
  await expect(page.getByRole('combobox', { name: 'Whose binder to search' })).toHaveCount(0);

  await home
    .card(QUINTA.name)
    .getByRole('button', { name: `Open binder of ${QUINTA.name}` })
    .click();
  const binder = new BinderPage(page);
  await binder.openTab('Medications');
  await expect(page.getByText('None recorded. A regimen is a set of cancer medicines')).toBeVisible();

  await page.getByRole('button', { name: 'Add a regimen' }).click();
  const add = page.getByRole('dialog', { name: 'Add a chemotherapy regimen' });
  await add.getByRole('button', { name: 'Add regimen' }).click();
  await expect(add.getByText('Please enter the regimen’s name')).toBeVisible();
  await add.getByLabel(/^Name of the regimen/).fill('AC-T');
  await add.getByLabel(/^How many cycles are planned/).fill('4');
  await add.getByLabel(/^Days from one cycle to the next/).fill('21');
  await checkScreen(page, '54-add-regimen');
  await add.getByRole('button', { name: 'Add regimen' }).click();
  await expect(add).toBeHidden();

  const regimen = page.getByRole('listitem', { name: 'AC-T' });
  await expect(regimen).toContainText('No cycles recorded yet (4 planned)');
  await expect(regimen).toContainText('Every 21 days');
  for (const [number, date] of [
    [1, '2026-01-06'],
    [2, '2026-01-27'],
    [3, '2026-03-10'],
  ] as const) {
    await regimen.getByRole('button', { name: `Record cycle ${number} of AC-T` }).click();
    const cycle = page.getByRole('dialog', { name: 'Record a cycle of AC-T' });
    await expect(cycle.getByLabel('Cycle number')).toHaveValue(String(number));
    await cycle.getByLabel('Day it was given').fill(date);
    if (number === 3) {
      await cycle.getByLabel(/^Notes/).fill('dose reduced');
      await checkScreen(page, '55-record-cycle');
    }
    await cycle.getByRole('button', { name: 'Save' }).click();
    await expect(cycle).toBeHidden();
  }
  await expect(regimen).toContainText('Cycle 3 of 4, last given March 10, 2026');
  await expect(regimen.getByRole('list', { name: 'Cycles of AC-T' }).getByRole('listitem')).toHaveCount(3);
  await expect(regimen).toContainText('dose reduced');

  // A medicine can join the regimen when it is added, or later from its Edit form.
  await page.getByRole('button', { name: 'Add a medicine' }).click();
  const addMed = page.getByRole('dialog', { name: 'Add a medicine' });
  await addMed.getByRole('combobox', { name: 'Medicine name' }).fill('Doxorubicin');
  await addMed.getByLabel(/^Started/).fill('2026-01-06');
  await addMed.getByLabel(/^Part of a chemotherapy regimen/).selectOption({ label: 'AC-T' });
  await addMed.getByRole('button', { name: 'Add medicine' }).click();
  await expect(addMed).toBeHidden();

  await page.getByRole('button', { name: 'Add a medicine' }).click();
  await addMed.getByRole('combobox', { name: 'Medicine name' }).fill('Cyclophosphamide');
  await addMed.getByLabel(/^Started/).fill('2026-01-06');
  await addMed.getByRole('button', { name: 'Add medicine' }).click();
  await expect(addMed).toBeHidden();

  await page.getByRole('button', { name: 'Edit Cyclophosphamide' }).click();
  const edit = page.getByRole('dialog', { name: 'Edit Cyclophosphamide' });
  await edit.getByLabel(/^Part of a chemotherapy regimen/).selectOption({ label: 'AC-T' });
  await edit.getByLabel(/^Side effects/).fill('tired for two days after each cycle');
  await checkScreen(page, '56-edit-medicine');
  await edit.getByRole('button', { name: 'Save changes' }).click();
  await expect(edit).toBeHidden();
  await expect(binder.toast.filter({ hasText: 'Changes to Cyclophosphamide were saved.' })).toBeVisible();

  await expect(regimen.getByRole('list', { name: 'Medicines in AC-T' }).getByRole('listitem')).toHaveText([
    'Cyclophosphamide',
    'Doxorubicin',
  ]);
  await expect(page.getByRole('region', { name: 'Taking now' })).toContainText('Part of AC-T');
  await checkScreen(page, '57-medications-regimen');
});
