import type { Locator, Page } from '@playwright/test';

/** The document viewer. */
export class DocumentPage {
  readonly page: Page;
  readonly pages: Locator;
  readonly identityWarning: Locator;
  readonly text: Locator;

  constructor(page: Page) {
    this.page = page;
    this.pages = page.getByRole('navigation', { name: 'Pages' });
    this.identityWarning = page.locator('.notice--warning').filter({ hasText: 'This page names' });
    this.text = page.locator('.page-text');
  }

  /** The heading over the recognised text of the page being shown ("Text of page 2"). */
  textHeading(pageNo: number): Locator {
    return this.page.getByRole('heading', { name: `Text of page ${pageNo}` });
  }
}
