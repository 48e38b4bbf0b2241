// `copydesk FILE...`: the same analysis as the editor, for a terminal or a newsroom's CI.
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import type { Analysis } from './core';
import { formatReport } from './core/report';
import { escapeControls } from './core/lines';
import { analyzeDraft, DRAFT_LANGUAGES, languageOfPath, type DraftLanguage } from './markdown';

const FAIL_KINDS = ['claims', 'unattributed', 'tk', 'quotes'] as const;
type FailKind = (typeof FAIL_KINDS)[number];

interface CliArgs {
  files: string[];
  format: 'text' | 'jsonl';
  failOn: Set<FailKind>;
  /** Largest file checked, in bytes (the editor's copydesk.maxDocumentSize default). */
  maxSize: number;
  /** Forced by --language; otherwise each file's extension decides (.md, .markdown, .mdx: Markdown). */
  language?: DraftLanguage;
  help: boolean;
}

/** 2 MiB, like the editor's copydesk.maxDocumentSize default (2,097,152 characters). */
export const DEFAULT_MAX_SIZE = 2_097_152;

const USAGE = `usage: copydesk [--format text|jsonl] [--fail-on claims,unattributed,tk,quotes] [--max-size BYTES] [--language article|markdown|mdx] FILE...

  --format text     readable report per file (default)
  --format jsonl    one JSON object per file per line
  --fail-on KINDS   exit 1 when any file has findings of these kinds:
                      claims        unattributed claims
                      unattributed  quotes with no speaker
                      tk            TK placeholders
                      quotes        unbalanced or mismatched quotation marks
  --max-size BYTES  skip larger files with a one-line error (default ${DEFAULT_MAX_SIZE})
  --language LANG   read every file as article, markdown or mdx (default: by extension,
                    .md .markdown .mdx are Markdown; standard input is an article)

  Only regular files are read; a binary file (one with a NUL byte) is skipped with a note.`;

class UsageError extends Error {}

export function parseArgs(argv: string[]): CliArgs {
  const args: CliArgs = { files: [], format: 'text', failOn: new Set(), maxSize: DEFAULT_MAX_SIZE, help: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = (): string => {
      const eq = a.indexOf('=');
      if (eq >= 0) return a.slice(eq + 1);
      if (i + 1 >= argv.length) throw new UsageError(`${a} needs a value`);
      return argv[++i];
    };
    if (a === '-h' || a === '--help') args.help = true;
    else if (a === '--format' || a.startsWith('--format=')) {
      const f = value();
      if (f !== 'text' && f !== 'jsonl') throw new UsageError(`unknown format "${f}" (use text or jsonl)`);
      args.format = f;
    } else if (a === '--fail-on' || a.startsWith('--fail-on=')) {
      for (const k of value().split(',').map((s) => s.trim()).filter(Boolean)) {
        if (!(FAIL_KINDS as readonly string[]).includes(k)) throw new UsageError(`unknown --fail-on kind "${k}" (use ${FAIL_KINDS.join(', ')})`);
        args.failOn.add(k as FailKind);
      }
    } else if (a === '--max-size' || a.startsWith('--max-size=')) {
      const v = value();
      if (!/^\d+$/.test(v) || Number(v) <= 0) throw new UsageError(`--max-size needs a positive number of bytes, not "${v}"`);
      args.maxSize = Number(v);
    } else if (a === '--language' || a.startsWith('--language=')) {
      const l = value();
      if (!(DRAFT_LANGUAGES as readonly string[]).includes(l)) throw new UsageError(`unknown language "${l}" (use ${DRAFT_LANGUAGES.join(', ')})`);
      args.language = l as DraftLanguage;
    } else if (a === '--') {
      args.files.push(...argv.slice(i + 1));
      break;
    }
    else if (a.startsWith('-') && a !== '-') throw new UsageError(`unknown option ${a}`);
    else args.files.push(a);
  }
  return args;
}

/** True when the analysis has findings of any kind named in failOn. */
export function failsOn(a: Analysis, failOn: Set<FailKind>): boolean {
  if (failOn.has('claims') && a.claims.length) return true;
  if (failOn.has('unattributed') && a.quotes.some((q) => !q.speaker)) return true;
  if (failOn.has('tk') && a.hygiene.some((h) => h.kind === 'tk')) return true;
  if (failOn.has('quotes') && a.hygiene.some((h) => h.kind !== 'tk')) return true;
  return false;
}

