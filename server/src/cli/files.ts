// Expands the command line's files and directories into the list of files to check.
import * as nodeFs from 'node:fs';
import * as path from 'node:path';

/** The part of node:fs this module uses, injectable so unreadable directories can be simulated. */
export interface DirFs {
  statSync(p: string): { isDirectory(): boolean; isFile(): boolean };
  readdirSync(p: string, options: { withFileTypes: true }): { name: string; isDirectory(): boolean; isFile(): boolean; isSymbolicLink(): boolean }[];
}

export interface InputProblem {
  id: 'notFound' | 'unreadableDir' | 'unreadable';
  path: string;
  detail: string;
  /** How many files come before it, so messages can be printed in input order. */
  position: number;
}

export interface FileList {
  files: string[];
  problems: InputProblem[];
}

/** Collects files once each (by resolved path), in the order found. */
class Collector implements FileList {
  readonly files: string[] = [];
  readonly problems: InputProblem[] = [];
  private readonly seen = new Set<string>();

  constructor(readonly cwd: string) {}

  file(shown: string): void {
    const key = path.resolve(this.cwd, shown);
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.files.push(shown);
  }

  problem(id: InputProblem['id'], shown: string, detail: string): void {
    this.problems.push({ id, path: shown, detail, position: this.files.length });
  }
}

const REPORT_EXTENSIONS = new Set(['.txt', '.md']);

function errorDetail(error: unknown): string {
  const e = error as NodeJS.ErrnoException;
  return e?.code ?? String(error);
}

/** Code-unit order, not locale order, so the output is the same on every machine. */
const byName = (a: { name: string }, b: { name: string }) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

function walk(dir: string, fs: DirFs, out: Collector): void {
  let entries;
  try {
    entries = fs.readdirSync(path.resolve(out.cwd, dir), { withFileTypes: true });
  } catch (error) {
    out.problem('unreadableDir', dir, errorDetail(error));
    return;
  }
  for (const entry of entries.sort(byName)) {
    const full = path.join(dir, entry.name);
    let isDir = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      // Follow links to files only: a linked directory could loop.
      try {
        const target = fs.statSync(path.resolve(out.cwd, full));
        isFile = target.isFile();
      } catch {
        isFile = false;
      }
      isDir = false;
    }
    if (isDir) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      walk(full, fs, out);
    } else if (isFile && REPORT_EXTENSIONS.has(path.extname(entry.name).toLowerCase())) {
      out.file(full);
    }
  }
}

/**
 * Paths are shown as given (relative to `cwd`). Files named on the command line are kept whatever their extension; directories contribute
 * their `.txt` and `.md` files, sorted. Input order is kept; a file named twice is checked once.
 */
export function collectFiles(inputs: string[], fs: DirFs = nodeFs, cwd: string = process.cwd()): FileList {
  const out = new Collector(cwd);
  for (const input of inputs) {
    let stat;
    try {
      stat = fs.statSync(path.resolve(cwd, input));
    } catch (error) {
      const detail = errorDetail(error);
      const missing = detail === 'ENOENT' || detail === 'ENOTDIR';
      out.problem(missing ? 'notFound' : 'unreadable', input, detail);
      continue;
    }
    if (stat.isDirectory()) walk(input, fs, out);
    else out.file(input);
  }
  return { files: out.files, problems: out.problems };
}
