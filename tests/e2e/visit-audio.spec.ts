import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, skipWithoutChromium, test } from './fixtures/browser-door.fixture.ts';
import { CasePage } from './pages/case.page.ts';
import { checkScreen } from './support/screens.ts';
import { newVaultWithPeople } from './support/vault-session.ts';
import { wavFile } from '../helpers/make-audio.ts';

skipWithoutChromium();

const NAME = 'Iris Listener';
let dir: string;
let wav: string;

test.beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cb-e2e-audio-'));
  wav = path.join(dir, 'second-opinion-visit.wav');
  // Three seconds of a quiet tone, with the recording day in its broadcast-WAV header.
  fs.writeFileSync(wav, wavFile(3, { recordedOn: '2026-03-14' }));
});
test.afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** The bits of the page's <audio> element the test reads (this file is compiled without the DOM library). */
interface AudioElement {
  readyState: number;
  duration: number;
  currentTime: number;
  addEventListener(type: 'seeked', listener: () => void, options: { once: boolean }): void;
}

/** Waits until the page's <audio> element has read the recording's header, and returns its length. */
async function loadedDuration(page: Page): Promise<number> {
  const handle = await page.waitForFunction(() => {
    const doc = (globalThis as unknown as { document: { querySelector(s: string): AudioElement | null } })
      .document;
    const audio = doc.querySelector('audio');
    return audio && audio.readyState >= 1 && audio.duration > 0 ? audio.duration : null;
  });
  return (await handle.jsonValue()) as number;
}

test('a recording of the visit: attached to the case, played in the viewer, kept when the case is closed', async ({
  page,
  door,
}) => {
  test.setTimeout(180_000);
  const home = await newVaultWithPeople(page, door, [{ name: NAME, birthDate: '1957-11-02' }]);
  await home
    .card(NAME)
    .getByRole('button', { name: `Open binder of ${NAME}` })
    .click();
  await page.getByRole('main').getByRole('button', { name: 'Second opinion' }).click();
  const kase = new CasePage(page);
  await kase.expectOpen(NAME);
  await page.getByRole('button', { name: 'Start preparing for a second opinion' }).click();
  await kase.fillDetails({ diagnosis: 'Melanoma, stage 2', secondDoctor: 'Dr. Omar Reyes' });
  await kase.saveDetails();

  // Attach a recording to the visit notes: it goes into the binder through the usual intake.
  await kase.openTab('Visit and opinions');
  await kase.addRecording(wav);
  await expect(kase.toast.filter({ hasText: 'The recording was added to the visit notes.' })).toBeVisible();
  await expect(kase.recordings.getByRole('listitem')).toHaveCount(1);
  await expect(kase.recordings).toContainText('Audio recording, 3 s');
  await expect(kase.recordings).toContainText(/recorded (March 14, 2026|14 March 2026)/);
  await page.getByLabel(/^What the doctor said/).fill('Suggests a wider excision. Recording attached.');
  await page.getByRole('button', { name: 'Save the notes' }).click();
  await expect(page.getByText('Saved.', { exact: true })).toBeVisible();
  await checkScreen(page, '92-case-visit-recording');

  // The viewer plays it: the <audio> element loads the recording's header through its media link.
  await kase.recordings.getByRole('button', { name: 'Audio recording, 3 s', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Audio recording, 3 s' })).toBeVisible();
  const player = page.getByLabel('Play Audio recording, 3 s');
  await expect(player).toBeVisible();
  expect(await loadedDuration(page)).toBeCloseTo(3, 1);
  // Seeking asks for a byte range; the player lands where it was sent.
  const seeked = await player.evaluate(
    (audio: AudioElement) =>
      new Promise<number>((resolve) => {
        audio.addEventListener('seeked', () => resolve(audio.currentTime), { once: true });
        audio.currentTime = 2;
      }),
  );
  expect(seeked).toBeCloseTo(2, 1);
  await expect(page.getByRole('button', { name: 'Read the text again' })).toHaveCount(0);
  await checkScreen(page, '93-document-audio-player');

  // Back returns to the case, on the tab the recording was opened from.
  await page.getByRole('button', { name: 'Back to the second opinion' }).click();
  await kase.expectOpen(NAME);
  await expect(page.getByRole('tab', { name: 'Visit and opinions' })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  await expect(kase.recordings).toContainText('Audio recording, 3 s');

  // Close the case: asked first; afterwards it is listed as an earlier second opinion.
  await page.getByRole('button', { name: 'Close this case' }).click();
  await expect(kase.dialog).toContainText('Everything in it is kept');
  await kase.dialog.getByRole('button', { name: 'Close the case' }).click();
  await expect(kase.dialog).toBeHidden();
  await expect(page.getByRole('button', { name: 'Start preparing for a second opinion' })).toBeVisible();
  await expect(kase.earlierCases.getByRole('listitem')).toHaveCount(1);
  await expect(kase.earlierCases).toContainText('Second opinion: Melanoma, stage 2');
  await checkScreen(page, '94-case-closed-list');

  // Opened again, it reads as it was kept, with nothing to change — and its recording still plays.
  await kase.earlierCases.getByRole('button', { name: /^Open/ }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: `${NAME}’s earlier second opinion` }),
  ).toBeVisible();
  await expect(page.getByText(/^Closed on /)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Close this case' })).toHaveCount(0);
  await kase.openTab('Visit and opinions');
  await expect(page.getByText('Suggests a wider excision. Recording attached.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Add a recording' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: /^Write down the/ })).toHaveCount(0);
  await kase.openTab('Checklist');
  await expect(page.getByRole('button', { name: /^Mark as done/ })).toHaveCount(0);
  await kase.openTab('Visit and opinions');
  await kase.recordings.getByRole('button', { name: 'Audio recording, 3 s', exact: true }).click();
  expect(await loadedDuration(page)).toBeGreaterThan(0);
  await page.getByRole('button', { name: 'Back to the earlier second opinion' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: `${NAME}’s earlier second opinion` }),
  ).toBeVisible();
  await checkScreen(page, '95-case-closed-read-only');

  // A new case starts empty; the earlier one can be reopened, which closes the new one.
  await page.getByRole('button', { name: 'Back to the second opinion' }).click();
  await page.getByRole('button', { name: 'Start preparing for a second opinion' }).click();
  await kase.fillDetails({ diagnosis: 'Follow-up scan' });
  await kase.saveDetails();
  await kase.openTab('Visit and opinions');
  await expect(page.getByText('No recordings yet.')).toBeVisible();
  await kase.earlierCases.getByRole('button', { name: /^Reopen/ }).click();
  await expect(kase.dialog).toContainText('The current second opinion will be closed');
  await kase.dialog.getByRole('button', { name: 'Reopen the case' }).click();
  await expect(kase.dialog).toBeHidden();
  await expect(page.locator('.page__head .lead')).toContainText('Melanoma, stage 2');
  await expect(kase.earlierCases).toContainText('Second opinion: Follow-up scan');
  await kase.openTab('Visit and opinions');
  await expect(kase.recordings).toContainText('Audio recording, 3 s');
});
