// @ts-check
// Opens the VS Code web workbench in Debian's headless Chromium through playwright-core.
import { chromium as playwrightChromium } from 'playwright-core';
import { chromium as chromiumPath } from './paths.mjs';

export const chromiumArgs = [
  '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
  '--disable-sync', '--no-first-run', '--disable-dev-shm-usage',
];

/**
 * @param {string} url
 * @param {{ folder?: string, timeoutMs?: number, viewport?: { width: number, height: number } }} [options]
 */
export async function openWorkbench(url, { folder, timeoutMs = 90000, viewport = { width: 1400, height: 900 } } = {}) {
  const browser = await playwrightChromium.launch({
    executablePath: chromiumPath, headless: process.env.COPYDESK_HEADED !== '1', args: chromiumArgs, timeout: 60000,
  });
  try {
    const context = await browser.newContext({ viewport });
    const page = await context.newPage();
    const consoleLines = [];
    page.on('console', (msg) => consoleLines.push(`[${msg.type()}] ${msg.text()}`));
    page.on('pageerror', (err) => consoleLines.push(`[pageerror] ${err.message}`));
    const target = folder ? `${url}?folder=${encodeURIComponent(folder)}` : url;
    await page.goto(target, { timeout: timeoutMs, waitUntil: 'domcontentloaded' });
    await page.waitForSelector('.monaco-workbench', { timeout: timeoutMs });
    return { browser, context, page, consoleLines, close: () => browser.close().catch(() => {}) };
  } catch (err) {
    await browser.close().catch(() => {});
    throw new Error(`workbench did not open at ${url}: ${err.message.split('\n')[0]}`, { cause: err });
  }
}
