import { expect, type Locator, type Page } from '@playwright/test';

/** The packet export screen: the three steps, the live preview, progress and the result. */
export class ExportPage {
  readonly page: Page;
  readonly heading: Locator;
  readonly summary: Locator;
  readonly folder: Locator;
  readonly name: Locator;
  readonly destination: Locator;
  readonly make: Locator;
  readonly result: Locator;
  readonly resultPath: Locator;
  readonly password: Locator;
  readonly showInFolder: Locator;
  readonly writeEmail: Locator;

  constructor(page: Page) {
    this.page = page;
    this.heading = page.getByRole('heading', { level: 1, name: 'Export a packet for the doctor' });
    this.summary = page.getByTestId('packet-summary');
    this.folder = page.getByLabel('Folder to save in');
    this.name = page.getByLabel(/^(File name|Name of the new packet folder)/);
    this.destination = page.getByTestId('packet-destination');
    this.make = page.getByRole('button', { name: 'Make the packet' });
    this.result = page.getByRole('region', { name: 'The packet is ready' });
    this.resultPath = page.getByTestId('result-path');
    this.password = page.getByLabel('Password for the ZIP');
    this.showInFolder = this.result.getByRole('button', { name: 'Show in folder' });
    this.writeEmail = this.result.getByRole('button', { name: 'Write an email…' });
  }

  async expectOpen(): Promise<void> {
    await expect(this.heading).toBeVisible();
  }

  /** Picks one of the four formats by the words on its choice. */
  async chooseFormat(label: string): Promise<void> {
    await this.page.getByRole('radio', { name: label }).check();
  }

  /** Sets the folder, makes the packet and waits for the result. */
  async makeInto(folder: string): Promise<void> {
    await this.folder.fill(folder);
    await this.make.click();
    await expect(this.result).toBeVisible({ timeout: 60_000 });
  }

  /** Goes back from a result to the choices, which are kept. */
  async again(): Promise<void> {
    await this.page.getByRole('button', { name: 'Make another packet' }).click();
    await expect(this.make).toBeVisible();
  }
}
