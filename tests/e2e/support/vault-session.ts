import type { Page } from '@playwright/test';
import type { BrowserDoor } from '../fixtures/browser-door.fixture.ts';
import { FirstRunPage } from '../pages/first-run.page.ts';
import { HomePage, type PersonDetails } from '../pages/home.page.ts';
import { RecoveryKeyPage } from '../pages/recovery-key.page.ts';

export const PASSPHRASE = 'quiet harbour lanterns at dusk';

/** Opens the door, creates a vault through the UI and adds the given people; returns the home page. */
export async function newVaultWithPeople(
  page: Page,
  door: BrowserDoor,
  people: PersonDetails[],
): Promise<HomePage> {
  await page.goto(door.url);
  const firstRun = new FirstRunPage(page);
  await firstRun.expectVisible();
  await firstRun.createVault(PASSPHRASE);
  await new RecoveryKeyPage(page).confirmAndContinue();
  const home = new HomePage(page);
  await home.expectVisible();
  for (const person of people) await home.add(person);
  return home;
}
