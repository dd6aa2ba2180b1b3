// Expands the command line's files and directories into the list of files to check.
import * as nodeFs from 'node:fs';
import * as path from 'node:path';

/** The part of node:fs this module uses, injectable so unreadable directories can be simulated. */
export interface DirFs {
  statSync(p: string): { isDirectory(): boolean; isFile(): boolean };
  readdirSync(p: string, options: { withFileTypes: true }): { name: string; isDirectory(): boolean; isFile(): boolean; isSymbolicLink(): boolean }[];
}

export type InputProblem = { id: 'notFound' | 'unreadableDir' | 'unreadable'; path: string; detail: string };

export interface FileList {
  files: string[];
  problems: InputProblem[];
}

const REPORT_EXTENSIONS = new Set(['.txt', '.md']);

function errorDetail(error: unknown): string {
  const e = error as NodeJS.ErrnoException;
  return e?.code ?? String(error);
}

/** Code-unit order, not locale order, so the output is the same on every machine. */
const byName = (a: { name: string }, b: { name: string }) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

function walk(dir: string, fs: DirFs, cwd: string, out: FileList): void {
  let entries;
  try {
    entries = fs.readdirSync(path.resolve(cwd, dir), { withFileTypes: true });
  } catch (error) {
    out.problems.push({ id: 'unreadableDir', path: dir, detail: errorDetail(error) });
    return;
  }
  for (const entry of entries.sort(byName)) {
    const full = path.join(dir, entry.name);
    let isDir = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      // Follow links to files only: a linked directory could loop.
      try {
        const target = fs.statSync(path.resolve(cwd, full));
        isFile = target.isFile();
      } catch {
        isFile = false;
      }
      isDir = false;
    }
    if (isDir) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      walk(full, fs, cwd, out);
    } else if (isFile && REPORT_EXTENSIONS.has(path.extname(entry.name).toLowerCase())) {
      out.files.push(full);
    }
  }
}

/**
 * Paths are shown as given (relative to `cwd`). Files named on the command line are kept whatever their extension; directories contribute
 * their `.txt` and `.md` files, sorted. Input order is kept; a file named twice is checked once.
 */
export function collectFiles(inputs: string[], fs: DirFs = nodeFs, cwd: string = process.cwd()): FileList {
  const out: FileList = { files: [], problems: [] };
  for (const input of inputs) {
    let stat;
    try {
      stat = fs.statSync(path.resolve(cwd, input));
    } catch (error) {
      const detail = errorDetail(error);
      const missing = detail === 'ENOENT' || detail === 'ENOTDIR';
      out.problems.push({ id: missing ? 'notFound' : 'unreadable', path: input, detail });
      continue;
    }
    if (stat.isDirectory()) walk(input, fs, cwd, out);
    else out.files.push(input);
  }
  const seen = new Set<string>();
  out.files = out.files.filter((f) => {
    const key = path.resolve(cwd, f);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return out;
}
