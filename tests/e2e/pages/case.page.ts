import { expect, type Locator, type Page } from '@playwright/test';

/** Case details typed into the details dialog; omitted fields are left as they are. */
export interface CaseDetailsInput {
  diagnosis?: string;
  diagnosisDate?: string;
  secondDoctor?: string;
  secondFacility?: string;
  appointmentDate?: string;
  appointmentTime?: string;
  visitMode?: 'In person' | 'Virtual (video or phone)';
}

/** Details typed into the records-request dialog. */
export interface RequestInput {
  provider: string;
  department?: string;
  method?: 'Patient portal' | 'Fax' | 'Mail' | 'In person' | 'Phone';
  fromDate?: string;
  toDate?: string;
}

/** One person's second-opinion screen: readiness, checklist, requests, questions, visit and opinions. */
export class CasePage {
  readonly page: Page;
  readonly heading: Locator;
  readonly readiness: Locator;
  readonly reminders: Locator;
  readonly dialog: Locator;
  readonly toast: Locator;
  readonly requests: Locator;
  readonly questions: Locator;

  constructor(page: Page) {
    this.page = page;
    this.heading = page.getByRole('heading', { level: 1, name: /’s second opinion$/ });
    this.readiness = page.locator('.readiness');
    this.reminders = page.getByRole('main').getByRole('list', { name: 'Reminders' });
    this.dialog = page.getByRole('dialog');
    this.toast = page.locator('.toast');
    this.requests = page.getByRole('list', { name: 'Record requests' });
    this.questions = page.getByRole('list', { name: 'Questions to ask' });
  }

  async expectOpen(name: string): Promise<void> {
    await expect(
      this.page.getByRole('heading', { level: 1, name: `${name}’s second opinion` }),
    ).toBeVisible();
  }

  async openTab(
    name:
      'Checklist' | 'Details' | 'Record requests' | 'Questions' | 'Visit and opinions' | 'Finding a doctor',
  ): Promise<void> {
    await this.page.getByRole('tab', { name: new RegExp(`^${name}`) }).click();
  }

  /** One checklist line by its label ("Operative & procedure reports"). */
  item(label: string): Locator {
    return this.page
      .locator('.case-item')
      .filter({ has: this.page.getByRole('heading', { level: 4, name: label, exact: true }) });
  }

  async fillDetails(details: CaseDetailsInput): Promise<void> {
    const d = this.dialog;
    if (details.diagnosis !== undefined)
      await d.getByLabel(/^Diagnosis, as you know it/).fill(details.diagnosis);
    if (details.diagnosisDate !== undefined)
      await d.getByLabel(/^Date of diagnosis/).fill(details.diagnosisDate);
    if (details.secondDoctor !== undefined)
      await d.getByLabel(/^Second-opinion doctor/).fill(details.secondDoctor);
    if (details.secondFacility !== undefined)
      await d.getByLabel(/^Their hospital or practice/).fill(details.secondFacility);
    if (details.appointmentDate !== undefined)
      await d.getByLabel(/^Appointment date/).fill(details.appointmentDate);
    if (details.appointmentTime !== undefined) await d.getByLabel(/^Time/).fill(details.appointmentTime);
    if (details.visitMode !== undefined)
      await d.getByLabel('In person or virtual').selectOption({ label: details.visitMode });
  }

  async saveDetails(): Promise<void> {
    await this.dialog.getByRole('button', { name: 'Save details' }).click();
    await expect(this.dialog).toBeHidden();
  }

  /** Marks a checklist item as not needed, with the reason. */
  async markNotNeeded(label: string, reason: string): Promise<void> {
    await this.item(label)
      .getByRole('button', { name: `Not needed — ${label}` })
      .click();
    await this.dialog.getByLabel('Why is it not needed?').fill(reason);
    await this.dialog.getByRole('button', { name: 'Mark as not needed' }).click();
    await expect(this.dialog).toBeHidden();
  }

  /** Marks a task as done on the given day (today when omitted). */
  async markDone(label: string, date?: string): Promise<void> {
    await this.item(label)
      .getByRole('button', { name: `Mark as done — ${label}` })
      .click();
    if (date) await this.dialog.getByLabel('Done on').fill(date);
    await this.dialog.getByRole('button', { name: 'Mark as done' }).click();
    await expect(this.dialog).toBeHidden();
  }

  async fillRequest(input: RequestInput): Promise<void> {
    const d = this.dialog;
    await d.getByLabel(/^Who has the records/).fill(input.provider);
    if (input.department) await d.getByLabel(/^Department/).fill(input.department);
    if (input.method) await d.getByLabel('How you will ask').selectOption({ label: input.method });
    if (input.fromDate) await d.getByLabel(/^Records from/).fill(input.fromDate);
    if (input.toDate) await d.getByLabel(/^Records until/).fill(input.toDate);
  }

  /** The visit's recordings, as listed under the visit notes. */
  get recordings(): Locator {
    return this.page.getByRole('list', { name: 'Recordings of the visit' });
  }

  /** Adds an audio file to the visit notes through the case screen's own file chooser. */
  async addRecording(file: string): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.page.getByRole('button', { name: 'Add a recording' }).click();
    await (await chooser).setFiles(file);
  }

  /** The earlier (closed) second opinions listed under the case. */
  get earlierCases(): Locator {
    return this.page.getByRole('list', { name: 'Earlier second opinions' });
  }

  /** The card of one records request, by the provider's name. */
  request(provider: string): Locator {
    return this.requests
      .getByRole('listitem')
      .filter({ has: this.page.getByRole('heading', { name: provider }) });
  }
}
