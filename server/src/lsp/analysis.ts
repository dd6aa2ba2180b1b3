// One check per document version and settings generation, shared by every feature.
import type { Diagnostic as LspDiagnostic } from 'vscode-languageserver';
import { DiagnosticSeverity } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { checkText, LineIndex, looksLikeReport, readModel, type CheckOptions, type CheckResult, type Locale } from '../engine';
import { messages } from '../engine/services';
import { SOURCE, RULES_DOC, toLspDiagnostic } from './convert';
import { utf8SizeOver, type Settings } from './settings';

export type Analysis =
  | { kind: 'ignored' }
  | { kind: 'skipped'; size: number; limit: number }
  | { kind: 'checked'; result: CheckResult; readonly index: LineIndex; /** What `result` was checked with (fix-all checks again). */ options: CheckOptions };

export interface Entry {
  uri: string;
  version: number;
  analysis: Analysis;
  diagnostics: LspDiagnostic[];
}

/** Finds last year's report of the same agency (Node only: open documents and workspace files). */
export type PriorYearFinder = (agency: string, year: number, exceptUri: string) => Promise<string | undefined>;

export interface AnalyzerOptions {
  locale: () => Locale;
  settings: (uri: string) => Promise<Settings>;
  priorYear?: PriorYearFinder;
}

export const REPORT_LANGUAGE = 'ogi-report';
const DETECTED_LANGUAGES = new Set(['plaintext', 'markdown']);

export class Analyzer {
  private generation = 0;
  private readonly cache = new Map<string, { key: string; entry: Promise<Entry> }>();

  constructor(private readonly options: AnalyzerOptions) {}

  /** Settings changed: every cached result is out of date. */
  invalidate(): void {
    this.generation++;
    this.cache.clear();
  }

  forget(uri: string): void {
    this.cache.delete(uri);
  }

  analyze(document: TextDocument): Promise<Entry> {
    const key = `${document.version}:${this.generation}`;
    const cached = this.cache.get(document.uri);
    if (cached && cached.key === key) return cached.entry;
    const entry = this.compute(document).catch((error: unknown) => this.failed(document, error));
    this.cache.set(document.uri, { key, entry });
    return entry;
  }

  private async compute(document: TextDocument): Promise<Entry> {
    const { uri, version } = document;
    const settings = await this.options.settings(uri);
    const text = document.getText();
    const base = { uri, version };
    if (!isReportDocument(document.languageId, text, settings)) return { ...base, analysis: { kind: 'ignored' }, diagnostics: [] };
    const size = utf8SizeOver(text, settings.maxFileSize);
    if (size !== undefined) {
      return { ...base, analysis: { kind: 'skipped', size, limit: settings.maxFileSize }, diagnostics: [sizeLimitDiagnostic(text, size, settings.maxFileSize, this.options.locale())] };
    }
    const locale = this.options.locale();
    const priorYearText = await this.findPriorYear(text, uri);
    // Fixes that cost a full check each are checked when code actions ask for them, not per keystroke.
    const options: CheckOptions = { locale, formatVersion: settings.formatVersion, rules: settings.rules, priorYearText, deferFixChecks: true };
    const result = checkText(text, options);
    return {
      ...base,
      analysis: checked(result, text, options),
      diagnostics: result.diagnostics.map((d) => toLspDiagnostic(d, uri)),
    };
  }

  private async findPriorYear(text: string, uri: string): Promise<string | undefined> {
    if (!this.options.priorYear) return undefined;
    const title = titleOf(text);
    if (!title) return undefined;
    return this.options.priorYear(title.agency, title.year - 1, uri);
  }

  /** A bug in a rule must not take the server down: say so on the document instead. */
  private failed(document: TextDocument, error: unknown): Entry {
    const message = error instanceof Error ? error.message : String(error);
    return {
      uri: document.uri,
      version: document.version,
      analysis: { kind: 'ignored' },
      diagnostics: [
        {
          range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
          severity: DiagnosticSeverity.Information,
          code: 'internal-error',
          source: SOURCE,
          message: `检查出错，已跳过 / The check failed and was skipped: ${message}`,
        },
      ],
    };
  }
}

/**
 * The line index is only needed by features that map offsets (outline, hover, code actions …),
 * not for diagnostics, whose ranges come from the engine: built on first use, since on a large
 * document it costs a noticeable share of each edit's check.
 */
function checked(result: CheckResult, text: string, options: CheckOptions): Analysis {
  let index: LineIndex | undefined;
  return {
    kind: 'checked',
    result,
    options,
    get index() {
      return (index ??= new LineIndex(text));
    },
  };
}

export function isReportDocument(languageId: string, text: string, settings: Settings): boolean {
  if (languageId === REPORT_LANGUAGE) return true;
  return DETECTED_LANGUAGES.has(languageId) && settings.detect && looksLikeReport(text);
}

/**
 * Agency and year from the title, read from the head of the text only, and from the parse
 * only: rules on a truncated head would report findings and re-check their fixes, several
 * checks per edit.
 */
export function titleOf(text: string): { agency: string; year: number } | undefined {
  const title = readModel(text.slice(0, 3000)).title;
  if (!title?.agency || title.year === undefined) return undefined;
  return { agency: title.agency.replace(/\s+/g, ''), year: title.year };
}

function sizeLimitDiagnostic(text: string, size: number, limit: number, locale: Locale): LspDiagnostic {
  const firstLine = Math.max(0, Math.min(text.search(/\r|\n/) < 0 ? text.length : text.search(/\r|\n/), 200));
  const m = messages.sizeLimit(size, limit);
  return {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: firstLine } },
    severity: DiagnosticSeverity.Information,
    code: 'size-limit',
    codeDescription: { href: `${RULES_DOC}#size-limit` },
    source: SOURCE,
    // Both languages: the finding explains a setting, whichever UI language is in use.
    message: locale === 'en' ? `${m.en}\n${m.zh}` : `${m.zh}\n${m.en}`,
  };
}
