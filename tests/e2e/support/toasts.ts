import type { Page } from '@playwright/test';

/**
 * Closes every message still showing at the bottom of the window, as someone who has read them would:
 * a message stays while the pointer rests on it, and would otherwise cover the next screen's picture.
 */
export async function dismissToasts(page: Page): Promise<void> {
  const close = page.locator('.toast').getByRole('button', { name: 'Dismiss message' });
  while ((await close.count()) > 0) await close.first().click();
}
