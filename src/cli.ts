// `copydesk FILE...`: the same analysis as the editor, for a terminal or a newsroom's CI.
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { atLeast, check } from './core/check';
import { SEVERITIES } from './core/deskConfig';
import { explain } from './core/findingDocs';
import { FINDING_CODES, type FindingCode, type SeverityName } from './core/findings';
import { escapeControls } from './core/lines';
import { CliRules, type ConfigMode } from './cliRules';
import { FORMATS, Printer, type Checked, type Format } from './cliOutput';

/** The package's version, for SARIF's tool.driver (a unit test keeps it equal to package.json's). */
export const VERSION = '0.1.0';
import { analyzeDraft, DRAFT_LANGUAGES, languageOfPath, type DraftLanguage } from './markdown';

const FAIL_KINDS = ['claims', 'unattributed', 'tk', 'quotes'] as const;
type FailKind = (typeof FAIL_KINDS)[number];
/** The finding codes each --fail-on kind stands for. */
const FAIL_CODES: Record<FailKind, FindingCode[]> = {
  claims: ['unattributed-claim'],
  unattributed: ['quote-no-speaker'],
  tk: ['tk'],
  quotes: ['unbalanced-quote', 'mismatched-quote'],
};

interface CliArgs {
  files: string[];
  format: Format;
  failOn: Set<FailKind>;
  /** Largest file checked, in bytes (the editor's copydesk.maxDocumentSize default). */
  maxSize: number;
  minSeverity: SeverityName;
  config: ConfigMode;
  reportSuppressed: boolean;
  stdinFilename?: string;
  /** `copydesk explain CODE`. */
  explain?: string;
  /** Forced by --language; otherwise each file's extension decides (.md, .markdown, .mdx: Markdown). */
  language?: DraftLanguage;
  help: boolean;
}

/** 2 MiB, like the editor's copydesk.maxDocumentSize default (2,097,152 characters). */
export const DEFAULT_MAX_SIZE = 2_097_152;

const USAGE = `usage: copydesk [options] FILE...      (FILE "-" reads standard input)
       copydesk explain CODE

  --format FORMAT         text      readable report per file (default)
                          json      one JSON document: every file's findings
                          jsonl     one JSON object per file per line (analysis + findings)
                          sarif     SARIF 2.1.0, for code-scanning services
                          github    GitHub Actions annotations (::warning file=…::…)
  --fail-on KINDS         exit 1 when any file has findings of these kinds:
                            claims        unattributed claims
                            unattributed  quotes with no speaker
                            tk            TK placeholders
                            quotes        unbalanced or mismatched quotation marks
  --min-severity LEVEL    report only findings at least this severe (${SEVERITIES.join(', ')})
  --config FILE           use this .copydesk.json alone, instead of looking for one
  --no-config             use no .copydesk.json
  --report-suppressed     also list findings suppressed by copydesk-disable markers, with their reasons
  --stdin-filename NAME   the name of standard input, for finding its .copydesk.json and in messages
  --max-size BYTES        skip larger files with a one-line error (default ${DEFAULT_MAX_SIZE})
  --language LANG         read every file as article, markdown or mdx (default: by extension,
                          .md .markdown .mdx are Markdown; standard input by --stdin-filename)

  Each file's rules come from the nearest .copydesk.json above it (and those above that one, up to
  one with "root": true). Only regular files are read; a binary file (one with a NUL byte) is
  skipped with a note. Finding codes: ${FINDING_CODES.join(', ')}.`;

class UsageError extends Error {}

function oneOf<T extends string>(what: string, v: string, allowed: readonly T[]): T {
  if (!(allowed as readonly string[]).includes(v)) throw new UsageError(`unknown ${what} "${v}" (use ${allowed.join(', ')})`);
  return v as T;
}

