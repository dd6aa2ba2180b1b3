// Runs the rules over a parsed report and turns their findings into diagnostics.
import { applyEdits } from './applyEdits';
import { detectNotAReport } from './detect';
import { parseReport, toModel, type ParsedReport } from './parse/document';
import type { Finding, RuleContext } from './rules/context';
import { rules } from './rules/registry';
import type { Bilingual } from './rules/rule';
import type { CheckOptions, CheckResult, Diagnostic, Fix, FormatVersion, Locale, ReportModel, Severity, Span } from './types';

export function checkText(text: string, options: CheckOptions = {}): CheckResult {
  return checkWith(text, options, true);
}

/**
 * The report model alone — title, year, sections, tables — as `checkText` gives it, without
 * running the rules: for what reads the title or the tables on every keystroke.
 */
export function readModel(text: string, formatVersion: 'auto' | FormatVersion = 'auto'): ReportModel {
  return toModel(parseReport(text, formatVersion));
}

function checkWith(text: string, options: CheckOptions, verify: boolean): CheckResult {
  const locale: Locale = options.locale ?? 'zh-CN';
  const parsed = parseReport(text, options.formatVersion ?? 'auto');
  const say = (b: Bilingual) => (locale === 'en' ? b.en : b.zh);
  const toDiagnostic = (code: string, severity: Severity, f: Finding): Diagnostic => ({
    code,
    severity,
    message: say(f.message),
    range: parsed.lines.range(f.span),
    related: (f.related ?? []).map((r) => ({ range: parsed.lines.range(r.span), message: say(r.message) })),
    fixes: (f.fixes ?? []).map((x) => ({
      title: say(x.title),
      preferred: x.preferred,
      edits: x.edits.map((e) => ({ range: parsed.lines.range(e.span), newText: e.newText })),
    })),
  });

  const notAReport = detectNotAReport(parsed);
  if (notAReport) {
    const setting = options.rules?.[notAReport.code];
    const diagnostics =
      setting === 'off' ? [] : [toDiagnostic(notAReport.code, setting ?? 'warning', notAReport.finding)];
    return { formatVersion: parsed.spec.version, isReport: false, model: toModel(parsed), diagnostics };
  }

  const priorYear = options.priorYearText !== undefined ? parsePriorYear(options.priorYearText) : undefined;
  const diagnostics: Diagnostic[] = [];
  const toVerify: PendingFix[] = [];
  // One context for every rule (rules run one after the other): what it reports goes under the
  // rule running now.
  let code = '';
  let severity: Severity = 'error';
  // Findings of the rule running now: listed, and past the limit only counted.
  const tally = { listed: 0, unlisted: 0, firstUnlisted: undefined as Span | undefined };
  const context: RuleContext = {
    parsed,
    text,
    spec: parsed.spec,
    options,
    priorYear,
    report: (f) => {
      if (tally.listed === MAX_FINDINGS_PER_RULE) {
        tally.unlisted++;
        tally.firstUnlisted ??= f.span;
        return;
      }
      tally.listed++;
      const d = toDiagnostic(code, severity, f);
      diagnostics.push(d);
      (f.fixes ?? []).forEach((x, i) => x.verify && toVerify.push({ diagnostic: d, fix: d.fixes[i] }));
    },
  };
  for (const rule of rules) {
    const setting = options.rules?.[rule.code];
    if (setting === 'off') continue;
    code = rule.code;
    severity = setting ?? rule.defaultSeverity;
    tally.listed = 0;
    tally.unlisted = 0;
    tally.firstUnlisted = undefined;
    rule.check(context);
    if (tally.firstUnlisted) diagnostics.push(toDiagnostic(code, severity, moreFindings(tally.firstUnlisted, tally.unlisted)));
  }
  // At most MAX_FIX_CHECKS fixes are checked; the rest keep their fixes unchecked.
  const fixChecks = verify ? toVerify.slice(0, MAX_FIX_CHECKS) : [];
  if (fixChecks.length && !options.deferFixChecks) dropFixesThatBreak(text, options, diagnostics, fixChecks);
  diagnostics.sort(
    (a, b) =>
      a.range.start.line - b.range.start.line ||
      a.range.start.character - b.range.start.character ||
      (a.code < b.code ? -1 : a.code > b.code ? 1 : 0),
  );
  const result: CheckResult = { formatVersion: parsed.spec.version, isReport: true, model: toModel(parsed), diagnostics };
  if (fixChecks.length && options.deferFixChecks) unchecked.set(result, { text, options, toVerify: fixChecks });
  return result;
}

