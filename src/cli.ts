// `copydesk FILE...`: the same analysis as the editor, for a terminal or a newsroom's CI.
import { readFileSync } from 'node:fs';
import { analyze, Analysis } from './core';
import { formatReport } from './core/report';

const FAIL_KINDS = ['claims', 'unattributed', 'tk', 'quotes'] as const;
type FailKind = (typeof FAIL_KINDS)[number];

interface CliArgs {
  files: string[];
  format: 'text' | 'jsonl';
  failOn: Set<FailKind>;
  help: boolean;
}

const USAGE = `usage: copydesk [--format text|jsonl] [--fail-on claims,unattributed,tk,quotes] FILE...

  --format text     readable report per file (default)
  --format jsonl    one JSON object per file per line
  --fail-on KINDS   exit 1 when any file has findings of these kinds:
                      claims        unattributed claims
                      unattributed  quotes with no speaker
                      tk            TK placeholders
                      quotes        unbalanced or mismatched quotation marks`;

class UsageError extends Error {}

export function parseArgs(argv: string[]): CliArgs {
  const args: CliArgs = { files: [], format: 'text', failOn: new Set(), help: false };
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
    } else if (a === '--') args.files.push(...argv.slice(i + 1)), (i = argv.length);
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
    let text: string;
    try {
      text = readFileSync(file === '-' ? 0 : file, 'utf8');
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : code === 'EACCES' ? 'permission denied' : (e as Error).message;
      err(`copydesk: cannot read ${file}: ${why}`);
      unreadable = true;
      continue;
    }
    const a = analyze(text);
    if (a.stats.error) {
      // The core salvaged what it could; say so rather than pass a half-checked file in CI.
      err(`copydesk: analysis of ${file} failed: ${a.stats.error}`);
      unreadable = true;
    }
    if (args.format === 'jsonl') out(JSON.stringify(toJsonRecord(file, a)));
    else out(formatReport(file, text, a));
    if (failsOn(a, args.failOn)) failed = true;
  }
  return unreadable ? 2 : failed ? 1 : 0;
}

/** Entry point for bin/copydesk.js. */
export function run(): void {
  process.exitCode = main(process.argv.slice(2), (s) => process.stdout.write(s + '\n'), (s) => process.stderr.write(s + '\n'));
}
