import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { parseArgs } from '../../server/src/cli/args';
import type { CheckCommand, ParsedArgs } from '../../server/src/cli/args';

const context = { cpus: 6, knownRuleCodes: new Set(['balance', 'labels']) };
const parse = (...argv: string[]) => parseArgs(argv, context);

function check(parsed: ParsedArgs): CheckCommand {
  assert.equal(parsed.kind, 'check', JSON.stringify(parsed));
  return parsed as CheckCommand;
}
function usageError(parsed: ParsedArgs, id: string) {
  assert.equal(parsed.kind, 'usageError');
  assert.equal((parsed as { id: string }).id, id);
  return parsed as Extract<ParsedArgs, { kind: 'usageError' }>;
}

describe('parseArgs', () => {
  it('has defaults: text, zh-CN, no fix, jobs = CPUs, auto format version', () => {
    const c = check(parse('check', 'a.txt'));
    assert.deepEqual(c, { kind: 'check', format: 'text', locale: 'zh-CN', fix: false, jobs: 6, rules: {}, formatVersion: 'auto', inputs: ['a.txt'] });
  });

  it('reads every option, with a separate value or after =', () => {
    const c = check(
      parse('check', '--format', 'sarif', '--locale=en', '--fix', '--jobs', '3', '--rule', 'balance=off', '--rule=labels=hint', '--format-version', '2019', 'a', 'dir'),
    );
    assert.equal(c.format, 'sarif');
    assert.equal(c.locale, 'en');
    assert.equal(c.fix, true);
    assert.equal(c.jobs, 3);
    assert.deepEqual(c.rules, { balance: 'off', labels: 'hint' });
    assert.equal(c.formatVersion, '2019');
    assert.deepEqual(c.inputs, ['a', 'dir']);
  });

  it('takes options before the command and inputs after --', () => {
    const c = check(parse('--format', 'json', 'check', '--', '--fix', '-x.txt'));
    assert.equal(c.format, 'json');
    assert.equal(c.fix, false);
    assert.deepEqual(c.inputs, ['--fix', '-x.txt']);
  });

  it('answers --help and -h anywhere, in the chosen locale', () => {
    assert.deepEqual(parse('check', 'a', '--help'), { kind: 'help', locale: 'zh-CN' });
    assert.deepEqual(parse('-h', '--locale', 'en'), { kind: 'help', locale: 'en' });
    assert.deepEqual(parse('--version'), { kind: 'version' });
  });

  it('rejects unknown options, missing and bad values', () => {
    usageError(parse('check', '--frobnicate', 'a'), 'unknownOption');
    usageError(parse('check', '-q', 'a'), 'unknownOption');
    usageError(parse('check', '--fix=yes', 'a'), 'unknownOption');
    usageError(parse('check', 'a', '--format'), 'missingValue');
    assert.deepEqual(usageError(parse('check', '--format', 'xml', 'a'), 'badValue').params, { option: '--format', value: 'xml', allowed: 'text|json|sarif' });
    usageError(parse('check', '--locale', 'fr', 'a'), 'badValue');
    usageError(parse('check', '--format-version', '2020', 'a'), 'badValue');
    for (const jobs of ['0', '-1', 'two', '1.5', '']) usageError(parse('check', '--jobs', jobs, 'a'), 'badJobs');
  });

  it('rejects malformed --rule values and unknown rule codes', () => {
    usageError(parse('check', '--rule', 'balance', 'a'), 'badRule');
    usageError(parse('check', '--rule', 'balance=fatal', 'a'), 'badRule');
    usageError(parse('check', '--rule', '=off', 'a'), 'badRule');
    assert.deepEqual(usageError(parse('check', '--rule', 'balanse=off', 'a'), 'unknownRule').params, { code: 'balanse' });
  });

  it('needs the check command and at least one input', () => {
    usageError(parse(), 'noCommand');
    usageError(parse('--fix'), 'noCommand');
    usageError(parse('lint', 'a'), 'unknownCommand');
    usageError(parse('check'), 'noInputs');
  });

  it('words usage errors in the locale given, even when it comes after the error', () => {
    assert.equal(usageError(parse('check', '--bad', '--locale', 'en'), 'unknownOption').locale, 'en');
    assert.equal(usageError(parse('check', '--bad'), 'unknownOption').locale, 'zh-CN');
  });
});
