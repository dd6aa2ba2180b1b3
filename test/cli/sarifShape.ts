// Checks a SARIF 2.1.0 log against the official JSON schema (as shipped by @microsoft/jest-sarif),
// then what the schema leaves open: 1-based regions, rule indexes, percent-encoded URIs.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import Ajv from 'ajv-draft-04';

const schema = JSON.parse(fs.readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'));
// The schema has a pattern that is not valid in unicode mode; URI formats are checked below.
const validateSchema = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false, validateFormats: false }).compile(schema);

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const LEVELS = ['none', 'note', 'warning', 'error'];

function message(m: unknown, where: string) {
  assert.ok(isObject(m) && typeof m.text === 'string', `${where}: message.text`);
}
function positiveInt(v: unknown, where: string) {
  assert.ok(Number.isInteger(v) && (v as number) >= 1, `${where}: ${String(v)} is not a 1-based integer`);
}
function region(r: unknown, where: string) {
  assert.ok(isObject(r), `${where}: region`);
  for (const key of ['startLine', 'startColumn', 'endLine', 'endColumn']) positiveInt(r[key], `${where}.${key}`);
  assert.ok((r.endLine as number) > (r.startLine as number) || (r.endColumn as number) >= (r.startColumn as number), `${where}: region ends before it starts`);
}
function artifactLocation(a: unknown, where: string) {
  assert.ok(isObject(a) && typeof a.uri === 'string' && a.uri.length > 0, `${where}: artifactLocation.uri`);
  assert.doesNotThrow(() => new URL(a.uri as string, 'file:///base/'), `${where}: uri is not a URI reference`);
  assert.doesNotMatch(a.uri as string, /[\s\\]|[^\x21-\x7e]/, `${where}: uri must be percent-encoded`);
}
function physicalLocation(p: unknown, where: string, needsRegion: boolean) {
  assert.ok(isObject(p), `${where}: physicalLocation`);
  artifactLocation(p.artifactLocation, where);
  if (needsRegion) region(p.region, where);
}

export function assertValidSarif(log: unknown): void {
  assert.ok(validateSchema(log), JSON.stringify(validateSchema.errors, null, 2));
  assert.ok(isObject(log));
  assert.equal(log.version, '2.1.0');
  assert.equal(typeof log.$schema, 'string');
  assert.match(log.$schema as string, /sarif-2\.1\.0/);
  assert.ok(Array.isArray(log.runs) && log.runs.length === 1);
  const run = log.runs[0] as Json;
  assert.ok(isObject(run.tool) && isObject(run.tool.driver));
  const driver = run.tool.driver as Json;
  assert.equal(typeof driver.name, 'string');
  assert.ok(Array.isArray(driver.rules));
  const ids = new Set<string>();
  for (const rule of driver.rules as Json[]) {
    assert.equal(typeof rule.id, 'string');
    assert.ok(!ids.has(rule.id as string), `duplicate rule ${String(rule.id)}`);
    ids.add(rule.id as string);
    message(rule.shortDescription, `rule ${String(rule.id)} shortDescription`);
    assert.ok(isObject(rule.defaultConfiguration) && LEVELS.includes(rule.defaultConfiguration.level as string));
  }
  assert.ok(Array.isArray(run.results));
  for (const [i, result] of (run.results as Json[]).entries()) {
    const where = `results[${i}]`;
    message(result.message, where);
    assert.ok(ids.has(result.ruleId as string), `${where}: ruleId without a rule`);
    assert.equal((driver.rules as Json[])[result.ruleIndex as number]?.id, result.ruleId, `${where}: ruleIndex`);
    assert.ok(LEVELS.includes(result.level as string), `${where}: level`);
    assert.ok(Array.isArray(result.locations) && result.locations.length === 1);
    physicalLocation((result.locations as Json[])[0].physicalLocation, where, true);
    for (const related of (result.relatedLocations as Json[]) ?? []) {
      message(related.message, `${where} related`);
      physicalLocation(related.physicalLocation, `${where} related`, true);
    }
    for (const fix of (result.fixes as Json[]) ?? []) {
      message(fix.description, `${where} fix`);
      assert.ok(Array.isArray(fix.artifactChanges) && fix.artifactChanges.length > 0);
      for (const change of fix.artifactChanges as Json[]) {
        artifactLocation(change.artifactLocation, `${where} fix`);
        assert.ok(Array.isArray(change.replacements) && change.replacements.length > 0);
        for (const r of change.replacements as Json[]) {
          region(r.deletedRegion, `${where} fix`);
          assert.ok(isObject(r.insertedContent) && typeof r.insertedContent.text === 'string');
        }
      }
    }
  }
  for (const invocation of (run.invocations as Json[]) ?? []) {
    assert.equal(typeof invocation.executionSuccessful, 'boolean');
    for (const n of (invocation.toolExecutionNotifications as Json[]) ?? []) {
      message(n.message, 'notification');
      for (const l of (n.locations as Json[]) ?? []) physicalLocation(l.physicalLocation, 'notification', false);
    }
  }
  if (run.originalUriBaseIds !== undefined) {
    for (const base of Object.values(run.originalUriBaseIds as Json)) {
      assert.ok(isObject(base) && typeof base.uri === 'string' && (base.uri as string).endsWith('/'), 'uriBaseId must end with /');
    }
  }
}
