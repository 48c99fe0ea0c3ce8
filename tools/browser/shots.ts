// Screenshots and PDFs of what readers and staff see, saved for a person to look at; no test compares
// them. Saved only when E2E_SHOTS names a folder (`E2E_SHOTS=e2e/screenshots npm run test:e2e`): a
// screenshot asserts nothing, and a full-page one of a long page at 2× costs up to a second of CPU, so
// CI takes none.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';

const folder = process.env.E2E_SHOTS || undefined;

/** Whether this run saves screenshots (E2E_SHOTS is set). */
export const savingShots = folder !== undefined;

/** Where to save a file of that name in E2E_SHOTS (the folder made), or undefined when nothing is saved. */
export function shotPath(file: string): string | undefined {
  if (!folder) return undefined;
  mkdirSync(folder, { recursive: true });
  return join(folder, file);
}

/** Saves the page as <name>.png in E2E_SHOTS (the screen, or the whole page); does nothing without it. */
export async function saveShot(page: Page, name: string, options: { fullPage?: boolean } = {}): Promise<void> {
  const path = shotPath(`${name}.png`);
  if (path) await page.screenshot({ path, ...options });
}
