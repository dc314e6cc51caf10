import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';

/**
 * Full-page screenshots of a journey, numbered in the order taken: test-results/<folder>/NN-name.png.
 * The folder is emptied first, so every picture in it is from the last run.
 */
export class JourneyCamera {
  readonly page: Page;
  readonly dir: string;
  private taken = 0;

  constructor(page: Page, folder: string) {
    this.page = page;
    this.dir = path.join('test-results', folder);
    fs.rmSync(this.dir, { recursive: true, force: true });
    fs.mkdirSync(this.dir, { recursive: true });
  }

  /** Saves the whole page as the next numbered picture; returns its path. */
  async snap(name: string): Promise<string> {
    this.taken += 1;
    const file = path.join(this.dir, `${String(this.taken).padStart(2, '0')}-${name}.png`);
    await this.page.screenshot({ path: file, fullPage: true, animations: 'disabled' });
    return file;
  }
}
