import fs from 'node:fs';
import path from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

const SCREENS_DIR = path.join('test-results', 'screens');
const AXE_DIR = path.join('test-results', 'axe');
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** Saves a full-page screenshot of the current screen as test-results/screens/<name>.png. */
export async function saveScreen(page: Page, name: string): Promise<void> {
  await page.screenshot({
    path: path.join(SCREENS_DIR, `${name}.png`),
    fullPage: true,
    animations: 'disabled',
  });
}

/**
 * Runs axe on the current screen in the light and the dark theme, writes every finding to
 * test-results/axe/<name>-<theme>.json, saves a screenshot of each theme, and fails on any serious or
 * critical violation. Frames sandboxed without scripts are left out (see below).
 */
export async function checkScreen(page: Page, name: string): Promise<void> {
  fs.mkdirSync(AXE_DIR, { recursive: true });
  for (const theme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: theme });
    // Buttons fade between colours: let the new theme settle before axe measures contrast.
    await page.waitForFunction(() => {
      // Runs in the page; typed loosely because this file is compiled without the DOM library.
      const doc = (
        globalThis as unknown as { document: { getAnimations(): Array<{ constructor: { name: string } }> } }
      ).document;
      return doc.getAnimations().every((animation) => animation.constructor.name !== 'CSSTransition');
    });
    // A frame sandboxed without scripts (a portal download's readable page) cannot take axe's script, and
    // axe would wait for it until the test times out; the specs check such a frame's title themselves.
    const results = await new AxeBuilder({ page })
      .withTags(WCAG_TAGS)
      .exclude('iframe[sandbox=""]')
      .analyze();
    const findings = results.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.map((n) => `${n.target.join(' ')}: ${n.failureSummary ?? ''}`),
    }));
    fs.writeFileSync(path.join(AXE_DIR, `${name}-${theme}.json`), JSON.stringify(findings, null, 2));
    await saveScreen(page, `${name}-${theme}`);
    const blocking = findings.filter((f) => f.impact === 'serious' || f.impact === 'critical');
    expect(blocking, `axe found serious problems on "${name}" (${theme})`).toEqual([]);
  }
  await page.emulateMedia({ colorScheme: 'light' });
}