export function parseArgs(argv: string[]): CliArgs {
  const args: CliArgs = {
    files: [],
    format: 'text',
    failOn: new Set(),
    maxSize: DEFAULT_MAX_SIZE,
    minSeverity: 'hint',
    config: { kind: 'walk' },
    reportSuppressed: false,
    help: false,
  };
  if (argv[0] === 'explain') {
    if (argv.length !== 2) throw new UsageError('explain needs one finding code');
    return { ...args, explain: argv[1] };
  }
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = (): string => {
      const eq = a.indexOf('=');
      if (eq >= 0) return a.slice(eq + 1);
      if (i + 1 >= argv.length) throw new UsageError(`${a} needs a value`);
      return argv[++i];
    };
    const is = (flag: string): boolean => a === flag || a.startsWith(`${flag}=`);
    if (a === '-h' || a === '--help') args.help = true;
    else if (is('--format')) args.format = oneOf('format', value(), FORMATS);
    else if (is('--fail-on')) {
      for (const k of value()
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)) {
        if (!(FAIL_KINDS as readonly string[]).includes(k)) throw new UsageError(`unknown --fail-on kind "${k}" (use ${FAIL_KINDS.join(', ')})`);
        args.failOn.add(k as FailKind);
      }
    } else if (is('--max-size')) {
      const v = value();
      if (!/^\d+$/.test(v) || Number(v) <= 0) throw new UsageError(`--max-size needs a positive number of bytes, not "${v}"`);
      args.maxSize = Number(v);
    } else if (is('--min-severity')) args.minSeverity = oneOf('severity', value(), SEVERITIES);
    else if (is('--config')) args.config = { kind: 'file', path: value() };
    else if (a === '--no-config') args.config = { kind: 'none' };
    else if (a === '--report-suppressed') args.reportSuppressed = true;
    else if (is('--stdin-filename')) args.stdinFilename = value();
    else if (is('--language')) args.language = oneOf('language', value(), DRAFT_LANGUAGES);
    else if (a === '--') {
      args.files.push(...argv.slice(i + 1));
      break;
    } else if (a.startsWith('-') && a !== '-') throw new UsageError(`unknown option ${a}`);
    else args.files.push(a);
  }
  return args;
}

/** True when any finding reported is of a kind named in failOn. */
export function failsOn(findings: { code: FindingCode }[], failOn: Set<FailKind>): boolean {
  return findings.some((f) => [...failOn].some((k) => FAIL_CODES[k].includes(f.code)));
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
  if (args.explain !== undefined) return explainCode(args.explain, out, err);
  if (!args.files.length) {
    err(`copydesk: no files given\n${USAGE}`);
    return 2;
  }
  const rules = new CliRules(args.config, err);
  const printer = new Printer(args.format, out, args.reportSuppressed, VERSION);
  let failed = false;
  let unreadable = false;
  for (const file of args.files) {
    const o = checkOne(file, args, rules, err);
    if (o.broken) unreadable = true;
    if (!o.checked) continue;
    printer.file(o.checked);
    if (failsOn(o.checked.result.findings, args.failOn)) failed = true;
  }
  printer.end();
  return unreadable ? 2 : failed ? 1 : 0;
}

/** One file: its rules, its text, the analysis and the check; `broken` when it could not be (fully) checked. */
function checkOne(file: string, args: CliArgs, rules: CliRules, err: (s: string) => void): { checked?: Checked; broken: boolean } {
  const name = file === '-' ? (args.stdinFilename ?? '<stdin>') : file;
  const { rules: r, ignored } = rules.rulesFor(file === '-' ? (args.stdinFilename ?? 'stdin') : file);
  if (ignored) {
    if (args.format === 'text') err(`copydesk: ${printable(name)}: ignored by .copydesk.json`);
    return { broken: false };
  }
  const read = readDraft(file, args.maxSize);
  if (read.text === undefined) {
    err(`copydesk: ${printable(name)}: ${read.skip}`);
    return { broken: !read.binary };
  }
  const text = read.text;
  const language = args.language ?? (file === '-' && !args.stdinFilename ? 'article' : languageOfPath(name));
  const a = analyzeDraft(text, { language, extraCues: r.extraCues, extraAnonymous: r.extraAnonymous });
  // The core salvaged what it could; say so rather than pass a half-checked file in CI.
  if (a.stats.error) err(`copydesk: analysis of ${printable(name)} failed: ${a.stats.error}`);
  for (const w of a.stats.warnings ?? []) err(`copydesk: ${printable(name)}: ${w}`);
  const result = check(a, text, r);
  for (const d of result.directives.filter((x) => x.unknown.length)) {
    err(`copydesk: ${printable(name)}: copydesk-${d.kind} names unknown finding code ${d.unknown.map((u) => `"${printable(u)}"`).join(', ')}`);
  }
  const keep = <T extends { severity: SeverityName }>(f: T): boolean => atLeast(f.severity, args.minSeverity);
  const shown = { ...result, findings: result.findings.filter(keep), suppressed: result.suppressed.filter((s) => keep(s.finding)) };
  return { checked: { file: name, text, analysis: a, result: shown }, broken: !!a.stats.error };
}

function explainCode(code: string, out: (s: string) => void, err: (s: string) => void): number {
  if (!(FINDING_CODES as readonly string[]).includes(code)) {
    err(`copydesk: unknown finding code "${printable(code)}" (known: ${FINDING_CODES.join(', ')})`);
    return 2;
  }
  out(explain(code as FindingCode));
  return 0;
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
    const why =
      code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : code === 'EACCES' ? 'permission denied' : (e as Error).message.split('\n')[0];
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
  process.exitCode = main(
    process.argv.slice(2),
    (s) => process.stdout.write(s + '\n'),
    (s) => process.stderr.write(s + '\n'),
  );
}
