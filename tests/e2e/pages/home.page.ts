import { expect, type Locator, type Page } from '@playwright/test';

/** Details typed into the person dialog; omitted fields are left as they are. */
export interface PersonDetails {
  name?: string;
  birthDate?: string;
  relationship?: string;
  notes?: string;
}

/** The family screen, its person dialog and its archive confirmation. */
export class HomePage {
  readonly page: Page;
  readonly heading: Locator;
  readonly addPerson: Locator;
  readonly dialog: Locator;
  readonly lock: Locator;
  readonly toast: Locator;

  constructor(page: Page) {
    this.page = page;
    this.heading = page.getByRole('heading', { level: 1, name: 'Your family' });
    this.addPerson = page.getByRole('button', { name: 'Add a person' });
    this.dialog = page.getByRole('dialog');
    this.lock = page.getByRole('banner').getByRole('button', { name: 'Lock' });
    this.toast = page.locator('.toast');
  }

  async expectVisible(): Promise<void> {
    await expect(this.heading).toBeVisible();
  }

  /** The card of one person, found by its accessible name (the person's name). */
  card(name: string): Locator {
    return this.page
      .getByRole('listitem')
      .filter({ has: this.page.getByRole('heading', { level: 2, name, exact: true }) });
  }

  async fillPerson(details: PersonDetails): Promise<void> {
    if (details.name !== undefined) await this.dialog.getByLabel('Name', { exact: true }).fill(details.name);
    if (details.birthDate !== undefined)
      await this.dialog.getByLabel(/^Date of birth/).fill(details.birthDate);
    if (details.relationship !== undefined)
      await this.dialog.getByLabel(/^Relationship to you/).fill(details.relationship);
    if (details.notes !== undefined) await this.dialog.getByLabel(/^Notes/).fill(details.notes);
  }

  async add(details: PersonDetails): Promise<void> {
    await this.addPerson.first().click();
    await expect(this.dialog).toBeVisible();
    await this.fillPerson(details);
    await this.dialog.getByRole('button', { name: 'Add person' }).click();
    await expect(this.dialog).toBeHidden();
  }

  async edit(name: string, details: PersonDetails): Promise<void> {
    await this.card(name)
      .getByRole('button', { name: `Edit ${name}` })
      .click();
    await expect(this.dialog).toBeVisible();
    await this.fillPerson(details);
    await this.dialog.getByRole('button', { name: 'Save changes' }).click();
    await expect(this.dialog).toBeHidden();
  }

  async archive(name: string): Promise<void> {
    await this.card(name)
      .getByRole('button', { name: `Archive ${name}` })
      .click();
    await expect(this.dialog).toBeVisible();
    await this.dialog.getByRole('button', { name: 'Archive', exact: true }).click();
    await expect(this.dialog).toBeHidden();
  }

  async openSettings(): Promise<void> {
    await this.page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('button', { name: 'Settings' })
      .click();
  }
}
