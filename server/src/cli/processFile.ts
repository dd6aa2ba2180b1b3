// Checks one file from disk: read, decode, check, and with --fix write the fixed text back.
// Runs the same in-process and on a worker thread; never throws, problems come back as data.
import * as nodeFs from 'node:fs';
import * as path from 'node:path';
import { checkText } from '../engine';
import type { CheckOptions, CheckResult, Diagnostic, FormatVersion } from '../engine';
import { decodeBytes, encodeText } from './encoding';
import type { TextEncoding } from './encoding';
import { fixText } from './fixText';
import { writeFileAtomic } from './atomicWrite';
import type { WriteFs } from './atomicWrite';
import type { MessageId } from './messages';

export interface FileJobOptions {
  check: CheckOptions;
  fix: boolean;
  /** Relative paths are read from here (and still shown as given). */
  cwd?: string;
}

export interface FileProblem {
  id: Extract<MessageId, 'unreadable' | 'binary' | 'undecodable' | 'readOnly' | 'writeFailed' | 'lossy' | 'internal'>;
  detail?: string;
}

export interface FileOutcome {
  path: string;
  /** Absent when the file could not be read or decoded. */
  formatVersion?: FormatVersion;
  diagnostics: Diagnostic[];
  encoding?: TextEncoding;
  /** True when --fix wrote the file. */
  fixed: boolean;
  problem?: FileProblem;
}

export type CheckFunction = (text: string, options: CheckOptions) => Pick<CheckResult, 'formatVersion' | 'diagnostics'>;

export interface FileFs extends WriteFs {
  readFileSync(p: string): Uint8Array;
  statSync(p: string): { mode: number; uid: number; gid: number };
  accessSync(p: string, mode: number): void;
  realpathSync(p: string): string;
}

export interface Dependencies {
  check: CheckFunction;
  fs: FileFs;
}

export const defaultDependencies: Dependencies = { check: checkText, fs: nodeFs };

function detail(error: unknown): string {
  const e = error as NodeJS.ErrnoException;
  if (e && typeof e === 'object' && 'code' in e && e.code) return String(e.code);
  return error instanceof Error ? error.message : String(error);
}

/** Read-only for us: no permission, or (for root, who may write anything) no write bit at all. */
function isWritable(fs: FileFs, file: string): boolean {
  try {
    fs.accessSync(file, nodeFs.constants.W_OK);
  } catch {
    return false;
  }
  return (fs.statSync(file).mode & 0o222) !== 0;
}

export function processFile(shownPath: string, options: FileJobOptions, deps: Dependencies = defaultDependencies): FileOutcome {
  const outcome: FileOutcome = { path: shownPath, diagnostics: [], fixed: false };
  const file = options.cwd ? path.resolve(options.cwd, shownPath) : shownPath;
  let bytes: Uint8Array;
  try {
    bytes = deps.fs.readFileSync(file);
  } catch (error) {
    return { ...outcome, problem: { id: 'unreadable', detail: detail(error) } };
  }
  const decoded = decodeBytes(bytes);
  if (!decoded.ok) return { ...outcome, problem: { id: decoded.reason } };
  outcome.encoding = decoded.encoding;

  const check = (text: string) => deps.check(text, options.check);
  try {
    if (!options.fix) {
      const result = check(decoded.text);
      return { ...outcome, formatVersion: result.formatVersion, diagnostics: result.diagnostics };
    }
    const fixed = fixText(decoded.text, check);
    if (fixed.text === decoded.text) {
      return { ...outcome, formatVersion: fixed.result.formatVersion, diagnostics: fixed.result.diagnostics };
    }
    // Not written: report the findings of the file as it stays on disk.
    const unfixed = (problem: FileProblem): FileOutcome => ({
      ...outcome,
      formatVersion: fixed.initial.formatVersion,
      diagnostics: fixed.initial.diagnostics,
      problem,
    });
    if (!decoded.roundTrips) return unfixed({ id: 'lossy' });
    let target: string;
    try {
      target = deps.fs.realpathSync(file); // write through a symlink, not over it
      if (!isWritable(deps.fs, target)) return unfixed({ id: 'readOnly' });
      const stat = deps.fs.statSync(target);
      writeFileAtomic(target, encodeText(fixed.text, decoded.encoding), { mode: stat.mode, uid: stat.uid, gid: stat.gid }, deps.fs);
    } catch (error) {
      return unfixed({ id: 'writeFailed', detail: detail(error) });
    }
    return { ...outcome, formatVersion: fixed.result.formatVersion, diagnostics: fixed.result.diagnostics, fixed: true };
  } catch (error) {
    return { ...outcome, problem: { id: 'internal', detail: error instanceof Error ? error.message : String(error) } };
  }
}
