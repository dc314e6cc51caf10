import { expect, skipWithoutChromium, test } from './fixtures/browser-door.fixture.ts';
import { BinderPage } from './pages/binder.page.ts';
import { CasePage } from './pages/case.page.ts';
import { ImportPage } from './pages/import.page.ts';
import { MEDICATION_LIST, pathologyPdf, writeRecordFiles, type RecordFiles } from './support/record-files.ts';
import { checkScreen, saveScreen } from './support/screens.ts';
import { newVaultWithPeople } from './support/vault-session.ts';

skipWithoutChromium();

// Short made-up records, written for this test; each reads clearly as one checklist category.
const LAB_REPORT = [
  'LABORATORY REPORT',
  'Collected: 03/04/2026',
  'COMPLETE BLOOD COUNT',
  'Hemoglobin 13.2 g/dL   Reference range 12.0-16.0',
  'Platelets 250   Reference range 150-400',
  'CEA tumor marker 2.1 ng/mL',
].join('\n');
const VISIT_NOTE = [
  'ONCOLOGY CONSULTATION NOTE',
  'Date of visit: 02/10/2026',
  'Chief complaint: New diagnosis of colon cancer.',
  'History of present illness: The patient was referred after colonoscopy.',
  'Physical examination: Abdomen soft, non-tender.',
  'Assessment and plan: Discussed findings. Follow up in two weeks.',
].join('\n');
const TREATMENT_PLAN = [
  'TREATMENT PLAN',
  'Oncology treatment plan and care plan',
  'Regimen: FOLFOX chemotherapy, 12 cycles every 2 weeks',
  'Tumor board recommendation: adjuvant chemotherapy',
].join('\n');
const CT_REPORT = [
  'RADIOLOGY REPORT',
  'CT CHEST ABDOMEN PELVIS WITH CONTRAST',
  'Exam date: 02/20/2026',
  'Technique: Axial CT images were obtained after intravenous contrast.',
  'Findings: No enlarged lymph nodes. No pulmonary nodules.',
  'Impression: No evidence of metastatic disease.',
].join('\n');

const NAME = 'Ann Example';
let files: RecordFiles;

test.beforeAll(async () => {
  files = writeRecordFiles({
    'pathology-report.pdf': await pathologyPdf({ name: NAME, dob: '09/14/1962' }),
    'pharmacy-list.txt': MEDICATION_LIST,
    'blood-count.txt': LAB_REPORT,
    'oncology-consult.txt': VISIT_NOTE,
    'treatment-plan.txt': TREATMENT_PLAN,
    'ct-report.txt': CT_REPORT,
  });
});

test.afterAll(() => files.cleanup());

