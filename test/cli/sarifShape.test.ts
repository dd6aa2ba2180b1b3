// The SARIF checker used by the format tests must itself reject broken logs.
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { assertValidSarif } from './sarifShape';

function goodLog() {
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'ogi-report', rules: [{ id: 'r', shortDescription: { text: 'r' }, defaultConfiguration: { level: 'error' } }] } },
        results: [
          {
            ruleId: 'r',
            ruleIndex: 0,
            level: 'error',
            message: { text: 'm' },
            locations: [{ physicalLocation: { artifactLocation: { uri: 'a.txt' }, region: { startLine: 1, startColumn: 1, endLine: 1, endColumn: 2 } } }],
          },
        ],
      },
    ],
  };
}

describe('assertValidSarif', () => {
  it('accepts a minimal good log', () => assertValidSarif(goodLog()));

  const breakages: [string, (log: ReturnType<typeof goodLog>) => void][] = [
    ['a wrong version', (log) => ((log as { version: string }).version = '2.0.0')],
    ['a driver without name', (log) => delete (log.runs[0].tool.driver as { name?: string }).name],
    ['a result without message', (log) => delete (log.runs[0].results[0] as { message?: unknown }).message],
    ['an unknown level', (log) => (log.runs[0].results[0].level = 'fatal')],
    ['a 0-based line', (log) => (log.runs[0].results[0].locations[0].physicalLocation.region.startLine = 0)],
    ['a ruleIndex pointing elsewhere', (log) => (log.runs[0].results[0].ruleIndex = 3)],
    ['an unencoded path', (log) => (log.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri = '年度 报告.txt')],
    ['an unknown property', (log) => ((log.runs[0] as Record<string, unknown>).extra = 1)],
  ];
  for (const [name, breakIt] of breakages) {
    it(`rejects ${name}`, () => {
      const log = goodLog();
      breakIt(log);
      assert.throws(() => assertValidSarif(log), assert.AssertionError);
    });
  }
});
