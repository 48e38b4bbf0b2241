// The CLI's side of .copydesk.json: node's file system for the pure config module, each folder's
// chain read once per run, and each file's problems printed once, as one line each.
import { readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import {
  configChain,
  defaultRules,
  dirname,
  isIgnored,
  MAX_CONFIG_BYTES,
  mergeChain,
  rulesFromFile,
  toSlashes,
  withDesk,
  type ConfigFile,
  type DeskRules,
  type Oversized,
  type Rules,
} from './core/deskConfig';
import { positionsOf } from './core/lines';

/** A config file's text, Oversized when it is too big to be rules, undefined when there is none. */
export function readConfigFile(p: string): string | Oversized | undefined {
  try {
    const st = statSync(p);
    if (!st.isFile()) return undefined;
    if (st.size > MAX_CONFIG_BYTES) return { oversized: st.size };
    return readFileSync(p, 'utf8');
  } catch {
    return undefined;
  }
}

export type ConfigMode = { kind: 'walk' } | { kind: 'none' } | { kind: 'file'; path: string };

export class CliRules {
  private readonly byDir = new Map<string, DeskRules>();
  private readonly reported = new Set<string>();
  private readonly fixed?: DeskRules;

  constructor(
    private readonly mode: ConfigMode,
    private readonly warn: (line: string) => void,
  ) {
    if (mode.kind === 'file') this.fixed = rulesFromFile(toSlashes(path.resolve(mode.path)), readConfigFile);
  }

  /** The desk's rules for a file (its path as given, or the --stdin-filename). */
  deskFor(file: string): DeskRules {
    if (this.mode.kind === 'none') return mergeChain([]);
    const desk = this.fixed ?? this.walk(dirname(toSlashes(path.resolve(file))));
    for (const f of desk.files) this.report(f);
    return desk;
  }

  rulesFor(file: string): { rules: Rules; ignored: boolean } {
    const desk = this.deskFor(file);
    return { rules: withDesk(defaultRules(), desk), ignored: isIgnored(desk, toSlashes(path.resolve(file))) };
  }

  private walk(dir: string): DeskRules {
    let rules = this.byDir.get(dir);
    if (!rules) {
      rules = mergeChain(configChain(dir, readConfigFile));
      this.byDir.set(dir, rules);
    }
    return rules;
  }

  /** One line per problem, once per run, as file:line:column: message (what editors and CI link). */
  private report(f: ConfigFile): void {
    if (!f.problems.length || this.reported.has(f.path)) return;
    this.reported.add(f.path);
    const read = readConfigFile(f.path);
    const text = typeof read === 'string' ? read : '';
    const pos = positionsOf(text);
    const shown = path.relative(process.cwd(), f.path) || f.path;
    for (const p of f.problems) {
      const at = pos(p.offset);
      this.warn(`copydesk: ${shown}:${at.line + 1}:${at.character + 1}: ${p.message}`);
    }
  }
}
