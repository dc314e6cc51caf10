import { expect, type Locator, type Page } from '@playwright/test';

/** How far `tabTo` may go before it calls the target unreachable. */
const MAX_PRESSES = 90;

async function isFocused(target: Locator): Promise<boolean> {
  // Runs in the page; typed loosely because this file is compiled without the DOM library.
  return target.evaluate(
    (el) => el === (globalThis as unknown as { document: { activeElement: unknown } }).document.activeElement,
  );
}

/**
 * Presses Tab (or Shift+Tab) until `target` has the keyboard focus, as someone who cannot use a mouse
 * would; fails, naming the target, when it is not reached within `max` presses. Nothing is focused by
 * script: the presses are the only way there. Returns how many presses it took.
 */
export async function tabTo(
  page: Page,
  target: Locator,
  options: { backwards?: boolean; max?: number } = {},
): Promise<number> {
  await expect(target).toBeVisible();
  const max = options.max ?? MAX_PRESSES;
  for (let presses = 0; presses < max; presses += 1) {
    if (await isFocused(target)) return presses;
    await page.keyboard.press(options.backwards ? 'Shift+Tab' : 'Tab');
  }
  expect(await isFocused(target), `${target} can be reached with the Tab key`).toBe(true);
  return max;
}

/** Tabs to a text field, empties it with the keyboard and types `text`. */
export async function typeInto(page: Page, field: Locator, text: string): Promise<void> {
  await tabTo(page, field);
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.press('Delete');
  await page.keyboard.type(text);
}

/** Tabs to a button (or link) and presses Enter on it; returns how many Tab presses it took. */
export async function activate(page: Page, control: Locator): Promise<number> {
  const presses = await tabTo(page, control);
  await page.keyboard.press('Enter');
  return presses;
}

/**
 * Counts pointer presses in the page from now on (a keyboard-only test asserts there were none). Set up
 * before the first navigation; read with `pointerPresses`.
 */
export async function countPointerPresses(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = globalThis as unknown as {
      addEventListener: (type: string, listener: () => void, capture: boolean) => void;
      __pointerPresses?: number;
    };
    w.__pointerPresses = 0;
    w.addEventListener('pointerdown', () => (w.__pointerPresses = (w.__pointerPresses ?? 0) + 1), true);
  });
}

/** How many pointer presses the page has seen since it was loaded. */
export function pointerPresses(page: Page): Promise<number> {
  return page.evaluate(() => (globalThis as unknown as { __pointerPresses?: number }).__pointerPresses ?? 0);
}
