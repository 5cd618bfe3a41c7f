// Launches Debian's Chromium through playwright-core (never a downloaded
// browser), with a fresh profile, and saves step screenshots as artefacts.
import { chromium } from 'playwright-core';
import { mkdtempSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const baseURL = process.env.ATTACHE_URL || 'http://127.0.0.1:8080';
export const artefacts = resolve(process.env.ARTEFACTS || join(import.meta.dirname, '..', 'test-results'));
const executablePath = process.env.CHROMIUM || '/usr/bin/chromium';

export async function launch() {
  mkdirSync(artefacts, { recursive: true });
  const profile = mkdtempSync(join(tmpdir(), 'attache-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    args: [
      '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic',
    ],
    viewport: { width: 1280, height: 800 },
    acceptDownloads: true,
    baseURL,
  });
  const close = async () => {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  };
  return { context, close };
}

/** Fails the page on console errors and failed requests, which a person would not see. */
export function watch(page, problems) {
  page.on('console', (msg) => { if (msg.type() === 'error') problems.push(`console: ${msg.text()}`); });
  page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
  page.on('requestfailed', (req) => {
    // Downloads of blob: URLs report as aborted; they are not failures.
    if (!req.url().startsWith('blob:')) problems.push(`request failed: ${req.url()} ${req.failure()?.errorText}`);
  });
  page.on('request', (req) => {
    const u = new URL(req.url());
    if (!['blob:', 'data:'].includes(u.protocol) && u.origin !== new URL(baseURL).origin) problems.push(`request to another host: ${req.url()}`);
  });
}

export async function shot(page, name) {
  const file = join(artefacts, `${name}.png`);
  await page.screenshot({ path: file, fullPage: false });
  return file;
}
