/**
 * Waits until React has hydrated the page, so clicks and keys reach its
 * handlers (Docusaurus sets data-has-hydrated on <html>).
 */
import {expect, type Page} from '@playwright/test';

export async function hydrated(page: Page): Promise<void> {
  await expect(page.locator('html')).toHaveAttribute(
    'data-has-hydrated',
    'true',
  );
}
