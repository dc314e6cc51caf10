import { expect, type Locator, type Page } from '@playwright/test';

/** The settings screen. */
export class SettingsPage {
  readonly page: Page;
  readonly heading: Locator;
  readonly autoLock: Locator;
  readonly saveAutoLock: Locator;
  readonly backupNow: Locator;
  readonly backupPath: Locator;

  constructor(page: Page) {
    this.page = page;
    this.heading = page.getByRole('heading', { level: 1, name: 'Settings' });
    this.autoLock = page.getByLabel('Lock CareBinder after this long without activity');
    this.saveAutoLock = page
      .getByRole('region', { name: 'Lock automatically' })
      .getByRole('button', { name: 'Save' });
    this.backupNow = page.getByRole('button', { name: 'Make a backup now' });
    this.backupPath = page.getByTestId('backup-path');
  }

  async expectVisible(): Promise<void> {
    await expect(this.heading).toBeVisible();
  }

  async setAutoLock(label: string): Promise<void> {
    await expect(this.autoLock).toBeEnabled();
    await this.autoLock.selectOption({ label });
    await this.saveAutoLock.click();
  }

  async backUp(): Promise<string> {
    await this.backupNow.click();
    await expect(this.backupPath).toBeVisible();
    return (await this.backupPath.textContent()) ?? '';
  }
}
