// .copydesk.json: the desk's rules, committed beside the stories, read the same way by the CLI and
// the extension. File access is injected (node fs in the CLI, the editor's own reader in the
// extension), so this module stays pure and unit-testable. A bad file never stops a check: each
// problem is reported with where it is, and every valid key still applies.
import { parseJsonc } from './jsonc';
import { DEFAULT_SEVERITY, FINDING_CODES, type FindingCode, type SeverityName } from './findings';
import { MAX_ENTRY_LENGTH, MAX_OPTION_ENTRIES } from './options';

export const CONFIG_NAME = '.copydesk.json';
export const SEVERITIES: readonly SeverityName[] = ['error', 'warning', 'information', 'hint'];

export interface DeskConfig {
  root?: boolean;
  extraCues?: string[];
  extraAnonymous?: string[];
  severity?: Partial<Record<FindingCode, SeverityName>>;
  enabledFindings?: Partial<Record<FindingCode, boolean>>;
  /** Globs of files not to check, relative to the folder of the file that lists them. */
  ignore?: string[];
  /** House spellings of names ("Volodymyr Zelenskyy"). */
  names?: string[];
}
export type DeskKey = keyof DeskConfig;
export const DESK_KEYS: readonly DeskKey[] = ['root', 'extraCues', 'extraAnonymous', 'severity', 'enabledFindings', 'ignore', 'names'];

export interface ConfigProblem {
  message: string;
  /** Offset in the config file's text where the problem is. */
  offset: number;
}

export interface ConfigFile {
  /** Path with "/" separators. */
  path: string;
  dir: string;
  config: DeskConfig;
  problems: ConfigProblem[];
}

/** Largest config file read: a config is a few lines; a bigger one is a mistake, not rules. */
export const MAX_CONFIG_BYTES = 1_048_576;

/** A config file that is there but over MAX_CONFIG_BYTES: reported, never read. */
export interface Oversized {
  oversized: number;
}

/** Reads a file's text; undefined when there is none (or it cannot be read). */
export type ReadFile = (path: string) => string | Oversized | undefined;

/** Most problems listed for one file: past that, one line says how many more (a generated file
 * with 200,000 wrong entries would otherwise print 200,000 lines). */
export const MAX_PROBLEMS = 20;

const isCode = (k: string): k is FindingCode => (FINDING_CODES as readonly string[]).includes(k);

/** Where a key is written, for a problem's position: the first `"key"` in the file, else 0. */
function offsetOf(text: string, key: string): number {
  const at = text.indexOf(JSON.stringify(key));
  return at < 0 ? 0 : at;
}

/** A wrong value as a problem names it: a scalar as written, a list or object by kind (a deeply
 * nested one would overflow JSON.stringify's stack, and a big one would flood the message). */
function shown(x: unknown): string {
  if (Array.isArray(x)) return 'a list';
  if (typeof x === 'object' && x !== null) return 'an object';
  const s = JSON.stringify(x);
  return s.length > 40 ? `${s.slice(0, 39)}…` : s;
}

function stringList(key: DeskKey, v: unknown, problem: (m: string) => void): string[] | undefined {
  if (!Array.isArray(v)) {
    problem(`"${key}" must be a list of strings; ignored`);
    return undefined;
  }
  const out: string[] = [];
  for (const x of v) {
    if (typeof x !== 'string') problem(`"${key}": ${shown(x)} is not a string; ignored`);
    else if (x.trim().length > MAX_ENTRY_LENGTH) problem(`"${key}": an entry longer than ${MAX_ENTRY_LENGTH} characters was ignored`);
    else if (x.trim()) out.push(x.trim());
  }
  if (out.length > MAX_OPTION_ENTRIES) problem(`"${key}" has ${out.length} entries; only the first ${MAX_OPTION_ENTRIES} are used`);
  return out.slice(0, MAX_OPTION_ENTRIES);
}

function perCode<T>(
  key: DeskKey,
  v: unknown,
  ok: (x: unknown) => x is T,
  want: string,
  problem: (m: string) => void,
): Partial<Record<FindingCode, T>> | undefined {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) {
    problem(`"${key}" must be an object of finding codes; ignored`);
    return undefined;
  }
  const out: Partial<Record<FindingCode, T>> = {};
  for (const [code, x] of Object.entries(v)) {
    if (!isCode(code)) problem(`"${key}": unknown finding code "${code}" (known: ${FINDING_CODES.join(', ')})`);
    else if (!ok(x)) problem(`"${key}.${code}" must be ${want}; ignored`);
    else out[code] = x;
  }
  return out;
}

