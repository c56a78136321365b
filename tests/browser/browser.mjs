// Headless Debian Chromium driven by playwright-core; nothing downloads a browser.
import { chromium } from 'playwright-core';
import { start } from '../../scripts/server.mjs';

export const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
  '--disable-sync', '--no-first-run', '--disable-quic'];

/** JIANXI_ROOT serves another checkout's www/ and pkg/ (to see a test fail on older pages). */
export async function launch() {
  const server = await start(0, process.env.JIANXI_ROOT || undefined);
  const port = server.address().port;
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', args: FLAGS });
  return { browser, server, origin: `http://127.0.0.1:${port}` };
}

/** A page that records console errors and any request that leaves `origin`. */
export async function watchedPage(browser, origin, viewport = { width: 375, height: 667 }, options = {}) {
  const context = await browser.newContext({ viewport, ...options });
  const page = await context.newPage();
  const problems = [];
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('request', (r) => { if (!r.url().startsWith(origin) && !r.url().startsWith('data:') && !r.url().startsWith(`blob:${origin}`)) problems.push(`request to another origin: ${r.url()}`); });
  return { page, context, problems };
}
