// Shared helpers for the CLI tests: temp directories and the built bundle.
import { execFileSync, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

export const ROOT = path.resolve(__dirname, '../..');
export const CLI = path.join(ROOT, 'dist/cli.js');
export const WORKER = path.join(ROOT, 'dist/cli-worker.js');
/** The seed reports (copies of /work/shared/seeds kept in the repository, so CI needs nothing else). */
export const SEEDS = path.join(ROOT, 'test/fixtures/real');
const SEED_NAME = /^\d{3}_[0-9a-f]+\.txt$/;

export function tempDir(t: { after: (fn: () => void) => void }): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ogi-cli-'));
  t.after(() => {
    // Undo read-only modes so the cleanup can remove everything.
    const unlock = (p: string) => {
      try {
        fs.chmodSync(p, 0o755);
        if (fs.statSync(p).isDirectory()) for (const e of fs.readdirSync(p)) unlock(path.join(p, e));
      } catch {
        // already gone
      }
    };
    unlock(dir);
    fs.rmSync(dir, { recursive: true, force: true });
  });
  return dir;
}

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(full) : fs.statSync(full).mtimeMs);
  }
  return newest;
}

/** Builds dist/ with the project's build script unless the bundles are newer than every source. */
export function ensureBuilt(): void {
  const sources = Math.max(newestSource(path.join(ROOT, 'server/src')), fs.statSync(path.join(ROOT, 'package.json')).mtimeMs);
  const built = [CLI, WORKER].map((f) => (fs.existsSync(f) ? fs.statSync(f).mtimeMs : 0));
  if (Math.min(...built) > sources) return;
  execFileSync(process.execPath, ['esbuild.mjs'], { cwd: ROOT, stdio: 'inherit' });
}

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the built CLI and waits for it to exit (no timers: the test runner's timeout guards hangs). */
export function runCli(args: string[], cwd: string = ROOT, env: Record<string, string> = { LANG: 'C' }): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd, env: { ...process.env, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** Copies the seed reports into `dir` and returns their paths. */
export function copySeeds(dir: string): string[] {
  return fs
    .readdirSync(SEEDS)
    .filter((f) => SEED_NAME.test(f))
    .sort()
    .map((f) => {
      const to = path.join(dir, f);
      fs.copyFileSync(path.join(SEEDS, f), to);
      return to;
    });
}
