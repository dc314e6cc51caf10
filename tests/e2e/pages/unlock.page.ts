import { expect, type Locator, type Page } from '@playwright/test';

/** The unlock screen and its recovery-key path. */
export class UnlockPage {
  readonly page: Page;
  readonly heading: Locator;
  readonly passphrase: Locator;
  readonly remember: Locator;
  readonly unlock: Locator;
  readonly useRecoveryKey: Locator;
  readonly recoveryKey: Locator;

  constructor(page: Page) {
    this.page = page;
    this.heading = page.getByRole('heading', { level: 1, name: 'Unlock CareBinder' });
    this.passphrase = page.getByLabel('Passphrase', { exact: true });
    this.remember = page.getByLabel('Remember on this computer');
    this.unlock = page.getByRole('button', { name: 'Unlock', exact: true });
    this.useRecoveryKey = page.getByRole('button', { name: 'Use my recovery key instead' });
    this.recoveryKey = page.getByRole('textbox', { name: 'Recovery key' });
  }

  async expectVisible(): Promise<void> {
    await expect(this.heading).toBeVisible();
  }

  async unlockWith(passphrase: string): Promise<void> {
    await this.passphrase.fill(passphrase);
    await this.unlock.click();
  }

  async unlockWithRecoveryKey(key: string): Promise<void> {
    await this.useRecoveryKey.click();
    await this.recoveryKey.fill(key);
    await this.unlock.click();
  }
}
