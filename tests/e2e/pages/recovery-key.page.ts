import { expect, type Locator, type Page } from '@playwright/test';

/** The one-time recovery key screen. */
export class RecoveryKeyPage {
  readonly page: Page;
  readonly heading: Locator;
  readonly key: Locator;
  readonly confirmation: Locator;
  readonly print: Locator;
  readonly continue: Locator;

  constructor(page: Page) {
    this.page = page;
    this.heading = page.getByRole('heading', { level: 1, name: 'Your recovery key' });
    this.key = page.getByRole('group', { name: /^Recovery key:/ });
    this.confirmation = page.getByLabel(/I have written down or printed my recovery key/);
    this.print = page.getByRole('button', { name: 'Print the recovery key' });
    this.continue = page.getByRole('button', { name: 'Continue to CareBinder' });
  }

  async expectVisible(): Promise<void> {
    await expect(this.heading).toBeVisible();
  }

  /** The key as shown, groups joined with dashes. */
  async readKey(): Promise<string> {
    const groups = await this.key.locator('.recovery__group').allTextContents();
    return groups.join('-');
  }

  async confirmAndContinue(): Promise<void> {
    await this.confirmation.check();
    await this.continue.click();
  }
}
