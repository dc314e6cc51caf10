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
  readonly chooseFiles: Locator;
  readonly chooseFolder: Locator;

  constructor(page: Page) {
    this.page = page;
    this.heading = page.getByRole('heading', { level: 1, name: /^Import into / });
    this.fileInput = page.getByTestId('import-files');
    this.progress = page.getByRole('progressbar', { name: 'Files imported' });
    this.summary = page.locator('.import-run__summary');
    this.files = page.getByRole('list', { name: 'Files' });
    this.cancel = page.getByRole('button', { name: 'Cancel import' });
    this.chooseFiles = page.getByRole('button', { name: 'Choose files…' });
    this.chooseFolder = page.getByRole('button', { name: 'Choose a folder…' });
  }

  async importFiles(paths: string[]): Promise<void> {
    await expect(this.heading).toBeVisible();
    await this.fileInput.setInputFiles(paths);
  }

  /** Picks a whole folder through the "Choose a folder…" button and the browser's folder chooser. */
  async importFolder(dir: string): Promise<void> {
    await expect(this.heading).toBeVisible();
    const chooser = this.page.waitForEvent('filechooser');
    await this.chooseFolder.click();
    await (await chooser).setFiles(dir);
  }

  /**
   * Follows the progress bar until it reaches 100%, noting each value it shows on the way, so a test
   * can check that progress only ever went forward.
   */
  async followProgress(): Promise<number[]> {
    const seen: number[] = [];
    await expect
      .poll(
        async () => {
          const now = Number((await this.progress.getAttribute('aria-valuenow')) ?? NaN);
          if (!Number.isNaN(now) && seen.at(-1) !== now) seen.push(now);
          return now;
        },
        { timeout: 150_000, intervals: [100, 250] },
      )
      .toBe(100);
    return seen;
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
