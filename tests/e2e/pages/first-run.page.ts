import { expect, type Locator, type Page } from '@playwright/test';

/** The first-run screen: welcome and choosing the passphrase. */
export class FirstRunPage {
  readonly page: Page;
  readonly heading: Locator;
  readonly passphrase: Locator;
  readonly confirm: Locator;
  readonly strength: Locator;
  readonly create: Locator;

  constructor(page: Page) {
    this.page = page;
    this.heading = page.getByRole('heading', { level: 1, name: 'Welcome to CareBinder' });
    this.passphrase = page.getByLabel('Passphrase', { exact: true });
    this.confirm = page.getByLabel('Type the passphrase again');
    this.strength = page.locator('.strength__text');
    this.create = page.getByRole('button', { name: 'Create my vault' });
  }

  async expectVisible(): Promise<void> {
    await expect(this.heading).toBeVisible();
  }

  async createVault(passphrase: string): Promise<void> {
    await this.passphrase.fill(passphrase);
    await this.confirm.fill(passphrase);
    await this.create.click();
  }
}
