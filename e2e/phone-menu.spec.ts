/**
 * The navigation drawer on a phone: the navbar's links and the page's
 * sidebar. The drawer is mounted after hydration, in a transition
 * (src/theme/Navbar/MobileSidebar), so these tests check that it is there
 * when a reader reaches for it, by touch and by keyboard.
 */
import {expect, test} from '@playwright/test';

import {hydrated} from './hydrated';

test.use({viewport: {width: 390, height: 844}, hasTouch: true});

const PAGE = '/docs/standards/ingress/';

test('the menu opens with the navbar links and the handbook sidebar, and a link in it navigates', async ({
  page,
}) => {
  await page.goto(PAGE);
  await hydrated(page);
  const toggle = page.getByRole('button', {name: 'Toggle navigation bar'});
  await toggle.tap();
  const drawer = page.locator('.navbar-sidebar');
  await expect(drawer).toBeVisible();
  // The primary menu (navbar items) is one click behind "Back to main menu"
  // on a docs page; the secondary menu is the handbook's sidebar.
  const dns = drawer.getByRole('link', {name: 'DNS', exact: true});
  await expect(dns).toBeVisible();
  await dns.tap();
  await expect(page).toHaveURL('/docs/standards/dns/');
  await expect(drawer).toBeHidden();
  await toggle.tap();
  await drawer.getByRole('button', {name: /back to main menu/i}).tap();
  await expect(
    drawer.getByRole('link', {name: 'Knowledge base', exact: true}),
  ).toBeVisible();
});

test('the menu works from the keyboard', async ({page}) => {
  await page.goto(PAGE);
  await hydrated(page);
  await page.getByRole('button', {name: 'Toggle navigation bar'}).focus();
  await page.keyboard.press('Enter');
  const drawer = page.locator('.navbar-sidebar');
  await expect(drawer).toBeVisible();
  await drawer.getByRole('link', {name: 'DNS', exact: true}).focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL('/docs/standards/dns/');
});