/**
 * Findings listed per rule and check. A pathological text (thousands of headings run together
 * on one line) made one rule report 75,000 findings — 21 MB of diagnostics for the editor on
 * every keystroke; past the limit one finding says how many more there are.
 */
export const MAX_FINDINGS_PER_RULE = 1000;

function moreFindings(span: Span, count: number): Finding {
  return {
    span,
    message: {
      zh: `此处起还有 ${count} 处同类问题未逐一列出（每条规则最多列出 ${MAX_FINDINGS_PER_RULE} 处）；修正前面的问题后会继续列出。`,
      en: `${count} more findings of this kind from here on are not listed (at most ${MAX_FINDINGS_PER_RULE} per rule); they are listed as the ones before are fixed.`,
    },
  };
}

/** A fix to be tried on the whole text, and the diagnostic it belongs to. */
interface PendingFix {
  diagnostic: Diagnostic;
  fix: Fix;
}

/** Each checked fix costs a full check: a report with more keeps the rest unchecked. */
const MAX_FIX_CHECKS = 50;

/** Fixes a check with `deferFixChecks` left to `verifyFixes`, per result. */
const unchecked = new WeakMap<CheckResult, { text: string; options: CheckOptions; toVerify: PendingFix[] }>();

/**
 * Checks the fixes `deferFixChecks` left unchecked — of the diagnostics `which` selects, or of
 * all — and drops those that would add an error, as `checkText` does by default. Each fix is
 * checked once; afterwards the result is what `checkText` without the option gives.
 */
export function verifyFixes(result: CheckResult, which: (d: Diagnostic) => boolean = () => true): CheckResult {
  const pending = unchecked.get(result);
  if (!pending) return result;
  const now = pending.toVerify.filter((p) => which(p.diagnostic));
  if (now.length === 0) return result;
  dropFixesThatBreak(pending.text, pending.options, result.diagnostics, now);
  pending.toVerify = pending.toVerify.filter((p) => !now.includes(p));
  if (pending.toVerify.length === 0) unchecked.delete(result);
  return result;
}

/** The prior-year report last parsed: an editor passes the same one with every keystroke. */
let lastPriorYear: { text: string; parsed: ParsedReport } | undefined;

function parsePriorYear(text: string): ParsedReport {
  if (lastPriorYear?.text !== text) lastPriorYear = { text, parsed: parseReport(text) };
  return lastPriorYear.parsed;
}

/**
 * A line named in a message (`首次出现于第 43 行`) is no part of the error: an edit above it moves
 * the line. How many more rows share it (`（另有 2 行相同）`) counts the error that many times more.
 */
const LINE_REFERENCE = /第 \d+ 行|line \d+/g;
const MORE_ROWS = /（另有 (\d+) 行相同）| \(and (\d+) more rows\)/;

/** Each error by code and message, once per row it stands for. */
function errorsOf(diagnostics: Diagnostic[]): string[] {
  const out: string[] = [];
  for (const d of diagnostics) {
    if (d.severity !== 'error') continue;
    const message = d.message.replace(LINE_REFERENCE, '#');
    const more = MORE_ROWS.exec(message);
    const key = `${d.code} ${more ? message.replace(MORE_ROWS, '') : message}`;
    for (let n = more ? 1 + Number(more[1] ?? more[2]) : 1; n > 0; n--) out.push(key);
  }
  return out;
}

/** The errors of `after` that `before` lacks, by code and message (the same error on a moved line is no new one). */
export function addedErrors(before: Diagnostic[], after: Diagnostic[]): string[] {
  const left = new Map<string, number>();
  for (const e of errorsOf(before)) left.set(e, (left.get(e) ?? 0) + 1);
  const added: string[] = [];
  for (const e of errorsOf(after)) {
    const n = left.get(e) ?? 0;
    if (n > 0) left.set(e, n - 1);
    else added.push(e);
  }
  return added;
}

export function addsErrors(before: Diagnostic[], after: Diagnostic[]): boolean {
  return addedErrors(before, after).length > 0;
}

/** A fix that would add an error is no fix: re-check the edited text and drop it. */
function dropFixesThatBreak(text: string, options: CheckOptions, diagnostics: Diagnostic[], toVerify: PendingFix[]): void {
  for (const { diagnostic, fix } of toVerify) {
    const after = checkWith(applyEdits(text, fix.edits), options, false).diagnostics;
    if (addsErrors(diagnostics, after)) diagnostic.fixes = diagnostic.fixes.filter((f) => f !== fix);
  }
}

/** The preferred fix of each diagnostic: what fix-all, `--fix` and fix-on-save apply. */
export function preferredFixes(diagnostics: Diagnostic[]): Fix[] {
  return diagnostics.flatMap((d) => d.fixes.filter((f) => f.preferred));
}