const isSeverity = (x: unknown): x is SeverityName => typeof x === 'string' && (SEVERITIES as readonly string[]).includes(x);
const isBoolean = (x: unknown): x is boolean => typeof x === 'boolean';

/** The rules in one file's text, and what was wrong with it. Never throws. */
export function parseConfig(path: string, text: string): ConfigFile {
  const file: ConfigFile = { path, dir: dirname(path), config: {}, problems: [] };
  const parsed = parseJsonc(text);
  if (parsed.error) {
    file.problems.push({ message: `not valid JSON: ${parsed.error.message}; the file is ignored`, offset: parsed.error.offset });
    return file;
  }
  const v = parsed.value;
  if (typeof v !== 'object' || v === null || Array.isArray(v)) {
    file.problems.push({ message: 'must be a JSON object ({ "severity": { … } }); the file is ignored', offset: 0 });
    return file;
  }
  const c = file.config;
  let more = 0;
  for (const [key, value] of Object.entries(v)) {
    const problem = (message: string): void => {
      if (file.problems.length < MAX_PROBLEMS) file.problems.push({ message, offset: offsetOf(text, key) });
      else more++;
    };
    if (key === '$schema') continue;
    if (key === 'root') {
      if (typeof value === 'boolean') c.root = value;
      else problem('"root" must be true or false; ignored');
    } else if (key === 'extraCues' || key === 'extraAnonymous' || key === 'ignore' || key === 'names') c[key] = stringList(key, value, problem);
    else if (key === 'severity') c.severity = perCode(key, value, isSeverity, `one of ${SEVERITIES.join(', ')}`, problem);
    else if (key === 'enabledFindings') c.enabledFindings = perCode(key, value, isBoolean, 'true or false', problem);
    else problem(`unknown key "${key}" (known: ${DESK_KEYS.join(', ')}); ignored`);
  }
  if (more) file.problems.push({ message: `and ${more} more problems like these`, offset: 0 });
  return file;
}

export const toSlashes = (p: string): string => p.replace(/\\/g, '/');

export function dirname(p: string): string {
  const s = toSlashes(p);
  const at = s.lastIndexOf('/');
  return at < 0 ? '.' : at === 0 ? '/' : s.slice(0, at);
}

const join = (dir: string, name: string): string => (dir.endsWith('/') ? dir + name : `${dir}/${name}`);

/** Most folders walked up from a file: deeper paths are not real drafts. */
const MAX_DEPTH = 64;

/**
 * The config files that apply to a file in `dir`, nearest first: every .copydesk.json from its
 * folder up to the file system's root, stopping after one that says "root": true (a file whose
 * JSON is broken cannot say so, and the walk goes on).
 */
export function configChain(dir: string, read: ReadFile): ConfigFile[] {
  const chain: ConfigFile[] = [];
  let d = toSlashes(dir);
  for (let depth = 0; depth < MAX_DEPTH; depth++) {
    const p = join(d, CONFIG_NAME);
    const file = readConfig(p, read);
    if (file) {
      chain.push(file);
      if (file.config.root) break;
    }
    const up = dirname(d);
    if (up === d || up === '.') break;
    d = up;
  }
  return chain;
}

/** An `ignore` glob with the folder it is relative to. */
export interface IgnoreRule {
  dir: string;
  glob: string;
}

/** What a chain of files says, merged: the nearer file wins key by key (code by code), lists add up. */
export interface DeskRules {
  extraCues?: string[];
  extraAnonymous?: string[];
  severity: Partial<Record<FindingCode, SeverityName>>;
  enabledFindings: Partial<Record<FindingCode, boolean>>;
  names: string[];
  ignore: IgnoreRule[];
  files: ConfigFile[];
}

const union = (a: string[] | undefined, b: string[] | undefined): string[] | undefined =>
  a || b ? [...new Set([...(a ?? []), ...(b ?? [])])].slice(0, MAX_OPTION_ENTRIES) : undefined;

