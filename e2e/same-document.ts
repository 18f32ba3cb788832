/**
 * Whether clicks stayed in the single-page app: a mark set on the document
 * survives client-side navigation and is lost on a full reload (which
 * Docusaurus does when a route fails to load).
 */
import {expect, type Page} from '@playwright/test';

interface Marked {
  stillHere?: boolean;
}

export async function markDocument(page: Page): Promise<void> {
  await page.evaluate(() => {
    (window as Marked).stillHere = true;
  });
}

export async function expectSameDocument(page: Page): Promise<void> {
  expect(await page.evaluate(() => (window as Marked).stillHere)).toBe(true);
}
