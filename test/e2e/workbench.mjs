// @ts-check
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
  try {
    await row.waitFor({ state: 'visible', timeout: 15000 });
    await row.click();
  } catch {
    // File search can be slow on a loaded machine: open it from the Explorer tree instead.
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+Shift+E');
    await page.locator('.explorer-folders-view .monaco-list-row', { hasText: fileName }).first().click({ timeout: 10000 });
  }
  await page.locator('.editor-group-container .tab.active', { hasText: fileName }).waitFor({ timeout: 15000 });
  if (expectText) await page.locator('.monaco-editor .view-lines', { hasText: expectText }).first().waitFor({ timeout: 15000 });
}

// Text of the visible editor lines of the active editor.
export function editorText(page) {
  return page.locator('.editor-group-container.active .monaco-editor .view-lines').first().innerText();
}

// Moves the mouse over the first visible occurrence of `word` in the active editor, on editor line `line`
// (1-based, as in the gutter) when given and visible there, else anywhere.
/** @param {any} page @param {string} word @param {{ line?: number }} [where] */
export async function hoverWord(page, word, { line } = {}) {
  const box = await page.evaluate(({ w, line }) => {
    const editor = document.querySelector('.editor-group-container.active .monaco-editor') || document.querySelector('.monaco-editor');
    const root = editor && editor.querySelector('.view-lines');
    if (!root) return null;
    const guard = (root.closest('.overflow-guard') || root).getBoundingClientRect();
    const find = (container) => {
      const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const m = new RegExp(`\\b${w}\\b`).exec(n.textContent.replace(/\u00a0/g, ' '));
        if (!m) continue;
        const range = document.createRange();
        range.setStart(n, m.index);
        range.setEnd(n, m.index + w.length);
        const r = range.getBoundingClientRect();
        if (r.width > 0 && r.left >= guard.left && r.right <= guard.right && r.top >= guard.top && r.bottom <= guard.bottom) {
          return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
        }
      }
      return null;
    };
    if (line) {
      const number = [...editor.querySelectorAll('.line-numbers')].find((el) => el.textContent.trim() === String(line));
      if (number) {
        const top = number.getBoundingClientRect().top;
        const viewLine = [...root.querySelectorAll('.view-line')].find((el) => Math.abs(el.getBoundingClientRect().top - top) < 3);
        const hit = viewLine && find(viewLine);
        if (hit) return hit;
      }
    }
    return find(root);
  }, { w: word, line });
  if (!box) throw new Error(`"${word}" is not visible in the editor`);
  await page.mouse.move(box.x - 40, box.y + 40);
  await page.mouse.move(box.x, box.y, { steps: 5 });
  return box;
}

export async function notificationsText(page) {
  return (await page.locator('.notifications-toasts .notification-toast, .notifications-center .notification-list-item').allInnerTexts()).join('\n');
}

// Hides the bottom panel (Problems, Output…) when it is open.
export async function hidePanel(page) {
  const panel = page.locator('.part.panel');
  if (!(await panel.isVisible().catch(() => false))) return;
  const close = page.locator('.part.panel .action-label[aria-label^="Hide Panel"], .part.panel .action-label[aria-label^="Close Panel"]').first();
  await close.click({ timeout: 3000 }).catch(() => page.keyboard.press('Control+J'));
  await panel.waitFor({ state: 'hidden', timeout: 5000 });
}
