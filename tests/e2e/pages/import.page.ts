import { expect, type Locator, type Page } from '@playwright/test';

/** The import screen: file choosers, overall progress, the spoken summary and each file's outcome. */
export class ImportPage {
  readonly page: Page;
  readonly heading: Locator;
  readonly fileInput: Locator;
  readonly progress: Locator;
  readonly summary: Locator;
  readonly files: Locator;
  readonly cancel: Locator;

  constructor(page: Page) {
    this.page = page;
    this.heading = page.getByRole('heading', { level: 1, name: /^Import into / });
    this.fileInput = page.getByTestId('import-files');
    this.progress = page.getByRole('progressbar', { name: 'Files imported' });
    this.summary = page.locator('.import-run__summary');
    this.files = page.getByRole('list', { name: 'Files' });
    this.cancel = page.getByRole('button', { name: 'Cancel import' });
  }

  async importFiles(paths: string[]): Promise<void> {
    await expect(this.heading).toBeVisible();
    await this.fileInput.setInputFiles(paths);
  }

  /** Waits until every file has an outcome (OCR runs for real, so this can take a while). */
  async waitUntilDone(count: number): Promise<void> {
    await expect(this.progress).toHaveAttribute('aria-valuenow', '100', { timeout: 90_000 });
    await expect(this.summary).toContainText(`All ${count} ${count === 1 ? 'file' : 'files'} done.`);
  }

  /** The row of one file by its name. */
  file(name: string): Locator {
    return this.files.getByRole('listitem').filter({ hasText: name });
  }
}
