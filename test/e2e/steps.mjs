// @ts-check
// The end-to-end steps, in order: what an editor does with the seed article. Each returns a short detail line.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { waitFor, runCommand, pick, openFile, editorText, hoverWord, notificationsText, hidePanel } from './workbench.mjs';

export const ARTICLE = 'seed-putin-xi-videoconference.article';
const EXAMPLES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'examples');
const EXPORT_TARGET = path.join(os.tmpdir(), `copydesk-e2e-export-${process.pid}.csv`);
const EXPORT_KEY = 'ctrl+alt+shift+e';

/** A scripted export to a file that exists: the step below answers its "Replace?" dialog. */
export const KEYBINDINGS = [
  { key: EXPORT_KEY, command: 'copydesk.exportQuotes', args: { format: 'csv', uri: EXPORT_TARGET, source: path.join(EXAMPLES, ARTICLE) } },
];

/** Presses the export key and answers the modal dialog with `button`. */
async function answerReplace(page, button) {
  await page.locator('.editor-group-container.active .monaco-editor .view-lines').first().click();
  await page.keyboard.press('Control+Alt+Shift+E');
  const dialog = page.locator('.monaco-dialog-box');
  await dialog.waitFor({ state: 'visible', timeout: 20000 });
  const message = await dialog.innerText();
  if (!/exists\. Replace it with the quote list\?/.test(message)) throw new Error(`unexpected dialog: ${message.replace(/\s+/g, ' ').slice(0, 120)}`);
  await dialog.getByRole('button', { name: button, exact: true }).click();
  await dialog.waitFor({ state: 'hidden', timeout: 10000 });
}

