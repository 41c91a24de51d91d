// Headless Debian Chromium through playwright-core (which never downloads a browser of its own).
import path from 'node:path';
import { chromium } from 'playwright-core';
import { APP_URL, KC_URL, CHROMIUM, SCREENSHOT_DIR, password } from './env.mjs';
import { keycloak as kc, app } from './selectors.mjs';

export const TIMEOUT = 30_000;

export function launch() {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run', '--disable-quic'],
  });
}

/** A new context and page that records console errors and failed requests for failure messages. */
export async function newPage(browser) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  page.setDefaultTimeout(TIMEOUT);
  page.events = [];
  page.on('console', (m) => { if (m.type() === 'error') page.events.push(`console: ${m.text()}`); });
  page.on('pageerror', (e) => page.events.push(`pageerror: ${e.message}`));
  page.on('requestfailed', (r) => page.events.push(`requestfailed: ${r.method()} ${r.url()} ${r.failure()?.errorText}`));
  page.on('response', (r) => { if (r.status() >= 400) page.events.push(`HTTP ${r.status()}: ${r.request().method()} ${r.url()}`); });
  return { context, page };
}

export async function screenshot(page, name) {
  const file = path.join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true }).catch(() => {});
  return file;
}

/** Runs fn(page); on failure saves a screenshot and adds the page's URL and recorded events to the error. */
export async function withDiagnostics(page, name, fn) {
  try {
    return await fn();
  } catch (e) {
    const file = await screenshot(page, `FAILED-${name}`);
    e.message += `\n  page: ${page.url()}\n  screenshot: ${file}\n  events:\n    ${page.events.slice(-20).join('\n    ')}`;
    throw e;
  }
}

/**
 * Opens the app and logs in on the real Keycloak login page. The app normally redirects to Keycloak by itself;
 * a "Log in" button is clicked when it shows one instead. Returns when the browser is back on the app.
 */
export async function loginThroughKeycloak(page, username, shotPrefix) {
  await page.goto(`${APP_URL}/`);
  const form = page.locator(kc.username);
  const loginButton = page.getByRole('button', { name: app.loginButtonName })
    .or(page.getByRole('link', { name: app.loginButtonName }));
  await form.or(loginButton).first().waitFor();
  if (!(await form.isVisible())) {
    await loginButton.first().click();
    await form.waitFor();
  }
  if (!page.url().startsWith(`${KC_URL}/realms/clearance/`)) {
    throw new Error(`login form is not Keycloak's: ${page.url()}`);
  }
  if (shotPrefix) await screenshot(page, `${shotPrefix}-keycloak-login`);
  await page.fill(kc.username, username);
  await page.fill(kc.password, password(username));
  await Promise.all([
    page.waitForURL((u) => u.href.startsWith(`${APP_URL}/`)),
    page.click(kc.submit),
  ]);
}