/** A calendar date `days` from today on this computer, as YYYY-MM-DD. */
function daysFromToday(days: number): string {
  const d = new Date();
  d.setDate(d.getDate() + days);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

async function importInto(binder: BinderPage, names: string[]): Promise<void> {
  await binder.importButton.click();
  const importing = new ImportPage(binder.page);
  await importing.importFiles(names.map(files.path));
  await importing.waitUntilDone(names.length);
  await binder.page.getByRole('button', { name: 'Go to the binder' }).click();
  await binder.expectOpen(NAME);
}

test('prepare a second opinion: see the gaps, request what is missing, receive it, and reach "ready"', async ({
  page,
  door,
}) => {
  test.setTimeout(180_000);
  const home = await newVaultWithPeople(page, door, [{ name: NAME, birthDate: '1962-09-14' }]);
  await home
    .card(NAME)
    .getByRole('button', { name: `Open binder of ${NAME}` })
    .click();
  const binder = new BinderPage(page);
  await importInto(binder, [
    'pathology-report.pdf',
    'pharmacy-list.txt',
    'blood-count.txt',
    'oncology-consult.txt',
    'treatment-plan.txt',
  ]);

  // No case yet: what a second opinion is, what the binder holds, and how to start.
  await page.getByRole('button', { name: 'Second opinion' }).click();
  const kase = new CasePage(page);
  await kase.expectOpen(NAME);
  await expect(page.getByText(`${NAME}’s binder so far: 5 of 9 kinds of records`)).toBeVisible();
  await expect(page.getByText('1-800-4-CANCER')).toBeVisible();
  await checkScreen(page, '80-case-intro');

  // Start: the details form opens at once.
  await page.getByRole('button', { name: 'Start preparing for a second opinion' }).click();
  await expect(kase.dialog).toBeVisible();
  const appointment = daysFromToday(5);
  await kase.fillDetails({
    diagnosis: 'Colon cancer, stage 2',
    diagnosisDate: '2026-02-03',
    secondDoctor: 'Dr. Rosa Imani',
    secondFacility: 'Lakeside Cancer Center',
    appointmentDate: appointment,
    appointmentTime: '10:30',
    visitMode: 'In person',
  });
  await checkScreen(page, '81-case-details-dialog');
  await kase.saveDetails();

  // The gaps: five records are in, four records and six tasks are missing.
  await expect(kase.readiness).toContainText('5 of 15 ready');
  await expect(kase.readiness).toContainText(
    'Still missing: operative report, discharge summary, imaging report',
  );
  await expect(kase.reminders).toContainText('The second-opinion appointment is in 5 days');
  await expect(kase.reminders).toContainText('Still missing: operative report');
  await expect(kase.item('Pathology reports')).toContainText('Ready');
  await expect(kase.item('Imaging reports')).toContainText('What to do next: Ask the radiology department');
  await checkScreen(page, '82-case-gaps');

  // Not applicable needs a reason, is left out of readiness, and can be undone.
  await kase
    .item('Operative & procedure reports')
    .getByRole('button', { name: /^Not needed/ })
    .click();
  await kase.dialog.getByRole('button', { name: 'Mark as not needed' }).click();
  await expect(kase.dialog.getByText('Please say why')).toBeVisible();
  await kase.dialog.getByLabel('Why is it not needed?').fill('No surgery yet');
  await kase.dialog.getByRole('button', { name: 'Mark as not needed' }).click();
  await expect(kase.dialog).toBeHidden();
  await expect(kase.item('Operative & procedure reports')).toContainText('Why: No surgery yet');
  await expect(kase.readiness).toContainText('5 of 14 ready');
  await kase.markNotNeeded('Discharge summaries', 'No hospital stay');
  await kase.markNotNeeded('Genetic & biomarker tests', 'None were done');
  await expect(kase.readiness).toContainText('5 of 12 ready');
  await kase
    .item('Genetic & biomarker tests')
    .getByRole('button', { name: /^Undo “not needed”/ })
    .click();
  await expect(kase.readiness).toContainText('5 of 13 ready');
  await kase.markNotNeeded('Genetic & biomarker tests', 'None were done');

  // A records request for the imaging report: add it, make its letter, mark it sent.
  await kase
    .item('Imaging reports')
    .getByRole('button', { name: 'Request these records — Imaging reports' })
    .click();
  await kase.fillRequest({
    provider: 'Northfield Radiology',
    department: 'Medical records',
    method: 'Fax',
    fromDate: '2026-01-01',
    toDate: '2026-03-01',
  });
  await expect(kase.dialog.getByRole('checkbox', { name: 'Imaging reports' })).toBeChecked();
  await checkScreen(page, '83-case-request-dialog');
  await kase.dialog.getByRole('button', { name: 'Add request' }).click();
  await expect(kase.dialog).toBeHidden();
  await expect(kase.item('Imaging reports')).toContainText('A request to Northfield Radiology is ready');

  await kase.openTab('Record requests');
  const request = kase.request('Northfield Radiology');
  await expect(request).toContainText('Not sent yet');
  await request.getByRole('button', { name: /^Make the request letter/ }).click();
  await expect(kase.toast.filter({ hasText: 'saved in the binder as a PDF' })).toBeVisible();
  await expect(request.getByRole('button', { name: /^Open the request letter/ })).toBeVisible();
  await request.getByRole('button', { name: /^Mark as sent/ }).click();
  await expect(kase.dialog.getByLabel('Sent on')).toHaveValue(daysFromToday(0));
  await kase.dialog.getByRole('button', { name: 'Mark as sent' }).click();
  await expect(kase.dialog).toBeHidden();
  await expect(request).toContainText('Sent — waiting for the records');
  await expect(request).toContainText('Follow up on');
  await checkScreen(page, '84-case-request-sent');

  // The report arrives: import it, then mark the request received with that document.
  await page.getByRole('button', { name: `${NAME}’s binder` }).click();
  await importInto(binder, ['ct-report.txt']);
  await page.getByRole('button', { name: 'Second opinion' }).click();
  await kase.expectOpen(NAME);
  await kase.openTab('Record requests');
  await request.getByRole('button', { name: /^Mark as received/ }).click();
  await kase.dialog.getByRole('checkbox', { name: /^Imaging report/ }).check();
  await checkScreen(page, '85-case-request-received-dialog');
  await kase.dialog.getByRole('button', { name: 'Mark as received' }).click();
  await expect(kase.dialog).toBeHidden();
  await expect(request).toContainText('Received');
  await expect(request.getByRole('list', { name: /^Documents/ }).getByRole('listitem')).toHaveCount(1);
  await expect(kase.readiness).toContainText('6 of 12 ready');

  // Questions: the suggested ones, one of our own, and a reorder with the keyboard.
  await kase.openTab('Questions');
  await page.getByRole('button', { name: 'Add suggested questions' }).click();
  await expect(kase.dialog.getByRole('checkbox')).toHaveCount(6);
  await checkScreen(page, '86-case-suggested-questions');
  await kase.dialog.getByRole('button', { name: 'Add 6 questions' }).click();
  await expect(kase.dialog).toBeHidden();
  await expect(kase.questions.getByRole('listitem')).toHaveCount(6);
  await page.getByLabel('Add your own question').fill('How soon do I need to decide?');
  await page.getByRole('button', { name: 'Add question' }).click();
  await expect(kase.questions.getByRole('listitem')).toHaveCount(7);
  const second = kase.questions.getByRole('listitem').nth(1);
  const secondText = ((await second.locator('.question__text').textContent()) ?? '').replace(
    /^Question 2:\s*/,
    '',
  );
  await page.getByRole('button', { name: 'Move up question 2' }).focus();
  await page.keyboard.press('Enter');
  await expect(kase.questions.getByRole('listitem').first()).toContainText(secondText);
  await expect(page.getByRole('button', { name: 'Move up question 1' })).toBeFocused();
  await checkScreen(page, '87-case-questions');

  // The tasks, done one by one.
  await kase.openTab('Checklist');
  await expect(kase.item('Questions written down')).toContainText('Done');
  for (const task of [
    'Pathology slides and blocks sent',
    'Imaging discs',
    'Insurance coverage checked',
    'Records sent to the second-opinion office',
    'Receipt of records confirmed',
  ]) {
    await kase.markDone(task);
  }
  await expect(kase.readiness).toContainText('12 of 12 ready');
  await expect(kase.readiness).toContainText('Everything on the checklist is ready');
  await expect(kase.reminders).toContainText('Everything on the checklist is ready.');
  await checkScreen(page, '88-case-ready');

  // After the visit: notes and the two opinions side by side.
  await kase.openTab('Visit and opinions');
  await page
    .getByLabel(/^What the doctor said/)
    .fill('Agrees with the diagnosis. Suggests a clinical trial.');
  await page.getByRole('button', { name: 'Save the notes' }).click();
  await expect(page.getByText('Saved.')).toBeVisible();
  await page.getByRole('button', { name: 'Write down the second opinion' }).click();
  await kase.dialog.getByLabel(/^Doctor/).fill('Dr. Rosa Imani');
  await kase.dialog.getByLabel(/^Stage/).fill('Stage 2');
  await kase.dialog.getByLabel(/^Recommended treatment/).fill('FOLFOX, or the clinical trial');
  await kase.dialog.getByRole('button', { name: 'Save' }).click();
  await expect(kase.dialog).toBeHidden();
  await expect(page.getByRole('table')).toContainText('FOLFOX, or the clinical trial');
  await checkScreen(page, '89-case-opinions');
  await kase.openTab('Finding a doctor');
  await saveScreen(page, '90-case-finding-a-doctor');

  // The family screen reminds of the appointment.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Family' }).click();
  await home.expectVisible();
  await expect(page.getByRole('list', { name: 'Reminders' })).toContainText('in 5 days');
  await checkScreen(page, '91-home-reminders');
});
