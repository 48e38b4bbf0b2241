// Small helpers that drive the VS Code web workbench the way an editor would: keyboard, palette, mouse.
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

export async function waitFor(fn, { timeoutMs = 20000, intervalMs = 250, what = 'condition' } = {}) {
  const deadline = Date.now() + timeoutMs;
  let last;
  while (Date.now() < deadline) {
    try { last = await fn(); if (last) return last; } catch { /* retry */ }
    await sleep(intervalMs);
  }
  throw new Error(`timed out after ${timeoutMs / 1000} s waiting for ${what}`);
}

async function quickInput(page) {
  const input = page.locator('.quick-input-widget .quick-input-box input');
  await input.waitFor({ state: 'visible', timeout: 10000 });
  return input;
}

// F1, type the command's title, pick the matching entry.
export async function runCommand(page, title) {
  await page.keyboard.press('Escape');
  await page.keyboard.press('F1');
  const input = await quickInput(page);
  await input.fill(`>${title}`);
  const row = page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first();
  await row.waitFor({ state: 'visible', timeout: 10000 }).catch(() => {
    throw new Error(`command "${title}" is not in the F1 palette`);
  });
  await row.click();
}

// Picks an entry of an open quick pick by its label.
export async function pick(page, label) {
  await quickInput(page);
  const row = page.locator('.quick-input-list .monaco-list-row', { hasText: label }).first();
  await row.waitFor({ state: 'visible', timeout: 10000 });
  await row.click();
}

// Quick Open (Ctrl+P) by file name; waits until the editor shows text from the file.
export async function openFile(page, fileName, expectText) {
  await page.keyboard.press('Escape');
  await page.keyboard.press('Control+P');
  const input = await quickInput(page);
  await input.fill(fileName);
  const row = page.locator('.quick-input-list .monaco-list-row', { hasText: fileName }).first();
  await row.waitFor({ state: 'visible', timeout: 15000 });
  await row.click();
  await page.locator('.editor-group-container .tab.active', { hasText: fileName }).waitFor({ timeout: 15000 });
  if (expectText) await page.locator('.monaco-editor .view-lines', { hasText: expectText }).first().waitFor({ timeout: 15000 });
}

// Text of the visible editor lines of the active editor.
export function editorText(page) {
  return page.locator('.editor-group-container.active .monaco-editor .view-lines').first().innerText();
}

// Moves the mouse over the first visible occurrence of `word` in the active editor.
export async function hoverWord(page, word) {
  const box = await page.evaluate((w) => {
    const root = document.querySelector('.editor-group-container.active .monaco-editor .view-lines')
      || document.querySelector('.monaco-editor .view-lines');
    if (!root) return null;
    const guard = (root.closest('.overflow-guard') || root).getBoundingClientRect();
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const text = n.textContent.replace(/\u00a0/g, ' ');
      const re = new RegExp(`\\b${w}\\b`);
      const m = re.exec(text);
      if (!m) continue;
      const range = document.createRange();
      range.setStart(n, m.index);
      range.setEnd(n, m.index + w.length);
      const r = range.getBoundingClientRect();
      if (r.width > 0 && r.left >= guard.left && r.right <= guard.right && r.top >= guard.top && r.bottom <= guard.bottom) return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
    }
    return null;
  }, word);
  if (!box) throw new Error(`"${word}" is not visible in the editor`);
  await page.mouse.move(box.x - 40, box.y + 40);
  await page.mouse.move(box.x, box.y, { steps: 5 });
  return box;
}

export async function notificationsText(page) {
  return (await page.locator('.notifications-toasts .notification-toast, .notifications-center .notification-list-item').allInnerTexts()).join('\n');
}
