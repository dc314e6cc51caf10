import { expect, type Locator, type Page } from '@playwright/test';

/** A person's binder: checklist, tabs, documents, review queue, medications, health record and trash. */
export class BinderPage {
  readonly page: Page;
  readonly importButton: Locator;
  readonly checklist: Locator;
  readonly documents: Locator;
  readonly reviewList: Locator;
  readonly toast: Locator;
  readonly secondOpinion: Locator;
  readonly exportPacket: Locator;

  constructor(page: Page) {
    this.page = page;
    this.importButton = page.getByRole('main').getByRole('button', { name: 'Import documents' });
    this.checklist = page.getByRole('list', { name: 'Categories' });
    this.documents = page.getByRole('list', { name: 'Documents' });
    this.reviewList = page.getByRole('list', { name: 'Documents that need a look' });
    this.toast = page.locator('.toast');
    this.secondOpinion = page.getByRole('main').getByRole('button', { name: 'Second opinion' });
    this.exportPacket = page
      .getByRole('main')
      .getByRole('button', { name: 'Export a packet for the doctor' });
  }

  async expectOpen(name: string): Promise<void> {
    await expect(this.page.getByRole('heading', { level: 1, name: `${name}’s binder` })).toBeVisible();
  }

  async openTab(name: 'Documents' | 'Review' | 'Medications' | 'Health record' | 'Trash'): Promise<void> {
    await this.page.getByRole('tab', { name: new RegExp(`^${name}`) }).click();
  }

  /** One item of the review queue, found by its title. */
  reviewItem(title: string | RegExp): Locator {
    return this.reviewList
      .getByRole('listitem')
      .filter({ has: this.page.getByRole('heading', { name: title }) });
  }

  /** The checklist entry of a category ("Pathology reports · 1 document"). */
  category(label: string): Locator {
    return this.checklist.getByRole('button', { name: new RegExp(`^${label}`) });
  }
}
