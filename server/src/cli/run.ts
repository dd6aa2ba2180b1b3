// The `ogi-report check` command, with its I/O passed in so tests can run it in-process.
import { rules as engineRules } from '../engine';
import type { RuleMeta } from '../engine';
import { parseArgs } from './args';
import { collectFiles } from './files';
import { formatJson } from './formatters/json';
import type { InputError } from './formatters/json';
import { formatSarif } from './formatters/sarif';
import { formatText } from './formatters/text';
import { countFindings } from './formatters/counts';
import { helpText } from './help';
import { message } from './messages';
import { checkFiles } from './pool';
import { defaultDependencies } from './processFile';
import type { CheckFunction } from './processFile';

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
  cpus: number;
  version: string;
  workerPath?: string;
  /** Test seam: replaces the engine's checkText (and forces in-process checking). */
  check?: CheckFunction;
  /** Test seam: rule metadata in place of the engine's (for --rule validation and SARIF). */
  rules?: readonly RuleMeta[];
}

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_TROUBLE = 2;

export async function run(argv: string[], io: CliIo): Promise<number> {
  const rules = io.rules ?? engineRules;
  const parsed = parseArgs(argv, { cpus: io.cpus, knownRuleCodes: new Set(rules.map((r) => r.code)) });
  if (parsed.kind === 'help') {
    io.stdout(helpText(parsed.locale) + '\n');
    return EXIT_OK;
  }
  if (parsed.kind === 'version') {
    io.stdout(io.version + '\n');
    return EXIT_OK;
  }
  if (parsed.kind === 'usageError') {
    io.stderr(message(parsed.locale, 'usageError', { detail: message(parsed.locale, parsed.id, parsed.params) }) + '\n');
    return EXIT_TROUBLE;
  }

  const { locale } = parsed;
  const list = collectFiles(parsed.inputs, undefined, io.cwd);
  const { outcomes } = await checkFiles(
    list.files,
    { check: { locale, formatVersion: parsed.formatVersion, rules: parsed.rules }, fix: parsed.fix, cwd: io.cwd },
    {
      jobs: parsed.jobs,
      workerPath: io.workerPath,
      dependencies: io.check ? { ...defaultDependencies, check: io.check } : undefined,
    },
  );

  // Problems in input order: those found while listing sit between the files around them.
  const errors: InputError[] = [];
  let nextProblem = 0;
  const problemsBefore = (position: number) => {
    for (; nextProblem < list.problems.length && list.problems[nextProblem].position <= position; nextProblem++) {
      const p = list.problems[nextProblem];
      errors.push({ path: p.path, message: message(locale, p.id, { path: p.path, detail: p.detail }) });
    }
  };
  outcomes.forEach((o, i) => {
    problemsBefore(i);
    if (o.problem) errors.push({ path: o.path, message: message(locale, o.problem.id, { path: o.path, detail: o.problem.detail ?? '' }) });
  });
  problemsBefore(Infinity);
  for (const e of errors) io.stderr(e.message + '\n');

  if (parsed.format === 'json') io.stdout(formatJson(outcomes, errors));
  else if (parsed.format === 'sarif') io.stdout(formatSarif(outcomes, errors, { locale, rules, version: io.version, cwd: io.cwd }));
  else io.stdout(formatText(outcomes, locale));

  if (errors.length > 0) return EXIT_TROUBLE;
  return countFindings(outcomes).errors > 0 ? EXIT_FINDINGS : EXIT_OK;
}
