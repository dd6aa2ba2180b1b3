// Parses the command line into options. Pure: no I/O, so every usage error is unit-testable.
import type { FormatVersion, Locale, RuleSetting } from '../engine';
import type { MessageId } from './messages';

export type OutputFormat = 'text' | 'json' | 'sarif';

export interface CheckCommand {
  kind: 'check';
  format: OutputFormat;
  locale: Locale;
  fix: boolean;
  jobs: number;
  rules: Record<string, RuleSetting>;
  formatVersion: 'auto' | FormatVersion;
  inputs: string[];
}

export type ParsedArgs =
  | CheckCommand
  | { kind: 'help'; locale: Locale }
  | { kind: 'version' }
  | { kind: 'usageError'; locale: Locale; id: MessageId; params: Record<string, string> };

const FORMATS: readonly OutputFormat[] = ['text', 'json', 'sarif'];
const LOCALES: readonly Locale[] = ['zh-CN', 'en'];
const FORMAT_VERSIONS: readonly ('auto' | FormatVersion)[] = ['auto', '2019', '2021'];
const SETTINGS: readonly RuleSetting[] = ['error', 'warning', 'information', 'hint', 'off'];
const VALUED = new Set(['--format', '--locale', '--jobs', '--rule', '--format-version']);

export interface ParseContext {
  /** Default for --jobs. */
  cpus: number;
  /** Rule codes the engine knows, to catch typos in --rule. */
  knownRuleCodes: ReadonlySet<string>;
}

function pick<T extends string>(allowed: readonly T[], value: string): T | undefined {
  return (allowed as readonly string[]).includes(value) ? (value as T) : undefined;
}

/** Splits `--opt=value` and `--opt value`; everything after `--` is an input. */
function* tokens(argv: string[]): Generator<{ option?: string; value?: string; positional?: string; takeValue: () => string | undefined }> {
  let i = 0;
  let literal = false;
  while (i < argv.length) {
    const arg = argv[i++];
    if (literal || arg === '-' || !arg.startsWith('-')) {
      yield { positional: arg, takeValue: () => undefined };
      continue;
    }
    if (arg === '--') {
      literal = true;
      continue;
    }
    const eq = arg.indexOf('=');
    const option = eq > 0 ? arg.slice(0, eq) : arg;
    const inline = eq > 0 ? arg.slice(eq + 1) : undefined;
    yield {
      option,
      value: inline,
      takeValue: () => {
        if (inline !== undefined) return inline;
        if (i < argv.length) return argv[i++];
        return undefined;
      },
    };
  }
}

export function parseArgs(argv: string[], context: ParseContext): ParsedArgs {
  // The locale is needed to word usage errors, so find it first.
  let locale: Locale = 'zh-CN';
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--') break;
    const value = argv[i] === '--locale' ? argv[i + 1] : argv[i].startsWith('--locale=') ? argv[i].slice(9) : undefined;
    const found = value === undefined ? undefined : pick(LOCALES, value);
    if (found) locale = found;
  }
  const usage = (id: MessageId, params: Record<string, string> = {}): ParsedArgs => ({ kind: 'usageError', locale, id, params });

  const command: CheckCommand = {
    kind: 'check',
    format: 'text',
    locale,
    fix: false,
    jobs: Math.max(1, context.cpus),
    rules: {},
    formatVersion: 'auto',
    inputs: [],
  };
  let commandName: string | undefined;

  for (const token of tokens(argv)) {
    if (token.positional !== undefined) {
      if (commandName === undefined) commandName = token.positional;
      else command.inputs.push(token.positional);
      continue;
    }
    const option = token.option!;
    if (option === '-h' || option === '--help') return { kind: 'help', locale };
    if (option === '-v' || option === '--version') return { kind: 'version' };
    if (option === '--fix') {
      if (token.value !== undefined) return usage('unknownOption', { option: `${option}=${token.value}` });
      command.fix = true;
      continue;
    }
    if (!VALUED.has(option)) return usage('unknownOption', { option });
    const value = token.takeValue();
    if (value === undefined) return usage('missingValue', { option });
    const bad = (allowed: readonly string[]) => usage('badValue', { option, value, allowed: allowed.join('|') });
    switch (option) {
      case '--format': {
        const format = pick(FORMATS, value);
        if (!format) return bad(FORMATS);
        command.format = format;
        break;
      }
      case '--locale': {
        if (!pick(LOCALES, value)) return bad(LOCALES);
        break; // already taken in the first pass
      }
      case '--format-version': {
        const version = pick(FORMAT_VERSIONS, value);
        if (!version) return bad(FORMAT_VERSIONS);
        command.formatVersion = version;
        break;
      }
      case '--jobs': {
        if (!/^[1-9][0-9]{0,3}$/.test(value)) return usage('badJobs', { value });
        command.jobs = Number(value);
        break;
      }
      case '--rule': {
        const match = /^([^=]+)=(.+)$/.exec(value);
        const setting = match ? pick(SETTINGS, match[2]) : undefined;
        if (!match || !setting) return usage('badRule', { value });
        const code = match[1].trim();
        if (!context.knownRuleCodes.has(code)) return usage('unknownRule', { code });
        command.rules[code] = setting;
        break;
      }
    }
  }
  if (commandName === undefined) return usage('noCommand');
  if (commandName !== 'check') return usage('unknownCommand', { command: commandName });
  if (command.inputs.length === 0) return usage('noInputs');
  return command;
}