export const steps = [
  {
    name: 'open-article',
    title: 'open the seed article with Quick Open',
    async run(page) {
      await openFile(page, ARTICLE, 'United States');
      const lang = await page.locator('.statusbar-item[id="status.editor.mode"]').innerText().catch(() => '?');
      return `editor open, language mode "${lang.trim()}"`;
    },
  },
  {
    name: 'quote-highlights',
    title: 'quote highlights are drawn in the editor',
    async run(page) {
      const n = await waitFor(async () => {
        const count = await page.locator('.editor-group-container.active .monaco-editor [class*="TextEditorDecorationType"]').count();
        return count > 0 && count;
      }, { timeoutMs: 30000, what: 'Copydesk decorations (elements with a TextEditorDecorationType class)' });
      // Each kind of highlight has its own look (decorations.ts): check each one is drawn, not just
      // that something is (reported speech once computed its ranges but never reached the screen).
      const drawn = await waitFor(() => page.evaluate(() => {
        const els = [...document.querySelectorAll('.editor-group-container.active .monaco-editor [class*="TextEditorDecorationType"]')];
        const style = els.map((e) => getComputedStyle(e));
        const kinds = {
          reported: style.some((s) => s.borderBottomStyle === 'dotted'),
          speaker: style.some((s) => s.borderBottomStyle === 'solid' && s.borderBottomWidth === '2px'),
          cue: style.some((s) => s.fontStyle === 'italic'),
          direct: style.some((s) => s.borderTopStyle === 'solid' && s.borderTopWidth === '1px'),
        };
        return Object.values(kinds).every(Boolean) && kinds;
      }), { timeoutMs: 30000, what: 'every kind of highlight drawn (dotted reported speech, speaker underline, italic cue, framed direct quote)' });
      return `${n} decorated elements; drawn: ${Object.keys(drawn).join(', ')}`;
    },
  },
  {
    name: 'problems-panel',
    title: 'the Problems panel lists unattributed claims from copydesk',
    async run(page) {
      await page.locator('.editor-group-container.active .monaco-editor .view-lines').first().click();
      await page.keyboard.press('Control+Shift+M');
      const rows = page.locator('.markers-panel .monaco-list-row');
      const texts = await waitFor(async () => {
        const all = await rows.allInnerTexts();
        const ours = all.filter((t) => /copydesk/i.test(t));
        return ours.length > 0 && ours;
      }, { timeoutMs: 30000, what: 'copydesk entries in the Problems panel' });
      const claims = texts.filter((t) => /unattributed|claim|attribut/i.test(t));
      if (!claims.length) throw new Error(`no unattributed-claim warning among: ${texts.slice(0, 3).join(' | ')}`);
      return `${texts.length} copydesk problems, e.g. "${claims[0].replace(/\s+/g, ' ').slice(0, 100)}"`;
    },
  },
  {
    name: 'hover-speaker',
    title: 'hovering "Putin" shows "Vladimir Putin" and "Russian President"',
    async run(page) {
      await hidePanel(page);
      await page.locator('.editor-group-container.active .monaco-editor .view-lines').first().click({ position: { x: 5, y: 5 } });
      const hover = page.locator('.monaco-hover:not(.hidden)').first();
      const text = await waitFor(async () => {
        await hoverWord(page, 'Putin', { line: 14 }); // a bare later "Putin", away from the claim on line 1
        await hover.waitFor({ state: 'visible', timeout: 4000 });
        const t = await hover.innerText();
        // The name card's own lines: its heading with the role, and "Person · N mentions".
        return /Vladimir Putin\W+Russian President/i.test(t) && /Person · \d+ mentions/.test(t) && t;
      }, { timeoutMs: 30000, intervalMs: 500, what: 'a hover card naming "Vladimir Putin", "Russian President"' });
      return `hover: "${text.replace(/\s+/g, ' ').slice(0, 120)}"`;
    },
  },
  {
    name: 'check-command',
    title: 'F1 → "Copydesk: Check Attributions" shows a summary',
    async run(page) {
      await page.mouse.move(5, 5);
      await runCommand(page, 'Copydesk: Check Attributions');
      const text = await waitFor(async () => {
        const t = await notificationsText(page);
        // The summary itself ("Copydesk: 16 quotes from 5 sources, ..."), never the failure toast.
        if (/could not check/i.test(t)) throw new Error(`Copydesk reported a failure: ${t.replace(/\s+/g, ' ').slice(0, 160)}`);
        return /Copydesk: \d+ quotes? from \d+ sources?/.test(t) && t;
      }, { timeoutMs: 20000, what: 'the Copydesk summary notification ("N quotes from N sources")' });
      return `notification: "${text.replace(/\s+/g, ' ').slice(0, 140)}"`;
    },
  },
  {
    name: 'activity-bar',
    title: 'the Copydesk activity-bar panel lists the speakers',
    async run(page) {
      await page.keyboard.press('Escape');
      // Clicking the icon of the view container already shown would hide the side bar: click only when needed.
      const title = await page.locator('.sidebar .composite.title').innerText().catch(() => '');
      if (!/copydesk/i.test(title)) await page.locator('.activitybar .action-item [aria-label^="Copydesk"]').first().click();
      const rows = page.locator('.pane-body .monaco-list-row');
      const texts = await waitFor(async () => {
        const all = await rows.allInnerTexts();
        return all.some((t) => /Putin/.test(t)) && all;
      }, { timeoutMs: 20000, what: 'a tree row naming Putin in the Copydesk view' });
      return `${texts.length} rows, e.g. ${texts.slice(0, 4).map((t) => `"${t.replace(/\s+/g, ' ').slice(0, 40)}"`).join(', ')}`;
    },
  },
  {
    name: 'export-quotes',
    title: 'F1 → "Copydesk: Export Quote List" opens the list in a new editor',
    async run(page) {
      // Export works on the active article editor: focus it first.
      await openFile(page, ARTICLE, 'United States');
      await runCommand(page, 'Copydesk: Export Quote List');
      await pick(page, 'Markdown');
      await pick(page, 'Open in a new editor');
      const text = await waitFor(async () => {
        const tab = await page.locator('.editor-group-container .tab.active').innerText();
        const body = await editorText(page);
        return /Untitled/i.test(tab) && /Putin/.test(body) && body;
      }, { timeoutMs: 20000, what: 'an untitled editor with the quote list' });
      return `export: ${text.split('\n').length} visible lines, first "${text.split('\n')[0].slice(0, 80)}"`;
    },
  },
  {
    name: 'export-replace',
    title: 'a scripted export to an existing file asks before replacing it',
    // The keybinding names files by server path, which only the Node extension host can open.
    nodeOnly: true,
    async run(page) {
      fs.writeFileSync(EXPORT_TARGET, 'old contents');
      try {
        await answerReplace(page, 'Cancel');
        await new Promise((r) => setTimeout(r, 1000));
        const kept = fs.readFileSync(EXPORT_TARGET, 'utf8');
        if (kept !== 'old contents') throw new Error(`Cancel still replaced the file: "${kept.slice(0, 60)}"`);
        await answerReplace(page, 'Replace');
        const written = await waitFor(() => {
          const t = fs.readFileSync(EXPORT_TARGET, 'utf8');
          return t.startsWith('speaker,kind,cue,quote,line\r\n') && t;
        }, { timeoutMs: 15000, what: 'the CSV quote list written over the old file' });
        if (!/\r\nVladimir Putin,direct,/.test(written)) throw new Error('the CSV has no direct quote from Vladimir Putin');
        return `Cancel kept the file; Replace wrote ${written.trim().split('\r\n').length - 1} quote rows`;
      } finally {
        fs.rmSync(EXPORT_TARGET, { force: true });
      }
    },
  },
];