/** Merges a chain (nearest first): farther files are applied first so nearer ones override them. */
export function mergeChain(chain: ConfigFile[]): DeskRules {
  const rules: DeskRules = { severity: {}, enabledFindings: {}, names: [], ignore: [], files: chain };
  for (const f of [...chain].reverse()) {
    const c = f.config;
    rules.extraCues = union(rules.extraCues, c.extraCues);
    rules.extraAnonymous = union(rules.extraAnonymous, c.extraAnonymous);
    rules.names = union(rules.names, c.names) ?? [];
    Object.assign(rules.severity, c.severity);
    Object.assign(rules.enabledFindings, c.enabledFindings);
    for (const glob of c.ignore ?? []) rules.ignore.push({ dir: f.dir, glob });
  }
  return rules;
}

const unread = (path: string, message: string): ConfigFile => ({ path, dir: dirname(path), config: {}, problems: [{ message, offset: 0 }] });

/** One config file: its rules, or a problem when it is too big to read; undefined when there is none. */
export function readConfig(path: string, read: ReadFile): ConfigFile | undefined {
  const text = read(path);
  if (text === undefined) return undefined;
  if (typeof text !== 'string')
    return unread(path, `${text.oversized} bytes is over the ${MAX_CONFIG_BYTES}-byte limit for a config file; the file is ignored`);
  return parseConfig(path, text);
}

/** Rules for a single file given with --config: that file alone, no walk. */
export function rulesFromFile(path: string, read: ReadFile): DeskRules {
  return mergeChain([readConfig(path, read) ?? unread(path, 'cannot read the config file')]);
}

/** Whether an ignore rule covers the file (path with "/" separators, absolute like the rule's dir). */
export function isIgnored(rules: DeskRules, filePath: string): boolean {
  const p = toSlashes(filePath);
  return rules.ignore.some((r) => {
    const base = r.dir.endsWith('/') ? r.dir : r.dir + '/';
    return p.startsWith(base) && globMatcher(r.glob)(p.slice(base.length));
  });
}

const compiled = new Map<string, RegExp>();

/**
 * A glob as a regular expression: `**` any folders, `*` and `?` within one name; a glob without
 * "/" matches a name in any folder (as in .gitignore). Globs are short (at most 100 characters)
 * and runs of stars collapse, so matching a path stays cheap.
 */
export function globMatcher(glob: string): (relPath: string) => boolean {
  let re = compiled.get(glob);
  if (!re) {
    const g = toSlashes(glob)
      .replace(/^\.\//, '')
      .replace(/\*{3,}/g, '**');
    const anywhere = !g.replace(/\/$/, '').includes('/');
    let src = '';
    for (let i = 0; i < g.length; i++) {
      const c = g[i];
      if (c === '*' && g[i + 1] === '*') {
        const slash = g[i + 2] === '/';
        src += slash ? '(?:[^/]*/)*' : '.*';
        i += slash ? 2 : 1;
      } else if (c === '*') src += '[^/]*';
      else if (c === '?') src += '[^/]';
      else src += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
    }
    // "drafts/" means everything under drafts.
    if (src.endsWith('/')) src += '.*';
    re = new RegExp(`^${anywhere ? '(?:[^/]*/)*' : ''}${src.replace(/^\//, '')}(?:/.*)?$`);
    compiled.set(glob, re);
  }
  const r = re;
  return (relPath) => r.test(relPath);
}

/** Everything a check needs besides the text: settings with the desk's rules applied. */
export interface Rules {
  extraCues: string[];
  extraAnonymous: string[];
  severity: Record<FindingCode, SeverityName>;
  enabled: Record<FindingCode, boolean>;
  names: string[];
}

/** The rules with no settings and no config file: what the CLI starts from. */
export function defaultRules(): Rules {
  const enabled = {} as Record<FindingCode, boolean>;
  for (const code of FINDING_CODES) enabled[code] = true;
  return { extraCues: [], extraAnonymous: [], severity: { ...DEFAULT_SEVERITY }, enabled, names: [] };
}

/**
 * The committed file wins over the user's settings: a key the desk sets replaces the setting (a
 * list as a whole, severity and enabledFindings code by code), so the editor and CI agree.
 */
export function withDesk(base: Rules, desk: DeskRules): Rules {
  return {
    extraCues: desk.extraCues ?? base.extraCues,
    extraAnonymous: desk.extraAnonymous ?? base.extraAnonymous,
    severity: { ...base.severity, ...desk.severity },
    enabled: { ...base.enabled, ...desk.enabledFindings },
    names: desk.names.length ? desk.names : base.names,
  };
}