/** The JSON Lines record: the scorer's contract plus extra fields. */
export function toJsonRecord(file: string, a: Analysis): object {
  return {
    file,
    quotes: a.quotes.map((q) => ({
      start: q.start, end: q.end, kind: q.kind, speaker: q.speaker, cue: q.cue, anonymous: q.anonymous, text: q.text,
    })),
    claims: a.claims.map((c) => ({ start: c.start, end: c.end, kind: c.kind, reason: c.reason })),
    names: a.names.map((n) => ({
      name: n.name, kind: n.kind, role: n.role, variants: n.variants,
      misspellings: n.misspellings.map((m) => m.text),
      mentions: n.mentions.map((m) => ({ start: m.start, end: m.end })),
    })),
    hygiene: a.hygiene.map((h) => ({ start: h.start, end: h.end, kind: h.kind, message: h.message })),
  };
}

export function main(argv: string[], out: (s: string) => void, err: (s: string) => void): number {
  let args: CliArgs;
  try {
    args = parseArgs(argv);
  } catch (e) {
    err(`copydesk: ${(e as Error).message}\n${USAGE}`);
    return 2;
  }
  if (args.help) {
    out(USAGE);
    return 0;
  }
  if (!args.files.length) {
    err(`copydesk: no files given\n${USAGE}`);
    return 2;
  }
  let failed = false;
  let unreadable = false;
  for (const file of args.files) {
    const read = readDraft(file, args.maxSize);
    if (read.text === undefined) {
      err(`copydesk: ${printable(file)}: ${read.skip}`);
      if (!read.binary) unreadable = true;
      continue;
    }
    const text = read.text;
    const a = analyzeDraft(text, { language: args.language ?? (file === '-' ? 'article' : languageOfPath(file)) });
    if (a.stats.error) {
      // The core salvaged what it could; say so rather than pass a half-checked file in CI.
      err(`copydesk: analysis of ${printable(file)} failed: ${a.stats.error}`);
      unreadable = true;
    }
    for (const w of a.stats.warnings ?? []) err(`copydesk: ${printable(file)}: ${w}`);
    if (args.format === 'jsonl') out(JSON.stringify(toJsonRecord(file, a)));
    else out(formatReport(file, text, a));
    if (failsOn(a, args.failOn)) failed = true;
  }
  return unreadable ? 2 : failed ? 1 : 0;
}

type Read = { text: string; skip?: undefined; binary?: undefined } | { text?: undefined; skip: string; binary: boolean };

/**
 * A draft's text, read without trusting the path: only a regular file (never a device such as
 * /dev/zero, a FIFO or a directory), at most maxSize bytes, and not binary.
 */
export function readDraft(file: string, maxSize: number): Read {
  if (file === '-') return readStdin(maxSize);
  let fd = -1;
  try {
    fd = openSync(file, 'r');
    const st = fstatSync(fd);
    if (st.isDirectory()) return { skip: 'is a directory', binary: false };
    if (!st.isFile()) return { skip: 'not a regular file; skipped', binary: false };
    if (st.size > maxSize) return { skip: `${st.size} bytes is over the ${maxSize}-byte limit (--max-size); skipped`, binary: false };
    const buf = Buffer.alloc(st.size);
    let got = 0;
    while (got < st.size) {
      const n = readSync(fd, buf, got, st.size - got, got);
      if (n === 0) break;
      got += n;
    }
    const bytes = buf.subarray(0, got);
    if (bytes.subarray(0, 8192).includes(0)) return { skip: 'binary file (NUL bytes); skipped', binary: true };
    return { text: bytes.toString('utf8') };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : code === 'EACCES' ? 'permission denied' : (e as Error).message.split('\n')[0];
    return { skip: `cannot read: ${why}`, binary: false };
  } finally {
    if (fd >= 0) closeSync(fd);
  }
}

/** Standard input, to EOF or past maxSize. */
function readStdin(maxSize: number): Read {
  const chunks: Buffer[] = [];
  let total = 0;
  const buf = Buffer.alloc(65536);
  try {
    for (;;) {
      const n = readSync(0, buf, 0, buf.length, null);
      if (n === 0) break;
      total += n;
      if (total > maxSize) return { skip: `standard input is over the ${maxSize}-byte limit (--max-size); skipped`, binary: false };
      chunks.push(Buffer.from(buf.subarray(0, n)));
    }
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EOF') return { skip: `cannot read standard input: ${(e as Error).message.split('\n')[0]}`, binary: false };
  }
  const bytes = Buffer.concat(chunks);
  if (bytes.subarray(0, 8192).includes(0)) return { skip: 'binary input (NUL bytes); skipped', binary: true };
  return { text: bytes.toString('utf8') };
}

/** A file name safe to print: control characters (a terminal's escape sequences) escaped. */
const printable = (s: string): string => escapeControls(s);

/** Entry point for bin/copydesk.js. */
export function run(): void {
  // `copydesk ... | head`: a closed pipe ends the output quietly, not with a stack trace.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
  process.exitCode = main(process.argv.slice(2), (s) => process.stdout.write(s + '\n'), (s) => process.stderr.write(s + '\n'));
}
