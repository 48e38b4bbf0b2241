// Reads Copydesk settings for a document (all settings are resource-scoped).
import * as vscode from 'vscode';
import type { AnalyzeOptions } from '../core/types';
import { DEFAULT_SEVERITY, FINDING_CODES, type FindingCode, type SeverityName } from '../core/findings';
import { MAX_OPTION_ENTRIES } from '../core/options';
import { withDesk, type Rules } from '../core/deskConfig';
import type { DeskFor } from './deskRules';

export type RunMode = 'onType' | 'onSave' | 'manual';

export interface Settings {
  languages: string[];
  run: RunMode;
  debounce: number;
  maxDocumentSize: number;
  extraCues: string[];
  extraAnonymous: string[];
  severity: Record<FindingCode, SeverityName>;
  enabled: Record<FindingCode, boolean>;
  decorations: boolean;
  /** House spellings, from .copydesk.json. */
  names: string[];
  /** The document is one the desk's .copydesk.json says not to check. */
  ignored: boolean;
}

/** Where the desk's rules for a document come from (set once by extension.ts; none in unit tests). */
let deskOf: ((uri: vscode.Uri) => DeskFor) | undefined;
export function useDeskRules(fn: ((uri: vscode.Uri) => DeskFor) | undefined): void {
  deskOf = fn;
}

function uriOf(scope: vscode.ConfigurationScope | undefined): vscode.Uri | undefined {
  if (!scope || typeof scope !== 'object') return undefined;
  if ('scheme' in scope && 'fsPath' in scope) return scope;
  const u = (scope as { uri?: unknown }).uri;
  return u && typeof u === 'object' && 'scheme' in u ? (u as vscode.Uri) : undefined;
}

const SEVERITIES: SeverityName[] = ['error', 'warning', 'information', 'hint'];
/** A list setting as strings, at most `max` of them: a workspace's settings file may hold anything. */
const strings = (v: unknown, max = MAX_OPTION_ENTRIES): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string' && x.trim() !== '').map((x) => x.trim()).slice(0, max) : []);
/** Longest debounce honoured, in ms: a check a minute after typing is no check. */
const MAX_DEBOUNCE = 10_000;

export function settingsFor(scope?: vscode.ConfigurationScope): Settings {
  const c = vscode.workspace.getConfiguration('copydesk', scope);
  const sev = c.get<Record<string, unknown>>('severity') ?? {};
  const en = c.get<Record<string, unknown>>('enabledFindings') ?? {};
  const severity = {} as Record<FindingCode, SeverityName>;
  const enabled = {} as Record<FindingCode, boolean>;
  for (const code of FINDING_CODES) {
    const s = sev[code];
    severity[code] = typeof s === 'string' && (SEVERITIES as string[]).includes(s) ? (s as SeverityName) : DEFAULT_SEVERITY[code];
    enabled[code] = en[code] !== false;
  }
  const run = c.get<string>('run');
  const num = (key: string, dflt: number): number => {
    const v = c.get<number>(key);
    return typeof v === 'number' && Number.isFinite(v) && v >= 0 ? v : dflt;
  };
  const uri = uriOf(scope);
  const desk = uri && deskOf?.(uri);
  // As with the restricted settings: an untrusted repository's own lists do not make checks costlier.
  const deskRules = desk && !vscode.workspace.isTrusted ? { ...desk.rules, extraCues: undefined, extraAnonymous: undefined } : desk?.rules;
  // The committed .copydesk.json wins over the user's settings (see withDesk).
  const r = desk
    ? withDesk({ extraCues: strings(c.get('extraCues')), extraAnonymous: strings(c.get('extraAnonymous')), severity, enabled, names: [] }, deskRules ?? desk.rules)
    : undefined;
  return {
    languages: strings(c.get('languages') ?? ['article'], 50),
    run: run === 'onSave' || run === 'manual' ? run : 'onType',
    debounce: Math.min(num('debounce', 300), MAX_DEBOUNCE),
    maxDocumentSize: num('maxDocumentSize', 2097152),
    extraCues: r?.extraCues ?? strings(c.get('extraCues')),
    extraAnonymous: r?.extraAnonymous ?? strings(c.get('extraAnonymous')),
    severity: r?.severity ?? severity,
    enabled: r?.enabled ?? enabled,
    decorations: c.get<boolean>('decorations') !== false,
    names: r?.names ?? [],
    ignored: desk?.ignored ?? false,
  };
}

/** The rules a check applies (core/check.ts). */
export function rulesOf(s: Settings): Rules {
  return { extraCues: s.extraCues, extraAnonymous: s.extraAnonymous, severity: s.severity, enabled: s.enabled, names: s.names };
}

export function analyzeOptions(s: Settings): AnalyzeOptions {
  return { extraCues: s.extraCues, extraAnonymous: s.extraAnonymous };
}

// Views that show a document's text but are not the document the user writes in.
const SKIPPED_SCHEMES = new Set(['output', 'git', 'gitfs', 'vscode-scm', 'debug', 'vscode-settings', 'comment', 'vscode-chat-code-block']);

/** Whether the document's language is one the user asked to check. */
export function isCheckedLanguage(doc: vscode.TextDocument, s: Settings = settingsFor(doc)): boolean {
  if (SKIPPED_SCHEMES.has(doc.uri.scheme)) return false;
  return s.languages.includes(doc.languageId) && !s.ignored;
}

export function isTooLarge(doc: vscode.TextDocument, s: Settings = settingsFor(doc)): boolean {
  // offsetAt(end) is the length without copying the text.
  return doc.offsetAt(doc.lineAt(doc.lineCount - 1).range.end) > s.maxDocumentSize;
}

export const toSeverity = (s: SeverityName): vscode.DiagnosticSeverity =>
  s === 'error' ? vscode.DiagnosticSeverity.Error : s === 'information' ? vscode.DiagnosticSeverity.Information : s === 'hint' ? vscode.DiagnosticSeverity.Hint : vscode.DiagnosticSeverity.Warning;
