// SARIF 2.1.0 output, for code-scanning dashboards. Lines and columns are 1-based; columns count
// UTF-16 code units (declared in run.columnKind), as the engine's LSP positions do.
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Diagnostic, Locale, Range, RuleMeta, Severity } from '../../engine';
import type { FileOutcome } from '../processFile';
import type { InputError } from './json';
import type * as Sarif from 'sarif';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const SRCROOT = '%SRCROOT%';

type SarifLevel = 'error' | 'warning' | 'note';

export function sarifLevel(severity: Severity): SarifLevel {
  return severity === 'error' ? 'error' : severity === 'warning' ? 'warning' : 'note';
}

export interface SarifContext {
  locale: Locale;
  rules: readonly RuleMeta[];
  version: string;
  /** Paths inside it are written relative to %SRCROOT%. */
  cwd: string;
}

function region(range: Range): Sarif.Region {
  return {
    startLine: range.start.line + 1,
    startColumn: range.start.character + 1,
    endLine: range.end.line + 1,
    endColumn: range.end.character + 1,
  };
}

function artifactLocation(file: string, cwd: string): Sarif.ArtifactLocation {
  const absolute = path.resolve(cwd, file);
  const relative = path.relative(cwd, absolute);
  if (relative && !relative.startsWith('..') && !path.isAbsolute(relative)) {
    return { uri: relative.split(path.sep).map(encodeURIComponent).join('/'), uriBaseId: SRCROOT };
  }
  return { uri: pathToFileURL(absolute).href };
}

function ruleDescriptor(rule: RuleMeta, locale: Locale): Sarif.ReportingDescriptor {
  const pickText = (b: { zh: string; en: string }) => (locale === 'en' ? b.en : b.zh);
  return {
    id: rule.code,
    shortDescription: { text: pickText(rule.summary) },
    fullDescription: { text: pickText(rule.basis) },
    defaultConfiguration: { level: sarifLevel(rule.defaultSeverity) },
    properties: { category: rule.category },
  };
}

function result(d: Diagnostic, location: Sarif.ArtifactLocation, ruleIndex: number): Sarif.Result {
  return {
    ruleId: d.code,
    ruleIndex,
    level: sarifLevel(d.severity),
    message: { text: d.message },
    locations: [{ physicalLocation: { artifactLocation: location, region: region(d.range) } }],
    relatedLocations: d.related.map((r, id) => ({
      id,
      message: { text: r.message },
      physicalLocation: { artifactLocation: location, region: region(r.range) },
    })),
    fixes: d.fixes.map((f) => ({
      description: { text: f.title },
      artifactChanges: [
        {
          artifactLocation: location,
          replacements: f.edits.map((e) => ({ deletedRegion: region(e.range), insertedContent: { text: e.newText } })),
        },
      ],
      properties: { preferred: f.preferred },
    })),
    properties: { severity: d.severity },
  };
}

export function formatSarif(outcomes: FileOutcome[], errors: InputError[], context: SarifContext): string {
  const descriptors = context.rules.map((r) => ruleDescriptor(r, context.locale));
  const indexByCode = new Map<string, number>(descriptors.map((d, i) => [d.id, i]));
  // A finding whose code has no metadata still needs a rule entry for ruleIndex to point at.
  const ruleIndex = (code: string, severity: Severity) => {
    let index = indexByCode.get(code);
    if (index === undefined) {
      index = descriptors.length;
      descriptors.push({
        id: code,
        shortDescription: { text: code },
        fullDescription: { text: code },
        defaultConfiguration: { level: sarifLevel(severity) },
        properties: { category: 'other' },
      });
      indexByCode.set(code, index);
    }
    return index;
  };
  const results = outcomes.flatMap((o) => {
    const location = artifactLocation(o.path, context.cwd);
    return o.diagnostics.map((d) => result(d, location, ruleIndex(d.code, d.severity)));
  });
  const log: Sarif.Log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'ogi-report',
            version: context.version,
            rules: descriptors,
          },
        },
        originalUriBaseIds: { [SRCROOT]: { uri: pathToFileURL(context.cwd).href.replace(/\/?$/, '/') } },
        columnKind: 'utf16CodeUnits',
        invocations: [
          {
            executionSuccessful: errors.length === 0,
            toolExecutionNotifications: errors.map((e) => ({
              level: 'error',
              message: { text: e.message },
              locations: [{ physicalLocation: { artifactLocation: artifactLocation(e.path, context.cwd) } }],
            })),
          },
        ],
        results,
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
}
